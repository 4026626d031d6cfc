"""A short outage of Redis or the file store answers with a clear "try again" page, never a 500 (issue #13).

Nothing is mocked: the cache and the bucket point at loopback ports where nothing listens, as when the server is
down. `python -m bench cluster` stops the real ones while learners keep working."""

import pytest
from botocore.config import Config

from django.core.cache import caches
from django.core.files.base import ContentFile
from django.test import override_settings

from bench.services import free_port
from tests.factories import PASSWORD, issue_certificate, make_course


@pytest.fixture
def redis_down():
    down = {
        "default": {
            "BACKEND": "core.resilience.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with override_settings(CACHES=down):
        caches._settings = None  # re-read CACHES
        yield
    caches._settings = None


def test_without_redis_pages_are_served_and_sign_in_fails_closed(client, site, user, redis_down):
    make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    assert client.get("/uk/courses/").status_code == 200
    assert client.get("/uk/courses/c/").status_code == 200
    # The login limit cannot be counted: no guess goes through uncounted, and the page says why.
    response = client.post("/uk/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Вхід тимчасово недоступний" in response.content.decode()
    assert client.get("/uk/certificates/verify/AAAAAA-AAAAAA-AAAAAA/").status_code == 503


def test_without_the_file_store_a_download_says_to_try_again(client, user, site, settings):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    certificate = issue_certificate(course, user)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(b"%PDF-1.7 stored"))
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "core.storage.AppServedS3Storage",
            "OPTIONS": {
                "bucket_name": "elearn",
                "endpoint_url": f"http://127.0.0.1:{free_port()}",
                "access_key": "key",
                "secret_key": "secret",
                "region_name": "us-east-1",
                "addressing_style": "path",
                "client_config": Config(retries={"max_attempts": 1}, connect_timeout=1, read_timeout=1),
            },
        },
    }
    client.force_login(user)
    response = client.get(f"/uk/certificates/{certificate.code}/download/")
    assert response.status_code == 503
    assert "Файли тимчасово недоступні" in response.content.decode()
