import tempfile

from django_tasks import task

from django.core.files import File
from django.utils import timezone

from certificates.bulk import write_certificates_zip
from certificates.models import Certificate

from .models import Export, Membership


@task()
def build_certificates_zip(export_id: int) -> None:
    """All certificates of a cohort's members for the cohort's courses, as one ZIP file in storage."""
    export = Export.objects.select_related("cohort").get(pk=export_id)
    cohort = export.cohort
    certificates = Certificate.objects.filter(
        user_id__in=Membership.objects.filter(cohort=cohort).values("user_id"),
        course_key__in=cohort.course_keys(),
    ).order_by("name_latin")
    try:
        with tempfile.TemporaryFile() as handle:
            count = write_certificates_zip(certificates, handle)
            handle.seek(0)
            export.file.save(f"certificates-cohort-{cohort.pk}-{export.pk}.zip", File(handle), save=False)
        export.count, export.status = count, Export.Status.READY
    except Exception:
        export.status = Export.Status.FAILED
        raise
    finally:
        export.finished_at = timezone.now()
        export.save()
