from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Tendik core")

    def ready(self):
        from django.db import models
        from django.db.backends.signals import connection_created
        from wagtail.admin.forms.models import register_form_field_override

        from cms import time_zones, translated_slugs, upstream_fixes
        from cms.collation import register_sqlite_collations
        from cms.widgets import TransliteratingSlugInput

        upstream_fixes.connect()
        # SQLite has no ICU: the collations `alphabetical` names are given it in Python.
        connection_created.connect(register_sqlite_collations, dispatch_uid="cms_collations")
        translated_slugs.connect()
        time_zones.name_time_zones_in_the_users_language()

        # Every slug field in the admin (pages, topics) transliterates Kazakh and Russian.
        register_form_field_override(
            models.SlugField, override={"widget": TransliteratingSlugInput}
        )
