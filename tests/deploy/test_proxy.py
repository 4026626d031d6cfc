"""Through the real reverse proxy (deploy/nginx.conf.template): clients are told apart by the address nginx saw,
and a header a client writes itself changes nothing (issue #12, finding 17)."""

import http.client
import urllib.parse

import pytest

from certificates.views import VERIFY_LIMIT

pytestmark = pytest.mark.django_db(transaction=True)
CODE_URL = "/uk/certificates/verify/AAAAAA-AAAAAA-AAAAAA/"


def get(base: str, path: str, *, source: str, headers=None) -> int:
    """GET through nginx from a given loopback address (the whole of 127.0.0.0/8 is this machine)."""
    parsed = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10, source_address=(source, 0))
    try:
        connection.request("GET", path, headers=headers or {})
        return connection.getresponse().status
    finally:
        connection.close()


def test_two_clients_behind_the_proxy_are_limited_separately(nginx, settings, site):
    settings.TRUSTED_PROXY_COUNT = 1
    first, second = "127.0.0.2", "127.0.0.3"
    assert [get(nginx, CODE_URL, source=first) for _ in range(VERIFY_LIMIT)] == [404] * VERIFY_LIMIT
    assert get(nginx, CODE_URL, source=first) == 429
    assert get(nginx, CODE_URL, source=second) == 404
    # The first client pretends to be someone else: nginx appends the address it saw, and that is what counts.
    assert get(nginx, CODE_URL, source=first, headers={"X-Forwarded-For": "127.0.0.77"}) == 429


def test_without_trusting_the_proxy_everyone_shares_its_limit(nginx, settings, site):
    settings.TRUSTED_PROXY_COUNT = 0
    for _ in range(VERIFY_LIMIT):
        get(nginx, CODE_URL, source="127.0.0.2")
    # This is what the setting is for: behind a proxy, one visitor would lock out every other.
    assert get(nginx, CODE_URL, source="127.0.0.3") == 429
