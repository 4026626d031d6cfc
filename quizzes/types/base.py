"""What a question type is: one object that draws, presents, reads the learner's answer, grades, reviews, and reads
and writes its GIFT answer block. The attempt flow (``attempting``, ``presenting``, ``grading``), the importer and
the GIFT format call these methods and never look at the type themselves.

Types work on a question as the attempt drew it (``attempting.drawn_questions``): its ``options``, its ``pairs``
and its ``settings`` (a JSON object whose keys the type declares in ``settings_fields``). They import no model, so
the file formats can use them without the database.
"""

import random
import secrets

from ..formats.base import ParsedOption, ParsedPair, ParsedQuestion
from ..formats.gift_text import Answers, Malformed

shuffler = random.SystemRandom()


class AnswerRefused(Exception):
    """A posted answer that is not one the attempt offered: the submission is refused (400), nothing is stored."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class Tokens:
    """Unguessable values for the choices of one attempt, unique within it: pages show these, never database ids."""

    def __init__(self):
        self.taken = set()

    def take(self, count: int) -> list[str]:
        made = []
        while len(made) < count:
            token = secrets.token_hex(8)
            if token not in self.taken:
                self.taken.add(token)
                made.append(token)
        return made


def tokens_of(entry, key, ids_key) -> list:
    """The tokens stored in a draw entry. Attempts submitted before tokens existed have none; their pages show only
    the review, which needs none."""
    return entry.get(key) or [None] * len(entry[ids_key])


class QuestionType:
    code = ""  # stored in Question.qtype and in every draw entry
    label = ""  # shown to editors
    order = 100  # position in the editor's list of types
    # GIFT: types that read an answer block are asked in this order (Moodle's); None never reads one.
    gift_priority: int | None = None
    # Per-question options, as form fields: the question editor shows them and stores them in Question.settings.
    settings_fields: dict = {}

    @property
    def template(self) -> str:
        """Renders one question, as a form field (``review`` false) or as its review (``review`` true)."""
        return f"quizzes/types/{self.code}.html"

    def setting(self, question, name):
        value = (getattr(question, "settings", None) or {}).get(name)
        return self.settings_fields[name].initial if value is None else value

    @staticmethod
    def field(entry, suffix="") -> str:
        return f"q{entry['question']}{suffix}"

    # --- taking -------------------------------------------------------------------------------------------------

    def draw(self, question, *, shuffle: bool, tokens: Tokens) -> dict:
        """What the attempt keeps of the question besides its id and revision (e.g. the order of its options)."""
        return {}

    def answer_keys(self, entry) -> set[str]:
        """The POST keys the question's form fields use."""
        return {self.field(entry)}

    def parse(self, entry, post):
        """The answer to store, in database ids; None when not answered; AnswerRefused when not one offered."""
        raise NotImplementedError

    def posted(self, entry, post):
        """What a refused post gave for this question, in the form's values, to show it again."""
        raise NotImplementedError

    def present(self, question, entry, chosen) -> dict:
        """Template context: texts and tokens only, never which answer is right."""
        return {}

    def score(self, question, answer) -> float:
        """The share of the question's mark, 0..1."""
        raise NotImplementedError

    def review(self, question, entry, answer) -> list[dict]:
        """Rows of the review shown after submission (when the quiz allows feedback)."""
        return []

    def model_answer(self, question, entry, right: bool) -> dict[str, list[str]]:
        """POST data answering this question right or wrong (demo data, tests, benchmarks)."""
        raise NotImplementedError

    # --- GIFT and storage ---------------------------------------------------------------------------------------

    def gift_claims(self, answers: Answers) -> bool:
        return False

    def gift_read(self, answers: Answers, question: ParsedQuestion) -> None:
        """Fill ``question`` (type, options, pairs) from its answer block; raise Malformed or Unsupported."""
        raise Malformed("unreadable answer block")

    def gift_answer(self, question: ParsedQuestion, general: str) -> str:
        """The answer block, braces included; ``general`` is the ``####general feedback`` to put inside."""
        raise ValueError(f"cannot write question type {question.type!r} as GIFT")

    def imported(self, parsed: ParsedQuestion, language: str) -> tuple[list[ParsedOption], list[ParsedPair]]:
        """The options and pairs to store for an imported question."""
        return parsed.options, parsed.pairs

    def exported(self, question) -> tuple[list[ParsedOption], list[ParsedPair]]:
        """A stored question's options and pairs as GIFT holds them."""
        return [], []


def block(lines: list[str], general: str) -> str:
    """A multi-line answer block: one answer a line, the general feedback last."""
    return "\n".join(["{", *lines, *([f"\t{general}"] if general else []), "}"])
