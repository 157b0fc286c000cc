"""What the dashboard panels share, and "Your drafts": the pages whose latest changes are the
user's and not published yet.

Wagtail's own panels stay where they serve: "Awaiting your review" (tasks waiting on the user's
groups), "Your pages and snippets in a workflow" and "Your locked pages". "Your drafts" takes
the place of "Your most recent edits", which mixes published pages with unfinished ones, shows
only five, and drops a draft as soon as the user has edited five other pages.
"""

from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState, get_default_page_content_type
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation

DRAFTS_SHOWN = 10


class DashboardPanel(Component):
    """A dashboard panel, shown only to the users who may act on what it says."""

    class Media:
        css = {"all": ["cms/dashboard.css"]}

    def __init__(self, user):
        self.user = user

    def is_shown(self) -> bool:
        raise NotImplementedError


class MyDraftsPanel(DashboardPanel):
    """Pages the user saved last, with changes not yet published, that they may still edit;
    newest first. Left out: pages in a workflow (Wagtail's "Your pages … in a workflow" lists
    them) and translations made in wagtail-localize (the translation queue and report do)."""

    name = "my_drafts"
    template_name = "cms/dashboard/my_drafts.html"
    order = 200

    def is_shown(self):
        return True  # the template shows nothing when there is no draft

    def drafts(self):
        in_workflow = WorkflowState.objects.active().filter(
            base_content_type_id=get_default_page_content_type().id,
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        translation = Translation.objects.filter(
            source__object_id=OuterRef("translation_key"), target_locale_id=OuterRef("locale_id")
        )
        editable = PagePermissionPolicy().instances_user_has_permission_for(self.user, "change")
        return (
            editable.filter(has_unpublished_changes=True, latest_revision__user=self.user)
            .exclude(Exists(in_workflow))
            .exclude(Exists(translation))
            .order_by("-latest_revision_created_at", "-pk")
        )

    def get_context_data(self, parent_context):
        drafts = self.drafts()
        pages = list(drafts.select_related("locale")[:DRAFTS_SHOWN])
        return {"pages": pages, "more": max(drafts.count() - len(pages), 0)}
