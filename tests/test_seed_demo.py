"""`manage.py seed_demo` loads the demo in three languages, linked as translations, and a second
run changes nothing."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from articles.models import AnalyticalArticlePage, LongReadPage, VideoClipPage
from campaigns.models import CampaignPage, PetitionPage, Signature
from cms.models import Author, Partner, Topic
from events.models import (
    AudienceCategory,
    EventAudience,
    EventIndexPage,
    EventPage,
    EventPartner,
    EventSpeaker,
)
from home.demo import content
from home.models import StandardPage

pytestmark = pytest.mark.django_db

CONTENT_MODELS = [
    Page, AnalyticalArticlePage, LongReadPage, VideoClipPage, CampaignPage, PetitionPage,
    Topic, Author, Partner, TranslationSource, Translation, StringTranslation, Signature,
    EventIndexPage, EventPage, AudienceCategory, EventAudience, EventSpeaker, EventPartner,
]  # fmt: skip


def counts():
    return {model.__name__: model.objects.count() for model in CONTENT_MODELS}


def seed():
    output = StringIO()
    # wagtail-localize publishes translations on commit; run those callbacks inside the test.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("seed_demo", stdout=output)
    return output.getvalue()


@pytest.fixture(scope="module")
def seeded_output(django_db_setup, django_db_blocker):
    """Seed once for this module (it takes a while), inside a transaction rolled back after."""
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            yield seed()
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def seeded(seeded_output, db):
    return seeded_output


def test_seed_prints_progress(seeded):
    assert "[  1/" in seeded
    assert "Demo content ready" in seeded


def test_every_demo_page_exists_in_russian_kazakh_and_english(seeded):
    for model, items in [
        (CampaignPage, content.CAMPAIGNS),
        (PetitionPage, content.PETITIONS),
        (AnalyticalArticlePage, content.ARTICLES),
        (LongReadPage, content.LONG_READS),
        (VideoClipPage, content.VIDEOS),
        (StandardPage, content.SITE_PAGES),
        (EventPage, content.EVENTS),
    ]:
        for code in ("ru", "kk", "en"):
            pages = model.objects.filter(locale__language_code=code)
            assert pages.count() == len(items), (model.__name__, code)
            assert all(page.live for page in pages)


def test_translations_are_wagtail_localize_translations_of_the_russian_pages(seeded):
    kk, en = Locale.objects.get(language_code="kk"), Locale.objects.get(language_code="en")
    for source_page in AnalyticalArticlePage.objects.filter(locale__language_code="ru"):
        source = TranslationSource.objects.get_for_instance(source_page)
        assert {t.target_locale for t in Translation.objects.filter(source=source)} == {kk, en}
        kazakh = source_page.get_translation(kk)
        assert kazakh.title != source_page.title
        assert set("әғқңөұүһі") & set(kazakh.title.lower() + kazakh.summary.lower())
        assert kazakh.slug.isascii()
        # Every segment has its Kazakh string: the translation UI shows 100%.
        total, translated = Translation.objects.get(source=source, target_locale=kk).get_progress()
        assert total == translated > 0


def test_translated_pages_keep_the_source_settings(seeded):
    for petition in PetitionPage.objects.filter(locale__language_code="ru"):
        for translation in petition.get_translations():
            translation = translation.specific
            assert (translation.goal, translation.deadline, translation.state) == (
                petition.goal,
                petition.deadline,
                petition.state,
            )


def test_seeding_twice_changes_nothing(seeded):
    before = counts()
    output = seed()
    assert counts() == before
    assert "Demo content ready: 0 new objects." in output
    # The events, their section, audiences and speakers are found again, not made twice.
    assert before["EventPage"] == 3 * len(content.EVENTS)
    assert before["AudienceCategory"] == 3 * len(content.AUDIENCES)
    assert output.count("Event «") == len(content.EVENTS)
    assert output.count("Audience «") == len(content.AUDIENCES)
    assert "Section «События»: exists, left as is" in output
    assert " created\n" not in output


def test_admin_page_explorer_shows_the_three_language_trees(seeded, admin_client):
    response = admin_client.get("/admin/pages/")
    assert response.status_code == 200
    html = response.content.decode()
    for locale in ("ru", "kk", "en"):
        home = Page.objects.get(depth=2, locale__language_code=locale)
        assert f"/admin/pages/{home.pk}/" in html


def test_each_language_site_serves_its_pages(seeded, client):
    assert client.get("/").status_code == 302  # to the visitor's language, /ru/ by default
    for code in ("ru", "kk", "en"):
        article = AnalyticalArticlePage.objects.filter(locale__language_code=code).first()
        home = Page.objects.get(depth=2, locale__language_code=code)
        assert client.get(f"/{code}/").status_code == 200, code
        response = client.get(article.url)
        assert response.status_code == 200, article.url
        html = response.content.decode()
        assert article.title in html
        assert f'<html lang="{code}">' in html
        assert home.title in client.get(f"/{code}/").content.decode()


def test_every_demo_page_renders_on_the_built_in_site_in_its_language(seeded, client):
    """The built-in website (website/) renders every page of the demo from its API payload."""
    from django.utils.html import escape

    pages = Page.objects.live().filter(depth__gte=2).specific()
    assert len(pages) >= 60
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{page.locale.language_code}">' in html, page.url
        assert f"<h1>{escape(page.title)}</h1>" in html, page.url


def test_the_translation_status_report_renders_the_demo_in_a_bounded_number_of_queries(
    seeded, admin_client
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from translations.status import State, translation_status

    def queries(params):
        admin_client.get("/admin/translations/status/", params)  # warm the admin's caches
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get("/admin/translations/status/", params)
        assert response.status_code == 200
        return len(captured), response.content.decode()

    everything, html = queries({})
    from django.contrib.contenttypes.models import ContentType

    one_type, _ = queries({"type": ContentType.objects.get_for_model(AnalyticalArticlePage).pk})
    assert "tw-published" in html
    rows = html.count("<tr>") - 1
    print(f"translation status report: {everything} queries for {rows} source pages")
    # Four queries for the states, whatever the number of pages; the rest is the admin's own.
    assert everything == one_type <= 40
    sources = Page.objects.filter(locale__language_code="ru", depth__gte=2)
    states = {cell.state for row in translation_status(sources) for cell in row.cells.values()}
    assert states == {State.PUBLISHED}  # the demo is fully translated and published


def test_the_demo_petitions_have_signatures_for_the_admin_charts(seeded):
    for item in content.PETITIONS:
        petition = PetitionPage.objects.get(locale__language_code="ru", title=item["title"]["ru"])
        signatures = Signature.objects.filter(petition_key=petition.translation_key)
        assert signatures.counted().count() == item["demo_signatures"]
        assert petition.signature_count == item["demo_signatures"] + item["offline_signatures"]
        # Spread over many days and regions, in the three languages.
        assert signatures.dates("confirmed_at", "day").count() > 20
        assert signatures.values("region").distinct().count() > 10
        assert set(signatures.values_list("locale", flat=True)) == {"ru", "kk", "en"}
        assert not signatures.exclude(email__endswith="@example.kz").exists()


def test_every_demo_hero_image_is_described_in_its_pages_language(seeded, client):
    from wagtail.images import get_image_model

    library_titles = set(get_image_model().objects.values_list("title", flat=True))
    described = {code: set() for code in ("ru", "kk", "en")}
    for model in (
        CampaignPage,
        PetitionPage,
        AnalyticalArticlePage,
        LongReadPage,
        VideoClipPage,
        EventPage,
    ):
        for page in model.objects.filter(hero_image__isnull=False).select_related("locale"):
            code = page.locale.language_code
            payload = client.get(f"/api/v1/pages/{page.pk}/").json()
            alt = payload["image"]["alt"]
            assert alt == page.hero_image_alt and alt not in library_titles, page.url
            described[code].add(alt)
    for code, texts in described.items():
        assert texts <= {text[code] for text in content.HERO_IMAGE_ALT.values()}, code
        assert len(texts) == len(described["ru"]) >= len(content.CAMPAIGNS), code


def test_the_events_section_and_its_events_exist_in_russian_kazakh_and_english(seeded):
    titles = {"ru": "События", "kk": "Іс-шаралар", "en": "Events"}
    for code, title in titles.items():
        home = Page.objects.get(depth=2, locale__language_code=code)
        section = EventIndexPage.objects.child_of(home).get()
        assert (section.title, section.live, section.show_in_menus) == (title, True, True)
        events = EventPage.objects.child_of(section).live()
        assert events.count() == len(content.EVENTS), code
        assert AudienceCategory.objects.filter(locale__language_code=code).count() == len(
            content.AUDIENCES
        )
    kazakh_section = EventIndexPage.objects.get(locale__language_code="kk")
    assert kazakh_section.slug.isascii()
    # Every Kazakh event points at Kazakh audiences, speakers and partners, not Russian ones.
    for event in EventPage.objects.filter(locale__language_code="kk"):
        rows = [
            *(link.audience for link in event.event_audiences.all()),
            *(link.speaker for link in event.event_speakers.all()),
            *(link.partner for link in event.event_partners.all()),
        ]
        assert rows and {row.locale.language_code for row in rows} == {"kk"}, event.title
        for day in event.programme:
            for session in day.value["sessions"]:
                assert {a.locale.language_code for a in session["speakers"]} <= {"kk"}


def campaign_title(key: str) -> str:
    return next(item["title"]["ru"] for item in content.CAMPAIGNS if item["key"] == key)


def test_the_conference_streams_in_russian_on_youtube_and_in_kazakh_on_facebook(seeded):
    conference = EventPage.objects.get(locale__language_code="ru", kind="conference")
    kazakh = conference.get_translation(Locale.objects.get(language_code="kk"))
    english = conference.get_translation(Locale.objects.get(language_code="en"))
    assert conference.starts_at.date().isoformat() == "2023-11-28"
    assert conference.campaign.title == campaign_title("equality-conference-2023")
    assert kazakh.stream_url != conference.stream_url
    assert kazakh.recording_url != conference.recording_url
    assert "youtube.com" in conference.stream_url and "facebook.com" in kazakh.stream_url
    assert "facebook.com" in kazakh.recording_url
    assert english.stream_url == conference.stream_url  # English readers get the Russian stream
    # The translated fields do not move the shared settings.
    assert (kazakh.starts_at, kazakh.ends_at, kazakh.kind, kazakh.format) == (
        conference.starts_at,
        conference.ends_at,
        conference.kind,
        conference.format,
    )
    sessions = conference.programme[0].value["sessions"]
    assert len(sessions) >= 8 and sum(bool(s["speakers"]) for s in sessions) >= 6


def test_the_three_trainings_are_in_person_in_astana_shymkent_and_almaty(seeded):
    trainings = EventPage.objects.filter(locale__language_code="ru", kind="training")
    assert sorted(trainings.values_list("region", flat=True)) == ["almaty", "astana", "shymkent"]
    assert set(trainings.values_list("format", flat=True)) == {"in_person"}
    for training in trainings:
        assert (training.ends_at - training.starts_at).days == 1  # two days each
        assert training.campaign.title == campaign_title("migrants-rights")


def test_the_demo_has_one_upcoming_event_open_for_registration(seeded):
    from django.utils import timezone

    now = timezone.now()
    upcoming = EventPage.objects.filter(locale__language_code="ru", starts_at__gt=now)
    assert upcoming.count() == 1
    event = upcoming.get()
    assert event.format in {"online", "hybrid"} and event.capacity
    assert event.registration_opens_at <= now < event.registration_closes_at < event.starts_at
    assert event.is_upcoming
