from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.tasks import tasks_abandoned_fail
from reports.retention import exports_abandoned_fail


class Command(BaseCommand):
    help = (
        "What an hourly timer runs (deploy/systemd/elearn-housekeeping.timer, or cron): delete expired export files, "
        "prune the audit trail past its retention, mark tasks and exports that a stopped worker left unfinished as "
        "failed, and remove background-task results older than a week. Safe to run at any time, and twice."
    )

    def handle(self, *args, **options):
        call_command("purge_exports", stdout=self.stdout)
        call_command("prune_audit", stdout=self.stdout)
        self.stdout.write(f"{tasks_abandoned_fail()} task(s) left running by a stopped worker marked failed.")
        failed = exports_abandoned_fail()
        self.stdout.write(f"{failed} export(s) left unfinished by a stopped worker marked failed.")
        if settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend":
            call_command("prune_db_task_results", "--min-age-days", "7", "--queue-name", "*", stdout=self.stdout)
