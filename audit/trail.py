"""``record()``: the one way any app writes to the audit trail."""

from core.net import client_ip

from .models import Action, AuditEntry


def record(*, action: Action, request=None, actor=None, subject=None, **details) -> AuditEntry:
    """Append one entry. ``actor`` defaults to the request's user; ``details`` must be JSON-serialisable."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    return AuditEntry.objects.create(
        actor=actor,
        actor_email=getattr(actor, "email", "") or "",
        action=action,
        subject=subject,
        details=details,
        ip=(client_ip(request) or None) if request is not None else None,
    )
