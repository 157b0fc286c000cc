"""What a sync would overwrite: fields of a translation edited by hand since wagtail-localize last
wrote it (wagtail-localize#876 — its sync re-renders the page from the source and the
translated strings, silently dropping such edits)."""

import json

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from wagtail.models import Page, Revision
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import TranslationLog

IGNORED_KEYS = {"pk", "id", "page", "sort_order", "translation_key", "locale"}


def hand_edited_fields(translation) -> list[str]:
    """Labels of the fields whose latest revision differs from the revision wagtail-localize
    last saved for this translation (an empty list when nobody edited it by hand)."""
    target = translation.get_target_instance()
    if not isinstance(target, Page) or target.latest_revision_id is None:
        return []
    logged = (
        TranslationLog.objects.filter(
            source=translation.source, locale=translation.target_locale, revision__isnull=False
        )
        .order_by("-created_at", "-pk")
        .values_list("revision_id", flat=True)
        .first()
    )
    if logged is None or logged == target.latest_revision_id:
        return []
    revisions = dict(
        Revision.objects.filter(pk__in=[logged, target.latest_revision_id]).values_list(
            "pk", "content"
        )
    )
    before, after = revisions.get(logged, {}), revisions.get(target.latest_revision_id, {})
    model = target.specific_class
    labels = []
    for translatable in get_translatable_fields(model):
        name = translatable.field_name
        if _normalised(before.get(name)) != _normalised(after.get(name)):
            labels.append(_label(model, name))
    return labels


def _normalised(value):
    if isinstance(value, str) and value[:1] in "[{":
        # StreamFields are stored as JSON text in some revisions and as lists in others.
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        return {k: _normalised(v) for k, v in value.items() if k not in IGNORED_KEYS}
    return value


def _label(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    label = getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural
    return str(capfirst(label))
