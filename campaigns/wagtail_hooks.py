from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns import admin_views
from campaigns.models import PetitionPage, SocialPost


class SocialPostViewSet(SnippetViewSet):
    model = SocialPost
    icon = "globe"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "channel", "publish_at", "state"]
    list_filter = ["channel", "state"]


register_snippet(SocialPostViewSet)


@hooks.register("register_admin_urls")
def register_petition_urls():
    return [
        path("petitions/", admin_views.PetitionListView.as_view(), name="campaigns_petitions"),
        path(
            "petitions/<int:page_id>/signatures/",
            admin_views.PetitionSignaturesView.as_view(),
            name="campaigns_petition_signatures",
        ),
        path(
            "petitions/exports/<int:export_id>/",
            admin_views.ExportStatusView.as_view(),
            name="campaigns_export_status",
        ),
        path(
            "petitions/exports/<int:export_id>/download/",
            admin_views.ExportDownloadView.as_view(),
            name="campaigns_export_download",
        ),
    ]


class PetitionsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("campaigns.view_signature")


@hooks.register("register_admin_menu_item")
def register_petitions_menu_item():
    return PetitionsMenuItem(
        gettext_lazy("Petitions"), reverse("campaigns_petitions"), icon_name="form", order=305
    )


def _signatures_button(page, user, priority):
    if issubclass(page.specific_class or object, PetitionPage) and user.has_perm(
        "campaigns.view_signature"
    ):
        yield Button(
            _("Signatures"),
            reverse("campaigns_petition_signatures", args=[page.pk]),
            icon_name="form",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def petition_header_button(page, user, view_name=None, next_url=None):
    yield from _signatures_button(page, user, priority=12)


@hooks.register("register_page_listing_more_buttons")
def petition_listing_button(page, user, next_url=None):
    yield from _signatures_button(page, user, priority=5)


@hooks.register("register_log_actions")
def register_signature_log_actions(actions):
    """Page history says what was done to the petition's signatures, and by whom."""

    @actions.register_action("tendik.signatures.invalidate")
    class Invalidated(LogFormatter):
        label = gettext_lazy("Invalidate signatures")

        def format_message(self, log_entry):
            count = log_entry.data.get("count", 0)
            return ngettext(
                "Invalidated %(count)s signature from %(domain)s",
                "Invalidated %(count)s signatures from %(domain)s",
                count,
            ) % {"count": count, "domain": log_entry.data.get("domain", "")}

    @actions.register_action("tendik.signatures.restore")
    class Restored(LogFormatter):
        label = gettext_lazy("Restore signatures")

        def format_message(self, log_entry):
            count = log_entry.data.get("count", 0)
            return ngettext(
                "Counted %(count)s signature from %(domain)s again",
                "Counted %(count)s signatures from %(domain)s again",
                count,
            ) % {"count": count, "domain": log_entry.data.get("domain", "")}

    @actions.register_action("tendik.signatures.export")
    class Exported(LogFormatter):
        label = gettext_lazy("Export signatures")

        def format_message(self, log_entry):
            if log_entry.data.get("emails"):
                return _("Exported the signatures with email addresses")
            return _("Exported the signatures")
