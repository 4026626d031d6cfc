"""Two-factor sign-in: staff must set it up before reports and the admin; codes are rate-limited; superusers reset
a lost second factor (audited)."""

import pytest
from allauth.mfa.models import Authenticator

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages

from accounts import roles
from audit.models import Action, AuditEntry
from tests.factories import PASSWORD, UserFactory, give_totp, reauthenticate, totp_code

SETUP = "/uk/accounts/2fa/totp/activate/"
STAFF_ROLES = [roles.TRAINERS, roles.COORDINATORS, roles.MODERATORS, roles.EDUCATORS, "editor", "superuser"]


def staff(role, **fields):
    user = UserFactory(**fields)
    if role == "superuser":
        user.is_superuser = user.is_staff = True
        user.save()
    elif role == "editor":  # a Wagtail editor: admin access through a group of its own, no platform role
        group = Group.objects.create(name="Page editors")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        user.groups.add(group)
    else:
        user.groups.add(Group.objects.get(name=role))
    return user


def log_in_with_password(client, user):
    return client.post("/uk/accounts/login/", {"login": user.email, "password": PASSWORD})


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_without_a_second_factor_are_sent_to_set_one_up(client, site, role):
    client.force_login(staff(role))
    for path in ["/uk/reports/", "/en/reports/cohorts/", "/uk/reports/export/region.csv", "/admin/", "/admin/pages/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] in (SETUP, SETUP.replace("/uk/", "/en/")), path
        message = str(list(get_messages(response.wsgi_request))[-1])
        assert "two-factor sign-in" in message or "двофакторн" in message


def test_the_setup_pages_logout_and_the_rest_of_the_site_stay_reachable(client, site):
    trainer = staff(roles.TRAINERS)
    client.force_login(trainer)
    assert client.get("/uk/profile/").status_code == 200
    assert client.get("/uk/learning/").status_code == 200
    assert client.get("/static/css/site.css").status_code in (200, 404)  # never sent to the setup page
    # The setup page asks for the password first (allauth), and is not itself redirected to the setup page.
    assert client.get(SETUP)["Location"].startswith("/uk/accounts/reauthenticate/")
    reauthenticate(client)
    assert client.get(SETUP).status_code == 200
    assert client.post("/uk/accounts/logout/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_learners_are_not_asked_for_a_second_factor(client, user):
    client.force_login(user)
    assert client.get("/uk/reports/").status_code == 403  # not theirs, but not a setup page either
    assert client.get("/uk/profile/").status_code == 200


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_staff_with_a_second_factor_go_on(client, site, role):
    user = give_totp(staff(role))
    client.force_login(user)
    admin = client.get("/admin/")
    if role in (roles.TRAINERS, roles.COORDINATORS):
        assert admin["Location"].startswith("/uk/accounts/login/")  # Wagtail's own answer: no admin access
    else:
        assert admin.status_code == 200
    reports = client.get("/uk/reports/").status_code
    assert reports == (200 if role in (roles.TRAINERS, roles.COORDINATORS, "superuser") else 403)


def test_a_trainer_sets_up_the_app_and_reaches_the_reports(client, site):
    trainer = staff(roles.TRAINERS)
    client.force_login(trainer)
    reauthenticate(client)
    page = client.get(SETUP)
    html = page.content.decode()
    # The QR code is inline (no request to another origin) and the secret is shown for typing in by hand.
    assert 'src="data:image/svg+xml;base64,' in html
    secret = client.session["mfa.totp.secret"]
    assert secret in html
    wrong = client.post(SETUP, {"code": "000000" if totp_code(secret) != "000000" else "111111"})
    assert wrong.status_code == 400 and not Authenticator.objects.filter(user=trainer).exists()
    response = client.post(SETUP, {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=trainer, type=Authenticator.Type.TOTP).exists()
    assert client.get("/uk/reports/").status_code == 200


def test_sign_in_asks_for_the_code_and_refuses_a_wrong_one(client, site):
    trainer = give_totp(staff(roles.TRAINERS))
    response = log_in_with_password(client, trainer)
    assert response["Location"] == "/uk/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session  # the password alone does not sign in
    wrong = client.post("/uk/accounts/2fa/authenticate/", {"code": "12345"})
    assert wrong.status_code == 400
    assert "Неправильний код." in wrong.content.decode()
    assert "_auth_user_id" not in client.session
    response = client.post("/uk/accounts/2fa/authenticate/", {"code": totp_code()})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(trainer.pk)


def test_repeated_wrong_codes_are_refused_even_before_the_right_one(client, site):
    trainer = give_totp(staff(roles.TRAINERS))
    log_in_with_password(client, trainer)
    right = totp_code()
    wrong = "000000" if right != "000000" else "111111"
    for _attempt in range(5):
        client.post("/uk/accounts/2fa/authenticate/", {"code": wrong})
    refused = client.post("/uk/accounts/2fa/authenticate/", {"code": right})
    assert "_auth_user_id" not in client.session
    assert refused.status_code == 429
    assert "Занадто багато невдалих спроб входу" in refused.content.decode()


def test_only_superusers_reset_a_second_factor_after_signing_in_again(client, site):
    target = give_totp(staff(roles.TRAINERS))
    url = f"/admin/mfa-reset/{target.pk}/"
    coordinator = give_totp(staff(roles.COORDINATORS))
    moderator = give_totp(staff(roles.MODERATORS))  # reaches the Wagtail admin, but is no superuser
    for someone in (coordinator, moderator):
        client.force_login(someone)
        reauthenticate(client)
        assert client.post(url).status_code in (302, 403)
        assert client.get(url).status_code in (302, 403)
        assert Authenticator.objects.filter(user=target).exists()

    admin = give_totp(staff("superuser"))
    client.force_login(admin)
    response = client.post(url)
    assert response["Location"].startswith("/uk/accounts/reauthenticate/")  # signed in is not enough
    assert Authenticator.objects.filter(user=target).exists()
    reauthenticate(client)
    assert url in client.get("/admin/users/").content.decode()  # a button on the admin's list of users
    assert target.email in client.get(url).content.decode()
    assert client.post(url).status_code == 302
    assert not Authenticator.objects.filter(user=target).exists()
    entry = AuditEntry.objects.get(action=Action.MFA_RESET)
    assert entry.actor == admin and entry.subject == target


def test_a_reset_signs_the_person_out_everywhere(client, site, django_user_model):
    from django.test import Client

    target = give_totp(staff(roles.TRAINERS))
    theirs = Client()
    theirs.force_login(target)
    assert theirs.get("/uk/reports/").status_code == 200
    admin = give_totp(staff("superuser"))
    client.force_login(admin)
    reauthenticate(client)
    client.post(f"/admin/mfa-reset/{target.pk}/")
    assert "_auth_user_id" not in theirs.session or theirs.get("/uk/profile/").status_code == 302
    assert theirs.get("/uk/profile/")["Location"].startswith("/uk/accounts/login/")
