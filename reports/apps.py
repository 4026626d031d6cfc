from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from django.db.models.signals import post_delete

        from accounts.privacy import register_exporter

        from .models import Export
        from .privacy import export_cohorts
        from .retention import export_file_delete

        register_exporter("cohorts", export_cohorts)
        # Also when the rows go with the account that asked for them (a cascade sends the signal for each row).
        post_delete.connect(export_file_delete, sender=Export, dispatch_uid="reports.export_file_delete")
