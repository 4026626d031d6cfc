from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_save

        from accounts.privacy import register_exporter

        from .privacy import export_learning
        from .summary import profile_saved

        register_exporter("learning", export_learning)
        post_save.connect(profile_saved, sender=settings.AUTH_USER_MODEL, dispatch_uid="courses.profile_saved")
