"""The client's address, as the app and allauth's limits both see it.

Behind a reverse proxy every request comes from the proxy, so REMOTE_ADDR alone would make one visitor's failed
logins lock out everyone. ``TRUSTED_PROXY_COUNT`` (environment, default 0) says how many proxies stand in front of
the app: the address that the outermost trusted proxy saw is taken from ``X-Forwarded-For``, counted from the right
(each proxy appends the address it received the request from), so a client cannot spoof it by sending its own
header: whatever it sends stands further left and is never read.
"""

import ipaddress

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    hops = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if hops <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < hops:
        # Fewer hops than proxies: the request did not come through all of them (a direct client); use the socket.
        return remote
    candidate = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
