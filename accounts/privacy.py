"""A learner's own data: what they can download, and what deleting the account removes.

Other apps register what they hold about a user, so this app needs no knowledge of them (one-way
dependencies): ``register_exporter("enrolments", func)`` where ``func(user)`` returns JSON-ready data. Likewise
``register_cohort_lookup(func)``, where ``func(user)`` gives the ids of the cohorts the user is a member of: the
export lists the learner lists and exports that covered those cohorts (the audit trail's ``entries_about``).
"""

from django.db import transaction
from django.utils import timezone

from audit.models import Action
from audit.trail import entries_about, record

from .signals import account_deleted

_exporters = {}
_cohort_lookups = []


def register_exporter(name: str, func) -> None:
    _exporters[name] = func


def register_cohort_lookup(func) -> None:
    if func not in _cohort_lookups:
        _cohort_lookups.append(func)


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
    cohort_ids = {pk for lookup in _cohort_lookups for pk in lookup(user)}
    data["accessed_by"] = entries_about(user, cohort_ids=cohort_ids)
    return data


@transaction.atomic
def user_delete(*, user, request=None) -> None:
    """Delete the account and every personal detail. Learning records stay without a user (their foreign keys are
    SET_NULL), so national completion counts remain true without saying who. The apps that keep more about the
    user hear ``account_deleted`` first, in this transaction, and forget what they must (the report summary keeps
    the region and sector, coarse, for those counts, but not the organisation, which in a small one could say who).

    The audit trail records the deletion, by the user, with the account's id (the account itself is gone)."""
    record(action=Action.ACCOUNT_DELETED, request=request, actor=user, user_id=user.pk)
    account_deleted.send(sender=type(user), user=user)
    user.delete()
