"""Open Badges 3.0: each certificate as an ``OpenBadgeCredential`` (a W3C Verifiable Credential, data model 2.0)
whose achievement is the course, signed as a VC-JWT (Open Badges 3.0 §8.2; certificates/signing.py).

- The holder is named by a salted SHA-256 hash of their e-mail address (an ``IdentityObject``), never the address.
- Revocation is published as a W3C Bitstring Status List v1.0: each certificate owns one bit (its primary key) in a
  list of 131,072 bits (16 KB, the specification's minimum, so a list says little about how many were issued);
  the signed ``BitstringStatusListCredential`` is served at a stable URL and computed from the database on each
  request, so a revocation in the admin shows there at once (after the response's short cache time).
- Every URL in a credential is language-independent and built on ``WAGTAILADMIN_BASE_URL``, the site's canonical
  address, so a credential names the same issuer whatever host or language it was fetched through.
"""

import base64
import gzip
from datetime import datetime, time

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from . import signing
from .issuing import DEFAULT_TEMPLATE
from .models import Certificate, CertificateTemplate
from .rendering import verification_url

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
STATUS_LIST_SIZE = 131_072  # bits per list: 16 KB, the minimum Bitstring Status List v1.0 asks for (privacy)


def site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def issuer_id() -> str:
    return site_url(reverse("badges:issuer"))


def status_list_url(number: int) -> str:
    return site_url(reverse("badges:status_list", kwargs={"number": number}))


def credential_url(certificate) -> str:
    return site_url(reverse("badges:credential", kwargs={"code": certificate.code}))


def _iso(day) -> str:
    return timezone.make_aware(datetime.combine(day, time.min)).isoformat()


def issuer_profile() -> dict:
    """The issuer's ``Profile`` document, published at its ``id``."""
    template = CertificateTemplate.objects.order_by("pk").first()
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": issuer_id(),
        "type": ["Profile"],
        "name": template.organisation_en if template else DEFAULT_TEMPLATE["organisation_en"],
        "url": site_url("/"),
    }


def open_badge(certificate) -> dict:
    """The credential as JSON (what the VC-JWT's payload carries)."""
    list_number, position = divmod(certificate.status_list_index, STATUS_LIST_SIZE)
    list_url = status_list_url(list_number)
    verify_url = verification_url(certificate)
    credential = {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": certificate.course_title_en,
        "issuer": {"id": issuer_id(), "type": ["Profile"], "name": certificate.organisation_en},
        "validFrom": certificate.issued_at.isoformat(),
        "awardedDate": certificate.issued_at.isoformat(),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": certificate.identity_hash,
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": certificate.identity_salt,
                }
            ],
            # The printed name, as the public verification page shows it.
            "name": certificate.name_latin,
            "achievement": {
                "id": f"urn:uuid:{certificate.course_key}",
                "type": ["Achievement"],
                "achievementType": "Course",
                # A plain string, as the Open Badges 3.0 schema requires (no language map); the Ukrainian title
                # goes in the description.
                "name": certificate.course_title_en,
                "description": (
                    f"Completed the course “{certificate.course_title_en}” / «{certificate.course_title_uk}» "
                    f"({certificate.hours} hours)."
                ),
                "criteria": {"narrative": "All required lessons completed and the required assessments passed."},
                "humanCode": certificate.code,
            },
            "result": [{"type": ["Result"], "status": "Completed"}],
        },
        "evidence": [{"id": verify_url, "type": ["Evidence"], "name": "Public verification page"}],
        "credentialStatus": {
            "id": f"{list_url}#{position}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(position),
            "statusListCredential": list_url,
        },
        "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
    }
    if certificate.expires_on:
        credential["validUntil"] = _iso(certificate.expires_on)
    return credential


def _registered_claims(credential: dict, valid_from: datetime, valid_until: datetime | None = None) -> dict:
    """The JWT claims Open Badges 3.0 §8.2 maps from the credential: iss, jti, nbf, exp (and sub, had it an id)."""
    claims = {**credential, "iss": issuer_id(), "jti": credential["id"], "nbf": int(valid_from.timestamp())}
    if valid_until is not None:
        claims["exp"] = int(valid_until.timestamp())
    return claims


def open_badge_jwt(certificate) -> str:
    """The credential signed as a compact JWS (VC-JWT)."""
    credential = open_badge(certificate)
    valid_until = None
    if certificate.expires_on:
        valid_until = timezone.make_aware(datetime.combine(certificate.expires_on, time.min))
    return signing.sign(_registered_claims(credential, certificate.issued_at, valid_until))


def status_list_bits(number: int) -> bytes:
    """List ``number``'s bitstring: bit i (left-most first) is set when certificate ``number × size + i`` is revoked."""
    start = number * STATUS_LIST_SIZE
    revoked = Certificate.objects.filter(
        revoked_at__isnull=False, pk__gte=start, pk__lt=start + STATUS_LIST_SIZE
    ).values_list("pk", flat=True)
    bits = bytearray(STATUS_LIST_SIZE // 8)
    for pk in revoked.iterator(chunk_size=2000):
        position = pk - start
        bits[position // 8] |= 0x80 >> (position % 8)
    return bytes(bits)


def encode_list(bits: bytes) -> str:
    """GZIP, then Multibase base64url without padding (the ``u`` prefix), as Bitstring Status List v1.0 asks."""
    compressed = gzip.compress(bits, mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode()


def status_list_exists(number: int) -> bool:
    last = Certificate.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    return 0 <= number <= last // STATUS_LIST_SIZE


def status_list_credential(number: int) -> dict:
    url = status_list_url(number)
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": timezone.now().replace(microsecond=0).isoformat(),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_list(status_list_bits(number)),
        },
    }


def status_list_jwt(number: int) -> str:
    credential = status_list_credential(number)
    return signing.sign(_registered_claims(credential, datetime.fromisoformat(credential["validFrom"])))
