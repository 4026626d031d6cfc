from datetime import timedelta

import pytest

from django.db import connection
from django.utils import timezone

from audit.trail import maintenance


@pytest.fixture
def backdate():
    """Move an entry into the past. Entries cannot be updated through the ORM (append-only): time does it in SQL."""

    def move(entry, days):
        with maintenance(), connection.cursor() as cursor:
            cursor.execute(
                "UPDATE audit_auditentry SET at = %s WHERE id = %s", [timezone.now() - timedelta(days=days), entry.pk]
            )

    return move
