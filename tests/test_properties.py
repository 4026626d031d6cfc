"""Property-based: no input to a form or JSON endpoint yields a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.contrib.auth.models import Group

from accounts import roles
from cohorts.models import Cohort
from courses.models import LessonPage
from tests.factories import UserFactory, give_totp, make_course

text = st.one_of(
    st.text(max_size=80).map(lambda s: s.replace("\x00", "")),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "99999999999999999999",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "2026-13-45",
            "UA-30",
            "social",
            "../../etc/passwd",
            "ї" * 300,
        ]
    ),
)
payloads = st.dictionaries(
    st.sampled_from(
        [
            "email",
            "password1",
            "password2",
            "full_name_uk",
            "first_name",
            "last_name",
            "organisation",
            "sector",
            "region",
            "position",
            "password",
            "confirm",
            "code",
            "q",
            "audience",
            "language",
            "name",
            "courses",
            "starts_on",
            "ends_on",
            "deadline",
            "date_from",
            "date_to",
            "course",
            "cohort",
            "login",
            "page",
        ]
    ),
    st.lists(text, max_size=3),
    max_size=10,
)
ENDPOINTS = [
    ("post", "/uk/accounts/signup/", None),
    ("post", "/uk/accounts/login/", None),
    ("post", "/uk/accounts/password/reset/", None),
    ("post", "/uk/profile/edit/", "learner"),
    ("post", "/uk/profile/delete/", "learner"),
    ("get", "/uk/courses/", None),
    ("get", "/uk/certificates/verify/", None),
    ("post", "/uk/reports/cohorts/new/", "trainer"),
    ("get", "/uk/reports/", "trainer"),
    ("get", "/uk/reports/learners/", "trainer"),
    ("get", "/uk/reports/export/region.csv", "trainer"),
    ("post", "/uk/learning/courses/{course}/enrol/", "learner"),
    ("post", "/uk/learning/lessons/{lesson}/complete/", "learner"),
]


@pytest.fixture
def people(site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    give_totp(trainer)  # staff reach the reports only with a second factor
    Cohort.objects.create(name="C", trainer=trainer).courses.add(course)
    lesson = LessonPage.objects.get()
    return {"learner": UserFactory(), "trainer": trainer, "course": course.pk, "lesson": lesson.pk}


@pytest.mark.parametrize(("method", "path", "role"), ENDPOINTS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=payloads)
def test_no_input_yields_a_500(client, people, method, path, role, data):
    from django.core.cache import cache

    cache.clear()  # rate limits would otherwise answer 429 before the form is exercised
    client.logout()
    if role:
        client.force_login(people[role])
    url = path.format(course=people["course"], lesson=people["lesson"])
    response = getattr(client, method)(url, data)
    assert response.status_code < 500, (url, data)
