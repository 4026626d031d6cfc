"""The issuer's signing key: credentials and revocation lists are VC-JWTs signed with ES256 (ECDSA on P-256).

ES256 rather than EdDSA because more verifiers and wallets accept it. The private key comes from the environment
in production (``BADGE_SIGNING_KEY``, PEM or JWK); otherwise one is generated on first use and kept in the
database. Every key's public half stays in ``SigningKey`` and is published as a JWK set, so rotating the key
(``signing_key_rotate``, or a new ``BADGE_SIGNING_KEY``) never breaks credentials signed before.
"""

import json

from joserfc import jwt
from joserfc.jwk import ECKey

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .models import SigningKey

ALGORITHM = "ES256"
CURVE = "P-256"


def _public_jwk(key: ECKey, kid: str) -> dict:
    return {**key.as_dict(private=False), "kid": kid, "alg": ALGORITHM, "use": "sig"}


def _configured_key() -> ECKey | None:
    value = (settings.BADGE_SIGNING_KEY or "").strip()
    if not value:
        return None
    try:
        key = ECKey.import_key(json.loads(value) if value.startswith("{") else value)
    except ValueError as error:
        raise ImproperlyConfigured("BADGE_SIGNING_KEY is not an EC private key (PEM or JWK)") from error
    if key.curve_name != CURVE or not key.is_private:
        raise ImproperlyConfigured("BADGE_SIGNING_KEY must be a P-256 private key (for ES256)")
    return key


def _store_generated() -> SigningKey:
    key = ECKey.generate_key(CURVE, private=True)
    kid = key.thumbprint()
    return SigningKey.objects.create(kid=kid, public_jwk=_public_jwk(key, kid), private_jwk=key.as_dict(private=True))


def signing_key() -> tuple[ECKey, str]:
    """The key that signs now, and its ``kid`` (the RFC 7638 thumbprint)."""
    configured = _configured_key()
    if configured is not None:
        kid = configured.thumbprint()
        # Its public half is published with the others; the private half is never written to the database.
        SigningKey.objects.get_or_create(kid=kid, defaults={"public_jwk": _public_jwk(configured, kid)})
        return configured, kid
    stored = SigningKey.objects.filter(private_jwk__isnull=False).order_by("-created_at", "-pk").first()
    if stored is None:
        # Two first uses at once may each generate one: both are published, and the newer signs from then on.
        stored = _store_generated()
    return ECKey.import_key(stored.private_jwk), stored.kid


def signing_key_rotate() -> SigningKey:
    """Generate a new stored key that signs from now on; the old ones stay published for verification."""
    return _store_generated()


def sign(claims: dict, *, typ: str = "vc+jwt") -> str:
    key, kid = signing_key()
    return jwt.encode({"alg": ALGORITHM, "kid": kid, "typ": typ}, claims, key, algorithms=[ALGORITHM])


def public_key_set() -> dict:
    """The JWK set of every key that has signed here (RFC 7517), for verifiers."""
    return {"keys": [row.public_jwk for row in SigningKey.objects.order_by("created_at", "pk")]}
