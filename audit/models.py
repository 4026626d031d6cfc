from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    EXPORT = "export", _("Exported learner data")
    DOWNLOAD = "download", _("Downloaded a learner's file")
    LEARNER_LIST = "learner_list", _("Viewed a list of learners")
    CERTIFICATE_REVOKED = "certificate_revoked", _("Revoked a certificate")
    ROLES_CHANGED = "roles_changed", _("Changed roles or groups")
    MFA_RESET = "mfa_reset", _("Reset a second factor")
    ACCOUNT_DELETED = "account_deleted", _("Deleted an account")


class EntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError("Audit entries are append-only.")


class AuditEntry(models.Model):
    """One access to personal data. Written once, never changed; removed only by the retention prune."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A snapshot: the entry stays readable after the account that acted is deleted.
    actor_email = models.CharField(_("who (e-mail)"), max_length=254, blank=True)
    action = models.CharField(_("what"), max_length=32, choices=Action.choices, db_index=True)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("whose data"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    details = models.JSONField(_("details"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("from address"), null=True, blank=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_email} {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError("Audit entries are append-only.")
        super().save(*args, **kwargs)
