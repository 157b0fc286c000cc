"""Who moderates contributions to consultations (translations/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from translations.roles import apply_contribution_roles


def grant(apps, schema_editor):
    # The consultations app's permissions are made after every migration has run.
    consultations = apps.get_app_config("consultations")
    consultations.models_module = True
    create_permissions(consultations, verbosity=0)
    consultations.models_module = None
    apply_contribution_roles(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0005_registration_roles"),
        ("consultations", "0002_contributions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
