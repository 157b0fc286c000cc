"""What the benchmarks share: a run's throwaway PostgreSQL database with the project migrated
in it, gunicorn serving the project, client processes, the petition that petition_bench and
scheduler_bench seed, CPU and SQL accounting, and PASS/FAIL checks.

The benchmarks run as scripts (`.venv/bin/python tests/benchmarks/api_bench.py`), so each puts
the project folder on sys.path before importing this module.
"""

import http.client
import importlib.util
import io
import math
import multiprocessing
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse, urlunparse

PROJECT = Path(__file__).resolve().parents[2]
# The server that holds each run's database when DATABASE_URL names none.
DEFAULT_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres"
HOST = "127.0.0.1"
EVENT_TEXTS = {
    "ru": ("Семинар для адвокатов", "seminar-dlya-advokatov"),
    "kk": ("Адвокаттарға арналған семинар", "advokattarga-arnalgan-seminar"),
    "en": ("A seminar for defence lawyers", "a-seminar-for-defence-lawyers"),
}
PETITION_TEXTS = {
    "ru": ("Примите закон о равенстве", "primite-zakon-o-ravenstve"),
    "kk": ("Теңдік туралы заң қабылдансын", "tengdik-turaly-zang-qabyldansyn"),
    "en": ("Adopt the equality law", "adopt-the-equality-law"),
}


# -- a run: its database, the project migrated in it ------------------------------------------


@dataclass
class BenchDatabase:
    name: str
    url: str
    workdir: Path
    server_version: str
    synchronous_commit: str


@contextmanager
def throwaway_database(script: str, settings_module: str, *, keep=False):
    """This run's own PostgreSQL database on DATABASE_URL's server (tendik_<script>_<pid>), and
    a temporary folder for its media and logs, made the project's through the environment. At
    the end Django's connections close and both go (the database stays with keep=True), also
    after an error or a `kill` (SIGTERM ends in sys.exit)."""
    server_url = os.environ.get("DATABASE_URL") or DEFAULT_SERVER_URL
    if not server_url.startswith("postgres"):
        sys.exit(f"{script} needs PostgreSQL; DATABASE_URL is {server_url!r}.")
    name = f"tendik_{script}_{os.getpid()}"
    url = urlunparse(urlparse(server_url)._replace(path=f"/{name}"))
    workdir = Path(tempfile.mkdtemp(prefix=f"tendik-{script.replace('_', '')}-"))

    import psycopg

    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        server_version = admin.execute("SHOW server_version").fetchone()[0]
        synchronous_commit = admin.execute("SHOW synchronous_commit").fetchone()[0]
    os.environ["DATABASE_URL"] = url
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    os.environ.setdefault("DJANGO_ENV", "development")
    try:
        yield BenchDatabase(name, url, workdir, server_version, synchronous_commit)
    finally:
        if "django" in sys.modules:
            from django.apps import apps

            if apps.ready:
                from django.db import connections

                connections.close_all()
                clear_bench_cache()
        if keep:
            print(f"kept database {name}: {url}")
        else:
            with psycopg.connect(server_url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


def clear_bench_cache():
    """With Redis, this run's keys (their own prefix, see bench_settings) go with the run."""
    from django.conf import settings

    if getattr(settings, "REDIS_URL", ""):
        from django.core.cache import cache

        cache.delete_pattern("*")


class BenchRun:
    """One run of a benchmark: its database, its checks, and the gunicorn server and client
    processes it started, which `bench_run` stops however the run ends."""

    def __init__(self, database: BenchDatabase, started: float):
        self.database = database
        self.started = started
        self.checks = Checks()
        self.server = None
        self.pool = None

    def serve(self, workers: int) -> int:
        """gunicorn serving the project on a free port, its log in the run's folder; the port."""
        port = free_port()
        log_path = self.database.workdir / "gunicorn.log"
        self.server = start_gunicorn(port, workers, log_path, dict(os.environ))
        import gunicorn

        print(
            f"gunicorn {gunicorn.__version__} on {HOST}:{port}, {workers} sync workers", flush=True
        )
        return port

    def stop_serving(self):
        if self.server is not None:
            stop_gunicorn(self.server)
            self.server = None

    def client_pool(self, size: int):
        """Client processes, not threads, so they do not share a GIL (spawned: no Django
        inside), started before anything is measured."""
        self.pool = multiprocessing.get_context("spawn").Pool(size)
        self.pool.map(time.sleep, [0] * size)
        return self.pool

    def close_pool(self):
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None

    def print_summary(self):
        """The checks (when there were any), gunicorn's errors (when it logged any), the time
        the run took."""
        if self.checks.lines:
            self.checks.summary()
        log = (self.database.workdir / "gunicorn.log").read_text(errors="replace")
        if "Traceback" in log:
            print(f"\ngunicorn logged errors; the last ones:\n{log[-3000:]}")
        print(f"wall time: {time.perf_counter() - self.started:.0f} s")


@contextmanager
def bench_run(script: str, settings_module: str, *, keep=False):
    """A benchmark's run: a `kill` ends it as an error does (with the clean-up), gunicorn is
    there to serve the project, and the run's own database (`throwaway_database`) has the
    project migrated into it, Django set up. Yields the BenchRun; at the end its server and
    clients stop, and the process exits 1 if a check failed."""
    started = time.perf_counter()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if importlib.util.find_spec("gunicorn") is None:
        sys.exit(f"{script} serves the project with gunicorn: `.venv/bin/pip install gunicorn`.")
    with throwaway_database(script, settings_module, keep=keep) as database:
        CpuSampler.database = database.name
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        print(
            f"Database {database.name} (PostgreSQL {database.server_version}, synchronous_commit "
            f"{database.synchronous_commit}); cache: {settings.CACHES['default']['BACKEND']}; "
            f"tasks: {settings.TASKS['default']['BACKEND']}",
            flush=True,
        )
        migrate_started = time.perf_counter()
        call_command("migrate", verbosity=0)
        print(f"migrate: {time.perf_counter() - migrate_started:.1f} s", flush=True)
        run = BenchRun(database, started)
        try:
            yield run
        finally:
            run.close_pool()
            run.stop_serving()
    if run.checks.failed:
        sys.exit(1)


def parse_run_arguments(parser, *, quick: dict, counts: tuple[str, ...]):
    """The command line of a benchmark served by as many gunicorn workers as it is told, with
    --keep-db and --quick (a smoke run: the options in `quick` take those values); refused
    unless each option in `counts` (a number of things) is 1 or more."""
    parser.add_argument(
        "--workers",
        type=int,
        default=2 * (os.cpu_count() or 1) + 1,
        help="gunicorn sync workers (2 × CPUs + 1, gunicorn's advice)",
    )
    parser.add_argument("--keep-db", action="store_true", help="keep the database at the end")
    smoke_run = ", ".join(f"{_option(name)} {value:g}" for name, value in quick.items())
    parser.add_argument("--quick", action="store_true", help=f"a smoke run: {smoke_run}")
    args = parser.parse_args()
    if args.quick:
        for name, value in quick.items():
            setattr(args, name, value)
    if any(getattr(args, name) < 1 for name in counts):
        options = [_option(name) for name in counts]
        parser.error(f"{', '.join(options[:-1])} and {options[-1]} must be at least 1")
    return args


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


# -- serving ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def fetch(port: int, target: str, headers: dict | None = None):
    """One request: status, headers (lower-case names), body."""
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    try:
        connection.request("GET", target, headers={"Accept": "application/json", **(headers or {})})
        response = connection.getresponse()
        return (
            response.status,
            {name.lower(): value for name, value in response.getheaders()},
            response.read(),
        )
    finally:
        connection.close()


def start_gunicorn(port: int, workers: int, log_path: Path, env: dict) -> subprocess.Popen:
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "cms.wsgi:application",
        f"--bind={HOST}:{port}",
        f"--workers={workers}",
        "--worker-class=sync",
        f"--chdir={PROJECT}",
        "--timeout=120",  # the first request for an image rendition makes it
        "--log-level=warning",
    ]
    with open(log_path, "ab") as log:
        server = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=log, stderr=log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited ({server.returncode}):\n{log_path.read_text()}")
        try:
            if fetch(port, "/bench/floor/")[0] == 200:
                time.sleep(1)  # the other workers finish loading the project too
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise RuntimeError(f"gunicorn did not answer within 60 s:\n{log_path.read_text()}")


def stop_gunicorn(server: subprocess.Popen):
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# -- the petition -----------------------------------------------------------------------------


def seed_petition() -> dict[str, int]:
    """One open ru petition under the campaigns section, published, and its kk and en
    translations when they can be made (what could not be made is printed). Returns
    {language: page id}."""
    from wagtail.models import Locale, Site

    from campaigns.models import CampaignIndexPage, PetitionPage

    notes = []
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not home.live or home.live_revision_id is None:
        home.save_revision().publish()
    index = CampaignIndexPage(title="Кампании", slug="kampanii", locale=locales["ru"])
    home.add_child(instance=index)
    index.save_revision().publish()
    title, slug = PETITION_TEXTS["ru"]
    petition = PetitionPage(
        title=title,
        slug=slug,
        locale=locales["ru"],
        addressee="Мажилис Парламента Республики Казахстан",
        demand="<p>Принять закон о равенстве и недискриминации.</p>",
        goal=100_000,
        deadline=None,
        state=PetitionPage.State.OPEN,
        consent_text="Я согласен на обработку персональных данных.",
    )
    index.add_child(instance=petition)
    petition.save_revision().publish()
    pages = {"ru": petition.pk}
    for lang in list(PETITION_TEXTS)[1:]:  # the translations of the ru petition
        if lang not in locales:
            notes.append(f"no {lang} locale: no {lang} translation")
            continue
        try:
            translation = petition.copy_for_translation(locales[lang], copy_parents=True)
            for ancestor in translation.get_ancestors().filter(depth__gte=2, live=False).specific():
                ancestor.save_revision().publish()
            translation = translation.specific
            translation.title, translation.slug = PETITION_TEXTS[lang]
            translation.draft_title = translation.title
            translation.save_revision().publish()
            pages[lang] = translation.pk
        except Exception as error:  # noqa: BLE001 - the bench runs on the ru page alone then
            notes.append(f"{lang} translation failed ({type(error).__name__}: {error})")
    for note in notes:
        print(f"  note: {note}")
    return pages


def seed_event(capacity: int) -> dict[str, int]:
    """One ru event a month from now, open for registration with `capacity` seats and a
    waiting list, under an events section, published, and its kk and en translations. Returns
    {language: page id}."""
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import Locale, Site

    from events.models import EventIndexPage, EventPage

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not home.live or home.live_revision_id is None:
        home.save_revision().publish()
    index = EventIndexPage(title="События", slug="sobytiya", locale=locales["ru"])
    home.add_child(instance=index)
    index.save_revision().publish()
    title, slug = EVENT_TEXTS["ru"]
    starts = timezone.now() + timedelta(days=30)
    event = EventPage(
        title=title,
        slug=slug,
        locale=locales["ru"],
        kind=EventPage.Kind.SEMINAR,
        format=EventPage.Format.IN_PERSON,
        starts_at=starts,
        ends_at=starts + timedelta(hours=7),
        city="Шымкент",
        region="shymkent",
        capacity=capacity,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    pages = {"ru": event.pk}
    for lang in list(EVENT_TEXTS)[1:]:
        if lang not in locales:
            continue
        translation = event.copy_for_translation(locales[lang], copy_parents=True)
        for ancestor in translation.get_ancestors().filter(depth__gte=2, live=False).specific():
            ancestor.save_revision().publish()
        translation = translation.specific
        translation.title, translation.slug = EVENT_TEXTS[lang]
        translation.draft_title = translation.title
        translation.save_revision().publish()
        pages[lang] = translation.pk
    return pages


# -- figures ----------------------------------------------------------------------------------


def percentile(sorted_values, percent):
    if not sorted_values:
        return 0.0
    return sorted_values[max(0, math.ceil(percent / 100 * len(sorted_values)) - 1)]


def png(rng: random.Random, size=(1200, 675)) -> bytes:
    from PIL import Image, ImageDraw

    colour = tuple(rng.randint(0, 160) for _ in range(3))
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        shade = tuple(min(255, channel + rng.randint(20, 95)) for channel in colour)
        x, y, radius = rng.randint(0, size[0]), rng.randint(0, size[1]), rng.randint(60, 300)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


# -- where the CPU goes (Linux /proc) ---------------------------------------------------------


class CpuSampler:
    """CPU seconds used while it runs, per kind of process: gunicorn (master and workers),
    postgres (the server's own processes and the connections to the bench database), pgbench,
    the clients (this process and its pool), other (anything else on the machine, e.g. a test
    suite and its database connections). Samples every 0.2 s, so processes that end meanwhile
    (pgbench's connections) keep what they used. Empty off Linux."""

    database = ""  # the bench database: connections to any other count as "other"

    def __init__(self, gunicorn_pid: int | None = None):
        self.gunicorn_pid = gunicorn_pid
        self.available = os.path.exists("/proc/stat")
        self.tick = os.sysconf("SC_CLK_TCK") if self.available else 100
        self.base, self.last = {}, {}
        self.kinds = {}  # pid -> kind, as a process's kind does not change
        self.stop_event = threading.Event()
        self.thread = None

    def kind(self, pid, comm, ppid):
        if self.gunicorn_pid and self.gunicorn_pid in (pid, ppid):
            return "gunicorn"
        if comm == "postgres":
            return "postgres" if self.serves_bench(pid) else "other"
        if comm == "pgbench":
            return comm
        if pid == os.getpid() or ppid == os.getpid():
            return "clients"
        return "other"

    def serves_bench(self, pid) -> bool:
        """False for a backend (or autovacuum worker) of another database, from its process
        title: `postgres: [cluster:] user database host(port) state`."""
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                title = cmdline.read().replace(b"\0", b" ").decode(errors="replace").split()
        except OSError:
            return True
        if "autovacuum" in title and "worker" in title:
            return not self.database or title[-1] == self.database
        for position, word in enumerate(title):
            if position >= 2 and (re.fullmatch(r".+\(\d+\)", word) or word == "[local]"):
                return not self.database or title[position - 1] == self.database
        return True  # the server's own processes: checkpointer, WAL writer ...

    def sample(self):
        seen = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat") as stat:
                    text = stat.read()
            except OSError:
                continue
            comm = text[text.index("(") + 1 : text.rindex(")")]
            fields = text[text.rindex(")") + 2 :].split()
            pid, ppid = int(entry.name), int(fields[1])
            if pid not in self.kinds:
                self.kinds[pid] = self.kind(pid, comm, ppid)
            seen[pid] = (self.kinds[pid], int(fields[11]) + int(fields[12]))
        return seen

    @staticmethod
    def idle_and_total():
        with open("/proc/stat") as stat:
            values = [int(v) for v in stat.readline().split()[1:]]
        return values[3] + values[4], sum(values)

    def __enter__(self):
        if self.available:
            self.base = self.sample()
            self.last = dict(self.base)
            self.system = self.idle_and_total()
            self.thread = threading.Thread(target=self.run, daemon=True)
            self.thread.start()
        self.began = time.monotonic()
        return self

    def run(self):
        while not self.stop_event.wait(0.2):
            self.last.update(self.sample())

    def __exit__(self, *exc):
        self.seconds = time.monotonic() - self.began
        if not self.available:
            self.used, self.busy = {}, None
            return
        self.stop_event.set()
        self.thread.join()
        self.last.update(self.sample())
        used = defaultdict(float)
        for pid, (kind, ticks) in self.last.items():
            before = self.base.get(pid, (kind, 0))[1]
            used[kind] += max(0, ticks - before) / self.tick
        self.used = dict(used)
        idle, total = self.idle_and_total()
        idle_delta, total_delta = idle - self.system[0], total - self.system[1]
        self.busy = 1 - idle_delta / total_delta if total_delta else None

    def per_item_ms(self, items: int) -> str:
        if not self.used or not items:
            return "n/a (no /proc)"
        order = ("gunicorn", "postgres", "pgbench", "clients", "other")
        parts = [
            f"{kind} {1000 * self.used[kind] / items:.2f}"
            for kind in order
            if self.used.get(kind, 0) >= 0.005
        ]
        busy = f"; CPUs {100 * self.busy:.0f}% busy" if self.busy is not None else ""
        return ", ".join(parts) + busy


# -- where the time goes: SQL statements ------------------------------------------------------


class SQLLog:
    """Counts and times every statement of the default connection."""

    def __init__(self):
        self.statements = []

    def __call__(self, execute, sql, params, many, context):
        began = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.statements.append((sql, time.perf_counter() - began))


# -- checks -----------------------------------------------------------------------------------


class Checks:
    """PASS/FAIL lines, printed as they come and summed up at the end."""

    def __init__(self):
        self.failed = 0
        self.lines = []

    def check(self, ok: bool, label: str, detail: str):
        self.failed += not ok
        line = f"  {'PASS' if ok else 'FAIL'}  {label}: {detail}"
        self.lines.append(line)
        print(line, flush=True)

    def summary(self):
        print(f"checks: {len(self.lines) - self.failed} passed, {self.failed} failed")
        for line in self.lines:
            if line.lstrip().startswith("FAIL"):
                print(line)
