from django.db import migrations

# Frozen here (a migration never imports live code): the audiences as ``courses/audiences.py`` listed them.
AUDIENCES = [
    ("nrm-social", "Соціальні служби та суб'єкти НМВ", "NRM stakeholders and social services"),
    ("justice", "Судді та прокурори", "Judges and prosecutors"),
    ("border-police", "Прикордонники та поліція", "Border guards and police"),
    ("schools", "Вчителі та школи", "Teachers and schools"),
    ("medical", "Медичні працівники", "Medical staff"),
    ("ngo", "Громадські організації", "NGOs"),
]


def forwards(apps, schema_editor):
    Audience = apps.get_model("courses", "Audience")
    for order, (slug, name_uk, name_en) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(slug=slug, defaults={"name_uk": name_uk, "name_en": name_en, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
