"""The parts of a course folder that other apps read and write (the question bank and quizzes, in ``quizzes``).

``courses`` sits below the apps that own those parts and never imports them: an app puts a ``course_parts``
module beside its models that calls ``course_part(...)``; the first reader discovers those modules the way Django
discovers ``admin`` modules.
"""

from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatch

from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class CoursePart:
    name: str
    patterns: tuple[str, ...]  # the files it reads, e.g. ("questions.*.gift",); others are reported as unknown
    read: Callable  # read(source, spec, problems): adds spec[name] or problems
    save: Callable  # save(spec, course_page, *, live, user): writes what read() added, inside the import's transaction

    def claims(self, path: str) -> bool:
        return any(fnmatch(path, pattern) for pattern in self.patterns)


_PARTS: dict[str, CoursePart] = {}
_discovered = False


def course_part(part: CoursePart) -> CoursePart:
    _PARTS[part.name] = part
    return part


def course_parts() -> list[CoursePart]:
    global _discovered
    if not _discovered:
        autodiscover_modules("course_parts")
        _discovered = True
    return list(_PARTS.values())
