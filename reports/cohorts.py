"""Cohort actions: create, join by invite, bulk-enrol from CSV (all rows or none)."""

import csv
import io
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from accounts.models import Region, Sector, User, validate_cyrillic_name, validate_latin_name
from accounts.roles import COORDINATORS, has_role
from courses.progress import enrollment_create

from .models import Cohort, Membership

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
    return created


@dataclass
class CsvResult:
    created: int = 0
    existing: int = 0
    errors: list = field(default_factory=list)  # (line, message)


def _region(value: str):
    value = value.strip()
    return Region.objects.filter(
        Q(iso_code__iexact=value) | Q(name_uk__iexact=value) | Q(name_en__iexact=value)
    ).first()


def _sector(value: str):
    value = value.strip().lower()
    for choice in Sector:
        if value in (choice.value, str(choice.label).lower()):
            return choice.value
    return None


def csv_enrol(*, cohort: Cohort, data: bytes) -> CsvResult:
    """Bulk-enrol learners from CSV. Every row is checked first; one bad row and nothing is applied."""
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
    for line, row in enumerate(reader, start=2):
        if line > MAX_CSV_ROWS + 1:
            result.errors.append((line, _("At most %(count)s learners per file.") % {"count": MAX_CSV_ROWS}))
            break
        problems = []
        email = (row.get("email") or "").strip().lower()
        try:
            validate_email(email)
        except ValidationError:
            problems.append(_("not a valid email address"))
        if email in seen:
            problems.append(_("the same email appears twice"))
        seen.add(email)
        for column, validator in (
            ("full_name_uk", validate_cyrillic_name),
            ("given_name_latin", validate_latin_name),
            ("family_name_latin", validate_latin_name),
        ):
            value = (row.get(column) or "").strip()
            try:
                if not value or len(value) > 75:
                    raise ValidationError("")
                validator(value)
            except ValidationError:
                problems.append(_("%(column)s is empty, too long or in the wrong script") % {"column": column})
        region, sector = _region(row.get("oblast") or ""), _sector(row.get("sector") or "")
        if region is None:
            problems.append(_("unknown oblast"))
        if sector is None:
            problems.append(_("unknown sector"))
        if problems:
            result.errors.append((line, "; ".join(problems)))
            continue
        rows.append((email, row, region, sector))
    if result.errors:
        return result
    with transaction.atomic():
        for email, row, region, sector in rows:
            user = User.objects.filter(email__iexact=email).first()
            if user is None:
                user = User.objects.create_user(
                    email=email,
                    password=None,  # unusable: the learner sets one through "forgot password"
                    full_name_uk=row["full_name_uk"].strip(),
                    first_name=row["given_name_latin"].strip(),
                    last_name=row["family_name_latin"].strip(),
                    organisation=(row.get("organisation") or "").strip()[:200],
                    sector=sector,
                    region=region,
                )
                EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
                result.created += 1
            else:
                result.existing += 1
            membership_join(user=user, cohort=cohort)
    return result
