"""Cards carry the date readers see (`publication_date`): filled for the pages already public,
whose stored cards are cleared so that the next read builds them with it."""

from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

DATED_MODELS = ("AnalyticalArticlePage", "LongReadPage", "VideoClipPage")


def fill_publication_dates(apps, schema_editor):
    PublicPage = apps.get_model("api", "PublicPage")
    public_ids = PublicPage.objects.values("page_id")
    dated = {}
    for name in DATED_MODELS:
        model = apps.get_model("articles", name)
        dated.update(
            model.objects.filter(pk__in=public_ids).values_list("pk", "publication_date")
        )
    entries = list(PublicPage.objects.only("page_id", "first_published_at", "payload_generation"))
    for entry in entries:
        entry.publication_date = dated.get(entry.page_id) or (
            timezone.localdate(entry.first_published_at) if entry.first_published_at else None
        )
        entry.card_json = None
        entry.payload_generation += 1
    PublicPage.objects.bulk_update(
        entries, ["publication_date", "card_json", "payload_generation"], batch_size=500
    )


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0004_rebuild_payloads_without_unsafe_links"),
        ("articles", "0002_initial"),
        ("cms", "0002_page_previews"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailimages", "0027_image_description"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="publicpage",
            name="publication_date",
            field=models.DateField(null=True, verbose_name="publication date"),
        ),
        migrations.AddIndex(
            model_name="publicpage",
            index=models.Index(
                fields=["language", "-publication_date"], name="api_public_lang_dated"
            ),
        ),
        migrations.RunPython(fill_publication_dates, migrations.RunPython.noop),
    ]
