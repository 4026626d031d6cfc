"""Certificates: a stored row as issuing writes it (fast, no PDF), or one issued by completing a course."""

import uuid
from datetime import timedelta

import factory

from django.utils import timezone

from certificates.issuing import certificate_issue
from certificates.models import Certificate

from .accounts import UserFactory
from .courses import EnrollmentFactory

NO_COURSE_KEY = uuid.UUID("00000000-0000-0000-0000-000000000001")


class CertificateFactory(factory.django.DjangoModelFactory):
    """A certificate as issuing stores it (names and titles as snapshots), without rendering a PDF.

    Traits: ``revoked=True`` (with a reason), ``expired=True`` (expired yesterday).
    """

    class Meta:
        model = Certificate

    class Params:
        revoked = factory.Trait(revoked_at=factory.LazyFunction(timezone.now), revoked_reason="Видано помилково")
        expired = factory.Trait(expires_on=factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=1)))

    user = factory.SubFactory(UserFactory)
    course = None
    course_key = factory.LazyAttribute(lambda o: o.course.translation_key if o.course else NO_COURSE_KEY)
    name_uk = factory.LazyAttribute(lambda o: o.user.full_name_uk)
    name_latin = factory.LazyAttribute(lambda o: o.user.full_name_latin)
    course_title_uk = factory.LazyAttribute(lambda o: o.course.title if o.course else "Виявлення постраждалих")
    course_title_en = "Identifying victims of trafficking"
    hours = factory.LazyAttribute(lambda o: o.course.estimated_hours if o.course else 2)
    completed_on = factory.LazyFunction(timezone.localdate)
    organisation_uk = "Організація"
    organisation_en = "Organisation"
    signatory_name = "Signatory"
    signatory_title_uk = "Директорка"
    signatory_title_en = "Director"


def make_certificate(user, course=None, **fields):
    """A certificate as issuing stores it (names and titles as snapshots), without rendering a PDF."""
    values = {
        "name_uk": "Олена Петренко",
        "name_latin": "Olena Petrenko",
        "course_title_uk": "Курс",
        "course_title_en": "Course",
        "hours": 2,
        **fields,
    }
    return CertificateFactory(user=user, course=course, **values)


def issue_certificate(course, user=None):
    """A certificate as completing ``course`` issues it (the PDF is rendered later, when it is first needed)."""
    enrollment = EnrollmentFactory(user=user or UserFactory(), course=course, completed_at=timezone.now())
    return certificate_issue(enrollment=enrollment)
