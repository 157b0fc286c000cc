from django.db import migrations
from django.db.models import F


def clear_stored_events_and_campaigns(apps, schema_editor):
    """Events' pages gained `report`, campaigns' indicators `source`, `measure`, `audiences`,
    `reached_on` and `evidence`: their stored JSON is cleared, and the next read builds it
    anew."""
    apps.get_model("api", "PublicPage").objects.filter(type__in=("event", "campaign")).update(
        card_json=None, payload_json=None, payload_generation=F("payload_generation") + 1
    )


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0006_event_webhooks"),
        ("events", "0006_certificates"),
        ("campaigns", "0009_alter_campaignpage_indicators"),
    ]

    operations = [
        migrations.RunPython(clear_stored_events_and_campaigns, migrations.RunPython.noop),
    ]
