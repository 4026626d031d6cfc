"""What certificates hold about a learner: exported with their data, and every stored file that names them deleted
with their account.

Files are deleted through the storage API (the same on S3) and only once the transaction commits: a deletion that
rolls back keeps its files.
"""

from datetime import timedelta
from functools import partial

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Certificate


def export_certificates(user) -> list[dict]:
    return [
        {
            "code": row["code"],
            "course": row["course_title_en"],
            "completed_on": row["completed_on"].isoformat(),
            "expires_on": row["expires_on"].isoformat() if row["expires_on"] else None,
            "revoked": row["revoked_at"] is not None,
        }
        for row in Certificate.objects.filter(user=user).values(
            "code", "course_title_en", "completed_on", "expires_on", "revoked_at"
        )
    ]


def stored_file_delete_on_commit(field_file) -> None:
    if field_file and field_file.name:
        transaction.on_commit(partial(field_file.storage.delete, field_file.name))


def certificate_deleted(sender, instance, **kwargs) -> None:
    """``post_delete`` of a certificate, however it goes (with the account, or in the admin): its PDF goes too."""
    stored_file_delete_on_commit(instance.pdf)


def _zips_expire(exports) -> int:
    """Delete the ZIP files (once committed) and mark their rows expired, so the trainer's status page says the file
    is gone (410) instead of offering a download that no longer exists."""
    Export = apps.get_model("reports", "Export")
    storage = Export._meta.get_field("file").storage
    exports = exports.exclude(status=Export.Status.EXPIRED)
    names = [name for name in exports.values_list("file", flat=True) if name]
    count = exports.update(status=Export.Status.EXPIRED, file="")
    for name in names:
        transaction.on_commit(partial(storage.delete, name))
    return count


def user_deleting(sender, instance, **kwargs) -> None:
    """``pre_delete`` of a user: the cohort ZIPs that may hold their certificate are expired (files deleted).

    A cohort's ZIP holds the certificates of its members, so every ZIP of a cohort the learner belongs to goes (the
    trainer builds a fresh one in a moment). Sent before anything is deleted, while the memberships still say which
    cohorts. Exports the user asked for themselves go with the account (the reports app deletes their files).
    """
    if not Certificate.objects.filter(user=instance).exists():
        return  # no certificate, in no ZIP
    Export = apps.get_model("reports", "Export")
    Membership = apps.get_model("reports", "Membership")
    _zips_expire(
        Export.objects.filter(table="", cohort_id__in=Membership.objects.filter(user=instance).values("cohort_id"))
    )


def exports_purge(*, now=None) -> int:
    """Expire the certificate ZIPs older than ``EXPORT_RETENTION_DAYS``: files deleted, rows kept marked expired.
    Returns how many."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.EXPORT_RETENTION_DAYS)
    Export = apps.get_model("reports", "Export")
    with transaction.atomic():
        return _zips_expire(Export.objects.filter(table="", created_at__lt=cutoff))
