"""Admin forms that offer only the question banks within the user's reach (``permissions.banks_for``)."""

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from .permissions import banks_for


def _limit_banks(form) -> None:
    if "bank" in form.fields and form.for_user is not None:
        form.fields["bank"].queryset = banks_for(form.for_user)


class QuestionForm(WagtailAdminModelForm):
    """A question may be put only into a bank the user may edit: no moving it into another course's bank."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_banks(self)


class QuizPageForm(WagtailAdminPageForm):
    """A quiz may draw only from a bank its editor may see: no quiz on another course's bank to read its answers."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _limit_banks(self)
