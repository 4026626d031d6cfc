import re
from io import BytesIO

from pypdf import PdfReader

from courses.models import LessonPage
from tests.browser.journeys import complete_lesson, enrol, sign_in, submit
from tests.factories import PASSWORD, UserFactory, make_course


def test_learner_downloads_a_certificate_anyone_verifies_it_and_an_admin_revokes_it(page, site, browser, live_server):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Суб'єкти НМВ", modules=1, lessons=2)
    learner = UserFactory(email="certified@example.org")
    sign_in(page, learner.email)
    enrol(page, "/uk/courses/c/")
    for lesson in LessonPage.objects.descendant_of(course).order_by("path"):
        complete_lesson(page, lesson.url)

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

    UserFactory(email="root@example.org", is_superuser=True, is_staff=True, totp=True)
    admin = browser.new_context(base_url=live_server.url, locale="uk-UA").new_page()
    # The admin signs in through the site's (rate-limited) login form, with a second factor.
    sign_in(admin, "root@example.org", totp=True, start="/admin/", lands_on=r"/admin/$")
    admin.goto(f"/admin/snippets/certificates/certificate/edit/{Certificate.objects.get(code=code).pk}/")
    admin.locator("input[name=revoke]").check()
    admin.locator("textarea[name=revoked_reason], input[name=revoked_reason]").fill("Видано помилково")
    with admin.expect_navigation():
        admin.locator("form#w-editor-form button[type=submit], form button.button-longrunning").first.click()
    # Revoking asks for the password again, then carries out the revocation that was held.
    admin.wait_for_url(re.compile(r"/accounts/reauthenticate/"))
    admin.locator("input[name=password]").fill(PASSWORD)
    with admin.expect_navigation():
        submit(admin)
    assert Certificate.objects.get(code=code).revoked_at is not None

    visitor.reload()
    assert visitor.get_by_role("heading", name="✗ Сертифікат відкликано").is_visible()
    assert visitor.get_by_text("Видано помилково").is_visible()
    anonymous.close()
