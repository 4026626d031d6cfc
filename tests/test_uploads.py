"""Uploads never run script on the site's origin, and every upload has a size limit with a clear refusal.

Files are made in each test: a real PDF (pypdf), real images (Pillow), an HTML page renamed .pdf, an SVG with a
script, Office files (zip).
"""

import io
import zipfile

import pytest
from PIL import Image
from pypdf import PdfWriter

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from accounts import roles
from cohorts.models import Cohort
from tests.factories import UserFactory, give_totp

Document = get_document_model()
Image_ = get_image_model()

HTML = b"<!doctype html><html><body><script>fetch('/uk/profile/my-data.json')</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>'


def pdf_bytes() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_bytes(size=(20, 10), mode="RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size).save(out, format="PNG")
    return out.getvalue()


def docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


@pytest.fixture
def editor(client, admin_user, site):
    client.force_login(admin_user)
    return client


def upload_document(client, name, content, title="Пам'ятка"):
    return client.post(
        "/admin/documents/add/",
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": "1", "tags": ""},
    )


def errors_of(response, field="file"):
    """The field's error codes and messages (the messages are translated; the codes are not)."""
    assert response.status_code in (200, 400), response.status_code  # the form again, never a 500
    errors = response.context["form"].errors.as_data().get(field, [])
    return [(error.code, " ".join(error.messages)) for error in errors]


def test_a_web_page_renamed_pdf_is_refused(editor):
    response = upload_document(editor, "leaflet.pdf", HTML)
    [(code, message)] = errors_of(response)
    assert code == "content_mismatch" and ".pdf" in message
    assert not Document.objects.exists()


def test_a_web_page_is_refused_by_the_multiple_uploader_too(editor):
    response = editor.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("leaflet.pdf", HTML), "collection": "1"}
    )
    assert response.status_code in (200, 400) and response.json()["success"] is False
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("list.csv", b"email,name\nolena@example.org,<script>alert(1)</script>\n"),
        ("notes.txt", b"<html><body>hello</body></html>"),
        ("notes.txt", "не UTF-8".encode("cp1251")),
        ("slides.docx", b"PK\x03\x04 not really a zip"),
        ("report.odt", docx_bytes()),  # a zip, but not an OpenDocument text
    ],
)
def test_text_and_office_files_must_be_what_they_say(editor, name, content):
    assert [code for code, _message in errors_of(upload_document(editor, name, content))] == ["content_mismatch"]
    assert not Document.objects.exists()


def test_a_real_pdf_is_accepted_and_served_only_as_a_download(editor):
    response = upload_document(editor, "leaflet.pdf", pdf_bytes())
    assert response.status_code == 302
    document = Document.objects.get()
    served = editor.get(document.url)
    assert served.status_code == 200
    assert served["Content-Type"] == "application/pdf"
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert b"".join(served.streaming_content).startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("slides.docx", docx_bytes(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("list.csv", "email,ім'я\nolena@example.org,Олена\n".encode(), "text/csv; charset=utf-8"),
    ],
)
def test_office_and_text_files_are_accepted_and_downloaded(editor, name, content, content_type):
    assert upload_document(editor, name, content).status_code == 302
    served = editor.get(Document.objects.get().url)
    assert served["Content-Type"] == content_type
    assert served["Content-Disposition"].startswith("attachment")


def test_a_too_large_document_is_a_form_error(editor):
    too_large = pdf_bytes() + b"0" * (10 * 1024 * 1024)
    [(code, message)] = errors_of(upload_document(editor, "big.pdf", too_large))
    assert code == "file_too_large" and "10,0" in message  # Django's size format, in Ukrainian
    assert not Document.objects.exists()


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/", {"title": "Фото", "file": SimpleUploadedFile(name, content), "collection": "1"}
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", SVG),
        ("logo.png", SVG),  # an SVG under an image extension
        ("photo.jpg", HTML),
        ("photo.jpg", png_bytes()),  # a real image of another format than its name says
    ],
)
def test_svg_and_non_images_are_refused_as_images(editor, name, content):
    [(code, _message)] = errors_of(upload_image(editor, name, content))
    assert code in ("invalid_image_extension", "invalid_image", "invalid_image_known_format")
    assert not Image_.objects.exists()


def test_a_real_image_is_accepted(editor):
    assert upload_image(editor, "photo.png", png_bytes()).status_code == 302
    assert Image_.objects.count() == 1


def test_too_large_or_too_many_pixels_are_form_errors(editor):
    # 48 million pixels in a few kilobytes: decoding it would take hundreds of megabytes.
    bomb = png_bytes(size=(8000, 6000), mode="1")
    assert len(bomb) < 1024 * 1024
    assert [code for code, _message in errors_of(upload_image(editor, "bomb.png", bomb))] == ["file_too_many_pixels"]
    big = png_bytes() + b"\0" * (5 * 1024 * 1024)
    assert [code for code, _message in errors_of(upload_image(editor, "big.png", big))] == ["file_too_large"]
    assert not Image_.objects.exists()


def test_a_too_large_cohort_csv_is_refused_with_a_message(client, site):
    trainer = give_totp(UserFactory())
    trainer.groups.add(Group.objects.get(name=roles.TRAINERS))
    cohort = Cohort.objects.create(name="Суми", trainer=trainer)
    client.force_login(trainer)
    big = b"email,full_name_uk\n" + b"x@example.org,X\n" * 70_000  # over 1 MB
    response = client.post(f"/uk/reports/cohorts/{cohort.pk}/", {"file": SimpleUploadedFile("l.csv", big)})
    assert response.status_code == 400
    assert "більший за 1 МБ" in response.content.decode()
