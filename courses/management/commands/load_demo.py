from django.core.management.base import BaseCommand

from accounts.demo import DEMO_PASSWORD, ensure_demo_users
from elearn.bootstrap import ensure_base_data


class Command(BaseCommand):
    help = "Build the demo site: both languages, the demo curriculum and one account per role. Idempotent."

    def handle(self, *args, **options):
        ensure_base_data()
        users = ensure_demo_users()
        self.stdout.write(self.style.SUCCESS("Demo site ready at http://127.0.0.1:8000/"))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, role in users:
            self.stdout.write(f"  {role:<12} {email}")
