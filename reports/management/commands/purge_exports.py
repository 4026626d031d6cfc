from django.core.management.base import BaseCommand

from reports.models import export_retention_days
from reports.retention import exports_purge


class Command(BaseCommand):
    help = "Delete export files (tables, certificate ZIPs) older than EXPORT_RETENTION_DAYS (run daily)."

    def handle(self, *args, **options):
        count = exports_purge()
        self.stdout.write(f"{count} export file(s) older than {export_retention_days()} days deleted.")
