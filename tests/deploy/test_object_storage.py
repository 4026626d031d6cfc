"""Files in a real S3 bucket (SeaweedFS): stored through Django's storage API, reaching browsers only through the
app's own views and access checks (issue #13, shared object storage)."""

import io

from PIL import Image as PILImage
from pypdf import PdfReader

from django.core.files.images import ImageFile

from wagtail.images.models import Image

from certificates.models import Certificate, CertificateTemplate, CourseCertificate
from courses.models import LessonPage
from tests.factories import UserFactory, make_course


def png_bytes(colour="red", size=(64, 32)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def bucket_keys(client) -> set[str]:
    listing = client.list_objects_v2(Bucket="elearn")
    return {item["Key"] for item in listing.get("Contents", [])}


def test_images_are_stored_in_the_bucket_and_served_by_the_app(client, site, s3_storage):
    image = Image.objects.create(title="Logo", file=ImageFile(io.BytesIO(png_bytes()), name="logo.png"))
    assert image.file.name in bucket_keys(s3_storage)
    rendition = image.get_rendition("width-32")
    assert rendition.file.name in bucket_keys(s3_storage)
    # The page links to this site, never to the bucket: no other origin, and the bucket stays private.
    assert rendition.url.startswith("/media/images/")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")


def test_certificates_are_stored_in_the_bucket_and_only_their_holder_downloads_them(
    client, site, s3_storage, django_capture_on_commit_callbacks
):
    logo = Image.objects.create(title="Logo", file=ImageFile(io.BytesIO(png_bytes("blue")), name="issuer.png"))
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    CourseCertificate.objects.create(
        course=course,
        template=CertificateTemplate.objects.create(
            name="With logo", organisation_uk="Організація", organisation_en="Organisation", logo=logo
        ),
    )
    learner = UserFactory()
    client.force_login(learner)
    client.post(f"/uk/learning/courses/{course.pk}/enrol/")
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in LessonPage.objects.descendant_of(course):
            client.post(f"/uk/learning/lessons/{lesson.pk}/complete/")
    certificate = Certificate.objects.get(user=learner)
    assert certificate.pdf.name in bucket_keys(s3_storage)

    response = client.get(f"/uk/certificates/{certificate.code}/download/")
    assert response.status_code == 200
    pdf = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    # The logo was read from the bucket through the storage API, not from a local path.
    assert any(page.images for page in pdf.pages)

    # The stored PDF is not public: not under /media/, not for another learner.
    assert client.get("/media/" + certificate.pdf.name).status_code == 404
    client.force_login(UserFactory())
    assert client.get(f"/uk/certificates/{certificate.code}/download/").status_code == 404


def test_only_image_folders_are_public(client, site, s3_storage):
    s3_storage.put_object(Bucket="elearn", Key="exports/2026/12/learners.xlsx", Body=b"PK personal data")
    s3_storage.put_object(Bucket="elearn", Key="images/evil.html", Body=b"<script>alert(1)</script>")
    assert client.get("/media/exports/2026/12/learners.xlsx").status_code == 404
    assert client.get("/media/images/evil.html").status_code == 404
    assert client.get("/media/images/../exports/2026/12/learners.xlsx").status_code == 404
