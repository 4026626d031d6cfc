"""Open Badges 3.0 credentials as a verifier sees them: fetched over HTTP, checked with independent code.

The signature is checked with ``cryptography`` directly on the JWS signing input, with the key taken from the
published JWK set (never through the signing code's helpers); revocation by fetching the status list the credential
names, decoding its bitstring and reading the certificate's bit.
"""

import base64
import gzip
import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from django.utils import timezone

from certificates.issuing import certificate_revoke
from certificates.models import Certificate, SigningKey
from certificates.signing import signing_key_rotate
from tests.factories import UserFactory, issue_certificate, make_course

SCHEMA = json.loads((Path(__file__).parent / "data" / "ob_v3p0_achievementcredential_schema.json").read_text())
STATUS_LIST_BITS = 131_072


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", title="Виявлення жертв", modules=1, lessons=1)


def b64decode(value: str) -> bytes:
    return base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))


def b64encode(value: bytes) -> str:
    return base64.urlsafe_b64encode(value).rstrip(b"=").decode()


def path_of(url: str) -> str:
    return urlsplit(url).path


def published_keys(client) -> dict:
    response = client.get("/certificates/keys.json")
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    keys = {}
    for jwk in json.loads(response.content)["keys"]:
        assert jwk["kty"] == "EC" and jwk["crv"] == "P-256"
        assert "d" not in jwk  # never the private half
        numbers = ec.EllipticCurvePublicNumbers(
            int.from_bytes(b64decode(jwk["x"]), "big"), int.from_bytes(b64decode(jwk["y"]), "big"), ec.SECP256R1()
        )
        keys[jwk["kid"]] = numbers.public_key()
    return keys


def verify_jws(client, token: str) -> tuple[dict, dict]:
    """Check an ES256 compact JWS with the published key; raises InvalidSignature when it does not verify."""
    header_part, payload_part, signature_part = token.split(".")
    header = json.loads(b64decode(header_part))
    assert header["alg"] == "ES256"
    key = published_keys(client)[header["kid"]]
    signature = b64decode(signature_part)
    assert len(signature) == 64  # JWS carries r‖s; cryptography wants DER
    der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
    key.verify(der, f"{header_part}.{payload_part}".encode(), ec.ECDSA(hashes.SHA256()))
    return header, json.loads(b64decode(payload_part))


def fetch_credential(client, certificate) -> tuple[str, dict]:
    response = client.get(f"/certificates/{certificate.code}/credential.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    token = response.content.decode()
    _header, credential = verify_jws(client, token)
    return token, credential


def is_revoked(client, credential) -> bool:
    status = credential["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry" and status["statusPurpose"] == "revocation"
    assert status["id"] and status["statusListIndex"].isdigit()
    response = client.get(path_of(status["statusListCredential"]))
    assert response.status_code == 200
    _header, status_list = verify_jws(client, response.content.decode())
    assert "BitstringStatusListCredential" in status_list["type"]
    assert status_list["id"] == status["statusListCredential"]
    assert status_list["credentialSubject"]["statusPurpose"] == "revocation"
    encoded = status_list["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")  # Multibase base64url
    bits = gzip.decompress(b64decode(encoded[1:]))
    assert len(bits) * 8 >= STATUS_LIST_BITS  # the specification's minimum size (herd privacy)
    index = int(status["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def test_the_credential_is_signed_and_conforms_to_open_badges_3(client, course):
    certificate = issue_certificate(course)
    _token, credential = fetch_credential(client, certificate)

    jsonschema.Draft201909Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(credential)
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    achievement = credential["credentialSubject"]["achievement"]
    assert isinstance(achievement["name"], str)  # the strict schema: a string, not a language map
    assert "Виявлення жертв" in achievement["description"]
    # The JWT claims Open Badges 3.0 maps from the credential.
    assert credential["iss"] == credential["issuer"]["id"]
    assert credential["jti"] == credential["id"]
    assert credential["nbf"] == int(certificate.issued_at.timestamp())
    # The issuer's profile is published at its id, anonymously.
    profile = client.get(path_of(credential["issuer"]["id"]))
    assert profile.status_code == 200
    assert json.loads(profile.content)["id"] == credential["issuer"]["id"]
    assert "Profile" in json.loads(profile.content)["type"]
    # The readable JSON is the same credential and validates too.
    readable = json.loads(client.get(f"/uk/certificates/{certificate.code}/badge.json").content)
    jsonschema.Draft201909Validator(SCHEMA).validate(readable)
    assert readable["credentialStatus"] == credential["credentialStatus"]


def test_an_expiring_certificate_carries_valid_until_and_exp(client, course):
    certificate = issue_certificate(course)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=timezone.localdate().replace(year=2099))
    _token, credential = fetch_credential(client, certificate)
    assert credential["validUntil"].startswith("2099-")
    assert credential["exp"] > credential["nbf"]


def test_a_tampered_credential_does_not_verify(client, course):
    token, _credential = fetch_credential(client, issue_certificate(course))
    header, payload, signature = token.split(".")
    claims = json.loads(b64decode(payload))
    claims["credentialSubject"]["achievement"]["name"] = "Something else"
    forged = f"{header}.{b64encode(json.dumps(claims).encode())}.{signature}"
    with pytest.raises(InvalidSignature):
        verify_jws(client, forged)
    flipped = bytearray(b64decode(signature))
    flipped[5] ^= 1
    with pytest.raises(InvalidSignature):
        verify_jws(client, f"{header}.{payload}.{b64encode(bytes(flipped))}")


def test_revoking_sets_the_certificates_bit_in_the_published_status_list(client, course):
    kept, revoked = issue_certificate(course), issue_certificate(course)
    _token, kept_credential = fetch_credential(client, kept)
    _token, revoked_credential = fetch_credential(client, revoked)
    assert (
        kept_credential["credentialStatus"]["statusListIndex"]
        != revoked_credential["credentialStatus"]["statusListIndex"]
    )
    assert not is_revoked(client, revoked_credential)

    certificate_revoke(certificate=revoked, reason="Issued in error")

    # The credential the holder already has is now reported revoked; the other one is not.
    assert is_revoked(client, revoked_credential)
    assert not is_revoked(client, kept_credential)


def test_the_subject_is_a_salted_hash_of_the_email_not_the_address(client, course):
    user = UserFactory(email="olena@example.org")
    certificate = issue_certificate(course, user)
    token, credential = fetch_credential(client, certificate)
    (identity,) = credential["credentialSubject"]["identifier"]
    assert identity["type"] == "IdentityObject"
    assert identity["identityType"] == "emailAddress" and identity["hashed"] is True
    assert len(identity["salt"]) >= 16
    expected = "sha256$" + hashlib.sha256(("olena@example.org" + identity["salt"]).encode()).hexdigest()
    assert identity["identityHash"] == expected
    assert "olena@example.org" not in json.dumps(credential) and "olena" not in token
    # Each certificate has its own salt, so two credentials of one person do not link by the hash.
    other = issue_certificate(make_course(course.get_parent(), slug="d", modules=1, lessons=1), user)
    _token, other_credential = fetch_credential(client, other)
    assert other_credential["credentialSubject"]["identifier"][0]["identityHash"] != identity["identityHash"]
    # A later change of address does not change whom an issued credential names.
    user.email = "new@example.org"
    user.save()
    _token, again = fetch_credential(client, Certificate.objects.get(pk=certificate.pk))
    assert again["credentialSubject"]["identifier"][0]["identityHash"] == expected


def test_credentials_are_found_only_by_their_code(client, course):
    certificate = issue_certificate(course)
    from certificates import codes

    unknown = codes.new_code()
    assert client.get(f"/certificates/{unknown}/credential.jwt").status_code == 404
    assert client.get(f"/uk/certificates/{unknown}/badge.json").status_code == 404
    assert client.get("/certificates/status/7.jwt").status_code == 404  # no such list
    assert client.get("/certificates/status/99999999999999999999999.jwt").status_code == 404
    # Whoever has the code (it is printed on the certificate) sees the credential: the public verification flow.
    assert client.get(f"/certificates/{certificate.code}/credential.jwt").status_code == 200
    verify_page = client.get(f"/uk/certificates/verify/{certificate.code}/").content.decode()
    assert f'href="/certificates/{certificate.code}/credential.jwt"' in verify_page
    # Once the holder deletes their account, nobody does.
    certificate.user.delete()
    assert client.get(f"/certificates/{certificate.code}/credential.jwt").status_code == 404
    assert client.get(f"/uk/certificates/{certificate.code}/badge.json").status_code == 404


def test_credentials_signed_before_a_key_rotation_still_verify(client, course):
    certificate = issue_certificate(course)
    old_token, _credential = fetch_credential(client, certificate)
    signing_key_rotate()
    new_token, _credential = fetch_credential(client, certificate)
    old_kid = json.loads(b64decode(old_token.split(".")[0]))["kid"]
    new_kid = json.loads(b64decode(new_token.split(".")[0]))["kid"]
    assert old_kid != new_kid
    verify_jws(client, old_token)  # the old key is still published


def test_a_key_from_the_environment_signs_and_is_published_without_its_private_half(client, course, settings):
    private = ec.generate_private_key(ec.SECP256R1())
    settings.BADGE_SIGNING_KEY = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    token, _credential = fetch_credential(client, issue_certificate(course))
    kid = json.loads(b64decode(token.split(".")[0]))["kid"]
    published = published_keys(client)[kid]
    assert published.public_numbers() == private.public_key().public_numbers()
    assert SigningKey.objects.get(kid=kid).private_jwk is None
