"""The scheduler API over HTTP: token authentication, the queue of due posts, leases that one
scheduler wins, reports that count once whatever the retries."""

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone
from wagtail.models import APIToken, PageViewRestriction

from campaigns.models import SocialPost
from cms.frontend import front_end_path
from tests.conftest import publish
from tests.factories import AnalyticalArticlePageFactory, ImageFactory, SocialPostFactory
from translations.roles import SCHEDULER_USERNAME

pytestmark = pytest.mark.django_db
QUEUE = "/api/v1/scheduler/posts/"


def make_token(username=SCHEDULER_USERNAME, name="Buffer"):
    output = StringIO()
    call_command("api_tokens", "create", "--user", username, "--name", name, stdout=output)
    return output.getvalue().strip()


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def token():
    return make_token()


@pytest.fixture
def page(article_index):
    publish(article_index)
    return publish(AnalyticalArticlePageFactory(parent=article_index, title="Новый закон"))


def approved(page, **fields):
    fields.setdefault("publish_at", timezone.now() - timedelta(minutes=1))
    return SocialPostFactory(page=page, state=SocialPost.State.APPROVED, **fields)


def claim(client, post, token, **body):
    return client.post(
        f"{QUEUE}{post.pk}/claim/",
        json.dumps(body),
        content_type="application/json",
        **bearer(token),
    )


def report(client, post, token, key, **body):
    return client.post(
        f"{QUEUE}{post.pk}/result/",
        json.dumps(body),
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY=key,
        **bearer(token),
    )


def test_tokens_are_required_valid_unrevoked_and_of_a_user_allowed_to_schedule(client, token):
    response = client.get(QUEUE)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert client.get(QUEUE, **bearer("wagtail_nonsense")).status_code == 401
    assert client.get(QUEUE, HTTP_AUTHORIZATION="Bearer").status_code == 401
    assert client.get(QUEUE, **bearer(token)).status_code == 200

    prefix = APIToken.objects.get().prefix
    call_command(
        "api_tokens", "revoke", "--user", SCHEDULER_USERNAME, "--prefix", prefix, stdout=StringIO()
    )
    assert client.get(QUEUE, **bearer(token)).status_code == 401

    get_user_model().objects.create_user(username="editor-bot", password="x")
    outsider = make_token("editor-bot")
    response = client.get(QUEUE, **bearer(outsider))
    assert response.status_code == 403 and response.json()["type"].endswith("permission-denied")


def test_the_queue_lists_approved_due_posts_with_link_and_the_channels_image(
    client, token, page, settings
):
    settings.FRONTEND_BASE_URL = "https://tendik.kz"
    due = approved(
        page,
        channel="instagram",
        image=ImageFactory(file__width=2400, file__height=1600),
        text="Жаңа заң",
    )
    approved(page, channel="x", publish_at=timezone.now() + timedelta(hours=2))  # not yet due
    SocialPostFactory(page=page, channel="facebook", publish_at=timezone.now())  # a draft
    response = client.get(QUEUE, **bearer(token))
    assert response.status_code == 200
    (post,) = response.json()["results"]
    assert post["id"] == due.pk and post["text"] == "Жаңа заң" and post["locale"] == "ru"
    assert (
        post["link"].startswith("https://tendik.kz/ru/") and "utm_source=instagram" in post["link"]
    )
    assert (post["image"]["width"], post["image"]["height"]) == (1080, 1350)
    assert post["publish_at"].endswith("+05:00")  # Almaty
    assert post["page"]["id"] == page.pk
    later = (timezone.now() + timedelta(hours=3)).isoformat()
    assert len(client.get(QUEUE, {"due_before": later}, **bearer(token)).json()["results"]) == 2
    assert (
        client.get(QUEUE, {"channel": "x", "due_before": later}, **bearer(token)).json()["results"][
            0
        ]["channel"]
        == "x"
    )
    assert client.get(QUEUE, {"locale": "kk"}, **bearer(token)).json()["results"] == []
    for bad in ({"due_before": "tomorrow"}, {"channel": "myspace"}, {"cursor": "zzz"}):
        response = client.get(QUEUE, bad, **bearer(token))
        assert response.status_code == 400, bad


def test_the_queue_pages_with_a_cursor_and_answers_304_until_something_changes(client, token, page):
    posts = [approved(page, publish_at=timezone.now() - timedelta(minutes=n)) for n in range(5)]
    first = client.get(QUEUE, {"limit": 2}, **bearer(token))
    seen = [post["id"] for post in first.json()["results"]]
    following = client.get(first.json()["next"], **bearer(token)).json()
    seen += [post["id"] for post in following["results"]]
    seen += [
        post["id"] for post in client.get(following["next"], **bearer(token)).json()["results"]
    ]
    assert seen == [post.pk for post in reversed(posts)]  # oldest due first, each once

    etag = first["ETag"]
    again = client.get(QUEUE, {"limit": 2}, HTTP_IF_NONE_MATCH=etag, **bearer(token))
    assert again.status_code == 304
    assert claim(client, posts[-1], token).status_code == 200
    changed = client.get(QUEUE, {"limit": 2}, HTTP_IF_NONE_MATCH=etag, **bearer(token))
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_a_claim_is_a_lease_one_scheduler_holds_until_it_runs_out(client, token, page):
    post = approved(page)
    other = make_token(name="Postiz")
    held = claim(client, post, token, lease_seconds=60)
    assert held.status_code == 200 and held.json()["state"] == "claimed"
    refused = claim(client, post, other)
    assert refused.status_code == 409 and refused.json()["type"].endswith("claimed-by-another")
    # The holder asking again (say after a timeout) renews its lease.
    assert claim(client, post, token).status_code == 200
    assert client.get(QUEUE, **bearer(token)).json()["results"] == []  # not in the queue

    SocialPost.objects.filter(pk=post.pk).update(
        lease_expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert [p["id"] for p in client.get(QUEUE, **bearer(other)).json()["results"]] == [post.pk]
    taken = claim(client, post, other)
    assert taken.status_code == 200 and taken.json()["attempts"] == 2
    # The first scheduler lost it: its report is refused.
    late = report(client, post, token, "k-late", state="posted", external_id="1")
    assert late.status_code == 409 and late.json()["type"].endswith("not-held")

    assert claim(client, post, token, lease_seconds=5).status_code == 400  # below 30 s
    draft = SocialPostFactory(page=page)
    refused = claim(client, draft, token)
    assert refused.status_code == 409 and refused.json()["type"].endswith("not-claimable")
    unknown = client.post(f"{QUEUE}999999/claim/", content_type="application/json", **bearer(token))
    assert unknown.status_code == 404


def test_a_report_counts_once_whatever_the_retries(client, token, page):
    post = approved(page)
    claim(client, post, token)
    missing_key = client.post(
        f"{QUEUE}{post.pk}/result/",
        json.dumps({"state": "posted"}),
        content_type="application/json",
        **bearer(token),
    )
    assert missing_key.status_code == 400
    assert missing_key.json()["type"].endswith("idempotency-key-missing")
    assert report(client, post, token, "k1", state="failed").status_code == 400  # no error text

    body = {"state": "posted", "external_id": "1869", "external_url": "https://t.me/tendik/1869"}
    first = report(client, post, token, "k1", **body)
    assert first.status_code == 200 and first.json()["state"] == "posted"
    repeat = report(client, post, token, "k1", **body)
    assert repeat.status_code == 200 and repeat.json() == first.json()
    assert repeat["Idempotent-Replayed"] == "true"
    reused = report(client, post, token, "k1", state="failed", error="oops")
    assert reused.status_code == 409 and reused.json()["type"].endswith("idempotency-key-reused")
    post.refresh_from_db()
    assert (post.state, post.external_id, post.attempts) == ("posted", "1869", 1)
    # A new key on a post nobody holds any more: refused, and that answer is kept too.
    again = report(client, post, token, "k2", **body)
    assert again.status_code == 409
    assert report(client, post, token, "k2", **body).status_code == 409


def test_a_failure_is_recorded_and_an_unpublished_page_takes_its_posts_out_of_the_queue(
    client, token, page
):
    post = approved(page)
    claim(client, post, token)
    failed = report(client, post, token, "f1", state="failed", error="Telegram: 429 Too Many")
    assert failed.status_code == 200 and failed.json()["state"] == "failed"
    post.refresh_from_db()
    assert post.last_error == "Telegram: 429 Too Many"

    waiting = approved(page, channel="x")
    page.unpublish()
    assert client.get(QUEUE, **bearer(token)).json()["results"] == []
    refused = claim(client, waiting, token)
    assert refused.status_code == 409 and refused.json()["type"].endswith("not-claimable")


def test_the_scheduler_lists_the_queue_and_its_own_claimed_posted_and_failed_posts_only(
    client, token, page
):
    SocialPostFactory(page=page, text="Черновик", publish_at=timezone.now())
    SocialPostFactory(page=page, text="Отменён", state=SocialPost.State.CANCELLED)
    mine, theirs = approved(page), approved(page, channel="x")
    other = make_token(name="Postiz")
    assert claim(client, mine, token).status_code == 200
    assert claim(client, theirs, other).status_code == 200

    for state in ("draft", "cancelled", "everything"):
        refused = client.get(QUEUE, {"state": state}, **bearer(token))
        assert refused.status_code == 400, state
        assert refused["Content-Type"] == "application/problem+json"
        problem = refused.json()
        assert problem["type"].endswith("validation-error") and list(problem["errors"]) == ["state"]
        assert (
            "Черновик" not in refused.content.decode() and "Отменён" not in refused.content.decode()
        )

    held = client.get(QUEUE, {"state": "claimed"}, **bearer(token)).json()["results"]
    assert [post["id"] for post in held] == [mine.pk]  # not the post another scheduler holds
    report(client, mine, token, "p1", state="posted", external_id="7")
    report(client, theirs, other, "f1", state="failed", error="X: 503")
    assert [
        p["id"] for p in client.get(QUEUE, {"state": "posted"}, **bearer(token)).json()["results"]
    ] == [mine.pk]
    assert client.get(QUEUE, {"state": "failed"}, **bearer(token)).json()["results"] == []
    assert [
        p["id"] for p in client.get(QUEUE, {"state": "failed"}, **bearer(other)).json()["results"]
    ] == [theirs.pk]


def test_no_scheduler_answer_names_a_page_visitors_cannot_see(client, token, article_index):
    publish(article_index)
    hidden = AnalyticalArticlePageFactory(parent=article_index, title="Закрытый доклад")
    SocialPostFactory(page=hidden, text="Скоро", publish_at=timezone.now())  # a draft
    gone = publish(AnalyticalArticlePageFactory(parent=article_index, title="Снятая статья"))
    private = publish(AnalyticalArticlePageFactory(parent=article_index, title="Для своих"))
    posted = approved(gone, text="Вышло")
    claim(client, posted, token)
    assert report(client, posted, token, "k1", state="posted").status_code == 200
    gone.unpublish()  # posted already: stays in the scheduler's history
    waiting = approved(private, text="Ждёт", channel="x")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    answers = [
        client.get(QUEUE, **bearer(token)),
        client.get(QUEUE, {"state": "posted"}, **bearer(token)),
        claim(client, waiting, token),
        client.get(QUEUE, {"state": "claimed"}, **bearer(token)),
        report(client, waiting, token, "k2", state="failed", error="X: 503"),
        client.get(QUEUE, {"state": "draft"}, **bearer(token)),
    ]
    listed = {post["id"]: post for answer in answers[:2] for post in answer.json()["results"]}
    assert set(listed) == {posted.pk, waiting.pk}
    assert all(post["page"] is None and post["link"] is None for post in listed.values())
    seen = json.dumps([answer.json() for answer in answers], ensure_ascii=False)
    for page in (hidden, gone, private):
        page = page.specific_class.objects.get(pk=page.pk)
        assert page.title not in seen and page.slug not in seen
        assert front_end_path(page) not in seen


def test_a_post_due_in_three_days_can_be_neither_claimed_nor_reported_posted(client, token, page):
    early = approved(page, publish_at=timezone.now() + timedelta(days=3))
    refused = claim(client, early, token)
    assert refused.status_code == 409
    assert refused["Content-Type"] == "application/problem+json"
    assert refused.json()["type"] == "urn:tendik:problem:not-due"
    reported = report(client, early, token, "k1", state="posted", external_id="1")
    assert reported.status_code == 409 and reported.json()["type"].endswith("not-held")
    early.refresh_from_db()
    assert (early.state, early.claimed_by, early.attempts, early.posted_at) == (
        "approved",
        None,
        0,
        None,
    )
    assert claim_next(client, token).status_code == 204

    SocialPost.objects.filter(pk=early.pk).update(publish_at=timezone.now() - timedelta(seconds=1))
    assert claim(client, early, token).status_code == 200  # once due, it can be


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_schedulers_racing_for_the_same_posts_each_post_goes_to_exactly_one(article_index):
    publish(article_index)
    page = publish(AnalyticalArticlePageFactory(parent=article_index))
    posts = [approved(page) for _ in range(20)]
    tokens = [make_token(name=f"scheduler {n}") for n in range(8)]

    def race(token):
        won = []
        client = Client()
        try:
            for post in posts:
                response = claim(client, post, token)
                assert response.status_code in (200, 409), response.content
                if response.status_code == 200:
                    won.append(post.pk)
        finally:
            connection.close()
        return won

    with ThreadPoolExecutor(max_workers=8) as pool:
        winnings = list(pool.map(race, tokens))
    claimed = [pk for won in winnings for pk in won]
    assert sorted(claimed) == sorted(post.pk for post in posts)  # each exactly once
    assert set(SocialPost.objects.values_list("attempts", flat=True)) == {1}


def claim_next(client, token, **query):
    url = f"{QUEUE}claim-next/"
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return client.post(url, content_type="application/json", **bearer(token))


def test_claim_next_takes_the_oldest_due_post_and_answers_204_when_none_is_left(
    client, token, page
):
    older = approved(page, publish_at=timezone.now() - timedelta(hours=2))
    newer = approved(page, publish_at=timezone.now() - timedelta(hours=1), channel="x")
    approved(page, publish_at=timezone.now() + timedelta(hours=1))  # not due yet
    first = claim_next(client, token)
    assert first.status_code == 200 and first.json()["id"] == older.pk
    assert first.json()["state"] == "claimed"
    assert claim_next(client, token, channel="facebook").status_code == 204
    assert claim_next(client, token).json()["id"] == newer.pk
    assert claim_next(client, token).status_code == 204
    assert claim_next(client, token, channel="myspace").status_code == 400


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_schedulers_using_claim_next_never_collide(article_index):
    publish(article_index)
    page = publish(AnalyticalArticlePageFactory(parent=article_index))
    posts = [approved(page) for _ in range(40)]
    tokens = [make_token(name=f"next {n}") for n in range(8)]

    def drain(token):
        won, statuses = [], []
        client = Client()
        try:
            while True:
                response = claim_next(client, token)
                statuses.append(response.status_code)
                if response.status_code != 200:
                    break
                won.append(response.json()["id"])
        finally:
            connection.close()
        return won, statuses

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(drain, tokens))
    claimed = [pk for won, _statuses in results for pk in won]
    assert sorted(claimed) == sorted(post.pk for post in posts)  # each exactly once
    assert {status for _won, statuses in results for status in statuses} == {200, 204}  # no 409


@pytest.mark.parametrize("key", ["", "   ", "ключ", "a\x7fb", "k" * 201])
def test_an_idempotency_key_outside_the_contracts_pattern_is_refused(client, token, page, key):
    post = approved(page)
    claim(client, post, token)
    response = report(client, post, token, key, state="posted")
    assert response.status_code == 400
    assert response.json()["type"] == "urn:tendik:problem:idempotency-key-missing"


def test_the_spaces_around_an_idempotency_key_are_not_part_of_it(client, token, page):
    post = approved(page)
    claim(client, post, token)
    first = report(client, post, token, "report 1", state="posted", external_id="1")
    again = report(client, post, token, "  report 1\t", state="posted", external_id="1")
    assert first.status_code == again.status_code == 200
    assert again["Idempotent-Replayed"] == "true"


@pytest.mark.parametrize("limit", ["0", "201", "", "ten"])
def test_a_queue_limit_outside_1_to_200_is_refused(client, token, limit):
    response = client.get(QUEUE, {"limit": limit}, **bearer(token))
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["limit"]


@pytest.mark.parametrize("url", ["example.org/post", "https://", "ftp://example.org/x"])
def test_an_external_url_must_be_a_web_address(client, token, page, url):
    post = approved(page)
    claim(client, post, token)
    response = report(client, post, token, "k-url", state="posted", external_url=url)
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["external_url"]


@pytest.mark.parametrize("moment", ["0001-01-01T00:25:01+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_due_before_at_either_end_of_time_is_a_bound_not_a_400(client, token, page, moment):
    approved(page)
    response = client.get(QUEUE, {"due_before": moment}, **bearer(token))
    assert response.status_code == 200, response.content
    expected = 0 if moment.startswith("0001") else 1
    assert len(response.json()["results"]) == expected
