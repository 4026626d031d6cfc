"""A fixed-window rate limit on the shared cache (Redis in production), for public endpoints that allauth's
own limits do not cover, such as certificate verification."""

from django.core.cache import cache

from .net import client_ip


def hit(request, *, scope: str, limit: int, seconds: int) -> bool:
    """Count one request; False when the client has used up ``limit`` requests in this window."""
    key = f"ratelimit:{scope}:{client_ip(request)}"
    if cache.add(key, 1, timeout=seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add() and incr()
        cache.add(key, 1, timeout=seconds)
        return True
    return count <= limit
