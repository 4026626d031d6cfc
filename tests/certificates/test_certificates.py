import json
import re
from datetime import date, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from certificates import codes
from certificates.issuing import certificate_issue
from certificates.models import Certificate
from courses.models import Enrollment, LessonPage
from tests.concurrency import run_at_once
from tests.factories import CertificateFactory, UserFactory, make_course, reauthenticate


@pytest.fixture
def course(site):
    return make_course(
        site["catalogue"]["uk"], slug="c", title="Виявлення жертв", modules=1, lessons=2, estimated_hours=4
    )


def finish(client, user, course, capture):
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    with capture(execute=True):
        for lesson in LessonPage.objects.descendant_of(course):
            client.post(f"/uk/learning/lessons/{lesson.pk}/complete/")
    return Certificate.objects.get(user=user)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_completing_a_course_issues_one_certificate_with_snapshots(
    client, user, course, django_capture_on_commit_callbacks
):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    assert certificate.name_uk == user.full_name_uk and certificate.name_latin == user.full_name_latin
    assert certificate.course_title_uk == "Виявлення жертв"
    assert certificate.hours == 4
    assert certificate.pdf  # rendered in the background task and stored
    # Nothing issues a second one: completing again, or a repeated event.
    enrollment = Enrollment.objects.get(user=user)
    assert certificate_issue(enrollment=enrollment).pk == certificate.pk
    assert Certificate.objects.count() == 1

    # Later edits change nothing on the certificate.
    user.full_name_uk = "Інше Ім'я"
    user.save()
    course.title = "Нова назва"
    course.save_revision().publish()
    certificate.refresh_from_db()
    assert certificate.name_uk != "Інше Ім'я" and certificate.course_title_uk == "Виявлення жертв"


def test_the_pdf_shows_both_names_course_code_and_metadata(client, user, course, django_capture_on_commit_callbacks):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    response = client.get(f"/uk/certificates/{certificate.code}/download/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    data = b"".join(response.streaming_content)
    text = pdf_text(data)
    for expected in (certificate.code, user.full_name_uk, user.full_name_latin, "Виявлення жертв", "Verification code"):
        assert expected in text
    reader = PdfReader(BytesIO(data))
    assert certificate.code in reader.metadata.title
    assert reader.metadata.author
    assert "/A4" in str(reader.pages[0].mediabox) or float(reader.pages[0].mediabox.width) > float(
        reader.pages[0].mediabox.height
    )
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # fonts are embedded, so Cyrillic shows on any machine


def test_a_repeat_download_does_not_render_again(client, user, course, django_capture_on_commit_callbacks, monkeypatch):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    client.get(f"/uk/certificates/{certificate.code}/download/")

    def fail(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr("certificates.issuing.render_certificate_pdf", fail)
    response = client.get(f"/uk/certificates/{certificate.code}/download/")
    assert response.status_code == 200


def test_nobody_else_downloads_a_certificate(client, user, course, django_capture_on_commit_callbacks):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    client.force_login(UserFactory())
    assert client.get(f"/uk/certificates/{certificate.code}/download/").status_code == 404
    client.logout()
    assert client.get(f"/uk/certificates/{certificate.code}/download/").status_code == 302


def test_anyone_verifies_a_code_typed_loosely(client, user, course, django_capture_on_commit_callbacks):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    client.logout()
    typed = certificate.code.lower().replace("-", " ").replace("0", "o")
    response = client.get("/uk/certificates/verify/", {"code": typed}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Дійсний сертифікат" in html
    assert user.full_name_uk in html and user.full_name_latin in html and "Виявлення жертв" in html


@pytest.mark.parametrize("code", ["", "short", "7KQ2MX-9RT4DA-H3VZ8U", "<script>alert(1)</script>"])
def test_malformed_codes_get_a_clear_message(client, site, code):
    response = client.get("/uk/certificates/verify/", {"code": code})
    assert response.status_code in (200, 400)
    if code:
        assert response.status_code == 400
        assert "<script>alert" not in response.content.decode()


def test_unknown_code_is_not_found(client, site):
    response = client.get(f"/uk/certificates/verify/{codes.new_code()}/")
    assert response.status_code == 404
    assert "Сертифіката з таким кодом немає" in response.content.decode()


def test_expired_and_revoked_certificates_say_so(client, admin_user, user, course, django_capture_on_commit_callbacks):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=date.today() - timedelta(days=1))
    assert "Сертифікат прострочений" in client.get(f"/uk/certificates/verify/{certificate.code}/").content.decode()

    client.force_login(admin_user)
    reauthenticate(client, password="password")  # revoking asks for the password again
    edit = f"/admin/snippets/certificates/certificate/edit/{certificate.pk}/"
    refused = client.post(edit, {"revoke": "on", "revoked_reason": ""})
    assert refused.status_code == 200  # the form asks for a reason
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    client.post(edit, {"revoke": "on", "revoked_reason": "Issued in error"})
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None

    client.logout()
    html = client.get(f"/uk/certificates/verify/{certificate.code}/").content.decode()
    assert "Сертифікат відкликано" in html and "Issued in error" in html
    client.force_login(user)
    assert client.get(f"/uk/certificates/{certificate.code}/download/").status_code == 410


def test_only_admins_reach_issued_certificates_in_the_admin(client, user, educator, admin_user, course):
    certificate = CertificateFactory(user=user, course=course)
    edit = f"/admin/snippets/certificates/certificate/edit/{certificate.pk}/"
    sign_in = f"/uk/accounts/login/?next={edit}"
    # Anonymous visitors and learners are sent to sign in; an educator is in the admin but not allowed here.
    for visitor, refused_to in ((None, sign_in), (user, sign_in), (educator, "/admin/")):
        client.logout()
        if visitor:
            client.force_login(visitor)
        response = client.get(edit)
        assert (response.status_code, response["Location"]) == (302, refused_to), visitor
    # An admin (with the second factor staff need) gets in: the edit form of this very certificate.
    client.force_login(admin_user)
    response = client.get(edit)
    assert response.status_code == 200
    html = response.content.decode()
    assert certificate.code in html and 'name="revoke"' in html and 'name="revoked_reason"' in html


def test_verification_is_rate_limited(client, site):
    cache.clear()
    statuses = [client.get(f"/uk/certificates/verify/{codes.new_code()}/").status_code for _ in range(25)]
    assert statuses[:20] == [404] * 20
    assert statuses[-1] == 429


def test_codes_carry_90_random_bits_without_look_alike_characters():
    generated = {codes.new_code() for _ in range(2000)}
    assert len(generated) == 2000
    for code in list(generated)[:50]:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{6}-[0-9A-HJKMNP-TV-Z]{6}-[0-9A-HJKMNP-TV-Z]{6}", code)
    assert len(codes.ALPHABET) ** codes.LENGTH >= 2**80


def test_open_badge_describes_the_course_as_the_achievement(client, user, course, django_capture_on_commit_callbacks):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    client.logout()
    response = client.get(f"/uk/certificates/{certificate.code}/badge.json")
    assert response.status_code == 200
    data = json.loads(response.content)
    assert "OpenBadgeCredential" in data["type"]
    assert "Виявлення жертв" in data["credentialSubject"]["achievement"]["description"]
    assert data["credentialSubject"]["name"] == user.full_name_latin


def test_a_retake_after_expiry_issues_a_new_certificate(client, user, course, django_capture_on_commit_callbacks):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=date.today() - timedelta(days=1))
    second = certificate_issue(enrollment=Enrollment.objects.get(user=user))
    assert second.pk != certificate.pk and second.sequence == 2


def test_the_learner_finds_the_certificate_in_my_learning_and_on_the_course(
    client, user, course, django_capture_on_commit_callbacks
):
    certificate = finish(client, user, course, django_capture_on_commit_callbacks)
    for url in ("/uk/learning/", "/uk/courses/c/"):
        assert f"/uk/certificates/{certificate.code}/download/" in client.get(url).content.decode()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL")
def test_concurrent_completion_events_issue_one_certificate(site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    user = UserFactory()
    enrollment = Enrollment.objects.create(
        user=user, course=course, course_key=course.translation_key, course_title="C", completed_at=timezone.now()
    )
    issued, errors = run_at_once(
        lambda index: certificate_issue(enrollment=Enrollment.objects.get(pk=enrollment.pk)).pk, 8
    )
    assert errors == []
    assert Certificate.objects.filter(user=user).count() == 1
    assert len(set(issued)) == 1
