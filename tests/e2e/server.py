"""The hub the browser tests drive: a real `manage.py runserver` in a subprocess, on a free port of
127.0.0.1, with its own throwaway database holding the demo content.

Nothing here touches the pytest-django test database: with a PostgreSQL DATABASE_URL the hub
gets a database `tendik_e2e_<pid>` on that server (dropped at the end, also on failure);
otherwise a SQLite file in a temporary folder, which also holds the media and the server's log.

    .venv/bin/python -m tests.e2e.server   # the same hub by hand, until Ctrl-C (for debugging)
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse, urlunparse

PROJECT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
PREPARE_TIMEOUT = 600  # seconds: migrate and seed_demo take ~40 s on this machine
START_TIMEOUT = 60
# Variables of the test run that must not reach the hub: it has its own settings module,
# database and cache (REDIS_URL would share the test suite's cache keys), and renders previews
# itself (no FRONTEND_BASE_URL).
DROPPED_VARIABLES = (
    "DJANGO_SETTINGS_MODULE",
    "DATABASE_URL",
    "REDIS_URL",
    "FRONTEND_BASE_URL",
    "TASKS_BACKEND",
    "MEDIA_STORAGE",
    "DJANGO_ENV",
    "ALLOWED_HOSTS",
    "MEDIA_ROOT",
    "PRIVATE_MEDIA_ROOT",
    "WAGTAILADMIN_BASE_URL",
    "EMAIL_HOST",
    "EMAIL_PORT",
)


STATIC_REQUEST = re.compile(r'"GET /(static/|admin/sprite/|admin/jsi18n/|media/)')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def is_postgres(url: str) -> bool:
    return url.startswith(("postgres://", "postgresql://"))


@dataclass
class Hub:
    """A running hub: its address, the people's password and what tests/e2e/prepare.py made."""

    server_url: str = ""  # DATABASE_URL of the test run: where the throwaway database goes
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="tendik-e2e-")))
    password: str = field(default_factory=lambda: secrets.token_urlsafe(16))
    base_url: str = ""
    data: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)
    database_name: str = ""
    process: subprocess.Popen | None = None
    # More of the hub's environment, e.g. EMAIL_HOST and EMAIL_PORT of the tests' SMTP server
    # (tests/e2e/smtp_sink.py), which the tests then find as `mailbox`.
    extra_environment: dict = field(default_factory=dict)
    mailbox: object = None

    @property
    def log_path(self) -> Path:
        return self.workdir / "server.log"

    def environment(self, database_url: str, port: int) -> dict:
        env = {k: v for k, v in os.environ.items() if k not in DROPPED_VARIABLES}
        env.update(
            DJANGO_SETTINGS_MODULE="cms.settings",  # what `make run` uses, DEBUG on
            DJANGO_ENV="development",
            DATABASE_URL=database_url,
            # Tasks (search index, API read model, emails) run inside the request: what a test
            # sees in the API next has happened.
            TASKS_BACKEND="immediate",
            MEDIA_ROOT=str(self.workdir / "media"),
            PRIVATE_MEDIA_ROOT=str(self.workdir / "private"),
            WAGTAILADMIN_BASE_URL=f"http://{HOST}:{port}",
            E2E_PASSWORD=self.password,
            PYTHONUNBUFFERED="1",
            PYTHONPATH=str(PROJECT),
        )
        env.update(self.extra_environment)
        return env

    def start(self):
        started = time.perf_counter()
        if is_postgres(self.server_url):
            import psycopg

            self.database_name = f"tendik_e2e_{os.getpid()}"
            with psycopg.connect(self.server_url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')
                admin.execute(f'CREATE DATABASE "{self.database_name}"')
            database_url = urlunparse(
                urlparse(self.server_url)._replace(path=f"/{self.database_name}")
            )
        else:
            # The threaded dev server writes from several requests at once (the editor's
            # editing-session pings beside a save): SQLite must queue writers, not fail with
            # "database is locked" (IMMEDIATE takes the write lock when a transaction begins,
            # WAL lets readers go on meanwhile).
            database_url = (
                f"sqlite:///{self.workdir / 'e2e.sqlite3'}?timeout=30&transaction_mode=IMMEDIATE"
                "&init_command=PRAGMA%20journal_mode%3DWAL"
            )
        port = free_port()
        env = self.environment(database_url, port)

        out = self.workdir / "prepared.json"
        with self.log_path.open("ab") as log:
            result = subprocess.run(
                [sys.executable, "-m", "tests.e2e.prepare", str(out)],
                cwd=PROJECT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=PREPARE_TIMEOUT,
                check=False,
            )
        if result.returncode != 0:
            raise RuntimeError(
                f"Preparing the e2e database failed (exit {result.returncode}):\n{self.log_tail()}"
            )
        self.data = json.loads(out.read_text())
        self.timings.update(self.data.pop("timings"))

        server_started = time.perf_counter()
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                "--noreload",
                "--skip-checks",
                f"{HOST}:{port}",
            ],
            cwd=PROJECT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stopped as a whole, by its id
        )
        log.close()
        self.base_url = f"http://{HOST}:{port}"
        self.wait_until_up()
        self.timings["server"] = time.perf_counter() - server_started
        self.timings["total"] = time.perf_counter() - started
        return self

    def wait_until_up(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"The e2e server exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(f"{self.base_url}/healthz", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise RuntimeError(
            f"The e2e server did not answer in {START_TIMEOUT} s:\n{self.log_tail()}"
        )

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if self.database_name:
            import psycopg

            with psycopg.connect(self.server_url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')
        shutil.rmtree(self.workdir, ignore_errors=True)

    def log_tail(self, lines: int = 60) -> str:
        """The end of the hub's log, without the requests for static files."""
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return "(no server log)"
        kept = [line for line in text.splitlines() if not STATIC_REQUEST.search(line)]
        return "\n".join(kept[-lines:])

    # -- the public API, read over HTTP like a front-end ----------------------------------------

    def get_json(self, path: str) -> dict:
        request = urllib.request.Request(
            f"{self.base_url}{path}", headers={"Accept": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            return json.load(answer)

    def get_status(self, path: str) -> int:
        try:
            with urllib.request.urlopen(f"{self.base_url}{path}", timeout=30) as answer:
                return answer.status
        except urllib.error.HTTPError as error:
            return error.code


def main():
    hub = Hub(server_url=os.environ.get("DATABASE_URL", ""))
    try:
        hub.start()
        print(json.dumps(hub.data, ensure_ascii=False, indent=2))
        print(f"Setup: {hub.timings}")
        print(f"Hub at {hub.base_url}/admin/ — password of every user: {hub.password}")
        print(f"Log: {hub.log_path}. Ctrl-C stops it.")
        hub.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        hub.stop()


if __name__ == "__main__":
    main()
