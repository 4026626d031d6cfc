"""Append-only in the database too, on PostgreSQL (production): raw SQL, a second app sharing the database, or an
injected query cannot rewrite or erase the trail. The ORM already refuses (audit/models.py); these triggers refuse
what bypasses it.

- An entry's row may change only by losing its actor or subject to NULL: that is ON DELETE SET NULL when an
  account is deleted. Any other change is refused.
- Rows are deleted only in a transaction that said ``SET LOCAL audit.maintenance = 'on'``: the retention prune
  (``audit.trail.entries_prune``).
"""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION audit_entry_refuse_change() RETURNS trigger AS $$
BEGIN
    IF current_setting('audit.maintenance', true) = 'on' THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor_email = OLD.actor_email
            AND NEW.action = OLD.action AND NEW.details = OLD.details AND NEW.national = OLD.national
            AND NEW.ip IS NOT DISTINCT FROM OLD.ip
            AND (NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id OR NEW.actor_id IS NULL)
            AND (NEW.subject_id IS NOT DISTINCT FROM OLD.subject_id OR NEW.subject_id IS NULL) THEN
            RETURN NEW;  -- an account was deleted: the entry keeps its e-mail snapshot
        END IF;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION audit_scope_refuse_change() RETURNS trigger AS $$
BEGIN
    IF current_setting('audit.maintenance', true) = 'on' THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only (% on %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_auditentry_append_only BEFORE UPDATE OR DELETE ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();
CREATE TRIGGER audit_entrycohort_append_only BEFORE UPDATE OR DELETE ON audit_entrycohort
    FOR EACH ROW EXECUTE FUNCTION audit_scope_refuse_change();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS audit_auditentry_append_only ON audit_auditentry;
DROP TRIGGER IF EXISTS audit_entrycohort_append_only ON audit_entrycohort;
DROP FUNCTION IF EXISTS audit_entry_refuse_change();
DROP FUNCTION IF EXISTS audit_scope_refuse_change();
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD, params=None)  # "%" in RAISE is not a placeholder


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_scope_and_view_only")]

    operations = [migrations.RunPython(forward, backward)]
