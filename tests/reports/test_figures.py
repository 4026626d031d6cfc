"""The dashboard's figures as a trainer reads them over HTTP, and the enrolment summary that they are built on."""

import csv
import io
import re
from datetime import date, timedelta

import pytest

from django.core.management import call_command

from accounts import roles
from accounts.models import Region
from cohorts.models import Cohort, Membership
from courses.models import Enrollment, LessonPage
from quizzes.attempting import model_answers
from quizzes.models import Attempt, QuestionBank
from reports.models import EnrolmentSummary
from tests.factories import UserFactory, make_course, make_question, make_quiz, reauthenticate

from .conftest import in_group


@pytest.fixture
def course(site):
    course = make_course(site["catalogue"]["uk"], slug="c", title="Курс НМВ", modules=1, lessons=2)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="Document retention", right=["Yes"], wrong=["No"])
    make_question(bank, name="Debt bondage", right=["Yes"], wrong=["No"])
    make_quiz(course, bank, slug="pre", title="Pre-test", count=2, kind="pretest")
    make_quiz(course, bank, slug="final", title="Final", count=2, kind="assessment", pass_mark=75, max_attempts=3)
    return course


def join(client, user, cohort):
    client.force_login(user)
    assert client.post(f"/uk/join/{cohort.invite_code}/").status_code == 302


def take(client, course, slug, *, right):
    quiz = course.get_descendants().get(slug=slug).specific
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))
    client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", model_answers(attempt, right=right))
    return quiz


def complete_lessons(client, course):
    for lesson in LessonPage.objects.descendant_of(course):
        client.post(f"/uk/learning/lessons/{lesson.pk}/complete/")


def dashboard(client, trainer, **filters):
    client.force_login(trainer)
    response = client.get("/uk/reports/", filters)
    assert response.status_code == 200
    return response.context


def test_knowledge_gain_and_quiz_figures_count_each_learner_once(client, course, cohort, trainer):
    first, second = UserFactory(), UserFactory()
    for user, retakes in ((first, 0), (second, 1)):
        join(client, user, cohort)
        take(client, course, "pre", right=False)
        for _ in range(retakes):
            take(client, course, "final", right=False)
        take(client, course, "final", right=True)

    context = dashboard(client, trainer)
    assert context["gain"] == [
        {"key": course.translation_key, "label": "Курс НМВ", "learners": 2, "pre": 0.0, "post": 100.0, "gain": 100.0}
    ]
    final = next(row for row in context["quizzes"] if row["label"] == "Final")
    assert (final["learners"], final["attempts"], final["passed"], final["pass_rate"]) == (2, 3, 2, 100.0)
    assert final["average"] == round((100 + 0 + 100) / 3, 1)


def test_the_summary_follows_lessons_certificates_and_profile_changes(
    client, course, cohort, trainer, django_capture_on_commit_callbacks
):
    learner = UserFactory(region=Region.objects.get(iso_code="UA-59"), sector="social")
    join(client, learner, cohort)
    lesson = LessonPage.objects.descendant_of(course).first()
    client.post(f"/uk/learning/lessons/{lesson.pk}/complete/")
    client.post(f"/uk/learning/lessons/{lesson.pk}/complete/")  # a double click counts once
    context = dashboard(client, trainer)
    assert context["funnel"] == {"enrolled": 1, "started": 1, "completed": 0, "certified": 0}
    assert EnrolmentSummary.objects.get(user=learner).lessons_done == 1

    client.force_login(learner)
    with django_capture_on_commit_callbacks(execute=True):  # the certificate is issued when completion commits
        complete_lessons(client, course)
    assert dashboard(client, trainer)["funnel"] == {"enrolled": 1, "started": 1, "completed": 1, "certified": 1}

    learner.region = Region.objects.get(iso_code="UA-46")
    learner.sector = "police"
    learner.save()
    context = dashboard(client, trainer)
    assert [row["key"] for row in context["tables"]["region"]] == ["UA-46"]
    assert [row["key"] for row in context["tables"]["sector"]] == ["police"]


def test_leaving_and_rejoining_a_course_keeps_the_lessons_done(client, course, cohort, trainer):
    learner = UserFactory()
    join(client, learner, cohort)
    complete_lessons(client, course)
    # Both lessons done completes the course; reopen it, since a completed course stays on record when left.
    Enrollment.objects.filter(user=learner).update(completed_at=None)
    client.post(f"/uk/learning/courses/{course.pk}/unenrol/")
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    summary = EnrolmentSummary.objects.get(user=learner)  # the old one went with the enrolment it summarised
    assert (summary.enrollment, summary.lessons_done) == (Enrollment.objects.get(user=learner), 2)


def test_refresh_summaries_rebuilds_them_from_the_records(client, course, cohort, trainer):
    learner = UserFactory(organisation="ЦСССДМ")
    join(client, learner, cohort)
    complete_lessons(client, course)
    take(client, course, "pre", right=False)
    expected = EnrolmentSummary.objects.values().get()
    EnrolmentSummary.objects.update(lessons_done=0, pretest_score=None, organisation="", region=None, completed_at=None)
    Attempt.objects.update(first_submission=False)
    call_command("refresh_summaries", stdout=io.StringIO())
    summary = EnrolmentSummary.objects.get(user=learner)
    assert (summary.lessons_done, summary.pretest_score, summary.organisation) == (2, 0, "ЦСССДМ")
    assert summary.region_id == learner.region_id and summary.completed_at is not None
    assert EnrolmentSummary.objects.values().get() == expected
    assert Attempt.objects.get().first_submission is True

    # A summary that is missing (records written without the events) is created from the records.
    EnrolmentSummary.objects.all().delete()
    call_command("refresh_summaries", stdout=io.StringIO())
    assert EnrolmentSummary.objects.values().get() == expected


def test_every_row_drills_down_to_the_learners_behind_it(client, course, cohort, trainer):
    kharkiv = UserFactory(email="kharkiv@example.org", region=Region.objects.get(iso_code="UA-63"))
    lviv = UserFactory(email="lviv@example.org", region=Region.objects.get(iso_code="UA-46"))
    for user in (kharkiv, lviv):
        join(client, user, cohort)
    context = dashboard(client, trainer, sector="")
    row = next(row for row in context["tables"]["region"] if row["key"] == "UA-63")
    assert row["learners_url"] in client.get("/uk/reports/", {"sector": ""}).content.decode().replace("&amp;", "&")
    page = client.get(row["learners_url"]).content.decode()
    assert "kharkiv@example.org" in page and "lviv@example.org" not in page


def test_overdue_learners_are_those_past_the_deadline_without_completion(client, course, cohort, trainer):
    late, done, other_course = UserFactory(full_name_uk="Пізня"), UserFactory(full_name_uk="Вчасна"), UserFactory()
    for user in (late, done):
        join(client, user, cohort)
    client.force_login(done)
    complete_lessons(client, course)
    second = make_course(course.get_parent(), slug="other", title="Інший курс", modules=1, lessons=1)
    Membership.objects.create(cohort=cohort, user=other_course)
    client.force_login(other_course)
    client.post(f"/uk/learning/courses/{second.pk}/enrol/")  # not a course of the cohort: not overdue for it

    assert dashboard(client, trainer)["overdue"] == []  # no deadline yet
    cohort.deadline = date.today() - timedelta(days=1)
    cohort.save()
    overdue = dashboard(client, trainer)["overdue"]
    assert [enrollment.user for enrollment in overdue] == [late]


def test_filters_narrow_every_figure(client, course, cohort, trainer):
    police = UserFactory(sector="police", region=Region.objects.get(iso_code="UA-53"))
    social = UserFactory(sector="social", region=Region.objects.get(iso_code="UA-53"))
    for user in (police, social):
        join(client, user, cohort)
    client.force_login(police)
    complete_lessons(client, course)
    context = dashboard(client, trainer, sector="police")
    assert context["funnel"]["enrolled"] == 1
    assert [row["key"] for row in context["tables"]["sector"]] == ["police"]
    html = client.get("/uk/reports/", {"sector": "police", "cohort": cohort.pk}).content.decode()
    assert '<label for="id_cohort">' in html and '<select id="id_cohort" name="cohort">' in html
    assert f'<option value="{cohort.pk}" selected>Суми</option>' in html
    assert '<option value="police" selected>' in html
    context = dashboard(client, trainer, date_from="2999-01-01")
    assert context["funnel"]["enrolled"] == 0
    # A malformed filter is dropped, never an error page.
    assert dashboard(client, trainer, date_from="not-a-date", region="x")["funnel"]["enrolled"] == 2


def test_exports_of_the_learners_table_carry_the_summary(client, course, cohort, trainer):
    learner = UserFactory(email="ivan@example.org", organisation="Поліція Сум", sector="police")
    join(client, learner, cohort)
    complete_lessons(client, course)
    client.force_login(trainer)
    reauthenticate(client)  # learner-level exports ask for the password again
    response = client.get("/uk/reports/export/learners.csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["Електронна пошта"] == "ivan@example.org"
    assert row["Організація"] == "Поліція Сум"
    assert row["Пройдено уроків"] == "2"


def test_a_learner_in_two_cohorts_of_a_trainer_counts_once_in_the_totals(client, course, cohort, trainer):
    second = Cohort.objects.create(name="Суми-2", trainer=trainer)
    second.courses.add(course)
    learner = UserFactory()
    join(client, learner, cohort)
    join(client, learner, second)
    context = dashboard(client, trainer)
    assert context["funnel"]["enrolled"] == 1
    assert {row["label"]: row["enrolled"] for row in context["tables"]["cohort"]} == {"Суми": 1, "Суми-2": 1}


def test_the_learners_xlsx_is_built_in_the_background_for_its_owner_only(client, course, cohort, trainer):
    from openpyxl import load_workbook

    for email in ("ivan@example.org", "olena@example.org"):
        join(client, UserFactory(email=email, sector="police" if email.startswith("ivan") else "social"), cohort)
    client.force_login(trainer)
    reauthenticate(client)  # learner-level exports ask for the password again
    response = client.get("/uk/reports/export/learners.xlsx", {"sector": "police"})
    assert response.status_code == 302
    status = client.get(response["Location"])
    assert "Готово: 1 рядок." in status.content.decode()
    download = client.get(f"{response['Location']}file/")
    assert download["Content-Disposition"].endswith('filename="learners.xlsx"')
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][1] == "Електронна пошта" and [row[1] for row in rows[1:]] == ["ivan@example.org"]

    other = in_group(UserFactory(), roles.TRAINERS)
    client.force_login(other)
    assert client.get(response["Location"]).status_code == 404
    assert client.get(f"{response['Location']}file/").status_code == 404
    # Their own export of the same table holds none of the first trainer's learners.
    reauthenticate(client)
    own = client.get("/uk/reports/export/learners.xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(client.get(f"{own['Location']}file/").streaming_content))).active
    assert len(list(sheet.values)) == 1
