"""One-off: write the demo curriculum, once Python specs (``courses/demo/*.py`` before issue #15), as course folders
(``courses/demo/<slug>/``, the format of ``docs/course-format.md``), and check that reading them back gives the same
specs. Kept for the record; the folders are the source now.

    .venv/bin/python scripts/convert_demo_to_files.py OLD_DEMO_PACKAGE_DIR [OUT_DIR]
"""

import importlib.util
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.dev")

import django  # noqa: E402

django.setup()

from courses.course_files import read_course, source_from_folder  # noqa: E402
from courses.course_files.body import write_body  # noqa: E402
from courses.course_files.frontmatter import dump_mapping, with_front_matter  # noqa: E402
from quizzes.formats.base import MATCHING, MULTIPLE, TRUE_FALSE, ParsedOption, ParsedPair, ParsedQuestion  # noqa: E402
from quizzes.formats.gift import export_gift  # noqa: E402

SOURCE_LABEL = {"uk": "Джерело:", "en": "Source:"}


def old_courses(package_dir: Path) -> list[dict]:
    spec = importlib.util.spec_from_file_location(
        "old_demo", package_dir / "__init__.py", submodule_search_locations=[str(package_dir)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_demo"] = module
    spec.loader.exec_module(module)
    return module.COURSES


def _parsed(question: dict, code: str) -> ParsedQuestion:
    text = question[code]
    options = []
    if question["type"] == TRUE_FALSE:
        for label, option in zip(("True", "False"), text["options"], strict=True):
            options.append(ParsedOption(label, 1.0 if option["correct"] else 0.0, option["feedback"]))
    elif question["type"] != MATCHING:
        right = sum(1 for option in text["options"] if option["correct"])
        for option in text["options"]:
            if question["type"] == MULTIPLE:
                weight = 1 / right if option["correct"] else -1 / right
            else:
                weight = 1.0 if option["correct"] else 0.0
            options.append(ParsedOption(option["text"], weight, option["feedback"]))
    feedback = text["explanation"]
    if text["source"]:
        feedback = f"{feedback}\n\n{SOURCE_LABEL[code]} {text['source']}".strip()
    return ParsedQuestion(
        line=0,
        type=question["type"],
        name="q",
        stem=text["stem"],
        category=question["module"],
        options=options,
        pairs=[ParsedPair(pair["left"], pair["right"]) for pair in text["pairs"]],
        general_feedback=feedback,
    )


def write_gift(questions: list[dict], code: str) -> str:
    chunks = []
    category = None
    for question in questions:
        if question["module"] != category:
            category = question["module"]
            chunks.append(f"$CATEGORY: {category}")
        meta = []
        if question["tags"]:
            meta.append(f"// tags: {', '.join(question['tags'])}")
        scenario = question[code]["scenario"]
        if scenario:
            first, *rest = scenario.split("\n")
            meta.append(f"// scenario: {first}")
            meta.extend(f"//| {line}".rstrip() for line in rest)
        written = export_gift([_parsed(question, code)]).split("\n\n", 1)[1].strip()
        # GIFT escapes ':' because '::' opens a title; only the start of a question can hold one.
        written = re.sub(r"^::q::", "", written).replace("\\:", ":")
        chunks.append("\n".join([*meta, written]))
    return "\n\n".join(chunks) + "\n"


def write_course(course: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shared = {
        "slug": course["slug"],
        "section": course["section"],
        "audiences": course["audiences"],
        "hours": course["estimated_hours"],
    }
    (folder / "course.yaml").write_text(dump_mapping(shared))
    for code in ("uk", "en"):
        text = course[code]
        meta = {"title": text["title"], "objectives": text["objectives"]}
        (folder / f"course.{code}.md").write_text(with_front_matter(meta, text["summary"]))
        (folder / f"questions.{code}.gift").write_text(write_gift(course["questions"], code))
    for number, module in enumerate(course["modules"], start=1):
        module_folder = folder / f"{number:02d}-{module['slug']}"
        module_folder.mkdir(exist_ok=True)
        for code in ("uk", "en"):
            meta = {"title": module[code]["title"]}
            (module_folder / f"module.{code}.md").write_text(with_front_matter(meta, module[code]["summary"]))
        for lesson_number, lesson in enumerate(module["lessons"], start=1):
            for code in ("uk", "en"):
                text = lesson[code]
                meta = {"title": text["title"], "objective": text["objective"], "minutes": lesson["minutes"]}
                path = module_folder / f"{lesson_number:02d}-{lesson['slug']}.{code}.md"
                path.write_text(with_front_matter(meta, write_body(text["body"])))


def _plain(value):
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def main() -> None:
    package_dir = Path(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("courses/demo")
    for course in old_courses(package_dir):
        folder = out / course["slug"]
        write_course(course, folder)
        back = read_course(source_from_folder(folder))
        same = _plain(back) == _plain(course)
        print(f"{course['slug']}: {'same spec' if same else 'DIFFERENT'}")
        if not same:
            for key in course:
                if _plain(back.get(key)) != _plain(course[key]):
                    print("  differs:", key)


if __name__ == "__main__":
    main()
