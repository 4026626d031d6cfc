"""What an app above shows on a cohort's page: the reports register the cohort's figures here (cohorts sits below
reports and knows nothing of them). ``func(cohort)`` gives a dict added to the page's template context."""

_panels = []


def register_cohort_panel(func) -> None:
    if func not in _panels:
        _panels.append(func)


def cohort_panels(cohort) -> dict:
    context = {}
    for func in _panels:
        context.update(func(cohort))
    return context
