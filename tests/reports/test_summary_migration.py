"""The move of the enrolment summary from courses to reports: the migration copies every summary, anonymised ones
included, before courses drops its columns; unapplied, it puts them back."""

from datetime import UTC, datetime
from decimal import Decimal
from uuid import uuid4

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("reports", "0005_cohort_trainer_set_null"), ("courses", "0007_report_summary")]
SUMMARY = {
    "lessons_done": 7,
    "certified_at": datetime(2026, 3, 1, 12, tzinfo=UTC),
    "pretest_score": Decimal("40.00"),
    "assessment_score": Decimal("90.50"),
    "sector": "police",
    "organisation": "ГУНП у Сумській області",
}


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def test_the_migration_moves_every_summary_to_reports_and_back(site):
    user = UserFactory()  # the users' table is the same before and after
    leaves = latest()
    old = migrate(BEFORE)
    try:
        region = old.get_model("accounts", "Region").objects.get(iso_code="UA-59")
        enrollments = old.get_model("courses", "Enrollment").objects
        done = enrollments.create(
            user_id=user.pk,
            course_key=uuid4(),
            course_title="Курс",
            region=region,
            completed_at=SUMMARY["certified_at"],
            **SUMMARY,
        )
        # An anonymised enrolment: no record says its region and sector any more, only the summary.
        anonymous = enrollments.create(user=None, course_key=uuid4(), course_title="Інший", region=region, sector="ngo")

        new = migrate(leaves)
        summaries = new.get_model("reports", "EnrolmentSummary").objects
        moved = summaries.get(pk=done.pk)
        assert {name: getattr(moved, name) for name in SUMMARY} == SUMMARY
        assert (moved.user_id, moved.region_id, moved.course_title) == (user.pk, region.pk, "Курс")
        assert (moved.course_key, moved.enrolled_at, moved.completed_at) == (
            done.course_key,
            done.enrolled_at,
            done.completed_at,
        )
        kept = summaries.get(pk=anonymous.pk)
        assert (kept.user_id, kept.region_id, kept.sector, kept.lessons_done) == (None, region.pk, "ngo", 0)

        back = migrate(BEFORE).get_model("courses", "Enrollment").objects.get(pk=done.pk)
        assert {name: getattr(back, name) for name in SUMMARY} == SUMMARY
    finally:
        migrate(latest())
