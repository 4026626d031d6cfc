"""Stored files that go with the rows naming them."""

from functools import partial

from django.db import transaction


def file_delete_on_commit(storage, name: str) -> None:
    """Delete ``name`` from ``storage`` (local disk or the bucket) once the transaction commits: a deletion that
    rolls back keeps its file."""
    if name:
        transaction.on_commit(partial(storage.delete, name))
