"""Many learners at once, a quarter of the requests duplicated: every intended record exists exactly once."""

import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from django.db import connection
from django.http import QueryDict

from courses.models import LessonCompletion, LessonPage
from courses.progress import enrollment_create, lesson_complete
from quizzes.attempting import attempt_start, attempt_submit
from quizzes.models import Attempt, QuestionBank
from tests.factories import UserFactory, make_course, make_question, make_quiz

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL"),
]
OPERATIONS = 200
WORKERS = 40  # concurrent connections; PostgreSQL's default limit is 100


def test_200_concurrent_submissions_and_completions_with_duplicates(site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=2)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="q1")
    quiz = make_quiz(course, bank, count=1)
    lessons = list(LessonPage.objects.descendant_of(course))
    learners = [UserFactory() for _ in range(50)]
    attempts = {}
    for learner in learners:
        enrollment_create(user=learner, course=course)
        attempts[learner.pk] = attempt_start(user=learner, quiz=quiz)

    def answers(attempt):
        data = QueryDict(mutable=True)
        entry = attempt.draw[0]
        data.setlist(f"q{entry['question']}", [entry["tokens"][0]])  # the page's random token, not the id
        return data

    unique = [("complete", learner, lesson) for learner in learners for lesson in lessons]  # 100
    unique += [("submit", learner, None) for learner in learners]  # 50
    operations = unique + random.Random(7).sample(unique, OPERATIONS - len(unique))  # 50 duplicates: a quarter
    random.Random(8).shuffle(operations)
    assert len(operations) == OPERATIONS

    def run(operation):
        from django.db import connection as thread_connection

        kind, learner, lesson = operation
        try:
            if kind == "complete":
                lesson_complete(user=learner, lesson=lesson)
            else:
                attempt = attempts[learner.pk]
                attempt_submit(user=learner, attempt_id=attempt.pk, post=answers(attempt))
        finally:
            thread_connection.close()

    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(lambda op: (run(op), None)[1], operations))
    assert results == [None] * OPERATIONS  # no error raised by any operation
    assert LessonCompletion.objects.count() == len(learners) * len(lessons)
    assert LessonCompletion.objects.values("user", "lesson_key").distinct().count() == len(learners) * len(lessons)
    assert Attempt.objects.filter(submitted_at__isnull=False).count() == len(learners)
    assert Attempt.objects.count() == len(learners)
