from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import ModelChoiceField

from .models import Region, User, validate_cyrillic_name, validate_latin_name

# The profile fields a learner fills in at sign-up and can edit later.
PROFILE_FIELDS = ["full_name_uk", "first_name", "last_name", "organisation", "sector", "region", "position"]


class RegionChoiceField(ModelChoiceField):
    # Regions by id, when the caller has loaded them already (a CSV of 2,000 rows validates every row with this
    # field): the choice is looked up here instead of with a query per form.
    known: dict | None = None

    def label_from_instance(self, obj):
        return obj.name

    def to_python(self, value):
        if self.known is None or value in self.empty_values:
            return super().to_python(value)
        region = self.known.get(str(value))
        if region is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return region


class ProfileFieldsMixin(forms.Form):
    full_name_uk = forms.CharField(
        label=_("Full name in Ukrainian"),
        max_length=150,
        validators=[validate_cyrillic_name],
        help_text=_("As in your Ukrainian documents, e.g. Олена Петренко."),
        widget=forms.TextInput(attrs={"autocomplete": "name", "lang": "uk"}),
    )
    first_name = forms.CharField(
        label=_("Given name in Latin script"),
        max_length=75,
        validators=[validate_latin_name],
        help_text=_("As in your international passport; printed on certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "given-name", "lang": "en"}),
    )
    last_name = forms.CharField(
        label=_("Family name in Latin script"),
        max_length=75,
        validators=[validate_latin_name],
        widget=forms.TextInput(attrs={"autocomplete": "family-name", "lang": "en"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    sector = forms.ChoiceField(label=_("Sector"), choices=[("", "—")] + list(User._meta.get_field("sector").choices))
    region = RegionChoiceField(
        label=_("Region (oblast)"),
        queryset=Region.objects.all(),
        empty_label="—",
        error_messages={"invalid_choice": _("Choose a region from the list.")},
    )
    position = forms.CharField(
        label=_("Position"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "organization-title"})
    )

    def clean(self):
        cleaned = super().clean()
        for name in ("full_name_uk", "first_name", "last_name", "organisation", "position"):
            if name in cleaned:
                cleaned[name] = " ".join(cleaned[name].split())
        return cleaned


class SignupForm(ProfileFieldsMixin):
    """Extra sign-up fields, merged by django-allauth into its own sign-up form.

    The values are written by ``accounts.adapter.AccountAdapter.save_user`` in the same save as the account,
    so a sign-up either creates a complete user or none.
    """

    def signup(self, request, user):
        """Required by allauth; the adapter has already stored the profile fields."""


class ProfileForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = User
        fields = PROFILE_FIELDS


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To protect you, confirm with your password."),
    )
    confirm = forms.BooleanField(label=_("I understand that this cannot be undone."))

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
