"""What single choice, multiple response and true/false share: options shown in a stored order, weighted."""

from django.utils.translation import gettext as _

from ..formats.base import ParsedOption
from ..formats.gift_text import Answers, Malformed, escape_text, formatted, percent, snippet
from .base import AnswerRefused, QuestionType, shuffler, tokens_of


def option_weights(options) -> dict[int, float]:
    """Each option's share of the question's mark, -1..1.

    Explicit weights (Moodle percentages) win. Otherwise the right options share the mark, and for multiple
    response each wrong choice takes away the same share, so ticking everything earns nothing.
    """
    options = list(options)
    if not options:
        return {}
    if any(option.weight is not None for option in options):
        return {option.pk: float(option.weight or 0) / 100 for option in options}
    right = [option for option in options if option.is_correct] or options
    share = 1 / len(right)
    return {option.pk: (share if option.is_correct else -share) for option in options}


class ChoiceType(QuestionType):
    multiple = False  # more than one answer may be chosen
    shuffles = True  # options are shuffled when the quiz shuffles options

    def draw(self, question, *, shuffle, tokens):
        options = [option.pk for option in question.options.all()]
        if shuffle and self.shuffles:
            shuffler.shuffle(options)
        return {"options": options, "tokens": tokens.take(len(options))}

    def parse(self, entry, post):
        options = dict(zip(entry["tokens"], entry["options"], strict=True))
        values = post.getlist(self.field(entry))
        if not values:
            return None
        if not all(value in options for value in values) or len(set(values)) != len(values):
            raise AnswerRefused(_("An answer is not one of the choices offered."))
        if len(values) > 1 and not self.multiple:
            raise AnswerRefused(_("Choose one answer for each single-choice question."))
        return [options[value] for value in values]

    def posted(self, entry, post):
        offered = set(entry["tokens"])
        return [value for value in post.getlist(self.field(entry)) if value in offered]

    def present(self, question, entry, chosen):
        options = {option.pk: option for option in question.options.all()}
        shown = zip(entry["options"], tokens_of(entry, "tokens", "options"), strict=True)
        return {
            "options": [(token, options[pk].text) for pk, token in shown if pk in options],
            "chosen": chosen or [],
            "multiple": self.multiple,
        }

    def score(self, question, answer):
        weights = option_weights(question.options.all())
        chosen = answer or []
        if not self.multiple:
            # One answer, worth its weight (never below zero).
            return max(0.0, weights.get(chosen[0], 0.0)) if chosen else 0.0
        return min(1.0, max(0.0, sum(weights.get(option_id, 0.0) for option_id in chosen)))

    def review(self, question, entry, answer):
        options = {option.pk: option for option in question.options.all()}
        weights = option_weights(options.values())
        given = set(answer or [])
        return [
            {
                "text": options[pk].text,
                "chosen": pk in given,
                "right": weights[pk] > 0,
                "feedback": options[pk].feedback,
            }
            for pk in entry["options"]
            if pk in options
        ]

    def model_answer(self, question, entry, right):
        token_of = dict(zip(entry["options"], entry["tokens"], strict=True))
        weights = option_weights(question.options.all())
        picked = [pk for pk in entry["options"] if (weights[pk] > 0) == right] or entry["options"][:1]
        return {self.field(entry): [token_of[pk] for pk in (picked if self.multiple else picked[:1])]}

    def exported(self, question):
        options = list(question.options.all())
        weights = option_weights(options)
        if not self.multiple:  # a wrong single choice earns nothing; GIFT writes it as plain ~
            weights = {pk: max(0.0, weight) for pk, weight in weights.items()}
        return [ParsedOption(option.text, weights[option.pk], option.feedback) for option in options], []


def choice_lines(options: list[ParsedOption], *, single: bool) -> list[str]:
    markers = []
    for option in options:
        if single and option.weight == 1:
            markers.append("=")
        elif option.weight == 0:
            markers.append("~")
        else:
            markers.append(f"~%{percent(option.weight)}%")
    if "~" not in "".join(markers):
        # A block with no '~' reads as short answer: keep the first right answer as '=' and weight the others.
        markers = [markers[0]] + [f"~%{percent(option.weight)}%" for option in options[1:]]
    lines = []
    for marker, option in zip(markers, options, strict=True):
        if option.text.startswith("%") and "%" not in marker:
            marker += "%100%" if marker == "=" else "%0%"  # an explicit weight, so the text is not read as one
        line = f"\t{marker}{escape_text(option.text)}"
        if option.feedback:
            line += f"#{escape_text(option.feedback)}"
        lines.append(line)
    return lines


def read_answers(answers: Answers, markers: str, question) -> list[tuple[str, ParsedOption, int]]:
    """Each ``=answer#feedback`` / ``~%50%answer#feedback`` of a block, with its marker and offset."""
    lead, segments = answers.segments(markers)
    answers.refuse_lead(lead, f"'{snippet(lead)}' is not an answer: start each answer with '=' (right) or '~' (wrong)")
    read = []
    for marker, body, position in segments:
        where = position + len(body) - len(body.lstrip())
        weight, rest = answers.weight(marker, body, where)
        answer_masked, _sep, feedback_masked = rest.partition("#")
        option = ParsedOption(
            text=formatted(answer_masked, answers.text_format, markdown=False),
            weight=weight,
            feedback=formatted(feedback_masked, answers.text_format, markdown=True),
        )
        if not option.text:
            raise Malformed(f"empty answer '{marker}{snippet(body)}'", answers.line_at(where))
        read.append((marker, option, where))
    return read
