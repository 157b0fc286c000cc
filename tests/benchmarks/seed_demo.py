"""How long loading the demo takes, and how many SQL queries it makes, on a fresh database.

    .venv/bin/python tests/benchmarks/seed_demo.py                 # a temporary SQLite file
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python tests/benchmarks/seed_demo.py             # a temporary PostgreSQL database

Prints figures; asserts nothing. PostgreSQL runs in a throwaway database `tendik_bench_<pid>`.
"""

import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))


class QueryCounter:
    """Counts every SQL statement (Django's own query log stops at 9000)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def main():
    server_url = os.environ.get("DATABASE_URL", "")
    workdir = tempfile.mkdtemp(prefix="tendik-bench-")
    bench_db = f"tendik_bench_{os.getpid()}"
    if server_url.startswith("postgres"):
        import psycopg

        with psycopg.connect(server_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{bench_db}"')
        os.environ["DATABASE_URL"] = urlunparse(urlparse(server_url)._replace(path=f"/{bench_db}"))
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{workdir}/media"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    try:
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        migrate_seconds = time.perf_counter() - started

        for run in ("first", "second"):
            counter = QueryCounter()
            with connection.execute_wrapper(counter), open(os.devnull, "w") as quiet:
                started = time.perf_counter()
                call_command("seed_demo", stdout=quiet)
                seconds = time.perf_counter() - started
            print(
                f"{connection.vendor}: seed_demo {run} run: {seconds:6.1f} s, "
                f"{counter.count:6d} queries"
            )
        from wagtail.models import Page

        print(
            f"{connection.vendor}: migrate {migrate_seconds:.1f} s; pages: {Page.objects.count()}"
        )
    finally:
        connection.close()
        if server_url.startswith("postgres"):
            import psycopg

            with psycopg.connect(server_url, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{bench_db}"')


if __name__ == "__main__":
    main()
