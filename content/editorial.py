"""The editorial set-up: who may publish, and the review every unpublished change goes through.

Wagtail's own migrations create a "Moderators" group and a "Moderators approval" workflow on the root page;
this makes sure both exist and are wired as this site expects (also after a test flushed the database).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

MODERATORS = "Moderators"
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# What anyone who works in the admin needs besides page rights: entering it, and using images and documents.
ADMIN_USER_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def grant_page_permissions(group: Group, page: Page, codenames: list[str]) -> None:
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_admin_access(group: Group) -> None:
    for app_label, codename in ADMIN_USER_PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


@transaction.atomic
def ensure_review_workflow() -> Workflow:
    """Moderators may publish anywhere; every other editor's change waits for a moderator's approval."""
    root = Page.get_first_root_node()
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    grant_admin_access(moderators)
    grant_page_permissions(moderators, root, MODERATOR_PAGE_PERMISSIONS)

    workflow, _ = Workflow.objects.get_or_create(name="Moderators approval", defaults={"active": True})
    if not workflow.workflow_tasks.exists():
        task, _ = GroupApprovalTask.objects.get_or_create(name="Moderators approval", defaults={"active": True})
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})
    return workflow
