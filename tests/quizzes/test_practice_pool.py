"""Practice quizzes (unlimited, with the right answers shown) never draw what the final assessment may draw."""

import re

import pytest

from django.contrib.auth.models import Group

from accounts import roles
from quizzes.attempting import model_answers
from quizzes.models import Attempt, DrawRule, QuestionBank
from tests.factories import UserFactory, give_totp, make_course, make_question, make_quiz


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)


@pytest.fixture
def bank(course):
    bank = QuestionBank.objects.create(name="Shared bank", course=course)
    for number in range(4):
        make_question(bank, name=f"practice {number}", right=[f"Practice right {number}"], wrong=["Wrong"])
    for number in range(3):
        question = make_question(bank, name=f"final {number}", right=[f"Final right {number}"], wrong=["Wrong"])
        question.tags.add("final")
        question.save()
    return bank


@pytest.fixture
def quizzes(course, bank):
    module = course.get_children().get(slug="module-1").specific
    practice = make_quiz(
        module, bank, slug="practice", title="Practice round", count=7, kind="practice", feedback_mode="always"
    )
    final = make_quiz(course, bank, slug="final", title="Final exam", count=3, kind="assessment", is_required=True)
    rule = final.draw_rules.get()
    DrawRule.objects.filter(pk=rule.pk).update(tag="final")
    return practice, final


def attempt_and_result(client, quiz):
    response = client.post(f"/uk/learning/quizzes/{quiz.pk}/start/")
    attempt = Attempt.objects.get(pk=int(re.search(r"/attempts/(\d+)/", response["Location"]).group(1)))
    page = client.get(f"/uk/learning/attempts/{attempt.pk}/").content.decode()
    client.post(f"/uk/learning/attempts/{attempt.pk}/submit/", model_answers(attempt, right=False))
    result = client.get(f"/uk/learning/attempts/{attempt.pk}/result/").content.decode()
    return attempt, page + result


def test_practice_never_draws_nor_reveals_assessment_items(client, course, quizzes):
    practice, final = quizzes
    learner = UserFactory()
    client.force_login(learner)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    for _ in range(5):  # unlimited practice: every draw is checked
        attempt, html = attempt_and_result(client, practice)
        assert len(attempt.draw) == 4  # seven asked for, four left once the final's items are kept out
        assert "Stem of final" not in html and "Final right" not in html
        assert "Practice right" in html  # the feedback is still there for practice items
    final_attempt, _ = attempt_and_result(client, final)
    assert len(final_attempt.draw) == 3


def test_an_untagged_final_on_the_whole_bank_leaves_practice_empty_with_a_clear_message(client, course, quizzes):
    _practice, final = quizzes
    DrawRule.objects.filter(page=final).update(tag="")
    learner = UserFactory()
    client.force_login(learner)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    response = client.post(f"/uk/learning/quizzes/{quizzes[0].pk}/start/", follow=True)
    assert "У цьому тесті ще немає запитань" in response.content.decode()


def test_the_quiz_editor_tells_authors_which_questions_are_kept_out(client, site, quizzes):
    practice, final = quizzes
    moderator = UserFactory()
    moderator.groups.add(Group.objects.get(name=roles.MODERATORS))
    client.force_login(give_totp(moderator))
    # The warning panel (its text is translated, so its content is checked by what it lists).
    html = client.get(f"/admin/pages/{practice.pk}/edit/").content.decode()
    warning = re.search(r'<div class="help-block help-warning">(.*?)</div>', html, re.S).group(1)
    assert "3" in warning and "Final exam" in warning
    html = client.get(f"/admin/pages/{final.pk}/edit/").content.decode()
    warning = re.search(r'<div class="help-block help-warning">(.*?)</div>', html, re.S).group(1)
    assert "Practice round" in warning
