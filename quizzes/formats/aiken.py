"""The Aiken format: single-choice questions as plain text.

::

    Which document may an employer keep?
    A. The worker's passport
    B. A copy of the signed contract
    ANSWER: B

The question text takes one or more lines; each option is a capital letter, ``.`` or ``)``, a space and the text,
with the letters in order from A; ``ANSWER:`` and the letter of the right option close the question. Questions
are usually separated by blank lines (Moodle also accepts a new question straight after an ``ANSWER:`` line, and
so does this parser). Texts are plain and kept as written.

Moodle's own importer (``question/format/aiken/format.php``) silently skips much of what is reported here as an
error: a question without options, fewer than two options, a missing ``ANSWER:`` line, an ``ANSWER:`` letter that
is not among the options, option letters out of order, an option with no text.
"""

import re
from dataclasses import dataclass, field

from .base import SINGLE, ParsedOption, ParsedQuestion, ParseResult, Problem
from .gift import default_name

__all__ = ["parse_aiken"]

_OPTION = re.compile(r"([A-Z])[.)](?:[ \t]+(.*)|)$")
_ANSWER = re.compile(r"ANSWER:(.*)$")


@dataclass
class _Draft:
    line: int
    stem: list[str]
    options: list[tuple[int, str, str]] = field(default_factory=list)  # (line, letter, text)
    stem_closed: bool = False  # a blank line came after the stem
    failed: bool = False  # already reported: its remaining option and ANSWER lines are passed over

    @property
    def name(self) -> str:
        return default_name(" ".join(self.stem))


class _Reader:
    def __init__(self):
        self.result = ParseResult()
        self.draft: _Draft | None = None

    def error(self, line: int, name: str, reason: str, at: int | None = None) -> None:
        if at is not None and at != line:
            reason = f"{reason} (line {at})"
        self.result.errors.append(Problem(line, name, reason))

    def abandon(self) -> None:
        """The open question ends without an ANSWER line (a new question or the end of the file follows)."""
        draft = self.draft
        self.draft = None
        if draft is None or draft.failed:
            return
        if not draft.options:
            self.error(draft.line, draft.name, "question without options (A. ..., B. ...) and without an ANSWER: line")
        else:
            last_line, last_letter, _ = draft.options[-1]
            self.error(draft.line, draft.name, f"missing 'ANSWER:' line after option '{last_letter}'", last_line)

    def text_line(self, number: int, line: str) -> None:
        draft = self.draft
        if draft is not None and not draft.options and not draft.stem_closed and not draft.failed:
            draft.stem.append(line)
            return
        self.abandon()
        self.draft = _Draft(line=number, stem=[line])

    def option_line(self, number: int, letter: str, text: str) -> None:
        draft = self.draft
        if draft is None:
            self.error(number, text, f"option '{letter}' without a question text before it")
            return
        if draft.failed:
            return
        expected = chr(ord("A") + len(draft.options))
        if letter != expected:
            self.error(
                draft.line, draft.name, f"option letters out of order: expected '{expected}', found '{letter}'", number
            )
            draft.failed = True
            return
        if not text:
            self.error(draft.line, draft.name, f"option '{letter}' has no text", number)
            draft.failed = True
            return
        draft.options.append((number, letter, text))

    def answer_line(self, number: int, value: str) -> None:
        draft = self.draft
        self.draft = None
        if draft is None:
            self.error(number, "", "'ANSWER:' line without a question before it")
            return
        if draft.failed:
            return
        if not draft.options:
            self.error(draft.line, draft.name, "question without options (A. ..., B. ...)", number)
            return
        if len(draft.options) < 2:
            self.error(draft.line, draft.name, "a question needs at least 2 options, found 1", number)
            return
        letter = value.strip()
        letters = [option_letter for _, option_letter, _ in draft.options]
        if not re.fullmatch("[A-Za-z]", letter):
            self.error(draft.line, draft.name, f"'ANSWER:' must give one option letter, not '{letter}'", number)
            return
        if letter.upper() not in letters:
            self.error(
                draft.line,
                draft.name,
                f"ANSWER letter '{letter.upper()}' is not among the options {letters[0]}-{letters[-1]}",
                number,
            )
            return
        self.result.questions.append(
            ParsedQuestion(
                line=draft.line,
                type=SINGLE,
                name=draft.name,
                stem="\n".join(draft.stem),
                options=[
                    ParsedOption(text=text, weight=1.0 if option_letter == letter.upper() else 0.0)
                    for _, option_letter, text in draft.options
                ],
            )
        )

    def blank_line(self) -> None:
        if self.draft is not None:
            self.draft.stem_closed = True


def parse_aiken(text: str) -> ParseResult:
    """Read an Aiken file into single-choice questions; every malformed question is an error with its line."""
    reader = _Reader()
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            reader.blank_line()
        elif answer := _ANSWER.match(line):
            reader.answer_line(number, answer[1])
        elif option := _OPTION.match(line):
            reader.option_line(number, option[1], (option[2] or "").strip())
        else:
            reader.text_line(number, line)
    reader.abandon()
    return reader.result
