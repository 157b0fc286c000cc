"""The dashboard panel of webhooks: deliveries that gave up (dead), per webhook, for whoever may
see deliveries (superusers, and those given the permission), linking to the list filtered."""

from django.db.models import Count, Max
from django.urls import reverse

from api.webhooks.models import WebhookDelivery
from cms.dashboard import DashboardPanel

LATEST_SHOWN = 5


class DeadWebhookDeliveriesPanel(DashboardPanel):
    name = "dead_webhook_deliveries"
    template_name = "api/dashboard/dead_webhook_deliveries.html"
    order = 100

    def is_shown(self):
        return self.user.has_perm("api.view_webhookdelivery")

    def get_context_data(self, parent_context):
        dead = WebhookDelivery.objects.filter(status=WebhookDelivery.Status.DEAD)
        deliveries = reverse("webhook_deliveries:index")
        webhooks = [
            {**row, "url": f"{deliveries}?status=dead&subscription={row['subscription_id']}"}
            for row in dead.values("subscription_id", "subscription__name")
            .annotate(count=Count("pk"), last=Max("created_at"))
            .order_by("-last")
        ]
        return {
            "webhooks": webhooks,
            "total": sum(row["count"] for row in webhooks),
            "latest": list(
                dead.select_related("subscription").order_by("-created_at", "-pk")[:LATEST_SHOWN]
            ),
            "url": f"{deliveries}?status=dead",
        }
