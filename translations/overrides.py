"""wagtail-localize's "synchronised value" editor, refusing a link target a browser would run.

A translator may replace some values of the source in their language: the targets of links in
rich text, embed and URL blocks, URL fields (wagtail-localize calls them overridable segments).
wagtail-localize stores whatever is sent, so a `javascript:` link would reach the reviewer's
draft view, the API and the public page. Here a value that ends up as a link target must pass
`cms.safe_links.is_safe_link`, as the page editor's links do; other values (a chosen image, page
or document) go through unchanged.
"""

from django.core.exceptions import FieldDoesNotExist, ObjectDoesNotExist, PermissionDenied
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import api_view, authentication_classes, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from wagtail import blocks, hooks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail_localize.models import OverridableSegment, Translation
from wagtail_localize.views import edit_translation

from cms.safe_links import is_safe_link

# Where an overridden value becomes a link's target. In rich text the only overridable values are
# the hrefs of its links.
LINK_FIELDS = (models.URLField, RichTextField)
LINK_BLOCKS = (blocks.URLBlock, EmbedBlock, blocks.RichTextBlock)


@api_view(["PUT", "DELETE"])
@permission_classes([IsAuthenticated])
@authentication_classes([SessionAuthentication])
def edit_override(request, translation_id, overridable_segment_id):
    """wagtail-localize's `edit_override` (same path, same answers), after refusing with 400 an
    unsafe link target; the refused value is not stored."""
    if request.method == "PUT":
        translation = get_object_or_404(Translation, pk=translation_id)
        segment = get_object_or_404(OverridableSegment, pk=overridable_segment_id)
        if segment.context.object_id != translation.source.object_id:
            raise Http404
        instance = translation.get_target_instance()
        if not edit_translation.user_can_edit_instance(request.user, instance):
            raise PermissionDenied
        value = request.data.get("value", "")
        if becomes_a_link(segment, translation.source.get_source_instance()) and not (
            isinstance(value, str) and is_safe_link(value)
        ):
            return Response(
                {"segment_id": segment.pk, "error": refusal()},
                status=status.HTTP_400_BAD_REQUEST,
            )
    # The request's form data is already parsed; wagtail-localize's view reads it from there.
    return edit_translation.edit_override(
        request._request,
        translation_id=translation_id,
        overridable_segment_id=overridable_segment_id,
    )


def refusal() -> str:
    """What the translator reads (translations/static/translations/override-errors.js)."""
    return _(
        "This link was not saved: a link must start with https://, http://, mailto: or tel:, "
        "or with /, # or ? for a link within the site."
    )


def becomes_a_link(segment: OverridableSegment, source_instance) -> bool:
    """Whether the value of `segment` ends up as a link target in the translated object. When
    its field or block cannot be found any more, it is checked as a link, to be safe."""
    try:
        names = segment.context.get_field_path(source_instance).split(".")
        definition = _definition_at(type(source_instance), names)
    except (FieldDoesNotExist, ObjectDoesNotExist, KeyError, IndexError, AttributeError):
        return True
    return isinstance(definition, LINK_FIELDS + LINK_BLOCKS)


def _definition_at(model, names):
    """The model field or block a wagtail-localize field path (e.g.
    `body.legal_references.items.item.url`, `page_authors.author`) leads to."""
    field = model._meta.get_field(names[0])
    if isinstance(field, StreamField):
        block = field.stream_block
        for name in names[1:]:
            # A list's items are named "item" in the path.
            block = (
                block.child_block
                if isinstance(block, blocks.ListBlock)
                else block.child_blocks[name]
            )
        return block
    if isinstance(field, models.ManyToOneRel) and len(names) > 1:
        return _definition_at(field.related_model, names[1:])
    return field


@hooks.register("insert_editor_js")
def show_refused_override_reasons():
    # wagtail-localize's editor ignores the body of a refused save; this script shows it.
    return format_html('<script src="{}"></script>', static("translations/override-errors.js"))
