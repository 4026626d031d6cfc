from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

APPEND_ONLY = "Audit entries are append-only: they are never changed, and removed only by prune_audit."


class Action(models.TextChoices):
    EXPORT = "export", _("Exported learner data")
    DOWNLOAD = "download", _("Downloaded a learner's file")
    LEARNER_LIST = "learner_list", _("Viewed a list of learners")
    CERTIFICATE_REVOKED = "certificate_revoked", _("Revoked a certificate")
    ROLES_CHANGED = "roles_changed", _("Changed roles or groups")
    MFA_RESET = "mfa_reset", _("Reset a second factor")
    ACCOUNT_DELETED = "account_deleted", _("Deleted an account")


# Actions that read many learners' data at once: their reach is the scope (cohorts, or the whole country).
SCOPED_ACTIONS = (Action.EXPORT, Action.DOWNLOAD, Action.LEARNER_LIST)


class EntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError(APPEND_ONLY)

    def delete(self):
        raise TypeError(APPEND_ONLY)

    def _prune(self):
        """The one delete path, for ``audit.trail.entries_prune`` (the retention setting)."""
        return models.QuerySet.delete(self)


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
    # The reach of a list or an export: every learner in the country, or the members of ``cohorts`` (below).
    # Columns rather than JSON, so that "who looked at my data" is one indexed query on any database.
    national = models.BooleanField(_("national scope"), default=False, db_index=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("from address"), null=True, blank=True)

    objects = EntryQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit trail")
        default_permissions = ("view",)  # nobody adds, changes or deletes through a permission

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_email} {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError(APPEND_ONLY)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError(APPEND_ONLY)


class EntryCohort(models.Model):
    """A cohort within an entry's scope. A plain id, not a foreign key: audit sits below the reports app, and the
    record outlives a deleted cohort."""

    entry = models.ForeignKey(AuditEntry, on_delete=models.CASCADE, related_name="cohorts")
    cohort_id = models.PositiveBigIntegerField(db_index=True)

    class Meta:
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["entry", "cohort_id"], name="audit_one_row_per_cohort")]

    def __str__(self):
        return f"{self.entry_id}: cohort {self.cohort_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise TypeError(APPEND_ONLY)
        super().save(*args, **kwargs)
