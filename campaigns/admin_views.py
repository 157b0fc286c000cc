"""The admin's petition screens: every petition with its progress, and per petition its
signatures as charts and a searchable list, with what editors do to them
(campaigns/petition_editing.py, campaigns/signature_exports.py; reads in campaigns/queries.py).

Signer data is shown only here, to users with `campaigns.view_signature`.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from campaigns import petition_editing, queries, signature_exports
from campaigns.models import PetitionPage, Signature, SignatureExport
from cms import csv_exports
from cms.admin_search import PostedSearchMixin
from cms.charts import with_shares
from cms.languages import one_version_each, source_versions

PER_PAGE = 50
MAX_OFFLINE = 100_000_000


def _require(user, codename):
    if not user.has_perm(f"campaigns.{codename}"):
        raise PermissionDenied


class SignatureFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Name or email"), required=False, max_length=200)
    state = forms.ChoiceField(
        label=gettext_lazy("State"),
        required=False,
        choices=[("", gettext_lazy("All"))] + Signature.State.choices,
    )


class DomainForm(forms.Form):
    domain = forms.CharField(
        label=gettext_lazy("Email domain"),
        max_length=253,
        help_text=gettext_lazy("Every signature from an address at this domain, e.g. example.com."),
    )
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=200, required=False)

    def clean_domain(self):
        return petition_editing.normalise_domain(self.cleaned_data["domain"])


class OfflineCountForm(forms.Form):
    offline_signature_count = forms.IntegerField(
        label=gettext_lazy("Signatures collected offline"), min_value=0, max_value=MAX_OFFLINE
    )


class StateForm(forms.Form):
    state = forms.ChoiceField(label=gettext_lazy("State"), choices=PetitionPage.State.choices)


class ExportForm(forms.Form):
    state = forms.ChoiceField(
        label=gettext_lazy("Signatures"),
        required=False,
        choices=[("", gettext_lazy("All"))] + Signature.State.choices,
        initial=Signature.State.CONFIRMED,
    )
    include_emails = forms.BooleanField(label=gettext_lazy("With email addresses"), required=False)


class PetitionListView(WagtailAdminTemplateMixin, TemplateView):
    """Every petition (its source-language version), with counts against its goal."""

    template_name = "campaigns/admin/petition_list.html"
    page_title = gettext_lazy("Petitions")
    header_icon = "form"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        _require(request.user, "view_signature")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        versions = PetitionPage.objects.select_related("locale").order_by("-first_published_at")
        petitions = one_version_each(versions)
        figures = queries.petitions_figures(petitions)
        rows = [{"page": page, **figures[page.translation_key]} for page in petitions]
        context["rows"] = rows
        return context


class PetitionSignaturesView(PostedSearchMixin, WagtailAdminTemplateMixin, TemplateView):
    """One petition: charts by day and region, the signature list, and the editors' actions."""

    template_name = "campaigns/admin/petition_signatures.html"
    header_icon = "form"
    search_form_class = SignatureFilterForm
    searches_session_key = "campaigns.signature_searches"
    actions = {
        "invalidate": "change_signature",
        "restore": "change_signature",
        "offline": None,  # publishing rights on the page, checked below
        "state": None,
        "export": "view_signature",
        "search": "view_signature",
    }

    def dispatch(self, request, page_id, *args, **kwargs):
        _require(request.user, "view_signature")
        page = get_object_or_404(PetitionPage, pk=page_id)
        # One screen per petition, whichever language version it was opened from: the source
        # language's, where editors hold the publishing rights the actions need.
        self.petition = source_versions(page, PetitionPage).first() or page
        self.forms = {}
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Signatures")

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("campaigns_petitions"), "label": _("Petitions")},
            {"url": "", "label": self.petition.get_admin_display_title()},
        ]

    def get_page_subtitle(self):
        return self.petition.get_admin_display_title()

    def can_publish(self):
        return self.petition.permissions_for_user(self.request.user).can_publish()

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action", "")
        if action not in self.actions:
            messages.error(request, _("Unknown action."))
            return redirect(self.url())
        if self.actions[action]:
            _require(request.user, self.actions[action])
        elif not self.can_publish():
            raise PermissionDenied
        handled = getattr(self, f"do_{action}")(request)
        return handled or self.get(request, *args, **kwargs)

    def url(self):
        return reverse("campaigns_petition_signatures", args=[self.petition.pk])

    def do_invalidate(self, request):
        form = self.forms["domain"] = DomainForm(request.POST)
        if not form.is_valid():
            return None
        domain = form.cleaned_data["domain"]
        if request.POST.get("confirm") != "1":
            # First step: say how many would change, and ask again.
            self.pending_domain = {
                "domain": domain,
                "reason": form.cleaned_data["reason"],
                "count": petition_editing.signatures_from_domain(self.petition, domain)
                .filter(invalidated_at=None)
                .count(),
            }
            return None
        changed = petition_editing.invalidate_domain(
            self.petition, domain, user=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(
            request,
            ngettext(
                "%(count)d signature from %(domain)s no longer counts.",
                "%(count)d signatures from %(domain)s no longer count.",
                changed,
            )
            % {"count": changed, "domain": domain},
        )
        return redirect(self.url())

    def do_restore(self, request):
        form = self.forms["domain"] = DomainForm(request.POST)
        if not form.is_valid():
            return None
        domain = form.cleaned_data["domain"]
        changed = petition_editing.restore_domain(self.petition, domain, user=request.user)
        messages.success(
            request,
            ngettext(
                "%(count)d signature from %(domain)s counts again.",
                "%(count)d signatures from %(domain)s count again.",
                changed,
            )
            % {"count": changed, "domain": domain},
        )
        return redirect(self.url())

    def do_offline(self, request):
        form = self.forms["offline"] = OfflineCountForm(request.POST)
        if not form.is_valid():
            return None
        petition_editing.publish_shared_settings(
            self.petition,
            user=request.user,
            offline_signature_count=form.cleaned_data["offline_signature_count"],
        )
        messages.success(request, _("The offline count is saved and published."))
        return redirect(self.url())

    def do_state(self, request):
        form = self.forms["state"] = StateForm(request.POST)
        if not form.is_valid():
            return None
        petition_editing.publish_shared_settings(
            self.petition, user=request.user, state=form.cleaned_data["state"]
        )
        messages.success(
            request,
            _("The petition is now: %(state)s.")
            % {"state": PetitionPage.State(form.cleaned_data["state"]).label},
        )
        return redirect(self.url())

    def do_export(self, request):
        form = self.forms["export"] = ExportForm(request.POST)
        if not form.is_valid():
            return None
        signature_exports.start_export(
            self.petition,
            user=request.user,
            include_emails=form.cleaned_data["include_emails"],
            state=form.cleaned_data["state"],
        )
        messages.success(request, _("The export has started; its progress is shown below."))
        return redirect(self.url() + "#exports")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        petition = self.petition
        user = self.request.user
        filters = self.search_form()
        chosen = filters.cleaned_data if filters.is_valid() else {}
        signatures = queries.filter_signatures(
            queries.signatures_of(petition),
            state=chosen.get("state", ""),
            query=chosen.get("q", ""),
            by_email=user.has_perm("campaigns.export_signature_emails"),
        ).order_by("-created_at", "-pk")
        listing = Paginator(signatures, PER_PAGE).get_page(self.request.GET.get("p"))
        by_day = queries.confirmed_by_day(petition)
        by_region = queries.counted_by_region(petition)
        context.update(
            petition=petition,
            figures=queries.signature_figures(petition),
            by_day=[
                {"x": index * 10 + 1, "y": 100 - share, "height": share, "day": day, "count": count}
                for index, (day, count, share) in enumerate(with_shares(by_day))
            ],
            by_day_width=len(by_day) * 10,
            by_day_max=max((count for _day, count in by_day), default=0),
            by_region=with_shares(by_region),
            filters=filters,
            signatures=listing,
            elided_page_range=listing.paginator.get_elided_page_range(listing.number),
            domain_form=self.forms.get("domain") or DomainForm(),
            pending_domain=getattr(self, "pending_domain", None),
            offline_form=self.forms.get("offline")
            or OfflineCountForm(
                initial={"offline_signature_count": petition.offline_signature_count}
            ),
            state_form=self.forms.get("state") or StateForm(initial={"state": petition.state}),
            export_form=self.forms.get("export") or ExportForm(),
            can_change=user.has_perm("campaigns.change_signature"),
            can_publish=self.can_publish(),
            can_export_emails=user.has_perm("campaigns.export_signature_emails"),
            exports=SignatureExport.objects.filter(
                petition_key=petition.translation_key, requested_by=user
            )[:5],
        )
        return context


class ExportStatusView(csv_exports.ExportStatusView):
    model = SignatureExport
    permission = "campaigns.view_signature"
    download_url_name = "campaigns_export_download"


class ExportDownloadView(csv_exports.ExportDownloadView):
    model = SignatureExport
    permission = "campaigns.view_signature"
