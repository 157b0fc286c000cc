"""Public read endpoints of /api/v1/: thin views over api/queries.py and api/payloads/."""

from urllib.parse import unquote, urlsplit

from django.core.validators import RegexValidator
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from api import queries, responses, schema
from api.page_types import TYPE_NAMES
from api.parsers import JSONParser
from api.query_parameters import KnownQueryParameters
from api.scripts import KAZAKH, SCRIPT_PARAMETER, requested_script
from cms.languages import LANGUAGE_CODES, SOURCE_LANGUAGE, language_order, local_iso_time
from cms.regions import regions_in_order
from events.models import EventPage

MAX_LIMIT = 100
MAX_OFFSET = 100_000


class PublicReadView(KnownQueryParameters, APIView):
    """Anonymous, read-only: no session or CSRF work on the way in.

    `takes_script`: its JSON answer can be asked for with Kazakh in Latin script (`?script=`,
    api/scripts.py); the renderer converts it (api/responses.py). False for the views that answer
    files (calendars, packages)."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    parser_classes = (JSONParser,)
    http_method_names = ["get", "head", "options"]
    takes_script = True

    @classmethod
    def query_parameter_names(cls) -> list[str]:
        names = super().query_parameter_names()
        if cls.takes_script and SCRIPT_PARAMETER not in names:
            names.append(SCRIPT_PARAMETER)
        return names

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if self.takes_script:
            # Read by the renderer: the script, and whether the whole answer is Kazakh.
            request.script = requested_script(request)
            request.kazakh_answer = request.query_params.get("locale") == KAZAKH


# One page type name, or several joined by commas, exactly as TYPE_NAMES spell them: the
# contract carries this pattern, so a client (or a fuzzer) knows what the API will take.
PAGE_TYPE_NAME = "({})".format("|".join(TYPE_NAMES))
PAGE_TYPE_LIST = f"^{PAGE_TYPE_NAME}(,{PAGE_TYPE_NAME})*$"


@extend_schema_field({"type": "string", "pattern": PAGE_TYPE_LIST})
class PageTypeListField(serializers.CharField):
    """`type`: one or more page types, comma-separated."""


class PageListQuery(serializers.Serializer):
    locale = serializers.ChoiceField(choices=LANGUAGE_CODES, required=False)
    type = PageTypeListField(
        required=False,
        help_text=lazy(
            lambda: (
                _("One or more page types, comma-separated: %(types)s.")
                % {"types": ", ".join(TYPE_NAMES)}
            ),
            str,
        )(),
    )
    topic = serializers.SlugField(required=False, help_text=gettext_lazy("A topic's slug."))
    campaign = serializers.IntegerField(
        required=False, min_value=1, help_text=gettext_lazy("The id of a campaign page.")
    )
    # Kept as sent: the contract's minLength counts what was sent, and a search of spaces only
    # finds what an empty search would (everything), not a 400 the contract cannot foresee.
    search = serializers.CharField(required=False, max_length=200, trim_whitespace=False)
    ordering = serializers.ChoiceField(
        choices=list(queries.ORDERINGS),
        required=False,
        help_text=gettext_lazy("Default: newest first, or best match when searching."),
    )
    limit = serializers.IntegerField(required=False, min_value=1, max_value=MAX_LIMIT, default=20)
    offset = serializers.IntegerField(required=False, min_value=0, max_value=MAX_OFFSET, default=0)
    # Events only (any of these limits the list to `type=event`).
    upcoming = serializers.BooleanField(
        required=False,
        help_text=gettext_lazy(
            "Events only: true, those not over yet (soonest first); false, those over (latest "
            "first)."
        ),
    )
    kind = serializers.ChoiceField(
        choices=EventPage.Kind.values, required=False, help_text=gettext_lazy("Events only.")
    )
    format = serializers.ChoiceField(
        choices=EventPage.Format.values, required=False, help_text=gettext_lazy("Events only.")
    )
    date_from = serializers.DateField(
        required=False,
        help_text=gettext_lazy("Events only: those still on at or after this day (Almaty)."),
    )
    date_to = serializers.DateField(
        required=False,
        help_text=gettext_lazy("Events only: those begun on or before this day (Almaty)."),
    )

    # A span whose end comes before its start is a span no event touches: an empty list.
    EVENT_FILTERS = ("upcoming", "kind", "format", "date_from", "date_to")

    def validate_type(self, value):
        types = value.split(",")
        unknown = [name for name in types if name not in TYPE_NAMES]
        if unknown:
            raise serializers.ValidationError(
                _("Unknown page type %(unknown)s; use one of: %(known)s.")
                % {"unknown": ", ".join(unknown) or "''", "known": ", ".join(TYPE_NAMES)}
            )
        return types


def lists_petitions(request) -> bool:
    """Whether a list asked for may hold petitions or events (no `type`, or one naming them):
    only then does its answer show figures read per request (signatures, seats)."""
    types = request.GET.get("type")
    return types is None or bool({"petition", "event"} & set(types.split(",")))


class PageListView(PublicReadView):
    """Summaries of published pages. Filter by language, type, topic, campaign; search; order; page with limit and offset."""

    query_class = PageListQuery

    @extend_schema(
        operation_id="pages_list",
        summary="Published pages, newest first",
        parameters=[PageListQuery],
        responses={200: schema.PageListSerializer, **schema.problems(400, 503)},
    )
    def get(self, request):
        query = self.query()
        language = query.get("locale")
        pages = queries.public_pages(
            language=language,
            types=query.get("type") or (),
            topic=query.get("topic"),
            campaign_id=query.get("campaign"),
        )
        default_ordering = "-first_published_at"
        event_filters = {name: query[name] for name in PageListQuery.EVENT_FILTERS if name in query}
        if event_filters:
            pages = queries.events(pages, **event_filters)
            default_ordering = (
                "-starts_at" if event_filters.get("upcoming") is False else "starts_at"
            )
        if query.get("search"):
            pages = queries.search(pages, query["search"], language=language)
            if query.get("ordering"):
                pages = queries.ordered(pages, query["ordering"], language=language)
        else:
            pages = queries.ordered(
                pages, query.get("ordering") or default_ordering, language=language
            )
        return Response(responses.page_list(pages, query["limit"], query["offset"], request))


class PageDetailView(PublicReadView):
    """A published page in full; `type` tells which of the page schemas it follows."""

    @extend_schema(
        operation_id="pages_retrieve",
        summary="One published page, its shape chosen by its type",
        responses={200: schema.PageSerializer, **schema.problems(404, 503)},
    )
    def get(self, request, page_id):
        page = responses.page_detail(request, page_id=page_id)
        if page is None:
            raise NotFound(_("No published page has the id %(id)s.") % {"id": page_id})
        return Response(page)


# A front-end path: the language first, then the rest of the path (a query or fragment may
# follow, as a catch-all route receives it). In the contract as the parameter's pattern.
FRONT_END_PATH = "^/({})".format("|".join(LANGUAGE_CODES)) + r"([/?#][^\x00]*)?$"


class FindQuery(serializers.Serializer):
    path = serializers.CharField(
        max_length=1024,
        trim_whitespace=False,
        validators=[
            RegexValidator(
                FRONT_END_PATH,
                message=lazy(
                    lambda: (
                        _("The path must start with a language: %(languages)s.")
                        % {"languages": ", ".join(f"/{code}/" for code in LANGUAGE_CODES)}
                    ),
                    str,
                )(),
            )
        ],
        help_text=gettext_lazy("A front-end path starting with the language, e.g. /kk/taldau/."),
    )

    def validate_path(self, value):
        """The path part alone, unquoted, with its closing slash (Wagtail's URLs end in one)."""
        path = unquote(urlsplit(value).path)
        if "\x00" in path:  # %00: no URL holds it, and PostgreSQL cannot compare it
            raise serializers.ValidationError(_("This path cannot be a page's."))
        return path if path.endswith("/") else path + "/"


class PageFindView(PublicReadView):
    """The page at a front-end path, for a catch-all route; a redirect payload where the path moved."""

    query_class = FindQuery

    @extend_schema(
        operation_id="pages_find",
        summary="The page (or redirect) at a front-end path",
        description=(
            "Resolves a language-prefixed path for a catch-all front-end route. A Wagtail "
            "redirect on the path answers with a `redirect` payload instead of a page."
        ),
        parameters=[FindQuery],
        responses={
            200: schema.FindResultSerializer,
            **schema.problems(400, 404, 503),
        },
    )
    def get(self, request):
        path = self.query()["path"]
        page = responses.page_detail(request, url=path)
        if page is not None:
            return Response(page)
        redirect = queries.redirect_for_path(path)
        if redirect is not None:
            location = self._redirect_location(redirect)
            if location:
                return Response(
                    {
                        "type": "redirect",
                        "path": path,
                        "location": location,
                        "permanent": redirect.is_permanent,
                    }
                )
        raise NotFound(_("No published page lives at %(path)s.") % {"path": path})

    @staticmethod
    def _redirect_location(redirect):
        if redirect.redirect_page_id:
            target = queries.public_pages().filter(page_id=redirect.redirect_page_id).first()
            return target.url if target is not None else None
        return redirect.redirect_link or None


class TopicsQuery(serializers.Serializer):
    locale = serializers.ChoiceField(choices=LANGUAGE_CODES, required=False)


class TopicListView(PublicReadView):
    """Topics with the number of published pages on each."""

    query_class = TopicsQuery

    @extend_schema(
        operation_id="topics_list",
        summary="Topics, in alphabetical order of their language",
        parameters=[TopicsQuery],
        responses={200: schema.TopicListSerializer, **schema.problems(400)},
    )
    def get(self, request):
        language = self.query().get("locale")
        items = [
            {
                "id": topic.pk,
                "slug": topic.slug,
                "name": topic.name,
                "locale": topic.locale.language_code,
                "description": topic.description,
                "page_count": count,
            }
            for topic, count in queries.topics(language=language)
        ]
        return Response({"meta": {"total_count": len(items)}, "items": items})


class NavigationQuery(serializers.Serializer):
    locale = serializers.ChoiceField(choices=LANGUAGE_CODES)


class NavigationView(PublicReadView):
    """The menu tree of one language, and its footer's pages."""

    query_class = NavigationQuery

    @extend_schema(
        operation_id="navigation_retrieve",
        summary=(
            "The menu of one language: its home page and the pages shown in menus; and the "
            "footer's pages"
        ),
        parameters=[NavigationQuery],
        responses={200: schema.NavigationSerializer, **schema.problems(400)},
    )
    def get(self, request):
        language = self.query()["locale"]
        nodes, roots, footer = {}, [], []
        for entry in queries.menu_entries(language):
            if entry.depth == 3 and entry.type == queries.FOOTER_PAGE_TYPE:
                footer.append(
                    {
                        "id": entry.page_id,
                        "type": entry.type,
                        "title": entry.title,
                        "url": entry.url,
                    }
                )
                if not entry.show_in_menus:
                    continue
            node = {
                "id": entry.page_id,
                "type": entry.type,
                "title": entry.title,
                "url": entry.url,
                "children": [],
            }
            parent = nodes.get(entry.tree_path[:-4])
            if entry.depth == 2:
                roots.append(node)
            elif parent is not None:
                parent["children"].append(node)
            else:
                continue  # its parent is not in the menu, so neither is it
            nodes[entry.tree_path] = node
        return Response({"locale": language, "items": roots, "footer": footer})


class SitemapView(PublicReadView):
    """Every published URL with its last change and its language alternates (x-default included)."""

    @extend_schema(
        operation_id="sitemap_retrieve",
        summary="Every published URL with its last modification and language alternates",
        responses={200: schema.SitemapSerializer},
    )
    def get(self, request):
        entries = queries.sitemap_entries()
        by_key = {}
        for entry in entries:
            by_key.setdefault(entry.translation_key, []).append(entry)
        items = []
        for entry in entries:
            versions = sorted(
                by_key[entry.translation_key], key=lambda each: language_order(each.language)
            )
            alternates = [{"locale": each.language, "url": each.url} for each in versions]
            # x-default: the source language (Russian) when published, else the first one.
            alternates.append({"locale": "x-default", "url": versions[0].url})
            items.append(
                {
                    "url": entry.url,
                    "locale": entry.language,
                    "lastmod": local_iso_time(entry.last_published_at),
                    "alternates": alternates,
                }
            )
        return Response({"meta": {"total_count": len(items)}, "items": items})


class RegionsQuery(serializers.Serializer):
    locale = serializers.ChoiceField(
        choices=LANGUAGE_CODES,
        required=False,
        default=SOURCE_LANGUAGE,
        help_text=gettext_lazy("The language of `name` and of the alphabetical order."),
    )


class RegionListView(PublicReadView):
    """Where petition signers may say they live: cities, regions (oblys), outside Kazakhstan."""

    query_class = RegionsQuery

    @extend_schema(
        operation_id="regions_list",
        summary="The regions a petition signature may name, in ru, kk and en",
        parameters=[RegionsQuery],
        responses={200: schema.RegionListSerializer, **schema.problems(400)},
    )
    def get(self, request):
        language = self.query()["locale"]
        items = [
            {
                "code": region.code,
                "name": region.name(language),
                "names": {"ru": region.ru, "kk": region.kk, "en": region.en},
                "kind": region.kind,
            }
            for region in regions_in_order(language)
        ]
        return Response({"locale": language, "items": items})
