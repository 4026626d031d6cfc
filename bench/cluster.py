"""The multi-server deployment, for real: ``python -m bench cluster``.

Starts a PostgreSQL primary and a streaming replica (``pg_basebackup -R``), Redis, SeaweedFS (S3), two gunicorn app
servers and a django-tasks worker, with nginx (deploy/nginx.conf.template) in front, on a fresh production install
(``setup_site``) plus the demo content. Then it checks, through the proxy and on each server:

- a session made on one server is valid on the other; a page published by one process of the cluster is fresh on
  another server for anonymous visitors within a second; one client's rate limit is shared across both servers
  while another client is unaffected; a certificate and an export built by the worker download through either server;
  stopping one app server while 50 learners submit quizzes loses no acknowledged submission; the dashboards read
  from the replica;
- then it breaks things while learners keep working and measures what survives: Redis stopped for ten seconds, the
  primary restarted during quiz submissions, the S3 server stopped.

The last line is one JSON object with the figures.
"""

import concurrent.futures
import json
import os
import re
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from . import serve, services
from .serve import PYTHON, ROOT, Session, quiz_round


def _env(primary, replica, redis, s3, base_url, media_root, static_root) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "elearn.settings.production",
        "DJANGO_SECRET_KEY": "bench-cluster-" + "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{primary.info['port']}/elearn",
        "DATABASE_REPLICA_URL": f"postgres://postgres@127.0.0.1:{replica.info['port']}/elearn",
        # Short-lived connections: a restarted primary is reconnected to on the next request.
        "DATABASE_CONN_MAX_AGE": "0",
        "REDIS_URL": redis.info["url"],
        "S3_BUCKET": s3.info["bucket_name"],
        "S3_ENDPOINT_URL": s3.info["endpoint_url"],
        "S3_ACCESS_KEY_ID": s3.info["access_key"],
        "S3_SECRET_ACCESS_KEY": s3.info["secret_key"],
        "TRUSTED_PROXY_COUNT": "1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; production terminates TLS at the proxy
        "WAGTAILADMIN_BASE_URL": base_url,
        "DJANGO_MEDIA_ROOT": media_root,
        "DJANGO_STATIC_ROOT": static_root,
        "DJANGO_LOG_LEVEL": "ERROR",
    }
    for name in ("DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SINGLE_SERVER"):
        env.pop(name, None)
    return env


def _manage(env, *args) -> str:
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return result.stdout


def _script(env, code: str, *args) -> dict:
    """Run ``code`` in the cluster's settings (as another process of the cluster would); its last line is JSON."""
    result = subprocess.run([PYTHON, "-c", code, *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _app_server(env, port) -> subprocess.Popen:
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "elearn.wsgi", "--config", "deploy/gunicorn.conf.py"],
        cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"},
    )
    services.wait_for_port(port, process, seconds=60)
    return process


def _status(url, cookie="", source="127.0.0.1", headers=None) -> int:
    import http.client
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30, source_address=(source, 0))
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""), headers={
            **({"Cookie": cookie} if cookie else {}), **(headers or {})
        })  # fmt: skip
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return 599  # no answer at all
    finally:
        connection.close()


def _body(url, cookie="") -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _replica_reads(replica) -> int:
    """Rows the replica has returned to its clients so far (its own statistics: it counts only its own work)."""
    output = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", str(replica.info["port"]), "-U", "postgres", "-d", "elearn", "-Atc",
         "SELECT tup_returned FROM pg_stat_database WHERE datname = 'elearn'"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return int(output.strip() or 0)


def _during_load(urls_cookies, seconds) -> list[int]:
    """Requests in a loop for ``seconds`` from four threads; returns every status (599: no answer)."""
    statuses, deadline = [], time.monotonic() + seconds

    def worker(index):
        seen = []
        while time.monotonic() < deadline:
            url, cookie = urls_cookies[(index + len(seen)) % len(urls_cookies)]
            seen.append(_status(url, cookie))
            time.sleep(0.05)
        return seen

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        for seen in pool.map(worker, range(4)):
            statuses.extend(seen)
    return statuses


def run(*, learners: int = 50) -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-cluster-"))
    os.chmod(work, 0o755)  # noqa: S103 - the postgres user must reach its data folders inside
    (work / "s3").mkdir()
    (work / "nginx").mkdir()
    started: list[services.Service] = []
    figures: dict = {"app_servers": 2, "errors": 0}
    with services.stopped(started):
        print("[cluster] PostgreSQL primary and streaming replica …", flush=True)
        primary, replica = services.start_postgres_pair(work / "pg")
        started += [primary, replica]
        subprocess.run(
            ["createdb", "-h", "127.0.0.1", "-p", str(primary.info["port"]), "-U", "postgres", "elearn"], check=True
        )
        redis = services.start_redis()
        s3 = services.start_seaweedfs(work / "s3")
        started += [redis, s3]
        ports = [services.free_port(), services.free_port()]
        proxy = services.start_nginx(work / "nginx", [f"127.0.0.1:{port}" for port in ports])
        started.append(proxy)
        base = proxy.info["url"]
        env = _env(primary, replica, redis, s3, base, str(work / "media"), str(work / "static"))

        print("[cluster] production install (migrate, setup_site, collectstatic) and the demo …", flush=True)
        _manage(env, "migrate", "--noinput")
        _manage(env, "setup_site")
        _manage(env, "collectstatic", "--noinput")
        _manage(env, "load_demo")
        serve.QUIZ.update(_script(env, serve.SETUP_SCRIPT))
        staff = _script(env, STAFF_SCRIPT)

        servers = [_app_server(env, port) for port in ports]
        started += [services.Service(f"app-{port}", process) for port, process in zip(ports, servers, strict=True)]
        worker = subprocess.Popen([PYTHON, "manage.py", "db_worker", "--interval", "0.2"], cwd=ROOT, env=env)
        started.append(services.Service("worker", worker))
        direct = [f"http://127.0.0.1:{port}" for port in ports]
        learner_cookie = f"sessionid={serve.QUIZ['sessions'][0]}"
        print("[cluster] two app servers, a worker and nginx are up; checking …", flush=True)

        # A session made on one server is valid on the other (sessions live in Redis and the database).
        profile = [_status(url + "/uk/profile/", learner_cookie) for url in direct]
        figures["session_shared"] = profile == [200, 200]

        # Publishing empties the anonymous page cache of every server (the cache version is in Redis).
        course_path = serve.QUIZ["course_path"]
        for url in direct:
            _body(url + course_path)
        title = f"Bench {int(time.time())}"
        _script(env, PUBLISH_SCRIPT, str(serve.QUIZ["course_id"]), title)
        published, fresh_after = time.monotonic(), None
        while time.monotonic() - published < 10:
            if title.encode() in _body(direct[1] + course_path)[1]:
                fresh_after = time.monotonic() - published
                break
            time.sleep(0.05)
        figures["publish_fresh_s"] = round(fresh_after, 2) if fresh_after is not None else None

        # One client's limit is counted across both servers (Redis); another client behind the proxy is unaffected.
        verify = base + "/uk/certificates/verify/AAAAAA-AAAAAA-AAAAAA/"
        first = [_status(verify, source="127.0.0.2") for _ in range(20)]
        limited = _status(verify, source="127.0.0.2")
        other = _status(verify, source="127.0.0.3")
        figures["ratelimit_shared"] = set(first) == {404} and limited == 429 and other == 404

        # A certificate rendered by one server and an export built by the worker download through either server.
        holder = f"sessionid={staff['holder_session']}"
        certificate = [_body(url + f"/uk/certificates/{staff['code']}/download/", holder) for url in direct]
        trainer = f"sessionid={staff['trainer_session']}"
        export_ready = False
        for _ in range(300):
            if _script(env, EXPORT_STATUS_SCRIPT, str(staff["export_id"]))["status"] == "ready":
                export_ready = True
                break
            time.sleep(0.2)
        export = [_body(url + f"/uk/reports/downloads/{staff['export_id']}/file/", trainer) for url in direct]
        figures["files_shared"] = (
            all(status == 200 and body.startswith(b"%PDF") for status, body in certificate)
            and certificate[0][1] == certificate[1][1]
            and export_ready
            and all(status == 200 and body.startswith(b"PK") for status, body in export)
        )

        # The dashboards read from the replica: its own statistics count the rows it returned.
        before = _replica_reads(replica)
        dashboard = _status(base + "/uk/reports/", trainer)
        time.sleep(1.5)  # statistics are flushed at most once a second
        figures["dashboard_on_replica"] = dashboard == 200 and _replica_reads(replica) - before > 0

        # Stop one app server while 50 learners submit quizzes through the proxy: nothing acknowledged is lost.
        def stop_first():
            time.sleep(0.05)
            servers[0].send_signal(signal.SIGTERM)

        _p95, errors, acknowledged = quiz_round(base, serve.QUIZ["sessions"][1 : learners + 1], during=stop_first)
        stored = _script(env, serve.STORED_SCRIPT, json.dumps(acknowledged))
        figures["acknowledged"], figures["lost"] = len(acknowledged), len(acknowledged) - stored
        servers[0].wait(timeout=60)
        servers[0] = _app_server(env, ports[0])
        started.append(services.Service("app-restarted", servers[0]))

        lesson = base + serve.QUIZ["lesson_path"]
        learning = [(base + "/uk/courses/", ""), (lesson, learner_cookie), (base + course_path, learner_cookie)]

        # Redis stopped for ten seconds while learners keep reading.
        print("[cluster] Redis down for 10 s …", flush=True)
        redis.stop()
        during = _during_load(learning, 10)
        visitor = Session(base)
        _status_code, form, _headers = visitor.request("/uk/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        login = visitor.request(
            "/uk/accounts/login/",
            {"login": "x@example.org", "password": "wrong", "csrfmiddlewaretoken": token.group(1) if token else ""},
        )[0]
        services.restart(redis)
        figures["redis_down_5xx"] = sum(1 for status in during if status >= 500)
        figures["redis_down_requests"] = len(during)
        figures["redis_down_login_status"] = login

        # The primary restarted while 50 other learners submit quizzes.
        print("[cluster] PostgreSQL primary restarted during quiz submissions …", flush=True)
        remaining = serve.QUIZ["sessions"][learners + 1 : 2 * learners + 1]
        during_restart = []

        def restart_while_reading():
            with concurrent.futures.ThreadPoolExecutor(max_workers=1) as reader:
                reading = reader.submit(_during_load, learning, 8)
                time.sleep(0.05)
                services.postgres_restart(primary)
                during_restart.extend(reading.result())

        _p95, db_errors, acknowledged = quiz_round(base, remaining, during=restart_while_reading)
        figures["db_restart_500s"] = sum(1 for status in during_restart if status == 500)
        figures["db_restart_requests"] = len(during_restart)
        stored = _script(env, serve.STORED_SCRIPT, json.dumps(acknowledged))
        figures["db_restart_acknowledged"] = len(acknowledged)
        figures["db_restart_lost"] = len(acknowledged) - stored
        after_restart = [_status(url + "/uk/profile/", learner_cookie) for url in direct]
        figures["db_reconnected"] = after_restart == [200, 200]

        # The S3 server stopped: learning goes on; a certificate download says to try again, then works again.
        print("[cluster] S3 server stopped …", flush=True)
        s3.stop()
        during = _during_load(learning, 5)
        certificate_url = direct[1] + f"/uk/certificates/{staff['code']}/download/"
        figures["storage_down_learning_ok"] = all(status < 500 for status in during)
        figures["storage_down_certificate_status"] = _status(certificate_url, holder)
        s3.process = subprocess.Popen(s3.info["command"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        back = None
        while time.monotonic() < deadline:
            back = _status(certificate_url, holder)
            if back == 200:
                break
            time.sleep(1)
        figures["storage_back_certificate_status"] = back

    figures["errors"] = sum(
        1
        for ok in (
            figures["session_shared"],
            figures["ratelimit_shared"],
            figures["files_shared"],
            figures["dashboard_on_replica"],
            figures["lost"] == 0,
            figures["db_restart_lost"] == 0,
        )
        if not ok
    )
    print(json.dumps(figures))
    return 0 if figures["errors"] == 0 else 1


# A trainer (with an authenticator: staff need one), a learner holding a certificate, both signed in with sessions
# made on the server, and an export of the learners table queued for the worker.
STAFF_SCRIPT = r"""
import json, django
django.setup()
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from accounts.models import User
from certificates.models import Certificate
from reports.models import Export
from reports.tasks import build_table_export
SessionStore = import_module(settings.SESSION_ENGINE).SessionStore

def session_for(user):
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key

trainer = User.objects.get(email="trainer@demo.test")
Authenticator.objects.get_or_create(user=trainer, type=Authenticator.Type.TOTP,
                                    defaults={"data": {"secret": encrypt("JBSWY3DPEHPK3PXP")}})
certificate = Certificate.objects.filter(revoked_at__isnull=True).order_by("pk").first()
export = Export.objects.create(requested_by=trainer, table="learners", language="uk")
build_table_export.enqueue(export.pk)
print(json.dumps({"trainer_session": session_for(trainer), "holder_session": session_for(certificate.user),
                  "code": certificate.code, "export_id": export.pk}))
"""

PUBLISH_SCRIPT = r"""
import json, sys, django
django.setup()
from courses.models import CoursePage
course = CoursePage.objects.get(pk=int(sys.argv[1]))
course.title = sys.argv[2]
course.save_revision().publish()
print(json.dumps({"published": course.pk}))
"""

EXPORT_STATUS_SCRIPT = r"""
import json, sys, django
django.setup()
from reports.models import Export
print(json.dumps({"status": Export.objects.get(pk=int(sys.argv[1])).status}))
"""
