"""Short answer: the learner types a word or a phrase; it is compared with the accepted answers.

GIFT ``{=answer =other answer =%50%partly right answer#feedback}``: only ``=`` answers (Moodle's short answer).

How a typed answer is compared with an accepted one (both sides go through the same steps):

1. Unicode NFC; every apostrophe variant (’ ‘ ʼ ` ´ ′ ') becomes ``'``, so "п’ять", "пʼять" and "п'ять" are one word.
2. Spaces are trimmed at both ends and every run of spaces, tabs or line breaks becomes one space.
3. Unless the question sets "letter case matters", case is ignored.
4. Unless the question turns it off, Latin and Cyrillic letters that look the same count as the same letter:
   А В С Е Н І Ј К М О Р Ѕ Т Х У and а с е і ј о р ѕ х у, each as its Latin twin. When case is ignored, a pair that
   looks alike in either case is one letter in both ("ВАТ", "ват", "BAT" and "bat" are equal, as "ТАК" and "так"
   are); when case matters, only the same case counts ("ВАТ" equals "BAT", but Cyrillic "в" is not Latin "b").
5. ``*`` in an accepted answer stands for any text (as in Moodle); ``\\*`` is a literal star.

The best-weighted accepted answer that matches gives the mark (an answer worth 0% can carry feedback for a common
wrong answer); no match earns nothing.
"""

import re
import unicodedata

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..formats.base import ParsedOption
from ..formats.gift_text import Malformed, escape_text, percent
from .base import AnswerRefused, QuestionType, block
from .choice import read_answers
from .registry import register

SHORT_ANSWER = "short_answer"
MAX_LENGTH = 300

_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼ`´′ʹ", "'"))
_CYRILLIC_CAPITALS, _LATIN_CAPITALS = "АВСЕНІЈКМОРЅТХУ", "ABCEHIJKMOPSTXY"
_LOOKALIKES = str.maketrans(_CYRILLIC_CAPITALS + "асеіјорѕху", _LATIN_CAPITALS + "aceijopsxy")  # case kept
_LOOKALIKES_FOLDED = str.maketrans(_CYRILLIC_CAPITALS.lower(), _LATIN_CAPITALS.lower())  # after casefold
_STAR = re.compile(r"(?<!\\)\*")


def normalise(text: str, *, case_sensitive=False, lookalikes=True) -> str:
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    text = " ".join(text.split())
    if case_sensitive:
        return text.translate(_LOOKALIKES) if lookalikes else text
    text = text.casefold()
    return text.translate(_LOOKALIKES_FOLDED) if lookalikes else text


def answer_weight(option) -> float:
    if option.weight is not None:
        return float(option.weight) / 100
    return 1.0 if option.is_correct else 0.0


@register
class ShortAnswer(QuestionType):
    code = SHORT_ANSWER
    label = gettext_lazy("Short answer")
    order = 50
    gift_priority = 60
    settings_fields = {
        "case_sensitive": forms.BooleanField(
            required=False,
            initial=False,
            label=gettext_lazy("Short answer: letter case matters"),
            help_text=gettext_lazy("Off: “Kyiv”, “kyiv” and “KYIV” are the same answer."),
        ),
        "lookalike_letters": forms.BooleanField(
            required=False,
            initial=True,
            label=gettext_lazy("Short answer: Latin and Cyrillic letters that look alike are the same"),
            help_text=gettext_lazy("On: an answer typed with the keyboard in the other language still counts."),
        ),
    }

    def _normalise(self, question, text):
        return normalise(
            text,
            case_sensitive=self.setting(question, "case_sensitive"),
            lookalikes=self.setting(question, "lookalike_letters"),
        )

    def matches(self, question, accepted: str, given: str) -> bool:
        pattern = self._normalise(question, accepted)
        text = self._normalise(question, given)
        pieces = [re.escape(piece.replace("\\*", "*")) for piece in _STAR.split(pattern)]
        return re.fullmatch(".*".join(pieces), text, flags=re.DOTALL) is not None

    def best(self, question, given):
        """The accepted answer with the highest weight that ``given`` matches, or None."""
        if not given:
            return None
        found = [option for option in question.options.all() if self.matches(question, option.text, given)]
        return max(found, key=answer_weight, default=None)

    # --- taking -------------------------------------------------------------------------------------------------

    @staticmethod
    def _typed(entry, post) -> list[str]:
        return [" ".join(value.split()) for value in post.getlist(QuestionType.field(entry))]

    def parse(self, entry, post):
        values = [value for value in self._typed(entry, post) if value]
        if not values:
            return None
        if len(values) > 1:
            raise AnswerRefused(_("Type one answer for each short-answer question."))
        if len(values[0]) > MAX_LENGTH or not values[0].isprintable():
            raise AnswerRefused(_("An answer is too long or holds characters that cannot be stored."))
        return values[0]

    def posted(self, entry, post):
        typed = self._typed(entry, post)
        text = typed[0][:MAX_LENGTH] if typed else ""
        return text if text.isprintable() else ""

    def present(self, question, entry, chosen):
        return {"chosen": chosen or "", "max_length": MAX_LENGTH}

    def score(self, question, answer):
        option = self.best(question, answer)
        return max(0.0, min(1.0, answer_weight(option))) if option is not None else 0.0

    def review(self, question, entry, answer):
        option = self.best(question, answer)
        return [
            {
                "given": answer or "",
                "score": self.score(question, answer),
                "feedback": option.feedback if option is not None else "",
                "accepted": [
                    {"text": other.text, "percent": round(answer_weight(other) * 100)}
                    for other in question.options.all()
                    if answer_weight(other) > 0
                ],
            }
        ]

    def model_answer(self, question, entry, right):
        options = sorted(question.options.all(), key=answer_weight, reverse=True)
        text = _STAR.sub("", options[0].text).replace("\\*", "*") if right and options else "—"
        return {self.field(entry): [text]}

    # --- GIFT ---------------------------------------------------------------------------------------------------

    def gift_claims(self, answers):
        return answers.stripped.startswith("=")

    def gift_read(self, answers, question):
        question.options = [option for _marker, option, _where in read_answers(answers, "=", question)]
        if not any(option.weight > 0 for option in question.options):
            raise Malformed(
                "no accepted answer: a short answer needs an '=' answer worth more than 0%",
                answers.line_at(answers.offset),
            )
        question.type = SHORT_ANSWER

    def gift_answer(self, question, general):
        lines = []
        for option in question.options:
            if "->" in option.text:
                raise ValueError(f"short answer {option.text!r} contains '->', which GIFT would read as matching")
            marker = "=" if option.weight == 1 and not option.text.startswith("%") else f"=%{percent(option.weight)}%"
            line = f"\t{marker}{escape_text(option.text)}"
            if option.feedback:
                line += f"#{escape_text(option.feedback)}"
            lines.append(line)
        return block(lines, general)

    def exported(self, question):
        return [
            ParsedOption(option.text, answer_weight(option), option.feedback) for option in question.options.all()
        ], []
