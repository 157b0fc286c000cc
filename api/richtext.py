"""Rich text as the website needs it: internal links turned into front-end paths and file URLs,
and no link target a browser would run as script (cms/safe_links.py).

Wagtail stores links as `<a linktype="page" id="12">`; its own `expand_db_html` resolves them
one query per link, through the site's routing. Here the ids are collected first, resolved for
the whole payload in one query (see api/payloads/references.py), then substituted.
"""

import html

from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

from cms.safe_links import strip_unsafe_links


def linked_ids(raw_html: str) -> tuple[set[int], set[int]]:
    """The ids of the pages and documents a piece of stored rich text links to."""
    pages, documents = set(), set()
    for match in FIND_A_TAG.finditer(raw_html or ""):
        attrs = extract_attrs(match.group(1))
        target = pages if attrs.get("linktype") == "page" else None
        if attrs.get("linktype") == "document":
            target = documents
        if target is not None and str(attrs.get("id", "")).isdigit():
            target.add(int(attrs["id"]))
    return pages, documents


def expand_links(raw_html: str, page_url, document_url) -> str:
    """Rewrites stored links with `page_url(id)` and `document_url(id)` (each may return None:
    the link text stays, without a target). Embedded objects are not part of our features and
    are dropped rather than shown as raw tags. Whatever is stored, an unsafe link target (a
    translator's `javascript:` override, say) is dropped first, keeping the link's text."""

    def replace_link(match):
        attrs = extract_attrs(match.group(1))
        linktype = attrs.get("linktype")
        if linktype is None:
            return match.group(0)
        target = None
        identifier = str(attrs.get("id", ""))
        if linktype == "page" and identifier.isdigit():
            target = page_url(int(identifier))
        elif linktype == "document" and identifier.isdigit():
            target = document_url(int(identifier))
        return f'<a href="{html.escape(target)}">' if target else "<a>"

    text = FIND_A_TAG.sub(replace_link, strip_unsafe_links(raw_html or ""))
    return FIND_EMBED_TAG.sub("", text)
