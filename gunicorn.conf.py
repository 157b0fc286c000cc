"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py cms.wsgi` (what the README's
"Running in production" starts). Every value can be overridden from the environment."""

import multiprocessing
import os

from gunicorn.glogging import Logger
from pythonjsonlogger.json import JsonFormatter

from ops.log_redaction import QueryStringFilter

# Behind a proxy: listen where it forwards to. For a trial on one machine, with no proxy,
# GUNICORN_BIND=127.0.0.1:8000 keeps it off the network.
bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# Sync workers, sized from the CPUs (gunicorn's rule of thumb): requests here are short and
# mostly wait on PostgreSQL. WEB_CONCURRENCY is the usual override on platforms.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak never grows into an outage.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Proxies may set X-Forwarded-*: trust them from these addresses only.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# One JSON object per request on stdout, with the request id the app sent back. The path
# only: queries carry confirmation tokens and searched addresses.
accesslog = "-"
errorlog = "-"
access_log_format = (
    '{"time": "%(t)s", "remote": "%(h)s", "method": "%(m)s", "path": "%(U)s", '
    '"status": %(s)s, "bytes": "%(B)s", "duration_ms": %(M)s, '
    '"request_id": "%({x-request-id}o)s", "user_agent": "%(a)s"}'
)


class QuerylessLogger(Logger):
    """gunicorn's logger, whose error log ("Error handling request /…?token=…") drops queries
    too, and whose own lines ("Booting worker", "Worker timeout") are JSON like the app's (the
    settings' LOGGING), unless LOG_FORMAT=text."""

    def setup(self, cfg):
        super().setup(cfg)
        for handler in self.error_log.handlers:
            handler.addFilter(QueryStringFilter())
            if os.environ.get("LOG_FORMAT", "json") == "json":
                handler.setFormatter(
                    JsonFormatter(
                        "%(asctime)s %(levelname)s %(name)s %(message)s",
                        rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
                    )
                )


logger_class = QuerylessLogger
