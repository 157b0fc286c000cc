"""The package of a consultation: what the NGO submits to the state body once contributions are
in. A cover (the NGO, the act, the state body, the date) and a comparison table with one row
per article that has accepted proposals: the article's current wording, the wording proposed,
why, and who proposed it. As Word (python-docx) and as PDF (fpdf2), in ru, kk or en.

The rows of every language are the same rows in the same order: which articles get a row and in
what order is read from one text, the source-language version's, whichever language is asked
for; only what a row says (the article's number, title and parts, the reasons) comes from the
asked-for version. A translation that lacks an article, or orders its articles differently,
cannot make the ru and kk tables disagree. Proposals are printed as their authors wrote them,
in whichever language that was.

Authors are named as they chose to be shown publicly: a protected contributor by initials and
without their organisation, as the API shows them; the package is a public document.
"""

import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, WrapMode
from fpdf.fonts import FontFace

from cms.languages import SOURCE_LANGUAGE, version_in
from consultations.contributions import accepted_proposals, articles_of
from consultations.models import ConsultationPage, Contribution

# DejaVu Sans (with its licence) is shipped once, in the events app, for the certificates. Read
# by path: consultations and events are sibling apps and do not import each other.
FONTS = Path(settings.BASE_DIR) / "events" / "fonts"
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Word's proofing language for each of ours, so its spelling check reads the right language.
WORD_LANGUAGES = {"ru": "ru-RU", "kk": "kk-KZ", "en": "en-GB"}
# Share of the table's width per column: article, current, proposed, justification, authors.
COLUMN_SHARES = (0.11, 0.25, 0.25, 0.24, 0.15)
# Characters XML 1.0 cannot hold (a text pasted from elsewhere may carry them): python-docx
# refuses them, and a reader would not see them anyway.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n"})


@dataclass(frozen=True)
class PackageRow:
    """One article's row of the comparison table, in one language."""

    article_id: str  # the block id: the same in the ru, kk and en texts
    article_number: str
    article_title: str
    current_wording: str
    proposed_wording: str
    justification: str
    authors: tuple[str, ...]


# What goes in the package ---------------------------------------------------------------------


def package_rows(consultation_key, language: str) -> list[PackageRow]:
    """The comparison table's rows in `language`: one per article with a published proposal
    accepted wholly or partly, in the order of the text. Four queries."""
    shown = version_in(ConsultationPage, consultation_key, language)
    if shown is None:
        return []
    # The same page whatever `language` is: it decides which rows there are and their order.
    canonical = _articles(version_in(ConsultationPage, consultation_key, SOURCE_LANGUAGE))
    in_language = _articles(shown)
    proposals_by_article: dict[str, list[Contribution]] = {}
    proposals = list(accepted_proposals(consultation_key))
    for proposal in proposals:
        proposals_by_article.setdefault(str(proposal.article_id), []).append(proposal)
    # Whoever's proposal a moderator merged into an accepted one proposed it too. Only published
    # ones: a hidden contribution's author is not named in public.
    merged_by_target: dict[int, list[Contribution]] = {}
    merged = Contribution.objects.filter(
        merged_into__in=[proposal.pk for proposal in proposals],
        status=Contribution.Status.PUBLISHED,
    ).order_by("created_at", "pk")
    for contribution in merged:
        merged_by_target.setdefault(contribution.merged_into_id, []).append(contribution)

    rows = []
    for article_id, canonical_article in canonical.items():
        accepted = proposals_by_article.get(article_id)
        if not accepted:
            continue
        # A translation that lacks the article (not yet synced) shows the source's words.
        article = in_language.get(article_id) or canonical_article
        numbered = len(accepted) > 1
        rows.append(
            PackageRow(
                article_id=article_id,
                article_number=_plain(article["number"]),
                article_title=_plain(article["title"]),
                current_wording="\n".join(
                    f"{number} {text}" if number else text for number, text in article["parts"]
                ),
                proposed_wording="\n\n".join(
                    _numbered(index, _plain(proposal.proposed_wording), numbered)
                    for index, proposal in enumerate(accepted, start=1)
                ),
                justification="\n\n".join(
                    _numbered(index, _justification(proposal, language), numbered)
                    for index, proposal in enumerate(accepted, start=1)
                ),
                authors=tuple(
                    dict.fromkeys(
                        _author(person)
                        for proposal in accepted
                        for person in (proposal, *merged_by_target.get(proposal.pk, []))
                    )
                ),
            )
        )
    return rows


def _articles(page: ConsultationPage | None) -> dict[str, dict]:
    """{article block id: {"number", "title", "parts": [(number, text)]}} of the page's text,
    in the text's order, as plain text for Word and PDF."""
    return {
        article_id: {
            "number": article["number"],
            "title": article["title"],
            "parts": [(_plain(part["number"]), _plain(part["text"])) for part in article["parts"]],
        }
        for article_id, article in articles_of(page).items()
    }


def _numbered(index: int, text: str, numbered: bool) -> str:
    # With several proposals in a row, the same number pairs a wording with its justification.
    return f"({index}) {text}" if numbered else text


def _justification(proposal: Contribution, language: str) -> str:
    reason = proposal.reason_in(language)
    return "\n".join(part for part in (_plain(proposal.text), _plain(reason)) if part)


def _author(contribution: Contribution) -> str:
    name = _plain(contribution.public_name)
    if contribution.shown_as == Contribution.ShownAs.FULL_NAME and contribution.organisation:
        return f"{name}, {_plain(contribution.organisation)}"
    return name


def _plain(text: str) -> str:
    """`text` with its line breaks as \n (Word's manual line and page breaks, pasted into a
    form, included) and nothing XML cannot hold."""
    text = (text or "").replace("\r\n", "\n").translate(LINE_BREAKS)
    return NOT_IN_XML.sub("", text).strip()


@dataclass(frozen=True)
class Cover:
    organisation: str
    heading: str
    act_title: str
    details: tuple[str, ...]  # the state body, the consultation
    day: str


def _package(consultation_key, language: str) -> tuple[Cover, list[str], list[PackageRow]]:
    """The cover, the table's headings and its rows; call under translation.override."""
    page = version_in(ConsultationPage, consultation_key, language)
    if page is None:
        raise ConsultationPage.DoesNotExist(consultation_key)
    # The date the package is made, as the calendar reads in Almaty.
    today: date = timezone.localtime(timezone.now(), ZoneInfo(settings.TIME_ZONE)).date()
    details = []
    if page.state_body:
        details.append(f"{_('State body')}: {page.state_body}")
    details.append(f"{_('Consultation')}: {page.title}")
    cover = Cover(
        organisation=pgettext("the NGO's name", "Tendik"),
        heading=_("Proposals on the draft act"),
        act_title=_plain(page.act_title),
        details=tuple(_plain(line) for line in details),
        day=formats.date_format(today, "DATE_FORMAT"),
    )
    headings = [
        pgettext("of a law", "Article"),
        _("Current wording"),
        _("Proposed wording"),
        _("Justification"),
        _("Authors and their organisations"),
    ]
    return cover, headings, package_rows(consultation_key, language)


def _cells(row: PackageRow) -> list[str]:
    article = _("Article %(number)s") % {"number": row.article_number}
    return [
        f"{article}\n{row.article_title}" if row.article_title else article,
        row.current_wording,
        row.proposed_wording,
        row.justification,
        "\n".join(row.authors),
    ]


# Word -----------------------------------------------------------------------------------------


def package_docx(consultation_key, language: str) -> bytes:
    """The package as a Word document: the cover, a page break, the comparison table (its
    heading row repeated on every page), landscape A4 in Times New Roman."""
    with translation.override(language):
        cover, headings, rows = _package(consultation_key, language)
        document = Document()
        _set_up_word(document, language, cover)
        _word_paragraph(document, cover.organisation, size=14, bold=True)
        _word_paragraph(document, "", size=14)
        _word_paragraph(document, cover.heading, size=16)
        _word_paragraph(document, f"«{cover.act_title}»", size=18, bold=True)
        _word_paragraph(document, "", size=14)
        for line in cover.details:
            _word_paragraph(document, line, size=13)
        _word_paragraph(document, cover.day, size=13)
        document.add_page_break()
        _word_paragraph(document, _("Comparison table"), size=14, bold=True)
        _word_table(document, headings, rows)
        if not rows:
            _word_paragraph(document, _("No proposal has been accepted yet."), size=11)
        buffer = io.BytesIO()
        document.save(buffer)
    return buffer.getvalue()


def _set_up_word(document, language: str, cover: Cover) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    properties = normal.element.get_or_add_rPr()
    # Times New Roman for Cyrillic too: Word picks the font per script from these attributes.
    fonts = properties.get_or_add_rFonts()
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), "Times New Roman")
    word_language = OxmlElement("w:lang")
    word_language.set(qn("w:val"), WORD_LANGUAGES.get(language, language))
    properties.append(word_language)
    document.core_properties.title = cover.act_title[:255]
    document.core_properties.author = cover.organisation
    document.core_properties.language = WORD_LANGUAGES.get(language, language)


def _word_paragraph(document, text: str, *, size: float, bold: bool = False) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


def _word_table(document, headings: list[str], rows: list[PackageRow]) -> None:
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    table.autofit = False
    width = Mm(297 - 2 * 15)
    header = table.rows[0]
    # Word repeats a row marked as a header at the top of every page the table runs onto.
    header_properties = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_properties.append(repeat)
    for cell, heading in zip(header.cells, headings, strict=True):
        _word_cell(cell, heading, bold=True)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, _cells(row), strict=True):
            _word_cell(cell, text)
    # Word reads each cell's width, LibreOffice the grid's: both are set.
    for column, share in zip(table.columns, COLUMN_SHARES, strict=True):
        column.width = int(width * share)
        for cell in column.cells:
            cell.width = int(width * share)


def _word_cell(cell, text: str, *, bold: bool = False) -> None:
    # One paragraph per line, so Word keeps the parts and the proposals apart.
    lines = text.split("\n")
    paragraph = cell.paragraphs[0]
    for index, line in enumerate(lines):
        if index:
            paragraph = cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(10)


# PDF ------------------------------------------------------------------------------------------

PDF_FONT = "DejaVu"
PDF_TABLE_FONT_SIZE = 8.5
PDF_LINE_HEIGHT = 4.2
PDF_CELL_PADDING = 1.5


def package_pdf(consultation_key, language: str) -> bytes:
    """The package as a PDF: the same cover and table, landscape A4, in DejaVu Sans so the
    Kazakh letters render; the table's headings repeat on every page."""
    with translation.override(language):
        cover, headings, rows = _package(consultation_key, language)
        pdf = FPDF(orientation="landscape", format="A4")
        pdf.set_margins(15, 15, 15)
        pdf.set_auto_page_break(True, margin=15)
        pdf.add_font(PDF_FONT, "", str(FONTS / "DejaVuSans.ttf"))
        pdf.add_font(PDF_FONT, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        pdf.set_title(cover.act_title)
        pdf.set_author(cover.organisation)
        pdf.set_lang(language)
        _pdf_cover(pdf, cover)
        pdf.add_page()
        pdf.set_font(PDF_FONT, "B", 13)
        pdf.cell(0, 8, _("Comparison table"), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        _pdf_table(pdf, headings, rows)
        if not rows:
            pdf.ln(4)
            pdf.set_font(PDF_FONT, "", 11)
            pdf.multi_cell(0, 6, _("No proposal has been accepted yet."), align="C")
        return bytes(pdf.output())


def _pdf_cover(pdf: FPDF, cover: Cover) -> None:
    pdf.add_page()
    pdf.set_y(40)
    pdf.set_font(PDF_FONT, "B", 14)
    pdf.multi_cell(0, 8, cover.organisation, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font(PDF_FONT, "", 15)
    pdf.multi_cell(0, 8, cover.heading, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(PDF_FONT, "B", 18)
    pdf.multi_cell(0, 10, f"«{cover.act_title}»", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font(PDF_FONT, "", 12)
    for line in (*cover.details, cover.day):
        pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")


def _pdf_table(pdf: FPDF, headings: list[str], rows: list[PackageRow]) -> None:
    widths = [pdf.epw * share for share in COLUMN_SHARES]
    pdf.set_font(PDF_FONT, "B", PDF_TABLE_FONT_SIZE)
    heading_lines = max(
        len(_pdf_lines(pdf, text, width)) for text, width in zip(headings, widths, strict=True)
    )
    pdf.set_font(PDF_FONT, "", PDF_TABLE_FONT_SIZE)
    # fpdf2 cannot split a row across pages: a row taller than a page (a long article, many
    # proposals) is cut into rows that fit under the repeated headings, one line short of full.
    page_room = pdf.eph - (heading_lines + 1) * PDF_LINE_HEIGHT - 4 * PDF_CELL_PADDING
    lines_per_row = max(int(page_room // PDF_LINE_HEIGHT) - 1, 1)
    with pdf.table(
        col_widths=COLUMN_SHARES,
        text_align="LEFT",
        v_align="TOP",
        line_height=PDF_LINE_HEIGHT,
        padding=PDF_CELL_PADDING,
        wrapmode=WrapMode.WORD,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 238)),
        repeat_headings=1,
    ) as table:
        heading_row = table.row()
        for heading in headings:
            heading_row.cell(heading)
        for row in rows:
            for pieces in _pdf_row_pieces(pdf, _cells(row), widths, lines_per_row):
                table_row = table.row()
                for piece in pieces:
                    table_row.cell(piece)


def _pdf_row_pieces(pdf, cells: list[str], widths: list[float], lines_per_row: int):
    """The row's cells as one row, or as several when it would not fit on a page: each cell's
    lines, wrapped as the table wraps them, cut into runs of `lines_per_row`. A continuation
    names its article again."""
    wrapped = [_pdf_lines(pdf, text, width) for text, width in zip(cells, widths, strict=True)]
    tallest = max(len(lines) for lines in wrapped)
    if tallest <= lines_per_row:
        return [cells]
    pieces = []
    for start in range(0, tallest, lines_per_row):
        piece = ["\n".join(lines[start : start + lines_per_row]) for lines in wrapped]
        if start and not piece[0]:
            piece[0] = wrapped[0][0]
        pieces.append(piece)
    return pieces


def _pdf_lines(pdf: FPDF, text: str, width: float) -> list[str]:
    if not text:
        return []
    return pdf.multi_cell(
        w=width,
        h=PDF_LINE_HEIGHT,
        text=text,
        padding=PDF_CELL_PADDING,
        wrapmode=WrapMode.WORD,
        dry_run=True,
        output=MethodReturnValue.LINES,
    )
