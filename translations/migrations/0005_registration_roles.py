"""Who sees and handles event registrations (translations/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from translations.roles import apply_registration_roles


def grant(apps, schema_editor):
    # The events app's permissions are made after every migration has run; grant needs them now.
    events = apps.get_app_config("events")
    events.models_module = True
    create_permissions(events, verbosity=0)
    events.models_module = None
    apply_registration_roles(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0004_event_roles"),
        ("events", "0002_registrations"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
