import pytest

from django.contrib.auth.models import Group

from cohorts.models import Cohort
from tests.factories import give_totp


def in_group(user, name):
    user.groups.add(Group.objects.get(name=name))
    return give_totp(user)  # staff reach the reports only with a second factor


@pytest.fixture
def cohort(trainer, course):
    """A cohort of ``trainer`` in ``course`` (each test module says what its course holds)."""
    cohort = Cohort.objects.create(name="Суми", trainer=trainer)
    cohort.courses.add(course)
    return cohort
