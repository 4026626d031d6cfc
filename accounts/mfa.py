"""Two-factor sign-in: who must have it, an admin's reset, and ending other sessions when a factor changes."""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled

from django.contrib.auth import update_session_auth_hash
from django.db import transaction
from django.db.models import F

from audit.models import Action
from audit.trail import record

from .models import User
from .roles import COORDINATORS, EDUCATORS, MODERATORS, TRAINERS

STAFF_GROUPS = (TRAINERS, COORDINATORS, MODERATORS, EDUCATORS)
# A second factor that proves possession at sign-in; recovery codes alone are only a fallback.
SIGN_IN_FACTORS = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


def is_staff_member(user) -> bool:
    """Anyone who sees other people's data or edits the site: the staff role groups, Wagtail and Django admins."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.is_staff:
        return True
    if user.groups.filter(name__in=STAFF_GROUPS).exists():
        return True
    return user.has_perm("wagtailadmin.access_admin")


def mfa_required(user) -> bool:
    """A staff account that has no authenticator app or security key yet must set one up before going on."""
    return is_staff_member(user) and not is_mfa_enabled(user, SIGN_IN_FACTORS)


def sessions_end_others(*, user, request=None) -> None:
    """End every session of ``user`` except the one making ``request`` (if it is theirs).

    The generation is part of the session hash (``User._get_session_auth_hash``), so this works with database,
    cached_db and cache sessions alike; the current session gets the new hash and stays signed in.
    """
    User.objects.filter(pk=user.pk).update(session_generation=F("session_generation") + 1)
    user.refresh_from_db(fields=["session_generation"])
    if request is not None and getattr(request.user, "pk", None) == user.pk:
        request.user.session_generation = user.session_generation
        update_session_auth_hash(request, user)


@transaction.atomic
def mfa_reset(*, target, request) -> int:
    """An admin removes every second factor of ``target`` (a lost phone); their sessions end. Returns how many."""
    deleted, _by_model = Authenticator.objects.filter(user=target).delete()
    sessions_end_others(user=target)
    record(action=Action.MFA_RESET, request=request, subject=target, authenticators=deleted)
    return deleted


def on_authenticator_changed(sender, request, user, **kwargs) -> None:
    sessions_end_others(user=user, request=request)


def connect_signals() -> None:
    from allauth.mfa import signals

    for signal in (signals.authenticator_added, signals.authenticator_removed, signals.authenticator_reset):
        signal.connect(on_authenticator_changed, dispatch_uid="accounts.mfa.sessions_end_others")
