"""Titles sort by the ICU collation of their language (cms/collation.py `alphabetical`), so the
stored sort key of the title and its index go. Going back leaves the key empty (nothing
reads it)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0009_search_terms"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="publicpage",
            name="api_public_lang_title",
        ),
        # A default first: going back then adds the column again to a table that has rows
        # (as NOT NULL with no default, PostgreSQL refuses it).
        migrations.AlterField(
            model_name="publicpage",
            name="sort_title",
            field=models.CharField(
                default="", max_length=400, verbose_name="sort key of the title"
            ),
        ),
        migrations.RemoveField(
            model_name="publicpage",
            name="sort_title",
        ),
    ]
