"""`make prod-check`: the production configuration run for real on this machine, against
PostgreSQL, Redis and an S3 server (moto's, started here), the way a deploy would start it.

1. `check --deploy` with DJANGO_ENV=production and nothing silenced beyond the settings' own;
2. migrate a throwaway database and collect static files (compressed, fingerprinted);
3. start gunicorn with gunicorn.conf.py and ask it, as the proxy would (X-Forwarded-Proto):
   /healthz, /readyz with every dependency up, an API answer with its security headers, a
   fingerprinted static file served compressed, and the HTTP → HTTPS redirect;
4. a file through the media storage into S3 and back over HTTP.

Prints PASS/FAIL per check and exits 1 on any failure. The database is dropped at the end.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BUCKET = "tendik-prod-check"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Checks:
    def __init__(self):
        self.failed = 0

    def __call__(self, name, ok, detail=""):
        print(f"  {'PASS' if ok else 'FAIL'}  {name}{f' — {detail}' if detail else ''}", flush=True)
        self.failed += 0 if ok else 1
        return ok


def request(url, headers=None, method="GET"):
    """(status, headers, body) without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(
            urllib.request.Request(url, headers=headers or {}, method=method), timeout=15
        ) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def main() -> int:
    import psycopg
    from moto.server import ThreadedMotoServer

    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    # Its own Redis database (15 unless PROD_CHECK_REDIS_DB says otherwise), flushed at the
    # end: the check must not read or leave keys in the cache of a hub on the same Redis.
    redis_url = urlunsplit(
        urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))._replace(
            path=f"/{os.environ.get('PROD_CHECK_REDIS_DB', '15')}"
        )
    )
    database = f"tendik_prod_check_{os.getpid()}"
    parts = urlsplit(server_url)
    database_url = urlunsplit(parts._replace(path=f"/{database}"))
    s3_port, web_port = free_port(), free_port()
    s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=s3_port, verbose=False)
    static_root = tempfile.mkdtemp(prefix="tendik-static-")
    check = Checks()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings",
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": f"https://127.0.0.1:{web_port}",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "TASKS_BACKEND": "database",
        "MEDIA_STORAGE": "s3",
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{s3_port}",
        "AWS_ACCESS_KEY_ID": "prod-check",
        "AWS_SECRET_ACCESS_KEY": "prod-check",
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_DEFAULT_ACL": "public-read",
        "STATIC_ROOT": static_root,
        "PORT": str(web_port),
        "GUNICORN_BIND": f"127.0.0.1:{web_port}",
        "WEB_CONCURRENCY": "2",
    }

    def manage(*args):
        return subprocess.run(
            [PYTHON, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True, text=True
        )

    print(f"Production check: PostgreSQL {database}, Redis {redis_url}, S3 on :{s3_port}")
    s3.start()
    import boto3

    boto3.client(
        "s3",
        endpoint_url=env["AWS_S3_ENDPOINT_URL"],
        aws_access_key_id="prod-check",
        aws_secret_access_key="prod-check",
        region_name="us-east-1",
    ).create_bucket(Bucket=BUCKET)
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')
    web = None
    try:
        result = manage("check", "--deploy", "--fail-level", "WARNING")
        check(
            "check --deploy: no issues",
            result.returncode == 0,
            (result.stdout + result.stderr).strip()[-300:],
        )
        result = manage("migrate", "--no-input")
        check("migrate a fresh database", result.returncode == 0, result.stderr.strip()[-300:])
        result = manage("collectstatic", "--no-input")
        check(
            "collectstatic (compressed manifest)",
            result.returncode == 0,
            result.stderr.strip()[-300:],
        )

        web = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"],
            cwd=PROJECT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        base = f"http://127.0.0.1:{web_port}"
        for _attempt in range(100):
            try:
                if request(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        status, _headers, body = request(f"{base}/healthz")
        check("gunicorn answers /healthz", status == 200, body.decode()[:100])

        status, _headers, body = request(f"{base}/readyz")
        checks = json.loads(body or b"{}").get("checks", {})
        check(
            "/readyz: database, cache, storage and queue ready",
            status == 200 and len(checks) == 4,
            ", ".join(
                f"{name} {'ok' if each['ok'] else each.get('error')} {each['ms']} ms"
                for name, each in checks.items()
            ),
        )

        proxied = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
        status, headers, _body = request(f"{base}/api/v1/regions/?locale=kk", proxied)
        check("API answers over HTTPS (via the proxy header)", status == 200, f"HTTP {status}")
        check(
            "HSTS",
            "max-age=31536000" in (headers.get("Strict-Transport-Security") or ""),
            headers.get("Strict-Transport-Security", "missing"),
        )
        check(
            "Content-Security-Policy",
            "default-src 'self'" in (headers.get("Content-Security-Policy") or ""),
        )
        check("X-Content-Type-Options: nosniff", headers.get("X-Content-Type-Options") == "nosniff")
        check(
            "Referrer-Policy",
            bool(headers.get("Referrer-Policy")),
            headers.get("Referrer-Policy", ""),
        )
        check("X-Request-ID", bool(headers.get("X-Request-ID")))

        status, headers, _body = request(f"{base}/api/v1/regions/")
        check(
            "plain HTTP is redirected to HTTPS",
            status == 301 and (headers.get("Location") or "").startswith("https://"),
            f"HTTP {status}",
        )

        manifest = json.loads((Path(static_root) / "staticfiles.json").read_text())
        hashed = manifest["paths"]["wagtailadmin/css/core.css"]
        status, headers, body = request(f"{base}/static/{hashed}", proxied)
        check(
            "static file fingerprinted, compressed, cached for a year",
            status == 200
            and headers.get("Content-Encoding") == "gzip"
            and "max-age=315360000" in (headers.get("Cache-Control") or ""),
            f"/static/{hashed} {headers.get('Content-Encoding')} {headers.get('Cache-Control')}",
        )

        result = manage(
            "shell",
            "-c",
            "from django.core.files.base import ContentFile; "
            "from django.core.files.storage import default_storage as s; "
            "n = s.save('prod-check/қазақша.txt', ContentFile('Теңдік'.encode())); print(s.url(n))",
        )
        url = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
        ok = False
        if url:
            status, _headers, body = request(url)
            ok = status == 200 and body.decode() == "Теңдік"
        check("media saved to S3 and served over HTTP", ok, url or result.stderr.strip()[-300:])
    finally:
        if web is not None:
            web.terminate()
            try:
                web.wait(timeout=15)
            except subprocess.TimeoutExpired:
                web.kill()
        with psycopg.connect(server_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        s3.stop()
        shutil.rmtree(static_root, ignore_errors=True)
        import redis

        try:
            redis.Redis.from_url(redis_url, socket_timeout=2).flushdb()
        except redis.RedisError:
            pass  # nothing to clean where Redis is not
    print(f"{'All checks passed.' if not check.failed else f'{check.failed} check(s) failed.'}")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
