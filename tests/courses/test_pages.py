from html import unescape

import pytest

from django.core.exceptions import ValidationError

from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from tests.factories import make_course, publish


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (LessonPage, ModulePage, True),
        (LessonPage, CoursePage, False),
        (LessonPage, CourseIndexPage, False),
        (ModulePage, CoursePage, True),
        (ModulePage, CourseIndexPage, False),
        (CoursePage, CourseIndexPage, True),
        (CoursePage, ModulePage, False),
    ],
)
def test_page_type_rules_keep_the_course_tree_valid(db, child, parent, allowed):
    assert child.can_create_at(parent()) is allowed


def test_admin_refuses_a_lesson_directly_under_a_course(client, site, admin_user):
    course = make_course(site["catalogue"]["uk"], modules=1, lessons=1)
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/add/courses/lessonpage/{course.pk}/", follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "не маєте дозволів" in " ".join(str(m) for m in response.context["messages"])
    assert not LessonPage.objects.child_of(course).exists()


def test_course_overview_lists_modules_lessons_objectives_and_completion(client, site):
    make_course(site["catalogue"]["uk"], slug="nrm", modules=3, lessons=2, audiences=["nrm-social"])
    response = client.get("/uk/courses/nrm/")
    assert response.status_code == 200
    html = response.content.decode()
    for m in range(1, 4):
        assert f"Module {m}" in html
        assert f'href="/uk/courses/nrm/module-{m}/lesson-{m}-2/"' in html
    assert "Recognise the ILO indicators" in html
    assert "Соціальні служби та суб'єкти НМВ" in unescape(html)  # the audience, however the apostrophe is escaped
    assert "Пройдіть усі 6 обов’язкових уроків." in html


def test_lesson_page_links_to_previous_and_next_across_modules(client, site):
    make_course(site["catalogue"]["uk"], slug="c", modules=2, lessons=2)
    html = client.get("/uk/courses/c/module-1/lesson-1-2/").content.decode()
    assert 'rel="prev" href="/uk/courses/c/module-1/lesson-1-1/"' in html
    assert 'rel="next" href="/uk/courses/c/module-2/lesson-2-1/"' in html
    first = client.get("/uk/courses/c/module-1/lesson-1-1/").content.decode()
    assert 'rel="prev"' not in first
    last = client.get("/uk/courses/c/module-2/lesson-2-2/").content.decode()
    assert 'rel="next"' not in last
    assert "Body of lesson 2.2" in last


def test_unpublished_lessons_are_hidden_from_learners(client, site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=3)
    LessonPage.objects.descendant_of(course).get(slug="lesson-1-2").unpublish()
    overview = client.get("/uk/courses/c/").content.decode()
    assert "Lesson 1.2" not in overview
    assert client.get("/uk/courses/c/module-1/lesson-1-2/").status_code == 404
    lesson = client.get("/uk/courses/c/module-1/lesson-1-1/").content.decode()
    assert 'rel="next" href="/uk/courses/c/module-1/lesson-1-3/"' in lesson


def test_module_url_leads_to_its_place_on_the_course_overview(client, site):
    make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    response = client.get("/uk/courses/c/module-1/")
    assert response.status_code == 302
    assert response["Location"] == "/uk/courses/c/#module-module-1"


def test_course_page_requires_a_summary(db):
    with pytest.raises(ValidationError):
        CoursePage(title="No summary", slug="x", summary="").full_clean(exclude=["path", "depth"])


def test_english_translation_links_back_to_its_original(client, site):
    from wagtail.models import Locale

    course = make_course(site["catalogue"]["uk"], slug="c", title="Виявлення", modules=1, lessons=1)
    english = course.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Identification"
    publish(english)
    uk_html = client.get("/uk/courses/c/").content.decode()
    en_html = client.get("/en/courses/c/").content.decode()
    assert 'href="/en/courses/c/" hreflang="en"' in uk_html
    assert 'href="/uk/courses/c/" hreflang="uk"' in en_html
    assert "Identification" in en_html
