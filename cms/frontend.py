"""Where a page lives on the website: shared by the API, social posts and webhooks."""

from django.conf import settings
from wagtail.models import Page


def front_end_path(page: Page) -> str | None:
    """`/kk/taldau/slug/`: the language prefix, then the path below the language's home page."""
    if page.depth < 2:
        return None
    below_home = page.url_path.strip("/").split("/")[1:]
    language = page.locale.language_code
    return f"/{language}/" + "".join(f"{segment}/" for segment in below_home)


def front_end_base_url() -> str:
    """Where pages are read: FRONTEND_BASE_URL; without a website, the hub's own address
    (WAGTAILADMIN_BASE_URL), where the built-in renderer is."""
    return settings.FRONTEND_BASE_URL or settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def front_end_url(page: Page) -> str | None:
    """The page's absolute address on the website (front_end_base_url + its path)."""
    path = front_end_path(page)
    if path is None:
        return None
    return f"{front_end_base_url()}{path}"
