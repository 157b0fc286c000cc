from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from consultations import import_views
from consultations.dashboard import AwaitingModerationPanel
from consultations.models import ConsultationPage
from consultations.moderation import contribution_viewset


@hooks.register("register_admin_viewset")
def register_contribution_viewset():
    return contribution_viewset


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    panel = AwaitingModerationPanel(request.user)
    if panel.is_shown():
        panels.append(panel)


@hooks.register("register_admin_urls")
def register_consultation_urls():
    return [
        path(
            "consultations/<int:page_id>/import/",
            import_views.ImportView.as_view(),
            name="consultations_import",
        ),
    ]


@hooks.register("register_page_header_buttons")
def import_button(page, user, view_name=None, next_url=None):
    if (
        issubclass(page.specific_class or object, ConsultationPage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            _("Import from Word"),
            reverse("consultations_import", args=[page.pk]),
            icon_name="upload",
            priority=12,
        )
    if issubclass(page.specific_class or object, ConsultationPage) and user.has_perm(
        "consultations.view_contribution"
    ):
        yield Button(
            _("Contributions"),
            f"{reverse('contributions:index')}?consultation_key={page.translation_key}",
            icon_name="comment",
            priority=13,
        )
