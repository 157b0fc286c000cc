"""Tendik settings, read from the environment (12-factor).

Every variable is documented in the README's environment table. `DJANGO_ENV=production`
refuses to start without a real `SECRET_KEY` and a real database.
"""

import json
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DJANGO_ENV = os.environ.get("DJANGO_ENV", "development")
if DJANGO_ENV not in {"development", "production"}:
    raise ImproperlyConfigured(
        f"DJANGO_ENV must be 'development' or 'production', not {DJANGO_ENV!r}."
    )
PRODUCTION = DJANGO_ENV == "production"
DEBUG = not PRODUCTION


def _with_query(url: str, **params) -> str:
    """`url` with `params` added to its query string (those it already has win)."""
    parts = urlsplit(url)
    query = {**{key: str(value) for key, value in params.items()}, **dict(parse_qsl(parts.query))}
    return parts._replace(query=urlencode(query)).geturl()


# A development key is fine on a laptop; production must bring its own.
_DEVELOPMENT_SECRET_KEY = "django-insecure-tendik-development-only"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured(
            "DJANGO_ENV=production needs SECRET_KEY: set it to a long random string, e.g. "
            "the output of `python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
        )
    SECRET_KEY = _DEVELOPMENT_SECRET_KEY
# Earlier keys, comma-separated, while rotating SECRET_KEY: sessions, signed links and webhook
# secrets (encrypted with a key derived from it) stay readable.
SECRET_KEY_FALLBACKS = [
    key.strip() for key in os.environ.get("SECRET_KEY_FALLBACKS", "").split(",") if key.strip()
]

ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get(
        "ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver"
    ).split(",")
    if host.strip()
]
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DJANGO_ENV=production needs ALLOWED_HOSTS (comma-separated).")

# Database: a SQLite file in the project folder unless DATABASE_URL says otherwise.
DEFAULT_DATABASE_URL = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if PRODUCTION and not DATABASE_URL:
    raise ImproperlyConfigured(
        "DJANGO_ENV=production refuses the default SQLite database: set DATABASE_URL, "
        "e.g. postgres://user:password@host:5432/tendik."
    )
DATABASES = {
    # Connections are kept for a minute, and checked before a request reuses one: after a
    # database restart the first request reconnects instead of failing on a dead connection.
    "default": dj_database_url.parse(
        DATABASE_URL or DEFAULT_DATABASE_URL, conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default has writers in several threads and processes (runserver, the task
    # worker): take the write lock when a transaction begins and wait for it, rather than fail
    # mid-transaction with "database is locked"; WAL lets readers go on meanwhile.
    _sqlite_options = DATABASES["default"].setdefault("OPTIONS", {})
    _sqlite_options.setdefault("transaction_mode", "IMMEDIATE")
    _sqlite_options.setdefault("timeout", 20)
    _sqlite_options.setdefault("init_command", "PRAGMA journal_mode=WAL;")

# Cache: Redis when REDIS_URL is set, otherwise this process's memory. Redis is a shared cache
# and a queue, never a store: an outage degrades the hub (cache misses, tasks queued in the
# database) but fails no request. Short timeouts, because Redis answers in microseconds when it
# is well; after a failure a circuit breaker skips it for REDIS_BREAKER_SECONDS (cms/cache.py,
# cms/task_backends.py), so a Redis that hangs costs one timeout per process, not one per call.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
REDIS_BREAKER_SECONDS = float(os.environ.get("REDIS_BREAKER_SECONDS", "30"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.CircuitBreakingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tendik",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background tasks (Django Tasks): confirmation emails, exports, purges, webhooks, Wagtail's own
# index updates. "database" queues them in the database for `manage.py db_worker` (`make
# worker`; `make run` starts one beside the server); "rq" queues them in Redis (REDIS_URL) for
# RQ workers, to scale out, with the database queue (`fallback`) taking what Redis cannot
# (cms/task_backends.py); "immediate" runs them inside the request, for tests.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
    "rq": "cms.task_backends.RQBackendWithDatabaseFallback",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {TASKS_BACKEND!r}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}
if TASKS_BACKEND == "rq":
    TASKS["fallback"] = {"BACKEND": TASK_BACKENDS["database"]}
if TASKS_BACKEND == "rq" and not REDIS_URL:
    raise ImproperlyConfigured("TASKS_BACKEND=rq needs REDIS_URL.")
# django-rq's queue (used when TASKS_BACKEND=rq; `make worker` starts an RQ worker on it).
# The timeouts ride in the URL (django-rq passes nothing else to redis-py for a URL); an RQ
# worker raises its own socket timeout above its blocking wait.
RQ_QUEUES = {
    "default": {
        "URL": _with_query(
            REDIS_URL or "redis://127.0.0.1:6379/0",
            socket_connect_timeout=REDIS_TIMEOUT,
            socket_timeout=REDIS_TIMEOUT,
        ),
        "DEFAULT_TIMEOUT": 600,
    }
}

INSTALLED_APPS = [
    "cms",
    "home",
    "articles",
    "campaigns",
    "events",
    "consultations",
    "api",
    "translations",  # before wagtail_localize: it overrides one of its templates
    "outbox",
    "ops",
    "website",
    "django_tasks_db",
    "django_rq",
    "corsheaders",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales: locale admin with sync settings
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Wagtail uses its naturaltime («2 минуты назад») without installing it, so its
    # translations were never loaded: «a minute ago» in every language.
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "ops.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Kazakh pages in the script the reader chose (after the two above: the page's language is
    # known, and CommonMiddleware counts the converted body).
    "website.scripts.KazakhScriptMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "ops.middleware.StorageUnavailableMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a refused sign-in into its 429 answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# First: refuses a locked-out account or client before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login throttling (ops/login_throttling.py): 5 failed sign-ins within 15 minutes pause signing
# in for 15 minutes, per account and, separately, per client address (the same address the
# signing rate limit uses, TRUSTED_PROXIES included). Counted in the database, not the cache.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "api.signing.client_address"
AXES_HANDLER = "ops.login_throttling.LoginAttempts"
AXES_RESET_ON_SUCCESS = True
# Tries during a pause do not prolong it, so "paused for 15 minutes" stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "ops.login_throttling.lockout_response"
# Failures are what throttling needs; a record of every successful sign-in (address, browser),
# kept forever, is personal data it does not.
AXES_DISABLE_ACCESS_LOG = True
WAGTAILADMIN_USER_LOGIN_FORM = "ops.login_throttling.LoginForm"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Russian is the source language; Kazakh and English are translations.
LANGUAGE_CODE = "ru"
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True
LANGUAGES = [
    ("ru", _("Russian")),
    ("kk", _("Kazakh")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Django's own kk date formats lack lowercase months; ours live in cms/formats/.
FORMAT_MODULE_PATH = ["cms.formats"]

WAGTAIL_I18N_ENABLED = True
# A new translation starts as a draft, even when its source is live: a Kazakh reader must not get
# a "Kazakh" page that still holds the Russian text. The translator's reviewer publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin's own languages, each named in itself, as people look for their language in a list.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("ru", "Русский"), ("kk", "Қазақша"), ("en", "English")]
# The zones an admin user may pick, named in their language by cms/time_zones.py.
WAGTAIL_USER_TIME_ZONES = [
    "Asia/Almaty",
    "Asia/Bishkek",
    "Asia/Tashkent",
    "Europe/Moscow",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "UTC",
]
# Email: SMTP when EMAIL_HOST is set, else printed to the console (development).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
EMAIL_TIMEOUT = 10
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Tendik <no-reply@tendik.kz>")

# Petition signing (campaigns/signing.py, api/signing.py).
# Where confirmation links point: the website's confirm page; unset, the hub's own small page.
FRONTEND_BASE_URL = os.environ.get("FRONTEND_BASE_URL", "").rstrip("/")
# The built-in website's views of a live page and of a draft (website/rendering.py). Pages
# (cms/models.py) reach them through these names: cms sits below website and never imports it.
BUILT_IN_SITE_PAGE_VIEW = "website.rendering.serve_page"
BUILT_IN_SITE_DRAFT_VIEW = "website.rendering.serve_draft"
# How long a preview link to a draft works (cms/preview.py).
PREVIEW_TOKEN_SECONDS = int(os.environ.get("PREVIEW_TOKEN_SECONDS", "3600"))
PETITION_RATE_LIMIT = os.environ.get("PETITION_RATE_LIMIT", "10/m")  # per client: n/s, n/m, n/h
# Proxies whose X-Forwarded-For is believed (their addresses, comma-separated).
TRUSTED_PROXIES = [
    ip.strip() for ip in os.environ.get("TRUSTED_PROXIES", "").split(",") if ip.strip()
]
SIGNATURE_TOKEN_DAYS = 7
# How long a scheduler holds a social post it claimed before the post returns to the queue.
SOCIAL_POST_LEASE_SECONDS = int(os.environ.get("SOCIAL_POST_LEASE_SECONDS", "300"))
# Signers' names and addresses are erased this many days after their petition closed
# (manage.py anonymise_signatures); counts, regions and dates stay.
SIGNATURE_RETENTION_DAYS = int(os.environ.get("SIGNATURE_RETENTION_DAYS", "180"))
# Event registrations: how long the emailed confirmation link works, how long the cancel link
# (sent with every email until the event) works, and how many days after an event ends its
# registrants' data is erased (counts per status, category and region stay).
REGISTRATION_TOKEN_DAYS = 7
REGISTRATION_CANCEL_DAYS = 365
# The check-in code in a seat's email (its QR) works until the event, however far ahead.
CHECK_IN_CODE_DAYS = 400
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "90"))
# CSV exports of signatures (personal data) are deleted this many days after they were made,
# by the same daily command.
SIGNATURE_EXPORT_DAYS = int(os.environ.get("SIGNATURE_EXPORT_DAYS", "7"))
# A sent email keeps neither address nor body (outbox/delivery.py); its record (kind, subject,
# when) is deleted this many days later by manage.py deliver_outbox.
OUTBOX_SENT_RETENTION_DAYS = int(os.environ.get("OUTBOX_SENT_RETENTION_DAYS", "30"))
# The first retry of a failed email comes this many seconds later, then twice as long each time,
# at most a day (outbox/delivery.py backoff).
OUTBOX_RETRY_SECONDS = float(os.environ.get("OUTBOX_RETRY_SECONDS", "60"))

# Webhooks (api/webhooks/). In production a subscription may not send to a private or
# loopback address (the hub would otherwise reach into its own network) unless its host is listed
# here, comma-separated, e.g. an internal revalidation service: "revalidate.internal,10.0.0.7".
WEBHOOK_ALLOWED_HOSTS = [
    host.strip().lower()
    for host in os.environ.get("WEBHOOK_ALLOWED_HOSTS", "").split(",")
    if host.strip()
]

# Machine translation, per language pair (translations/machine.py), as JSON, e.g.
# {"ru:en": {"CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
#            "OPTIONS": {"AUTH_KEY": "..."}}}. Unset: no machine translation button anywhere.
try:
    TENDIK_MACHINE_TRANSLATORS = json.loads(os.environ.get("TENDIK_MACHINE_TRANSLATORS") or "{}")
except ValueError as error:
    raise ImproperlyConfigured(f"TENDIK_MACHINE_TRANSLATORS is not valid JSON: {error}") from error
if TENDIK_MACHINE_TRANSLATORS:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.RoutingMachineTranslator",
        "OPTIONS": {"routes": TENDIK_MACHINE_TRANSLATORS},
    }
# Slugs are ASCII: our transliteration (cms/slugs.py) writes Kazakh and Russian letters in Latin.
WAGTAIL_ALLOW_UNICODE_SLUGS = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Files that must never be public (signature exports): outside MEDIA_ROOT, served only through
# views that check who asks.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# A CDN host name in front of the media bucket, e.g. media.tendik.kz (S3 mode).
MEDIA_CDN_DOMAIN = os.environ.get("MEDIA_CDN_DOMAIN", "")
# Media on S3-compatible storage (MinIO, Ceph, AWS) with MEDIA_STORAGE=s3: public media under
# media/ (served through MEDIA_CDN_DOMAIN when set), private files (signature exports) under
# private/, reachable only through signed URLs that expire after PRIVATE_URL_SECONDS.
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "local")
PRIVATE_URL_SECONDS = int(os.environ.get("PRIVATE_URL_SECONDS", "300"))
if MEDIA_STORAGE not in {"local", "s3"}:
    raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'local' or 's3', not {MEDIA_STORAGE!r}.")
# gunicorn serves no /media/: with local media in production, a reverse proxy must serve
# MEDIA_ROOT at /media/ (README, "Media on local disk"), and the operator says it does.
MEDIA_SERVED_BY_PROXY = os.environ.get("MEDIA_SERVED_BY_PROXY", "") == "1"
if PRODUCTION and MEDIA_STORAGE == "local" and not MEDIA_SERVED_BY_PROXY:
    raise ImproperlyConfigured(
        "DJANGO_ENV=production with MEDIA_STORAGE=local: the hub does not serve /media/ itself, "
        "so every image the API points to would be a 404. Use MEDIA_STORAGE=s3, or serve "
        "MEDIA_ROOT at /media/ from your reverse proxy and set MEDIA_SERVED_BY_PROXY=1."
    )
if MEDIA_STORAGE == "s3":
    if not os.environ.get("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    from botocore.config import Config as _BotoConfig

    _S3 = {
        "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
        "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        # MinIO and Ceph want bucket names in the path; AWS takes either.
        "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE", "path"),
        "signature_version": "s3v4",
        # A second upload of "report.pdf" gets a new name, never replaces the first.
        "file_overwrite": False,
        # Fail fast: a hung store must not hold a web worker for minutes.
        "client_config": _BotoConfig(
            connect_timeout=3, read_timeout=20, retries={"max_attempts": 2, "mode": "standard"}
        ),
    }
    STORAGES["default"] = {
        "BACKEND": "cms.storage.S3MediaStorage",
        "OPTIONS": {
            **_S3,
            "location": "media",
            "querystring_auth": False,
            # Public media is readable through a bucket policy on media/* (see the README), or
            # per object with AWS_DEFAULT_ACL=public-read on stores without policies.
            "default_acl": os.environ.get("AWS_DEFAULT_ACL") or None,
            "custom_domain": MEDIA_CDN_DOMAIN or None,
            "url_protocol": "https:",
        },
    }
    STORAGES["private"] = {
        "BACKEND": "cms.storage.S3MediaStorage",
        "OPTIONS": {
            **_S3,
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": PRIVATE_URL_SECONDS,
        },
    }

WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.media_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.media_forms.DocumentForm"

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Complex page models can exceed Django's default of 1000 fields per form.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Tendik"
# The admin asks no outside server for anything: no Gravatar avatars (uploaded ones work), no
# check for new Wagtail releases. Both also stay within the content security policy.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The hub's one public address, for every link that leaves it in an email (Wagtail's review
# emails, confirmation links when there is no website, "view the page" links) and for CDN purges:
# `make run` sets it from its HOST and PORT. Production refuses to start without it, as without
# SECRET_KEY: a guess (the first of ALLOWED_HOSTS, the Site's hostname `localhost`, make's
# 127.0.0.1) would mail signers links that lead nowhere.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip().rstrip("/")
if not WAGTAILADMIN_BASE_URL:
    if PRODUCTION:
        raise ImproperlyConfigured(
            "DJANGO_ENV=production needs WAGTAILADMIN_BASE_URL, the hub's public address "
            "(e.g. https://hub.tendik.kz): every link in an email starts with it."
        )
    WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
_base_url = urlsplit(WAGTAILADMIN_BASE_URL)
if _base_url.scheme not in {"http", "https"} or not _base_url.netloc or _base_url.path:
    raise ImproperlyConfigured(
        "WAGTAILADMIN_BASE_URL must be an origin like https://hub.tendik.kz (scheme and host, "
        f"no path), not {WAGTAILADMIN_BASE_URL!r}."
    )
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "vtt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# A published page whose slug changes keeps its old URL alive through a redirect.
WAGTAILREDIRECTS_AUTO_CREATE = True

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["api.responses.JSONRenderer"],
    # DRF's default parsers, with our JSON parser (deep nesting is a 400): wagtail-localize's
    # editor posts forms to its DRF views.
    "DEFAULT_PARSER_CLASSES": [
        "api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "UNAUTHENTICATED_USER": None,
    # `?format=` is the events' filter (in person, online, hybrid), not DRF's choice of renderer:
    # the API answers JSON, or a calendar file where the path says .ics.
    "URL_FORMAT_OVERRIDE": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Tendik API",
    "DESCRIPTION": (
        "Published content of the Tendik hub in Russian, Kazakh and English. "
        "See frontend_contract/README.md."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI's files come from the drf-spectacular-sidecar package, not from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "PREPROCESSING_HOOKS": ["api.schema.public_api_only"],
    # Errors as problem+json, the errors every operation may answer, optional request defaults,
    # the `script` parameter of the public reads.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.errors.problem_responses",
        "api.schema.requests.request_rules",
        "api.schema.scripts.script_parameter",
    ],
    # Path ids are database ids: 1 to 2**63 - 1 (api/urls.py DatabaseId).
    "PATH_CONVERTER_OVERRIDES": {
        "db_id": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1},
    },
    "ENUM_NAME_OVERRIDES": {
        "PageTypeEnum": "api.page_types.TYPE_NAMES",
        # Petition states were published as StateEnum before social posts had states too.
        "StateEnum": "api.schema.PETITION_STATES",
        "PageSummaryTypeEnum": "api.schema.PLAIN_CARD_TYPES",
        "PetitionPageTypeEnum": "api.schema.PETITION_TYPE",
        "EventPageTypeEnum": "api.schema.enums.EVENT_TYPE",
        "ConsultationPageTypeEnum": "api.schema.enums.CONSULTATION_TYPE",
        "ConsultationPhaseEnum": "api.schema.enums.CONSULTATION_PHASES",
        "ContributionKindEnum": "api.schema.enums.CONTRIBUTION_KINDS",
        "DispositionEnum": "api.schema.enums.CONTRIBUTION_DISPOSITIONS",
        "ContributionStateStatusEnum": "api.schema.enums.CONTRIBUTION_LINK_STATUSES",
        "OutcomeEnum": "api.schema.enums.CONTRIBUTION_OUTCOMES",
        "TimelineStepEnum": "api.schema.enums.TIMELINE_STEPS",
        "VersionKindEnum": "api.schema.enums.VERSION_KINDS",
        # Every choice of ru/kk/en (a locale, an event's or a session's language) is one enum.
        "LocaleEnum": "cms.languages.LANGUAGE_CODES",
        "EventKindEnum": "api.schema.enums.EVENT_KINDS",
        "EventFormatEnum": "api.schema.enums.EVENT_FORMATS",
        "RegistrationStateEnum": "api.schema.enums.REGISTRATION_STATES",
        "QuestionKindEnum": "api.schema.enums.QUESTION_KINDS",
        "IndicatorSourceEnum": "api.schema.enums.INDICATOR_SOURCES",
        "IndicatorMeasureEnum": "api.schema.enums.INDICATOR_MEASURES",
        "RegistrationStatusEnum": "api.schema.enums.REGISTRANT_STATUSES",
        "SigningAcceptedStatusEnum": "api.schema.enums.ACCEPTED_STATUSES",
        "SigningStateStatusEnum": "api.schema.enums.SIGNATURE_LINK_STATUSES",
    },
    "SORT_OPERATIONS": False,
    # OpenAPI 3.1 states nullable references exactly (JSON Schema's `type: null`).
    "OAS_VERSION": "3.1.0",
}

# --- Security headers, for every mode (so development shows what production enforces) -----
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's preview panel frames the admin's own pages, so framing is allowed from the same
# origin only (security.W019 is silenced below for this reason).
X_FRAME_OPTIONS = "SAMEORIGIN"
# The admin (Wagtail's own inline scripts and styles), Swagger UI and the hub's pages load
# everything from this origin; media may come from the CDN; video embeds in previews from the
# video hosts.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"]
        + ([f"https://{MEDIA_CDN_DOMAIN}"] if MEDIA_CDN_DOMAIN else []),
        "media-src": ["'self'"] + ([f"https://{MEDIA_CDN_DOMAIN}"] if MEDIA_CDN_DOMAIN else []),
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": [
            "'self'",
            # The preview panel shows the website's preview route when there is a website.
            *([FRONTEND_BASE_URL] if FRONTEND_BASE_URL else []),
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}

# CORS: browsers on these origins (the website) may call the API; nobody else.
CORS_ALLOWED_ORIGINS = [
    origin.strip().rstrip("/")
    for origin in os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",")
    if origin.strip()
]
CORS_URLS_REGEX = r"^/api/"
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After", "X-Request-ID"]
CORS_ALLOW_HEADERS = [
    "accept",
    "accept-language",
    "content-type",
    "if-none-match",
    "if-modified-since",
    "idempotency-key",
    "authorization",
    "x-request-id",
]
CSRF_TRUSTED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin.strip()
]
# A refused CSRF check under /api/ answers problem+json like every other API error.
CSRF_FAILURE_VIEW = "api.errors.csrf_failure"
# Forms posted from the hub's own address (the confirm page, the admin) pass the CSRF origin
# check even when a proxy hands Django another Host.
if WAGTAILADMIN_BASE_URL not in CSRF_TRUSTED_ORIGINS:
    CSRF_TRUSTED_ORIGINS.append(WAGTAILADMIN_BASE_URL)
SILENCED_SYSTEM_CHECKS = ["security.W019"]  # X_FRAME_OPTIONS = SAMEORIGIN, see above

# CDN purges on publish, unpublish, move and delete (ops/cdn.py): FRONTEND_CACHE_BACKEND=http
# sends PURGE requests to CDN_PURGE_URL (Varnish, nginx, Fastly-style); cloudflare and
# cloudfront use their APIs. Unset: nothing is purged.
FRONTEND_CACHE_BACKEND = os.environ.get("FRONTEND_CACHE_BACKEND", "")
_FRONTEND_CACHE_BACKENDS = {
    "http": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["CDN_PURGE_URL"],
    },
    "cloudflare": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    },
    "cloudfront": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    },
}
# Each page has its own address per language (translations differ in slugs), so the purge
# list is exact; Wagtail must not multiply it by the content languages.
WAGTAILFRONTENDCACHE_LANGUAGES = []
if FRONTEND_CACHE_BACKEND:
    if FRONTEND_CACHE_BACKEND not in _FRONTEND_CACHE_BACKENDS:
        raise ImproperlyConfigured(
            "FRONTEND_CACHE_BACKEND must be http, cloudflare or cloudfront, "
            f"not {FRONTEND_CACHE_BACKEND!r}."
        )
    try:
        WAGTAILFRONTENDCACHE = {"cdn": _FRONTEND_CACHE_BACKENDS[FRONTEND_CACHE_BACKEND]()}
    except KeyError as missing:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND={FRONTEND_CACHE_BACKEND} needs {missing.args[0]}."
        ) from None

# /readyz gives each dependency this many seconds.
READINESS_TIMEOUT = float(os.environ.get("READINESS_TIMEOUT", "2"))

if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # TLS ends at the proxy, which says so in X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
    # Health checks come from the load balancer over plain HTTP.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "1") == "1"
    SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "1") == "1"
    # Static files straight from the web process, before anything else looks at the request;
    # compressed and fingerprinted (run `manage.py collectstatic` when deploying).
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
        "whitenoise.middleware.WhiteNoiseMiddleware",
    )
    STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}

# Logs: text for a person at a console, JSON lines (with the request id) for a log pipeline.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json" if PRODUCTION else "text")
if LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured(f"LOG_FORMAT must be 'json' or 'text', not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "ops.request_id.RequestIdFilter"},
        # Query strings carry tokens and searched addresses: no log line keeps them.
        "no_query_strings": {"()": "ops.log_redaction.QueryStringFilter"},
    },
    "formatters": {
        "text": {"format": "%(levelname)s %(name)s: %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id", "no_query_strings"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Wagtail logs every edit and every background task at INFO: too loud for a console.
    "loggers": {
        # Django's own handlers (a second console, runserver's request lines, mail to ADMINS)
        # would bypass the filters above: its records go to the console like all others.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.server": {"handlers": [], "level": "INFO", "propagate": True},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        "django_tasks": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
        # django-axes: failures and lockouts (WARNING) stay, its start-up banner goes.
        "axes": {"level": "WARNING"},
        # fpdf2 subsets the certificate font through fontTools, which lists every glyph at INFO.
        "fontTools": {"level": "WARNING"},
    },
}
