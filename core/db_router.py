"""Reports read from the PostgreSQL replica when one is configured; everything else reads and writes the primary.

A router cannot see the request, so the choice is made where the work is: report views and background exports
run inside ``reading_from_replica()``, which routes their reads to the "replica" alias. A learner's own pages never
do, so they always see their own writes (a replica may lag a little). Writes always go to the primary.
"""

import contextlib
import contextvars
import functools

from django.conf import settings

REPLICA = "replica"
_use_replica = contextvars.ContextVar("use_replica", default=False)


@contextlib.contextmanager
def reading_from_replica():
    token = _use_replica.set(REPLICA in settings.DATABASES)
    try:
        yield
    finally:
        _use_replica.reset(token)


def replica_reads(view):
    """Decorator for a view whose reads may come from the replica (dashboards, exports)."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        with reading_from_replica():
            return view(*args, **kwargs)

    return wrapper


def replica_iter(iterable):
    """Iterate ``iterable`` reading from the replica: for rows streamed after the view has returned."""
    with reading_from_replica():
        yield from iterable


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _use_replica.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica is a copy of the primary: the same rows

    def allow_migrate(self, db, app_label, **hints):
        return db == "default"
