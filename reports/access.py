"""The reports' access rule is the cohorts' one: trainers see their own cohorts, coordinators every cohort."""

from cohorts.access import is_coordinator, visible_cohort
from cohorts.access import trainer_access as reports_access

__all__ = ["is_coordinator", "reports_access", "visible_cohort"]
