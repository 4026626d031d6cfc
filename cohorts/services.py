"""Cohort actions: create, join by invite, bulk-invite from CSV (all rows or none), accept or decline an
invitation, leave.

Membership is consent: a learner joins by following the cohort's invite link themselves, or by accepting an
invitation that a trainer's CSV sent them. Only then does the trainer see their name, progress and certificates.
"""

import csv
import io
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress

from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Region, Sector, User
from accounts.roles import COORDINATORS, has_role
from accounts.services import learner_create, learner_form
from courses.progress import enrollment_create

from .models import Cohort, Invitation, Membership, new_invitation_token

# The sign-up field each CSV column fills.
FIELD_COLUMNS = {"first_name": "given_name_latin", "last_name": "family_name_latin"}
CSV_COLUMNS = ["email", "full_name_uk", "given_name_latin", "family_name_latin", "organisation", "sector", "oblast"]
MAX_CSV_BYTES = 1024 * 1024
MAX_CSV_ROWS = 2000


def cohorts_visible_to(user):
    """A coordinator sees every cohort; a trainer only their own."""
    if has_role(user, COORDINATORS):
        return Cohort.objects.all()
    return Cohort.objects.filter(trainer=user)


def membership_join(*, user, cohort: Cohort) -> bool:
    """Join ``cohort`` and enrol in its courses. True when newly joined; joining twice changes nothing."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                Membership.objects.create(cohort=cohort, user=user)
            created = True
        except IntegrityError:
            created = False
        for course in cohort.courses.live():
            enrollment_create(user=user, course=course)
        # Joined by the invite link while an invitation waited: that answers it.
        Invitation.objects.filter(cohort=cohort, user=user, accepted_at=None, declined_at=None).update(
            accepted_at=timezone.now()
        )
    return created


def membership_leave(*, user, cohort_id: int) -> bool:
    """Leave a cohort: the membership goes, so its trainer no longer sees the learner; the courses stay in My
    learning. The invitation that brought them, if any, counts as declined (a new CSV does not invite them again).
    True when there was a membership."""
    with transaction.atomic():
        deleted, _rows = Membership.objects.filter(user=user, cohort_id=cohort_id).delete()
        Invitation.objects.filter(user=user, cohort_id=cohort_id).update(declined_at=timezone.now())
    return bool(deleted)


def accounts_for_emails(emails) -> dict:
    """Lower-cased address → id of the account it belongs to, for those of ``emails`` that have one: any of an
    account's addresses (allauth's, primary or not) or its own e-mail field. Two queries, whatever the number; never
    an error when unconfirmed duplicates exist (a confirmed, primary address wins)."""
    emails = [email.lower() for email in emails]
    found = {}
    addresses = (
        EmailAddress.objects.annotate(lower=Lower("email"))
        .filter(lower__in=emails)
        .order_by("-verified", "-primary", "pk")
        .values_list("lower", "user_id")
    )
    for email, user_id in addresses:
        found.setdefault(email, user_id)
    missing = [email for email in emails if email not in found]
    if missing:
        users = User.objects.annotate(lower=Lower("email")).filter(lower__in=missing).values_list("lower", "pk")
        found.update(users)
    return found


def invitation_pending(*, user, invitation_id: int):
    """``user``'s invitation that still waits for an answer (and has not expired), or None."""
    invitation = (
        Invitation.objects.filter(pk=invitation_id, user=user, accepted_at=None, declined_at=None)
        .select_related("cohort")
        .first()
    )
    return None if invitation is None or invitation.expired else invitation


def invitation_accept(*, invitation: Invitation) -> None:
    """The invited person says yes: they become a member and are enrolled in the cohort's courses."""
    with transaction.atomic():
        membership_join(user=invitation.user, cohort=invitation.cohort)
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])


def invitation_decline(*, invitation: Invitation) -> None:
    """The invited person says no: nothing of theirs reaches the trainer, and the same CSV does not invite them
    again."""
    invitation.declined_at = timezone.now()
    invitation.save(update_fields=["declined_at"])


def invitation_for_new_account(token: str):
    """The pending invitation behind ``token`` whose account was created by the bulk enrolment and has never been
    used (no password yet): the link in the e-mail is what proves the address. None otherwise."""
    invitation = (
        Invitation.objects.filter(token=token, accepted_at=None, declined_at=None)
        .select_related("cohort", "user")
        .first()
    )
    if invitation is None or invitation.expired or invitation.user is None:
        return None
    if invitation.user.has_usable_password():
        return None
    return invitation


def invitation_set_password(*, invitation: Invitation, password: str) -> None:
    """A new account's first password, set from the invitation's link: using the link confirms the address it was
    sent to, and the person joins the cohort (they chose "set a password and join")."""
    user = invitation.user
    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        EmailAddress.objects.filter(user=user, email__iexact=invitation.email).update(verified=True)
        invitation_accept(invitation=invitation)


@dataclass
class CsvResult:
    invited: int = 0  # every valid row: the same whether an address has an account or not
    invitations: list = field(default_factory=list)  # ids of the invitations to e-mail
    errors: list = field(default_factory=list)  # (line, message)


def _regions_by_name() -> dict:
    """Every region under its ISO code and both names, lower-cased: the CSV's oblast column is matched here, once
    per file, not with a query per row."""
    return {
        key.lower(): region
        for region in Region.objects.all()
        for key in (region.iso_code, region.name_uk, region.name_en)
    }


def _sector(value: str):
    value = value.strip().lower()
    for choice in Sector:
        if value in (choice.value, str(choice.label).lower()):
            return choice.value
    return None


def csv_enrol(*, cohort: Cohort, data: bytes) -> CsvResult:
    """Invite learners from CSV. Every row is checked first; one bad row and nothing is applied.

    Nobody becomes a member here: each address gets an invitation (``invitations_send`` e-mails them). An address
    without an account gets one, with no password and the address unconfirmed, so that the invitation can say
    "set a password and join". The result is the same shape whether or not an address had an account, so the
    trainer learns nothing about who is registered.
    """
    result = CsvResult()
    if len(data) > MAX_CSV_BYTES:
        result.errors.append((0, _("The file is larger than 1 MB.")))
        return result
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append((0, _("The file is not UTF-8 text.")))
        return result
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in CSV_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        result.errors.append((1, _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}))
        return result
    rows, seen = [], set()
    regions = _regions_by_name()
    known_regions = set(regions.values())
    for line, row in enumerate(reader, start=2):
        if line > MAX_CSV_ROWS + 1:
            result.errors.append((line, _("At most %(count)s learners per file.") % {"count": MAX_CSV_ROWS}))
            break
        email = (row.get("email") or "").strip().lower()
        region, sector = regions.get((row.get("oblast") or "").strip().lower()), _sector(row.get("sector") or "")
        # The sign-up's own checks (accounts.services): the same lengths and scripts as a learner signing up.
        form = learner_form(
            {
                "email": email,
                "full_name_uk": row.get("full_name_uk") or "",
                "first_name": row.get("given_name_latin") or "",
                "last_name": row.get("family_name_latin") or "",
                "organisation": row.get("organisation") or "",
                "sector": sector or "",
                "region": region.pk if region else "",
            },
            optional=["position"],  # the file has no column for it: the learner adds it to their profile
            regions=known_regions,
        )
        problems = []
        for name, errors in form.errors.items():
            if name in ("sector", "region"):
                continue  # said below, in the file's own terms
            column = FIELD_COLUMNS.get(name, name)
            problems += [_("%(column)s: %(error)s") % {"column": column, "error": error} for error in errors]
        if email and email in seen:
            problems.append(_("the same email appears twice"))
        seen.add(email)
        if region is None:
            problems.append(_("unknown oblast"))
        if sector is None:
            problems.append(_("unknown sector"))
        if problems:
            result.errors.append((line, "; ".join(problems)))
            continue
        rows.append((email, form.cleaned_data))
    if result.errors:
        return result
    emails = [email for email, *_rest in rows]
    result.invited = len(rows)
    with transaction.atomic():
        # Looked up for the whole file at once, not row by row.
        invitations = {i.email: i for i in Invitation.objects.filter(cohort=cohort, email__in=emails)}
        accounts = accounts_for_emails(emails)
        members = set(
            Membership.objects.filter(cohort=cohort, user_id__in=list(accounts.values())).values_list(
                "user_id", flat=True
            )
        )
        new = []
        for email, cleaned in rows:
            invitation = invitations.get(email)
            if invitation is not None:
                if invitation.pending:
                    # Asked again: a fresh link (the old one may have expired), sent again.
                    invitation.token, invitation.created_at = new_invitation_token(), timezone.now()
                    invitation.save(update_fields=["token", "created_at"])
                    result.invitations.append(invitation.pk)
                continue  # accepted or declined: the person has answered; nothing is sent
            user_id = accounts.get(email)
            if user_id is None:
                user = learner_create(cleaned=cleaned)  # as sign-up stores it; unconfirmed, no password
                user_id = user.pk
            elif user_id in members:
                continue  # already a member (joined by the invite link): nothing to ask
            new.append(Invitation(cohort=cohort, email=email, user_id=user_id))
        result.invitations += [invitation.pk for invitation in Invitation.objects.bulk_create(new)]
    return result
