import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from tests.factories import CoursePageFactory, EnrollmentFactory, UserFactory, make_course, publish


def course_titles(response):
    return [course.title for course in response.context["courses"]]


def test_catalogue_lists_every_course_of_its_language_including_the_school_section(client, site):
    make_course(site["catalogue"]["uk"], slug="nrm", title="Курс НМВ", audiences=["nrm-social"])
    make_course(site["school"]["uk"], slug="school", title="Шкільний курс", audiences=["schools"])
    response = client.get("/uk/courses/")
    assert response.status_code == 200
    assert sorted(course_titles(response)) == ["Курс НМВ", "Шкільний курс"]
    section = client.get("/uk/courses/school-curriculum/")
    assert course_titles(section) == ["Шкільний курс"]


def test_catalogue_filters_by_audience(client, site):
    make_course(site["catalogue"]["uk"], slug="judges", title="Для суддів", audiences=["justice"])
    make_course(site["catalogue"]["uk"], slug="border", title="Для прикордонників", audiences=["border-police"])
    response = client.get("/uk/courses/", {"audience": "justice"})
    assert course_titles(response) == ["Для суддів"]
    assert "1 курс" in response.content.decode()


def test_unknown_filter_values_are_ignored_with_a_message_not_a_500(client, site):
    make_course(site["catalogue"]["uk"], slug="a", title="A")
    response = client.get("/uk/courses/", {"audience": "<script>", "language": "xx"})
    assert response.status_code == 200
    assert course_titles(response) == ["A"]
    assert "<script>" not in response.content.decode()


def test_catalogue_filters_by_available_language(client, site):
    translated = make_course(site["catalogue"]["uk"], slug="both", title="Обома мовами")
    make_course(site["catalogue"]["uk"], slug="uk-only", title="Лише українською")
    english = translated.copy_for_translation(Locale.objects.get(language_code="en"))
    publish(english)
    response = client.get("/uk/courses/", {"language": "en"})
    assert course_titles(response) == ["Обома мовами"]
    assert sorted(course_titles(client.get("/uk/courses/", {"language": "uk"}))) == [
        "Лише українською",
        "Обома мовами",
    ]


def test_catalogue_search_finds_courses_by_their_summary(client, site):
    make_course(site["catalogue"]["uk"], slug="palermo", title="Legal framework", summary="The Palermo Protocol")
    make_course(site["catalogue"]["uk"], slug="other", title="Safe migration", summary="Job offers abroad")
    response = client.get("/uk/courses/", {"q": "Palermo"})
    assert course_titles(response) == ["Legal framework"]
    assert course_titles(client.get("/uk/courses/", {"q": "nothing-matches-this"})) == []


def test_unpublished_courses_stay_out_of_the_catalogue(client, site):
    course = make_course(site["catalogue"]["uk"], slug="draft", title="Draft")
    course.unpublish()
    assert course_titles(client.get("/uk/courses/")) == []


def catalogue_queries(client):
    """Queries of one uncached catalogue request, and the number of courses it listed."""
    client.get("/uk/courses/")  # a first request after signing in does one-off work (the session, the profile)
    cache.clear()  # anonymous pages are cached: measure the page being built, not a cache hit
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/uk/courses/")
    assert response.status_code == 200
    assert response.get("X-Page-Cache") in (None, "miss")
    return len(queries), len(response.context["courses"])


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "learner"])
def test_catalogue_query_count_does_not_grow_with_courses(client, site, signed_in):
    """As many queries for 8 courses as for 1: a query per course (its audiences, its translations, the learner's
    progress read course by course) makes the two counts differ, however small it is."""
    learner = UserFactory()
    if signed_in:
        client.force_login(learner)

    def add_course():
        course = CoursePageFactory(audiences=["ngo", "justice"], modules=1, modules__lessons=1)
        EnrollmentFactory(user=learner, course=course)

    add_course()
    queries_for_one, listed = catalogue_queries(client)
    assert listed == 1
    for _ in range(7):
        add_course()
    queries_for_eight, listed = catalogue_queries(client)
    assert listed == 8
    assert queries_for_eight == queries_for_one, f"{queries_for_one} queries for 1 course, {queries_for_eight} for 8"
