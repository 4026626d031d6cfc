"""A short outage of Redis, the file store or the database answers with a clear "try again" page, never a 500.

- ``ResilientRedisCache``: while Redis is unreachable, the cache behaves as an empty one (pages are rendered, sessions
  come from the database with ``cached_db``), except for rate limits: a limit that cannot be counted must not be
  skipped, so those operations raise ``CacheUnavailable`` and the sign-in says to try again (it fails closed).
- ``ServiceUnavailableMiddleware`` turns that, and the file store or the database being unreachable, into a 503 page
  with ``Retry-After``.
"""

import logging
import sys

import redis.exceptions

from django.core.cache.backends.redis import RedisCache
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.shortcuts import render
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# allauth's limits and the project's own (core/ratelimit.py).
RATE_LIMIT_PREFIXES = ("allauth:rl:", "ratelimit:")
REDIS_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


class CacheUnavailable(Exception):
    """The shared cache cannot be reached for something that must not go uncounted (a rate limit)."""


class ResilientRedisCache(RedisCache):
    def _guarded(self, key, fallback, operation):
        try:
            return operation()
        except REDIS_DOWN as error:
            if str(key).startswith(RATE_LIMIT_PREFIXES):
                raise CacheUnavailable(str(key)) from error
            logger.warning("Redis unreachable; serving without the cache (%s)", error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._guarded(key, default, lambda: super(ResilientRedisCache, self).get(key, default, version))

    def set(self, key, value, timeout=None, version=None):
        return self._guarded(key, None, lambda: super(ResilientRedisCache, self).set(key, value, timeout, version))

    def add(self, key, value, timeout=None, version=None):
        return self._guarded(key, False, lambda: super(ResilientRedisCache, self).add(key, value, timeout, version))

    def delete(self, key, version=None):
        return self._guarded(key, False, lambda: super(ResilientRedisCache, self).delete(key, version))

    def incr(self, key, delta=1, version=None):
        return self._guarded(key, None, lambda: super(ResilientRedisCache, self).incr(key, delta, version))

    def touch(self, key, timeout=None, version=None):
        return self._guarded(key, False, lambda: super(ResilientRedisCache, self).touch(key, timeout, version))

    def has_key(self, key, version=None):
        return self._guarded(key, False, lambda: super(ResilientRedisCache, self).has_key(key, version))

    def get_many(self, keys, version=None):
        return self._guarded("", {}, lambda: super(ResilientRedisCache, self).get_many(keys, version))

    def set_many(self, data, timeout=None, version=None):
        return self._guarded("", list(data), lambda: super(ResilientRedisCache, self).set_many(data, timeout, version))

    def delete_many(self, keys, version=None):
        return self._guarded("", None, lambda: super(ResilientRedisCache, self).delete_many(keys, version))


def _storage_down(exception) -> bool:
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:  # no S3 library: local disk only
        return False
    if isinstance(exception, BotoCoreError):
        return True
    if isinstance(exception, ClientError):
        status = exception.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 500
        return status >= 500
    return False


def outage_message(exception) -> str | None:
    """What to tell the visitor when ``exception`` means a shared service is briefly out of reach, else None."""
    if isinstance(exception, CacheUnavailable) and str(exception).startswith("allauth:"):
        return _("Signing in is briefly unavailable. Nothing was lost: try again in a minute.")
    if _storage_down(exception):
        return _("Files are briefly unavailable. Nothing was lost: try again in a minute.")
    if isinstance(exception, CacheUnavailable | OperationalError | InterfaceError):
        return _("The service is briefly unavailable. Try again in a minute.")
    return None


def _remember_outage(sender, request=None, **kwargs) -> None:
    """``got_request_exception``: note an outage raised anywhere in the request, middleware included, where
    ``process_exception`` never sees it (Django has already turned it into a 500 by then)."""
    exception = sys.exc_info()[1]
    if request is not None and outage_message(exception):
        request.outage = exception


class ServiceUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(_remember_outage, dispatch_uid="core.resilience.outage")

    def __call__(self, request):
        response = self.get_response(request)
        outage = getattr(request, "outage", None)
        if response.status_code == 500 and outage is not None:
            return self.unavailable(request, outage)
        return response

    def process_exception(self, request, exception):
        return self.unavailable(request, exception) if outage_message(exception) else None

    def unavailable(self, request, exception):
        logger.warning("Service unavailable at %s: %r", request.path, exception)
        # A plain page: it reads neither the database nor the cache, which may be what is down.
        response = render(request, "503.html", {"message": outage_message(exception)}, status=503)
        response["Retry-After"] = "30"
        return response
