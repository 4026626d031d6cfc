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
