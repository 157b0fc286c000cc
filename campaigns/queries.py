"""Reads of petitions and their signatures, written once for the model, the admin, the dashboard,
the API and the webhooks: the public signature count, the admin's figures and charts, and the
filters of its signature list.

A petition's signatures belong to all its language versions together (`petition_key` is the
pages' `translation_key`), so everything here takes any version and reads the whole group.
"""

from datetime import date, timedelta

from django.db.models import Count, F, Max, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from campaigns.models import COUNTED, INVALIDATED, PENDING, PetitionPage, Signature
from cms.languages import SOURCE_LANGUAGE
from cms.regions import region_name


def signatures_of(petition: PetitionPage):
    return Signature.objects.filter(petition_key=petition.translation_key)


def public_signature_count(petition: PetitionPage) -> int:
    """The count a petition shows everyone: its counted signatures over every language version
    (confirmed by the signer, not invalidated by an editor) plus the paper ones. Of this instance,
    saved or not; `with_public_signature_count` is the same rule for a list, in SQL."""
    return signatures_of(petition).counted().count() + petition.offline_signature_count


def signatures_where(condition: Q | None = None):
    """How many signatures of the petition on the row (any language version) meet `condition`
    (all of them without one), 0 when none: a subquery for `.annotate()` on petitions."""
    matching = (
        Signature.objects.filter(condition or Q(), petition_key=OuterRef("translation_key"))
        .order_by()
        .values("petition_key")
        .annotate(number=Count("pk"))
        .values("number")
    )
    return Coalesce(Subquery(matching), Value(0))


def with_public_signature_count(petitions):
    """`petitions` (a queryset of PetitionPage) annotated with `public_signature_count`: the
    rule of `public_signature_count`, read in the same query for any number of petitions."""
    return petitions.annotate(
        public_signature_count=signatures_where(COUNTED) + F("offline_signature_count")
    )


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


def signature_figures(petition: PetitionPage) -> dict:
    """How many signatures are in each state, in one query."""
    return petitions_figures([petition])[petition.translation_key]


def petitions_figures(petitions) -> dict:
    """`signature_figures` of each of `petitions` (any language version), keyed by petition
    (`translation_key`), in one query however many there are."""
    by_key = {petition.translation_key: petition for petition in petitions}
    rows = (
        with_public_signature_count(
            PetitionPage.objects.filter(pk__in=[petition.pk for petition in by_key.values()])
        )
        .annotate(
            total=signatures_where(),
            confirmed=signatures_where(COUNTED),
            pending=signatures_where(PENDING),
            invalidated=signatures_where(INVALIDATED),
        )
        .values(
            "translation_key",
            "total",
            "confirmed",
            "pending",
            "invalidated",
            "offline_signature_count",
            "public_signature_count",
        )
    )
    counts = {row.pop("translation_key"): row for row in rows}
    empty = {"total": 0, "confirmed": 0, "pending": 0, "invalidated": 0}
    result = {}
    for key, petition in by_key.items():
        row = counts.get(key, {})
        figures = {name: row.get(name, zero) for name, zero in empty.items()}
        figures["offline"] = row.get("offline_signature_count", petition.offline_signature_count)
        figures["counted"] = row.get("public_signature_count", figures["offline"])
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
    language = translation.get_language() or SOURCE_LANGUAGE
    return [(code, region_name(code, language) or _("not given"), count) for code, count in rows]
