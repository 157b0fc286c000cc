from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    """The hub's built-in website: pages and previews rendered from the API's own payloads."""

    name = "website"
    verbose_name = _("Built-in website")
