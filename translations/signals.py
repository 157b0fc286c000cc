"""A language's home page created after installation gets its roles and workflow."""

from django.apps import apps
from wagtail.models import Page

from translations.roles import apply_home


def on_page_saved(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        apply_home(apps.get_model, instance)
