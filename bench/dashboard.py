# ruff: noqa: S608, E501 - a data generator: SQL assembled from fixed local values (uuids, ints); long SQL reads better whole
"""Dashboards at national scale, on PostgreSQL: ``python -m bench dashboard --learners N``.

Generates learners in 27 regions and 7 sectors, 10 courses of 12 lessons, enrolments, lesson completions, quiz
attempts, certificates and cohorts with set-based SQL (generate_series), creates the report summaries from the
records the way ``manage.py refresh_summaries`` does (``summary_refresh_s``), then measures, in the same run: the coordinator's dashboard and a
regional trainer's (every tenth cohort) and, as an extreme, a trainer of every cohort (server time through Django's
test client), the query count at 1,000 learners and at N, a hand-written SQL baseline computing the coordinator's
figures over the same tables, and the peak memory of the streamed national CSV export.
"""

import os
import statistics
import time
import tracemalloc

from .stats import report

SECTORS = ["social", "justice", "border", "police", "education", "health", "ngo"]


def _sql(cursor, statement, params=None):
    cursor.execute(statement, params or [])


def generate(cursor, *, first: int, last: int, courses: list[dict], cohort_size: int = 200) -> None:
    """Learners first..last with their enrolments, completions, attempts, certificates and cohorts."""
    course_keys = "ARRAY[" + ",".join(f"'{c['key']}'::uuid" for c in courses) + "]"
    lesson_keys = (
        "ARRAY[" + ",".join(f"ARRAY[{','.join(repr(k) + '::uuid' for k in c['lessons'])}]" for c in courses) + "]"
    )
    course_ids = "ARRAY[" + ",".join(str(c["id"]) for c in courses) + "]"
    _sql(cursor, "SELECT setseed(0.42)")
    _sql(
        cursor,
        f"""
        INSERT INTO accounts_user (password, is_superuser, is_staff, is_active, date_joined, email, first_name,
            last_name, full_name_uk, organisation, sector, region_id, position, session_generation)
        SELECT '!', false, false, true, now(), 'bench' || n || '@bench.test', 'Bench', 'Learner' || n,
            'Тест Учасник', 'Організація ' || mod(n, 300), (ARRAY{SECTORS})[1 + mod(n, 7)],
            (SELECT id FROM accounts_region ORDER BY id OFFSET mod(n, 27) LIMIT 1), 'Фахівець', 0
        FROM generate_series(%s, %s) AS n""",
        [first, last],
    )
    # Two courses per learner; a random share of each course's 12 lessons done (average about 10).
    _sql(
        cursor,
        """
        CREATE TEMP TABLE bench_enrol AS
        SELECT u.id AS user_id, c AS course_index, 6 + floor(random() * 12)::int AS done
        FROM accounts_user u, LATERAL (SELECT mod(u.id, 10) + 1 AS c UNION SELECT mod(u.id + 3, 10) + 1) cs
        WHERE u.email LIKE 'bench%%@bench.test' AND u.id NOT IN (SELECT user_id FROM courses_enrollment)""",
    )
    _sql(cursor, "UPDATE bench_enrol SET done = least(done, 12)")
    _sql(
        cursor,
        f"""
        INSERT INTO courses_enrollment (user_id, course_id, course_key, course_title, enrolled_at, completed_at)
        SELECT user_id, ({course_ids})[course_index], ({course_keys})[course_index], 'Course ' || course_index,
            now() - interval '540 days' * random(),
            CASE WHEN done = 12 THEN now() - interval '530 days' * random() END
        FROM bench_enrol""",
    )
    _sql(
        cursor,
        f"""
        INSERT INTO courses_lessoncompletion (user_id, lesson_id, lesson_key, course_key, lesson_title, completed_at)
        SELECT e.user_id, NULL, ({lesson_keys})[e.course_index][l], ({course_keys})[e.course_index], 'Lesson ' || l,
            now() - interval '540 days' * random()
        FROM bench_enrol e, generate_series(1, 12) l WHERE l <= e.done""",
    )
    for kind, number in (("pretest", 0), ("assessment", 1)):
        _sql(
            cursor,
            f"""
            INSERT INTO quizzes_attempt (user_id, quiz_id, quiz_key, course_key, quiz_title, kind, number, started_at,
                submitted_at, draw, answers, results, score, passed, first_submission, first_pass)
            SELECT user_id, NULL, md5(course_index || '{kind}')::uuid, ({course_keys})[course_index],
                '{kind} ' || course_index, '{kind}', 1, now(), now() - interval '500 days' * random(), '[]', '{{}}',
                (SELECT jsonb_agg(jsonb_build_object('question', q, 'score', (random() < 0.7)::int)) FROM generate_series(1, 10) q),
                s, s >= 70, false, false
            FROM (SELECT *, round((40 + random() * 60 + {number} * 15)::numeric, 2) AS s FROM bench_enrol
                  WHERE {number} = 0 OR done = 12) e""",
        )
    _sql(
        cursor,
        f"""
        INSERT INTO certificates_certificate (code, user_id, enrollment_id, course_id, course_key, sequence, name_uk,
            name_latin, course_title_uk, course_title_en, hours, completed_on, issued_at, organisation_uk,
            organisation_en, signatory_name, signatory_title_uk, signatory_title_en, pdf, revoked_reason, identity_hash,
            identity_salt)
        SELECT upper(substr(md5(e.id::text), 1, 6) || '-' || substr(md5(e.id::text), 7, 6) || '-' ||
            substr(md5(e.id::text), 13, 6)), e.user_id, e.id, e.course_id, e.course_key, 1, 'Тест', 'Test', e.course_title,
            e.course_title, 3, e.completed_at::date, e.completed_at, '-', '-', '-', '-', '-', '', '', '', md5(e.id::text)
        FROM courses_enrollment e JOIN bench_enrol b ON b.user_id = e.user_id
        WHERE e.completed_at IS NOT NULL AND random() < 0.8 AND e.course_key = ({course_keys})[b.course_index]""",
    )
    trainer = "(SELECT id FROM accounts_user WHERE email = 'trainer@bench.test')"
    _sql(
        cursor,
        f"""
        INSERT INTO reports_cohort (name, trainer_id, invite_code, created_at)
        SELECT 'Cohort ' || g, {trainer}, 'B' || lpad(g::text, 9, '0'), now()
        FROM generate_series(%s, %s) g ON CONFLICT (invite_code) DO NOTHING""",
        [first // cohort_size, last // cohort_size],
    )
    _sql(
        cursor,
        """
        INSERT INTO reports_cohort_courses (cohort_id, coursepage_id)
        SELECT c.id, cp.page_ptr_id FROM reports_cohort c
        JOIN LATERAL (SELECT page_ptr_id FROM courses_coursepage ORDER BY page_ptr_id
                      OFFSET mod(c.id, 9) LIMIT 2) cp ON true
        WHERE c.invite_code LIKE 'B%%' AND NOT EXISTS (SELECT 1 FROM reports_cohort_courses x WHERE x.cohort_id = c.id)""",
    )
    _sql(
        cursor,
        f"""
        INSERT INTO reports_membership (cohort_id, user_id, joined_at)
        SELECT c.id, b.user_id, now() FROM (SELECT DISTINCT user_id FROM bench_enrol) b
        JOIN reports_cohort c ON c.invite_code = 'B' || lpad((b.user_id / {cohort_size})::text, 9, '0')""",
    )
    _sql(cursor, "DROP TABLE bench_enrol")
    _sql(cursor, "ANALYZE")


# The same figures as the coordinator's dashboard, by hand, over the same tables (the reports' enrolment summary):
# what the dashboard costs beyond the SQL it cannot avoid.
BASELINE_SQL = [
    """SELECT count(*), count(*) FILTER (WHERE lessons_done > 0 OR completed_at IS NOT NULL), count(completed_at),
       count(certified_at) FROM reports_enrolmentsummary""",
    "SELECT course_key, course_title, count(*), count(completed_at) FROM reports_enrolmentsummary GROUP BY 1, 2",
    """SELECT r.iso_code, r.name_uk, count(*), count(e.completed_at) FROM reports_enrolmentsummary e
       LEFT JOIN accounts_region r ON r.id = e.region_id GROUP BY 1, 2""",
    "SELECT sector, count(*), count(completed_at) FROM reports_enrolmentsummary GROUP BY sector",
    """SELECT organisation, count(*), count(completed_at) FROM reports_enrolmentsummary GROUP BY organisation
       ORDER BY count(*) DESC LIMIT 25""",
    """WITH largest AS (SELECT cohort_id FROM reports_membership GROUP BY cohort_id ORDER BY count(*) DESC, cohort_id
       LIMIT 25)
       SELECT m.cohort_id, c.name, count(*), count(e.completed_at) FROM largest JOIN reports_membership m USING (cohort_id)
       JOIN reports_cohort c ON c.id = m.cohort_id JOIN reports_cohort_courses cc ON cc.cohort_id = m.cohort_id
       JOIN wagtailcore_page p ON p.id = cc.coursepage_id
       JOIN reports_enrolmentsummary e ON e.user_id = m.user_id AND e.course_key = p.translation_key GROUP BY 1, 2""",
    """SELECT quiz_key, quiz_title, kind, count(*), count(*) FILTER (WHERE first_submission),
       count(*) FILTER (WHERE first_pass), avg(score) FROM quizzes_attempt WHERE submitted_at IS NOT NULL
       GROUP BY 1, 2, 3""",
    """SELECT course_key, course_title, count(*), avg(pretest_score), avg(assessment_score),
       avg(assessment_score - pretest_score) FROM reports_enrolmentsummary
       WHERE pretest_score IS NOT NULL AND assessment_score IS NOT NULL GROUP BY 1, 2""",
    """SELECT date_trunc('month', completed_at AT TIME ZONE 'Europe/Kyiv'), count(*) FROM reports_enrolmentsummary
       WHERE completed_at IS NOT NULL GROUP BY 1 ORDER BY 1""",
]


def timed(func, repeat=3):
    func()  # warm up
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def run(*, learners: int) -> int:
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/elearn_bench")
    from .setup import benchmark_database

    with benchmark_database() as structure:
        from django.conf import settings
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from cohorts.models import Cohort, Membership
        from courses.models import LessonPage
        from quizzes.attempting import first_flags_refresh
        from quizzes.models import Attempt
        from reports.summary import summary_refresh
        from tests.factories import make_course, reauthenticate, staff_user

        settings.ALLOWED_HOSTS = ["*"]
        courses = []
        for index in range(10):
            course = make_course(
                structure["catalogue"]["uk"], slug=f"c{index}", title=f"Курс {index}", modules=3, lessons=4
            )
            lessons = [
                str(key)
                for key in LessonPage.objects.descendant_of(course)
                .order_by("path")
                .values_list("translation_key", flat=True)
            ]
            courses.append({"id": course.pk, "key": str(course.translation_key), "lessons": lessons})
        # Staff reach the reports only with a second factor (``staff_user`` gives them one).
        coordinator = staff_user("Coordinators", email="coordinator@bench.test")
        trainer = staff_user("Trainers", email="trainer@bench.test")
        national, own = Client(), Client()
        national.force_login(coordinator)
        own.force_login(trainer)
        for client in (national, own):
            # Measure the dashboard itself, never a redirect to a login or second-factor page.
            assert client.get("/uk/reports/").status_code == 200

        def queries_of(client):
            assert client.get("/uk/reports/").status_code == 200
            with CaptureQueriesContext(connection) as captured:
                client.get("/uk/reports/")
            return len(captured)

        def summarise():
            # The records were written by SQL, not through the events that keep the summaries: create and compute
            # them the way ``manage.py refresh_summaries`` does, then let the planner see the new data.
            summary_refresh()
            first_flags_refresh(Attempt.objects.all())
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")  # what autovacuum does in production after bulk writes

        started = time.perf_counter()
        with connection.cursor() as cursor:
            generate(cursor, first=1, last=min(1000, learners), courses=courses)
        summarise()
        queries_small = queries_of(national)
        if learners > 1000:
            with connection.cursor() as cursor:
                generate(cursor, first=1001, last=learners, courses=courses)
        generate_s = time.perf_counter() - started
        started = time.perf_counter()
        summarise()
        summary_refresh_s = time.perf_counter() - started
        queries_large = queries_of(national)

        coordinator_s = timed(lambda: national.get("/uk/reports/"))
        # A regional trainer: every tenth cohort (10% of the learners). Then, as an extreme, all of them.
        tenth = list(Cohort.objects.order_by("pk").values_list("pk", flat=True))[::10]
        Cohort.objects.exclude(pk__in=tenth).update(trainer=coordinator)
        trainer_learners = Membership.objects.filter(cohort__trainer=trainer).count()
        trainer_s = timed(lambda: own.get("/uk/reports/"))
        Cohort.objects.update(trainer=trainer)
        trainer_national_s = timed(lambda: own.get("/uk/reports/"))

        def baseline():
            with connection.cursor() as cursor:
                for statement in BASELINE_SQL:
                    cursor.execute(statement)
                    cursor.fetchall()

        sql_baseline_s = timed(baseline)

        reauthenticate(national)  # exports naming learners ask for the password again
        tracemalloc.start()
        response = national.get("/uk/reports/export/learners.csv")
        rows = sum(
            chunk.count("\n")
            for chunk in map(
                lambda part: part.decode() if isinstance(part, bytes) else part, response.streaming_content
            )
        )
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        with connection.cursor() as cursor:
            counts = {}
            for name, table in (
                ("completions", "courses_lessoncompletion"),
                ("attempts", "quizzes_attempt"),
                ("enrollments", "courses_enrollment"),
                ("certificates", "certificates_certificate"),
            ):
                cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed table names
                counts[name] = cursor.fetchone()[0]
        report(
            {
                "database": connection.vendor,
                "learners": learners,
                **counts,
                "generate_s": round(generate_s, 1),
                "summary_refresh_s": round(summary_refresh_s, 1),
                "coordinator_s": round(coordinator_s, 3),
                "trainer_learners": trainer_learners,
                "trainer_s": round(trainer_s, 3),
                "trainer_all_cohorts_s": round(trainer_national_s, 3),
                "queries_small": queries_small,
                "queries_large": queries_large,
                "sql_baseline_s": round(sql_baseline_s, 3),
                "dashboard_to_sql_ratio": round(coordinator_s / sql_baseline_s, 2),
                "export_rows": rows - 1,
                "export_peak_mb": round(peak / 2**20, 2),
            }
        )
    return 0
