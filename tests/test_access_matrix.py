"""Every URL of the project × every role → the expected status.

The list of URLs comes from the URL configuration itself: a new view of this project without a rule here fails
``test_every_project_url_has_an_access_rule``. Wagtail's admin and page tree, and allauth's own views, are the
libraries' business; the ones this project overrides or adds are covered.
"""

import pytest

from django.contrib.auth.models import Group
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from accounts import roles
from cohorts.models import Cohort, Invitation, Membership
from courses.models import LessonPage
from courses.progress import enrollment_create, lesson_complete
from quizzes.models import Attempt, QuestionBank
from reports.models import Export
from tests.factories import UserFactory, give_totp, make_certificate, make_course, make_question, make_quiz

PROJECT_APPS = {"core", "audit", "accounts", "courses", "quizzes", "certificates", "reports", "elearn", "content"}
ROLES = [
    "anonymous",
    "learner",
    "other_learner",
    "educator",
    "moderator",
    "trainer",
    "other_trainer",
    "coordinator",
    "admin",
]
LOGGED_IN = ROLES[1:]
REPORTERS = {"trainer", "other_trainer", "coordinator", "admin"}


def project_urls():
    found = {}

    def walk(patterns, namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern):
                module = getattr(pattern.callback, "__module__", "")
                if module.split(".")[0] in PROJECT_APPS:
                    found[f"{namespace}:{pattern.name}" if namespace else pattern.name] = pattern

    walk(get_resolver().url_patterns)
    return found


def expect(anonymous=302, default=200, **overrides):
    table = {"anonymous": anonymous, **dict.fromkeys(LOGGED_IN, default)}
    table.update(overrides)
    return table


def reporters_only(ok=200, **overrides):
    return expect(default=403, **{**dict.fromkeys(REPORTERS, ok), **overrides})


def owner_only(ok=200, owner="learner"):
    return expect(default=404, **{owner: ok})


ADMIN_AREA = dict(learner=302, other_learner=302, trainer=302, other_trainer=302, coordinator=302)

# name: (method, url builder, expected status per role)
RULES = {
    "root": ("get", lambda w: "/", expect(anonymous=302, default=302)),
    "healthz": ("get", lambda w: "/healthz", expect(anonymous=200)),
    "readyz": ("get", lambda w: "/readyz", expect(anonymous=200)),
    # Only image folders are public; this one has no such file.
    "public_media": ("get", lambda w: "/media/images/none.png", expect(anonymous=404, default=404)),
    # Wagtail's own credential forms lead to allauth's; its page and document password forms are rate-limited.
    "admin_password_reset_redirect": ("get", lambda w: "/admin/password_reset/", expect(anonymous=302, default=302)),
    "wagtail_frontend_login_redirect": ("get", lambda w: "/uk/_util/login/", expect(anonymous=302, default=302)),
    "page_password_limited": (
        "get",
        lambda w: f"/uk/_util/authenticate_with_password/{w.page_restriction.pk}/{w.restricted_page.pk}/",
        expect(anonymous=200),
    ),
    "document_password_limited": (
        "get",
        lambda w: f"/documents/authenticate_with_password/{w.document_restriction.pk}/",
        expect(anonymous=200),
    ),
    "admin_login_redirect": ("get", lambda w: "/admin/login/", expect(anonymous=302, default=302)),
    "quizzes_import": ("get", lambda w: "/admin/quizzes/import/", expect(**ADMIN_AREA)),
    # Anyone who may add a course page somewhere (educators: their section); the import re-checks the section.
    "courses_import": ("get", lambda w: "/admin/courses/import/", expect(**ADMIN_AREA)),
    # The bank's course is outside the educators' section: its answer key is refused (quizzes/permissions.py).
    "quizzes_export": (
        "get",
        lambda w: f"/admin/quizzes/banks/{w.bank.pk}/export/",
        expect(**ADMIN_AREA, educator=302),
    ),
    # Superusers only; they are asked for the password again first (tests/accounts/test_mfa.py).
    "accounts_mfa_reset": (
        "get",
        lambda w: f"/admin/mfa-reset/{w.users['trainer'].pk}/",
        expect(**ADMIN_AREA, educator=302, moderator=302, admin=302),
    ),
    "account_signup": ("get", lambda w: "/uk/accounts/signup/", expect(anonymous=200, default=302)),
    "account_login": ("get", lambda w: "/uk/accounts/login/", expect(anonymous=200, default=302)),
    "account_reset_password": ("get", lambda w: "/uk/accounts/password/reset/", expect(anonymous=200, default=200)),
    # The second sign-in step needs a password step first; set-up asks for the password again (test_mfa.py).
    "mfa_authenticate": ("get", lambda w: "/uk/accounts/2fa/authenticate/", expect(anonymous=302, default=302)),
    "mfa_activate_totp": ("get", lambda w: "/uk/accounts/2fa/totp/activate/", expect(anonymous=302, default=302)),
    "accounts:profile": ("get", lambda w: "/uk/profile/", expect()),
    "accounts:profile_edit": ("get", lambda w: "/uk/profile/edit/", expect()),
    "accounts:my_data": ("get", lambda w: "/uk/profile/my-data.json", expect()),
    # Signed in is not enough: the password (or second factor) again first (tests/accounts/test_sessions.py).
    "accounts:delete_account": ("get", lambda w: "/uk/profile/delete/", expect(default=302)),
    "courses:my_learning": ("get", lambda w: "/uk/learning/", expect()),
    "courses:enrol": ("post", lambda w: f"/uk/learning/courses/{w.course.pk}/enrol/", expect(default=302)),
    "courses:unenrol": ("post", lambda w: f"/uk/learning/courses/{w.course.pk}/unenrol/", expect(default=302)),
    "courses:complete_lesson": (
        "post",
        lambda w: f"/uk/learning/lessons/{w.lesson.pk}/complete/",
        expect(default=403, learner=302),
    ),
    "quizzes:start": ("post", lambda w: f"/uk/learning/quizzes/{w.quiz.pk}/start/", expect(default=302)),
    "quizzes:attempt": ("get", lambda w: f"/uk/learning/attempts/{w.attempt.pk}/", owner_only(302)),
    "quizzes:submit": ("post", lambda w: f"/uk/learning/attempts/{w.attempt.pk}/submit/", owner_only(302)),
    "quizzes:result": ("get", lambda w: f"/uk/learning/attempts/{w.attempt.pk}/result/", owner_only()),
    "certificates:verify": ("get", lambda w: "/uk/certificates/verify/", expect(anonymous=200)),
    "certificates:verify_code": (
        "get",
        lambda w: f"/uk/certificates/verify/{w.certificate.code}/",
        expect(anonymous=200),
    ),
    "certificates:download": ("get", lambda w: f"/uk/certificates/{w.certificate.code}/download/", owner_only()),
    "certificates:badge": ("get", lambda w: f"/uk/certificates/{w.certificate.code}/badge.json", expect(anonymous=200)),
    # What verifiers fetch: public by design (the credential by its code, like the verification page).
    "badges:issuer": ("get", lambda w: "/certificates/issuer.json", expect(anonymous=200)),
    "badges:jwks": ("get", lambda w: "/certificates/keys.json", expect(anonymous=200)),
    "badges:status_list": ("get", lambda w: "/certificates/status/0.jwt", expect(anonymous=200)),
    "badges:credential": (
        "get",
        lambda w: f"/certificates/{w.certificate.code}/credential.jwt",
        expect(anonymous=200),
    ),
    # Choosers in the admin offer only the banks and questions the user may reach (quizzes/permissions.py).
    **{
        f"wagtailsnippetchoosers_quizzes_{model}:{view}": (
            "get",
            url,
            expect(**ADMIN_AREA, **({"educator": 302} if view == "chosen" else {})),
        )
        for model, pk in (("question", "question"), ("questionbank", "bank"))
        for view, url in (
            ("choose", lambda w, m=model: f"/admin/snippets/choose/quizzes/{m}/"),
            ("choose_results", lambda w, m=model: f"/admin/snippets/choose/quizzes/{m}/results/"),
            ("chosen", lambda w, m=model, p=pk: f"/admin/snippets/choose/quizzes/{m}/chosen/{getattr(w, p).pk}/"),
            (
                "chosen_multiple",
                lambda w, m=model, p=pk: f"/admin/snippets/choose/quizzes/{m}/chosen-multiple/?id={getattr(w, p).pk}",
            ),
        )
    },
    "reports:dashboard": ("get", lambda w: "/uk/reports/", reporters_only()),
    "reports:learners": ("get", lambda w: "/uk/reports/learners/", reporters_only()),
    "reports:export": ("get", lambda w: "/uk/reports/export/region.csv", reporters_only()),
    "reports:items": (
        "get",
        lambda w: f"/uk/reports/quizzes/{w.attempt.quiz_key}/items/",
        reporters_only(other_trainer=404),
    ),
    "cohorts:cohorts": ("get", lambda w: "/uk/reports/cohorts/", reporters_only()),
    "cohorts:cohort_create": ("get", lambda w: "/uk/reports/cohorts/new/", reporters_only()),
    "cohorts:cohort": ("get", lambda w: f"/uk/reports/cohorts/{w.cohort.pk}/", reporters_only(other_trainer=404)),
    "reports:certificates_zip": (
        "post",
        lambda w: f"/uk/reports/cohorts/{w.cohort.pk}/certificates.zip",
        reporters_only(302, other_trainer=404),
    ),
    "reports:export_status": (
        "get",
        lambda w: f"/uk/reports/downloads/{w.export.pk}/",
        reporters_only(404, trainer=200),
    ),
    "reports:export_download": (
        "get",
        lambda w: f"/uk/reports/downloads/{w.export.pk}/file/",
        reporters_only(404, trainer=302),
    ),
    "cohorts:join": ("get", lambda w: f"/uk/join/{w.cohort.invite_code}/", expect()),
    "cohorts:my_cohorts": ("get", lambda w: "/uk/my-cohorts/", expect()),
    "cohorts:cohort_leave": ("post", lambda w: f"/uk/my-cohorts/{w.cohort.pk}/leave/", owner_only(302)),
    # An invitation is answered by the account it was sent to, and nobody else (its link: the same).
    "cohorts:invitation_answer": (
        "post",
        lambda w: f"/uk/my-cohorts/invitations/{w.invitation.pk}/decline/",
        owner_only(302),
    ),
    "cohorts:invitation": ("get", lambda w: f"/uk/invitation/{w.invitation.token}/", owner_only()),
}


class World:
    pass


@pytest.fixture
def world(site):
    w = World()
    w.course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    w.lesson = LessonPage.objects.get()
    w.bank = QuestionBank.objects.create(name="Bank", course=w.course)
    w.question = make_question(w.bank, name="q")
    w.quiz = make_quiz(w.course, w.bank, count=1)
    w.users = {role: UserFactory(email=f"{role}@example.org") for role in LOGGED_IN}
    for role, group in (
        ("educator", roles.EDUCATORS),
        ("moderator", "Moderators"),
        ("trainer", roles.TRAINERS),
        ("other_trainer", roles.TRAINERS),
        ("coordinator", roles.COORDINATORS),
    ):
        w.users[role].groups.add(Group.objects.get(name=group))
    w.users["admin"].is_superuser = w.users["admin"].is_staff = True
    w.users["admin"].save()
    for role in ("educator", "moderator", "trainer", "other_trainer", "coordinator", "admin"):
        give_totp(w.users[role])  # staff reach reports and the admin only with a second factor
    learner = w.users["learner"]
    enrollment, _ = enrollment_create(user=learner, course=w.course)
    lesson_complete(user=learner, lesson=w.lesson)
    w.attempt = Attempt.objects.create(
        user=learner,
        quiz=w.quiz,
        quiz_key=w.quiz.translation_key,
        course_key=w.course.translation_key,
        quiz_title="Quiz",
        kind="practice",
        number=1,
        draw=[],
        answers={},
        results=[{"question": 1, "score": 1.0}],
        score=100,
        passed=True,
        submitted_at=timezone.now(),
    )
    w.certificate = make_certificate(learner, w.course, name_uk="Олена", name_latin="Olena")
    w.cohort = Cohort.objects.create(name="Mine", trainer=w.users["trainer"])
    w.cohort.courses.add(w.course)
    Membership.objects.create(cohort=w.cohort, user=learner)
    w.invitation = Invitation.objects.create(cohort=w.cohort, email=learner.email, user=learner)
    other = Cohort.objects.create(name="Theirs", trainer=w.users["other_trainer"])
    other.courses.add(w.course)
    w.export = Export.objects.create(requested_by=w.users["trainer"], cohort=w.cohort)
    w.restricted_page = make_course(site["catalogue"]["uk"], slug="pw", modules=0, lessons=0)
    w.page_restriction = PageViewRestriction.objects.create(
        page=w.restricted_page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-word"
    )
    collection = Collection.get_first_root_node().add_child(name="Private")
    w.document_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="s3cret-word"
    )
    return w


def test_every_project_url_has_an_access_rule():
    missing = sorted(set(project_urls()) - set(RULES))
    assert missing == [], f"add an access rule for: {missing}"


@pytest.mark.parametrize("name", sorted(RULES))
def test_access_matrix(client, world, name, monkeypatch):
    # Certificates would render PDFs on download; the matrix is about who may, not about rendering.
    monkeypatch.setattr("certificates.views.certificate_pdf", lambda certificate: b"%PDF-1.7")
    method, url_for, expected = RULES[name]
    url = url_for(world)
    seen = {}
    for role in ROLES:
        client.logout()
        if role != "anonymous":
            client.force_login(world.users[role])
        seen[role] = getattr(client, method)(url).status_code
    assert seen == expected, url
