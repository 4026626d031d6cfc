"""Creating a learner's account: one validation and one way to store the profile, whoever creates it.

Sign-up (allauth's form with ``forms.SignupForm``, saved by ``adapter.AccountAdapter``) and a trainer's bulk
enrolment from CSV (``cohorts.services.csv_enrol``) both check the profile with ``learner_form`` (the sign-up
fields, their lengths and scripts) and store it with ``profile_apply``, so a name one refuses the other refuses too.
"""

from allauth.account.models import EmailAddress

from django import forms
from django.utils.translation import gettext_lazy as _

from .forms import PROFILE_FIELDS, ProfileFieldsMixin
from .models import User


class LearnerForm(ProfileFieldsMixin):
    """The sign-up fields with the address: what a learner's account needs, whoever fills it in."""

    email = forms.EmailField(label=_("email address"), max_length=254)

    def __init__(self, *args, optional=(), regions=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in optional:
            self.fields[name].required = False
        if regions is not None:
            self.fields["region"].known = {str(region.pk): region for region in regions}


def learner_form(data: dict, *, optional=(), regions=None) -> LearnerForm:
    """The sign-up validation of ``data`` (field name → text; ``region`` is a region's id): a bound form to ask
    ``is_valid()``, ``errors`` and ``cleaned_data``. ``optional`` names fields the caller has no column for;
    ``regions``, the regions already loaded, saves a query per form when many rows are checked."""
    return LearnerForm(data, optional=optional, regions=regions)


def profile_apply(user: User, cleaned: dict) -> None:
    """Store the validated profile fields on ``user`` (not saved)."""
    for name in PROFILE_FIELDS:
        if name in cleaned:
            setattr(user, name, cleaned[name] if cleaned[name] is not None else "")


def learner_create(*, cleaned: dict) -> User:
    """An account from a validated ``learner_form``, without a password and with its address unconfirmed: the
    person sets the first password from a link sent to the address, which confirms it."""
    user = User(email=User.objects.normalize_email(cleaned["email"]))
    profile_apply(user, cleaned)
    user.set_unusable_password()
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
    return user
