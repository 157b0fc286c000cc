"""Where each page's translations stand, computed from Wagtail's and wagtail-localize's own
tables (no model of ours to keep in step), in four queries for any number of pages.

States, per source page and target language:
- missing: no page in that language yet;
- in_progress: a draft, with the share of its text segments translated;
- ready: every segment translated, not published yet;
- published: live and based on the source as last published;
- outdated: the source has a published revision newer than what the translation is based on —
  it needs a sync (and, once live, a new publish).
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cms.languages import SOURCE_LANGUAGE, TARGET_LANGUAGES


class State(models.TextChoices):
    MISSING = "missing", _("Missing")
    IN_PROGRESS = "in_progress", pgettext_lazy("translation state", "In progress")
    READY = "ready", _("Ready to publish")
    PUBLISHED = "published", pgettext_lazy("translation state", "Published")
    OUTDATED = "outdated", _("Outdated")


# The order a translator's queue takes: what needs them most first.
QUEUE_ORDER = [State.MISSING, State.OUTDATED, State.IN_PROGRESS, State.READY]


def is_outdated(
    *, source_published_at: datetime | None, synced_at: datetime | None, live: bool,
    published_at: datetime | None,
) -> bool:  # fmt: skip
    """Whether a translation is based on an older version of its source than the one published.

    `synced_at` is when wagtail-localize last read the source (its TranslationSource); a live
    translation is also only as new as its own last publish, since a sync alone changes drafts.
    """
    if source_published_at is None:
        return False
    based_on = [moment for moment in (synced_at, published_at if live else None) if moment]
    return bool(based_on) and source_published_at > min(based_on)


@dataclass
class Cell:
    """One source page in one target language."""

    state: State
    percent: int | None = None  # share of segments translated, where wagtail-localize knows
    page_id: int | None = None  # the translated page
    translation_id: int | None = None  # wagtail-localize's Translation
    source_id: int | None = None  # wagtail-localize's TranslationSource

    @property
    def needs_work(self) -> bool:
        return self.state in QUEUE_ORDER


@dataclass
class Row:
    page: Page  # the source page, specific
    cells: dict[str, Cell]


def translation_status(sources, languages=None) -> list[Row]:
    """The translation state of each of `sources` (source-language pages) in each language."""
    languages = languages or TARGET_LANGUAGES
    sources = list(sources)
    keys = [page.translation_key for page in sources]
    targets = {
        (row["translation_key"], row["locale__language_code"]): row
        for row in Page.objects.filter(
            translation_key__in=keys, locale__language_code__in=languages
        ).values("id", "translation_key", "locale__language_code", "live", "last_published_at")
    }
    translation_sources = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=SOURCE_LANGUAGE
        ).values("id", "object_id", "last_updated_at")
    }
    progress = {
        (row["source__object_id"], row["target_locale__language_code"]): row
        for row in _with_progress(
            Translation.objects.filter(
                source_id__in=[row["id"] for row in translation_sources.values()],
                target_locale__language_code__in=languages,
            )
        ).values(
            "id",
            "source_id",
            "source__object_id",
            "target_locale__language_code",
            "enabled",
            "total",
            "translated",
        )  # fmt: skip
    }
    rows = []
    for page in sources:
        synced = translation_sources.get(page.translation_key)
        cells = {}
        for language in languages:
            target = targets.get((page.translation_key, language))
            translation = progress.get((page.translation_key, language))
            cells[language] = _cell(page, target, synced, translation)
        rows.append(Row(page=page, cells=cells))
    return rows


def _cell(page, target, synced, translation) -> Cell:
    if target is None:
        return Cell(State.MISSING)
    percent = None
    if translation is not None and translation["total"]:
        percent = round(100 * translation["translated"] / translation["total"])
    elif translation is not None:
        percent = 100  # nothing to translate (e.g. a page made only of images)
    cell = Cell(
        State.IN_PROGRESS,
        percent=percent,
        page_id=target["id"],
        translation_id=translation["id"] if translation else None,
        source_id=synced["id"] if synced else None,
    )
    outdated = is_outdated(
        source_published_at=page.last_published_at,
        synced_at=synced["last_updated_at"] if synced else None,
        live=target["live"],
        published_at=target["last_published_at"],
    )
    if outdated:
        cell.state = State.OUTDATED
    elif target["live"]:
        cell.state = State.PUBLISHED
    elif percent == 100:
        cell.state = State.READY
    return cell


def _with_progress(translations):
    """Annotates Translations with their number of segments and of translated ones, as
    wagtail-localize's `Translation.get_progress` counts them, in the same query."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("target_locale_id")),
        has_error=False,
    )

    def count(queryset):
        return Coalesce(
            Subquery(
                queryset.order_by().values("source_id").annotate(n=Count("pk")).values("n")[:1]
            ),
            0,
        )

    return translations.annotate(
        total=count(segments), translated=count(segments.filter(Exists(translated)))
    )
