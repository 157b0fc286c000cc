import os
import shutil

import pytest
from wagtail.models import Locale, Site

from tests.factories import ArticleIndexPageFactory, CampaignIndexPageFactory, VideoIndexPageFactory

# Under CI (.ci/run) tests marked `postgres` must run: a missing PostgreSQL is an error there,
# never a silent skip.
REQUIRE_POSTGRES = os.environ.get("TENDIK_REQUIRE_POSTGRES") == "1"


def pytest_collection_modifyitems(config, items):
    database_url = os.environ.get("DATABASE_URL", "")
    on_postgres = database_url.startswith(("postgres://", "postgresql://"))
    if REQUIRE_POSTGRES and not on_postgres:
        raise pytest.UsageError(
            "TENDIK_REQUIRE_POSTGRES=1 but DATABASE_URL is not a PostgreSQL URL: "
            "tests marked `postgres` would not run."
        )
    if on_postgres:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://...")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def pytest_sessionfinish(session, exitstatus):
    from django.conf import settings

    # cms.settings.test puts uploads in a temporary folder; leave nothing behind.
    if "tendik-test-media-" in str(getattr(settings, "MEDIA_ROOT", "")):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get(language_code=code) for code in ("ru", "kk", "en")}


@pytest.fixture
def home(db):
    """The Russian home page created by the migrations (the default site's root)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def article_index(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def video_index(home):
    return VideoIndexPageFactory(parent=home)


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home)
