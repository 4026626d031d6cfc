from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Region, Sector
from cohorts.models import Cohort
from core.forms import ModelChoiceField, PlainSelect
from courses.models import CoursePage


class FilterForm(forms.Form):
    """Filters every dashboard figure. Unknown values are dropped, never an error page."""

    date_from = forms.DateField(
        label=_("Enrolled from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(label=_("Enrolled until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    course = ModelChoiceField(
        label=_("Course"),
        queryset=CoursePage.objects.none(),
        required=False,
        empty_label=_("All courses"),
        widget=PlainSelect,
    )
    cohort = ModelChoiceField(
        label=_("Cohort"),
        queryset=Cohort.objects.none(),
        required=False,
        empty_label=_("All cohorts"),
        widget=PlainSelect,
    )
    region = ModelChoiceField(
        label=_("Region (oblast)"),
        queryset=Region.objects.all(),
        required=False,
        empty_label=_("All regions"),
        widget=PlainSelect,
    )
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=[("", _("All sectors"))] + Sector.choices, widget=PlainSelect
    )
    organisation = forms.CharField(label=_("Organisation"), required=False, max_length=200)

    def __init__(self, *args, cohorts, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].queryset = cohorts
        self.fields["course"].queryset = CoursePage.objects.live().filter(locale__language_code=language)
        self.fields["region"].label_from_instance = lambda region: region.name
