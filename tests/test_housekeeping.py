"""A worker killed mid-task leaves no task "running" for ever (issue #13)."""

from datetime import timedelta
from io import StringIO

from django_tasks_db.models import DBTaskResult

from django.core.management import call_command
from django.utils import timezone

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def running_task(started_minutes_ago: int) -> DBTaskResult:
    started = timezone.now() - timedelta(minutes=started_minutes_ago)
    return DBTaskResult.objects.create(
        status="RUNNING",
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="reports.tasks.build_table_export",
        backend_name="default",
        run_after=started,
        started_at=started,
        worker_ids=["killed-worker"],
    )


def test_housekeeping_fails_tasks_a_stopped_worker_left_running(db, settings):
    settings.TASKS = DATABASE_QUEUE
    abandoned, running = running_task(90), running_task(5)
    out = StringIO()
    call_command("housekeeping", stdout=out)
    assert "1 task(s) left running by a stopped worker marked failed" in out.getvalue()
    abandoned.refresh_from_db()
    running.refresh_from_db()
    assert abandoned.status == "FAILED" and "worker stopped" in abandoned.traceback
    assert running.status == "RUNNING"
    # Twice is safe: nothing more to do.
    call_command("housekeeping", stdout=out)
    assert out.getvalue().count("0 task(s) left running") == 1
