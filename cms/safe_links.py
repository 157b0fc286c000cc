"""Which link targets a reader's browser may be given: the one check behind the translation
editor (translations/overrides.py), the API's rich text and link fields (api/) and the built-in
website (website/).

Allowed: http, https, mailto and tel links, and links within the site (starting with `/`, `#` or
`?`), the links the page editor makes. Anything else is refused, `javascript:`, `data:` and
`vbscript:` above all, however it is spelt.
"""

import html
import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
SITE_LINK_STARTS = ("/", "#", "?")
# Attributes a browser follows or loads; `href` is the one rich text has.
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href"})

_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
# Browsers drop tabs and newlines anywhere in a URL, and controls and spaces at its ends, before
# reading its scheme (WHATWG URL): "java\tscript:" is "javascript:".
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_CONTROLS_AND_SPACE = "".join(chr(code) for code in range(0x21))
# A tag as Wagtail and wagtail-localize write them: double-quoted attributes without <, > or "
# in their values, separated by the whitespace of the HTML syntax.
_SPACE = "[ \t\n\r\f]"
_PLAIN_ATTRIBUTE = re.compile(rf'{_SPACE}+([a-zA-Z_:][-a-zA-Z0-9_:.]*)="([^"<>]*)"')
_PLAIN_TAG = re.compile(
    rf'</?[a-zA-Z][a-zA-Z0-9]*((?:{_SPACE}+[a-zA-Z_:][-a-zA-Z0-9_:.]*="[^"<>]*")*){_SPACE}*/?>'
)
# Nodes with no place in rich text; a comment may also hide markup from one parser but not
# from another ("--!>" ends a comment in a browser).
_DROPPED_NODES = (Comment, Declaration, Doctype, ProcessingInstruction)


def is_safe_link(url: str) -> bool:
    """Whether `url` may be a link's target: http(s), mailto, tel, or a link within the site."""
    # "&#106;avascript:" reads as "javascript:" once it is in an HTML attribute.
    text = _TAB_OR_NEWLINE.sub("", html.unescape(url)).strip(_CONTROLS_AND_SPACE)
    if text.startswith(SITE_LINK_STARTS) or text == "":
        return True
    scheme = _SCHEME.match(text)
    return scheme is not None and scheme.group(1).lower() in ALLOWED_SCHEMES


def safe_link(url: str | None) -> str | None:
    """`url` when it is a safe link target, otherwise None (as if there were no link)."""
    return url if url and is_safe_link(url) else None


def strip_unsafe_links(fragment: str) -> str:
    """An HTML fragment without the link targets `is_safe_link` refuses: the attribute goes,
    the element and its text stay. Comments and declarations go too.

    A fragment of plain tags only (what Wagtail stores) stays as it is when all its targets
    are safe. Any other is written out again from what was checked, so a browser reads the
    same elements and attributes as were checked here, whatever the stored text was."""
    if not fragment:
        return ""
    if _plain_and_safe(fragment):
        return fragment
    soup = BeautifulSoup(fragment, "html.parser")
    for node in soup.find_all(string=lambda text: isinstance(text, _DROPPED_NODES)):
        node.extract()
    for tag in soup.find_all(True):
        for name in URL_ATTRIBUTES.intersection(tag.attrs):
            value = tag.attrs[name]
            if not isinstance(value, str) or not is_safe_link(value):
                del tag.attrs[name]
    # "minimal": only &, < and > are escaped, so Cyrillic text stays as it is.
    return soup.decode(formatter="minimal")


def _plain_and_safe(fragment: str) -> bool:
    """Whether every `<` of `fragment` opens a plain tag (no comment, no unquoted or odd
    attribute) and none of their link targets is unsafe: a browser then reads these very tags."""
    position = fragment.find("<")
    while position != -1:
        tag = _PLAIN_TAG.match(fragment, position)
        if tag is None:
            return False
        for name, value in _PLAIN_ATTRIBUTE.findall(tag.group(1)):
            if name.lower() in URL_ATTRIBUTES and not is_safe_link(value):
                return False
        position = fragment.find("<", tag.end())
    return True
