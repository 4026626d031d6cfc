"""The catalogue pages every installation has, and the school-curriculum section that educators work in."""

from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale

from accounts import roles
from content.editorial import EDITOR_PAGE_PERMISSIONS, grant_admin_access, grant_page_permissions

from .models import CourseIndexPage

CATALOGUE = {"slug": "courses", "uk": "Курси", "en": "Courses"}
SCHOOL_SECTION = {
    "slug": "school-curriculum",
    "uk": "Шкільна програма з протидії торгівлі людьми",
    "en": "School counter-trafficking curriculum",
}
INTROS = {
    "courses": {
        "uk": "Безкоштовні онлайн-курси для фахівців, які можуть зустріти людей, що постраждали від торгівлі людьми.",
        "en": "Free online courses for practitioners who may meet people affected by human trafficking.",
    },
    "school-curriculum": {
        "uk": "Матеріали для вчителів, які ведуть уроки з протидії торгівлі людьми для учнів 14–17 років.",
        "en": "Material for teachers who run counter-trafficking lessons for students aged 14–17.",
    },
}


def _ensure_index(parent_uk, spec) -> dict[str, CourseIndexPage]:
    page_uk = CourseIndexPage.objects.child_of(parent_uk).filter(slug=spec["slug"]).first()
    if page_uk is None:
        page_uk = parent_uk.add_child(
            instance=CourseIndexPage(title=spec["uk"], slug=spec["slug"], intro=INTROS[spec["slug"]]["uk"])
        )
    pages = {"uk": page_uk}
    for code in ("en",):
        locale = Locale.objects.get(language_code=code)
        translation = page_uk.get_translation_or_none(locale)
        if translation is None:
            translation = page_uk.copy_for_translation(locale)
            translation.title = spec[code]
            translation.intro = INTROS[spec["slug"]][code]
            translation.slug = spec["slug"]
            translation.save_revision().publish()
        pages[code] = translation.specific
    return pages


@transaction.atomic
def ensure_catalogue(homes) -> dict:
    """The catalogue under each home page, and the school section inside it, with educators granted on it."""
    catalogue = _ensure_index(homes["uk"], CATALOGUE)
    school = _ensure_index(catalogue["uk"], SCHOOL_SECTION)
    educators, _ = Group.objects.get_or_create(name=roles.EDUCATORS)
    grant_admin_access(educators)
    for page in school.values():
        grant_page_permissions(educators, page, EDITOR_PAGE_PERMISSIONS)
    return {"catalogue": catalogue, "school": school}
