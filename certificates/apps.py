from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from accounts.privacy import register_exporter
        from courses.signals import course_completed

        from .privacy import export_certificates
        from .tasks import issue_on_completion

        course_completed.connect(issue_on_completion, dispatch_uid="certificates.issue_on_completion")
        register_exporter("certificates", export_certificates)
