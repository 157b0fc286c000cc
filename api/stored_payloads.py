"""The stored JSON of public pages (`PublicPage.card_json` and `payload_json`).

Built when a page is published (api/public_pages.py calls `store_payloads`), cleared when an
image, document, topic, author or partner it shows changes (`invalidate`), and built again by the
next read that finds it missing (`missing_cards`, `missing_payload`) or by
`manage.py index_public_pages`.
"""

from collections.abc import Callable, Iterable

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F, Q

from api.models import PayloadDependency, PublicPage
from api.payloads.cards import cards
from api.payloads.encoding import encode
from api.payloads.pages import PagePayload


def _record(dependencies: Iterable[tuple[int, str, int]]) -> None:
    PayloadDependency.objects.bulk_create(
        [
            PayloadDependency(page_id=page_id, kind=kind, object_id=object_id)
            for page_id, kind, object_id in dependencies
        ],
        ignore_conflicts=True,
    )


def _build_payload(entry: PublicPage, page=None) -> tuple[str, set]:
    if page is None:
        model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
        page = model.objects.get(pk=entry.page_id)
    builder = PagePayload(entry, page)
    return encode(builder.build()), builder.dependencies


def store_payloads(entry: PublicPage, page) -> None:
    """Builds and stores both JSON texts of a page just indexed (`page`: its specific instance)."""
    card = cards(PublicPage.objects.filter(pk=entry.pk))[0]
    payload, dependencies = _build_payload(entry, page)
    PayloadDependency.objects.filter(page_id=entry.pk).delete()
    _record((entry.pk, kind, object_id) for kind, object_id in dependencies | card.dependencies)
    PublicPage.objects.filter(pk=entry.pk).update(
        card_json=encode(card.data),
        payload_json=payload,
        payload_generation=F("payload_generation") + 1,
    )


def missing_cards(generations: dict[int, int]) -> dict[int, str]:
    """Builds the cards of the given pages ({page id: generation read with the row}) and stores
    each one unless the row changed since it was read."""
    built = {}
    for card in cards(PublicPage.objects.filter(pk__in=generations)):
        text = encode(card.data)
        built[card.page_id] = text
        _record((card.page_id, kind, object_id) for kind, object_id in card.dependencies)
        PublicPage.objects.filter(
            pk=card.page_id, payload_generation=generations[card.page_id]
        ).update(card_json=text)
    return built


def missing_payload(page_id: int, generation: int) -> str | None:
    """Builds one page's payload for a read that found none, storing it as `missing_cards` does."""
    entry = PublicPage.objects.filter(pk=page_id).first()
    if entry is None:
        return None
    text, dependencies = _build_payload(entry)
    _record((page_id, kind, object_id) for kind, object_id in dependencies)
    PublicPage.objects.filter(pk=page_id, payload_generation=generation).update(payload_json=text)
    return text


def invalidate(kind: str, object_ids: Iterable[int]) -> int:
    """Clears the stored JSON of every page that shows one of these objects; returns how many."""
    page_ids = list(
        PayloadDependency.objects.filter(kind=kind, object_id__in=list(object_ids))
        .values_list("page_id", flat=True)
        .distinct()
    )
    if not page_ids:
        return 0
    return PublicPage.objects.filter(pk__in=page_ids).update(
        card_json=None, payload_json=None, payload_generation=F("payload_generation") + 1
    )


def fill_missing(progress: Callable[[int, int], None] | None = None, batch_size: int = 200) -> int:
    """Builds every missing card and payload (after a rebuild or a wide invalidation)."""
    missing = Q(card_json__isnull=True) | Q(payload_json__isnull=True)
    todo = list(
        PublicPage.objects.filter(missing)
        .order_by("page_id")
        .values_list("page_id", "payload_generation", "card_json", "payload_json")
    )
    for start in range(0, len(todo), batch_size):
        batch = todo[start : start + batch_size]
        with transaction.atomic():
            without_card = {pk: generation for pk, generation, card, _ in batch if card is None}
            if without_card:
                missing_cards(without_card)
            for pk, generation, _card, payload in batch:
                if payload is None:
                    missing_payload(pk, generation)
        if progress is not None:
            progress(min(start + batch_size, len(todo)), len(todo))
    return len(todo)
