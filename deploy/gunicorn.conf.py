"""gunicorn settings for an app server (used by deploy/systemd/elearn-web.service and bench/cluster.py).

Environment: see the README's Production section. Bind to loopback or a private interface that only the
reverse proxy reaches: the app trusts TRUSTED_PROXY_COUNT hops of X-Forwarded-For.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# A request that hangs (a stuck upstream) frees its worker instead of blocking it for good.
timeout = 60
graceful_timeout = 30
# Workers are recycled now and then, so that a slow leak never takes a server down.
max_requests = 2000
max_requests_jitter = 200
accesslog = None
errorlog = "-"
