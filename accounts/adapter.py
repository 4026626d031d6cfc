from allauth.account.adapter import DefaultAccountAdapter

from core.net import client_ip

from .services import profile_apply


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        profile_apply(user, form.cleaned_data)  # the same fields, checked the same way, as every new learner's
        if commit:
            user.save()
        return user

    def get_client_ip(self, request) -> str:
        # One rule for every limit: allauth's login, reset and sign-up limits count the same client address as the
        # project's own limits and the audit trail (TRUSTED_PROXY_COUNT hops of X-Forwarded-For, core/net.py).
        return client_ip(request) or super().get_client_ip(request)

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth counts failed logins per address typed in, from anywhere: five wrong passwords from one stranger
        # would lock the owner out too. Counting per account *and* client address keeps the stranger's guesses
        # limited (and the per-client limit of 10 a minute on every account still applies) while the owner, on
        # another address, can still sign in. Staff accounts also need a second factor, which guessing cannot pass.
        return f"{super()._get_login_attempts_cache_key(request, **credentials)}:{client_ip(request)}"
