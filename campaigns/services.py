"""What editors do to a petition's signatures in the admin, written once here (campaigns/admin_views.py
calls it): figures and charts, invalidating by email domain, the petition's shared settings, and
CSV exports written in the background with their progress.

A petition's signatures belong to all its language versions together (`petition_key` is the
pages' `translation_key`), so everything here takes any version and acts on the whole group.
"""

import csv
import io
import re
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Count, Max, Q
from django.db.models.functions import TruncDate
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.log_actions import log

from campaigns.models import (
    COUNTED,
    INVALIDATED,
    PENDING,
    PetitionPage,
    Signature,
    SignatureExport,
)
from campaigns.regions import region_name
from campaigns.signing import signature_count_changed

EXPORT_BATCH = 2_000
# Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DOMAIN = re.compile(r"^(?:[\w-]+\.)+[\w-]{2,}$")


def signatures_of(petition: PetitionPage):
    return Signature.objects.filter(petition_key=petition.translation_key)


def filter_signatures(signatures, *, state: str = "", query: str = "", by_email: bool = False):
    """Signatures in a state, and matching a name (or an address, for those who may see them)."""
    conditions = {
        Signature.State.PENDING: PENDING,
        Signature.State.CONFIRMED: COUNTED,
        Signature.State.INVALIDATED: INVALIDATED,
    }
    if state in conditions:
        signatures = signatures.filter(conditions[state])
    query = query.strip()
    if query:
        matches = _name_contains(query)
        if by_email:
            matches |= Q(email__icontains=query.lower())
        signatures = signatures.filter(matches)
    return signatures


def _name_contains(query: str) -> Q:
    # PostgreSQL compares any letters case-insensitively; SQLite (the embedded default) only
    # ASCII ones, so there the usual spellings of a Cyrillic query are tried as well.
    matches = Q(full_name__icontains=query)
    for variant in {query.lower(), query.upper(), query.capitalize(), query.title()}:
        matches |= Q(full_name__contains=variant)
    return matches


def one_version_each(versions) -> list[PetitionPage]:
    """One language version per petition, in the order of `versions`: the source language's,
    else the first (`versions` with `select_related("locale")`)."""
    petitions = {}
    for page in versions:
        current = petitions.get(page.translation_key)
        if current is None or page.locale.language_code == settings.LANGUAGE_CODE:
            petitions[page.translation_key] = page
    return list(petitions.values())


def signature_figures(petition: PetitionPage) -> dict:
    """How many signatures are in each state, in one query."""
    return petitions_figures([petition])[petition.translation_key]


def petitions_figures(petitions) -> dict:
    """`signature_figures` of each of `petitions` (any language version), keyed by petition
    (`translation_key`), in one query however many there are."""
    by_key = {petition.translation_key: petition for petition in petitions}
    empty = {"total": 0, "confirmed": 0, "pending": 0, "invalidated": 0}
    counts = {
        row.pop("petition_key"): row
        for row in Signature.objects.filter(petition_key__in=list(by_key))
        .values("petition_key")
        .annotate(
            total=Count("pk"),
            confirmed=Count("pk", filter=COUNTED),
            pending=Count("pk", filter=PENDING),
            invalidated=Count("pk", filter=INVALIDATED),
        )
        .order_by()
    }
    result = {}
    for key, petition in by_key.items():
        figures = {**empty, **counts.get(key, {})}
        figures["offline"] = petition.offline_signature_count
        figures["counted"] = figures["confirmed"] + figures["offline"]
        figures["goal"] = petition.goal
        figures["percent"] = (
            min(round(figures["counted"] * 100 / petition.goal), 100) if petition.goal else 0
        )
        result[key] = figures
    return result


def confirmed_by_day(petition: PetitionPage, *, days: int = 60) -> list[tuple[date, int]]:
    """Counted signatures per day of confirmation (Almaty), zeros included, so a chart shows
    the pace truthfully: the last `days` days up to today while the petition is open, up to
    its last confirmation once it is closed."""
    counted = signatures_of(petition).counted()
    end = timezone.localdate()
    if not petition.is_open:
        last = counted.aggregate(last=Max("confirmed_at"))["last"]
        end = timezone.localdate(last) if last else end
    since = end - timedelta(days=days - 1)
    rows = (
        counted.filter(confirmed_at__date__gte=since, confirmed_at__date__lte=end)
        .annotate(day=TruncDate("confirmed_at", tzinfo=timezone.get_current_timezone()))
        .values("day")
        .annotate(count=Count("pk"))
        .values_list("day", "count")
    )
    counts = dict(rows)
    first = min(counts, default=end)
    return [
        (first + timedelta(days=n), counts.get(first + timedelta(days=n), 0))
        for n in range((end - first).days + 1)
    ]


def counted_by_region(petition: PetitionPage) -> list[tuple[str, str, int]]:
    """(code, name in the current language, counted signatures) per region, most first."""
    rows = (
        signatures_of(petition)
        .counted()
        .values("region")
        .annotate(count=Count("pk"))
        .order_by("-count", "region")
        .values_list("region", "count")
    )
    language = translation.get_language() or settings.LANGUAGE_CODE
    return [(code, region_name(code, language) or _("not given"), count) for code, count in rows]


def normalise_domain(value: str) -> str:
    domain = (value or "").strip().lower().lstrip("@").rstrip(".")
    if not DOMAIN.match(domain):
        raise ValidationError(_("Enter a domain such as example.com, without the name and @."))
    return domain


def signatures_from_domain(petition: PetitionPage, domain: str):
    return signatures_of(petition).filter(email__endswith=f"@{normalise_domain(domain)}")


@transaction.atomic
def invalidate_domain(petition: PetitionPage, domain: str, *, user, reason: str = "") -> int:
    """Stops every signature from addresses at `domain` counting; the rows stay (so the same
    addresses cannot sign again) and `restore_domain` undoes it. Returns how many changed."""
    domain = normalise_domain(domain)
    changed = (
        signatures_from_domain(petition, domain)
        .filter(invalidated_at__isnull=True)
        .update(
            invalidated_at=timezone.now(),
            invalidation_reason=(
                reason.strip() or _("email domain %(domain)s") % {"domain": domain}
            )[:200],
        )
    )
    if changed:
        log(
            instance=petition,
            action="tendik.signatures.invalidate",
            user=user,
            data={"domain": domain, "count": changed},
        )
        transaction.on_commit(lambda: signature_count_changed.send(sender=Signature))
    return changed


@transaction.atomic
def restore_domain(petition: PetitionPage, domain: str, *, user) -> int:
    domain = normalise_domain(domain)
    changed = (
        signatures_from_domain(petition, domain)
        .filter(invalidated_at__isnull=False)
        .update(invalidated_at=None, invalidation_reason="")
    )
    if changed:
        log(
            instance=petition,
            action="tendik.signatures.restore",
            user=user,
            data={"domain": domain, "count": changed},
        )
        transaction.on_commit(lambda: signature_count_changed.send(sender=Signature))
    return changed


# The petition's settings that every language version shares (SynchronizedField).
SHARED_SETTINGS = {"offline_signature_count", "state"}


@transaction.atomic
def change_petition(petition: PetitionPage, *, user, **changes) -> None:
    """Sets shared petition settings (paper signatures, state) on every language version and
    publishes them, as an editor would by hand, without publishing anyone's pending draft: a
    draft is kept on top with the same change applied."""
    unknown = set(changes) - SHARED_SETTINGS
    if unknown:
        raise ValueError(f"not a shared petition setting: {', '.join(sorted(unknown))}")
    versions = PetitionPage.objects.filter(translation_key=petition.translation_key).order_by(
        "locale_id"
    )
    for page in versions.select_for_update():
        draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else None
        if page.live:
            # The row holds what is live; only these fields change in what readers see.
            for name, value in changes.items():
                setattr(page, name, value)
            revision = page.save_revision(user=user, log_action=True)
            # Shared settings follow the source like wagtail-localize's sync, so whoever may
            # publish the petition may publish them on its translations too.
            PublishRevisionAction(revision, user=user).execute(skip_permission_checks=True)
        if draft is not None:
            for name, value in changes.items():
                setattr(draft, name, value)
            draft.save_revision(user=user, log_action=False)
    # Counts and states are read per request by the API; its ETags must move.
    transaction.on_commit(lambda: signature_count_changed.send(sender=Signature))


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
        language=translation.get_language() or settings.LANGUAGE_CODE,
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
