from content.models import SiteSettings
from tests.factories import UserFactory, make_course, publish


def test_anonymous_pages_are_cached_and_invalidated_on_publish(client, site):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Перша назва", modules=1, lessons=1)
    first = client.get("/uk/courses/c/")
    second = client.get("/uk/courses/c/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content

    course.title = "Друга назва"
    publish(course)
    fresh = client.get("/uk/courses/c/")
    assert fresh["X-Page-Cache"] == "miss"
    assert "Друга назва" in fresh.content.decode()


def test_site_settings_changes_invalidate_the_cache(client, site):
    client.get("/uk/")
    settings_row = SiteSettings.load()
    settings_row.hotline_number = "1547"
    settings_row.save()
    assert "1547" in client.get("/uk/").content.decode()


def test_logged_in_and_personal_pages_are_never_cached(client, site):
    make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    client.get("/uk/courses/c/")
    client.force_login(UserFactory())
    response = client.get("/uk/courses/c/")
    assert "X-Page-Cache" not in response
    assert "Записатися на цей курс" in response.content.decode()
    client.logout()
    for url in ("/uk/accounts/login/", "/uk/certificates/verify/"):
        assert "X-Page-Cache" not in client.get(url)
        assert "X-Page-Cache" not in client.get(url)


def test_catalogue_filters_are_cached_per_query(client, site):
    make_course(site["catalogue"]["uk"], slug="a", title="A", audiences=["justice"])
    make_course(site["catalogue"]["uk"], slug="b", title="B", audiences=["schools"])
    client.get("/uk/courses/?audience=justice")
    cached = client.get("/uk/courses/?audience=justice")
    assert cached["X-Page-Cache"] == "hit"
    assert "B</a>" not in cached.content.decode()
    assert client.get("/uk/courses/?audience=schools")["X-Page-Cache"] == "miss"
