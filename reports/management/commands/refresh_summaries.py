from django.core.management.base import BaseCommand
from django.db import transaction

from courses.models import Enrollment
from courses.summary import summary_refresh
from quizzes.attempting import first_flags_refresh
from quizzes.models import Attempt


class Command(BaseCommand):
    help = (
        "Recompute the report summaries (lessons done, certified, best scores and profile on each enrolment; "
        "first submission and first pass on each attempt) from the learning records. Safe to run at any time."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            rows = summary_refresh(Enrollment.objects.all())
            first_flags_refresh(Attempt.objects.all())
        self.stdout.write(self.style.SUCCESS(f"{rows} enrolments refreshed."))
