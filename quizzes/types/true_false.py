"""True / false: two options, never shuffled; GIFT ``{T}``, ``{FALSE#feedback if wrong#feedback if right}``.

Moodle's ``split_truefalse_comment`` calls the first text the *wrong* feedback and the second the *right*
feedback: the first is shown to a learner whose answer is wrong, the second to one whose answer is right. For
``{T#a#b}`` the "True" option gets ``b`` and the "False" option ``a``; for ``{F#a#b}`` the "True" option gets ``a``
and the "False" option ``b``. Writing follows the same order, so Moodle and this platform read each other's files.
"""

from django.utils.translation import gettext_lazy as _

from ..formats.base import TRUE_FALSE, ParsedOption
from ..formats.gift_text import escape_text, formatted
from .choice import ChoiceType
from .registry import register

_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
LABELS = {"uk": ("Правда", "Неправда"), "en": ("True", "False")}


@register
class TrueFalse(ChoiceType):
    code = TRUE_FALSE
    label = _("True / false")
    order = 30
    shuffles = False
    gift_priority = 50

    def gift_claims(self, answers):
        return answers.stripped.split("#", 1)[0].strip() in _TRUE_FALSE

    def gift_read(self, answers, question):
        parts = answers.stripped.split("#", 2)
        is_true = _TRUE_FALSE[parts[0].strip()]
        wrong = formatted(parts[1], answers.text_format, markdown=True) if len(parts) > 1 else ""
        right = formatted(parts[2], answers.text_format, markdown=True) if len(parts) > 2 else ""
        question.type = TRUE_FALSE
        question.options = [
            ParsedOption("True", 1.0 if is_true else 0.0, right if is_true else wrong),
            ParsedOption("False", 0.0 if is_true else 1.0, wrong if is_true else right),
        ]

    def gift_answer(self, question, general):
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
            answer += f"#{escape_text(wrong)}"
        elif right:
            answer += "#"
        if right:
            answer += f"#{escape_text(right)}"
        return f"{{{answer}{general}}}"

    def imported(self, parsed, language):
        labels = LABELS.get(language, LABELS["en"])
        options = [
            ParsedOption(labels[0 if option.text.lower() == "true" else 1], option.weight, option.feedback)
            for option in parsed.options
        ]
        return options, []

    def exported(self, question):
        options = list(question.options.all())
        right = next((option for option in options if option.is_correct), None)
        truth = right is not None and options.index(right) == 0
        return [
            ParsedOption("True", 1.0 if truth else 0.0, options[0].feedback if options else ""),
            ParsedOption("False", 0.0 if truth else 1.0, options[1].feedback if len(options) > 1 else ""),
        ], []
