"""Idempotent set-up of the site skeleton: both locales, a home page per language, the default site."""

from django.db import transaction

from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_TITLES = {"uk": "Протидія торгівлі людьми: навчання", "en": "Counter-trafficking training"}


@transaction.atomic
def ensure_site() -> dict[str, HomePage]:
    """Return the home page of each language, creating what is missing. Running it twice changes nothing."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in HOME_TITLES}
    root = Page.get_first_root_node()
    if root is None:  # only after a test flushed the database; migrations normally create it
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["uk"]))

    home_uk = HomePage.objects.filter(locale=locales["uk"]).first()
    if home_uk is None:
        # Wagtail's own migration leaves a plain "Welcome" page as the site root; this site replaces it.
        for welcome in root.get_children().exact_type(Page):
            if not welcome.get_children().exists():
                Site.objects.filter(root_page=welcome).delete()
                welcome.delete()
        home_uk = root.add_child(instance=HomePage(title=HOME_TITLES["uk"], slug="home", locale=locales["uk"]))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home_uk, is_default_site=True)
    elif site.root_page_id != home_uk.pk:
        site.root_page = home_uk
        site.save()

    home_en = HomePage.objects.filter(locale=locales["en"], translation_key=home_uk.translation_key).first()
    if home_en is None:
        home_en = home_uk.copy_for_translation(locales["en"])
        home_en.title = HOME_TITLES["en"]
        home_en.save_revision().publish()
    return {"uk": home_uk, "en": home_en}
