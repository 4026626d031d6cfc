"""Questions of the types the shared factories do not build: short answer, matching with distractors."""

from decimal import Decimal

from quizzes.models import MatchPair, Option, Question


def make_short_answer(bank, *, name="short", accepted=(("Kyiv", 100, "Yes."),), settings=None, category="indicators"):
    """``accepted``: (text, weight in %, feedback) per accepted answer; ``settings``: the type's options."""
    question = Question(bank=bank, qtype="short_answer", name=name, category=category, settings=settings or {})
    question.stem = f"Stem of {name}"
    question.explanation = "Explained."
    question.source = "Palermo Protocol, Art. 3(b)"
    question.options = [
        Option(text=text, is_correct=weight > 0, weight=Decimal(weight), feedback=feedback)
        for text, weight, feedback in accepted
    ]
    question.save()
    return question


def make_matching(bank, *, name="match", pairs=(("a", "1"), ("b", "2")), distractors=(), category="indicators"):
    question = Question(bank=bank, qtype="matching", name=name, category=category)
    question.stem = f"Stem of {name}"
    question.options = []
    question.pairs = [MatchPair(left=left, right=right) for left, right in pairs] + [
        MatchPair(left="", right=right) for right in distractors
    ]
    question.save()
    return question
