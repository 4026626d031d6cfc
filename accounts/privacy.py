"""A learner's own data: what they can download, and what deleting the account removes.

Other apps register what they hold about a user, so this app needs no knowledge of them (one-way
dependencies): ``register_exporter("enrolments", func)`` where ``func(user)`` returns JSON-ready data.
"""

from django.db import transaction
from django.utils import timezone

_exporters = {}


def register_exporter(name: str, func) -> None:
    _exporters[name] = func


def user_data_export(*, user) -> dict:
    data = {
        "exported_at": timezone.now().isoformat(),
        "profile": {
            "email": user.email,
            "full_name_uk": user.full_name_uk,
            "given_name_latin": user.first_name,
            "family_name_latin": user.last_name,
            "organisation": user.organisation,
            "sector": user.sector,
            "region": user.region.iso_code if user.region else None,
            "position": user.position,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "email_addresses": list(user.emailaddress_set.values("email", "verified", "primary")),
    }
    for name, func in sorted(_exporters.items()):
        data[name] = func(user)
    return data


@transaction.atomic
def user_delete(*, user) -> None:
    """Delete the account and every personal detail. Learning records stay without a user (their foreign keys are
    SET_NULL), so national completion counts remain true without saying who. Their report summary keeps the region
    and sector (coarse, for those counts) but not the organisation, which in a small one could say who."""
    user.enrollments.update(organisation="")
    user.delete()
