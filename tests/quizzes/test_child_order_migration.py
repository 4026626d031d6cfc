"""Options and pairs stored before they were numbered get the order they were written in."""

import importlib

import pytest

from django.apps import apps

from quizzes.models import MatchPair, Option, QuestionBank
from tests.factories import make_course, make_question

pytestmark = pytest.mark.django_db

migration = importlib.import_module("quizzes.migrations.0007_number_question_children")


def test_unnumbered_options_and_pairs_are_numbered_in_the_order_they_were_written(site):
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    choice = make_question(bank, right=("A",), wrong=("B", "C"))
    matching = make_question(bank, qtype="matching", right=(), wrong=(), pairs=[("1", "one"), ("2", "two"), ("", "x")])
    Option.objects.update(sort_order=None)
    MatchPair.objects.update(sort_order=None)

    migration.forwards(apps, None)

    options = Option.objects.filter(question=choice).order_by("pk")
    assert [(option.text, option.sort_order) for option in options] == [("A", 0), ("B", 1), ("C", 2)]
    pairs = MatchPair.objects.filter(question=matching).order_by("pk")
    assert [(pair.right, pair.sort_order) for pair in pairs] == [("one", 0), ("two", 1), ("x", 2)]
