"""CSV exports of an event's registrations: queued from the admin, written by a background task
in batches with their progress recorded (cms/csv_exports.py, shared with signature exports),
kept in private storage for SIGNATURE_EXPORT_DAYS. Email addresses only for users with
`events.export_registrant_emails`."""

import csv
import io

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from cms import csv_exports
from cms.languages import SOURCE_LANGUAGE
from cms.regions import region_name
from events.models import EventPage, EventQuestion, Registration, RegistrationExport
from events.queries import audience_names


def start_export(event: EventPage, *, user, include_emails: bool, status: str = ""):
    if include_emails and not user.has_perm("events.export_registrant_emails"):
        include_emails = False
    export = RegistrationExport.objects.create(
        event_key=event.translation_key,
        requested_by=user,
        include_emails=include_emails,
        registration_status=status,
        language=translation.get_language() or SOURCE_LANGUAGE,
    )
    transaction.on_commit(lambda: write_registration_export.enqueue(export.pk))
    return export


def prune_exports(*, now=None) -> int:
    return csv_exports.prune(RegistrationExport.objects.all(), settings.SIGNATURE_EXPORT_DAYS, now)


@task()
def write_registration_export(export_id: int) -> None:
    """Writes the CSV in batches, saving progress after each so the admin can show it."""
    export = RegistrationExport.objects.filter(
        pk=export_id, status=RegistrationExport.Status.QUEUED
    ).first()
    if export is None:
        return  # done already, or another worker has it
    rows = Registration.objects.filter(event_key=export.event_key)
    if export.registration_status:
        rows = rows.filter(status=export.registration_status)
    name = f"registrations-{export.event_key.hex[:8]}-{timezone.localdate():%Y%m%d}.csv"
    csv_exports.run_export(export, rows, _csv, name)


def _csv(export: RegistrationExport, registrations) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    # The event's own questions, as its version in the export's language asks them.
    questions = list(
        EventQuestion.objects.filter(
            page__translation_key=export.event_key, locale__language_code=export.language
        ).order_by("sort_order")
    ) or list(
        EventQuestion.objects.filter(
            page__translation_key=export.event_key, locale__language_code=SOURCE_LANGUAGE
        ).order_by("sort_order")
    )
    header = [
        _("Full name"),
        _("Organisation"),
        _("Position"),
        _("Audience category"),
        _("Region"),
        _("Language"),
        _("Registered at"),
        _("Status"),
        *(question.label for question in questions),
    ]
    writer.writerow(header + ([_("Email")] if export.include_emails else []))
    names = audience_names(export.language)
    statuses = dict(Registration.Status.choices)
    yes_no = {True: _("Yes"), False: _("No")}

    def to_row(registration):
        answers = [
            yes_no.get(answer, answer) if isinstance(answer, bool) else answer
            for answer in (
                registration.answers.get(str(question.translation_key), "")
                for question in questions
            )
        ]
        row = [
            registration.full_name,
            registration.organisation,
            registration.position,
            names.get(registration.audience, registration.audience),
            region_name(registration.region, export.language),
            registration.locale,
            csv_exports.local_minute(registration.created_at),
            statuses[registration.status],
            *answers,
        ]
        return row + ([registration.email] if export.include_emails else [])

    csv_exports.write_in_batches(
        writer,
        registrations,
        to_row,
        lambda done: RegistrationExport.objects.filter(pk=export.pk).update(rows_done=done),
    )
    return buffer.getvalue()
