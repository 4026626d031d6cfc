"""Quiz pages for learners. Thin: access is checked here, every rule lives in ``attempting``."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import attempting, presenting
from .models import Attempt, QuizPage


def quiz_overview(request, quiz: QuizPage):
    context = {"page": quiz, "self": quiz, "course": quiz.get_course()}
    if request.user.is_authenticated:
        attempts = attempting.attempts_for(user=request.user, quiz=quiz)
        context["attempts"] = attempts
        context["availability"] = attempting.availability(user=request.user, quiz=quiz, attempts=attempts)
    return TemplateResponse(request, "quizzes/quiz_page.html", context)


@login_required
@require_POST
def start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        attempt = attempting.attempt_start(user=request.user, quiz=quiz)
    except attempting.AttemptRefused as refusal:
        messages.error(request, refusal.message)
        return redirect(quiz.url)
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


def own_attempt(request, attempt_id) -> Attempt:
    """Another learner's attempt is as good as missing: 404, never a hint that it exists."""
    attempt = Attempt.objects.filter(pk=attempt_id, user=request.user).select_related("quiz").first()
    if attempt is None:
        raise Http404
    return attempt


@login_required
def take(request, attempt_id):
    attempt = own_attempt(request, attempt_id)
    if attempt.is_submitted:
        return redirect("quizzes:result", attempt_id=attempt.pk)
    return render_attempt(request, attempt)


def render_attempt(request, attempt, *, posted=None, error="", status=200, closed=False):
    """``closed``: the attempt can no longer be submitted (its time ran out); the answers are shown, not sent."""
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "questions": presenting.shown_questions(attempt, posted=posted),
        "error": error,
        "closed": closed,
    }
    return render(request, "quizzes/attempt.html", context, status=status)


@login_required
@require_POST
def submit(request, attempt_id):
    attempt = own_attempt(request, attempt_id)
    try:
        submission = attempting.attempt_submit(user=request.user, attempt_id=attempt.pk, post=request.POST)
    except attempting.AttemptRefused as refusal:
        if refusal.status in (400, 403) and not attempt.is_submitted:
            # Show the form again with every answer as the learner gave it (choices, matches, typed answers), so
            # nothing given is lost: to complete it (400), or to see what was not accepted in time (403).
            posted = presenting.posted_answers(attempt, request.POST)
            return render_attempt(
                request,
                attempt,
                posted=posted,
                error=refusal.message,
                status=refusal.status,
                closed=refusal.status != 400,
            )
        return render(
            request, "quizzes/refused.html", {"message": refusal.message, "quiz": attempt.quiz}, status=refusal.status
        )
    if submission.newly_graded and submission.attempt.passed:
        messages.success(request, _("You passed this quiz."))
    return redirect("quizzes:result", attempt_id=attempt.pk)


@login_required
def result(request, attempt_id):
    attempt = own_attempt(request, attempt_id)
    if not attempt.is_submitted:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    any_passed = Attempt.objects.filter(user=request.user, quiz_key=attempt.quiz_key, passed=True).exists()
    show_feedback = presenting.feedback_allowed(attempt.quiz, any_passed=any_passed)
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "show_feedback": show_feedback,
        "questions": presenting.shown_questions(attempt, answers=attempt.answers, with_review=show_feedback),
    }
    return render(request, "quizzes/result.html", context)
