"""Stored files that name a learner (certificate PDFs, cohort ZIPs) go with their account, and exports expire."""

import io
import zipfile
from datetime import timedelta

import pytest

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from accounts.privacy import user_delete
from certificates.models import Certificate
from cohorts.models import Cohort, Membership
from reports import tasks as report_tasks
from reports.models import Export
from tests.factories import PASSWORD, UserFactory, issue_certificate, make_course, reauthenticate


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", title="Виявлення жертв", modules=1, lessons=1)


def download_pdf(client, user, certificate) -> str:
    """The learner downloads their PDF (rendered and stored the first time); returns its name in storage."""
    client.force_login(user)
    response = client.get(f"/uk/certificates/{certificate.code}/download/")
    assert response.status_code == 200
    b"".join(response.streaming_content)
    certificate.refresh_from_db()
    assert default_storage.exists(certificate.pdf.name)
    return certificate.pdf.name


def cohort_zip(trainer, course, *members) -> Export:
    cohort = Cohort.objects.create(name="Суми", trainer=trainer)
    cohort.courses.add(course)
    for member in members:
        Membership.objects.create(cohort=cohort, user=member)
    export = Export.objects.create(requested_by=trainer, cohort=cohort)
    report_tasks.build_certificates_zip.enqueue(export.pk)  # the same background task the trainer's button starts
    export.refresh_from_db()
    assert export.status == Export.Status.READY and default_storage.exists(export.file.name)
    return export


def test_deleting_the_account_deletes_the_learners_pdf_and_the_zips_holding_it(
    client, course, trainer, django_capture_on_commit_callbacks
):
    leaving, staying = UserFactory(), UserFactory()
    leaving_pdf = download_pdf(client, leaving, issue_certificate(course, leaving))
    staying_pdf = download_pdf(client, staying, issue_certificate(course, staying))
    shared_zip = cohort_zip(trainer, course, leaving, staying)
    with default_storage.open(shared_zip.file.name, "rb") as handle:
        assert len(zipfile.ZipFile(io.BytesIO(handle.read())).namelist()) == 2  # it names the leaving learner
    other_zip = cohort_zip(trainer, course, staying)

    client.force_login(leaving)
    reauthenticate(client)  # deleting the account asks for the password again
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/uk/profile/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == "/"

    assert not default_storage.exists(leaving_pdf)
    assert not default_storage.exists(shared_zip.file.name)
    # The trainer's page for that ZIP says the file is gone, and they can build a new one.
    client.force_login(trainer)
    assert client.get(f"/uk/reports/downloads/{shared_zip.pk}/").status_code == 410
    assert client.get(f"/uk/reports/downloads/{shared_zip.pk}/file/").status_code == 410
    # Nobody else's files are touched.
    assert default_storage.exists(staying_pdf)
    assert default_storage.exists(other_zip.file.name)
    assert client.get(f"/uk/reports/downloads/{other_zip.pk}/").status_code == 200


def test_a_deletion_that_rolls_back_keeps_the_files(course, django_capture_on_commit_callbacks):
    user = UserFactory()
    certificate = issue_certificate(course, user)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(b"%PDF-1.7"))
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        user_delete(user=user)
        raise RuntimeError("something later failed")
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    assert default_storage.exists(certificate.pdf.name)


def test_purge_exports_deletes_zips_past_the_retention_and_their_files(
    client, course, trainer, settings, django_capture_on_commit_callbacks
):
    settings.EXPORT_RETENTION_DAYS = 3
    learner = UserFactory()
    certificate = issue_certificate(course, learner)
    certificate.pdf.save(f"{certificate.code}.pdf", ContentFile(b"%PDF-1.7"))
    old, recent = cohort_zip(trainer, course, learner), cohort_zip(trainer, course, learner)
    Export.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=3, minutes=1))
    Export.objects.filter(pk=recent.pk).update(created_at=timezone.now() - timedelta(days=2, hours=23))
    table = Export.objects.create(requested_by=trainer, table="learners", status=Export.Status.READY)
    Export.objects.filter(pk=table.pk).update(created_at=timezone.now() - timedelta(days=30))

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_exports", stdout=out)
    assert out.getvalue().startswith("2 ")  # the old ZIP and the old table export

    assert not default_storage.exists(old.file.name)
    assert Export.objects.get(pk=old.pk).status == Export.Status.EXPIRED
    assert default_storage.exists(recent.file.name)
    assert Export.objects.get(pk=table.pk).status == Export.Status.EXPIRED
    # The trainer's page for the purged ZIP says it expired (410 Gone), never a server error.
    client.force_login(trainer)
    status = client.get(f"/uk/reports/downloads/{old.pk}/")
    assert status.status_code == 410
    assert f"/reports/downloads/{old.pk}/file/" not in status.content.decode()  # no download link left
    assert client.get(f"/uk/reports/downloads/{old.pk}/file/").status_code == 410
    assert client.get(f"/uk/reports/downloads/{recent.pk}/").status_code == 200
    # Running it again finds nothing more to do.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_exports", stdout=out)
    assert out.getvalue().splitlines()[-1].startswith("0 ")
