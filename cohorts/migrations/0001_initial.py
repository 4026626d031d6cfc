"""The cohorts move here from the reports (issue #15): their tables stay as they are, only Django's record of which
app owns them changes. This migration adds the models to the cohorts' state over the existing ``reports_*`` tables
(nothing is run on the database); reports 0007 then drops them from the reports' state, and 0002 here renames the
tables and indexes to the cohorts' names. A fresh database runs the reports' migrations first, so it goes the same
way."""

import cohorts.models
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('accounts', '0003_session_generation'),
        ('reports', '0006_enrolment_summary'),
        ('courses', '0008_remove_enrollment_summary'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Cohort',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=150, verbose_name='name')),
                        ('starts_on', models.DateField(blank=True, null=True, verbose_name='starts')),
                        ('ends_on', models.DateField(blank=True, null=True, verbose_name='ends')),
                        ('deadline', models.DateField(blank=True, null=True, verbose_name='deadline for completion')),
                        ('invite_code', models.CharField(default=cohorts.models.new_invite_code, max_length=12, unique=True, verbose_name='invite code')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('courses', models.ManyToManyField(related_name='cohorts', to='courses.coursepage', verbose_name='courses')),
                        ('region', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, to='accounts.region', verbose_name='region')),
                        ('trainer', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='cohorts_led', to=settings.AUTH_USER_MODEL, verbose_name='trainer')),
                    ],
                    options={
                        'verbose_name': 'cohort',
                        'verbose_name_plural': 'cohorts',
                        'ordering': ['-created_at'],
                        'db_table': 'reports_cohort',
                    },
                ),
                migrations.CreateModel(
                    name='Invitation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('email', models.EmailField(max_length=254, verbose_name='email address')),
                        ('token', models.CharField(default=cohorts.models.new_invitation_token, max_length=64, unique=True)),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('accepted_at', models.DateTimeField(blank=True, null=True)),
                        ('declined_at', models.DateTimeField(blank=True, null=True)),
                        ('cohort', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='invitations', to='cohorts.cohort')),
                        ('user', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='cohort_invitations', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'verbose_name': 'invitation',
                        'verbose_name_plural': 'invitations',
                        'db_table': 'reports_invitation',
                        'indexes': [models.Index(fields=['user', 'cohort'], name='reports_inv_user_id_96842e_idx')],
                        'constraints': [models.UniqueConstraint(fields=('cohort', 'email'), name='one_invitation_per_cohort_email')],
                    },
                ),
                migrations.CreateModel(
                    name='Membership',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('joined_at', models.DateTimeField(auto_now_add=True)),
                        ('cohort', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='memberships', to='cohorts.cohort')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='cohort_memberships', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'reports_membership',
                        'indexes': [models.Index(fields=['user', 'cohort'], name='reports_mem_user_id_53a969_idx')],
                        'constraints': [models.UniqueConstraint(fields=('cohort', 'user'), name='one_membership_per_cohort')],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
