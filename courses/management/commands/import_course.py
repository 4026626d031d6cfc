from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from courses.course_files import CourseFilesRefused, course_import, open_course_source, read_course
from courses.course_files import existing_course as find_course


class Command(BaseCommand):
    help = (
        "Import a course folder or ZIP (docs/course-format.md): create or update the course, its lessons, question "
        "bank and quizzes as drafts submitted to the moderators' approval. Every problem is listed as file:line; "
        "with any problem nothing is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the course folder, or a .zip of it")
        parser.add_argument("--dry-run", action="store_true", help="check the files and report; change nothing")
        parser.add_argument("--user", help="email of the account the drafts are submitted as (default: none)")

    def handle(self, *args, path, dry_run, user, **options):
        author = None
        if user:
            author = get_user_model().objects.filter(email__iexact=user).first()
            if author is None:
                raise CommandError(f"No account with the email {user}.")
        try:
            source = open_course_source(path)
            spec = read_course(source)
            existing = find_course(spec)
            self.stdout.write(summary(spec, existing is not None))
            if dry_run:
                self.stdout.write("Dry run: the files are fine; nothing was changed.")
                return
            course = course_import(source=source, spec=spec, user=author)
        except CourseFilesRefused as refused:
            for problem in refused.problems:
                self.stderr.write(str(problem))
            count = len(refused.problems)
            raise CommandError(f"{count} problem{'s' if count != 1 else ''}; nothing was changed.") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported “{course.title}” as drafts, submitted for moderation: /admin/pages/{course.pk}/"
            )
        )


def summary(spec: dict, exists: bool) -> str:
    lessons = sum(len(module["lessons"]) for module in spec["modules"])
    action = "updates" if exists else "creates"
    return (
        f"{spec['slug']}: {action} the course, {len(spec['modules'])} modules, {lessons} lessons, "
        f"{len(spec.get('questions', []))} questions (Ukrainian and English)"
    )
