"""Demo learners with realistic, partial progress, so that My learning and the dashboards show something.

Deterministic (a fixed random seed) and idempotent: learners that exist are left alone.
"""

import random
from datetime import timedelta

from allauth.account.models import EmailAddress

from django.db import transaction
from django.db.models import Case, Value, When
from django.http import QueryDict
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD
from accounts.models import Region, Sector, User
from cohorts.models import Cohort, Membership
from courses.models import Enrollment
from courses.outline import course_outline
from courses.progress import enrollment_create, lesson_complete
from quizzes.attempting import AttemptRefused, attempt_start, attempt_submit, model_answers
from reports.summary import summary_refresh

GIVEN = [
    ("Олена", "Olena"),
    ("Андрій", "Andrii"),
    ("Ірина", "Iryna"),
    ("Тарас", "Taras"),
    ("Наталія", "Nataliia"),
    ("Олександр", "Oleksandr"),
    ("Марія", "Mariia"),
    ("Богдан", "Bohdan"),
    ("Юлія", "Yuliia"),
    ("Сергій", "Serhii"),
]
FAMILY = [
    ("Коваленко", "Kovalenko"),
    ("Бондаренко", "Bondarenko"),
    ("Ткачук", "Tkachuk"),
    ("Кравченко", "Kravchenko"),
    ("Олійник", "Oliinyk"),
    ("Шевченко", "Shevchenko"),
    ("Поліщук", "Polishchuk"),
    ("Лисенко", "Lysenko"),
]
ORGANISATIONS = {
    Sector.SOCIAL: "Обласний центр соціальних служб",
    Sector.JUSTICE: "Апеляційний суд",
    Sector.BORDER: "Державна прикордонна служба України",
    Sector.POLICE: "Національна поліція України",
    Sector.EDUCATION: "Ліцей",
    Sector.HEALTH: "Обласна клінічна лікарня",
    Sector.NGO: "Громадська організація «Людина в безпеці»",
}
COUNT = 36


def _take(user, quiz, share_right, rng):
    try:
        attempt = attempt_start(user=user, quiz=quiz)
    except AttemptRefused:
        return None
    post = QueryDict(mutable=True)
    for name, values in model_answers(attempt, right=lambda: rng.random() < share_right).items():
        post.setlist(name, values)
    return attempt_submit(user=user, attempt_id=attempt.pk, post=post)


@transaction.atomic
def ensure_demo_activity(courses) -> int:
    """Create demo learners (learner01@demo.test …) with enrolments, lessons done and quiz attempts."""
    if User.objects.filter(email="learner01@demo.test").exists():
        return 0
    rng = random.Random(2011)  # noqa: S311 - repeatable demo data; 2011: the year of the Law on Combating Trafficking
    regions = list(Region.objects.all())
    sectors = list(ORGANISATIONS)
    trainer = User.objects.get(email="trainer@demo.test")
    today = timezone.localdate()
    cohorts = []
    for index, (name, region) in enumerate(
        [("Харків, весна 2026", "UA-63"), ("Одеса, осінь 2026", "UA-51"), ("Львів, школи 2026", "UA-46")]
    ):
        cohort = Cohort.objects.create(
            name=name,
            trainer=trainer,
            region=Region.objects.get(iso_code=region),
            starts_on=today - timedelta(days=120 - 40 * index),
            deadline=today - timedelta(days=10 - 30 * index),
        )
        cohort.courses.set([courses[index % len(courses)], courses[(index + 1) % len(courses)]])
        cohorts.append(cohort)
    for number in range(1, COUNT + 1):
        (given_uk, given_en), (family_uk, family_en) = rng.choice(GIVEN), rng.choice(FAMILY)
        sector = sectors[number % len(sectors)]
        user = User.objects.create_user(
            email=f"learner{number:02d}@demo.test",
            password=DEMO_PASSWORD,
            full_name_uk=f"{given_uk} {family_uk}",
            first_name=given_en,
            last_name=family_en,
            sector=sector,
            region=rng.choice(regions),
            organisation=ORGANISATIONS[sector],
            position="Фахівець",
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        cohort = cohorts[number % len(cohorts)]
        Membership.objects.create(cohort=cohort, user=user)
        for course in cohort.courses.all():
            enrollment_create(user=user, course=course)
            outline = course_outline(course)
            quizzes = {quiz.kind: quiz for quiz in outline.quizzes}
            knowledge = rng.uniform(0.3, 0.6)
            if "pretest" in quizzes:
                _take(user, quizzes["pretest"], knowledge, rng)
            lessons = outline.lessons
            done = len(lessons) if rng.random() < 0.4 else rng.randint(0, len(lessons))
            for lesson in lessons[:done]:
                lesson_complete(user=user, lesson=lesson)
            if done == len(lessons) and "assessment" in quizzes:
                _take(user, quizzes["assessment"], min(1.0, knowledge + 0.45), rng)
            # Spread the history over the past months, so that "completions per month" has a shape.
            days_ago = rng.randint(5, 240)
            Enrollment.objects.filter(user=user, course_key=course.translation_key).update(
                enrolled_at=timezone.now() - timedelta(days=days_ago + 20),
                completed_at=Case(
                    When(completed_at__isnull=False, then=Value(timezone.now() - timedelta(days=days_ago))),
                    default=None,
                ),
            )
    # The dates were moved behind the events' backs: the reports' summaries copy them, so recompute those once.
    summary_refresh(Enrollment.objects.filter(user__email__endswith="@demo.test"))
    return COUNT
