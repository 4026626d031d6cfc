"""Public media (Wagtail images and their renditions), streamed from whatever storage holds them.

Only image folders are public; anything else under /media/ (certificates, exports, documents) is a 404 here:
those files have their own views that check who asks.
"""

import mimetypes

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404

PUBLIC_PREFIXES = ("original_images/", "images/")
IMAGE_TYPES = {"image/gif", "image/jpeg", "image/png", "image/webp", "image/avif"}


def serve_public_media(request, path: str):
    if ".." in path.split("/") or not path.startswith(PUBLIC_PREFIXES):
        raise Http404
    content_type, _encoding = mimetypes.guess_type(path)
    if content_type not in IMAGE_TYPES:
        raise Http404
    try:
        handle = default_storage.open(path, "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    response = FileResponse(handle, content_type=content_type)
    # Renditions never change under one name (a new upload gets a new name): browsers may keep them a day.
    response["Cache-Control"] = "public, max-age=86400"
    return response
