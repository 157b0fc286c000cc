from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translation workflow")

    def ready(self):
        from django.db.models.signals import post_save

        from translations import display_names
        from translations.signals import on_page_saved

        display_names.connect()
        # Any page model may be a language's home, so the receiver checks the instance.
        post_save.connect(on_page_saved, dispatch_uid="translations-home-created")
