from django.db import migrations

from courses.audiences import load_audiences


def forwards(apps, schema_editor):
    load_audiences(apps.get_model("courses", "Audience"))


class Migration(migrations.Migration):
    dependencies = [("courses", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
