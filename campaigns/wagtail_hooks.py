from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from campaigns import admin_views, social_admin
from campaigns.dashboard import (
    PetitionsPanel,
    SocialPostsThisWeekPanel,
    SocialPostsToApprovePanel,
)
from campaigns.models import PetitionPage, SocialPost
from campaigns.social_admin import social_post_edit_handler


class SocialPostIndexView(IndexView):
    """The posts list; `?page=<id>` narrows it to the posts announcing one page (any language),
    which is where "Social posts" on a page leads."""

    def get_base_queryset(self):
        posts = super().get_base_queryset().select_related("locale")
        page_id = self.request.GET.get("page", "")
        if page_id.isdigit():
            key = Page.objects.filter(pk=page_id).values_list("translation_key", flat=True)
            posts = posts.filter(page__translation_key__in=key)
        return posts

    @cached_property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(_("Calendar"), url=reverse("campaigns_social_calendar"), icon_name="date"),
        ]


class SocialPostEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            *social_post_listing_buttons(self.object, self.request.user),
        ]


class SocialPostViewSet(SnippetViewSet):
    model = SocialPost
    icon = "globe"
    menu_order = 310
    add_to_admin_menu = True
    index_view_class = SocialPostIndexView
    edit_view_class = SocialPostEditView
    edit_handler = social_post_edit_handler
    list_display = ["__str__", "channel", "locale", "publish_at", "state"]
    list_filter = ["channel", "state", "locale"]


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
        path(
            "social-posts/calendar/",
            social_admin.calendar_view,
            name="campaigns_social_calendar",
        ),
        path(
            "social-posts/<int:pk>/approve/",
            social_admin.approve_view,
            name="campaigns_social_approve",
        ),
        path(
            "social-posts/<int:pk>/cancel/",
            social_admin.cancel_view,
            name="campaigns_social_cancel",
        ),
        path(
            "social-posts/for-page/<int:page_id>/",
            social_admin.draft_posts_view,
            name="campaigns_social_drafts",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def social_post_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, SocialPost):
        return
    if snippet.state in (SocialPost.State.DRAFT, SocialPost.State.FAILED) and user.has_perm(
        "campaigns.approve_socialpost"
    ):
        yield Button(
            _("Approve"),
            reverse("campaigns_social_approve", args=[snippet.pk]),
            icon_name="tick",
            priority=5,
        )
    if snippet.state not in (SocialPost.State.POSTED, SocialPost.State.CANCELLED) and (
        user.has_perm("campaigns.change_socialpost")
    ):
        yield Button(
            _("Cancel the post"),
            reverse("campaigns_social_cancel", args=[snippet.pk]),
            icon_name="cross",
            priority=90,
        )


@hooks.register("register_page_header_buttons")
def social_posts_header_button(page, user, view_name=None, next_url=None):
    if page.live and page.depth > 2 and user.has_perm("campaigns.add_socialpost"):
        yield Button(
            _("Social posts"),
            reverse("campaigns_social_drafts", args=[page.pk]),
            icon_name="globe",
            priority=14,
        )


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

    actions.register_action(
        "tendik.social_post.approve",
        gettext_lazy("Approve"),
        pgettext_lazy("social post", "Approved"),
    )
    actions.register_action(
        "tendik.social_post.cancel",
        gettext_lazy("Cancel"),
        pgettext_lazy("social post", "Cancelled"),
    )

    @actions.register_action("tendik.signatures.export")
    class Exported(LogFormatter):
        label = gettext_lazy("Export signatures")

        def format_message(self, log_entry):
            if log_entry.data.get("emails"):
                return _("Exported the signatures with email addresses")
            return _("Exported the signatures")


@hooks.register("construct_homepage_panels")
def add_campaign_panels(request, panels):
    for panel_class in (PetitionsPanel, SocialPostsToApprovePanel, SocialPostsThisWeekPanel):
        panel = panel_class(request.user)
        if panel.is_shown():
            panels.append(panel)
