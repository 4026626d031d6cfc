"""Each access to personal data, made through the site, writes its audit entry: who, from where, what."""

import json

import pytest

from django.contrib.auth.models import Group, Permission

from accounts import roles
from audit.models import Action, AuditEntry
from cohorts.models import Cohort, Membership
from courses.progress import enrollment_create
from tests.factories import PASSWORD, UserFactory, give_totp, make_certificate, make_course, reauthenticate

from .forms import form_values

ADDRESS = "203.0.113.7"
ADMIN_PASSWORD = "password"  # pytest-django's admin_user


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", title="Виявлення жертв", modules=1, lessons=1)


def only_entry(action):
    entries = list(AuditEntry.objects.filter(action=action))
    assert len(entries) == 1, entries
    return entries[0]


def issued_certificate(user, course):
    return make_certificate(user, course)


def test_revoking_a_certificate_is_recorded(client, admin_user, user, course):
    certificate = issued_certificate(user, course)
    client.force_login(admin_user)
    reauthenticate(client, ADMIN_PASSWORD)
    edit = f"/admin/snippets/certificates/certificate/edit/{certificate.pk}/"
    client.post(edit, {"revoke": "on", "revoked_reason": "Issued in error"}, REMOTE_ADDR=ADDRESS)
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    entry = only_entry(Action.CERTIFICATE_REVOKED)
    assert (entry.actor, entry.actor_email, entry.subject, entry.ip) == (admin_user, admin_user.email, user, ADDRESS)
    assert entry.details == {"certificate": certificate.code, "reason": "Issued in error"}


def test_role_and_superuser_changes_in_the_admin_are_recorded(client, admin_user, user):
    client.force_login(admin_user)
    reauthenticate(client, ADMIN_PASSWORD)
    url = f"/admin/users/edit/{user.pk}/"
    data = form_values(client.get(url).content.decode())
    trainers = Group.objects.get(name=roles.TRAINERS)
    data["groups"] = [str(trainers.pk)]
    data["is_superuser"] = "on"
    response = client.post(url, data, REMOTE_ADDR=ADDRESS)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    user.refresh_from_db()
    assert user.is_superuser and list(user.groups.all()) == [trainers]

    entries = AuditEntry.objects.filter(action=Action.ROLES_CHANGED, subject=user)
    assert {json.dumps(entry.details, sort_keys=True) for entry in entries} == {
        '{"is_superuser": true}',
        '{"groups_added": ["Trainers"]}',
    }
    assert {(entry.actor, entry.ip) for entry in entries} == {(admin_user, ADDRESS)}

    # And taken away again.
    data = form_values(client.get(url).content.decode())
    data["groups"] = []
    client.post(url, data, REMOTE_ADDR=ADDRESS)
    assert AuditEntry.objects.filter(subject=user, details={"groups_removed": ["Trainers"]}).count() == 1


def test_group_permission_changes_in_the_admin_are_recorded(client, admin_user, site):
    client.force_login(admin_user)
    reauthenticate(client, ADMIN_PASSWORD)
    group = Group.objects.get(name=roles.TRAINERS)
    url = f"/admin/groups/edit/{group.pk}/"
    data = form_values(client.get(url).content.decode())
    access_admin = Permission.objects.get(codename="access_admin")
    granted = data.get("permissions", [])
    data["permissions"] = [*([granted] if isinstance(granted, str) else granted), str(access_admin.pk)]
    response = client.post(url, data, REMOTE_ADDR=ADDRESS)
    assert response.status_code == 302
    assert group.permissions.filter(pk=access_admin.pk).exists()
    entry = AuditEntry.objects.get(action=Action.ROLES_CHANGED, details__group="Trainers")
    assert entry.details == {"group": "Trainers", "permissions_added": ["wagtailadmin.access_admin"]}
    assert (entry.actor, entry.ip) == (admin_user, ADDRESS)


def test_deleting_ones_own_account_is_recorded_without_keeping_the_account(client, user):
    client.force_login(user)
    reauthenticate(client)
    user_id, email = user.pk, user.email
    response = client.post("/uk/profile/delete/", {"password": PASSWORD, "confirm": "on"}, REMOTE_ADDR=ADDRESS)
    assert response.status_code == 302
    entry = only_entry(Action.ACCOUNT_DELETED)
    assert (entry.actor, entry.actor_email, entry.subject, entry.ip) == (None, email, None, ADDRESS)
    assert entry.details == {"user_id": user_id}


def test_an_admin_deleting_an_account_is_recorded(client, admin_user, user):
    client.force_login(admin_user)
    reauthenticate(client, ADMIN_PASSWORD)
    user_id = user.pk
    response = client.post(f"/admin/users/delete/{user_id}/", REMOTE_ADDR=ADDRESS)
    assert response.status_code == 302
    entry = only_entry(Action.ACCOUNT_DELETED)
    assert (entry.actor, entry.ip, entry.details) == (admin_user, ADDRESS, {"user_id": user_id})


def test_a_learners_data_export_lists_who_viewed_a_list_that_included_them(client, site, course):
    trainer = give_totp(UserFactory(email="trainer@example.org"))
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    member, outsider = UserFactory(), UserFactory()
    cohort = Cohort.objects.create(name="Суми", trainer=trainer)
    cohort.courses.add(course)
    Membership.objects.create(cohort=cohort, user=member)
    for learner in (member, outsider):
        enrollment_create(user=learner, course=course)

    client.force_login(trainer)
    response = client.get("/uk/reports/learners/", {"cohort": cohort.pk}, REMOTE_ADDR=ADDRESS)
    assert response.status_code == 200
    entry = only_entry(Action.LEARNER_LIST)
    assert (entry.actor, entry.ip, entry.details["cohort_ids"]) == (trainer, ADDRESS, [cohort.pk])

    client.force_login(member)
    accessed = client.get("/uk/profile/my-data.json").json()["accessed_by"]
    assert len(accessed) == 1
    assert accessed[0]["who"] == "trainer@example.org"
    assert accessed[0]["what"] == "learner_list"
    assert accessed[0]["when"] == entry.at.isoformat()
    assert accessed[0]["details"]["filters"] == {"cohort": str(cohort.pk)}

    client.force_login(outsider)
    assert client.get("/uk/profile/my-data.json").json()["accessed_by"] == []
