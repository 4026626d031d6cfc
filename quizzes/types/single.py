"""Single choice: one answer among options; GIFT ``{=right ~wrong ~%50%partly right}``."""

from django.utils.translation import gettext_lazy as _

from ..formats.base import MULTIPLE, SINGLE
from ..formats.gift_text import Malformed
from .base import block
from .choice import ChoiceType, choice_lines, read_answers
from .registry import register


@register
class SingleChoice(ChoiceType):
    code = SINGLE
    label = _("Single choice")
    order = 10
    # Moodle's order: any '~' makes a choice question. This type reads every such block and decides, as Moodle's
    # importer does, whether it is a single choice or a multiple response.
    gift_priority = 30

    def gift_claims(self, answers):
        return "~" in answers.stripped

    def gift_read(self, answers, question):
        read = read_answers(answers, "~=", question)
        question.options = [option for _marker, option, _where in read]
        if len(question.options) < 2:
            raise Malformed("a choice question needs at least 2 answers", answers.line_at(answers.offset))
        positive = [option.weight for option in question.options if option.weight > 0]
        if not positive:
            raise Malformed(
                "no right answer: mark the right answer with '=' or give right answers a positive weight such as ~%50%",
                answers.line_at(answers.offset),
            )
        marked_right = any(marker == "=" for marker, _option, _where in read)
        # Several right answers make a multiple-response question when written as Moodle writes one (~%50%, no
        # '='), or when partial '=%50%' weights share out the mark. With any full-mark '=' answer it stays a single
        # choice (other right answers are alternatives or partial credit), as in Moodle, where '=' means one answer.
        shares_mark = max(positive) < 1 and abs(sum(positive) - 1) < 0.005
        question.type = MULTIPLE if len(positive) >= 2 and (not marked_right or shares_mark) else SINGLE

    def gift_answer(self, question, general):
        return block(choice_lines(question.options, single=True), general)
