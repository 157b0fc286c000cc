from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("API")

    def ready(self):
        from api.public_pages import connect_signals
        from api.webhooks.receivers import connect_signals as connect_webhook_signals

        connect_signals()
        connect_webhook_signals()
        post_migrate.connect(index_pages_published_by_migrations, sender=self)


def index_pages_published_by_migrations(sender, using="default", **kwargs):
    """Pages published by data migrations (the Russian home page) sent no publish signal."""
    from wagtail.models import Page

    from api.models import PublicPage
    from api.public_pages import rebuild

    if not PublicPage.objects.using(using).exists() and (
        Page.objects.using(using).filter(depth__gte=2, live=True).exists()
    ):
        rebuild()
