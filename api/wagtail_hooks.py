"""Webhooks in the admin (Settings → Webhooks, Settings → Webhook deliveries): for superusers and
whoever is given the models' permissions; no group has them by default.

A subscription's secret is shown once, in the answer to the form that made or rotated it, and
never again (it is kept only encrypted). Deliveries are read-only, with every attempt, and a
"Redeliver" button.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import CreateView, EditView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from api.dashboard import DeadWebhookDeliveriesPanel
from api.webhooks.delivery import pretty_payload, redeliver, rotate_secret
from api.webhooks.models import WebhookDelivery, WebhookSubscription

SUBSCRIPTIONS = "webhooks"
DELIVERIES = "webhook_deliveries"


def _require(user, codename):
    if not user.has_perm(f"api.{codename}"):
        raise PermissionDenied


def secret_response(request, subscription, secret, *, rotated=False):
    """The page that shows a secret, the one time it is shown; nothing may keep a copy."""
    view = SecretView()
    view.setup(request)
    response = TemplateResponse(
        request,
        view.template_name,
        view.get_context_data(subscription=subscription, secret=secret, rotated=rotated),
    )
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True)
    return response


class WebhookScreen(WagtailAdminTemplateMixin):
    """A screen of its own under Settings → Webhooks; its header names it (with "Home" alone
    it would say only «Басты бет»)."""

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(f"{SUBSCRIPTIONS}:index"),
                "label": capfirst(WebhookSubscription._meta.verbose_name_plural),
            },
            {"url": "", "label": self.page_title},
        ]


class SecretView(WebhookScreen, TemplateView):
    template_name = "api/webhooks/secret.html"
    page_title = gettext_lazy("Webhook secret")
    header_icon = "key"


class SubscriptionCreateView(CreateView):
    def save_instance(self):
        self.secret = self.form.instance.set_new_secret()
        return super().save_instance()

    def save_action(self):
        # Instead of the usual redirect: the secret cannot be carried to another request
        # without storing it somewhere in plain text.
        return secret_response(self.request, self.object, self.secret)


class SubscriptionEditView(EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Rotate secret"),
                url=reverse(f"{SUBSCRIPTIONS}:rotate_secret", args=[self.object.pk]),
                icon_name="key",
                priority=40,
            )
        )
        buttons.append(
            Button(
                _("Deliveries"),
                url=f"{reverse(f'{DELIVERIES}:index')}?subscription={self.object.pk}",
                icon_name="list-ul",
                priority=50,
            )
        )
        return buttons


class RotateSecretView(WebhookScreen, TemplateView):
    """Asks first (GET); replaces the secret and shows the new one (POST)."""

    template_name = "api/webhooks/rotate_secret.html"
    page_title = gettext_lazy("Rotate secret")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        _require(request.user, "change_webhooksubscription")
        self.subscription = get_object_or_404(WebhookSubscription, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.subscription)

    def get_context_data(self, **kwargs):
        return super().get_context_data(subscription=self.subscription, **kwargs)

    def post(self, request, *args, **kwargs):
        secret = rotate_secret(self.subscription, user=request.user)
        return secret_response(request, self.subscription, secret, rotated=True)


class WebhookSubscriptionViewSet(ModelViewSet):
    model = WebhookSubscription
    name = SUBSCRIPTIONS
    icon = "link-external"
    menu_label = gettext_lazy("Webhooks")
    add_to_settings_menu = True
    menu_order = 900
    form_fields = ["name", "url", "events", "is_active"]
    list_display = [
        "name",
        "url",
        "get_events_display",
        BooleanColumn("is_active", label=gettext_lazy("active")),
        DateColumn("created_at", label=gettext_lazy("created at")),
    ]
    list_filter = ["is_active"]
    search_fields = ["name", "url"]
    copy_view_enabled = False  # a copy would need a secret of its own; "Add" gives one
    add_view_class = SubscriptionCreateView
    edit_view_class = SubscriptionEditView

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "url":
            kwargs["assume_scheme"] = "https"  # an address typed without a scheme
        return super().formfield_for_dbfield(db_field, **kwargs)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("rotate-secret/<int:pk>/", RotateSecretView.as_view(), name="rotate_secret"),
        ]


# --- deliveries ---------------------------------------------------------------------------------


class DeliveryStatusColumn(Column):
    """The status as a tag; a dead delivery stands out."""

    cell_template_name = "api/webhooks/status_cell.html"


class DeliveryInspectView(InspectView):
    """The delivery, its payload and every attempt (the template lays the fields out itself:
    times in Almaty, the next attempt only while there is one)."""

    template_name = "api/webhooks/delivery.html"

    def get_page_subtitle(self):
        return f"{self.object.get_event_display()} → {self.object.subscription}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["payload"] = pretty_payload(self.object)
        context["attempts"] = self.object.attempt_log.all()
        context["can_redeliver"] = self.request.user.has_perm("api.change_webhookdelivery")
        context["redeliver_url"] = reverse(f"{DELIVERIES}:redeliver", args=[self.object.pk])
        return context


class RedeliverView(View):
    http_method_names = ["post"]

    def post(self, request, pk):
        _require(request.user, "change_webhookdelivery")
        delivery = get_object_or_404(WebhookDelivery, pk=pk)
        redeliver(delivery, user=request.user)
        messages.success(request, _("The delivery was queued again."))
        return redirect(f"{DELIVERIES}:inspect", pk)


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    name = DELIVERIES
    icon = "resubmit"
    menu_label = gettext_lazy("Webhook deliveries")
    add_to_settings_menu = True
    menu_order = 901
    list_display = [
        "event",
        "subscription",
        DeliveryStatusColumn("status", label=gettext_lazy("status")),
        "attempts",
        "last_status_code",
        "last_error",
        DateColumn("created_at", label=gettext_lazy("created at")),
    ]
    list_filter = ["status", "event", "subscription"]
    inspect_view_enabled = True
    inspect_view_class = DeliveryInspectView
    inspect_view_fields = ["uuid"]  # the template shows the rest
    copy_view_enabled = False
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        # Deliveries are a record: nobody adds, edits or deletes one by hand.
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, delete_url_name=None, **kwargs
        )

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            queryset=WebhookDelivery.objects.select_related("subscription"), **kwargs
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("redeliver/<int:pk>/", RedeliverView.as_view(), name="redeliver"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
        ]

    def get_permissions_to_register(self):
        # Seeing deliveries, and "change" to redeliver them.
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["view_webhookdelivery", "change_webhookdelivery"])
        )


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [WebhookSubscriptionViewSet(), WebhookDeliveryViewSet()]


@hooks.register("register_log_actions")
def register_webhook_log_actions(actions):
    @actions.register_action("tendik.webhooks.rotate_secret")
    class SecretRotated(LogFormatter):
        label = gettext_lazy("Rotate webhook secret")

        def format_message(self, log_entry):
            return _("Gave the webhook a new secret")

    @actions.register_action("tendik.webhooks.redeliver")
    class Redelivered(LogFormatter):
        label = gettext_lazy("Redeliver webhook")

        def format_message(self, log_entry):
            return _("Queued the delivery again")


@hooks.register("construct_homepage_panels")
def add_dead_webhook_deliveries_panel(request, panels):
    panel = DeadWebhookDeliveriesPanel(request.user)
    if panel.is_shown():
        panels.append(panel)
