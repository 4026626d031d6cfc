"""The site under load, in production settings, against a baseline measured in the same run.

For each database (SQLite; PostgreSQL with Redis as the cache) it builds a fresh database with the demo curriculum,
starts gunicorn (production settings, plain HTTP on loopback), and drives it from other processes:
- wrk, a fixed number of seconds per URL: the baseline (``/healthz``: the same server and middleware, no work),
  the anonymous catalogue and a course overview, and a logged-in learner's lesson page;
- 50 learner threads that each start and submit a quiz attempt at the same moment (latency p95, errors);
- headless Chromium loading a lesson page: bytes over the wire (compressed; images excluded) and any request to
  another origin.
"""

import concurrent.futures
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
LEARNERS = 50


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(database_url: str, redis_url: str, static_root: str, media_root: str) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearn.settings.production",
        "DJANGO_SECRET_KEY": "bench-" + "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; production sits behind TLS
        "DJANGO_STATIC_ROOT": static_root,
        "DJANGO_MEDIA_ROOT": media_root,
        "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
        "DJANGO_LOG_LEVEL": "ERROR",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
        env["DJANGO_SINGLE_SERVER"] = "1"  # the SQLite run is one server with a per-process cache
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


@contextlib.contextmanager
def gunicorn(env, port):
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "elearn.wsgi",
            "--workers",
            "2",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                break
            time.sleep(0.2)
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


class Session:
    """A tiny HTTP client that keeps cookies by hand (the production cookies are Secure, which urllib's jar
    would refuse to send over plain HTTP on loopback)."""

    def __init__(self, base):
        self.base, self.cookies = base, {}
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, path, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if body is not None:
            request.add_header("Referer", self.base + path)
            if "csrftoken" in self.cookies:
                request.add_header("X-CSRFToken", self.cookies["csrftoken"])
        try:
            response = self.opener.open(request, timeout=60)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response.status, response.read().decode("utf-8", "replace"), response.headers


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def wrk(url, seconds, connections=16, cookie=""):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return rps, errors


def signed_in(base, session_key):
    session = Session(base)
    session.cookies["sessionid"] = session_key
    return session


def quiz_round(base, session_keys, during=None):
    """Every learner (already signed in) enrols first; then all start and submit an attempt at the same moment.
    ``during``, if given, runs while the submissions are in flight (e.g. a server restart)."""
    sessions = [signed_in(base, key) for key in session_keys]
    # ``during`` starts the moment every learner is ready to submit, so it hits submissions in flight, not the
    # set-up; a learner who fails before then breaks the barrier instead of leaving the others waiting for ever.
    background = []

    def start_during():
        if during:
            background.append(threading.Thread(target=during))
            background[0].start()

    barrier = threading.Barrier(len(sessions), action=start_during, timeout=300)

    def one(session):
        status, html, _ = session.request(QUIZ["course_path"])
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        session.request(f"/uk/learning/courses/{QUIZ['course_id']}/enrol/", {"csrfmiddlewaretoken": token})
        _, html, _ = session.request(QUIZ["quiz_path"])
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        status, _, headers = session.request(
            f"/uk/learning/quizzes/{QUIZ['quiz_id']}/start/", {"csrfmiddlewaretoken": token}
        )
        attempt_path = urllib.parse.urlparse(headers["Location"]).path
        _, form, _ = session.request(attempt_path)
        data = {"csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)}
        # Option values are per-attempt tokens (letters, digits, - and _), never database ids.
        for name in dict.fromkeys(re.findall(r'name="(q\d+(?:-[\w-]+)?)"', form)):
            values = re.findall(rf'name="{name}" value="([\w-]+)"', form) or re.findall(
                rf'<select id="{name}" name="{name}"[^>]*>.*?<option value="([\w-]+)"', form, re.S
            )
            data[name] = values[:1]
        barrier.wait()
        start = time.perf_counter()
        status, _, _ = session.request(attempt_path + "submit/", data)
        return time.perf_counter() - start, status, attempt_path

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(sessions)) as pool:
        futures = [pool.submit(one, session) for session in sessions]
        results = [future.result() for future in futures]
    for thread in background:
        thread.join()
    latencies = sorted(r[0] for r in results)
    errors = sum(1 for r in results if r[1] != 302)
    p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
    acknowledged = [int(r[2].rstrip("/").rsplit("/", 1)[1]) for r in results if r[1] == 302]
    return round(p95 * 1000, 1), errors, acknowledged


QUIZ = {}


def page_weight(base, session_key, lesson_path):
    """Bytes over the wire for a lesson page in Chromium (HTML, CSS, JS; compressed; images excluded)."""
    from playwright.sync_api import sync_playwright

    own_origin = urllib.parse.urlparse(base).netloc
    total, third_party = 0, 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        context = browser.new_context()
        context.add_cookies([{"name": "sessionid", "value": session_key, "url": base}])
        page = context.new_page()
        responses = []
        page.on("requestfinished", lambda request: responses.append(request))
        page.goto(base + lesson_path, wait_until="networkidle")
        for request in responses:
            if urllib.parse.urlparse(request.url).netloc != own_origin:
                third_party += 1
                continue
            if request.resource_type in ("document", "stylesheet", "script"):
                sizes = request.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        browser.close()
    return round(total / 1024, 1), third_party


def run_one(name, database_url, redis_url, seconds):
    static_root, media_root = tempfile.mkdtemp(prefix="bench-static-"), tempfile.mkdtemp(prefix="bench-media-")
    env = environment(database_url, redis_url, static_root, media_root)
    print(f"[{name}] migrating and loading the demo curriculum …", flush=True)
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo")
    helper = subprocess.run(
        [PYTHON, "-c", SETUP_SCRIPT], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    QUIZ.update(json.loads(helper.strip().splitlines()[-1]))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    figures = {"database": name}
    with gunicorn(env, port) as server:
        learner = signed_in(base, QUIZ["sessions"][0])
        learner.request(QUIZ["lesson_path"])
        cookie = "; ".join(f"{k}={v}" for k, v in learner.cookies.items())
        for url in ("/healthz", "/uk/courses/", QUIZ["course_path"]):  # warm caches and connections
            urllib.request.urlopen(base + url).read()
        figures["baseline_rps"], errors = wrk(base + "/healthz", seconds)
        figures["catalogue_rps"], e2 = wrk(base + "/uk/courses/", seconds)
        figures["course_rps"], e3 = wrk(base + QUIZ["course_path"], seconds)
        figures["lesson_rps"], e4 = wrk(base + QUIZ["lesson_path"], seconds, cookie=cookie)
        figures["quiz_p95_ms"], e5, _ = quiz_round(base, QUIZ["sessions"][1 : LEARNERS + 1])
        # Restart the server (gunicorn's graceful reload) while 50 other submissions are in flight: every
        # submission the server acknowledged must be stored.
        _p95, _errors, acknowledged = quiz_round(
            base, QUIZ["sessions"][LEARNERS + 1 :], during=lambda: (time.sleep(0.05), server.send_signal(signal.SIGHUP))
        )
        stored = json.loads(
            subprocess.run(
                [PYTHON, "-c", STORED_SCRIPT, json.dumps(acknowledged)],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        figures["restart_acknowledged"] = len(acknowledged)
        figures["restart_lost"] = len(acknowledged) - stored
        figures["errors"] = errors + e2 + e3 + e4 + e5
        figures["lesson_page_kb"], figures["third_party_requests"] = page_weight(
            base, QUIZ["sessions"][0], QUIZ["lesson_path"]
        )
    for key in ("catalogue", "course", "lesson"):
        figures[f"{key}_to_baseline"] = round(figures[f"{key}_rps"] / figures["baseline_rps"], 3)
    shutil.rmtree(static_root, ignore_errors=True)
    shutil.rmtree(media_root, ignore_errors=True)
    return figures


# Runs inside the benchmark's Django settings: 51 learners, each with a signed-in session made on the server (as
# Django's test client does: logging 51 people in through the form would, rightly, hit the login rate limit), and
# the URLs to drive.
SETUP_SCRIPT = r"""
import json, django
django.setup()
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
from allauth.account.models import EmailAddress
from accounts.models import User, Region
from courses.models import CoursePage, LessonPage
from quizzes.models import QuizPage
password = "bench-pass-2026"
emails, sessions = [], []
for n in range(101):
    email = f"bench{n:02d}@bench.test"
    user, created = User.objects.get_or_create(email=email, defaults={"full_name_uk": "Тест Тестович",
        "first_name": "Test", "last_name": "Bench", "region": Region.objects.first(), "sector": "social"})
    user.set_password(password); user.save()
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    emails.append(email)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    sessions.append(session.session_key)
course = CoursePage.objects.live().filter(locale__language_code="uk").order_by("path").first()
lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
quiz = QuizPage.objects.live().descendant_of(course).filter(kind="practice").order_by("path").first()
from courses.progress import enrollment_create
enrollment_create(user=User.objects.get(email=emails[0]), course=course)
print(json.dumps({"learners": emails, "sessions": sessions, "password": password, "course_path": course.url,
                  "course_id": course.pk, "lesson_path": lesson.url, "quiz_path": quiz.url, "quiz_id": quiz.pk}))
"""


# Counts, in the benchmark's database, the acknowledged attempts that are stored as submitted.
STORED_SCRIPT = r"""
import json, sys, django
django.setup()
from quizzes.models import Attempt
ids = json.loads(sys.argv[1])
print(Attempt.objects.filter(pk__in=ids, submitted_at__isnull=False).count())
"""


def run(*, seconds: int, databases: list[str]) -> int:
    from .stats import report

    if not shutil.which("wrk"):
        print("wrk is needed: apt-get install -y wrk", file=sys.stderr)
        return 2
    results = []
    for name in databases:
        if name == "sqlite":
            folder = tempfile.mkdtemp(prefix="bench-sqlite-")
            results.append(run_one("sqlite", f"sqlite:///{folder}/bench.sqlite3", "", seconds))
        else:
            database = f"elearn_bench_serve_{os.getpid()}"
            subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
            try:
                results.append(
                    run_one(
                        "postgresql",
                        f"postgres://postgres@127.0.0.1:5432/{database}",
                        "redis://127.0.0.1:6379/5",
                        seconds,
                    )
                )
            finally:
                subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database], check=False)
    for figures in results[:-1]:
        print(json.dumps(figures))
    report(results[-1])
    return 0 if all(r["errors"] == 0 for r in results) else 1
