"""Reads a course folder into the course spec the loaders build pages from (see ``docs/course-format.md``).

    course.yaml                      slug, section, audiences, hours
    course.uk.md, course.en.md       front matter: title, objectives; body: the summary
    01-module-slug/
        module.uk.md, module.en.md   front matter: title; body: the summary
        01-lesson-slug.uk.md         front matter: title, objective, minutes; body: the lesson (``body``)
        01-lesson-slug.en.md
    questions.uk.gift, ...           read by the parts other apps register (``parts``)

Every problem is collected with its file and line; the caller refuses the whole course if there is any.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import slug_re
from django.utils.translation import gettext as _

from content.blocks import BaseStreamBlock

from .body import parse_body
from .frontmatter import check_keys, parse_mapping, read_number, split_front_matter
from .parts import course_parts
from .problems import CourseFilesRefused, Problems
from .source import CourseSource

LANGUAGES = ("uk", "en")  # the original first; the others are its translations, with the same slugs
SECTIONS = ("professional", "schools")
_NUMBERED = re.compile(r"^(\d+)-(.+)$")
_LESSON = re.compile(r"^(\d+)-(.+)\.([a-z]{2})\.md$")
COURSE_FILE = "course.yaml"


def _markdown(source: CourseSource, path: str, problems, required: tuple, optional: tuple = ()):
    if path not in source.files:
        problems.add(path, 0, _("missing: every course, module and lesson needs one file per language"))
        return None
    text = source.text(path, problems)
    if text is None:
        return None
    meta, body, body_line = split_front_matter(text, path, problems)
    check_keys(meta, required, optional, path, problems)
    return meta, body, body_line


def _slug(name: str, path: str, problems) -> str:
    if not slug_re.match(name):
        problems.add(path, 0, _("“%(name)s” is not a slug: use a-z, 0-9 and hyphens") % {"name": name})
    return name


def _numbered(entries, problems) -> list[tuple[int, str, str]]:
    """Sorted (number, slug, name) from ``NN-slug`` names, each name once; problems for a number used twice."""
    by_number: dict[int, str] = {}
    result = []
    for number, slug, name in sorted(set(entries)):
        if number in by_number:
            message = _("two entries share the number %(number)s: %(first)s and %(second)s")
            problems.add(name, 0, message % {"number": number, "first": by_number[number], "second": name})
            continue
        by_number[number] = name
        result.append((number, slug, name))
    return result


def _course(source: CourseSource, problems) -> dict:
    spec: dict = {}
    text = source.text(COURSE_FILE, problems) if COURSE_FILE in source.files else None
    if COURSE_FILE not in source.files:
        problems.add(COURSE_FILE, 0, _("missing: a course folder starts with course.yaml"))
    if text is not None:
        meta = parse_mapping(list(enumerate(text.split("\n"), start=1)), COURSE_FILE, problems)
        check_keys(meta, ("slug", "section", "hours"), ("audiences",), COURSE_FILE, problems)
        spec["slug"] = _slug(meta.get("slug", ""), COURSE_FILE, problems) if meta.get("slug") else ""
        section = meta.get("section", "")
        if section and section not in SECTIONS:
            message = _("section must be one of %(sections)s")
            problems.add(COURSE_FILE, section.line, message % {"sections": ", ".join(SECTIONS)})
        spec["section"] = str(section)
        audiences = meta.get("audiences", [])
        spec["audiences"] = [str(audience) for audience in ([audiences] if isinstance(audiences, str) else audiences)]
        spec["estimated_hours"] = read_number(meta, "hours", COURSE_FILE, problems, minimum=0.5, maximum=500)
    for code in LANGUAGES:
        path = f"course.{code}.md"
        read = _markdown(source, path, problems, ("title", "objectives"))
        if read:
            meta, body, _line = read
            objectives = meta.get("objectives", [])
            spec[code] = {
                "title": str(meta.get("title", "")),
                "summary": body.strip(),
                "objectives": [str(item) for item in ([objectives] if isinstance(objectives, str) else objectives)],
            }
            if not body.strip():
                problems.add(path, 0, _("the course summary (the text after the front matter) is empty"))
    return spec


def validate_blocks(blocks, block_lines, path, problems) -> None:
    """The checks the editor's form makes on each block (lengths, required fields, addresses). A video is left to
    the reader's own checks: validating it would fetch the video's page."""
    stream = BaseStreamBlock()
    for (kind, value), line in zip(blocks, block_lines, strict=True):
        if kind == "video":
            continue
        child = stream.child_blocks[kind]
        try:
            child.clean(child.to_python(value))
        except ValidationError as error:
            for message in _messages(error):
                problems.add(path, line, f"{kind}: {message}")


def _messages(error) -> list[str]:
    block_errors = getattr(error, "block_errors", None)
    if block_errors:
        items = block_errors.items() if isinstance(block_errors, dict) else enumerate(block_errors)
        return [f"{name}: {message}" for name, sub in items if sub for message in _messages(sub)]
    return list(getattr(error, "messages", [str(error)]))


def _lesson(source, folder, name, slug, problems) -> dict:
    lesson = {"slug": slug}
    for code in LANGUAGES:
        path = f"{folder}/{name}.{code}.md"
        read = _markdown(source, path, problems, ("title",), ("objective", "minutes"))
        if not read:
            continue
        meta, body, body_line = read
        minutes = read_number(meta, "minutes", path, problems, minimum=1, maximum=600)
        if code == LANGUAGES[0]:
            lesson["minutes"] = int(minutes or 15)
        elif minutes is not None and int(minutes) != lesson.get("minutes"):
            problems.add(
                path, meta["minutes"].line, _("minutes differ from the %(code)s file") % {"code": LANGUAGES[0]}
            )
        block_lines = []
        blocks = parse_body(body, path, body_line, problems, block_lines)
        validate_blocks(blocks, block_lines, path, problems)
        if not blocks:
            problems.add(path, body_line, _("the lesson has no content"))
        lesson[code] = {
            "title": str(meta.get("title", "")),
            "objective": str(meta.get("objective", "")),
            "body": blocks,
        }
    return lesson


def _lesson_files(source, folder, problems):
    names = []
    for path in source.files:
        if not path.startswith(f"{folder}/"):
            continue
        if path.count("/") != 1:
            problems.add(path, 0, _("not part of the course format: a module folder holds no folders"))
            continue
        name = path.split("/")[1]
        if name in {f"module.{code}.md" for code in LANGUAGES}:
            continue
        match = _LESSON.match(name)
        if not match or match[3] not in LANGUAGES:
            problems.add(path, 0, _("not part of the course format: a lesson file is named NN-slug.LANGUAGE.md"))
            continue
        names.append((int(match[1]), _slug(match[2], path, problems), f"{match[1]}-{match[2]}"))
    return _numbered(names, problems)


def _module(source, folder, slug, problems) -> dict:
    module = {"slug": slug}
    for code in LANGUAGES:
        read = _markdown(source, f"{folder}/module.{code}.md", problems, ("title",))
        if read:
            meta, body, _line = read
            module[code] = {"title": str(meta.get("title", "")), "summary": body.strip()}
    module["lessons"] = [
        _lesson(source, folder, name, lesson_slug, problems)
        for _number, lesson_slug, name in _lesson_files(source, folder, problems)
    ]
    if not module["lessons"]:
        problems.add(f"{folder}/", 0, _("the module has no lessons"))
    return module


def read_course(source: CourseSource) -> dict:
    """The course spec, or ``CourseFilesRefused`` with every problem found."""
    problems = Problems()
    spec = _course(source, problems)
    parts = course_parts()
    claimed = {COURSE_FILE, *(f"course.{code}.md" for code in LANGUAGES)}
    claimed |= {path for part in parts for path in source.files if part.claims(path)}
    folders = {}
    for path in sorted(source.files):
        if path in claimed:
            continue
        top, slash, _rest = path.partition("/")
        match = _NUMBERED.match(top)
        if slash and match:
            folders[top] = (int(match[1]), _slug(match[2], top, problems), top)
        else:
            problems.add(path, 0, _("not part of the course format"))
    modules = _numbered(folders.values(), problems)
    spec["modules"] = [_module(source, name, slug, problems) for _number, slug, name in modules]
    if not spec["modules"]:
        problems.add(source.name, 0, _("the course has no module folders (01-module-slug/)"))
    for part in parts:
        part.read(source, spec, problems)
    if problems:
        raise CourseFilesRefused(problems)
    return spec
