"""Steps that many journeys share, done as a person does them in the browser (Ukrainian interface).

sign_in(page, learner.email)                                    # the site's allauth form
sign_in(page, trainer.email, totp=True)                         # staff: then the authenticator app's code
sign_in(page, admin.email, totp=True, start="/admin/", lands_on=r"/admin/$")
enrol(page, course.url); complete_lesson(page, lesson.url)
page.get_by_role("button", name="Почати тест").click(); answer_quiz(page, right=True)
"""

import re

from quizzes.attempting import model_answers
from quizzes.models import Attempt
from tests.factories import PASSWORD, totp_code

ENROL = "Записатися на цей курс"
MARK_DONE = "Позначити урок як пройдений"
LESSON_DONE = "✓ Ви пройшли цей урок."
SUBMIT_ANSWERS = "Надіслати відповіді"


def submit(page):
    """The main form's submit button (allauth's pages have one form in ``main``)."""
    page.locator("main form button[type=submit]").first.click()


def sign_in(page, email, *, password=PASSWORD, totp=False, start="/uk/accounts/login/", lands_on=r"/uk/profile/$"):
    """Sign in through the site's form, reached from ``start`` (a protected page leads to it); staff
    (``totp=True``) then give the code of the authenticator app that ``UserFactory(totp=True)`` set up."""
    page.goto(start)
    page.get_by_label("Електронна пошта").fill(email)
    page.get_by_label("Пароль").fill(password)
    submit(page)
    if totp:
        page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/$"))
        page.locator("input[name=code]").fill(totp_code())
        submit(page)
    page.wait_for_url(re.compile(lands_on))


def sign_out(page):
    page.locator("form[action$='/accounts/logout/'] button").click()


def reauthenticate_if_asked(page, password=PASSWORD):
    """Sensitive pages ask for the password again once in a while; give it if this one did."""
    if "/reauthenticate/" in page.url:
        page.locator("input[name=password]").fill(password)
        submit(page)


def enrol(page, course_url=None):
    """Enrol from the course page (``course_url``, or the page already open)."""
    if course_url:
        page.goto(course_url)
    page.get_by_role("button", name=ENROL).click()


def complete_lesson(page, lesson_url=None):
    """Mark a lesson done (``lesson_url``, or the lesson already open) and wait for the page to say so (with
    JavaScript the page stays and announces it)."""
    if lesson_url:
        page.goto(lesson_url)
    page.get_by_role("button", name=MARK_DONE).click()
    page.get_by_text(LESSON_DONE).wait_for()


def current_attempt(page):
    """The attempt whose page is open."""
    return Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", page.url).group(1)))


def fill_answers(page, attempt, *, right):
    """Fill the attempt form, every answer right or every answer wrong (or, ``right`` a callable, per question)."""
    for name, values in model_answers(attempt, right=right).items():
        if "-" in name:
            page.select_option(f"#{name}", value=values[0])
        else:
            for value in values:
                page.check(f"#{name}-o{value}")


def answer_quiz(page, *, right):
    """Answer the open attempt and submit it; returns the attempt."""
    attempt = current_attempt(page)
    fill_answers(page, attempt, right=right)
    page.get_by_role("button", name=SUBMIT_ANSWERS).click()
    return attempt
