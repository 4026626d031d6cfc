"""Educators author in their section only, and nothing they write reaches learners before a moderator approves."""

import pytest

from wagtail.models import Page, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from tests.factories import make_course


@pytest.fixture
def school_module(site):
    course = make_course(site["school"]["uk"], slug="teens", modules=1, lessons=1, audiences=["schools"])
    return course.get_children().get(slug="module-1").specific


def lesson_form(title="Червоні прапорці в оголошеннях", action="action-submit", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "red-flags",
            "objective": "Розпізнати підозрілі пропозиції",
            "estimated_minutes": 20,
            "is_required": "on",
            "body": streamfield([("rich_text", rich_text("<p>Пропозиція «надто гарна, щоб бути правдою».</p>"))]),
            "comments": inline_formset([]),
            action: "1",
            **extra,
        }
    )


def test_educator_can_open_the_admin_and_add_a_lesson_in_the_school_section(client, educator, school_module):
    client.force_login(educator)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/add/courses/lessonpage/{school_module.pk}/").status_code == 200


def test_educator_cannot_add_or_edit_outside_the_granted_section(client, educator, site):
    course = make_course(site["catalogue"]["uk"], slug="judges", modules=1, lessons=1)
    module = course.get_children().get(slug="module-1")
    lesson = LessonPage.objects.descendant_of(course).get()
    client.force_login(educator)
    add = client.post(f"/admin/pages/add/courses/lessonpage/{module.pk}/", lesson_form())
    edit = client.post(f"/admin/pages/{lesson.pk}/edit/", lesson_form(title="Змінено"))
    assert add.status_code == 302 and add["Location"] == "/admin/"
    assert edit.status_code == 302 and edit["Location"] == "/admin/"
    assert not LessonPage.objects.filter(slug="red-flags").exists()
    lesson.refresh_from_db()
    assert lesson.title == "Lesson 1.1"
    assert lesson.get_latest_revision().content["title"] == "Lesson 1.1"


def test_educator_cannot_publish_directly(client, educator, school_module):
    client.force_login(educator)
    client.post(f"/admin/pages/add/courses/lessonpage/{school_module.pk}/", lesson_form(action="action-publish"))
    lesson = LessonPage.objects.get(slug="red-flags")
    assert not lesson.live
    assert client.get("/uk/courses/school-curriculum/teens/module-1/red-flags/").status_code == 404


def test_submitted_lesson_goes_live_only_after_a_moderator_approves(client, educator, moderator, school_module):
    client.force_login(educator)
    response = client.post(f"/admin/pages/add/courses/lessonpage/{school_module.pk}/", lesson_form())
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="red-flags")
    url = "/uk/courses/school-curriculum/teens/module-1/red-flags/"
    assert not lesson.live
    assert lesson.workflow_in_progress

    client.logout()
    assert client.get(url).status_code == 404

    # The educator cannot approve their own submission.
    task_state = TaskState.objects.get(workflow_state__object_id=str(lesson.pk), status="in_progress")
    approve_url = f"/admin/pages/workflow/action/{lesson.pk}/approve/{task_state.pk}/"
    client.force_login(educator)
    client.post(approve_url, {"comment": ""})
    assert not Page.objects.get(pk=lesson.pk).live

    client.force_login(moderator)
    response = client.post(approve_url, {"comment": "Перевірено"})
    assert response.status_code in (200, 302)
    assert Page.objects.get(pk=lesson.pk).live

    client.logout()
    page = client.get(url)
    assert page.status_code == 200
    assert "надто гарна, щоб бути правдою" in page.content.decode()
