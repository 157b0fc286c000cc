"""Who writes, approves and schedules social posts, and the scheduler's service user
(translations/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from translations.roles import apply_social_roles


def grant(apps, schema_editor):
    campaigns = apps.get_app_config("campaigns")
    campaigns.models_module = True
    create_permissions(campaigns, verbosity=0)
    campaigns.models_module = None
    apply_social_roles(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0002_signature_roles"),
        ("campaigns", "0006_social_post_workflow"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
