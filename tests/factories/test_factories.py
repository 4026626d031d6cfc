"""The factories build what the application itself would: consistent trees, records written through the services."""

from decimal import Decimal

from courses.models import Enrollment, LessonCompletion, LessonPage, ModulePage
from quizzes.models import Question
from tests.factories import (
    AttemptFactory,
    CertificateFactory,
    CohortFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonCompletionFactory,
    QuestionFactory,
    QuizPageFactory,
    UserFactory,
    make_course,
)


def test_a_course_tree_is_published_in_ukrainian_with_an_english_copy(client, site):
    course = CoursePageFactory(modules=2, modules__lessons=3, audiences=["ngo"], english="Identifying victims")
    lessons = LessonPage.objects.live().descendant_of(course).filter(locale__language_code="uk").order_by("path")
    assert [lesson.title for lesson in lessons] == [f"Урок {m}.{n}" for m in (1, 2) for n in (1, 2, 3)]
    assert ModulePage.objects.child_of(course).live().count() == 2
    assert [a.slug for a in course.audiences.all()] == ["ngo"]
    english = course.get_translation(site["en"].locale)
    assert english.live and english.title == "Identifying victims"
    assert LessonPage.objects.live().descendant_of(english).count() == 6
    assert client.get(course.url).status_code == 200 and client.get(english.url).status_code == 200


def test_make_course_keeps_its_titles(site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=2)
    titles = [page.title for page in course.get_descendants().order_by("path")]
    assert titles == ["Module 1", "Lesson 1.1", "Lesson 1.2"]


def test_enrolment_and_completions_go_through_the_services(site):
    course = CoursePageFactory(modules=1, modules__lessons=2)
    enrollment = EnrollmentFactory(course=course, completed_lessons=1)
    assert LessonCompletion.objects.filter(user=enrollment.user).count() == 1
    assert enrollment.completed_at is None
    EnrollmentFactory(user=enrollment.user, course=course, completed_lessons=True)
    assert Enrollment.objects.get(pk=enrollment.pk).completed_at is not None  # one row, now complete
    completion = LessonCompletionFactory()
    assert Enrollment.objects.filter(user=completion.user, course_key=completion.course_key).exists()


def test_questions_of_each_type_and_a_graded_attempt(site):
    quiz = QuizPageFactory(count=3, pass_mark=50)
    assert quiz.bank.course.pk == quiz.get_parent().pk and quiz.bank.questions.count() == 3
    assert [q.qtype for q in (QuestionFactory(multiple=True), QuestionFactory(matching=True))] == [
        "multiple",
        "matching",
    ]
    assert Question.objects.get(qtype="matching").pairs.count() == 2
    passed = AttemptFactory(quiz=quiz)
    failed = AttemptFactory(quiz=quiz, right=False)
    assert (passed.score, passed.passed, failed.score, failed.passed) == (Decimal(100), True, Decimal(0), False)
    assert len(passed.results) == 3 and passed.is_submitted
    assert AttemptFactory(quiz=quiz, submitted=False).score is None


def test_certificates_and_cohorts(site):
    course = CoursePageFactory(modules=1, modules__lessons=1)
    learner = UserFactory()
    certificate = CertificateFactory(user=learner, course=course, revoked=True)
    assert certificate.status() == "revoked" and certificate.name_uk == learner.full_name_uk
    assert CertificateFactory(expired=True).status() == "expired"
    cohort = CohortFactory(courses=[course], members=[learner])
    assert cohort.trainer.groups.filter(name="Trainers").exists()
    assert list(cohort.memberships.values_list("user", flat=True)) == [learner.pk]
    assert Enrollment.objects.filter(user=learner, course_key=course.translation_key).exists()
