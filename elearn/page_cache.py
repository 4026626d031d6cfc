"""Whole-page cache for anonymous visitors: the catalogue, course overviews, lessons and other public pages.

An anonymous page holds nothing personal (no form with a CSRF token, no messages), so one rendering serves everyone
who asks for the same URL. Any publish, unpublish, move or delete of a page, or a change to the site settings,
bumps a version number that is part of every key: the whole cache is invalidated at once, with no key listing
(this works the same on Redis and on the local-memory cache).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

VERSION_KEY = "anon-page-cache:version"
TIMEOUT = 10 * 60
# Views that are personal, rate-limited or stateful even for anonymous visitors.
EXCLUDED = ("accounts/", "profile/", "learning/", "reports/", "certificates/", "join/", "i18n/")
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


# Each process re-reads the shared version at most once a second: one cache round trip per page instead of two,
# at the price of a page that may be up to a second stale after a publish.
VERSION_TTL = 1.0
_local = {"version": None, "read_at": 0.0}


def current_version() -> int:
    now = time.monotonic()
    if _local["version"] is not None and now - _local["read_at"] < VERSION_TTL:
        return _local["version"]
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    _local.update(version=version, read_at=now)
    return version


def invalidate_on_settings_change(created=False, **kwargs) -> None:
    if not created:  # created lazily by the first rendering, which already shows it
        invalidate()


def invalidate(**kwargs) -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)
    _local["version"] = None  # this process sees its own change at once


def _cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
        return False
    if not request.path.startswith(LANGUAGE_PREFIXES) or request.path[4:].startswith(EXCLUDED):
        return False
    # Pending messages (e.g. "you have logged out") make a page personal.
    return "messages" not in request.COOKIES


def _cacheable_response(response) -> bool:
    return (
        response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "private" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        # Hashed: a URL may be far longer than a cache key should be (memcached refuses keys over 250 bytes).
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"anon-page:{current_version()}:{path}"
        hit = cache.get(key)
        if hit is not None:
            content, headers = hit
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
            response.render()
        if _cacheable_response(response):
            headers = {name: value for name, value in response.items() if name.lower() not in ("set-cookie",)}
            cache.set(key, (response.content, headers), TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response
