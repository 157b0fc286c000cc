"""How many due social posts per second concurrent schedulers claim and report through
/api/v1/scheduler/, and proof that each post went out exactly once.

    make bench                                                   # after the petition bench
    .venv/bin/python tests/benchmarks/scheduler_bench.py         # 10,000 posts, 8 schedulers
    .venv/bin/python tests/benchmarks/scheduler_bench.py --quick # smoke run (500 posts)
    make bench SCHEDULER_BENCH_ARGS="--posts 2000 --schedulers 4"

Needs PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the
server; everything happens in a throwaway database `tendik_scheduler_bench_<pid>`, dropped at the
end, also on failure (--keep-db keeps it). REDIS_URL, when set, is the cache, as in production.

1. Migrates and publishes one Russian petition with its Kazakh translation (the petition bench's
   seeding, tests/benchmarks/harness.py), then writes --posts approved social posts due now in bulk: ru and kk in pairs (the
   kk post translates the ru one and links to the kk page, as campaigns/social.py drafts them),
   spread over the five channels. Instagram posts (a fifth) carry one shared image, as the model
   requires; the others none. --schedulers API tokens of the `scheduler` service user
   (APIToken.create_token, what `manage.py api_tokens create --user scheduler` does).
2. Serves the project with gunicorn, --workers sync workers (2 × CPUs + 1), DEBUG off
   (tests/benchmarks/scheduler_bench_settings.py: the API bench's settings with the dummy task
   backend, so nothing enqueued could run inside a request). gunicorn starts in the project
   folder, so it reads gunicorn.conf.py as in production (as the other benches' gunicorn does):
   a worker is replaced every ~2,000 requests and each request writes an access-log line.
3. --schedulers client processes, each a scheduler with its own token, loop until the queue is
   empty: `GET /api/v1/scheduler/posts/?limit=50`, then for each post in it (in queue order, or
   shuffled with --shuffle) `POST .../claim/`; on 200 `POST .../result/` (posted, an external
   id) with a fresh Idempotency-Key, ~5% of them sent again with the same key (must replay the
   first answer); on 409 (another scheduler holds it) the next post. Every scheduler reads the
   same queue, so most claims are lost races: the 409 count says how many.
4. Checks, from the database and the schedulers' own logs: every request answered as expected;
   every post posted, none left claimed or approved; attempts == 1 everywhere; successful claims
   across schedulers == posts, no post id won twice; each post's claimed_by is the token that won
   it and its external_id the one that token reported; no post reported by two schedulers;
   receipts == successful reports, (token, key) for (token, key); every replay identical.
5. SQL statements and in-process time per request (django.test.Client, no server) for the queue,
   a claim won, a claim lost, a report and a replay, with the tasks they enqueue; CPU time per
   posted post of gunicorn, PostgreSQL, the schedulers and anything else (from /proc, on Linux).

Says how many posts are posted once a minute while the schedulers run. Prints claims/s and
reports/s (per second of the load's wall time), latency percentiles per kind of request, the 409
count and errors, then PASS/FAIL per check. Exits 1 if any check fails.
Timings are noisy when anything else runs on the machine: the "other" CPU figure says how much.
"""

import argparse
import http.client
import io
import json
import logging
import os
import random
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.harness import (  # noqa: E402
    HOST,
    Checks,
    CpuSampler,
    SQLLog,
    bench_run,
    parse_run_arguments,
    percentile,
    png,
    seed_petition,
)

SETTINGS_MODULE = "tests.benchmarks.scheduler_bench_settings"
QUEUE = "/api/v1/scheduler/posts/"
LANGUAGES = ("ru", "kk")
REPLAY_SHARE = 0.05  # of successful reports, sent again with the same key
GIVE_UP_AFTER = 20  # consecutive failed queue reads or all-error batches of one scheduler
PROBE_TEXT = "probe"  # posts of the in-process measurement, after the checks
PROGRESS_SECONDS = 60
KINDS = ("queue", "claim, won", "claim, 409", "report", "report, replay")


# -- a scheduler (a client process; spawned, no Django inside) --------------------------------


def call(port, token, method, target, body=None, headers=None):
    """One request on a new connection: (status, body, Idempotent-Replayed, seconds)."""
    payload = None if body is None else json.dumps(body).encode()
    sent = {
        "Authorization": f"Bearer {token}",
        "Accept": "application/json",
        "Connection": "close",
        **(headers or {}),
    }
    if payload is not None:
        sent["Content-Type"] = "application/json"
    began = time.monotonic()
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    try:
        connection.request(method, target, body=payload, headers=sent)
        response = connection.getresponse()
        status, data = response.status, response.read()
        replayed = response.getheader("Idempotent-Replayed")
    except OSError as error:
        status, data, replayed = 0, repr(error).encode(), None
    finally:
        connection.close()
    return status, data, replayed, time.monotonic() - began


def parse(data: bytes) -> dict:
    try:
        answer = json.loads(data)
    except ValueError:
        return {}
    return answer if isinstance(answer, dict) else {}


def scheduler_loop(port, token, number, limit, replay_share, shuffle, start):
    """Reads the queue, claims what it can and reports it posted, until the queue is empty.
    Returns what it saw: latencies and statuses per kind of request, the posts it won and
    reported (with keys), replays that differed, a few unexpected answers, its CPU seconds."""
    rng = random.Random(f"scheduler-{number}")
    latencies = {kind: [] for kind in KINDS}
    statuses = {kind: Counter() for kind in (*KINDS, "claim, other")}
    won, reported, bad_replays, bad_answers, samples = [], [], [], [], []
    failures = 0

    def unexpected(kind, status, data):
        if len(samples) < 5:
            samples.append(f"{kind}: {status} {data[:300].decode(errors='replace')}")

    time.sleep(max(0.0, start - time.monotonic()))
    cpu = time.process_time()
    while failures < GIVE_UP_AFTER:
        status, data, _, seconds = call(port, token, "GET", f"{QUEUE}?limit={limit}")
        latencies["queue"].append(seconds)
        statuses["queue"][status] += 1
        if status != 200:
            unexpected("queue", status, data)
            failures += 1
            time.sleep(0.1)
            continue
        posts = parse(data).get("results")
        if posts is None:
            unexpected("queue", status, data)
            failures += 1
            continue
        if not posts:
            break
        if shuffle:
            rng.shuffle(posts)
        answered = False
        for post in posts:
            target = f"{QUEUE}{post['id']}/"
            status, data, _, seconds = call(port, token, "POST", target + "claim/")
            if status == 409:
                latencies["claim, 409"].append(seconds)
                statuses["claim, 409"][status] += 1
                answered = True
                continue
            if status != 200:
                statuses["claim, other"][status] += 1
                unexpected("claim", status, data)
                continue
            answered = True
            latencies["claim, won"].append(seconds)
            statuses["claim, won"][status] += 1
            held = parse(data)
            if held.get("state") != "claimed" or held.get("attempts") != 1:
                bad_answers.append(post["id"])
                unexpected("claim answer", status, data)
            won.append(post["id"])
            key = uuid.uuid4().hex
            body = {
                "state": "posted",
                "external_id": f"{post['channel']}-{post['id']}-s{number}",
                "external_url": f"https://social.invalid/{post['channel']}/{post['id']}",
            }
            headers = {"Idempotency-Key": key}
            status, data, _, seconds = call(port, token, "POST", target + "result/", body, headers)
            latencies["report"].append(seconds)
            statuses["report"][status] += 1
            if status != 200:
                unexpected("report", status, data)
                continue
            if parse(data).get("state") != "posted":
                bad_answers.append(post["id"])
                unexpected("report answer", status, data)
                continue
            reported.append((post["id"], key, body["external_id"]))
            if rng.random() < replay_share:
                again, replay, replayed, seconds = call(
                    port, token, "POST", target + "result/", body, headers
                )
                latencies["report, replay"].append(seconds)
                statuses["report, replay"][again] += 1
                if again != 200 or replayed != "true" or parse(replay) != parse(data):
                    bad_replays.append(post["id"])
                    unexpected("replay", again, replay)
        failures = 0 if answered else failures + 1
    return {
        "latencies": latencies,
        "statuses": {kind: dict(counts) for kind, counts in statuses.items()},
        "won": won,
        "reported": reported,
        "bad_replays": bad_replays,
        "bad_answers": bad_answers,
        "samples": samples,
        "gave_up": failures >= GIVE_UP_AFTER,
        "cpu": time.process_time() - cpu,
        "ended": time.monotonic(),
    }


@dataclass
class Kind:
    name: str
    latencies: list = field(default_factory=list)  # seconds, sorted
    statuses: Counter = field(default_factory=Counter)

    @property
    def count(self):
        return len(self.latencies)

    def ms(self, percent):
        return percentile(self.latencies, percent) * 1000


# -- seeding ----------------------------------------------------------------------------------


def seed_image():
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    image = get_image_model()(
        title="Scheduler bench image",
        file=ImageFile(io.BytesIO(png(random.Random("scheduler"))), name="scheduler-bench.png"),
    )
    image.save()
    return image


def seed_posts(count: int, pages: dict[str, int], image, text: str = "") -> list[int]:
    """`count` approved posts due now, ru and kk in pairs (one translation_key, each linking to
    the page in its own language), the channels in turn; Instagram's carry `image`."""
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import Locale

    from campaigns.models import SocialPost

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    languages = [lang for lang in LANGUAGES if lang in pages]
    channels = list(SocialPost.Channel)
    now = timezone.now()
    posts = []
    for number in range(count):
        pair, lang = divmod(number, len(languages))
        if lang == 0:
            key = uuid.uuid4()
        channel = channels[pair % len(channels)]
        language = languages[lang]
        posts.append(
            SocialPost(
                channel=channel,
                page_id=pages[language],
                locale=locales[language],
                translation_key=key,
                text=f"{text or 'Пост'} {pair} ({language}, {channel.label})",
                image=image if channel == SocialPost.Channel.INSTAGRAM else None,
                # Pairs fall due one second apart, the oldest first; all before now.
                publish_at=now - timedelta(seconds=count - pair),
                state=SocialPost.State.APPROVED,
                approved_at=now,
            )
        )
    created = SocialPost.objects.bulk_create(posts, batch_size=1000)
    return [post.pk for post in created]


def make_tokens(count: int) -> list[tuple[int, str]]:
    """(pk, plaintext) of `count` tokens of the scheduler service user."""
    from django.contrib.auth import get_user_model
    from wagtail.models import APIToken

    from translations.roles import SCHEDULER_USERNAME

    user = get_user_model().objects.get(username=SCHEDULER_USERNAME)
    tokens = []
    for number in range(count):
        token, plaintext = APIToken.create_token(user=user, name=f"bench scheduler {number}")
        tokens.append((token.pk, plaintext))
    return tokens


# -- the proof --------------------------------------------------------------------------------


def run_checks(checks: Checks, post_ids, tokens, runs, kinds, other_claims):  # noqa: PLR0915
    from campaigns.models import SchedulerReceipt, SocialPost

    expected = set(post_ids)
    posts = SocialPost.objects.filter(pk__in=post_ids)
    token_of = [pk for pk, _plaintext in tokens]
    errors = sum(other_claims.values()) + sum(
        count
        for name, kind in kinds.items()
        for status, count in kind.statuses.items()
        if status != (409 if name == "claim, 409" else 200)
    )
    bad_answers = sum(len(run["bad_answers"]) for run in runs)
    checks.check(
        errors == 0 and not bad_answers and not any(run["gave_up"] for run in runs),
        "every request answered as expected (queue/claim/report 200, lost claims 409)",
        f"{sum(kind.count for kind in kinds.values()):,} requests, {errors} other answers"
        + (f", {bad_answers} 200s not saying claimed (attempts 1)/posted" if bad_answers else "")
        + (f", claims: {dict(other_claims)}" if other_claims else "")
        + ("; a scheduler gave up" if any(run["gave_up"] for run in runs) else ""),
    )
    for run in runs:
        for sample in run["samples"]:
            print(f"        unexpected answer: {sample[:400]!r}")
    states = Counter(posts.values_list("state", flat=True))
    checks.check(
        states == Counter({"posted": len(expected)}),
        "every post posted, none claimed or approved",
        ", ".join(f"{state} {count:,}" for state, count in sorted(states.items())),
    )
    attempts = Counter(posts.values_list("attempts", flat=True))
    checks.check(
        attempts == Counter({1: len(expected)}),
        "attempts == 1 for every post",
        ", ".join(f"{n} attempt(s): {count:,}" for n, count in sorted(attempts.items())),
    )

    # What each scheduler says it won and reported.
    winners, reporters, claims, reports, keys = {}, {}, 0, 0, set()
    twice_won, twice_reported = set(), set()
    for number, run in enumerate(runs):
        for post_id in run["won"]:
            claims += 1
            if post_id in winners:
                twice_won.add(post_id)
            winners[post_id] = token_of[number]
        for post_id, key, external_id in run["reported"]:
            reports += 1
            if post_id in reporters:
                twice_reported.add(post_id)
            reporters[post_id] = (token_of[number], external_id)
            keys.add((token_of[number], key))
    checks.check(
        claims == len(expected) and not twice_won and set(winners) == expected,
        "successful claims across schedulers == posts, no post won twice",
        f"{claims:,} claims of {len(winners):,} posts ({len(expected):,} seeded)"
        + (f"; won twice: {sorted(twice_won)[:10]}" if twice_won else ""),
    )
    held = dict(posts.values_list("pk", "claimed_by_id"))
    wrong_holder = [pk for pk in expected if held.get(pk) is None or held[pk] != winners.get(pk)]
    checks.check(
        not wrong_holder,
        "each post's claimed_by == the one token that won it",
        f"{len(expected) - len(wrong_holder):,} of {len(expected):,}"
        + (f"; differ: {sorted(wrong_holder)[:10]}" if wrong_holder else ""),
    )
    checks.check(
        reports == len(expected) and not twice_reported and set(reporters) == expected,
        "no post reported by two schedulers; each reported once",
        f"{reports:,} reports of {len(reporters):,} posts"
        + (f"; reported twice: {sorted(twice_reported)[:10]}" if twice_reported else ""),
    )
    stored = {
        pk: (claimed_by, external_id)
        for pk, claimed_by, external_id in posts.values_list("pk", "claimed_by_id", "external_id")
    }
    mismatched = [pk for pk in expected if stored.get(pk) != reporters.get(pk)]
    checks.check(
        not mismatched,
        "stored external_id == the one the holder reported",
        f"{len(expected) - len(mismatched):,} of {len(expected):,}",
    )
    no_posted_at = posts.filter(posted_at__isnull=True).count()
    checks.check(no_posted_at == 0, "posted_at set on every post", f"{no_posted_at} without")
    receipts = set(
        SchedulerReceipt.objects.filter(token_id__in=token_of).values_list("token_id", "key")
    )
    receipt_statuses = Counter(
        SchedulerReceipt.objects.filter(token_id__in=token_of).values_list("status", flat=True)
    )
    checks.check(
        receipts == keys and receipt_statuses == Counter({200: len(keys)}),
        "receipts == successful reports, (token, key) for (token, key), all 200",
        f"{len(receipts):,} receipts, {len(keys):,} keys reported"
        + (f", statuses {dict(receipt_statuses)}" if receipt_statuses.keys() != {200} else ""),
    )
    bad_replays = [post_id for run in runs for post_id in run["bad_replays"]]
    replays = kinds["report, replay"].count
    checks.check(
        not bad_replays,
        "every replay answered 200, Idempotent-Replayed, the first answer's body",
        f"{replays - len(bad_replays):,} of {replays:,}",
    )


# -- where the time goes: one request in-process ----------------------------------------------


def probe_queries(pages, image, tokens, rounds: int = 50):
    """SQL statements (BEGIN and COMMIT not included), in-process time and tasks enqueued per
    request, through django.test.Client (no HTTP server), on `rounds` fresh due posts (2 ×
    rounds are seeded, so the queue always holds a full page)."""
    from django.db import connection
    from django.test import Client
    from django_tasks.signals import task_enqueued

    post_ids = seed_posts(2 * rounds, pages, image, text=PROBE_TEXT)
    # The oldest `rounds` posts, the ones the queue lists first.
    targets = post_ids[:rounds]
    (_pk_a, token_a), (_pk_b, token_b) = tokens[0], tokens[1 % len(tokens)]
    client = Client(HTTP_HOST=HOST)

    def bearer(token):
        return {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    def expect(response, status):
        assert response.status_code == status, (response.status_code, response.content[:500])

    def queue(limit):
        expect(client.get(QUEUE, {"limit": limit}, **bearer(token_a)), 200)

    def claim(token, status):
        return lambda n: expect(
            client.post(
                f"{QUEUE}{targets[n]}/claim/",
                "{}",
                content_type="application/json",
                **bearer(token),
            ),
            status,
        )

    def report(n):
        expect(
            client.post(
                f"{QUEUE}{targets[n]}/result/",
                json.dumps({"state": "posted", "external_id": f"probe-{n}"}),
                content_type="application/json",
                HTTP_IDEMPOTENCY_KEY=f"probe-{n}",
                **bearer(token_a),
            ),
            200,
        )

    enqueued = []

    def count_task(sender, task_result, **kwargs):
        enqueued.append(task_result.task)

    task_enqueued.connect(count_task, dispatch_uid="scheduler-bench-probe")
    # Each lost claim logs a "Conflict" warning; on the console here they would bury the figures.
    request_log = logging.getLogger("django.request")
    level = request_log.level
    request_log.setLevel(logging.ERROR)
    queue(50)  # warm-up: both tokens used once (last_used_at), the renditions made
    client.get(QUEUE, **bearer(token_b))
    figures = {}
    for label, action, count in (
        ("queue, 50 posts", lambda n: queue(50), 10),
        ("queue, 10 posts", lambda n: queue(10), 10),
        ("claim, won", claim(token_a, 200), rounds),
        ("claim, 409", claim(token_b, 409), rounds),
        ("report", report, rounds),
        ("report, replay", report, rounds),
    ):
        log = SQLLog()
        before = len(enqueued)
        began = time.perf_counter()
        with connection.execute_wrapper(log):
            for n in range(count):
                action(n)
        seconds = time.perf_counter() - began
        figures[label] = {
            "statements": len(log.statements) / count,
            "ms": 1000 * seconds / count,
            "sql_ms": 1000 * sum(t for _, t in log.statements) / count,
            "tasks": (len(enqueued) - before) / count,
        }
    task_enqueued.disconnect(dispatch_uid="scheduler-bench-probe")
    request_log.setLevel(level)
    return figures


# -- main -------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000, help="due posts (10000)")
    parser.add_argument("--schedulers", type=int, default=8, help="concurrent schedulers (8)")
    parser.add_argument("--limit", type=int, default=50, help="posts per queue read (50)")
    parser.add_argument(
        "--shuffle",
        action="store_true",
        help="each scheduler claims its queue page in random order (default: queue order)",
    )
    args = parse_run_arguments(
        parser, quick={"posts": 500}, counts=("posts", "schedulers", "workers")
    )
    if not 1 <= args.limit <= 200:
        parser.error("--limit must be between 1 and 200 (the queue's largest page)")
    return args


def main():  # noqa: PLR0915 - one run, told in order
    args = parse_args()
    with bench_run("scheduler_bench", SETTINGS_MODULE, keep=args.keep_db) as bench:
        from django.db import connection
        from django.db.models import Count

        from campaigns.models import SocialPost

        pages = seed_petition()
        started = time.perf_counter()
        image = seed_image()
        post_ids = seed_posts(args.posts, pages, image)
        tokens = make_tokens(args.schedulers)
        by_channel = dict(
            SocialPost.objects.values_list("channel").annotate(Count("pk")).order_by("channel")
        )
        by_locale = dict(
            SocialPost.objects.values_list("locale__language_code")
            .annotate(Count("pk"))
            .order_by("locale__language_code")
        )
        print(
            f"{len(post_ids):,} approved posts due ({time.perf_counter() - started:.1f} s): "
            + ", ".join(f"{channel} {count:,}" for channel, count in by_channel.items())
            + "; "
            + ", ".join(f"{lang} {count:,}" for lang, count in by_locale.items())
            + f"; pages {', '.join(f'{lang} {pages[lang]}' for lang in LANGUAGES if lang in pages)}"
            + f"; {len(tokens)} scheduler tokens",
            flush=True,
        )
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        connection.close()

        port = bench.serve(args.workers)
        pool = bench.client_pool(args.schedulers)
        # Warm-up: every worker answers the queue (and makes the Instagram rendition) once.
        for _ in range(2 * args.workers):
            status = call(port, tokens[0][1], "GET", f"{QUEUE}?limit={args.limit}")[0]
            if status != 200:
                raise RuntimeError(f"the queue answered {status} to the warm-up")
        print(
            f"Claiming: {args.schedulers} schedulers, queue pages of {args.limit}"
            f"{', shuffled' if args.shuffle else ', in queue order'}; "
            f"load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        start = time.monotonic() + 0.3
        with CpuSampler(bench.server.pid) as cpu:
            pending = pool.starmap_async(
                scheduler_loop,
                [
                    (port, plaintext, number, args.limit, REPLAY_SHARE, args.shuffle, start)
                    for number, (_pk, plaintext) in enumerate(tokens)
                ],
                chunksize=1,
            )
            # A long run says how far it is, once a minute (one count, no lock taken).
            while not pending.ready():
                pending.wait(PROGRESS_SECONDS)
                if not pending.ready():
                    posted = SocialPost.objects.filter(state=SocialPost.State.POSTED).count()
                    elapsed = time.monotonic() - start
                    print(
                        f"  … {posted:,} posted after {elapsed:.0f} s "
                        f"({posted / elapsed:.1f}/s); load average {os.getloadavg()[0]:.2f}",
                        flush=True,
                    )
            connection.close()
            runs = pending.get()
        seconds = max(run["ended"] for run in runs) - start
        bench.close_pool()
        kinds = {name: Kind(name) for name in KINDS}
        other_claims = Counter()
        for run in runs:
            for name in KINDS:
                kinds[name].latencies += run["latencies"][name]
                kinds[name].statuses.update(run["statuses"][name])
            other_claims.update(run["statuses"]["claim, other"])
        for kind in kinds.values():
            kind.latencies.sort()
        claims, reports = kinds["claim, won"].count, kinds["report"].count
        print(
            f"  {claims / seconds:.1f} claims/s in {seconds:.1f} s; "
            f"load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )

        print("Checks:", flush=True)
        run_checks(bench.checks, post_ids, tokens, runs, kinds, other_claims)
        bench.stop_serving()

        print("SQL per request, in-process (django.test.Client):", flush=True)
        probe = probe_queries(pages, image, tokens)
        for label, figures in probe.items():
            print(
                f"  {label:<16} {figures['statements']:5.1f} statements, "
                f"{figures['ms']:6.1f} ms per request of which SQL {figures['sql_ms']:5.1f} ms; "
                f"{figures['tasks']:g} tasks enqueued",
                flush=True,
            )

        # -- report -----------------------------------------------------------------------
        requests = sum(kind.count for kind in kinds.values()) + sum(other_claims.values())
        print()
        print(
            f"Scheduler API on PostgreSQL {bench.database.server_version}: {args.posts:,} due posts, "
            f"{args.schedulers} schedulers, gunicorn {args.workers} sync workers, "
            f"{os.cpu_count()} CPUs (load average now {os.getloadavg()[0]:.2f})"
        )
        print(
            f"{'':<16} {'count':>8} {'per s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
            f"{'SQL/req':>8}"
        )
        for name, kind in kinds.items():
            statements = probe.get(
                "queue, 50 posts" if name == "queue" else name, {"statements": 0}
            )["statements"]
            print(
                f"{name:<16} {kind.count:8d} {kind.count / seconds:8.1f} {kind.ms(50):8.2f} "
                f"{kind.ms(95):8.2f} {kind.ms(99):8.2f} {statements:8.1f}"
            )
        print(f"{'all requests':<16} {requests:8d} {requests / seconds:8.1f}")
        print()
        print(
            f"claims/s: {claims / seconds:.1f} (successful claims per second of wall time); "
            f"reports/s: {reports / seconds:.1f}"
        )
        conflicts = kinds["claim, 409"].count
        errors = requests - sum(
            kind.statuses.get(409 if name == "claim, 409" else 200, 0)
            for name, kind in kinds.items()
        )
        print(
            f"409 conflicts: {conflicts:,} ({conflicts / max(1, claims):.1f} per successful "
            f"claim); errors: {errors}; replays: {kinds['report, replay'].count:,}; "
            f"{requests / max(1, claims):.1f} requests per posted post"
        )
        won = ", ".join(f"{len(run['won']):,}" for run in runs)
        print(f"posts won per scheduler: {won}")
        print(f"load wall time: {seconds:.1f} s")
        print(f"CPU ms per posted post ({os.cpu_count()} CPUs, shared by everything):")
        print(f"  {cpu.per_item_ms(claims)}")
        bench.print_summary()


if __name__ == "__main__":
    main()
