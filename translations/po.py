"""Checks an uploaded PO file before wagtail-localize imports it.

wagtail-localize's own upload accepts a file whose translations break the links of rich text
(it marks them as errors after the fact and drops a link whose placeholder went missing) and
fails with a server error on a file without its header. Here the whole file is refused with a
reason instead, so nothing half-imported replaces work already done.
"""

from dataclasses import dataclass

import polib
from django.utils.translation import gettext as _
from wagtail_localize.strings import StringValue, extract_ids

TRANSLATION_HEADER = "X-WagtailLocalize-TranslationID"
SHOWN_PROBLEMS = 5


class RejectedFile(Exception):
    """The file as a whole cannot be imported; the message says why."""


@dataclass
class Problem:
    msgid: str
    reason: str

    def __str__(self):
        excerpt = self.msgid if len(self.msgid) <= 60 else self.msgid[:57] + "…"
        return f"«{excerpt}»: {self.reason}"


def parse(uploaded_bytes: bytes) -> polib.POFile:
    not_po = _("This is not a PO file in UTF-8.")
    try:
        text = uploaded_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise RejectedFile(not_po) from None
    # polib reads a one-line string as a path on the server: only ever give it file content.
    if "\n" not in text or "msgid" not in text:
        raise RejectedFile(not_po)
    try:
        return polib.pofile(text)
    except (OSError, ValueError):
        raise RejectedFile(not_po) from None


def check(po: polib.POFile, translation) -> None:
    """Raises RejectedFile unless `po` was downloaded for `translation` and every translated
    entry keeps its source's placeholders."""
    header = po.metadata.get(TRANSLATION_HEADER)
    if header is None:
        raise RejectedFile(
            _("The file does not say which translation it belongs to; download it again.")
        )
    if header != str(translation.uuid):
        raise RejectedFile(
            _(
                "This PO file was made for another page or language. Upload it on the page it "
                "was downloaded from."
            )
        )
    problems = [problem for entry in po if (problem := _problem(entry))]
    if problems:
        shown = "; ".join(str(problem) for problem in problems[:SHOWN_PROBLEMS])
        raise RejectedFile(
            _(
                "Nothing was imported: %(count)s translation(s) break the placeholders of their "
                "source text. %(problems)s"
            )
            % {"count": len(problems), "problems": shown}
        )


def _problem(entry) -> Problem | None:
    if not entry.msgstr or entry.obsolete:
        return None
    try:
        StringValue.from_translated_html(entry.msgstr)
    except ValueError as error:
        return Problem(entry.msgid, str(error))
    expected, found = extract_ids(entry.msgid), extract_ids(entry.msgstr)
    reasons = []
    if expected - found:
        reasons.append(_("link %(ids)s is missing") % {"ids": ", ".join(sorted(expected - found))})
    if found - expected:
        reasons.append(_("unknown link %(ids)s") % {"ids": ", ".join(sorted(found - expected))})
    if reasons:
        return Problem(entry.msgid, "; ".join(reasons))
    return None
