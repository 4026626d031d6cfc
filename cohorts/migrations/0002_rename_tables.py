"""The cohorts' tables and indexes take the cohorts' names (the rows stay; the many-to-many table of a cohort's
courses is renamed with its cohort table)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("cohorts", "0001_initial"),
        ("reports", "0007_cohorts_moved"),
    ]

    operations = [
        migrations.AlterModelTable(name="cohort", table=None),
        migrations.AlterModelTable(name="membership", table=None),
        migrations.AlterModelTable(name="invitation", table=None),
        migrations.RenameIndex(
            model_name="membership", new_name="cohorts_mem_user_id_97b10a_idx", old_name="reports_mem_user_id_53a969_idx"
        ),
        migrations.RenameIndex(
            model_name="invitation", new_name="cohorts_inv_user_id_cf8346_idx", old_name="reports_inv_user_id_96842e_idx"
        ),
    ]
