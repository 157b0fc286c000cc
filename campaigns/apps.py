from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Campaigns")

    def ready(self):
        from django.db.models.signals import pre_delete
        from wagtail.signals import page_unpublished

        from campaigns.signing import CONFIRMATION_EMAIL, compose_confirmation_email
        from outbox.composers import register_composer

        register_composer(CONFIRMATION_EMAIL, compose_confirmation_email)
        page_unpublished.connect(cancel_posts_of_unpublished, dispatch_uid="social-unpublished")
        pre_delete.connect(cancel_posts_of_deleted, dispatch_uid="social-deleted")


def cancel_posts_of_unpublished(sender, instance, **kwargs):
    from campaigns.social import cancel_posts_of

    cancel_posts_of(instance, _("The page was unpublished."))


def cancel_posts_of_deleted(sender, instance, **kwargs):
    from wagtail.models import Page

    # Pages are deleted as their specific class and as Page; once is enough.
    if isinstance(instance, Page) and type(instance) is not Page:
        from campaigns.social import cancel_posts_of

        cancel_posts_of(instance, _("The page was deleted."))
