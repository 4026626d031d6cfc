from django.core.management import call_command
from django.core.management.base import BaseCommand

from elearn.bootstrap import ensure_base_data


class Command(BaseCommand):
    help = (
        "Create what every installation needs, with no demo content: home pages in Ukrainian and English, the "
        "course catalogue, the school-curriculum section, role groups and their permissions, the review workflow "
        "and site settings. Idempotent: run it after every `migrate`."
    )

    def handle(self, *args, **options):
        ensure_base_data(report=self.step)
        self.step("Search index")
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Site ready."))
        self.stdout.write(
            "Next: `manage.py createsuperuser` for the first admin, who signs in at /admin/ and sets up a second "
            "factor on the first visit."
        )

    def step(self, message: str) -> None:
        self.stdout.write(f"  {message}…")
        self.stdout.flush()
