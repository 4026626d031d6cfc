from django.contrib.auth.models import Permission

# Educators write questions and import banks; moderators too. Deleting a question is left to moderators.
AUTHORING = ["add_question", "change_question", "view_question", "view_questionbank"]
MODERATION = AUTHORING + ["delete_question", "add_questionbank", "change_questionbank"]


def grant_question_permissions(group, codenames) -> None:
    for codename in codenames:
        group.permissions.add(Permission.objects.get(content_type__app_label="quizzes", codename=codename))
