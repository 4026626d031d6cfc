"""Reports read from the replica when one is configured; writes and everything else use the primary (issue #13).

The routing is proven end to end against a real streaming replica by `python -m bench cluster`; here, the rule."""

from django.test import override_settings

from core.db_router import ReplicaRouter, reading_from_replica, replica_iter
from courses.models import Enrollment

WITH_REPLICA = {"default": {}, "replica": {}}


def test_reads_go_to_the_replica_only_inside_report_work():
    router = ReplicaRouter()
    with override_settings(DATABASES=WITH_REPLICA):
        assert router.db_for_read(Enrollment) == "default"
        with reading_from_replica():
            assert router.db_for_read(Enrollment) == "replica"
            assert router.db_for_write(Enrollment) == "default"  # writes never go to the replica
        assert router.db_for_read(Enrollment) == "default"
        seen = [router.db_for_read(Enrollment) for _ in replica_iter([1, 2])]
        assert seen == ["replica", "replica"]
        assert router.db_for_read(Enrollment) == "default"


def test_without_a_replica_everything_reads_the_primary():
    router = ReplicaRouter()
    with reading_from_replica():
        assert router.db_for_read(Enrollment) == "default"
    assert router.allow_migrate("replica", "courses") is False
