"""Slugs are ASCII and spell Kazakh and Russian correctly (issue: foundation, point 4)."""

import json

import pytest
from django.utils.text import slugify
from wagtail.contrib.redirects.models import Redirect

from cms.transliteration import make_slug
from tests.factories import AnalyticalArticlePageFactory

# (title, expected slug): Kazakh-specific letters, Russian by ICAO Doc 9303.
SLUG_TABLE = [
    # Kazakh
    ("Қазақстандағы кемсітушілік", "qazaqstandaghy-kemsitushilik"),
    ("Теңдік", "tengdik"),
    ("Әділет", "adilet"),
    ("Құқық", "quqyq"),
    ("Жұмыстағы қудалау", "zhumystaghy-qudalau"),
    ("Өтініш", "otinish"),
    ("Үкімет", "ukimet"),
    ("Ұлттық конференция", "ulttyq-konferentsiia"),
    ("Һиджра", "hidzhra"),
    ("Ғылыми зерттеу", "ghylymi-zertteu"),
    ("Мүгедектігі бар адамдар", "mugedektigi-bar-adamdar"),
    ("Көші-қон", "koshi-qon"),
    ("Әйелдер құқықтары", "aielder-quqyqtary"),
    ("Құқықтық саясат тұжырымдамасы", "quqyqtyq-saiasat-tuzhyrymdamasy"),
    ("Ақпарат құралдары", "aqparat-quraldary"),
    ("Сөз бостандығы", "soz-bostandyghy"),
    ("Шымкент", "shymkent"),
    ("Өскемен", "oskemen"),
    ("Ақтөбе", "aqtobe"),
    ("Түркістан облысы", "turkistan-oblysy"),
    # Russian
    ("Дискриминация", "diskriminatsiia"),
    ("Жалоба в Комитет ООН", "zhaloba-v-komitet-oon"),
    ("Щедрость", "shchedrost"),
    ("Ёлка и ёж", "elka-i-ezh"),
    ("Подъезд", "podieezd"),
    ("Объявление", "obieiavlenie"),
    ("Юрист", "iurist"),
    ("Яркий пример", "iarkii-primer"),
    ("Хельсинкский комитет", "khelsinkskii-komitet"),
    ("Цифровые права", "tsifrovye-prava"),
    ("Чистота выборов", "chistota-vyborov"),
    ("Эффективность", "effektivnost"),
    ("Концепция правовой политики до 2030 года", "kontseptsiia-pravovoi-politiki-do-2030-goda"),
    ("Права мигрантов: «невысылка»", "prava-migrantov-nevysylka"),
    ("Sexual harassment at work", "sexual-harassment-at-work"),
]


@pytest.mark.parametrize(("title", "expected"), SLUG_TABLE)
def test_title_transliterates_to_ascii_slug(title, expected):
    slug = make_slug(title)
    assert slug == expected
    assert slug.isascii()


def test_table_covers_every_kazakh_specific_letter_and_thirty_words():
    assert len(SLUG_TABLE) >= 30
    titles = "".join(title.lower() for title, _ in SLUG_TABLE)
    assert set("әғқңөұүһі") <= set(titles)


def test_stock_slugify_would_lose_kazakh_letters():
    # Why cms.transliteration exists: Django drops «Қ» and «ғ» instead of spelling them.
    assert slugify("Қазақстандағы", allow_unicode=False) != make_slug("Қазақстандағы")


def test_page_without_slug_gets_transliterated_slug(article_index):
    article = AnalyticalArticlePageFactory.build(title="Қазақстандағы кемсітушілік", slug="")
    article_index.add_child(instance=article)
    assert article.slug == "qazaqstandaghy-kemsitushilik"


def test_duplicate_title_gets_a_numbered_slug(article_index):
    first = AnalyticalArticlePageFactory.build(title="Дискриминация", slug="")
    second = AnalyticalArticlePageFactory.build(title="Дискриминация", slug="")
    article_index.add_child(instance=first)
    article_index.add_child(instance=second)
    assert (first.slug, second.slug) == ("diskriminatsiia", "diskriminatsiia-2")


def test_changing_a_published_slug_leaves_a_redirect(
    article_index, client, django_capture_on_commit_callbacks
):
    article = AnalyticalArticlePageFactory(parent=article_index, title="Дискриминация")
    article.save_revision().publish()
    old_url = article.url
    with django_capture_on_commit_callbacks(execute=True):
        article.slug = "diskriminatsiia-v-kazakhstane"
        article.save_revision().publish()
    article.refresh_from_db()

    redirect = Redirect.objects.get(old_path=Redirect.normalise_path(old_url))
    assert redirect.redirect_page.pk == article.pk
    assert redirect.is_permanent
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith(article.url)


def test_admin_slug_field_transliterates_kazakh_while_the_editor_types(admin_client, article_index):
    # Wagtail's slug controller applies these formatters in the browser before its own clean-up.
    response = admin_client.get(
        f"/admin/pages/add/articles/analyticalarticlepage/{article_index.pk}/"
    )
    assert response.status_code == 200
    widget = response.context["form"].fields["slug"].widget
    attrs = widget.build_attrs(widget.attrs)
    assert attrs["data-controller"] == "w-slug"
    formatters = {
        pattern: latin
        for (pattern, _flags), latin in json.loads(attrs["data-w-slug-formatters-value"])
    }
    for letter, latin in [
        ("қ", "q"),
        ("ә", "a"),
        ("ң", "ng"),
        ("ғ", "gh"),
        ("і", "i"),
        ("ц", "ts"),
    ]:
        assert formatters[letter] == latin
    # The widget's markup is in the page the editor gets.
    assert "data-w-slug-formatters-value" in response.content.decode()
