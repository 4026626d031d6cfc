"""The question bank of a course folder: ``questions.uk.gift`` and ``questions.en.gift``, read and saved as a part
of the course (``courses.course_files.parts``).

GIFT has no place for what the platform keeps beside a question, so a course file adds three conventions (see
``docs/course-format.md``): ``$CATEGORY: module-slug`` names the module a question practises; comment lines right
before a question give its tags and scenario::

    // tags: recruitment, online
    // scenario: Dana, 16, gets a message from an account she does not know …
    //| a further line of the scenario (a ``//|`` line alone is an empty line)

and the source is the last paragraph of the general feedback, ``Source: …`` (``Джерело: …`` in Ukrainian), as
``quizzes.importing`` reads and writes it. The n-th question of each language file is the same question.
"""

import re

from django.utils.text import slugify
from django.utils.translation import gettext as _

from courses.course_files import LANGUAGES, CoursePart, course_part

from .demo_loader import load_quizzes
from .formats.base import MULTIPLE, TRUE_FALSE
from .importing import parse, split_source
from .types.true_false import LABELS as TRUE_FALSE_LABELS

FILE = "questions.{code}.gift"
_META = re.compile(r"^//\s*(tags|scenario)\s*:\s?(.*)$")
_MORE = re.compile(r"^//\|\s?(.*)$")


def read_metadata(text: str, file: str, problems) -> dict[int, dict]:
    """Tags and scenario by the line where their question starts."""
    found: dict[int, dict] = {}
    pending: dict = {}
    last_key = None
    in_question = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        meta, more = _META.match(line), _MORE.match(line)
        if meta:
            pending[meta[1]] = meta[2].strip()
            last_key = meta[1]
        elif more:
            if last_key is None:
                problems.add(file, number, _("a '//|' line continues a '// scenario:' line before it"))
            else:
                pending[last_key] += "\n" + more[1].rstrip()
        elif line.startswith("//"):
            continue
        elif not line:
            in_question = False
        elif line.startswith("$CATEGORY:") and not in_question:
            continue
        else:
            if pending and in_question:
                problems.add(file, number, _("'// tags:' and '// scenario:' lines go right before a question"))
            elif pending:
                found[number] = pending
            pending, last_key, in_question = {}, None, True
    return found


def _weights_match_correctness(qtype: str, weights: list[float]) -> bool:
    """Whether GIFT's weights say no more than which options are right (the platform then derives the marks)."""
    right = [weight for weight in weights if weight > 0]
    if not right:
        return False
    share = 1 / len(right)
    derived = [share if weight > 0 else -share for weight in weights]
    if qtype != MULTIPLE:
        return all(abs(max(0.0, a) - (1.0 if b > 0 else 0.0)) < 1e-4 for a, b in zip(weights, derived, strict=True))
    return all(abs(a - b) < 1e-4 for a, b in zip(weights, derived, strict=True))


def _language_text(parsed, meta: dict, code: str) -> dict:
    explanation, source = split_source(parsed.general_feedback)
    explicit = not _weights_match_correctness(parsed.type, [option.weight for option in parsed.options])
    options = []
    for option in parsed.options:
        text = option.text
        if parsed.type == TRUE_FALSE:
            text = TRUE_FALSE_LABELS.get(code, TRUE_FALSE_LABELS["en"])[0 if option.text.lower() == "true" else 1]
        entry = {"text": text, "correct": option.weight > 0, "feedback": option.feedback}
        if explicit and parsed.type != TRUE_FALSE:
            entry["weight"] = round(option.weight * 100, 4)
        options.append(entry)
    return {
        "stem": parsed.stem,
        "scenario": meta.get("scenario", "").strip(),
        "explanation": explanation,
        "source": source,
        "pairs": [{"left": pair.left, "right": pair.right} for pair in parsed.pairs],
        "options": options,
    }


def _read_file(source, code: str, modules: set, problems):
    path = FILE.format(code=code)
    text = source.text(path, problems)
    if text is None:
        return None
    result = parse(text, "gift")
    for problem in result.errors:
        problems.add(path, problem.line, f"{problem.name}: {problem.reason}")
    for problem in result.skipped:
        problems.add(path, problem.line, _("%(name)s: not supported in a course: %(reason)s") % vars(problem))
    metadata = read_metadata(text, path, problems)
    lines = text.split("\n")
    questions = []
    for parsed in result.questions:
        meta = metadata.get(parsed.line, {})
        category = slugify(parsed.category.rstrip("/").split("/")[-1], allow_unicode=True) if parsed.category else ""
        if category not in modules:
            message = _("the question's $CATEGORY “%(category)s” is not a module of the course (%(modules)s)")
            problems.add(path, parsed.line, message % {"category": category, "modules": ", ".join(sorted(modules))})
        titled = lines[parsed.line - 1].strip().startswith("::")
        questions.append(
            {
                "line": parsed.line,
                "type": parsed.type,
                "module": category,
                "tags": [tag.strip() for tag in meta.get("tags", "").split(",") if tag.strip()],
                "name": parsed.name if titled else "",
                "text": _language_text(parsed, meta, code),
            }
        )
    return questions


def _shape(question) -> tuple:
    text = question["text"]
    return (
        question["type"],
        question["module"],
        tuple(question["tags"]),
        tuple(option["correct"] for option in text["options"]),
        len(text["pairs"]),
    )


def read_questions(source, spec: dict, problems) -> None:
    present = [code for code in LANGUAGES if FILE.format(code=code) in source.files]
    spec["questions"] = []
    for path in source.files:
        if re.fullmatch(r"questions\.[^/]*\.gift", path) and path not in {FILE.format(code=code) for code in LANGUAGES}:
            message = _("not part of the course format: the question banks are %(files)s")
            problems.add(path, 0, message % {"files": ", ".join(FILE.format(code=code) for code in LANGUAGES)})
    if not present:
        return
    for code in LANGUAGES:
        if code not in present:
            problems.add(FILE.format(code=code), 0, _("missing: the question bank needs one file per language"))
    modules = {module["slug"] for module in spec.get("modules", [])}
    by_language = {code: _read_file(source, code, modules, problems) for code in present}
    if len(present) < len(LANGUAGES) or any(questions is None for questions in by_language.values()):
        return
    original = by_language[LANGUAGES[0]]
    for code in LANGUAGES[1:]:
        path = FILE.format(code=code)
        if len(by_language[code]) != len(original):
            message = _(
                "%(count)s questions, but %(original)s in the %(code)s file: the files pair question by question"
            )
            problems.add(
                path, 0, message % {"count": len(by_language[code]), "original": len(original), "code": LANGUAGES[0]}
            )
            return
        for first, other in zip(original, by_language[code], strict=True):
            if _shape(first) != _shape(other):
                message = _(
                    "not the same question as line %(line)s of the %(code)s file (type, module, tags or answers differ)"
                )
                problems.add(path, other["line"], message % {"line": first["line"], "code": LANGUAGES[0]})
    for index, first in enumerate(original):
        question = {"type": first["type"], "tags": first["tags"], "module": first["module"]}
        name = by_language["en"][index]["name"] if "en" in by_language else first["name"]
        if name:
            question["name"] = name
        for code in LANGUAGES:
            question[code] = by_language[code][index]["text"]
        spec["questions"].append(question)


def save_questions(spec: dict, course, *, live: bool, user=None) -> None:
    if spec.get("questions"):
        load_quizzes(spec, course, live=live, user=user)


course_part(CoursePart(name="questions", patterns=("questions.*.gift",), read=read_questions, save=save_questions))
