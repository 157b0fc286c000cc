from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Running the hub: health checks, request ids in logs."""

    name = "ops"
    verbose_name = _("Operations")

    def ready(self):
        from ops import cdn

        cdn.connect()
