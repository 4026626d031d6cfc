import re

import pytest
from allauth.account.models import EmailAddress

from django.core import mail

from accounts.models import Region, User

SIGNUP_URL = "/uk/accounts/signup/"


def signup_data(**overrides):
    data = {
        "email": "olena@example.org",
        "password1": "a-long-enough-passphrase",
        "password2": "a-long-enough-passphrase",
        "full_name_uk": "Олена Петренко-Ковальчук",
        "first_name": "Olena",
        "last_name": "Petrenko-Kovalchuk",
        "organisation": "Вінницький обласний центр соціальних служб",
        "sector": "social",
        "region": str(Region.objects.get(iso_code="UA-05").pk),
        "position": "Фахівчиня із соціальної роботи",
    }
    data.update(overrides)
    return data


def test_signup_page_offers_every_region_and_sector_in_ukrainian(client, site):
    response = client.get(SIGNUP_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<option value="', html.index('name="region"')) >= 27
    assert "Вінницька область" in html
    assert "Автономна Республіка Крим" in html
    assert "Соціальні служби / НМВ" in html


def test_signup_creates_profile_and_sends_confirmation(client, site):
    response = client.post(SIGNUP_URL, signup_data())
    assert response.status_code == 302
    user = User.objects.get(email="olena@example.org")
    assert user.full_name_uk == "Олена Петренко-Ковальчук"
    assert user.full_name_latin == "Olena Petrenko-Kovalchuk"
    assert user.region.iso_code == "UA-05"
    assert user.sector == "social"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert re.search(r"/uk/accounts/confirm-email/[^/\s]+/", mail.outbox[0].body)


def test_unconfirmed_user_cannot_log_in_until_confirmed(client, site):
    client.post(SIGNUP_URL, signup_data())
    response = client.post(
        "/uk/accounts/login/", {"login": "olena@example.org", "password": "a-long-enough-passphrase"}
    )
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert "_auth_user_id" not in client.session

    confirm_path = re.search(r"/uk/accounts/confirm-email/[^/\s]+/", mail.outbox[-1].body).group(0)
    assert client.post(confirm_path).status_code == 302
    response = client.post(
        "/uk/accounts/login/", {"login": "olena@example.org", "password": "a-long-enough-passphrase"}
    )
    assert response.status_code == 302
    assert client.get("/uk/profile/").status_code == 200


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"region": "999999"}, "region", "Оберіть регіон зі списку."),
        ({"region": "not-a-number"}, "region", "Оберіть регіон зі списку."),
        ({"region": "99999999999999999999"}, "region", "Оберіть регіон зі списку."),  # beyond any integer column
        ({"sector": "astronaut"}, "sector", "Зробить коректний вибір"),
        ({"full_name_uk": ""}, "full_name_uk", "Це поле необхідно заповнити"),
        ({"full_name_uk": "Olena Petrenko"}, "full_name_uk", "кирилиці"),
        ({"first_name": "Олена"}, "first_name", "латинськ"),
        ({"full_name_uk": "Я" * 151}, "full_name_uk", "151"),
        ({"password2": "something-else-entirely"}, "password2", "один і той самий пароль"),
        ({"email": "not-an-email"}, "email", "коректну email адресу"),
    ],
)
def test_bad_signup_input_gets_a_clear_ukrainian_message_and_no_account(client, site, overrides, field, message):
    response = client.post(SIGNUP_URL, signup_data(**overrides))
    assert response.status_code == 400
    errors = " ".join(response.context["form"].errors.get(field, []))
    assert message in errors, errors
    assert User.objects.count() == 0
    assert len(mail.outbox) == 0


def test_signup_errors_are_tied_to_their_fields(client, site):
    response = client.post(SIGNUP_URL, signup_data(full_name_uk=""))
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert re.search(r'aria-describedby="[^"]*id_full_name_uk_error', html)
    assert 'class="error-summary"' in html


def test_signup_with_a_known_address_creates_nothing_and_tells_the_owner(client, site, user):
    response = client.post(SIGNUP_URL, signup_data(email=user.email.upper()))
    # The response looks like any sign-up (no user enumeration); the owner learns of it by email.
    assert response.status_code == 302
    assert User.objects.count() == 1
    assert len(mail.outbox) == 1
    assert user.email in mail.outbox[0].to


def test_signup_without_csrf_token_is_refused(site):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(SIGNUP_URL, signup_data())
    assert response.status_code == 403
    assert "Нічого не було змінено" in response.content.decode()
    assert User.objects.count() == 0


def test_repeated_failed_logins_are_rate_limited(client, user):
    statuses = [
        client.post("/uk/accounts/login/", {"login": user.email, "password": f"wrong-{i}"}).status_code
        for i in range(12)
    ]
    assert statuses[0] == 400
    assert 429 in statuses
    # Even the right password is refused while the limit holds.
    response = client.post("/uk/accounts/login/", {"login": user.email, "password": "correct-horse-battery"})
    assert response.status_code == 429
