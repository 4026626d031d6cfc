"""Question banks, questions with their options, quizzes, and graded attempts.

quiz = QuizPageFactory(count=3)                      # in a new course, drawing 3 of 3 fresh questions
QuestionFactory(bank=quiz.bank, matching=True)       # traits: multiple, true_false, matching
attempt = AttemptFactory(quiz=quiz, right=False)     # submitted through the grading service: score 0
"""

import factory

from django.http import QueryDict

from courses.progress import enrollment_create
from quizzes.attempting import attempt_start, attempt_submit, model_answers
from quizzes.models import Attempt, DrawRule, MatchPair, Option, Question, QuestionBank, QuizPage

from .accounts import UserFactory
from .courses import CoursePageFactory, PageFactory, course_of


class QuestionBankFactory(factory.django.DjangoModelFactory):
    """A bank; ``questions=N`` adds N single-choice questions (``questions__category=...`` and any other
    ``QuestionFactory`` argument apply to each)."""

    class Meta:
        model = QuestionBank
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Банк питань {n}")
    course = None

    @factory.post_generation
    def questions(obj, create, extracted, **kwargs):
        if create and extracted:
            QuestionFactory.create_batch(extracted, bank=obj, **kwargs)


def numbered(children: list) -> list:
    """Options or pairs in the given order: modelcluster numbers children only through a form, and rows without a
    sort order come back in any order on PostgreSQL."""
    for index, child in enumerate(children):
        child.sort_order = index
    return children


class QuestionFactory(factory.django.DjangoModelFactory):
    """A live single-choice question with one right and one wrong option, an explanation and its source.

    ``right=[...]`` / ``wrong=[...]`` set the options (right first); traits ``multiple``, ``true_false`` and
    ``matching`` (pairs from ``matches=[(left, right), ...]``) give the other types.
    """

    class Meta:
        model = Question

    class Params:
        right = ("Роботодавець забрав паспорт «на зберігання»",)
        wrong = ("Людина працює за кордоном за письмовим договором",)
        matches = ()
        multiple = factory.Trait(
            qtype="multiple",
            right=("Боргова залежність від вербувальника", "Наднормова праця без оплати"),
            wrong=("Договір рідною мовою",),
        )
        true_false = factory.Trait(qtype="true_false", right=("Неправда",), wrong=("Правда",))
        matching = factory.Trait(
            qtype="matching",
            right=(),
            wrong=(),
            matches=(("Ст. 149 ККУ", "Торгівля людьми"), ("Ст. 303 ККУ", "Сутенерство")),
        )

    bank = factory.SubFactory(QuestionBankFactory)
    qtype = "single"
    name = factory.Sequence(lambda n: f"Питання {n}")
    category = "indicators"
    stem = factory.LazyAttribute(lambda o: f"Що з переліченого є індикатором торгівлі людьми? ({o.name})")
    explanation = "Згода потерпілої особи не має значення, якщо було застосовано будь-який із засобів."
    source = "Palermo Protocol, Art. 3(b)"
    options = factory.LazyAttribute(
        lambda o: numbered(
            [Option(text=text, is_correct=True, feedback=f"Так: {text}") for text in o.right]
            + [Option(text=text, is_correct=False, feedback=f"Ні: {text}") for text in o.wrong]
        )
    )
    pairs = factory.LazyAttribute(lambda o: numbered([MatchPair(left=left, right=right) for left, right in o.matches]))


def make_question(
    bank, *, qtype="single", category="indicators", name=None, right=("Right",), wrong=("Wrong",), pairs=()
):
    """A question in ``bank``; options in the order right…, wrong…; pairs as (left, right) tuples."""
    name = name or f"{qtype} question"
    return QuestionFactory(
        bank=bank,
        qtype=qtype,
        category=category,
        name=name,
        stem=f"Stem of {name}",
        explanation="Consent is irrelevant once a means was used.",
        right=right,
        wrong=wrong,
        matches=pairs,
        options=factory.LazyAttribute(
            lambda o: numbered(
                [Option(text=text, is_correct=True, feedback=f"Yes: {text}") for text in o.right]
                + [Option(text=text, is_correct=False, feedback=f"No: {text}") for text in o.wrong]
            )
        ),
    )


class QuizPageFactory(PageFactory):
    """A published quiz drawing ``count`` questions (default 2) of ``category`` (default: any) from ``bank``.

    Without a bank, a new one of the quiz's course is made with ``count`` questions to draw. Without a parent,
    the quiz goes into a new course of one module with one lesson.
    """

    class Meta:
        model = QuizPage

    class Params:
        count = 2
        category = ""

    parent = factory.SubFactory(CoursePageFactory, modules=1, modules__lessons=1)
    title = factory.Sequence(lambda n: f"Тест {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    bank = factory.LazyAttribute(
        lambda o: QuestionBankFactory(
            course=course_of(o.parent), questions=o.count, questions__category=o.category or "indicators"
        )
    )
    draw_rules = factory.LazyAttribute(lambda o: [DrawRule(category=o.category, count=o.count)])


def make_quiz(parent, bank, *, slug="quiz", count=2, category="", **fields):
    return QuizPageFactory(
        parent=parent, bank=bank, slug=slug, count=count, category=category, title=fields.pop("title", "Quiz"), **fields
    )


class AttemptFactory(factory.django.DjangoModelFactory):
    """An attempt started and submitted through the quiz services, so it holds a real draw, answers, results and
    score: ``right=True`` (every answer right, the default), ``False`` (every answer wrong) or a callable deciding
    per question. ``submitted=False`` leaves it started. The learner is enrolled in the quiz's course first, as the
    course page asks; other fields given are written afterwards as they are (say, an earlier ``submitted_at``)."""

    class Meta:
        model = Attempt

    user = factory.SubFactory(UserFactory)
    quiz = factory.SubFactory(QuizPageFactory)
    right = True
    submitted = True

    @classmethod
    def _create(cls, model_class, *, user, quiz, right=True, submitted=True, **fields):
        course = course_of(quiz)
        if course is not None:
            enrollment_create(user=user, course=course)
        attempt = attempt_start(user=user, quiz=quiz)
        if submitted:
            post = QueryDict(mutable=True)
            for key, values in model_answers(attempt, right=right).items():
                post.setlist(key, values)
            attempt = attempt_submit(user=user, attempt_id=attempt.pk, post=post).attempt
        if fields:
            model_class.objects.filter(pk=attempt.pk).update(**fields)
            attempt.refresh_from_db()
        return attempt
