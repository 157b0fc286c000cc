"""The site's languages, read from the settings in one place: the source language editors write
in (`LANGUAGE_CODE`), the languages it is translated into, the order languages are listed in,
how a moment is written for readers in the site's time zone, and a translation's source page.
"""

from datetime import datetime

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page

# Read at import, as each copy these replace was: the languages do not change while the site runs.
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)  # the source language first
TARGET_LANGUAGES = tuple(code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE)


def language_order(code: str) -> int:
    """Where a language goes in a list of languages: the settings' order, an unknown one last."""
    return LANGUAGE_CODES.index(code) if code in LANGUAGE_CODES else len(LANGUAGE_CODES)


def supported_language(code: str | None) -> str:
    """`code` when the site has that language, else the source language."""
    return code if code in LANGUAGE_CODES else SOURCE_LANGUAGE


def local_iso_time(moment: datetime | None, *, timespec: str = "auto") -> str | None:
    """`moment` in the site's time zone (TIME_ZONE, Asia/Almaty) as ISO 8601 text, with its
    offset: 2026-03-01T12:00:00+05:00. None for None."""
    return timezone.localtime(moment).isoformat(timespec=timespec) if moment else None


def source_versions(page: Page, model: type[Page] = Page) -> QuerySet:
    """The version of `page` in the source language, as a query of `model`: the page itself
    when it is in the source language, nothing when that version was deleted."""
    return model.objects.filter(
        translation_key=page.translation_key, locale__language_code=SOURCE_LANGUAGE
    )


def one_version_each(versions) -> list:
    """One language version per page, in the order of `versions`: the source language's, else
    the first (`versions` with `select_related("locale")`). For admin lists of petitions and
    events, whose figures belong to all versions together."""
    found = {}
    for page in versions:
        current = found.get(page.translation_key)
        if current is None or page.locale.language_code == SOURCE_LANGUAGE:
            found[page.translation_key] = page
    return list(found.values())


def version_in(model: type[Page], translation_key, language: str):
    """The page of `translation_key` in `language` when a live version is, else in the source
    language, else any version (live first): the one an email about it names."""
    versions = model.objects.filter(translation_key=translation_key).select_related("locale")
    return min(
        versions,
        key=lambda page: (
            not page.live,
            page.locale.language_code != language,
            page.locale.language_code != SOURCE_LANGUAGE,
        ),
        default=None,
    )


def source_of(page: Page) -> Page | None:
    """The source-language page a translation translates, if there is one."""
    if page.locale.language_code == SOURCE_LANGUAGE:
        return None
    return source_versions(page).only("pk", "live", "title").first()
