"""Cohorts, memberships and invitations now belong to the cohorts app (cohorts 0001 took them over with their
tables): drop them from the reports' state only, and point the export's cohort at the cohorts' model. Nothing runs on
the database; the tables and their rows stay."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cohorts', '0001_initial'),
        ('reports', '0006_enrolment_summary'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='invitation',
                    name='cohort',
                ),
                migrations.AlterField(
                    model_name='export',
                    name='cohort',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='exports', to='cohorts.cohort'),
                ),
                migrations.RemoveField(
                    model_name='membership',
                    name='cohort',
                ),
                migrations.RemoveField(
                    model_name='invitation',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='membership',
                    name='user',
                ),
                migrations.DeleteModel(
                    name='Cohort',
                ),
                migrations.DeleteModel(
                    name='Invitation',
                ),
                migrations.DeleteModel(
                    name='Membership',
                ),
            ],
            database_operations=[],
        ),
    ]
