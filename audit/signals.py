"""Role and group changes, wherever they are made (the Wagtail admin's user and group forms, Django's admin, a
Django admin): the signals see every one, and the current request (``audit.context``) says who made it and from
where. Changes made outside a request (migrations, ``load_demo``, the setup of the role groups, a shell) are not
people acting in the app and are not recorded: whoever has a shell on the server has the database too."""

import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from .context import current_request
from .models import Action
from .trail import record

ROLE_FLAGS = ("is_superuser", "is_staff", "is_active")


def _record(*, subject=None, **details):
    record(action=Action.ROLES_CHANGED, request=current_request(), subject=subject, **details)


def in_request(handler):
    """Run ``handler`` only while a request is being handled (and so spend no query outside one)."""

    @functools.wraps(handler)
    def wrapper(*args, **kwargs):
        if current_request() is not None:
            handler(*args, **kwargs)

    return wrapper


def _names(model, pks):
    return sorted(model.objects.filter(pk__in=pks).values_list("name", flat=True))


@in_request
def user_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """``user.groups.add/remove/set/clear`` (reverse=False) or ``group.user_set.…`` (reverse=True)."""
    if action == "pre_clear":
        # After the clear the rows are gone: remember what is being cleared.
        instance._audit_cleared = set(
            instance.groups.values_list("pk", flat=True)
            if not reverse
            else instance.user_set.values_list("pk", flat=True)
        )
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    pks = instance.__dict__.pop("_audit_cleared", set()) if action == "post_clear" else set(pk_set or ())
    if not pks:
        return
    change = "groups_added" if action == "post_add" else "groups_removed"
    if reverse:  # one group, many users
        User = get_user_model()
        for user in User.objects.filter(pk__in=pks):
            _record(subject=user, **{change: [instance.name]})
    else:
        _record(subject=instance, **{change: _names(Group, pks)})


@in_request
def user_flags_before(sender, instance, raw=False, update_fields=None, **kwargs):
    """Superuser, staff and active flags: compare with the stored row (saves that name other fields only, such as a
    login's ``last_login``, are skipped without a query)."""
    if raw or (update_fields is not None and not set(update_fields) & set(ROLE_FLAGS)):
        return
    if instance._state.adding or instance.pk is None:
        before = {"is_superuser": False, "is_staff": False, "is_active": True}
    else:
        before = type(instance).objects.filter(pk=instance.pk).values(*ROLE_FLAGS).first() or {}
    changed = {
        flag: getattr(instance, flag)
        for flag in ROLE_FLAGS
        if flag in before and before[flag] != getattr(instance, flag)
    }
    if changed:
        instance._audit_flags = changed


@in_request
def user_flags_after(sender, instance, raw=False, **kwargs):
    changed = instance.__dict__.pop("_audit_flags", None)
    if changed and not raw:
        _record(subject=instance, **changed)


@in_request
def group_permissions_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    change = "permissions_added" if action == "post_add" else "permissions_removed"
    if reverse:  # permission.group_set.add(...)
        for name in _names(Group, pk_set):
            _record(group=name, **{change: [f"{instance.content_type.app_label}.{instance.codename}"]})
        return
    codenames = sorted(
        f"{app}.{codename}"
        for app, codename in Permission.objects.filter(pk__in=pk_set).values_list("content_type__app_label", "codename")
    )
    _record(group=instance.name, **{change: codenames})


@in_request
def group_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        _record(group=instance.name, group_created=True)


@in_request
def group_deleted(sender, instance, **kwargs):
    _record(group=instance.name, group_deleted=True)


@in_request
def object_permission_saved(sender, instance, created, raw=False, **kwargs):
    """Wagtail's page and collection permissions of a group (its group edit form saves these rows)."""
    if raw:
        return
    target = getattr(instance, "page", None) or getattr(instance, "collection", None)
    _record(
        group=instance.group.name,
        permissions_added=[f"{instance.permission.content_type.app_label}.{instance.permission.codename}"],
        on=f"{type(target).__name__.lower()} {target.pk}: {target}",
    )


@in_request
def object_permission_deleted(sender, instance, **kwargs):
    target = getattr(instance, "page", None) or getattr(instance, "collection", None)
    _record(
        group=instance.group.name,
        permissions_removed=[f"{instance.permission.content_type.app_label}.{instance.permission.codename}"],
        on=f"{type(target).__name__.lower()} {target.pk}: {target}",
    )


def connect():
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    User = get_user_model()
    m2m_changed.connect(user_groups_changed, sender=User.groups.through, dispatch_uid="audit.user_groups")
    pre_save.connect(user_flags_before, sender=User, dispatch_uid="audit.user_flags_before")
    post_save.connect(user_flags_after, sender=User, dispatch_uid="audit.user_flags_after")
    m2m_changed.connect(group_permissions_changed, sender=Group.permissions.through, dispatch_uid="audit.group_perms")
    post_save.connect(group_saved, sender=Group, dispatch_uid="audit.group_saved")
    post_delete.connect(group_deleted, sender=Group, dispatch_uid="audit.group_deleted")
    for model in (GroupPagePermission, GroupCollectionPermission):
        post_save.connect(object_permission_saved, sender=model, dispatch_uid=f"audit.{model.__name__}.saved")
        post_delete.connect(object_permission_deleted, sender=model, dispatch_uid=f"audit.{model.__name__}.deleted")
