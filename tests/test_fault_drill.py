"""The fault drill: production as the README runs it (gunicorn, task workers, the outbox sweeper,
PostgreSQL, Redis, SMTP), in real processes on a copy of the demo content, with one dependency
failing at a time. In each, reads, signing, an editor's publish and /readyz behave as the README
says, and nothing is lost: every signature answered 202 is stored once, and every confirmation
email arrives once.

- Redis refused, with the database queue and with rq (tasks go to the database queue behind it);
- Redis hung: it accepts connections and never answers (the circuit breaker skips it);
- SMTP down, then up: the email waits and is sent once, after the back-off;
- PostgreSQL restarted mid-signing, on a cluster of the drill's own: 503 `database-unavailable`
  while it is down, never a 500, and every signature retried after a 503 stored once;
- backup and restore, as the README's Backups section says: every public API answer of the
  restored copy is byte-identical to the original's, and the copy sends no email.

Slow (a template database with the demo content, then gunicorn and workers per scenario): about
3 minutes. Run alone with `.venv/bin/pytest tests/test_fault_drill.py` and a PostgreSQL
DATABASE_URL; each process's log is kept under the drill's temporary folder on failure.
"""

import json
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

import psycopg
import pytest

from tests.drill import (
    Cluster,
    DemoTemplate,
    Hub,
    HungRedis,
    admin_sql,
    database_url,
    free_port,
    secret_email,
    wait_for,
)
from tests.e2e.smtp_sink import Mailbox

POSTGRES = pytest.mark.postgres
SERVER = os.environ.get("DATABASE_URL", "")
NOTHING_LISTENS = "redis://127.0.0.1:1/0"
PUBLISH = """
from articles.models import AnalyticalArticlePage
page = AnalyticalArticlePage.objects.live().filter(locale__language_code="ru").first()
page.title = "{title}"
page.save_revision().publish()
print(page.pk)
"""


@pytest.fixture(scope="module")
def workdir(request):
    folder = Path(tempfile.mkdtemp(prefix="tendik-drill-"))
    failed_before = request.session.testsfailed
    yield folder
    if request.session.testsfailed == failed_before:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print(f"The drill's process logs are kept in {folder}")


@pytest.fixture(scope="module")
def template(workdir):
    made = DemoTemplate(SERVER, workdir).make()
    yield made
    made.drop()


@pytest.fixture
def mailbox():
    box = Mailbox("127.0.0.1", free_port()).start()
    yield box
    box.stop()


@pytest.fixture
def hubs():
    started = []
    yield started
    for hub in started:
        hub.stop()


def open_petition(hub) -> int:
    status, _headers, body = hub.get("/api/v1/pages/?type=petition&locale=ru")
    assert status == 200, body
    return next(item["id"] for item in json.loads(body)["items"] if item["is_open"])


def rows(url, sql, *params):
    with psycopg.connect(url) as connection:
        return connection.execute(sql, params).fetchall()


def stored_signatures(hub, emails) -> dict:
    found = rows(
        hub.database_url,
        "SELECT email, count(*) FROM campaigns_signature WHERE email = ANY(%s) GROUP BY email",
        list(emails),
    )
    return dict(found)


def assert_serves_signs_and_publishes(hub, mailbox, readiness, degraded):
    """Reads, signing, an editor's publish and /readyz, as the README says for this outage."""
    status, _headers, body = hub.get("/api/v1/pages/?locale=kk")
    assert status == 200 and json.loads(body)["items"], body[:300]
    petition = open_petition(hub)
    email = secret_email()
    status, _headers, body = hub.sign(petition, email)
    assert status == 202, body
    # An editor's publish (what the admin's Publish button runs) stands; its index tasks wait.
    title = f"Drill {email}"
    published = hub.manage("shell", "-c", PUBLISH.format(title=title))
    page_id = int(published.stdout.strip().splitlines()[-1])
    status, _headers, body = hub.get(f"/api/v1/pages/{page_id}/")
    assert status == 200 and json.loads(body)["title"] == title
    status, _headers, body = hub.get("/readyz")
    answer = json.loads(body)
    assert (status, answer["status"], answer["degraded"]) == (readiness, *degraded), answer
    # Nothing lost: the signature stored once, its email sent once.
    assert stored_signatures(hub, [email]) == {email: 1}
    mailbox.wait_for(email, timeout=60)
    return email


@POSTGRES
@pytest.mark.parametrize("queue", ["database", "rq"])
def test_redis_refused(template, workdir, mailbox, hubs, queue):
    hub = Hub(
        workdir,
        SERVER,
        template.copy(f"refused_{queue}"),
        REDIS_URL=NOTHING_LISTENS,
        TASKS_BACKEND=queue,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=mailbox.port,
    )
    hubs.append(hub.start())
    # With rq the database queue stands behind Redis: degraded, still in service.
    degraded = ["cache", "queue"] if queue == "rq" else ["cache"]
    email = assert_serves_signs_and_publishes(hub, mailbox, 200, ("degraded", degraded))
    assert len([m for m in mailbox.messages if email in m["To"]]) == 1


@POSTGRES
def test_redis_hung(template, workdir, mailbox, hubs):
    redis = HungRedis()
    try:
        hub = Hub(
            workdir,
            SERVER,
            template.copy("hung"),
            REDIS_URL=redis.url,
            TASKS_BACKEND="rq",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=mailbox.port,
        )
        hubs.append(hub.start())
        emails = [
            assert_serves_signs_and_publishes(hub, mailbox, 200, ("degraded", ["cache", "queue"]))
        ]
        for _ in range(5):
            email = secret_email()
            assert hub.sign(open_petition(hub), email)[0] == 202
            emails.append(email)
        for email in emails:
            mailbox.wait_for(email, timeout=60)
        assert stored_signatures(hub, emails) == dict.fromkeys(emails, 1)
        # Each process waits out one timeout, then its breaker skips Redis: a handful of
        # connections for two web workers, the shell's publish and /readyz's own probes, not one
        # per cache call (dozens per request).
        assert len(redis.connections) <= 30, len(redis.connections)
        print(f"Hung Redis: {len(redis.connections)} connections for {len(emails)} signatures")
    finally:
        redis.close()


@POSTGRES
def test_smtp_down_then_up(template, workdir, hubs):
    port = free_port()  # nothing listens yet
    hub = Hub(
        workdir,
        SERVER,
        template.copy("smtp"),
        TASKS_BACKEND="database",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
    )
    hubs.append(hub.start())
    email = secret_email()
    assert hub.sign(open_petition(hub), email)[0] == 202
    failed = wait_for(
        lambda: rows(
            hub.database_url,
            "SELECT attempts, last_error FROM outbox_outgoingemail WHERE sent_at IS NULL "
            "AND attempts > 0",
        ),
        message="a failed delivery attempt",
    )
    assert failed[0][1]  # the error's class, kept for the operator
    mailbox = Mailbox("127.0.0.1", port).start()
    try:
        mailbox.wait_for(email, timeout=60)  # the retry after the back-off
        wait_for(
            lambda: (
                not rows(
                    hub.database_url, "SELECT 1 FROM outbox_outgoingemail WHERE sent_at IS NULL"
                )
            ),
            message="the outbox emptied",
        )
        assert len([m for m in mailbox.messages if email in m["To"]]) == 1
    finally:
        mailbox.stop()


@POSTGRES
def test_postgresql_restarted_mid_signing(template, workdir, mailbox, hubs):
    cluster = Cluster().start()
    try:
        # The demo content, moved onto the drill's own cluster.
        dump = workdir / "template.dump"
        subprocess.run(
            ["pg_dump", "--format=custom", f"--file={dump}", database_url(SERVER, template.name)],
            check=True,
            timeout=300,
        )
        admin_sql(cluster.url, 'CREATE DATABASE "tendik"')
        subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                f"--dbname={database_url(cluster.url, 'tendik')}",
                str(dump),
            ],
            check=True,
            timeout=300,
        )
        hub = Hub(
            workdir,
            cluster.url,
            "tendik",
            TASKS_BACKEND="database",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=mailbox.port,
        )
        hubs.append(hub.start())
        petition = open_petition(hub)
        emails = [secret_email() for _ in range(60)]
        statuses, accepted = [], []

        def sign_all():
            for email in emails:
                while True:  # as a client does: retry after a 503
                    status, headers, body = hub.sign(petition, email)
                    statuses.append(status)
                    if status == 202:
                        accepted.append(email)
                        break
                    assert status == 503, body
                    assert headers["Content-Type"] == "application/problem+json"
                    assert json.loads(body)["type"].endswith(":database-unavailable")

        signer = threading.Thread(target=sign_all)
        signer.start()
        wait_for(lambda: len(accepted) >= 5, message="signing under way")
        # A restart, held open until signers have met the outage.
        cluster.pg_ctl("stop")
        wait_for(lambda: statuses.count(503) >= 3, message="answers while the database is down")
        cluster.pg_ctl("start")
        signer.join(timeout=300)
        assert not signer.is_alive()
        assert sorted(accepted) == sorted(emails)
        assert 500 not in statuses and statuses.count(503) >= 3
        print(
            f"PostgreSQL restart: {statuses.count(503)} answers 503, {statuses.count(202)} 202, "
            f"{hub.restarts} worker restart(s) by the supervisor"
        )
        assert stored_signatures(hub, emails) == dict.fromkeys(emails, 1)
        for email in emails:
            mailbox.wait_for(email, timeout=120)
        assert sum(1 for m in mailbox.messages if m["To"] in emails) == len(emails)
        status, _headers, body = hub.get("/readyz")
        assert status == 200, body
    finally:
        for hub in hubs:
            hub.stop()
        hubs.clear()
        cluster.stop()


def public_answers(hub) -> dict:
    """Every public API answer a front-end could ask for: the lists, each page by id and by path,
    topics, navigation and regions in each language, the sitemap."""
    answers = {}

    def fetch(path):
        status, _headers, body = hub.get(path)
        answers[path] = (status, body)
        return body

    for locale in ("ru", "kk", "en"):
        for path in (
            f"/api/v1/topics/?locale={locale}",
            f"/api/v1/navigation/?locale={locale}",
            f"/api/v1/regions/?locale={locale}",
        ):
            fetch(path)
        offset = 0
        while True:
            page = json.loads(fetch(f"/api/v1/pages/?locale={locale}&limit=100&offset={offset}"))
            for item in page["items"]:
                fetch(f"/api/v1/pages/{item['id']}/")
                fetch(f"/api/v1/pages/find/?path={item['url']}")
            offset += 100
            if offset >= page["meta"]["total_count"]:
                break
    fetch("/api/v1/sitemap/")
    return answers


@POSTGRES
def test_backup_and_restore_as_the_readme_says(template, workdir, mailbox, hubs):
    original = Hub(
        workdir,
        SERVER,
        template.copy("original"),
        TASKS_BACKEND="database",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=mailbox.port,
    )
    hubs.append(original.start())
    sent = secret_email()
    assert original.sign(open_petition(original), sent)[0] == 202
    mailbox.wait_for(sent)
    # An email pending at dump time: its worker is stopped first (and not started again).
    original._supervising = False
    original.processes.pop("worker").kill()
    pending = secret_email()
    assert original.sign(open_petition(original), pending)[0] == 202

    # README, Backups: pg_dump; create the database; pg_restore; migrate; index_public_pages.
    dump = workdir / "tendik.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", f"--file={dump}", original.database_url],
        check=True,
        timeout=300,
    )
    restored_name = template.copy("restored_empty")
    admin_sql(
        SERVER,
        f'DROP DATABASE "{restored_name}" WITH (FORCE)',
        f'CREATE DATABASE "{restored_name}"',
    )
    restored = Hub(
        workdir,
        SERVER,
        restored_name,
        TASKS_BACKEND="database",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=mailbox.port,
    )
    subprocess.run(
        ["pg_restore", "--no-owner", f"--dbname={restored.database_url}", str(dump)],
        check=True,
        timeout=300,
    )
    restored.manage("migrate", "--no-input")
    restored.manage("index_public_pages")
    hubs.append(restored.start(deliver=False))  # README: a restore delivers nothing until told

    # The same Host for both: absolute URLs in the answers are built from it.
    before = public_answers(original)
    after = public_answers(_same_host(restored, original))
    assert len(before) > 50
    different = [path for path in before if before[path] != after.get(path)]
    assert different == []
    print(f"Restore: {len(before)} public answers byte-identical")

    # The copy delivers nothing: the pending email stays pending there, and nobody gets two.
    check = restored.manage("allow_delivery", "--check", check=False)
    assert check.returncode == 1 and "paused" in check.stdout
    restored.manage("deliver_outbox")
    assert len([m for m in mailbox.messages if sent in m["To"]]) == 1
    assert [m for m in mailbox.messages if pending in m["To"]] == []
    assert rows(
        restored.database_url, "SELECT count(*) FROM outbox_outgoingemail WHERE sent_at IS NULL"
    ) == [(1,)]


def _same_host(hub, like):
    """`hub`, asked with `like`'s Host header (absolute URLs in answers are built from it)."""

    class SameHost:
        def get(self, path):
            return hub.get(path, Host=like.base_url.removeprefix("http://"))

    return SameHost()


# Not a drill: the README's production sections name the commands the drill runs.
README_STEPS = [
    "gunicorn -c gunicorn.conf.py cms.wsgi",
    "python manage.py db_worker --backend fallback",
    "python manage.py deliver_outbox --every 60",
    "rqworker default --with-scheduler --job-class django_tasks_rq.backend.Job",
    "pg_dump --format=custom",
    "createdb tendik_restored",
    "pg_restore --no-owner --dbname=",
    "manage.py migrate",
    "manage.py index_public_pages",
    "manage.py allow_delivery",
    "GET /readyz",
]


@pytest.mark.parametrize("step", README_STEPS)
def test_the_readme_says_what_the_drill_runs(step):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    production = readme[readme.index("## Running in production") : readme.index("## Tests and CI")]
    assert step in production
