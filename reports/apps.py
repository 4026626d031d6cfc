from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Reports")

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_delete, pre_delete

        from wagtail.admin.views.mixins import SpreadsheetExportMixin

        from accounts import signals as accounts_signals
        from certificates import signals as certificates_signals
        from cohorts.panels import register_cohort_panel
        from courses import signals as courses_signals
        from quizzes import signals as quizzes_signals

        from . import summary
        from .exports import csv_cell
        from .figures import cohort_funnel
        from .models import Export
        from .retention import export_file_delete, user_deleting

        # The enrolment summary follows the events of the apps below, in their transactions.
        for signal, receiver in (
            (courses_signals.enrolled, summary.enrolled),
            (courses_signals.lesson_completed, summary.lesson_completed),
            (courses_signals.enrollment_completed, summary.enrollment_completed),
            (quizzes_signals.quiz_graded, summary.quiz_graded),
            (certificates_signals.certificate_issued, summary.certificate_issued),
            (accounts_signals.profile_changed, summary.profile_changed),
            (accounts_signals.account_deleted, summary.account_deleted),
        ):
            signal.connect(receiver, dispatch_uid=f"reports.summary.{receiver.__name__}")
        # A cohort's page shows its funnel (the cohorts app sits below the reports and knows nothing of figures).
        register_cohort_panel(cohort_funnel)
        # Wagtail's own admin CSV exports (site history, form submissions, ...) write cells as they are; send them
        # through the same inert-cell rule as ours, so no admin export carries a live formula either.
        wagtail_preprocess = SpreadsheetExportMixin.preprocess_field_value

        def preprocess_field_value(self, field, value, export_format):
            value = wagtail_preprocess(self, field, value, export_format)
            return csv_cell(value) if export_format == self.FORMAT_CSV else value

        SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
        # Also when the rows go with the account that asked for them (a cascade sends the signal for each row).
        post_delete.connect(export_file_delete, sender=Export, dispatch_uid="reports.export_file_delete")
        pre_delete.connect(user_deleting, sender=settings.AUTH_USER_MODEL, dispatch_uid="reports.user_zips")
