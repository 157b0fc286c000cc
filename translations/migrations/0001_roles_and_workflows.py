"""Groups, permissions and review workflows of the newsroom (see translations/roles.py)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from translations.roles import apply_roles


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; the roles need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    apply_roles(apps.get_model)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("cms", "0001_initial"),
        ("home", "0002_locales_and_russian_home"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
