"""Public consultations (consultations/): a draft act as chapters → articles → parts whose block
ids are shared by its ru, kk and en texts; read from Word with a preview before anything is
saved; served by the API as the `consultation` type and rendered by the built-in site."""

import io
import re
from html import unescape

import pytest
from django.urls import reverse
from docx import Document

from consultations import docx_import
from consultations.models import ConsultationPage
from tests.conftest import publish, translate
from tests.factories import CampaignPageFactory
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, TRANSLATORS

pytestmark = pytest.mark.django_db

RUSSIAN_DRAFT = [
    "Проект",
    "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН",
    "О Совете по обеспечению равенства и защите от дискриминации",
    "Глава 1. Общие положения",
    "Статья 1. Предмет регулирования",
    "Настоящий Закон определяет правовое положение Совета.",
    "Статья 2. Основные понятия",
    "1) дискриминация – любое различие по признаку пола;",
    "2) прямая дискриминация – менее благоприятное обращение;",
    "Глава 2. Статус Совета",
    "Статья 5. Состав Совета",
    "1. Совет состоит из девяти членов.",
    "2. Не менее трёх членов выдвигаются НКО,",
    "защищающими права человека.",
    "Статья 5-1. Гендерный баланс",
    "1. Состав Совета обеспечивает равное представительство.",
]
KAZAKH_DRAFT = [
    "Жоба",
    "1-тарау. Жалпы ережелер",
    "1-бап. Реттеу мәні",
    "Осы Заң Кеңестің құқықтық жағдайын айқындайды.",
    "2-бап. Негізгі ұғымдар",
    "1) кемсітушілік – жынысына байланысты кез келген айыру;",
    "2) тікелей кемсітушілік – неғұрлым қолайсыз қарау;",
    "2-тарау. Кеңестің мәртебесі",
    "5-бап. Кеңестің құрамы",
    "1. Кеңес тоғыз мүшеден тұрады.",
    "2. Мүшелердің кемінде үшеуін ҮЕҰ ұсынады.",
    "5-1-бап. Гендерлік теңгерім",
    "1. Кеңестің құрамы тең өкілдікті қамтамасыз етеді.",
]


def docx_bytes(paragraphs) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(name: str, data: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(
        name,
        data,
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def text(html) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def consultation(campaign_index, locales):
    publish(campaign_index)
    campaign = publish(CampaignPageFactory(parent=campaign_index))
    page = ConsultationPage(
        title="Обсуждение законопроекта о Совете",
        act_title="О Совете по обеспечению равенства и защите от дискриминации",
        phase=ConsultationPage.Phase.OPEN,
    )
    campaign.add_child(instance=page)
    return publish(page)


@pytest.fixture
def editor(db):
    return member_of(EDITORS, username="editor")


def articles_of(page):
    return {
        article.value["number"]: article
        for chapter in page.text
        for article in chapter.value["articles"]
    }


def test_the_parser_reads_russian_and_kazakh_chapters_articles_and_parts():
    russian = docx_import.read_docx(docx_bytes(RUSSIAN_DRAFT))
    assert [(c.number, c.title) for c in russian.chapters] == [
        ("1", "Общие положения"),
        ("2", "Статус Совета"),
    ]
    assert [a.number for c in russian.chapters for a in c.articles] == ["1", "2", "5", "5-1"]
    article_1, article_2 = russian.chapters[0].articles
    assert [(p.number, p.text) for p in article_1.parts] == [
        ("", "Настоящий Закон определяет правовое положение Совета.")
    ]
    assert [p.number for p in article_2.parts] == ["1)", "2)"]
    article_5 = russian.chapters[1].articles[0]
    assert article_5.title == "Состав Совета"
    assert (
        article_5.parts[1].text
        == "Не менее трёх членов выдвигаются НКО,\nзащищающими права человека."
    )
    assert russian.unplaced == RUSSIAN_DRAFT[:3]

    kazakh = docx_import.read_docx(docx_bytes(KAZAKH_DRAFT))
    assert [(c.number, c.title) for c in kazakh.chapters] == [
        ("1", "Жалпы ережелер"),
        ("2", "Кеңестің мәртебесі"),
    ]
    assert [a.number for c in kazakh.chapters for a in c.articles] == ["1", "2", "5", "5-1"]
    assert kazakh.chapters[1].articles[0].parts[0].text == "Кеңес тоғыз мүшеден тұрады."
    assert kazakh.unplaced == ["Жоба"]


def test_an_editor_previews_the_russian_draft_then_saves_it_as_a_draft(
    client, editor, consultation
):
    screen = reverse("consultations_import", args=[consultation.pk])
    organiser = client_for(client, editor)
    revisions = consultation.revisions.count()
    preview = organiser.post(
        screen, {"action": "preview", "file": upload("draft.docx", docx_bytes(RUSSIAN_DRAFT))}
    )
    html = preview.content.decode()
    assert preview.status_code == 200
    assert re.findall(r'data-article="([^"]+)"', html) == ["1", "2", "5", "5-1"]
    unplaced = text(re.search(r"data-unplaced>(.*?)</ul>", html, re.S)[1])
    assert "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН" in unplaced
    # Nothing is saved by a preview.
    assert consultation.revisions.count() == revisions
    saved = organiser.post(screen, {"action": "save"})
    assert saved["Location"] == reverse("wagtailadmin_pages:edit", args=[consultation.pk])
    consultation.refresh_from_db()
    assert consultation.revisions.count() == revisions + 1
    draft = consultation.get_latest_revision_as_object()
    assert list(articles_of(draft)) == ["1", "2", "5", "5-1"]
    assert (
        articles_of(draft)["5"].value["parts"][0].value["text"] == "Совет состоит из девяти членов."
    )
    # The published page keeps its text until the editor publishes.
    assert not ConsultationPage.objects.get(pk=consultation.pk).text


def test_a_file_that_is_not_a_draft_is_refused_with_a_clear_error_and_nothing_saved(
    client, editor, consultation
):
    screen = reverse("consultations_import", args=[consultation.pk])
    organiser = client_for(client, editor)
    revisions = consultation.revisions.count()
    for name, data in (
        ("draft.docx", b"PK\x03\x04 this is not a zip"),
        ("draft.docx", b"plain text, no Word at all"),
        ("empty.docx", docx_bytes(["Просто текст", "Без статей"])),
    ):
        answer = organiser.post(screen, {"action": "preview", "file": upload(name, data)})
        assert answer.status_code == 200
        assert "error-message" in answer.content.decode(), name
        assert "data-preview" not in answer.content.decode()
    assert "Статья 5." in text(answer.content.decode())  # says what an article looks like
    # A save without a preview in the session saves nothing either.
    organiser.post(screen, {"action": "save"})
    assert consultation.revisions.count() == revisions


def test_the_kazakh_text_imported_into_the_kazakh_version_keeps_the_russian_articles_ids(
    client, editor, consultation, locales
):
    screen = reverse("consultations_import", args=[consultation.pk])
    organiser = client_for(client, editor)
    organiser.post(
        screen, {"action": "preview", "file": upload("ru.docx", docx_bytes(RUSSIAN_DRAFT))}
    )
    organiser.post(screen, {"action": "save"})
    consultation.refresh_from_db()
    russian = consultation.get_latest_revision_as_object()
    russian.save_revision().publish()
    russian = ConsultationPage.objects.get(pk=consultation.pk)
    kazakh_page = translate(russian, locales["kk"])

    superuser_client = client_for(client, member_of(EDITORS, TRANSLATORS["kk"], username="both"))
    kazakh_screen = reverse("consultations_import", args=[kazakh_page.pk])
    superuser_client.post(
        kazakh_screen,
        {"action": "preview", "file": upload("kk.docx", docx_bytes(KAZAKH_DRAFT))},
    )
    superuser_client.post(kazakh_screen, {"action": "save"})
    kazakh = ConsultationPage.objects.get(pk=kazakh_page.pk).get_latest_revision_as_object()
    ru_articles, kk_articles = articles_of(russian), articles_of(kazakh)
    assert kk_articles["5"].value["parts"][0].value["text"] == "Кеңес тоғыз мүшеден тұрады."
    for number in ("1", "2", "5", "5-1"):
        assert kk_articles[number].id == ru_articles[number].id, number
    assert kk_articles["5"].value["parts"][1].id == ru_articles["5"].value["parts"][1].id


def test_the_api_serves_the_text_with_the_same_ids_in_every_language(api, consultation, locales):
    consultation.text = [
        (
            "section",
            {
                "number": "1",
                "title": "Общие положения",
                "articles": [
                    (
                        "article",
                        {
                            "number": "5",
                            "title": "Состав Совета",
                            "parts": [
                                (
                                    "part",
                                    {"number": "1.", "text": "Совет состоит из девяти членов."},
                                )
                            ],
                        },
                    )
                ],
            },
        )
    ]
    consultation.save_revision().publish()
    consultation = ConsultationPage.objects.get(pk=consultation.pk)
    kazakh = translate(consultation, locales["kk"])
    russian = api.get(f"/api/v1/pages/{consultation.pk}/").data_json
    kazakh_answer = api.get(f"/api/v1/pages/{kazakh.pk}/").data_json
    assert russian["type"] == "consultation" and russian["phase"] == "open"
    ru_article = russian["text"][0]["articles"][0]
    kk_article = kazakh_answer["text"][0]["articles"][0]
    assert ru_article["id"] == kk_article["id"] and ru_article["number"] == "5"
    assert ru_article["parts"][0]["id"] == kk_article["parts"][0]["id"]
    # Listed with the other pages, and under its campaign.
    listed = api.get("/api/v1/pages/?type=consultation&locale=ru").data_json
    assert [item["id"] for item in listed["items"]] == [consultation.pk]
    campaign = api.get(f"/api/v1/pages/{consultation.get_parent().pk}/").data_json
    assert [item["id"] for item in campaign["related"]["consultations"]] == [consultation.pk]


def test_the_site_shows_the_kazakh_text_by_article_and_the_campaign_lists_it(
    client, consultation, locales
):
    consultation.text = [
        (
            "section",
            {
                "number": "2",
                "title": "Статус Совета",
                "articles": [
                    (
                        "article",
                        {
                            "number": "5",
                            "title": "Состав Совета",
                            "parts": [
                                (
                                    "part",
                                    {"number": "1.", "text": "Совет состоит из девяти членов."},
                                )
                            ],
                        },
                    )
                ],
            },
        )
    ]
    consultation.save_revision().publish()
    consultation = ConsultationPage.objects.get(pk=consultation.pk)
    campaign = consultation.get_parent().specific
    kazakh = translate(consultation, locales["kk"])
    page = text(client.get(kazakh.url).content.decode())
    assert "2-тарау. Статус Совета" in page and "5-бап. Состав Совета" in page
    assert "Ұсыныстар үшін ашық" in page  # the phase, in Kazakh
    russian = text(client.get(consultation.url).content.decode())
    assert "Глава 2. Статус Совета" in russian and "Статья 5. Состав Совета" in russian
    assert "Обсуждение законопроекта о Совете" in text(client.get(campaign.url).content.decode())


def test_only_those_who_may_edit_the_page_import(client, consultation):
    translator = member_of(TRANSLATORS["kk"], username="kk")
    refused = client_for(client, translator).get(
        reverse("consultations_import", args=[consultation.pk])
    )
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
