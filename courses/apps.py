from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from accounts.privacy import register_exporter

        from .privacy import export_learning

        register_exporter("learning", export_learning)
