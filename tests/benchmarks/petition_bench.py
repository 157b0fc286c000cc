"""How many petition signatures per second the API accepts, next to PostgreSQL's raw INSERT rate,
and whether every one of them is counted exactly once; beside them, in the same run, event
registrations per second, and whether the seats hold (step 4b).

    make bench                                                  # after api_bench, the defaults below
    .venv/bin/python tests/benchmarks/petition_bench.py         # 3,000 signers, 16 clients
    .venv/bin/python tests/benchmarks/petition_bench.py --quick # smoke run (200 signers, 100
                                                                # registrants, 2 s ceiling)
    make bench PETITION_BENCH_ARGS="--signers 1000 --workers 2"

Needs PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the
server; everything happens in a throwaway database `tendik_petition_bench_<pid>`, dropped at the
end, also on failure (--keep-db keeps it). REDIS_URL, when set, is the cache, as in production.

1. Migrates and publishes one open Russian petition (no deadline) with its Kazakh and English
   translations (Wagtail's copy_for_translation, as tests/conftest.py `translate` does).
2. Serves the project with gunicorn, --workers sync workers (2 × CPUs + 1), DEBUG off
   (tests/benchmarks/petition_bench_settings.py: the API bench's settings, the signing rate
   limit lifted, emails queued through django-tasks-db when installed, else the dummy backend;
   no task worker runs, so no email is sent during the bench).
3. --concurrency clients (processes, one connection per request, closed loop) post
   `POST /api/v1/petitions/{id}/signatures/` to the ru, kk and en pages at random: --signers
   distinct people plus ~10% resubmissions of an earlier address in another case or with
   spaces, which must not make a second signature. A short warm-up (2 per worker) is left out
   of the figures but not out of the checks.
4. Checks: every submission answered 202; signature rows == distinct normalised emails
   (the very same addresses); outbox rows == accepted submissions (a pending signer is mailed
   again on each submission) and, with django-tasks-db, as many queued delivery tasks; the
   public signature_count is 0 before confirmation. Then every signer is confirmed through
   `POST /api/v1/signatures/confirm/` with the token of their latest email (the email composed
   from its outbox row, as the worker would; the earlier emails' links must work too), at the
   same concurrency, and
   `GET /api/v1/pages/{id}/` of each translation must say signature_count == distinct signers.
4b. Registering for an event (registration_phase): one event with --registrants / 2 seats and
   a waiting list, its ru, kk and en pages; --registrants distinct people plus ~10%
   resubmissions post `POST /api/v1/events/{id}/registrations/`, then every registrant
   confirms at once through `POST /api/v1/events/registrations/confirm/`. Checks: every answer
   202 then 200, rows == distinct normalised emails, outbox rows == accepted submissions,
   confirmed == the capacity and the rest on the waiting list in order of confirmation, and the
   API's seats_left 0 / waiting_list in every language.
5. To show where a signature's time goes: the SQL statements and in-process time of a signing
   and a confirmation (django.test.Client, no server), the WAL written per signature (server-wide:
   other databases' writes meanwhile count too), and the
   CPU time per signature of gunicorn, PostgreSQL, the clients and anything else running
   (from /proc, on Linux). Before signing, a bare JsonResponse (tests/benchmarks/bench_urls.py)
   is loaded the same way: the floor, what any view through this server and middleware costs.
6. The ceiling: pgbench (or, without it, as many psycopg threads) inserting rows shaped like a
   signature into campaigns_signature itself (every column of the model, another petition key,
   all its indexes), one row per autocommit transaction, with --concurrency connections for
   --ceiling-seconds; the rows are deleted afterwards.

Prints accepted signatures/s, latency percentiles, confirmations/s, the floor, the ceiling and
the share of it reached (the target is 30%), then PASS/FAIL per check. Exits 1 if any check
fails; missing the target is reported, not failed. Timings are noisy when anything else runs on
the machine: the "other" CPU figure says how much did.
"""

import argparse
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.harness import (  # noqa: E402
    HOST,
    CpuSampler,
    SQLLog,
    bench_run,
    fetch,
    parse_run_arguments,
    percentile,
    seed_event,
    seed_petition,
)

SETTINGS_MODULE = "tests.benchmarks.petition_bench_settings"
TARGET_SHARE = 0.30  # of the raw INSERT rate
DUPLICATE_SHARE = 0.10  # of all submissions
SIGN_PATH = "/api/v1/petitions/{}/signatures/"
CONFIRM_PATH = "/api/v1/signatures/confirm/"
REGISTER_PATH = "/api/v1/events/{}/registrations/"
REGISTRATION_CONFIRM_PATH = "/api/v1/events/registrations/confirm/"
TOKEN_PATTERN = re.compile(r"token=([A-Za-z0-9_.\-]+)")
PROBE_DOMAIN = "probe.invalid"  # in-process query count, after the checks
CEILING_DOMAIN = "ceiling.invalid"

NAMES = {
    "ru": ["Анна Иванова", "Ерлан Ахметов", "Мария Ким", "Сергей Петров", "Динара Нурланова"],
    "kk": [
        "Айгерім Сапарова",
        "Нұрлан Әбенов",
        "Гүлнар Қасымова",
        "Дәурен Омаров",
        "Әсел Төлеуова",
    ],
    "en": ["Anna Smith", "John Brown", "Aliya Karim", "Daniel Lee", "Maria Garcia"],
}
DOMAINS = ("example.kz", "mail.example.kz", "example.org")


# -- the load generator -----------------------------------------------------------------------


def post_request(port: int, target: str, payload: dict) -> bytes:
    body = json.dumps(payload, ensure_ascii=False).encode()
    head = (
        f"POST {target} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
        "Content-Type: application/json\r\nAccept: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


def client_loop(port: int, requests: list[tuple[int, bytes]], start: float):
    """One client: each request in turn on a new connection, its whole answer read.
    Returns [(index, began, ended, status, start of an unexpected answer)] and its CPU seconds."""
    time.sleep(max(0.0, start - time.monotonic()))
    cpu = time.process_time()
    done = []
    for index, request in requests:
        began = time.monotonic()
        chunks = []
        try:
            with socket.create_connection((HOST, port), timeout=120) as connection:
                connection.sendall(request)
                while chunk := connection.recv(65536):
                    chunks.append(chunk)
            answer = b"".join(chunks)
            status = int(answer[9:12]) if answer.startswith(b"HTTP/") else 0
        except OSError as error:
            answer, status = repr(error).encode(), 0
        ended = time.monotonic()
        sample = "" if status in (200, 202) else answer[:600].decode(errors="replace")
        done.append((index, began, ended, status, sample))
    return done, time.process_time() - cpu


@dataclass
class Phase:
    name: str
    requests: int = 0
    seconds: float = 0.0
    ok: int = 0  # answers with the expected status
    statuses: dict = field(default_factory=dict)
    latencies: list = field(default_factory=list)  # seconds, sorted
    samples: list = field(default_factory=list)  # unexpected answers, a few

    @property
    def rate(self):
        return self.ok / self.seconds if self.seconds else 0.0

    def ms(self, percent):
        return percentile(self.latencies, percent) * 1000

    @property
    def errors(self):
        return self.requests - self.ok


def run_clients(pool, port, requests: list[bytes], concurrency: int, expect: int, name: str):
    """Sends `requests` through `concurrency` clients (round robin) and times the whole."""
    shares = [[] for _ in range(concurrency)]
    for index, request in enumerate(requests):
        shares[index % concurrency].append((index, request))
    start = time.monotonic() + 0.3
    runs = pool.starmap(client_loop, [(port, share, start) for share in shares], chunksize=1)
    phase = Phase(name, requests=len(requests))
    ended = start
    for done, _cpu in runs:
        for _index, began, finished, status, sample in done:
            ended = max(ended, finished)
            phase.latencies.append(finished - began)
            phase.statuses[status] = phase.statuses.get(status, 0) + 1
            if status == expect:
                phase.ok += 1
            elif len(phase.samples) < 3:
                phase.samples.append(sample)
    phase.latencies.sort()
    phase.seconds = ended - start
    return phase


# -- the petition and its signers -------------------------------------------------------------


@dataclass
class Submission:
    page_id: int
    payload: dict
    person: int  # index of the distinct signer


def plan_submissions(
    signers: int, pages: dict[str, int], seed: str = "signers", prefix: str = "signer"
):
    """`signers` distinct people and ~DUPLICATE_SHARE of submissions again from one of them
    (another case, spaces around), each after its original in the order of submission; their
    addresses start with `prefix`."""
    from cms.regions import REGION_CODES

    rng = random.Random(seed)
    regions = sorted(REGION_CODES)
    languages = list(pages)
    people = []
    for person in range(signers):
        lang = rng.choice(languages)
        name = rng.choice(NAMES[lang])
        local = f"{prefix}{person:06d}.{rng.randint(10, 99)}"
        people.append(
            {
                "full_name": name,
                "email": f"{local}@{rng.choice(DOMAINS)}",
                "region": rng.choice(regions),
                "consent": True,
                "newsletter_opt_in": rng.random() < 0.3,
                "locale": lang,
                "website": "",
            }
        )
    ordered = [(person, 0.0, person) for person in range(signers)]
    duplicates = round(signers * DUPLICATE_SHARE / (1 - DUPLICATE_SHARE))
    variants = (
        str.upper,
        lambda email: f"  {email} ",
        lambda email: email[:1].upper() + email[1:],
        lambda email: f" {email.upper()}",
    )
    for number in range(duplicates):
        person = rng.randrange(signers)
        # Somewhere after the original (ties broken after it), up to the end.
        position = rng.uniform(person, signers)
        ordered.append((position, 1.0 + number, -1 - person))
    ordered.sort()
    submissions = []
    for _position, _tie, who in ordered:
        person = who if who >= 0 else -1 - who
        payload = dict(people[person])
        lang = payload["locale"]
        if who < 0:
            payload["email"] = rng.choice(variants)(payload["email"])
            lang = rng.choice(languages)  # again, maybe through another translation
            payload["locale"] = lang
        submissions.append(Submission(pages[lang], payload, person))
    return people, submissions


# -- what the API says ------------------------------------------------------------------------


def signature_count(port: int, page_id: int):
    status, _headers, body = fetch(port, f"/api/v1/pages/{page_id}/")
    if status != 200:
        return f"status {status}"
    return json.loads(body).get("signature_count", "missing")


# -- what the database and the outbox hold ----------------------------------------------------


def wal_lsn():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()")
        return cursor.fetchone()[0]


def wal_bytes_since(lsn) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), %s)", [lsn])
        return int(cursor.fetchone()[0])


def emailed_token(kind, context) -> str | None:
    """The token in the link of a queued confirmation email, as the worker would write it (the
    email is composed when it is sent; no worker runs during the bench)."""
    from outbox.composers import compose

    composed = compose(kind, context)
    match = composed and TOKEN_PATTERN.search(composed.text)
    return match.group(1) if match else None


def latest_tokens(recipients) -> tuple[dict[str, str], dict[str, list[str]], int]:
    """From the outbox: each recipient's token from their newest email, the tokens of their
    earlier emails, and how many emails had no token."""
    from outbox.models import OutgoingEmail

    latest, earlier, missing = {}, defaultdict(list), 0
    emails = (
        OutgoingEmail.objects.filter(to__in=recipients)
        .order_by("pk")
        .values_list("to", "kind", "context")
    )
    for to, kind, context in emails.iterator():
        token = emailed_token(kind, context)
        if token is None:
            missing += 1
            continue
        if to in latest:
            earlier[to].append(latest[to])
        latest[to] = token
    return latest, earlier, missing


def queued_delivery_tasks():
    """Delivery tasks waiting in django-tasks-db, or None with another backend."""
    from django.conf import settings

    if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
        return None
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path="outbox.delivery.deliver_email").count()


# -- where the time goes: one request in-process ----------------------------------------------


def probe_queries(pages: dict[str, int], rounds: int = 50):
    """SQL statements (BEGIN and COMMIT not included) and in-process time of a new signature,
    a repeated one and a confirmation, through django.test.Client (no HTTP server); addresses
    @PROBE_DOMAIN."""
    from django.db import connection
    from django.test import Client

    from outbox.models import OutgoingEmail

    client = Client(HTTP_HOST=HOST)
    page_id = pages["ru"]

    def sign(email):
        payload = {
            "full_name": "Проба",
            "email": email,
            "region": "almaty",
            "consent": True,
            "newsletter_opt_in": False,
            "locale": "ru",
            "website": "",
        }
        response = client.post(
            SIGN_PATH.format(page_id), json.dumps(payload), content_type="application/json"
        )
        assert response.status_code == 202, response.content

    def latest_token(email):
        row = OutgoingEmail.objects.filter(to=email).order_by("-pk").values_list("kind", "context")
        return emailed_token(*row.first())

    def confirm(token):
        response = client.post(CONFIRM_PATH, {"token": token}, content_type="application/json")
        assert response.status_code == 200, response.content

    sign(f"warm-up@{PROBE_DOMAIN}")
    sign(f"warm-up@{PROBE_DOMAIN}")
    confirm(latest_token(f"warm-up@{PROBE_DOMAIN}"))
    figures = {}
    tokens = {}  # filled in before the confirmations, outside their time
    for label, action in (
        ("sign, new", lambda n: sign(f"probe{n}@{PROBE_DOMAIN}")),
        ("sign, again (pending)", lambda n: sign(f"PROBE{n}@{PROBE_DOMAIN}")),
        ("confirm", lambda n: confirm(tokens[n])),
        ("sign, again (confirmed)", lambda n: sign(f"probe{n}@{PROBE_DOMAIN} ")),
    ):
        if label == "confirm":
            tokens.update({n: latest_token(f"probe{n}@{PROBE_DOMAIN}") for n in range(rounds)})
        log = SQLLog()
        began = time.perf_counter()
        with connection.execute_wrapper(log):
            for n in range(rounds):
                action(n)
        seconds = time.perf_counter() - began
        figures[label] = {
            "statements": len(log.statements) / rounds,
            "ms": 1000 * seconds / rounds,
            "sql_ms": 1000 * sum(t for _, t in log.statements) / rounds,
        }
    return figures


# -- the ceiling ------------------------------------------------------------------------------


def ceiling_insert_sql(petition_key: uuid.UUID) -> str:
    """One row as sign_petition writes it, every column of the model (whatever it has by now)
    with its Python-side default, and in SQL a fresh email, token hash and the moments."""
    from django.db import connection

    from campaigns.models import Signature

    template = Signature(
        petition_key=petition_key,
        full_name="Ceiling Signer",
        email=f"template@{CEILING_DOMAIN}",
        region="almaty",
        locale="ru",
        newsletter_opt_in=False,
        token_hash="0" * 64,
        ip_hash="0" * 64,
    )
    in_sql = {
        "email": f"gen_random_uuid()::text || '@{CEILING_DOMAIN}'",
        "token_hash": "encode(sha256(gen_random_uuid()::text::bytea), 'hex')",
        "ip_hash": "encode(sha256('127.0.0.1'::bytea), 'hex')",
        "created_at": "now()",
        "token_expires_at": "now() + interval '7 days'",
    }
    columns, values = [], []
    for model_field in Signature._meta.concrete_fields:
        if model_field.primary_key:
            continue
        columns.append(connection.ops.quote_name(model_field.column))
        if model_field.name in in_sql:
            values.append(in_sql[model_field.name])
        else:
            value = model_field.get_db_prep_save(getattr(template, model_field.attname), connection)
            values.append(connection.ops.compose_sql("%s", [value]))
    table = connection.ops.quote_name(Signature._meta.db_table)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(values)})"


@dataclass
class Ceiling:
    tool: str
    rows: int = 0
    seconds: float = 0.0
    p50: float = 0.0
    p95: float = 0.0
    p99: float = 0.0
    wal_per_row: float = 0.0

    @property
    def rate(self):
        return self.rows / self.seconds if self.seconds else 0.0


def pgbench_ceiling(db_url, concurrency, seconds, workdir: Path, petition_key) -> Ceiling:
    script = workdir / "insert_signature.sql"
    script.write_text(ceiling_insert_sql(petition_key) + ";\n")
    prefix = workdir / "pgbench_log"
    command = [
        "pgbench",
        "--no-vacuum",
        f"--client={concurrency}",
        f"--jobs={min(concurrency, os.cpu_count() or 1)}",
        f"--time={max(1, round(seconds))}",
        f"--file={script}",
        "--log",
        f"--log-prefix={prefix}",
        db_url,
    ]
    output = subprocess.run(command, cwd=workdir, capture_output=True, text=True)
    if output.returncode != 0:
        raise RuntimeError(f"pgbench failed:\n{output.stdout}\n{output.stderr}")
    processed = re.search(r"actually processed: (\d+)", output.stdout)
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", output.stdout)
    latencies = []
    for log in workdir.glob("pgbench_log*"):
        for line in log.read_text().splitlines():
            parts = line.split()
            if len(parts) >= 3:
                latencies.append(int(parts[2]) / 1e6)
    latencies.sort()
    rows = int(processed.group(1))
    ceiling = Ceiling("pgbench", rows=rows, seconds=rows / float(tps.group(1)))
    ceiling.p50, ceiling.p95, ceiling.p99 = (percentile(latencies, p) * 1000 for p in (50, 95, 99))
    return ceiling


def python_ceiling(db_url, concurrency, seconds, petition_key) -> Ceiling:
    """The same with psycopg: a thread and a connection per client (the GIL may cap it)."""
    import psycopg

    sql = ceiling_insert_sql(petition_key)
    connections = [psycopg.connect(db_url, autocommit=True) for _ in range(concurrency)]
    latencies = [[] for _ in range(concurrency)]
    start = time.monotonic() + 0.2
    stop = start + seconds

    def insert(number):
        connection = connections[number]
        time.sleep(max(0.0, start - time.monotonic()))
        while (began := time.monotonic()) < stop:
            connection.execute(sql)
            latencies[number].append(time.monotonic() - began)

    threads = [threading.Thread(target=insert, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - start
    for connection in connections:
        connection.close()
    merged = sorted(latency for each in latencies for latency in each)
    ceiling = Ceiling("psycopg threads", rows=len(merged), seconds=elapsed)
    ceiling.p50, ceiling.p95, ceiling.p99 = (percentile(merged, p) * 1000 for p in (50, 95, 99))
    return ceiling


def measure_ceiling(db_url, concurrency, seconds, workdir, tool, cpu: CpuSampler) -> Ceiling:
    from django.db import connection

    from campaigns.models import Signature

    petition_key = uuid.uuid4()
    connection.close()  # nothing of ours holds a lock or a snapshot meanwhile
    lsn = wal_lsn()
    with cpu:
        if tool == "pgbench":
            ceiling = pgbench_ceiling(db_url, concurrency, seconds, workdir, petition_key)
        else:
            ceiling = python_ceiling(db_url, concurrency, seconds, petition_key)
    ceiling.wal_per_row = wal_bytes_since(lsn) / max(1, ceiling.rows)
    stored = Signature.objects.filter(petition_key=petition_key).count()
    if stored != ceiling.rows:
        print(f"  note: {ceiling.tool} reported {ceiling.rows} rows, the table holds {stored}")
        ceiling.rows = stored
    Signature.objects.filter(petition_key=petition_key).delete()
    return ceiling


# -- main -------------------------------------------------------------------------------------


def registration_phase(bench, pool, port, args):
    """Registering for an event with half as many seats as registrants, beside signing: the
    same clients post registrations (distinct people and ~10% resubmissions) to its ru, kk and
    en pages, then every registrant confirms at once. Checks: every answer 202, then 200;
    registration rows == distinct normalised emails; outbox rows == accepted submissions;
    confirmed == the capacity and the rest waiting, in order of confirmation, none lost;
    the API's seats_left 0 and registration_state waiting_list in every language."""
    from django.db import connection

    from cms.opt_in import normalise_email
    from events.models import EventPage, Registration
    from outbox.models import OutgoingEmail

    capacity = max(1, args.registrants // 2)
    pages = seed_event(capacity)
    event_key = EventPage.objects.get(pk=pages["ru"]).translation_key
    connection.close()
    people, submissions = plan_submissions(
        args.registrants, pages, seed="registrants", prefix="registrant"
    )
    for each in submissions:
        each.payload.pop("newsletter_opt_in", None)
        each.payload["organisation"] = "Коллегия адвокатов"
    requests = [
        post_request(port, REGISTER_PATH.format(each.page_id), each.payload) for each in submissions
    ]
    print(
        f"Registering: {len(requests):,} submissions ({args.registrants:,} registrants, "
        f"{capacity:,} seats), {args.concurrency} clients",
        flush=True,
    )
    register = run_clients(pool, port, requests, args.concurrency, 202, "register")
    print(f"  {register.rate:.1f} accepted/s, p95 {register.ms(95):.1f} ms", flush=True)
    for sample in register.samples:
        print(f"        unexpected answer: {sample[:400]!r}")
    expected = {normalise_email(person["email"]) for person in people}
    registrations = Registration.objects.filter(event_key=event_key)
    rows = set(registrations.values_list("email", flat=True))
    bench.checks.check(
        register.errors == 0,
        "every registration accepted (202)",
        f"{register.ok:,}/{register.requests:,}",
    )
    bench.checks.check(
        rows == expected and registrations.count() == len(expected),
        "registration rows == distinct normalised emails",
        f"{registrations.count():,} rows, {len(expected):,} distinct emails",
    )
    outbox = OutgoingEmail.objects.filter(to__in=expected).count()
    bench.checks.check(
        outbox == register.ok,
        "registration emails in the outbox == accepted submissions",
        f"{outbox:,}",
    )
    latest, _earlier, missing = latest_tokens(expected)
    bench.checks.check(
        missing == 0 and set(latest) == expected,
        "a confirmation link in every registrant's latest email",
        f"{len(latest):,} tokens",
    )
    order = sorted(latest)
    random.Random("register-confirm").shuffle(order)
    confirm_requests = [
        post_request(port, REGISTRATION_CONFIRM_PATH, {"token": latest[to]}) for to in order
    ]
    connection.close()
    confirm = run_clients(
        pool, port, confirm_requests, args.concurrency, 200, "registration confirm"
    )
    bench.checks.check(
        confirm.errors == 0,
        "every registration confirmation answered 200",
        f"{confirm.ok:,}/{confirm.requests:,}"
        + ("" if not confirm.errors else f", statuses {confirm.statuses}"),
    )
    seated = registrations.filter(status=Registration.Status.CONFIRMED).count()
    waiting = list(registrations.waiting().values_list("queued_at", flat=True))
    bench.checks.check(
        seated == min(capacity, len(expected))
        and len(waiting) == len(expected) - seated
        and waiting == sorted(waiting),
        "confirmed == capacity, the rest waiting in order",
        f"{seated:,} confirmed of {capacity:,} seats, {len(waiting):,} waiting",
    )
    answers = {}
    for lang, page_id in pages.items():
        status, _headers, body = fetch(port, f"/api/v1/pages/{page_id}/")
        page = json.loads(body) if status == 200 else {}
        answers[lang] = (page.get("registration_state"), page.get("seats_left"))
    bench.checks.check(
        all(answer == ("waiting_list", 0) for answer in answers.values()),
        "the API says waiting_list, 0 seats left, in every language",
        ", ".join(f"{lang} {state} {left}" for lang, (state, left) in answers.items()),
    )
    connection.close()
    return register, confirm


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signers", type=int, default=3000, help="distinct signers (3000)")
    parser.add_argument(
        "--registrants", type=int, default=1000, help="distinct event registrants (1000)"
    )
    parser.add_argument("--concurrency", type=int, default=16, help="concurrent clients (16)")
    parser.add_argument(
        "--ceiling-seconds", type=float, default=10.0, help="raw INSERT run length (10)"
    )
    parser.add_argument(
        "--ceiling-tool",
        choices=("auto", "pgbench", "python"),
        default="auto",
        help="pgbench when installed (auto), or psycopg threads",
    )
    args = parse_run_arguments(
        parser,
        quick={"signers": 200, "registrants": 100, "ceiling_seconds": 2},
        counts=("signers", "registrants", "concurrency", "workers"),
    )
    if args.ceiling_tool == "auto":
        args.ceiling_tool = "pgbench" if shutil.which("pgbench") else "python"
    elif args.ceiling_tool == "pgbench" and not shutil.which("pgbench"):
        parser.error("--ceiling-tool pgbench: pgbench is not installed")
    return args


def main():  # noqa: PLR0915 - one run, told in order
    args = parse_args()
    with bench_run("petition_bench", SETTINGS_MODULE, keep=args.keep_db) as bench:
        from django.db import connection

        from campaigns.models import PetitionPage, Signature, normalise_email
        from outbox.models import OutgoingEmail

        pages = seed_petition()
        petition_key = PetitionPage.objects.get(pk=pages["ru"]).translation_key
        print(
            "petition pages: " + ", ".join(f"{lang} {pk}" for lang, pk in pages.items()),
            flush=True,
        )
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        connection.close()

        people, submissions = plan_submissions(args.signers, pages)
        port = bench.serve(args.workers)
        pool = bench.client_pool(args.concurrency)
        requests = [
            post_request(port, SIGN_PATH.format(each.page_id), each.payload) for each in submissions
        ]
        warm = min(len(requests) // 10, 2 * args.workers)
        warm_up = run_clients(pool, port, requests[:warm], args.workers, 202, "warm-up")
        # What any view costs through the same server and middleware: a bare JsonResponse.
        floor_request = (
            f"GET /bench/floor/ HTTP/1.1\r\nHost: {HOST}:{port}\r\nConnection: close\r\n\r\n"
        ).encode()
        with CpuSampler(bench.server.pid) as floor_cpu:
            floor = run_clients(
                pool,
                port,
                [floor_request] * max(5000, len(requests)),
                args.concurrency,
                200,
                "floor",
            )
        duplicates = len(submissions) - args.signers
        print(
            f"Signing: {len(submissions) - warm:,} submissions ({args.signers:,} signers, "
            f"{duplicates:,} resubmissions; {warm} more as warm-up), {args.concurrency} clients; "
            f"load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        lsn = wal_lsn()
        connection.close()
        with CpuSampler(bench.server.pid) as sign_cpu:
            sign = run_clients(pool, port, requests[warm:], args.concurrency, 202, "sign")
        wal_per_signature = wal_bytes_since(lsn) / max(1, sign.ok)
        print(
            f"  {sign.rate:.1f} accepted/s, p95 {sign.ms(95):.1f} ms; "
            f"load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )

        # -- what the database holds ------------------------------------------------------
        print("Checks:", flush=True)
        expected = {normalise_email(person["email"]) for person in people}
        all_ok = sign.errors == 0 and warm_up.errors == 0
        bench.checks.check(
            all_ok,
            "every submission accepted (202)",
            f"{sign.ok + warm_up.ok:,}/{sign.requests + warm_up.requests:,}"
            + ("" if all_ok else f", statuses {sign.statuses}, warm-up {warm_up.statuses}"),
        )
        for sample in warm_up.samples + sign.samples:
            print(f"        unexpected answer: {sample[:400]!r}")
        accepted_total = sign.ok + warm_up.ok
        rows = set(
            Signature.objects.filter(petition_key=petition_key).values_list("email", flat=True)
        )
        row_count = Signature.objects.filter(petition_key=petition_key).count()
        bench.checks.check(
            row_count == len(expected) and rows == expected,
            "signature rows == distinct normalised emails",
            f"{row_count:,} rows, {len(expected):,} distinct emails submitted"
            + (
                ""
                if rows == expected
                else f"; {len(expected - rows)} lost, {len(rows - expected)} unexpected"
            ),
        )
        unconfirmed = Signature.objects.filter(
            petition_key=petition_key, confirmed_at__isnull=True
        ).count()
        bench.checks.check(
            unconfirmed == row_count, "all pending before confirmation", f"{unconfirmed:,}"
        )
        outbox = OutgoingEmail.objects.filter(to__in=expected).count()
        recipients = OutgoingEmail.objects.filter(to__in=expected).values("to").distinct().count()
        bench.checks.check(
            outbox == accepted_total and recipients == len(expected),
            "outbox rows == accepted submissions",
            f"{outbox:,} emails to {recipients:,} recipients; {accepted_total:,} accepted "
            f"(incl. {warm} warm-up)",
        )
        tasks = queued_delivery_tasks()
        if tasks is not None:
            bench.checks.check(
                tasks == outbox,
                "delivery tasks queued in PostgreSQL == outbox rows",
                f"{tasks:,}",
            )
        before = {lang: signature_count(port, pk) for lang, pk in pages.items()}
        bench.checks.check(
            all(count == 0 for count in before.values()),
            "public signature_count before confirmation == 0",
            ", ".join(f"{lang} {count}" for lang, count in before.items()),
        )

        # -- confirmation -----------------------------------------------------------------
        latest, superseded, missing = latest_tokens(expected)
        bench.checks.check(
            missing == 0 and set(latest) == expected,
            "a token in every signer's latest email",
            f"{len(latest):,} tokens, {missing} emails without one",
        )
        order = sorted(latest)
        random.Random("confirm").shuffle(order)
        confirm_requests = [post_request(port, CONFIRM_PATH, {"token": latest[to]}) for to in order]
        connection.close()
        with CpuSampler(bench.server.pid) as confirm_cpu:
            confirm = run_clients(pool, port, confirm_requests, args.concurrency, 200, "confirm")
        bench.checks.check(
            confirm.errors == 0,
            "every confirmation answered 200",
            f"{confirm.ok:,}/{confirm.requests:,}"
            + ("" if not confirm.errors else f", statuses {confirm.statuses}"),
        )
        for sample in confirm.samples:
            print(f"        unexpected answer: {sample[:400]!r}")
        confirmed = Signature.objects.filter(
            petition_key=petition_key, confirmed_at__isnull=False
        ).count()
        bench.checks.check(
            confirmed == len(expected), "confirmed rows == distinct signers", f"{confirmed:,}"
        )
        after = {lang: signature_count(port, pk) for lang, pk in pages.items()}
        bench.checks.check(
            all(count == len(expected) for count in after.values()),
            "public signature_count == distinct signers, in every language",
            ", ".join(f"{lang} {count}" for lang, count in after.items())
            + f" (expected {len(expected):,})",
        )
        # Every link mailed while a signature was pending works, the earlier ones too.
        stale = [token for tokens in superseded.values() for token in tokens][:20]
        if stale:
            stale_requests = [post_request(port, CONFIRM_PATH, {"token": t}) for t in stale]
            accepted = run_clients(pool, port, stale_requests, min(4, len(stale)), 200, "stale")
            bench.checks.check(
                accepted.ok == len(stale),
                "links of earlier emails still confirm (200)",
                f"{accepted.ok}/{len(stale)} of {sum(map(len, superseded.values())):,}",
            )
        register, register_confirm = registration_phase(bench, pool, port, args)
        bench.close_pool()
        bench.stop_serving()

        # -- where the time goes, and the ceiling -----------------------------------------
        print("SQL per request, in-process (django.test.Client, 50 of each):", flush=True)
        probe = probe_queries(pages)
        for label, figures in probe.items():
            print(
                f"  {label:<24} {figures['statements']:4.1f} statements, "
                f"{figures['ms']:6.1f} ms per request of which SQL {figures['sql_ms']:5.1f} ms",
                flush=True,
            )
        print(
            f"Ceiling: {args.ceiling_tool}, {args.concurrency} connections, "
            f"{args.ceiling_seconds:g} s",
            flush=True,
        )
        ceiling_cpu = CpuSampler()
        ceiling = measure_ceiling(
            bench.database.url,
            args.concurrency,
            args.ceiling_seconds,
            bench.database.workdir,
            args.ceiling_tool,
            ceiling_cpu,
        )

        # -- report -----------------------------------------------------------------------
        print()
        print(
            f"Petition signing on PostgreSQL {bench.database.server_version}: gunicorn {args.workers} sync "
            f"workers, {args.concurrency} clients, {os.cpu_count()} CPUs "
            f"(load average now {os.getloadavg()[0]:.2f})"
        )
        header = f"{'':<29} {'count':>7} {'per s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}"
        print(header)
        phases = (
            (sign, "accepted signatures"),
            (confirm, "confirmations"),
            (register, "accepted registrations"),
            (register_confirm, "registration confirmations"),
            (floor, "floor (bare JsonResponse)"),
        )
        for phase, label in phases:
            print(
                f"{label:<29} {phase.ok:7d} {phase.rate:8.1f} {phase.ms(50):8.2f} "
                f"{phase.ms(95):8.2f} {phase.ms(99):8.2f} {phase.errors:7d}"
            )
        print(
            f"{'raw INSERT (' + ceiling.tool + ')':<29} {ceiling.rows:7d} {ceiling.rate:8.1f} "
            f"{ceiling.p50:8.2f} {ceiling.p95:8.2f} {ceiling.p99:8.2f} {0:7d}"
        )
        share = sign.rate / ceiling.rate if ceiling.rate else 0.0
        print()
        print(
            f"accepted / ceiling: {100 * share:.1f}% — target {100 * TARGET_SHARE:.0f}%: "
            f"{'met' if share >= TARGET_SHARE else 'NOT met'}"
        )
        if floor.rate and ceiling.rate:
            print(
                f"floor / ceiling: {100 * floor.rate / ceiling.rate:.1f}% (no view through this "
                f"server gets further); accepted / floor: {100 * sign.rate / floor.rate:.1f}%"
            )
        new = probe["sign, new"]
        print(
            f"per signature: {new['statements']:.0f} SQL statements, {new['ms']:.1f} ms "
            f"in-process ({new['sql_ms']:.1f} ms of it in SQL)"
        )
        print(
            f"WAL (the whole server's): {wal_per_signature:,.0f} B per accepted signature, "
            f"{ceiling.wal_per_row:,.0f} B per raw row"
        )
        print(f"CPU ms per item ({os.cpu_count()} CPUs, shared by everything):")
        print(f"  accepted signature: {sign_cpu.per_item_ms(sign.ok)}")
        print(f"  confirmation:       {confirm_cpu.per_item_ms(confirm.ok)}")
        print(f"  floor request:      {floor_cpu.per_item_ms(floor.ok)}")
        print(f"  raw INSERT:         {ceiling_cpu.per_item_ms(ceiling.rows)}")
        bench.print_summary()


if __name__ == "__main__":
    main()
