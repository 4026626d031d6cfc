"""A production install without the demo: `setup_site` on an empty, migrated database (issue #13)."""

from io import StringIO

import pytest

from django.core.management import call_command

from accounts.models import User
from content.models import HomePage
from courses.models import CourseIndexPage
from tests.factories import give_totp

pytestmark = pytest.mark.django_db


def setup_site() -> str:
    out = StringIO()
    call_command("setup_site", stdout=out)
    return out.getvalue()


def test_setup_site_builds_the_site_without_demo_content_and_says_what_it_does(client):
    output = setup_site()
    assert "Home pages in Ukrainian and English" in output and "Site ready." in output
    assert HomePage.objects.count() == 2
    assert CourseIndexPage.objects.filter(slug="courses").count() == 2
    assert CourseIndexPage.objects.filter(slug="school-curriculum").count() == 2
    assert not User.objects.exists()  # no demo accounts

    home = client.get("/uk/")
    assert home.status_code == 200
    html = home.content.decode()
    assert "Welcome to your new Wagtail site" not in html
    assert "527" in html  # the national hotline in the footer
    catalogue = client.get("/uk/courses/").content.decode()
    assert "Курсів ще не опубліковано" in catalogue
    assert client.get("/en/courses/").status_code == 200


def test_setup_site_twice_changes_nothing():
    setup_site()
    counts = (HomePage.objects.count(), CourseIndexPage.objects.count())
    setup_site()
    assert (HomePage.objects.count(), CourseIndexPage.objects.count()) == counts


def test_the_first_admin_can_create_a_course_after_setup(client):
    setup_site()
    admin = User.objects.create_superuser(email="admin@example.org", password="a-long-admin-passphrase")
    give_totp(admin)
    client.force_login(admin)
    catalogue = CourseIndexPage.objects.get(slug="courses", locale__language_code="uk")
    response = client.get(f"/admin/pages/add/courses/coursepage/{catalogue.pk}/")
    assert response.status_code == 200
