from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.db.models.signals import post_save

        from .mfa import connect_signals
        from .signals import user_saved

        connect_signals()
        post_save.connect(user_saved, sender=self.get_model("User"), dispatch_uid="accounts.profile_changed")
