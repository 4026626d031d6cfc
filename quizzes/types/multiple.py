"""Multiple response: every right option adds its share, every wrong one takes its share away; GIFT
``{~%50%right ~%50%right ~%-100%wrong}`` (read by the single-choice reader, which tells the two apart)."""

from django.utils.translation import gettext_lazy as _

from ..formats.base import MULTIPLE
from .base import block
from .choice import ChoiceType, choice_lines
from .registry import register


@register
class MultipleResponse(ChoiceType):
    code = MULTIPLE
    label = _("Multiple response")
    order = 20
    multiple = True

    def gift_answer(self, question, general):
        return block(choice_lines(question.options, single=False), general)
