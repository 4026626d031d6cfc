"""A throw-away database for a benchmark run: the test settings, a fresh test database, torn down after."""

import contextlib
import os
import tempfile


@contextlib.contextmanager
def benchmark_database():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.test")
    media = tempfile.mkdtemp(prefix="bench-media-")
    os.environ.setdefault("DJANGO_MEDIA_ROOT", media)
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    settings.MEDIA_ROOT = media
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from elearn.bootstrap import ensure_base_data

        yield ensure_base_data()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
