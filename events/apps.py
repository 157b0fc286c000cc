from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published

        from events.certificates import CERTIFICATE_EMAIL
        from events.emails import compose_certificate_email, compose_registration_email
        from events.registrations import REGISTRATION_EMAIL
        from outbox.composers import register_composer

        register_composer(REGISTRATION_EMAIL, compose_registration_email)
        register_composer(CERTIFICATE_EMAIL, compose_certificate_email)
        page_published.connect(on_event_published, dispatch_uid="events-published")


def on_event_published(sender, instance, **kwargs):
    """An editor who raises an event's capacity frees seats: the first people waiting get them.
    One who cancels the event cancels every registration, and registrants are emailed."""
    from events.models import EventPage, Registration
    from events.registrations import cancel_event_registrations, promote_waiting

    if not isinstance(instance, EventPage):
        return
    if instance.is_cancelled:
        cancel_event_registrations(instance.translation_key)
    elif Registration.objects.filter(event_key=instance.translation_key).waiting().exists():
        promote_waiting(instance.translation_key)
