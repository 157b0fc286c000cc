"""Keeps `PublicPage` rows (see api/models.py) in step with what visitors may see.

A page is public when it is live, sits in a language tree under the root, has no view
restriction on itself or an ancestor, and — for an alias, which serves its original's content —
its original is public too (`is_public`). Signals and `rebuild` both apply that one rule.
"""

from datetime import UTC, datetime

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection, models, transaction
from django.db.models import F
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from api.models import ContentVersion, PayloadDependency, PublicPage
from api.page_types import type_name
from api.stored_payloads import fill_missing, invalidate, store_payloads
from cms.frontend import front_end_path, front_end_url  # noqa: F401 - re-exported for api/
from cms.search_text import index_terms, stored_terms

CONTENT_VERSION_CACHE_KEY = "api:content-version"
# How long a process may trust its cached content version. With Redis the cache is shared and
# invalidated on commit; with the in-process cache of the embedded default this bounds staleness.
CONTENT_VERSION_CACHE_SECONDS = 5


def is_public(page: Page) -> bool:
    """May a visitor see `page`? Read from the page tree, never from `PublicPage`, so the order
    in which signals re-index pages does not matter."""
    seen = set()
    while True:
        if not page.live or page.depth < 2 or _restricted(page):
            return False
        if page.alias_of_id is None:
            return True
        if page.pk in seen:
            return False  # a loop of aliases has no content to serve
        seen.add(page.pk)
        page = Page.objects.filter(pk=page.alias_of_id).only("live", "depth", "path").first()
        if page is None:
            return False


def _restricted(page: Page) -> bool:
    """A view restriction on the page or an ancestor. Where one of them is an alias, the
    restrictions of its original count too (Wagtail serves it under those), and so do any set on
    the alias itself (Wagtail ignores them, but whoever set one meant to hide the page)."""
    step = Page.steplen
    paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    on_path = list(Page.objects.filter(path__in=paths).values_list("pk", "alias_of_id"))
    checked = {pk for pk, _ in on_path}
    originals = {alias_of for _, alias_of in on_path if alias_of is not None}
    while pending := originals - checked:
        checked |= pending
        originals = set(
            Page.objects.filter(pk__in=pending, alias_of__isnull=False).values_list(
                "alias_of_id", flat=True
            )
        )
    return PageViewRestriction.objects.filter(page_id__in=checked).exists()


def _text_of(value) -> str:
    if hasattr(value, "stream_block"):
        return " ".join(value.stream_block.get_searchable_content(value))
    return strip_tags(str(value or ""))


def search_text_of(page: Page) -> str:
    """Everything Wagtail's own index searches on this page, as plain text."""
    parts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            value = getattr(page, field.field_name, None)
            if value is not None and not callable(value):
                parts.append(_text_of(value))
    return " ".join(part for part in parts if part)


def publication_date_of(page: Page):
    """The editor's publication date where the type has one, else the first publication's day."""
    dated = getattr(page, "publication_date", None)
    if dated is None and page.first_published_at is not None:
        dated = timezone.localdate(page.first_published_at)
    return dated


def public_entry(page: Page) -> PublicPage:
    """The public row of `page`, unsaved: what the API knows of it (also used for previews)."""
    model = page.specific_class or type(page)
    campaign = getattr(page, "campaign", None)
    return PublicPage(
        page_id=page.pk,
        language=page.locale.language_code,
        translation_key=page.translation_key,
        type=type_name(model),
        content_type=ContentType.objects.get_for_model(model),
        title=page.title,
        slug=page.slug,
        url=front_end_path(page),
        tree_path=page.path,
        depth=page.depth,
        show_in_menus=page.show_in_menus,
        summary=getattr(page, "summary", "") or "",
        image_id=getattr(page, "hero_image_id", None) or getattr(page, "thumbnail_id", None),
        first_published_at=page.first_published_at,
        last_published_at=page.last_published_at or page.first_published_at,
        publication_date=publication_date_of(page),
        campaign_key=campaign.translation_key if campaign is not None else None,
        word_count=getattr(page, "word_count", 0),
        title_terms=stored_terms(index_terms(page.title, page.locale.language_code)),
        body_terms=stored_terms(
            index_terms(
                f"{getattr(page, 'summary', '') or ''} {search_text_of(page)}",
                page.locale.language_code,
            )
        ),
    )


def _as_vector(terms: str) -> RawSQL:
    # The terms as lexemes, as they are: array_to_tsvector applies no text-search configuration,
    # which would stem them a second time and drop the «~» that marks a stem.
    return RawSQL("array_to_tsvector(%s::text[])", [terms.split()])


def search_vectors(entry: PublicPage) -> dict:
    """The PostgreSQL vectors of a row, from its terms: the title's, and every term."""
    return {
        "title_vector": _as_vector(entry.title_terms),
        "search_vector": _as_vector(f"{entry.title_terms} {entry.body_terms}"),
    }


def index_page(page: Page, *, with_payloads: bool = True) -> PublicPage | None:
    """Writes (or removes) the public row of one page; returns the row if the page is public.

    `with_payloads=False` leaves its stored JSON to be built later (see api/stored_payloads.py)."""
    page = page.specific
    model = page.specific_class
    if type_name(model) is None or not is_public(page):
        PublicPage.objects.filter(page_id=page.pk).delete()
        return None
    entry = public_entry(page)
    # A rewritten row starts a new payload generation (see PublicPage.payload_generation).
    generation, previous_url = PublicPage.objects.filter(page_id=page.pk).values_list(
        "payload_generation", "url"
    ).first() or (0, None)
    entry.payload_generation = generation + 1
    entry.previous_url = previous_url  # for the caller: did the page move?
    # A moved or renamed page frees its old URL; another page may take it in the same change.
    PublicPage.objects.filter(url=entry.url).exclude(page_id=page.pk).delete()
    entry.save()
    entry.topics.set([link.topic_id for link in page.page_topics.all()])
    if connection.vendor == "postgresql":
        PublicPage.objects.filter(pk=page.pk).update(**search_vectors(entry))
    if with_payloads:
        store_payloads(entry, page)
    return entry


def index_subtree(page: Page, *, with_root: bool = True) -> None:
    """Re-indexes a page's descendants (their URLs or visibility changed with it), and the page
    itself unless `with_root` is false. Only the page's own JSON is built at once; the rest is
    built when first read."""
    for each in Page.objects.descendant_of(page, inclusive=with_root).specific().iterator():
        index_page(each, with_payloads=each.pk == page.pk)


def depending_on(page: Page):
    """The pages whose visibility follows `page`'s restrictions, place and liveness: its subtree,
    the aliases of any page in it with their own subtrees, and so on (aliases of aliases)."""
    done = set()
    roots = [page]
    while roots:
        root = roots.pop()
        if root.pk in done:
            continue
        for each in Page.objects.descendant_of(root, inclusive=True).specific().iterator():
            if each.pk not in done:
                done.add(each.pk)
                yield each
        aliases = Page.objects.filter(alias_of__path__startswith=root.path).only("path", "depth")
        roots.extend(alias for alias in aliases if alias.pk not in done)


def index_depending_on(page: Page) -> None:
    """Re-indexes `page` and every page whose visibility follows it (see `depending_on`); only
    the page's own JSON is built at once, the rest when first read."""
    for each in list(depending_on(page)):
        index_page(each, with_payloads=each.pk == page.pk)


def rebuild(progress=None) -> int:
    """Rebuilds every row and its stored JSON from the page tree; returns how many pages are
    public. `progress(stage, done, total)` is told how far it got."""
    with transaction.atomic():
        PublicPage.objects.all().delete()
        pages = Page.objects.filter(depth__gte=2, live=True)
        total = pages.count()
        for done, page in enumerate(pages.specific().iterator(), start=1):
            index_page(page, with_payloads=False)
            if progress is not None and (done % 200 == 0 or done == total):
                progress("pages", done, total)
        fill_missing(
            progress=(lambda done, total: progress("payloads", done, total)) if progress else None
        )
        content_changed()
    return PublicPage.objects.count()


# Two counters (rows of ContentVersion): everything public, and the figures read per request
# (petitions' signatures, events' seats).
# Signatures change far more often during a campaign; kept apart, a confirmation moves only the
# ETags of the answers that show a count (a petition's page), not every ETag of the site.
CONTENT, SIGNATURES = 1, 2


def content_changed(scope: int = CONTENT) -> None:
    """Moves ETags on: called for any change a public response may show."""
    updated = ContentVersion.objects.filter(pk=scope).update(
        number=F("number") + 1, changed_at=timezone.now()
    )
    if not updated:
        ContentVersion.objects.get_or_create(pk=scope, defaults={"number": 1})
    # Other processes must not see the new version before they can see the new content.
    transaction.on_commit(lambda: cache.delete(CONTENT_VERSION_CACHE_KEY))


NEVER_CHANGED = datetime(2000, 1, 1, tzinfo=UTC)


def current_content_version(scope: int = CONTENT) -> tuple[int, "timezone.datetime"]:
    """A counter's value and when it last changed, from the cache when possible."""
    cached = cache.get(CONTENT_VERSION_CACHE_KEY)
    if cached is None:
        rows = {row.pk: row for row in ContentVersion.objects.filter(pk__in=(CONTENT, SIGNATURES))}
        # A counter never bumped has a fixed moment, not "now": with no cache (a Redis outage)
        # every request reads it again, and a moving time moved ETags between two reads.
        epoch = NEVER_CHANGED
        cached = {
            key: (rows[key].number, rows[key].changed_at) if key in rows else (0, epoch)
            for key in (CONTENT, SIGNATURES)
        }
        cache.set(CONTENT_VERSION_CACHE_KEY, cached, CONTENT_VERSION_CACHE_SECONDS)
    return cached[scope]


# --- signal receivers (connected in api/apps.py) ----------------------------------------

# Snippet models whose changes clear the stored JSON of the pages showing them.
DEPENDENCY_KINDS = {}
# The ids of a page's aliases, noted before the page is deleted and they stop being aliases.
_FORMER_ALIASES = "_tendik_former_aliases"


def on_page_published(sender, instance, **kwargs):
    entry = index_page(instance)
    if entry is not None and entry.previous_url not in (None, entry.url):
        index_subtree(instance, with_root=False)  # a new slug moves every descendant's URL
    content_changed()


def on_page_unpublished(sender, instance, **kwargs):
    PublicPage.objects.filter(page_id=instance.pk).delete()
    content_changed()


def on_page_moved(sender, instance, **kwargs):
    # A new parent may bring a restriction to the page, its subtree and their aliases.
    index_depending_on(Page.objects.get(pk=instance.pk))
    content_changed()


def on_page_deleted(sender, instance, **kwargs):
    # The row itself goes with the page (ON DELETE CASCADE); readers must notice.
    for former_alias in Page.objects.filter(pk__in=getattr(instance, _FORMER_ALIASES, ())):
        # Unpublished along with it, and no longer an alias (alias_of is SET_NULL): the pages
        # below it stop following the deleted page's restrictions.
        index_depending_on(former_alias)
    content_changed()


def on_view_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        index_depending_on(page)
    content_changed()


def on_view_restriction_deleted(sender, instance, origin=None, **kwargs):
    origin_model = origin.model if isinstance(origin, models.QuerySet) else type(origin)
    if issubclass(origin_model, Page):
        # Deleted along with its page, whose subtree goes too (aliases of it: `on_page_deleted`):
        # indexing pages about to go would write rows for pages that no longer exist.
        content_changed()
    else:
        on_view_restriction_changed(sender, instance)


def on_signatures_changed(sender, **kwargs):
    # A petition's count (an event's seats, a consultation's contributions) is read per request, but cached answers (ETags)
    # must move on.
    content_changed(SIGNATURES)


def on_snippet_changed(sender, instance, **kwargs):
    # Topic names, authors, partners, images and documents show up inside stored payloads;
    # redirects in what `find` answers.
    kind = DEPENDENCY_KINDS.get(sender)
    if kind is not None:
        invalidate(kind, [instance.pk])
    content_changed()


def connect_signals():
    from django.db.models.signals import post_delete, post_save, pre_delete
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from campaigns.signing import signature_count_changed
    from cms.models import Author, Partner, Topic
    from consultations.signals import contributions_changed
    from events.signals import seats_changed

    page_published.connect(on_page_published, dispatch_uid="api-page-published")
    signature_count_changed.connect(on_signatures_changed, dispatch_uid="api-signatures")
    seats_changed.connect(on_signatures_changed, dispatch_uid="api-seats")
    contributions_changed.connect(on_signatures_changed, dispatch_uid="api-contributions")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="api-page-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="api-page-moved")
    post_save.connect(_on_any_save, dispatch_uid="api-alias-created")
    pre_delete.connect(_on_any_pre_delete, dispatch_uid="api-page-pre-delete")
    post_delete.connect(_on_any_delete, dispatch_uid="api-page-deleted")
    for model in (PageViewRestriction,):
        post_save.connect(on_view_restriction_changed, sender=model, dispatch_uid=f"api-vr-{model}")
        post_delete.connect(
            on_view_restriction_deleted, sender=model, dispatch_uid=f"api-vr-del-{model}"
        )
    DEPENDENCY_KINDS.update(
        {
            Topic: PayloadDependency.Kind.TOPIC,
            Author: PayloadDependency.Kind.AUTHOR,
            Partner: PayloadDependency.Kind.PARTNER,
            get_image_model(): PayloadDependency.Kind.IMAGE,
            get_document_model(): PayloadDependency.Kind.DOCUMENT,
        }
    )
    for model in (*DEPENDENCY_KINDS, Redirect):
        for signal in (post_save, post_delete):
            signal.connect(on_snippet_changed, sender=model, dispatch_uid=f"api-{model}-{signal}")


def _on_any_save(sender, instance, created=False, update_fields=None, **kwargs):
    if not isinstance(instance, Page):
        return
    # A new alias is live from birth and sends no publish signal.
    if created and instance.alias_of_id is not None:
        index_page(instance)
        content_changed()
    # Converting a page into an alias or back (wagtail-localize does both) changes whose
    # visibility it follows, without a publish signal either.
    elif update_fields and {"alias_of", "alias_of_id"} & set(update_fields):
        index_depending_on(instance)
        content_changed()


def _on_any_pre_delete(sender, instance, **kwargs):
    if type(instance) is Page:  # the base row; its specific row is deleted along with it
        aliases = Page.objects.filter(alias_of_id=instance.pk).values_list("pk", flat=True)
        setattr(instance, _FORMER_ALIASES, list(aliases))


def _on_any_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        on_page_deleted(sender, instance, **kwargs)
