"""Editors and reviewers may see and invalidate signatures (translations/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from translations.roles import apply_signature_roles


def grant(apps, schema_editor):
    campaigns = apps.get_app_config("campaigns")
    campaigns.models_module = True
    create_permissions(campaigns, verbosity=0)
    campaigns.models_module = None
    apply_signature_roles(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_roles_and_workflows"),
        ("campaigns", "0005_signature_invalidation_and_exports"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
