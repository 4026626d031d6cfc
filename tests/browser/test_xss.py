"""No script runs in the real browser, whatever an author or a learner types into a field shown to others."""

from django.contrib.auth.models import Group

from content.models import StandardPage
from quizzes.models import QuestionBank
from reports.models import Cohort, Membership
from tests.browser.test_learner_journey import log_in
from tests.content.xss_corpus import VECTORS
from tests.factories import UserFactory, make_course, make_question, make_quiz, publish


def assert_no_script_ran(page):
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    handlers = page.evaluate(
        "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))"
        ".filter(n => n.startsWith('on')).length"
    )
    assert handlers == 0


def test_markdown_blocks_run_no_script(page, site):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    body = [{"type": "markdown", "value": vector} for vector in VECTORS]
    publish(site["uk"].add_child(instance=StandardPage(title="XSS", slug="xss", body=body)))
    page.goto("/uk/xss/")
    page.wait_for_load_state("networkidle")
    for link in page.locator("main a").all()[:10]:
        link.hover()
    assert dialogs == []
    assert_no_script_ran(page)


def test_names_organisations_cohorts_and_questions_run_no_script(browser, live_server, site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    question = make_question(bank, name="q")
    question.stem, question.scenario = " ".join(VECTORS[:20]), " ".join(VECTORS[20:])
    question.save()
    quiz = make_quiz(course, bank, count=1)
    trainer = UserFactory(email="t@example.org")
    trainer.groups.add(Group.objects.get(name="Trainers"))
    cohort = Cohort.objects.create(name=VECTORS[2] + VECTORS[4], trainer=trainer)
    cohort.courses.add(course)
    learner = UserFactory(email="l@example.org", organisation=VECTORS[2], position=VECTORS[0])
    Membership.objects.create(cohort=cohort, user=learner)

    context = browser.new_context(base_url=live_server.url, locale="uk-UA")
    page = context.new_page()
    log_in(page, learner.email)
    page.goto(f"/uk/join/{cohort.invite_code}/")
    assert_no_script_ran(page)
    page.get_by_role("button", name="Приєднатися і записатися").click()
    page.goto(quiz.url)
    page.get_by_role("button", name="Почати тест").click()
    assert_no_script_ran(page)

    trainer_page = browser.new_context(base_url=live_server.url, locale="uk-UA").new_page()
    log_in(trainer_page, trainer.email)
    for url in ("/uk/reports/", f"/uk/reports/cohorts/{cohort.pk}/", "/uk/reports/learners/", "/uk/reports/cohorts/"):
        trainer_page.goto(url)
        assert_no_script_ran(trainer_page)
    context.close()
