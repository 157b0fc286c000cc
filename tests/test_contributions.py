"""Contributions to a public consultation (consultations/contributions.py, api/contributions.py,
consultations/moderation.py): double opt-in, moderation, dispositions, support once per
address, counts per article across languages, and nothing private in any public answer."""

import json
import re

import pytest
from django.core import mail
from django.urls import reverse

from api.webhooks.models import WebhookDelivery, WebhookEvent, WebhookSubscription
from consultations import contributions
from consultations.models import ConsultationPage, Contribution, Support
from tests.api_client import validate
from tests.conftest import publish, translate
from tests.factories import CampaignPageFactory
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, TRANSLATORS

pytestmark = pytest.mark.django_db
Status = Contribution.Status

EXPERT_EMAIL = "Aigerim.Expert@Example.KZ"
PROTECTED_EMAIL = "witness@protected.kz"

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


@pytest.fixture
def consultation(campaign_index, locales):
    publish(campaign_index)
    campaign = publish(CampaignPageFactory(parent=campaign_index))
    page = ConsultationPage(
        title="Обсуждение законопроекта о Совете",
        act_title="О Совете по обеспечению равенства и защите от дискриминации",
        phase=ConsultationPage.Phase.OPEN,
        text=DRAFT,
    )
    campaign.add_child(instance=page)
    return publish(page)


@pytest.fixture
def kazakh(consultation, locales):
    return translate(consultation, locales["kk"])


def article(page, number):
    for chapter in page.text:
        for block in chapter.value["articles"]:
            if block.value["number"] == number:
                return block
    raise LookupError(number)


def contribute(client, page_id, article_id, *, remote="10.0.0.1", **changes):
    body = {
        "kind": "proposal",
        "article": str(article_id),
        "proposed_wording": "Совет состоит из одиннадцати членов.",
        "text": "Девяти членов мало для пяти регионов.",
        "full_name": "Айгерим Сәрсенқызы",
        "organisation": "Заң орталығы",
        "role": "юрист",
        "email": EXPERT_EMAIL,
        "consent": True,
        "locale": "ru",
        **changes,
    }
    answer = client.post(
        f"/api/v1/consultations/{page_id}/contribute/",
        json.dumps(body),
        content_type="application/json",
        REMOTE_ADDR=remote,
    )
    validate(
        f"/api/v1/consultations/{page_id}/contribute/",
        answer.status_code,
        answer.json(),
        method="post",
        content_type=answer["Content-Type"],
    )
    return answer


def token_in(message, action="confirm") -> str:
    return re.search(rf"consultations/{action}/\?token=([\w.:-]+)", message.body).group(1)


def post(client, path, body):
    answer = client.post(path, json.dumps(body), content_type="application/json")
    validate(
        path, answer.status_code, answer.json(), method="post", content_type=answer["Content-Type"]
    )
    return answer


def confirmed(client, capture, page_id, article_id, **changes) -> Contribution:
    """Sends a contribution and follows its emailed link; the contribution."""
    mail.outbox.clear()
    with capture(execute=True):
        assert contribute(client, page_id, article_id, **changes).status_code == 202
    (message,) = mail.outbox
    mail.outbox.clear()
    answer = post(
        client, "/api/v1/consultations/contributions/confirm/", {"token": token_in(message)}
    )
    assert answer.json() == {"status": "pending"}
    return Contribution.objects.latest("pk")


def test_a_kazakh_and_a_russian_proposal_on_article_5_count_on_the_same_article(
    client, api, consultation, kazakh, django_capture_on_commit_callbacks
):
    ru_article, kk_article = article(consultation, "5"), article(kazakh, "5")
    assert ru_article.id == kk_article.id
    ru = confirmed(client, django_capture_on_commit_callbacks, consultation.pk, ru_article.id)
    kk = confirmed(
        client,
        django_capture_on_commit_callbacks,
        kazakh.pk,
        kk_article.id,
        email="daniyar@example.kz",
        full_name="Данияр Қасымұлы",
        locale="kk",
        proposed_wording="Кеңес он бір мүшеден тұрады.",
        text="Тоғыз мүше аз.",
        part=str(kk_article.value["parts"][1].id),
    )
    assert kk.part_number == "2." and kk.article_number == "5"
    comment = confirmed(
        client,
        django_capture_on_commit_callbacks,
        kazakh.pk,
        article(kazakh, "4").id,
        kind="comment",
        email="third@example.kz",
        proposed_wording="",
        locale="kk",
    )
    # Nothing counts before moderation.
    for page in (consultation, kazakh):
        assert api.get(f"/api/v1/pages/{page.pk}/").data_json["article_counts"] == []
    with django_capture_on_commit_callbacks(execute=True):
        for row in (ru, kk, comment):
            contributions.moderate(row, status=Status.PUBLISHED)
    for page in (consultation, kazakh):
        counts = {
            row["article"]: row
            for row in api.get(f"/api/v1/pages/{page.pk}/").data_json["article_counts"]
        }
        assert counts[str(ru_article.id)] == {
            "article": str(ru_article.id),
            "comments": 0,
            "proposals": 2,
            "supports": 0,
        }
        assert counts[str(article(consultation, "4").id)]["comments"] == 1
    # Listed in every language, filtered by article.
    listed = api.get(
        f"/api/v1/consultations/{kazakh.pk}/contributions/", {"article": str(ru_article.id)}
    ).data_json
    assert listed["meta"]["total_count"] == 2
    assert {item["locale"] for item in listed["items"]} == {"ru", "kk"}


def test_the_emailed_link_confirms_once_and_a_bad_link_is_a_problem(
    client, consultation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            contribute(
                client, consultation.pk, article(consultation, "5").id, locale="kk"
            ).status_code
            == 202
        )
    (message,) = mail.outbox
    assert message.to == [EXPERT_EMAIL.lower()]
    # The Kazakh author reads Kazakh, with the Kazakh letters intact.
    assert message.subject == "Үлесіңізді растаңыз: Обсуждение законопроекта о Совете"
    assert "жобасының 5-бабына ұсыныс жібердіңіз" in message.body
    row = Contribution.objects.get()
    assert row.status == Status.UNCONFIRMED and row.email == EXPERT_EMAIL.lower()
    token = token_in(message)
    # The hub's own page asks first (mail scanners open links), then confirms.
    page = client.get(f"/kk/consultations/confirm/?token={token}")
    assert page.status_code == 200 and 'name="token"' in page.content.decode()
    assert Contribution.objects.get().status == Status.UNCONFIRMED
    client.post("/kk/consultations/confirm/", {"token": token})
    assert Contribution.objects.get().status == Status.PENDING
    again = post(client, "/api/v1/consultations/contributions/confirm/", {"token": token})
    assert again.json() == {"status": "pending"}
    bad = post(client, "/api/v1/consultations/contributions/confirm/", {"token": token[:-3]})
    assert bad.status_code == 400 and bad["Content-Type"] == "application/problem+json"
    assert bad.json()["type"] == "urn:tendik:problem:invalid-token"


def test_refusals_are_problems_and_keep_nothing(client, consultation, settings):
    article_5 = article(consultation, "5")
    cases = [
        ({"article": "00000000-0000-0000-0000-000000000000"}, 400, "article"),
        ({"part": "00000000-0000-0000-0000-000000000000"}, 400, "part"),
        ({"proposed_wording": "  "}, 400, "proposed_wording"),
        ({"text": ""}, 400, "text"),
        ({"consent": False}, 400, "consent"),
        ({"kind": "petition"}, 400, "kind"),
    ]
    for changes, status, field in cases:
        answer = contribute(client, consultation.pk, article_5.id, **changes)
        assert answer.status_code == status, changes
        assert field in answer.json()["errors"], changes
    assert contribute(client, 999999, article_5.id).status_code == 404
    assert not Contribution.objects.exists()
    consultation.phase = ConsultationPage.Phase.CLOSED
    consultation.save_revision().publish()
    closed = contribute(client, consultation.pk, article_5.id)
    assert closed.status_code == 409
    assert closed.json()["type"] == "urn:tendik:problem:contributions-closed"
    consultation.phase = ConsultationPage.Phase.OPEN
    consultation.save_revision().publish()
    settings.PETITION_RATE_LIMIT = "2/m"
    statuses = [
        contribute(client, consultation.pk, article_5.id, remote="10.9.9.9").status_code
        for _ in range(3)
    ]
    assert statuses == [202, 202, 429]
    assert Contribution.objects.count() == 2


def test_support_counts_once_per_confirmed_address_and_moves_the_etag(
    client, api, consultation, django_capture_on_commit_callbacks
):
    article_5 = article(consultation, "5")
    proposal = confirmed(client, django_capture_on_commit_callbacks, consultation.pk, article_5.id)
    support_path = f"/api/v1/consultations/contributions/{proposal.pk}/support/"
    # Not published yet: nobody can support it, or learn that it exists.
    assert (
        post(client, support_path, {"email": "fan@example.kz", "consent": True}).status_code == 404
    )
    with django_capture_on_commit_callbacks(execute=True):
        contributions.moderate(proposal, status=Status.PUBLISHED)
    page_path = f"/api/v1/pages/{consultation.pk}/"
    etag = api.get(page_path)["ETag"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):  # the same address twice: one row, emailed while unconfirmed
            assert (
                post(client, support_path, {"email": "Fan@Example.kz", "consent": True}).status_code
                == 202
            )
    assert Support.objects.count() == 1 and len(mail.outbox) == 2
    listed = api.get(f"/api/v1/consultations/{consultation.pk}/contributions/").data_json
    assert listed["items"][0]["support_count"] == 0
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            post(
                client,
                "/api/v1/consultations/supports/confirm/",
                {"token": token_in(mail.outbox[0], "support")},
            ).status_code
            == 200
        )
        post(
            client,
            "/api/v1/consultations/supports/confirm/",
            {"token": token_in(mail.outbox[1], "support")},
        )
    answer = api.get(page_path)
    assert answer["ETag"] != etag
    assert {row["article"]: row["supports"] for row in answer.data_json["article_counts"]} == {
        str(article_5.id): 1
    }
    listed = api.get(f"/api/v1/consultations/{consultation.pk}/contributions/").data_json
    assert listed["items"][0]["support_count"] == 1


def test_nothing_unmoderated_and_no_email_or_protected_name_reaches_a_public_answer(
    client, api, consultation, kazakh, django_capture_on_commit_callbacks
):
    article_5 = article(consultation, "5")
    secrets = {}
    for status in (Status.UNCONFIRMED, Status.PENDING, Status.HIDDEN):
        row = Contribution.objects.create(
            consultation_key=consultation.translation_key,
            article_id=article_5.id,
            article_number="5",
            kind="proposal",
            proposed_wording=f"Wording {status} only moderators read",
            text=f"Justification {status} only moderators read",
            full_name=f"Hidden Author {status}",
            email=f"{status}@private.kz",
            locale="ru",
            status=status,
        )
        secrets[status] = row
    protected = Contribution.objects.create(
        consultation_key=consultation.translation_key,
        article_id=article_5.id,
        article_number="5",
        kind="proposal",
        proposed_wording="Кеңес он бір мүшеден тұрады.",
        text="Published, by initials.",
        full_name="Әсем Ғалымқызы Құрманбекова",
        organisation="Дағдарыс орталығы",
        role="психолог",
        email=PROTECTED_EMAIL,
        shown_as=Contribution.ShownAs.INITIALS,
        locale="kk",
        status=Status.PENDING,
    )
    subscription = WebhookSubscription.objects.create(
        name="site",
        url="https://hooks.example.org/tendik",
        events=[WebhookEvent.CONTRIBUTION_PUBLISHED],
    )
    with django_capture_on_commit_callbacks(execute=True):
        contributions.moderate(
            protected,
            status=Status.PUBLISHED,
            disposition=Contribution.Disposition.ACCEPTED,
            reason={"ru": "Принято в новой редакции.", "kk": "Жаңа редакцияда қабылданды."},
        )
    answers = {}
    for page in (consultation, kazakh):
        answers[f"page {page.locale.language_code}"] = api.get(f"/api/v1/pages/{page.pk}/")
        answers[f"contributions {page.locale.language_code}"] = api.get(
            f"/api/v1/consultations/{page.pk}/contributions/"
        )
    answers["list"] = api.get("/api/v1/pages/", {"type": "consultation"})
    answers["find"] = api.get(
        "/api/v1/pages/find/", {"path": f"/ru/{consultation.url_path.split('/', 2)[2]}"}
    )
    delivery = WebhookDelivery.objects.get(subscription=subscription)
    texts = {name: answer.content.decode() for name, answer in answers.items()}
    webhook = json.loads(delivery.payload)
    texts["webhook"] = delivery.payload
    forbidden = ["@private.kz", PROTECTED_EMAIL, "Құрманбекова", "Дағдарыс орталығы", "психолог"]
    for row in secrets.values():
        forbidden += [row.proposed_wording, row.text, row.full_name]
    for name, text in texts.items():
        for secret in forbidden:
            assert secret not in text, (name, secret)
    kazakh_answer = answers["page kk"].data_json
    (accepted,) = kazakh_answer["accepted_proposals"]
    assert accepted["author"] == {"name": "Ә. Ғ. Қ.", "organisation": "", "role": ""}
    assert accepted["disposition_reason"] == "Жаңа редакцияда қабылданды."
    assert answers["page ru"].data_json["accepted_proposals"][0]["disposition_reason"] == (
        "Принято в новой редакции."
    )
    assert delivery.event == WebhookEvent.CONTRIBUTION_PUBLISHED
    assert webhook["data"]["contribution"]["author"]["name"] == "Ә. Ғ. Қ."
    # Published once: a second decision sends no second webhook.
    with django_capture_on_commit_callbacks(execute=True):
        contributions.moderate(protected, status=Status.PUBLISHED, disposition="rejected")
    assert WebhookDelivery.objects.filter(subscription=subscription).count() == 1


def test_a_moderator_publishes_merges_and_gives_reasons_translators_cannot(
    client, consultation, django_capture_on_commit_callbacks
):
    article_5 = article(consultation, "5")
    first = confirmed(client, django_capture_on_commit_callbacks, consultation.pk, article_5.id)
    second = confirmed(
        client,
        django_capture_on_commit_callbacks,
        consultation.pk,
        article_5.id,
        email="two@example.kz",
    )
    unconfirmed = Contribution.objects.create(
        consultation_key=consultation.translation_key,
        article_id=article_5.id,
        article_number="5",
        kind="comment",
        text="Not confirmed",
        full_name="Someone",
        email="x@example.kz",
        locale="ru",
    )
    translator = client_for(client, member_of(TRANSLATORS["kk"], username="translator"))
    assert translator.get(reverse("contributions:edit", args=[first.pk])).status_code == 302
    client.logout()
    editor = client_for(client, member_of(EDITORS, username="editor"))
    # The dashboard says two await moderation, and links to them.
    dashboard = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert re.search(r'data-figure="pending"><a [^>]+><span class="td-warning">2</span>', dashboard)
    listing = editor.get(
        reverse("contributions:index"),
        {"consultation_key": str(consultation.translation_key), "status": "pending"},
    )
    assert listing.status_code == 200
    assert listing.content.decode().count(reverse("contributions:edit", args=[first.pk])) >= 1
    assert "x@example.kz" not in listing.content.decode()
    edit = reverse("contributions:edit", args=[second.pk])
    form = {"status": "published", "disposition": "merged", "merged_into": ""}
    refused = editor.post(edit, form)
    assert refused.status_code == 200 and "error-message" in refused.content.decode()
    second.refresh_from_db()
    assert second.status == Status.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(
            reverse("contributions:edit", args=[first.pk]),
            {
                "status": "published",
                "disposition": "partly_accepted",
                "merged_into": "",
                "reason_ru": "Принято частично: одиннадцать членов.",
                "reason_kk": "Ішінара қабылданды: он бір мүше.",
                "reason_en": "",
            },
        )
        saved = editor.post(edit, {**form, "merged_into": str(first.pk), "reason_ru": "Совпадает."})
    assert saved.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Status.PUBLISHED and first.published_at is not None
    assert first.disposition_reason == {
        "ru": "Принято частично: одиннадцать членов.",
        "kk": "Ішінара қабылданды: он бір мүше.",
    }
    assert second.merged_into_id == first.pk and second.disposition == "merged"
    # An unconfirmed contribution cannot be moderated.
    answer = editor.post(reverse("contributions:edit", args=[unconfirmed.pk]), form)
    assert answer.status_code == 200 and "error-message" in answer.content.decode()
    unconfirmed.refresh_from_db()
    assert unconfirmed.status == Status.UNCONFIRMED
    # Nobody adds or deletes a contribution from the admin.
    assert editor.get(reverse("contributions:index")).status_code == 200
    assert editor.get(f"{reverse('contributions:index')}add/").status_code in {302, 403, 404}


def test_the_advocacy_trace_is_a_timeline_with_the_answer_and_each_proposals_outcome(
    client, api, consultation, locales, django_capture_on_commit_callbacks
):
    import datetime

    from django.core.exceptions import ValidationError
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    proposal = confirmed(
        client, django_capture_on_commit_callbacks, consultation.pk, article(consultation, "5").id
    )
    with django_capture_on_commit_callbacks(execute=True):
        contributions.moderate(
            proposal, status=Status.PUBLISHED, disposition="accepted", outcome="adopted"
        )
    answer = get_document_model().objects.create(
        title="Ответ Министерства юстиции", file=ContentFile(b"%PDF-1.4 answer", name="answer.pdf")
    )
    consultation.submitted_on = datetime.date(2024, 2, 1)
    consultation.answered_on = datetime.date(2024, 1, 15)
    with pytest.raises(ValidationError) as refused:
        consultation.full_clean()
    assert "answered_on" in refused.value.message_dict
    consultation.answered_on = datetime.date(2024, 3, 20)
    consultation.submitted_to = "Министерство юстиции Республики Казахстан"
    consultation.answer_document = answer
    consultation.outcome_summary = "Четыре места для НКО вошли в закон."
    consultation.opens_at = None
    consultation.save_revision().publish()
    kazakh = translate(consultation, locales["kk"])
    page = api.get(f"/api/v1/pages/{consultation.pk}/").data_json
    assert [step["step"] for step in page["timeline"]] == ["submitted", "answered", "presented"]
    assert page["timeline"][0]["date"] == "2024-02-01"
    assert page["advocacy"]["submitted_to"] == "Министерство юстиции Республики Казахстан"
    assert page["advocacy"]["answer"]["title"] == "Ответ Министерства юстиции"
    assert page["accepted_proposals"][0]["outcome"] == "adopted"
    # The Kazakh page shows the steps in Kazakh.
    html = client.get(kazakh.url).content.decode()
    assert "Заң жобасынан заңға дейін" in html and "Ұсыныстар жіберілді" in html
    assert "Заңға енгізілді" in html


def test_the_public_package_is_word_and_pdf_in_the_versions_language_without_private_data(
    client, consultation, kazakh, django_capture_on_commit_callbacks
):
    import io

    from docx import Document
    from pypdf import PdfReader

    article_5 = article(kazakh, "5")
    accepted = confirmed(
        client,
        django_capture_on_commit_callbacks,
        kazakh.pk,
        article_5.id,
        locale="kk",
        proposed_wording="Кеңес он бір мүшеден тұрады.",
        full_name="Әсем Ғалымқызы Құрманбекова",
        organisation="Дағдарыс орталығы",
        shown_as="initials",
    )
    pending = confirmed(
        client,
        django_capture_on_commit_callbacks,
        consultation.pk,
        article_5.id,
        email="pending@example.kz",
        proposed_wording="Не прошло модерацию.",
    )
    assert pending.status == Status.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        contributions.moderate(accepted, status=Status.PUBLISHED, disposition="accepted")
    pdf = client.get(f"/api/v1/consultations/{kazakh.pk}/package.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf" and pdf["ETag"]
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    compact = " ".join(text.split())
    assert "Кеңес он бір мүшеден тұрады." in compact and "Ә. Ғ. Қ." in compact
    for private in ("Не прошло модерацию", "Құрманбекова", "Дағдарыс орталығы", "@example.kz"):
        assert private not in compact, private
    word = client.get(f"/api/v1/consultations/{consultation.pk}/package.docx")
    assert word.status_code == 200 and word["Content-Disposition"].endswith('-ru.docx"')
    cells = [
        cell.text
        for table in Document(io.BytesIO(word.content)).tables
        for row in table.rows
        for cell in row.cells
    ]
    assert any("Кеңес он бір мүшеден тұрады." in cell for cell in cells)
    assert not any("Не прошло модерацию" in cell for cell in cells)
    missing = client.get("/api/v1/consultations/999999/package.pdf")
    assert missing.status_code == 404 and missing["Content-Type"] == "application/problem+json"


def test_the_consultation_answer_reads_in_a_fixed_number_of_queries(
    client, consultation, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article_5 = article(consultation, "5")

    def publish_proposals(count):
        for n in range(count):
            row = Contribution.objects.create(
                consultation_key=consultation.translation_key,
                article_id=article_5.id,
                article_number="5",
                kind="proposal",
                proposed_wording=f"Редакция {n}",
                text="Обоснование",
                full_name=f"Эксперт {n}",
                email=f"expert{n}@example.kz",
                locale="ru",
                status=Status.PENDING,
            )
            contributions.moderate(row, status=Status.PUBLISHED, disposition="accepted")
            Support.objects.create(
                contribution=row,
                email=f"fan{n}@example.kz",
                locale="ru",
                confirmed_at=row.published_at,
            )

    def queries():
        client.get(f"/api/v1/pages/{consultation.pk}/")  # the stored payload is built once
        with CaptureQueriesContext(connection) as captured:
            answer = client.get(f"/api/v1/pages/{consultation.pk}/")
        assert answer.status_code == 200
        return len(captured), len(answer.json()["accepted_proposals"])

    publish_proposals(2)
    few, shown = queries()
    assert shown == 2
    publish_proposals(10)
    many, shown = queries()
    assert shown == 12
    print(f"consultation answer: {few} queries with 2 proposals, {many} with 12")
    # Measured: 6 (the row, the entries, counts 2, accepted proposals, versions).
    assert few == many <= 8
