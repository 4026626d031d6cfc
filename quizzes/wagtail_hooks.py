"""The "Quizzes" menu in the Wagtail admin: question banks and questions, filterable."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import Question, QuestionBank


class QuestionFilterSet(WagtailFilterSet):
    class Meta:
        model = Question
        fields = ["bank", "qtype", "category", "locale"]


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "folder-open-inverse"
    menu_label = _("Question banks")
    list_display = ["name", "course"]
    search_fields = ["name"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["name", "bank", "qtype", "category", "locale"]
    filterset_class = QuestionFilterSet
    search_fields = ["name", "stem"]


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
