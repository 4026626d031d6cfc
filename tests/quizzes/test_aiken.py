"""Aiken import: plain functions, no database."""

from pathlib import Path

import pytest

from quizzes.formats.aiken import parse_aiken
from quizzes.formats.base import SINGLE, ParsedOption, ParsedQuestion

DATA = Path(__file__).parent / "data"


def problems(items):
    return [(item.line, item.name, item.reason) for item in items]


def test_bank_with_bom_and_crlf():
    raw = (DATA / "bank.aiken.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # the sample is what Windows Notepad saves

    result = parse_aiken(raw.decode("utf-8"))

    assert result.ok and result.skipped == []
    assert result.questions == [
        ParsedQuestion(
            line=1,
            type=SINGLE,
            name="Яка ознака найчастіше вказує на трудову експлуатацію?",
            stem="Яка ознака найчастіше вказує на трудову експлуатацію?",
            options=[
                ParsedOption("Роботодавець зберігає паспорт працівника", 1.0),
                ParsedOption("Письмовий договір українською мовою", 0.0),
                ParsedOption("Оплачувана відпустка", 0.0),
            ],
        ),
        ParsedQuestion(
            line=7,
            type=SINGLE,
            name="Which document may an employer keep when the worker agrees in writing?",
            stem="Which document may an employer keep\nwhen the worker agrees in writing?",
            options=[
                ParsedOption("None: documents stay with the worker", 1.0),
                ParsedOption("The passport", 0.0),
                ParsedOption("The residence permit", 0.0),
            ],
        ),
        ParsedQuestion(
            line=14,
            type=SINGLE,
            name="Куди звертатися по допомогу?",
            stem="Куди звертатися по допомогу?",
            options=[ParsedOption("527", 1.0), ParsedOption("Нікуди", 0.0)],
        ),
    ]


def test_malformed_file_lists_every_bad_question():
    result = parse_aiken((DATA / "malformed.aiken.txt").read_text(encoding="utf-8"))

    assert not result.ok
    assert [(question.line, question.name) for question in result.questions] == [(22, "A good one")]
    assert problems(result.errors) == [
        (1, "Question without options", "question without options (A. ..., B. ...) (line 2)"),
        (4, "Only one option", "a question needs at least 2 options, found 1 (line 6)"),
        (8, "No answer line", "missing 'ANSWER:' line after option 'B' (line 10)"),
        (12, "Answer not among options", "ANSWER letter 'C' is not among the options A-B (line 15)"),
        (17, "Letters out of order", "option letters out of order: expected 'B', found 'C' (line 19)"),
        (27, "An empty option", "option 'B' has no text (line 29)"),
        (32, "Answer is not a letter", "'ANSWER:' must give one option letter, not '2' (line 35)"),
    ]


def test_questions_without_blank_lines_and_both_option_styles():
    result = parse_aiken("Q1\nA) x\nB. y\nANSWER: B\nQ2\nA. one\nB) two\nC) three\nANSWER:C\n")

    assert result.errors == []
    assert [(q.line, q.stem, [o.weight for o in q.options]) for q in result.questions] == [
        (1, "Q1", [0.0, 1.0]),
        (5, "Q2", [0.0, 0.0, 1.0]),
    ]


def test_answer_letter_may_be_lower_case_and_spaced():
    result = parse_aiken("Q\nA. x\nB. y\nANSWER:   b  \n")

    assert result.errors == []
    assert [option.weight for option in result.questions[0].options] == [0.0, 1.0]


def test_blank_line_between_stem_and_options_is_allowed():
    result = parse_aiken("Q\n\nA. x\n\nB. y\nANSWER: A\n")

    assert result.errors == []
    assert result.questions[0].options == [ParsedOption("x", 1.0), ParsedOption("y", 0.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q\nA. x\nB. y", [(1, "Q", "missing 'ANSWER:' line after option 'B' (line 3)")]),
        ("Q\n", [(1, "Q", "question without options (A. ..., B. ...) and without an ANSWER: line")]),
        (
            "First\n\nSecond\nA. x\nB. y\nANSWER: A",
            [(1, "First", "question without options (A. ..., B. ...) and without an ANSWER: line")],
        ),
        (
            "A. x\nB. y\nANSWER: A",
            [
                (1, "x", "option 'A' without a question text before it"),
                (2, "y", "option 'B' without a question text before it"),
                (3, "", "'ANSWER:' line without a question before it"),
            ],
        ),
        ("Q\nB. x\nC. y\nANSWER: B", [(1, "Q", "option letters out of order: expected 'A', found 'B' (line 2)")]),
        ("Q\nA. x\nB. y\nANSWER: A, B", [(1, "Q", "'ANSWER:' must give one option letter, not 'A, B' (line 4)")]),
        ("Q\nA. x\nB. y\nANSWER:", [(1, "Q", "'ANSWER:' must give one option letter, not '' (line 4)")]),
        ("Q\nA. x\nB. y\nANSWER: Z", [(1, "Q", "ANSWER letter 'Z' is not among the options A-B (line 4)")]),
    ],
)
def test_malformed(text, expected):
    result = parse_aiken(text)

    assert problems(result.errors) == expected


def test_errors_do_not_hide_the_next_question():
    result = parse_aiken("Bad\nA. x\nC. y\nD. z\nANSWER: A\n\nGood\nA. x\nB. y\nANSWER: B\n")

    assert problems(result.errors) == [(1, "Bad", "option letters out of order: expected 'B', found 'C' (line 3)")]
    assert [(question.line, question.name) for question in result.questions] == [(7, "Good")]


def test_empty_file():
    result = parse_aiken("\ufeff\r\n")

    assert result.ok and result.questions == [] and result.errors == []
