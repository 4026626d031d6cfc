"""Debian's nginx, run unprivileged on a free loopback port with the configuration shipped in deploy/."""

import os
import shutil
import socket
import string
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def render_nginx_conf(run_dir: Path, port: int, upstreams: list[str]) -> Path:
    template = string.Template((ROOT / "deploy" / "nginx.conf.template").read_text())
    servers = "\n".join(f"        server {address} max_fails=1 fail_timeout=10s;" for address in upstreams)
    text = template.safe_substitute(RUN_DIR=str(run_dir), PORT=str(port), UPSTREAM_SERVERS=servers)
    conf = run_dir / "nginx.conf"
    conf.write_text(text)
    return conf


@pytest.fixture
def nginx(tmp_path, live_server):
    """nginx in front of the live test server; returns its base URL."""
    if not os.path.exists(NGINX):
        message = "nginx not found: install it with `apt-get install nginx`"
        if os.environ.get("CI"):
            pytest.fail(message + " (required in CI)")
        pytest.skip(message)
    port = free_port()
    upstream = live_server.url.removeprefix("http://")
    conf = render_nginx_conf(tmp_path, port, [upstream])
    process = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(tmp_path), "-e", str(tmp_path / "error.log")])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    else:
        process.kill()
        pytest.fail("nginx did not start: " + (tmp_path / "error.log").read_text(errors="replace"))
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)
