"""Moodle's own GIFT examples of the two types Moodle users bring most (short answer, matching with extra wrong
answers) import, export back, and are answered and graded."""

import re
from pathlib import Path

import pytest

from quizzes.formats.base import MATCHING, ParsedOption, ParsedPair
from quizzes.formats.gift import parse_gift
from quizzes.models import Attempt, MatchPair, QuestionBank
from quizzes.types.short_answer import SHORT_ANSWER
from tests.factories import UserFactory, make_course, make_quiz

EXAMPLES = Path(__file__).parent / "data" / "moodle_examples.gift.txt"
GRANT = [ParsedOption("no one", 1.0), ParsedOption("nobody", 1.0)]
GRANT_FEEDBACK = [ParsedOption("no one", 1.0, "excellent answer!"), ParsedOption("nobody", 1.0, "excellent answer!")]
CAPITALS = [("Canada", "Ottawa"), ("Italy", "Rome"), ("Japan", "Tokyo")]
ACTIVITIES = [
    ParsedPair("An activity supporting asynchronous discussions.", "Forum"),
    ParsedPair("A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
    ParsedPair("A bank of record entries which participants can add to.", "Database"),
    ParsedPair("A collection of web pages that anyone can add to or edit.", "Wiki"),
    ParsedPair("", "Chat"),  # matches no item
]


def test_moodles_examples_parse_as_moodle_reads_them():
    result = parse_gift(EXAMPLES.read_text(encoding="utf-8"))

    assert result.errors == [] and result.skipped == []
    read = [(q.line, q.type, q.stem, q.options, q.pairs) for q in result.questions]
    assert read == [
        (7, SHORT_ANSWER, "Who's buried in Grant's tomb?", GRANT, []),
        (9, SHORT_ANSWER, "Two plus two equals _____.", [ParsedOption("four", 1.0), ParsedOption("4", 1.0)], []),
        (13, SHORT_ANSWER, "Who's buried in Grant's tomb?", GRANT_FEEDBACK, []),
        (18, SHORT_ANSWER, "Who's buried in **Grant's tomb**?", GRANT_FEEDBACK, []),
        (
            22,
            SHORT_ANSWER,
            "Jesus Christ was from _____.",
            [
                ParsedOption("Nazareth", 1.0, "Yes! That's right!"),
                ParsedOption("Nazereth", 0.75, "Right, but misspelled."),
                ParsedOption("Bethlehem", 0.25, "He was born here, but not raised here."),
            ],
            [],
        ),
        (
            30,
            MATCHING,
            "Matching Question.",
            [],
            [ParsedPair(f"subquestion{n}", f"subanswer{n}") for n in (1, 2, 3)],
        ),
        (
            36,
            MATCHING,
            "Match the following countries with their corresponding capitals.",
            [],
            [ParsedPair(*pair) for pair in [*CAPITALS, ("India", "New Delhi")]],
        ),
        (
            43,
            MATCHING,
            "Match the following countries with their corresponding\ncapitals.",
            [],
            [ParsedPair(*pair) for pair in CAPITALS],
        ),
        (47, MATCHING, "Match the activity to the description.", [], ACTIVITIES),
    ]
    assert result.questions[4].name == "Jesus' hometown (Short answer ex.)"


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)


@pytest.fixture
def imported(client, admin_user, course):
    """Moodle's examples imported through the admin (preview, then confirm) into a bank of the course."""
    bank = QuestionBank.objects.create(name="Moodle", course=course)
    client.force_login(admin_user)
    with open(EXAMPLES, "rb") as handle:
        preview = client.post(
            "/admin/quizzes/import/", {"bank": bank.pk, "language": "en", "format": "gift", "file": handle}
        )
    assert preview.status_code == 200
    assert "short_answer: 5" in preview.content.decode() and "matching: 4" in preview.content.decode()
    confirmed = client.post(
        "/admin/quizzes/import/",
        {
            "bank": bank.pk,
            "language": "en",
            "format": "gift",
            "text": preview.context["form"].data["text"],
            "confirm": "1",
        },
    )
    assert confirmed.status_code == 302
    client.logout()
    return bank


def test_the_examples_import_with_weights_and_distractors_and_export_back(client, admin_user, imported):
    hometown = imported.questions.get(name="Jesus' hometown (Short answer ex.)")
    assert hometown.qtype == SHORT_ANSWER
    assert [(o.text, int(o.weight), o.is_correct) for o in hometown.options.all()] == [
        ("Nazareth", 100, True),
        ("Nazereth", 75, True),
        ("Bethlehem", 25, True),
    ]
    activities = imported.questions.get(name="Moodle activities")
    assert [(pair.left, pair.right) for pair in activities.pairs.all()][-1] == ("", "Chat")

    client.force_login(admin_user)
    exported = client.get(f"/admin/quizzes/banks/{imported.pk}/export/?language=en").content.decode()
    assert "\t= -> Chat\n" in exported and "\t=%75%Nazereth#Right, but misspelled.\n" in exported
    again = parse_gift(exported)
    assert again.ok and again.skipped == []
    assert [(q.type, q.options, q.pairs) for q in again.questions] == [
        (q.type, q.options, q.pairs) for q in parse_gift(EXAMPLES.read_text(encoding="utf-8")).questions
    ]


def test_a_learner_answers_the_examples_and_the_distractor_is_offered_but_never_right(client, course, imported):
    quiz = make_quiz(course, imported, count=9, feedback_mode="always")
    user = UserFactory()
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))
    page = client.get(f"/uk/learning/attempts/{attempt.pk}/").content.decode()
    activities = next(entry for entry in attempt.draw if entry.get("right") and len(entry["right"]) == 5)
    assert len(activities["left"]) == 4  # the distractor is an answer, not an item
    assert ">Chat</option>" in page

    typed = {"Two plus two": " FOUR ", "Jesus": "nazereth", "Grant": "No   one"}
    data = {}
    for entry in attempt.draw:
        question = imported.questions.get(pk=entry["question"])
        if entry["type"] == SHORT_ANSWER:
            data[f"q{question.pk}"] = next(text for start, text in typed.items() if start in question.stem)
            continue
        pairs = {pair.pk: pair for pair in MatchPair.objects.filter(question=question)}
        token_of = {pairs[pk].right: token for pk, token in zip(entry["right"], entry["right_tokens"], strict=True)}
        for pk, token in zip(entry["left"], entry["left_tokens"], strict=True):
            # The activities question: the first item is given the distractor, every other one its answer.
            wrong = question.name == "Moodle activities" and pk == entry["left"][0]
            data[f"q{question.pk}-{token}"] = token_of["Chat" if wrong else pairs[pk].right]
    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", data)

    assert response.status_code == 302
    attempt.refresh_from_db()
    scores = sorted(result["score"] for result in attempt.results)
    assert scores == [0.75, 0.75, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]  # Nazereth 75%, one activity of four wrong
    review = client.get(f"/uk/learning/attempts/{attempt.pk}/result/").content.decode()
    assert "An activity supporting asynchronous discussions. → Forum" in review
