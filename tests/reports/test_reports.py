import csv
import io

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import roles
from accounts.models import Region, User
from cohorts.models import Cohort, Membership
from courses.models import LessonPage
from courses.progress import enrollment_create, lesson_complete
from tests.factories import UserFactory, make_course, reauthenticate

from .conftest import in_group


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", title="Курс НМВ", modules=1, lessons=2)


def member(cohort, *, region="UA-53", sector="social", complete=False, email=None):
    user = UserFactory(
        email=email or f"m{User.objects.count()}@example.org", sector=sector, region=Region.objects.get(iso_code=region)
    )
    Membership.objects.create(cohort=cohort, user=user)
    course = cohort.courses.get()
    enrollment_create(user=user, course=course)
    if complete:
        for lesson in LessonPage.objects.descendant_of(course):
            lesson_complete(user=user, lesson=lesson)
    return user


def test_anonymous_visitors_log_in_and_learners_are_refused(client, user, cohort):
    assert client.get("/uk/reports/")["Location"].startswith("/uk/accounts/login/")
    client.force_login(user)
    for url in (
        "/uk/reports/",
        f"/uk/reports/cohorts/{cohort.pk}/",
        "/uk/reports/export/region.csv",
        "/uk/reports/learners/",
        "/uk/reports/cohorts/",
    ):
        assert client.get(url).status_code == 403, url


def test_trainer_sees_the_funnel_and_rates_of_their_cohort(client, trainer, cohort, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # completion issues the certificates on commit
        member(cohort, region="UA-53", complete=True)
        member(cohort, region="UA-53")
        member(cohort, region="UA-46", sector="police", complete=True)
    client.force_login(trainer)
    response = client.get("/uk/reports/")
    assert response.status_code == 200
    assert response.context["funnel"] == {"enrolled": 3, "started": 2, "completed": 2, "certified": 2}
    regions = {row["key"]: row for row in response.context["tables"]["region"]}
    assert regions["UA-53"]["rate"] == 50.0 and regions["UA-46"]["rate"] == 100.0
    sectors = {row["key"]: row["rate"] for row in response.context["tables"]["sector"]}
    assert sectors == {"police": 100.0, "social": 50.0}
    html = response.content.decode()
    assert "<svg" in html and 'role="img"' in html and "<table" in html


def test_another_trainers_cohort_and_learners_stay_hidden(client, trainer, cohort, course):
    member(cohort, email="mine@example.org")
    other_trainer = in_group(UserFactory(), roles.TRAINERS)
    other = Cohort.objects.create(name="Other", trainer=other_trainer)
    other.courses.add(course)
    member(other, email="theirs@example.org")
    client.force_login(trainer)
    reauthenticate(client)  # learner-level exports ask for the password again
    assert client.get(f"/uk/reports/cohorts/{other.pk}/").status_code == 404
    export = b"".join(client.get("/uk/reports/export/learners.csv", {"cohort": other.pk}).streaming_content).decode()
    assert "mine@example.org" in export and "theirs@example.org" not in export
    learners = client.get("/uk/reports/learners/", {"cohort": other.pk}).content.decode()
    assert "theirs@example.org" not in learners
    assert client.get("/uk/reports/").context["funnel"]["enrolled"] == 1


def test_coordinator_sees_every_cohort_and_national_figures(client, cohort, course, site):
    member(cohort, complete=True)
    outsider = UserFactory()
    enrollment_create(user=outsider, course=course)  # not in any cohort: counts nationally
    coordinator = in_group(UserFactory(), roles.COORDINATORS)
    client.force_login(coordinator)
    response = client.get("/uk/reports/")
    assert response.context["national"] is True
    assert response.context["funnel"]["enrolled"] == 2
    assert client.get(f"/uk/reports/cohorts/{cohort.pk}/").status_code == 200


def test_exports_in_csv_and_xlsx(client, trainer, cohort):
    member(cohort, complete=True)
    client.force_login(trainer)
    response = client.get("/uk/reports/export/region.csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][0] == "Назва" and rows[1][1:] == ["1", "1", "100.0"]
    xlsx = client.get("/uk/reports/export/course.xlsx")
    assert xlsx.status_code == 200
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert sheet["A2"].value == "Курс НМВ"
    assert client.get("/uk/reports/export/unknown.csv").status_code == 404


def test_dashboard_query_count_does_not_grow_with_learners(client, trainer, cohort):
    counts = []
    client.force_login(trainer)
    client.get("/uk/reports/")  # warm the per-process caches (site settings, site root paths)
    for extra in (3, 30):
        for _ in range(extra):
            member(cohort, complete=True)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/uk/reports/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_trainer_downloads_the_cohorts_certificates_as_one_zip(
    client, trainer, cohort, django_capture_on_commit_callbacks
):
    import zipfile

    with django_capture_on_commit_callbacks(execute=True):
        member(cohort, complete=True, email="a@example.org")
        member(cohort, complete=True, email="b@example.org")
        member(cohort, complete=False, email="c@example.org")
    client.force_login(trainer)
    reauthenticate(client)  # the certificates ZIP asks for the password again
    assert client.get(f"/uk/reports/cohorts/{cohort.pk}/certificates.zip").status_code == 405
    response = client.post(f"/uk/reports/cohorts/{cohort.pk}/certificates.zip")
    assert response.status_code == 302
    status = client.get(response["Location"])
    assert "Готово: 2 сертифікати." in status.content.decode()
    download = client.get(status.context["export"].pk and f"{response['Location']}file/")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert len(archive.namelist()) == 2
    assert all(name.endswith(".pdf") for name in archive.namelist())

    other = in_group(UserFactory(), roles.TRAINERS)
    client.force_login(other)
    assert client.get(response["Location"]).status_code == 404
    assert client.post(f"/uk/reports/cohorts/{cohort.pk}/certificates.zip").status_code == 404
