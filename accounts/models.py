import re

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.utils.crypto import salted_hmac
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """One of Ukraine's 27 regions (24 oblasts, Crimea, Kyiv, Sevastopol), keyed by ISO 3166-2 code."""

    iso_code = models.CharField(_("ISO code"), max_length=6, unique=True)
    name_uk = models.CharField(_("name in Ukrainian"), max_length=100)
    name_en = models.CharField(_("name in English"), max_length=100)

    class Meta:
        ordering = ["name_uk"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_en if get_language() == "en" else self.name_uk


class Sector(models.TextChoices):
    SOCIAL = "social", _("Social services / NRM")
    JUSTICE = "justice", _("Justice (judges, prosecutors)")
    BORDER = "border", _("Border guard")
    POLICE = "police", _("Police")
    EDUCATION = "education", _("Education")
    HEALTH = "health", _("Health")
    NGO = "ngo", _("NGO")
    OTHER = "other", _("Other")


CYRILLIC_NAME = re.compile(r"^[А-ЩЬЮЯҐЄІЇа-щьюяґєії'’ʼ\- ]+$")
LATIN_NAME = re.compile(r"^[A-Za-z'’\- ]+$")


def validate_cyrillic_name(value):
    if not CYRILLIC_NAME.match(value):
        raise ValidationError(_("Use Ukrainian (Cyrillic) letters, spaces, hyphens and apostrophes only."))


def validate_latin_name(value):
    if not LATIN_NAME.match(value):
        raise ValidationError(_("Use Latin letters, spaces, hyphens and apostrophes only, as in a passport."))


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A practitioner. Logs in with an email address; has no username.

    The name is kept twice: in Ukrainian (Cyrillic) and in Latin script as in a passport, split into given and
    family name (Django's ``first_name`` / ``last_name``), because certificates print both.
    """

    username = None
    email = models.EmailField(_("email address"), unique=True)
    first_name = models.CharField(_("given name (Latin script)"), max_length=75, blank=True)
    last_name = models.CharField(_("family name (Latin script)"), max_length=75, blank=True)
    full_name_uk = models.CharField(_("full name in Ukrainian"), max_length=150, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )
    position = models.CharField(_("position"), max_length=150, blank=True)
    # Raised when the second factor changes (accounts/mfa.py): it is part of the session hash, so every other
    # session of the account ends, whatever the session backend, as a password change does.
    session_generation = models.PositiveIntegerField(default=0, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args, **kwargs):
        # Receivers of ``accounts.signals.profile_changed`` (the reports' summary) run in post_save; one transaction
        # around the save keeps their writes with the row on every path: the profile form, the admin, a script.
        with transaction.atomic(using=kwargs.get("using") or router.db_for_write(type(self), instance=self)):
            super().save(*args, **kwargs)

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def full_name_latin(self):
        return f"{self.first_name} {self.last_name}".strip()

    def get_full_name(self):
        if get_language() == "en":
            return self.full_name_latin or self.full_name_uk
        return self.full_name_uk or self.full_name_latin

    def get_short_name(self):
        return self.get_full_name()

    def _get_session_auth_hash(self, secret=None):
        # Django checks this hash (an HMAC of the password) on every request; mixing the generation in ends
        # sessions whose hash is older. Generation 0 keeps Django's own hash, so existing sessions stay valid.
        if not self.session_generation:
            return super()._get_session_auth_hash(secret=secret)
        return salted_hmac(
            "accounts.User.session_auth_hash",
            f"{self.password}:{self.session_generation}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()
