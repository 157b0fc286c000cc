"""The admin's petition screens: figures, charts, the signature list, invalidating by domain,
paper signatures and state, and CSV exports with their progress and permissions."""

import csv
import io
import re
from datetime import timedelta
from html import unescape
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from campaigns import signature_exports
from campaigns.models import PetitionPage, Signature, SignatureExport
from campaigns.queries import confirmed_by_day
from tests.conftest import publish, translate
from tests.factories import PetitionPageFactory
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, REVIEWERS, TRANSLATORS

pytestmark = pytest.mark.django_db


@pytest.fixture
def petition(campaign_index, locales):
    publish(campaign_index)
    page = publish(PetitionPageFactory(parent=campaign_index, title="Защитите права", goal=100))
    kazakh = translate(page, locales["kk"])
    return {"ru": page, "kk": kazakh}


def add_signatures(petition, rows):
    """rows: (full_name, email, region, days_ago or None for pending)."""
    now = timezone.now()
    for full_name, email, region, days_ago in rows:
        Signature.objects.create(
            petition_key=petition.translation_key,
            full_name=full_name,
            email=email,
            region=region,
            locale="ru",
            created_at=now - timedelta(days=days_ago or 0),
            confirmed_at=None if days_ago is None else now - timedelta(days=days_ago),
        )


@pytest.fixture
def signed(petition):
    add_signatures(
        petition["ru"],
        [
            ("Әлия Сәрсенова", "aliya@mail.kz", "almaty", 0),
            ("Ержан Қасымов", "erzhan@mail.kz", "almaty", 1),
            ("Ivan Petrov", "ivan@spam.example", "shymkent", 1),
            ("Олег", "oleg@spam.example", "shymkent", 3),
            ("=HYPERLINK(1)", "formula@mail.kz", "astana", 3),
            ("Пока ждёт", "pending@mail.kz", "astana", None),
        ],
    )
    return petition


@pytest.fixture
def editor(db):
    return member_of(EDITORS, username="editor")


def signatures_url(page):
    return reverse("campaigns_petition_signatures", args=[page.pk])


def search(client, url, **filters):
    """Filters the signature list as the form does (posted), and opens the page it leads to."""
    posted = client.post(url, {"action": "search", **filters})
    return client.get(posted["Location"]) if posted.status_code == 302 else posted


def api_count(client, page):
    return client.get(f"/api/v1/pages/{page.pk}/").json()["signature_count"]


def test_the_petitions_menu_lists_every_petition_once_with_its_progress(client, editor, signed):
    add_signatures(signed["ru"], [])
    response = client_for(client, editor).get(reverse("campaigns_petitions"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count(signatures_url(signed["ru"])) == 1  # the ru version, not the kk one
    assert "5 / 100" in html and 'aria-label="5%"' in html
    # Editors and reviewers see it in the menu; translators do not, nor the screen.
    assert (
        reverse("campaigns_petitions") in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    translator = member_of(TRANSLATORS["kk"], username="kk")
    client_for(client, translator)
    assert (
        reverse("campaigns_petitions")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert client.get(reverse("campaigns_petitions")).status_code in (302, 403)
    assert client.get(signatures_url(signed["ru"])).status_code in (302, 403)


def test_the_signatures_screen_shows_figures_charts_and_a_bounded_number_of_queries(
    client, editor, signed
):
    client_for(client, editor)
    client.get(signatures_url(signed["ru"]))  # warm the per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(signatures_url(signed["kk"]))  # any language version
    assert response.status_code == 200
    assert len(queries) <= 25, [query["sql"][:120] for query in queries]
    context = response.context
    assert {key: context["figures"][key] for key in ("confirmed", "pending", "counted")} == {
        "confirmed": 5,
        "pending": 1,
        "counted": 5,
    }
    # By day: today 1, yesterday 2, two days ago 0, three days ago 2 (zeros kept).
    assert [bar["count"] for bar in context["by_day"]] == [2, 0, 2, 1]
    assert [bar["height"] for bar in context["by_day"]] == [100, 0, 100, 50]
    # By region, most first, named in the admin's language (Russian here).
    assert [(name, count) for _code, name, count, _share in context["by_region"]] == [
        ("Алматы", 2),
        ("Шымкент", 2),
        ("Астана", 1),
    ]
    html = response.content.decode()
    assert "<svg" in html and "Әлия Сәрсенова" in html
    # Without the email permission addresses are masked, and the search does not use them.
    assert "aliya@mail.kz" not in html and "a•••@mail.kz" in html
    assert (
        search(client, signatures_url(signed["ru"]), q="aliya")
        .context["signatures"]
        .paginator.count
        == 0
    )


def test_the_signature_list_searches_names_and_filters_by_state(client, editor, signed):
    client_for(client, editor)
    url = signatures_url(signed["ru"])

    def names(**filters):
        page = search(client, url, **filters).context["signatures"]
        return sorted(signature.full_name for signature in page)

    assert names(q="қасым") == ["Ержан Қасымов"]  # Kazakh letters, any case
    assert names(state="pending") == ["Пока ждёт"]
    assert len(names(state="confirmed")) == 5
    assert names(state="nonsense") == names()  # a bad filter is ignored, not a 500
    Signature.objects.update(created_at=timezone.now())
    add_signatures(signed["ru"], [(f"Signer {n}", f"s{n}@x.kz", "almaty", 5) for n in range(60)])
    second = client.get(url, {"p": 2}).context["signatures"]
    assert (second.number, len(second)) == (2, 16)


def urls_in(response):
    """Every URL a browser would request or show for this answer: links, form targets, sources."""
    found = re.findall(r'(?:href|action|src)="([^"]*)"', response.content.decode())
    return [unescape(url) for url in found] + [response.get("Location", "")]


def test_searching_by_email_keeps_the_address_out_of_every_url_even_across_pages(
    client, editor, signed
):
    editor.user_permissions.add(Permission.objects.get(codename="export_signature_emails"))
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(editor)
    url = signatures_url(signed["ru"])
    csrf = browser.get(url).cookies["csrftoken"].value
    add_signatures(
        signed["ru"], [(f"Signer {n}", f"s{n}@bulk.example", "almaty", 5) for n in range(60)]
    )

    def searched(query):
        posted = browser.post(url, {"action": "search", "q": query, "csrfmiddlewaretoken": csrf})
        assert posted.status_code == 302
        page = browser.get(posted["Location"])
        request_lines = [
            f"{answer.request['PATH_INFO']}?{answer.request.get('QUERY_STRING', '')}"
            for answer in (posted, page)
        ]
        for address in (*request_lines, *urls_in(page)):
            assert query not in address and quote(query) not in address, address
        return page

    page = searched("aliya@mail.kz")
    assert [signature.full_name for signature in page.context["signatures"]] == ["Әлия Сәрсенова"]

    page = searched("@bulk.example")
    assert page.context["signatures"].paginator.count == 60
    next_page = next(link for link in urls_in(page) if "p=2" in link)
    second = browser.get(next_page)
    assert (second.context["signatures"].number, len(second.context["signatures"])) == (2, 10)
    assert all(s.email.endswith("@bulk.example") for s in second.context["signatures"])
    assert not [link for link in urls_in(second) if "bulk.example" in link]
    # The search form shows what was searched, and an empty search shows everything again.
    assert second.context["filters"]["q"].value() == "@bulk.example"
    cleared = browser.post(url, {"action": "search", "q": "", "csrfmiddlewaretoken": csrf})
    assert cleared["Location"] == url
    assert browser.get(url).context["signatures"].paginator.count == 66


def test_invalidating_a_domain_asks_first_then_stops_counting_and_can_be_undone(
    client, editor, signed, django_capture_on_commit_callbacks
):
    client_for(client, editor)
    url = signatures_url(signed["ru"])
    before = client.get(f"/api/v1/pages/{signed['kk'].pk}/")
    assert before.json()["signature_count"] == 5

    response = client.post(url, {"action": "invalidate", "domain": "@SPAM.example "})
    assert response.status_code == 200
    assert response.context["pending_domain"]["count"] == 2
    assert Signature.objects.filter(invalidated_at__isnull=False).count() == 0  # nothing yet

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {"action": "invalidate", "domain": "spam.example", "reason": "bots", "confirm": "1"},
        )
    assert response.status_code == 302
    assert api_count(client, signed["kk"]) == 3
    after = client.get(f"/api/v1/pages/{signed['kk'].pk}/")
    assert after["ETag"] != before["ETag"]
    assert set(
        Signature.objects.filter(invalidated_at__isnull=False).values_list(
            "invalidation_reason", flat=True
        )
    ) == {"bots"}
    entry = PageLogEntry.objects.get(action="tendik.signatures.invalidate")
    assert (entry.page_id, entry.user_id, entry.data) == (
        signed["ru"].pk,
        editor.pk,
        {"domain": "spam.example", "count": 2},
    )
    # Signing again with an invalidated address changes nothing.
    assert client.post(url, {"action": "restore", "domain": "spam.example"}).status_code == 302
    assert api_count(client, signed["ru"]) == 5


def test_a_bad_domain_is_a_form_error_and_reviewers_may_but_others_may_not_invalidate(
    client, signed
):
    reviewer = member_of(REVIEWERS, username="reviewer")
    client_for(client, reviewer)
    response = client.post(
        signatures_url(signed["ru"]), {"action": "invalidate", "domain": "not a domain"}
    )
    assert response.status_code == 200
    assert response.context["domain_form"].errors["domain"]
    viewer = member_of(username="viewer")
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_signature"),
    )
    client_for(client, viewer)
    assert client.get(signatures_url(signed["ru"])).status_code == 200
    response = client.post(
        signatures_url(signed["ru"]),
        {"action": "invalidate", "domain": "mail.kz", "confirm": "1"},
    )
    assert (
        response.status_code in (302, 403)
        and not Signature.objects.filter(invalidated_at__isnull=False).exists()
    )
    for action in ("offline", "state"):  # publishing rights on the petition are needed
        client.post(
            signatures_url(signed["ru"]),
            {"action": action, "state": "closed", "offline_signature_count": 9},
        )
    assert PetitionPage.objects.get(pk=signed["ru"].pk).state == "open"


def test_the_offline_count_and_the_state_are_published_on_every_language_keeping_drafts(
    client, editor, signed
):
    client_for(client, editor)
    url = signatures_url(signed["ru"])
    # An editor's draft in progress on the Russian page must neither go live nor be lost.
    draft = PetitionPage.objects.get(pk=signed["ru"].pk)
    draft.title = "Черновик заголовка"
    draft.save_revision()

    response = client.post(url, {"action": "offline", "offline_signature_count": "-3"})
    assert response.status_code == 200 and response.context["offline_form"].errors
    assert (
        client.post(url, {"action": "offline", "offline_signature_count": "40"}).status_code == 302
    )
    for version in ("ru", "kk"):
        assert api_count(client, signed[version]) == 45
    ru = PetitionPage.objects.get(pk=signed["ru"].pk)
    assert (ru.title, ru.offline_signature_count) == ("Защитите права", 40)  # live: no draft title
    latest = ru.get_latest_revision_as_object()
    assert (latest.title, latest.offline_signature_count) == ("Черновик заголовка", 40)
    assert ru.has_unpublished_changes

    assert client.post(url, {"action": "state", "state": "closed"}).status_code == 302
    for version in ("ru", "kk"):
        body = client.get(f"/api/v1/pages/{signed[version].pk}/").json()
        assert body["is_open"] is False
    signing = client.post(
        f"/api/v1/petitions/{signed['kk'].pk}/signatures/",
        {
            "full_name": "Late",
            "email": "late@mail.kz",
            "region": "almaty",
            "consent": True,
            "locale": "kk",
        },
        content_type="application/json",
    )
    assert signing.status_code == 409
    assert client.post(url, {"action": "state", "state": "delivered"}).status_code == 302
    assert PetitionPage.objects.get(pk=signed["kk"].pk).state == "delivered"
    assert client.post(url, {"action": "state", "state": "lost"}).status_code == 200


def read_csv(export):
    export.refresh_from_db()
    with export.file.open("rb") as handle:
        raw = handle.read()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheet programs read UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_an_export_without_the_email_permission_never_contains_addresses(
    client, editor, signed, django_capture_on_commit_callbacks
):
    client_for(client, editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            signatures_url(signed["ru"]),
            {"action": "export", "state": "confirmed", "include_emails": "on"},
        )
    assert response.status_code == 302
    export = SignatureExport.objects.get()
    rows = read_csv(export)
    assert rows[0] == ["ФИО", "Регион", "Язык", "Подписано", "Подтверждено", "Состояние"]
    assert len(rows) == 6  # the header and 5 confirmed
    assert not any("@" in cell for row in rows for cell in row)
    assert ["Әлия Сәрсенова", "Алматы"] == rows[5][:2] or any(
        row[0] == "Әлия Сәрсенова" for row in rows
    )
    assert any(row[0] == "'=HYPERLINK(1)" for row in rows)  # no formula runs in a spreadsheet
    status = client.get(reverse("campaigns_export_status", args=[export.pk])).json()
    assert (status["status"], status["percent"], status["rows_total"]) == ("done", 100, 5)
    download = client.get(status["download_url"])
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")
    # Another editor cannot see it or fetch it (the locale middleware tries /ru/admin/... first).
    other = member_of(EDITORS, username="other-editor")
    client_for(client, other)
    assert client.get(status["download_url"], follow=True).status_code == 404
    status_url = reverse("campaigns_export_status", args=[export.pk])
    assert client.get(status_url, follow=True).status_code == 404


def test_an_export_with_the_permission_has_addresses_and_reports_progress_per_batch(
    client, editor, signed, monkeypatch, django_capture_on_commit_callbacks
):
    editor.user_permissions.add(Permission.objects.get(codename="export_signature_emails"))
    client_for(client, editor)
    monkeypatch.setattr(signature_exports, "EXPORT_BATCH", 2)
    with CaptureQueriesContext(connection) as queries:
        with django_capture_on_commit_callbacks(execute=True):
            client.post(signatures_url(signed["ru"]), {"action": "export", "include_emails": "on"})
    progress = [
        query["sql"]
        for query in queries
        if query["sql"].startswith('UPDATE "campaigns_signatureexport" SET "rows_done"')
    ]
    assert len(progress) == 3  # 6 signatures in batches of 2
    rows = read_csv(SignatureExport.objects.get())
    assert rows[0][-1] == "Адрес электронной почты"  # Wagtail's wording of "Email"
    assert sorted(row[-1] for row in rows[1:])[0] == "aliya@mail.kz"
    assert len(rows) == 7  # every state when none is chosen
    entry = PageLogEntry.objects.get(action="tendik.signatures.export")
    assert entry.data["emails"] is True


def test_the_petition_header_offers_the_signatures_screen(client, editor, signed):
    client_for(client, editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[signed["ru"].pk])).content.decode()
    assert signatures_url(signed["ru"]) in html


def test_a_closed_petitions_chart_ends_at_its_last_confirmation_not_today(petition):
    page = petition["ru"]
    PetitionPage.objects.filter(translation_key=page.translation_key).update(state="delivered")
    page.refresh_from_db()
    add_signatures(page, [("А", "a@x.kz", "almaty", 200), ("Б", "b@x.kz", "almaty", 202)])
    days = confirmed_by_day(page)
    assert [count for _day, count in days] == [1, 0, 1]
    assert days[-1][0] == timezone.localdate() - timedelta(days=200)


def test_exports_are_deleted_with_their_files_after_signature_export_days(
    client, editor, signed, settings, django_capture_on_commit_callbacks
):
    client_for(client, editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(signatures_url(signed["kk"]), {"action": "export"})
    export = SignatureExport.objects.get()
    assert export.petition_key == signed["ru"].translation_key
    storage, name = export.file.storage, export.file.name
    assert storage.exists(name)
    assert signature_exports.prune_exports() == 0  # made today
    later = timezone.now() + timedelta(days=settings.SIGNATURE_EXPORT_DAYS, minutes=1)
    assert signature_exports.prune_exports(now=later) == 1
    assert not storage.exists(name) and not SignatureExport.objects.exists()
