"""The audit trail in the Wagtail admin: superusers read and filter it; nobody else sees it; nobody changes it."""

from datetime import timedelta

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from audit.models import Action, AuditEntry
from audit.trail import record
from tests.factories import UserFactory, give_totp

INDEX = "/admin/audit/"


@pytest.fixture
def entries(site, backdate):
    trainer = UserFactory(email="trainer@example.org")
    coordinator = UserFactory(email="coordinator@example.org")
    learner = UserFactory(email="olena@example.org")
    listed = record(action=Action.LEARNER_LIST, actor=trainer, cohort_ids=[4], sector="police")
    exported = record(action=Action.EXPORT, actor=coordinator, national=True, table="learners")
    revoked = record(action=Action.CERTIFICATE_REVOKED, actor=coordinator, subject=learner, certificate="7KQ2MX")
    backdate(listed, days=40)  # the listing entry is from last month
    return {"listed": listed, "exported": exported, "revoked": revoked}


def listed_ids(response):
    assert response.status_code == 200
    return {entry.pk for entry in response.context["object_list"]}


def test_admins_list_and_filter_the_trail(client, admin_user, entries):
    client.force_login(admin_user)
    response = client.get(INDEX)
    assert listed_ids(response) == {entry.pk for entry in entries.values()}
    html = response.content.decode()
    assert "trainer@example.org" in html and "olena@example.org" in html
    assert "&quot;sector&quot;: &quot;police&quot;" in html  # the filters of the list that was viewed

    assert listed_ids(client.get(INDEX, {"action": "export"})) == {entries["exported"].pk}
    assert listed_ids(client.get(INDEX, {"actor": "coordinator@"})) == {entries["exported"].pk, entries["revoked"].pk}
    assert listed_ids(client.get(INDEX, {"subject": "olena"})) == {entries["revoked"].pk}
    last_week = (timezone.localdate() - timedelta(days=7)).isoformat()
    assert listed_ids(client.get(INDEX, {"at_from": last_week})) == {entries["exported"].pk, entries["revoked"].pk}
    assert listed_ids(client.get(INDEX, {"at_to": last_week})) == {entries["listed"].pk}

    inspect = client.get(f"{INDEX}inspect/{entries['revoked'].pk}/")
    assert inspect.status_code == 200 and "7KQ2MX" in inspect.content.decode()


def test_the_menu_shows_the_trail_to_admins(client, admin_user, site):
    client.force_login(admin_user)
    assert '"/admin/audit/"' in client.get("/admin/").content.decode()  # the sidebar menu is JSON


@pytest.mark.parametrize("group", [roles.TRAINERS, roles.COORDINATORS, roles.MODERATORS, roles.EDUCATORS])
def test_staff_who_are_not_superusers_cannot_read_it(client, entries, group):
    staff = give_totp(UserFactory())
    staff.groups.add(Group.objects.get(name=group))
    if group in (roles.MODERATORS, roles.EDUCATORS):
        staff.is_staff = True
        staff.save()
    client.force_login(staff)
    for url in (INDEX, f"{INDEX}results/", f"{INDEX}inspect/{entries['revoked'].pk}/"):
        response = client.get(url)
        # Wagtail answers a refused admin page with a redirect (to the dashboard, saying "no permission"; or, for
        # someone without admin access, to sign-in).
        assert response.status_code in (302, 403, 404), url
        assert not response.get("Location", "").startswith("/admin/audit/")
        assert "7KQ2MX" not in response.content.decode() and "trainer@example.org" not in response.content.decode()
    if group in (roles.MODERATORS, roles.EDUCATORS):  # they do reach the admin, without the menu item
        assert client.get(INDEX).url == "/admin/"
        assert '"/admin/audit/"' not in client.get("/admin/").content.decode()


def test_no_one_can_add_edit_or_delete_entries(client, admin_user, entries):
    client.force_login(admin_user)
    pk = entries["revoked"].pk
    for url in (
        f"{INDEX}new/",
        f"{INDEX}edit/{pk}/",
        f"{INDEX}delete/{pk}/",
        f"{INDEX}copy/{pk}/",
        f"{INDEX}history/{pk}/",
    ):
        # Not routed: the locale middleware tries the language prefix, which is not found either.
        assert client.get(url, follow=True).status_code == 404, url
        assert client.post(url, {"action": "export", "details": "{}"}).status_code in (302, 404), url
    assert client.post(INDEX, {"action": "export"}).status_code == 405
    assert client.post(f"{INDEX}inspect/{pk}/", {"action": "export"}).status_code == 405
    stored = AuditEntry.objects.get(pk=pk)
    assert stored.action == Action.CERTIFICATE_REVOKED and stored.details == {"certificate": "7KQ2MX"}
    assert AuditEntry.objects.count() == 3
    html = client.get(INDEX).content.decode()
    assert f"{INDEX}edit/" not in html and f"{INDEX}delete/" not in html and f"{INDEX}new/" not in html
