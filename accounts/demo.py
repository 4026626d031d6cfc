"""Demo accounts, one per role, for trying the site locally. Never run against production data."""

from allauth.account.models import EmailAddress

from django.contrib.auth.models import Group

from . import roles
from .models import Region, Sector, User

DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 - printed for local demo logins only

DEMO_USERS = [
    # email, role group, Ukrainian name, Latin given, Latin family, sector, region, organisation, position
    (
        "learner@demo.test",
        None,
        "Олена Коваленко",
        "Olena",
        "Kovalenko",
        Sector.SOCIAL,
        "UA-05",
        "Вінницький обласний центр соціальних служб",
        "Фахівчиня із соціальної роботи",
    ),
    (
        "educator@demo.test",
        roles.EDUCATORS,
        "Ірина Шевчук",
        "Iryna",
        "Shevchuk",
        Sector.EDUCATION,
        "UA-46",
        "Львівський ліцей № 12",
        "Вчителька правознавства",
    ),
    (
        "moderator@demo.test",
        roles.MODERATORS,
        "Андрій Мельник",
        "Andrii",
        "Melnyk",
        Sector.NGO,
        "UA-30",
        "Редакція навчальних матеріалів",
        "Методист",
    ),
    (
        "trainer@demo.test",
        roles.TRAINERS,
        "Марія Бондар",
        "Mariia",
        "Bondar",
        Sector.SOCIAL,
        "UA-63",
        "Харківський регіональний навчальний центр",
        "Тренерка",
    ),
    (
        "coordinator@demo.test",
        roles.COORDINATORS,
        "Сергій Ткаченко",
        "Serhii",
        "Tkachenko",
        Sector.SOCIAL,
        "UA-30",
        "Мінсоцполітики",
        "Національний координатор навчання",
    ),
    (
        "admin@demo.test",
        "superuser",
        "Олег Литвин",
        "Oleh",
        "Lytvyn",
        Sector.OTHER,
        "UA-30",
        "Адміністрація платформи",
        "Адміністратор",
    ),
]


def ensure_demo_users() -> list[tuple[str, str]]:
    """Create (or reset) the demo accounts; return (email, role) pairs. Idempotent."""
    created = []
    for email, role, name_uk, given, family, sector, region, organisation, position in DEMO_USERS:
        user, _ = User.objects.update_or_create(
            email=email,
            defaults={
                "full_name_uk": name_uk,
                "first_name": given,
                "last_name": family,
                "sector": sector,
                "region": Region.objects.get(iso_code=region),
                "organisation": organisation,
                "position": position,
                "is_staff": role == "superuser",
                "is_superuser": role == "superuser",
            },
        )
        if not user.check_password(DEMO_PASSWORD):
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        if role and role != "superuser":
            user.groups.add(Group.objects.get(name=role))
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        created.append((email, role or "learner"))
    return created
