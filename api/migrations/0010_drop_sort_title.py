"""Titles sort by the ICU collation of their language (cms/collation.py `alphabetical`), so the
stored sort key of the title and its index go. Going back leaves the key empty until
`index_public_pages` runs; nothing reads it."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0009_search_terms"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="publicpage",
            name="api_public_lang_title",
        ),
        migrations.RemoveField(
            model_name="publicpage",
            name="sort_title",
        ),
    ]
