"""A lesson's body: Markdown with fenced directives for the blocks Markdown has no syntax for.

Text outside a directive is a Markdown block; a line ``+++`` on its own starts a new one. A directive is a fenced
block whose info string names the block, with its fields as ``key="value"`` pairs::

    ```callout kind=warning title="Content note"
    Markdown text
    ```

    ```case_study title="Oksana's offer" note="Describes deception; no violence"
    The scenario, in Markdown.
    +++ reflection
    Questions for reflection, in Markdown (optional).
    ```

    ```key_terms
    Term
    : Its definition.
    ```

    ```sources
    - Citation <https://example.org/>
    - A citation without an address
    ```

    ```video url="https://www.youtube.com/watch?v=…" title="…"
    The transcript, in Markdown.
    ```

A directive ends at a line holding only its opening fence; a directive whose text contains a code block opens with
a longer fence (four backticks). The Markdown is stored as written and sanitised when it is shown, like every
Markdown block (``content.markdown``).
"""

import re
import shlex
from difflib import get_close_matches

from django.utils.translation import gettext as _

from content.blocks import CALLOUT_KINDS

DIRECTIVES = ("callout", "case_study", "key_terms", "sources", "video")
_OPENING = re.compile(r"^(`{3,})\s*([A-Za-z_-]+)(.*)$")
_FENCE = re.compile(r"^(`{3,}|~{3,})")
_SOURCE = re.compile(r"^-\s+(.*?)(?:\s+<([^<>\s]+)>)?\s*$")
BREAK = "+++"
REFLECTION = "+++ reflection"


def _attributes(raw: str, allowed: tuple, file: str, line: int, problems) -> dict:
    try:
        tokens = shlex.split(raw)
    except ValueError:
        problems.add(file, line, _('a quoted value is not closed with "'))
        return {}
    attributes = {}
    for token in tokens:
        key, equals, value = token.partition("=")
        if not equals or key not in allowed:
            message = _("unknown field “%(field)s”; this block takes %(allowed)s")
            problems.add(file, line, message % {"field": key, "allowed": ", ".join(allowed) or "-"})
        else:
            attributes[key] = value.strip()
    return attributes


def _require(values: dict, names: tuple, kind: str, file: str, line: int, problems) -> None:
    for name in names:
        if not values.get(name):
            problems.add(file, line, _("%(block)s needs %(field)s") % {"block": kind, "field": name})


def _callout(raw, text, file, line, problems):
    attributes = _attributes(raw, ("kind", "title"), file, line, problems)
    kind = attributes.get("kind", "info")
    if kind not in dict(CALLOUT_KINDS):
        message = _("callout kind must be one of %(kinds)s, not “%(kind)s”")
        problems.add(file, line, message % {"kinds": ", ".join(dict(CALLOUT_KINDS)), "kind": kind})
    value = {"kind": kind, "title": attributes.get("title", ""), "text": text.strip()}
    _require(value, ("title", "text"), "callout", file, line, problems)
    return value


def _case_study(raw, text, file, line, problems):
    attributes = _attributes(raw, ("title", "note"), file, line, problems)
    parts = re.split(rf"(?m)^{re.escape(REFLECTION)}[ \t]*$", text, maxsplit=1)
    scenario, reflection = parts[0], (parts[1] if len(parts) > 1 else "")
    value = {
        "title": attributes.get("title", ""),
        "content_note": attributes.get("note", ""),
        "scenario": scenario.strip(),
        "reflection": reflection.strip(),
    }
    required = ("title", "note", "scenario")
    _require({**value, "note": value["content_note"]}, required, "case_study", file, line, problems)
    return value


def _key_terms(raw, text, file, line, problems):
    _attributes(raw, (), file, line, problems)
    terms = []
    for offset, row in enumerate(text.split("\n"), start=1):
        row = row.strip()
        if not row:
            continue
        if row.startswith(":"):
            if not terms or terms[-1]["definition"]:
                problems.add(file, line + offset, _("a definition (': …') must follow its term's line"))
            else:
                terms[-1]["definition"] = row[1:].strip()
        elif terms and not terms[-1]["definition"]:
            message = _("the term “%(term)s” has no definition")
            problems.add(file, line + offset - 1, message % {"term": terms[-1]["term"]})
            terms[-1]["term"] = row
        else:
            terms.append({"term": row, "definition": ""})
    if terms and not terms[-1]["definition"]:
        problems.add(file, line, _("the term “%(term)s” has no definition") % {"term": terms[-1]["term"]})
    if not terms:
        problems.add(file, line, _("key_terms lists no terms"))
    return terms


def _sources(raw, text, file, line, problems):
    _attributes(raw, (), file, line, problems)
    sources = []
    for offset, row in enumerate(text.split("\n"), start=1):
        if not row.strip():
            continue
        match = _SOURCE.match(row.strip())
        if not match:
            problems.add(file, line + offset, _("a source is a line '- citation <https://address>'"))
            continue
        url = match[2] or ""
        if url and not url.startswith(("https://", "http://")):
            problems.add(file, line + offset, _("a source's address must start with https:// or http://"))
        sources.append({"citation": match[1], "url": url})
    if not sources:
        problems.add(file, line, _("sources lists no sources"))
    return sources


def _video(raw, text, file, line, problems):
    attributes = _attributes(raw, ("url", "title"), file, line, problems)
    value = {"video": attributes.get("url", ""), "title": attributes.get("title", ""), "transcript": text.strip()}
    _require({**value, "url": value["video"]}, ("url", "title", "transcript"), "video", file, line, problems)
    return value


_READERS = {
    "callout": _callout,
    "case_study": _case_study,
    "key_terms": _key_terms,
    "sources": _sources,
    "video": _video,
}


def parse_body(text: str, file: str, first_line: int, problems, block_lines=None) -> list[tuple[str, object]]:
    """The blocks of a lesson body as (block type, value) pairs, in the StreamField's raw shape. ``block_lines``,
    if given, receives the line where each block starts."""
    blocks: list[tuple[str, object]] = []
    markdown: list[tuple[int, str]] = []
    lines = text.split("\n")
    block_lines = [] if block_lines is None else block_lines

    def flush():
        content = "\n".join(row for _number, row in markdown).strip()
        if content:
            blocks.append(("markdown", content))
            block_lines.append(next(number for number, row in markdown if row.strip()))
        markdown.clear()

    index = 0
    code_fence = None  # inside a plain Markdown code block: directives are text there
    while index < len(lines):
        row = lines[index]
        number = first_line + index
        opening = _OPENING.match(row.rstrip())
        if code_fence is None and opening and opening[2] in DIRECTIVES:
            fence, kind, raw = opening.groups()
            end = next((i for i in range(index + 1, len(lines)) if lines[i].rstrip() == fence), None)
            if end is None:
                message = _("the %(block)s block is never closed with %(fence)s")
                problems.add(file, number, message % {"block": kind, "fence": fence})
                return blocks
            flush()
            content = "\n".join(lines[index + 1 : end])
            blocks.append((kind, _READERS[kind](raw, content, file, number, problems)))
            block_lines.append(number)
            index = end + 1
            continue
        if code_fence is None and opening and get_close_matches(opening[2].lower(), DIRECTIVES, n=1, cutoff=0.75):
            message = _("unknown block “%(block)s”; blocks: %(known)s")
            problems.add(file, number, message % {"block": opening[2], "known": ", ".join(DIRECTIVES)})
        fence = _FENCE.match(row.strip())
        if fence and (code_fence is None or row.strip() == code_fence):
            code_fence = fence[1] if code_fence is None else None
        if code_fence is None and row.strip() == BREAK:
            flush()
        else:
            markdown.append((number, row))
        index += 1
    flush()
    return blocks


# --- writing ------------------------------------------------------------------------------------------------------


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _directive(kind: str, attributes: dict, content: str) -> str:
    fence = "```"
    while any(line.startswith(fence) for line in content.split("\n")):
        fence += "`"
    head = " ".join([f"{fence}{kind}", *(f"{key}={_quote(value)}" for key, value in attributes.items())])
    return f"{head}\n{content}\n{fence}" if content else f"{head}\n{fence}"


def write_block(kind: str, value) -> str:
    if kind == "markdown":
        return value.strip()
    if kind == "callout":
        return _directive(kind, {"kind": value["kind"], "title": value["title"]}, value["text"].strip())
    if kind == "case_study":
        content = value["scenario"].strip()
        if value.get("reflection", "").strip():
            content += f"\n{REFLECTION}\n" + value["reflection"].strip()
        return _directive(kind, {"title": value["title"], "note": value["content_note"]}, content)
    if kind == "key_terms":
        rows = [f"{term['term']}\n: {term['definition']}" for term in value]
        return _directive(kind, {}, "\n\n".join(rows))
    if kind == "sources":
        rows = [f"- {source['citation']}" + (f" <{source['url']}>" if source.get("url") else "") for source in value]
        return _directive(kind, {}, "\n".join(rows))
    if kind == "video":
        return _directive(kind, {"url": value["video"], "title": value["title"]}, value["transcript"].strip())
    raise ValueError(f"a {kind} block cannot be written to a course file")


def write_body(blocks) -> str:
    chunks = []
    previous = None
    for kind, value in blocks:
        if kind == previous == "markdown":
            chunks.append(BREAK)
        chunks.append(write_block(kind, value))
        previous = kind
    return "\n\n".join(chunks) + "\n"
