"""Admin forms that offer only the question banks within the user's reach (``permissions.banks_for``)."""

import copy

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .permissions import banks_for
from .types import registry


def _limit_banks(form) -> None:
    if "bank" in form.fields and form.for_user is not None:
        form.fields["bank"].queryset = banks_for(form.for_user)


class BaseQuestionForm(WagtailAdminModelForm):
    """A question may be put only into a bank the user may edit: no moving it into another course's bank.

    The type is one of the registered types, and each type's options (``settings_fields``) are form fields stored
    in ``Question.settings``; only the options of the question's type are kept."""

    qtype = forms.ChoiceField(label=_("type"), choices=registry.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_banks(self)
        stored = self.instance.settings or {}
        for name in registry.settings_fields():
            if name in self.fields and name in stored:
                self.fields[name].initial = stored[name]

    def save(self, commit=True):
        qtype = registry.get(self.cleaned_data["qtype"])
        self.instance.settings = {name: self.cleaned_data.get(name) for name in qtype.settings_fields}
        return super().save(commit=commit)


# Every type's options as declared fields, so that the editor's panels can show them.
QuestionForm = type(
    "QuestionForm",
    (BaseQuestionForm,),
    {"__module__": __name__, **{name: copy.deepcopy(field) for name, field in registry.settings_fields().items()}},
)


class QuizPageForm(WagtailAdminPageForm):
    """A quiz may draw only from a bank its editor may see: no quiz on another course's bank to read its answers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_banks(self)
