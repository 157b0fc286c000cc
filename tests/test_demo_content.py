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
    content.ARTICLES + content.PETITIONS + content.CAMPAIGNS + content.SITE_PAGES,
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
