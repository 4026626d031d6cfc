"""What attempt pages show. Before submission: only texts and the attempt's random tokens, in the stored order
(never which option is right, never a database id, never feedback). After: the learner's answers and, when the
quiz allows, the feedback. Texts are those of the version drawn (see ``attempting.drawn_questions``)."""

from dataclasses import dataclass, field

from .attempting import drawn_questions
from .formats.base import MATCHING, MULTIPLE
from .grading import option_weights
from .models import Attempt, Question
from .models.pages import FeedbackMode


@dataclass
class ShownQuestion:
    number: int
    question: Question
    kind: str
    options: list = field(default_factory=list)  # [(token, text)] in display order
    lefts: list = field(default_factory=list)  # [(token, text)]
    rights: list = field(default_factory=list)  # [(token, text)] shuffled; tokens unrelated to the left ones
    chosen: object = None  # the tokens posted, to keep the learner's input: [token] or {left token: right token}
    score: float | None = None
    review: list = field(default_factory=list)  # after submission, when feedback is allowed


def _tokens(entry, key, ids_key) -> list:
    # Attempts submitted before tokens existed have none; their pages only show the review, which needs none.
    return entry.get(key) or [None] * len(entry[ids_key])


def posted_answers(attempt: Attempt, post) -> dict[str, object]:
    """What a refused submission posted, per question, in the tokens of the form (unknown values are dropped), so
    the form shows it again: choices as a list, matches as {left token: right token}."""
    chosen = {}
    for entry in attempt.draw:
        question_id = str(entry["question"])
        if "left" in entry:
            offered = set(entry["right_tokens"])
            chosen[question_id] = {
                token: post.get(f"q{question_id}-{token}")
                for token in entry["left_tokens"]
                if post.get(f"q{question_id}-{token}") in offered
            }
        else:
            offered = set(entry["tokens"])
            chosen[question_id] = [value for value in post.getlist(f"q{question_id}") if value in offered]
    return chosen


def shown_questions(attempt: Attempt, *, answers=None, posted=None, with_review=False) -> list[ShownQuestion]:
    """``answers``: the stored answers (ids), for the review; ``posted``: see ``posted_answers``."""
    questions = drawn_questions(attempt)
    scores = {result["question"]: result["score"] for result in attempt.results or []}
    shown = []
    for number, entry in enumerate(attempt.draw, start=1):
        question = questions.get(entry["question"])
        if question is None:
            continue
        answer = (answers or {}).get(str(question.pk))
        chosen = (posted or {}).get(str(question.pk))
        item = ShownQuestion(number=number, question=question, kind=question.qtype, chosen=chosen)
        item.score = scores.get(question.pk)
        if question.qtype == MATCHING:
            pairs = {pair.pk: pair for pair in question.pairs.all()}
            lefts = zip(entry["left"], _tokens(entry, "left_tokens", "left"), strict=True)
            rights = zip(entry["right"], _tokens(entry, "right_tokens", "right"), strict=True)
            item.lefts = [(token, pairs[pk].left) for pk, token in lefts if pk in pairs]
            item.rights = [(token, pairs[pk].right) for pk, token in rights if pk in pairs]
            if with_review:
                given = answer or {}
                item.review = [
                    {
                        "text": f"{pairs[pk].left} → {pairs[pk].right}",
                        "given": pairs[given[str(pk)]].right if given.get(str(pk)) in pairs else "",
                        "correct": given.get(str(pk)) == pk,
                    }
                    for pk in entry["left"]
                    if pk in pairs
                ]
        else:
            options = {option.pk: option for option in question.options.all()}
            shown_options = zip(entry["options"], _tokens(entry, "tokens", "options"), strict=True)
            item.options = [(token, options[pk].text) for pk, token in shown_options if pk in options]
            if with_review:
                weights = option_weights(options.values())
                given = set(answer or [])
                item.review = [
                    {
                        "text": options[pk].text,
                        "chosen": pk in given,
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
