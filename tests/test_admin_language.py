"""The admin speaks one language at a time: on the full demo tree, every screen of the admin's
menus (the sidebar, Reports, Settings), the dashboard, the account, and the listing, edit and
history screens of every page type and snippet say nothing in the other language, and no
English, to a Kazakh user and to a Russian one.

What counts as a word of the wrong language, and what is allowed (content, product names),
is in tests/interface_words.py. Before the crawl, the admin's menus are built while the *other*
language is active, as on a server whose first visitor spoke it: a label frozen at that moment
shows up as a foreign word.
"""

import hashlib
import importlib
import re
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client, RequestFactory, TestCase
from django.urls import reverse
from django.utils.translation import override
from wagtail.admin.menu import SubmenuMenuItem, admin_menu, help_menu, reports_menu, settings_menu
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile

from tests.eager_gettext import translated_at_import
from tests.interface_words import _json_labels, database_content, foreign_words
from tests.seeded_demo import rolled_back_demo
from translations.roles import EDITORS, REVIEWERS, TRANSLATORS

LANGUAGES = ("kk", "ru")


@pytest.fixture(scope="module")
def demo_admin(django_db_setup, django_db_blocker):
    """The demo content with one Russian article in editorial review and one Kazakh one in
    translation review; a superuser per admin language. Rolled back after the module."""
    with rolled_back_demo(django_db_blocker):
        with TestCase.captureOnCommitCallbacks(execute=True):
            people = _people()
            in_review = _pages_in_review(people)
            _translate_one_string_by_hand(people["kk"])
        yield {"people": people, "in_review": in_review, "content": database_content()}


def _person(username, language, group=None, superuser=False):
    model = get_user_model()
    if superuser:
        user = model.objects.create_superuser(username, f"{username}@tendik.kz", "x")
    else:
        user = model.objects.create_user(username, f"{username}@tendik.kz", "x")
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def _people():
    return {
        "kk": _person("aigerim", "kk", superuser=True),
        "ru": _person("olga", "ru", superuser=True),
        "editor": _person("editor-ru", "ru", EDITORS),
        "translator": _person("translator-kk", "kk", TRANSLATORS["kk"]),
        "reviewer": _person("reviewer-kk", "kk", REVIEWERS),
    }


def _pages_in_review(people):
    from articles.models import AnalyticalArticlePage

    pages = {}
    for language, person in (("ru", people["editor"]), ("kk", people["translator"])):
        page = (
            AnalyticalArticlePage.objects.filter(locale__language_code=language)
            .order_by("pk")
            .first()
        )
        page.save_revision(user=person)
        page.get_workflow().start(page, person)
        pages[language] = page
    return pages


def _translate_one_string_by_hand(person):
    """A string of a Kazakh long read typed in the translation editor: the editor then notes
    under it who translated it and when («… күні қолмен аударылды»)."""
    from wagtail_localize.models import StringSegment, Translation

    from articles.models import LongReadPage

    page = LongReadPage.objects.filter(locale__language_code="kk").order_by("pk").first()
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    segment = StringSegment.objects.filter(source=translation.source).order_by("order").first()
    client = Client()
    client.force_login(person)
    response = client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        data=urlencode({"value": page.title}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200, response.content


def _menu_urls(user, language):
    """The URLs of every item of the sidebar and its submenus (Reports, Settings, Help)."""
    request = RequestFactory().get("/admin/")
    request.user = user
    urls = []

    def walk(items):
        for item in items:
            if isinstance(item, SubmenuMenuItem):
                walk(item.menu.menu_items_for_request(request))
            elif urlsplit(str(item.url)).path.startswith("/admin/"):
                urls.append(item.url)

    with override(language):
        walk(admin_menu.menu_items_for_request(request))
    return urls


def _screens(world, language):
    """The admin screens a person of `language` works on, beyond the menus."""
    user = world["people"][language]
    urls = [reverse("wagtailadmin_home"), reverse("wagtailadmin_account")]
    urls += _menu_urls(user, language)
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        page = (
            model.objects.filter(locale__language_code=language).order_by("pk").first()
            or model.objects.order_by("pk").first()
        )
        if page is None:
            continue
        urls += [
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
        ]
    in_review = world["in_review"][language]
    urls += [
        reverse("wagtailadmin_pages:edit", args=[in_review.pk]),
        reverse("wagtailadmin_pages:history", args=[in_review.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[in_review.pk]),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs_chooser:choose"),
    ]
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        urls.append(reverse(viewset.get_url_name("list")))
        manager = model._default_manager
        if hasattr(model, "locale"):
            manager = manager.filter(locale__language_code=language) or model._default_manager
        instance = manager.order_by("pk").first()
        if instance is not None:
            urls.append(reverse(viewset.get_url_name("edit"), args=[instance.pk]))
        urls.append(reverse(viewset.chooser_viewset.get_url_name("choose")))
    return list(dict.fromkeys(str(url) for url in urls))


def _rebuild_menus_in(language):
    """Throws away the menus built so far and builds them again while `language` is active."""
    for menu in (admin_menu, settings_menu, reports_menu, help_menu):
        menu.__dict__.pop("registered_menu_items", None)
    with override(language):
        for menu in (admin_menu, settings_menu, reports_menu, help_menu):
            menu.registered_menu_items  # noqa: B018 (builds the cached list)


# Besides the superuser, who sees every screen: the people whose dashboards differ (the
# translation queue, the tasks awaiting review, their own pages in review).
ROLE_PEOPLE = {"kk": ("translator", "reviewer"), "ru": ("editor",)}


def crawl(world, language):
    """{url: [(word, where)]} of the foreign words on every screen, and the screens seen."""
    _rebuild_menus_in("ru" if language == "kk" else "kk")
    visits = [(world["people"][language], url) for url in _screens(world, language)]
    for role in ROLE_PEOPLE[language]:
        visits.append((world["people"][role], reverse("wagtailadmin_home")))
    findings, seen = {}, []
    for user, url in visits:
        client = Client()
        client.force_login(user)
        response = client.get(url, follow=True)
        assert response.status_code == 200, (url, response.status_code)
        if "json" in response.get("Content-Type", ""):  # a chooser's modal
            html = response.json().get("html", "")
        elif "html" in response.get("Content-Type", ""):
            html = response.content.decode()
        else:
            continue
        seen.append(f"{user.username} {url}")
        words = foreign_words(html, language, world["content"])
        if words:
            findings[f"{user.username} {url}"] = words
    return findings, seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_admin_screen_speaks_only_the_users_language(demo_admin, language, db):
    findings, seen = crawl(demo_admin, language)
    report = "\n".join(
        f"{url}: «{word}» in «{where}»"
        for url, words in findings.items()
        for word, where in dict.fromkeys(words)
    )
    print(f"{language}: {len(seen)} screens checked")
    assert len(seen) > 40
    assert not findings, f"{language} admin shows other languages' words:\n{report}"


# --- the causes, one by one (no demo tree needed) ------------------------------------------------

PROJECT = Path(__file__).resolve().parent.parent


def test_no_interface_string_is_translated_when_its_module_is_imported():
    """A label written with gettext (not gettext_lazy) in a class body was translated once, in
    the server's language: the translation report's filters said «Язык», «Все» to Kazakh users."""
    found = [
        hit
        for path in sorted(PROJECT.rglob("*.py"))
        if not {".venv", "migrations", "node_modules"} & set(path.parts)
        for hit in translated_at_import(path, PROJECT)
    ]
    assert not found, "\n".join(found)


def _person_in(language, group=None, superuser=False, username=None):
    return _person(username or f"{language}-{group or 'admin'}", language, group, superuser)


def _sidebar_labels(response):
    html = response.content.decode()
    props = html.split('id="wagtail-sidebar-props" type="application/json">')[1].split("</script>")
    return set(_json_labels(props[0]))


@pytest.mark.django_db
def test_the_sidebar_speaks_each_users_language_whoever_came_first(client):
    _rebuild_menus_in("ru")  # a Russian visitor was the first since the server started
    client.force_login(_person_in("kk", superuser=True))
    labels = _sidebar_labels(client.get(reverse("wagtailadmin_home")))
    assert {"Аудармалар", "Wagtail 8.0 жаңалықтары", "Есептер"} <= labels
    assert not labels & {"Переводы", "Что нового в Wagtail 8.0"}


@pytest.mark.django_db
def test_a_refusal_reaches_a_kazakh_translator_in_kazakh(client):
    client.force_login(_person_in("kk", TRANSLATORS["kk"]))
    response = client.get(reverse("wagtailusers_users:index"), follow=True)
    messages = [str(message).strip() for message in response.context["messages"]]
    assert messages == ["Кешіріңіз, бұл бөлімге кіруге рұқсатыңыз жоқ."]


@pytest.fixture
def submitted_article(db, home, django_capture_on_commit_callbacks):
    """A Russian article an editor submitted to editorial review; a Kazakh-speaking and a
    Russian-speaking reviewer get Wagtail's emails."""
    from django.core import mail

    from articles.models import ArticleIndexPage
    from tests.factories import AnalyticalArticlePageFactory, ArticleIndexPageFactory

    reviewers = {
        language: _person_in(language, REVIEWERS, username=f"reviewing-{language}")
        for language in LANGUAGES
    }
    editor = _person_in("ru", EDITORS)
    # The demo's section when this module's demo tree is there, else a new one.
    index = ArticleIndexPage.objects.filter(locale=home.locale).first()
    index = index or ArticleIndexPageFactory(parent=home)
    article = AnalyticalArticlePageFactory(parent=index, title="Почему нужен закон ревью")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision(user=editor)
        article.get_workflow().start(article, editor)
    return {"article": article, "reviewers": reviewers, "editor": editor, "mail": mail.outbox}


WORKFLOW_NAMES = {
    "kk": ("Редакциялық тексеру", "Редакцияның мақұлдауы"),
    "ru": ("Редакционная проверка", "Одобрение редакции"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_review_emails_name_the_workflow_in_the_reviewers_language(submitted_article, language):
    address = submitted_article["reviewers"][language].email
    (message,) = [message for message in submitted_article["mail"] if address in message.to]
    text = message.subject + message.body
    assert WORKFLOW_NAMES[language][1] in text
    assert "Editorial" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_workflow_screens_name_workflows_and_tasks_in_the_users_language(
    submitted_article, client, language
):
    article = submitted_article["article"]
    client.force_login(submitted_article["reviewers"][language])
    screens = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[article.pk]),
        reverse("wagtailadmin_pages:history", args=[article.pk]),
    ]
    for url in screens:
        html = client.get(url).content.decode()
        assert WORKFLOW_NAMES[language][1] in html, url
        assert "Editorial" not in html, url


@pytest.mark.django_db
def test_a_workflow_renamed_to_its_translation_keeps_being_translated():
    from wagtail.models import Workflow

    from translations.roles import EDITORIAL_REVIEW

    workflow = Workflow.objects.get(name=EDITORIAL_REVIEW)
    workflow.name = WORKFLOW_NAMES["kk"][0]  # typed by an administrator working in Kazakh
    workflow.save()
    assert Workflow.objects.filter(name=EDITORIAL_REVIEW).count() == 1
    with override("ru"):
        assert str(Workflow.objects.get(pk=workflow.pk)) == WORKFLOW_NAMES["ru"][0]


@pytest.mark.django_db
def test_the_account_page_names_time_zones_in_the_users_language(client):
    client.force_login(_person_in("kk", EDITORS))
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "Қазақстан (Астана, Алматы) (UTC+05:00)" in html
    assert "America/Argentina" not in html
    assert "w-locale#localizeTimeZoneOptions" not in html  # no renaming by the browser


UPSTREAM_TEMPLATES = {
    # our copy: (the installed package, its template, the sha256 our copy starts from)
    "wagtailadmin/home.html": (
        "wagtail",
        "admin/templates/wagtailadmin/home.html",
        "7eb3ee7b5a9d1355b79a97fdc4c6a9c8612821bb1cdccf24efdd7a36c827c17d",
    ),
    "wagtailadmin/shared/headers/_actions.html": (
        "wagtail",
        "admin/templates/wagtailadmin/shared/headers/_actions.html",
        "facea723b6b917627f718d47a945c79fabcb1cbc516983c66cb6801b6a9a1557",
    ),
    "wagtailadmin/shared/header.html": (
        "wagtail",
        "admin/templates/wagtailadmin/shared/header.html",
        "37d78005e66127118fc8e9eee75c7d8d52aed5a3d3b36696285a176b5b5ba60c",
    ),
    "wagtailadmin/shared/side_panel_toggle.html": (
        "wagtail",
        "admin/templates/wagtailadmin/shared/side_panel_toggle.html",
        "445a7f032ba7705a1b0576398d1581bd40623559a434fdc735d865e98f0faf4d",
    ),
    "wagtailadmin/shared/user_avatar.html": (
        "wagtail",
        "admin/templates/wagtailadmin/shared/user_avatar.html",
        "10cbd09a2e9434e569d2ccc518298adbeb8cb9f3263fd31aa61ff049e6cc771a",
    ),
    "wagtailadmin/tables/boolean_cell.html": (
        "wagtail",
        "admin/templates/wagtailadmin/tables/boolean_cell.html",
        "f52d1f7945b2b176e1921c5014774ceddd883008e0be68a4e3e964cb73e52619",
    ),
    "wagtaillocales/index.html": (
        "wagtail_localize",
        "locales/templates/wagtaillocales/index.html",
        "a7fb4f60c524d2e9b9a26a2e1e96fa583e168eee3561c0354bf81a4a904cc84f",
    ),
}


@pytest.mark.parametrize("template", sorted(UPSTREAM_TEMPLATES))
def test_our_copies_of_upstream_templates_start_from_the_installed_version(template):
    """cms/templates/ copies upstream templates to translate what they hard-code in English;
    when an upgrade changes the original, merge it into our copy, then update the digest."""
    package, path, digest = UPSTREAM_TEMPLATES[template]
    installed = Path(importlib.import_module(package).__file__).parent / path
    assert (PROJECT / "cms" / "templates" / template).exists()
    assert hashlib.sha256(installed.read_bytes()).hexdigest() == digest, template


def _visible_breadcrumbs(html):
    """The texts of the header's breadcrumb items that are not folded away."""
    nav = html.split("data-w-breadcrumbs", 1)[1].split("</nav>", 1)[0]
    items = re.findall(r"<li([^>]*)>(.*?)</li>", nav, re.S)
    return [
        " ".join(re.sub(r"<[^>]+>", " ", body).split())
        for attributes, body in items
        if " hidden" not in attributes
    ]


@pytest.mark.django_db
def test_our_own_screens_name_themselves_in_their_header(client, home):
    """With "Home" as their only breadcrumb, the header of the translation report and of the
    webhook screens said only «Басты бет»."""
    from api.webhooks.models import WebhookSubscription

    subscription = WebhookSubscription.objects.create(name="Сайт", url="https://example.kz/hook")
    client.force_login(_person_in("kk", superuser=True))
    for url, title in (
        (reverse("translations_status"), "Аударма күйі"),
        (reverse("webhooks:rotate_secret", args=[subscription.pk]), "Құпия кілтті ауыстыру"),
    ):
        crumbs = _visible_breadcrumbs(client.get(url).content.decode())
        assert crumbs[-1] == title, (url, crumbs)


@pytest.mark.django_db
def test_speaking_the_users_language_costs_no_query(client, settings):
    """AdminLanguageMiddleware runs on every admin request: it reads the profile Wagtail reads
    anyway, once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(_person_in("kk", EDITORS))
    url = reverse("wagtailadmin_account")
    client.get(url)  # warm caches that are not ours (content types, site root)
    with CaptureQueriesContext(connection) as with_middleware:
        assert client.get(url).status_code == 200
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "AdminLanguage" not in m]
    with CaptureQueriesContext(connection) as without:
        assert client.get(url).status_code == 200
    assert len(with_middleware) == len(without)
