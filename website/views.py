"""The site's screens beside its pages: searching the whole site and a topic's listing.

Both list what /api/v1/pages/ answers, every page type together, as a front-end would.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cms.languages import LANGUAGE_CODES
from website.errors import not_found
from website.rendering import (
    NO_INLINE_SCRIPT,
    cards_page,
    render_screen,
    topics,
)

# The API's own limit on search words.
MAX_QUERY_LENGTH = 200


def reverse_in(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@require_safe
@NO_INLINE_SCRIPT
def search(request):
    """/kk/search/?q=…: pages of every type in the reader's language, best match first; without
    words, the topics to browse."""
    language = translation.get_language()
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = cards_page(request, locale=language, search=query) if query else None
    kept = f"?{urlencode({'q': query})}" if query else ""
    return render_screen(
        request,
        "website/types/search.html",
        kind="search",
        language=language,
        title=_("Search"),
        context={
            "query": query,
            "results": results,
            "topics": [] if query else topics(request, language),
            # Result lists are for readers, not for search engines' indexes.
            "page": {"noindex": True},
            # The same words searched in another language.
            "translations": [
                {"locale": code, "url": reverse_in(code, "site-search") + kept}
                for code in LANGUAGE_CODES
            ],
        },
    )


@require_safe
@NO_INLINE_SCRIPT
def topic(request, slug):
    """/kk/topics/<slug>/: the pages of one topic, every type, newest first."""
    language = translation.get_language()
    found = next((item for item in topics(request, language) if item["slug"] == slug), None)
    if found is None:
        return not_found(request)
    return render_screen(
        request,
        "website/types/topic.html",
        kind="topic",
        language=language,
        title=found["name"],
        context={
            "topic": found,
            "listing": cards_page(request, locale=language, topic=slug),
            "page": {"url": reverse_in(language, "site-topic", slug=slug)},
        },
    )
