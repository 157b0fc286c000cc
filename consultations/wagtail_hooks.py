from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from cms.languages import SOURCE_LANGUAGE, language_order
from consultations import import_views, package_views, version_views
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
        path(
            "consultations/<int:page_id>/versions/",
            version_views.VersionsView.as_view(),
            name="consultations_versions",
        ),
        path(
            "consultations/<int:page_id>/package/docx/",
            package_views.PackageDocxView.as_view(),
            name="consultations_package_docx",
        ),
        path(
            "consultations/<int:page_id>/package/pdf/",
            package_views.PackagePdfView.as_view(),
            name="consultations_package_pdf",
        ),
        path(
            "consultations/<int:page_id>/contributions/xlsx/",
            package_views.ContributionsXlsxView.as_view(),
            name="consultations_contributions_xlsx",
        ),
        path(
            "consultations/<int:page_id>/contributions/csv/",
            package_views.ContributionsCsvView.as_view(),
            name="consultations_contributions_csv",
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
        yield Button(
            _("Versions of the text"),
            reverse("consultations_versions", args=[page.pk]),
            icon_name="history",
            priority=14,
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


@hooks.register("register_page_header_buttons")
def package_buttons(page, user, view_name=None, next_url=None):
    """The package in each language the consultation is published in (the source language's
    while none is), and its contributions as a spreadsheet, for whoever may see contributions."""
    if not (
        issubclass(page.specific_class or object, ConsultationPage)
        and user.has_perm(package_views.VIEW_PERMISSION)
    ):
        return
    published_in = sorted(
        set(
            ConsultationPage.objects.filter(
                translation_key=page.translation_key, live=True
            ).values_list("locale__language_code", flat=True)
        ),
        key=language_order,
    ) or [SOURCE_LANGUAGE]
    names = dict(settings.LANGUAGES)
    priority = 14
    for language in published_in:
        for url_name, label in (
            ("consultations_package_docx", _("Package (%(language)s, Word)")),
            ("consultations_package_pdf", _("Package (%(language)s, PDF)")),
        ):
            yield Button(
                label % {"language": names.get(language, language)},
                f"{reverse(url_name, args=[page.pk])}?language={language}",
                icon_name="doc-full",
                priority=priority,
            )
            priority += 1
    yield Button(
        _("Contributions (Excel)"),
        reverse("consultations_contributions_xlsx", args=[page.pk]),
        icon_name="download",
        priority=priority,
    )
    yield Button(
        _("Contributions (CSV)"),
        reverse("consultations_contributions_csv", args=[page.pk]),
        icon_name="download",
        priority=priority + 1,
    )


@hooks.register("register_log_actions")
def register_version_log_action(actions):
    class Formatter(LogFormatter):
        label = gettext_lazy("Record a version")

        def format_message(self, log_entry):
            return gettext_lazy("Recorded version %(number)s of the text") % {
                "number": (log_entry.data or {}).get("number", "?")
            }

    actions.register_action("tendik.consultations.version")(Formatter)
