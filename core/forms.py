from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

MAX_ID = 2**63 - 1


def is_storable_id(value) -> bool:
    """An id that some database column can hold: ASCII digits up to 2**63 - 1 (SQLite raises OverflowError on more)."""
    text = str(value)
    return text.isascii() and text.isdigit() and int(text) <= MAX_ID


class ModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that refuses an id no database column can hold, with the field's usual "not one of the
    choices" message instead of a server error."""

    def to_python(self, value):
        if value not in self.empty_values and not self.to_field_name and not is_storable_id(value):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """The same guard for a list of ids."""

    def _check_values(self, value):
        if not self.to_field_name:
            for pk in value:
                if not is_storable_id(pk):
                    raise forms.ValidationError(
                        self.error_messages["invalid_choice"], code="invalid_choice", params={"value": pk}
                    )
        return super()._check_values(value)


class PlainSelect(forms.Select):
    """A <select> rendered in Python. Django renders every option through a template, and for the hundreds of
    cohorts a coordinator chooses from that took longer than computing the dashboard's figures."""

    def render(self, name, value, attrs=None, renderer=None):
        selected = {str(item) for item in self.format_value(value)}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (str(key), mark_safe(" selected") if str(key) in selected else "", label)  # noqa: S308 - a constant
                for key, label in self.choices
            ),
        )
        return format_html(
            "<select{}>{}</select>", flatatt(self.build_attrs(self.attrs, {**(attrs or {}), "name": name})), options
        )
