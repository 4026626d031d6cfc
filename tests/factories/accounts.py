"""Accounts: learners and staff, their second factor, and the password they sign in with."""

import time

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import encrypt

from django.contrib.auth.models import Group

from accounts.models import Region, Sector, User

PASSWORD = "correct-horse-battery"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 - a fixed test secret, base-32


class UserFactory(factory.django.DjangoModelFactory):
    """A learner with a confirmed address who signs in with ``PASSWORD``.

    ``UserFactory(groups=[roles.TRAINERS], totp=True)`` gives a staff member with an authenticator app (staff reach
    the reports and the admin only with a second factor); ``verified_email=False`` an address not yet confirmed.
    """

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

    @factory.post_generation
    def groups(obj, create, extracted, **kwargs):
        """Role groups by name (``accounts.roles``)."""
        if create and extracted:
            names = list(extracted)
            found = list(Group.objects.filter(name__in=names))
            assert len(found) == len(names), f"unknown groups among {names}"
            obj.groups.add(*found)

    @factory.post_generation
    def totp(obj, create, extracted, **kwargs):
        """``totp=True``: an activated authenticator app (``TOTP_SECRET``), or ``totp="SECRET"`` for another."""
        if create and extracted:
            give_totp(obj, TOTP_SECRET if extracted is True else extracted)


def give_totp(user, secret=TOTP_SECRET):
    """An activated authenticator app for ``user``, stored as allauth's ``TOTP.activate`` stores it.

    Staff need one to reach the reports and the admin (accounts/mfa.py); ``totp_code(secret)`` gives the code.
    """
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(secret)})
    return user


def totp_code(secret=TOTP_SECRET, at=None):
    """The authenticator app's current code for ``secret`` (RFC 6238, allauth's own implementation)."""
    return format_hotp_value(hotp_value(secret, int(time.time() if at is None else at) // 30))


def staff_user(group_name: str, **fields):
    """A member of a staff group (Educators, Moderators, Trainers, Coordinators) with an authenticator app: staff
    reach the reports and the admin only with a second factor."""
    return UserFactory(groups=[group_name], totp=True, **fields)


def reauthenticate(client, password=PASSWORD):
    """Confirm the password again, as allauth asks before sensitive actions."""
    response = client.post("/uk/accounts/reauthenticate/", {"password": password})
    assert response.status_code == 302, response.status_code
    return response
