from allauth.account.adapter import DefaultAccountAdapter

from .forms import PROFILE_FIELDS


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        for name in PROFILE_FIELDS:
            setattr(user, name, form.cleaned_data[name])
        if commit:
            user.save()
        return user
