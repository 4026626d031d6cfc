"""The question types. Every module of ``quizzes.types`` (besides this one and ``base``) defines one type and
registers it with ``@register``; they are found here, so adding a type is adding its module, its template and its
tests."""

import importlib
import pkgutil

from . import __path__ as _package_path
from .base import QuestionType

_types: dict[str, QuestionType] = {}


def register(cls):
    _types[cls.code] = cls()
    return cls


def get(code: str) -> QuestionType:
    try:
        return _types[code]
    except KeyError:
        raise LookupError(f"unknown question type {code!r}") from None


def all_types() -> list[QuestionType]:
    return sorted(_types.values(), key=lambda qtype: (qtype.order, qtype.code))


def choices() -> list[tuple[str, str]]:
    return [(qtype.code, qtype.label) for qtype in all_types()]


def codes() -> tuple[str, ...]:
    return tuple(qtype.code for qtype in all_types())


def for_entry(entry: dict, question=None) -> QuestionType:
    """The type of a draw entry. Every draw stores it; the question's type or the entry's shape is the fallback."""
    code = entry.get("type") or ("matching" if "left" in entry else getattr(question, "qtype", "single"))
    return get(code)


def gift_readers() -> list[QuestionType]:
    return sorted(
        (qtype for qtype in _types.values() if qtype.gift_priority is not None), key=lambda t: t.gift_priority
    )


def settings_fields() -> dict:
    """Every type's per-question options, by name (names are unique across types)."""
    fields = {}
    for qtype in all_types():
        fields.update(qtype.settings_fields)
    return fields


for _module in pkgutil.iter_modules(_package_path):
    if _module.name not in ("base", "registry"):
        importlib.import_module(f"{__package__}.{_module.name}")
