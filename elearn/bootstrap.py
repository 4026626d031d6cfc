"""What every installation needs before anyone signs in, gathered from each app. Idempotent.

Migrations load the reference data too; this exists for ``load_demo`` and for tests, since a transactional
test flushes the database after it runs.
"""

from django.contrib.auth.models import Group

from accounts import roles
from accounts.reference_data import ensure_reference_data
from content.editorial import ensure_review_workflow
from content.models import SiteSettings
from content.site_setup import ensure_site
from courses.audiences import load_audiences
from courses.models import Audience
from courses.structure import ensure_catalogue
from quizzes.permissions import AUTHORING, MODERATION, grant_question_permissions, question_review_ensure


def ensure_base_data(report=None) -> dict:
    """Return the home page of each language under its code ("uk", "en"), and the catalogue and school section
    pages by language under "catalogue" and "school". ``report``, if given, is told each step as it starts."""
    say = report or (lambda message: None)
    say("Regions and role groups")
    ensure_reference_data()
    say("Audiences")
    load_audiences(Audience)
    say("Home pages in Ukrainian and English")
    homes = ensure_site()
    say("Site settings (hotline, organisation name)")
    SiteSettings.load()
    say("Review workflow and question permissions")
    ensure_review_workflow()
    grant_question_permissions(Group.objects.get(name=roles.EDUCATORS), AUTHORING)
    grant_question_permissions(Group.objects.get(name=roles.MODERATORS), MODERATION)
    question_review_ensure()
    say("Course catalogue and the school-curriculum section")
    return {**homes, **ensure_catalogue(homes)}
