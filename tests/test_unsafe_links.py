"""No link target that runs script reaches a reader (security review, issue 15, finding 2).

A Kazakh translator may replace the targets of links, embeds and URL fields of the Russian source
(wagtail-localize's "synchronised values"). The translation editor refuses a target that is not
http(s), mailto, tel or a link within the site; the API drops such a target whatever is stored;
the built-in site never renders one, even from a payload stored before; and its pages forbid
inline script, so a browser would refuse to run one anyway.
"""

import html
import importlib
import re

import polib
import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.embeds.blocks import EmbedValue
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
)

from api.models import PublicPage
from tests import factories
from tests.conftest import fill_every_segment, publish
from translations.roles import TRANSLATORS

pytestmark = pytest.mark.django_db

SOURCE_LINK = "https://adilet.zan.kz/"
SOURCE_REFERENCE = "https://adilet.zan.kz/rus/docs/K1500000414"
SOURCE_EMBED = "https://vimeo.com/76979871"
SOURCE_VIDEO = "https://www.youtube.com/watch?v=tendikdemo1"

# What a browser runs as script, spelt as a browser still reads it.
UNSAFE_TARGETS = [
    "javascript:alert(document.domain)",
    "java\tscript:alert(document.domain)",
    "java\nscript:alert(document.domain)",
    " JavaScript:alert(document.domain)",
    "\x01javascript:alert(document.domain)",
    "&#106;avascript:alert(document.domain)",
    "&#x6A;avascript&#x3A;alert(document.domain)",
    "JAVASCRIPT&colon;alert(document.domain)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
]
SAFE_TARGETS = [
    "https://adilet.zan.kz/kaz/docs/K1500000414",
    "http://zan.gov.kz/",
    "mailto:info@tendik.kz",
    "tel:+77272000000",
    "/kk/",
    "#eskertpe",
    "?lang=kk",
]
# The schemes of UNSAFE_TARGETS as a browser reads an href (entities decoded, tabs dropped).
SCRIPT_HREF = re.compile(r"(?:java|vb)script:|data:", re.IGNORECASE)


def script_hrefs(page_html: str) -> list[str]:
    hrefs = re.findall(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", page_html, re.I)
    readings = [re.sub(r"[\t\n\r]", "", html.unescape("".join(parts))).strip() for parts in hrefs]
    return [href for href in readings if SCRIPT_HREF.match(href)]


# --- the translation editor --------------------------------------------------------------------


@pytest.fixture
def kazakh_translations(
    admin_client,
    locales,
    home,
    russian_tree,
    submit_translation,
    django_capture_on_commit_callbacks,
):
    """The Russian article (a link in its text, an embed, a legal reference) and video clip,
    submitted for translation into Kazakh; the Kazakh home and sections are published."""
    article = russian_tree["article"]
    article.body = [
        ("paragraph", f'<p>Подробнее на <a href="{SOURCE_LINK}">сайте законов</a>.</p>'),
        ("embed", EmbedValue(SOURCE_EMBED)),
        (
            "legal_references",
            {"items": [{"title": "Закон о равенстве", "citation": "", "url": SOURCE_REFERENCE}]},
        ),
    ]
    article.save_revision().publish()
    video = russian_tree["video"]
    video.video_url = SOURCE_VIDEO
    video.save_revision().publish()
    submit_translation(admin_client, home, locales)
    with django_capture_on_commit_callbacks(execute=True):
        for ancestor in article.get_translation(locales["kk"]).get_ancestors().filter(depth__gte=2):
            ancestor_translation = Translation.objects.get(
                source__object_id=ancestor.translation_key, target_locale=locales["kk"]
            )
            fill_every_segment(ancestor_translation)  # only complete translations go live
            ancestor_translation.save_target(publish=True)

    def translation_of(page):
        return Translation.objects.get(
            source__object_id=page.translation_key, target_locale=locales["kk"]
        )

    return {"article": translation_of(article), "video": translation_of(video)}


@pytest.fixture
def kazakh_translator(db):
    """A member of "Translators kk" in the translation editor, with the CSRF token its script
    sends."""
    user = get_user_model().objects.create_user(username="dana", password="x")
    user.groups.add(Group.objects.get(name=TRANSLATORS["kk"]))
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def open_editor(client, translation):
    page = translation.get_target_instance()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert b"js-translation-editor" in response.content  # wagtail-localize's editor
    return response


def synchronised_value(translation, source_value):
    """The overridable segment of `translation` whose source value is `source_value`."""
    return next(
        segment
        for segment in OverridableSegment.objects.filter(source=translation.source)
        if segment.data == source_value
    )


def put(client, url, value):
    """What the translation editor's script sends: a PUT of a form with `value`."""
    return client.put(
        url,
        encode_multipart(BOUNDARY, {"value": value}),
        content_type=MULTIPART_CONTENT,
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )


def put_override(client, translation, segment, value):
    return put(
        client,
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        value,
    )


def test_a_kazakh_translator_cannot_save_a_link_that_runs_script(
    kazakh_translator, kazakh_translations
):
    article, video = kazakh_translations["article"], kazakh_translations["video"]
    open_editor(kazakh_translator, article)
    targets = {
        "link in rich text": (article, synchronised_value(article, SOURCE_LINK)),
        "legal reference": (article, synchronised_value(article, SOURCE_REFERENCE)),
        "embed": (article, synchronised_value(article, SOURCE_EMBED)),
        "video URL": (video, synchronised_value(video, SOURCE_VIDEO)),
    }
    for name, (translation, segment) in targets.items():
        for value in UNSAFE_TARGETS:
            response = put_override(kazakh_translator, translation, segment, value)
            assert response.status_code == 400, (name, value, response.content[:300])
            # The editor shows this reason (translations/static/translations/override-errors.js);
            # the admin speaks Russian by default.
            assert "Ссылка не сохранена" in response.json()["error"], (name, value)
    assert not SegmentOverride.objects.exists()

    fill_every_segment(article)
    article.save_target(publish=True)
    kazakh_article = article.get_target_instance()
    stored = str(kazakh_article.body.raw_data)
    assert SOURCE_LINK in stored and SOURCE_EMBED in stored and SOURCE_REFERENCE in stored
    assert not SCRIPT_HREF.search(html.unescape(stored))


def test_a_safe_link_override_is_saved_and_reaches_the_kazakh_page(
    kazakh_translator, kazakh_translations
):
    article = kazakh_translations["article"]
    open_editor(kazakh_translator, article)
    link = synchronised_value(article, SOURCE_LINK)
    for value in SAFE_TARGETS:
        response = put_override(kazakh_translator, article, link, value)
        assert response.status_code in (200, 201), (value, response.content[:300])
        assert response.json()["data"] == value
    assert SegmentOverride.objects.get().data == SAFE_TARGETS[-1]

    response = put_override(kazakh_translator, article, link, SAFE_TARGETS[0])
    assert response.status_code == 200
    fill_every_segment(article)
    article.save_target(publish=True)
    paragraph = article.get_target_instance().body[0].value.source
    assert f'href="{SAFE_TARGETS[0]}"' in paragraph


def test_other_synchronised_values_such_as_an_image_are_saved_as_before(
    kazakh_translator, kazakh_translations
):
    article = kazakh_translations["article"]
    open_editor(kazakh_translator, article)
    source_image = article.source.get_source_instance().hero_image
    other_image = factories.ImageFactory(title="Алматы")
    hero = synchronised_value(article, source_image.pk)
    response = put_override(kazakh_translator, article, hero, str(other_image.pk))
    assert response.status_code == 201, response.content[:300]
    fill_every_segment(article)
    article.save_target(publish=True)
    assert article.get_target_instance().hero_image == other_image


def test_a_translated_string_cannot_bring_its_own_link_target(
    kazakh_translator, kazakh_translations
):
    """Strings carry placeholders (`<a id="a1">`); the target stays the source's."""
    article = kazakh_translations["article"]
    open_editor(kazakh_translator, article)
    linked = StringSegment.objects.get(source=article.source, string__data__contains='id="a1"')
    response = put(
        kazakh_translator,
        reverse("wagtail_localize:edit_string_translation", args=[article.pk, linked.pk]),
        'Толығырақ <a id="a1" href="javascript:alert(document.domain)">заңдар сайтында</a>.',
    )
    assert response.status_code in (200, 201)
    assert response.json()["error"]  # kept for the translator to fix, never used on the page

    # A segment in error counts as untranslated, so this translation cannot go live: its draft
    # shows what the page would carry.
    article.save_target(publish=False)
    draft = article.get_target_instance().get_latest_revision_as_object()
    paragraph = draft.body[0].value.source
    assert f'href="{SOURCE_LINK}"' in paragraph and "javascript" not in paragraph


def test_a_po_file_cannot_bring_a_link_target(kazakh_translator, kazakh_translations):
    article = kazakh_translations["article"]
    open_editor(kazakh_translator, article)
    download = kazakh_translator.get(reverse("wagtail_localize:download_pofile", args=[article.pk]))
    po = polib.pofile(download.content.decode("utf-8"))
    for entry in po:
        entry.msgstr = "ҚАЗ " + entry.msgid
    linked = next(entry for entry in po if '<a id="a1">' in entry.msgid)
    linked.msgstr = 'Толығырақ <a id="a1" href="javascript:alert(document.domain)">сайтта</a>.'
    response = kazakh_translator.post(
        reverse("wagtail_localize:upload_pofile", args=[article.pk]),
        {"file": SimpleUploadedFile("kk.po", str(po).encode()), "next": "/admin/"},
        HTTP_X_CSRFTOKEN=kazakh_translator.cookies["csrftoken"].value,
    )
    assert response.status_code == 302
    assert not StringTranslation.objects.filter(
        locale=article.target_locale, translation_of__segments__source=article.source
    ).exists()


# --- the API and the built-in site -------------------------------------------------------------

UNSAFE_RICH_TEXT = (
    "<p>Читайте "
    '<a href="javascript:alert(document.domain)">закон</a>, '
    '<a href=" JaVaScRiPt:alert(document.domain)">кодекс</a>, '
    "<a href='java&#x09;script:alert(document.domain)'>приказ</a>, "
    "<A HREF=javascript:alert(document.domain)>постановление</A>, "
    '<a href="&#106;avascript:alert(document.domain)">решение</a>, '
    '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">данные</a> и '
    f'<a href="{SOURCE_LINK}">сайт законов</a>.</p>'
)


@pytest.fixture
def page_with_unsafe_links(article_index, campaign_index):
    """A campaign and an article whose stored content carries script links in rich text, an
    embed, a legal reference and a partner's website, as an override saved before the editor
    refused them would have left them."""
    publish(article_index), publish(campaign_index)
    partner = factories.PartnerFactory(name="Фонд", url="javascript:alert(document.domain)")
    campaign = factories.CampaignPageFactory(parent=campaign_index, title="Равенство")
    campaign.campaign_partners.create(partner=partner, role="donor")
    campaign = publish(campaign)
    article = factories.AnalyticalArticlePageFactory(
        parent=article_index,
        title="Статья со ссылками",
        body=[
            ("paragraph", UNSAFE_RICH_TEXT),
            ("embed", EmbedValue("javascript:alert(document.domain)")),
            (
                "legal_references",
                {
                    "items": [
                        {"title": "Закон", "citation": "", "url": "vbscript:msgbox(1)"},
                        {"title": "Кодекс", "citation": "", "url": SOURCE_REFERENCE},
                    ]
                },
            ),
        ],
    )
    return {"article": publish(article), "campaign": campaign}


def test_the_api_leaves_out_link_targets_that_run_script(api, page_with_unsafe_links):
    article, campaign = page_with_unsafe_links["article"], page_with_unsafe_links["campaign"]
    response = api.get(f"/api/v1/pages/{article.pk}/")
    body = response.json()["body"]
    paragraph = body[0]["value"]
    assert script_hrefs(paragraph) == []
    assert f'<a href="{SOURCE_LINK}">сайт законов</a>' in paragraph
    for text in ("закон", "кодекс", "приказ", "постановление", "решение", "данные"):
        assert f"<a>{text}</a>" in paragraph  # the link's text stays, without a target
    assert [block["type"] for block in body] == ["paragraph", "legal_references"]
    assert [item["url"] for item in body[1]["value"]["items"]] == [None, SOURCE_REFERENCE]

    partners = api.get(f"/api/v1/pages/{campaign.pk}/").json()["donors"]
    assert [(partner["name"], partner["url"]) for partner in partners] == [("Фонд", None)]


def test_the_site_renders_no_link_that_runs_script(client, page_with_unsafe_links):
    for page in page_with_unsafe_links.values():
        response = client.get(page.url)
        assert response.status_code == 200
        page_html = response.content.decode()
        assert script_hrefs(page_html) == [], page.url
    assert "Фонд" in page_html


def stored_with_script_links(article):
    """The article's stored payload as one built before the API dropped unsafe targets."""
    entry = PublicPage.objects.get(page_id=article.pk)
    entry.payload_json = entry.payload_json.replace(
        f'href=\\"{SOURCE_LINK}\\"', 'href=\\" java\\tscript:alert(document.domain)\\"'
    ).replace(f'"url":"{SOURCE_REFERENCE}"', '"url":"javascript:alert(document.domain)"')
    assert (
        "java\\tscript:alert" in entry.payload_json and '"url":"javascript:' in entry.payload_json
    )
    entry.save(update_fields=["payload_json"])


def test_the_site_renders_no_such_link_from_a_payload_stored_before(client, page_with_unsafe_links):
    article = page_with_unsafe_links["article"]
    stored_with_script_links(article)
    page_html = client.get(article.url).content.decode()
    assert "сайт законов" in page_html and "Кодекс" in page_html
    assert script_hrefs(page_html) == []


def test_payloads_stored_before_are_built_again_without_such_links(api, page_with_unsafe_links):
    article = page_with_unsafe_links["article"]
    stored_with_script_links(article)
    migration = importlib.import_module("api.migrations.0004_rebuild_payloads_without_unsafe_links")
    migration.clear_stored_payloads(apps, schema_editor=None)
    assert PublicPage.objects.get(page_id=article.pk).payload_json is None
    paragraph = api.get(f"/api/v1/pages/{article.pk}/").json()["body"][0]["value"]
    assert f'href="{SOURCE_LINK}"' in paragraph and script_hrefs(paragraph) == []


# --- the content security policy ---------------------------------------------------------------


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (part.split() for part in policy.split(";") if part.strip())
    }


def test_the_sites_pages_and_drafts_forbid_inline_script(
    client, admin_client, page_with_unsafe_links
):
    """Without 'unsafe-inline' a browser refuses to run a javascript: link as well."""
    article = page_with_unsafe_links["article"]
    public = client.get(article.url)
    draft = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    assert draft.status_code == 200
    for response in (public, draft):
        policy = directives(response)
        assert policy["script-src"] == ["'self'"]
        assert policy["style-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"]
        assert policy["form-action"] == ["'self'"]
        assert policy["frame-ancestors"] == ["'self'"]
    # The admin itself still needs Wagtail's inline scripts (see test_production.py).
    admin = directives(admin_client.get(reverse("wagtailadmin_home")))
    assert "'unsafe-inline'" in admin["script-src"]
    assert admin["object-src"] == ["'none'"] and admin["base-uri"] == ["'self'"]
