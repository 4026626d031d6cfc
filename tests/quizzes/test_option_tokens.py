"""The attempt page names options by random tokens of the attempt, never by database ids, so the HTML does not
give the right answer (or a matching pair) away."""

import re

import pytest

from quizzes.attempting import model_answers
from quizzes.models import Attempt, MatchPair, Option, QuestionBank
from tests.factories import UserFactory, make_course, make_question, make_quiz


@pytest.fixture
def quiz(site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="single", right=["Document retention"], wrong=["Working abroad", "A visa"])
    make_question(bank, qtype="multiple", name="multi", right=["Debt bondage", "Overtime"], wrong=["A contract"])
    make_question(bank, qtype="true_false", name="tf", right=["False"], wrong=["True"])
    make_question(
        bank,
        qtype="matching",
        name="match",
        right=(),
        wrong=(),
        pairs=[("CETS Art. 13", "30 days"), ("CETS Art. 27", "No complaint"), ("ILO No. 29", "Penalty")],
    )
    return make_quiz(course, bank, slug="final", count=4)


def start(client, quiz):
    learner = UserFactory()
    client.force_login(learner)
    client.post(f"/uk/learning/courses/{quiz.get_course().pk}/enrol/")
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))
    return attempt, client.get(f"/uk/learning/attempts/{attempt.pk}/").content.decode()


def option_values(html):
    form = html[html.index('<form method="post" action="/uk/learning/attempts/') :]
    choices = re.findall(r'<input[^>]*name="q[^"]*"[^>]*\bvalue="([^"]*)"', form)
    return choices + [value for value in re.findall(r'<option value="([^"]*)"', form) if value]


def field_names(html):
    return set(re.findall(r'name="(q[^"]+)"', html))


def test_no_option_value_or_field_name_is_a_database_id(client, quiz):
    attempt, html = start(client, quiz)
    values = option_values(html)
    ids = {str(pk) for pk in Option.objects.values_list("pk", flat=True)}
    ids |= {str(pk) for pk in MatchPair.objects.values_list("pk", flat=True)}
    assert len(values) == 3 + 3 + 2 + 3 * 3  # every choice of every question, each select's three choices
    assert not ids & set(values)
    assert all(re.fullmatch(r"[0-9a-f]{16}", value) for value in values)
    # A matching select is named by a token too, and no right-hand choice shares a token with its left item.
    pair_ids = {str(pk) for pk in MatchPair.objects.values_list("pk", flat=True)}
    for name in field_names(html):
        assert name.split("-")[-1] not in pair_ids
    match = next(entry for entry in attempt.draw if entry["type"] == "matching")
    assert not set(match["left_tokens"]) & set(match["right_tokens"])


def test_two_attempts_get_different_tokens(client, quiz):
    _, first = start(client, quiz)
    _, second = start(client, quiz)
    assert not set(option_values(first)) & set(option_values(second))


def test_grading_by_token_works_both_ways(client, quiz):
    attempt, _ = start(client, quiz)
    client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", model_answers(attempt, right=False))
    attempt.refresh_from_db()
    assert attempt.score == 0
    second, _ = start(client, quiz)
    client.post(f"/uk/learning/attempts/{second.pk}/submit/", model_answers(second))
    second.refresh_from_db()
    assert second.score == 100
    # Stored answers are ids again, for the review and the item analysis.
    single = next(entry for entry in second.draw if entry["type"] == "single")
    right = Option.objects.get(question_id=single["question"], is_correct=True)
    assert second.answers[str(single["question"])] == [right.pk]


@pytest.mark.parametrize("tamper", ["option_id", "other_attempts_token", "unknown_token", "left_as_right"])
def test_an_unknown_or_tampered_token_is_a_400_and_nothing_is_recorded(client, quiz, tamper):
    other, _ = start(client, quiz)
    attempt, _ = start(client, quiz)
    data = model_answers(attempt)
    single = next(entry for entry in attempt.draw if entry["type"] == "single")
    match = next(entry for entry in attempt.draw if entry["type"] == "matching")
    if tamper == "option_id":
        data[f"q{single['question']}"] = [str(single["options"][0])]
    elif tamper == "other_attempts_token":
        theirs = next(entry for entry in other.draw if entry["question"] == single["question"])
        data[f"q{single['question']}"] = [theirs["tokens"][0]]
    elif tamper == "unknown_token":
        data[f"q{single['question']}"] = ["0123456789abcdef"]
    elif tamper == "left_as_right":
        data[f"q{match['question']}-{match['left_tokens'][0]}"] = [match["left_tokens"][0]]
    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", data)
    assert response.status_code == 400
    assert "Відповідь не є одним із запропонованих варіантів" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers is None and attempt.score is None


def test_a_refused_submission_keeps_the_matches_and_choices_given(client, quiz):
    attempt, _ = start(client, quiz)
    data = model_answers(attempt)
    match = next(entry for entry in attempt.draw if entry["type"] == "matching")
    chosen = {key: values[0] for key, values in data.items() if key.startswith(f"q{match['question']}-")}
    single = next(entry for entry in attempt.draw if entry["type"] == "single")
    del data[f"q{single['question']}"]  # one question left unanswered: refused
    html = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", data).content.decode()
    assert "Дайте відповідь на кожне запитання" in html
    for name, token in chosen.items():
        select = re.search(rf'<select id="{name}".*?</select>', html, re.S).group(0)
        assert re.search(rf'<option value="{token}" selected>', select), name
    multi = next(entry for entry in attempt.draw if entry["type"] == "multiple")
    for token in data[f"q{multi['question']}"]:
        assert re.search(rf'value="{token}" checked', html)
