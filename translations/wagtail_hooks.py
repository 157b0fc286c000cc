"""Admin hooks of the translation workflow: its URLs, and the language limit of translators on
snippets."""

from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.models import translation_publish_refusal
from translations import dashboard_order, display_names, guards, views
from translations.dashboard import TranslationBacklogPanel, TranslationQueuePanel
from translations.permissions import may_edit_in


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "translations/status/",
            views.TranslationStatusReport.as_view(),
            name="translations_status",
        ),
        path(
            "translations/page/<int:page_id>/translate/<str:language>/",
            views.start_translation,
            name="translations_start",
        ),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            views.submit_for_review,
            name="translations_submit_for_review",
        ),
    ]


def _refuse_other_language(request, language):
    messages.error(request, _("You translate into other languages; this one is not yours."))
    return redirect("wagtailadmin_home")


# order=-1: before wagtail-localize's own hook, which opens its translation editor.
@hooks.register("before_edit_snippet", order=-1)
def limit_snippet_editing_to_own_language(request, instance):
    locale = getattr(instance, "locale", None)
    if locale is not None and not may_edit_in(request.user, locale.language_code):
        return _refuse_other_language(request, locale.language_code)
    return None


@hooks.register("before_delete_snippet", order=-1)
def limit_snippet_deleting_to_own_language(request, instances):
    for instance in instances:
        locale = getattr(instance, "locale", None)
        if locale is not None and not may_edit_in(request.user, locale.language_code):
            return _refuse_other_language(request, locale.language_code)
    return None


@hooks.register("register_admin_urls", order=-1)
def replace_wagtail_localize_views():
    # The same paths as wagtail-localize's own views, matched first; reversing those names still
    # gives these paths. translations/guards.py says what each guard adds.
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            views.SafeUpdateTranslationsView.as_view(),
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            views.upload_pofile,
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            views.SubmitPageTranslationView.as_view(),
        ),
        path("localize/page/<int:page_id>/convert_to_alias/", guards.convert_to_alias),
        *(
            path(
                f"localize/translate/<int:translation_id>/{route}",
                guards.in_the_users_language(view),
            )
            for route, view in guards.TRANSLATION_EDITOR_VIEWS.items()
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_report():
    return MenuItem(
        gettext_lazy("Translation status"),
        reverse("translations_status"),
        icon_name="wagtail-localize-language",
        order=100,
    )


# order=1: after Wagtail's own hook, which registers the formatters this one wraps.
@hooks.register("register_log_actions", order=1)
def translate_workflow_names_in_history(actions):
    display_names.translate_history_names(actions)


@hooks.register("construct_homepage_panels")
def add_translation_queue(request, panels):
    panel = TranslationQueuePanel(request.user)
    if panel.languages:
        panels.insert(0, panel)
    backlog = TranslationBacklogPanel(request.user)
    if backlog.is_shown():
        panels.append(backlog)


# After every app has added its panels.
@hooks.register("construct_homepage_panels", order=100)
def arrange_dashboard_for_the_role(request, panels):
    dashboard_order.arrange(request.user, panels)


# --- no translation goes live before its source (wagtail-localize#553, #634) -------------------
# cms.models.TransliteratedSlugPage.publish refuses it everywhere; these hooks catch it earlier
# in the two editors, so the translator reads why instead of a generic "permission denied".


@hooks.register("before_publish_page")
def refuse_publishing_before_the_source(request, page):
    reason = translation_publish_refusal(page)
    if reason:
        messages.error(request, reason)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's translation editor
def refuse_publishing_a_translation_before_its_source(request, page):
    if request.method == "POST" and request.POST.get("action") == "publish":
        return refuse_publishing_before_the_source(request, page)
    return None


@hooks.register("insert_global_admin_css")
def translation_badge_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("translations/admin.css"))
