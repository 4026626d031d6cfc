"""Builds a course's question bank and quizzes from its spec (``courses/demo/<slug>/questions.*.gift``, read by
``quizzes.course_parts``).

``live=True`` (the demo): idempotent, published, a bank that already has questions is left as it is.
``live=False`` (``import_course``): questions are created or updated as drafts, matched by name within the
bank; new quizzes are draft pages submitted for moderation, existing quizzes are left as they are.
"""

from decimal import Decimal

from django.db import transaction

from wagtail.models import Locale

from courses.course_files.pages import save_translations, submit_for_moderation
from courses.demo_loader import LANGUAGES

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


def question_name(spec) -> str:
    return (spec.get("name") or " ".join(spec["en"]["stem"].split()))[:MAX_NAME]


def _fill(question, spec, text):
    question.qtype = spec["type"]
    question.category = spec["module"]
    question.scenario = text.get("scenario", "")
    question.stem = text["stem"]
    question.explanation = text.get("explanation", "")
    question.source = text.get("source", "")
    question.options = [
        Option(
            text=option["text"],
            is_correct=option["correct"],
            weight=None if option.get("weight") is None else Decimal(str(option["weight"])),
            feedback=option.get("feedback", ""),
            sort_order=index,  # numbered here: modelcluster numbers children only through a form
        )
        for index, option in enumerate(text.get("options", []))
    ]
    question.pairs = [
        MatchPair(left=pair["left"], right=pair["right"], sort_order=index)
        for index, pair in enumerate(text.get("pairs", []))
    ]


def _question(bank, spec, text, locale, translation_key=None, *, for_assessment=False, live=True, user=None):
    tags = [*spec.get("tags", []), *([ASSESSMENT_TAG] if for_assessment else [])]
    existing = None if live else Question.objects.filter(bank=bank, locale=locale, name=question_name(spec)).first()
    if existing is not None:  # an import updating a question: a draft revision, the live question untouched
        _fill(existing, spec, text)
        existing.tags.set(tags)
        existing.save_revision(user=user)
        return existing
    question = Question(bank=bank, locale=locale, name=question_name(spec), live=live, has_unpublished_changes=not live)
    if translation_key:
        question.translation_key = translation_key
    _fill(question, spec, text)
    question.save()
    question.tags.set(tags)
    question.save()
    if not live:
        question.save_revision(user=user)
        workflow = question.get_workflow()
        if workflow is not None:
            workflow.start(question, user)
    return question


@transaction.atomic
def load_bank(spec, course, *, live=True, user=None) -> QuestionBank:
    bank, created = QuestionBank.objects.get_or_create(name=spec["en"]["title"], defaults={"course": course})
    if live and not created and bank.questions.exists():
        return bank
    if bank.course_id is None:
        bank.course = course
        bank.save(update_fields=["course"])
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    final = assessment_share(spec["questions"])
    for index, question_spec in enumerate(spec["questions"]):
        options = {"for_assessment": index in final, "live": live, "user": user}
        original = _question(bank, question_spec, question_spec["uk"], locales["uk"], **options)
        for code in LANGUAGES[1:]:
            _question(bank, question_spec, question_spec[code], locales[code], original.translation_key, **options)
    return bank


QUIZ_TITLES = {
    "pretest": {"uk": "Вхідний тест", "en": "Pre-test"},
    "module": {"uk": "Перевірте себе", "en": "Check your understanding"},
    "final": {"uk": "Підсумкове оцінювання", "en": "Final assessment"},
}


def _ensure_quiz(parent, slug, title_key, bank, rules, *, live=True, user=None, **settings):
    """``rules``: (category, tag, count) triples. A draft import leaves an existing quiz as it is."""
    quiz = QuizPage.objects.child_of(parent).filter(slug=slug).first()
    if quiz is not None and not live:
        return quiz
    if quiz is None:
        quiz = QuizPage(title=QUIZ_TITLES[title_key]["uk"], slug=slug, bank=bank, live=live, **settings)
        quiz.has_unpublished_changes = not live
        quiz.draw_rules = [DrawRule(category=category, tag=tag, count=count) for category, tag, count in rules]
        parent.add_child(instance=quiz)
        if live:
            quiz.save_revision().publish()
        else:
            quiz.save_revision(user=user)
            submit_for_moderation(quiz, user)
    titles = {code: {"title": QUIZ_TITLES[title_key][code]} for code in LANGUAGES[1:]}
    save_translations(quiz, titles, live=live, user=user)
    return quiz


@transaction.atomic
def load_quizzes(spec, course, *, live=True, user=None) -> list[QuizPage]:
    """A pre-test and a final assessment per course, and a practice quiz at the end of each module. The final
    draws the questions tagged for it, the practice quizzes the others of their module."""
    bank = load_bank(spec, course, live=live, user=user)
    final = assessment_share(spec["questions"])
    per_module = {}
    for index, question in enumerate(spec["questions"]):
        if index not in final:
            per_module[question["module"]] = per_module.get(question["module"], 0) + 1
    total = len(spec["questions"])
    mode = {"live": live, "user": user}
    pretest_settings = {"kind": "pretest", "pass_mark": 0, "max_attempts": 1, "feedback_mode": "never"}
    quizzes = [
        _ensure_quiz(
            course,
            "pre-test",
            "pretest",
            bank,
            [("", "", min(8, total))],
            shuffle_options=True,
            **pretest_settings,
            **mode,
        )
    ]
    for module_spec in spec["modules"]:
        module = course.get_children().filter(slug=module_spec["slug"]).first()
        count = per_module.get(module_spec["slug"], 0)
        if module is None or not count:
            continue
        rules = [(module_spec["slug"], "", min(5, count))]
        quizzes.append(
            _ensure_quiz(
                module.specific,
                "check",
                "module",
                bank,
                rules,
                kind="practice",
                pass_mark=60,
                feedback_mode="always",
                **mode,
            )
        )
    final_settings = {"kind": "assessment", "is_required": True, "pass_mark": 70, "max_attempts": 3, "wait_minutes": 10}
    quizzes.append(
        _ensure_quiz(
            course,
            "final-assessment",
            "final",
            bank,
            [("", ASSESSMENT_TAG, min(10, len(final)))],
            feedback_mode="passed",
            **final_settings,
            **mode,
        )
    )
    return quizzes
