import factory
from allauth.account.models import EmailAddress

from accounts.models import Region, Sector, User

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    full_name_uk = factory.Iterator(["Олена Петренко", "Тарас Іваненко", "Ганна Мороз", "Юрій Савчук"])
    first_name = factory.Iterator(["Olena", "Taras", "Hanna", "Yurii"])
    last_name = factory.Iterator(["Petrenko", "Ivanenko", "Moroz", "Savchuk"])
    organisation = "Київський міський центр соціальних служб"
    sector = Sector.SOCIAL
    region = factory.LazyFunction(lambda: Region.objects.get(iso_code="UA-30"))
    position = "Соціальна працівниця"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(obj, create, extracted, **kwargs):
        """Users can log in only with a confirmed address; pass verified_email=False for one that is not."""
        obj.save()
        if create:
            EmailAddress.objects.create(user=obj, email=obj.email, primary=True, verified=extracted is not False)


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 - a fixed test secret, base-32


def give_totp(user, secret=TOTP_SECRET):
    """An activated authenticator app for ``user``, stored as allauth's ``TOTP.activate`` stores it.

    Staff need one to reach the reports and the admin (accounts/mfa.py); ``totp_code(secret)`` gives the code.
    """
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import encrypt

    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(secret)})
    return user


def totp_code(secret=TOTP_SECRET, at=None):
    """The authenticator app's current code for ``secret`` (RFC 6238, allauth's own implementation)."""
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time() if at is None else at) // 30))


def staff_user(group_name: str, **fields):
    """A member of a staff group (Educators, Moderators, Trainers, Coordinators) with an authenticator app: staff
    reach the reports and the admin only with a second factor."""
    from django.contrib.auth.models import Group

    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return give_totp(user)


def make_certificate(user, course=None, **fields):
    """A certificate as issuing stores it (names and titles as snapshots), without rendering a PDF."""
    from django.utils import timezone

    from certificates.models import Certificate

    values = {
        "user": user,
        "course": course,
        "course_key": course.translation_key if course else "00000000-0000-0000-0000-000000000001",
        "name_uk": "Олена Петренко",
        "name_latin": "Olena Petrenko",
        "course_title_uk": "Курс",
        "course_title_en": "Course",
        "hours": 2,
        "completed_on": timezone.localdate(),
        "organisation_uk": "Організація",
        "organisation_en": "Organisation",
        "signatory_name": "Signatory",
        "signatory_title_uk": "Директорка",
        "signatory_title_en": "Director",
        **fields,
    }
    return Certificate.objects.create(**values)


def issue_certificate(course, user=None):
    """A certificate as completing ``course`` issues it (the PDF is rendered later, when it is first needed)."""
    from django.utils import timezone

    from certificates.issuing import certificate_issue
    from courses.models import Enrollment

    enrollment = Enrollment.objects.create(
        user=user or UserFactory(),
        course=course,
        course_key=course.translation_key,
        course_title=course.title,
        completed_at=timezone.now(),
    )
    return certificate_issue(enrollment=enrollment)


def reauthenticate(client, password=PASSWORD):
    """Confirm the password again, as allauth asks before sensitive actions."""
    response = client.post("/uk/accounts/reauthenticate/", {"password": password})
    assert response.status_code == 302, response.status_code
    return response


def publish(page):
    page.save_revision().publish()
    return page


def make_course(parent, *, slug="course", title="Identifying victims", modules=2, lessons=2, audiences=(), **fields):
    """A published course under ``parent`` (a CourseIndexPage) with ``modules`` × ``lessons`` lessons."""
    from courses.models import Audience, CoursePage, LessonPage, ModulePage

    course = parent.add_child(
        instance=CoursePage(
            title=title,
            slug=slug,
            summary=fields.pop("summary", f"Summary of {title}"),
            estimated_hours=fields.pop("estimated_hours", 3),
            objectives=[{"type": "objective", "value": "Recognise the ILO indicators"}],
            **fields,
        )
    )
    if audiences:
        course.audiences.set(Audience.objects.filter(slug__in=audiences))
    publish(course)
    for m in range(1, modules + 1):
        module = course.add_child(instance=ModulePage(title=f"Module {m}", slug=f"module-{m}", summary="About it"))
        publish(module)
        for n in range(1, lessons + 1):
            lesson = module.add_child(
                instance=LessonPage(
                    title=f"Lesson {m}.{n}",
                    slug=f"lesson-{m}-{n}",
                    estimated_minutes=10,
                    body=[{"type": "rich_text", "value": f"<p>Body of lesson {m}.{n}</p>"}],
                )
            )
            publish(lesson)
    return course


def make_question(
    bank, *, qtype="single", category="indicators", name=None, right=("Right",), wrong=("Wrong",), pairs=()
):
    """A question in ``bank``; options in the order right…, wrong…; pairs as (left, right) tuples."""
    from quizzes.models import MatchPair, Option, Question

    question = Question(bank=bank, qtype=qtype, name=name or f"{qtype} question", category=category)
    question.stem = f"Stem of {question.name}"
    question.explanation = "Consent is irrelevant once a means was used."
    question.source = "Palermo Protocol, Art. 3(b)"
    question.options = [Option(text=text, is_correct=True, feedback=f"Yes: {text}") for text in right] + [
        Option(text=text, is_correct=False, feedback=f"No: {text}") for text in wrong
    ]
    question.pairs = [MatchPair(left=left, right=right_text) for left, right_text in pairs]
    question.save()
    return question


def make_quiz(parent, bank, *, slug="quiz", count=2, category="", **fields):
    from quizzes.models import DrawRule, QuizPage

    quiz = QuizPage(title=fields.pop("title", "Quiz"), slug=slug, bank=bank, **fields)
    quiz.draw_rules = [DrawRule(category=category, count=count)]
    parent.add_child(instance=quiz)
    return publish(quiz)
