from django import forms

MAX_ID = 2**63 - 1


class ModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that refuses an id no database column can hold (SQLite raises OverflowError on one),
    with the field's usual "not one of the choices" message instead of a server error."""

    def to_python(self, value):
        if value not in self.empty_values and not self.to_field_name:
            text = str(value)
            if not (text.isascii() and text.isdigit()) or int(text) > MAX_ID:
                raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)
