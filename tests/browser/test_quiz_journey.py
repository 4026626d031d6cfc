from datetime import timedelta

from django.utils import timezone

from quizzes.models import Attempt
from tests.browser.journeys import (
    SUBMIT_ANSWERS,
    answer_quiz,
    complete_lesson,
    current_attempt,
    enrol,
    fill_answers,
    sign_in,
)
from tests.factories import QuestionBankFactory, QuestionFactory, UserFactory, make_course, make_quiz


def test_learner_takes_the_pretest_fails_waits_passes_and_completes_the_course(page, site):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Виявлення", modules=1, lessons=2)
    bank = QuestionBankFactory(course=course)
    QuestionFactory(bank=bank)  # one of each type
    QuestionFactory(bank=bank, multiple=True)
    QuestionFactory(bank=bank, true_false=True)
    QuestionFactory(bank=bank, matching=True)
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
    sign_in(page, learner.email)
    enrol(page, "/uk/courses/c/")

    # Pre-test: answered, scored, no feedback.
    page.get_by_role("link", name="Вхідний тест").click()
    page.get_by_role("button", name="Почати тест").click()
    assert page.locator("fieldset legend").count() == 4
    answer_quiz(page, right=False)
    assert page.get_by_text("Ваш результат: 0%").is_visible()

    # Study.
    complete_lesson(page, "/uk/courses/c/module-1/lesson-1-1/")
    complete_lesson(page, "/uk/courses/c/module-1/lesson-1-2/")
    page.goto("/uk/courses/c/")
    assert not page.get_by_text("Курс завершено").is_visible()  # the final assessment is still required

    # Final assessment: a first attempt that fails.
    page.get_by_role("link", name="Підсумкове оцінювання").first.click()
    page.get_by_role("button", name="Почати тест").click()
    first = answer_quiz(page, right=False)
    assert page.get_by_text("Не складено: прохідний бал — 70%.").is_visible()
    page.get_by_role("link", name="Повернутися до тесту").click()
    assert page.get_by_text("Наступну спробу можна почати після часу очікування.").is_visible()

    # Ten minutes later.
    Attempt.objects.filter(pk=first.pk).update(submitted_at=timezone.now() - timedelta(minutes=11))
    page.reload()
    page.get_by_role("button", name="Почати нову спробу").click()
    fill_answers(page, current_attempt(page), right=True)
    page.keyboard.press("End")
    page.get_by_role("button", name=SUBMIT_ANSWERS).click()
    assert page.get_by_text("Ваш результат: 100%").is_visible()
    assert page.get_by_text("Ви склали цей тест.").is_visible()

    page.goto("/uk/courses/c/")
    assert page.get_by_text("Курс завершено").is_visible()
    page.get_by_role("link", name="Моє навчання").click()
    assert page.locator("#completed-heading + ul").get_by_text("Виявлення").is_visible()
