"""CDN purges through Wagtail's frontend cache, against a local HTTP server that records the
PURGE requests it gets: publish, slug change, move, unpublish and delete."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction

from tests.conftest import publish
from tests.factories import AnalyticalArticlePageFactory, CampaignIndexPageFactory

pytestmark = pytest.mark.django_db


class PurgeRecorder(BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        PurgeRecorder.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings, django_capture_on_commit_callbacks):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    settings.FRONTEND_BASE_URL = "https://tendik.kz"
    settings.WAGTAILADMIN_BASE_URL = "https://hub.tendik.kz"
    PurgeRecorder.received = []

    def purged(action):
        PurgeRecorder.received = []
        with django_capture_on_commit_callbacks(execute=True):
            action()
        return set(PurgeRecorder.received)

    yield purged
    server.shutdown()


@pytest.fixture
def article(article_index):
    publish(article_index)
    return publish(AnalyticalArticlePageFactory(parent=article_index, title="Равенство"))


def site_purges(received, host="tendik.kz"):
    return {path for purge_host, path in received if purge_host == host}


def test_publishing_purges_the_page_and_the_api_answers_that_show_it(cdn, article):
    received = cdn(lambda: article.save_revision().publish())
    assert site_purges(received) == {"/ru/analitika/ravenstvo/"}
    assert site_purges(received, "hub.tendik.kz") == {
        f"/api/v1/pages/{article.pk}/",
        "/api/v1/pages/find/?path=/ru/analitika/ravenstvo/",
        "/api/v1/pages/?locale=ru",
        "/api/v1/navigation/?locale=ru",
        "/api/v1/sitemap/",
    }


def test_a_new_slug_purges_the_old_address_too(cdn, article):
    article.slug = "teneldik"
    received = cdn(lambda: article.save_revision().publish())
    assert site_purges(received) == {"/ru/analitika/ravenstvo/", "/ru/analitika/teneldik/"}


def test_moving_unpublishing_and_deleting_purge(cdn, article, home):
    other = publish(CampaignIndexPageFactory(parent=home))
    received = cdn(lambda: MovePageAction(article, other, pos="last-child").execute())
    assert site_purges(received) == {"/ru/analitika/ravenstvo/", "/ru/kampanii/ravenstvo/"}
    article = type(article).objects.get(pk=article.pk)
    received = cdn(lambda: article.unpublish())
    assert site_purges(received) == {"/ru/kampanii/ravenstvo/"}
    article = publish(article)
    received = cdn(
        lambda: DeletePageAction(article, user=None).execute(skip_permission_checks=True)
    )
    assert site_purges(received) == {"/ru/kampanii/ravenstvo/"}


def test_nothing_is_purged_without_a_configured_cdn(
    settings, article, django_capture_on_commit_callbacks
):
    PurgeRecorder.received = []
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        article.save_revision().publish()
    assert not hasattr(settings, "WAGTAILFRONTENDCACHE") or not settings.WAGTAILFRONTENDCACHE
    assert PurgeRecorder.received == [] and callbacks is not None
