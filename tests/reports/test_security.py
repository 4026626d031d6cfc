"""Issue #12 in the reports: exports that no spreadsheet program runs as formulas, bulk enrolment that asks before
anyone becomes visible to a trainer, learner lists scoped to the cohort's own courses, and exports that expire.
Everything through HTTP, as a trainer and a learner use it."""

import csv
import io
import json
import re
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from accounts import roles
from accounts.models import User
from audit.models import Action, AuditEntry
from cohorts.models import Cohort, Invitation, Membership
from courses.models import LessonPage
from reports.models import Export
from tests.factories import PASSWORD, UserFactory, make_course, reauthenticate

from .conftest import in_group

EVIL = '=HYPERLINK("http://evil.example/?x","open")'
CSV_HEADER = "email,full_name_uk,given_name_latin,family_name_latin,organisation,sector,oblast\n"


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", title="Курс НМВ", modules=1, lessons=1)


def join(client, user, cohort):
    client.force_login(user)
    assert client.post(f"/uk/join/{cohort.invite_code}/").status_code == 302


def complete(client, user, course):
    client.force_login(user)
    for lesson in LessonPage.objects.descendant_of(course):
        client.post(f"/uk/learning/lessons/{lesson.pk}/complete/")


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200, response.status_code
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def learners_xlsx(client, **filters):
    """The learners table's XLSX as the trainer gets it: a background export, then its file."""
    response = client.get("/uk/reports/export/learners.xlsx", filters)
    assert response.status_code == 302, response.status_code
    download = client.get(f"{response['Location']}file/")
    assert download.status_code == 200
    return load_workbook(io.BytesIO(b"".join(download.streaming_content))).active


# --- 1. Spreadsheet formula injection -------------------------------------------------------------------------


def test_exports_carry_what_learners_typed_as_text_never_as_a_formula(client, trainer, cohort, course):
    learner = UserFactory(
        email="evil@example.org", full_name_uk="=Олена+Петренко", organisation=EVIL, position="@SUM(A1:A9)"
    )
    join(client, learner, cohort)
    client.force_login(trainer)
    reauthenticate(client)  # learner-level exports ask for the password again

    for table in ("organisation", "learners"):
        rows = csv_rows(client.get(f"/uk/reports/export/{table}.csv"))
        cells = [cell for row in rows for cell in row]
        assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")], table
        assert "'" + EVIL in cells, table  # still readable: the apostrophe only says "text"
    learners = csv_rows(client.get("/uk/reports/export/learners.csv"))
    assert learners[1][0] == "'=Олена+Петренко" and learners[1][1] == "evil@example.org"

    organisations = client.get("/uk/reports/export/organisation.xlsx")
    sheets = [load_workbook(io.BytesIO(b"".join(organisations.streaming_content))).active, learners_xlsx(client)]
    for sheet in sheets:
        cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
        assert cells and all(cell.data_type != "f" for cell in cells)
        texts = {cell.value for cell in cells}
        assert EVIL in texts  # a string cell, shown as typed
    assert sheets[0]["B2"].value == 1 and sheets[0]["B2"].data_type == "n"  # numbers stay numbers
    assert sheets[1]["A2"].value == "=Олена+Петренко" and sheets[1]["A2"].data_type == "s"


# --- 2. Bulk enrolment asks first ------------------------------------------------------------------------------


def upload(client, cohort, text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(f"/uk/reports/cohorts/{cohort.pk}/", {"file": SimpleUploadedFile("l.csv", text.encode())})


def row(email, name="Іван Петренко", latin=("Ivan", "Petrenko")):
    return f"{email},{name},{latin[0]},{latin[1]},ЦСС,social,UA-53\n"


def link_in(message, language="uk") -> str:
    return re.search(rf"https?://[^\s]+(/{language}/invitation/[^/\s]+/)", message.body).group(1)


def test_bulk_csv_invites_an_existing_account_which_stays_invisible_until_it_accepts(
    client, trainer, cohort, course, django_capture_on_commit_callbacks
):
    known = UserFactory(email="known@example.org", organisation="Таємна організація")
    with django_capture_on_commit_callbacks(execute=True):  # a past completion, with its certificate
        client.force_login(known)
        client.post(f"/uk/learning/courses/{course.pk}/enrol/")
        complete(client, known, course)

    client.force_login(trainer)
    upload(client, cohort, CSV_HEADER + row("known@example.org"))
    assert not Membership.objects.filter(user=known).exists()
    assert [m.to for m in mail.outbox] == [["known@example.org"]]
    assert "/uk/invitation/" in mail.outbox[0].body and "/en/invitation/" in mail.outbox[0].body
    assert "Суми" in mail.outbox[0].subject and "Invitation" in mail.outbox[0].subject

    # Nothing of theirs reaches the trainer: not the list, the exports, nor the certificates.
    reauthenticate(client)
    page = client.get("/uk/reports/learners/", {"cohort": cohort.pk}).content.decode()
    assert "known@example.org" not in page and "Таємна організація" not in page
    assert "known@example.org" not in json.dumps(csv_rows(client.get("/uk/reports/export/learners.csv")))
    assert learners_xlsx(client).max_row == 1  # the header alone
    status = client.post(f"/uk/reports/cohorts/{cohort.pk}/certificates.zip")
    assert Export.objects.get(pk=re.search(r"/(\d+)/$", status["Location"]).group(1)).count == 0
    detail = client.get(f"/uk/reports/cohorts/{cohort.pk}/").content.decode()
    assert re.search(r'data-figure="members">0<', detail) and re.search(r'data-figure="invited">1<', detail)

    # The learner sees the invitation under My cohorts (linked from My learning) and accepts it.
    client.force_login(known)
    assert "/uk/my-cohorts/" in client.get("/uk/learning/").content.decode()
    assert client.get(link_in(mail.outbox[0])).status_code == 200
    mine = client.get("/uk/my-cohorts/")
    assert "Суми" in mine.content.decode() and "Курс НМВ" in mine.content.decode()
    invitation = Invitation.objects.get(user=known)
    other = UserFactory()
    client.force_login(other)  # nobody else can answer it
    assert client.post(f"/uk/my-cohorts/invitations/{invitation.pk}/accept/").status_code == 404
    client.force_login(known)
    assert client.get(f"/uk/my-cohorts/invitations/{invitation.pk}/accept/").status_code == 405
    assert client.post(f"/uk/my-cohorts/invitations/{invitation.pk}/accept/").status_code == 302
    assert Membership.objects.filter(cohort=cohort, user=known).exists()
    assert client.post(f"/uk/my-cohorts/invitations/{invitation.pk}/decline/").status_code == 404  # answered

    client.force_login(trainer)
    assert "known@example.org" in client.get("/uk/reports/learners/", {"cohort": cohort.pk}).content.decode()


def test_a_members_other_courses_stay_out_of_the_trainers_lists(client, trainer, cohort, course, site):
    other_course = make_course(site["catalogue"]["uk"], slug="private", title="Інший курс", modules=1, lessons=1)
    # The trainer's second cohort has the other course, but the learner is not its member.
    second = Cohort.objects.create(name="Інша група", trainer=trainer)
    second.courses.add(other_course)
    learner = UserFactory(email="member@example.org")
    join(client, learner, cohort)
    client.post(f"/uk/learning/courses/{other_course.pk}/enrol/")

    client.force_login(trainer)
    reauthenticate(client)
    for filters in ({}, {"course": other_course.pk}, {"course": course.pk}, {"cohort": cohort.pk}):
        page = client.get("/uk/reports/learners/", filters)
        assert "Інший курс" not in page.content.decode(), filters
        export = csv_rows(client.get("/uk/reports/export/learners.csv", filters))
        assert all("Інший курс" not in r for r in export), filters
        assert all(r[5] != "Інший курс" for r in learners_xlsx(client, **filters).values), filters
    assert client.get("/uk/reports/", {"course": other_course.pk}).context["funnel"]["enrolled"] == 0
    assert client.get("/uk/reports/").context["funnel"]["enrolled"] == 1

    coordinator = in_group(UserFactory(), roles.COORDINATORS)
    client.force_login(coordinator)
    page = client.get("/uk/reports/learners/", {"course": other_course.pk}).content.decode()
    assert "member@example.org" in page and "Інший курс" in page


def test_viewing_and_exporting_learners_is_in_the_audit_trail(client, trainer, cohort, course):
    join(client, UserFactory(), cohort)
    client.force_login(trainer)
    reauthenticate(client)
    client.get("/uk/reports/learners/", {"sector": "social"})
    client.get("/uk/reports/export/learners.csv", {"cohort": cohort.pk})
    client.get("/uk/reports/export/region.csv")  # figures only: not a list of learners
    entries = list(AuditEntry.objects.filter(actor=trainer).order_by("pk"))
    assert [e.action for e in entries] == [Action.LEARNER_LIST, Action.EXPORT]
    assert entries[0].details["cohort_ids"] == [cohort.pk] and entries[0].details["filters"] == {"sector": "social"}
    assert entries[1].details["table"] == "learners" and entries[1].details["format"] == "csv"
    # The dashboard's overdue table names learners too.
    cohort.deadline = timezone.localdate() - timedelta(days=1)
    cohort.save()
    client.get("/uk/reports/")
    overdue = AuditEntry.objects.filter(actor=trainer).latest("pk")
    assert overdue.action == Action.LEARNER_LIST and overdue.details["list"] == "overdue"


# --- 4. Exports expire -------------------------------------------------------------------------------------------


def test_export_files_are_deleted_after_the_retention_period(
    client, trainer, cohort, course, settings, django_capture_on_commit_callbacks
):
    settings.EXPORT_RETENTION_DAYS = 7
    join(client, UserFactory(), cohort)
    client.force_login(trainer)
    reauthenticate(client)
    status_url = client.get("/uk/reports/export/learners.xlsx")["Location"]
    export = Export.objects.get()
    storage, name = export.file.storage, export.file.name
    assert client.get(status_url).status_code == 200 and storage.exists(name)

    fresh = Export.objects.create(requested_by=trainer, table="learners")
    fresh.file.save("fresh.xlsx", ContentFile(b"x"))
    Export.objects.filter(pk=export.pk).update(created_at=timezone.now() - timedelta(days=8))
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_exports", stdout=out)
    assert out.getvalue().startswith("1 ")
    assert not storage.exists(name) and storage.exists(fresh.file.name)
    gone = client.get(status_url.replace("/uk/", "/en/"))
    assert gone.status_code == 410 and "kept for 7 days" in gone.content.decode()
    assert client.get(f"{status_url}file/").status_code == 410
    # Past the period the page says so even before the nightly purge has run.
    Export.objects.filter(pk=fresh.pk).update(created_at=timezone.now() - timedelta(days=8))
    assert client.get(f"/uk/reports/downloads/{fresh.pk}/file/").status_code == 410


def test_deleting_the_account_that_asked_deletes_its_export_files(client, site, django_capture_on_commit_callbacks):
    coordinator = in_group(UserFactory(), roles.COORDINATORS)
    export = Export.objects.create(requested_by=coordinator, table="learners")
    export.file.save("learners.xlsx", ContentFile(b"x"))
    storage, name = export.file.storage, export.file.name
    client.force_login(coordinator)
    reauthenticate(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/uk/profile/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=coordinator.pk).exists()
    assert not Export.objects.exists() and not storage.exists(name)


def test_a_trainer_with_cohorts_deletes_their_account_and_its_export_files(
    client, trainer, cohort, course, django_capture_on_commit_callbacks
):
    learner = UserFactory(email="stays@example.org")
    join(client, learner, cohort)
    client.force_login(trainer)
    reauthenticate(client)
    client.get("/uk/reports/export/learners.xlsx")
    export = Export.objects.get(requested_by=trainer)
    storage, name = export.file.storage, export.file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/uk/profile/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=trainer.pk).exists()
    assert not storage.exists(name) and not Export.objects.exists()
    # The cohort stays, for the coordinators; its members stay members and see it without a trainer.
    cohort.refresh_from_db()
    assert cohort.trainer is None and Membership.objects.filter(cohort=cohort, user=learner).exists()
    client.force_login(learner)
    assert "Суми" in client.get("/uk/my-cohorts/").content.decode()
    coordinator = in_group(UserFactory(), roles.COORDINATORS)
    client.force_login(coordinator)
    assert "Суми" in client.get("/uk/reports/cohorts/").content.decode()


def test_housekeeping_fails_exports_a_dead_worker_left_pending(client, trainer, db):
    abandoned = Export.objects.create(requested_by=trainer, table="learners")
    Export.objects.filter(pk=abandoned.pk).update(created_at=timezone.now() - timedelta(hours=2))
    running = Export.objects.create(requested_by=trainer, table="learners")
    out = io.StringIO()
    call_command("housekeeping", stdout=out)
    assert "1 export(s) left unfinished" in out.getvalue()
    assert Export.objects.get(pk=abandoned.pk).status == Export.Status.FAILED
    assert Export.objects.get(pk=running.pk).status == Export.Status.PENDING
    client.force_login(trainer)
    assert client.get(f"/uk/reports/downloads/{abandoned.pk}/").status_code == 200
