from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from reports.retention import exports_abandoned_fail


class Command(BaseCommand):
    help = (
        "What a daily timer runs (deploy/systemd/elearn-daily.timer, or cron): delete expired export files, prune the "
        "audit trail past its retention, mark exports whose worker died as failed, and remove background-task "
        "results older than a week."
    )

    def handle(self, *args, **options):
        call_command("purge_exports", stdout=self.stdout)
        call_command("prune_audit", stdout=self.stdout)
        failed = exports_abandoned_fail()
        self.stdout.write(f"{failed} export(s) left unfinished by a stopped worker marked failed.")
        if settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend":
            call_command("prune_db_task_results", "--min-age-days", "7", "--queue-name", "*", stdout=self.stdout)
