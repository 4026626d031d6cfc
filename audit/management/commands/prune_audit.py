from django.conf import settings
from django.core.management.base import BaseCommand

from audit.trail import entries_prune


class Command(BaseCommand):
    help = "Remove audit trail entries older than AUDIT_RETENTION_DAYS (run it daily, e.g. from cron)."

    def handle(self, *args, **options):
        removed = entries_prune()
        self.stdout.write(f"Removed {removed} audit entries older than {settings.AUDIT_RETENTION_DAYS} days.")
