import pytest

from django.core.management import call_command

from accounts.models import User
from content.models import SiteSettings
from tests.factories import give_totp


def test_root_redirects_to_ukrainian_by_default(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en")
    assert response.status_code == 302
    assert response["Location"] == "/uk/"


def test_root_remembers_a_chosen_language(client, site):
    client.cookies["django_language"] = "en"
    assert client.get("/")["Location"] == "/en/"


def test_home_page_in_both_languages_links_to_the_other(client, site):
    uk = client.get("/uk/")
    en = client.get("/en/")
    assert uk.status_code == en.status_code == 200
    assert '<html lang="uk">' in uk.content.decode()
    assert '<html lang="en">' in en.content.decode()
    assert 'href="/en/" hreflang="en"' in uk.content.decode()
    assert 'href="/uk/" hreflang="uk"' in en.content.decode()


def test_language_switch_keeps_the_current_view(client, site):
    html = client.get("/uk/accounts/login/").content.decode()
    assert 'href="/en/accounts/login/"' in html


def test_layout_has_skip_link_landmarks_and_hotline(client, site):
    html = client.get("/uk/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    for landmark in ("<header", '<main id="main"', "<footer", '<nav class="site-nav" aria-label='):
        assert landmark in html
    assert "527" in html


def test_hotline_is_editable_in_settings(client, site):
    settings_row = SiteSettings.load()
    settings_row.hotline_number = "1547"
    settings_row.save()
    assert "1547" in client.get("/en/").content.decode()


def test_unknown_page_is_a_translated_404(client, site):
    response = client.get("/uk/no-such-page/")
    assert response.status_code == 404
    assert "Сторінку не знайдено" in response.content.decode()


def test_admin_is_reachable_for_staff_only(client, site):
    assert client.get("/admin/").status_code == 302
    admin = User.objects.create_superuser("root@example.org", "pw-for-tests-only")
    give_totp(admin)  # the admin is reached only with a second factor
    client.force_login(admin)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_load_demo_builds_the_curriculum_once(client, django_capture_on_commit_callbacks):
    from django.db.models import Count

    from wagtail.models import Page

    from certificates.models import Certificate
    from cohorts.models import Cohort
    from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage, ModulePage
    from quizzes.models import Attempt, Question, QuizPage

    models = [User, Page, Question, Enrollment, LessonCompletion, Attempt, Certificate, Cohort]
    with django_capture_on_commit_callbacks(execute=True):  # certificates are issued when completions commit
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    counts = [model.objects.count() for model in models]
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [model.objects.count() for model in models] == counts  # running it again changes nothing

    for language in ("uk", "en"):
        courses = CoursePage.objects.live().filter(locale__language_code=language)
        assert courses.count() == 4
        for course in courses:
            modules = ModulePage.objects.live().child_of(course)
            assert modules.count() >= 3
            for module in modules:
                assert LessonPage.objects.live().child_of(module).count() >= 2
            assert QuizPage.objects.live().descendant_of(course).filter(kind="assessment", is_required=True).exists()
    per_bank = Question.objects.filter(locale__language_code="uk").values("bank").annotate(n=Count("pk"))
    assert len(per_bank) == 4 and all(row["n"] >= 12 for row in per_bank)
    assert set(Question.objects.values_list("qtype", flat=True)) == {"single", "multiple", "true_false", "matching"}
    assert Enrollment.objects.filter(completed_at__isnull=False).exists()
    assert Enrollment.objects.filter(completed_at__isnull=True).exists()  # partial progress too
    assert Attempt.objects.filter(kind="pretest").exists() and Certificate.objects.exists()
    assert Cohort.objects.filter(trainer__email="trainer@demo.test").count() == 3
    # The demo spreads its history over past months; the dashboards' summaries carry the same dates.
    from reports.models import EnrolmentSummary

    dates = set(Enrollment.objects.values_list("pk", "enrolled_at", "completed_at"))
    assert set(EnrolmentSummary.objects.values_list("enrollment_id", "enrolled_at", "completed_at")) == dates

    # The demo renders: catalogue, a course, a lesson, in both languages.
    for language in ("uk", "en"):
        catalogue = client.get(f"/{language}/courses/")
        assert catalogue.status_code == 200 and len(catalogue.context["courses"]) == 4
        lesson = LessonPage.objects.live().filter(locale__language_code=language).first()
        assert client.get(lesson.url).status_code == 200
