"""Search by terms (cms/search_text.py): each word exact and as its stem, per language, Kazakh
in Latin script. The terms of existing rows are computed here from their title, summary and
search text, so search works right after `migrate`; then the search text goes."""

import django.contrib.postgres.search
from django.db import migrations, models

# The terms as lexemes, as they are: array_to_tsvector applies no configuration (no stemming,
# no parsing that would drop the «~» of a stem). Shared with api/public_pages.py in spirit; a
# migration keeps its own copy so that it never changes.
VECTORS_FROM_TERMS = """
UPDATE api_publicpage SET
    title_vector = array_to_tsvector(array_remove(string_to_array(title_terms, ' '), '')),
    search_vector = array_to_tsvector(
        array_remove(string_to_array(title_terms || ' ' || body_terms, ' '), '')
    )
"""


def fill_terms(apps, schema_editor):
    from cms.search_text import index_terms, stored_terms

    PublicPage = apps.get_model("api", "PublicPage")
    rows = PublicPage.objects.only("page_id", "language", "title", "summary", "search_text")
    for row in rows.iterator(chunk_size=500):
        body = f"{row.summary} {row.search_text}"
        PublicPage.objects.filter(pk=row.pk).update(
            title_terms=stored_terms(index_terms(row.title, row.language)),
            body_terms=stored_terms(index_terms(body, row.language)),
        )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(VECTORS_FROM_TERMS)
        # The updates queued the checks of the table's deferred foreign keys; PostgreSQL will not
        # ALTER a table with pending checks (RemoveField below), so they run now.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def create_title_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX api_public_title_search ON api_publicpage USING gin (title_vector)"
        )


def drop_title_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS api_public_title_search")


class Migration(migrations.Migration):
    dependencies = [
        ("api", "0008_consultation_contributions"),
    ]

    operations = [
        migrations.AddField(
            model_name="publicpage",
            name="title_terms",
            field=models.TextField(blank=True, default="", verbose_name="title search terms"),
        ),
        migrations.AddField(
            model_name="publicpage",
            name="body_terms",
            field=models.TextField(blank=True, default="", verbose_name="body search terms"),
        ),
        migrations.AddField(
            model_name="publicpage",
            name="title_vector",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, null=True),
        ),
        migrations.RunPython(create_title_index, drop_title_index),
        # Going back leaves the search text empty: `index_public_pages` fills it again.
        migrations.RunPython(fill_terms, migrations.RunPython.noop),
        migrations.RemoveField(model_name="publicpage", name="search_text"),
    ]
