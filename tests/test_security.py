import os
import subprocess
import sys

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


def test_production_refuses_to_start_without_a_secret_key():
    env = {**clean_environ(), "DJANGO_SETTINGS_MODULE": "elearn.settings.production", "DJANGO_SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_the_wagtail_admin_signs_in_through_the_rate_limited_login(client, site):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/uk/accounts/login/?next=%2Fadmin%2Fpages%2F"
    assert client.get("/admin/")["Location"].startswith("/uk/accounts/login/?next=/admin/")
    evil = client.get("/admin/login/?next=https://evil.example/")
    assert "evil.example" not in evil["Location"]
