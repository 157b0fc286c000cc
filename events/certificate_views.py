"""The organiser's certificates screen of an event: how many attended, *Issue certificates*
with its progress, the certificates with their codes, a PDF of each (or all, for printing), and
revoking one. The rules are in events/certificates.py.

Needs `events.change_registration`, like check-in.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.languages import source_versions
from events import certificates
from events.attendance import attendees
from events.models import Certificate, CertificateRun, EventPage

PERMISSION = "events.change_registration"


def _require(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied


def _event(page_id) -> EventPage:
    page = get_object_or_404(EventPage, pk=page_id)
    return source_versions(page, EventPage).first() or page


class CertificatesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "events/admin/certificates.html"
    header_icon = "doc-full"

    def dispatch(self, request, page_id, *args, **kwargs):
        _require(request.user)
        self.event = _event(page_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Certificates")

    def get_page_subtitle(self):
        return self.event.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("events_registrations_list"), "label": _("Event registrations")},
            {
                "url": reverse("events_registrations", args=[self.event.pk]),
                "label": self.event.get_admin_display_title(),
            },
            {"url": "", "label": _("Certificates")},
        ]

    def url(self):
        return reverse("events_certificates", args=[self.event.pk])

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        try:
            if action == "issue":
                certificates.start_issuing(self.event, user=request.user)
                messages.success(
                    request, _("Certificates are being issued; the progress is shown below.")
                )
            elif action == "revoke":
                certificate = get_object_or_404(
                    Certificate,
                    pk=request.POST.get("certificate") or 0,
                    event_key=self.event.translation_key,
                )
                certificates.revoke(certificate.pk, user=request.user)
                messages.success(
                    request,
                    _("The certificate %(code)s is revoked.") % {"code": certificate.code},
                )
            else:
                messages.error(request, _("Unknown action."))
        except certificates.CertificateError as refused:
            messages.error(request, str(refused))
        return redirect(self.url())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        key = self.event.translation_key
        issued = Certificate.objects.filter(event_key=key)
        context.update(
            event=self.event,
            attendees=len(attendees([key])),
            issued=issued.filter(revoked_at__isnull=True).count(),
            revoked=issued.filter(revoked_at__isnull=False).count(),
            certificates=issued.order_by("full_name", "pk"),
            runs=CertificateRun.objects.filter(event_key=key)[:5],
        )
        return context


class CertificateRunStatusView(View):
    """A run's progress as JSON, in the shape cms/static/cms/export-progress.js follows."""

    def get(self, request, run_id):
        _require(request.user)
        run = get_object_or_404(CertificateRun, pk=run_id)
        event = EventPage.objects.filter(translation_key=run.event_key).order_by("pk").first()
        done = run.status == CertificateRun.Status.DONE
        return JsonResponse(
            {
                "status": run.status,
                "status_label": str(run.get_status_display()),
                "rows_done": run.rows_done,
                "rows_total": run.rows_total,
                "percent": run.percent,
                "download_url": (
                    reverse("events_certificates_pdf", args=[event.pk]) if done and event else None
                ),
            },
            headers={"Cache-Control": "no-store"},
        )


class CertificatesPdfView(View):
    """Every valid certificate of the event as one PDF (one page each, for printing), or the
    one named by ?code=."""

    def get(self, request, page_id):
        _require(request.user)
        event = _event(page_id)
        chosen = Certificate.objects.filter(
            event_key=event.translation_key, revoked_at__isnull=True
        ).order_by("full_name", "pk")
        name = f"certificates-{event.slug}.pdf"
        if request.GET.get("code"):
            chosen = chosen.filter(code=request.GET["code"])
            name = f"certificate-{request.GET['code']}.pdf"
        chosen = list(chosen)
        if not chosen:
            messages.error(request, _("There is no certificate to download yet."))
            return redirect(reverse("events_certificates", args=[event.pk]))
        response = HttpResponse(
            certificates.certificate_pdf(chosen), content_type="application/pdf"
        )
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "no-store"
        return response
