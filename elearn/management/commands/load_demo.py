from django.core.management import call_command
from django.core.management.base import BaseCommand

from accounts.demo import DEMO_PASSWORD, ensure_demo_users
from courses.demo import COURSES
from courses.demo_loader import load_course
from elearn.bootstrap import ensure_base_data
from elearn.demo_activity import ensure_demo_activity
from quizzes.demo_loader import load_quizzes


class Command(BaseCommand):
    help = (
        "Build the demo site: both languages, the four demo courses with question banks and quizzes, one account "
        "per role and demo learners with progress. Idempotent: running it again changes nothing."
    )

    def handle(self, *args, **options):
        self.stdout.write("Site structure (as `setup_site`):")
        structure = ensure_base_data(report=self.step)
        courses = []
        for number, spec in enumerate(COURSES, start=1):
            self.step(f"Course {number} of {len(COURSES)}: {spec['slug']} (pages, questions, quizzes)")
            course = load_course(spec, catalogue=structure["catalogue"], school=structure["school"])
            load_quizzes(spec, course)
            courses.append(course)
        self.step("Demo accounts, one per role")
        users = ensure_demo_users()
        self.step("Demo learners with progress, attempts and certificates")
        learners = ensure_demo_activity(courses)
        self.step("Search index")
        call_command("update_index", verbosity=0)
        self.stdout.write(f"Courses: {', '.join(course.title for course in courses)}")
        if learners:
            self.stdout.write(f"Demo learners with progress: {learners} (learner01@demo.test …)")
        self.stdout.write(self.style.SUCCESS("Demo site ready at http://127.0.0.1:8000/"))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, role in users:
            self.stdout.write(f"  {role:<12} {email}")
        self.stdout.write(
            "Staff accounts (every role but learner) set up an authenticator app on their first visit to the "
            "reports or the admin, and sign in with its code after that."
        )

    def step(self, message: str) -> None:
        self.stdout.write(f"  {message}…")
        self.stdout.flush()
