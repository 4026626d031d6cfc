"""What every installation needs before anyone signs in, gathered from each app. Idempotent.

Migrations load the reference data too; this exists for ``load_demo`` and for tests, since a transactional
test flushes the database after it runs.
"""

from accounts.reference_data import ensure_reference_data
from content.editorial import ensure_review_workflow
from content.site_setup import ensure_site


def ensure_base_data() -> dict:
    """Return the home page of each language under its code ("uk", "en"), and the catalogue and school section
    pages by language under "catalogue" and "school"."""
    from django.contrib.auth.models import Group

    from accounts import roles
    from courses.audiences import load_audiences
    from courses.models import Audience
    from courses.structure import ensure_catalogue
    from quizzes.permissions import AUTHORING, MODERATION, grant_question_permissions, question_review_ensure

    ensure_reference_data()
    load_audiences(Audience)
    homes = ensure_site()
    ensure_review_workflow()
    grant_question_permissions(Group.objects.get(name=roles.EDUCATORS), AUTHORING)
    grant_question_permissions(Group.objects.get(name=roles.MODERATORS), MODERATION)
    question_review_ensure()
    return {**homes, **ensure_catalogue(homes)}
