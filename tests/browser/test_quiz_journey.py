import re
from datetime import timedelta

from django.utils import timezone

from quizzes.attempting import model_answers
from quizzes.models import Attempt, QuestionBank
from tests.browser.test_learner_journey import log_in
from tests.factories import UserFactory, make_course, make_question, make_quiz


def answer_all(page, attempt, *, right):
    """Fill the attempt form in the browser, every answer right or every answer wrong."""
    for name, values in model_answers(attempt, right=right).items():
        if "-" in name:
            page.select_option(f"#{name}", value=values[0])
        else:
            for value in values:
                page.check(f"#{name}-o{value}")


def current_attempt(page):
    return Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", page.url).group(1)))


def test_learner_takes_the_pretest_fails_waits_passes_and_completes_the_course(page, site):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Виявлення", modules=1, lessons=2)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="single", right=["Утримання документів"], wrong=["Робота за кордоном"])
    make_question(
        bank, qtype="multiple", name="multi", right=["Боргова залежність", "Наднормова робота"], wrong=["Договір"]
    )
    make_question(bank, qtype="true_false", name="tf", right=["Неправда"], wrong=["Правда"])
    make_question(
        bank,
        qtype="matching",
        name="match",
        right=(),
        wrong=(),
        pairs=[("Ст. 13", "30 днів"), ("Ст. 27", "Без скарги")],
    )
    make_quiz(
        course,
        bank,
        slug="pre-test",
        title="Вхідний тест",
        count=4,
        kind="pretest",
        max_attempts=1,
        feedback_mode="never",
    )
    make_quiz(
        course,
        bank,
        slug="final",
        title="Підсумкове оцінювання",
        count=4,
        kind="assessment",
        is_required=True,
        pass_mark=70,
        max_attempts=3,
        wait_minutes=10,
        feedback_mode="passed",
    )
    learner = UserFactory(email="quiz.learner@example.org")
    log_in(page, learner.email)
    page.goto("/uk/courses/c/")
    page.get_by_role("button", name="Записатися на цей курс").click()

    # Pre-test: answered, scored, no feedback.
    page.get_by_role("link", name="Вхідний тест").click()
    page.get_by_role("button", name="Почати тест").click()
    assert page.locator("fieldset legend").count() == 4
    answer_all(page, current_attempt(page), right=False)
    page.get_by_role("button", name="Надіслати відповіді").click()
    assert page.get_by_text("Ваш результат: 0%").is_visible()

    # Study.
    page.goto("/uk/courses/c/module-1/lesson-1-1/")
    page.get_by_role("button", name="Позначити урок як пройдений").click()
    page.get_by_text("✓ Ви пройшли цей урок.").wait_for()
    page.goto("/uk/courses/c/module-1/lesson-1-2/")
    page.get_by_role("button", name="Позначити урок як пройдений").click()
    page.get_by_text("✓ Ви пройшли цей урок.").wait_for()
    page.goto("/uk/courses/c/")
    assert not page.get_by_text("Курс завершено").is_visible()  # the final assessment is still required

    # Final assessment: a first attempt that fails.
    page.get_by_role("link", name="Підсумкове оцінювання").first.click()
    page.get_by_role("button", name="Почати тест").click()
    first = current_attempt(page)
    answer_all(page, first, right=False)
    page.get_by_role("button", name="Надіслати відповіді").click()
    assert page.get_by_text("Не складено: прохідний бал — 70%.").is_visible()
    page.get_by_role("link", name="Повернутися до тесту").click()
    assert page.get_by_text("Наступну спробу можна почати після часу очікування.").is_visible()

    # Ten minutes later.
    Attempt.objects.filter(pk=first.pk).update(submitted_at=timezone.now() - timedelta(minutes=11))
    page.reload()
    page.get_by_role("button", name="Почати нову спробу").click()
    answer_all(page, current_attempt(page), right=True)
    page.keyboard.press("End")
    page.get_by_role("button", name="Надіслати відповіді").click()
    assert page.get_by_text("Ваш результат: 100%").is_visible()
    assert page.get_by_text("Ви склали цей тест.").is_visible()

    page.goto("/uk/courses/c/")
    assert page.get_by_text("Курс завершено").is_visible()
    page.get_by_role("link", name="Моє навчання").click()
    assert page.locator("#completed-heading + ul").get_by_text("Виявлення").is_visible()
