import re

from django.core import mail

from accounts import roles
from courses.models import LessonPage
from tests.browser.journeys import MARK_DONE, reauthenticate_if_asked, sign_in
from tests.factories import CohortFactory, UserFactory, make_course

CSV_HEADER = "email,full_name_uk,given_name_latin,family_name_latin,organisation,sector,oblast\n"


def trainer_user(email):
    return UserFactory(email=email, groups=[roles.TRAINERS], totp=True)  # staff sign in with a second factor


def test_trainer_creates_a_cohort_a_learner_joins_and_completes_and_the_trainer_downloads_the_csv(
    browser, live_server, site
):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Курс для прикордонників", modules=1, lessons=1)
    trainer = trainer_user("trainer.journey@example.org")
    learner = UserFactory(email="cohort.learner@example.org")

    trainer_page = browser.new_context(base_url=live_server.url, accept_downloads=True).new_page()
    sign_in(trainer_page, trainer.email, totp=True)
    trainer_page.get_by_role("link", name="Звіти").click()
    trainer_page.get_by_role("link", name="Групи", exact=True).click()
    trainer_page.get_by_role("link", name="Нова група").click()
    trainer_page.get_by_label("Назва").fill("Чоп, грудень")
    trainer_page.get_by_label("Курс для прикордонників").check()
    trainer_page.get_by_role("button", name="Створити групу").click()
    invite = trainer_page.get_by_label("Посилання-запрошення").input_value()
    assert re.search(r"/uk/join/[A-Z0-9]{10}/$", invite)

    learner_page = browser.new_context(base_url=live_server.url).new_page()
    sign_in(learner_page, learner.email)
    learner_page.goto(invite)
    learner_page.get_by_role("button", name="Приєднатися і записатися").click()
    assert learner_page.get_by_role("link", name="Курс для прикордонників").first.is_visible()

    trainer_page.get_by_role("link", name="Показники цієї групи").click()
    assert trainer_page.locator("[data-figure=completed]").inner_text() == "0"

    learner_page.goto(LessonPage.objects.descendant_of(course).get().url)
    learner_page.get_by_role("button", name=MARK_DONE).click()
    learner_page.get_by_text("Вітаємо: ви завершили курс.").wait_for()

    trainer_page.reload()
    assert trainer_page.locator("[data-figure=completed]").inner_text() == "1"
    assert trainer_page.get_by_role("row", name=re.compile("Чоп, грудень.*100.0%")).is_visible()
    trainer_page.get_by_role("link", name="Слухачі, що стоять за цими показниками").click()
    learners_url = trainer_page.url
    csv_link = trainer_page.get_by_role("link", name="CSV", exact=True)
    href = csv_link.get_attribute("href")
    trainer_page.goto(href)  # the password again first, if asked
    reauthenticate_if_asked(trainer_page)
    trainer_page.goto(learners_url)
    with trainer_page.expect_download() as download:
        trainer_page.get_by_role("link", name="CSV", exact=True).click()
    assert "cohort.learner@example.org" in open(download.value.path(), encoding="utf-8-sig").read()  # noqa: SIM115


def test_a_csv_invitation_is_accepted_under_my_cohorts_before_the_trainer_sees_anything(
    browser, live_server, site, tmp_path
):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Курс для соцпрацівників", modules=1, lessons=1)
    trainer = trainer_user("trainer.csv@example.org")
    cohort = CohortFactory(name="Суми, січень", trainer=trainer, courses=[course])
    learner = UserFactory(email="invited.learner@example.org")
    upload = tmp_path / "learners.csv"
    upload.write_text(CSV_HEADER + "invited.learner@example.org,Олена Петренко,Olena,Petrenko,ЦСС,social,UA-59\n")

    trainer_page = browser.new_context(base_url=live_server.url).new_page()
    sign_in(trainer_page, trainer.email, totp=True)
    trainer_page.goto(f"/uk/reports/cohorts/{cohort.pk}/")
    trainer_page.locator("input[type=file]").set_input_files(str(upload))
    trainer_page.locator("form[enctype] button[type=submit]").click()
    trainer_page.wait_for_url(re.compile(rf"/uk/reports/cohorts/{cohort.pk}/$"))
    assert trainer_page.locator("[data-figure=members]").inner_text() == "0"
    assert trainer_page.locator("[data-figure=invited]").inner_text() == "1"
    assert [m.to for m in mail.outbox] == [["invited.learner@example.org"]]

    learner_page = browser.new_context(base_url=live_server.url).new_page()
    sign_in(learner_page, learner.email)
    learner_page.goto("/uk/learning/")
    learner_page.locator("main a[href='/uk/my-cohorts/']").click()
    invitation = learner_page.locator(".course-card", has_text="Суми, січень")
    assert "Курс для соцпрацівників" in invitation.inner_text()
    invitation.locator("form").first.locator("button").click()
    learner_page.wait_for_url(re.compile(r"/uk/my-cohorts/$"))

    trainer_page.reload()
    assert trainer_page.locator("[data-figure=members]").inner_text() == "1"
    assert trainer_page.locator("[data-figure=invited]").inner_text() == "0"

    # Leaving: the trainer no longer counts them.
    learner_page.locator(".course-card", has_text="Суми, січень").locator("form button").click()
    learner_page.wait_for_url(re.compile(r"/uk/my-cohorts/$"))
    trainer_page.reload()
    assert trainer_page.locator("[data-figure=members]").inner_text() == "0"
