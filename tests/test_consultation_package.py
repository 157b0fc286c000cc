"""The package of a consultation (consultations/package.py) and the exports of its contributions
(consultations/contribution_exports.py), downloaded from the admin (consultations/package_views.py):
the ru and kk comparison tables row for row, Kazakh letters intact in Word and PDF, authors named
as they chose to be shown, addresses masked without the personal-data permission."""

import csv
import io
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from consultations.models import ConsultationPage, Contribution, Support
from consultations.package import package_docx, package_pdf, package_rows
from tests.conftest import publish, translate
from tests.factories import CampaignPageFactory
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, TRANSLATORS

pytestmark = pytest.mark.django_db
Status = Contribution.Status

ACT_TITLE_RU = "О Совете по обеспечению равенства и защите от дискриминации"
ACT_TITLE_KK = "Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес туралы"
KAZAKH_WORDING = "Кеңес он бір мүшеден тұрады."
KAZAKH_AUTHOR = "Әсем Ғалымқызы Құрманбекова"
PROTECTED_AUTHOR = "Данияр Қасымұлы Ахметов"
PROTECTED_ORGANISATION = "Фонд защиты свидетелей"
PROTECTED_EMAIL = "daniyar.witness@protected.kz"

DRAFT = [
    (
        "section",
        {
            "number": "2",
            "title": "Статус Совета",
            "articles": [
                (
                    "article",
                    {
                        "number": "4",
                        "title": "Задачи Совета",
                        "parts": [
                            ("part", {"number": "1.", "text": "Совет рассматривает жалобы."})
                        ],
                    },
                ),
                (
                    "article",
                    {
                        "number": "5",
                        "title": "Состав Совета",
                        "parts": [
                            ("part", {"number": "1.", "text": "Совет состоит из девяти членов."}),
                            ("part", {"number": "2.", "text": "Трое выдвигаются НКО."}),
                        ],
                    },
                ),
            ],
        },
    )
]
# The Kazakh text of each article, by number: (title, the parts' texts).
KAZAKH_ARTICLES = {
    "4": ("Кеңестің міндеттері", ["Кеңес шағымдарды қарайды."]),
    "5": ("Кеңестің құрамы", ["Кеңес тоғыз мүшеден тұрады.", "Үшеуін ҮЕҰ ұсынады."]),
}


@pytest.fixture
def consultation(campaign_index, locales):
    publish(campaign_index)
    campaign = publish(CampaignPageFactory(parent=campaign_index))
    page = ConsultationPage(
        title="Обсуждение законопроекта о Совете",
        act_title=ACT_TITLE_RU,
        state_body="Министерство юстиции Республики Казахстан",
        phase=ConsultationPage.Phase.OPEN,
        text=DRAFT,
    )
    campaign.add_child(instance=page)
    return publish(page)


def kazakh_text(page, articles=KAZAKH_ARTICLES):
    """The page's text in Kazakh, as a translator leaves it: the same block ids, Kazakh words;
    the articles of `articles` only, in its order."""
    chapters = []
    for chapter in page.text.raw_data:
        by_number = {each["value"]["number"]: each for each in chapter["value"]["articles"]}
        translated = []
        for number, (title, texts) in articles.items():
            article = by_number[number]
            parts = [
                {**part, "value": {**part["value"], "text": text}}
                for part, text in zip(article["value"]["parts"], texts, strict=True)
            ]
            translated.append(
                {**article, "value": {**article["value"], "title": title, "parts": parts}}
            )
        value = {**chapter["value"], "title": "Кеңестің мәртебесі", "articles": translated}
        chapters.append({**chapter, "value": value})
    return chapters


@pytest.fixture
def kazakh(consultation, locales):
    page = translate(consultation, locales["kk"], published=False)
    page.title = "Кеңес туралы заң жобасын талқылау"
    page.act_title = ACT_TITLE_KK
    page.state_body = "Қазақстан Республикасының Әділет министрлігі"
    page.text = kazakh_text(consultation)
    page.save()
    return publish(page)


def article(page, number):
    for chapter in page.text:
        for block in chapter.value["articles"]:
            if block.value["number"] == number:
                return block
    raise LookupError(number)


def contribution(page, number, **fields) -> Contribution:
    """A contribution as the moderators left it: published unless said otherwise."""
    values = {
        "consultation_key": page.translation_key,
        "article_id": article(page, number).id,
        "article_number": number,
        "kind": Contribution.Kind.PROPOSAL,
        "text": "Обоснование.",
        "full_name": "Айгерим Сәрсенқызы",
        "email": "aigerim@example.kz",
        "locale": "ru",
        "status": Status.PUBLISHED,
        "email_confirmed_at": timezone.now(),
        "published_at": timezone.now(),
        **fields,
    }
    return Contribution.objects.create(**values)


@pytest.fixture
def proposals(consultation, kazakh):
    """On article 5: a Kazakh proposal by name and a Russian one by a protected contributor,
    both accepted, with one proposal merged into the Russian one; then one on article 4. And
    what must stay out of the package: a rejected, a pending, a hidden and a comment."""
    kazakh_proposal = contribution(
        consultation,
        "5",
        locale="kk",
        full_name=KAZAKH_AUTHOR,
        organisation="Құқықтық саясат орталығы",
        email="asem@example.kz",
        proposed_wording=KAZAKH_WORDING,
        text="Тоғыз мүше бес өңір үшін аз.",
        disposition=Contribution.Disposition.PARTLY_ACCEPTED,
        disposition_reason={
            "ru": "Принято частично: одиннадцать членов.",
            "kk": "Ішінара қабылданды: он бір мүше.",
        },
    )
    protected = contribution(
        consultation,
        "5",
        full_name=PROTECTED_AUTHOR,
        organisation=PROTECTED_ORGANISATION,
        email=PROTECTED_EMAIL,
        shown_as=Contribution.ShownAs.INITIALS,
        proposed_wording="Трое членов Совета выдвигаются некоммерческими организациями.",
        # Pasted from Word: its manual line break is a vertical tab, which XML cannot hold.
        text="Порядок выдвижения\x0bдолжен быть в законе.",
        disposition=Contribution.Disposition.ACCEPTED,
        disposition_reason={"ru": "Принято."},
    )
    merged = contribution(
        consultation,
        "5",
        full_name="Мария Ивановна Петрова",
        organisation="Правовая инициатива",
        email="maria@example.kz",
        proposed_wording="НКО выдвигают троих членов.",
        disposition=Contribution.Disposition.MERGED,
        merged_into=protected,
    )
    on_article_4 = contribution(
        consultation,
        "4",
        full_name="Ольга Ким",
        email="olga@example.kz",
        proposed_wording="Совет рассматривает жалобы и обращения.",
        disposition=Contribution.Disposition.ACCEPTED,
    )
    contribution(
        consultation,
        "5",
        full_name="Скрытый Автор",
        email="hidden@example.kz",
        status=Status.HIDDEN,
        published_at=None,
        proposed_wording="Скрытая редакция.",
        disposition=Contribution.Disposition.MERGED,
        merged_into=kazakh_proposal,
    )
    contribution(
        consultation,
        "4",
        proposed_wording="Отклонённая редакция.",
        disposition=Contribution.Disposition.REJECTED,
    )
    contribution(
        consultation,
        "4",
        status=Status.PENDING,
        published_at=None,
        proposed_wording="Ещё не проверенная редакция.",
        disposition=Contribution.Disposition.ACCEPTED,
    )
    contribution(consultation, "4", kind=Contribution.Kind.COMMENT, text="Просто комментарий.")
    return {
        "kazakh": kazakh_proposal,
        "protected": protected,
        "merged": merged,
        "article 4": on_article_4,
    }


def docx_table(content: bytes) -> list[list[str]]:
    (table,) = Document(io.BytesIO(content)).tables
    return [[cell.text for cell in row.cells] for row in table.rows]


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(paragraphs + cells)


def pdf_text(content: bytes) -> str:
    """The PDF's text with every run of whitespace as one space: lines wrap where they fit."""
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_ru_and_kk_packages_have_the_same_rows_in_the_text_order(
    consultation, kazakh, proposals
):
    ru = docx_table(package_docx(consultation.translation_key, "ru"))
    kk = docx_table(package_docx(consultation.translation_key, "kk"))
    ru_header, *ru_rows = ru
    kk_header, *kk_rows = kk
    assert len(ru_header) == len(kk_header) == 5
    # Article 4's proposal came last, but the text puts article 4 first; rejected, pending,
    # hidden and comments make no row.
    assert [row[0].split("\n") for row in ru_rows] == [
        ["Статья 4", "Задачи Совета"],
        ["Статья 5", "Состав Совета"],
    ]
    assert [row[0].split("\n") for row in kk_rows] == [
        ["4-бап", "Кеңестің міндеттері"],
        ["5-бап", "Кеңестің құрамы"],
    ]
    ru_5, kk_5 = ru_rows[1], kk_rows[1]
    assert ru_5[1] == "1. Совет состоит из девяти членов.\n2. Трое выдвигаются НКО."
    assert kk_5[1] == "1. Кеңес тоғыз мүшеден тұрады.\n2. Үшеуін ҮЕҰ ұсынады."
    # Proposals as their authors wrote them, in both packages; the reasons in each language.
    for row in (ru_5, kk_5):
        assert KAZAKH_WORDING in row[2]
        assert "Трое членов Совета выдвигаются некоммерческими организациями." in row[2]
        assert "Тоғыз мүше бес өңір үшін аз." in row[3]
        assert "Порядок выдвижения\nдолжен быть в законе." in row[3]
        assert row[4].split("\n") == [
            f"{KAZAKH_AUTHOR}, Құқықтық саясат орталығы",
            "Д. Қ. А.",
            "Мария Ивановна Петрова, Правовая инициатива",
        ]
    assert "Принято частично: одиннадцать членов." in ru_5[3]
    assert "Ішінара қабылданды: он бір мүше." in kk_5[3]
    assert "Принято частично" not in kk_5[3]
    assert ru_rows[0][2] == kk_rows[0][2] == "Совет рассматривает жалобы и обращения."
    for content in (
        package_docx(consultation.translation_key, "ru"),
        package_docx(consultation.translation_key, "kk"),
    ):
        text = docx_text(content)
        # The protected contributor by initials only; what must not be in the package is not.
        for absent in (
            "Данияр",
            "Ахметов",
            PROTECTED_ORGANISATION,
            PROTECTED_EMAIL,
            "Скрытый Автор",
            "Скрытая редакция.",
            "Отклонённая редакция.",
            "Ещё не проверенная редакция.",
            "Просто комментарий.",
        ):
            assert absent not in text
    kk_cover = docx_text(package_docx(consultation.translation_key, "kk"))
    assert ACT_TITLE_KK in kk_cover and "Қазақстан Республикасының Әділет министрлігі" in kk_cover


def test_rows_align_when_the_kazakh_text_lags_behind_or_differs_in_order(
    consultation, kazakh, proposals
):
    # The Kazakh text has lost article 4 and lists nothing else: its table still has the same
    # rows as the Russian one, article 4's in the source's words.
    kazakh.text = kazakh_text(consultation, {"5": KAZAKH_ARTICLES["5"]})
    kazakh.save()
    publish(kazakh)
    ru = package_rows(consultation.translation_key, "ru")
    kk = package_rows(consultation.translation_key, "kk")
    assert [row.article_id for row in kk] == [row.article_id for row in ru]
    assert [row.article_number for row in kk] == ["4", "5"]
    assert kk[0].current_wording == "1. Совет рассматривает жалобы."
    assert kk[1].article_title == "Кеңестің құрамы"


def test_the_pdf_keeps_kazakh_letters_and_splits_a_row_taller_than_a_page(
    consultation, kazakh, proposals
):
    kk = pdf_text(package_pdf(consultation.translation_key, "kk"))
    assert KAZAKH_WORDING in kk
    assert ACT_TITLE_KK in kk
    assert KAZAKH_AUTHOR in kk
    assert "Ішінара қабылданды: он бір мүше." in kk
    ru = pdf_text(package_pdf(consultation.translation_key, "ru"))
    assert ACT_TITLE_RU in ru and KAZAKH_WORDING in ru
    assert PROTECTED_ORGANISATION not in ru and "Данияр" not in ru
    # A justification far longer than a page still makes a PDF, every word of it there.
    long_text = " ".join(f"Довод {number} в пользу одиннадцати членов." for number in range(400))
    proposals["article 4"].text = long_text
    proposals["article 4"].save()
    content = package_pdf(consultation.translation_key, "ru")
    assert len(PdfReader(io.BytesIO(content)).pages) >= 4
    assert "Довод 399 в пользу одиннадцати членов." in pdf_text(content)


@pytest.fixture
def unconfirmed(consultation):
    return contribution(
        consultation,
        "4",
        kind=Contribution.Kind.COMMENT,
        status=Status.UNCONFIRMED,
        email_confirmed_at=None,
        published_at=None,
        full_name="Неподтверждённый Автор",
        email="unconfirmed@example.kz",
        # Would run as a formula in a spreadsheet program, were it written as it came.
        text='=HYPERLINK("http://evil.example", "жми")',
    )


def xlsx_rows(content: bytes) -> list[list]:
    sheet = load_workbook(io.BytesIO(content)).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_contributions_workbook_masks_addresses_without_the_permission(
    client, consultation, proposals, unconfirmed
):
    Support.objects.create(
        contribution=proposals["kazakh"],
        email="one@example.kz",
        locale="kk",
        confirmed_at=timezone.now(),
    )
    Support.objects.create(contribution=proposals["kazakh"], email="two@example.kz", locale="kk")
    editor = member_of(EDITORS, username="editor")
    url = reverse("consultations_contributions_xlsx", args=[consultation.pk])
    answer = client_for(client, editor).get(url)
    assert answer.status_code == 200
    header, *rows = xlsx_rows(answer.content)
    # Every contribution, whatever its status, in the order they came.
    assert (
        len(rows)
        == Contribution.objects.filter(consultation_key=consultation.translation_key).count()
        == 9
    )
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    # Headings and values in the admin's language: Russian unless the user chose another.
    assert header == [
        "ID",
        "Номер статьи",
        "Номер части",
        "Вид",
        "Статус",
        "Решение",
        "Язык",
        "ФИО",
        "Публично указан как",
        "Организация",
        "Роль",
        "Электронная почта",
        "Предлагаемая редакция",
        "Комментарий или обоснование",
        "Поддержки",
        "Отправлено",
        "Опубликовано",
    ]
    listed = by_id[unconfirmed.pk]
    assert listed["Статус"] == "Почта не подтверждена"
    assert listed["Электронная почта"] == "u•••@example.kz"
    assert listed["Опубликовано"] is None
    # A date the spreadsheet can sort by, in Almaty time.
    assert (
        f"{listed['Отправлено']:%Y-%m-%d %H:%M}"
        == f"{timezone.localtime(unconfirmed.created_at):%Y-%m-%d %H:%M}"
    )
    # What a spreadsheet program would run as a formula is text.
    assert listed["Комментарий или обоснование"] == '\'=HYPERLINK("http://evil.example", "жми")'
    everything = repr(rows)
    for address in ("unconfirmed@example.kz", PROTECTED_EMAIL, "asem@example.kz"):
        assert address not in everything
    protected = by_id[proposals["protected"].pk]
    assert protected["Электронная почта"] == "d•••@protected.kz"
    # Moderators see the protected contributor's full name; only confirmed supports count.
    assert protected["ФИО"] == PROTECTED_AUTHOR
    assert protected["Публично указан как"] == "Только мои инициалы"
    assert by_id[proposals["kazakh"].pk]["Поддержки"] == 1
    assert by_id[proposals["kazakh"].pk]["Язык"] == "Казахский"

    editor.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="consultations", codename="export_contributor_emails"
        )
    )
    client.force_login(editor)
    header, *rows = xlsx_rows(client.get(url).content)
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert by_id[unconfirmed.pk]["Электронная почта"] == "unconfirmed@example.kz"
    assert by_id[proposals["protected"].pk]["Электронная почта"] == PROTECTED_EMAIL


def test_the_csv_has_a_bom_the_same_columns_and_masked_addresses(
    client, consultation, proposals, unconfirmed
):
    editor = client_for(client, member_of(EDITORS, username="editor"))
    answer = editor.get(reverse("consultations_contributions_csv", args=[consultation.pk]))
    assert answer.status_code == 200
    assert answer["Content-Type"] == "text/csv; charset=utf-8"
    assert answer.content.startswith(b"\xef\xbb\xbf")
    text = answer.content.decode("utf-8-sig")
    header, *rows = list(csv.reader(io.StringIO(text)))
    assert len(header) == 17 and len(rows) == 9
    assert KAZAKH_WORDING in text and KAZAKH_AUTHOR in text
    assert "u•••@example.kz" in text and "unconfirmed@example.kz" not in text
    assert "'=HYPERLINK" in text
    # Times in Almaty, to the minute.
    sent = timezone.localtime(unconfirmed.created_at).strftime("%Y-%m-%d %H:%M")
    assert sent in text


DOWNLOADS = [
    (
        "consultations_package_docx",
        "?language=kk",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("consultations_package_pdf", "?language=kk", "application/pdf"),
    (
        "consultations_package_docx",
        "",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "consultations_contributions_xlsx",
        "",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("consultations_contributions_csv", "", "text/csv; charset=utf-8"),
]


def test_a_translator_is_refused_and_an_editor_downloads_each_file(
    client, consultation, kazakh, proposals
):
    translator = client_for(client, member_of(TRANSLATORS["kk"], username="translator"))
    for url_name, query, _content_type in DOWNLOADS:
        answer = translator.get(reverse(url_name, args=[kazakh.pk]) + query)
        assert answer.status_code == 302, url_name
        assert answer["Location"] == reverse("wagtailadmin_home")
    client.logout()
    editor = client_for(client, member_of(EDITORS, username="editor"))
    for url_name, query, content_type in DOWNLOADS:
        answer = editor.get(reverse(url_name, args=[kazakh.pk]) + query)
        assert answer.status_code == 200, url_name
        assert answer["Content-Type"] == content_type
        assert "no-store" in answer["Cache-Control"]
        disposition = answer["Content-Disposition"]
        assert re.fullmatch(r'attachment; filename="[a-z0-9.-]+"', disposition), disposition
    # The package in the language asked for, whichever version's page it is asked from.
    kazakh_package = editor.get(
        reverse("consultations_package_docx", args=[consultation.pk]) + "?language=kk"
    )
    assert ACT_TITLE_KK in docx_text(kazakh_package.content)
    russian_package = editor.get(reverse("consultations_package_docx", args=[kazakh.pk]))
    assert ACT_TITLE_RU in docx_text(russian_package.content)
    assert (
        editor.get(
            reverse("consultations_package_pdf", args=[kazakh.pk]) + "?language=xx"
        ).status_code
        == 404
    )
    # The page's header offers the downloads, the package in each published language.
    edit_page = editor.get(reverse("wagtailadmin_pages:edit", args=[consultation.pk]))
    page_html = edit_page.content.decode()
    for url_name, query in (
        ("consultations_package_docx", "?language=ru"),
        ("consultations_package_pdf", "?language=kk"),
        ("consultations_contributions_xlsx", ""),
        ("consultations_contributions_csv", ""),
    ):
        assert reverse(url_name, args=[consultation.pk]) + query in page_html
