"""Courses as files: the example of docs/course-format.md imports from a folder and a ZIP as drafts that a
moderator's approval publishes; problems are reported with file and line and change nothing; unsafe archives and
learners are refused."""

import io
import re
import zipfile
from html import unescape
from pathlib import Path

import pytest

from django.core.management import CommandError, call_command
from django.utils.translation import override

from wagtail.models import Page, TaskState

from courses.models import CoursePage, LessonPage
from quizzes.models import Question, QuizPage

pytestmark = pytest.mark.django_db

DOCS = Path(__file__).resolve().parents[2] / "docs" / "course-format.md"
LESSON_EN = "01-red-flags/01-job-offers.en.md"
LESSON_URL = "/uk/courses/school-curriculum/safe-job-search/red-flags/job-offers/"


def example_files() -> dict[str, str]:
    """The example course, file by file, as the format guide shows it."""
    text = DOCS.read_text()
    found = re.findall(r"^File: `([^`]+)`\n(`{4,})\w*\n(.*?)\n\2$", text, flags=re.MULTILINE | re.DOTALL)
    return {path: body + "\n" for path, _fence, body in found}


def write_folder(root: Path, files: dict[str, str]) -> Path:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    return root


def zip_bytes(files: dict[str, str | bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, text in files.items():
            archive.writestr(path, text)
    buffer.seek(0)
    return buffer


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_course", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def state() -> tuple:
    return Page.objects.count(), Question.objects.count(), TaskState.objects.count()


def test_the_guide_shows_a_whole_course():
    files = example_files()
    assert {"course.yaml", "course.uk.md", LESSON_EN, "questions.en.gift", "questions.uk.gift"} <= set(files)
    assert len(files) == 9


def test_folder_import_creates_drafts_that_a_moderator_publishes(client, site, educator, moderator, tmp_path):
    out, _err = run(write_folder(tmp_path, example_files()), "--user", educator.email)
    assert "creates the course, 1 modules, 1 lessons, 4 questions" in out

    course = CoursePage.objects.get(slug="safe-job-search", locale__language_code="uk")
    assert course.get_parent().slug == "school-curriculum"
    lessons = LessonPage.objects.filter(slug="job-offers")
    assert {lesson.locale.language_code for lesson in lessons} == {"uk", "en"}
    english = lessons.get(locale__language_code="en")
    assert english.translation_key == lessons.get(locale__language_code="uk").translation_key
    body = english.get_latest_revision_as_object().body
    assert [block.block_type for block in body] == ["markdown", "callout", "case_study", "key_terms", "sources"]
    assert body[1].value["kind"] == "hotline"
    assert body[2].value["reflection"].startswith("Which questions")
    pages = Page.objects.descendant_of(course, inclusive=True)
    pages = Page.objects.filter(translation_key__in=pages.values("translation_key"))
    assert pages.count() == 12  # course, module, lesson, pre-test, module check, final: in two languages
    assert not pages.filter(live=True).exists()
    assert all(page.workflow_in_progress for page in pages)
    assert QuizPage.objects.filter(live=False).count() == 6

    questions = Question.objects.filter(bank__course=course)
    assert questions.count() == 8 and not questions.filter(live=True).exists()
    multiple = questions.get(locale__language_code="en", qtype="multiple")
    assert [float(option.weight) for option in multiple.options.all()] == [50.0, 50.0, -100.0]
    single = questions.get(locale__language_code="uk", qtype="single")
    assert single.scenario.startswith("Олені, 17 років")
    assert single.source == "Палермський протокол, ст. 3"
    assert set(single.tags.names()) == {"red-flags"}
    assert questions.filter(tags__name="assessment").count() == 4

    assert client.get(LESSON_URL).status_code == 404
    client.force_login(moderator)
    for task_state in TaskState.objects.filter(status="in_progress"):
        page_id = task_state.workflow_state.object_id
        response = client.post(f"/admin/pages/workflow/action/{page_id}/approve/{task_state.pk}/", {"comment": ""})
        assert response.status_code in (200, 302)
    assert pages.filter(live=True).count() == 12
    english_course = CoursePage.objects.get(slug="safe-job-search", locale__language_code="en")
    assert {audience.slug for audience in english_course.audiences.all()} == {"schools"}
    client.logout()
    response = client.get(LESSON_URL)
    assert response.status_code == 200
    assert "Занадто добре, щоб бути правдою" in response.content.decode()


def test_zip_import_and_dry_run(site, tmp_path):
    archive = tmp_path / "course.zip"
    # A ZIP of the folder itself: everything under one top folder.
    archive.write_bytes(zip_bytes({f"safe-job-search/{path}": text for path, text in example_files().items()}).read())
    before = state()
    out, _err = run(archive, "--dry-run")
    assert "Dry run" in out and state() == before

    run(archive)
    assert CoursePage.objects.filter(slug="safe-job-search").count() == 2

    # Again, with a changed title: a new draft revision of the same page, nothing duplicated.
    files = example_files()
    files[LESSON_EN] = files[LESSON_EN].replace("title: Job offers that", "title: Offers that")
    archive.write_bytes(zip_bytes(files).read())
    out, _err = run(archive)
    assert "updates the course" in out
    english = LessonPage.objects.get(slug="job-offers", locale__language_code="en")
    assert english.get_latest_revision_as_object().title == "Offers that should raise concern"
    assert Question.objects.count() == 8 and CoursePage.objects.count() == 2


def test_problems_are_reported_with_file_and_line_and_change_nothing(site, tmp_path):
    files = example_files()
    files[LESSON_EN] = files[LESSON_EN].replace("kind=hotline", "kind=danger")
    files["questions.en.gift"] = files["questions.en.gift"].replace("=102 -> police", "=102 ->")
    files["01-red-flags/02-second.uk.md"] = "no front matter\n"
    before = state()
    err = io.StringIO()
    with override("en"), pytest.raises(CommandError, match="problems; nothing was changed"):
        call_command("import_course", str(write_folder(tmp_path, files)), stdout=io.StringIO(), stderr=err)
    err = err.getvalue()
    callout_line = next(n for n, line in enumerate(files[LESSON_EN].split("\n"), start=1) if "danger" in line)
    assert f"{LESSON_EN}:{callout_line}: callout kind must be one of info, warning, hotline" in err
    assert re.search(r"questions\.en\.gift:\d+: .*nothing after '->'", err), err
    assert "01-red-flags/02-second.uk.md:1: the file must start with front matter" in err
    assert "01-red-flags/02-second.en.md: missing" in err
    assert state() == before


def test_a_page_that_would_not_save_rolls_back_the_whole_import(site, tmp_path):
    files = example_files()
    files[LESSON_EN] = files[LESSON_EN].replace("title: Job offers", "title: " + "Job offers " * 40)
    before = state()
    with pytest.raises(CommandError):
        run(write_folder(tmp_path, files))
    assert state() == before


def test_path_traversal_in_a_zip_is_refused(site, tmp_path, client, educator):
    files = {**example_files(), "../../evil.md": "x", "/etc/passwd": "x"}
    archive = tmp_path / "evil.zip"
    archive.write_bytes(zip_bytes(files).read())
    before = state()
    err = io.StringIO()
    with override("en"), pytest.raises(CommandError):
        call_command("import_course", str(archive), stdout=io.StringIO(), stderr=err)
    assert "../../evil.md: unsafe path" in err.getvalue()
    assert state() == before

    client.force_login(educator)
    upload = zip_bytes(files)
    upload.name = "evil.zip"
    response = client.post("/admin/courses/import/", {"file": upload, "import": "1"})
    assert response.status_code == 400
    assert "../../evil.md" in unescape(response.content.decode())  # listed as a problem, in the admin's language
    assert state() == before


def test_educator_uploads_checks_and_imports_in_the_admin(client, site, educator):
    client.force_login(educator)
    page = client.get("/admin/courses/import/")
    assert page.status_code == 200
    assert "/admin/courses/import/" in client.get("/admin/").content.decode()

    upload = zip_bytes(example_files())
    upload.name = "course.zip"
    before = state()
    checked = client.post("/admin/courses/import/", {"file": upload, "check": "1"})
    assert checked.status_code == 200 and "safe-job-search" in checked.content.decode()
    assert state() == before

    upload.seek(0)
    response = client.post("/admin/courses/import/", {"file": upload, "import": "1"})
    assert response.status_code == 302
    course = CoursePage.objects.get(slug="safe-job-search", locale__language_code="uk")
    assert not course.live and course.workflow_in_progress
    assert course.get_latest_revision().user == educator


def test_educator_cannot_import_a_course_outside_the_school_section(client, site, educator):
    files = example_files()
    files["course.yaml"] = files["course.yaml"].replace("section: schools", "section: professional")
    upload = zip_bytes(files)
    upload.name = "course.zip"
    client.force_login(educator)
    response = client.post("/admin/courses/import/", {"file": upload, "import": "1"})
    assert response.status_code == 400
    assert not CoursePage.objects.filter(slug="safe-job-search").exists()


def test_learner_cannot_reach_the_course_upload(client, site, user):
    client.force_login(user)
    upload = zip_bytes(example_files())
    upload.name = "course.zip"
    assert client.get("/admin/courses/import/").status_code in (302, 403)
    response = client.post("/admin/courses/import/", {"file": upload, "import": "1"})
    assert response.status_code in (302, 403)
    assert not CoursePage.objects.filter(slug="safe-job-search").exists()
