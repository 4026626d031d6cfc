"""Starting and submitting attempts: the integrity rules of the quizzes.

- The draw (questions and option order) is stored when the attempt starts, so a reload changes nothing.
- Submission is idempotent: a conditional UPDATE (``submitted_at IS NULL``) lets exactly one submission of an
  attempt through, on SQLite and PostgreSQL alike; a retry gets the stored result.
- Everything a learner posts is checked against the stored draw before anything is written.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.progress import course_completion_check, enrollment_for
from courses.summary import summary_quiz_graded

from . import grading
from .formats.base import MATCHING, MULTIPLE
from .models import Attempt, Question, QuizPage

# Seconds of grace after a time limit, for the request in flight when time runs out.
TIME_LIMIT_GRACE = 30
_random = random.SystemRandom()


class AttemptRefused(Exception):
    """A clear reason, shown to the learner, why an attempt cannot start or be submitted."""

    def __init__(self, message, status=403):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class Availability:
    can_start: bool
    reason: str = ""
    in_progress: Attempt | None = None
    attempts_used: int = 0
    next_start_at: object = None


def attempts_for(*, user, quiz) -> list[Attempt]:
    return list(Attempt.objects.filter(user=user, quiz_key=quiz.translation_key).order_by("number"))


def availability(*, user, quiz: QuizPage, attempts=None, now=None) -> Availability:
    now = now or timezone.now()
    attempts = attempts if attempts is not None else attempts_for(user=user, quiz=quiz)
    in_progress = next((a for a in attempts if not a.is_submitted and not _expired(a, now)), None)
    used = len(attempts)
    if in_progress:
        return Availability(True, in_progress=in_progress, attempts_used=used)
    course = quiz.get_course()
    if course is None or enrollment_for(user=user, course=course) is None:
        return Availability(False, _("Enrol in the course to take this quiz."), attempts_used=used)
    if quiz.max_attempts and used >= quiz.max_attempts:
        return Availability(False, _("You have used all attempts at this quiz."), attempts_used=used)
    submitted = [a.submitted_at or a.deadline for a in attempts if a.submitted_at or a.deadline]
    if quiz.wait_minutes and submitted:
        next_start = max(submitted) + timedelta(minutes=quiz.wait_minutes)
        if next_start > now:
            return Availability(
                False,
                _("You can start the next attempt after the waiting time."),
                attempts_used=used,
                next_start_at=next_start,
            )
    return Availability(True, attempts_used=used)


def _expired(attempt, now) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + timedelta(seconds=TIME_LIMIT_GRACE)


def draw_questions(quiz: QuizPage) -> list[Question]:
    """Questions for one attempt: per rule, N at random from the bank in the quiz's language (no repeats)."""
    pool = Question.objects.filter(bank=quiz.bank_id, locale_id=quiz.locale_id)
    if not pool.exists():  # a translated quiz whose bank is not translated yet: use the original language
        pool = Question.objects.filter(bank=quiz.bank_id)
    chosen, seen = [], set()
    for rule in quiz.draw_rules.all():
        candidates = pool.exclude(pk__in=seen)
        if rule.category:
            candidates = candidates.filter(category=rule.category)
        if rule.tag:
            candidates = candidates.filter(tags__name=rule.tag)
        ids = list(candidates.values_list("pk", flat=True).distinct())
        picked = _random.sample(ids, min(rule.count, len(ids)))
        seen.update(picked)
        chosen.extend(picked)
    questions = Question.objects.in_bulk(chosen)
    return [questions[pk] for pk in chosen]


def _draw_entry(question, shuffle: bool) -> dict:
    if question.qtype == MATCHING:
        pairs = [pair.pk for pair in question.pairs.all()]
        right = pairs[:]
        _random.shuffle(right)
        return {"question": question.pk, "type": question.qtype, "left": pairs, "right": right}
    options = [option.pk for option in question.options.all()]
    if shuffle and question.qtype != "true_false":
        _random.shuffle(options)
    return {"question": question.pk, "type": question.qtype, "options": options}


def attempt_start(*, user, quiz: QuizPage) -> Attempt:
    """Start (or resume) an attempt. Two concurrent starts cannot both take the same attempt number."""
    state = availability(user=user, quiz=quiz)
    if state.in_progress:
        return state.in_progress
    if not state.can_start:
        raise AttemptRefused(state.reason)
    questions = draw_questions(quiz)
    if not questions:
        raise AttemptRefused(_("This quiz has no questions yet."), status=409)
    course = quiz.get_course()
    deadline = timezone.now() + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user,
                quiz=quiz,
                quiz_key=quiz.translation_key,
                course_key=course.translation_key if course else None,
                quiz_title=quiz.title,
                kind=quiz.kind,
                number=state.attempts_used + 1,
                deadline=deadline,
                draw=[_draw_entry(question, quiz.shuffle_options) for question in questions],
            )
    except IntegrityError:
        resumed = Attempt.objects.filter(user=user, quiz_key=quiz.translation_key, submitted_at__isnull=True).first()
        if resumed is None:
            raise AttemptRefused(_("Another attempt was just started. Reload the page."), status=409) from None
        return resumed


def parse_answers(attempt: Attempt, post) -> dict[str, object]:
    """Check a posted answer set against the stored draw. Raises AttemptRefused (400) on anything else."""
    expected = {}
    for entry in attempt.draw:
        if "left" in entry:
            for left in entry["left"]:
                expected[f"q{entry['question']}-{left}"] = entry
        else:
            expected[f"q{entry['question']}"] = entry
    posted = {key for key in post if key.startswith("q")}
    unknown = posted - set(expected)
    if unknown:
        raise AttemptRefused(_("The answers do not belong to this attempt."), status=400)
    answers, missing = {}, []
    for entry in attempt.draw:
        question_id = str(entry["question"])
        if "left" in entry:
            matches = {}
            for left in entry["left"]:
                value = post.get(f"q{question_id}-{left}", "")
                if not value:
                    missing.append(question_id)
                    continue
                if not (value.isascii() and value.isdigit()) or int(value) not in entry["right"]:
                    raise AttemptRefused(_("An answer is not one of the choices offered."), status=400)
                matches[str(left)] = int(value)
            answers[question_id] = matches
        else:
            values = post.getlist(f"q{question_id}")
            if not values:
                missing.append(question_id)
                continue
            if not all(value.isascii() and value.isdigit() and int(value) in entry["options"] for value in values):
                raise AttemptRefused(_("An answer is not one of the choices offered."), status=400)
            if len(set(values)) != len(values):
                raise AttemptRefused(_("An answer is not one of the choices offered."), status=400)
            if len(values) > 1 and entry["type"] != MULTIPLE:
                raise AttemptRefused(_("Choose one answer for each single-choice question."), status=400)
            answers[question_id] = [int(value) for value in values]
    if missing:
        raise AttemptRefused(_("Answer every question before you submit."), status=400)
    return answers


@dataclass
class Submission:
    attempt: Attempt
    newly_graded: bool


def attempt_submit(*, user, attempt_id: int, post) -> Submission:
    attempt = Attempt.objects.filter(pk=attempt_id, user=user).select_related("quiz").first()
    if attempt is None:
        raise AttemptRefused(_("This attempt does not exist."), status=404)
    if attempt.is_submitted:
        return Submission(attempt, newly_graded=False)
    now = timezone.now()
    if _expired(attempt, now):
        raise AttemptRefused(_("The time limit for this attempt has passed; the answers were not accepted."))
    answers = parse_answers(attempt, post)
    questions = Question.objects.prefetch_related("options", "pairs").in_bulk(
        [entry["question"] for entry in attempt.draw]
    )
    results = []
    for entry in attempt.draw:
        question = questions.get(entry["question"])
        # A question deleted from the bank after the draw scores nothing rather than breaking the attempt.
        score = grading.score_question(question, answers.get(str(entry["question"]))) if question else 0.0
        results.append({"question": entry["question"], "score": round(score, 4)})
    score = grading.total_percent([result["score"] for result in results])
    pass_mark = attempt.quiz.pass_mark if attempt.quiz else 100
    passed = score >= pass_mark
    with transaction.atomic():
        earlier = Attempt.objects.filter(user=user, quiz_key=attempt.quiz_key, submitted_at__isnull=False).aggregate(
            submitted=Count("pk"), passed=Count("pk", filter=Q(passed=True))
        )
        updated = Attempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=now,
            answers=answers,
            results=results,
            score=score,
            passed=passed,
            first_submission=not earlier["submitted"],
            first_pass=passed and not earlier["passed"],
        )
        if updated:
            summary_quiz_graded(user=user, course_key=attempt.course_key, kind=attempt.kind, score=score)
        if updated and passed and attempt.quiz is not None:
            course = attempt.quiz.get_course()
            if course is not None:
                course_completion_check(user=user, course=course)
    attempt.refresh_from_db()
    return Submission(attempt, newly_graded=bool(updated))


def first_flags_refresh(attempts) -> None:
    """Recompute ``first_submission`` and ``first_pass`` of ``attempts`` from their order (migration, repair)."""
    model = attempts.model

    def earlier(**extra):
        return Exists(
            model.objects.filter(
                user_id=OuterRef("user_id"),
                quiz_key=OuterRef("quiz_key"),
                submitted_at__isnull=False,
                submitted_at__lt=OuterRef("submitted_at"),
                **extra,
            )
        )

    submitted = attempts.filter(submitted_at__isnull=False, user__isnull=False)
    submitted.update(
        first_submission=Case(When(earlier(), then=Value(False)), default=Value(True)),
        first_pass=Case(When(~earlier(passed=True), passed=True, then=Value(True)), default=Value(False)),
    )


def passed_quiz_keys(*, user, quiz_keys) -> set:
    return set(
        Attempt.objects.filter(user=user, quiz_key__in=list(quiz_keys), passed=True).values_list("quiz_key", flat=True)
    )


def live_required_quizzes(course):
    return QuizPage.objects.live().descendant_of(course).filter(is_required=True)


def model_answers(attempt: Attempt, *, right=True) -> dict[str, list[str]]:
    """A complete answer set for ``attempt``'s draw, as a form would post it: every answer right, every answer
    wrong, or (``right`` a callable) decided per question. For demo data, tests and load benchmarks."""
    from .grading import option_weights

    questions = Question.objects.prefetch_related("options").in_bulk([entry["question"] for entry in attempt.draw])
    data = {}
    for entry in attempt.draw:
        is_right = right() if callable(right) else right
        if "left" in entry:
            rights = entry["left"] if is_right else entry["left"][1:] + entry["left"][:1]
            for left, chosen in zip(entry["left"], rights, strict=True):
                data[f"q{entry['question']}-{left}"] = [str(chosen)]
            continue
        weights = option_weights(questions[entry["question"]].options.all())
        picked = [pk for pk in entry["options"] if (weights[pk] > 0) == is_right] or entry["options"][:1]
        data[f"q{entry['question']}"] = [str(pk) for pk in (picked if entry["type"] == MULTIPLE else picked[:1])]
    return data
