"""The certificate PDF: an HTML template rendered by WeasyPrint, with embedded fonts and a QR code made in Python.

Nothing is fetched from the network: the URL fetcher allows only files inside this app and data: URIs.
"""

import base64
import mimetypes
from pathlib import Path

import segno

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

FONTS = Path(__file__).resolve().parent / "fonts"


def verification_url(certificate) -> str:
    with translation.override("uk"):
        path = reverse("certificates:verify_code", kwargs={"code": certificate.code})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def qr_data_uri(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=4, border=1)


def logo_data_uri(certificate) -> str:
    """The template's logo, read through the storage API (local disk or the bucket) and embedded in the HTML."""
    template = certificate.template
    if not (template and template.logo_id):
        return ""
    try:
        with template.logo.file.open("rb") as handle:
            data = handle.read()
    except OSError:  # a missing file, or storage out of reach: the certificate prints without a logo
        return ""
    content_type = mimetypes.guess_type(template.logo.file.name)[0] or "image/png"
    return f"data:{content_type};base64,{base64.b64encode(data).decode()}"


def certificate_html(certificate) -> str:
    url = verification_url(certificate)
    context = {
        "certificate": certificate,
        "verification_url": url,
        "qr": qr_data_uri(url),
        "fonts": {
            "sans": (FONTS / "DejaVuSans.ttf").as_uri(),
            "sans_bold": (FONTS / "DejaVuSans-Bold.ttf").as_uri(),
            "serif_bold": (FONTS / "DejaVuSerif-Bold.ttf").as_uri(),
        },
        "accent": certificate.template.accent_colour if certificate.template else "#0b4f8a",
        "logo": logo_data_uri(certificate),
    }
    with translation.override("uk"):
        return render_to_string("certificates/certificate_pdf.html", context)


def _local_fetcher():
    """A WeasyPrint fetcher that reads only this app's fonts and data: URIs (the logo and the QR code)."""
    from weasyprint.urls import URLFetcher

    allowed_prefixes = ("data:", FONTS.as_uri())

    class LocalOnlyFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if not url.startswith(allowed_prefixes):
                raise ValueError(f"Certificates load nothing from {url!r}")
            return super().fetch(url, headers)

    return LocalOnlyFetcher(allowed_protocols={"file", "data"}, timeout=5)


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=html, url_fetcher=_local_fetcher()).write_pdf()


def render_certificate_pdf(certificate) -> bytes:
    return html_to_pdf(certificate_html(certificate))
