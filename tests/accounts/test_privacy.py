import json

from accounts.models import User
from courses.models import Enrollment, LessonCompletion, LessonPage
from reports.models import EnrolmentSummary
from tests.factories import PASSWORD, make_course, reauthenticate


def test_learner_downloads_all_their_data_as_json(client, user, site):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Курс", modules=1, lessons=1)
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    client.post(f"/uk/learning/lessons/{LessonPage.objects.get().pk}/complete/")
    response = client.get("/uk/profile/my-data.json")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="my-data.json"'
    data = json.loads(response.content)
    assert data["profile"]["email"] == user.email
    assert data["profile"]["full_name_uk"] == user.full_name_uk
    assert [e["course"] for e in data["learning"]["enrolments"]] == ["Курс"]
    assert data["learning"]["enrolments"][0]["completed_at"]
    assert [c["lesson"] for c in data["learning"]["lesson_completions"]] == ["Lesson 1.1"]


def test_export_holds_nobody_elses_data(client, site):
    from tests.factories import UserFactory

    me, other = UserFactory(), UserFactory()
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    client.force_login(other)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    client.force_login(me)
    data = json.loads(client.get("/uk/profile/my-data.json").content)
    assert data["learning"]["enrolments"] == []
    assert other.email not in json.dumps(data)


def test_deleting_the_account_needs_the_password_and_keeps_anonymous_records(client, user, site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    client.post(f"/uk/learning/lessons/{LessonPage.objects.get().pk}/complete/")
    reauthenticate(client)  # deleting the account asks for the password (or second factor) again first

    wrong = client.post("/uk/profile/delete/", {"password": "wrong", "confirm": "on"})
    assert wrong.status_code == 400
    assert "Пароль неправильний." in wrong.content.decode()
    assert User.objects.filter(pk=user.pk).exists()

    response = client.post("/uk/profile/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not User.objects.filter(email=user.email).exists()
    # The course still counts one completion, with nobody attached to it; the report summary keeps the region and
    # sector for the anonymous counts but forgets the organisation.
    assert Enrollment.objects.filter(user__isnull=True, completed_at__isnull=False).count() == 1
    anonymous = EnrolmentSummary.objects.get(user__isnull=True, completed_at__isnull=False)
    assert (anonymous.organisation, anonymous.region_id, anonymous.sector) == ("", user.region_id, user.sector)
    assert user.organisation and user.region_id and user.sector  # so the line above can fail
    assert LessonCompletion.objects.filter(user__isnull=True).count() == 1
    assert client.get("/uk/profile/").status_code == 302
