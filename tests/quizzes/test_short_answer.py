"""Short answer: what counts as the accepted answer (case, spaces, apostrophes, look-alike letters, weights), and a
learner's whole journey through HTTP."""

import re

import pytest

from quizzes import grading
from quizzes.models import Attempt, QuestionBank
from tests.factories import UserFactory, make_course, make_quiz
from tests.quizzes.factories_types import make_short_answer


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)


@pytest.fixture
def bank(course):
    return QuestionBank.objects.create(name="Bank", course=course)


KYIV = [("Kyiv", 100, "Yes.")]
FIVE = [("п’ять", 100, "Так.")]
PALERMO = [("Палермський протокол", 100, "")]
BAT = [("BAT", 100, "")]
CETS = [("CETS", 100, "")]
HOMETOWN = [
    ("Nazareth", 100, "Right."),
    ("Nazereth", 75, "Misspelled."),
    ("Bethlehem", 25, "Born there."),
    ("Rome", 0, "No."),
]
GRANT = [("*Grant*", 100, "")]


@pytest.mark.parametrize(
    ("accepted", "settings", "given", "score"),
    [
        (KYIV, {}, "Kyiv", 1.0),
        (KYIV, {}, "  kyiv \n", 1.0),  # spaces trimmed, case ignored
        (KYIV, {}, "KYIV", 1.0),
        (KYIV, {"case_sensitive": True}, "KYIV", 0.0),
        (KYIV, {"case_sensitive": True}, " Kyiv ", 1.0),
        (KYIV, {}, "Kiev", 0.0),
        (KYIV, {}, "", 0.0),
        (FIVE, {}, "п'ять", 1.0),  # every apostrophe variant is one apostrophe
        (FIVE, {}, "пʼять", 1.0),
        (FIVE, {}, "П`ЯТЬ", 1.0),
        (FIVE, {}, "пять", 0.0),
        (PALERMO, {}, "палермський\t\tпротокол", 1.0),  # runs of spaces are one space
        (PALERMO, {}, "палермськийпротокол", 0.0),
        (CETS, {}, "СЕТS", 1.0),  # Cyrillic С, Е, Т typed for the Latin letters
        (CETS, {"lookalike_letters": False}, "СЕТS", 0.0),
        (BAT, {}, "ВАТ", 1.0),  # Cyrillic capitals that look like B, A, T
        (BAT, {}, "ват", 1.0),  # case ignored: "в" is "В", which looks like "B"
        ([("bat", 100, "")], {"case_sensitive": True}, "ват", 0.0),  # case kept: Cyrillic "в" does not look like "b"
        ([("так", 100, "")], {}, "ТАК", 1.0),
        (BAT, {"case_sensitive": True}, "ВАТ", 1.0),
        (HOMETOWN, {}, "nazareth", 1.0),
        (HOMETOWN, {}, "Nazereth", 0.75),
        (HOMETOWN, {}, "Bethlehem", 0.25),
        (HOMETOWN, {}, "Rome", 0.0),
        (GRANT, {}, "Ulysses S. Grant", 1.0),  # '*' stands for any text
        (GRANT, {}, "Sherman", 0.0),
    ],
)
def test_what_counts_as_an_accepted_answer(bank, accepted, settings, given, score):
    question = make_short_answer(bank, accepted=accepted, settings=settings)

    assert grading.score_question(question, given) == pytest.approx(score)


@pytest.fixture
def learner(client, course):
    user = UserFactory()
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    return user


def start(client, quiz):
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    assert response.status_code == 302
    return Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))


def test_a_learner_types_an_answer_and_sees_the_accepted_ones_in_the_review(client, course, bank, learner):
    question = make_short_answer(bank, accepted=HOMETOWN)
    quiz = make_quiz(course, bank, count=1, feedback_mode="always", pass_mark=50)
    attempt = start(client, quiz)

    page = client.get(f"/uk/learning/attempts/{attempt.pk}/").content.decode()
    assert f'<input type="text" id="q{question.pk}-text" name="q{question.pk}" value=""' in page
    assert "Nazareth" not in page  # the accepted answers are not on the page
    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", {f"q{question.pk}": "  NAZERETH "})

    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.answers == {str(question.pk): "NAZERETH"}
    assert attempt.score == 75 and attempt.passed
    review = client.get(f"/uk/learning/attempts/{attempt.pk}/result/").content.decode()
    assert "NAZERETH" in review and "Misspelled." in review
    assert "Nazareth; Nazereth (75%); Bethlehem (25%)" in review


@pytest.mark.parametrize(
    "data",
    [
        {"text": ["a", "b"]},  # two answers to one question
        {"text": "x" * 301},  # longer than the field allows
        {"text": "Kyiv\x07"},  # a control character
    ],
)
def test_a_tampered_short_answer_is_refused_and_nothing_is_stored(client, course, bank, learner, data):
    question = make_short_answer(bank, accepted=KYIV)
    quiz = make_quiz(course, bank, count=1)
    attempt = start(client, quiz)

    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", {f"q{question.pk}": data["text"]})

    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers is None and attempt.score is None
