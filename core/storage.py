"""File storage for several app servers: an S3-compatible bucket, addressed only through the app.

Every stored file (Wagtail images and documents, certificate PDFs, ZIP and XLSX exports) goes through Django's
storage API, so local disk (one server) and a bucket (several) behave the same. The bucket is private: the browser
never gets a bucket URL, signed or not. ``url()`` points at this site, where the app checks access first: public
images at ``/media/`` (core.media), documents through Wagtail's serve view, certificates and exports through their
own views. So no page requests another origin, and the CSP stays ``'self'``.
"""

from storages.backends.s3 import S3Storage

from django.conf import settings
from django.utils.encoding import filepath_to_uri


class AppServedS3Storage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        # Names are relative to the bucket's location, as on local disk: the same URL on either storage.
        return settings.MEDIA_URL + filepath_to_uri(name).lstrip("/")
