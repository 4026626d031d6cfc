"""Starting and submitting attempts: the integrity rules of the quizzes.

- The draw (questions and option order) is stored when the attempt starts, so a reload changes nothing.
- Submission is idempotent: a conditional UPDATE (``submitted_at IS NULL``) lets exactly one submission of an
  attempt through, on SQLite and PostgreSQL alike; a retry gets the stored result.
- Everything a learner posts is checked against the stored draw before anything is written.
"""

import random
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Revision

from courses.progress import course_completion_check, enrollment_for

from . import grading, signals
from .models import Attempt, DrawRule, Question, QuizPage
from .models.pages import QuizKind
from .types import registry
from .types.base import AnswerRefused, Tokens

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


def assessment_items(bank_id):
    """The questions of ``bank_id`` any assessment quiz may draw, in every language (by translation key).

    Practice quizzes give feedback with the right answers and allow unlimited attempts, so an item a final
    assessment can draw must never appear in one: the practice pool leaves these out. Unpublished assessment quizzes
    count too, so that publishing one later cannot expose items already shown in practice.
    """
    rules = DrawRule.objects.filter(page__bank_id=bank_id, page__kind=QuizKind.ASSESSMENT)
    matches = Q(pk__in=[])
    for category, tag in rules.values_list("category", "tag").distinct():
        rule = Q(pk__isnull=False)  # a rule without filters takes the whole bank (an empty Q() would add nothing)
        if category:
            rule &= Q(category=category)
        if tag:
            rule &= Q(tags__name=tag)
        matches |= rule
    return Question.objects.filter(matches, bank=bank_id).values("translation_key")


def pool_overlap(quiz: QuizPage) -> dict:
    """For the quiz page's editor: which quizzes on the same bank are of the other side (practice or assessment),
    and how many questions are kept for assessments, so practice quizzes on this bank leave them out."""
    others = QuizPage.objects.filter(bank_id=quiz.bank_id).exclude(translation_key=quiz.translation_key)
    other_kind = QuizKind.PRACTICE if quiz.kind == QuizKind.ASSESSMENT else QuizKind.ASSESSMENT
    kept = (
        Question.objects.filter(bank=quiz.bank_id, locale_id=quiz.locale_id, live=True)
        .filter(translation_key__in=assessment_items(quiz.bank_id))
        .count()
    )
    return {
        "is_practice": quiz.kind == QuizKind.PRACTICE,
        "is_assessment": quiz.kind == QuizKind.ASSESSMENT,
        "others": list(others.filter(kind=other_kind, locale_id=quiz.locale_id).values_list("title", flat=True)),
        "kept": kept,
    }


def draw_pool(quiz: QuizPage):
    """Live questions in the quiz's language (or the original language, while the bank is not translated yet);
    for a practice quiz, without the items an assessment may draw."""
    live = Question.objects.filter(bank=quiz.bank_id, live=True)
    pool = live.filter(locale_id=quiz.locale_id)
    if not pool.exists():  # a translated quiz whose bank is not translated yet: use the original language
        pool = live
    if quiz.kind == QuizKind.PRACTICE:
        pool = pool.exclude(translation_key__in=assessment_items(quiz.bank_id))
    return pool


def draw_questions(quiz: QuizPage) -> list[Question]:
    """Questions for one attempt: per rule, N at random from the pool (no repeats)."""
    pool = draw_pool(quiz)
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
    questions = Question.objects.prefetch_related("options", "pairs").in_bulk(chosen)
    pin_live_revisions([questions[pk] for pk in chosen])
    return [questions[pk] for pk in chosen]


def pin_live_revisions(questions) -> None:
    """Give each live question without one a revision holding its live content, so an attempt can keep the version
    it drew (questions imported, or stored before questions had revisions). Once per question, ever."""
    missing = [question for question in questions if question.live_revision_id is None]
    for question in missing:
        revision = Revision.objects.create(
            content_type=ContentType.objects.get_for_model(question),
            base_content_type=question.get_base_content_type(),
            object_id=str(question.pk),
            content=question.serializable_data(),
            object_str=str(question)[:255],
        )
        # Conditional, so that a moderator's publish in between wins; latest_revision is set only when there is
        # none, so that an educator's pending draft stays the latest.
        Question.objects.filter(pk=question.pk, live_revision__isnull=True).update(live_revision=revision)
        Question.objects.filter(pk=question.pk, latest_revision__isnull=True).update(latest_revision=revision)
    if missing:
        pinned = dict(Question.objects.filter(pk__in=[q.pk for q in missing]).values_list("pk", "live_revision"))
        for question in missing:
            question.live_revision_id = pinned[question.pk]


def drawn_questions(attempt: Attempt) -> dict[int, Question]:
    """The questions of ``attempt`` as they were when drawn: a change published later changes neither what the
    attempt shows nor how it is graded. Three queries whatever the number of questions."""
    ids = [entry["question"] for entry in attempt.draw]
    rows = (
        Question.objects.select_related("locale", "latest_revision", "live_revision", "locked_by")
        .prefetch_related("options", "pairs")
        .in_bulk(ids)
    )
    revision_ids = [entry.get("revision") for entry in attempt.draw if entry.get("revision")]
    revisions = Revision.objects.in_bulk(revision_ids) if revision_ids else {}
    drawn = {}
    for entry in attempt.draw:
        question = rows.get(entry["question"])
        if question is None:  # deleted from the bank since
            continue
        revision = revisions.get(entry.get("revision"))
        if revision is not None and revision.object_id == str(question.pk) and revision.pk != question.live_revision_id:
            question = question.with_content_json(revision.content)
        drawn[question.pk] = question
    return drawn


def draw_entries(questions, shuffle: bool) -> list[dict]:
    """What an attempt stores of each question drawn: its id, type and revision, and what its type keeps (the
    order of its options and their random tokens, unique within the attempt)."""
    tokens = Tokens()
    return [
        {
            "question": question.pk,
            "type": question.qtype,
            "revision": question.live_revision_id,
            **registry.get(question.qtype).draw(question, shuffle=shuffle, tokens=tokens),
        }
        for question in questions
    ]


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
                draw=draw_entries(questions, quiz.shuffle_options),
            )
    except IntegrityError:
        resumed = Attempt.objects.filter(user=user, quiz_key=quiz.translation_key, submitted_at__isnull=True).first()
        if resumed is None:
            raise AttemptRefused(_("Another attempt was just started. Reload the page."), status=409) from None
        return resumed


def parse_answers(attempt: Attempt, post) -> dict[str, object]:
    """Map a posted answer set from the attempt's tokens back to database ids (each question's type reads its own
    fields), checked against the stored draw. Raises AttemptRefused (400) on anything else: an unknown key, an
    unknown token, a missing answer."""
    expected = set()
    for entry in attempt.draw:
        expected.update(registry.for_entry(entry).answer_keys(entry))
    posted = {key for key in post if key.startswith("q")}
    if posted - expected:
        raise AttemptRefused(_("The answers do not belong to this attempt."), status=400)
    answers, missing = {}, False
    for entry in attempt.draw:
        try:
            answer = registry.for_entry(entry).parse(entry, post)
        except AnswerRefused as refusal:
            raise AttemptRefused(refusal.message, status=400) from None
        if answer is None:
            missing = True
        else:
            answers[str(entry["question"])] = answer
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
    questions = drawn_questions(attempt)
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
            signals.quiz_graded.send(
                sender=Attempt,
                attempt=attempt,
                user=user,
                course_key=attempt.course_key,
                kind=attempt.kind,
                score=score,
            )
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
    """A complete answer set for ``attempt``'s draw, as a form would post it (tokens): every answer right, every
    answer wrong, or (``right`` a callable) decided per question. For demo data, tests and load benchmarks."""
    questions = drawn_questions(attempt)
    data = {}
    for entry in attempt.draw:
        is_right = right() if callable(right) else right
        question = questions[entry["question"]]
        data.update(registry.for_entry(entry, question).model_answer(question, entry, is_right))
    return data
