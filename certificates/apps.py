from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from django.db.models.signals import post_delete

        from accounts.privacy import register_exporter
        from courses.signals import course_completed

        from .models import Certificate
        from .privacy import certificate_deleted, export_certificates
        from .tasks import issue_on_completion

        course_completed.connect(issue_on_completion, dispatch_uid="certificates.issue_on_completion")
        register_exporter("certificates", export_certificates)
        # A certificate's PDF goes with it on every path that deletes it (with the account, in the admin). The cohort
        # ZIPs that hold it are the reports app's (reports/retention.py).
        post_delete.connect(certificate_deleted, sender=Certificate, dispatch_uid="certificates.pdf_delete")
