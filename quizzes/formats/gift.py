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
  Essay, numerical, short answer, descriptions (no answer block) and matching with distractors are reported in
  ``skipped``; everything malformed is reported in ``errors`` (the importer then refuses the file).

True/false feedback: ``{T#first#second}``. Moodle's ``split_truefalse_comment`` calls the first text the
*wrong* feedback and the second the *right* feedback, i.e. the first is shown to a learner whose answer is wrong
and the second to one whose answer is right. For ``{T#a#b}`` the "True" option gets ``b`` and the "False" option
``a``; for ``{F#a#b}`` the "True" option gets ``a`` and the "False" option ``b``. ``export_gift`` writes the same
order, so Moodle and this parser read each other's files alike.
"""

import html
import re
from dataclasses import dataclass
from decimal import Decimal

import bleach

from .base import MATCHING, MULTIPLE, SINGLE, TRUE_FALSE, ParsedOption, ParsedPair, ParsedQuestion, ParseResult, Problem

__all__ = ["default_name", "export_gift", "html_to_text", "parse_gift"]

BLANK = "_____"  # Moodle's gap for the missing-word form
NAME_LENGTH = 80

# Escaped characters become Unicode noncharacters (reserved for internal use, never valid in interchange) while
# the structure is parsed, and turn back into the literal characters afterwards.
_ESCAPES = {"\\": "\ufdd0", ":": "\ufdd1", "#": "\ufdd2", "=": "\ufdd3", "{": "\ufdd4", "}": "\ufdd5", "~": "\ufdd6"}
_NEWLINE = "\ufdd7"
_UNMASK = str.maketrans({masked: char for char, masked in _ESCAPES.items()} | {_NEWLINE: "\n"})
_NONCHARACTERS = re.compile("[\ufdd0-\ufdef]")
_ESCAPE = re.compile(r"\\([\\:#={}~n])")

_FORMATS = ("html", "moodle", "plain", "markdown")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
_COURSE_PREFIX = "$course$/"


class _Malformed(Exception):
    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


class _Unsupported(Exception):
    pass


# --- text helpers -------------------------------------------------------------------------------------------------


def _mask(line: str) -> str:
    return _ESCAPE.sub(lambda match: _NEWLINE if match[1] == "n" else _ESCAPES[match[1]], line)


def _unmask(text: str) -> str:
    return text.translate(_UNMASK)


def _snippet(masked: str, limit: int = 40) -> str:
    text = " ".join(_unmask(masked).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def html_to_text(source: str, *, markdown: bool = False) -> str:
    """Plain text from an HTML fragment: paragraphs and line breaks become newlines, every tag goes.

    Script and style elements are dropped with their content. Entities are decoded last; with ``markdown`` a
    ``<`` that would start a tag again (from ``&lt;script&gt;`` in the source) is backslash-escaped, so a
    Markdown renderer shows it as text instead of treating it as HTML.
    """
    text = re.sub(r"(?is)<(script|style)\b.*?(?:</\1\s*>|$)", "", source)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</p\s*>", "\n\n", text)
    text = re.sub(r"(?i)</(?:div|li|h[1-6]|tr|blockquote|pre|ul|ol|table)\s*>", "\n", text)
    text = bleach.clean(text, tags=set(), strip=True, strip_comments=True)
    text = html.unescape(text).replace("\xa0", " ")
    if markdown:
        text = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _split_format(masked: str, default: str) -> tuple[str, str]:
    """Moodle's parse_text_with_format: a leading ``[format]`` overrides the default format."""
    if masked.startswith("["):
        end = masked.find("]")
        if end > 0 and masked[1:end] in _FORMATS:
            return masked[1:end], masked[end + 1 :]
    return default, masked


def _render(masked: str, text_format: str, *, markdown: bool) -> str:
    text = _unmask(masked.strip())
    if text_format == "html":
        text = html_to_text(text, markdown=markdown)
    return text.strip()


def _formatted(masked: str, default: str, *, markdown: bool) -> str:
    text_format, body = _split_format(masked.strip(), default)
    return _render(body, text_format, markdown=markdown)


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


@dataclass
class _Block:
    """One question's lines (comments removed) as a single masked string, with the file line of every offset."""

    numbers: list[int]
    text: str

    @classmethod
    def of(cls, lines: list[tuple[int, str]]) -> "_Block":
        return cls([number for number, _ in lines], "\n".join(_mask(line) for _, line in lines))

    def line_at(self, offset: int) -> int:
        return self.numbers[min(self.text.count("\n", 0, max(offset, 0)), len(self.numbers) - 1)]


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
    return _NONCHARACTERS.sub("", text)


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
        _read_question(_Block.of(lines), category, result)
    return result


def _read_question(block: _Block, category: str, result: ParseResult) -> None:
    text = block.text
    start = block.numbers[0]
    question = ParsedQuestion(line=start, type=SINGLE, name="", stem="", category=category)
    try:
        position = 0
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                question.name = _fallback_name(text[2:])
                raise _Malformed("the title opened with '::' is not closed with '::'")
            question.name = _clean_name(_unmask(text[2:end]))
            position = end + 2
        _read_body(block, position, question)
    except _Malformed as problem:
        reason = problem.reason
        if problem.line is not None and problem.line != start:
            reason = f"{reason} (line {problem.line})"
        result.errors.append(Problem(start, question.name or _fallback_name(text), reason))
    except _Unsupported as unsupported:
        result.skipped.append(Problem(start, question.name or _fallback_name(text), str(unsupported)))
    else:
        result.questions.append(question)


def _fallback_name(masked: str) -> str:
    """A name for a question that could not be read: its text up to the answer block."""
    before = re.split("[{}]", masked, maxsplit=1)[0].strip() or masked
    return default_name(html_to_text(_unmask(_split_format(before, "")[1])))


def _read_body(block: _Block, position: int, question: ParsedQuestion) -> None:
    text = block.text
    opening = text.find("{", position)
    closing = text.find("}", position)

    if closing >= 0 and (opening < 0 or closing < opening):
        raise _Malformed("'}' without an opening '{' (write \\} for a literal brace)", block.line_at(closing))
    if opening >= 0 and closing < 0:
        raise _Malformed("'{' is never closed with '}'", block.line_at(opening))
    if opening >= 0:
        nested = text.find("{", opening + 1, closing)
        if nested >= 0:
            raise _Malformed(
                "a second '{' before the answer block is closed (write \\{ for a literal brace)", block.line_at(nested)
            )
        extra_open, extra_close = text.find("{", closing + 1), text.find("}", closing + 1)
        if extra_open >= 0:
            raise _Malformed(
                "more than one answer block: is a blank line missing between two questions?", block.line_at(extra_open)
            )
        if extra_close >= 0:
            raise _Malformed("'}' without an opening '{' (write \\} for a literal brace)", block.line_at(extra_close))

    if opening < 0:
        stem_masked = text[position:]
    elif text[closing + 1 :].strip():
        stem_masked = text[position:opening] + BLANK + text[closing + 1 :]
    else:
        stem_masked = text[position:opening]

    text_format, body = _split_format(stem_masked.strip(), "moodle")
    question.stem = _render(body, text_format, markdown=True)
    if not question.stem:
        raise _Malformed("empty question text")
    question.name = question.name or default_name(question.stem)
    if opening < 0:
        raise _Unsupported("a description (text without an answer block) is not a question; not imported")

    answers = text[opening + 1 : closing]
    offset = opening + 1
    separator = answers.rfind("####")
    if separator >= 0:
        question.general_feedback = _formatted(answers[separator + 4 :], text_format, markdown=True)
        answers = answers[:separator]
    stripped = answers.strip()

    if not stripped:
        raise _Unsupported("essay questions are not supported")
    if stripped.startswith("#"):
        raise _Unsupported("numerical questions are not supported")
    if "~" in stripped:
        _read_choice(block, answers, offset, text_format, question)
    elif "=" in stripped and "->" in stripped:
        _read_matching(block, answers, offset, text_format, question)
    elif stripped.split("#", 1)[0].strip() in _TRUE_FALSE:
        _read_true_false(stripped, text_format, question)
    elif stripped.startswith("="):
        raise _Unsupported("short-answer questions (only '=' answers, no '~') are not supported")
    else:
        raise _Malformed(
            f"the answer block '{{{_snippet(stripped)}}}' has no right answer: mark right answers with '=' and "
            "wrong ones with '~', or write {T} or {F} for true/false",
            block.line_at(opening),
        )


def _segments(answers: str, offset: int, markers: str) -> tuple[str, list[tuple[str, str, int]]]:
    """Split an answer block at each marker character: the text before the first, then (marker, text, offset)."""
    pieces = re.split(f"([{re.escape(markers)}])", answers)
    lead = pieces[0]
    found = []
    position = offset + len(lead)
    for marker, body in zip(pieces[1::2], pieces[2::2], strict=True):
        found.append((marker, body, position))
        position += len(marker) + len(body)
    return lead, found


def _weight(block: _Block, marker: str, body: str, offset: int) -> tuple[float, str]:
    weight = 1.0 if marker == "=" else 0.0
    candidate = body.lstrip()
    if not candidate.startswith("%"):
        return weight, body
    end = candidate.find("%", 1)
    if end < 0:
        raise _Malformed(f"the weight in '{marker}{_snippet(candidate)}' has no closing '%'", block.line_at(offset))
    raw = candidate[1:end].strip()
    if not _NUMBER.fullmatch(raw):
        raise _Malformed(f"the weight '%{_snippet(raw)}%' is not a number", block.line_at(offset))
    percent = Decimal(raw)
    if not -100 <= percent <= 100:
        raise _Malformed(f"the weight {raw}% is outside -100..100", block.line_at(offset))
    return float(percent / 100), candidate[end + 1 :]


def _read_choice(block: _Block, answers: str, offset: int, text_format: str, question: ParsedQuestion) -> None:
    lead, segments = _segments(answers, offset, "~=")
    if lead.strip():
        raise _Malformed(
            f"'{_snippet(lead)}' is not an answer: start each answer with '=' (right) or '~' (wrong)",
            block.line_at(offset + len(lead) - len(lead.lstrip())),
        )
    marked_right = False
    for marker, body, position in segments:
        where = position + len(body) - len(body.lstrip())
        weight, rest = _weight(block, marker, body, where)
        answer_masked, _, feedback_masked = rest.partition("#")
        option = ParsedOption(
            text=_formatted(answer_masked, text_format, markdown=False),
            weight=weight,
            feedback=_formatted(feedback_masked, text_format, markdown=True),
        )
        if not option.text:
            raise _Malformed(f"empty answer '{marker}{_snippet(body)}'", block.line_at(where))
        marked_right = marked_right or marker == "="
        question.options.append(option)
    if len(question.options) < 2:
        raise _Malformed("a choice question needs at least 2 answers", block.line_at(offset))
    positive = [option.weight for option in question.options if option.weight > 0]
    if not positive:
        raise _Malformed(
            "no right answer: mark the right answer with '=' or give right answers a positive weight such as ~%50%",
            block.line_at(offset),
        )
    # Several right answers make a multiple-response question when written as Moodle writes one (~%50%, no '='),
    # or when partial '=%50%' weights share out the mark. With any full-mark '=' answer it stays a single choice
    # (other right answers are alternatives or partial credit), as in Moodle, where '=' means one answer.
    shares_mark = max(positive) < 1 and abs(sum(positive) - 1) < 0.005
    question.type = MULTIPLE if len(positive) >= 2 and (not marked_right or shares_mark) else SINGLE


def _read_matching(block: _Block, answers: str, offset: int, text_format: str, question: ParsedQuestion) -> None:
    lead, segments = _segments(answers, offset, "=")
    if lead.strip():
        raise _Malformed(
            f"'{_snippet(lead)}' is not a pair: start each pair with '=' as in =item -> match",
            block.line_at(offset + len(lead) - len(lead.lstrip())),
        )
    distractors = 0
    for _, body, position in segments:
        where = position + len(body) - len(body.lstrip())
        if "->" not in body:
            raise _Malformed(f"the pair '={_snippet(body)}' has no '->'", block.line_at(where))
        left_masked, right_masked = body.split("->", 1)
        left = _formatted(left_masked, text_format, markdown=False)
        # Moodle reads the right-hand side as plain text with no [format] prefix; HTML is still never let through.
        right = _render(right_masked, "html" if text_format == "html" else "plain", markdown=False)
        if not right:
            raise _Malformed(f"empty answer: the pair '={_snippet(body)}' has nothing after '->'", block.line_at(where))
        if not left:
            distractors += 1
            continue
        question.pairs.append(ParsedPair(left=left, right=right))
    if len(question.pairs) + distractors < 2:
        raise _Malformed(f"a matching question needs at least 2 pairs, found {len(question.pairs)}")
    if distractors:
        raise _Unsupported("matching with extra wrong answers ('= -> answer' with no item) is not supported")
    question.type = MATCHING


def _read_true_false(stripped: str, text_format: str, question: ParsedQuestion) -> None:
    parts = stripped.split("#", 2)
    is_true = _TRUE_FALSE[parts[0].strip()]
    wrong = _formatted(parts[1], text_format, markdown=True) if len(parts) > 1 else ""
    right = _formatted(parts[2], text_format, markdown=True) if len(parts) > 2 else ""
    question.type = TRUE_FALSE
    question.options = [
        ParsedOption("True", 1.0 if is_true else 0.0, right if is_true else wrong),
        ParsedOption("False", 0.0 if is_true else 1.0, wrong if is_true else right),
    ]


# --- writing ------------------------------------------------------------------------------------------------------

_RESERVED = str.maketrans({"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:"})


def _escape(text: str) -> str:
    """Moodle's repchar: escape the reserved characters and write newlines as \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_RESERVED).replace("\n", "\\n")


def _escape_text(text: str) -> str:
    """An answer or feedback text: a text starting with '[' is marked [markdown] so it is not read as a format."""
    return ("[markdown]" if text.startswith("[") else "") + _escape(text)


def _percent(weight: float) -> str:
    text = f"{weight * 100:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _choice_lines(question: ParsedQuestion) -> list[str]:
    single = question.type != MULTIPLE
    markers = []
    for option in question.options:
        if single and option.weight == 1:
            markers.append("=")
        elif option.weight == 0:
            markers.append("~")
        else:
            markers.append(f"~%{_percent(option.weight)}%")
    if "~" not in "".join(markers):
        # A block with no '~' reads as short answer: keep the first right answer as '=' and weight the others.
        markers = [markers[0]] + [f"~%{_percent(option.weight)}%" for option in question.options[1:]]
    lines = []
    for marker, option in zip(markers, question.options, strict=True):
        if option.text.startswith("%") and "%" not in marker:
            marker += "%100%" if marker == "=" else "%0%"  # an explicit weight, so the text is not read as one
        line = f"\t{marker}{_escape_text(option.text)}"
        if option.feedback:
            line += f"#{_escape_text(option.feedback)}"
        lines.append(line)
    return lines


def _true_false_answer(question: ParsedQuestion) -> str:
    if len(question.options) != 2:
        raise ValueError(f"true/false question {question.name!r} needs exactly two options")
    true_option, false_option = question.options
    if true_option.text.strip().lower() == "false" or false_option.text.strip().lower() == "true":
        true_option, false_option = false_option, true_option
    if true_option.weight > 0:
        answer, right, wrong = "TRUE", true_option.feedback, false_option.feedback
    else:
        answer, right, wrong = "FALSE", false_option.feedback, true_option.feedback
    if wrong:
        answer += f"#{_escape_text(wrong)}"
    elif right:
        answer += "#"
    if right:
        answer += f"#{_escape_text(right)}"
    return answer


def _matching_lines(question: ParsedQuestion) -> list[str]:
    lines = []
    for pair in question.pairs:
        if "->" in pair.left:
            raise ValueError(f"matching item {pair.left!r} contains '->', which GIFT cannot escape")
        lines.append(f"\t={_escape_text(pair.left)} -> {_escape(pair.right)}")
    return lines


def _write_question(question: ParsedQuestion) -> str:
    head = f"::{_escape(' '.join(question.name.split()))}::[markdown]{_escape(question.stem)}"
    general = f"####{_escape_text(question.general_feedback)}" if question.general_feedback else ""
    if question.type == TRUE_FALSE:
        return f"{head}{{{_true_false_answer(question)}{general}}}"
    if question.type in (SINGLE, MULTIPLE):
        lines = _choice_lines(question)
    elif question.type == MATCHING:
        lines = _matching_lines(question)
    else:
        raise ValueError(f"cannot write question type {question.type!r} as GIFT")
    if general:
        lines.append(f"\t{general}")
    return "\n".join([f"{head}{{", *lines, "}"])


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
