"""Learner actions. Thin: each view checks access, calls one function in ``progress``, and answers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import learning, progress
from .models import CoursePage, LessonPage


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


@login_required
@require_POST
def enrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    _enrollment, created = progress.enrollment_create(user=request.user, course=course)
    if created:
        messages.success(request, _("You are enrolled. Start with the first lesson when you are ready."))
    return redirect(course.url)


@login_required
@require_POST
def unenrol(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if progress.enrollment_delete(user=request.user, course=course):
        messages.success(request, _("You have left the course. Your finished lessons are kept if you return."))
    else:
        messages.error(request, _("You cannot leave a course you are not enrolled in or have completed."))
    return redirect(course.url)


@login_required
@require_POST
def complete_lesson(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        course_progress, created = progress.lesson_complete(user=request.user, lesson=lesson)
    except progress.NotEnrolled:
        message = _("Enrol in the course before you mark its lessons complete.")
        if wants_json(request):
            return JsonResponse({"error": message}, status=403)
        return render(request, "courses/not_enrolled.html", {"lesson": lesson, "message": message}, status=403)
    if wants_json(request):
        return JsonResponse(learning.progress_as_json(course_progress, lesson=lesson))
    if created:
        messages.success(request, _("Lesson marked as complete."))
    if course_progress.is_complete:
        messages.success(request, _("Congratulations: you have completed the course."))
    following = learning.lesson_after(course_progress, lesson)
    return redirect(following.url if following else lesson.get_course().url)


@login_required
def my_learning(request):
    return render(request, "courses/my_learning.html", learning.my_learning_context(request.user))
