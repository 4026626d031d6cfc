"""Certificate figures, all measured in one run:

- bare_render_s: WeasyPrint alone rendering the certificate's HTML (the baseline);
- issue_s: the project issuing a certificate for a completed enrolment, PDF rendered and stored;
- issue_ratio: issue_s / bare_render_s (target: at most 1.5);
- repeat_download_s: serving an issued certificate again (target: no second render);
- zip_500_peak_mb: peak Python memory while writing a ZIP of 500 certificates (target: under 300 MB),
  and zip_500_rss_mb, the process's peak resident memory growth during it.
"""

import resource
import tempfile
import tracemalloc

from .setup import benchmark_database
from .stats import report, timed


def run(*, repeat: int, zip_count: int) -> int:
    with benchmark_database() as structure:
        from django.core.files.base import ContentFile
        from django.utils import timezone

        from certificates.bulk import write_certificates_zip
        from certificates.issuing import certificate_issue, certificate_pdf
        from certificates.models import Certificate
        from certificates.rendering import certificate_html, html_to_pdf
        from courses.models import Enrollment
        from tests.factories import UserFactory, make_course

        course = make_course(structure["catalogue"]["uk"], slug="bench", title="Виявлення жертв торгівлі людьми")
        user = UserFactory()
        enrollment = Enrollment.objects.create(
            user=user,
            course=course,
            course_key=course.translation_key,
            course_title=course.title,
            completed_at=timezone.now(),
        )
        certificate = certificate_issue(enrollment=enrollment)
        html = certificate_html(certificate)
        html_to_pdf(html)  # warm fonts and caches for both measurements alike

        bare = timed(lambda: html_to_pdf(html), repeat)

        def issue():
            Certificate.objects.filter(user=user).delete()
            certificate_pdf(certificate_issue(enrollment=enrollment))

        issue_s = timed(issue, repeat)
        issued = Certificate.objects.get(user=user)
        repeat_download = timed(lambda: certificate_pdf(issued), repeat)

        # 500 certificates of 500 learners, each with its own stored PDF (rendered once, stored 500 times).
        pdf = certificate_pdf(issued)
        for number in range(zip_count):
            learner = UserFactory()
            other = Certificate.objects.create(
                user=learner,
                course=course,
                course_key=course.translation_key,
                name_uk=learner.full_name_uk,
                name_latin=learner.full_name_latin,
                course_title_uk=course.title,
                course_title_en=course.title,
                hours=3,
                completed_on=timezone.localdate(),
                organisation_uk="-",
                organisation_en="-",
                signatory_name="-",
                signatory_title_uk="-",
                signatory_title_en="-",
            )
            other.pdf.save(f"{other.code}.pdf", ContentFile(pdf), save=True)
            if number % 100 == 0:
                print(f"prepared {number} of {zip_count} certificates")
        queryset = Certificate.objects.exclude(user=user)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        tracemalloc.start()
        with tempfile.TemporaryFile() as target:
            written = write_certificates_zip(queryset, target)
            zip_size = target.tell()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before

        report(
            {
                "bare_render_s": round(bare, 4),
                "issue_s": round(issue_s, 4),
                "issue_ratio": round(issue_s / bare, 3),
                "repeat_download_s": round(repeat_download, 5),
                "repeat_to_render_ratio": round(repeat_download / bare, 4),
                "zip_certificates": written,
                "zip_mb": round(zip_size / 2**20, 1),
                "zip_500_peak_mb": round(peak / 2**20, 2),
                "zip_500_rss_mb": round(rss_growth / 1024, 1),
                "repeat": repeat,
            }
        )
    return 0
