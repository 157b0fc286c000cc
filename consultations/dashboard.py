"""The dashboard panel of consultations: how many contributions await a moderator, per
consultation, each a link to them. Two queries however many consultations."""

from cms.dashboard import DashboardPanel
from cms.languages import one_version_each
from consultations.contributions import awaiting_moderation
from consultations.models import ConsultationPage


class AwaitingModerationPanel(DashboardPanel):
    name = "contributions_awaiting_moderation"
    template_name = "consultations/dashboard/awaiting_moderation.html"
    order = 320

    def is_shown(self):
        return self.user.has_perm("consultations.change_contribution")

    def get_context_data(self, parent_context):
        waiting = awaiting_moderation()
        versions = (
            ConsultationPage.objects.filter(translation_key__in=list(waiting))
            .select_related("locale")
            .order_by("-first_published_at", "pk")
        )
        rows = [
            {"page": page, "count": waiting[page.translation_key]}
            for page in one_version_each(versions)
        ]
        rows.sort(key=lambda row: -row["count"])
        return {"rows": rows, "total": sum(waiting.values())}
