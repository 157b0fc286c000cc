"""CSV exports of a petition's signatures: queued from the admin, written by a background task
in batches with their progress recorded as it goes, kept in private storage for
SIGNATURE_EXPORT_DAYS.
"""

import csv
import io
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.log_actions import log

from campaigns.models import PetitionPage, Signature, SignatureExport
from campaigns.queries import filter_signatures
from cms.languages import SOURCE_LANGUAGE
from cms.regions import region_name

EXPORT_BATCH = 2_000
# Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def start_export(
    petition: PetitionPage, *, user, include_emails: bool, state: str = ""
) -> SignatureExport:
    """Queues a CSV export; emails only for users with the dedicated permission."""
    if include_emails and not user.has_perm("campaigns.export_signature_emails"):
        include_emails = False
    export = SignatureExport.objects.create(
        petition_key=petition.translation_key,
        requested_by=user,
        include_emails=include_emails,
        signature_state=state,
        language=translation.get_language() or SOURCE_LANGUAGE,
    )
    log(
        instance=petition,
        action="tendik.signatures.export",
        user=user,
        data={"export": export.pk, "emails": include_emails, "state": state},
    )
    transaction.on_commit(lambda: write_signature_export.enqueue(export.pk))
    return export


def prune_exports(*, now=None) -> int:
    """Deletes signature exports older than SIGNATURE_EXPORT_DAYS, files included: a CSV of
    signers is made to be downloaded, not kept. Returns how many went."""
    now = now or timezone.now()
    old = SignatureExport.objects.filter(
        created_at__lt=now - timedelta(days=settings.SIGNATURE_EXPORT_DAYS)
    )
    pruned = 0
    for export in old.iterator():
        if export.file:
            export.file.delete(save=False)
        export.delete()
        pruned += 1
    return pruned


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


@task()
def write_signature_export(export_id: int) -> None:
    """Writes the CSV in batches, saving progress after each so the admin can show it."""
    export = SignatureExport.objects.filter(pk=export_id, status=SignatureExport.Status.QUEUED)
    export = export.first()
    if export is None:
        return  # done already, or another worker has it
    signatures = filter_signatures(
        Signature.objects.filter(petition_key=export.petition_key), state=export.signature_state
    )
    export.status = SignatureExport.Status.RUNNING
    export.rows_total = signatures.count()
    export.save(update_fields=["status", "rows_total"])
    try:
        with translation.override(export.language):
            content = _csv(export, signatures)
        name = f"signatures-{export.petition_key.hex[:8]}-{timezone.localdate():%Y%m%d}.csv"
        export.file.save(name, ContentFile(content.encode("utf-8-sig")), save=False)
    except Exception:
        export.status = SignatureExport.Status.FAILED
        export.finished_at = timezone.now()
        export.save(update_fields=["status", "finished_at"])
        raise
    export.status = SignatureExport.Status.DONE
    export.rows_done = export.rows_total
    export.finished_at = timezone.now()
    export.save(update_fields=["status", "rows_done", "file", "finished_at"])


def _csv(export: SignatureExport, signatures) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = [_("Full name"), _("Region"), _("Language"), _("Signed at"), _("Confirmed at")]
    header += [_("State")] + ([_("Email")] if export.include_emails else [])
    writer.writerow(header)
    states = dict(Signature.State.choices)
    last_pk, done = 0, 0
    while True:
        # Keyset batches: each a short query, however large the petition.
        batch = list(signatures.filter(pk__gt=last_pk).order_by("pk")[:EXPORT_BATCH])
        if not batch:
            break
        for signature in batch:
            row = [
                signature.full_name,
                region_name(signature.region, export.language),
                signature.locale,
                _local(signature.created_at),
                _local(signature.confirmed_at),
                states[signature.state],
            ]
            if export.include_emails:
                row.append(signature.email)
            writer.writerow([_cell(value) for value in row])
        last_pk, done = batch[-1].pk, done + len(batch)
        SignatureExport.objects.filter(pk=export.pk).update(rows_done=done)
    return buffer.getvalue()
