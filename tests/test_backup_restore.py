"""The documented backup (scripts/backup.sh) restores into an empty database with every learner's records."""

import os
import subprocess
import uuid

import pytest

from django.conf import settings
from django.db import connection

from certificates.models import Certificate
from courses.models import Enrollment, LessonCompletion, LessonPage
from courses.progress import enrollment_create, lesson_complete
from tests.factories import UserFactory, make_course

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="backups are of the PostgreSQL database")


def url_for(name):
    params = connection.settings_dict
    return f"postgres://{params['USER'] or 'postgres'}@{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}/{name}"


@pytest.mark.django_db(transaction=True)
def test_backup_restores_into_an_empty_database_with_every_learners_records(site, tmp_path):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=2)
    learners = [UserFactory() for _ in range(3)]
    for learner in learners:
        enrollment_create(user=learner, course=course)
        for lesson in LessonPage.objects.descendant_of(course):
            lesson_complete(user=learner, lesson=lesson)
    expected = {
        "enrollments": Enrollment.objects.filter(completed_at__isnull=False).count(),
        "completions": LessonCompletion.objects.count(),
        "certificates": Certificate.objects.count(),
    }
    media = tmp_path / "media"
    (media / "certificates").mkdir(parents=True)
    (media / "certificates" / "x.pdf").write_bytes(b"%PDF-1.7 test")
    env = {**os.environ, "DATABASE_URL": url_for(connection.settings_dict["NAME"]), "DJANGO_MEDIA_ROOT": str(media)}
    scripts = settings.BASE_DIR / "scripts"
    backup_dir = tmp_path / "backup"
    dump = subprocess.run([scripts / "backup.sh", backup_dir], env=env, check=True, capture_output=True, text=True)
    dump_path = dump.stdout.strip().splitlines()[-1]
    tarball = next(backup_dir.glob("media-*.tar.gz"))

    target = f"restore_{uuid.uuid4().hex[:10]}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", target], check=True)
    restored_media = tmp_path / "restored-media"
    try:
        restore_env = {**env, "DATABASE_URL": url_for(target), "DJANGO_MEDIA_ROOT": str(restored_media)}
        subprocess.run([scripts / "restore.sh", dump_path, tarball], env=restore_env, check=True, capture_output=True)
        import psycopg

        with psycopg.connect(url_for(target)) as restored:
            counts = {
                "enrollments": restored.execute(
                    "SELECT count(*) FROM courses_enrollment WHERE completed_at IS NOT NULL"
                ).fetchone()[0],
                "completions": restored.execute("SELECT count(*) FROM courses_lessoncompletion").fetchone()[0],
                "certificates": restored.execute("SELECT count(*) FROM certificates_certificate").fetchone()[0],
            }
            emails = {row[0] for row in restored.execute("SELECT email FROM accounts_user")}
        assert counts == expected
        assert {learner.email for learner in learners} <= emails
        assert (restored_media / "certificates" / "x.pdf").read_bytes() == b"%PDF-1.7 test"
    finally:
        subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", target], check=False)
