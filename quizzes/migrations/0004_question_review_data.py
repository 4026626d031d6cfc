"""Existing questions are live (they were shown to learners as they are); questions go through the same
"Moderators approval" workflow as pages; attempts in progress get the random option tokens their pages now show."""

import secrets

from django.db import migrations

WORKFLOW = "Moderators approval"


def forward(apps, schema_editor):
    Question = apps.get_model("quizzes", "Question")
    Question.objects.update(live=True, has_unpublished_changes=False)

    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is not None:
        content_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model="question")
        WorkflowContentType.objects.get_or_create(content_type=content_type, defaults={"workflow": workflow})

    Attempt = apps.get_model("quizzes", "Attempt")
    for attempt in Attempt.objects.filter(submitted_at__isnull=True).iterator():
        taken = set()

        def tokens(count, taken=taken):
            made = []
            while len(made) < count:
                token = secrets.token_hex(8)
                if token not in taken:
                    taken.add(token)
                    made.append(token)
            return made

        for entry in attempt.draw:
            if "left" in entry and "left_tokens" not in entry:
                entry["left_tokens"] = tokens(len(entry["left"]))
                entry["right_tokens"] = tokens(len(entry["right"]))
            elif "options" in entry and "tokens" not in entry:
                entry["tokens"] = tokens(len(entry["options"]))
        attempt.save(update_fields=["draw"])


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0003_question_review"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
