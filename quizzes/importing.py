"""Importing and exporting question banks (GIFT, Aiken). The parsers in ``formats`` read text; this module
decides what is stored, all or nothing."""

from collections import Counter
from decimal import Decimal

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .formats.aiken import parse_aiken
from .formats.base import ParsedQuestion, ParseResult
from .formats.gift import export_gift, parse_gift
from .models import MatchPair, Option, Question, QuestionBank
from .types import registry

FORMATS = {"gift": _("Moodle GIFT"), "aiken": _("Aiken")}
MAX_FILE_BYTES = 2 * 1024 * 1024


class ImportRefused(Exception):
    pass


def decode_upload(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(_("The file is larger than 2 MB."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(_("The file is not UTF-8 text. Save it as UTF-8 and try again.")) from None


def parse(text: str, fmt: str) -> ParseResult:
    if fmt == "gift":
        return parse_gift(text)
    if fmt == "aiken":
        return parse_aiken(text)
    raise ImportRefused(_("Unknown format."))


def count_by_type(result: ParseResult) -> dict[str, int]:
    return dict(Counter(question.type for question in result.questions))


# GIFT has no field for a citation: the source travels as the last paragraph of the general feedback, so a bank
# exported and imported again keeps it.
SOURCE_PREFIXES = ("Source:", "Джерело:")


def split_source(feedback: str) -> tuple[str, str]:
    """(explanation, source) from GIFT general feedback whose last paragraph may be "Source: ..."."""
    body, _sep, last = feedback.strip().rpartition("\n\n")
    for prefix in SOURCE_PREFIXES:
        if last.startswith(prefix):
            return body.strip(), last[len(prefix) :].strip()[:500]
    return feedback, ""


def join_source(explanation: str, source: str) -> str:
    return f"{explanation}\n\n{SOURCE_PREFIXES[0]} {source}".strip() if source else explanation


@transaction.atomic
def questions_import(*, result: ParseResult, bank: QuestionBank, locale: Locale, live: bool = True) -> dict[str, int]:
    """Store every parsed question in ``bank``; refuse the whole file if any question is malformed. With
    ``live=False`` (an author without the right to publish) the questions are drafts until a moderator publishes
    them, so quizzes do not draw them yet."""
    if not result.ok:
        raise ImportRefused(_("The file has errors; nothing was imported."))
    for parsed in result.questions:
        explanation, source = split_source(parsed.general_feedback)
        question = Question(
            bank=bank,
            locale=locale,
            qtype=parsed.type,
            name=parsed.name[:200] or parsed.stem[:200],
            category=_category_slug(parsed.category),
            stem=parsed.stem,
            explanation=explanation,
            source=source,
            live=live,
            has_unpublished_changes=not live,
        )
        options, pairs = registry.get(parsed.type).imported(parsed, locale.language_code)
        question.options = [
            Option(
                text=option.text[:500],
                is_correct=option.weight > 0,
                weight=Decimal(str(round(option.weight * 100, 4))),
                feedback=option.feedback,
                sort_order=index,
            )
            for index, option in enumerate(options)
        ]
        # The file's order is the order (true before false; a matching's distractors last): modelcluster numbers
        # children only through a form, and rows without a sort order come back in any order on PostgreSQL.
        question.pairs = [
            MatchPair(left=pair.left[:300], right=pair.right[:300], sort_order=number)
            for number, pair in enumerate(pairs)
        ]
        question.full_clean(exclude=["translation_key"])
        question.save()
    return count_by_type(result)


def _category_slug(category: str) -> str:
    # "$course$/top/Indicators" → "indicators": the last part names the category.
    return slugify(category.rstrip("/").split("/")[-1], allow_unicode=True)[:100] if category else ""


def bank_export(*, bank: QuestionBank, locale: Locale | None = None) -> str:
    questions = bank.questions.prefetch_related("options", "pairs").order_by("category", "pk")
    if locale is not None:
        questions = questions.filter(locale=locale)
    parsed = []
    for question in questions:
        options, pairs = registry.get(question.qtype).exported(question)
        parsed.append(
            ParsedQuestion(
                line=0,
                type=question.qtype,
                name=question.name,
                stem=question.stem if not question.scenario else f"{question.scenario}\n\n{question.stem}",
                category=question.category,
                options=options,
                pairs=pairs,
                general_feedback=join_source(question.explanation, question.source),
            )
        )
    return export_gift(parsed)
