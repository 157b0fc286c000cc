from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    verbose_name = _("Public consultations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from consultations.contributions import CONTRIBUTION_EMAIL
        from consultations.emails import compose_contribution_email
        from outbox.composers import register_composer

        register_composer(CONTRIBUTION_EMAIL, compose_contribution_email)
