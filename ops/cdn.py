"""Purging the CDN when a page changes: its address on the website and the API answers that
show it, through Wagtail's frontend cache (WAGTAILFRONTENDCACHE: an HTTP PURGE endpoint,
Cloudflare or CloudFront; see cms/settings). Purges run as background tasks after the change
commits, so an unreachable CDN never slows or fails an editor's publish.

Exact URLs are purged: the page, its `pages/{id}/` and `pages/find/?path=` answers, and the
language's plain list, navigation and sitemap. Other list variants expire by their
Cache-Control (60 s) and revalidate cheaply by ETag.
"""

from urllib.parse import quote

from django.conf import settings
from django.db import transaction
from wagtail.models import Page

from cms.frontend import front_end_path

# A deleted page's addresses, remembered before the rows go.
_DELETED = "_tendik_purge_urls"


def hub_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def urls_for(page: Page, *, path: str | None = None) -> list[str]:
    """What to purge for `page`; `path` is an earlier front-end path (before a move or a slug
    change), whose answers are as stale as the new ones are missing."""
    path = path or front_end_path(page)
    if path is None:
        return []
    language = path.strip("/").split("/")[0]
    base = settings.FRONTEND_BASE_URL or settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return [
        f"{base}{path}",
        hub_url(f"/api/v1/pages/{page.pk}/"),
        hub_url(f"/api/v1/pages/find/?path={quote(path)}"),
        hub_url(f"/api/v1/pages/?locale={language}"),
        hub_url(f"/api/v1/navigation/?locale={language}"),
        hub_url("/api/v1/sitemap/"),
    ]


def purge(urls) -> None:
    urls = sorted(set(urls))
    if not urls or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    transaction.on_commit(lambda: purge_urls_from_cache(urls))


# --- signal receivers (connected in ops/apps.py) --------------------------------------------


def on_published(sender, instance, **kwargs):
    purge(urls_for(instance))


def on_slug_changed(sender, instance, instance_before, **kwargs):
    """A live page's new slug moves its address and its descendants': the old ones go."""
    purge(_moved_subtree(instance, instance_before.url_path, instance.url_path))


def _moved_subtree(page, old_url_path, new_url_path, limit=500):
    urls = []
    subtree = Page.objects.descendant_of(page, inclusive=True).live().select_related("locale")
    for each in subtree[:limit]:
        old = Page(
            url_path=old_url_path + each.url_path[len(new_url_path) :],
            depth=each.depth,
            locale=each.locale,
        )
        urls += urls_for(each, path=front_end_path(old))
    return urls


def on_unpublished(sender, instance, **kwargs):
    purge(urls_for(instance))


def on_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    if url_path_before == url_path_after or not instance.live:
        return
    purge(urls_for(instance) + _moved_subtree(instance, url_path_before, url_path_after))


def on_pre_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and type(instance) is not Page and instance.live:
        setattr(instance, _DELETED, urls_for(instance))


def on_post_delete(sender, instance, **kwargs):
    purge(getattr(instance, _DELETED, []))


def connect():
    from django.db.models.signals import post_delete, pre_delete
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    page_published.connect(on_published, dispatch_uid="cdn-published")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="cdn-slug-changed")
    page_unpublished.connect(on_unpublished, dispatch_uid="cdn-unpublished")
    post_page_move.connect(on_moved, dispatch_uid="cdn-moved")
    pre_delete.connect(on_pre_delete, dispatch_uid="cdn-pre-delete")
    post_delete.connect(on_post_delete, dispatch_uid="cdn-post-delete")
