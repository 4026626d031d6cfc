"""The request being handled, for audit records written by signal handlers (role and group changes), which Django
calls without one. Set by ``RequestContextMiddleware``; a context variable, so each thread or task sees its own."""

from contextvars import ContextVar

_current_request = ContextVar("audit_current_request", default=None)


def current_request():
    return _current_request.get()


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)
