from django.core.management.base import BaseCommand
from django.db import transaction

from quizzes.attempting import first_flags_refresh
from quizzes.models import Attempt
from reports.summary import summary_refresh


class Command(BaseCommand):
    help = (
        "Recompute the report summaries (one per enrolment: lessons done, certified, best scores, the learner's "
        "profile; first submission and first pass on each attempt) from the learning records, creating those that "
        "are missing. Safe to run at any time."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            rows = summary_refresh()
            first_flags_refresh(Attempt.objects.all())
        self.stdout.write(self.style.SUCCESS(f"{rows} enrolments refreshed."))
