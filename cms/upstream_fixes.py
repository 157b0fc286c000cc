"""Workarounds for bugs in the libraries we use, each named after its upstream issue (or, where
none is filed, after the library and what it does wrong).

Each has a test in tests/test_upstream_fixes.py that reproduces the bug with the workaround
switched off; that test fails once upstream has fixed it, saying the workaround can go.
"""

import importlib

from django.core.exceptions import FieldDoesNotExist
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import Promise, cached_property, lazy
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext, gettext_lazy, ngettext, override, pgettext_lazy
from wagtail.admin.paginator import WagtailPaginator
from wagtail.models import Page
from wagtail.signals import page_published


def restore_numchild_wagtail_localize_773(sender, instance, **kwargs):
    """wagtail-localize#773: translating a page *with its subtree* publishes each translated page
    on commit, from the page instance held by its revision. By then that instance is stale: its
    `numchild` is 0 although its translated children were added meanwhile, and publishing writes
    the 0 back, so the admin and the router no longer see the children. Count them again.

    Only reached with WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE=True (wagtail-localize's
    default, not ours), or any other deferred publish of a page that gained children meanwhile."""
    children = Page.objects.filter(path__startswith=instance.path, depth=instance.depth + 1).count()
    if children != instance.numchild:
        Page.objects.filter(pk=instance.pk).update(numchild=children)
        instance.numchild = children


def connect():
    from wagtail.admin.forms.choosers import LocaleFilterMixin
    from wagtail.contrib.redirects.filters import RedirectsReportFilterSet
    from wagtail.contrib.redirects.views import IndexView as RedirectsIndexView
    from wagtail.models import Site
    from wagtail.sites.views import IndexView as SiteIndexView
    from wagtail.snippets.views.snippets import SnippetViewSet
    from wagtail_localize.models import StringTranslation
    from wagtail_localize.views.report import TranslationsReportView

    page_published.connect(
        restore_numchild_wagtail_localize_773, dispatch_uid="wagtail_localize_773"
    )
    if not hasattr(SnippetViewSet.breadcrumbs_items.fget, "upstream"):
        SnippetViewSet.breadcrumbs_items = lazy_snippet_breadcrumbs_wagtail(SnippetViewSet)
    lazy_redirect_filter_labels_wagtail(RedirectsReportFilterSet, RedirectsIndexView)
    lazy_eager_labels_wagtail()
    labelled_site_columns_wagtail(SiteIndexView, Site)
    labelled_translations_report_wagtail_localize(TranslationsReportView)
    if not hasattr(LocaleFilterMixin.__init__, "upstream"):
        LocaleFilterMixin.__init__ = labelled_chooser_locale_filter_wagtail(LocaleFilterMixin)
    if StringTranslation.get_comment is not localized_comment_date_wagtail_localize:
        localized_comment_date_wagtail_localize.upstream = StringTranslation.get_comment
        StringTranslation.get_comment = localized_comment_date_wagtail_localize


# --- interface text that Wagtail and wagtail-localize fix in one language -----------------------
# Each of these is a label translated once (at import, or when the admin's menus are first built,
# or with strftime) instead of each time it is shown, so the whole admin shows it in the language
# of whoever happened to be first (Russian, the server's language, on the Kazakh admin). None is
# reported upstream yet; tests/test_upstream_fixes.py says when each is fixed there.


def relabel_translations_report_wagtail_localize(request, items):
    """wagtail-localize registers its report's menu item as `_("Translations")` with eager
    gettext: the sidebar said «Переводы» to Kazakh users. (construct_reports_menu hook)"""
    url = reverse("wagtail_localize:translations_report")
    for item in items:
        if item.url == url and not isinstance(item.label, Promise):
            item.label = gettext_lazy("Translations")


def relabel_whats_new_wagtail(request, items):
    """Wagtail's help menu formats the lazy "What's new in Wagtail %(version)s" with `%`, which
    translates it there and then: «Что нового в Wagtail 8.0» on the Kazakh sidebar.
    (construct_help_menu hook)"""
    for item in items:
        name = str(item.name)
        if name.startswith(WHATS_NEW_PREFIX) and not isinstance(item.label, Promise):
            item.label = _lazy_percent(
                gettext_lazy("What's new in Wagtail %(version)s"),
                {"version": name.removeprefix(WHATS_NEW_PREFIX)},
            )


WHATS_NEW_PREFIX = "whats-new-in-wagtail-"


def _lazy_percent(message, values):
    return lazy(lambda: str(message) % values, str)()


def lazy_snippet_breadcrumbs_wagtail(viewset_class):
    """Wagtail's SnippetViewSet builds its breadcrumbs («Home», «Snippets») with eager gettext
    when the URLs are first loaded, so every snippet screen's header kept the first visitor's
    language. Returns the class's `breadcrumbs_items` with the labels translated when shown."""
    upstream = viewset_class.breadcrumbs_items

    def breadcrumbs_items(self):
        with override(None):  # the msgids, translated lazily below
            items = upstream.fget(self)
        return [{**item, "label": gettext_lazy(str(item["label"]))} for item in items]

    breadcrumbs_items.upstream = upstream
    return property(breadcrumbs_items)


# Labels Wagtail writes with gettext (not gettext_lazy) in class bodies, so they are translated
# once, when the module is imported: {(module, class): {attribute or form field: msgid}}.
# tests/test_upstream_fixes.py lists every such call in the installed Wagtail and fails when
# the list changes (upstream fixed one, or an upgrade brought a new one).
EAGER_LABELS_WAGTAIL = {
    ("wagtail.admin.viewsets.chooser", "ChooserViewSet"): {
        "choose_one_text": "Choose",
        "choose_another_text": "Choose another",
        "edit_item_text": "Edit",
        "search_tab_label": "Search",
        "create_action_label": "Create",
    },
    ("wagtail.forms", "TaskStateCommentForm"): {"comment": "Comment"},
    ("wagtail.images.forms", "ImageInsertionForm"): {
        "format": "Format",
        "image_is_decorative": "Image is decorative",
        "alt_text": "Alt text",
    },
}


def lazy_eager_labels_wagtail():
    """The labels of EAGER_LABELS_WAGTAIL again, translated when shown: the chooser modals said
    «Поиск» and «Выбрать» to Kazakh users, the reviewer's comment box «Комментарий»."""
    for (module, name), labels in EAGER_LABELS_WAGTAIL.items():
        owner = getattr(importlib.import_module(module), name)
        for attribute, msgid in labels.items():
            if hasattr(owner, "base_fields"):
                owner.base_fields[attribute].label = gettext_lazy(msgid)
            else:
                setattr(owner, attribute, gettext_lazy(msgid))


def lazy_redirect_filter_labels_wagtail(filterset_class, index_view_class):
    """Wagtail's redirects listing declares its "Type" filter and its export's headings with
    eager gettext in class bodies: «Постоянный», «Временный», «Все» on the Kazakh admin. Gives
    them their labels again, translated when shown."""
    index_view_class.export_headings = {
        "old_path": gettext_lazy("From"),
        "site": gettext_lazy("Site"),
        "link": gettext_lazy("To"),
        "get_is_permanent_display": gettext_lazy("Type"),
    }
    type_filter = filterset_class.base_filters["is_permanent"]
    type_filter.label = gettext_lazy("Type")
    type_filter.extra["choices"] = (
        (True, gettext_lazy("Permanent")),
        (False, gettext_lazy("Temporary")),
    )
    type_filter.extra["empty_label"] = gettext_lazy("All")


def labelled_site_columns_wagtail(index_view_class, model):
    """Wagtail's Sites listing names its columns after the field names ("Port", "Site name",
    "Root page": English in every language); name them after the fields' translated
    verbose names, as the rest of the admin does."""
    for column in index_view_class.columns:
        try:
            field = model._meta.get_field(column.name)
        except FieldDoesNotExist:
            continue
        if column.label == capfirst(column.name.replace("_", " ")):
            column.label = capfirst(field.verbose_name)


def localized_comment_date_wagtail_localize(self):
    """wagtail-localize writes «Translated manually on {date}» with strftime("%B %d, %Y"),
    whose month names are English on every server: «6 December 2026 күні қолмен аударылды».
    The same comments, with the date in the reader's language (StringTranslation.get_comment)."""
    date = date_format(localtime(self.updated_at), "DATE_FORMAT")
    if self.tool_name:
        return gettext("Translated with {tool_name} on {date}").format(
            tool_name=self.tool_name, date=date
        )
    if self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        return gettext("Translated manually on {date}").format(date=date)
    if self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        return gettext("Machine translated on {date}").format(date=date)
    return None


def labelled_chooser_locale_filter_wagtail(mixin):
    """Wagtail's choosers filter translatable snippets by locale with a field that has no label,
    so Django names it after the field: "Locale" in every language."""
    upstream = mixin.__init__

    def __init__(self, *args, **kwargs):
        upstream(self, *args, **kwargs)
        if "locale" in self.fields and self.fields["locale"].label is None:
            self.fields["locale"].label = gettext_lazy("Locale")

    __init__.upstream = upstream
    return __init__


class TranslationCountPaginator(WagtailPaginator):
    """Counts wagtail-localize's translations in words («82 аударма»); Wagtail's own count uses
    the model's verbose name, which wagtail-localize's Translation lacks ("82 translations")."""

    @cached_property
    def items_count_label(self):
        return ngettext("%(count)s translation", "%(count)s translations", self.count) % {
            "count": self.count
        }


def labelled_translations_report_wagtail_localize(view_class):
    """wagtail-localize's Translations report: its language filters have no label, so
    django-filter names them after the fields ("Source locale", "Target locale"), and its page
    count says "82 translations" in every language."""
    filters = view_class.filterset_class.base_filters
    filters["source_locale"].label = pgettext_lazy("translations report", "Source language")
    filters["target_locale"].label = pgettext_lazy("translations report", "Target language")
    view_class.paginator_class = TranslationCountPaginator
