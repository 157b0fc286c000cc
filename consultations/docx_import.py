"""Reading a draft act from Word (.docx, python-docx) into chapters, articles and parts, by the
headings Kazakhstani drafts use:

- chapters: «Глава 2. …» (ru), «2-тарау. …» (kk), «Chapter 2. …» (en);
- articles: «Статья 5. …», «5-бап. …», «Article 5. …» (also 5-1);
- numbered parts: «1. …» and «2) …».

A paragraph that is none of these continues the part before it, or becomes the article's text
when it has no numbered parts yet. What comes before the first article (the act's title, a
preamble) cannot be placed and is listed as such for the editor to see before saving.

`apply` gives every chapter, article and part the block id of the one with the same numbers in
the page's own text or its source language's, so article 5 imported into the Kazakh version is
the same object as article 5 of the Russian one.
"""

import io
import re
import uuid
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from cms.errors import DomainError

MAX_BYTES = 10 * 1024 * 1024

CHAPTER = re.compile(
    r"^(?:Глава\s+(?P<ru>\d+(?:-\d+)?)|(?P<kk>\d+(?:-\d+)?)\s*-\s*тарау|Chapter\s+(?P<en>\d+(?:-\d+)?))"
    r"\s*\.?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
ARTICLE = re.compile(
    r"^(?:Статья\s+(?P<ru>\d+(?:-\d+)?)|(?P<kk>\d+(?:-\d+)?)\s*-\s*бап|Article\s+(?P<en>\d+(?:-\d+)?))"
    r"\s*\.?\s*(?P<title>.*)$",
    re.IGNORECASE,
)
PART = re.compile(r"^(?P<number>\d+(?:-\d+)?)(?P<mark>[.)])\s+(?P<text>\S.*)$")


class ImportRefused(DomainError):
    kind = "validation-error"


@dataclass
class Part:
    number: str
    text: str


@dataclass
class Article:
    number: str
    title: str
    parts: list[Part] = field(default_factory=list)


@dataclass
class Chapter:
    number: str
    title: str
    articles: list[Article] = field(default_factory=list)


@dataclass
class ParsedDraft:
    chapters: list[Chapter]
    unplaced: list[str]  # paragraphs before the first article: title, preamble…

    @property
    def article_count(self) -> int:
        return sum(len(chapter.articles) for chapter in self.chapters)

    def as_data(self) -> dict:
        """Plain data (kept in the session between the preview and the save)."""
        return {
            "chapters": [
                {
                    "number": chapter.number,
                    "title": chapter.title,
                    "articles": [
                        {
                            "number": article.number,
                            "title": article.title,
                            "parts": [{"number": p.number, "text": p.text} for p in article.parts],
                        }
                        for article in chapter.articles
                    ],
                }
                for chapter in self.chapters
            ],
            "unplaced": self.unplaced,
        }


def _number(match) -> str:
    return match.group("ru") or match.group("kk") or match.group("en")


def paragraphs_of(data: bytes) -> list[str]:
    """The non-empty paragraphs of a .docx file, in order; ImportRefused for anything else."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    if len(data) > MAX_BYTES:
        raise ImportRefused(_("The file is larger than 10 MB."))
    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise ImportRefused(
            _("This is not a Word document (.docx) that can be read: %(error)s")
            % {"error": error.__class__.__name__}
        ) from None
    return [" ".join(p.text.split()) for p in document.paragraphs if p.text.strip()]


def parse(paragraphs: list[str]) -> ParsedDraft:
    chapters: list[Chapter] = []
    unplaced: list[str] = []
    article: Article | None = None
    for text in paragraphs:
        if match := CHAPTER.match(text):
            chapters.append(Chapter(_number(match), match.group("title").strip()))
            article = None
        elif match := ARTICLE.match(text):
            if not chapters:
                chapters.append(Chapter("", ""))
            article = Article(_number(match), match.group("title").strip())
            chapters[-1].articles.append(article)
        elif article is None:
            unplaced.append(text)
        elif match := PART.match(text):
            article.parts.append(
                Part(match.group("number") + match.group("mark"), match.group("text"))
            )
        elif article.parts:
            article.parts[-1].text += "\n" + text
        else:
            article.parts.append(Part("", text))
    # A chapter heading with no article under it says nothing the text can hold.
    for chapter in chapters:
        if not chapter.articles:
            unplaced.append(" ".join(filter(None, [chapter.number, chapter.title])))
    chapters = [chapter for chapter in chapters if chapter.articles]
    if not chapters:
        raise ImportRefused(
            _(
                "No article was found. Articles start with «Статья 5.», «5-бап.» or «Article 5.» "
                "at the beginning of a paragraph."
            )
        )
    return ParsedDraft(chapters, unplaced)


def read_docx(data: bytes) -> ParsedDraft:
    return parse(paragraphs_of(data))


# Saving -------------------------------------------------------------------------------------


def _ids_by_numbers(stream) -> dict[tuple, str]:
    """{(chapter no.,), (chapter no., article no.), (…, part no.): block id} of a text."""
    ids = {}
    for chapter in stream or []:
        key = (chapter.value.get("number") or "",)
        ids.setdefault(key, chapter.id)
        for article in chapter.value.get("articles") or []:
            article_key = (*key, article.value.get("number") or "")
            ids.setdefault(article_key, article.id)
            for index, part in enumerate(article.value.get("parts") or []):
                part_key = (*article_key, part.value.get("number") or f"#{index}")
                ids.setdefault(part_key, part.id)
    return ids


def apply(page, data: dict) -> None:
    """Puts the parsed text (`ParsedDraft.as_data()`) into `page.text`, unsaved, reusing the
    block ids of the page's text and of its source language's (same numbers, same id)."""
    from consultations.models import ConsultationPage

    known = {}
    source = (
        page.get_translations(inclusive=True).filter(locale__language_code="ru").specific().first()
    )
    for version in (page, source):
        if isinstance(version, ConsultationPage):
            for key, block_id in _ids_by_numbers(version.text).items():
                known.setdefault(key, block_id)

    def block_id(key):
        return known.get(key) or str(uuid.uuid4())

    raw = []
    for chapter in data["chapters"]:
        key = (chapter["number"],)
        articles = []
        for article in chapter["articles"]:
            article_key = (*key, article["number"])
            parts = [
                {
                    "type": "part",
                    "id": block_id((*article_key, part["number"] or f"#{index}")),
                    "value": {"number": part["number"], "text": part["text"]},
                }
                for index, part in enumerate(article["parts"])
            ]
            articles.append(
                {
                    "type": "article",
                    "id": block_id(article_key),
                    "value": {
                        "number": article["number"],
                        "title": article["title"],
                        "parts": parts,
                    },
                }
            )
        raw.append(
            {
                "type": "section",
                "id": block_id(key),
                "value": {
                    "number": chapter["number"],
                    "title": chapter["title"],
                    "articles": articles,
                },
            }
        )
    page.text = raw
