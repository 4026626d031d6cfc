"""What certificates hold about a learner: exported with their data, and every stored file that names them deleted
with their account.

Files are deleted through the storage API (the same on S3) and only once the transaction commits: a deletion that
rolls back keeps its files.
"""

from core.files import file_delete_on_commit

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


def certificate_deleted(sender, instance, **kwargs) -> None:
    """``post_delete`` of a certificate, however it goes (with the account, or in the admin): its PDF goes too."""
    if instance.pdf:
        file_delete_on_commit(instance.pdf.storage, instance.pdf.name)
