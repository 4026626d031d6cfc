"""GIFT import and export: plain functions, no database."""

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizzes.formats.base import MATCHING, MULTIPLE, SINGLE, TRUE_FALSE, ParsedOption, ParsedPair, ParsedQuestion
from quizzes.formats.gift import export_gift, html_to_text, parse_gift
from quizzes.types.short_answer import SHORT_ANSWER

DATA = Path(__file__).parent / "data"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def without_lines(questions):
    return [dataclasses.replace(question, line=0) for question in questions]


def problems(items):
    return [(item.line, item.name, item.reason) for item in items]


def only(text: str) -> ParsedQuestion:
    result = parse_gift(text)
    assert result.errors == [] and result.skipped == []
    assert len(result.questions) == 1
    return result.questions[0]


def error_of(text: str):
    result = parse_gift(text)
    assert result.questions == [] and result.skipped == []
    assert len(result.errors) == 1
    return result.errors[0]


# --- a realistic Moodle 4.x export ---------------------------------------------------------------------------------

MOODLE_QUESTIONS = [
    ParsedQuestion(
        line=8,
        type=SINGLE,
        name="Red flags in a job offer",
        stem="Which offer is a typical red flag of trafficking for labour exploitation?",
        category="top/Indicators",
        options=[
            ParsedOption(
                'The employer keeps the worker\'s passport "for safety"',
                1.0,
                "Right: withholding documents is a key indicator.",
            ),
            ParsedOption("A written contract in a language the worker reads", 0.0, "That is a good sign."),
            ParsedOption("A vacancy published by the State Employment Service", 0.0, ""),
        ],
        general_feedback="See the ILO indicators of forced labour, indicator 7 & 8.",
    ),
    ParsedQuestion(
        line=16,
        type=MULTIPLE,
        name="Indicators of control",
        stem="Select all the indicators of control.",
        category="top/Indicators",
        options=[
            ParsedOption("Debt bondage", 0.5, "Yes."),
            ParsedOption("Confiscated documents", 0.5, "Yes."),
            ParsedOption("Salary paid into the worker's own account", -1.0, "No: that is a sign of free employment."),
        ],
    ),
    ParsedQuestion(
        line=23,
        type=TRUE_FALSE,
        name="Consent",
        stem="A victim's initial consent makes later exploitation legal.",
        category="top/Indicators",
        options=[
            # {FALSE#wrong#right}: the first text is for a learner who answers True (wrongly).
            ParsedOption("True", 0.0, "Consent is irrelevant once deception or coercion is used."),
            ParsedOption("False", 1.0, "Correct."),
        ],
        general_feedback="Palermo Protocol, art. 3(b).",
    ),
    ParsedQuestion(
        line=26,
        type=MATCHING,
        name="Elements of the definition",
        stem="Match each element of the definition with an example.",
        category="top/Indicators",
        pairs=[
            ParsedPair("Act", "Recruitment"),
            ParsedPair("Means", "Deception"),
            ParsedPair("Purpose", "Exploitation"),
        ],
        general_feedback="Act, means, purpose: all three are needed when the victim is an adult.",
    ),
    ParsedQuestion(
        line=34,
        type=MULTIPLE,
        name="Three indicators",
        stem="Which three are indicators of forced labour?",
        category="top/Indicators",
        options=[
            ParsedOption("Isolation", 0.3333333),
            ParsedOption("Withheld wages", 0.3333333),
            ParsedOption("Excessive overtime", 0.3333333),
            ParsedOption("Paid holidays", -1.0),
        ],
    ),
    ParsedQuestion(
        line=46,
        type=SINGLE,
        name="Боргова кабала",
        stem="Борг, який неможливо сплатити, = ознака _____ для трудової експлуатації.",
        category="top/Індикатори",
        options=[
            ParsedOption("боргової кабали", 1.0),
            ParsedOption("добровільної праці", 0.0),
            ParsedOption("кредиту", 0.0),
        ],
    ),
    ParsedQuestion(
        line=49,
        type=SINGLE,
        name="Куди звертатися",
        stem="Куди **звертатися** по допомогу?\nОберіть одну відповідь:",
        category="top/Індикатори",
        options=[
            ParsedOption("На гарячу лінію 527", 1.0, "Так: дзвінок безкоштовний."),
            ParsedOption("Нікуди", 0.0, "Ні."),
        ],
    ),
    ParsedQuestion(
        line=55,
        type=TRUE_FALSE,
        name="Вербування онлайн",
        stem="Вербування через соціальні мережі трапляється часто.",
        category="top/Індикатори",
        options=[ParsedOption("True", 1.0), ParsedOption("False", 0.0)],
    ),
]

MOODLE_SKIPPED = [
    (58, "Reflection", "essay questions are not supported"),
    (61, "Hotline", "numerical questions are not supported"),
    (67, "Before you start", "a description (text without an answer block) is not a question; not imported"),
]


def test_moodle_export_parses_to_the_expected_questions():
    result = parse_gift(read("moodle_export.gift.txt"))

    assert result.ok
    assert result.errors == []
    assert result.questions == MOODLE_QUESTIONS
    assert problems(result.skipped) == MOODLE_SKIPPED


def test_moodle_export_with_bom_and_crlf_parses_the_same():
    text = "\ufeff" + read("moodle_export.gift.txt").replace("\n", "\r\n")

    result = parse_gift(text)

    assert result.questions == MOODLE_QUESTIONS
    assert problems(result.skipped) == MOODLE_SKIPPED


def test_moodle_export_round_trips_through_export():
    questions = parse_gift(read("moodle_export.gift.txt")).questions

    again = parse_gift(export_gift(questions))

    assert again.errors == [] and again.skipped == []
    assert without_lines(again.questions) == without_lines(questions)


# --- question types --------------------------------------------------------------------------------------------------


def test_single_choice_with_title_and_comment_gives_the_title_line():
    question = only("// a comment\n// another\n::Q1::What is 2+2?{=4 ~3 ~5}\n")

    assert question == ParsedQuestion(
        line=3,
        type=SINGLE,
        name="Q1",
        stem="What is 2+2?",
        options=[ParsedOption("4", 1.0), ParsedOption("3", 0.0), ParsedOption("5", 0.0)],
    )


def test_question_without_title_is_named_by_its_first_words():
    long_stem = "Which of the following situations is an indicator of trafficking in human beings for labour purposes?"

    question = only(long_stem + "{=a ~b}")

    # At most 80 characters, cut at a word, as Moodle shortens a stem into a name.
    assert question.name == "Which of the following situations is an indicator of trafficking in human…"
    assert question.stem == long_stem


def test_multiline_question_with_comment_inside():
    question = only("\n\n::T::First line\n// not part of the text\nsecond line{\n  =yes # right\n  ~no # wrong\n}\n")

    assert question.line == 3
    assert question.stem == "First line\nsecond line"
    assert question.options == [ParsedOption("yes", 1.0, "right"), ParsedOption("no", 0.0, "wrong")]


def test_missing_word_puts_a_blank_in_the_stem():
    question = only("Grant is {~buried =entombed ~living} in Grant's tomb.")

    assert question.type == SINGLE
    assert question.stem == "Grant is _____ in Grant's tomb."
    assert [option.weight for option in question.options] == [0.0, 1.0, 0.0]


@pytest.mark.parametrize(
    ("answers", "qtype", "weights"),
    [
        ("{~%50%a ~%50%b ~%-100%c}", MULTIPLE, [0.5, 0.5, -1.0]),
        ("{~%25%a ~%75%b ~c}", MULTIPLE, [0.25, 0.75, 0.0]),
        ("{~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-50%d}", MULTIPLE, [0.3333333, 0.3333333, 0.3333333, -0.5]),
        ("{=%50%a =%50%b ~c}", MULTIPLE, [0.5, 0.5, 0.0]),
        ("{~%100%a ~b}", SINGLE, [1.0, 0.0]),
        ("{=%100%a ~%0%b}", SINGLE, [1.0, 0.0]),
        ("{=a ~%50%b ~%-25%c}", SINGLE, [1.0, 0.5, -0.25]),
        ("{=a ~%0.01%b}", SINGLE, [1.0, 0.0001]),
        ("{=%60%a =%60%b ~c}", SINGLE, [0.6, 0.6, 0.0]),
        # Two '=' answers are alternatives of one single choice, as in Moodle.
        ("{=a =b ~c}", SINGLE, [1.0, 1.0, 0.0]),
    ],
)
def test_choice_weights_and_type(answers, qtype, weights):
    question = only(f"Pick.{answers}")

    assert question.type == qtype
    assert [option.weight for option in question.options] == weights
    assert [option.text for option in question.options] == list("abcd")[: len(weights)]


@pytest.mark.parametrize(
    ("block", "true_weight", "true_feedback", "false_feedback"),
    [
        ("{T}", 1.0, "", ""),
        ("{TRUE}", 1.0, "", ""),
        ("{F}", 0.0, "", ""),
        ("{FALSE}", 0.0, "", ""),
        # First text after '#': shown to a wrong answer; second: shown to a right one (Moodle's reading).
        ("{T#No, it is true.#Yes, true.}", 1.0, "Yes, true.", "No, it is true."),
        ("{FALSE#No, it is false.#Yes, false.}", 0.0, "No, it is false.", "Yes, false."),
        ("{TRUE##Only right feedback}", 1.0, "Only right feedback", ""),
        ("{ F # Only wrong feedback }", 0.0, "Only wrong feedback", ""),
    ],
)
def test_true_false(block, true_weight, true_feedback, false_feedback):
    question = only(f"::TF::Statement.{block}")

    assert question.type == TRUE_FALSE
    assert question.options == [
        ParsedOption("True", true_weight, true_feedback),
        ParsedOption("False", 1.0 - true_weight, false_feedback),
    ]


def test_true_false_with_general_feedback():
    question = only("::TF::Statement.{T#wrong#right####general}")

    assert question.general_feedback == "general"
    assert question.options == [ParsedOption("True", 1.0, "right"), ParsedOption("False", 0.0, "wrong")]


def test_matching():
    question = only("::M::Match.{\n=Canada -> Ottawa\n=Italy->Rome\n= Japan  ->  Tokyo -> Japan\n####Capitals.\n}")

    assert question.type == MATCHING
    assert question.pairs == [
        ParsedPair("Canada", "Ottawa"),
        ParsedPair("Italy", "Rome"),
        ParsedPair("Japan", "Tokyo -> Japan"),
    ]
    assert question.options == []
    assert question.general_feedback == "Capitals."


def test_escapes_in_all_texts():
    question = only(
        r"::a\:b \{c\}::1 \~ 2 \= 3 \# 4 \\ 5\nnext line{=x\#y\~z#f\=g ~w\{\}\: ####g\:\\n}",
    )

    assert question.name == "a:b {c}"
    assert question.stem == "1 ~ 2 = 3 # 4 \\ 5\nnext line"
    assert question.options == [ParsedOption("x#y~z", 1.0, "f=g"), ParsedOption("w{}:", 0.0)]
    assert question.general_feedback == "g:\\n"


def test_backslash_before_other_characters_is_kept():
    question = only(r"Solve \(x^2\) and \d.{=a ~b}")

    assert question.stem == r"Solve \(x^2\) and \d."


def test_category_lines():
    result = parse_gift(
        "$CATEGORY: $course$/top/Індикатори\n\nQ1{=a ~b}\n\n$CATEGORY:  top/Other  \nQ2{=a ~b}\n\n"
        "$CATEGORY:\n\nQ3{=a ~b}\n"
    )

    assert [(question.line, question.name, question.category) for question in result.questions] == [
        (3, "Q1", "top/Індикатори"),
        (6, "Q2", "top/Other"),
        (10, "Q3", ""),
    ]


def test_text_formats():
    question = only(
        "::F::[markdown]**Bold** <b>kept</b>{=[html]<i>a</i> &amp; b#[plain]<b>as is</b> ~[moodle]c <u>d</u>}"
    )

    assert question.stem == "**Bold** <b>kept</b>"
    assert question.options == [ParsedOption("a & b", 1.0, "<b>as is</b>"), ParsedOption("c <u>d</u>", 0.0)]


def test_html_paragraphs_and_breaks_become_newlines():
    question = only("::H::[html]<p>First&nbsp;paragraph<br/>same   paragraph</p><p>Second</p>{=a ~b}")

    assert question.stem == "First paragraph\nsame paragraph\n\nSecond"


def test_html_answers_and_feedback_follow_the_question_format():
    question = only("::H::[html]<p>Q</p>{=<b>a</b>#<p>fb</p> ~b ####<p>gen</p>}")

    assert question.options == [ParsedOption("a", 1.0, "fb"), ParsedOption("b", 0.0)]
    assert question.general_feedback == "gen"


def test_cyrillic_text_round_trips():
    question = only("::Питання::Що таке «торгівля людьми»?{=Злочин#Так ~Послуга#Ні}")

    assert question.name == "Питання"
    assert question.stem == "Що таке «торгівля людьми»?"
    assert only(export_gift([question])) == question


# --- HTML is never let through -------------------------------------------------------------------------------------


def test_script_and_event_handlers_do_not_survive():
    question = only(
        '::X::[html]<p>Safe?<script>alert(1)</script><img src\\="x" onerror\\="alert(2)"></p>'
        '<a href\\="javascript\\:alert(3)">link</a>{'
        "=<img src\\=x onerror\\=alert(4)>yes#<script>alert(5)</script>ok"
        " ~<svg onload\\=alert(6)>no</svg>"
        " ####<iframe src\\=evil></iframe>done}"
    )

    texts = [question.stem, question.general_feedback] + [o.text for o in question.options]
    texts += [o.feedback for o in question.options]
    assert question.stem == "Safe?\n\nlink"
    assert question.options == [ParsedOption("yes", 1.0, "ok"), ParsedOption("no", 0.0)]
    assert question.general_feedback == "done"
    for text in texts:
        assert "<" not in text and "alert" not in text and "onerror" not in text


def test_entity_encoded_tags_stay_text():
    question = only("::X::[html]<p>The tag &lt;script&gt; runs code.</p>{=&lt;b&gt; is bold ~no}")

    # Markdown fields escape the '<' so the renderer shows it as text; option texts are plain and shown escaped.
    assert question.stem == r"The tag \<script> runs code."
    assert question.options[0].text == "<b> is bold"


def test_html_to_text_keeps_comparisons():
    assert html_to_text("<p>a &lt; b and c > d</p>") == "a < b and c > d"
    assert html_to_text("<p>x<!-- hidden -->y</p><style>p{}</style>") == "xy"


def test_html_title_is_stripped_of_tags():
    question = only("::<b>Bold</b> title::Q{=a ~b}")

    assert question.name == "Bold title"


# --- unsupported but well-formed -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("::E::Write an essay.{}", "essay questions are not supported"),
        ("::E::Write an essay.{####Graded by hand.}", "essay questions are not supported"),
        ("::N::When was he born?{#1822:5}", "numerical questions are not supported"),
        ("::N::Range?{#\n=%100%1..5#ok\n~#no\n}", "numerical questions are not supported"),
        ("::D::Just a description.", "a description (text without an answer block) is not a question; not imported"),
    ],
)
def test_unsupported_questions_are_skipped(text, reason):
    result = parse_gift("// comment\n" + text)

    assert result.ok
    assert result.questions == [] and result.errors == []
    assert problems(result.skipped) == [(2, text[2 : text.index("::", 2)], reason)]


# --- malformed -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "name", "reason"),
    [
        ("// c\n::U::Which?{\n=a\n~b", 2, "U", "'{' is never closed with '}'"),
        ("// c\n::S::Which}?\n{=a ~b}", 2, "S", "'}' without an opening '{' (write \\} for a literal brace)"),
        ("Which?{=a ~b}}", 1, "Which?", "'}' without an opening '{' (write \\} for a literal brace)"),
        (
            "::N::Which?{=a {~b}",
            1,
            "N",
            "a second '{' before the answer block is closed (write \\{ for a literal brace)",
        ),
        (
            "::A::Which?{=a ~b}\n::B::Other?{=a ~b}",
            1,
            "A",
            "more than one answer block: is a blank line missing between two questions? (line 2)",
        ),
        (
            "::R::Which?{~a ~b ~%0%c}",
            1,
            "R",
            "no right answer: mark the right answer with '=' or give right answers a positive weight such as ~%50%",
        ),
        (
            "::R::Which?{~%-50%a ~b}",
            1,
            "R",
            "no right answer: mark the right answer with '=' or give right answers a positive weight such as ~%50%",
        ),
        (
            "::R::Which?{yes}",
            1,
            "R",
            "the answer block '{yes}' has no right answer: mark right answers with '=' and wrong ones with '~',"
            " or write {T} or {F} for true/false",
        ),
        (
            "::R::Which?{True}",
            1,
            "R",
            "the answer block '{True}' has no right answer: mark right answers with '=' and wrong ones with '~',"
            " or write {T} or {F} for true/false",
        ),
        ("::L::Which?{a =b ~c}", 1, "L", "'a' is not an answer: start each answer with '=' (right) or '~' (wrong)"),
        ("::M::Match.{\n=a -> b\n=c d\n=e -> f\n}", 1, "M", "the pair '=c d' has no '->' (line 3)"),
        ("::M::Match.{=a -> b}", 1, "M", "a matching question needs at least 2 pairs, found 1"),
        ("::M::Match.{=a -> b = -> c = -> d}", 1, "M", "a matching question needs at least 2 pairs, found 1"),
        (
            "::S::Who?{=%0%nobody#Think again.}",
            1,
            "S",
            "no accepted answer: a short answer needs an '=' answer worth more than 0%",
        ),
        (
            "::S::Who?{=%-50%nobody =%0%no one}",
            1,
            "S",
            "no accepted answer: a short answer needs an '=' answer worth more than 0%",
        ),
        ("::M::Match.{=a -> b =c -> }", 1, "M", "empty answer: the pair '=c ->' has nothing after '->'"),
        ("::M::Match.{x =a -> b =c -> d}", 1, "M", "'x' is not a pair: start each pair with '=' as in =item -> match"),
        ("::P::Pick.{~%half%a ~%50%b ~c}", 1, "P", "the weight '%half%' is not a number"),
        ("::P::Pick.{~%5 0%a ~%50%b ~c}", 1, "P", "the weight '%5 0%' is not a number"),
        ("::P::Pick.{~%150%a ~%50%b ~c}", 1, "P", "the weight 150% is outside -100..100"),
        ("::P::Pick.{~%-100.5%a =b}", 1, "P", "the weight -100.5% is outside -100..100"),
        ("::P::Pick.{=%50 a ~b}", 1, "P", "the weight in '=%50 a' has no closing '%'"),
        ("::E::{=a ~b}", 1, "E", "empty question text"),
        ("::E::[html]<p> </p>{=a ~b}", 1, "E", "empty question text"),
        ("::E::", 1, "E", "empty question text"),
        ("::A::Pick.{=a ~ ~b}", 1, "A", "empty answer '~'"),
        ("::A::Pick.{=a ~#feedback only ~b}", 1, "A", "empty answer '~#feedback only'"),
        ("::A::Pick.{=%100% ~b}", 1, "A", "empty answer '=%100%'"),
        ("::A::[html]Pick.{=<p></p> ~b}", 1, "A", "empty answer '=<p></p>'"),
        ("::O::Pick.{~only}", 1, "O", "a choice question needs at least 2 answers"),
        ("::T:Which?{=a ~b}", 1, "T:Which?", "the title opened with '::' is not closed with '::'"),
    ],
)
def test_malformed_question(text, line, name, reason):
    error = error_of(text)

    assert (error.line, error.name, error.reason) == (line, name, reason)


def test_malformed_file_lists_every_bad_question():
    result = parse_gift(read("malformed.gift.txt"))

    assert not result.ok
    assert [(question.line, question.name) for question in result.questions] == [
        (3, "Good one"),
        (34, "Good three"),
    ]
    assert problems(result.errors) == [
        (6, "Unclosed", "'{' is never closed with '}'"),
        (10, "Stray brace", "'}' without an opening '{' (write \\} for a literal brace)"),
        (
            12,
            "No right answer",
            "no right answer: mark the right answer with '=' or give right answers a positive weight such as ~%50%",
        ),
        (14, "Bad pair", "the pair '=Means Deception' has no '->' (line 16)"),
        (19, "Not a number", "the weight '%half%' is not a number"),
        (21, "Too much", "the weight 150% is outside -100..100"),
        (23, "Empty text", "empty question text"),
        (25, "Empty answer", "empty answer '~'"),
        (27, "One pair", "a matching question needs at least 2 pairs, found 1"),
        (29, "Good two", "more than one answer block: is a blank line missing between two questions? (line 30)"),
        (32, "Untitled:Pick one.", "the title opened with '::' is not closed with '::'"),
    ]
    assert result.skipped == []


def test_empty_and_comment_only_files():
    assert parse_gift("") == parse_gift("\ufeff// only a comment\r\n\r\n// another\n")
    assert parse_gift("").ok and parse_gift("").questions == []


# --- export --------------------------------------------------------------------------------------------------------


def test_export_writes_moodle_style_gift():
    questions = [
        ParsedQuestion(
            line=0,
            type=SINGLE,
            name="Q: one",
            stem="Pick {one}\nof these = ~ # \\",
            category="top/Індикатори",
            options=[ParsedOption("right", 1.0, "yes #1"), ParsedOption("wrong", 0.0), ParsedOption("%half", 0.5)],
            general_feedback="See: module 2.",
        ),
        ParsedQuestion(
            line=0,
            type=MULTIPLE,
            name="Three",
            stem="Pick three.",
            category="top/Індикатори",
            options=[
                ParsedOption("a", 1 / 3),
                ParsedOption("b", 1 / 3),
                ParsedOption("c", 0.3333333),
                ParsedOption("d", -1.0, "no"),
                ParsedOption("[html] e", 0.0),
            ],
        ),
        ParsedQuestion(
            line=0,
            type=TRUE_FALSE,
            name="TF",
            stem="Statement.",
            category="other",
            options=[ParsedOption("True", 0.0, "Wrong: it is false."), ParsedOption("False", 1.0, "Right.")],
            general_feedback="General.",
        ),
        ParsedQuestion(
            line=0,
            type=MATCHING,
            name="Match",
            stem="Match.",
            category="other",
            pairs=[ParsedPair("Act", "Recruitment"), ParsedPair("Means", "Deception -> fraud")],
        ),
    ]

    text = export_gift(questions)

    assert text == (
        "$CATEGORY: top/Індикатори\n"
        "\n"
        "::Q\\: one::[markdown]Pick \\{one\\}\\nof these \\= \\~ \\# \\\\{\n"
        "\t=right#yes \\#1\n"
        "\t~wrong\n"
        "\t~%50%%half\n"
        "\t####See\\: module 2.\n"
        "}\n"
        "\n"
        "::Three::[markdown]Pick three.{\n"
        "\t~%33.33333%a\n"
        "\t~%33.33333%b\n"
        "\t~%33.33333%c\n"
        "\t~%-100%d#no\n"
        "\t~[markdown][html] e\n"
        "}\n"
        "\n"
        "$CATEGORY: other\n"
        "\n"
        "::TF::[markdown]Statement.{FALSE#Wrong\\: it is false.#Right.####General.}\n"
        "\n"
        "::Match::[markdown]Match.{\n"
        "\t=Act -> Recruitment\n"
        "\t=Means -> Deception -> fraud\n"
        "}\n"
    )
    again = parse_gift(text)
    assert again.errors == [] and again.skipped == []
    assert [question.type for question in again.questions] == [SINGLE, MULTIPLE, TRUE_FALSE, MATCHING]
    assert again.questions[0] == dataclasses.replace(questions[0], line=3)
    assert [option.weight for option in again.questions[1].options] == [0.3333333] * 3 + [-1.0, 0.0]
    assert again.questions[1].options[4].text == "[html] e"
    assert without_lines(again.questions[2:]) == without_lines(questions[2:])


def test_export_keeps_single_choice_with_only_right_answers_a_choice():
    question = ParsedQuestion(
        line=1, type=SINGLE, name="Both", stem="Either.", options=[ParsedOption("a", 1.0), ParsedOption("b", 1.0)]
    )

    text = export_gift([question])

    assert "\t=a\n\t~%100%b\n" in text
    assert only(text) == question


def test_export_true_false_feedback_order():
    right_only = ParsedQuestion(
        line=1,
        type=TRUE_FALSE,
        name="T",
        stem="S.",
        options=[ParsedOption("True", 1.0, "right"), ParsedOption("False", 0.0, "")],
    )

    assert export_gift([right_only]) == "::T::[markdown]S.{TRUE##right}\n"
    assert only(export_gift([right_only])) == right_only


def test_export_refuses_what_gift_cannot_hold():
    with pytest.raises(ValueError, match="cannot escape"):
        export_gift([ParsedQuestion(line=1, type=MATCHING, name="M", stem="S", pairs=[ParsedPair("a->b", "c")] * 2)])
    with pytest.raises(ValueError, match="cannot write question type"):
        export_gift([ParsedQuestion(line=1, type="essay", name="E", stem="S")])


def test_export_of_nothing_is_empty():
    assert export_gift([]) == ""


# --- round-trip property -------------------------------------------------------------------------------------------

AWKWARD = list("abcxyzABC019 ~=#{}:\\%[]->_*/&.,!?'\"") + list("абвгґєіїщюяАБВҐЄІЇ")
# Now and then a text starts with what GIFT would read as a format marker.
prefixes = st.sampled_from(["", "", "", "[html]", "[plain]", "[markdown]", "[moodle]"])
texts = st.builds(
    lambda prefix, text: (prefix + text).strip(),
    prefixes,
    st.text(alphabet=st.sampled_from(AWKWARD), min_size=1, max_size=25),
).filter(bool)
stems = st.builds(
    lambda prefix, text: (prefix + text).strip(),
    prefixes,
    st.text(alphabet=st.sampled_from([*AWKWARD, "\n"]), min_size=1, max_size=60),
).filter(bool)
names = texts.map(lambda text: " ".join(text.split())).filter(bool)
feedbacks = st.one_of(st.just(""), stems)
categories = st.sampled_from(["", "top", "top/Індикатори", "Indicators/Module 2"])
percents = st.one_of(
    st.integers(-100, 100).map(Decimal),
    st.decimals(min_value=-100, max_value=100, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([Decimal("33.33333"), Decimal("-33.33333"), Decimal("12.5")]),
)
partials = percents.filter(lambda percent: 0 < percent < 100)
non_positive = percents.filter(lambda percent: percent <= 0)


def weight(percent: Decimal) -> float:
    return float(percent / 100)


@st.composite
def single_questions(draw):
    right = [1.0] * draw(st.integers(1, 2))
    others = [weight(p) for p in draw(st.lists(st.one_of(non_positive, partials), min_size=1, max_size=4))]
    weights = draw(st.permutations(right + others))
    options = [ParsedOption(draw(texts), w, draw(feedbacks)) for w in weights]
    return SINGLE, options, []


@st.composite
def multiple_questions(draw):
    positives = [weight(p) for p in draw(st.lists(partials, min_size=2, max_size=4))]
    others = [weight(p) for p in draw(st.lists(non_positive, max_size=3))]
    weights = draw(st.permutations(positives + others))
    options = [ParsedOption(draw(texts), w, draw(feedbacks)) for w in weights]
    return MULTIPLE, options, []


@st.composite
def true_false_questions(draw):
    truth = draw(st.booleans())
    options = [
        ParsedOption("True", 1.0 if truth else 0.0, draw(feedbacks)),
        ParsedOption("False", 0.0 if truth else 1.0, draw(feedbacks)),
    ]
    return TRUE_FALSE, options, []


@st.composite
def matching_questions(draw):
    lefts = texts.filter(lambda text: "->" not in text)
    pairs = [ParsedPair(draw(lefts), draw(texts)) for _ in range(draw(st.integers(2, 4)))]
    return MATCHING, [], pairs


@st.composite
def matching_with_distractors(draw):
    qtype, options, pairs = draw(matching_questions())
    extra = [ParsedPair("", draw(texts)) for _ in range(draw(st.integers(1, 3)))]
    return qtype, options, draw(st.permutations(pairs + extra))


@st.composite
def short_answer_questions(draw):
    answers = texts.filter(lambda text: "->" not in text)
    weights = [1.0] + [weight(p) for p in draw(st.lists(st.one_of(partials, st.just(Decimal(0))), max_size=3))]
    options = [ParsedOption(draw(answers), w, draw(feedbacks)) for w in draw(st.permutations(weights))]
    return SHORT_ANSWER, options, []


@st.composite
def questions(draw):
    qtype, options, pairs = draw(
        st.one_of(
            single_questions(),
            multiple_questions(),
            true_false_questions(),
            matching_questions(),
            matching_with_distractors(),
            short_answer_questions(),
        )
    )
    return ParsedQuestion(
        line=0,
        type=qtype,
        name=draw(names),
        stem=draw(stems),
        category=draw(categories),
        options=options,
        pairs=pairs,
        general_feedback=draw(feedbacks),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(questions(), min_size=1, max_size=5))
def test_export_then_parse_gives_the_same_questions(generated):
    text = export_gift(generated)

    result = parse_gift(text)

    assert result.errors == [] and result.skipped == []
    assert without_lines(result.questions) == generated
    assert export_gift(result.questions) == text
