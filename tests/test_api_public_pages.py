"""The API's table of public pages, kept current by signals, always equals a rebuild from the
page tree — stored JSON included — whatever editors did in between."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Page, PageViewRestriction

from api.models import PublicPage
from api.public_pages import front_end_path
from api.stored_payloads import fill_missing
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db

COMPARED = [
    "page_id", "language", "translation_key", "type", "title", "slug", "url",
    "tree_path", "depth", "show_in_menus", "summary", "image_id", "campaign_key", "word_count",
]  # fmt: skip


def snapshot():
    fill_missing()  # what reads would build for the pages whose stored JSON was cleared
    rows = {
        row["page_id"]: row
        for row in PublicPage.objects.values(*COMPARED, "card_json", "payload_json")
    }
    topics = {
        entry.page_id: sorted(entry.topics.values_list("pk", flat=True))
        for entry in PublicPage.objects.all()
    }
    return rows, topics


def test_signals_keep_the_table_equal_to_a_rebuild(
    published_site, locales, django_capture_on_commit_callbacks
):
    site = published_site
    kazakh = locales["kk"]
    kazakh_home = Page.objects.get(depth=2, locale=kazakh)
    index = site["article_index"]
    with django_capture_on_commit_callbacks(execute=True):
        # Aliases first, so that every later change meets them: Kazakh ones as wagtail-localize
        # synchronises them, one outside the mirrored tree, and aliases of aliases.
        target_alias = site["target"].copy_for_translation(kazakh, copy_parents=True, alias=True)
        target_alias.create_alias(parent=kazakh_home, update_slug="tsel-kopiia")
        long_read_alias = site["long_read"].create_alias(
            parent=kazakh_home, update_locale=kazakh, update_slug="longrid"
        )
        alias_of_alias = long_read_alias.create_alias(
            parent=target_alias.get_parent(), update_slug="longrid-kopiia"
        )
        video_alias = site["video"].copy_for_translation(kazakh, copy_parents=True, alias=True)
        petition_alias = site["petition"].copy_for_translation(
            kazakh, copy_parents=True, alias=True
        )
        moving = publish(factories.AnalyticalArticlePageFactory(parent=index, title="Переезд"))
        moving_alias = moving.copy_for_translation(kazakh, copy_parents=True, alias=True)
        # A slug change moves the URL of everything below.
        index.slug = "analitika-i-issledovaniia"
        publish(index)
        translate(site["long_read"], locales["en"])
        site["video"].move(site["home"], pos="last-child")
        site["target"].unpublish()
        site["long_read"].create_alias(parent=site["home"], update_slug="kopiia")
        # View restrictions of every kind: on an aliased page, on a section above originals
        # (then lifted), on an alias's own tree, and a section one is moved into.
        PageViewRestriction.objects.create(
            page=site["long_read"], restriction_type=PageViewRestriction.PASSWORD, password="s3"
        )
        editors_only = PageViewRestriction.objects.create(
            page=index, restriction_type=PageViewRestriction.GROUPS
        )
        editors_only.groups.set([Group.objects.get(name="Editors")])
        PageViewRestriction.objects.create(
            page=video_alias.get_parent(), restriction_type=PageViewRestriction.LOGIN
        )
        private = publish(
            factories.ArticleIndexPageFactory(parent=site["home"], title="Закрыто", slug="zakryto")
        )
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        moving.move(private, pos="last-child")
        editors_only.delete()
        # An alias made an ordinary page (as a translation of it does) shows itself again.
        ConvertAliasPageAction(Page.objects.get(pk=alias_of_alias.pk).specific).execute()
        PageViewRestriction.objects.create(
            page=site["campaign"], restriction_type=PageViewRestriction.LOGIN
        )
        factories.AnalyticalArticlePageFactory(parent=index, title="Черновик", live=False)
        Page.objects.get(pk=site["petition"].pk).delete()
        # Snippets shown inside stored JSON.
        site["image"].title = "Картина маслом"
        site["image"].save()
        site["topic"].name = "Права человека"
        site["topic"].save()
    by_signals = snapshot()
    public = set(by_signals[0])
    assert public, "the scenario leaves public pages"
    hidden = {target_alias, long_read_alias, video_alias, petition_alias, moving_alias}
    assert public.isdisjoint(each.pk for each in hidden)
    assert {alias_of_alias.pk, site["kazakh_article"].pk} <= public
    call_command("index_public_pages", stdout=open("/dev/null", "w"))
    assert snapshot() == by_signals


def test_every_url_in_the_table_is_what_wagtail_serves(client, published_site):
    for entry in PublicPage.objects.select_related("page"):
        page = entry.page.specific
        assert entry.url == page.url == front_end_path(page)
        assert client.get(entry.url).status_code == 200


def test_a_private_section_hides_its_pages_until_the_restriction_is_lifted(published_site):
    restriction = PageViewRestriction.objects.create(
        page=published_site["article_index"], restriction_type=PageViewRestriction.LOGIN
    )
    assert not PublicPage.objects.filter(page_id=published_site["article"].pk).exists()
    restriction.delete()
    assert PublicPage.objects.filter(page_id=published_site["article"].pk).exists()


# --- view restrictions and aliases, as an editor sets them in the admin ----------------------

EVERY_ANSWER = {"detail", "find", "list", "search", "navigation", "sitemap"}


@pytest.fixture
def editor(db):
    """An editor's browser in the admin (CSRF checked, as a browser's requests are)."""
    user = get_user_model().objects.create_user(
        username="editor", email="editor@tendik.kz", password="x"
    )
    user.groups.set([Group.objects.get(name="Editors")])
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    return browser


def submit(browser, path, data=None):
    """Opens an admin form (which sets the CSRF cookie) and submits it."""
    assert browser.get(path).status_code == 200
    token = browser.cookies["csrftoken"].value
    return browser.post(path, data or {}, headers={"X-CSRFToken": token})


def set_privacy(browser, page, **fields):
    """The page's «Privacy» dialog: restriction_type none, password, login or groups."""
    response = submit(browser, f"/admin/pages/{page.pk}/privacy/", fields)
    assert response.json()["step"] == "set_privacy_done"


def move(browser, page, parent):
    response = submit(browser, f"/admin/pages/{page.pk}/move/{parent.pk}/confirm/")
    assert response.status_code == 302


def answers_showing(api, page, words):
    """Which public answers show `page`: its own, its path's, its language's list, a search for
    `words`, the menu and the sitemap."""
    language = page.locale.language_code
    path = front_end_path(Page.objects.get(pk=page.pk))
    shown = set()
    if api.get(f"/api/v1/pages/{page.pk}/").status_code == 200:
        shown.add("detail")
    found = api.get("/api/v1/pages/find/", {"path": path})
    if found.status_code == 200 and found.data_json["id"] == page.pk:
        shown.add("find")
    for answer, query in (("list", {}), ("search", {"search": words})):
        listed = api.get("/api/v1/pages/", {"locale": language, "limit": 100, **query})
        if page.pk in [item["id"] for item in listed.data_json["items"]]:
            shown.add(answer)
    menu = api.get("/api/v1/navigation/", {"locale": language}).data_json["items"]
    while menu:
        if page.pk in [node["id"] for node in menu]:
            shown.add("navigation")
        menu = [child for node in menu for child in node["children"]]
    if path in [item["url"] for item in api.get("/api/v1/sitemap/").data_json["items"]]:
        shown.add("sitemap")
    return shown


def test_a_password_on_a_russian_page_hides_its_kazakh_alias_everywhere_until_removed(
    api, editor, published_site, locales, django_capture_on_commit_callbacks
):
    site = published_site
    for page in (site["article_index"], site["target"]):
        page.show_in_menus = True
        publish(page)
    # What wagtail-localize's synchronised Kazakh tree holds until someone translates the page.
    alias = site["target"].copy_for_translation(locales["kk"], copy_parents=True, alias=True)
    assert answers_showing(api, alias, "Цель") == EVERY_ANSWER
    # The Kazakh article links the target: in Kazakh, to the alias.
    kazakh_article = f"/api/v1/pages/{site['kazakh_article'].pk}/"
    assert front_end_path(alias) in api.get(kazakh_article).content.decode()
    held = api.get(f"/api/v1/pages/{alias.pk}/")["ETag"]

    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(editor, site["target"], restriction_type="password", password="zhabyq-2030")
    assert answers_showing(api, alias, "Цель") == set()
    assert api.get(f"/api/v1/pages/{alias.pk}/", **{"If-None-Match": held}).status_code == 404
    assert front_end_path(alias) not in api.get(kazakh_article).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(editor, site["target"], restriction_type="none")
    assert answers_showing(api, alias, "Цель") == EVERY_ANSWER
    assert front_end_path(alias) in api.get(kazakh_article).content.decode()


def test_a_private_russian_section_hides_the_aliases_of_its_pages_until_it_is_public_again(
    api, editor, published_site, locales, django_capture_on_commit_callbacks
):
    site = published_site
    kazakh = locales["kk"]
    kazakh_home = Page.objects.get(depth=2, locale=kazakh)
    synchronised = site["target"].copy_for_translation(kazakh, copy_parents=True, alias=True)
    # Outside the mirrored tree, where no Kazakh ancestor points at the private section.
    outside = site["long_read"].create_alias(
        parent=kazakh_home, update_locale=kazakh, update_slug="longrid"
    )
    alias_of_alias = outside.create_alias(parent=kazakh_home, update_slug="longrid-kopiia")
    aliases = {synchronised: "Цель", outside: "Лонгрид", alias_of_alias: "Лонгрид"}
    everywhere = EVERY_ANSWER - {"navigation"}  # none of them is shown in menus
    assert all(answers_showing(api, each, words) == everywhere for each, words in aliases.items())

    editors = Group.objects.get(name="Editors")
    for restriction in ({"restriction_type": "login"}, {"restriction_type": "groups"}):
        with django_capture_on_commit_callbacks(execute=True):
            set_privacy(editor, site["article_index"], groups=[editors.pk], **restriction)
        for each, words in aliases.items():
            assert answers_showing(api, each, words) == set(), (restriction, each.url_path)

    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(editor, site["article_index"], restriction_type="none")
    assert all(answers_showing(api, each, words) == everywhere for each, words in aliases.items())


def test_moving_a_page_into_a_private_section_hides_its_alias_and_moving_it_out_shows_it(
    api, editor, published_site, locales, django_capture_on_commit_callbacks
):
    site = published_site
    alias = site["target"].copy_for_translation(locales["kk"], copy_parents=True, alias=True)
    private = publish(
        factories.ArticleIndexPageFactory(parent=site["home"], title="Закрыто", slug="zakryto")
    )
    with django_capture_on_commit_callbacks(execute=True):
        set_privacy(editor, private, restriction_type="login")
        move(editor, site["target"], private)
    assert api.get(f"/api/v1/pages/{alias.pk}/").status_code == 404
    assert front_end_path(alias) not in str(api.get("/api/v1/sitemap/").data_json)

    with django_capture_on_commit_callbacks(execute=True):
        move(editor, site["target"], site["article_index"])
    assert api.get(f"/api/v1/pages/{alias.pk}/").status_code == 200
    assert front_end_path(alias) in str(api.get("/api/v1/sitemap/").data_json)


def test_deleting_a_private_section_leaves_the_table_equal_to_a_rebuild(
    admin_client, published_site, django_capture_on_commit_callbacks
):
    index = published_site["article_index"]
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    # The Kazakh article is a real page, but below the Kazakh alias of the private section.
    kazakh_article = published_site["kazakh_article"]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/pages/{index.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=index.pk).exists()
    by_signals = snapshot()
    call_command("index_public_pages", stdout=open("/dev/null", "w"))
    assert snapshot() == by_signals
    # Its section is no alias any more (and unpublished with the original): nothing hides it.
    assert kazakh_article.pk in by_signals[0]
