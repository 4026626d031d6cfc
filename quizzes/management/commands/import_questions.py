from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale

from courses.models import CoursePage
from quizzes import importing
from quizzes.models import QuestionBank


class Command(BaseCommand):
    help = "Import a question bank from a GIFT or Aiken file into a course's bank. All or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--course", required=True, help="slug of the course (its Ukrainian version)")
        parser.add_argument("--format", required=True, choices=sorted(importing.FORMATS))
        parser.add_argument("--language", default="uk", choices=["uk", "en"], help="language of the questions")
        parser.add_argument("--dry-run", action="store_true", help="check and report, store nothing")

    def handle(self, *args, **options):
        try:
            text = importing.decode_upload(options["file"].read_bytes())
        except OSError as error:
            raise CommandError(f"Cannot read {options['file']}: {error.strerror}") from None
        except importing.ImportRefused as refusal:
            raise CommandError(str(refusal.args[0])) from None
        course = CoursePage.objects.filter(slug=options["course"]).order_by("locale_id").first()
        if course is None:
            raise CommandError(f"No course with the slug {options['course']!r}.")
        result = importing.parse(text, options["format"])

        for problem in result.skipped:
            self.stdout.write(f"left out: line {problem.line}: {problem.name}: {problem.reason}")
        for problem in result.errors:
            self.stderr.write(f"error: line {problem.line}: {problem.name}: {problem.reason}")
        counts = importing.count_by_type(result)
        summary = ", ".join(f"{qtype}: {count}" for qtype, count in sorted(counts.items())) or "none"
        if not result.ok:
            raise CommandError(f"{len(result.errors)} error(s); nothing was imported.")
        if options["dry_run"]:
            self.stdout.write(f"dry run: would import {len(result.questions)} question(s) ({summary})")
            return
        bank = QuestionBank.objects.filter(course=course).order_by("pk").first()
        if bank is None:
            bank = QuestionBank.objects.create(course=course, name=f"{course.title} ({course.slug})")
        locale = Locale.objects.get(language_code=options["language"])
        importing.questions_import(result=result, bank=bank, locale=locale)
        self.stdout.write(
            self.style.SUCCESS(f"imported {len(result.questions)} question(s) into {bank.name!r} ({summary})")
        )
