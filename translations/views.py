"""Admin views of the translation workflow."""

from collections import Counter

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages as wagtail_messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Locale, Page, TaskState, get_page_models
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.edit_translation import user_can_edit_instance
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView as LocalizeSubmitPageTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from campaigns.models import CampaignPage
from cms.frontend import front_end_url
from cms.languages import SOURCE_LANGUAGE, TARGET_LANGUAGES
from cms.models import CampaignContentPage, translation_publish_refusal, untranslated_refusal
from translations import po as po_files
from translations.permissions import may_edit_in
from translations.status import State, translation_status
from translations.sync import hand_edited_fields


def _translated_page(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return translation, page


def submit_for_review(request, translation_id):
    """Saves a translation made in wagtail-localize's editor and starts its language's review
    workflow (that editor itself can only publish, which translators may not do)."""
    translation, page = _translated_page(request, translation_id)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("No review workflow applies to this page."))
        return redirect(edit_url)
    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already waiting for review."))
        return redirect(edit_url)
    total, translated = translation.get_progress()
    if translated < total:
        # A reviewer would otherwise approve Russian text under lang="kk".
        messages.error(
            request, untranslated_refusal(page.get_admin_display_title(), total, translated)
        )
        return redirect(edit_url)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "translations/submit_for_review.html",
            {"page": page, "translation": translation, "workflow": workflow, "edit_url": edit_url},
        )
    try:
        with transaction.atomic():
            # wagtail-localize publishes unless told not to.
            translation.save_target(user=request.user, publish=False)
            page = page.specific_class.objects.get(pk=page.pk)
            workflow.start(page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s")
            % {"errors": "; ".join(error.messages)},
        )
        return redirect(edit_url)
    messages.success(
        request,
        _("«%(title)s» was submitted to %(workflow)s.")
        % {"title": page.get_admin_display_title(), "workflow": workflow.name},
    )
    return redirect(edit_url)


@require_POST
def start_translation(request, page_id, language):
    """A translator (or editor) starts the translation of a source page into one language:
    wagtail-localize makes the draft in that language's tree, with any missing parents."""
    source = get_object_or_404(Page, pk=page_id, locale__language_code=SOURCE_LANGUAGE).specific
    locale = get_object_or_404(Locale, language_code=language)
    home = Page.objects.filter(depth=2, locale=locale).first()
    if not may_edit_in(request.user, language):
        raise PermissionDenied
    if home is None and not request.user.is_superuser:
        raise PermissionDenied  # the language's tree does not exist yet: an administrator's job
    # Whoever submits translations (editors, reviewers), or writes in that language's tree
    # (its translators). Not `can_add_subpage()` on the home page: that is False on any real
    # site, whose home already has its one section of each kind.
    may_submit = request.user.has_perm("wagtail_localize.submit_translation")
    if home is not None and not (may_submit or home.permissions_for_user(request.user).can_edit()):
        raise PermissionDenied
    if source.has_translation(locale):
        messages.info(request, _("This page is already being translated into that language."))
    else:
        with transaction.atomic():
            TranslationCreator(request.user, [locale]).create_translations(source)
        messages.success(
            request,
            _("A %(language)s draft of «%(title)s» is ready to translate.")
            % {"language": locale.get_display_name(), "title": source.get_admin_display_title()},
        )
    translated = source.get_translation(locale)
    return redirect("wagtailadmin_pages:edit", translated.pk)


class TranslationStatusFilters(forms.Form):
    # gettext_lazy: a class body runs once, in the server's language, not the user's.
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        choices=[("", gettext_lazy("All"))]
        + [(code, name) for code, name in settings.LANGUAGES if code in TARGET_LANGUAGES],
    )
    state = forms.ChoiceField(
        label=gettext_lazy("State"),
        required=False,
        choices=[("", gettext_lazy("All")), *State.choices],
    )
    type = forms.ChoiceField(label=gettext_lazy("Page type"), required=False)
    campaign = forms.ModelChoiceField(
        label=gettext_lazy("Campaign"),
        required=False,
        queryset=CampaignPage.objects.filter(locale__language_code=SOURCE_LANGUAGE),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("All"))] + [
            (ContentType.objects.get_for_model(model).pk, capfirst(model._meta.verbose_name))
            for model in get_page_models()
            if not model._meta.abstract and model is not Page
        ]


class TranslationStatusReport(WagtailAdminTemplateMixin, TemplateView):
    """Source pages × languages, colour-coded by state, with what to do next in each cell."""

    template_name = "translations/status_report.html"
    page_title = gettext_lazy("Translation status")
    header_icon = "wagtail-localize-language"
    paginate_by = 50

    def get_breadcrumbs_items(self):
        # The header names the report; with "Home" alone it says only «Басты бет».
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = TranslationStatusFilters(self.request.GET or None)
        data = filters.cleaned_data if filters.is_valid() else {}
        sources = Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth__gte=2).order_by(
            "-last_published_at", "-latest_revision_created_at", "pk"
        )
        if data.get("type"):
            sources = sources.filter(content_type_id=data["type"])
        if data.get("campaign"):
            sources = sources.filter(pk__in=campaign_page_ids(data["campaign"]))
        languages = [data["language"]] if data.get("language") else TARGET_LANGUAGES
        rows = translation_status(sources, languages)
        if data.get("state"):
            rows = [
                row for row in rows if any(c.state == data["state"] for c in row.cells.values())
            ]
        page = Paginator(rows, self.paginate_by).get_page(self.request.GET.get("p"))
        totals = {
            language: Counter(row.cells[language].state for row in rows) for language in languages
        }
        context.update(
            filters=filters,
            languages=[(code, Locale.objects.get(language_code=code)) for code in languages],
            rows=page,
            totals=totals,
            states=State,
            query_without_page=self.request.GET.copy().pop("p", None)
            or self.request.GET.urlencode(),
        )
        return context


def campaign_page_ids(campaign):
    """The campaign and the pages that belong to it."""
    ids = {campaign.pk}
    for model in get_page_models():
        if not model._meta.abstract and issubclass(model, CampaignContentPage):
            ids.update(model.objects.filter(campaign=campaign).values_list("pk", flat=True))
    return ids


def _without_page_number(query):
    query = query.copy()
    query.pop("p", None)
    return query.urlencode()


class SubmitPageTranslationView(LocalizeSubmitPageTranslationView):
    """«Translate this page»: with one language chosen, wagtail-localize opens the new
    translation's editor. An editor may not edit the Kazakh or English tree (translators do),
    so they would land on "permission denied"; they go back to the page's section instead,
    with wagtail-localize's success message."""

    def get_default_success_url(self, translated_page=None):
        if translated_page is not None:
            permissions = translated_page.permissions_for_user(self.request.user)
            if not permissions.can_edit():
                translated_page = None
        return super().get_default_success_url(translated_page)


class SafeUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's sync screen, opening with the hand edits that syncing will overwrite."""

    def get(self, request, *args, **kwargs):
        source = self.get_object()
        for translation in source.translations.filter(enabled=True).select_related("target_locale"):
            fields = hand_edited_fields(translation)
            if fields:
                messages.warning(
                    request,
                    _(
                        "%(language)s: edited by hand since the last sync, and overwritten by "
                        "syncing: %(fields)s. Copy those changes into the translation editor "
                        "first if they should stay."
                    )
                    % {
                        "language": translation.target_locale.get_display_name(),
                        "fields": ", ".join(fields),
                    },
                )
        return super().get(request, *args, **kwargs)

    def form_valid(self, form):
        # wagtail-localize publishes every translation with "Publish immediately" after checking
        # only `submit_translation`, which editors hold: an editor could put kk and en pages live
        # past Translation review. Here a page is published only by whoever may publish it.
        publish = form.cleaned_data["publish_translations"]
        form.cleaned_data["publish_translations"] = False
        with transaction.atomic():
            response = super().form_valid(form)
            if publish:
                for translation in self.object.translations.filter(enabled=True).select_related(
                    "source", "target_locale"
                ):
                    self._publish_or_submit(translation)
        return response

    def _publish_or_submit(self, translation):
        """Publishes `translation` if this user may; otherwise saves it as a draft and sends it
        to its language's review (or leaves it to the translator while segments are missing)."""
        user, language = self.request.user, translation.target_locale.get_display_name()
        target = translation.get_target_instance()
        if not isinstance(target, Page):
            # Snippets have no drafts or review: whoever may edit that language's snippets.
            if may_edit_in(user, translation.target_locale.language_code):
                try:
                    translation.save_target(user=user, publish=True)
                except ValidationError as error:
                    self._could_not_save(language, error)
            return
        target = target.specific
        permissions = target.permissions_for_user(user)
        total, translated = translation.get_progress()
        may_publish = permissions.can_publish() and not translation_publish_refusal(target)
        try:
            if may_publish and translated == total:
                translation.save_target(user=user, publish=True)
                return
            translation.save_target(user=user, publish=False)
        except ValidationError as error:
            self._could_not_save(language, error)
            return
        target = target.specific_class.objects.get(pk=target.pk)
        workflow = target.get_workflow()
        if translated < total:
            messages.warning(
                self.request,
                _(
                    "%(language)s: saved as a draft, not published: %(missing)s of %(total)s "
                    "segments are not translated yet."
                )
                % {"language": language, "missing": total - translated, "total": total},
            )
        elif workflow is not None and not target.workflow_in_progress:
            workflow.start(target, user)
            messages.info(
                self.request,
                _("%(language)s: saved as a draft and submitted to %(workflow)s.")
                % {"language": language, "workflow": workflow.name},
            )
        else:
            messages.info(
                self.request,
                _("%(language)s: saved as a draft; you may not publish it.")
                % {"language": language},
            )

    def _could_not_save(self, language, error):
        messages.error(
            self.request,
            _("%(language)s: the translation could not be saved: %(errors)s")
            % {"language": language, "errors": "; ".join(error.messages)},
        )


@require_POST
def upload_pofile(request, translation_id):
    """wagtail-localize's PO upload, refusing a whole file that belongs elsewhere or breaks
    placeholders (translations/po.py) instead of importing it in part."""
    translation = get_object_or_404(Translation, pk=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    if not may_edit_in(request.user, translation.target_locale.language_code):
        raise PermissionDenied  # snippets: the model permission is every translator's
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    uploaded = request.FILES.get("file")
    try:
        if uploaded is None:
            raise po_files.RejectedFile(_("Choose a PO file to upload."))
        po = po_files.parse(uploaded.read())
        po_files.check(po, translation)
    except po_files.RejectedFile as rejection:
        messages.error(request, str(rejection))
        return redirect(next_url)
    warnings = translation.import_po(po, request.user, tool_name="PO File")
    imported = sum(1 for entry in po if entry.msgstr and not entry.obsolete) - len(warnings)
    messages.success(
        request,
        _("%(count)s translation(s) imported from the PO file.") % {"count": max(imported, 0)},
    )
    if warnings:
        messages.warning(
            request,
            _("%(count)s entries no longer exist in the page and were skipped.")
            % {"count": len(warnings)},
        )
    return redirect(next_url)


_wagtail_workflow_action = page_viewset_registry.as_view("workflow_action", page_id_kwarg="page_id")


@require_admin_access
def workflow_action(request, page_id, action_name, task_state_id):
    """Wagtail's workflow action, refusing with a reason to approve (and so publish) a
    translation that may not go live (source not live, segments untranslated); Wagtail would
    only say "permission denied". An approval that publishes the page says so, with a link to
    it on the website (Wagtail says nothing)."""
    approving = request.method == "POST" and action_name == "approve"
    if approving:
        page = get_object_or_404(Page, pk=page_id).specific
        reason = translation_publish_refusal(page)
        if reason:
            messages.error(request, reason)
            return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    response = _wagtail_workflow_action(
        request, page_id=page_id, action_name=action_name, task_state_id=task_state_id
    )
    if approving and response.status_code in (200, 302):  # 200: the modal's JSON answer
        _say_if_published(request, page_id, task_state_id)
    return response


def _say_if_published(request, page_id, task_state_id):
    page = Page.objects.filter(pk=page_id).select_related("locale").first()
    approved = TaskState.objects.filter(pk=task_state_id).values_list("revision_id", flat=True)
    if page is None or not page.live or page.live_revision_id not in set(approved):
        return  # approved for a later task of the workflow, not published yet
    url = front_end_url(page)
    wagtail_messages.success(
        request,
        _("«%(title)s» is approved and published.") % {"title": page.get_admin_display_title()},
        buttons=[wagtail_messages.button(url, _("View live"), new_window=True)] if url else None,
    )
