import re
from datetime import timedelta

import pytest

from django.db import connection
from django.utils import timezone

from courses.models import Enrollment
from quizzes.attempting import model_answers
from quizzes.models import Attempt, Option, QuestionBank
from tests.concurrency import run_at_once
from tests.factories import UserFactory, make_course, make_question, make_quiz


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)


@pytest.fixture
def bank(course):
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="single", right=["Document retention"], wrong=["Working abroad"])
    make_question(
        bank, qtype="multiple", name="multi", right=["Debt bondage", "Excessive overtime"], wrong=["A contract"]
    )
    make_question(bank, qtype="true_false", name="tf", right=["False"], wrong=["True"])
    make_question(
        bank,
        qtype="matching",
        name="match",
        right=(),
        wrong=(),
        pairs=[
            ("CETS Art. 13", "30 days"),
            ("CETS Art. 27", "No complaint needed"),
            ("ILO No. 29", "Menace of a penalty"),
        ],
    )
    return bank


@pytest.fixture
def quiz(course, bank):
    return make_quiz(
        course, bank, slug="final", count=4, kind="assessment", is_required=True, pass_mark=75, max_attempts=2
    )


@pytest.fixture
def learner(client, user, course):
    client.force_login(user)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    return user


def start(client, quiz):
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    assert response.status_code == 302, response
    return Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))


def answers(attempt, *, right=True):
    """Post data answering every question of the stored draw, all right or all wrong."""
    return model_answers(attempt, right=right)


def test_attempt_page_shows_questions_in_the_stored_order_and_never_the_answers(client, learner, quiz):
    attempt = start(client, quiz)

    def page():
        html = client.get(f"/uk/learning/attempts/{attempt.pk}/").content.decode()
        return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", html)  # the only part meant to differ

    page()  # the first view also shows the "enrolled" message once
    first, second = page(), page()
    assert first == second  # a reload neither reshuffles nor reveals anything
    assert first.count("<fieldset") == 4 and first.count("<legend>") == 4
    for secret in ("Yes: ", "No: ", "Palermo Protocol", "is_correct", "correct"):
        assert secret not in first
    order = [entry["question"] for entry in attempt.draw]
    positions = [first.index(f'name="q{pk}') for pk in order]
    assert positions == sorted(positions)


def test_a_full_right_answer_set_passes_and_completes_the_course(
    client, learner, quiz, course, django_capture_on_commit_callbacks
):
    from courses.models import LessonPage

    client.post(f"/uk/learning/lessons/{LessonPage.objects.get().pk}/complete/")
    assert Enrollment.objects.get(user=learner).completed_at is None  # the required quiz is not passed yet
    attempt = start(client, quiz)
    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", answers(attempt))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.passed
    assert Enrollment.objects.get(user=learner).completed_at is not None
    result = client.get(response["Location"]).content.decode()
    assert "Ваш результат: 100%" in result
    # After submission: the explanation, and what it rests on.
    assert "Consent is irrelevant once a means was used." in result
    assert "Джерело:</strong> Palermo Protocol, Art. 3(b)" in result


def test_wrong_answers_fail_and_feedback_shows_the_right_ones(client, learner, quiz):
    attempt = start(client, quiz)
    client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", answers(attempt, right=False))
    attempt.refresh_from_db()
    assert attempt.score == 0 and attempt.passed is False
    html = client.get(f"/uk/learning/attempts/{attempt.pk}/result/").content.decode()
    assert "No: Working abroad" in html
    assert "Не складено" in html


def test_double_submission_records_one_answer_set(client, learner, quiz):
    attempt = start(client, quiz)
    data = answers(attempt)
    first = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", data)
    second = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", answers(attempt, right=False))
    assert first.status_code == second.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100
    assert Attempt.objects.filter(user=learner).count() == 1


@pytest.mark.parametrize(
    "tamper",
    ["foreign_question", "foreign_option", "missing", "two_for_single", "huge_number", "not_a_number"],
)
def test_tampered_posts_get_a_clear_400_and_change_nothing(client, learner, quiz, bank, tamper):
    attempt = start(client, quiz)
    data = answers(attempt)
    single = next(e for e in attempt.draw if e["type"] == "single")
    key = f"q{single['question']}"
    if tamper == "foreign_question":
        data["q999999"] = "1"
    elif tamper == "foreign_option":
        other = Option.objects.exclude(question_id=single["question"]).first()
        data[key] = str(other.pk)
    elif tamper == "missing":
        del data[key]
    elif tamper == "two_for_single":
        data[key] = single["tokens"]
    elif tamper == "huge_number":
        data[key] = "9" * 400
    elif tamper == "not_a_number":
        data[key] = "<script>"
    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers is None and attempt.score is None


def test_a_refused_submission_keeps_the_answers_given(client, learner, quiz):
    attempt = start(client, quiz)
    data = answers(attempt)
    single = next(e for e in attempt.draw if e["type"] == "single")
    chosen = data[f"q{single['question']}"][0]
    missing = next(e for e in attempt.draw if e["type"] == "true_false")
    del data[f"q{missing['question']}"]
    html = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", data).content.decode()
    assert re.search(rf'value="{chosen}" checked', html)
    assert "Дайте відповідь на кожне запитання" in html


def test_another_learners_attempt_is_a_404(client, learner, quiz):
    attempt = start(client, quiz)
    other = UserFactory()
    client.force_login(other)
    assert client.get(f"/uk/learning/attempts/{attempt.pk}/").status_code == 404
    assert client.get(f"/uk/learning/attempts/{attempt.pk}/result/").status_code == 404
    assert client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", answers(attempt)).status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_learners_not_enrolled_cannot_start(client, user, quiz):
    client.force_login(user)
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/", follow=True)
    assert "Запишіться на курс, щоб пройти цей тест." in response.content.decode()
    assert not Attempt.objects.exists()


def test_maximum_attempts_and_waiting_time_are_enforced(client, learner, quiz):
    quiz.wait_minutes = 10
    quiz.save_revision().publish()
    attempt = start(client, quiz)
    client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", answers(attempt, right=False))
    refused = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/", follow=True)
    assert "після часу очікування" in refused.content.decode()
    Attempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now() - timedelta(minutes=11))
    second = start(client, quiz)
    assert second.number == 2
    client.post(f"/uk/learning/attempts/{second.pk}/submit/", answers(second, right=False))
    Attempt.objects.filter(pk=second.pk).update(submitted_at=timezone.now() - timedelta(minutes=11))
    third = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/", follow=True)
    assert "Ви використали всі спроби" in third.content.decode()
    assert Attempt.objects.filter(user=learner).count() == 2


def test_starting_twice_resumes_the_attempt_in_progress(client, learner, quiz):
    first = start(client, quiz)
    second = start(client, quiz)
    assert first.pk == second.pk


def test_time_limit_is_enforced_on_the_server(client, learner, quiz):
    quiz.time_limit_minutes = 5
    quiz.save_revision().publish()
    attempt = start(client, quiz)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=2))
    response = client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", answers(attempt))
    assert response.status_code == 403
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_feedback_only_once_passed(client, learner, quiz):
    quiz.feedback_mode = "passed"
    quiz.max_attempts = 0
    quiz.save_revision().publish()
    attempt = start(client, quiz)
    client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", answers(attempt, right=False))
    html = client.get(f"/uk/learning/attempts/{attempt.pk}/result/").content.decode()
    assert "No: Working abroad" not in html and "Palermo Protocol" not in html
    second = start(client, quiz)
    client.post(f"/uk/learning/attempts/{second.pk}/submit/", answers(second))
    assert "Palermo Protocol" in client.get(f"/uk/learning/attempts/{second.pk}/result/").content.decode()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency is proven on PostgreSQL")
def test_concurrent_submissions_of_one_attempt_grade_it_once(site):
    from django.http import QueryDict

    from courses.progress import enrollment_create
    from quizzes.attempting import attempt_start, attempt_submit

    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="q1")
    make_question(bank, name="q2")
    quiz = make_quiz(course, bank, slug="q", count=2)
    user = UserFactory()
    enrollment_create(user=user, course=course)
    attempt = attempt_start(user=user, quiz=quiz)
    right = answers(attempt)
    wrong = answers(attempt, right=False)

    def submit(index):
        data = QueryDict(mutable=True)
        for key, value in (right if index % 2 else wrong).items():
            data.setlist(key, value)
        return attempt_submit(user=user, attempt_id=attempt.pk, post=data).newly_graded

    outcomes, errors = run_at_once(submit, 10)
    assert errors == []
    assert outcomes.count(True) == 1
    attempt.refresh_from_db()
    assert attempt.score in (0, 100)
