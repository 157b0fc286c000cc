"""Reads of public content: what the list, search, find, topics, menu and sitemap return."""

from datetime import date, datetime, time, timedelta

from django.db.models import Count, F, Q, Subquery
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from api.models import PublicPage
from api.search import search as search_pages
from cms.collation import alphabetical
from cms.models import Topic

ORDERINGS = {
    "-first_published_at": ("-first_published_at", "-page_id"),
    "first_published_at": ("first_published_at", "page_id"),
    # The date cards show (PublicPage.publication_date); same-day pages newest first.
    "-publication_date": ("-publication_date", "-first_published_at", "-page_id"),
    "publication_date": ("publication_date", "first_published_at", "page_id"),
    # In the language's alphabet (ICU collation, cms/collation.py): see `ordered`.
    "title": ("title", "page_id"),
    "-title": ("-title", "-page_id"),
    # Events: soonest first, or latest first (other types have no start and come last).
    "starts_at": (F("page__eventpage__starts_at").asc(nulls_last=True), "page_id"),
    "-starts_at": (F("page__eventpage__starts_at").desc(nulls_last=True), "-page_id"),
}
# Pages of this type right below a home page make the site's footer (about, contacts, privacy).
FOOTER_PAGE_TYPE = "standard"


def public_pages(*, language=None, types=(), topic=None, campaign_id=None):
    pages = PublicPage.objects.all()
    if language:
        pages = pages.filter(language=language)
    if types:
        pages = pages.filter(type__in=types)
    if topic:
        pages = pages.filter(topics__slug=topic)
    if campaign_id is not None:
        campaign_key = Page.objects.filter(pk=campaign_id).values("translation_key")
        pages = pages.filter(campaign_key=Subquery(campaign_key))
    return pages


def events(pages, *, upcoming=None, kind=None, format=None, date_from=None, date_to=None):
    """Only events, and of those the ones that match: `upcoming` (not over yet) or not (over),
    a kind, a format, and a span of days (Almaty) they touch."""
    pages = pages.filter(type="event")
    now = timezone.now()
    if upcoming is True:
        pages = pages.filter(page__eventpage__ends_at__gte=now)
    elif upcoming is False:
        pages = pages.filter(page__eventpage__ends_at__lt=now)
    if kind:
        pages = pages.filter(page__eventpage__kind=kind)
    if format:
        pages = pages.filter(page__eventpage__format=format)
    # Days at the ends of the calendar bound nothing (and would overflow in UTC).
    if date_from and date_from > date.min + timedelta(days=1):
        start = timezone.make_aware(datetime.combine(date_from, time.min))
        pages = pages.filter(page__eventpage__ends_at__gte=start)
    if date_to and date_to < date.max - timedelta(days=1):
        end = timezone.make_aware(datetime.combine(date_to + timedelta(days=1), time.min))
        pages = pages.filter(page__eventpage__starts_at__lt=end)
    return pages


def ordered(pages, ordering, language=None):
    """`pages` in one of ORDERINGS; titles in `language`'s alphabetical order (the neutral root
    order when the list mixes languages)."""
    if ordering == "title":
        return pages.order_by(alphabetical("title", language).asc(), "page_id")
    if ordering == "-title":
        return pages.order_by(alphabetical("title", language).desc(), "-page_id")
    return pages.order_by(*ORDERINGS[ordering])


def search(pages, query, *, language=None):
    """Pages matching `query`, best first, each searched by its own language's rules
    (api/search.py)."""
    return search_pages(pages, query, language=language)


def redirect_for_path(path: str):
    """The Wagtail redirect configured for a front-end path, if any."""
    old_path = Redirect.normalise_path(path)
    site = Site.objects.filter(is_default_site=True).first()
    redirects = Redirect.objects.filter(old_path__in={old_path, old_path.rstrip("/")})
    if site is not None:
        redirects = redirects.filter(Q(site=site) | Q(site__isnull=True))
    return redirects.select_related("redirect_page").first()


def topics(*, language=None):
    """Topics with the number of public pages on each, in the language's alphabetical order."""
    queryset = Topic.objects.select_related("locale")
    if language:
        queryset = queryset.filter(locale__language_code=language)
    counts = dict(
        PublicPage.topics.through.objects.values("topic_id")
        .annotate(pages=Count("publicpage_id"))
        .values_list("topic_id", "pages")
    )
    found = queryset.order_by(alphabetical("name", language), "pk")
    return [(topic, counts.get(topic.pk, 0)) for topic in found]


def menu_entries(language: str):
    """The language's home page, the pages below it marked "show in menus" and the standard
    pages right below it (the footer's), in tree order."""
    return list(
        PublicPage.objects.filter(language=language)
        .filter(
            Q(depth=2) | Q(show_in_menus=True, depth__lte=4) | Q(depth=3, type=FOOTER_PAGE_TYPE)
        )
        .order_by("tree_path")
    )


def sitemap_entries():
    return list(
        PublicPage.objects.only(
            "page_id", "language", "translation_key", "url", "last_published_at", "type"
        ).order_by("tree_path", "language")
    )
