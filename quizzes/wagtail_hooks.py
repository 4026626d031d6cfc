"""The "Quizzes" menu in the Wagtail admin: question banks and questions, filterable.

Every list shows, and every view of one object (edit, history, revisions, preview, workflow, lock, delete...)
opens, only what ``permissions.banks_for`` puts within the user's reach; anything else is refused (Wagtail sends
the user back to the dashboard with "Sorry, you do not have permission", as for pages).
"""

from functools import wraps

import django_filters

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import URLPattern, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .forms import QuestionForm
from .models import Question, QuestionBank
from .permissions import ScopedPermissionPolicy, banks_for, questions_for
from .types import registry

register_permission_policy(Question, ScopedPermissionPolicy(Question, questions_for), exact_class=True)
register_permission_policy(QuestionBank, ScopedPermissionPolicy(QuestionBank, banks_for), exact_class=True)


class QuestionFilterSet(WagtailFilterSet):
    qtype = django_filters.ChoiceFilter(label=_("type"), choices=registry.choices)

    class Meta:
        model = Question
        fields = ["bank", "qtype", "category", "locale", "live"]


def _scope_of(model):
    return {Question: questions_for, QuestionBank: banks_for}[model]


class ScopedChooserMixin:
    """The chooser modal (e.g. the quiz page's bank field) lists and returns only what the user may reach."""

    def get_object_list(self):
        return _scope_of(self.model_class)(self.request.user)


class ScopedChooseView(ScopedChooserMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserMixin, ChooseResultsView):
    pass


class ScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        return _scope_of(self.model_class)(self.request.user).get(pk=pk)


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return _scope_of(self.model_class)(self.request.user).filter(pk__in=pks)


class ScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView


class ScopedSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose objects are limited per user by ``scope`` (a function of the user)."""

    scope = None
    chooser_viewset_class = ScopedChooserViewSet

    def get_queryset(self, request):
        return type(self).scope(request.user)

    def _scoped(self, view):
        scope = type(self).scope

        @wraps(view)
        def checked(request, *args, **kwargs):
            # Wagtail's object views check model permissions only; the object itself is checked here, before any.
            if "pk" in kwargs:
                try:
                    allowed = scope(request.user).filter(pk=unquote(str(kwargs["pk"]))).exists()
                except (ValueError, ValidationError):
                    allowed = False
                if not allowed:
                    raise PermissionDenied
            return view(request, *args, **kwargs)

        return checked

    def get_urlpatterns(self):
        return [
            URLPattern(pattern.pattern, self._scoped(pattern.callback), pattern.default_args, pattern.name)
            if isinstance(pattern, URLPattern)
            else pattern
            for pattern in super().get_urlpatterns()
        ]


class QuestionBankViewSet(ScopedSnippetViewSet):
    model = QuestionBank
    scope = staticmethod(banks_for)
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    list_display = ["name", "course"]
    search_fields = ["name"]


def _type_label(code):
    try:
        return registry.get(code).label
    except LookupError:
        return code


class QuestionViewSet(ScopedSnippetViewSet):
    model = Question
    scope = staticmethod(questions_for)
    icon = "help"
    menu_label = _("Questions")
    list_display = [
        "name",
        "bank",
        Column("qtype", label=_("type"), accessor=lambda question: _type_label(question.qtype)),
        "category",
        "locale",
        "live",
    ]
    filterset_class = QuestionFilterSet
    search_fields = ["name", "stem"]
    edit_handler = ObjectList(
        [
            *Question.panels,
            MultiFieldPanel(
                [FieldPanel(name) for name in registry.settings_fields()], heading=_("Options of the question type")
            ),
        ],
        base_form_class=QuestionForm,
    )


class QuizzesGroup(SnippetViewSetGroup):
    items = (QuestionBankViewSet, QuestionViewSet)
    menu_icon = "help"
    menu_label = _("Quizzes")
    menu_name = "quizzes"


register_snippet(QuizzesGroup)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("quizzes/import/", admin_views.import_questions, name="quizzes_import"),
        path("quizzes/banks/<int:bank_id>/export/", admin_views.export_bank, name="quizzes_export"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return MenuItem(
        _("Import questions"), reverse("quizzes_import"), icon_name="upload", order=10000, name="quizzes-import"
    )
