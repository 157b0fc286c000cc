"""Settings come from the environment; production refuses unsafe defaults with a clear message."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

PROJECT = Path(__file__).resolve().parent.parent


def start_django(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "DJANGO_ENV"}
        and key != "WAGTAILADMIN_BASE_URL"
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_secret_key():
    result = start_django(
        DJANGO_ENV="production", DATABASE_URL="postgres://u@db/tendik", ALLOWED_HOSTS="x.kz"
    )
    assert result.returncode != 0
    assert "needs SECRET_KEY" in result.stderr


def test_production_refuses_the_default_sqlite_database():
    result = start_django(DJANGO_ENV="production", SECRET_KEY="s" * 50, ALLOWED_HOSTS="x.kz")
    assert result.returncode != 0
    assert "refuses the default SQLite database" in result.stderr


def test_production_starts_with_its_settings():
    result = start_django(
        DJANGO_ENV="production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="postgres://u@db/tendik",
        ALLOWED_HOSTS="x.kz",
        WAGTAILADMIN_BASE_URL="https://x.kz",
        MEDIA_SERVED_BY_PROXY="1",
    )
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_production_refuses_local_media_that_nothing_serves():
    result = start_django(
        DJANGO_ENV="production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="postgres://u@db/tendik",
        ALLOWED_HOSTS="x.kz",
        WAGTAILADMIN_BASE_URL="https://x.kz",
    )
    assert result.returncode != 0
    assert "MEDIA_SERVED_BY_PROXY=1" in result.stderr
    result = start_django(
        DJANGO_ENV="production",
        SECRET_KEY="s" * 50,
        DATABASE_URL="postgres://u@db/tendik",
        ALLOWED_HOSTS="x.kz",
        WAGTAILADMIN_BASE_URL="https://x.kz",
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="tendik-media",
    )
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def settings_of(*names, **env):
    """The values of settings `names` in a fresh process started with `env`."""
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps([getattr(settings, name) for name in {list(names)!r}]))"
    )
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "DJANGO_ENV"}
        and key != "WAGTAILADMIN_BASE_URL"
    }
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings")
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "s" * 50,
    "DATABASE_URL": "postgres://u@db/tendik",
    "MEDIA_SERVED_BY_PROXY": "1",
}


def test_links_in_emails_have_one_base_url_per_environment_which_forms_may_post_from():
    """The base URL of every emailed link (review emails, confirmation links) and a trusted
    origin for forms: make run's address, or what is set (production needs it set)."""
    assert settings_of("WAGTAILADMIN_BASE_URL", "CSRF_TRUSTED_ORIGINS") == [
        "http://127.0.0.1:8000",
        ["http://127.0.0.1:8000"],
    ]
    assert settings_of(
        "WAGTAILADMIN_BASE_URL",
        "CSRF_TRUSTED_ORIGINS",
        **PRODUCTION,
        ALLOWED_HOSTS="web",
        WAGTAILADMIN_BASE_URL="https://hub.tendik.kz/",
        CSRF_TRUSTED_ORIGINS="https://tendik.kz",
    ) == ["https://hub.tendik.kz", ["https://tendik.kz", "https://hub.tendik.kz"]]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({**PRODUCTION, "ALLOWED_HOSTS": ".tendik.kz"}, "needs WAGTAILADMIN_BASE_URL"),
        # Not guessed from ALLOWED_HOSTS: confirmation links went to http://127.0.0.1:8000/.
        ({**PRODUCTION, "ALLOWED_HOSTS": "tendik.kz,127.0.0.1"}, "needs WAGTAILADMIN_BASE_URL"),
        ({"WAGTAILADMIN_BASE_URL": "hub.tendik.kz"}, "must be an origin"),
        ({"WAGTAILADMIN_BASE_URL": "https://hub.tendik.kz/admin/"}, "must be an origin"),
    ],
)
def test_a_base_url_that_cannot_make_links_is_refused_at_start(env, message):
    result = start_django(**env)
    assert result.returncode != 0 and message in result.stderr


def test_unknown_environment_name_is_refused():
    result = start_django(DJANGO_ENV="staging")
    assert result.returncode != 0
    assert "DJANGO_ENV must be" in result.stderr


def test_development_defaults_to_a_sqlite_file_in_the_project_folder():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['NAME'])",
        ],
        cwd=PROJECT,
        env={
            **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
            "DJANGO_SETTINGS_MODULE": "cms.settings",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == str(PROJECT / "db.sqlite3")


def test_languages_time_zone_and_i18n():
    assert settings.LANGUAGE_CODE == "ru"
    assert settings.TIME_ZONE == "Asia/Almaty"
    assert [code for code, _ in settings.LANGUAGES] == ["ru", "kk", "en"]
    assert settings.WAGTAIL_I18N_ENABLED
    assert {"wagtail_localize", "wagtail_localize.locales"} <= set(settings.INSTALLED_APPS)


@pytest.mark.postgres
def test_ci_runs_on_postgresql(db):
    from django.db import connection

    assert connection.vendor == "postgresql"


def test_cache_is_redis_when_redis_url_is_set_and_memory_otherwise():
    from django.core.cache import cache

    backend = settings.CACHES["default"]["BACKEND"]
    if os.environ.get("REDIS_URL"):
        assert backend == "cms.cache.CircuitBreakingRedisCache"  # django-redis, with a breaker
        # A real round trip through the Redis server, not just the configured class name.
        from django_redis import get_redis_connection

        assert get_redis_connection("default").ping()
    else:
        assert backend == "django.core.cache.backends.locmem.LocMemCache"
    cache.set("tendik:test:теңдік", "қ", timeout=10)
    assert cache.get("tendik:test:теңдік") == "қ"
    cache.delete("tendik:test:теңдік")


CONCURRENT_WRITERS = """
import threading, time
import django
django.setup()
from django.db import connection, transaction

with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE counter (n integer)")
    cursor.execute("INSERT INTO counter VALUES (0)")
connection.close()
errors, start = [], threading.Barrier(2)

def read_then_write():
    # What a request does: read, work a little, write; two at once in two threads.
    try:
        start.wait()
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT n FROM counter")
                n = cursor.fetchone()[0]
                time.sleep(0.3)
                cursor.execute("UPDATE counter SET n = %s", [n + 1])
    except Exception as error:
        errors.append(repr(error))
    finally:
        connection.close()

threads = [threading.Thread(target=read_then_write) for _ in range(2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
with connection.cursor() as cursor:
    cursor.execute("SELECT n FROM counter")
    print(cursor.fetchone()[0], errors)
"""


def test_the_embedded_sqlite_database_takes_concurrent_writers_in_turn(tmp_path):
    """`make run` writes from several threads (runserver) and a worker process: each
    transaction waits for the write lock instead of failing with "database is locked"."""
    result = subprocess.run(
        [sys.executable, "-c", CONCURRENT_WRITERS],
        cwd=PROJECT,
        env={
            **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
            "DATABASE_URL": f"sqlite:///{tmp_path / 'concurrent.sqlite3'}",
            "DJANGO_SETTINGS_MODULE": "cms.settings",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "2 []"  # both writes, in turn, none lost
