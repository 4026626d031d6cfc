"""Every question type through one attempt: a refused submission shows every answer again as the learner gave it,
the editor offers each type's options, and attempts stored before the types were objects still show and grade."""

import re
from datetime import timedelta

import pytest

from django.utils import timezone

from quizzes.attempting import model_answers
from quizzes.models import Attempt, Question, QuestionBank
from quizzes.types import registry
from tests.factories import UserFactory, make_course, make_question, make_quiz
from tests.quizzes.factories_types import make_matching, make_short_answer


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)


@pytest.fixture
def quiz(course):
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="single", right=["Document retention"], wrong=["Working abroad"])
    make_question(bank, qtype="multiple", name="multi", right=["Debt bondage", "Overtime"], wrong=["A contract"])
    make_question(bank, qtype="true_false", name="tf", right=["False"], wrong=["True"])
    make_matching(
        bank, pairs=[("CETS Art. 13", "30 days"), ("CETS Art. 27", "No complaint")], distractors=["90 days", "Never"]
    )
    make_short_answer(bank, accepted=[("527", 100, "The national hotline.")])
    return make_quiz(course, bank, slug="final", count=5, feedback_mode="always")


def start(client, quiz):
    client.force_login(UserFactory())
    client.post(f"/uk/learning/courses/{quiz.get_course().pk}/enrol/")
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    return Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))


def entry_of(attempt, qtype):
    return next(entry for entry in attempt.draw if entry["type"] == qtype)


def assert_shown_again(html, attempt, data, *, leave_out):
    """Every answer in ``data`` except those of the question ``leave_out`` is on the page as given."""
    for entry in attempt.draw:
        if entry["type"] == leave_out:
            continue
        for name, values in data.items():
            if not name.startswith(f"q{entry['question']}"):
                continue
            if entry["type"] == "matching":
                select = re.search(rf'<select id="{name}".*?</select>', html, re.S).group(0)
                assert re.search(rf'<option value="{values[0]}" selected>', select), name
            elif entry["type"] == "short_answer":
                assert f'name="{name}" value="{values[0]}"' in html
            else:
                for token in values:
                    assert re.search(rf'name="{name}" value="{token}" checked', html), name


@pytest.mark.parametrize("leave_out", ["single", "matching", "short_answer"])
def test_a_refused_submission_shows_every_answer_again_as_given(client, quiz, leave_out):
    attempt = start(client, quiz)
    data = model_answers(attempt)
    data[f"q{entry_of(attempt, 'short_answer')['question']}"] = ["  527 "]
    given = {name: list(values) for name, values in data.items()}
    left_out = entry_of(attempt, leave_out)
    for name in [name for name in data if name.startswith(f"q{left_out['question']}")][:1]:
        del data[name]  # one answer missing (for matching: one item of two): refused

    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", data)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Дайте відповідь на кожне запитання" in html
    given[f"q{entry_of(attempt, 'short_answer')['question']}"] = ["527"]  # shown trimmed
    assert_shown_again(html, attempt, {name: given[name] for name in data}, leave_out=None)
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers is None


def test_answers_sent_after_the_time_limit_are_shown_but_not_accepted(client, quiz):
    quiz.time_limit_minutes = 5
    quiz.save_revision().publish()
    attempt = start(client, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=2))
    data = model_answers(attempt)

    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", data)

    assert response.status_code == 403
    html = response.content.decode()
    assert "Час на цю спробу минув" in html
    assert_shown_again(html, attempt, data, leave_out=None)
    form = re.search(r'<form method="post" action="/uk/learning/attempts/.*?</form>', html, re.S).group(0)
    assert form.count(" disabled>") == 5 and 'type="submit"' not in form
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_every_type_grades_right_and_wrong_answers_and_reviews_them(client, quiz):
    attempt = start(client, quiz)
    assert client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", model_answers(attempt)).status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100
    second = start(client, quiz)
    client.post(f"/uk/learning/attempts/{second.pk}/submit/", model_answers(second, right=False))
    second.refresh_from_db()
    assert second.score == 0
    review = client.get(f"/uk/learning/attempts/{second.pk}/result/").content.decode()
    assert "CETS Art. 13 → 30 days" in review and "527" in review


def test_the_distractors_are_offered_once_among_the_answers(client, quiz):
    attempt = start(client, quiz)
    match = entry_of(attempt, "matching")
    assert len(match["left"]) == 2 and len(match["right"]) == 4
    html = client.get(f"/uk/learning/attempts/{attempt.pk}/").content.decode()
    for name in (f"q{match['question']}-{token}" for token in match["left_tokens"]):
        select = re.search(rf'<select id="{name}".*?</select>', html, re.S).group(0)
        assert [text for text in re.findall(r">([^<]+)</option>", select) if text != "—"] != []
        assert sorted(re.findall(r'<option value="[0-9a-f]{16}">([^<]+)</option>', select)) == [
            "30 days",
            "90 days",
            "Never",
            "No complaint",
        ]


def test_an_attempt_stored_before_tokens_and_type_objects_still_shows_its_review(client, quiz):
    """A draw and answers in the first stored form (no tokens; matching offered every pair) keep their result."""
    attempt = start(client, quiz)
    single = Question.objects.get(name="single")
    match = Question.objects.get(qtype="matching")
    pairs = [pair.pk for pair in match.pairs.all() if pair.left]
    right = next(option.pk for option in single.options.all() if option.is_correct)
    Attempt.objects.filter(pk=attempt.pk).update(
        draw=[
            {"question": single.pk, "type": "single", "options": [o.pk for o in single.options.all()]},
            {"question": match.pk, "type": "matching", "left": pairs, "right": pairs[::-1]},
        ],
        answers={str(single.pk): [right], str(match.pk): {str(pk): pk for pk in pairs}},
        results=[{"question": single.pk, "score": 1.0}, {"question": match.pk, "score": 1.0}],
        score=100,
        passed=True,
        submitted_at=timezone.now(),
    )

    html = client.get(f"/uk/learning/attempts/{attempt.pk}/result/").content.decode()

    assert "Document retention" in html and "CETS Art. 27 → No complaint" in html
    assert html.count("is-right") >= 3


def test_the_question_editor_offers_every_type_and_keeps_the_short_answer_options(client, admin_user, quiz):
    client.force_login(admin_user)
    question = Question.objects.get(qtype="short_answer")
    page = client.get(f"/admin/snippets/quizzes/question/edit/{question.pk}/").content.decode()
    for code, _label in registry.choices():
        assert f'<option value="{code}"' in page
    assert re.search(r'<input type="checkbox" name="lookalike_letters"[^>]*checked', page)
    assert not re.search(r'<input type="checkbox" name="case_sensitive"[^>]*checked', page)

    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    option = question.options.get()
    response = client.post(
        f"/admin/snippets/quizzes/question/edit/{question.pk}/",
        nested_form_data(
            {
                "bank": question.bank_id,
                "qtype": "short_answer",
                "name": question.name,
                "category": question.category,
                "tags": "",
                "scenario": "",
                "stem": question.stem,
                "explanation": question.explanation,
                "source": question.source,
                "case_sensitive": "on",
                "options": inline_formset(
                    [{"id": option.pk, "text": "Kyiv", "is_correct": "on", "weight": "", "feedback": "", "ORDER": 1}],
                    initial=1,
                ),
                "pairs": inline_formset([]),
                "action-publish": "1",
            }
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    question.refresh_from_db()
    assert question.settings == {"case_sensitive": True, "lookalike_letters": False}
    from quizzes import grading

    assert grading.score_question(question, "Kyiv") == 1.0
    assert grading.score_question(question, "kyiv") == 0.0
