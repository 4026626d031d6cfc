import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from accounts.models import Region, User
from cohorts.models import Cohort, Membership
from courses.models import Enrollment
from tests.factories import make_course


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", title="Курс НМВ", modules=1, lessons=2)


def test_trainer_creates_a_cohort_and_a_learner_joins_by_invite(client, trainer, course, user):
    client.force_login(trainer)
    response = client.post(
        "/uk/reports/cohorts/new/", {"name": "Київ", "courses": [course.pk], "deadline": "2030-01-01"}
    )
    assert response.status_code == 302
    cohort = Cohort.objects.get(name="Київ")
    assert cohort.trainer == trainer
    client.force_login(user)
    assert client.get(f"/uk/join/{cohort.invite_code.lower()}/").status_code == 200
    client.post(f"/uk/join/{cohort.invite_code}/")
    client.post(f"/uk/join/{cohort.invite_code}/")
    assert Membership.objects.filter(cohort=cohort, user=user).count() == 1
    assert Enrollment.objects.filter(user=user, course_key=course.translation_key).exists()
    assert "Курс НМВ" in client.get("/uk/learning/").content.decode()
    assert client.get("/uk/join/NOPE/").status_code == 404


def test_bad_cohort_input_is_refused_with_messages(client, trainer, course):
    client.force_login(trainer)
    response = client.post(
        "/uk/reports/cohorts/new/",
        {"name": "", "courses": ["999999"], "starts_on": "2030-02-01", "ends_on": "2030-01-01"},
    )
    assert response.status_code == 400
    assert not Cohort.objects.exists()


CSV_HEADER = "email,full_name_uk,given_name_latin,family_name_latin,organisation,sector,oblast\n"


def upload(client, cohort, text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(f"/uk/reports/cohorts/{cohort.pk}/", {"file": SimpleUploadedFile("l.csv", text.encode())})


def test_csv_bulk_enrolment_invites_learners_who_join_when_they_accept(client, trainer, cohort):
    client.force_login(trainer)
    text = CSV_HEADER + (
        "ivan@example.org,Іван Петренко,Ivan,Petrenko,ЦСС,social,UA-53\n"
        "maria@example.org,Марія Коваль,Mariia,Koval,Поліція,police,Львівська область\n"
    )
    assert upload(client, cohort, text).status_code == 302
    # Accounts are prepared from the file, but nobody is a member (or enrolled) before saying yes.
    assert User.objects.get(email="maria@example.org").region.iso_code == "UA-46"
    assert not Membership.objects.exists() and not Enrollment.objects.exists()
    assert sorted(cohort.invitations.values_list("email", flat=True)) == ["ivan@example.org", "maria@example.org"]
    ivan = User.objects.get(email="ivan@example.org")
    ivan.set_password("a-long-enough-password")
    ivan.save()
    client.force_login(ivan)
    client.post(f"/uk/my-cohorts/invitations/{cohort.invitations.get(user=ivan).pk}/accept/")
    assert list(Membership.objects.values_list("user__email", flat=True)) == ["ivan@example.org"]
    assert Enrollment.objects.filter(user=ivan, course_key__in=cohort.course_keys()).count() == 1


def test_a_bad_csv_row_is_reported_by_line_and_nothing_is_applied(client, trainer, cohort):
    client.force_login(trainer)
    text = CSV_HEADER + (
        "ivan@example.org,Іван Петренко,Ivan,Petrenko,ЦСС,social,UA-53\n"
        "not-an-email,Marta,Марта,Koval,X,astronaut,Atlantis\n"
    )
    response = upload(client, cohort, text)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Рядок 3" in html
    assert not User.objects.filter(email="ivan@example.org").exists()
    assert not Membership.objects.exists()


@pytest.mark.parametrize("text", ["", "a,b\n1,2\n", "\xff\xfe broken"])
def test_broken_csv_files_are_refused_without_a_500(client, trainer, cohort, text):
    client.force_login(trainer)
    assert upload(client, cohort, text).status_code == 400
    assert not Membership.objects.exists()


def test_the_csv_refuses_what_sign_up_refuses_and_takes_what_it_takes(client, trainer, cohort):
    """One validation for every new learner (accounts.services): a Ukrainian name up to sign-up's 150 characters is
    taken (the CSV used to cap it at 75), one longer is refused by both, with the CSV naming the row and column."""
    from accounts.services import learner_form

    long_ok, too_long = "Іван " + "П" * 120, "Іван " + "П" * 150
    data = {
        "email": "x@example.org",
        "first_name": "Ivan",
        "last_name": "Petrenko",
        "organisation": "ЦСС",
        "sector": "social",
        "region": Region.objects.get(iso_code="UA-53").pk,
        "position": "соціальний працівник",
    }
    assert learner_form({**data, "full_name_uk": long_ok}).is_valid()
    assert "full_name_uk" in learner_form({**data, "full_name_uk": too_long}).errors
    client.force_login(trainer)
    text = CSV_HEADER + (
        f"ivan@example.org,{too_long},Ivan,Petrenko,ЦСС,social,UA-53\n"
        "maria@example.org,Марія Коваль,Mariia1,Koval,Поліція,police,UA-46\n"
    )
    with translation.override("en"):
        response = client.post(
            f"/en/reports/cohorts/{cohort.pk}/", {"file": SimpleUploadedFile("l.csv", text.encode())}
        )
    assert response.status_code == 400
    html = response.content.decode()
    assert "full_name_uk: Ensure this value has at most 150 characters (it has 155)." in html
    assert "given_name_latin:" in html
    assert not User.objects.filter(email__in=["ivan@example.org", "maria@example.org"]).exists()
    response = upload(client, cohort, CSV_HEADER + f"ivan@example.org,{long_ok},Ivan,Petrenko,ЦСС,social,UA-53\n")
    assert response.status_code == 302
    ivan = User.objects.get(email="ivan@example.org")
    assert ivan.full_name_uk == long_ok and ivan.region.iso_code == "UA-53" and not ivan.has_usable_password()


def test_checking_a_csv_makes_as_many_queries_for_forty_rows_as_for_two(client, trainer, cohort):
    """Every row is checked against the sign-up rules and the 27 oblasts; none of that is a query per row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cohorts.services import csv_enrol

    def rows(count):
        # One bad row, so the file is checked whole and nothing is written: only the reads are counted.
        body = "".join(f"learner{n}@example.org,Іван Петренко,Ivan,Petrenko,ЦСС,social,UA-53\n" for n in range(count))
        return (CSV_HEADER + body + "bad,Іван,Ivan,Petrenko,ЦСС,social,Atlantis\n").encode()

    counts = []
    for count in (2, 40):
        with CaptureQueriesContext(connection) as queries:
            result = csv_enrol(cohort=cohort, data=rows(count))
        assert [line for line, _message in result.errors] == [count + 2]
        counts.append(len(queries))
    assert counts[0] == counts[1]
