from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Tendik core")

    def ready(self):
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from cms import time_zones, translated_slugs, upstream_fixes
        from cms.widgets import TransliteratingSlugInput

        upstream_fixes.connect()
        translated_slugs.connect()
        time_zones.name_time_zones_in_the_users_language()

        # Every slug field in the admin (pages, topics) transliterates Kazakh and Russian.
        register_form_field_override(
            models.SlugField, override={"widget": TransliteratingSlugInput}
        )
