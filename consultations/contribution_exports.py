"""Every contribution to a consultation, whatever its status, as an XLSX workbook (openpyxl) or
a CSV file, for the moderators' own work: what was said on which article, by whom, what became of
it, and how many confirmed supports it has.

Full email addresses only when asked for (`include_emails`: the views ask only for users with
`consultations.export_contributor_emails`); otherwise masked, enough to spot one person writing
many times. Text that a spreadsheet would run as a formula is written as text (cms/csv_exports.py's
rule), and times are read in Almaty, whatever time zone the admin user picked.

Both files are made in one request: a consultation gets hundreds of contributions, not the tens
of thousands of signatures that need the background exports of cms/csv_exports.py.
"""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from cms.csv_exports import csv_cell
from consultations.contributions import with_support_count
from consultations.models import Contribution, Support

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MOMENT_FORMAT = "%Y-%m-%d %H:%M"
# Columns long texts go in: wrapped in the workbook, not widened past reading.
LONG_TEXT_WIDTH = 60


def _header() -> list[str]:
    # The fields' own names, as the moderation screen shows them; str() renders the lazy text
    # in the active language (openpyxl takes nothing lazy).
    def label(name: str) -> str:
        return str(capfirst(Contribution._meta.get_field(name).verbose_name))

    return [
        _("ID"),
        label("article_number"),
        label("part_number"),
        label("kind"),
        label("status"),
        label("disposition"),
        label("locale"),
        label("full_name"),
        label("shown_as"),
        label("organisation"),
        label("role"),
        label("email"),
        label("proposed_wording"),
        label("text"),
        # Confirmed ones only: an unconfirmed +1 may be anyone's.
        str(capfirst(Support._meta.verbose_name_plural)),
        label("created_at"),
        label("published_at"),
    ]


def _rows(consultation_key, include_emails: bool):
    """Each contribution as a list of values, in the order they came; times as aware datetimes
    (each file writes them its own way)."""
    contributions = with_support_count(
        Contribution.objects.filter(consultation_key=consultation_key)
    ).order_by("created_at", "pk")
    for contribution in contributions:
        yield [
            contribution.pk,
            contribution.article_number,
            contribution.part_number,
            contribution.get_kind_display(),
            contribution.get_status_display(),
            contribution.get_disposition_display() if contribution.disposition else "",
            contribution.get_locale_display(),
            contribution.full_name,
            contribution.get_shown_as_display(),
            contribution.organisation,
            contribution.role,
            contribution.email if include_emails else contribution.masked_email,
            contribution.proposed_wording,
            contribution.text,
            contribution.support_count,
            contribution.created_at,
            contribution.published_at,
        ]


def _in_almaty(moment: datetime | None) -> datetime | None:
    return moment.astimezone(ZoneInfo(settings.TIME_ZONE)) if moment else None


def contributions_csv(consultation_key, *, include_emails: bool) -> str:
    """The CSV text (the view adds the byte-order mark spreadsheet programs need to read Kazakh
    letters); headings in the active language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_header())
    for values in _rows(consultation_key, include_emails):
        writer.writerow(
            [
                csv_cell(
                    _in_almaty(value).strftime(MOMENT_FORMAT)
                    if isinstance(value, datetime)
                    else value
                )
                for value in values
            ]
        )
    return buffer.getvalue()


def contributions_xlsx(consultation_key, *, include_emails: bool) -> bytes:
    """The workbook: one sheet, a bold frozen heading row, dates as dates (Almaty time)."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Contributions")[:31]  # Excel's limit for a sheet's name
    header = _header()
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for values in _rows(consultation_key, include_emails):
        sheet.append([_xlsx_value(value) for value in values])
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(sheet.columns, start=1):
        width = max((len(str(cell.value or "")) for cell in column), default=8)
        if width > LONG_TEXT_WIDTH:
            for cell in column[1:]:
                cell.alignment = wrap
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(width + 2, 8), LONG_TEXT_WIDTH
        )
        for cell in column[1:]:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _xlsx_value(value):
    if isinstance(value, datetime):
        # Excel has no time zones: the Almaty wall-clock time, as the CSV writes it.
        return _in_almaty(value).replace(tzinfo=None)
    if isinstance(value, str):
        # openpyxl refuses control characters (a text pasted from elsewhere may carry them).
        return csv_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value
