import re

from tests.browser.journeys import MARK_DONE, complete_lesson, enrol, sign_in, sign_out
from tests.factories import UserFactory, make_course

log_in = sign_in  # the name older journeys import from here


def progress_value(page):
    return int(page.locator("[data-progress-bar]").first.get_attribute("value"))


def test_learner_enrols_completes_lessons_and_resumes_after_logging_in_again(page, site):
    make_course(site["catalogue"]["uk"], slug="nrm", title="Суб'єкти НМВ", modules=2, lessons=2)
    learner = UserFactory(email="learner.journey@example.org")
    sign_in(page, learner.email)

    enrol(page, "/uk/courses/nrm/")
    assert page.get_by_text("0 з 4 обов’язкових уроків пройдено (0%)").is_visible()
    page.get_by_role("link", name="Почати перший урок").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Lesson 1.1"

    # With JavaScript: the page does not reload, the bar moves and the change is announced.
    page.evaluate("window.__stay = true")
    complete_lesson(page)
    assert page.evaluate("window.__stay") is True
    assert progress_value(page) == 25
    assert page.get_by_text("1 з 4 обов’язкових уроків пройдено (25%)").is_visible()
    assert page.locator("[data-progress-status]").inner_text() == "Ви пройшли цей урок."

    page.get_by_role("link", name=re.compile("Наступний урок")).click()
    complete_lesson(page)
    assert progress_value(page) == 50

    sign_out(page)
    sign_in(page, learner.email)
    page.get_by_role("link", name="Моє навчання").click()
    card = page.locator(".course-card", has_text="Суб'єкти НМВ")
    assert card.get_by_text("2 з 4 обов’язкових уроків пройдено (50%)").is_visible()
    card.get_by_role("link", name=re.compile("Продовжити з місця")).click()
    assert page.get_by_role("heading", level=1).inner_text() == "Lesson 2.1"


def test_marking_complete_works_without_javascript(browser, live_server, site):
    make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=2)
    learner = UserFactory(email="nojs@example.org")
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    sign_in(page, learner.email)
    enrol(page, "/uk/courses/c/")
    page.goto("/uk/courses/c/module-1/lesson-1-1/")
    page.get_by_role("button", name=MARK_DONE).click()
    # The plain form post leads on to the next lesson, with the progress recorded.
    assert page.get_by_role("heading", level=1).inner_text() == "Lesson 1.2"
    assert page.get_by_text("Урок позначено як пройдений.").is_visible()
    assert page.get_by_text("1 з 2 обов’язкових уроків пройдено (50%)").is_visible()
    context.close()
