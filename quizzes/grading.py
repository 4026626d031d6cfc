"""Scoring, as plain functions of the stored draw and the answers. Runs only on the server."""

from decimal import Decimal

from .formats.base import MATCHING, MULTIPLE


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


def score_choice(question, chosen: list[int]) -> float:
    weights = option_weights(question.options.all())
    if question.qtype != MULTIPLE:
        # Single choice and true/false: one answer, worth its weight (never below zero).
        return max(0.0, weights.get(chosen[0], 0.0)) if chosen else 0.0
    return min(1.0, max(0.0, sum(weights.get(option_id, 0.0) for option_id in chosen)))


def score_matching(question, matches: dict[str, int]) -> float:
    pairs = list(question.pairs.all())
    if not pairs:
        return 0.0
    right = sum(1 for pair in pairs if matches.get(str(pair.pk)) == pair.pk)
    return right / len(pairs)


def score_question(question, answer) -> float:
    if question.qtype == MATCHING:
        return score_matching(question, answer or {})
    return score_choice(question, answer or [])


def total_percent(scores: list[float]) -> Decimal:
    if not scores:
        return Decimal("0")
    return (Decimal(str(sum(scores))) * 100 / len(scores)).quantize(Decimal("0.01"))
