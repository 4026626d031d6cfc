import pytest

from quizzes import grading
from quizzes.models import QuestionBank
from tests.factories import make_question


@pytest.fixture
def bank(db):
    return QuestionBank.objects.create(name="Bank")


def ids(question, *texts):
    return [option.pk for option in question.options.all() if option.text in texts]


def test_single_choice_scores_the_right_option_only(bank):
    question = make_question(bank, right=["A"], wrong=["B", "C"])
    assert grading.score_question(question, ids(question, "A")) == 1.0
    assert grading.score_question(question, ids(question, "B")) == 0.0
    assert grading.score_question(question, []) == 0.0


def test_multiple_response_gives_partial_credit_and_penalises_wrong_choices(bank):
    question = make_question(bank, qtype="multiple", right=["A", "B"], wrong=["C", "D"])
    assert grading.score_question(question, ids(question, "A", "B")) == 1.0
    assert grading.score_question(question, ids(question, "A")) == 0.5
    assert grading.score_question(question, ids(question, "A", "C")) == 0.0
    assert grading.score_question(question, ids(question, "A", "B", "C", "D")) == 0.0


def test_moodle_percentage_weights_are_honoured(bank):
    question = make_question(bank, qtype="multiple", right=["A", "B"], wrong=["C"])
    weights = {"A": 70, "B": 30, "C": -100}
    for option in question.options.all():
        option.weight = weights[option.text]
        option.save()
    question.refresh_from_db()
    assert grading.score_question(question, ids(question, "A")) == pytest.approx(0.7)
    assert grading.score_question(question, ids(question, "A", "B")) == pytest.approx(1.0)
    assert grading.score_question(question, ids(question, "A", "B", "C")) == 0.0


def test_matching_scores_the_share_of_right_pairs(bank):
    question = make_question(
        bank, qtype="matching", right=(), wrong=(), pairs=[("a", "1"), ("b", "2"), ("c", "3"), ("d", "4")]
    )
    pairs = list(question.pairs.all())
    all_right = {str(pair.pk): pair.pk for pair in pairs}
    assert grading.score_question(question, all_right) == 1.0
    half = dict(all_right)
    half[str(pairs[0].pk)], half[str(pairs[1].pk)] = pairs[1].pk, pairs[0].pk
    assert grading.score_question(question, half) == 0.5


def test_total_is_a_percentage_with_two_decimals():
    assert str(grading.total_percent([1.0, 0.5, 0.0])) == "50.00"
    assert str(grading.total_percent([1 / 3, 1.0])) == "66.67"
    assert str(grading.total_percent([])) == "0"
