"""Background work for certificates (django-tasks: immediate in development, a worker in production)."""

from django_tasks import task

from .issuing import certificate_issue, certificate_pdf
from .models import Certificate


@task()
def render_certificate(certificate_id: int) -> None:
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        certificate_pdf(certificate)


def issue_on_completion(sender, enrollment, user, **kwargs):
    """``course_completed`` receiver: issue at once (a fast row) and render the PDF in the background."""
    certificate = certificate_issue(enrollment=enrollment)
    if certificate is not None and not certificate.pdf:
        render_certificate.enqueue(certificate.pk)
