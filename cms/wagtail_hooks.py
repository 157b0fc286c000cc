import json

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from cms import upstream_fixes
from cms.collation import alphabetical
from cms.dashboard import MyDraftsPanel
from cms.models import READING_WORDS_PER_MINUTE, Author, Partner, Topic


class AlphabeticalIndexView(IndexView):
    """A snippet listing whose names follow the alphabet of the locale listed (Kazakh letters
    in their places, not after «я» as the database's default collation has them)."""

    def order_queryset(self, queryset):
        if self.ordering in (None, "name", "-name") and not self.show_ordering_column:
            language = self.locale.language_code if self.locale else None
            name = alphabetical("name", language)
            if self.ordering == "-name":
                return queryset.order_by(name.desc(), "-pk")
            return queryset.order_by(name.asc(), "pk")
        return super().order_queryset(queryset)


class TopicViewSet(SnippetViewSet):
    model = Topic
    index_view_class = AlphabeticalIndexView
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    index_view_class = AlphabeticalIndexView
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    index_view_class = AlphabeticalIndexView
    icon = "group"
    list_display = ["name", "url"]
    search_fields = ["name"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Topics and people")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (TopicViewSet, AuthorViewSet, PartnerViewSet)


register_snippet(ReferenceDataGroup)

# Menu labels that Wagtail and wagtail-localize translate once, for everyone (upstream_fixes).
hooks.register(
    "construct_reports_menu", upstream_fixes.relabel_translations_report_wagtail_localize
)
hooks.register("construct_help_menu", upstream_fixes.relabel_whats_new_wagtail)


@hooks.register("insert_editor_js")
def editor_comforts():
    """Counters under SEO fields and a live word count and reading time (editor-comforts.js)."""
    labels = {
        # Translators: a character counter under a field, e.g. "48 / 60"
        "characters": gettext("%(length)s / %(limit)s"),
        # Translators: the live estimate shown while a page is edited
        "reading": gettext("%(words)s words · %(minutes)s min read"),
    }
    return format_html(
        '<script src="{}" data-words-per-minute="{}" data-labels="{}"></script>'
        '<link rel="stylesheet" href="{}">',
        static("cms/editor-comforts.js"),
        READING_WORDS_PER_MINUTE,
        json.dumps(labels, ensure_ascii=False),
        static("cms/editor-comforts.css"),
    )


@hooks.register("construct_homepage_panels")
def drafts_instead_of_recent_edits(request, panels):
    """cms/dashboard.py says why "Your drafts" replaces Wagtail's "Your most recent edits"."""
    panels[:] = [panel for panel in panels if getattr(panel, "name", None) != "recent_edits"]
    panels.append(MyDraftsPanel(request.user))


@hooks.register("construct_explorer_page_queryset")
def titles_in_the_locales_alphabet(parent_page, pages, request):
    """The explorer sorted by title follows the alphabet of the listed page's locale.

    Not while searching: the search backend orders by plain fields only.
    """
    ordering = request.GET.get("ordering")
    if ordering not in ("title", "-title") or request.GET.get("q") or parent_page is None:
        return pages
    title = alphabetical("title", parent_page.locale.language_code)
    if ordering == "-title":
        return pages.order_by(title.desc(), "-pk")
    return pages.order_by(title.asc(), "pk")
