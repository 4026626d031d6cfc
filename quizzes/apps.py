from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from accounts.privacy import register_exporter
        from courses.outline import register_assessed_pages
        from courses.progress import completion_rule

        from .completion import required_quizzes_passed
        from .models import QuizPage
        from .privacy import export_attempts

        completion_rule(required_quizzes_passed)
        register_assessed_pages(QuizPage)  # quizzes are listed in course outlines
        register_exporter("quiz_attempts", export_attempts)
