import json

import pytest

from django.db import connection

from wagtail.models import Locale

from courses import signals
from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage
from tests.concurrency import run_at_once
from tests.factories import UserFactory, make_course, publish


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", title="Курс", modules=2, lessons=2)


def lessons(course):
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def complete(client, lesson, **headers):
    return client.post(f"/uk/learning/lessons/{lesson.pk}/complete/", **headers)


@pytest.fixture
def completions_events():
    received = []

    def receiver(sender, enrollment, user, **kwargs):
        received.append(enrollment.pk)

    signals.course_completed.connect(receiver)
    yield received
    signals.course_completed.disconnect(receiver)


def test_learner_enrols_once_however_often_they_click(client, user, course):
    client.force_login(user)
    for _ in range(3):
        response = client.post(f"/uk/learning/courses/{course.pk}/enrol/")
        assert response.status_code == 302
    assert Enrollment.objects.filter(user=user).count() == 1
    html = client.get("/uk/courses/c/").content.decode()
    assert "0 з 4 обов’язкових уроків пройдено (0%)" in html
    assert "Почати перший урок" in html


def test_anonymous_visitors_are_sent_to_log_in(client, course):
    response = client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    assert response.status_code == 302
    assert response["Location"].startswith("/uk/accounts/login/")
    assert "Увійдіть, щоб записатися" in client.get("/uk/courses/c/").content.decode()


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_enrol_only_accepts_post(client, user, course, method):
    client.force_login(user)
    assert getattr(client, method)(f"/uk/learning/courses/{course.pk}/enrol/").status_code == 405
    assert not Enrollment.objects.exists()


def test_enrolling_in_a_missing_or_unpublished_course_is_a_404(client, user, course):
    client.force_login(user)
    assert client.post("/uk/learning/courses/999999/enrol/").status_code == 404
    course.unpublish()
    assert client.post(f"/uk/learning/courses/{course.pk}/enrol/").status_code == 404
    assert not Enrollment.objects.exists()


def test_lesson_of_a_course_not_enrolled_in_cannot_be_completed(client, user, course):
    client.force_login(user)
    response = complete(client, lessons(course)[0])
    assert response.status_code == 403
    assert "Запишіться на курс" in response.content.decode()
    json_response = complete(client, lessons(course)[0], HTTP_ACCEPT="application/json")
    assert json_response.status_code == 403
    assert not LessonCompletion.objects.exists()


def test_missing_or_unpublished_lessons_are_a_404(client, user, course):
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    assert client.post("/uk/learning/lessons/999999/complete/").status_code == 404
    lesson = lessons(course)[0]
    lesson.unpublish()
    assert complete(client, lesson).status_code == 404
    assert client.post("/uk/learning/lessons/not-a-number/complete/").status_code == 404
    assert not LessonCompletion.objects.exists()


def test_completing_a_lesson_twice_records_it_once_and_moves_the_progress_bar(client, user, course):
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    first, second = lessons(course)[:2]
    response = complete(client, first)
    assert response.status_code == 302
    assert response["Location"] == second.url  # on to the next lesson
    complete(client, first)
    assert LessonCompletion.objects.filter(user=user).count() == 1
    html = client.get(second.url).content.decode()
    assert "1 з 4 обов’язкових уроків пройдено (25%)" in html
    assert 'value="25"' in html


def test_json_answer_for_the_enhanced_form(client, user, course):
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    response = complete(client, lessons(course)[0], HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data == {
        "done": 1,
        "required": 4,
        "percent": 25,
        "course_complete": False,
        "lesson_complete": True,
        "next_url": lessons(course)[1].url,
        "progress_text": "1 з 4 обов’язкових уроків пройдено (25%)",
    }


def test_continue_leads_to_the_first_unfinished_lesson(client, user, course):
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    all_lessons = lessons(course)
    complete(client, all_lessons[0])
    complete(client, all_lessons[2])
    html = client.get("/uk/courses/c/").content.decode()
    continue_link = html.split("Продовжити з місця, де ви зупинилися")[0].rsplit('href="', 1)[1].split('"')[0]
    assert continue_link == all_lessons[1].url


def test_course_completes_once_when_every_required_lesson_is_done(
    client, user, course, completions_events, django_capture_on_commit_callbacks
):
    optional = lessons(course)[-1]
    optional.is_required = False
    publish(optional)
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons(course)[:3]:
            complete(client, lesson)
        enrollment = Enrollment.objects.get(user=user)
        assert enrollment.completed_at is not None
        complete(client, optional)
        complete(client, lessons(course)[0])
    enrollment.refresh_from_db()
    assert completions_events == [enrollment.pk]
    html = client.get("/uk/learning/").content.decode()
    assert "Завершено" in html and "Курс" in html


def test_unenrol_keeps_finished_lessons_and_completed_courses_stay(client, user, course):
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    complete(client, lessons(course)[0])
    client.post(f"/uk/learning/courses/{course.pk}/unenrol/")
    assert not Enrollment.objects.exists()
    assert LessonCompletion.objects.filter(user=user).count() == 1
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    for lesson in lessons(course):
        complete(client, lesson)
    client.post(f"/uk/learning/courses/{course.pk}/unenrol/")
    assert Enrollment.objects.get(user=user).completed_at is not None


def test_progress_in_one_language_counts_in_the_other(client, user, course):
    english = course.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=False)
    publish(english)
    for module in course.get_children():
        publish(module.copy_for_translation(Locale.objects.get(language_code="en")))
        for lesson in module.get_children():
            publish(lesson.copy_for_translation(Locale.objects.get(language_code="en")))
    client.force_login(user)
    client.post(f"/en/learning/courses/{english.pk}/enrol/")
    english_lesson = LessonPage.objects.get(locale__language_code="en", slug="lesson-1-1")
    client.post(f"/en/learning/lessons/{english_lesson.pk}/complete/")
    assert "1 з 4 обов’язкових уроків пройдено (25%)" in client.get("/uk/courses/c/").content.decode()


class TestLearnerDataSurvivesContentChange:
    @pytest.fixture
    def learner(self, client, user, course):
        client.force_login(user)
        client.post(f"/uk/learning/courses/{course.pk}/enrol/")
        for lesson in lessons(course)[:2]:
            complete(client, lesson)
        return user

    def test_deleting_a_lesson_keeps_the_completion_and_progress_counts_published_lessons(
        self, client, learner, course
    ):
        lessons(course)[0].delete()
        completion = LessonCompletion.objects.get(lesson_title="Lesson 1.1")
        assert completion.lesson is None and completion.user == learner
        assert "1 з 3 обов’язкових уроків пройдено (33%)" in client.get("/uk/courses/c/").content.decode()

    def test_editing_and_moving_a_lesson_keeps_it_done(self, client, learner, course):
        lesson = lessons(course)[0]
        lesson.title = "Renamed lesson"
        publish(lesson)
        target = course.get_children().get(slug="module-2")
        lesson.move(target, pos="last-child")
        assert "2 з 4 обов’язкових уроків пройдено (50%)" in client.get("/uk/courses/c/").content.decode()

    def test_unpublishing_a_module_removes_its_lessons_from_the_count(self, client, learner, course):
        course.get_children().get(slug="module-2").unpublish()
        response = client.get("/uk/courses/c/")
        progress = response.context["progress"]
        assert (progress.required_done, progress.required_total, progress.percent) == (2, 2, 100)
        # Viewing the page completes nothing: the learner sees the count, not "course complete".
        assert "2 з 2 обов’язкових уроків пройдено (100%)" in response.content.decode()

    def test_completed_course_stays_completed_when_lessons_are_added_or_it_is_deleted(self, client, learner, course):
        for lesson in lessons(course)[2:]:
            complete(client, lesson)
        completed_at = Enrollment.objects.get(user=learner).completed_at
        assert completed_at is not None
        module = course.get_children().get(slug="module-2")
        publish(module.add_child(instance=LessonPage(title="New lesson", slug="new", body=[])))
        assert "Курс завершено" in client.get("/uk/courses/c/").content.decode()

        CoursePage.objects.get(pk=course.pk).delete()
        enrollment = Enrollment.objects.get(user=learner)
        assert enrollment.course is None and enrollment.completed_at == completed_at
        assert LessonCompletion.objects.filter(user=learner).count() == 4
        html = client.get("/uk/learning/").content.decode()
        assert "Курс" in html.split('id="completed-heading"')[1]


def test_lesson_page_query_count_does_not_grow_with_the_course(client, site, user, django_assert_max_num_queries):
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for lesson_count in (5, 60):
        course = make_course(site["catalogue"]["uk"], slug=f"c{lesson_count}", modules=5, lessons=lesson_count // 5)
        client.force_login(user)
        client.post(f"/uk/learning/courses/{course.pk}/enrol/")
        some = lessons(course)
        for lesson in some[:3]:
            complete(client, lesson)
        client.get(some[3].url)  # warm the per-process caches (site root paths)
        with django_assert_max_num_queries(30), CaptureQueriesContext(connection) as queries:
            response = client.get(some[3].url)
        assert response.status_code == 200
        assert f"3 з {lesson_count} обов’язкових" in response.content.decode()
        counts[lesson_count] = len(queries)
    assert counts[5] == counts[60]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL")
def test_two_tabs_completing_the_same_lesson_at_once_record_one_completion(site):
    from courses.progress import enrollment_create, lesson_complete

    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    user = UserFactory()
    enrollment_create(user=user, course=course)
    lesson = LessonPage.objects.get(slug="lesson-1-1")
    _results, errors = run_at_once(lambda index: lesson_complete(user=user, lesson=lesson), 8)
    assert errors == []
    assert LessonCompletion.objects.filter(user=user).count() == 1
    assert Enrollment.objects.get(user=user).completed_at is not None
