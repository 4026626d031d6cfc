"""Rate limits count the client behind the proxy, and a stranger cannot lock an account out (issue #12: 16, 17)."""

from django.test import override_settings

from certificates.views import VERIFY_LIMIT
from tests.factories import PASSWORD, UserFactory

WRONG = "not-the-password"
LOGIN = "/uk/accounts/login/"


def _login(client, email, password, **meta):
    return client.post(LOGIN, {"login": email, "password": password}, **meta)


def _verify(client, **meta):
    return client.get("/uk/certificates/verify/AAAAAA-AAAAAA-AAAAAA/", **meta).status_code


def test_a_stranger_cannot_lock_the_owner_out_from_another_address(client, site):
    victim = UserFactory()
    for _ in range(5):
        _login(client, victim.email, WRONG, REMOTE_ADDR="203.0.113.9")
    # The stranger's address is now limited for this account, even with the right password...
    assert _login(client, victim.email, PASSWORD, REMOTE_ADDR="203.0.113.9").status_code == 429
    assert "_auth_user_id" not in client.session
    # ...while the owner, elsewhere, signs in.
    response = _login(client, victim.email, PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(victim.pk)


def test_one_address_cannot_guess_across_many_accounts(client, site):
    users = [UserFactory() for _ in range(4)]
    statuses = [
        _login(client, user.email, WRONG, REMOTE_ADDR="203.0.113.9").status_code for user in users for _ in range(3)
    ]
    assert statuses.count(429) >= 2  # allauth's 10 failures a minute per client address still holds


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_clients_are_limited_separately(client, site):
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    first = {**proxy, "HTTP_X_FORWARDED_FOR": "192.0.2.10"}
    second = {**proxy, "HTTP_X_FORWARDED_FOR": "192.0.2.20"}
    for _ in range(VERIFY_LIMIT):
        assert _verify(client, **first) == 404
    assert _verify(client, **first) == 429
    assert _verify(client, **second) == 404
    # A client that writes its own X-Forwarded-For is still counted by the address the proxy appended.
    spoofed = {**proxy, "HTTP_X_FORWARDED_FOR": "198.51.100.99, 192.0.2.10"}
    assert _verify(client, **spoofed) == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_failed_logins_count_per_client(client, site):
    victim = UserFactory()
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for _ in range(5):
        _login(client, victim.email, WRONG, **proxy, HTTP_X_FORWARDED_FOR="192.0.2.10")
    assert _login(client, victim.email, PASSWORD, **proxy, HTTP_X_FORWARDED_FOR="192.0.2.10").status_code == 429
    response = _login(client, victim.email, PASSWORD, **proxy, HTTP_X_FORWARDED_FOR="192.0.2.20")
    assert response.status_code == 302


def test_without_a_trusted_proxy_the_header_is_ignored(client, site):
    for number in range(VERIFY_LIMIT):
        assert _verify(client, REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"192.0.2.{number}") == 404
    assert _verify(client, REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="192.0.2.250") == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_malformed_forwarded_header_is_no_server_error(client, site):
    assert _verify(client, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="not an address") == 404
    assert _login(client, "a@example.org", WRONG, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="").status_code == 400
    assert (
        _login(client, "a@example.org", WRONG, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="x, y").status_code == 400
    )
