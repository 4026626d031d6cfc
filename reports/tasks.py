import tempfile

from django_tasks import task

from django.core.files import File
from django.http import QueryDict
from django.utils import timezone, translation

from certificates.bulk import write_certificates_zip
from certificates.models import Certificate
from cohorts.models import Membership
from core.db_router import reading_from_replica

from .exports import write_xlsx
from .models import Export
from .tables import export_rows, scope_for


def _build(export: Export, write) -> None:
    """Run ``write(handle) -> (count, filename)`` into a temporary file and store it: the export is ready, or failed."""
    try:
        with tempfile.TemporaryFile() as handle:
            export.count, filename = write(handle)
            handle.seek(0)
            export.file.save(filename, File(handle), save=False)
        export.status = Export.Status.READY
    except Exception:
        export.status = Export.Status.FAILED
        raise
    finally:
        export.finished_at = timezone.now()
        export.save()


@task()
def build_certificates_zip(export_id: int) -> None:
    """All certificates of a cohort's members for the cohort's courses, as one ZIP file in storage."""
    export = Export.objects.select_related("cohort").get(pk=export_id)
    cohort = export.cohort
    certificates = Certificate.objects.filter(
        user_id__in=Membership.objects.filter(cohort=cohort).values("user_id"),
        course_key__in=cohort.course_keys(),
    ).order_by("name_latin")
    _build(
        export,
        lambda handle: (
            write_certificates_zip(certificates, handle),
            f"certificates-cohort-{cohort.pk}-{export.pk}.zip",
        ),
    )


@task()
def build_table_export(export_id: int) -> None:
    """A table as XLSX, with the filters and the access of the user who asked for it when they asked."""
    # The export row was just written: read it from the primary (a replica may not have it yet).
    export = Export.objects.using("default").select_related("requested_by").get(pk=export_id)

    def write(handle):
        with reading_from_replica():  # the learners' rows: from the replica when there is one
            _form, scope = scope_for(export.requested_by, QueryDict(export.query))
            header, rows = export_rows(export.table, scope)
            return write_xlsx(handle, export.table, header, rows), f"{export.table}-{export.pk}.xlsx"

    with translation.override(export.language or "uk"):
        _build(export, write)
