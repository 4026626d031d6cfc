from django.db import migrations


def forwards(apps, schema_editor):
    """Options and pairs saved outside a form (GIFT import, the demo, scripts) had no sort order, so PostgreSQL could
    return them in any order (false before true; a distractor among the items). Number them as they were written:
    by id, within each question. Frozen here: a migration never imports application code."""
    for name in ("Option", "MatchPair"):
        model = apps.get_model("quizzes", name)
        questions = set(model.objects.filter(sort_order__isnull=True).values_list("question_id", flat=True))
        if not questions:
            continue
        rows = list(model.objects.filter(question_id__in=questions).order_by("question_id", "pk").only("pk", "question_id"))
        number, previous = 0, None
        for row in rows:
            number = number + 1 if row.question_id == previous else 0
            row.sort_order, previous = number, row.question_id
        model.objects.bulk_update(rows, ["sort_order"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [("quizzes", "0006_question_types")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
