"""Real services on loopback ports, started and stopped by the benchmarks and the deployment tests: nginx with the
configuration in deploy/, SeaweedFS as the S3 server, Redis, and a PostgreSQL primary with a streaming replica.

Each start function returns a handle with ``stop()``; nothing here is a mock, and nothing listens beyond 127.0.0.1.
"""

import contextlib
import json
import os
import shutil
import socket
import string
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
WEED = Path(shutil.which("weed") or Path(sys.executable).parent / "weed")
PG_BIN = (
    Path("/usr/lib/postgresql")
    / (sorted(os.listdir("/usr/lib/postgresql"))[-1] if os.path.isdir("/usr/lib/postgresql") else "15")
    / "bin"
)


def free_port(below: int = 60000) -> int:
    """A free loopback port (below ``below``: SeaweedFS also listens on port + 10000)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port < below:
            return port


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_for_port(port: int, process: subprocess.Popen | None = None, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            return False
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.05)
    return False


@dataclass
class Service:
    name: str
    process: subprocess.Popen | None = None
    info: dict = field(default_factory=dict)
    stop_command: list | None = None

    def stop(self, timeout: float = 10) -> None:
        if self.stop_command:
            subprocess.run(self.stop_command, check=False, capture_output=True)
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def render_nginx_conf(run_dir: Path, port: int, upstreams: list[str]) -> Path:
    """deploy/nginx.conf.template with this run's folder, port and app servers filled in."""
    template = string.Template((ROOT / "deploy" / "nginx.conf.template").read_text())
    servers = "\n".join(f"        server {address} max_fails=1 fail_timeout=10s;" for address in upstreams)
    conf = run_dir / "nginx.conf"
    conf.write_text(template.safe_substitute(RUN_DIR=str(run_dir), PORT=str(port), UPSTREAM_SERVERS=servers))
    return conf


def start_nginx(run_dir: Path, upstreams: list[str]) -> Service:
    port = free_port()
    conf = render_nginx_conf(run_dir, port, upstreams)
    log = run_dir / "error.log"
    process = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(run_dir), "-e", str(log)])
    if not wait_for_port(port, process):
        process.kill()
        raise RuntimeError("nginx did not start: " + (log.read_text(errors="replace") if log.exists() else ""))
    return Service("nginx", process, {"url": f"http://127.0.0.1:{port}", "port": port})


def start_seaweedfs(data: Path, bucket: str = "elearn") -> Service:
    """SeaweedFS (master, volume, filer and S3 gateway in one process) with one private bucket."""
    import boto3

    access, secret = "elearn-test", "elearn-test-secret"
    identity = {
        "name": "app",
        "credentials": [{"accessKey": access, "secretKey": secret}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }
    (data / "s3.json").write_text(json.dumps({"identities": [identity]}))
    # SeaweedFS also listens on each port + 10000 (gRPC): both must be free.
    ports = set()
    while len(ports) < 4:
        port = free_port(below=55000)
        if all(abs(port - other) > 1 for other in ports) and _bindable(port + 10000):
            ports.add(port)
    master, volume, filer, s3 = sorted(ports)
    command = [
        str(WEED), "server", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
        f"-master.port={master}", f"-volume.port={volume}", f"-filer.port={filer}",
        "-s3", f"-s3.port={s3}", f"-s3.config={data / 's3.json'}",
        # No side services on fixed ports, and no usage statistics sent anywhere.
        "-s3.port.iceberg=0", "-s3.port.lance=0", "-master.telemetry=false",
        "-volume.max=8", "-master.volumeSizeLimitMB=64",
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=(data / "weed.log").open("wb"))
    endpoint = f"http://127.0.0.1:{s3}"
    client = boto3.client(
        "s3", endpoint_url=endpoint, aws_access_key_id=access, aws_secret_access_key=secret, region_name="us-east-1"
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            client.create_bucket(Bucket=bucket)
            break
        except Exception as error:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                log = (data / "weed.log").read_text(errors="replace")[-2000:]
                raise RuntimeError("SeaweedFS did not start: " + log) from error
            time.sleep(0.5)
    info = {"endpoint_url": endpoint, "access_key": access, "secret_key": secret, "bucket_name": bucket}
    return Service("seaweedfs", process, {**info, "client": client, "command": command, "data": data})


def restart(service: Service) -> None:
    """Start a stopped SeaweedFS or Redis again with the same command (same ports, same data)."""
    service.process = subprocess.Popen(service.info["command"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(service.info["port"], service.process)


def start_redis() -> Service:
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    if not wait_for_port(port, process):
        raise RuntimeError("redis-server did not start")
    return Service("redis", process, {"url": f"redis://127.0.0.1:{port}/0", "port": port, "command": command})


def _as_postgres(*command, **kwargs):
    """Run a PostgreSQL server program as the postgres user (they refuse to run as root)."""
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *map(str, command)], check=True, capture_output=True, **kwargs)


def start_postgres_pair(folder: Path) -> tuple[Service, Service]:
    """A primary (``initdb``) and a streaming replica made from it with ``pg_basebackup -R``, on free ports.

    The machine's own cluster allows no replication connections, so this pair is the benchmark's own.
    """
    folder.mkdir(parents=True, exist_ok=True)
    shutil.chown(folder, "postgres", "postgres") if os.geteuid() == 0 else None
    primary_dir, replica_dir = folder / "primary", folder / "replica"
    primary_port, replica_port = free_port(), free_port()
    _as_postgres(PG_BIN / "initdb", "-D", primary_dir, "-U", "postgres", "--auth=trust", "-E", "UTF8")
    with (primary_dir / "postgresql.conf").open("a") as conf:
        conf.write(
            f"\nport = {primary_port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\n"
            "wal_level = replica\nmax_wal_senders = 4\nhot_standby = on\nfsync = off\n"
        )
    with (primary_dir / "pg_hba.conf").open("a") as hba:
        hba.write("host replication postgres 127.0.0.1/32 trust\n")
    _as_postgres(PG_BIN / "pg_ctl", "-D", primary_dir, "-l", folder / "primary.log", "-w", "start")
    _as_postgres(
        PG_BIN / "pg_basebackup", "-h", "127.0.0.1", "-p", primary_port, "-U", "postgres", "-D", replica_dir, "-R",
        "-X", "stream",
    )  # fmt: skip
    with (replica_dir / "postgresql.conf").open("a") as conf:
        conf.write(f"\nport = {replica_port}\n")
    _as_postgres(PG_BIN / "pg_ctl", "-D", replica_dir, "-l", folder / "replica.log", "-w", "start")
    primary = Service(
        "postgres-primary",
        info={"port": primary_port, "dir": primary_dir, "log": folder / "primary.log"},
        stop_command=["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(primary_dir), "-m",
                      "fast", "stop"],
    )  # fmt: skip
    replica = Service(
        "postgres-replica",
        info={"port": replica_port, "dir": replica_dir},
        stop_command=["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", str(replica_dir), "-m",
                      "fast", "stop"],
    )  # fmt: skip
    return primary, replica


def postgres_restart(primary: Service) -> None:
    _as_postgres(PG_BIN / "pg_ctl", "-D", primary.info["dir"], "-l", primary.info["log"], "-w", "-m", "fast", "restart")


@contextlib.contextmanager
def stopped(services: list[Service]):
    """Stop every service on the way out, whatever happened."""
    try:
        yield
    finally:
        for service in reversed(services):
            with contextlib.suppress(Exception):
                service.stop()
