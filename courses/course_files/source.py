"""A course's files, read from a folder or a ZIP archive into memory, with the archive's dangers refused.

A ZIP is checked before anything in it is read: its size, the number of members, the size each unpacks to, and
every member's path (no absolute paths, no ``..``, no links), so an upload can neither write nor read outside its
own tree nor fill the memory. Nothing is ever extracted to disk.
"""

import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

from .problems import CourseFilesRefused, Problem

MAX_ZIP_BYTES = 20 * 1024 * 1024
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_FILES = 2000
IGNORED_PARTS = ("__MACOSX", "__pycache__")


@dataclass
class CourseSource:
    """The course's files by path (forward slashes, relative to the course folder) as bytes."""

    name: str
    files: dict[str, bytes] = field(default_factory=dict)

    def text(self, path: str, problems) -> str | None:
        try:
            return self.files[path].decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            problems.add(path, 0, _("the file is not UTF-8 text; save it as UTF-8"))
            return None


def _ignored(parts: tuple[str, ...]) -> bool:
    return any(part.startswith(".") or part in IGNORED_PARTS for part in parts)


def source_from_folder(folder: Path) -> CourseSource:
    folder = Path(folder)
    source = CourseSource(name=folder.name)
    problems = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or _ignored(relative.parts):
            continue
        name = relative.as_posix()
        if path.is_symlink():
            problems.append(Problem(name, 0, _("links are not allowed in a course folder")))
        elif path.stat().st_size > MAX_FILE_BYTES:
            problems.append(Problem(name, 0, _("the file is larger than 2 MB")))
        else:
            source.files[name] = path.read_bytes()
    if problems:
        raise CourseFilesRefused(problems)
    return source


def _unsafe(name: str) -> bool:
    path = PurePosixPath(name)
    return (
        "\\" in name
        or name.startswith("/")
        or (len(name) > 1 and name[1] == ":")
        or any(part in ("..", "") for part in path.parts)
    )


def source_from_zip(fileobj, name: str = "course.zip") -> CourseSource:
    """The files of a ZIP archive; raises ``CourseFilesRefused`` for an unsafe or oversized archive."""
    fileobj.seek(0, 2)
    size = fileobj.tell()
    fileobj.seek(0)
    if size > MAX_ZIP_BYTES:
        raise CourseFilesRefused([Problem(name, 0, _("the archive is larger than 20 MB"))])
    try:
        archive = zipfile.ZipFile(fileobj)
    except zipfile.BadZipFile:
        raise CourseFilesRefused([Problem(name, 0, _("this is not a ZIP archive"))]) from None
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        problems = []
        if len(members) > MAX_FILES:
            problems.append(Problem(name, 0, _("the archive holds more than 2,000 files")))
        if sum(info.file_size for info in members) > MAX_TOTAL_BYTES:
            problems.append(Problem(name, 0, _("the archive unpacks to more than 50 MB")))
        for info in members:
            if _unsafe(info.filename):
                problems.append(Problem(info.filename, 0, _("unsafe path in the archive (absolute or with '..')")))
            elif stat.S_ISLNK(info.external_attr >> 16):
                problems.append(Problem(info.filename, 0, _("links are not allowed in the archive")))
            elif info.file_size > MAX_FILE_BYTES:
                problems.append(Problem(info.filename, 0, _("the file is larger than 2 MB")))
        if problems:
            raise CourseFilesRefused(problems)
        files = {}
        for info in members:
            parts = PurePosixPath(info.filename).parts
            if _ignored(parts):
                continue
            try:  # reads at most the size the header declares: a member that unpacks to more fails its CRC
                files["/".join(parts)] = archive.read(info)
            except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError):
                problems.append(Problem(info.filename, 0, _("the file cannot be read from the archive")))
        if problems:
            raise CourseFilesRefused(problems)
    return CourseSource(name=name, files=_without_top_folder(files))


def _without_top_folder(files: dict[str, bytes]) -> dict[str, bytes]:
    """A ZIP made by compressing the course folder itself has everything under one folder: drop it."""
    if "course.yaml" in files:
        return files
    tops = {path.split("/", 1)[0] for path in files}
    if len(tops) == 1 and all("/" in path for path in files):
        top = tops.pop()
        return {path[len(top) + 1 :]: data for path, data in files.items()}
    return files


def open_course_source(path: str | Path) -> CourseSource:
    """A folder, or a ``.zip`` file, given by path (the management command)."""
    path = Path(path)
    if path.is_dir():
        return source_from_folder(path)
    if not path.is_file():
        raise CourseFilesRefused([Problem(str(path), 0, _("no such folder or file"))])
    with path.open("rb") as handle:
        return source_from_zip(handle, name=path.name)
