"""Moodle's GIFT format: ``parse_gift`` reads a question-bank file, ``export_gift`` writes one.

The reading follows Moodle's own importer (``question/format/gift/format.php``) wherever the platform can hold the
result, and is stricter where Moodle would silently import something odd:

* Questions are separated by blank lines; a line whose first non-blank characters are ``//`` is a comment.
* ``$CATEGORY: path`` at the start of a question block sets the category of the questions after it (Moodle's
  ``$course$/`` context prefix is dropped). Unlike Moodle, question lines that follow in the same block are read
  as a question rather than swallowed into the category name.
* ``::title::`` names a question; without one, the name is the first words of the stem.
* ``[html]``, ``[moodle]``, ``[plain]`` and ``[markdown]`` before a text set its format; answers and feedback
  default to the format of the question text, as in Moodle. HTML becomes plain text (tags stripped, entities
  decoded); the other formats are kept as written.
* ``\\~ \\= \\# \\{ \\} \\: \\\\`` are literal characters and ``\\n`` is a newline.
* The answer block decides the type, in Moodle's order: ``{}`` essay, ``{#...}`` numerical, any ``~`` choice,
  ``=`` with ``->`` matching, ``T``/``TRUE``/``F``/``FALSE`` true/false, only ``=`` answers short answer.
  Each question type (``quizzes.types``) says whether it reads a block (``gift_claims``, asked in Moodle's order)
  and reads it (``gift_read``). Essay, numerical and descriptions (no answer block) are reported in ``skipped``;
  everything malformed is reported in ``errors`` (the importer then refuses the file).

Writing asks the question's type for its answer block (``gift_answer``).
"""

import re

from ..types import registry
from .base import SINGLE, ParsedQuestion, ParseResult, Problem
from .gift_text import (
    BLANK,
    NAME_LENGTH,
    NONCHARACTERS,
    Answers,
    Block,
    Malformed,
    Unsupported,
    escape,
    escape_text,
    formatted,
    html_to_text,
    render,
    snippet,
    split_format,
    unmask,
)

__all__ = ["default_name", "export_gift", "html_to_text", "parse_gift"]

_COURSE_PREFIX = "$course$/"


def _clean_name(name: str) -> str:
    if "<" in name:
        name = html_to_text(name)
    return " ".join(name.split())


def default_name(stem: str) -> str:
    """The first words of the stem, as Moodle names a question without a title."""
    words = " ".join(stem.split())
    if len(words) <= NAME_LENGTH:
        return words
    cut = words.rfind(" ", 0, NAME_LENGTH)
    return words[: cut if cut > NAME_LENGTH // 2 else NAME_LENGTH - 1].rstrip() + "…"


# --- reading ------------------------------------------------------------------------------------------------------


def _blocks(text: str):
    current: list[tuple[int, str]] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            if current:
                yield current
                current = []
        elif not line.startswith("//"):
            current.append((number, line))
    if current:
        yield current


def _normalise(text: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return NONCHARACTERS.sub("", text)


def _category(raw: str) -> str:
    path = raw.strip()
    if path.startswith(_COURSE_PREFIX):
        path = path[len(_COURSE_PREFIX) :]
    return path.strip()


def parse_gift(text: str) -> ParseResult:
    """Read a GIFT file into questions, errors (malformed questions) and skipped (unsupported ones)."""
    result = ParseResult()
    category = ""
    for lines in _blocks(_normalise(text)):
        if lines[0][1].startswith("$CATEGORY:"):
            category = _category(lines[0][1][len("$CATEGORY:") :])
            lines = lines[1:]
            if not lines:
                continue
        _read_question(Block.of(lines), category, result)
    return result


def _read_question(block: Block, category: str, result: ParseResult) -> None:
    text = block.text
    start = block.numbers[0]
    question = ParsedQuestion(line=start, type=SINGLE, name="", stem="", category=category)
    try:
        position = 0
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                question.name = _fallback_name(text[2:])
                raise Malformed("the title opened with '::' is not closed with '::'")
            question.name = _clean_name(unmask(text[2:end]))
            position = end + 2
        _read_body(block, position, question)
    except Malformed as problem:
        reason = problem.reason
        if problem.line is not None and problem.line != start:
            reason = f"{reason} (line {problem.line})"
        result.errors.append(Problem(start, question.name or _fallback_name(text), reason))
    except Unsupported as unsupported:
        result.skipped.append(Problem(start, question.name or _fallback_name(text), str(unsupported)))
    else:
        result.questions.append(question)


def _fallback_name(masked: str) -> str:
    """A name for a question that could not be read: its text up to the answer block."""
    before = re.split("[{}]", masked, maxsplit=1)[0].strip() or masked
    return default_name(html_to_text(unmask(split_format(before, "")[1])))


def _read_body(block: Block, position: int, question: ParsedQuestion) -> None:
    text = block.text
    opening = text.find("{", position)
    closing = text.find("}", position)

    if closing >= 0 and (opening < 0 or closing < opening):
        raise Malformed("'}' without an opening '{' (write \\} for a literal brace)", block.line_at(closing))
    if opening >= 0 and closing < 0:
        raise Malformed("'{' is never closed with '}'", block.line_at(opening))
    if opening >= 0:
        nested = text.find("{", opening + 1, closing)
        if nested >= 0:
            raise Malformed(
                "a second '{' before the answer block is closed (write \\{ for a literal brace)", block.line_at(nested)
            )
        extra_open, extra_close = text.find("{", closing + 1), text.find("}", closing + 1)
        if extra_open >= 0:
            raise Malformed(
                "more than one answer block: is a blank line missing between two questions?", block.line_at(extra_open)
            )
        if extra_close >= 0:
            raise Malformed("'}' without an opening '{' (write \\} for a literal brace)", block.line_at(extra_close))

    if opening < 0:
        stem_masked = text[position:]
    elif text[closing + 1 :].strip():
        stem_masked = text[position:opening] + BLANK + text[closing + 1 :]
    else:
        stem_masked = text[position:opening]

    text_format, body = split_format(stem_masked.strip(), "moodle")
    question.stem = render(body, text_format, markdown=True)
    if not question.stem:
        raise Malformed("empty question text")
    question.name = question.name or default_name(question.stem)
    if opening < 0:
        raise Unsupported("a description (text without an answer block) is not a question; not imported")

    answers = text[opening + 1 : closing]
    offset = opening + 1
    separator = answers.rfind("####")
    if separator >= 0:
        question.general_feedback = formatted(answers[separator + 4 :], text_format, markdown=True)
        answers = answers[:separator]
    stripped = answers.strip()

    if not stripped:
        raise Unsupported("essay questions are not supported")
    if stripped.startswith("#"):
        raise Unsupported("numerical questions are not supported")
    block_answers = Answers(block, answers, offset, text_format)
    for qtype in registry.gift_readers():
        if qtype.gift_claims(block_answers):
            qtype.gift_read(block_answers, question)
            return
    raise Malformed(
        f"the answer block '{{{snippet(stripped)}}}' has no right answer: mark right answers with '=' and "
        "wrong ones with '~', or write {T} or {F} for true/false",
        block.line_at(opening),
    )


# --- writing ------------------------------------------------------------------------------------------------------


def _write_question(question: ParsedQuestion) -> str:
    head = f"::{escape(' '.join(question.name.split()))}::[markdown]{escape(question.stem)}"
    general = f"####{escape_text(question.general_feedback)}" if question.general_feedback else ""
    try:
        qtype = registry.get(question.type)
    except LookupError:
        raise ValueError(f"cannot write question type {question.type!r} as GIFT") from None
    return head + qtype.gift_answer(question, general)


def export_gift(questions: list[ParsedQuestion]) -> str:
    """Write questions as GIFT that Moodle and ``parse_gift`` read back to the same questions.

    Stems are Markdown and written as ``[markdown]``; a ``$CATEGORY:`` line precedes each change of category.
    """
    chunks = []
    category = ""
    for question in questions:
        if question.category != category:
            category = question.category
            chunks.append(f"$CATEGORY: {' '.join(category.split())}".rstrip())
        chunks.append(_write_question(question))
    return "\n\n".join(chunks) + "\n" if chunks else ""
