"""The demo content files are complete and consistent before anything touches the database."""

import re

import pytest

from home.demo import content
from home.demo.seed import body_stream, iter_texts, translation_pairs

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
ALLOWED_TAGS = {"p", "ul", "ol", "li", "b", "i"}
ITEMS = (
    content.CAMPAIGNS
    + content.ARTICLES
    + content.LONG_READS
    + content.VIDEOS
    + content.PETITIONS
    + content.SITE_PAGES
    + content.EVENTS
)


def test_the_demo_has_the_volume_the_issue_asks_for():
    assert len(content.CAMPAIGNS) == 5
    assert len(content.ARTICLES) >= 6
    assert len(content.LONG_READS) >= 2
    assert len(content.VIDEOS) >= 2
    assert len(content.PETITIONS) >= 2
    assert content.TOPICS and content.AUTHORS and content.PARTNERS


def test_campaigns_carry_the_real_donors_and_periods_of_the_seed_projects():
    campaigns = {item["key"]: item for item in content.CAMPAIGNS}
    assert campaigns["anti-discrimination-law"]["period_start"] == "2022-09-01"
    assert campaigns["anti-discrimination-law"]["period_end"] == "2024-02-28"
    assert campaigns["anti-discrimination-law"]["donors"] == ["dfatd-cfli"]
    assert campaigns["anti-harassment-law"]["period_start"] == "2020-10-01"
    assert campaigns["legal-policy-concept-2030"]["donors"] == ["uk-fcdo"]
    assert campaigns["migrants-rights"]["donors"] == ["eu-delegation"]
    assert set(campaigns["migrants-rights"]["partners"]) == {"icj", "icj-ei"}
    targets = {
        indicator["target"] for indicator in campaigns["anti-discrimination-law"]["indicators"]
    }
    assert 40 in targets  # journalists and bloggers, lawyers and defenders


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["key"])
def test_every_reference_points_at_an_existing_key(item):
    topics = {topic["key"] for topic in content.TOPICS}
    authors = {author["key"] for author in content.AUTHORS}
    partners = {partner["key"] for partner in content.PARTNERS}
    campaigns = {campaign["key"] for campaign in content.CAMPAIGNS}
    assert set(item.get("topics", [])) <= topics
    assert set(item.get("authors", [])) <= authors
    assert set(item.get("donors", []) + item.get("partners", [])) <= partners
    if "campaign" in item:
        assert item["campaign"] in campaigns | {None}


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["key"])
def test_every_russian_string_pairs_with_its_kazakh_and_english_translation(item):
    pairs = translation_pairs(item)  # raises when paragraph counts or translations disagree
    assert pairs
    for translations in pairs.values():
        assert translations["kk"].strip() and translations["en"].strip()


@pytest.mark.parametrize("item", ITEMS, ids=lambda item: item["key"])
def test_kazakh_is_written_with_kazakh_letters_and_html_stays_simple(item):
    texts = list(iter_texts(item))
    kazakh = " ".join(text["kk"] for text in texts)
    assert KAZAKH_LETTERS & set(kazakh), "the Kazakh text has no Kazakh-specific letter"
    for text in texts:
        for lang in ("ru", "kk", "en"):
            tags = set(re.findall(r"</?([a-z0-9]+)", text[lang]))
            assert tags <= ALLOWED_TAGS, (lang, tags)


@pytest.mark.parametrize(
    "item",
    content.ARTICLES + content.PETITIONS + content.CAMPAIGNS + content.SITE_PAGES + content.EVENTS,
    ids=lambda i: i["key"],
)
def test_body_blocks_are_known_block_types(item):
    assert isinstance(body_stream(item.get("body", [])), list)


def test_every_hero_image_palette_is_described_in_three_languages():
    from home.demo.seed import CAMPAIGN_COLOURS

    assert set(content.HERO_IMAGE_ALT) == set(CAMPAIGN_COLOURS)
    pairs = translation_pairs(content.HERO_IMAGE_ALT)
    assert len(pairs) == len(CAMPAIGN_COLOURS)  # one text per palette
    for text in content.HERO_IMAGE_ALT.values():
        assert KAZAKH_LETTERS & set(text["kk"]) and text["en"].isascii()


def test_the_footer_pages_are_about_us_contacts_and_the_privacy_policy():
    assert [item["key"] for item in content.SITE_PAGES] == ["about", "contacts", "privacy"]


def test_the_privacy_policy_states_the_data_and_periods_the_hub_applies():
    """The petition collects personal data: the policy names what a signature keeps and the
    periods the settings apply, in every language (change the text when a default changes)."""
    from django.conf import settings

    policy = next(item for item in content.SITE_PAGES if item["key"] == "privacy")
    periods = {
        settings.SIGNATURE_RETENTION_DAYS,
        settings.SIGNATURE_TOKEN_DAYS,
        settings.SIGNATURE_EXPORT_DAYS,
        settings.OUTBOX_SENT_RETENTION_DAYS,
    }
    for lang in ("ru", "kk", "en"):
        text = " ".join(text[lang] for text in iter_texts(policy))
        numbers = {int(number) for number in re.findall(r"\b(\d+) ?(?:дн|күн|days)", text)}
        assert periods <= numbers, (lang, periods - numbers)
        assert "/64" in text  # the hashed client network, not the address


def events_by_key():
    return {item["key"]: item for item in content.EVENTS}


def test_the_events_the_issue_asks_for_are_there_with_the_facts_of_the_seed_projects():
    events = list(content.EVENTS)
    kinds = [item["kind"] for item in events]
    assert kinds.count("conference") == 1 and kinds.count("training") == 3
    assert "public_discussion" in kinds and "seminar" in kinds and "workshop" in kinds

    conference = next(item for item in events if item["kind"] == "conference")
    assert conference["starts_at"].startswith("2023-11-28")
    assert conference["campaign"] == "equality-conference-2023"
    assert conference["stream_url"]["kk"] != conference["stream_url"]["ru"]
    assert "facebook.com" in conference["stream_url"]["kk"]
    assert "youtube.com" in conference["stream_url"]["ru"]

    trainings = [item for item in events if item["kind"] == "training"]
    assert sorted(item["region"] for item in trainings) == ["almaty", "astana", "shymkent"]
    assert {item["format"] for item in trainings} == {"in_person"}
    assert min(item["starts_at"] for item in trainings).startswith("2019-09-30")
    assert max(item["ends_at"] for item in trainings).startswith("2019-10-05")

    by_key = events_by_key()
    series = by_key["online-seminars-international-mechanisms-2020"]
    assert series["starts_at"].startswith("2020-08-28") and series["ends_at"].startswith(
        "2020-09-12"
    )
    assert series["capacity"] == 44
    assert by_key["human-rights-committee-workshop-2020"]["starts_at"].startswith("2020-11-14")
    for key in (
        "media-workshop-non-discriminatory-language",
        "lawyers-workshop-protection-from-discrimination",
    ):
        assert by_key[key]["capacity"] >= 40
        assert by_key[key]["campaign"] == "anti-discrimination-law"
    assert by_key["media-workshop-non-discriminatory-language"]["format"] == "online"

    # One upcoming event, dated relative to the day the demo is loaded, open for registration.
    upcoming = [item for item in events if isinstance(item["starts_at"], dict)]
    assert len(upcoming) == 1
    assert upcoming[0]["format"] in {"online", "hybrid"} and upcoming[0]["capacity"]
    assert "registration_opens_at" in upcoming[0] and "registration_closes_at" in upcoming[0]


@pytest.mark.parametrize("item", content.EVENTS, ids=lambda item: item["key"])
def test_every_event_reference_points_at_an_existing_key(item):
    from cms.regions import REGIONS
    from events.models import EventPage

    speakers = {author["key"] for author in content.AUTHORS + content.SPEAKERS}
    audiences = {audience["key"] for audience in content.AUDIENCES}
    assert item["kind"] in EventPage.Kind.values and item["format"] in EventPage.Format.values
    assert item.get("region", "") in {region.code for region in REGIONS} | {""}
    assert item["audiences"] and set(item["audiences"]) <= audiences
    assert set(item.get("speakers", [])) <= speakers
    assert set(item.get("registrant_audiences", [])) <= set(item["audiences"])
    for day in item.get("programme", []):
        for session in day["sessions"]:
            assert set(session.get("speakers", [])) <= speakers
            assert session["starts_at"] < session["ends_at"]
    assert not set(item) - {
        *("key", "campaign", "title", "summary", "kind", "format", "languages"),
        *("starts_at", "ends_at", "city", "venue", "address", "region", "capacity"),
        *("registration_opens_at", "registration_closes_at", "requires_approval"),
        *("topics", "audiences", "speakers", "partners", "body", "programme"),
        *("stream_url", "recording_url", "registrant_audiences"),
    }


def test_the_stream_links_are_the_demo_placeholders():
    for item in content.EVENTS:
        for key in ("stream_url", "recording_url"):
            for url in item.get(key, {}).values():
                assert url.startswith(
                    (
                        "https://www.youtube.com/@tendik-demo/",
                        "https://www.facebook.com/tendik.demo/",
                    )
                )


def test_audience_categories_and_speakers_are_translated_and_speakers_are_fictional():
    keys = {audience["key"] for audience in content.AUDIENCES}
    assert {"journalists", "bloggers", "lawyers", "human-rights-defenders"} <= keys
    assert {"ngo-staff", "students", "civil-servants", "business"} <= keys
    for value in content.AUDIENCES + content.SPEAKERS + [content.INDEXES["events"]]:
        assert translation_pairs(value)
    for speaker in content.SPEAKERS:
        assert "Вымышленный" in speaker["bio"]["ru"] and "fictional" in speaker["bio"]["en"]
        assert "ойдан шығарылған" in speaker["bio"]["kk"]
    assert not {s["key"] for s in content.SPEAKERS} & {a["key"] for a in content.AUTHORS}
