import pytest

from django.core.cache import cache

from elearn.bootstrap import ensure_base_data


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate limits and cached pages live in the cache; no test should see another's.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    """Regions, role groups and the two home pages: what migrations plus ``load_demo`` give a fresh install.

    Re-created explicitly because a transactional (browser) test flushes the database after it runs.
    """
    return ensure_base_data()


@pytest.fixture
def user(site):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with an authenticator app: the admin is reached only with a second factor."""
    from tests.factories import give_totp

    return give_totp(admin_user)


@pytest.fixture
def educator(site):
    from accounts import roles
    from tests.factories import staff_user

    return staff_user(roles.EDUCATORS, email="educator@example.org")


@pytest.fixture
def moderator(site):
    from accounts import roles
    from tests.factories import staff_user

    return staff_user(roles.MODERATORS, email="moderator@example.org")


@pytest.fixture
def trainer(site):
    from accounts import roles
    from tests.factories import staff_user

    return staff_user(roles.TRAINERS, email="trainer@example.org")
