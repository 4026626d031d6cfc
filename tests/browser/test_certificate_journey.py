import re
from io import BytesIO

from pypdf import PdfReader

from courses.models import LessonPage
from tests.browser.test_learner_journey import log_in
from tests.factories import PASSWORD, UserFactory, give_totp, make_course, totp_code


def test_learner_downloads_a_certificate_anyone_verifies_it_and_an_admin_revokes_it(page, site, browser, live_server):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Суб'єкти НМВ", modules=1, lessons=2)
    learner = UserFactory(email="certified@example.org")
    log_in(page, learner.email)
    page.goto("/uk/courses/c/")
    page.get_by_role("button", name="Записатися на цей курс").click()
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        page.goto(lesson.url)
        page.get_by_role("button", name="Позначити урок як пройдений").click()
        page.get_by_text("✓ Ви пройшли цей урок.").wait_for()

    page.get_by_role("link", name="Моє навчання").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Завантажити сертифікат (PDF)").click()
    pdf = open(download_info.value.path(), "rb").read()  # noqa: SIM115
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    code = re.search(r"[0-9A-Z]{6}-[0-9A-Z]{6}-[0-9A-Z]{6}", text).group(0)
    assert learner.full_name_uk in text

    # Anyone, not logged in, verifies the code typed from the PDF.
    anonymous = browser.new_context(base_url=live_server.url)
    visitor = anonymous.new_page()
    visitor.goto("/uk/certificates/verify/")
    visitor.get_by_label("Код перевірки").fill(code.lower())
    visitor.get_by_role("button", name="Перевірити").click()
    assert visitor.get_by_role("heading", name="✓ Дійсний сертифікат").is_visible()
    assert visitor.get_by_text(learner.full_name_latin).is_visible()

    # An admin revokes it in the Wagtail admin.
    from certificates.models import Certificate

    give_totp(UserFactory(email="root@example.org", is_superuser=True, is_staff=True))
    admin = browser.new_context(base_url=live_server.url, locale="uk-UA").new_page()
    admin.goto("/admin/")  # the admin signs in through the site's (rate-limited) login form
    admin.get_by_label("Електронна пошта").fill("root@example.org")
    admin.get_by_label("Пароль").fill(PASSWORD)
    admin.locator("main form button[type=submit]").click()
    admin.wait_for_url(re.compile(r"/accounts/2fa/authenticate/$"))  # staff sign in with a second factor
    admin.locator("input[name=code]").fill(totp_code())
    admin.locator("main form button[type=submit]").first.click()
    admin.wait_for_url(re.compile(r"/admin/$"))
    admin.goto(f"/admin/snippets/certificates/certificate/edit/{Certificate.objects.get(code=code).pk}/")
    admin.locator("input[name=revoke]").check()
    admin.locator("textarea[name=revoked_reason], input[name=revoked_reason]").fill("Видано помилково")
    with admin.expect_navigation():
        admin.locator("form#w-editor-form button[type=submit], form button.button-longrunning").first.click()
    # Revoking asks for the password again, then carries out the revocation that was held.
    admin.wait_for_url(re.compile(r"/accounts/reauthenticate/"))
    admin.locator("input[name=password]").fill(PASSWORD)
    with admin.expect_navigation():
        admin.locator("main form button[type=submit]").first.click()
    assert Certificate.objects.get(code=code).revoked_at is not None

    visitor.reload()
    assert visitor.get_by_role("heading", name="✗ Сертифікат відкликано").is_visible()
    assert visitor.get_by_text("Видано помилково").is_visible()
    anonymous.close()
