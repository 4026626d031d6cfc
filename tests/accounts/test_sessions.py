"""Sessions: a new password or second factor ends the account's other sessions; idle staff sessions end; sensitive
actions ask for the password (or second factor) again."""

import time

import pytest
from allauth.mfa.models import Authenticator

from django.contrib.auth.models import Group
from django.test import Client

from accounts import roles
from accounts.middleware import LAST_SEEN_KEY
from tests.factories import PASSWORD, UserFactory, give_totp, make_certificate, reauthenticate, totp_code

REAUTH = "/uk/accounts/reauthenticate/"


def signed_in(client):
    return client.get("/uk/profile/").status_code == 200


def trainer_with_totp():
    user = UserFactory()
    user.groups.add(Group.objects.get(name=roles.TRAINERS))
    return give_totp(user)


def two_sessions(user):
    here, elsewhere = Client(), Client()
    here.force_login(user)
    elsewhere.force_login(user)
    assert signed_in(here) and signed_in(elsewhere)
    return here, elsewhere


# Other sessions end when the password or the second factor changes; the session that made the change stays.


def test_a_new_password_ends_the_other_sessions(user):
    here, elsewhere = two_sessions(user)
    response = here.post(
        "/uk/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"},
    )
    assert response.status_code == 302
    assert signed_in(here)
    assert not signed_in(elsewhere)


# allauth signals these changes once the transaction commits, inside the request: real transactions here.
@pytest.mark.django_db(transaction=True)
def test_turning_on_an_authenticator_app_ends_the_other_sessions(user):
    here, elsewhere = two_sessions(user)
    reauthenticate(here)
    here.get("/uk/accounts/2fa/totp/activate/")
    secret = here.session["mfa.totp.secret"]
    assert here.post("/uk/accounts/2fa/totp/activate/", {"code": totp_code(secret)}).status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert signed_in(here)
    assert not signed_in(elsewhere)


def test_turning_off_the_authenticator_app_ends_the_other_sessions(site):
    trainer = trainer_with_totp()
    here, elsewhere = two_sessions(trainer)
    reauthenticate(here)
    assert here.post("/uk/accounts/2fa/totp/deactivate/").status_code == 302
    assert not Authenticator.objects.filter(user=trainer, type=Authenticator.Type.TOTP).exists()
    assert signed_in(here)
    assert not signed_in(elsewhere)
    # …and the trainer is sent to set one up again before the reports.
    assert here.get("/uk/reports/")["Location"] == "/uk/accounts/2fa/totp/activate/"


@pytest.mark.django_db(transaction=True)
def test_new_recovery_codes_end_the_other_sessions(site):
    trainer = trainer_with_totp()
    here, elsewhere = two_sessions(trainer)
    reauthenticate(here)
    assert here.post("/uk/accounts/2fa/recovery-codes/generate/").status_code == 302
    assert signed_in(here)
    assert not signed_in(elsewhere)


# Idle staff sessions end.


def idle_for(client, minutes):
    session = client.session
    session[LAST_SEEN_KEY] = time.time() - minutes * 60
    session.save()


def test_staff_are_signed_out_after_30_idle_minutes(client, site):
    client.force_login(trainer_with_totp())
    assert client.get("/uk/reports/").status_code == 200
    idle_for(client, 29)
    assert client.get("/uk/reports/").status_code == 200
    idle_for(client, 31)
    response = client.get("/uk/reports/")
    assert response["Location"] == "/uk/accounts/login/?next=/uk/reports/"
    assert "_auth_user_id" not in client.session
    assert not signed_in(client)


def test_the_admin_editors_background_pings_are_not_activity(client, site):
    client.force_login(give_totp(UserFactory(is_superuser=True, is_staff=True)))
    idle_for(client, 29)
    seen = client.session[LAST_SEEN_KEY]
    client.post("/admin/editing-sessions/release/1/")
    assert client.session[LAST_SEEN_KEY] == seen
    idle_for(client, 31)
    assert client.post("/admin/editing-sessions/release/1/")["Location"].startswith("/uk/accounts/login/")


def test_learners_keep_their_session_however_long_they_pause(client, user):
    client.force_login(user)
    assert signed_in(client)
    idle_for(client, 60 * 24)
    assert signed_in(client)


def test_the_idle_limit_is_a_setting(client, site, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 5
    client.force_login(trainer_with_totp())
    assert signed_in(client)
    idle_for(client, 6)
    assert not signed_in(client)


# Sensitive actions ask for the password (or second factor) again.


def test_deleting_the_account_asks_for_the_password_again(client, user):
    client.force_login(user)
    response = client.post("/uk/profile/delete/", {"password": PASSWORD, "confirm": "on"})
    assert response["Location"].startswith(REAUTH)
    assert type(user).objects.filter(pk=user.pk).exists()
    # Answering the question carries out the very request that was held (allauth resumes it).
    resumed = client.post(f"{REAUTH}?next=/uk/profile/delete/", {"password": PASSWORD})
    assert resumed.status_code == 302
    assert not type(user).objects.filter(pk=user.pk).exists()


def test_a_wrong_password_does_not_count_as_signing_in_again(client, user):
    client.force_login(user)
    assert client.post(REAUTH, {"password": "not-the-password"}).status_code == 200
    assert client.get("/uk/profile/delete/")["Location"].startswith(REAUTH)


def test_the_learners_export_asks_again_but_aggregate_tables_do_not(client, site):
    client.force_login(trainer_with_totp())
    assert client.get("/uk/reports/export/region.csv").status_code == 200
    for url in ("/uk/reports/export/learners.csv", "/uk/reports/export/learners.xlsx"):
        assert client.get(url)["Location"].startswith(REAUTH), url
    reauthenticate(client)
    assert client.get("/uk/reports/export/learners.csv").status_code == 200


def test_the_certificates_zip_asks_again(client, site):
    from cohorts.models import Cohort
    from reports.models import Export

    trainer = trainer_with_totp()
    cohort = Cohort.objects.create(name="C", trainer=trainer)
    client.force_login(trainer)
    url = f"/uk/reports/cohorts/{cohort.pk}/certificates.zip"
    assert client.post(url)["Location"].startswith(REAUTH)
    assert not Export.objects.exists()
    reauthenticate(client)
    assert client.post(url).status_code == 302
    assert Export.objects.filter(cohort=cohort).exists()


@pytest.fixture
def admin(site):
    return give_totp(UserFactory(email="root@example.org", is_superuser=True, is_staff=True))


def test_changing_roles_in_the_admin_asks_again(client, admin):
    target = UserFactory()
    trainers = Group.objects.get(name=roles.TRAINERS)
    client.force_login(admin)
    form = {
        "email": target.email,
        "first_name": target.first_name,
        "last_name": target.last_name,
        "is_active": "on",
        "groups": [trainers.pk],
    }
    url = f"/admin/users/edit/{target.pk}/"
    assert client.get(url).status_code == 200  # looking is fine
    assert client.post(url, form)["Location"].startswith(REAUTH)
    assert not target.groups.exists()
    group_url = f"/admin/groups/edit/{trainers.pk}/"
    assert client.post(group_url, {"name": "Renamed"})["Location"].startswith(REAUTH)
    assert Group.objects.filter(name=roles.TRAINERS).exists()
    reauthenticate(client)
    assert client.post(url, form).status_code == 302
    assert list(target.groups.all()) == [trainers]


def test_revoking_a_certificate_asks_again(client, admin, user):
    certificate = make_certificate(user)
    client.force_login(admin)
    edit = f"/admin/snippets/certificates/certificate/edit/{certificate.pk}/"
    assert client.post(edit, {"revoke": "on", "revoked_reason": "Issued in error"})["Location"].startswith(REAUTH)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    reauthenticate(client)
    client.post(edit, {"revoke": "on", "revoked_reason": "Issued in error"})
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
