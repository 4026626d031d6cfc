"""Which template a course's certificate uses and how long it is valid: the certificates app's CourseCertificate,
set on the course page's edit screen by whoever edits the course."""

from datetime import date

import pytest

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from certificates.issuing import add_months, certificate_issue, default_template
from certificates.models import Certificate, CertificateTemplate, CourseCertificate
from courses.models import CoursePage, Enrollment, LessonPage
from tests.factories import UserFactory, make_course


@pytest.fixture
def template(db):
    return CertificateTemplate.objects.create(
        name="Border guards",
        organisation_uk="Державна прикордонна служба",
        organisation_en="State Border Guard Service",
        signatory_name="Ivan Petrenko",
        signatory_title_uk="Начальник навчального центру",
        signatory_title_en="Head of the Training Centre",
    )


def finish(client, course, capture):
    learner = UserFactory()
    client.force_login(learner)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    with capture(execute=True):
        for lesson in LessonPage.objects.descendant_of(course):
            client.post(f"/uk/learning/lessons/{lesson.pk}/complete/")
    return Certificate.objects.get(user=learner)


def test_a_course_without_a_choice_gets_the_default_template_and_no_expiry(
    client, site, django_capture_on_commit_callbacks
):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    assert not CourseCertificate.objects.filter(course=course).exists()
    certificate = finish(client, course, django_capture_on_commit_callbacks)
    assert certificate.template == default_template() and certificate.expires_on is None


def test_the_courses_chosen_template_and_validity_are_used_when_issuing(
    client, site, template, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    CourseCertificate.objects.create(course=course, template=template, validity_months=18)
    certificate = finish(client, course, django_capture_on_commit_callbacks)
    assert certificate.template == template
    assert (certificate.organisation_en, certificate.signatory_name) == ("State Border Guard Service", "Ivan Petrenko")
    assert certificate.expires_on == add_months(certificate.completed_on, 18)

    # After expiry a retake is issued again from the choice, read in one query (the template with it).
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=date(2000, 1, 1))
    enrollment = Enrollment.objects.get(pk=certificate.enrollment_id)
    with django_assert_max_num_queries(20) as queries:
        again = certificate_issue(enrollment=enrollment)
    assert again.sequence == 2 and again.template == template
    choice_reads = [q["sql"] for q in queries.captured_queries if "certificates_coursecertificate" in q["sql"]]
    assert len(choice_reads) == 1 and "certificates_certificatetemplate" in choice_reads[0]


def course_form(course, action, initial=0, **certificate):
    return nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "summary": course.summary,
            "estimated_hours": "3",
            "objectives": streamfield([]),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "certificate_settings": inline_formset([certificate], initial=initial, min=1, max=1),
            action: "1",
        }
    )


def test_a_course_editor_sets_the_template_and_validity_on_the_course_page(client, moderator, site, template):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    client.force_login(moderator)
    edit = f"/admin/pages/{course.pk}/edit/"
    html = client.get(edit).content.decode()
    assert 'name="certificate_settings-0-template"' in html and 'name="certificate_settings-0-validity_months"' in html

    response = client.post(edit, course_form(course, "action-publish", template=str(template.pk), validity_months="12"))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    choice = CourseCertificate.objects.get(course=course)
    assert (choice.template, choice.validity_months) == (template, 12)

    # Editing again changes the same choice (one per course), and an empty template means the default one.
    response = client.post(
        edit, course_form(course, "action-publish", initial=1, id=str(choice.pk), template="", validity_months="0")
    )
    assert response.status_code == 302
    assert list(CourseCertificate.objects.filter(course=course).values_list("pk", "template", "validity_months")) == [
        (choice.pk, None, 0)
    ]
    assert CoursePage.objects.get(pk=course.pk).estimated_hours == 3


def test_an_educator_sees_the_choice_on_a_course_in_their_section(client, educator, site):
    course = make_course(site["school"]["uk"], slug="teens", modules=1, lessons=1, audiences=["schools"])
    client.force_login(educator)
    html = client.get(f"/admin/pages/{course.pk}/edit/").content.decode()
    assert 'name="certificate_settings-0-template"' in html
