"""Production: everything from the environment, HTTPS only, PostgreSQL and Redis expected.

Required: DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL, WAGTAILADMIN_BASE_URL (the public base URL used in
e-mails and certificate QR codes), REDIS_URL (the cache, sessions and rate limits that all app servers share),
EMAIL_* for SMTP. With S3_BUCKET, also S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY. A single server without Redis is
possible with DJANGO_SINGLE_SERVER=1 (its cache is then per process). Settings refuse to load, naming the variable,
when one is missing: a half-configured second server would otherwise serve stale pages and split rate limits.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def _require(name: str, why: str) -> None:
    if not os.environ.get(name):  # noqa: F405
        raise ImproperlyConfigured(f"{name} must be set in production: {why}.")


_require("DJANGO_SECRET_KEY", "a long random string")
_require("DJANGO_ALLOWED_HOSTS", "the comma-separated host names the site answers to")
_require("WAGTAILADMIN_BASE_URL", "the public base URL (https://...) printed in e-mails and certificate QR codes")
if os.environ.get("DJANGO_SINGLE_SERVER") != "1":  # noqa: F405
    _require("REDIS_URL", "the cache that every app server shares (or DJANGO_SINGLE_SERVER=1 for one server)")
if S3_SETTINGS["bucket_name"]:  # noqa: F405
    _require("S3_ACCESS_KEY_ID", "the bucket's access key (S3_BUCKET is set)")
    _require("S3_SECRET_ACCESS_KEY", "the bucket's secret key (S3_BUCKET is set)")

DEBUG = False
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1"  # noqa: F405
# The load balancer probes plain HTTP on the servers themselves.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
if REDIS_URL:  # noqa: F405
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background work (certificate PDFs, ZIP exports) queues in the database; run `manage.py db_worker` beside gunicorn.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
