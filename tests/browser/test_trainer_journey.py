import re

from django.contrib.auth.models import Group

from courses.models import LessonPage
from tests.browser.test_learner_journey import log_in
from tests.factories import UserFactory, make_course


def test_trainer_creates_a_cohort_a_learner_joins_and_completes_and_the_trainer_downloads_the_csv(
    browser, live_server, site
):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Курс для прикордонників", modules=1, lessons=1)
    trainer = UserFactory(email="trainer.journey@example.org")
    trainer.groups.add(Group.objects.get(name="Trainers"))
    learner = UserFactory(email="cohort.learner@example.org")

    trainer_page = browser.new_context(base_url=live_server.url, accept_downloads=True).new_page()
    log_in(trainer_page, trainer.email)
    trainer_page.get_by_role("link", name="Звіти").click()
    trainer_page.get_by_role("link", name="Групи", exact=True).click()
    trainer_page.get_by_role("link", name="Нова група").click()
    trainer_page.get_by_label("Назва").fill("Чоп, грудень")
    trainer_page.get_by_label("Курс для прикордонників").check()
    trainer_page.get_by_role("button", name="Створити групу").click()
    invite = trainer_page.get_by_label("Посилання-запрошення").input_value()
    assert re.search(r"/uk/join/[A-Z0-9]{10}/$", invite)

    learner_page = browser.new_context(base_url=live_server.url).new_page()
    log_in(learner_page, learner.email)
    learner_page.goto(invite)
    learner_page.get_by_role("button", name="Приєднатися і записатися").click()
    assert learner_page.get_by_role("link", name="Курс для прикордонників").first.is_visible()

    trainer_page.get_by_role("link", name="Показники цієї групи").click()
    assert trainer_page.locator("[data-figure=completed]").inner_text() == "0"

    learner_page.goto(LessonPage.objects.descendant_of(course).get().url)
    learner_page.get_by_role("button", name="Позначити урок як пройдений").click()
    learner_page.get_by_text("Вітаємо: ви завершили курс.").wait_for()

    trainer_page.reload()
    assert trainer_page.locator("[data-figure=completed]").inner_text() == "1"
    assert trainer_page.get_by_role("row", name=re.compile("Чоп, грудень.*100.0%")).is_visible()
    trainer_page.get_by_role("link", name="Слухачі, що стоять за цими показниками").click()
    with trainer_page.expect_download() as download:
        trainer_page.get_by_role("link", name="CSV", exact=True).click()
    assert "cohort.learner@example.org" in open(download.value.path(), encoding="utf-8-sig").read()  # noqa: SIM115
