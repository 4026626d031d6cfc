"""Issue #12 in the reports: exports that no spreadsheet program runs as formulas, bulk enrolment that asks before
anyone becomes visible to a trainer, learner lists scoped to the cohort's own courses, and exports that expire.
Everything through HTTP, as a trainer and a learner use it."""

import json
import re

import pytest
from allauth.account.models import EmailAddress

from django.contrib.messages import get_messages
from django.core import mail

from accounts.models import User
from cohorts.models import Cohort, Invitation, Membership
from courses.models import LessonPage
from tests.factories import PASSWORD, UserFactory, make_course


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


CSV_HEADER = "email,full_name_uk,given_name_latin,family_name_latin,organisation,sector,oblast\n"


def upload(client, cohort, text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(f"/uk/reports/cohorts/{cohort.pk}/", {"file": SimpleUploadedFile("l.csv", text.encode())})


def row(email, name="Іван Петренко", latin=("Ivan", "Petrenko")):
    return f"{email},{name},{latin[0]},{latin[1]},ЦСС,social,UA-53\n"


def success_message(client, response) -> str:
    assert response.status_code == 302, response.status_code
    return [str(m) for m in get_messages(response.wsgi_request)][-1]


def link_in(message, language="uk") -> str:
    return re.search(rf"https?://[^\s]+(/{language}/invitation/[^/\s]+/)", message.body).group(1)


def test_the_result_says_the_same_whether_or_not_an_address_has_an_account(client, trainer, cohort, course):
    UserFactory(email="known@example.org")
    client.force_login(trainer)
    existing = success_message(client, upload(client, cohort, CSV_HEADER + row("known@example.org")))
    second = Cohort.objects.create(name="Суми-2", trainer=trainer)
    second.courses.add(course)
    new = success_message(client, upload(client, second, CSV_HEADER + row("nobody@example.org")))
    assert existing == new and "1" in new
    page = client.get(f"/uk/reports/cohorts/{cohort.pk}/").content.decode()
    assert "known@example.org" not in page


def test_a_new_account_stays_unconfirmed_until_its_link_sets_a_password(client, trainer, cohort):
    client.force_login(trainer)
    upload(client, cohort, CSV_HEADER + row("new@example.org", "Марія Коваль", ("Mariia", "Koval")))
    user = User.objects.get(email="new@example.org")
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified is False
    assert not Membership.objects.filter(user=user).exists()

    client.logout()
    link = link_in(mail.outbox[-1])
    page = client.get(link)
    assert page.status_code == 200 and "new@example.org" in page.content.decode()
    assert client.post(link, {"new_password1": "short", "new_password2": "other"}).status_code == 400
    assert EmailAddress.objects.get(user=user).verified is False
    response = client.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 302 and response["Location"].startswith("/uk/accounts/login/")
    assert EmailAddress.objects.get(user=user).verified is True
    assert Membership.objects.filter(cohort=cohort, user=user).exists()
    assert client.login(username="new@example.org", password=PASSWORD)
    client.logout()
    assert client.get(link).status_code == 302  # used: no second password from the same link


def test_a_secondary_address_invites_the_account_it_belongs_to(client, trainer, cohort):
    owner = UserFactory(email="primary@example.org")
    EmailAddress.objects.create(user=owner, email="second@example.org", primary=False, verified=True)
    client.force_login(trainer)
    response = upload(client, cohort, CSV_HEADER + row("Second@Example.org"))
    assert response.status_code == 302
    assert not User.objects.filter(email__iexact="second@example.org").exists()
    assert Invitation.objects.get(cohort=cohort).user == owner
    assert [m.to for m in mail.outbox] == [["second@example.org"]]
    assert not Membership.objects.exists()


def test_a_learner_declines_an_invitation_and_leaves_a_cohort(client, trainer, cohort, course):
    learner = UserFactory(email="learner@example.org")
    client.force_login(trainer)
    upload(client, cohort, CSV_HEADER + row("learner@example.org"))
    invitation = Invitation.objects.get()
    client.force_login(learner)
    assert client.post(f"/uk/my-cohorts/invitations/{invitation.pk}/decline/").status_code == 302
    assert not Membership.objects.exists()
    assert "Суми" not in client.get("/uk/my-cohorts/").content.decode()
    client.force_login(trainer)
    upload(client, cohort, CSV_HEADER + row("learner@example.org"))
    assert len(mail.outbox) == 1  # declined: the same file does not ask again

    join(client, learner, cohort)  # following the invite link themselves is consent
    data = json.loads(client.get("/uk/profile/my-data.json").content)
    assert [m["cohort"] for m in data["cohorts"]["memberships"]] == ["Суми"]
    assert data["cohorts"]["invitations"][0]["declined_at"]
    assert client.post(f"/uk/my-cohorts/{cohort.pk}/leave/").status_code == 302
    assert not Membership.objects.filter(user=learner).exists()
    assert client.post(f"/uk/my-cohorts/{cohort.pk}/leave/").status_code == 404
    client.force_login(trainer)
    assert "learner@example.org" not in client.get("/uk/reports/learners/").content.decode()


# --- 3. A cohort shows its own courses only ----------------------------------------------------------------------


def test_joining_by_the_invite_link_answers_a_waiting_invitation(client, trainer, cohort):
    learner = UserFactory(email="both@example.org")
    client.force_login(trainer)
    upload(client, cohort, CSV_HEADER + row("both@example.org"))
    join(client, learner, cohort)
    assert Invitation.objects.get().accepted_at is not None
    page = client.get("/uk/my-cohorts/").content.decode()
    assert f"/uk/my-cohorts/{cohort.pk}/leave/" in page and "/uk/my-cohorts/invitations/" not in page
