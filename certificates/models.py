"""Certificates and their layouts.

A certificate keeps snapshots of everything it prints (names, course title, hours, organisation, signatory),
so later edits to the course, the template or the learner's profile never change an issued certificate.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .codes import new_code


class CertificateTemplate(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    organisation_uk = models.CharField(_("issuing organisation (Ukrainian)"), max_length=200)
    organisation_en = models.CharField(_("issuing organisation (English)"), max_length=200)
    heading_uk = models.CharField(_("heading (Ukrainian)"), max_length=120, default="Сертифікат")
    heading_en = models.CharField(_("heading (English)"), max_length=120, default="Certificate of completion")
    statement_uk = models.CharField(
        _("statement (Ukrainian)"), max_length=300, default="успішно завершив(-ла) навчальний курс"
    )
    statement_en = models.CharField(
        _("statement (English)"), max_length=300, default="has successfully completed the course"
    )
    signatory_name = models.CharField(_("signatory"), max_length=150)
    signatory_title_uk = models.CharField(_("signatory's position (Ukrainian)"), max_length=200)
    signatory_title_en = models.CharField(_("signatory's position (English)"), max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#0b4f8a",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Use a colour like #0b4f8a."))],
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [FieldPanel("organisation_uk"), FieldPanel("organisation_en"), FieldPanel("logo")], _("Issuer")
        ),
        MultiFieldPanel(
            [
                FieldPanel("heading_uk"),
                FieldPanel("heading_en"),
                FieldPanel("statement_uk"),
                FieldPanel("statement_en"),
            ],
            _("Texts"),
        ),
        MultiFieldPanel(
            [FieldPanel("signatory_name"), FieldPanel("signatory_title_uk"), FieldPanel("signatory_title_en")],
            _("Signatory"),
        ),
        FieldPanel("accent_colour"),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return self.name


class CourseCertificate(models.Model):
    """Which template a course's certificate uses and how long it is valid: chosen by the course's editors on the
    course page's edit screen (the page's "Certificate" panel is this model's inline), kept here so that the course
    tree knows nothing of certificates. No row: the default template, and the certificate does not expire."""

    course = ParentalKey("courses.CoursePage", on_delete=models.CASCADE, related_name="certificate_settings")
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("certificate template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: the default template."),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"), default=0, help_text=_("0: the certificate does not expire.")
    )

    panels = [FieldPanel("template"), FieldPanel("validity_months")]

    class Meta:
        verbose_name = _("course certificate")
        verbose_name_plural = _("course certificates")
        constraints = [models.UniqueConstraint(fields=["course"], name="one_certificate_choice_per_course")]

    def __str__(self):
        return str(self.template or _("Default template"))


def new_identity_salt() -> str:
    return secrets.token_hex(16)


def identity_hash(email: str, salt: str) -> str:
    """Open Badges' salted identity hash: ``sha256$`` and the hex SHA-256 of the address followed by the salt."""
    return "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest()


class SigningKey(models.Model):
    """A key that signs Open Badges credentials and the revocation list.

    Public halves are kept for every key ever used, so a credential signed before a rotation still verifies. The
    private half is kept only for a key generated here (development, or no key configured); a key from the
    environment (``BADGE_SIGNING_KEY``) leaves it empty.
    """

    kid = models.CharField(_("key ID"), max_length=100, unique=True)
    public_jwk = models.JSONField(_("public key (JWK)"))
    private_jwk = models.JSONField(_("private key (JWK)"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("signing key")
        verbose_name_plural = _("signing keys")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.kid


def certificate_upload_to(instance, filename):
    return f"certificates/{instance.issued_at:%Y/%m}/{instance.code}.pdf"


class CertificateQuerySet(models.QuerySet):
    def valid(self, today=None):
        today = today or timezone.localdate()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_on__isnull=True) | models.Q(expires_on__gte=today)
        )


class Certificate(models.Model):
    code = models.CharField(_("verification code"), max_length=20, unique=True, default=new_code, editable=False)
    # The certificate is personal data: it goes with the account (the learning records stay, anonymised).
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    enrollment = models.ForeignKey(
        "courses.Enrollment", null=True, blank=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    course_key = models.UUIDField(_("course key"))
    sequence = models.PositiveSmallIntegerField(_("issue"), default=1, help_text=_("2 for a retake after expiry."))
    name_uk = models.CharField(_("name (Ukrainian)"), max_length=150)
    name_latin = models.CharField(_("name (Latin script)"), max_length=150)
    course_title_uk = models.CharField(_("course title (Ukrainian)"), max_length=255)
    course_title_en = models.CharField(_("course title (English)"), max_length=255)
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=1)
    completed_on = models.DateField(_("completed on"))
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    organisation_uk = models.CharField(max_length=200)
    organisation_en = models.CharField(max_length=200)
    signatory_name = models.CharField(max_length=150)
    signatory_title_uk = models.CharField(max_length=200)
    signatory_title_en = models.CharField(max_length=200)
    template = models.ForeignKey(
        CertificateTemplate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    pdf = models.FileField(_("PDF"), upload_to=certificate_upload_to, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason for revoking"), max_length=300, blank=True)
    # The credential names its holder by a salted hash of the e-mail address at issue, not by the address itself.
    identity_salt = models.CharField(max_length=64, default=new_identity_salt, editable=False)
    identity_hash = models.CharField(max_length=80, blank=True, editable=False)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            # Issued once per completion: concurrent completion events cannot both issue the same issue number.
            models.UniqueConstraint(fields=["user", "course_key", "sequence"], name="one_certificate_per_issue")
        ]

    def __str__(self):
        return f"{self.code} · {self.name_latin} · {self.course_title_en}"

    def save(self, *args, **kwargs):
        # A snapshot like the names: a later change of address does not change who the credential names.
        if not self.identity_hash and self.user_id:
            self.identity_hash = identity_hash(self.user.email, self.identity_salt)
        super().save(*args, **kwargs)

    @property
    def status_list_index(self) -> int:
        """The certificate's bit in the revocation status lists: its primary key, never reused (a sequence on
        PostgreSQL, AUTOINCREMENT on SQLite) and unique without any extra locking."""
        return self.pk

    def status(self, today=None) -> str:
        today = today or timezone.localdate()
        if self.revoked_at:
            return "revoked"
        if self.expires_on and self.expires_on < today:
            return "expired"
        return "valid"
