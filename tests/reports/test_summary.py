"""The reports' enrolment summary, one row per enrolment, kept by the events of the apps below (over HTTP), in their
transactions, and safe under concurrency."""

import re
from decimal import Decimal

import pytest

from django.db import IntegrityError, connection

from accounts import signals as accounts_signals
from accounts.models import Region, User
from certificates.models import Certificate
from courses import signals as courses_signals
from courses.models import Enrollment, LessonCompletion, LessonPage
from quizzes import signals as quizzes_signals
from quizzes.attempting import model_answers
from quizzes.models import Attempt, QuestionBank
from reports.models import EnrolmentSummary
from tests.concurrency import run_at_once
from tests.factories import UserFactory, make_course, make_question, make_quiz


@pytest.fixture
def course(site):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Курс НМВ", modules=1, lessons=2)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="Document retention", right=["Yes"], wrong=["No"])
    make_question(bank, name="Debt bondage", right=["Yes"], wrong=["No"])
    make_quiz(course, bank, slug="pre", title="Pre-test", count=2, kind="pretest", is_required=False)
    make_quiz(course, bank, slug="final", title="Final", count=2, kind="assessment", pass_mark=50, is_required=True)
    return course


def enrol(client, user, course):
    client.force_login(user)
    assert client.post(f"/uk/learning/courses/{course.pk}/enrol/").status_code == 302


def complete(client, lesson):
    return client.post(f"/uk/learning/lessons/{lesson.pk}/complete/")


def take(client, course, slug, *, right):
    quiz = course.get_descendants().get(slug=slug).specific
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))
    client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", model_answers(attempt, right=right))


def summary_of(user):
    return EnrolmentSummary.objects.get(user=user)


def test_enrolling_creates_one_summary_with_the_enrolment_and_the_profile(client, course):
    learner = UserFactory(region=Region.objects.get(iso_code="UA-59"), sector="police", organisation="ГУНП")
    enrol(client, learner, course)
    enrol(client, learner, course)  # a second click creates nothing
    enrollment = Enrollment.objects.get(user=learner)
    summary = summary_of(learner)
    assert EnrolmentSummary.objects.count() == 1
    assert (summary.enrollment, summary.course_key, summary.course_title) == (
        enrollment,
        course.translation_key,
        "Курс НМВ",
    )
    assert (summary.enrolled_at, summary.completed_at, summary.lessons_done) == (enrollment.enrolled_at, None, 0)
    assert (summary.region.iso_code, summary.sector, summary.organisation) == ("UA-59", "police", "ГУНП")


def test_lessons_grades_completion_and_certificate_reach_the_summary(
    client, course, django_capture_on_commit_callbacks
):
    learner = UserFactory()
    enrol(client, learner, course)
    first, second = LessonPage.objects.descendant_of(course).order_by("path")
    complete(client, first)
    complete(client, first)  # a double click counts once
    assert summary_of(learner).lessons_done == 1

    take(client, course, "pre", right=False)
    take(client, course, "pre", right=True)
    assert summary_of(learner).pretest_score == Decimal("100.00")  # the best pre-test score

    complete(client, second)
    with django_capture_on_commit_callbacks(execute=True):  # the certificate is issued once completion commits
        take(client, course, "final", right=True)
    take(client, course, "final", right=False)  # a worse later attempt leaves the best score
    summary = summary_of(learner)
    enrollment = Enrollment.objects.get(user=learner)
    assert (summary.lessons_done, summary.assessment_score) == (2, Decimal("100.00"))
    assert enrollment.completed_at is not None and summary.completed_at == enrollment.completed_at
    assert summary.certified_at == Certificate.objects.get(user=learner).issued_at


def test_leaving_a_course_removes_its_summary(client, course):
    learner = UserFactory()
    enrol(client, learner, course)
    assert client.post(f"/uk/learning/courses/{course.pk}/unenrol/").status_code == 302
    assert not EnrolmentSummary.objects.exists()


def test_a_profile_change_reaches_every_summary_of_the_learner_and_no_one_elses(client, course, site):
    other_course = make_course(site["catalogue"]["uk"], slug="other", modules=1, lessons=1)
    learner, other = UserFactory(sector="social"), UserFactory(sector="social", organisation="Інша")
    for user, courses in ((learner, (course, other_course)), (other, (course,))):
        for each in courses:
            enrol(client, user, each)
    client.force_login(learner)
    region = Region.objects.get(iso_code="UA-46")
    response = client.post(
        "/en/profile/edit/",
        {
            "full_name_uk": "Олена Мельник",
            "first_name": "Olena",
            "last_name": "Melnyk",
            "organisation": "La Strada",
            "sector": "ngo",
            "region": region.pk,
            "position": "Consultant",
        },
    )
    assert response.status_code == 302
    mine = EnrolmentSummary.objects.filter(user=learner)
    assert list(mine.values_list("region", "sector", "organisation")) == [(region.pk, "ngo", "La Strada")] * 2
    assert EnrolmentSummary.objects.get(user=other).organisation == "Інша"


def test_a_save_of_other_fields_leaves_the_summary_alone(client, course):
    learner = UserFactory(sector="social")
    enrol(client, learner, course)
    EnrolmentSummary.objects.update(sector="stale")
    learner.sector = "police"
    learner.save(update_fields=["last_login"])  # as a login does: the profile did not change
    assert summary_of(learner).sector == "stale"
    learner.save()
    assert summary_of(learner).sector == "police"


def test_the_summary_is_written_in_the_transaction_of_the_event(client, course):
    """A receiver's failure undoes the change itself: record and summary commit or roll back together."""
    learner = UserFactory()
    enrol(client, learner, course)
    lesson = LessonPage.objects.descendant_of(course).first()

    def fail(**kwargs):
        # After the reports' receiver: its UPDATE ran in this transaction and must be rolled back with it.
        assert EnrolmentSummary.objects.get(user=learner).lessons_done == 1
        raise RuntimeError("receiver failed")

    courses_signals.lesson_completed.connect(fail, dispatch_uid="test.fail")
    try:
        with pytest.raises(RuntimeError):
            complete(client, lesson)
    finally:
        courses_signals.lesson_completed.disconnect(dispatch_uid="test.fail")
    assert not LessonCompletion.objects.exists()
    assert summary_of(learner).lessons_done == 0

    def fail_grade(**kwargs):
        assert EnrolmentSummary.objects.get(user=learner).pretest_score == 100
        raise IntegrityError("receiver failed")

    quizzes_signals.quiz_graded.connect(fail_grade, dispatch_uid="test.fail_grade")
    try:
        with pytest.raises(IntegrityError):
            take(client, course, "pre", right=True)
    finally:
        quizzes_signals.quiz_graded.disconnect(dispatch_uid="test.fail_grade")
    assert not Attempt.objects.filter(submitted_at__isnull=False).exists()
    assert summary_of(learner).pretest_score is None

    def fail_profile(**kwargs):
        assert EnrolmentSummary.objects.get(user=learner).organisation == "New NGO"
        raise RuntimeError("receiver failed")

    accounts_signals.profile_changed.connect(fail_profile, dispatch_uid="test.fail_profile")
    try:
        with pytest.raises(RuntimeError):
            learner.organisation = "New NGO"
            learner.save()
    finally:
        accounts_signals.profile_changed.disconnect(dispatch_uid="test.fail_profile")
    assert User.objects.get(pk=learner.pk).organisation != "New NGO"
    assert summary_of(learner).organisation != "New NGO"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL")
def test_concurrent_events_add_up_in_one_summary(site):
    from courses.progress import enrollment_create, lesson_complete

    course = make_course(site["catalogue"]["uk"], slug="c", modules=2, lessons=4)
    learner = UserFactory()
    results, errors = run_at_once(lambda index: enrollment_create(user=learner, course=course)[1], 6)
    assert errors == [] and sorted(results) == [False] * 5 + [True]
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    # Eight different lessons at the same instant, each also sent twice: every first completion counts once.
    _results, errors = run_at_once(lambda index: lesson_complete(user=learner, lesson=lessons[index % 8]), 16)
    assert errors == []
    summary = summary_of(learner)
    assert (EnrolmentSummary.objects.count(), summary.lessons_done) == (1, 8)
    completed_at = Enrollment.objects.get(user=learner).completed_at
    assert completed_at is not None and summary.completed_at == completed_at
