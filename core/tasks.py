"""Background tasks that a stopped worker left behind."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

# Every task of this project (a PDF, a ZIP, an XLSX, e-mails, an index update) ends within minutes; one still
# "running" an hour after it started lost its worker (killed, or the machine restarted).
ABANDONED_AFTER = timedelta(hours=1)


def tasks_abandoned_fail(*, now=None) -> int:
    """Mark database-queued tasks left running by a stopped worker as failed, with a message. Returns how many."""
    if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
        return 0  # no queue: tasks ran in the request
    from django_tasks_db.models import DBTaskResult

    cutoff = (now or timezone.now()) - ABANDONED_AFTER
    stuck = list(DBTaskResult.objects.running().filter(started_at__lt=cutoff))
    for result in stuck:
        result.set_failed(RuntimeError("The worker stopped while running this task; it was not finished."))
    return len(stuck)
