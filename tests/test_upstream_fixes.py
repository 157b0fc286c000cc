"""Upstream bugs we work around: the bug is reproduced with the workaround off, so this file
says when upstream has fixed it and the workaround can be deleted."""

import pytest
from wagtail.signals import page_published
from wagtail_localize.models import Translation

from cms.upstream_fixes import restore_numchild_wagtail_localize_773
from tests.conftest import fill_every_segment
from tests.factories import AnalyticalArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translate_home_with_subtree(
    settings, admin_client, locales, home, article_index, django_capture_on_commit_callbacks
):
    # The bug shows when translations are published as they are created: wagtail-localize's
    # default. Our settings create drafts instead; the fix stays for whoever turns it back on.
    settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True
    article = AnalyticalArticlePageFactory(parent=article_index, title="Зачем нужен закон")
    for page in (home, article_index, article):
        page.save_revision().publish()

    def translate():
        with django_capture_on_commit_callbacks(execute=False) as publishing:
            admin_client.post(
                f"/admin/localize/submit/page/{home.pk}/",
                {"locales": [locales["kk"].pk], "include_subtree": "on"},
            )
        # A translation goes live only complete (cms.models.translation_publish_refusal): fill
        # every segment before wagtail-localize's deferred publishing runs, as a translator
        # working fast would.
        for translation in Translation.objects.filter(target_locale=locales["kk"]):
            fill_every_segment(translation)
        for callback in publishing:
            callback()
        return home.get_translation(locales["kk"]), article.get_translation(locales["kk"])

    return translate


def test_a_subtree_translated_with_wagtail_localize_stays_navigable(
    translate_home_with_subtree, client
):
    kk_home, kk_article = translate_home_with_subtree()
    kk_home.refresh_from_db()
    assert kk_home.numchild == 1
    assert kk_home.get_children().count() == 1
    assert client.get(kk_article.url).status_code == 200


def test_wagtail_localize_773_still_needs_our_workaround(translate_home_with_subtree):
    page_published.disconnect(
        restore_numchild_wagtail_localize_773, dispatch_uid="wagtail_localize_773"
    )
    try:
        kk_home, _ = translate_home_with_subtree()
    finally:
        page_published.connect(
            restore_numchild_wagtail_localize_773, dispatch_uid="wagtail_localize_773"
        )
    kk_home.refresh_from_db()
    assert kk_home.numchild == 0, (
        "wagtail-localize#773 is fixed upstream: delete restore_numchild_wagtail_localize_773 "
        "from cms/upstream_fixes.py and this test."
    )


# --- labels Wagtail and wagtail-localize translate once, for everyone ---------------------------
# Each test rebuilds the upstream label as upstream does, with our workaround out of the way, and
# fails once upstream translates it when shown: then the workaround can go.

UPSTREAM_FIXED = "fixed upstream: delete {name} from cms/upstream_fixes.py and this test"


def _declared_while(language, module):
    """The names `module` defines when it is imported while `language` is active (a fresh
    copy: the imported module, which our workarounds changed, stays as it is)."""
    import importlib.util

    from django.utils.translation import override

    spec = importlib.util.find_spec(module)
    namespace = {"__name__": f"{module}_as_imported", "__package__": spec.parent}
    with override(language):
        exec(compile(spec.loader.get_source(module), spec.origin, "exec"), namespace)  # noqa: S102
    return namespace


def test_wagtail_localize_still_names_its_report_once_for_everyone():
    from django.utils.functional import Promise
    from django.utils.translation import override
    from wagtail_localize.wagtail_hooks import register_wagtail_localize2_report_menu_item

    with override("ru"):
        item = register_wagtail_localize2_report_menu_item()
    assert not isinstance(item.label, Promise) and item.label == "Переводы", UPSTREAM_FIXED.format(
        name="relabel_translations_report_wagtail_localize"
    )


def test_wagtail_still_names_whats_new_once_for_everyone():
    from django.utils.functional import Promise
    from django.utils.translation import override
    from wagtail.admin.wagtail_hooks import register_whats_new_in_wagtail_version_menu_item

    with override("ru"):
        item = register_whats_new_in_wagtail_version_menu_item()
    assert not isinstance(item.label, Promise), UPSTREAM_FIXED.format(
        name="relabel_whats_new_wagtail"
    )
    assert item.label.startswith("Что нового")


def test_wagtail_still_builds_snippet_breadcrumbs_once_for_everyone():
    from django.utils.functional import Promise
    from django.utils.translation import override
    from wagtail.snippets.views.snippets import SnippetViewSet

    from cms.models import Topic

    upstream = SnippetViewSet.breadcrumbs_items.fget.upstream
    with override("ru"):
        home = upstream.fget(Topic.snippet_viewset)[0]["label"]
    assert not isinstance(home, Promise) and home == "Главная", UPSTREAM_FIXED.format(
        name="lazy_snippet_breadcrumbs_wagtail"
    )


def test_our_snippet_breadcrumbs_read_in_the_language_they_are_shown_in():
    from django.utils.translation import override

    from cms.models import Topic

    with override("ru"):
        items = Topic.snippet_viewset.breadcrumbs_items
    with override("kk"):
        assert str(items[0]["label"]) == "Басты бет"


def test_wagtail_still_declares_the_redirect_filters_in_one_language():
    from django.utils.functional import Promise

    filterset = _declared_while("ru", "wagtail.contrib.redirects.filters")[
        "RedirectsReportFilterSet"
    ]
    choices = dict(filterset.base_filters["is_permanent"].extra["choices"])
    assert not isinstance(choices[True], Promise), UPSTREAM_FIXED.format(
        name="lazy_redirect_filter_labels_wagtail"
    )
    assert choices[True] == "Постоянный"


def test_wagtail_still_names_the_site_columns_after_their_fields():
    view = _declared_while("ru", "wagtail.sites.views")["IndexView"]
    labels = {column.name: str(column.label) for column in view.columns}
    assert labels["port"] == "Port", UPSTREAM_FIXED.format(name="labelled_site_columns_wagtail")


def test_wagtail_localize_still_names_its_report_filters_after_their_fields():
    from django.utils.translation import override
    from wagtail_localize.models import Translation

    view = _declared_while("ru", "wagtail_localize.views.report")["TranslationsReportView"]
    filters = view.filterset_class(queryset=Translation.objects.none()).filters
    with override("kk"):
        label = str(filters["source_locale"].label)
        plural = str(Translation._meta.verbose_name_plural)
    assert (label, plural) == ("Source locale", "translations"), UPSTREAM_FIXED.format(
        name="labelled_translations_report_wagtail_localize"
    )


def test_wagtail_localize_still_dates_its_comments_in_english():
    import datetime

    from django.utils.translation import override
    from wagtail_localize.models import StringTranslation

    from cms.upstream_fixes import localized_comment_date_wagtail_localize

    string = StringTranslation(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        updated_at=datetime.datetime(2026, 12, 6, 12, tzinfo=datetime.UTC),
    )
    with override("kk"):
        upstream = localized_comment_date_wagtail_localize.upstream(string)
        ours = string.get_comment()
    assert "December" in upstream, UPSTREAM_FIXED.format(
        name="localized_comment_date_wagtail_localize"
    )
    assert ours == "2026 ж. 6 желтоқсан күні қолмен аударылды"


def test_wagtail_still_refuses_in_the_servers_language(settings, client, django_user_model):
    """Without cms.middleware.AdminLanguageMiddleware, Wagtail's "permission denied" (added
    outside its language switch) reaches a Kazakh translator in Russian."""
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "AdminLanguage" not in m]
    translator = django_user_model.objects.create_user("aruzhan", "a@tendik.kz", "x")
    translator.groups.add(Group.objects.get(name="Translators kk"))
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "kk"
    profile.save()
    client.force_login(translator)
    response = client.get("/admin/users/", follow=True)
    messages = [str(message).strip() for message in response.context["messages"]]
    assert messages == ["Извините, но у вас нет доступа в эту область."], UPSTREAM_FIXED.format(
        name="AdminLanguageMiddleware (cms/middleware.py)"
    )


# Every label the installed Wagtail translates when its module is imported, by file. The ones
# people meet are given lazy labels again by cms/upstream_fixes.py (EAGER_LABELS_WAGTAIL,
# lazy_redirect_filter_labels_wagtail); the rest are left: the image URL generator and the
# group permissions screen (administrators only), the styleguide (not installed).
EAGER_IN_WAGTAIL = {
    "wagtail/admin/viewsets/chooser.py": ["Choose", "Choose another", "Edit", "Search", "Create"],
    "wagtail/contrib/redirects/filters.py": ["Type", "Permanent", "Temporary", "All"],
    "wagtail/contrib/redirects/views.py": ["From", "Site", "To", "Type"],
    "wagtail/forms.py": ["Comment"],
    "wagtail/images/forms.py": [
        "Format", "Image is decorative", "Alt text",  # worked around
        "Original size", "Resize to width", "Resize to height", "Resize to min",
        "Resize to max", "Resize to fill", "Filter", "Width", "Height", "Closeness",
        "Add", "Add/edit images you own", "Edit", "Edit any image", "Choose",
        "Select images in choosers",
    ],
    "wagtail/admin/forms/collections.py": [
        "Add", "Add collections", "Edit", "Edit collections", "Delete", "Delete collections",
    ],
    "wagtail/contrib/styleguide/views.py": ["Styleguide"],
}  # fmt: skip


def test_the_labels_wagtail_translates_at_import_are_the_ones_we_know():
    """An upgrade that fixes one (delete its workaround) or brings a new one (give it a lazy
    label in cms/upstream_fixes.py if people see it) changes this list."""
    import ast
    from pathlib import Path

    import wagtail
    import wagtail_localize

    from tests.eager_gettext import translated_at_import

    found = {}
    for package in (wagtail, wagtail_localize):
        root = Path(package.__file__).parent
        for path in sorted(root.rglob("*.py")):
            if {"tests", "migrations"} & set(path.parts) or path.name.startswith("test"):
                continue
            for hit in translated_at_import(path, root.parent):
                where, call = hit.split(" ", 1)
                msgid = ast.literal_eval(ast.parse(call).body[0].value.args[0])
                found.setdefault(where.split(":")[0], []).append(msgid)
    assert found == EAGER_IN_WAGTAIL


def test_wagtail_still_leaves_the_choosers_locale_filter_unlabelled():
    from django import forms
    from wagtail.admin.forms.choosers import LocaleFilterMixin

    class LocaleFilter(LocaleFilterMixin, forms.Form):
        pass

    form = LocaleFilter.__new__(LocaleFilter)
    LocaleFilterMixin.__init__.upstream(form)
    assert form.fields["locale"].label is None, UPSTREAM_FIXED.format(
        name="labelled_chooser_locale_filter_wagtail"
    )


def test_wagtail_localize_editor_still_writes_english_of_its_own():
    """translations/static/translations/editor-texts.js replaces these two in the page."""
    from pathlib import Path

    import wagtail_localize

    script = (
        Path(wagtail_localize.__file__).parent / "static/wagtail_localize/js/wagtail-localize.js"
    )
    source = script.read_text(encoding="utf-8")
    assert '"w-sr-only"},"More actions")' in source, "fixed upstream: drop it from editor_texts"
    assert "displayName} translation`" in source, "fixed upstream: drop it from editor_texts"
