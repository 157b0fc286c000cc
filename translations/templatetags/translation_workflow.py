import json

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from cms.languages import SOURCE_LANGUAGE
from cms.models import translation_progress
from translations.guards import editor_props_without_refused_actions
from translations.status import State, translation_status

register = template.Library()


@register.simple_tag(takes_context=True)
def review_buttons(context, instance):
    """A "Submit for review" button for a synced translation that may go to a workflow."""
    user = context["request"].user
    if not isinstance(instance, Page) or instance.workflow_in_progress:
        return []
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()
    if translation is None or instance.get_workflow() is None:
        return []
    if not instance.permissions_for_user(user).can_edit():
        return []
    # A header button like Wagtail's own: a plain Button leaves its icon unsized (125 px).
    return [
        HeaderButton(
            _("Submit for review"),
            reverse("translations_submit_for_review", args=[translation.pk]),
            icon_name="resubmit",
        )
    ]


@register.simple_tag
def translated_share(instance):
    """«Translated: 83% (5 of 6 segments)» for the target of a synced translation, so whoever
    reviews it sees how much is still in the source language; "" otherwise."""
    progress = translation_progress(instance) if isinstance(instance, Page) else None
    if not progress or not progress[0]:
        return ""
    total, translated = progress
    return ngettext(
        "Translated: %(percent)s%% (%(translated)s of %(total)s segment)",
        "Translated: %(percent)s%% (%(translated)s of %(total)s segments)",
        total,
    ) % {
        "percent": translated * 100 // total,
        "translated": translated,
        "total": total,
    }


@register.filter
def without_refused_actions(props):
    return editor_props_without_refused_actions(props)


@register.simple_tag
def editor_texts(props):
    """The two texts wagtail-localize's editor writes in English whatever the language (its
    JavaScript hard-codes them), with ours: translations/static/translations/editor-texts.js
    puts ours in their place."""
    data = json.loads(props)
    source = data.get("sourceLocale", {}).get("displayName", "")
    target = data.get("locale", {}).get("displayName", "")
    return {
        "replace": {
            f"{source} to {target} translation": pgettext(
                "translation editor", "Translation: %(source)s → %(target)s"
            )
            % {"source": source, "target": target},
            "More actions": _("More actions"),
        }
    }


@register.simple_tag
def cell_for(row, language):
    return row.cells[language]


@register.simple_tag
def total_for(totals, language, state):
    return totals.get(language, {}).get(state, 0)


@register.inclusion_tag("translations/translation_badges.html", takes_context=True)
def translation_badges(context, page):
    """ru · kk · en badges for a source-language page in the admin's page listing, coloured by
    each translation's state. The states of all the page's siblings are read at once (4 queries)
    and kept for the request, so a listing of 50 pages costs 4 queries, not 200."""
    request = context.get("request")
    if request is None or not isinstance(page, Page) or page.depth < 3:
        return {"badges": []}
    cache = getattr(request, "_translation_badges", None)
    if cache is None:
        source = Locale.objects.filter(language_code=SOURCE_LANGUAGE).first()
        cache = request._translation_badges = {"source_locale_id": source.pk if source else None}
    if page.locale_id != cache["source_locale_id"]:
        return {"badges": []}
    if page.pk not in cache:
        siblings = Page.objects.filter(
            path__startswith=page.path[: -Page.steplen], depth=page.depth
        ).filter(locale_id=page.locale_id)
        for row in translation_status(siblings):
            cache[row.page.pk] = row
        cache.setdefault(page.pk, None)
    row = cache[page.pk]
    if row is None:
        return {"badges": []}
    badges = [{"language": SOURCE_LANGUAGE, "state": "source", "label": _("Source")}]
    badges += [
        {"language": language, "state": cell.state, "label": State(cell.state).label}
        for language, cell in row.cells.items()
    ]
    return {"badges": badges}
