"""A translated page's slug: the one its translator typed, or one derived from its translated title.

wagtail-localize makes `slug` a segment to translate like any text. When it writes the
translated page it passes that text through Django's `slugify`, which drops every letter it
cannot reduce to ASCII: a Kazakh slug typed as «теңдік-2024» became "2024", and an untyped one
left the Kazakh page at the Russian page's transliteration. So each translation of a slug
is made a slug when it is written, before wagtail-localize ever reads it:

- typed (in the translation editor, a PO file, a machine translation): Kazakh and Russian letters
  are transliterated as in every other slug (cms/transliteration.py); what cannot be a slug is
  kept as typed and flagged with the reason, which the editor shows beside the segment, and the
  segment counts as untranslated until it is fixed;
- not typed: derived from the translated title as soon as the title is translated, so no one has
  to type a slug (Wagtail's page editor fills it from the title the same way). The derived slug
  follows the title until the translation is first published; after that the page keeps its
  address unless its translator types another.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.db.models.signals import post_save, pre_save
from django.utils.translation import gettext, ngettext
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue

from cms.transliteration import SLUG_MAX_LENGTH, make_slug

SLUG_PATH = "slug"
TITLE_PATH = "title"


def _fits_a_slug(character: str) -> bool:
    """What a typed slug may hold before it is transliterated: letters of any script, digits,
    underscores, and spaces and dashes of any kind (which become hyphens)."""
    return (
        character.isalnum()
        or character == "_"
        or character.isspace()
        or unicodedata.category(character) == "Pd"
    )


def clean_typed_slug(value: str) -> str:
    """The slug for what someone typed: «Теңдік туралы» → ``tengdik-turaly``. Raises
    ValidationError, in the active language, for what cannot be made a slug without losing
    part of it."""
    value = unicodedata.normalize("NFC", value).strip()
    refused = sorted({character for character in value if not _fits_a_slug(character)})
    if refused:
        raise ValidationError(
            gettext("A slug may contain only letters, digits and hyphens. Remove: %(characters)s")
            % {"characters": " ".join(refused)},
            code="invalid_slug",
        )
    slug = make_slug(value, max_length=None)
    if not slug:
        raise ValidationError(
            gettext("A slug needs at least one letter or digit."), code="empty_slug"
        )
    if len(slug) > SLUG_MAX_LENGTH:
        raise ValidationError(
            ngettext(
                "A slug may be at most %(limit)s character long; this one has %(length)s.",
                "A slug may be at most %(limit)s characters long; this one has %(length)s.",
                SLUG_MAX_LENGTH,
            )
            % {"limit": SLUG_MAX_LENGTH, "length": len(slug)},
            code="long_slug",
        )
    return slug


def is_derived(string_translation: StringTranslation) -> bool:
    """A slug translation this module wrote from the title (typed ones are manual, or carry
    the name of the machine translator that made them)."""
    return (
        string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
        and not string_translation.tool_name
    )


def _context_path(string_translation: StringTranslation) -> str | None:
    return string_translation.context.path if string_translation.context_id else None


def clean_slug_translation(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save of a StringTranslation: a slug's translation is stored as a slug, or flagged."""
    if raw or (update_fields is not None and "data" not in update_fields):
        return
    if _context_path(instance) != SLUG_PATH:
        return
    try:
        instance.data = clean_typed_slug(instance.data)
    except ValidationError as error:
        instance.has_error = True
        instance.field_error = error.messages[0]
    else:
        # A new value clears the error of the old one, as wagtail-localize's editor does.
        instance.has_error = False
        instance.field_error = ""


def derive_slug_from_title(sender, instance, raw=False, update_fields=None, **kwargs):
    """post_save of a StringTranslation: a translated title gives its page's slug translation."""
    if raw or instance.has_error or (update_fields is not None and "data" not in update_fields):
        return
    if _context_path(instance) != TITLE_PATH:
        return
    slug_segment = (
        StringSegment.objects.filter(
            context__object_id=instance.context.object_id, context__path=SLUG_PATH
        )
        .select_related("context")
        .order_by("-pk")
        .first()
    )
    if slug_segment is not None:
        settle_slug_translation(
            slug_segment, instance.locale_id, title=StringValue(instance.data).render_text()
        )


def derive_slugs_for_new_source_slug(sender, instance, created=False, raw=False, **kwargs):
    """post_save of a StringSegment: when the source page's slug changed, its translations
    need a translation of the new slug (else wagtail-localize would give them the source's)."""
    if raw or not created or instance.context.path != SLUG_PATH:
        return
    for locale_id in Translation.objects.filter(
        source_id=instance.source_id, enabled=True
    ).values_list("target_locale_id", flat=True):
        settle_slug_translation(instance, locale_id)


def settle_slug_translation(slug_segment: StringSegment, locale_id: int, *, title=None) -> None:
    """Writes the derived translation of `slug_segment` into a language, unless its translator
    typed one. `title`: the translated title, when the caller has it."""
    current = StringTranslation.objects.filter(
        translation_of_id=slug_segment.string_id,
        context_id=slug_segment.context_id,
        locale_id=locale_id,
    ).first()
    if current is not None and not is_derived(current):
        return
    target = (
        Page.objects.filter(translation_key=slug_segment.context.object_id, locale_id=locale_id)
        .values_list("slug", "first_published_at")
        .first()
    )
    if target is not None and target[1] is not None:
        if current is not None:
            return  # published: its address stays when the title changes
        slug = target[0]
    else:
        if title is None:
            title = _translated_title(slug_segment, locale_id)
        slug = make_slug(title or "")
    if not slug:
        return
    if current is None:
        StringTranslation.objects.create(
            translation_of_id=slug_segment.string_id,
            context_id=slug_segment.context_id,
            locale_id=locale_id,
            data=slug,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        )
    elif current.data != slug:
        current.data = slug
        current.save()


def _translated_title(slug_segment: StringSegment, locale_id: int) -> str | None:
    title_strings = StringSegment.objects.filter(
        source_id=slug_segment.source_id, context__path=TITLE_PATH
    ).values("string_id")
    title = (
        StringTranslation.objects.filter(
            locale_id=locale_id,
            has_error=False,
            context__object_id=slug_segment.context.object_id,
            context__path=TITLE_PATH,
            translation_of_id__in=title_strings,
        )
        .values_list("data", flat=True)
        .first()
    )
    return StringValue(title).render_text() if title is not None else None


def connect():
    pre_save.connect(
        clean_slug_translation, sender=StringTranslation, dispatch_uid="tendik_clean_slug"
    )
    post_save.connect(
        derive_slug_from_title, sender=StringTranslation, dispatch_uid="tendik_slug_from_title"
    )
    post_save.connect(
        derive_slugs_for_new_source_slug,
        sender=StringSegment,
        dispatch_uid="tendik_slug_for_new_source_slug",
    )
