"""``record()``: the one way any app writes to the audit trail; and the two ways entries are read or removed."""

from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from core.net import client_ip

from .models import SCOPED_ACTIONS, Action, AuditEntry, EntryCohort


def record(
    *, action: Action, request=None, actor=None, subject=None, cohort_ids=None, national=False, **details
) -> AuditEntry:
    """Append one entry. ``actor`` defaults to the request's user; ``details`` must be JSON-serialisable.

    A list or an export of many learners says whom it reached: ``cohort_ids`` (the cohorts in its scope) and/or
    ``national=True`` (a coordinator's view of the whole country); its filters go in ``details``. Each learner's
    "download my data" then lists it (``entries_about``).
    """
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    cohort_ids = sorted({int(pk) for pk in cohort_ids or ()})
    if cohort_ids:
        details["cohort_ids"] = cohort_ids
    if national:
        details["national"] = True
    with transaction.atomic():
        entry = AuditEntry.objects.create(
            actor=actor,
            actor_email=getattr(actor, "email", "") or "",
            action=action,
            subject=subject,
            national=bool(national),
            details=details,
            ip=(client_ip(request) or None) if request is not None else None,
        )
        EntryCohort.objects.bulk_create(EntryCohort(entry=entry, cohort_id=pk) for pk in cohort_ids)
    return entry


def entries_about(user, *, cohort_ids=()) -> list[dict]:
    """Who accessed ``user``'s data, for their own data export: entries about them by name, and lists or exports
    whose scope covered them (national ones, or ones naming a cohort in ``cohort_ids``, the cohorts ``user`` is a
    member of; the caller looks them up, so this app needs no knowledge of cohorts). Their own actions are left out.
    """
    reached = Q(subject=user) | Q(action__in=SCOPED_ACTIONS, national=True)
    cohort_ids = list(cohort_ids)
    if cohort_ids:
        reached |= Q(
            action__in=SCOPED_ACTIONS, pk__in=EntryCohort.objects.filter(cohort_id__in=cohort_ids).values("entry_id")
        )
    entries = AuditEntry.objects.filter(reached).exclude(actor=user).order_by("at", "pk")
    return [
        {
            "when": entry.at.isoformat(),
            "who": entry.actor_email or None,
            "what": entry.action,
            "what_label": str(entry.get_action_display()),
            "details": entry.details,
        }
        for entry in entries
    ]


def retention_cutoff():
    return timezone.now() - timedelta(days=settings.AUDIT_RETENTION_DAYS)


@contextmanager
def maintenance():
    """A transaction in which the database lets audit rows be deleted (PostgreSQL's triggers refuse it otherwise;
    audit/migrations/0003). Only the retention prune uses it."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL audit.maintenance = 'on'")
        yield


def entries_prune(*, before=None) -> int:
    """Remove the entries older than the retention period (``AUDIT_RETENTION_DAYS``); returns how many."""
    with maintenance():
        _total, per_model = AuditEntry.objects.filter(at__lt=before or retention_cutoff())._prune()
    return per_model.get(AuditEntry._meta.label, 0)
