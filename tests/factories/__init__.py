"""Test data: factory_boy factories for every model the tests build, and the older helper functions (kept, as thin
wrappers over the factories, for the tests that use them).

    from tests.factories import CoursePageFactory, EnrollmentFactory, AttemptFactory

Factories write learner records through the same services the views use, so the events and summaries that follow
an enrolment, a completed lesson or a graded attempt follow in tests too. See each module for what it builds.
"""

from .accounts import PASSWORD, TOTP_SECRET, UserFactory, give_totp, reauthenticate, staff_user, totp_code
from .certificates import CertificateFactory, issue_certificate, make_certificate
from .cohorts import CohortFactory, MembershipFactory
from .courses import (
    CoursePageFactory,
    EnrollmentFactory,
    LessonCompletionFactory,
    LessonPageFactory,
    ModulePageFactory,
    catalogue,
    course_of,
    make_course,
    publish,
    translate_tree,
)
from .quizzes import (
    AttemptFactory,
    QuestionBankFactory,
    QuestionFactory,
    QuizPageFactory,
    make_question,
    make_quiz,
)

__all__ = [
    "PASSWORD",
    "TOTP_SECRET",
    "AttemptFactory",
    "CertificateFactory",
    "CohortFactory",
    "CoursePageFactory",
    "EnrollmentFactory",
    "LessonCompletionFactory",
    "LessonPageFactory",
    "MembershipFactory",
    "ModulePageFactory",
    "QuestionBankFactory",
    "QuestionFactory",
    "QuizPageFactory",
    "UserFactory",
    "catalogue",
    "course_of",
    "give_totp",
    "issue_certificate",
    "make_certificate",
    "make_course",
    "make_question",
    "make_quiz",
    "publish",
    "reauthenticate",
    "staff_user",
    "totp_code",
    "translate_tree",
]
