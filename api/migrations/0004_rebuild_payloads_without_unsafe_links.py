"""Payloads stored before the API dropped unsafe link targets (a translator's `javascript:`
link override, say) may still carry one: clear them all, so each is built again, checked, by the
next read (or `manage.py index_public_pages`)."""

from django.db import migrations
from django.db.models import F


def clear_stored_payloads(apps, schema_editor):
    PublicPage = apps.get_model("api", "PublicPage")
    PublicPage.objects.exclude(payload_json=None).update(
        payload_json=None, payload_generation=F("payload_generation") + 1
    )


class Migration(migrations.Migration):
    dependencies = [("api", "0003_webhooks")]

    operations = [migrations.RunPython(clear_stored_payloads, migrations.RunPython.noop)]
