"""Certificates of attendance: issued to everyone who attended under the event's rule
(events/attendance.py), in the attendee's language (ru, kk or en), as a PDF emailed through the
outbox, with a public verification by code (api: GET /api/v1/certificates/{code}/; website:
/certificates/{code}/).

- Issuing is a background task that records its progress (CertificateRun). Each certificate and
  its email are written in one transaction, and a registration has at most one certificate (a
  unique constraint): a second press, or a task resumed after a crash, skips whoever has one, so
  nobody is sent two.
- The PDF is drawn with fpdf2 in DejaVu Sans, shipped in events/fonts/ with its licence, so ә ғ
  қ ң ө ұ ү һ і render and nothing is fetched. It is made when the email is sent (and when an
  organiser downloads it), from what the certificate recorded when issued.
- An organiser may revoke a certificate; its verification then says so and nothing more.
"""

import io
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from fpdf import FPDF
from wagtail.log_actions import log

from cms.errors import DomainError
from events.attendance import attendees
from events.models import Certificate, CertificateRun, EventPage, Registration
from events.qr import qr_png
from events.registrations import CERTIFICATE
from outbox.delivery import compose_email_later

CERTIFICATE_EMAIL = "events.certificate"
FONTS = Path(__file__).resolve().parent / "fonts"
BATCH = 50


class CertificateError(DomainError):
    kind = "conflict"


def verification_url(code: str, language: str) -> str:
    """The public page that confirms a certificate: the website's when there is one, else the
    hub's own."""
    base = (settings.FRONTEND_BASE_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    return f"{base}/{language}/certificates/{code}/"


# Issuing -------------------------------------------------------------------------------------


def start_issuing(event: EventPage, *, user) -> CertificateRun:
    if event.is_cancelled:
        raise CertificateError(_("A cancelled event has no attendees to certify."))
    if event.starts_at > timezone.now():
        raise CertificateError(_("Certificates are issued once the event has begun."))
    run = CertificateRun.objects.create(event_key=event.translation_key, requested_by=user)
    log(instance=event, action="tendik.events.certificates", user=user, data={"run": run.pk})
    transaction.on_commit(lambda: issue_certificates.enqueue(run.pk))
    return run


@task()
def issue_certificates(run_id: int) -> None:
    """Issues and emails a certificate to every attendee who has none, in batches, saving the
    progress after each. Safe to run twice and to resume: see the module's docstring."""
    run = CertificateRun.objects.filter(
        pk=run_id, status__in=(CertificateRun.Status.QUEUED, CertificateRun.Status.RUNNING)
    ).first()
    if run is None:
        return
    present = [attendee.registration_id for attendee in attendees([run.event_key])]
    CertificateRun.objects.filter(pk=run.pk).update(
        status=CertificateRun.Status.RUNNING, rows_total=len(present)
    )
    versions = {
        page.locale.language_code: page
        for page in EventPage.objects.filter(translation_key=run.event_key).select_related("locale")
    }
    done, issued = 0, 0
    for start in range(0, len(present), BATCH):
        batch = present[start : start + BATCH]
        for registration in Registration.objects.filter(pk__in=batch, certificate__isnull=True):
            issued += _issue(registration, versions)
        done += len(batch)
        CertificateRun.objects.filter(pk=run.pk).update(rows_done=done, issued=issued)
    CertificateRun.objects.filter(pk=run.pk).update(
        status=CertificateRun.Status.DONE, rows_done=done, finished_at=timezone.now()
    )


def _issue(registration: Registration, versions: dict) -> int:
    # The certificate speaks the attendee's language; the event's title is that language's
    # version where there is one, else the source's.
    language = registration.locale
    event = versions.get(language) or versions.get(settings.LANGUAGE_CODE)
    event = event or next(iter(versions.values()))
    with transaction.atomic():
        certificate, created = Certificate.objects.get_or_create(
            registration=registration,
            defaults={
                "event_key": registration.event_key,
                "language": language,
                "full_name": registration.full_name,
                "event_title": event.title,
                "starts_on": timezone.localtime(event.starts_at).date(),
                "ends_on": timezone.localtime(event.ends_at).date(),
                "hours": event.certificate_hours,
            },
        )
        if created:
            compose_email_later(
                to=registration.email,
                kind=CERTIFICATE_EMAIL,
                context={"certificate": certificate.pk},
                about=(CERTIFICATE, certificate.pk),
            )
    return int(created)


def revoke(certificate_id: int, *, user) -> Certificate:
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate_id)
        if certificate.revoked_at is None:
            certificate.revoked_at = timezone.now()
            certificate.revoked_by = user
            certificate.save(update_fields=["revoked_at", "revoked_by"])
            event = EventPage.objects.filter(translation_key=certificate.event_key).first()
            if event is not None:
                log(
                    instance=event,
                    action="tendik.events.certificate_revoked",
                    user=user,
                    data={"certificate": certificate.code},
                )
    return certificate


# The PDF -------------------------------------------------------------------------------------


def _dates(certificate: Certificate) -> str:
    first, last = certificate.starts_on, certificate.ends_on
    if first == last:
        return formats.date_format(first, "j E Y")
    return f"{formats.date_format(first, 'j E')} – {formats.date_format(last, 'j E Y')}"


def organisers(event_key, language: str) -> list[str]:
    """The event's partners in `language` (else the source version's), after the NGO."""
    page = (
        EventPage.objects.filter(translation_key=event_key, locale__language_code=language).first()
        or EventPage.objects.filter(translation_key=event_key).order_by("pk").first()
    )
    names = [settings.WAGTAIL_SITE_NAME]
    if page is not None:
        names += [link.partner.name for link in page.event_partners.select_related("partner")]
    return list(dict.fromkeys(names))


def certificate_pdf(certificates) -> bytes:
    """One A4 landscape page per certificate, each in its own language."""
    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_title(_("Certificate"))
    for certificate in certificates:
        with translation.override(certificate.language):
            _page(pdf, certificate)
    return bytes(pdf.output())


def _page(pdf: FPDF, certificate: Certificate) -> None:
    pdf.add_page()
    width = pdf.w - 40
    pdf.set_draw_color(46, 31, 94)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_xy(20, 24)
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(width, 8, settings.WAGTAIL_SITE_NAME, align="C")
    pdf.set_xy(20, 40)
    pdf.set_font("DejaVu", "B", 34)
    pdf.cell(width, 16, _("Certificate").upper(), align="C")
    pdf.set_xy(20, 64)
    pdf.set_font("DejaVu", "", 14)
    pdf.cell(width, 8, _("This certifies that"), align="C")
    pdf.set_xy(20, 76)
    pdf.set_font("DejaVu", "B", 26)
    pdf.multi_cell(width, 12, certificate.full_name, align="C")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "", 14)
    pdf.cell(width, 10, _("took part in"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(width, 9, f"«{certificate.event_title}»", align="C")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "", 13)
    details = _dates(certificate)
    if certificate.hours:
        details += " · " + _("%(hours)s academic hours") % {"hours": certificate.hours}
    pdf.cell(width, 9, details, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(
        width,
        6,
        _("Organisers: %(names)s")
        % {"names": ", ".join(organisers(certificate.event_key, certificate.language))},
        align="C",
    )
    url = verification_url(certificate.code, certificate.language)
    pdf.image(io.BytesIO(qr_png(url, scale=4)), x=pdf.w - 58, y=pdf.h - 58, w=36, h=36)
    pdf.set_xy(22, pdf.h - 44)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, _("Verification code: %(code)s") % {"code": certificate.code})
    pdf.set_xy(22, pdf.h - 38)
    pdf.cell(0, 6, url)
    pdf.set_xy(22, pdf.h - 32)
    issued = formats.date_format(timezone.localtime(certificate.issued_at).date(), "j E Y")
    pdf.cell(0, 6, _("Issued on %(date)s") % {"date": issued})
