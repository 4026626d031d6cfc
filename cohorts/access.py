"""Who manages cohorts: trainers (their own cohorts) and coordinators (every cohort). The reports use the same rule."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from accounts.roles import COORDINATORS, TRAINERS, has_role

from .services import cohorts_visible_to


def is_coordinator(user) -> bool:
    return has_role(user, COORDINATORS)


def trainer_access(view):
    """Trainers and coordinators only; everyone else gets a 403 (anonymous visitors are sent to log in)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (has_role(request.user, TRAINERS) or has_role(request.user, COORDINATORS)):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def visible_cohort(request, cohort_id):
    """Another trainer's cohort is a 404: it does not exist for this user."""
    return get_object_or_404(cohorts_visible_to(request.user), pk=cohort_id)
