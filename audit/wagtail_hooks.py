"""The audit trail in the Wagtail admin: superusers list, filter and inspect entries; nobody adds, edits or deletes
(those views are not even routed, and the permission policy refuses them to everyone)."""

import json

import django_filters

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .context import current_request
from .models import Action, AuditEntry
from .trail import record

READ_ONLY_VIEWS = ("index", "index_results", "inspect")


def whose(entry):
    if entry.subject is not None:
        return f"{entry.subject.email} ({entry.subject})"
    if "user_id" in entry.details:  # a deleted account
        return _("account %(id)s (deleted)") % {"id": entry.details["user_id"]}
    return ""


def details_text(entry):
    return json.dumps(entry.details, ensure_ascii=False, sort_keys=True)


class SuperusersReadOnly(BasePermissionPolicy):
    """Reading the trail is itself reading personal data: superusers only, and no one may change it."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_authenticated and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        from django.contrib.auth import get_user_model

        if "view" not in actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, is_superuser=True)

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


register_permission_policy(AuditEntry, SuperusersReadOnly(AuditEntry))


class AuditEntryFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("What"), choices=Action.choices)
    actor = django_filters.CharFilter(label=_("Who (e-mail)"), field_name="actor_email", lookup_expr="icontains")
    subject = django_filters.CharFilter(label=_("Whose data (e-mail)"), method="filter_subject")
    at = django_filters.DateFromToRangeFilter(label=_("When"), widget=DateRangePickerWidget)

    class Meta:
        model = AuditEntry
        fields = []

    def filter_subject(self, queryset, name, value):
        # An account id (as in a deletion's details) or part of the learner's e-mail address.
        value = value.strip()
        match = Q(subject__email__icontains=value)
        if value.isdigit():
            match |= Q(subject_id=int(value)) | Q(details__user_id=int(value))
        return queryset.filter(match)


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    icon = "list-ul"
    menu_label = _("Audit trail")
    menu_order = 900
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = [
        "at",
        "actor_email",
        "action",
        Column("subject", label=_("Whose data"), accessor=lambda entry: whose(entry)),
        "ip",
        Column("details", label=_("Details"), accessor=lambda entry: details_text(entry)),
    ]
    filterset_class = AuditEntryFilterSet
    list_per_page = 50
    inspect_view_fields = ["at", "actor_email", "actor", "action", "subject", "national", "details", "ip"]
    exclude_form_fields = []  # never used: there is no add or edit view

    def get_queryset(self, request):
        return AuditEntry.objects.select_related("subject")

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add", "edit", "delete", "history", "usage"):
            view_kwargs[f"{name}_url_name"] = None
        return view_kwargs

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name in READ_ONLY_VIEWS]

    def get_permissions_to_register(self):
        # Not offered in the group editor: only superusers read the trail.
        from django.contrib.auth.models import Permission

        return Permission.objects.none()


audit_viewset = AuditEntryViewSet("audit")


@hooks.register("register_admin_viewset")
def register_audit_viewset():
    return audit_viewset


@hooks.register("after_delete_user")
def record_user_deleted(request, user):
    """An admin deleting an account in the Wagtail admin (a learner's own deletion is recorded by its view)."""
    record(action=Action.ACCOUNT_DELETED, request=request or current_request(), user_id=user.pk or user._audit_pk)


@hooks.register("before_delete_user")
def remember_deleted_id(request, user):
    # Django clears the primary key of a deleted instance: keep it for the record.
    user._audit_pk = user.pk
