"""Builds each demo course's question bank and quizzes from ``courses/demo`` data. Idempotent."""

from django.db import transaction

from wagtail.models import Locale

from courses.demo_loader import LANGUAGES, publish_translations

from .models import DrawRule, MatchPair, Option, Question, QuestionBank, QuizPage

MAX_NAME = 120
# The final assessment draws only questions with this tag; practice quizzes never see them (see
# ``attempting.assessment_items``), so unlimited practice with feedback cannot give the final away.
ASSESSMENT_TAG = "assessment"


def assessment_share(questions) -> set[int]:
    """Indexes of the questions kept for the final: the last half (rounded down) of each module's questions."""
    by_module = {}
    for index, question in enumerate(questions):
        by_module.setdefault(question["module"], []).append(index)
    kept = set()
    for indexes in by_module.values():
        kept.update(indexes[len(indexes) - len(indexes) // 2 :])
    return kept


def _question(bank, spec, text, locale, translation_key=None, *, for_assessment=False):
    question = Question(
        bank=bank,
        locale=locale,
        qtype=spec["type"],
        name=" ".join(spec["en"]["stem"].split())[:MAX_NAME],
        category=spec["module"],
        scenario=text.get("scenario", ""),
        stem=text["stem"],
        explanation=text.get("explanation", ""),
        source=text.get("source", ""),
    )
    if translation_key:
        question.translation_key = translation_key
    question.options = [
        Option(text=option["text"], is_correct=option["correct"], feedback=option.get("feedback", ""))
        for option in text.get("options", [])
    ]
    question.pairs = [MatchPair(left=pair["left"], right=pair["right"]) for pair in text.get("pairs", [])]
    question.save()
    question.tags.set([*spec.get("tags", []), *([ASSESSMENT_TAG] if for_assessment else [])])
    question.save()
    return question


@transaction.atomic
def load_bank(spec, course) -> QuestionBank:
    bank, created = QuestionBank.objects.get_or_create(name=spec["en"]["title"], defaults={"course": course})
    if not created and bank.questions.exists():
        return bank
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    final = assessment_share(spec["questions"])
    for index, question_spec in enumerate(spec["questions"]):
        kept = index in final
        original = _question(bank, question_spec, question_spec["uk"], locales["uk"], for_assessment=kept)
        for code in LANGUAGES[1:]:
            _question(
                bank, question_spec, question_spec[code], locales[code], original.translation_key, for_assessment=kept
            )
    return bank


QUIZ_TITLES = {
    "pretest": {"uk": "Вхідний тест", "en": "Pre-test"},
    "module": {"uk": "Перевірте себе", "en": "Check your understanding"},
    "final": {"uk": "Підсумкове оцінювання", "en": "Final assessment"},
}


def _ensure_quiz(parent, slug, title_key, bank, rules, **settings):
    """``rules``: (category, tag, count) triples."""
    quiz = QuizPage.objects.child_of(parent).filter(slug=slug).first()
    if quiz is None:
        quiz = QuizPage(title=QUIZ_TITLES[title_key]["uk"], slug=slug, bank=bank, **settings)
        quiz.draw_rules = [DrawRule(category=category, tag=tag, count=count) for category, tag, count in rules]
        parent.add_child(instance=quiz)
        quiz.save_revision().publish()
    publish_translations(quiz, {code: {"title": QUIZ_TITLES[title_key][code]} for code in LANGUAGES[1:]})
    return quiz


@transaction.atomic
def load_quizzes(spec, course) -> list[QuizPage]:
    """A pre-test and a final assessment per course, and a practice quiz at the end of each module. The final
    draws the questions tagged for it, the practice quizzes the others of their module."""
    bank = load_bank(spec, course)
    final = assessment_share(spec["questions"])
    per_module = {}
    for index, question in enumerate(spec["questions"]):
        if index not in final:
            per_module[question["module"]] = per_module.get(question["module"], 0) + 1
    total = len(spec["questions"])
    quizzes = [
        _ensure_quiz(
            course,
            "pre-test",
            "pretest",
            bank,
            [("", "", min(8, total))],
            kind="pretest",
            pass_mark=0,
            max_attempts=1,
            feedback_mode="never",
            shuffle_options=True,
        )
    ]
    for module_spec in spec["modules"]:
        module = course.get_children().filter(slug=module_spec["slug"]).first()
        count = per_module.get(module_spec["slug"], 0)
        if module is None or not count:
            continue
        quizzes.append(
            _ensure_quiz(
                module.specific,
                "check",
                "module",
                bank,
                [(module_spec["slug"], "", min(5, count))],
                kind="practice",
                pass_mark=60,
                feedback_mode="always",
            )
        )
    quizzes.append(
        _ensure_quiz(
            course,
            "final-assessment",
            "final",
            bank,
            [("", ASSESSMENT_TAG, min(10, len(final)))],
            kind="assessment",
            is_required=True,
            pass_mark=70,
            max_attempts=3,
            wait_minutes=10,
            feedback_mode="passed",
        )
    )
    return quizzes
