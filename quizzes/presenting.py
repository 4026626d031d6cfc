"""What attempt pages show. Before submission: only texts and the attempt's random tokens, in the stored order
(never which option is right, never a database id, never feedback). After: the learner's answers and, when the
quiz allows, the feedback. Texts are those of the version drawn (see ``attempting.drawn_questions``).

Each question is rendered by its type's template (``templates/quizzes/types/<type>.html``) from the context the
type gives (``QuestionType.present`` and ``review``)."""

from dataclasses import dataclass, field

from .attempting import drawn_questions
from .models import Attempt, Question
from .models.pages import FeedbackMode
from .types import registry


@dataclass
class ShownQuestion:
    number: int
    question: Question
    kind: str
    template: str
    shown: dict = field(default_factory=dict)  # the type's context: texts and tokens, and what the learner chose
    score: float | None = None
    review: list = field(default_factory=list)  # after submission, when feedback is allowed


def posted_answers(attempt: Attempt, post) -> dict[str, object]:
    """What a refused submission posted, per question, in the form's values (unknown values are dropped), so the
    form shows it again: choices, matches and typed answers alike."""
    return {str(entry["question"]): registry.for_entry(entry).posted(entry, post) for entry in attempt.draw}


def shown_questions(attempt: Attempt, *, answers=None, posted=None, with_review=False) -> list[ShownQuestion]:
    """``answers``: the stored answers (ids), for the review; ``posted``: see ``posted_answers``."""
    questions = drawn_questions(attempt)
    scores = {result["question"]: result["score"] for result in attempt.results or []}
    shown = []
    for number, entry in enumerate(attempt.draw, start=1):
        question = questions.get(entry["question"])
        if question is None:
            continue
        qtype = registry.for_entry(entry, question)
        item = ShownQuestion(
            number=number,
            question=question,
            kind=qtype.code,
            template=qtype.template,
            shown=qtype.present(question, entry, (posted or {}).get(str(question.pk))),
            score=scores.get(question.pk),
        )
        if with_review:
            item.review = qtype.review(question, entry, (answers or {}).get(str(question.pk)))
        shown.append(item)
    return shown


def feedback_allowed(quiz, *, any_passed: bool) -> bool:
    mode = quiz.feedback_mode if quiz else FeedbackMode.NEVER
    return mode == FeedbackMode.ALWAYS or (mode == FeedbackMode.PASSED and any_passed)
