"""Many certificates in one ZIP, written PDF by PDF so that memory stays flat whatever the count."""

import shutil
import zipfile

from .issuing import certificate_pdf


def write_certificates_zip(certificates, target) -> int:
    """Write each certificate's PDF into the ZIP file object ``target``; returns how many were written.

    PDFs already stored are streamed from storage in chunks; missing ones are rendered (and stored) first.
    Revoked certificates are left out.
    """
    written = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as archive:
        for certificate in certificates.iterator(chunk_size=200) if hasattr(certificates, "iterator") else certificates:
            if certificate.revoked_at:
                continue
            if not certificate.pdf:
                certificate_pdf(certificate)
            name = f"{certificate.name_latin or certificate.code} - {certificate.code}.pdf".replace("/", "-")
            with certificate.pdf.open("rb") as source, archive.open(name, "w") as destination:
                shutil.copyfileobj(source, destination, length=64 * 1024)
            written += 1
    return written
