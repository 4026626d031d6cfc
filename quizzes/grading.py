"""Scoring, as plain functions of the stored draw and the answers. Runs only on the server. Each question type
grades its own answers (``quizzes.types``)."""

from decimal import Decimal

from .types import registry
from .types.choice import option_weights

__all__ = ["option_weights", "score_question", "total_percent"]


def score_question(question, answer) -> float:
    return registry.get(question.qtype).score(question, answer)


def total_percent(scores: list[float]) -> Decimal:
    if not scores:
        return Decimal("0")
    return (Decimal(str(sum(scores))) * 100 / len(scores)).quantize(Decimal("0.01"))
