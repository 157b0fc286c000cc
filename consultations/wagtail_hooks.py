from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from consultations import import_views
from consultations.models import ConsultationPage


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
