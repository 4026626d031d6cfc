import re

import pytest

from tests.factories import make_course


@pytest.fixture
def courses(site):
    make_course(site["catalogue"]["uk"], slug="nrm", title="Національний механізм взаємодії", audiences=["nrm-social"])
    make_course(site["catalogue"]["uk"], slug="border", title="Виявлення на кордоні", audiences=["border-police"])


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_learner_filters_the_catalogue_and_reads_a_course_on_a_small_screen(page, courses):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/uk/")
    page.get_by_role("link", name="Переглянути курси").click()
    page.wait_for_url(re.compile(r"/uk/courses/$"))
    assert no_horizontal_scroll(page)
    assert page.locator(".course-card").count() == 2

    page.get_by_label("Аудиторія").select_option(label="Прикордонники та поліція")
    page.get_by_role("button", name="Показати курси").click()
    assert page.locator(".course-card").count() == 1
    page.get_by_role("link", name="Виявлення на кордоні").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Виявлення на кордоні"
    assert no_horizontal_scroll(page)

    page.get_by_role("link", name="Lesson 1.1").click()
    assert no_horizontal_scroll(page)
    page.get_by_role("link", name=re.compile("Наступний урок")).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Lesson 1.2"


def test_catalogue_is_usable_by_keyboard(page, courses):
    page.goto("/uk/courses/")
    page.get_by_label("Пошук курсів").focus()
    page.keyboard.type("кордоні")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q="))
    assert page.locator(".course-card").count() == 1
