"""Export files hold learners' personal data: they are kept ``EXPORT_RETENTION_DAYS`` (default 7), then deleted.

``exports_purge`` deletes the expired exports, table files and cohort certificate ZIPs alike (``manage.py
purge_exports``, run daily); the row stays, marked expired, so its status page can say why the file is gone (410).
Deleting an export row, including with the account that asked for it, deletes its file; a learner who deletes their
account takes the ZIPs of their cohorts with them (their certificate is inside). Files are deleted once the
transaction commits: a rolled-back deletion keeps its file.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from cohorts.models import Membership
from core.files import file_delete_on_commit

from .models import Export, export_retention_days


def export_file_delete(sender, instance: Export, **kwargs) -> None:
    """``post_delete`` of an export, however it goes (with its account, its cohort, or in the admin)."""
    if instance.file:
        file_delete_on_commit(instance.file.storage, instance.file.name)


def _expire(exports) -> int:
    """Delete the files (once committed) and mark the rows expired. Returns how many."""
    storage = Export._meta.get_field("file").storage
    exports = exports.exclude(status=Export.Status.EXPIRED)
    names = list(exports.values_list("file", flat=True))
    count = exports.update(status=Export.Status.EXPIRED, file="")
    for name in names:
        file_delete_on_commit(storage, name)
    return count


def exports_purge(*, now=None) -> int:
    """Expire every export older than the retention period (tables and certificate ZIPs). Returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=export_retention_days())
    with transaction.atomic():
        return _expire(Export.objects.filter(created_at__lt=cutoff))


def user_deleting(sender, instance, **kwargs) -> None:
    """``pre_delete`` of a user: the certificate ZIPs of their cohorts hold their certificate, so they expire too.

    Sent before anything is deleted, while the memberships still say which cohorts (the trainer builds a fresh
    ZIP in a moment). A learner who left a cohort earlier is caught by the daily purge.
    """
    _expire(
        Export.objects.filter(
            table="", cohort_id__in=Membership.objects.filter(user=instance).values("cohort_id")
        ).exclude(file="")
    )


# A background export takes seconds to minutes; one still pending after this long lost its worker (killed, or the
# machine restarted). django-tasks does not retry it, so it is marked failed and the trainer can ask again.
ABANDONED_AFTER = timedelta(hours=1)


def exports_abandoned_fail(*, now=None) -> int:
    """Mark exports still pending long after they were asked for as failed. Returns how many."""
    cutoff = (now or timezone.now()) - ABANDONED_AFTER
    return Export.objects.filter(status=Export.Status.PENDING, created_at__lt=cutoff).update(
        status=Export.Status.FAILED, finished_at=now or timezone.now()
    )
