"""Liveness and readiness for the load balancer (issue #13)."""

from django.core.cache import caches
from django.test import override_settings

from bench.services import free_port


def test_liveness_and_readiness_answer_when_everything_is_up(client, db):
    assert client.get("/healthz").content == b"ok"
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-store" in response["Cache-Control"]


def test_readiness_names_the_part_that_is_down(client, db):
    # A Redis that is not there (nothing listens on the port): the server must leave the rotation.
    down = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }
    with override_settings(CACHES=down):
        caches._settings = None  # re-read CACHES
        try:
            response = client.get("/readyz")
        finally:
            caches._settings = None
    assert response.status_code == 503
    assert response.content.decode() == "unavailable: cache"
