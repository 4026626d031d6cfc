"""The quizzes' part of course completion: every required quiz of the course passed."""

from .attempting import live_required_quizzes, passed_quiz_keys


def required_quizzes_passed(user, course, outline) -> bool:
    keys = {quiz.translation_key for quiz in live_required_quizzes(course)}
    return not keys or keys <= passed_quiz_keys(user=user, quiz_keys=keys)
