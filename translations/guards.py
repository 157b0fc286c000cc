"""Guards in front of wagtail-localize's own admin views, whose checks are per model and per edit
right: they know nothing of translators' languages, nor that some actions publish.

Each guard wraps the upstream view at its own path (translations/wagtail_hooks.py registers
them first), so reversing wagtail-localize's URL names still gives these paths.
"""

import json
from functools import wraps

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation

from translations import overrides
from translations.permissions import may_edit_in


def in_the_users_language(view):
    """Refuses a translation-editor call on a translation into a language the user does not
    work in. For snippets (Topic, Author, Partner) wagtail-localize checks only the model
    permission, which translators of every language share."""

    @wraps(view)  # keeps DRF's csrf_exempt marker: DRF then enforces CSRF itself
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(
            Translation.objects.select_related("target_locale"), pk=translation_id
        )
        if not may_edit_in(request.user, translation.target_locale.language_code):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded


# wagtail-localize's views keyed by a translation id, under /admin/localize/translate/<id>/.
TRANSLATION_EDITOR_VIEWS = {
    "strings/<int:string_segment_id>/edit/": edit_translation.edit_string_translation,
    # Ours, which also refuses unsafe link targets (translations/overrides.py).
    "overrides/<int:overridable_segment_id>/edit/": overrides.edit_override,
    "pofile/download/": edit_translation.download_pofile,
    "machine_translate/": edit_translation.machine_translate,
    "preview/": edit_translation.preview_translation,
    "preview/<str:mode>/": edit_translation.preview_translation,
    "disable/": edit_translation.stop_translation,
}


def convert_to_alias(request, page_id):
    """wagtail-localize's «Convert to alias» needs only edit rights, yet the alias takes the
    source's `live`: a translator would put the page live, unreviewed. Only whoever may publish
    the page may convert it."""
    page = get_object_or_404(Page, pk=page_id, alias_of_id__isnull=True)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def editor_props_without_refused_actions(props: str) -> str:
    """The translation editor's React props without «Convert to alias» for whoever may not
    publish the page (convert_to_alias would refuse them)."""
    data = json.loads(props)
    if not data.get("perms", {}).get("canPublish") and data.get("links", {}).get(
        "convertToAliasUrl"
    ):
        data["links"]["convertToAliasUrl"] = None
    return json.dumps(data)
