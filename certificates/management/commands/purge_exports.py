"""Expire cohort certificate ZIPs past their retention (``EXPORT_RETENTION_DAYS``): run daily, e.g. from cron."""

from django.conf import settings
from django.core.management.base import BaseCommand

from certificates.privacy import exports_purge


class Command(BaseCommand):
    help = "Delete the files of certificate ZIP exports older than EXPORT_RETENTION_DAYS and mark them expired."

    def handle(self, *args, **options):
        count = exports_purge()
        days = settings.EXPORT_RETENTION_DAYS
        self.stdout.write(f"Expired {count} certificate ZIP export(s) older than {days} days (files deleted).")
