"""CSV exports of people (petition signers, event registrants) written once: cells that a
spreadsheet will not run as formulas, Almaty times, keyset batches with the progress saved after
each, and the admin views that report the progress and hand the file to whoever asked for it.

Each app keeps its own export model (rows, status, file in private storage) and task; these are
the parts that are the same."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import models
from django.http import FileResponse, Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views import View


class CsvExport(models.Model):
    """What every export records: who asked, in which language, with or without addresses, and
    its progress. A concrete export adds what it is of (a petition, an event), its filter and
    its `file` (in private storage)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Being written")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    include_emails = models.BooleanField(_("with email addresses"), default=False)
    language = models.CharField(_("language"), max_length=8, default=settings.LANGUAGE_CODE)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows written"), default=0)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return round(self.rows_done * 100 / self.rows_total) if self.rows_total else 0


EXPORT_BATCH = 2_000
# Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def local_minute(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def write_in_batches(writer, rows, to_row, progress, batch: int = EXPORT_BATCH) -> int:
    """Writes `to_row(each)` for every row of the queryset `rows` in keyset batches (each a short
    query, however many rows), calling `progress(done)` after each; returns how many."""
    last_pk, done = 0, 0
    while True:
        chunk = list(rows.filter(pk__gt=last_pk).order_by("pk")[:batch])
        if not chunk:
            return done
        for each in chunk:
            writer.writerow([csv_cell(value) for value in to_row(each)])
        last_pk, done = chunk[-1].pk, done + len(chunk)
        progress(done)


def run_export(export, rows, write_csv, filename: str) -> None:
    """Runs a queued export (a model with status, rows_total, rows_done, language, file and
    finished_at): counts `rows`, writes `write_csv(export, rows)` in the export's language, saves
    it as `filename` (UTF-8 with a BOM, which spreadsheet programs need to read Kazakh letters),
    and records each step, a failure too."""
    export.status = export.Status.RUNNING
    export.rows_total = rows.count()
    export.save(update_fields=["status", "rows_total"])
    try:
        with translation.override(export.language):
            content = write_csv(export, rows)
        export.file.save(filename, ContentFile(content.encode("utf-8-sig")), save=False)
    except Exception:
        export.status = export.Status.FAILED
        export.finished_at = timezone.now()
        export.save(update_fields=["status", "finished_at"])
        raise
    export.status = export.Status.DONE
    export.rows_done = export.rows_total
    export.finished_at = timezone.now()
    export.save(update_fields=["status", "rows_done", "file", "finished_at"])


def prune(exports, days: int, now=None) -> int:
    """Deletes the exports of the queryset made more than `days` ago, files included: a CSV of
    people is made to be downloaded, not kept. Returns how many went."""
    now = now or timezone.now()
    pruned = 0
    for export in exports.filter(created_at__lt=now - timedelta(days=days)).iterator():
        if export.file:
            export.file.delete(save=False)
        export.delete()
        pruned += 1
    return pruned


class ExportOwnerMixin:
    """An export's file holds personal data: only whoever asked for it gets it, and only while
    they still hold `permission`."""

    model = None
    permission = ""
    download_url_name = ""

    def get_export(self, request, export_id):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        export = get_object_or_404(self.model, pk=export_id)
        if export.requested_by_id != request.user.pk:
            raise Http404
        return export


class ExportStatusView(ExportOwnerMixin, View):
    def get(self, request, export_id):
        export = self.get_export(request, export_id)
        done = export.status == export.Status.DONE
        return JsonResponse(
            {
                "status": export.status,
                "status_label": export.get_status_display(),
                "rows_done": export.rows_done,
                "rows_total": export.rows_total,
                "percent": export.percent,
                "download_url": reverse(self.download_url_name, args=[export.pk]) if done else None,
            },
            headers={"Cache-Control": "no-store"},
        )


class ExportDownloadView(ExportOwnerMixin, View):
    def get(self, request, export_id):
        export = self.get_export(request, export_id)
        if export.status != export.Status.DONE or not export.file:
            raise Http404
        if getattr(export.file.storage, "querystring_auth", False):
            # On S3: a link that works for PRIVATE_URL_SECONDS, for this user only to follow.
            response = HttpResponseRedirect(export.file.url)
            response["Cache-Control"] = "no-store"
            response["Referrer-Policy"] = "no-referrer"
            return response
        try:
            handle = export.file.open("rb")
        except FileNotFoundError as missing:
            raise Http404 from missing
        response = FileResponse(
            handle,
            as_attachment=True,
            filename=export.file.name.rsplit("/", 1)[-1],
            content_type="text/csv; charset=utf-8",
        )
        response["Cache-Control"] = "no-store"
        return response
