"""The trail itself: append-only, pruned only by the retention command, and the reach of list entries."""

import pytest

from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.test import override_settings

from audit.models import Action, AuditEntry, EntryCohort
from audit.trail import entries_about, record
from tests.factories import UserFactory


def test_entries_cannot_be_changed_or_deleted(user):
    entry = record(action=Action.EXPORT, actor=user, cohort_ids=[3], table="course")
    entry.details = {"table": "forged"}
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        entry.delete()
    with pytest.raises(TypeError):
        AuditEntry.objects.filter(pk=entry.pk).update(details={})
    with pytest.raises(TypeError):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    with pytest.raises(TypeError):
        EntryCohort.objects.get(entry=entry).save()
    stored = AuditEntry.objects.get(pk=entry.pk)
    assert stored.details == {"table": "course", "cohort_ids": [3]}


def test_deleting_an_account_keeps_the_entries_it_made_or_was_named_in(site):
    trainer, learner = UserFactory(email="t@example.org"), UserFactory()
    record(action=Action.DOWNLOAD, actor=trainer, subject=learner)
    trainer.delete()
    learner.delete()
    entry = AuditEntry.objects.get(action=Action.DOWNLOAD)
    assert (entry.actor, entry.subject, entry.actor_email) == (None, None, "t@example.org")


@override_settings(AUDIT_RETENTION_DAYS=30)
def test_prune_removes_only_entries_older_than_the_retention_period(user, backdate):
    old = record(action=Action.EXPORT, actor=user, cohort_ids=[1, 2])
    recent = record(action=Action.EXPORT, actor=user)
    backdate(old, days=31)
    backdate(recent, days=29)
    call_command("prune_audit")
    assert list(AuditEntry.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not EntryCohort.objects.exists()  # the scope rows go with their entry


def test_the_retention_period_defaults_to_two_years():
    from django.conf import settings

    assert settings.AUDIT_RETENTION_DAYS == 730


def test_entries_about_a_learner_are_theirs_by_name_or_by_a_scope_that_covered_them(site):
    trainer, coordinator = UserFactory(email="trainer@example.org"), UserFactory(email="coord@example.org")
    learner = UserFactory()
    record(action=Action.LEARNER_LIST, actor=trainer, cohort_ids=[7, 8], course="x")
    record(action=Action.EXPORT, actor=trainer, cohort_ids=[9])  # another cohort
    record(action=Action.EXPORT, actor=coordinator, national=True, region=5)
    record(action=Action.CERTIFICATE_REVOKED, actor=coordinator, subject=learner, certificate="ABC")
    record(action=Action.ROLES_CHANGED, actor=coordinator, subject=UserFactory())  # someone else
    record(action=Action.DOWNLOAD, actor=learner, subject=learner)  # their own download

    seen = entries_about(learner, cohort_ids=[8])
    assert [(e["who"], e["what"]) for e in seen] == [
        ("trainer@example.org", "learner_list"),
        ("coord@example.org", "export"),
        ("coord@example.org", "certificate_revoked"),
    ]
    assert seen[0]["details"] == {"course": "x", "cohort_ids": [7, 8]}
    assert seen[1]["details"] == {"region": 5, "national": True}
    # Without the cohort, only the national export and the entry by name reach them.
    assert [e["what"] for e in entries_about(learner, cohort_ids=[])] == ["export", "certificate_revoked"]


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the database triggers are PostgreSQL's (production and CI)"
)


@postgresql_only
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_auditentry SET details = '{}'",
        "UPDATE audit_auditentry SET actor_email = 'someone@example.org'",
        "UPDATE audit_auditentry SET actor_id = NULL, at = now()",
        "DELETE FROM audit_auditentry",
        "UPDATE audit_entrycohort SET cohort_id = 99",
        "DELETE FROM audit_entrycohort",
    ],
)
def test_the_database_refuses_changes_that_bypass_the_orm(user, statement):
    entry = record(action=Action.EXPORT, actor=user, cohort_ids=[3], table="course")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement)
    stored = AuditEntry.objects.get(pk=entry.pk)
    assert (stored.actor, stored.details) == (user, {"table": "course", "cohort_ids": [3]})
    assert EntryCohort.objects.filter(entry=entry, cohort_id=3).exists()


@postgresql_only
def test_the_database_lets_account_deletion_and_the_prune_through(site, backdate):
    trainer, learner = UserFactory(), UserFactory()
    entry = record(action=Action.DOWNLOAD, actor=trainer, subject=learner, cohort_ids=[1])
    learner.delete()  # ON DELETE SET NULL
    assert AuditEntry.objects.get(pk=entry.pk).subject is None
    backdate(entry, days=800)
    call_command("prune_audit")
    assert not AuditEntry.objects.filter(pk=entry.pk).exists()
