from django.db import migrations

from accounts.reference_data import create_role_groups, load_regions


def forwards(apps, schema_editor):
    load_regions(apps.get_model("accounts", "Region"))
    create_role_groups(apps.get_model("auth", "Group"))


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
