"""What happens to accounts, announced for the apps above to react to (accounts knows none of them).

Both are sent inside the transaction that makes the change, so a receiver's write commits or rolls back with it.
"""

from django.dispatch import Signal

# The reported profile (region, sector, organisation) of ``user`` changed, on any path that saves it (the profile
# form, the admin, a script): the receiver copies ``user``'s current values.
profile_changed = Signal()

# ``user`` is about to be deleted at their own request (``accounts.privacy.user_delete``), before the row goes, so
# receivers still find what is theirs. What a receiver must forget goes here; learning records themselves stay,
# without a user (their foreign keys are SET_NULL).
account_deleted = Signal()

# The profile fields that ``profile_changed`` is about.
PROFILE_FIELDS = {"region", "region_id", "sector", "organisation"}


def user_saved(sender, instance, created, update_fields=None, **kwargs):
    """A post_save receiver for users: announce ``profile_changed`` when a save may have changed the profile."""
    if created or (update_fields is not None and not PROFILE_FIELDS & set(update_fields)):
        return  # a new user has nothing to update yet; a save of other fields (last login, password) changes nothing
    profile_changed.send(sender=sender, user=instance)
