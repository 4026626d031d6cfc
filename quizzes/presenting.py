"""What attempt pages show. Before submission: only texts and ids, in the stored order (never which option is
right, never feedback). After: the learner's answers and, when the quiz allows, the feedback."""

from dataclasses import dataclass, field

from .formats.base import MATCHING, MULTIPLE
from .grading import option_weights
from .models import Attempt, Question
from .models.pages import FeedbackMode


@dataclass
class ShownQuestion:
    number: int
    question: Question
    kind: str
    options: list = field(default_factory=list)  # [(id, text)] in display order
    lefts: list = field(default_factory=list)  # [(pair id, text)]
    rights: list = field(default_factory=list)  # [(pair id, text)] shuffled
    chosen: object = None  # posted or stored answer, to keep the learner's input
    score: float | None = None
    review: list = field(default_factory=list)  # after submission, when feedback is allowed


def questions_for(attempt: Attempt) -> dict[int, Question]:
    ids = [entry["question"] for entry in attempt.draw]
    return Question.objects.prefetch_related("options", "pairs").in_bulk(ids)


def shown_questions(attempt: Attempt, *, answers=None, with_review=False) -> list[ShownQuestion]:
    questions = questions_for(attempt)
    scores = {result["question"]: result["score"] for result in attempt.results or []}
    shown = []
    for number, entry in enumerate(attempt.draw, start=1):
        question = questions.get(entry["question"])
        if question is None:
            continue
        answer = (answers or {}).get(str(question.pk))
        item = ShownQuestion(number=number, question=question, kind=question.qtype, chosen=answer)
        item.score = scores.get(question.pk)
        if question.qtype == MATCHING:
            pairs = {pair.pk: pair for pair in question.pairs.all()}
            item.lefts = [(pk, pairs[pk].left) for pk in entry["left"] if pk in pairs]
            item.rights = [(pk, pairs[pk].right) for pk in entry["right"] if pk in pairs]
            if with_review:
                chosen = answer or {}
                item.review = [
                    {
                        "text": f"{pairs[pk].left} → {pairs[pk].right}",
                        "given": pairs[chosen[str(pk)]].right if chosen.get(str(pk)) in pairs else "",
                        "correct": chosen.get(str(pk)) == pk,
                    }
                    for pk in entry["left"]
                    if pk in pairs
                ]
        else:
            options = {option.pk: option for option in question.options.all()}
            item.options = [(pk, options[pk].text) for pk in entry["options"] if pk in options]
            if with_review:
                weights = option_weights(options.values())
                chosen = set(answer or [])
                item.review = [
                    {
                        "text": options[pk].text,
                        "chosen": pk in chosen,
                        "right": weights[pk] > 0,
                        "feedback": options[pk].feedback,
                    }
                    for pk in entry["options"]
                    if pk in options
                ]
        shown.append(item)
    return shown


def feedback_allowed(quiz, *, any_passed: bool) -> bool:
    mode = quiz.feedback_mode if quiz else FeedbackMode.NEVER
    return mode == FeedbackMode.ALWAYS or (mode == FeedbackMode.PASSED and any_passed)


def is_multiple(item: ShownQuestion) -> bool:
    return item.kind == MULTIPLE
