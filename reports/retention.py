"""Export files hold learners' personal data: they are kept ``EXPORT_RETENTION_DAYS`` (default 7), then deleted.

``exports_purge`` deletes the expired table exports (``manage.py purge_report_exports``, run daily; the certificate
ZIPs are the certificates app's ``purge_exports``); the row stays, marked expired, so its status page can say why the
file is gone (410). Deleting an export row, including with the account that asked for it, deletes its file.
Files are deleted once the transaction commits: a rolled-back deletion keeps its file.
"""

from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from .models import Export, export_retention_days


def _delete_on_commit(storage, name: str) -> None:
    if name:
        transaction.on_commit(partial(storage.delete, name))


def export_file_delete(sender, instance: Export, **kwargs) -> None:
    """``post_delete`` of an export, however it goes (with its account, its cohort, or in the admin)."""
    if instance.file:
        _delete_on_commit(instance.file.storage, instance.file.name)


def exports_purge(*, now=None) -> int:
    """Delete the files of table exports older than the retention period and mark them expired. Returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=export_retention_days())
    storage = Export._meta.get_field("file").storage
    with transaction.atomic():
        expired = Export.objects.filter(created_at__lt=cutoff).exclude(table="").exclude(status=Export.Status.EXPIRED)
        names = list(expired.values_list("file", flat=True))
        count = expired.update(status=Export.Status.EXPIRED, file="")
        for name in names:
            _delete_on_commit(storage, name)
    return count
