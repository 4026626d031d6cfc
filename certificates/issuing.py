"""Issuing certificates: once per completion, with snapshots, rendered once and served from storage after."""

from calendar import monthrange
from datetime import date

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import CoursePage

from . import signals
from .models import Certificate, CertificateTemplate, CourseCertificate
from .rendering import render_certificate_pdf

DEFAULT_TEMPLATE = {
    "name": "Default",
    "organisation_uk": "Навчальна платформа з протидії торгівлі людьми",
    "organisation_en": "Counter-Trafficking Training Platform",
    "signatory_name": "Olena Koval",
    "signatory_title_uk": "Керівниця навчальних програм",
    "signatory_title_en": "Head of Training Programmes",
}


def default_template() -> CertificateTemplate:
    template = CertificateTemplate.objects.order_by("pk").first()
    if template is None:  # get_or_create: two first completions at once must not both create it
        defaults = {key: value for key, value in DEFAULT_TEMPLATE.items() if key != "name"}
        template, _ = CertificateTemplate.objects.get_or_create(name=DEFAULT_TEMPLATE["name"], defaults=defaults)
    return template


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _titles(course_key) -> dict[str, str]:
    versions = CoursePage.objects.filter(translation_key=course_key).select_related("locale")
    titles = {page.locale.language_code: page.title for page in versions}
    fallback = next(iter(titles.values()), "")
    return {"uk": titles.get("uk", fallback), "en": titles.get("en", fallback)}


def certificate_issue(*, enrollment) -> Certificate | None:
    """Issue the certificate for a completed enrolment. Returns the one that stands if it is still valid.

    Issue numbers make it safe under concurrency: two completion events race for the same (user, course, issue)
    and the unique constraint lets one win; the other returns the winner's certificate.
    """
    enrollment.refresh_from_db()  # the event may carry a stale copy; issue from what is stored
    if enrollment.user_id is None or enrollment.completed_at is None:
        return None
    latest = Certificate.objects.filter(user=enrollment.user, course_key=enrollment.course_key).order_by("-sequence")
    latest = latest.first()
    if latest is not None and latest.status() != "expired":
        return latest
    course = CoursePage.objects.filter(translation_key=enrollment.course_key).order_by("locale_id").first()
    choice = CourseCertificate.objects.filter(course=course).select_related("template").first() if course else None
    template = (choice.template if choice else None) or default_template()
    user = enrollment.user
    completed_on = timezone.localdate(enrollment.completed_at)
    validity = choice.validity_months if choice else 0
    titles = _titles(enrollment.course_key)
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                user=user,
                enrollment=enrollment,
                course=course,
                course_key=enrollment.course_key,
                sequence=(latest.sequence + 1) if latest else 1,
                name_uk=user.full_name_uk,
                name_latin=user.full_name_latin,
                course_title_uk=titles["uk"] or enrollment.course_title,
                course_title_en=titles["en"] or enrollment.course_title,
                hours=course.estimated_hours if course else 0,
                completed_on=completed_on,
                expires_on=add_months(completed_on, validity) if validity else None,
                organisation_uk=template.organisation_uk,
                organisation_en=template.organisation_en,
                signatory_name=template.signatory_name,
                signatory_title_uk=template.signatory_title_uk,
                signatory_title_en=template.signatory_title_en,
                template=template,
            )
            signals.certificate_issued.send(sender=Certificate, certificate=certificate, enrollment=enrollment)
            return certificate
    except IntegrityError:
        return Certificate.objects.filter(user=user, course_key=enrollment.course_key).order_by("-sequence").first()


def certificate_pdf(certificate: Certificate) -> bytes:
    """The PDF: rendered and stored the first time, read from storage every time after."""
    if certificate.pdf:
        with certificate.pdf.open("rb") as handle:
            return handle.read()
    data = render_certificate_pdf(certificate)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(data), save=False)
    Certificate.objects.filter(pk=certificate.pk, pdf="").update(pdf=certificate.pdf.name)
    return data


def certificate_revoke(*, certificate: Certificate, reason: str) -> None:
    Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason
    )
    certificate.refresh_from_db()
