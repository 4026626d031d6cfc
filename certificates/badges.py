"""Open Badges 3.0: each certificate as an unsigned OpenBadgeCredential (a W3C Verifiable Credential) whose
achievement is the course. Verification is by the public page it links to."""

from datetime import datetime, time

from django.utils import timezone


def _iso(day) -> str:
    return timezone.make_aware(datetime.combine(day, time.min)).isoformat()


def open_badge(certificate, *, verify_url: str, badge_url: str) -> dict:
    credential = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": badge_url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.course_title_en,
        "issuer": {
            "id": verify_url.split("/uk/")[0] + "/",
            "type": ["Profile"],
            "name": certificate.organisation_en,
        },
        "validFrom": certificate.issued_at.isoformat(),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": certificate.name_latin,
            "achievement": {
                "id": f"urn:uuid:{certificate.course_key}",
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": {"en": certificate.course_title_en, "uk": certificate.course_title_uk},
                "description": f"Completed the course “{certificate.course_title_en}” ({certificate.hours} hours).",
                "criteria": {"narrative": "All required lessons completed and the required assessments passed."},
                "humanCode": certificate.code,
            },
            "result": [{"type": ["Result"], "status": "Completed"}],
        },
        "evidence": [{"id": verify_url, "type": ["Evidence"], "name": "Public verification page"}],
    }
    if certificate.expires_on:
        credential["validUntil"] = _iso(certificate.expires_on)
    if certificate.revoked_at:
        credential["credentialStatus"] = {"type": "Revoked", "revokedAt": certificate.revoked_at.isoformat()}
    return credential
