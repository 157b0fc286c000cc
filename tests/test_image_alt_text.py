"""Alternative text is written per page and translated with it (issue 16, item 6): a Kazakh
page's images are described in Kazakh, an English page's in English, and never by the media
library's title, which is in the language of whoever uploaded the image (Russian here)."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.conftest import fill_every_segment
from tests.factories import AnalyticalArticlePageFactory, AuthorFactory, ImageFactory

pytestmark = pytest.mark.django_db

LIBRARY_TITLE = "IMG_2041 митинг Алматы"
HERO_ALT = {"ru": "Женщины с плакатами на митинге", "kk": "Митингтегі плакат ұстаған әйелдер"}
CAPTION = {"ru": "Акция в Алматы, март 2024 года", "kk": "Алматыдағы акция, 2024 жылғы наурыз"}
BLOCK_ALT = {"ru": "Плакат «Равная оплата за равный труд»", "kk": "«Тең еңбекке тең ақы» плакаты"}


@pytest.fixture
def article(home, article_index):
    from cms.models import PageAuthor

    image = ImageFactory(title=LIBRARY_TITLE)
    page = AnalyticalArticlePageFactory(
        parent=article_index,
        title="Равная оплата",
        hero_image=image,
        hero_image_alt=HERO_ALT["ru"],
        body=[
            ("image", {"image": image, "caption": CAPTION["ru"], "alt_text": ""}),
            ("image", {"image": image, "caption": "", "alt_text": BLOCK_ALT["ru"]}),
            ("image", {"image": image, "caption": "", "alt_text": ""}),
        ],
    )
    page.page_authors.add(PageAuthor(author=AuthorFactory(name="Асель Нурланова", photo=image)))
    for each in (home, article_index, page):
        each.save_revision().publish()
    return page


@pytest.fixture
def kazakh_article(article, locales, django_capture_on_commit_callbacks):
    """The article and its section translated into Kazakh through wagtail-localize, published."""
    kazakh = {HERO_ALT["ru"]: HERO_ALT["kk"], CAPTION["ru"]: CAPTION["kk"]}
    kazakh[BLOCK_ALT["ru"]] = BLOCK_ALT["kk"]
    with django_capture_on_commit_callbacks(execute=True):
        for page in (article.get_parent().get_parent(), article.get_parent(), article):
            source, _ = TranslationSource.get_or_create_from_instance(page.specific)
            translation = Translation.objects.create(source=source, target_locale=locales["kk"])
            for segment in StringSegment.objects.filter(source=source).select_related("string"):
                if segment.string.data in kazakh:
                    StringTranslation.objects.create(
                        translation_of=segment.string,
                        locale=locales["kk"],
                        context=segment.context,
                        data=kazakh[segment.string.data],
                    )
            fill_every_segment(translation)  # only complete translations go live
            translation.save_target()
    return article.get_translation(locales["kk"])


def image_blocks(payload):
    return [block["value"] for block in payload["body"] if block["type"] == "image"]


def test_alt_texts_are_segments_the_translator_translates(article):
    source, _ = TranslationSource.get_or_create_from_instance(article)
    paths = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert "hero_image_alt" in paths
    assert any(path.startswith("body.") and path.endswith(".alt_text") for path in paths)
    assert any(path.startswith("body.") and path.endswith(".caption") for path in paths)


def test_the_kazakh_page_describes_its_images_in_kazakh(api, kazakh_article):
    payload = api.get(f"/api/v1/pages/{kazakh_article.pk}/").data_json
    assert payload["locale"] == "kk"
    assert payload["image"]["alt"] == HERO_ALT["kk"]
    captioned, described, bare = image_blocks(payload)
    # The block's own alt text, else its translated caption; the image object says the same.
    assert captioned["alt"] == captioned["image"]["alt"] == CAPTION["kk"]
    assert described["alt"] == described["image"]["alt"] == BLOCK_ALT["kk"]
    # Neither: decoration, not the library's Russian title.
    assert bare["alt"] == bare["image"]["alt"] == ""
    # An author's photo is described by the author's name.
    assert [author["photo"]["alt"] for author in payload["authors"]] == [
        author["name"] for author in payload["authors"]
    ]


def test_no_image_anywhere_takes_the_library_title_as_alt(api, article, kazakh_article):
    for page in (article, kazakh_article):
        payload = api.get(f"/api/v1/pages/{page.pk}/").data_json
        alts = [payload["image"]["alt"], *(block["alt"] for block in image_blocks(payload))]
        alts += [author["photo"]["alt"] for author in payload["authors"]]
        assert LIBRARY_TITLE not in alts, page.locale
        # A list card's image sits beside the page's title: decoration.
        cards = api.get("/api/v1/pages/", {"locale": page.locale.language_code}).data_json
        (card,) = [card for card in cards["items"] if card["id"] == page.pk]
        assert card["image"]["alt"] == ""


def test_the_russian_page_keeps_its_russian_alt_texts(api, article):
    payload = api.get(f"/api/v1/pages/{article.pk}/").data_json
    assert payload["image"]["alt"] == HERO_ALT["ru"]
    assert [block["alt"] for block in image_blocks(payload)] == [CAPTION["ru"], BLOCK_ALT["ru"], ""]


def test_the_built_in_site_shows_the_kazakh_alt_texts(client, kazakh_article):
    html = client.get(Page.objects.get(pk=kazakh_article.pk).url).content.decode()
    for text in (HERO_ALT["kk"], CAPTION["kk"], BLOCK_ALT["kk"]):
        assert f'alt="{text}"' in html
    assert f'alt="{LIBRARY_TITLE}"' not in html
