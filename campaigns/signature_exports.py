"""CSV exports of a petition's signatures: queued from the admin, written by a background task
in batches with their progress recorded as it goes, kept in private storage for
SIGNATURE_EXPORT_DAYS.
"""

import csv
import io

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.log_actions import log

from campaigns.models import PetitionPage, Signature, SignatureExport
from campaigns.queries import filter_signatures
from cms import csv_exports
from cms.languages import SOURCE_LANGUAGE
from cms.regions import region_name

EXPORT_BATCH = csv_exports.EXPORT_BATCH


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
    return csv_exports.prune(SignatureExport.objects.all(), settings.SIGNATURE_EXPORT_DAYS, now)


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
    name = f"signatures-{export.petition_key.hex[:8]}-{timezone.localdate():%Y%m%d}.csv"
    csv_exports.run_export(export, signatures, _csv, name)


def _csv(export: SignatureExport, signatures) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    header = [_("Full name"), _("Region"), _("Language"), _("Signed at"), _("Confirmed at")]
    header += [_("State")] + ([_("Email")] if export.include_emails else [])
    writer.writerow(header)
    states = dict(Signature.State.choices)

    def to_row(signature):
        row = [
            signature.full_name,
            region_name(signature.region, export.language),
            signature.locale,
            csv_exports.local_minute(signature.created_at),
            csv_exports.local_minute(signature.confirmed_at),
            states[signature.state],
        ]
        return row + ([signature.email] if export.include_emails else [])

    csv_exports.write_in_batches(
        writer,
        signatures,
        to_row,
        lambda done: SignatureExport.objects.filter(pk=export.pk).update(rows_done=done),
        batch=EXPORT_BATCH,
    )
    return buffer.getvalue()
