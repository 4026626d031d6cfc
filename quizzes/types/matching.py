"""Matching: each item gets one answer from a shared list; extra answers that match no item (distractors) make
guessing by elimination harder. GIFT ``{=item -> answer =item -> answer = -> distractor}``.

Stored as pairs; a pair without an item is a distractor. The answers are offered once per distinct text (two items
may share an answer), shuffled, with tokens of their own, unrelated to the items' tokens, so the page cannot pair
them up. A match is right when the chosen answer's text is the item's answer.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..formats.base import MATCHING, ParsedPair
from ..formats.gift_text import Malformed, escape, escape_text, formatted, render, snippet
from .base import AnswerRefused, QuestionType, block, shuffler, tokens_of
from .registry import register


def _items(question):
    return [pair for pair in question.pairs.all() if pair.left.strip()]


@register
class Matching(QuestionType):
    code = MATCHING
    label = gettext_lazy("Matching")
    order = 40
    gift_priority = 40

    def draw(self, question, *, shuffle, tokens):
        pairs = list(question.pairs.all())
        left = [pair.pk for pair in pairs if pair.left.strip()]
        right, seen = [], set()
        for pair in pairs:
            if pair.right not in seen:
                seen.add(pair.right)
                right.append(pair.pk)
        shuffler.shuffle(right)
        return {
            "left": left,
            "right": right,
            "left_tokens": tokens.take(len(left)),
            "right_tokens": tokens.take(len(right)),
        }

    def answer_keys(self, entry):
        return {self.field(entry, f"-{token}") for token in entry["left_tokens"]}

    def parse(self, entry, post):
        rights = dict(zip(entry["right_tokens"], entry["right"], strict=True))
        matches, missing = {}, False
        for left, token in zip(entry["left"], entry["left_tokens"], strict=True):
            value = post.get(self.field(entry, f"-{token}"), "")
            if not value:
                missing = True
                continue
            if value not in rights:
                raise AnswerRefused(_("An answer is not one of the choices offered."))
            matches[str(left)] = rights[value]
        return None if missing else matches

    def posted(self, entry, post):
        offered = set(entry["right_tokens"])
        given = {token: post.get(self.field(entry, f"-{token}")) for token in entry["left_tokens"]}
        return {token: value for token, value in given.items() if value in offered}

    def present(self, question, entry, chosen):
        pairs = {pair.pk: pair for pair in question.pairs.all()}
        lefts = zip(entry["left"], tokens_of(entry, "left_tokens", "left"), strict=True)
        rights = zip(entry["right"], tokens_of(entry, "right_tokens", "right"), strict=True)
        chosen = chosen or {}
        return {
            "lefts": [(token, pairs[pk].left, chosen.get(token)) for pk, token in lefts if pk in pairs],
            "rights": [(token, pairs[pk].right) for pk, token in rights if pk in pairs],
        }

    @staticmethod
    def _right(pairs, pair, given) -> bool:
        chosen = pairs.get(given)
        return chosen is not None and chosen.right == pair.right

    def score(self, question, answer):
        pairs = {pair.pk: pair for pair in question.pairs.all()}
        items = _items(question)
        if not items:
            return 0.0
        answer = answer or {}
        return sum(1 for pair in items if self._right(pairs, pair, answer.get(str(pair.pk)))) / len(items)

    def review(self, question, entry, answer):
        pairs = {pair.pk: pair for pair in question.pairs.all()}
        given = answer or {}
        return [
            {
                "text": f"{pairs[pk].left} → {pairs[pk].right}",
                "given": pairs[given[str(pk)]].right if given.get(str(pk)) in pairs else "",
                "correct": self._right(pairs, pairs[pk], given.get(str(pk))),
            }
            for pk in entry["left"]
            if pk in pairs
        ]

    def model_answer(self, question, entry, right):
        pairs = {pair.pk: pair for pair in question.pairs.all()}
        token_of = {pairs[pk].right: token for pk, token in zip(entry["right"], entry["right_tokens"], strict=True)}
        data = {}
        for pk, token in zip(entry["left"], entry["left_tokens"], strict=True):
            wanted = pairs[pk].right
            others = [value for text, value in token_of.items() if text != wanted]
            data[self.field(entry, f"-{token}")] = [token_of[wanted] if right or not others else others[0]]
        return data

    # --- GIFT ---------------------------------------------------------------------------------------------------

    def gift_claims(self, answers):
        return "=" in answers.stripped and "->" in answers.stripped

    def gift_read(self, answers, question):
        lead, segments = answers.segments("=")
        answers.refuse_lead(lead, f"'{snippet(lead)}' is not a pair: start each pair with '=' as in =item -> match")
        for _marker, body, position in segments:
            where = position + len(body) - len(body.lstrip())
            if "->" not in body:
                raise Malformed(f"the pair '={snippet(body)}' has no '->'", answers.line_at(where))
            left_masked, right_masked = body.split("->", 1)
            left = formatted(left_masked, answers.text_format, markdown=False)
            # Moodle reads the right-hand side as plain text with no [format] prefix; HTML is still never let through.
            right = render(right_masked, "html" if answers.text_format == "html" else "plain", markdown=False)
            if not right:
                raise Malformed(
                    f"empty answer: the pair '={snippet(body)}' has nothing after '->'", answers.line_at(where)
                )
            question.pairs.append(ParsedPair(left=left, right=right))  # no item: a distractor
        items = sum(1 for pair in question.pairs if pair.left)
        if items < 2:
            raise Malformed(f"a matching question needs at least 2 pairs, found {items}")
        question.type = MATCHING

    def gift_answer(self, question, general):
        lines = []
        for pair in question.pairs:
            if "->" in pair.left:
                raise ValueError(f"matching item {pair.left!r} contains '->', which GIFT cannot escape")
            lines.append(f"\t={escape_text(pair.left)} -> {escape(pair.right)}")
        return block(lines, general)

    def exported(self, question):
        return [], [ParsedPair(pair.left, pair.right) for pair in question.pairs.all()]
