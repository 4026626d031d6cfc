from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    verbose_name = _("Cohorts")

    def ready(self):
        from accounts.privacy import register_cohort_lookup, register_exporter

        from .privacy import export_cohorts, member_cohort_ids

        register_exporter("cohorts", export_cohorts)
        # A learner's data export lists the learner lists and exports that covered their cohorts: accounts sits
        # below cohorts, which holds the memberships, so cohorts hands it the lookup.
        register_cohort_lookup(member_cohort_ids)
