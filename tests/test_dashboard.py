"""The dashboard gives each role the overview it works from, on the full demo content: petitions
with their progress (editors, reviewers), social posts to approve (reviewers) and due this week
(editors, reviewers), the translation backlog per language (editors, reviewers; translators keep
their queue), undelivered webhooks (whoever may see deliveries), the user's drafts and Wagtail's
review panels, in an order per role, in Russian and Kazakh, in a bounded number of queries."""

import re
from datetime import datetime, time, timedelta
from html import unescape

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.operations import TranslationCreator

from api.webhooks.models import WebhookDelivery, WebhookSubscription
from articles.models import ArticleIndexPage
from campaigns.models import PetitionPage, Signature
from events.models import EventIndexPage, Registration
from tests.conftest import publish
from tests.factories import (
    AnalyticalArticlePageFactory,
    EventPageFactory,
    PetitionPageFactory,
    SignatureFactory,
    SocialPostFactory,
)
from tests.seeded_demo import rolled_back_demo
from tests.test_translation_roles import member_of
from translations.roles import EDITORS, REVIEWERS, TRANSLATORS

pytestmark = pytest.mark.django_db

PETITIONS = "dashboard-petitions"
EVENTS = "dashboard-upcoming-events"
MODERATION = "dashboard-contributions"
TO_APPROVE = "dashboard-social-to-approve"
THIS_WEEK = "dashboard-social-this-week"
BACKLOG = "dashboard-translation-backlog"
WEBHOOKS = "dashboard-dead-webhooks"
DRAFTS = "dashboard-my-drafts"
KK_QUEUE = "translation-queue-kk"
EN_QUEUE = "translation-queue-en"
# Wagtail's own panels.
AWAITING_REVIEW = "awaiting-review"
IN_WORKFLOW = "objects-in-workflow"
RECENT_EDITS = "recent-edits"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content and one person of each role, made once for this module inside a
    transaction rolled back after; each test's own changes are rolled back after it."""
    with rolled_back_demo(django_db_blocker):
        people = {
            "editor": member_of(EDITORS, username="editor"),
            "reviewer": member_of(REVIEWERS, username="reviewer"),
            "kk": member_of(TRANSLATORS["kk"], username="kk-translator"),
            "en": member_of(TRANSLATORS["en"], username="en-translator"),
            "watcher": member_of(EDITORS, username="webhook-watcher"),
            "superuser": member_of(username="root"),
        }
        people["superuser"].is_superuser = True
        people["superuser"].save()
        people["watcher"].user_permissions.add(
            Permission.objects.get(content_type__app_label="api", codename="view_webhookdelivery")
        )
        for name, language in {
            "editor": "ru",
            "reviewer": "ru",
            "kk": "kk",
            "en": "ru",
        }.items():
            profile = UserProfile.get_for_user(people[name])
            profile.preferred_language = language
            profile.save()
        yield people


@pytest.fixture
def people(demo, db):
    return demo


def dashboard(user) -> str:
    client = Client()
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def panel_ids(html) -> list[str]:
    """The dashboard's panels, top to bottom."""
    return re.findall(r'<section class="w-panel[^"]*" id="([\w-]+)-section"', html)


def panel(html, panel_id) -> str:
    """One panel's HTML; its text with `text(...)`."""
    start = html.index(f'id="{panel_id}-section"')
    return html[start : html.index("</section>", start)]


def text(fragment) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def start_of_today():
    return timezone.make_aware(datetime.combine(timezone.localdate(), time.min))


def russian_article_index():
    return ArticleIndexPage.objects.get(locale__language_code="ru")


def editors_draft(editor, title, *, published=False):
    """A Russian article whose latest revision is the editor's, not published."""
    page = AnalyticalArticlePageFactory(parent=russian_article_index(), title=title, live=published)
    if published:
        page = publish(page)
        page.title = f"{title} (правка)"
    page.save_revision(user=editor)
    return page


# --- who sees what, and in which order -----------------------------------------------------


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("editor", [PETITIONS, EVENTS, MODERATION, THIS_WEEK, BACKLOG]),
        ("reviewer", [TO_APPROVE, PETITIONS, EVENTS, MODERATION, THIS_WEEK, BACKLOG]),
        ("kk", [KK_QUEUE]),
        ("en", [EN_QUEUE]),
        ("watcher", [WEBHOOKS, PETITIONS, EVENTS, MODERATION, THIS_WEEK, BACKLOG]),
        ("superuser", [WEBHOOKS, TO_APPROVE, PETITIONS, EVENTS, MODERATION, THIS_WEEK, BACKLOG]),
    ],
)
def test_each_role_sees_only_the_panels_it_can_act_on_in_the_order_it_works(
    people, person, expected
):
    assert panel_ids(dashboard(people[person])) == expected


def test_wagtails_review_panels_take_their_place_in_each_roles_order(people):
    editor, reviewer = people["editor"], people["reviewer"]
    editors_draft(editor, "Черновик о квотах")
    submitted = editors_draft(editor, "На проверке: закон о равенстве")
    submitted.get_workflow().start(submitted, editor)

    # The editor: their drafts first, then what they sent for review, then the newsroom.
    assert panel_ids(dashboard(editor)) == [
        DRAFTS,
        IN_WORKFLOW,
        PETITIONS,
        EVENTS,
        MODERATION,
        THIS_WEEK,
        BACKLOG,
    ]
    # The reviewer: what awaits their review first.
    assert panel_ids(dashboard(reviewer)) == [
        AWAITING_REVIEW,
        TO_APPROVE,
        PETITIONS,
        EVENTS,
        MODERATION,
        THIS_WEEK,
        BACKLOG,
    ]
    awaiting = panel(dashboard(reviewer), AWAITING_REVIEW)
    assert "На проверке: закон о равенстве" in awaiting
    # Wagtail's own Russian says «В ожидании вашего отзыва» (feedback); ours, a check.
    assert "Ждут вашей проверки" in text(awaiting)
    profile = UserProfile.get_for_user(reviewer)
    profile.preferred_language = "kk"
    profile.save()
    assert "Сіздің тексеруіңізді күтуде" in text(panel(dashboard(reviewer), AWAITING_REVIEW))


# --- petitions ---------------------------------------------------------------------------------


def test_petitions_show_the_public_count_against_the_goal_with_pending_and_deadlines(
    people, client
):
    kazakh = Locale.objects.get(language_code="kk")
    petition = PetitionPage.objects.get(locale__language_code="ru", state=PetitionPage.State.OPEN)
    today = timezone.localdate()
    # Deadlines relative to today, so that the test reads the same on any day.
    PetitionPage.objects.filter(translation_key=petition.translation_key).update(
        deadline=today + timedelta(days=30), offline_signature_count=250
    )
    pending_before = Signature.objects.filter(
        petition_key=petition.translation_key,
        confirmed_at__isnull=True,
        invalidated_at__isnull=True,
    ).count()
    now = timezone.now()
    for locale in ("ru", "ru", "kk"):
        SignatureFactory(petition_key=petition.translation_key, locale=locale, confirmed_at=now)
    for _ in range(2):
        SignatureFactory(petition_key=petition.translation_key)  # awaiting confirmation
    SignatureFactory(petition_key=petition.translation_key, confirmed_at=now, invalidated_at=now)
    # The public count, as the API gives it for the Kazakh version.
    kazakh_version = petition.get_translation(kazakh)
    public = client.get(f"/api/v1/pages/{kazakh_version.pk}/").json()["signature_count"]

    ending_today = publish(
        PetitionPageFactory(parent=petition.get_parent(), title="Последний день", goal=40)
    )
    PetitionPage.objects.filter(pk=ending_today.pk).update(deadline=today)
    overdue = publish(PetitionPageFactory(parent=petition.get_parent(), title="Просрочена"))
    PetitionPage.objects.filter(pk=overdue.pk).update(deadline=today - timedelta(days=3))
    no_deadline = publish(
        PetitionPageFactory(parent=petition.get_parent(), title="Бессрочная", deadline=None)
    )
    closed = publish(
        PetitionPageFactory(
            parent=petition.get_parent(), title="Закрытая", state=PetitionPage.State.CLOSED
        )
    )

    html = panel(dashboard(people["editor"]), PETITIONS)
    rows = re.findall(r'<tr data-petition="(\d+)">(.*?)</tr>', html, re.S)
    order = [int(page_id) for page_id, _row in rows]
    # Nearest deadline first, petitions without one last; closed ones are not there.
    assert order == [overdue.pk, ending_today.pk, petition.pk, no_deadline.pk]
    assert closed.pk not in order
    cells = dict(rows)
    row = text(cells[str(petition.pk)])
    assert f"{public} из {petition.goal}" in row
    assert "в том числе 250 на бумаге" in row
    assert re.search(rf"\b{pending_before + 2}\b", row)
    assert f'href="/admin/petitions/{petition.pk}/signatures/"' in cells[str(petition.pk)]
    assert "Срок прошёл: закройте петицию или продлите срок." in text(cells[str(overdue.pk)])
    assert "Последний день" in text(cells[str(ending_today.pk)])
    assert "Без срока" in text(cells[str(no_deadline.pk)])
    assert 'href="/admin/petitions/"' in html


# --- social posts ------------------------------------------------------------------------------


@pytest.fixture
def posts():
    page = Page.objects.filter(locale__language_code="ru", depth=4, live=True).first()
    kazakh = Locale.objects.get(language_code="kk")
    start = start_of_today()

    def post(text, state, publish_at, **extra):
        return SocialPostFactory(page=page, text=text, state=state, publish_at=publish_at, **extra)

    return {
        "tomorrow draft": post("Завтрашний черновик", "draft", start + timedelta(days=1, hours=10)),
        "missed draft": post("Пропущенный черновик", "draft", start - timedelta(hours=1)),
        "timeless draft": post("Черновик без времени", "draft", None),
        "failed": post(
            "Қате шыққан пост", "failed", start + timedelta(hours=23, minutes=59), locale=kazakh
        ),
        "approved": post("Одобренный пост", "approved", start + timedelta(days=3, hours=9)),
        "cancelled": post("Отменённый пост", "cancelled", start + timedelta(days=1, hours=11)),
        "next week": post("Пост через неделю", "approved", start + timedelta(days=7, minutes=1)),
    }


def test_reviewers_see_the_drafts_and_failed_posts_to_approve_with_a_link_to_approve(people, posts):
    html = panel(dashboard(people["reviewer"]), TO_APPROVE)
    listed = dict(re.findall(r'<tr data-post="(\d+)">(.*?)</tr>', html, re.S))
    to_approve = ["missed draft", "failed", "tomorrow draft", "timeless draft"]
    # By publishing time, those without one last.
    assert list(listed) == [str(posts[name].pk) for name in to_approve]
    for name in to_approve:
        assert (
            f'href="/admin/social-posts/{posts[name].pk}/approve/"' in listed[str(posts[name].pk)]
        )
    assert "Время уже прошло" in text(listed[str(posts["missed draft"].pk)])
    assert "Время не задано" in text(listed[str(posts["timeless draft"].pk)])
    assert "Казахский" in text(listed[str(posts["failed"].pk)])
    lead = text(html)
    assert "3 черновика ждут вашего одобрения." in lead
    assert "1 пост не опубликован из-за ошибки; его можно одобрить снова." in lead
    assert "/admin/snippets/campaigns/socialpost/?state=draft" in html
    assert "/admin/social-posts/calendar/" in html


def test_the_next_seven_days_of_posts_by_day_with_those_not_yet_approved(people, posts):
    html = panel(dashboard(people["editor"]), THIS_WEEK)
    listed = re.findall(r'<tr data-post="(\d+)">', html)
    due = ["failed", "tomorrow draft", "approved"]
    assert listed == [str(posts[name].pk) for name in due]
    today = timezone.localdate()
    days = re.findall(r'<tbody data-day="([\d-]+)">', html)
    assert days == [str(today), str(today + timedelta(days=1)), str(today + timedelta(days=3))]
    assert "Сегодня" in text(html)
    assert "Запланировано 3 поста. Из них ещё не одобрено: 1." in text(html)
    assert "/admin/social-posts/calendar/" in html


def test_without_posts_the_social_panels_say_so(people):
    assert "Одобрения не ждёт ни один пост." in text(
        panel(dashboard(people["reviewer"]), TO_APPROVE)
    )
    assert "На ближайшие 7 дней ничего не запланировано." in text(
        panel(dashboard(people["reviewer"]), THIS_WEEK)
    )


# --- the translation backlog -------------------------------------------------------------------


def test_the_backlog_counts_each_state_per_language_as_the_report_it_links_to(people, client):
    index = russian_article_index()
    for n in range(3):
        publish(AnalyticalArticlePageFactory(parent=index, title=f"Новая статья {n}"))
    started = publish(AnalyticalArticlePageFactory(parent=index, title="Начатый перевод"))
    TranslationCreator(
        people["reviewer"], [Locale.objects.get(language_code="kk")]
    ).create_translations(started)

    html = panel(dashboard(people["editor"]), BACKLOG)
    figures = {
        (language, state): int(count)
        for language, cells in re.findall(r'<tr data-language="(\w+)">(.*?)</tr>', html, re.S)
        for state, count in re.findall(
            r'<td class="td-number" data-state="(\w+)">(?:<a href="[^"]*">)?(\d+)', cells
        )
    }
    assert figures[("kk", "missing")] == 3
    assert figures[("en", "missing")] == 4
    assert figures[("kk", "in_progress")] == 1
    sources = Page.objects.filter(locale__language_code="ru", depth__gte=2).count()
    rows = dict(re.findall(r'<tr data-language="(\w+)">(.*?)</tr>', html, re.S))
    for language in ("kk", "en"):
        states = ["missing", "outdated", "in_progress", "ready", "published"]
        assert sum(figures[(language, state)] for state in states) == sources
        assert "4 страницы ждут работы" in text(rows[language])

    client.force_login(people["editor"])
    links = re.findall(r'href="(/admin/translations/status/\?language=\w+&amp;state=\w+)"', html)
    assert links
    for link in links:
        link = unescape(link)
        language, state = re.search(r"language=(\w+)&state=(\w+)", link).groups()
        report = client.get(link).content.decode()
        assert report.count(f'<div class="tw-cell tw-{state}">') == figures[(language, state)]


# --- webhooks ----------------------------------------------------------------------------------


def deliveries(**per_status):
    website = WebhookSubscription(name="Сайт", url="https://tendik.example/hooks", events=[])
    website.set_new_secret()
    website.save()
    partner = WebhookSubscription(name="Партнёр", url="https://partner.example/hooks", events=[])
    partner.set_new_secret()
    partner.save()
    made = []
    for status, count in per_status.items():
        for n in range(count):
            made.append(
                WebhookDelivery.objects.create(
                    subscription=website if n % 2 else partner,
                    event="page.published",
                    payload="{}",
                    status=status,
                    last_status_code=502,
                )
            )
    return website, partner


def test_undelivered_webhooks_are_counted_per_webhook_with_links_to_the_filtered_list(people):
    website, partner = deliveries(dead=3, pending=2, delivered=4)
    html = panel(dashboard(people["superuser"]), WEBHOOKS)
    assert "3 доставки прекращены после суток попыток" in text(html)
    assert 'href="/admin/webhook_deliveries/?status=dead"' in html
    assert f'href="/admin/webhook_deliveries/?status=dead&amp;subscription={partner.pk}"' in html
    assert f'href="/admin/webhook_deliveries/?status=dead&amp;subscription={website.pk}"' in html
    assert len(re.findall(r"<tr data-delivery=", html)) == 3
    client = Client()
    client.force_login(people["superuser"])
    assert client.get("/admin/webhook_deliveries/?status=dead").status_code == 200


def test_a_user_given_the_deliveries_permission_sees_undelivered_webhooks_in_their_language(
    people,
):
    deliveries(dead=2)
    html = panel(dashboard(people["watcher"]), WEBHOOKS)
    assert "Недоставленные вебхуки" in text(html)
    assert "2 доставки прекращены после суток попыток" in text(html)
    assert WEBHOOKS not in panel_ids(dashboard(people["editor"]))


# --- drafts --------------------------------------------------------------------------------------


def test_your_drafts_lists_the_pages_whose_unpublished_changes_are_yours(people):
    editor, reviewer = people["editor"], people["reviewer"]
    new = editors_draft(editor, "Новый черновик редактора")
    changed = editors_draft(editor, "Опубликованная статья", published=True)
    taken_over = editors_draft(editor, "Статья, которую доправил рецензент")
    taken_over.save_revision(user=reviewer)
    submitted = editors_draft(editor, "Отправлена на проверку")
    submitted.get_workflow().start(submitted, editor)
    untouched = publish(AnalyticalArticlePageFactory(parent=russian_article_index()))
    # A translation made in wagtail-localize is the translation queue's, not anyone's draft.
    kazakh_source = publish(AnalyticalArticlePageFactory(parent=russian_article_index()))
    TranslationCreator(reviewer, [Locale.objects.get(language_code="kk")]).create_translations(
        kazakh_source
    )

    html = dashboard(editor)
    drafts = panel(html, DRAFTS)
    listed = [int(pk) for pk in re.findall(r'<tr data-page="(\d+)">', drafts)]
    assert listed == [changed.pk, new.pk]  # newest first
    assert untouched.pk not in listed
    assert "Опубликована, есть неопубликованные изменения" in text(drafts)
    assert "Ещё не опубликована" in text(drafts)
    assert f'href="/admin/pages/{new.pk}/edit/"' in drafts
    # Wagtail's "Your most recent edits" is replaced by these drafts.
    assert RECENT_EDITS not in panel_ids(html)
    # The reviewer's: the page they saved last, not the translation they started.
    reviewers = panel(dashboard(reviewer), DRAFTS)
    assert re.findall(r'<tr data-page="(\d+)">', reviewers) == [str(taken_over.pk)]


# --- languages -----------------------------------------------------------------------------------


def test_a_kazakh_admin_reads_every_panel_in_kazakh(people, posts):
    deliveries(dead=1)
    superuser = people["superuser"]
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "kk"
    profile.save()
    editors_draft(superuser, "Әкімшінің жобасы")
    html = dashboard(superuser)
    assert '<html lang="kk"' in html
    expected = {
        WEBHOOKS: ["Жеткізілмеген вебхуктар", "1 жеткізу бір тәулік әрекеттен кейін тоқтатылды"],
        TO_APPROVE: ["Мақұлдауды күтетін посттар", "3 жоба мақұлдауыңызды күтуде.", "Мақұлдау"],
        PETITIONS: ["Қол жинап жатқан петициялар", "ішінен", "Барлық петициялар"],
        THIS_WEEK: ["Әлеуметтік желі посттары: алдағы 7 күн", "3 пост жоспарланған.", "Бүгін"],
        BACKLOG: ["Тілдер бойынша аудармалар", "Аударма жоқ", "Жарияланған"],
        DRAFTS: ["Сіздің жобаларыңыз", "Әлі жарияланбаған"],
        MODERATION: ["Модерацияны күтіп тұрған ұсыныстар", "Барлық ұсыныстар"],
    }
    for panel_id, phrases in expected.items():
        words = text(panel(html, panel_id))
        for phrase in phrases:
            assert phrase in words, (panel_id, phrase)
    # Nothing of the English source texts or of the Russian translation shows.
    words = " ".join(text(panel(html, panel_id)) for panel_id in expected)
    for foreign in [
        *("Approve", "Petitions collecting", "Your drafts", "posts are due", "Undelivered"),
        *("Missing", "No deadline", "days left", "Today", "All petitions", "Calendar"),
        *("awaiting moderation", "All contributions", "Все предложения"),
        *("Одобрить", "Петиции, собирающие", "Ваши черновики", "Запланирован", "Недоставленные"),
        *("Нет перевода", "Без срока", "осталось", "Сегодня", "Все петиции", "Календарь"),
    ]:
        assert foreign not in words, foreign


# --- query bounds ----------------------------------------------------------------------------


def more_of_everything(people):
    """Petitions, pages, social posts, deliveries and drafts: more of what the panels read."""
    parent = PetitionPage.objects.filter(locale__language_code="ru").first().get_parent()
    for n in range(5):
        petition = publish(PetitionPageFactory(parent=parent, title=f"Ещё петиция {n}"))
        SignatureFactory(petition_key=petition.translation_key, confirmed_at=timezone.now())
        SignatureFactory(petition_key=petition.translation_key)
    for n in range(10):
        publish(AnalyticalArticlePageFactory(parent=russian_article_index(), title=f"Статья {n}"))
    page = Page.objects.filter(locale__language_code="ru", depth=4, live=True).first()
    for n in range(15):
        SocialPostFactory(
            page=page,
            state=["draft", "approved", "failed"][n % 3],
            publish_at=start_of_today() + timedelta(hours=n * 8),
        )
    events = EventIndexPage.objects.filter(locale__language_code="ru").first()
    for n in range(4):
        event = publish(
            EventPageFactory(
                parent=events,
                title=f"Ещё семинар {n}",
                starts_at=timezone.now() + timedelta(days=n + 1),
                ends_at=timezone.now() + timedelta(days=n + 1, hours=6),
            )
        )
        for status in ("confirmed", "waiting", "awaiting_approval"):
            Registration.objects.create(
                event_key=event.translation_key,
                full_name="Участник",
                email=f"{status}-{n}@example.kz",
                locale="ru",
                status=status,
            )
    deliveries(dead=6)
    for user in (people["editor"], people["reviewer"], people["superuser"]):
        for n in range(12):
            editors_draft(user, f"Черновик {user.username} {n}")


# Measured on the demo content (SQLite: 37, 38, 29 and 31, before the moderation panel's 2);
# they do not grow with the content.
QUERY_LIMITS = {"editor": 42, "reviewer": 42, "kk": 30, "superuser": 37}
PANELS = {
    "editor": [DRAFTS, PETITIONS, EVENTS, MODERATION, THIS_WEEK, BACKLOG],
    "reviewer": [TO_APPROVE, PETITIONS, EVENTS, MODERATION, THIS_WEEK, BACKLOG, DRAFTS],
    "kk": [KK_QUEUE],
    "superuser": [WEBHOOKS, TO_APPROVE, PETITIONS, EVENTS, MODERATION, THIS_WEEK, BACKLOG, DRAFTS],
}


@pytest.mark.parametrize("person", list(QUERY_LIMITS))
def test_the_dashboard_reads_in_a_bounded_number_of_queries_whatever_the_content(people, person):
    user = people[person]

    def queries():
        dashboard(user)  # warm the admin's own caches
        client = Client()
        client.force_login(user)
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/admin/")
        assert response.status_code == 200
        return len(captured), panel_ids(response.content.decode())

    on_the_demo, _panels = queries()
    more_of_everything(people)
    with_more, panels = queries()
    print(f"dashboard of the {person}: {on_the_demo} queries, {with_more} with more content")
    assert panels == PANELS[person]
    assert on_the_demo == with_more <= QUERY_LIMITS[person]
