"""The parts of the fault drill (tests/test_fault_drill.py): the hub as production runs it, in real
processes (gunicorn, task workers, the outbox sweeper), on a throwaway database cloned from one
holding the demo content; a Redis that hangs; a PostgreSQL cluster of the drill's own, which it
may restart (the machine's shared server is never stopped); an SMTP server that can be down.

Nothing here reaches past 127.0.0.1.
"""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
# What the test run's environment must not pass to the hub's processes.
DROPPED = (
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "REDIS_URL",
    "TASKS_BACKEND",
    "FRONTEND_BASE_URL",
    "MEDIA_STORAGE",
    "EMAIL_HOST",
    "EMAIL_PORT",
    "WAGTAILADMIN_BASE_URL",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def database_url(server_url: str, name: str) -> str:
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


def admin_sql(server_url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(database_url(server_url, "postgres"), autocommit=True) as admin:
        for statement in statements:
            admin.execute(statement)


def http(method: str, url: str, body=None, headers=None, timeout=30):
    """(status, headers, bytes) of one request, without raising on 4xx/5xx."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class Hub:
    """The hub in production mode on `database`: gunicorn (two workers) and the workers of its
    queue backend, each a process group of its own, logging to the drill's folder."""

    def __init__(self, workdir: Path, server_url: str, database: str, **environment):
        self.workdir = workdir
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self.database_url = database_url(server_url, database)
        self.processes: dict[str, subprocess.Popen] = {}
        self._supervising = False
        self.restarts = 0
        env = {key: value for key, value in os.environ.items() if key not in DROPPED}
        env.update(
            DJANGO_SETTINGS_MODULE="cms.settings",
            DJANGO_ENV="production",
            SECRET_KEY="drill-" + "k" * 50,
            ALLOWED_HOSTS=HOST,
            WAGTAILADMIN_BASE_URL=self.base_url,
            DATABASE_URL=self.database_url,
            MEDIA_SERVED_BY_PROXY="1",
            MEDIA_ROOT=str(workdir / "media"),
            PRIVATE_MEDIA_ROOT=str(workdir / "private"),
            STATIC_ROOT=str(workdir / "static"),
            SECURE_SSL_REDIRECT="0",
            SECURE_HSTS_SECONDS="0",
            GUNICORN_BIND=f"{HOST}:{self.port}",
            WEB_CONCURRENCY="2",
            PETITION_RATE_LIMIT="10000/m",
            OUTBOX_RETRY_SECONDS="1",
            REDIS_TIMEOUT="0.3",
            PYTHONUNBUFFERED="1",
            PYTHONPATH=str(PROJECT),
        )
        env.update({key: str(value) for key, value in environment.items()})
        self.env = env

    @property
    def queue(self) -> str:
        return self.env.get("TASKS_BACKEND", "database")

    def _start(self, name, *command):
        log = (self.workdir / f"{name}.log").open("ab")
        self.processes[name] = subprocess.Popen(
            command,
            cwd=PROJECT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()

    def manage(self, *args, timeout=300, check=True):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"manage.py {' '.join(args)}: {result.stderr[-2000:]}")
        return result

    WORKERS = ("worker", "fallback", "sweeper", "rq")

    def supervise(self):
        """Starts a worker again when it exits, as the README asks of the supervisor (systemd's
        Restart=always, a container's restart policy): a database restart stops db_worker."""
        self.restarts = 0
        self._supervising = True

        def loop():
            while self._supervising:
                for name in self.WORKERS:
                    process = self.processes.get(name)
                    if process is not None and process.poll() is not None and self._supervising:
                        self._start(name, *process.args)
                        self.restarts += 1
                time.sleep(0.5)

        threading.Thread(target=loop, daemon=True).start()

    def start(self, workers=True, deliver=True):
        """gunicorn and the workers. `deliver`: this copy of the demo database is the one that
        sends (a copy is another database, so its deliveries start paused: outbox/licence.py)."""
        if deliver:
            self.manage("allow_delivery")
        self._start("web", sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi")
        if workers:
            self.start_workers()
            self.supervise()
        self.wait_until_up()
        return self

    def start_workers(self):
        """What `make worker` starts for the queue backend."""
        manage = (sys.executable, "manage.py")
        if self.queue == "rq":
            self._start(
                "fallback",
                *manage,
                "db_worker",
                "--no-reload",
                "--interval",
                "0.5",
                "--backend",
                "fallback",
                "--no-startup-delay",
            )
            self._start("sweeper", *manage, "deliver_outbox", "--every", "1")
            self._start(
                "rq",
                *manage,
                "rqworker",
                "default",
                "--with-scheduler",
                "--job-class",
                "django_tasks_rq.backend.Job",
            )
        else:
            self._start(
                "worker",
                *manage,
                "db_worker",
                "--no-reload",
                "--interval",
                "0.5",
                "--no-startup-delay",
            )

    def wait_until_up(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.processes["web"].poll() is not None:
                raise AssertionError(f"gunicorn exited:\n{self.log('web')}")
            try:
                if http("GET", f"{self.base_url}/healthz", timeout=2)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"gunicorn did not answer in {timeout} s:\n{self.log('web')}")

    def log(self, name) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def get(self, path, **headers):
        return http("GET", self.base_url + path, headers=headers)

    def post(self, path, body, **headers):
        return http("POST", self.base_url + path, body=body, headers=headers)

    def sign(self, petition_id, email, name="Әлия Нұрланқызы"):
        return self.post(
            f"/api/v1/petitions/{petition_id}/signatures/",
            {"full_name": name, "email": email, "region": "almaty", "consent": True},
        )

    def stop(self):
        self._supervising = False
        for process in self.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        self.processes.clear()


class DemoTemplate:
    """A database with the migrated schema and the demo content, made once; each scenario runs
    on a copy (CREATE DATABASE … TEMPLATE), so none sees another's signatures."""

    def __init__(self, server_url: str, workdir: Path):
        self.server_url = server_url
        self.workdir = workdir
        self.name = f"tendik_drill_template_{os.getpid()}"
        self.copies: list[str] = []

    def make(self):
        admin_sql(
            self.server_url,
            f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)',
            f'CREATE DATABASE "{self.name}"',
        )
        maker = Hub(self.workdir, self.server_url, self.name, TASKS_BACKEND="immediate")
        maker.manage("migrate", "--no-input")
        maker.manage("seed_demo", timeout=600)
        return self

    def copy(self, label: str) -> str:
        name = f"tendik_drill_{label}_{os.getpid()}"
        admin_sql(
            self.server_url,
            f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
            f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"',
        )
        self.copies.append(name)
        return name

    def drop(self):
        for name in [*self.copies, self.name]:
            admin_sql(self.server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class HungRedis:
    """A listener that accepts connections and never answers; counts the connections."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind((HOST, 0))
        self.server.listen(256)
        self.port = self.server.getsockname()[1]
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self):
        return f"redis://{HOST}:{self.port}/0"

    def _accept(self):
        while True:
            try:
                connection, _address = self.server.accept()
            except OSError:
                return
            self.connections.append(connection)  # held open, never read or answered

    def close(self):
        self.server.close()
        for connection in self.connections:
            connection.close()


class Cluster:
    """A PostgreSQL cluster of the drill's own (initdb as the `postgres` user, trust on
    127.0.0.1, a free port), so the drill can restart it; removed at the end."""

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="tendik-drill-pg-"))
        self.data = self.folder / "data"
        self.url = f"postgres://postgres@{HOST}:{self.port}/postgres"

    def _as_postgres(self, *command, timeout=120):
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run(
            [*prefix, *command], capture_output=True, text=True, timeout=timeout, check=True
        )

    def start(self):
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self._as_postgres(
            str(PG_BIN / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        self.pg_ctl("start")
        return self

    def pg_ctl(self, action, *more):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses={HOST} -c fsync=off"
        return self._as_postgres(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-m",
            "fast",
            "-l",
            str(self.folder / "postgres.log"),
            action,
            *more,
        )

    def stop(self):
        try:
            self.pg_ctl("stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def wait_for(condition, timeout=60, every=0.25, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"{message}: not within {timeout} s")


def secret_email() -> str:
    return f"drill-{secrets.token_hex(4)}@example.kz"
