import os
import subprocess
import sys

import pytest

from django.conf import settings


def test_pages_send_a_strict_content_security_policy_and_other_headers(client, site):
    response = client.get("/uk/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "http" not in csp  # no third-party origin anywhere
    assert "'unsafe-inline'" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def clean_environ():
    # The browser tests' conftest allows sync ORM calls under Playwright's loop; production never would.
    return {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}


def test_production_settings_pass_the_deploy_check():
    env = {
        **clean_environ(),
        "DJANGO_SETTINGS_MODULE": "elearn.settings.production",
        "DJANGO_SECRET_KEY": "x" * 64 + "-a-long-random-production-secret",
        "DJANGO_ALLOWED_HOSTS": "learn.example.org",
        "DATABASE_URL": os.environ.get("DATABASE_URL", "sqlite:///:memory:"),
        "WAGTAILADMIN_BASE_URL": "https://learn.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "elearn.settings.production",
    "DJANGO_SECRET_KEY": "x" * 64,
    "DJANGO_ALLOWED_HOSTS": "learn.example.org",
    "WAGTAILADMIN_BASE_URL": "https://learn.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DATABASE_URL": "sqlite:///:memory:",
}


@pytest.mark.parametrize(
    ("missing", "extra"),
    [
        ("DJANGO_SECRET_KEY", {}),
        ("DJANGO_ALLOWED_HOSTS", {}),
        ("WAGTAILADMIN_BASE_URL", {}),
        ("REDIS_URL", {}),
        ("S3_SECRET_ACCESS_KEY", {"S3_BUCKET": "elearn", "S3_ACCESS_KEY_ID": "key"}),
    ],
)
def test_production_refuses_to_start_naming_what_is_missing(missing, extra):
    env = {**clean_environ(), **PRODUCTION, **extra}
    env.pop(missing, None)
    for name in ("S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "DJANGO_SINGLE_SERVER"):
        if name not in extra:
            env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


def test_a_single_server_may_run_without_redis_when_it_says_so():
    env = {**clean_environ(), **PRODUCTION, "DJANGO_SINGLE_SERVER": "1"}
    env.pop("REDIS_URL")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_the_wagtail_admin_signs_in_through_the_rate_limited_login(client, site):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/uk/accounts/login/?next=%2Fadmin%2Fpages%2F"
    assert client.get("/admin/")["Location"].startswith("/uk/accounts/login/?next=/admin/")
    evil = client.get("/admin/login/?next=https://evil.example/")
    assert "evil.example" not in evil["Location"]
