"""The pieces of GIFT every question type reads and writes with: escapes, text formats, answer segments, weights.

``formats.gift`` splits a file into questions and finds the answer block; each question type (``quizzes.types``)
reads and writes its own answer block with these helpers.
"""

import html
import re
from dataclasses import dataclass
from decimal import Decimal

import bleach

BLANK = "_____"  # Moodle's gap for the missing-word form
NAME_LENGTH = 80

# Escaped characters become Unicode noncharacters (reserved for internal use, never valid in interchange) while
# the structure is parsed, and turn back into the literal characters afterwards.
_ESCAPES = {"\\": "\ufdd0", ":": "\ufdd1", "#": "\ufdd2", "=": "\ufdd3", "{": "\ufdd4", "}": "\ufdd5", "~": "\ufdd6"}
_NEWLINE = "\ufdd7"
_UNMASK = str.maketrans({masked: char for char, masked in _ESCAPES.items()} | {_NEWLINE: "\n"})
NONCHARACTERS = re.compile("[\ufdd0-\ufdef]")
_ESCAPE = re.compile(r"\\([\\:#={}~n])")

FORMATS = ("html", "moodle", "plain", "markdown")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


class Malformed(Exception):
    """A question the importer must refuse (the whole file is then refused), with the file line when known."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


class Unsupported(Exception):
    """A well-formed question of a kind the platform does not hold: left out and listed."""


# --- text ---------------------------------------------------------------------------------------------------------


def mask(line: str) -> str:
    return _ESCAPE.sub(lambda match: _NEWLINE if match[1] == "n" else _ESCAPES[match[1]], line)


def unmask(text: str) -> str:
    return text.translate(_UNMASK)


def snippet(masked: str, limit: int = 40) -> str:
    text = " ".join(unmask(masked).split())
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


def split_format(masked: str, default: str) -> tuple[str, str]:
    """Moodle's parse_text_with_format: a leading ``[format]`` overrides the default format."""
    if masked.startswith("["):
        end = masked.find("]")
        if end > 0 and masked[1:end] in FORMATS:
            return masked[1:end], masked[end + 1 :]
    return default, masked


def render(masked: str, text_format: str, *, markdown: bool) -> str:
    text = unmask(masked.strip())
    if text_format == "html":
        text = html_to_text(text, markdown=markdown)
    return text.strip()


def formatted(masked: str, default: str, *, markdown: bool) -> str:
    text_format, body = split_format(masked.strip(), default)
    return render(body, text_format, markdown=markdown)


# --- the answer block ---------------------------------------------------------------------------------------------


@dataclass
class Block:
    """One question's lines (comments removed) as a single masked string, with the file line of every offset."""

    numbers: list[int]
    text: str

    @classmethod
    def of(cls, lines: list[tuple[int, str]]) -> "Block":
        return cls([number for number, _ in lines], "\n".join(mask(line) for _, line in lines))

    def line_at(self, offset: int) -> int:
        return self.numbers[min(self.text.count("\n", 0, max(offset, 0)), len(self.numbers) - 1)]


@dataclass
class Answers:
    """The inside of a question's ``{...}`` (masked, general feedback removed), where it starts in the block, and
    the question text's format, which answers and feedback default to."""

    block: Block
    text: str
    offset: int
    text_format: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    def line_at(self, offset: int) -> int:
        return self.block.line_at(offset)

    def segments(self, markers: str) -> tuple[str, list[tuple[str, str, int]]]:
        """Split at each marker character: the text before the first, then (marker, text, offset of the marker)."""
        pieces = re.split(f"([{re.escape(markers)}])", self.text)
        lead = pieces[0]
        found = []
        position = self.offset + len(lead)
        for marker, body in zip(pieces[1::2], pieces[2::2], strict=True):
            found.append((marker, body, position))
            position += len(marker) + len(body)
        return lead, found

    def refuse_lead(self, lead: str, reason: str) -> None:
        if lead.strip():
            raise Malformed(reason, self.line_at(self.offset + len(lead) - len(lead.lstrip())))

    def weight(self, marker: str, body: str, offset: int) -> tuple[float, str]:
        """``%50%`` at the start of an answer: its share of the mark; without one, 1 for '=' and 0 for '~'."""
        weight = 1.0 if marker == "=" else 0.0
        candidate = body.lstrip()
        if not candidate.startswith("%"):
            return weight, body
        end = candidate.find("%", 1)
        if end < 0:
            raise Malformed(f"the weight in '{marker}{snippet(candidate)}' has no closing '%'", self.line_at(offset))
        raw = candidate[1:end].strip()
        if not _NUMBER.fullmatch(raw):
            raise Malformed(f"the weight '%{snippet(raw)}%' is not a number", self.line_at(offset))
        percent = Decimal(raw)
        if not -100 <= percent <= 100:
            raise Malformed(f"the weight {raw}% is outside -100..100", self.line_at(offset))
        return float(percent / 100), candidate[end + 1 :]


# --- writing ------------------------------------------------------------------------------------------------------

_RESERVED = str.maketrans({"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:"})


def escape(text: str) -> str:
    """Moodle's repchar: escape the reserved characters and write newlines as \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_RESERVED).replace("\n", "\\n")


def escape_text(text: str) -> str:
    """An answer or feedback text: a text starting with '[' is marked [markdown] so it is not read as a format."""
    return ("[markdown]" if text.startswith("[") else "") + escape(text)


def percent(weight: float) -> str:
    text = f"{weight * 100:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text
