"""The document upload form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``): a file's content must be what its extension says.

Documents are served as attachments with a fixed content type and nosniff (settings), so a browser never renders
one on the site's origin; refusing a mismatched file at upload also keeps an HTML page named ``.pdf`` from being
handed to learners, who would open it locally.
"""

import re
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

OOXML = ("docx", "xlsx", "pptx")
ODF_MIMETYPES = {"odt": b"application/vnd.oasis.opendocument.text"}
# Markup a browser would take for a page (or an SVG) if it ever sniffed the file: never in a real CSV or text file.
MARKUP = re.compile(rb"<\s*(script|html|!doctype|iframe|svg|body|head|object|embed|meta)\b", re.IGNORECASE)


def _zip_names(content: bytes, upload) -> set[str] | None:
    if not content.startswith(b"PK\x03\x04"):
        return None
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def content_matches_extension(upload, extension: str) -> bool:
    """Whether ``upload`` (a file object at any position) holds a file of type ``extension``; reads it whole."""
    upload.seek(0)
    content = upload.read()
    upload.seek(0)
    try:
        if extension == "pdf":
            return content.startswith(b"%PDF-")
        if extension in OOXML:
            names = _zip_names(content, upload)
            return names is not None and "[Content_Types].xml" in names
        if extension in ODF_MIMETYPES:
            names = _zip_names(content, upload)
            if names is None or "mimetype" not in names:
                return False
            upload.seek(0)
            with zipfile.ZipFile(upload) as archive:
                return archive.read("mimetype").strip() == ODF_MIMETYPES[extension]
        if extension in ("csv", "txt"):
            try:
                content.decode("utf-8")
            except UnicodeDecodeError:
                return False
            return MARKUP.search(content) is None
        return False  # an extension without a content check is not accepted
    finally:
        upload.seek(0)


class SafeDocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
            if extension not in settings.WAGTAILDOCS_EXTENSIONS:
                return upload  # the model's extension validator refuses it, with its own message
            if not content_matches_extension(upload, extension):
                raise ValidationError(
                    _(
                        "This file's content is not a .%(extension)s file (or a CSV or text file holds web page "
                        "markup). Upload the document in its real format."
                    ),
                    code="content_mismatch",
                    params={"extension": extension},
                )
        return upload

    def _post_clean(self):
        # Wagtail's Document.clean() checks the extension of the file on the instance, which is empty once the
        # field refused the upload: it would add "extension '' not allowed" below the real reason. Keep the first.
        refused = self.has_error("file")
        super()._post_clean()
        if refused:
            del self._errors["file"][1:]
