"""Admin widgets."""

import re

from wagtail.admin.widgets import SlugInput

from cms.transliteration import CYRILLIC_TO_LATIN


def cyrillic_slug_formatters():
    """(regex, replacement) pairs for Wagtail's slug controller, one per Cyrillic letter.

    Wagtail's own client-side transliteration knows Russian only (and by a different table: ц→c,
    х→x) and drops Kazakh letters, so the slug an editor sees while typing a title would differ
    from the one `cms.transliteration.make_slug` gives. The controller applies these
    formatters before its own clean-up, so the browser and the server agree.
    """
    # Longest first is not needed (single letters), but keep a stable order for the markup.
    return [
        (re.compile(re.escape(letter), re.IGNORECASE), latin)
        for letter, latin in CYRILLIC_TO_LATIN.items()
    ]


class TransliteratingSlugInput(SlugInput):
    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(
            attrs=attrs, formatters=formatters or cyrillic_slug_formatters(), locale=locale
        )
