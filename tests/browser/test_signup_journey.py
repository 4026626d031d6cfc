import re

from django.core import mail

from accounts.models import User


def test_visitor_signs_up_in_ukrainian_confirms_logs_in_and_switches_to_english(page):
    page.goto("/")
    assert page.url.endswith("/uk/")
    assert page.locator("html").get_attribute("lang") == "uk"
    page.get_by_role("link", name="Зареєструватися").click()

    page.get_by_label("Електронна пошта").first.fill("olena.pilot@example.org")
    page.get_by_label("Повне ім'я українською").fill("Олена Пілотна")
    page.get_by_label("Ім'я латиницею").fill("Olena")
    page.get_by_label("Прізвище латиницею").fill("Pilotna")
    page.get_by_label("Організація").fill("Полтавський центр соціальних служб")
    page.get_by_label("Сектор").select_option(label="Соціальні служби / НМВ")
    page.get_by_label("Регіон (область)").select_option(label="Полтавська область")
    page.get_by_label("Посада").fill("Соціальна працівниця")
    page.locator("#id_password1").fill("a-long-enough-passphrase")
    page.locator("#id_password2").fill("a-long-enough-passphrase")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/uk/accounts/confirm-email/"))

    # Confirm from the outbox, as the learner would from their mailbox.
    link = re.search(r"https?://[^\s]+/uk/accounts/confirm-email/[^/\s]+/", mail.outbox[-1].body).group(0)
    page.goto(link)
    page.locator("form button[type=submit]").last.click()

    page.goto("/uk/accounts/login/")
    page.get_by_label("Електронна пошта").fill("olena.pilot@example.org")
    page.get_by_label("Пароль").fill("a-long-enough-passphrase")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/uk/profile/$"))
    assert page.get_by_role("heading", name="Мій профіль").is_visible()
    assert page.locator(".profile").get_by_text("Олена Пілотна", exact=True).is_visible()
    assert page.locator(".profile").get_by_text("Полтавська область", exact=True).is_visible()

    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/profile/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="My profile").is_visible()
    assert page.locator(".profile").get_by_text("Poltava Oblast", exact=True).is_visible()
    assert page.locator(".profile").get_by_text("Olena Pilotna", exact=True).is_visible()
    assert User.objects.filter(email="olena.pilot@example.org", full_name_uk="Олена Пілотна").exists()


def test_keyboard_user_reaches_main_content_by_the_skip_link(page):
    page.goto("/uk/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
