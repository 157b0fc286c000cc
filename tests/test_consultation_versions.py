"""Versions of a consultation's text (consultations/versions.py): v1 the draft as published, v2
the NGO's amended text; compared article by article, in ru and in kk, in the admin and the API;
numbered by the database when two editors record at once."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.models import PageLogEntry

from consultations.models import ConsultationPage, TextVersion
from consultations.versions import compare, record_version
from tests.api_client import validate
from tests.conftest import publish, translate
from tests.factories import CampaignPageFactory
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, TRANSLATORS


def text_of(articles):
    """A draft's StreamField value from {number: (title, [part texts])}."""
    return [
        (
            "section",
            {
                "number": "1",
                "title": "",
                "articles": [
                    (
                        "article",
                        {
                            "number": number,
                            "title": title,
                            "parts": [
                                ("part", {"number": f"{n}.", "text": words})
                                for n, words in enumerate(parts, start=1)
                            ],
                        },
                    )
                    for number, (title, parts) in articles.items()
                ],
            },
        )
    ]


@pytest.fixture
def consultation(campaign_index, locales):
    publish(campaign_index)
    campaign = publish(CampaignPageFactory(parent=campaign_index))
    page = ConsultationPage(
        title="Обсуждение законопроекта о Совете",
        act_title="О Совете по обеспечению равенства",
        text=text_of(
            {
                "4": ("Независимость", ["Совет независим."]),
                "5": ("Состав", ["Совет состоит из девяти членов."]),
            }
        ),
    )
    campaign.add_child(instance=page)
    return publish(page)


def rewrite_part(page, number, words):
    """Publishes `page` with the first part of article `number` reading `words`, keeping ids."""
    page = page.specific_class.objects.get(pk=page.pk)
    raw = [dict(chapter) for chapter in page.text.raw_data]
    for chapter in raw:
        for article in chapter["value"]["articles"]:
            if article["value"]["number"] == number:
                article["value"]["parts"][0]["value"]["text"] = words
    page.text = raw
    return publish(page)


@pytest.mark.django_db
def test_v1_and_the_amended_v2_compare_article_by_article_in_ru_and_kk(
    client, consultation, locales, django_capture_on_commit_callbacks
):
    kazakh = translate(consultation, locales["kk"])
    kazakh = rewrite_part(kazakh, "5", "Кеңес тоғыз мүшеден тұрады.")
    with django_capture_on_commit_callbacks(execute=True):
        first = record_version(consultation.translation_key, "draft")
    assert first.number == 1 and set(first.texts) == {"ru", "kk"}
    rewrite_part(consultation, "5", "Совет состоит из одиннадцати членов.")
    rewrite_part(kazakh, "5", "Кеңес он бір мүшеден тұрады.")
    # The snapshot keeps what v1 said, whatever the page says now.
    assert "девяти" in str(TextVersion.objects.get(number=1).texts["ru"])
    etag = client.get(f"/api/v1/pages/{kazakh.pk}/")["ETag"]
    with django_capture_on_commit_callbacks(execute=True):
        second = record_version(consultation.translation_key, "amended")
    assert second.number == 2

    russian = {row["number"]: row for row in compare(first, second, "ru")}
    assert russian["4"]["change"] == "unchanged" and russian["4"]["words"] == []
    assert russian["5"]["change"] == "changed"
    assert {"op": "removed", "text": "девяти"} in russian["5"]["words"]
    assert {"op": "added", "text": "одиннадцати"} in russian["5"]["words"]
    kazakh_rows = {row["number"]: row for row in compare(first, second, "kk")}
    assert {"op": "removed", "text": "тоғыз"} in kazakh_rows["5"]["words"]
    assert {"op": "added", "text": "он бір"} in kazakh_rows["5"]["words"]
    assert russian["5"]["article"] == kazakh_rows["5"]["article"]  # the same article

    # The API: the page lists the versions (its ETag moved), the comparison in its language.
    page = client.get(f"/api/v1/pages/{kazakh.pk}/")
    assert page["ETag"] != etag
    assert [v["kind"] for v in page.json()["versions"]] == ["draft", "amended"]
    answer = client.get(
        f"/api/v1/consultations/{kazakh.pk}/versions/compare/", {"older": 1, "newer": 2}
    )
    assert answer.status_code == 200
    validate(f"/api/v1/consultations/{kazakh.pk}/versions/compare/", 200, answer.json())
    changed = {row["number"]: row for row in answer.json()["articles"]}["5"]
    assert {"op": "added", "text": "он бір"} in changed["words"]
    missing = client.get(
        f"/api/v1/consultations/{kazakh.pk}/versions/compare/", {"older": 1, "newer": 7}
    )
    assert missing.status_code == 404 and missing["Content-Type"] == "application/problem+json"


@pytest.mark.django_db
def test_an_editor_records_and_compares_versions_and_a_translator_cannot(client, consultation):
    screen = reverse("consultations_versions", args=[consultation.pk])
    translator = client_for(client, member_of(TRANSLATORS["kk"], username="translator"))
    assert translator.get(screen).status_code == 302
    assert translator.post(screen, {"kind": "draft"}).status_code == 302
    assert not TextVersion.objects.exists()
    client.logout()
    editor = client_for(client, member_of(EDITORS, username="editor"))
    assert editor.post(screen, {"kind": "nonsense"}).status_code == 302
    assert not TextVersion.objects.exists()
    editor.post(screen, {"kind": "draft"})
    rewrite_part(consultation, "4", "Совет независим и ни от кого не зависит.")
    editor.post(screen, {"kind": "adopted"})
    assert list(TextVersion.objects.values_list("number", "kind")) == [
        (1, "draft"),
        (2, "adopted"),
    ]
    html = editor.get(screen).content.decode()
    assert 'data-change="changed"' in html and 'data-change="unchanged"' in html
    assert "<del>независим.</del>" in html and "ни от кого не зависит.</ins>" in html
    # The page's history says who recorded each version.
    assert (
        PageLogEntry.objects.filter(
            page=consultation, action="tendik.consultations.version"
        ).count()
        == 2
    )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_editors_recording_at_once_get_two_numbers(consultation):
    def record(kind):
        try:
            return record_version(consultation.translation_key, kind).number
        finally:
            connection.close()  # each thread has its own real connection

    with ThreadPoolExecutor(max_workers=8) as pool:
        numbers = list(pool.map(record, ["draft", "amended"] * 4))
    assert sorted(numbers) == list(range(1, 9))
    assert TextVersion.objects.count() == 8
