"""Loads the demo content (home/demo/content/) in Russian and translates it through wagtail-localize.

The Russian pages and snippets are written first, exactly as an editor would write them. The
Kazakh and English versions are then made the way a translator makes them: a wagtail-localize
TranslationSource is extracted from the Russian object, every segment gets its translated
string (paired with the Russian one from the content files), and wagtail-localize's
`save_target` builds the translated page, which is then published. So the translation UI shows them as
translations at 100%, and a later sync behaves as for any translated page.

Idempotent: an object that exists (found by its slug or name) is left as it is, so a second run
changes nothing.

Events (content/events.py) are seeded like the other pages; their stream and recording links are
translated fields, so the Kazakh version gets its own (demo) Facebook link where the Russian one
has a YouTube link. The demo's one upcoming event is dated from the day the demo is loaded.
"""

import datetime
import io
import random
import warnings
import zoneinfo
from collections.abc import Callable, Iterable

from bs4 import MarkupResemblesLocatorWarning
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import extract_strings

from articles.models import (
    AnalyticalArticlePage,
    ArticleIndexPage,
    LongReadPage,
    VideoCaption,
    VideoClipPage,
    VideoIndexPage,
)
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
    PetitionPage,
    Signature,
)
from cms.languages import LANGUAGE_CODES, SOURCE_LANGUAGE, TARGET_LANGUAGES
from cms.models import Author, PageAuthor, PageTopic, Partner, Topic
from cms.opt_in import person_key
from cms.regions import REGIONS
from cms.transliteration import make_slug
from consultations.contributions import articles_of
from consultations.models import ConsultationPage, Contribution, Support, TextVersion
from consultations.versions import record_version
from events.models import (
    Attendance,
    AudienceCategory,
    Certificate,
    EventAudience,
    EventIndexPage,
    EventPage,
    EventPartner,
    EventSpeaker,
    Registration,
)
from home.demo import content
from home.demo.content import consultations as consultations_content
from home.models import HomePage, StandardPage

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")

# One colour per campaign for the generated hero images (the NGO's palette: teal, amber, ...).
CAMPAIGN_COLOURS = {
    "anti-discrimination-law": (0, 121, 140),
    "anti-harassment-law": (209, 73, 91),
    "equality-conference-2023": (237, 174, 73),
    "legal-policy-concept-2030": (48, 99, 142),
    "migrants-rights": (0, 61, 91),
    None: (90, 90, 110),
}


class DemoContentError(Exception):
    """The content files are inconsistent (a string without its translation, a bad key...)."""


def is_text(value) -> bool:
    return isinstance(value, dict) and set(value) == set(LANGUAGE_CODES)


def is_html(text: str) -> bool:
    return text.lstrip().startswith(("<p", "<ul", "<ol"))


def translation_pairs(*values) -> dict[str, dict[str, str]]:
    """Every Russian string found in the content values, mapped to its kk and en strings.

    Rich text is split into the same units wagtail-localize extracts (paragraphs, list items),
    so the pairs match the segments of the Russian page one to one.
    """
    pairs: dict[str, dict[str, str]] = {}

    def add(ru: str, translations: dict[str, str]):
        if pairs.get(ru, translations) != translations:
            raise DemoContentError(f"The Russian string {ru!r} has two different translations.")
        pairs[ru] = translations

    def walk(value):
        if is_text(value):
            if is_html(value[SOURCE_LANGUAGE]):
                units = {
                    lang: [s.data for s, _ in extract_strings(value[lang])[1]]
                    for lang in LANGUAGE_CODES
                }
                lengths = {lang: len(units[lang]) for lang in LANGUAGE_CODES}
                if len(set(lengths.values())) != 1:
                    raise DemoContentError(
                        f"Paragraph counts differ between languages {lengths}: {value['ru'][:80]!r}"
                    )
                for index, ru in enumerate(units[SOURCE_LANGUAGE]):
                    add(ru, {lang: units[lang][index] for lang in TARGET_LANGUAGES})
            else:
                add(value[SOURCE_LANGUAGE], {lang: value[lang] for lang in TARGET_LANGUAGES})
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for value in values:
        walk(value)
    return pairs


def slug_pair(title: dict) -> dict[str, dict[str, str]]:
    """The translated slugs: each language's slug is transliterated from its own title."""
    slugs = {lang: make_slug(title[lang]) for lang in LANGUAGE_CODES}
    return {slugs[SOURCE_LANGUAGE]: {lang: slugs[lang] for lang in TARGET_LANGUAGES}}


def ru(value: dict) -> str:
    return value[SOURCE_LANGUAGE]


def body_stream(blocks: list[dict]) -> list[tuple[str, object]]:
    """Content-file body blocks → StreamField data (Russian)."""
    stream = []
    for block in blocks:
        kind = block["type"]
        if kind == "heading":
            stream.append(("heading", {"text": ru(block["text"]), "level": "h2"}))
        elif kind == "paragraph":
            stream.append(("paragraph", ru(block["html"])))
        elif kind == "quote":
            stream.append(
                ("quote", {"quote": ru(block["quote"]), "attribution": ru(block["attribution"])})
            )
        elif kind == "fact_box":
            stream.append(("fact_box", {"title": ru(block["title"]), "body": ru(block["html"])}))
        elif kind == "legal_references":
            items = [
                {"title": ru(item["title"]), "citation": ru(item["citation"]), "url": ""}
                for item in block["items"]
            ]
            stream.append(("legal_references", {"items": items}))
        else:
            raise DemoContentError(f"Unknown body block type {kind!r}.")
    return stream


def almaty_noon(iso_date: str) -> datetime.datetime:
    return datetime.datetime.combine(
        datetime.date.fromisoformat(iso_date), datetime.time(12, 0), tzinfo=ALMATY
    )


def almaty_day(value, today: datetime.date) -> datetime.date:
    """A content-file day: "2023-11-28", or {"days_from_today": 14} (the upcoming event's)."""
    if isinstance(value, dict):
        return today + datetime.timedelta(days=value["days_from_today"])
    return datetime.date.fromisoformat(value)


def almaty_moment(value, today: datetime.date) -> datetime.datetime | None:
    """A content-file moment in Almaty time: "2023-11-28T10:00", or
    {"days_from_today": 14, "time": "10:00"}; None stays None."""
    if value is None:
        return None
    if isinstance(value, dict):
        day, time = almaty_day(value, today), datetime.time.fromisoformat(value["time"])
    else:
        moment = datetime.datetime.fromisoformat(value)
        day, time = moment.date(), moment.time()
    return datetime.datetime.combine(day, time, tzinfo=ALMATY)


def hero_png(key: str, colour: tuple[int, int, int], size=(1600, 900)) -> bytes:
    """A generated, deterministic abstract image: no stock photos, no network."""
    rng = random.Random(key)
    image = PILImage.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    width, height = size
    for _ in range(9):
        shade = tuple(min(255, max(0, channel + rng.randint(-60, 80))) for channel in colour)
        x, y = rng.randint(-200, width), rng.randint(-200, height)
        radius = rng.randint(80, 420)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    draw.rectangle((0, height - 24, width, height), fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def webvtt(cues: list[dict], lang: str) -> str:
    lines = ["WEBVTT", ""]
    for number, cue in enumerate(cues, start=1):
        lines += [str(number), f"{cue['start']} --> {cue['end']}", cue["text"][lang], ""]
    return "\n".join(lines)


class DemoSeeder:
    def __init__(self, report: Callable[[str], None] = print):
        self.report = report
        self.step = 0
        self.total = 0
        self.created = 0
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        missing = set(LANGUAGE_CODES) - set(self.locales)
        if missing:
            raise DemoContentError(f"Locales missing (run migrate first): {sorted(missing)}")
        self.topics: dict[str, Topic] = {}
        self.authors: dict[str, Author] = {}
        self.partners: dict[str, Partner] = {}
        self.audiences: dict[str, AudienceCategory] = {}
        self.campaigns: dict[str, CampaignPage] = {}

    # -- progress -----------------------------------------------------------------------------

    def progress(self, label: str, created: bool):
        self.step += 1
        state = "created" if created else "exists, left as is"
        self.report(f"[{self.step:>3}/{self.total}] {label}: {state}")

    # -- wagtail-localize ---------------------------------------------------------------------

    def translate(self, instance, pairs: dict[str, dict[str, str]]):
        """Create the kk and en translations of `instance` through wagtail-localize."""
        with warnings.catch_warnings():
            # wagtail-localize hands a translated URL field (an event's stream link) to
            # BeautifulSoup as text, which warns that the text looks like a URL: it is one.
            warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
            self._translate(instance, pairs)

    def _translate(self, instance, pairs: dict[str, dict[str, str]]):
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for lang in TARGET_LANGUAGES:
            locale = self.locales[lang]
            for segment in segments:
                if segment.string.data not in pairs:
                    raise DemoContentError(
                        f"No {lang} translation for {segment.string.data!r} "
                        f"({segment.context.path} of {instance!r})."
                    )
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": pairs[segment.string.data][lang]},
                )
            translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
            if isinstance(instance, Page):
                # wagtail-localize would publish on commit, from a page instance that is stale
                # by then (its numchild); save the draft and publish it now instead.
                translation.save_target(publish=False)
                instance.get_translation(locale).get_latest_revision().publish()
            else:
                translation.save_target(publish=True)

    # -- snippets -----------------------------------------------------------------------------

    def snippet(self, model, lookup: dict, fields: dict, data: dict, label: str):
        ru_locale = self.locales[SOURCE_LANGUAGE]
        instance = model.objects.filter(locale=ru_locale, **lookup).first()
        created = instance is None
        if created:
            pairs = translation_pairs(data)
            if "slug" in lookup:
                pairs.update(slug_pair(data["name"]))
            with transaction.atomic():
                instance = model(locale=ru_locale, **lookup, **fields)
                instance.full_clean()
                instance.save()
                self.translate(instance, pairs)
            self.created += 1
        self.progress(label, created)
        return instance

    def seed_taxonomy(self):
        for topic in content.TOPICS:
            self.topics[topic["key"]] = self.snippet(
                Topic,
                {"slug": make_slug(ru(topic["name"]))},
                {"name": ru(topic["name"]), "description": ru(topic["description"])},
                {"name": topic["name"], "description": topic["description"]},
                f"Topic «{ru(topic['name'])}»",
            )
        # The events' fictional speakers are authors too (cms.Author), made the same way.
        for author in content.AUTHORS + content.SPEAKERS:
            self.authors[author["key"]] = self.snippet(
                Author,
                {"name": ru(author["name"])},
                {"role": ru(author["role"]), "bio": ru(author["bio"])},
                {key: author[key] for key in ("name", "role", "bio")},
                f"Author «{ru(author['name'])}»",
            )
        for partner in content.PARTNERS:
            self.partners[partner["key"]] = self.snippet(
                Partner,
                {"name": ru(partner["name"])},
                {"description": ru(partner["description"]), "url": partner["url"]},
                {key: partner[key] for key in ("name", "description")},
                f"Partner «{ru(partner['name'])}»",
            )
        for audience in content.AUDIENCES:
            self.audiences[audience["key"]] = self.snippet(
                AudienceCategory,
                {"slug": make_slug(ru(audience["name"]), max_length=100)},
                {"name": ru(audience["name"])},
                {"name": audience["name"]},
                f"Audience «{ru(audience['name'])}»",
            )

    # -- media --------------------------------------------------------------------------------

    @staticmethod
    def colour(item: dict) -> tuple[int, int, int]:
        return CAMPAIGN_COLOURS.get(item.get("campaign"), CAMPAIGN_COLOURS[None])

    @staticmethod
    def hero_alt(item: dict) -> dict[str, str]:
        """What the hero image drawn in `colour(item)` shows, in the three languages."""
        campaign = item.get("campaign")
        return content.HERO_IMAGE_ALT[campaign if campaign in CAMPAIGN_COLOURS else None]

    def image(self, key: str, title: str, colour):
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            png = hero_png(key, colour)
            image = Image(title=title, file=ImageFile(io.BytesIO(png), name=f"demo-{key}.png"))
            image.save()
        return image

    def caption_track(self, key: str, lang: str, cues: list[dict]):
        Document = get_document_model()
        title = f"{key} ({lang}) WebVTT"
        document = Document.objects.filter(title=title).first()
        if document is None:
            document = Document(title=title)
            document.file.save(
                f"{key}-{lang}.vtt", ContentFile(webvtt(cues, lang).encode()), save=False
            )
            document.save()
        return document

    # -- pages --------------------------------------------------------------------------------

    def page(
        self, parent: Page, page: Page, data: dict, label: str, *, date=None, extra_pairs=None
    ):
        """Add `page` (Russian) under `parent` unless a page with its slug is there; publish and
        translate it. Returns the existing or new page."""
        existing = parent.get_children().filter(slug=page.slug).specific().first()
        if existing is not None:
            self.progress(label, created=False)
            return existing
        pairs = translation_pairs(data)
        pairs.update(slug_pair(data["title"]))
        pairs.update(extra_pairs or {})
        # One transaction per page: a failed run leaves whole pages and resumes where it stopped.
        with transaction.atomic():
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.translate(page, pairs)
        if date:
            # Listings order by publication: the demo keeps the dates the content was written.
            moment = almaty_noon(date)
            Page.objects.filter(translation_key=page.translation_key).update(
                first_published_at=moment, last_published_at=moment
            )
        self.created += 1
        self.progress(label, created=True)
        return page

    def with_topics_and_authors(self, page, item: dict):
        for order, key in enumerate(item.get("topics", [])):
            page.page_topics.add(PageTopic(topic=self.topics[key], sort_order=order))
        for order, key in enumerate(item.get("authors", [])):
            page.page_authors.add(PageAuthor(author=self.authors[key], sort_order=order))
        return page

    def texts(self, item: dict, *keys: str) -> dict:
        return {key: item[key] for key in keys if key in item}

    def seed_home(self) -> HomePage:
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        created = not home.has_translation(self.locales["kk"])
        if created:
            pairs = translation_pairs(content.HOME)
            pairs[home.slug] = {lang: f"home-{lang}" for lang in TARGET_LANGUAGES}
            with transaction.atomic():
                home.title = ru(content.HOME["title"])
                home.intro = ru(content.HOME["intro"])
                home.save_revision().publish()
                self.translate(home, pairs)
            self.created += 1
        self.progress(f"Home page «{home.title}»", created)
        return home

    def seed_indexes(self, home):
        models = {
            "articles": ArticleIndexPage,
            "videos": VideoIndexPage,
            "campaigns": CampaignIndexPage,
            "events": EventIndexPage,
        }
        indexes = {}
        for key, model in models.items():
            data = content.INDEXES[key]
            page = model(
                title=ru(data["title"]),
                slug=make_slug(ru(data["title"])),
                intro=ru(data["intro"]),
                show_in_menus=True,  # the sections make the site's menu (/api/v1/navigation/)
            )
            indexes[key] = self.page(home, page, data, f"Section «{page.title}»")
        return indexes

    def seed_site_pages(self, home):
        """About us, contacts, the privacy policy: the footer's pages, right below the home."""
        for item in content.SITE_PAGES:
            page = StandardPage(
                title=ru(item["title"]),
                slug=make_slug(ru(item["title"])),
                summary=ru(item["summary"]),
                body=body_stream(item["body"]),
            )
            data = self.texts(item, "title", "summary", "body")
            self.page(home, page, data, f"Page «{page.title}»")

    def seed_campaigns(self, index):
        for item in content.CAMPAIGNS:
            key = item["key"]
            page = CampaignPage(
                title=ru(item["title"]),
                slug=make_slug(ru(item["title"])),
                summary=ru(item["summary"]),
                hero_image=self.image(key, ru(item["title"]), self.colour({"campaign": key})),
                hero_image_alt=ru(self.hero_alt({"campaign": key})),
                period_start=datetime.date.fromisoformat(item["period_start"]),
                period_end=datetime.date.fromisoformat(item["period_end"]),
                goals=ru(item["goals"]),
                problems=ru(item["problems"]),
                activities=[
                    ("activity", {"title": ru(a["title"]), "description": ru(a["html"])})
                    for a in item["activities"]
                ],
                indicators=[("indicator", self.indicator(i)) for i in item["indicators"]],
                body=body_stream(item.get("body", [])),
            )
            self.with_topics_and_authors(page, item)
            for order, partner_key in enumerate(item["donors"] + item["partners"]):
                role = (
                    CampaignPartner.Role.DONOR
                    if partner_key in item["donors"]
                    else CampaignPartner.Role.PARTNER
                )
                page.campaign_partners.add(
                    CampaignPartner(partner=self.partners[partner_key], role=role, sort_order=order)
                )
            data = self.texts(
                item, "title", "summary", "goals", "problems", "activities", "indicators", "body"
            )
            data["hero_image_alt"] = self.hero_alt({"campaign": key})
            self.campaigns[key] = self.page(
                index, page, data, f"Campaign «{page.title}»", date=item["period_start"]
            )

    def indicator(self, item: dict) -> dict:
        """An indicator's block value: typed in, or computed from attendance at the campaign's
        events (the demo's attendance makes it come out as the project's figures)."""
        value = {"label": ru(item["label"]), "target": item["target"], "achieved": item["achieved"]}
        if "computed" in item:
            value.update(
                source="computed",
                measure=item["computed"]["measure"],
                audiences=[self.audiences[key] for key in item["computed"]["audiences"]],
            )
        return value

    def seed_petitions(self, campaigns_index):
        for item in content.PETITIONS:
            campaign = self.campaigns.get(item["campaign"])
            parent = campaign or campaigns_index
            page = PetitionPage(
                title=ru(item["title"]),
                slug=make_slug(ru(item["title"])),
                summary=ru(item["summary"]),
                hero_image=self.image(item["key"], ru(item["title"]), self.colour(item)),
                hero_image_alt=ru(self.hero_alt(item)),
                campaign=campaign,
                addressee=ru(item["addressee"]),
                demand=ru(item["demand"]),
                body=body_stream(item.get("body", [])),
                goal=item["goal"],
                deadline=datetime.date.fromisoformat(item["deadline"]),
                state=item["state"],
                offline_signature_count=item.get("offline_signatures", 0),
                consent_text=ru(item["consent_text"]),
            )
            self.with_topics_and_authors(page, item)
            data = self.texts(
                item, "title", "summary", "addressee", "demand", "body", "consent_text"
            )
            data["hero_image_alt"] = self.hero_alt(item)
            petition = self.page(parent, page, data, f"Petition «{page.title}»", date=item["date"])
            self.seed_signatures(petition, item)

    def seed_consultations(self):
        """The draft law on the Equality Council, under its conference's campaign: its text
        as chapters, articles and parts, translated with the same block ids in kk and en."""
        item = consultations_content.CONSULTATION
        campaign = self.campaigns[item["campaign"]]
        text = [
            (
                "section",
                {
                    "number": chapter["number"],
                    "title": ru(chapter["title"]),
                    "articles": [
                        (
                            "article",
                            {
                                "number": article["number"],
                                "title": ru(article["title"]),
                                "parts": [
                                    ("part", {"number": number, "text": ru(words)})
                                    for number, words in article["parts"]
                                ],
                                "heard": ru(article["heard"]) if "heard" in article else "",
                                "did": ru(article["did"]) if "did" in article else "",
                            },
                        )
                        for article in chapter["articles"]
                    ],
                },
            )
            for chapter in item["chapters"]
        ]
        page = ConsultationPage(
            title=ru(item["title"]),
            slug=make_slug(ru(item["title"])),
            summary=ru(item["summary"]),
            hero_image=self.image(item["key"], ru(item["title"]), self.colour(item)),
            hero_image_alt=ru(self.hero_alt(item)),
            campaign=campaign,
            act_title=ru(item["act_title"]),
            state_body=ru(item["state_body"]),
            phase=item["phase"],
            text=text,
        )
        data = self.texts(item, "title", "summary", "act_title", "state_body", "chapters")
        data["hero_image_alt"] = self.hero_alt(item)
        # Numbers are segments too (CharBlocks); they read the same in every language.
        numbers = {
            value: dict.fromkeys(TARGET_LANGUAGES, value)
            for chapter in item["chapters"]
            for value in [chapter["number"]]
            + [article["number"] for article in chapter["articles"]]
            + [number for article in chapter["articles"] for number, _words in article["parts"]]
        }
        page = self.page(
            campaign,
            page,
            data,
            f"Consultation «{page.title}»",
            date="2023-11-28",
            extra_pairs=numbers,
        )
        self.seed_contributions(page)
        if not TextVersion.objects.filter(consultation_key=page.translation_key).exists():
            # v1: the draft as presented, in ru, kk and en.
            record_version(page.translation_key, TextVersion.Kind.DRAFT)

    def seed_contributions(self, consultation: ConsultationPage):
        """The fictional experts' comments and proposals, moderated, with dispositions and their
        reasons in ru, kk and en, and a few confirmed supports; left alone when any exist."""
        existing = Contribution.objects.filter(consultation_key=consultation.translation_key)
        if existing.exists():
            self.progress(f"Contributions to «{consultation.title}»", False)
            return
        articles = {
            article["number"]: (key, article) for key, article in articles_of(consultation).items()
        }
        parts_by_number = {
            number: {part["number"]: part["id"] for part in article["parts"]}
            for number, (_key, article) in articles.items()
        }
        start = almaty_noon("2023-11-29")
        rows = []
        with transaction.atomic():
            for n, (
                number,
                part,
                kind,
                language,
                name,
                organisation,
                role,
                shown_as,
                wording,
                text,
                status,
                disposition,
                reason,
                merged,
            ) in enumerate(consultations_content.CONTRIBUTIONS):
                article_id, article = articles[number]
                sent = start + datetime.timedelta(days=n, hours=n)
                row = Contribution.objects.create(
                    consultation_key=consultation.translation_key,
                    article_id=article_id,
                    part_id=parts_by_number[number].get(part) if part else None,
                    article_number=number,
                    part_number=part,
                    kind=kind,
                    proposed_wording=wording,
                    text=text,
                    full_name=name,
                    organisation=organisation,
                    role=role,
                    email=f"expert-{n}@example.kz",
                    shown_as=shown_as,
                    locale=language,
                    status=status,
                    disposition=disposition,
                    disposition_reason=reason,
                    merged_into=rows[merged] if merged is not None else None,
                    created_at=sent,
                    email_confirmed_at=sent + datetime.timedelta(minutes=5),
                    published_at=sent + datetime.timedelta(days=1)
                    if status == "published"
                    else None,
                    moderated_at=sent + datetime.timedelta(days=1)
                    if status == "published"
                    else None,
                )
                rows.append(row)
            for n, row in enumerate(rows):
                if row.status == "published" and row.kind == "proposal":
                    Support.objects.bulk_create(
                        Support(
                            contribution=row,
                            email=f"supporter-{n}-{k}@example.kz",
                            locale="kk" if k % 2 else "ru",
                            confirmed_at=row.published_at + datetime.timedelta(hours=k + 1),
                        )
                        for k in range(3 + 2 * n)
                    )
        self.created += 1
        self.progress(f"Contributions to «{consultation.title}»", True)

    # Signers of the demo: invented names, addresses at the reserved example.kz domain.
    FIRST_NAMES = [
        "Әлия",
        "Айгерім",
        "Ержан",
        "Дәурен",
        "Гүлнұр",
        "Нұрлан",
        "Жанар",
        "Асқар",
        "Мария",
        "Ольга",
        "Дмитрий",
        "Сергей",
        "Динара",
        "Бауыржан",
        "Saule",
        "Anna",
    ]
    LAST_NAMES = [
        "Сәрсенова",
        "Қасымов",
        "Өмірбекова",
        "Жұмабаев",
        "Иванова",
        "Ким",
        "Тоқтарова",
        "Нұрпейісов",
        "Петренко",
        "Әбенова",
        "Smith",
        "Ахметов",
    ]
    # Where demo registrants work (fictional kinds of organisation, not named ones).
    ORGANISATIONS = [
        "Адвокатская контора",
        "Коллегия адвокатов",
        "Правозащитная организация",
        "Редакция онлайн-издания",
        "Общественный фонд",
        "Университет",
        "",
    ]
    # Rough shares of signers by region: the three big cities first.
    REGION_WEIGHTS = {"almaty": 9, "astana": 7, "shymkent": 4, "outside": 1}

    def seed_signatures(self, petition: PetitionPage, item: dict):
        """Confirmed signatures spread over the petition's collection period, so the admin's
        charts have something to show; left alone when the petition has any."""
        wanted = item.get("demo_signatures", 0)
        signatures = Signature.objects.filter(petition_key=petition.translation_key)
        if not wanted or signatures.exists():
            self.progress(f"Signatures of «{petition.title}»", False)
            return
        rng = random.Random(item["key"])
        start = almaty_noon(item["date"])
        today = datetime.datetime.now(ALMATY)
        end = min(almaty_noon(item["deadline"]), today) if item.get("deadline") else today
        span = max((end - start).total_seconds(), 3600)
        regions = [region.code for region in REGIONS]
        weights = [self.REGION_WEIGHTS.get(code, 1) for code in regions]
        rows = []
        for n in range(wanted):
            # Most people sign in the first weeks: a front-loaded spread over the period.
            signed = start + datetime.timedelta(seconds=span * rng.random() ** 2)
            rows.append(
                Signature(
                    petition_key=petition.translation_key,
                    full_name=f"{rng.choice(self.FIRST_NAMES)} {rng.choice(self.LAST_NAMES)}",
                    email=f"signer-{n}@example.kz",
                    region=rng.choices(regions, weights)[0],
                    locale=rng.choices(LANGUAGE_CODES, (55, 35, 10))[0],
                    newsletter_opt_in=rng.random() < 0.3,
                    created_at=signed,
                    confirmed_at=signed + datetime.timedelta(minutes=rng.randint(1, 600)),
                )
            )
        Signature.objects.bulk_create(rows, batch_size=1000)
        self.progress(f"{wanted} signatures of «{petition.title}»", True)

    def seed_analytics(self, index):
        for item in content.ARTICLES:
            page = AnalyticalArticlePage(
                title=ru(item["title"]),
                slug=make_slug(ru(item["title"])),
                summary=ru(item["summary"]),
                hero_image=self.image(item["key"], ru(item["title"]), self.colour(item)),
                hero_image_alt=ru(self.hero_alt(item)),
                campaign=self.campaigns.get(item["campaign"]),
                publication_date=datetime.date.fromisoformat(item["date"]),
                body=body_stream(item["body"]),
            )
            self.with_topics_and_authors(page, item)
            data = self.texts(item, "title", "summary", "body")
            data["hero_image_alt"] = self.hero_alt(item)
            self.page(index, page, data, f"Article «{page.title}»", date=item["date"])
        for item in content.LONG_READS:
            chapters = []
            anchors = {}
            for chapter in item["chapters"]:
                anchor = make_slug(ru(chapter["title"]), max_length=100)
                anchors.update(
                    {
                        anchor: {
                            lang: make_slug(chapter["title"][lang], max_length=100)
                            for lang in TARGET_LANGUAGES
                        }
                    }
                )
                chapters.append(
                    (
                        "chapter",
                        {
                            "title": ru(chapter["title"]),
                            "anchor": anchor,
                            "body": body_stream(chapter["body"]),
                        },
                    )
                )
            page = LongReadPage(
                title=ru(item["title"]),
                slug=make_slug(ru(item["title"])),
                summary=ru(item["summary"]),
                hero_image=self.image(item["key"], ru(item["title"]), self.colour(item)),
                hero_image_alt=ru(self.hero_alt(item)),
                campaign=self.campaigns.get(item["campaign"]),
                publication_date=datetime.date.fromisoformat(item["date"]),
                chapters=chapters,
            )
            self.with_topics_and_authors(page, item)
            data = self.texts(item, "title", "summary", "chapters")
            data["hero_image_alt"] = self.hero_alt(item)
            self.page(
                index,
                page,
                data,
                f"Long read «{page.title}»",
                date=item["date"],
                extra_pairs=anchors,
            )

    def seed_videos(self, index):
        for item in content.VIDEOS:
            thumbnail = self.image(item["key"], ru(item["title"]), self.colour(item))
            page = VideoClipPage(
                title=ru(item["title"]),
                slug=make_slug(ru(item["title"])),
                summary=ru(item["summary"]),
                hero_image=thumbnail,
                hero_image_alt=ru(self.hero_alt(item)),
                thumbnail=thumbnail,
                campaign=self.campaigns.get(item["campaign"]),
                publication_date=datetime.date.fromisoformat(item["date"]),
                video_url=item["video_url"],
                duration_seconds=item["duration_seconds"],
                transcript=ru(item["transcript"]),
            )
            self.with_topics_and_authors(page, item)
            for lang in LANGUAGE_CODES:
                page.captions.add(
                    VideoCaption(
                        language=lang, file=self.caption_track(item["key"], lang, item["captions"])
                    )
                )
            data = self.texts(item, "title", "summary", "transcript")
            data["hero_image_alt"] = self.hero_alt(item)
            self.page(index, page, data, f"Video «{page.title}»", date=item["date"])

    def programme(self, days: list[dict], today: datetime.date) -> list[tuple[str, dict]]:
        """Content-file programme days → the `programme` StreamField data (Russian)."""
        return [
            (
                "day",
                {
                    "date": almaty_day(day["date"], today),
                    "title": ru(day["title"]),
                    "sessions": [
                        {
                            "starts_at": datetime.time.fromisoformat(session["starts_at"]),
                            "ends_at": datetime.time.fromisoformat(session["ends_at"]),
                            "title": ru(session["title"]),
                            "description": ru(session["description"])
                            if "description" in session
                            else "",
                            "speakers": [self.authors[key] for key in session.get("speakers", [])],
                            "language": session.get("language", ""),
                        }
                        for session in day["sessions"]
                    ],
                },
            )
            for day in days
        ]

    def seed_events(self, index):
        """The events, under the events section, each tied to its campaign (`campaign` field).
        Their links are demo links (content/events.py); an event dated relative to today is
        published today, the others back-dated two weeks before they start."""
        today = datetime.datetime.now(ALMATY).date()
        for item in content.EVENTS:

            def text(key, item=item):
                return ru(item[key]) if key in item else ""

            starts_at = almaty_moment(item["starts_at"], today)
            page = EventPage(
                title=ru(item["title"]),
                slug=make_slug(ru(item["title"])),
                summary=ru(item["summary"]),
                hero_image=self.image(item["key"], ru(item["title"]), self.colour(item)),
                hero_image_alt=ru(self.hero_alt(item)),
                campaign=self.campaigns.get(item["campaign"]),
                kind=item["kind"],
                format=item["format"],
                starts_at=starts_at,
                ends_at=almaty_moment(item["ends_at"], today),
                languages=item["languages"],
                city=text("city"),
                venue=text("venue"),
                address=text("address"),
                region=item.get("region", ""),
                capacity=item.get("capacity"),
                registration_opens_at=almaty_moment(item.get("registration_opens_at"), today),
                registration_closes_at=almaty_moment(item.get("registration_closes_at"), today),
                requires_approval=item.get("requires_approval", False),
                body=body_stream(item.get("body", [])),
                programme=self.programme(item.get("programme", []), today),
                # DEMO links (tendik-demo placeholders, not the NGO's channels), translated
                # with the page: YouTube for ru and en, Facebook for kk.
                stream_url=text("stream_url"),
                recording_url=text("recording_url"),
            )
            self.with_topics_and_authors(page, item)  # topics; events have speakers instead
            for order, key in enumerate(item.get("audiences", [])):
                page.event_audiences.add(
                    EventAudience(audience=self.audiences[key], sort_order=order)
                )
            for order, key in enumerate(item.get("speakers", [])):
                page.event_speakers.add(EventSpeaker(speaker=self.authors[key], sort_order=order))
            for order, key in enumerate(item.get("partners", [])):
                page.event_partners.add(EventPartner(partner=self.partners[key], sort_order=order))
            data = self.texts(
                item,
                *("title", "summary", "city", "venue", "address", "body", "programme"),
                *("stream_url", "recording_url"),
            )
            data["hero_image_alt"] = self.hero_alt(item)
            relative = isinstance(item["starts_at"], dict)
            published = None if relative else (starts_at.date() - datetime.timedelta(days=14))
            self.page(
                index,
                page,
                data,
                f"Event «{page.title}»",
                date=published.isoformat() if published else None,
            )
            self.seed_registrations(page, item)

    def seed_registrations(self, page: EventPage, item: dict):
        """Registrations at example.kz, so the admin's figures and charts have something to
        show: a past event full to its capacity (and a few who cancelled), the upcoming one a
        fifth full. Left alone when the event has any."""
        registrations = Registration.objects.filter(event_key=page.translation_key)
        if not page.capacity or registrations.exists():
            return
        rng = random.Random(item["key"])
        upcoming = page.ends_at > timezone.now()
        confirmed = page.capacity // 5 if upcoming else page.capacity
        cancelled = 0 if upcoming else 3
        opened = page.registration_opens_at or page.starts_at - datetime.timedelta(days=21)
        span = max((min(page.starts_at, timezone.now()) - opened).total_seconds(), 3600)
        audiences = [
            self.audiences[key].slug
            for key in item.get("registrant_audiences", item.get("audiences", []))
        ] or [""]
        regions = (
            [page.region] * 6 + [region.code for region in REGIONS]
            if page.region
            else [region.code for region in REGIONS]
        )
        rows = []
        for n in range(confirmed + cancelled):
            registered = opened + datetime.timedelta(seconds=span * rng.random())
            confirmed_at = registered + datetime.timedelta(minutes=rng.randint(1, 300))
            seated = n < confirmed
            rows.append(
                Registration(
                    event_key=page.translation_key,
                    full_name=f"{rng.choice(self.FIRST_NAMES)} {rng.choice(self.LAST_NAMES)}",
                    # One address per person and event: the demo's people are not the same
                    # people at every event (computed indicators count distinct people).
                    email=f"{item['key'][:40]}-{n}@example.kz",
                    person_key=person_key(f"{item['key'][:40]}-{n}@example.kz"),
                    organisation=rng.choice(self.ORGANISATIONS),
                    audience=rng.choice(audiences),
                    region=rng.choice(regions),
                    locale=rng.choices(LANGUAGE_CODES, (55, 35, 10))[0],
                    status=(
                        Registration.Status.CONFIRMED if seated else Registration.Status.CANCELLED
                    ),
                    created_at=registered,
                    email_confirmed_at=confirmed_at,
                    seat_given_at=confirmed_at,
                    cancelled_at=None if seated else confirmed_at + datetime.timedelta(days=2),
                )
            )
        Registration.objects.bulk_create(rows)
        if not upcoming:
            self.seed_attendance(page, item, rng, audiences, regions)

    def seed_attendance(self, page: EventPage, item: dict, rng, audiences, regions):
        """A past event's check-ins: the confirmed came every day, but one in twenty who did
        not show up; three walk-ins were added at the door. The media workshop's attendees have
        their certificates (the rest are left to issue from the admin)."""
        walk_ins = [
            Registration(
                event_key=page.translation_key,
                full_name=f"{rng.choice(self.FIRST_NAMES)} {rng.choice(self.LAST_NAMES)}",
                email=f"{item['key'][:40]}-walk-in-{n}@example.kz",
                person_key=person_key(f"{item['key'][:40]}-walk-in-{n}@example.kz"),
                organisation=rng.choice(self.ORGANISATIONS),
                audience=rng.choice(audiences),
                region=rng.choice(regions),
                locale=rng.choices(LANGUAGE_CODES, (55, 35, 10))[0],
                status=Registration.Status.CONFIRMED,
                walk_in=True,
                created_at=page.starts_at,
                seat_given_at=page.starts_at,
            )
            for n in range(3)
        ]
        Registration.objects.bulk_create(walk_ins)
        present = Registration.objects.filter(
            event_key=page.translation_key, status=Registration.Status.CONFIRMED
        ).order_by("pk")
        came = [each for n, each in enumerate(present) if each.walk_in or n % 20 != 13]
        Attendance.objects.bulk_create(
            Attendance(
                registration=each,
                day=day,
                checked_in_at=timezone.make_aware(
                    datetime.datetime.combine(day, datetime.time(9, 30))
                ),
            )
            for each in came
            for day in page.days
        )
        if item["key"] == "media-workshop-non-discriminatory-language":
            titles = dict(
                EventPage.objects.filter(translation_key=page.translation_key).values_list(
                    "locale__language_code", "title"
                )
            )
            Certificate.objects.bulk_create(
                Certificate(
                    registration=each,
                    event_key=page.translation_key,
                    language=each.locale,
                    full_name=each.full_name,
                    event_title=titles.get(each.locale, page.title),
                    starts_on=page.days[0],
                    ends_on=page.days[-1],
                    hours=page.certificate_hours,
                    issued_at=page.ends_at,
                )
                for each in came
            )

    # -- all ----------------------------------------------------------------------------------

    def run(self) -> int:
        self.total = (
            len(content.TOPICS)
            + len(content.AUTHORS)
            + len(content.SPEAKERS)
            + len(content.PARTNERS)
            + len(content.AUDIENCES)
            + 1
            + len(content.INDEXES)
            + len(content.CAMPAIGNS)
            + len(content.PETITIONS) * 2  # the page, then its signatures
            + len(content.ARTICLES)
            + len(content.LONG_READS)
            + len(content.VIDEOS)
            + len(content.EVENTS)
            + len(content.SITE_PAGES)
            + 1  # the consultation
        )
        self.seed_taxonomy()
        home = self.seed_home()
        indexes = self.seed_indexes(home)
        self.seed_campaigns(indexes["campaigns"])
        self.seed_petitions(indexes["campaigns"])
        self.seed_analytics(indexes["articles"])
        self.seed_videos(indexes["videos"])
        self.seed_events(indexes["events"])
        self.seed_consultations()
        self.seed_site_pages(home)
        return self.created


def iter_texts(value) -> Iterable[dict]:
    """Every three-language text inside a content value (used by the content checks)."""
    if is_text(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_texts(item)
