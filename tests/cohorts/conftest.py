import pytest

from cohorts.models import Cohort


@pytest.fixture
def cohort(trainer, course):
    """A cohort of ``trainer`` in ``course`` (each test module says what its course holds)."""
    cohort = Cohort.objects.create(name="Суми", trainer=trainer)
    cohort.courses.add(course)
    return cohort
