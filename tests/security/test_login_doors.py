"""Every way to sign in, reset or change a password goes through allauth's rate-limited forms (issue #12: 2, 3, 7).

The URL configuration is walked, so a door added later (another app's login view) fails the first test.
"""

import pytest

from django.core import mail
from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.models import PageViewRestriction

from elearn import views as project_views
from tests.factories import PASSWORD, UserFactory, make_course

WRONG = "not-the-password"
CREDENTIAL_WORDS = ("login", "password", "reset", "signin", "authenticate")


def _walk(resolver, prefix=""):
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from _walk(entry, route)
        elif isinstance(entry, URLPattern):
            yield route, entry.callback


def _patterns():
    """(route, view) for every reachable pattern: a route listed twice is answered by the first one only."""
    seen = set()
    for route, callback in _walk(get_resolver()):
        if route not in seen:
            seen.add(route)
            yield route, callback


def test_every_credential_url_is_allauths_or_a_redirect_to_it():
    allowed_modules = ("allauth.", "accounts.views")
    redirects = {project_views.admin_login.__code__, project_views.to_allauth("x").__code__}
    limited = {project_views.page_password, project_views.document_password}
    offenders = []
    for route, callback in _patterns():
        if not any(word in route.lower() for word in CREDENTIAL_WORDS):
            continue
        target = getattr(callback, "view_class", None) or callback
        module = getattr(target, "__module__", "")
        if module.startswith(allowed_modules) or getattr(callback, "__code__", None) in redirects:
            continue
        if callback in limited:  # rate-limited wrappers around Wagtail's page and document passwords
            continue
        if module.startswith("wagtail.admin.views.account"):
            continue  # Wagtail's reset views: switched off by WAGTAIL_PASSWORD_RESET_ENABLED (tested below)
        offenders.append((route, module))
    assert offenders == []


def test_the_django_admin_is_not_served(client, site):
    user = UserFactory(is_staff=True, is_superuser=True)
    # (An unknown path is sent to its language-prefixed form, which is not found either.)
    for password in (WRONG, WRONG, PASSWORD):
        response = client.post("/django-admin/login/", {"username": user.email, "password": password}, follow=True)
        assert response.status_code == 404
    assert "_auth_user_id" not in client.session


def test_wagtails_password_reset_sends_to_allauths_and_no_mail(client, user):
    for _ in range(30):
        response = client.post("/admin/password_reset/", {"email": user.email})
        assert response.status_code == 302
        assert response["Location"].startswith("/uk/accounts/password/reset/")
    assert mail.outbox == []
    # Wagtail's own confirmation views are switched off too.
    for url in ("/admin/password_reset/done/", "/admin/password_reset/complete/", "/admin/password_reset/confirm/x/y/"):
        assert client.get(url, follow=True).status_code == 404


def test_allauths_password_reset_is_limited_per_address(client, user):
    for _ in range(30):
        client.post("/uk/accounts/password/reset/", {"email": user.email})
    assert 1 <= len(mail.outbox) <= 5


@pytest.mark.parametrize("language", ["uk", "en"])
def test_wagtails_front_end_login_sends_to_allauths_login(client, user, language):
    for _ in range(15):
        response = client.post(f"/{language}/_util/login/", {"username": user.email, "password": WRONG})
        assert response.status_code == 302
        assert response["Location"].startswith(f"/{language}/accounts/login/")
    # Even the right password does not sign in there: only allauth's form does.
    client.post(f"/{language}/_util/login/", {"username": user.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    redirect = client.get(f"/{language}/_util/login/?next=https://evil.example/")
    assert "evil.example" not in redirect["Location"]


def test_a_login_required_page_sends_visitors_to_allauths_login(client, site):
    course = make_course(site["catalogue"]["uk"], slug="private", modules=1, lessons=1)
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/uk/courses/private/")
    assert response.status_code == 302
    assert response["Location"].startswith("/uk/accounts/login/?next=")


def test_a_locked_out_or_unconfirmed_account_cannot_sign_in_elsewhere(client, site):
    unconfirmed = UserFactory(verified_email=False)
    response = client.post("/uk/accounts/login/", {"login": unconfirmed.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    client.post("/uk/_util/login/", {"username": unconfirmed.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 302)


def test_page_passwords_are_rate_limited(client, site):
    course = make_course(site["catalogue"]["uk"], slug="pw", modules=1, lessons=1)
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-word"
    )
    url = f"/uk/_util/authenticate_with_password/{restriction.pk}/{course.pk}/"
    for _ in range(project_views.PAGE_PASSWORD_LIMIT):
        assert client.post(url, {"password": "guess", "return_url": "/uk/courses/pw/"}).status_code == 200
    refused = client.post(url, {"password": "s3cret-word", "return_url": "/uk/courses/pw/"})
    assert refused.status_code == 429
    assert "Забагато спроб" in refused.content.decode()


def test_the_right_page_password_opens_the_page(client, site):
    course = make_course(site["catalogue"]["uk"], slug="pw", modules=1, lessons=1)
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-word"
    )
    url = f"/uk/_util/authenticate_with_password/{restriction.pk}/{course.pk}/"
    response = client.post(url, {"password": "s3cret-word", "return_url": "/uk/courses/pw/"})
    assert response.status_code == 302
    assert client.get("/uk/courses/pw/").status_code == 200


def test_document_passwords_are_rate_limited(client, site):
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="Private")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="s3cret-word"
    )
    Document.objects.create(title="Guide", collection=collection)
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    for _ in range(project_views.PAGE_PASSWORD_LIMIT):
        assert client.post(url, {"password": "guess", "return_url": "/"}).status_code == 200
    assert client.post(url, {"password": "s3cret-word", "return_url": "/"}).status_code == 429
