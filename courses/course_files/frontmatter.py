"""Front matter and ``course.yaml``: a small, strict subset of YAML, read by hand (no YAML library needed).

    key: value                  text to the end of the line; "double quotes" for JSON-style escapes
    key: 4                      numbers are text until the reader asks for a number
    key: [one, two]             a short list
    key:                        a longer list, one item a line
      - first item
      - second item
    # a comment line

A Markdown file starts with its front matter between two ``---`` lines; the rest of the file is its body.
"""

import json

from django.utils.translation import gettext as _

FENCE = "---"


class Value(str):
    """A text value that remembers its line."""

    line: int = 0


def _text(raw: str, line: int, file: str, problems) -> str:
    raw = raw.strip()
    if raw.startswith('"'):
        try:
            value = json.loads(raw)
        except ValueError:
            problems.add(file, line, _('a quoted value must end with a closing " (write \\" for a quote inside)'))
            return raw
        if isinstance(value, str):
            return value
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw


def _value(text: str, line: int):
    value = Value(text)
    value.line = line
    return value


def parse_mapping(lines: list[tuple[int, str]], file: str, problems) -> dict:
    """``key → Value`` or ``key → list[Value]``; problems for lines that are not ``key: value`` or list items."""
    mapping: dict = {}
    current_list = None
    for number, raw in lines:
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") or stripped == "-":
            if current_list is None:
                problems.add(file, number, _("a list item ('- ') must follow a line 'key:' with nothing after it"))
            else:
                current_list.append(_value(_text(stripped[1:], number, file, problems), number))
            continue
        key, colon, rest = stripped.partition(":")
        key = key.strip()
        if not colon or not key or " " in key:
            problems.add(file, number, _("expected 'key: value', found “%(line)s”") % {"line": stripped[:60]})
            current_list = None
            continue
        if key in mapping:
            problems.add(file, number, _("“%(key)s” is given twice") % {"key": key})
        rest = rest.strip()
        if not rest:
            current_list = mapping[key] = _List([], number)
        elif rest.startswith("[") and rest.endswith("]"):
            items = [item for item in rest[1:-1].split(",") if item.strip()]
            mapping[key] = _List([_value(_text(item, number, file, problems), number) for item in items], number)
            current_list = None
        else:
            mapping[key] = _value(_text(rest, number, file, problems), number)
            current_list = None
    return mapping


class _List(list):
    def __init__(self, items, line: int):
        super().__init__(items)
        self.line = line


def split_front_matter(text: str, file: str, problems) -> tuple[dict, str, int]:
    """(front matter, body, line number of the body's first line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        problems.add(file, 1, _("the file must start with front matter between two '---' lines"))
        return {}, text, 1
    for index in range(1, len(lines)):
        if lines[index].strip() == FENCE:
            meta = parse_mapping([(number, lines[number - 1]) for number in range(2, index + 1)], file, problems)
            return meta, "\n".join(lines[index + 1 :]), index + 2
    problems.add(file, 1, _("the front matter opened with '---' is never closed with '---'"))
    return {}, "", len(lines)


def check_keys(meta: dict, required: tuple, optional: tuple, file: str, problems) -> None:
    for key in required:
        value = meta.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.add(file, getattr(value, "line", 1) or 1, _("“%(key)s:” is missing or empty") % {"key": key})
    for key, value in meta.items():
        if key not in required + optional:
            problems.add(file, value.line, _("unknown key “%(key)s”") % {"key": key})


def read_number(meta: dict, key: str, file: str, problems, *, minimum: float, maximum: float) -> float | None:
    value = meta.get(key)
    if value is None:
        return None
    try:
        result = float(value) if "." in value else int(value)
    except (TypeError, ValueError):
        problems.add(file, value.line, _("“%(key)s” must be a number") % {"key": key})
        return None
    if not minimum <= result <= maximum:
        message = _("“%(key)s” must be between %(min)s and %(max)s")
        problems.add(file, value.line, message % {"key": key, "min": minimum, "max": maximum})
    return result


# --- writing (the demo converter and exports) ----------------------------------------------------------------------


def _quoted(value) -> str:
    text = str(value)
    if not text or text != text.strip() or text[0] in "\"'[-#" or "\n" in text:
        return json.dumps(text, ensure_ascii=False)
    return text


def dump_mapping(mapping: dict) -> str:
    lines = []
    for key, value in mapping.items():
        if isinstance(value, list | tuple):
            lines.append(f"{key}:")
            lines.extend(f"  - {_quoted(item)}" for item in value)
        else:
            lines.append(f"{key}: {_quoted(value)}")
    return "\n".join(lines) + "\n"


def with_front_matter(mapping: dict, body: str) -> str:
    body = body.strip()
    return f"{FENCE}\n{dump_mapping(mapping)}{FENCE}\n" + (f"\n{body}\n" if body else "")
