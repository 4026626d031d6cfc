import tempfile
from io import StringIO
from pathlib import Path

import pytest

from django.core.management import CommandError, call_command

from quizzes.models import Question, QuestionBank
from tests.factories import make_course

DATA = Path(__file__).parent / "data"


@pytest.fixture
def course(site):
    return make_course(site["catalogue"]["uk"], slug="nrm", modules=1, lessons=1)


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_questions", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_command_imports_a_moodle_export_and_reports_what_it_left_out(course):
    out, _ = run(str(DATA / "moodle_export.gift.txt"), "--course", "nrm", "--format", "gift")
    assert "imported" in out
    assert "left out: line" in out  # the essay and the numerical question
    bank = QuestionBank.objects.get(course=course)
    types = set(bank.questions.values_list("qtype", flat=True))
    assert {"single", "multiple", "true_false", "matching"} <= types
    consent = bank.questions.get(name="Consent")
    assert [(o.text, o.is_correct) for o in consent.options.all()] == [("Правда", False), ("Неправда", True)]
    assert consent.category == "indicators"
    assert "<p>" not in consent.stem and "Palermo" in consent.explanation


def test_dry_run_stores_nothing(course):
    out, _ = run(str(DATA / "moodle_export.gift.txt"), "--course", "nrm", "--format", "gift", "--dry-run")
    assert "dry run: would import" in out
    assert not Question.objects.exists()


def test_a_malformed_file_is_refused_whole_with_a_line_per_error(course):
    with pytest.raises(CommandError, match="nothing was imported"):
        run(str(DATA / "malformed.gift.txt"), "--course", "nrm", "--format", "gift")
    assert not Question.objects.exists()


def test_aiken_imports_and_malformed_aiken_is_refused(course):
    run(str(DATA / "bank.aiken.txt"), "--course", "nrm", "--format", "aiken", "--language", "en")
    assert Question.objects.filter(qtype="single", locale__language_code="en").exists()
    count = Question.objects.count()
    with pytest.raises(CommandError):
        run(str(DATA / "malformed.aiken.txt"), "--course", "nrm", "--format", "aiken")
    assert Question.objects.count() == count


def test_unknown_course_or_missing_file_is_a_clear_error(course):
    with pytest.raises(CommandError, match="No course"):
        run(str(DATA / "bank.aiken.txt"), "--course", "nope", "--format", "aiken")
    with pytest.raises(CommandError, match="Cannot read"):
        run(str(DATA / "missing.txt"), "--course", "nrm", "--format", "aiken")


def test_admin_import_previews_then_imports_on_confirmation(client, admin_user, course):
    bank = QuestionBank.objects.create(name="NRM", course=course)
    client.force_login(admin_user)
    with open(DATA / "moodle_export.gift.txt", "rb") as handle:
        preview = client.post(
            "/admin/quizzes/import/", {"bank": bank.pk, "language": "uk", "format": "gift", "file": handle}
        )
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Red flags in a job offer" in html
    assert not Question.objects.exists()  # a preview stores nothing
    text = preview.context["form"].data["text"]
    confirmed = client.post(
        "/admin/quizzes/import/",
        {"bank": bank.pk, "language": "uk", "format": "gift", "text": text, "confirm": "1"},
    )
    assert confirmed.status_code == 302
    assert bank.questions.count() == len(preview.context["result"].questions)


def test_admin_import_of_a_broken_file_lists_errors_and_imports_nothing(client, admin_user, course):
    bank = QuestionBank.objects.create(name="NRM", course=course)
    client.force_login(admin_user)
    with open(DATA / "malformed.gift.txt", "rb") as handle:
        response = client.post(
            "/admin/quizzes/import/",
            {"bank": bank.pk, "language": "uk", "format": "gift", "file": handle, "confirm": "1"},
        )
    assert response.status_code == 400
    assert response.content.decode().count("Рядок ") >= 4
    assert not Question.objects.exists()


def test_admin_import_refuses_oversized_and_non_utf8_files(client, admin_user, course):
    from django.core.files.uploadedfile import SimpleUploadedFile

    bank = QuestionBank.objects.create(name="NRM", course=course)
    client.force_login(admin_user)
    for upload, message in [
        (SimpleUploadedFile("big.txt", b"x" * (2 * 1024 * 1024 + 10)), "2 МБ"),
        (SimpleUploadedFile("latin1.txt", "Питання".encode("cp1251")), "UTF-8"),
    ]:
        response = client.post(
            "/admin/quizzes/import/", {"bank": bank.pk, "language": "uk", "format": "gift", "file": upload}
        )
        assert response.status_code == 400
        assert message in response.content.decode()
    assert not Question.objects.exists()


def test_export_to_gift_round_trips_through_the_importer(client, admin_user, course):
    run(str(DATA / "moodle_export.gift.txt"), "--course", "nrm", "--format", "gift")
    bank = QuestionBank.objects.get(course=course)
    client.force_login(admin_user)
    response = client.get(f"/admin/quizzes/banks/{bank.pk}/export/?language=uk")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    from quizzes.formats.gift import parse_gift

    again = parse_gift(response.content.decode())
    assert again.ok
    assert len(again.questions) == bank.questions.count()


def test_learners_cannot_reach_the_import_or_export(client, user, course):
    bank = QuestionBank.objects.create(name="NRM", course=course)
    client.force_login(user)
    assert client.get("/admin/quizzes/import/").status_code in (302, 403)
    assert client.get(f"/admin/quizzes/banks/{bank.pk}/export/").status_code in (302, 403)


def test_educators_may_import_questions(client, educator, course):
    QuestionBank.objects.create(name="NRM", course=course)
    client.force_login(educator)
    assert client.get("/admin/quizzes/import/").status_code == 200


def test_a_questions_source_survives_export_and_import(client, admin_user, course):
    """GIFT has no citation field: the source rides in the general feedback and comes back as the source."""
    run(str(DATA / "moodle_export.gift.txt"), "--course", "nrm", "--format", "gift")
    bank = QuestionBank.objects.get(course=course)
    question = bank.questions.filter(locale__language_code="uk").first()
    question.explanation = "Consent is irrelevant once a means was used."
    question.source = "Palermo Protocol, Art. 3(b)"
    question.save()
    client.force_login(admin_user)
    exported = client.get(f"/admin/quizzes/banks/{bank.pk}/export/?language=uk").content
    with tempfile.NamedTemporaryFile("wb", suffix=".gift.txt") as handle:
        handle.write(exported)
        handle.flush()
        run(handle.name, "--course", "nrm", "--format", "gift")
    copies = Question.objects.filter(bank=bank, name=question.name)
    assert copies.count() == 2
    for copy in copies:
        assert copy.source == "Palermo Protocol, Art. 3(b)"
        assert copy.explanation == "Consent is irrelevant once a means was used."
