"""Educators work on the questions of their own section's courses only, and their changes reach learners only
once a moderator approves them; an attempt keeps the version of each question it drew."""

import re

import pytest

from wagtail.models import TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from quizzes.models import Attempt, Question, QuestionBank
from tests.factories import UserFactory, make_course, make_question, make_quiz

ADMIN = "/admin/snippets/quizzes/question"


@pytest.fixture
def school(site):
    """A course in the school section, where educators are granted page permissions, with its bank and quiz."""
    course = make_course(site["school"]["uk"], slug="teens", modules=1, lessons=1, audiences=["schools"])
    bank = QuestionBank.objects.create(name="Teens-bank", course=course)
    question = make_question(bank, name="recruiters", right=["A stranger online"], wrong=["A teacher"])
    quiz = make_quiz(course, bank, slug="check", count=1)
    return course, bank, question, quiz


@pytest.fixture
def nrm(site):
    """A course outside the educators' section (the NRM course) and its bank."""
    course = make_course(site["catalogue"]["uk"], slug="nrm", modules=1, lessons=1)
    bank = QuestionBank.objects.create(name="NRM-bank", course=course)
    question = make_question(bank, name="Presumption-of-status", right=["Presumed victim"], wrong=["Offender"])
    return course, bank, question


def refused(response):
    """Wagtail's answer to a refused admin request: back to the dashboard (or a plain 403/404)."""
    return response.status_code in (403, 404) or (response.status_code == 302 and response["Location"] == "/admin/")


def question_form(question, *, stem, correct, action=None):
    """The snippet edit form of a single-choice question, with ``correct`` the index of the right option."""
    options = list(question.options.all())
    data = {
        "bank": question.bank_id,
        "qtype": question.qtype,
        "name": question.name,
        "category": question.category,
        "tags": "",
        "scenario": "",
        "stem": stem,
        "explanation": question.explanation,
        "options": inline_formset(
            [
                {
                    "id": option.pk,
                    "text": option.text,
                    **({"is_correct": "on"} if index == correct else {}),
                    "weight": "",
                    "feedback": option.feedback,
                    "ORDER": index + 1,
                }
                for index, option in enumerate(options)
            ],
            initial=len(options),
        ),
        "pairs": inline_formset([]),
    }
    if action:
        data[action] = "1"
    return nested_form_data(data)


def test_an_educator_cannot_open_edit_export_or_import_another_courses_bank(client, educator, school, nrm):
    _course, other_bank, other_question = nrm
    client.force_login(educator)
    for view in ("edit", "history", "usage", "delete", "workflow_history"):
        assert refused(client.get(f"{ADMIN}/{view}/{other_question.pk}/")), view
    changed = client.post(
        f"{ADMIN}/edit/{other_question.pk}/", question_form(other_question, stem="Changed", correct=1)
    )
    assert refused(changed)
    assert refused(client.get(f"/admin/quizzes/banks/{other_bank.pk}/export/?language=uk"))
    imported = client.post(
        "/admin/quizzes/import/",
        {"bank": other_bank.pk, "language": "uk", "format": "aiken", "text": "Q?\nA. a\nB. b\nANSWER: A\n"},
    )
    assert refused(imported)
    assert other_bank.questions.count() == 1
    other_question.refresh_from_db()
    assert other_question.stem == "Stem of Presumption-of-status"
    assert other_question.options.get(is_correct=True).text == "Presumed victim"
    # The lists show their own bank only.
    listing = client.get(f"{ADMIN}/").content.decode()
    assert "recruiters" in listing and "Presumption-of-status" not in listing
    banks = client.get("/admin/snippets/quizzes/questionbank/").content.decode()
    assert "Teens-bank" in banks and "NRM-bank" not in banks
    import_page = client.get("/admin/quizzes/import/").content.decode()
    assert f"/admin/quizzes/banks/{other_bank.pk}/export/" not in import_page
    # The bank chooser (the quiz page's bank field) offers their own bank only.
    chooser = client.get("/admin/snippets/choose/quizzes/questionbank/").content.decode()
    assert "Teens-bank" in chooser and "NRM-bank" not in chooser
    assert client.get(f"/admin/snippets/choose/quizzes/questionbank/chosen/{other_bank.pk}/").status_code != 200


def test_an_educator_works_on_their_own_sections_bank(client, educator, school):
    _course, bank, question, _quiz = school
    client.force_login(educator)
    assert client.get(f"{ADMIN}/edit/{question.pk}/").status_code == 200
    assert client.get(f"/admin/quizzes/banks/{bank.pk}/export/?language=uk").status_code == 200
    imported = client.post(
        "/admin/quizzes/import/",
        {"bank": bank.pk, "language": "uk", "format": "aiken", "text": "Q?\nA. a\nB. b\nANSWER: A\n", "confirm": "1"},
    )
    assert imported.status_code == 302
    new = bank.questions.exclude(pk=question.pk).get()
    assert not new.live  # an educator's import waits for a moderator like their edits


def test_an_educator_cannot_move_a_question_into_another_courses_bank(client, educator, school, nrm):
    question = school[2]
    client.force_login(educator)
    data = question_form(question, stem="Moved", correct=0)
    data["bank"] = nrm[1].pk
    response = client.post(f"{ADMIN}/edit/{question.pk}/", data)
    assert response.status_code == 200  # the form again, with the error
    question.refresh_from_db()
    assert question.bank_id == school[1].pk
    assert "Moved" not in str(question.latest_revision.content if question.latest_revision else "")


def learner_page(client, learner, quiz):
    client.force_login(learner)
    client.post(f"/uk/learning/courses/{quiz.get_course().pk}/enrol/")
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))
    return attempt, client.get(f"/uk/learning/attempts/{attempt.pk}/").content.decode()


def test_an_educators_edit_reaches_learners_only_once_a_moderator_approves(client, educator, moderator, school):
    from quizzes.attempting import model_answers

    course, _bank, question, quiz = school
    learner = UserFactory()
    # A learner starts before any change: right is "A stranger online".
    before, html = learner_page(client, learner, quiz)
    assert "Stem of recruiters" in html
    right_before = model_answers(before)

    # The educator rewrites the question and moves the right answer, and submits it for review.
    client.force_login(educator)
    response = client.post(
        f"{ADMIN}/edit/{question.pk}/",
        question_form(question, stem="Who recruits online?", correct=1, action="action-submit"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    question.refresh_from_db()
    assert question.live and question.has_unpublished_changes
    assert question.stem == "Stem of recruiters"  # the live question is unchanged
    assert question.workflow_in_progress

    # Learners still get the published text.
    _, html = learner_page(client, UserFactory(), quiz)
    assert "Stem of recruiters" in html and "Who recruits online?" not in html

    # The educator cannot approve their own change; a moderator can.
    task_state = TaskState.objects.get(workflow_state__object_id=str(question.pk), status="in_progress")
    approve = f"{ADMIN}/workflow/action/{question.pk}/approve/{task_state.pk}/"
    client.force_login(educator)
    client.post(approve, {"comment": ""})
    question.refresh_from_db()
    assert question.stem == "Stem of recruiters"
    client.force_login(moderator)
    response = client.post(approve, {"comment": "Checked"})
    assert response.status_code in (200, 302)
    question.refresh_from_db()
    assert question.stem == "Who recruits online?"
    assert question.options.get(is_correct=True).text == "A teacher"

    # New attempts get the new text.
    _, html = learner_page(client, UserFactory(), quiz)
    assert "Who recruits online?" in html
    # The attempt started before is shown and graded as drawn: its right answer is still right.
    client.force_login(learner)
    assert "Stem of recruiters" in client.get(f"/uk/learning/attempts/{before.pk}/").content.decode()
    client.post(f"/uk/learning/attempts/{before.pk}/submit/", right_before)
    before.refresh_from_db()
    assert before.score == 100


def test_a_draft_question_is_not_drawn(client, school):
    course, bank, question, quiz = school
    Question.objects.filter(pk=question.pk).update(live=False)
    learner = UserFactory()
    client.force_login(learner)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/", follow=True)
    assert "У цьому тесті ще немає запитань" in response.content.decode() or not Attempt.objects.exists()


def test_moderators_work_on_every_bank(client, moderator, school, nrm):
    client.force_login(moderator)
    assert client.get(f"{ADMIN}/edit/{nrm[2].pk}/").status_code == 200
    assert client.get(f"/admin/quizzes/banks/{nrm[1].pk}/export/?language=uk").status_code == 200
    listing = client.get(f"{ADMIN}/").content.decode()
    assert "recruiters" in listing and "Presumption-of-status" in listing
