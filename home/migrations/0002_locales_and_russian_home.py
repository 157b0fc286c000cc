"""The three content languages and the Russian home page that replaces Wagtail's welcome page."""

from django.db import migrations

CONTENT_LANGUAGES = ["ru", "kk", "en"]


def create_locales_and_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    for code in CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    russian = Locale.objects.get(language_code="ru")

    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    # Wagtail's "Welcome to your new Wagtail site!" page; its Site row goes with it.
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    if HomePage.objects.exists():
        return

    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title="Главная",
        draft_title="Главная",
        slug="home",
        content_type=home_type,
        locale=russian,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.get_or_create(
        hostname="localhost",
        port=80,
        defaults={"root_page_id": home.pk, "is_default_site": True, "site_name": "Tendik"},
    )


def remove_home(apps, schema_editor):
    apps.get_model("home.HomePage").objects.filter(depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_locales_and_home, remove_home)]
