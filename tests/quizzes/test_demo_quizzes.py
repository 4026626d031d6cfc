"""The demo's practice quizzes keep questions of their own once the final's items are kept out of practice."""

import pytest

from courses.demo import COURSES
from courses.demo_loader import load_course
from quizzes.attempting import assessment_items, draw_questions
from quizzes.demo_loader import load_quizzes


@pytest.mark.parametrize("spec", COURSES, ids=[spec["slug"] for spec in COURSES])
def test_every_demo_practice_quiz_draws_questions_none_of_them_the_finals(site, spec):
    course = load_course(spec, catalogue=site["catalogue"], school=site["school"])
    quizzes = load_quizzes(spec, course)
    kinds = {quiz.kind for quiz in quizzes}
    assert kinds == {"pretest", "practice", "assessment"}
    final = next(quiz for quiz in quizzes if quiz.kind == "assessment")
    kept = set(assessment_items(final.bank_id).values_list("translation_key", flat=True))
    assert len(draw_questions(final)) >= 7
    for quiz in quizzes:
        if quiz.kind != "practice":
            continue
        for translation in (quiz, *quiz.get_translations()):
            drawn = draw_questions(translation.specific)
            assert len(drawn) >= 2, translation.url_path
            assert not {question.translation_key for question in drawn} & kept
