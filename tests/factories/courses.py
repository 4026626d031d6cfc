"""The course tree (catalogue → course → module → lesson) and what learners do in it: enrol, complete lessons.

Pages are added under their parent and published through a revision, as an editor's publish does. Learner records
are written through the services the views call (``courses.progress``), so every event and summary that follows an
enrolment or a completion follows here too.

    course = CoursePageFactory()                                  # 2 modules × 2 lessons, in Ukrainian, published
    course = CoursePageFactory(modules=3, modules__lessons=4, english="Identifying victims")  # with an English copy
    enrollment = EnrollmentFactory(course=course, completed_lessons=2)   # the first two lessons done
"""

import factory

from wagtail.models import Locale

from courses.models import Audience, CourseIndexPage, CoursePage, Enrollment, LessonCompletion, LessonPage, ModulePage
from courses.progress import enrollment_create, lesson_complete
from courses.structure import CATALOGUE
from elearn.bootstrap import ensure_base_data

from .accounts import UserFactory


def publish(page):
    page.save_revision().publish()
    return page


def catalogue(language_code="uk"):
    """The top-level course catalogue of a language (created, with the rest of the base data, if missing)."""
    page = CourseIndexPage.objects.filter(locale__language_code=language_code, slug=CATALOGUE["slug"]).first()
    return page or ensure_base_data()["catalogue"][language_code]


def course_of(page):
    """The course ``page`` is in (or is)."""
    page = page.specific
    return page if isinstance(page, CoursePage) else CoursePage.objects.ancestor_of(page).first()


def translate_tree(page, language_code="en", *, title=None):
    """Copy ``page`` and everything under it into another language and publish the copies; returns the copy of
    ``page``. The parent must already exist in that language (the catalogues do)."""
    locale = Locale.objects.get(language_code=language_code)
    copy = page.specific.copy_for_translation(locale)
    if title:
        copy.title = title
    publish(copy)
    for descendant in page.get_descendants().specific().order_by("path"):
        publish(descendant.copy_for_translation(locale))
    return copy


class PageFactory(factory.django.DjangoModelFactory):
    """A page added under ``parent`` and published (``published=False``: a draft awaiting review)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    published = True

    @classmethod
    def _build(cls, model_class, *args, parent=None, published=True, audiences=(), **kwargs):
        return model_class(*args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, parent, published=True, many_to_many=None, **kwargs):
        page = parent.add_child(instance=model_class(*args, live=published, **kwargs))
        for name, values in (many_to_many or {}).items():  # what only a saved page holds, before the revision
            getattr(page, name).set(values)
        revision = page.save_revision()
        if published:
            revision.publish()
        return page


class CoursePageFactory(PageFactory):
    """A course with ``modules`` modules (default 2) of ``modules__lessons`` lessons (default 2), in Ukrainian.

    ``audiences=["ngo", ...]`` by slug; ``english=True`` (or an English title) publishes an English copy of the
    whole tree, as a translator's sync does. ``modules__title`` / ``modules__lessons__title`` are format strings
    with ``{m}`` (module) and ``{n}`` (lesson).
    """

    class Meta:
        model = CoursePage

    parent = factory.LazyFunction(catalogue)
    title = factory.Sequence(lambda n: f"Виявлення постраждалих від торгівлі людьми {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = factory.LazyAttribute(lambda o: f"Короткий опис курсу «{o.title}».")
    estimated_hours = 3
    objectives = factory.LazyFunction(lambda: [{"type": "objective", "value": "Розпізнавати індикатори МОП"}])
    audiences = ()

    @classmethod
    def _create(cls, model_class, *args, audiences=(), **kwargs):
        audiences = [a if isinstance(a, Audience) else Audience.objects.get(slug=a) for a in audiences]
        return super()._create(model_class, *args, many_to_many={"audiences": audiences}, **kwargs)

    @factory.post_generation
    def modules(obj, create, extracted, title="Модуль {m}", **kwargs):
        if not create:
            return
        for m in range(1, (2 if extracted is None else extracted) + 1):
            ModulePageFactory(parent=obj, title=title.format(m=m), slug=f"module-{m}", lessons__number=m, **kwargs)

    @factory.post_generation
    def english(obj, create, extracted, **kwargs):
        if create and extracted:
            translate_tree(obj, "en", title=extracted if isinstance(extracted, str) else None)


class ModulePageFactory(PageFactory):
    """A module with ``lessons`` lessons (default 2); standalone, in a new course of its own."""

    class Meta:
        model = ModulePage

    parent = factory.SubFactory(CoursePageFactory, modules=0)
    title = factory.Sequence(lambda n: f"Модуль {n}")
    slug = factory.Sequence(lambda n: f"module-x{n}")
    summary = "Ознаки торгівлі людьми та перші кроки."

    @factory.post_generation
    def lessons(obj, create, extracted, number=1, title="Урок {m}.{n}", body="<p>Текст уроку {m}.{n}.</p>", **kwargs):
        if not create:
            return
        for n in range(1, (2 if extracted is None else extracted) + 1):
            LessonPageFactory(
                parent=obj,
                title=title.format(m=number, n=n),
                slug=f"lesson-{number}-{n}",
                body=[{"type": "rich_text", "value": body.format(m=number, n=n)}],
                **kwargs,
            )


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    parent = factory.SubFactory(ModulePageFactory, lessons=0)
    title = factory.Sequence(lambda n: f"Урок {n}")
    slug = factory.Sequence(lambda n: f"lesson-x{n}")
    estimated_minutes = 10
    body = factory.LazyAttribute(lambda o: [{"type": "rich_text", "value": f"<p>Текст уроку «{o.title}».</p>"}])


class EnrollmentFactory(factory.django.DjangoModelFactory):
    """An enrolment, made as the enrol button makes it; ``completed_lessons=N`` then completes the course's first
    N lessons (``True``: all of them, which completes a course without a required quiz). Other fields given are
    written afterwards, as they are, without the events that would normally lead to them."""

    class Meta:
        model = Enrollment
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    course = factory.SubFactory(CoursePageFactory)

    @classmethod
    def _create(cls, model_class, *, user, course, **fields):
        enrollment, _created = enrollment_create(user=user, course=course)
        if fields:
            model_class.objects.filter(pk=enrollment.pk).update(**fields)
            enrollment.refresh_from_db()
        return enrollment

    @factory.post_generation
    def completed_lessons(obj, create, extracted, **kwargs):
        if not (create and extracted):
            return
        lessons = list(LessonPage.objects.live().descendant_of(obj.course).order_by("path"))
        for lesson in lessons if extracted is True else lessons[:extracted]:
            lesson_complete(user=obj.user, lesson=lesson)
        obj.refresh_from_db()


class LessonCompletionFactory(factory.django.DjangoModelFactory):
    """A lesson completed by a learner, as the "mark as done" button records it (enrolling first if need be)."""

    class Meta:
        model = LessonCompletion

    user = factory.SubFactory(UserFactory)
    lesson = factory.SubFactory(LessonPageFactory)

    @classmethod
    def _create(cls, model_class, *, user, lesson):
        enrollment_create(user=user, course=course_of(lesson))
        lesson_complete(user=user, lesson=lesson)
        return model_class.objects.get(user=user, lesson_key=lesson.translation_key)


def make_course(parent, *, slug="course", title="Identifying victims", modules=2, lessons=2, audiences=(), **fields):
    """A published course under ``parent`` (a CourseIndexPage) with ``modules`` × ``lessons`` lessons, titled
    "Module 1", "Lesson 1.1" and so on."""
    return CoursePageFactory(
        parent=parent,
        slug=slug,
        title=title,
        summary=fields.pop("summary", f"Summary of {title}"),
        estimated_hours=fields.pop("estimated_hours", 3),
        objectives=[{"type": "objective", "value": "Recognise the ILO indicators"}],
        audiences=audiences,
        modules=modules,
        modules__title="Module {m}",
        modules__summary="About it",
        modules__lessons=lessons,
        modules__lessons__title="Lesson {m}.{n}",
        modules__lessons__body="<p>Body of lesson {m}.{n}</p>",
        **fields,
    )
