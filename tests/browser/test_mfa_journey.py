"""A trainer is made to set up two-factor sign-in before the reports, then signs in with a code; a security key
is added through allauth's WebAuthn script, which runs under the site's CSP (script-src 'self', no inline script)."""

import re

from allauth.mfa.models import Authenticator

from accounts import roles
from tests.browser.journeys import sign_out, submit
from tests.factories import PASSWORD, UserFactory, totp_code


def watch_for_policy_violations(page):
    """Everything the browser refused (a blocked script, image or request) or any script error, as text."""
    problems = []

    def on_console(message):
        # A refused code is answered with a 400, which Chromium also logs; that one is expected.
        if message.type == "error" and "status of 400" not in message.text:
            problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("dialog", lambda dialog: dialog.accept())  # the recovery codes page asks before leaving
    return problems


def test_trainer_sets_up_an_authenticator_app_then_signs_in_with_a_code(page, site):
    trainer = UserFactory(email="trainer.mfa@example.org", groups=[roles.TRAINERS])  # no second factor yet
    problems = watch_for_policy_violations(page)

    page.goto("/uk/accounts/login/")
    page.get_by_label("Електронна пошта").fill(trainer.email)
    page.get_by_label("Пароль").fill(PASSWORD)
    submit(page)
    page.wait_for_url(re.compile(r"/uk/profile/$"))

    # The reports send a trainer without a second factor to set one up (after the password once more).
    page.goto("/uk/reports/")
    page.wait_for_url(re.compile(r"/uk/accounts/reauthenticate/"))
    assert page.locator(".message").filter(has_text=re.compile("two-factor|двофакторн")).is_visible()  # why
    page.locator("input[name=password]").fill(PASSWORD)
    submit(page)
    page.wait_for_url(re.compile(r"/uk/accounts/2fa/totp/activate/$"))
    qr = page.locator("main form img")
    assert qr.get_attribute("src").startswith("data:image/svg+xml;base64,")  # drawn here, not fetched elsewhere
    assert qr.evaluate("image => image.complete && image.naturalWidth > 0")
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name=code]").fill(totp_code(secret))
    submit(page)
    page.wait_for_url(re.compile(r"/uk/accounts/2fa/recovery-codes/"))
    assert Authenticator.objects.filter(user=trainer, type=Authenticator.Type.TOTP).exists()
    page.goto("/uk/reports/")
    assert page.get_by_role("heading", level=1).is_visible() and "/uk/reports/" in page.url

    # Signing out and in again: the password, then the code; a wrong code is refused.
    sign_out(page)
    page.goto("/uk/accounts/login/")
    page.get_by_label("Електронна пошта").fill(trainer.email)
    page.get_by_label("Пароль").fill(PASSWORD)
    submit(page)
    page.wait_for_url(re.compile(r"/uk/accounts/2fa/authenticate/$"))
    right = totp_code(secret)
    page.locator("input[name=code]").fill("000000" if right != "000000" else "111111")
    submit(page)
    assert page.get_by_text("Неправильний код.", exact=True).is_visible()
    assert "/uk/accounts/2fa/authenticate/" in page.url
    page.locator("input[name=code]").fill(totp_code(secret))
    submit(page)
    page.wait_for_url(re.compile(r"/uk/profile/$"))
    page.goto("/uk/reports/")
    assert "/uk/reports/" in page.url
    assert page.get_by_role("heading", level=1).is_visible()

    # A security key, through allauth's own script (served from this origin) and Chromium's virtual authenticator.
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "usb",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    page.goto("/uk/accounts/2fa/webauthn/add/")
    if "/reauthenticate/" in page.url:
        page.locator("input[name=password]").fill(PASSWORD)
        submit(page)
        page.wait_for_url(re.compile(r"/uk/accounts/2fa/webauthn/add/$"))
    page.locator("#mfa_webauthn_add").click()
    page.wait_for_url(re.compile(r"/uk/accounts/2fa/(webauthn/|recovery-codes/)?$"))
    assert Authenticator.objects.filter(user=trainer, type=Authenticator.Type.WEBAUTHN).exists()

    # …and signing in with the key instead of a code.
    sign_out(page)
    page.goto("/uk/accounts/login/")
    page.get_by_label("Електронна пошта").fill(trainer.email)
    page.get_by_label("Пароль").fill(PASSWORD)
    submit(page)
    page.wait_for_url(re.compile(r"/uk/accounts/2fa/authenticate/$"))
    page.locator("#mfa_webauthn_authenticate").click()
    page.wait_for_url(re.compile(r"/uk/profile/$"))
    page.goto("/uk/reports/")
    assert "/uk/reports/" in page.url
    assert problems == []
