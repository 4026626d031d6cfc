"""Cohorts (a trainer's group) and their members.

cohort = CohortFactory(courses=[course], members=[learner])   # the learner joined, and is enrolled in course
"""

import factory

from django.apps import apps

from accounts import roles
from courses.progress import enrollment_create

from .accounts import UserFactory


def _model(*labels):
    """The first of ``labels`` that names an installed model (cohorts may live in their own app or in reports)."""
    for label in labels:
        try:
            return apps.get_model(label)
        except LookupError:
            continue
    raise LookupError(f"none of {labels} is installed")


class CohortFactory(factory.django.DjangoModelFactory):
    """A cohort led by a new trainer (with an authenticator app); ``courses=[...]`` and ``members=[users]``."""

    class Meta:
        model = _model("cohorts.Cohort", "reports.Cohort")
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Суми, група {n}")
    trainer = factory.SubFactory(UserFactory, groups=[roles.TRAINERS], totp=True)

    @factory.post_generation
    def courses(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.courses.add(*extracted)

    @factory.post_generation
    def members(obj, create, extracted, **kwargs):
        for user in (extracted or ()) if create else ():
            MembershipFactory(cohort=obj, user=user)


class MembershipFactory(factory.django.DjangoModelFactory):
    """A member, enrolled in the cohort's live courses as joining by the invite link enrols them (``enrol=False``:
    the membership alone)."""

    class Meta:
        model = _model("cohorts.Membership", "reports.Membership")

    cohort = factory.SubFactory(CohortFactory)
    user = factory.SubFactory(UserFactory)
    enrol = True

    @classmethod
    def _create(cls, model_class, *, cohort, user, enrol=True, **fields):
        membership = model_class.objects.create(cohort=cohort, user=user, **fields)
        if enrol:
            for course in cohort.courses.live():
                enrollment_create(user=user, course=course)
        return membership
