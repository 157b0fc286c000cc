"""Prepares the browser tests' throwaway database; run by tests/e2e/server.py in a subprocess:

    DATABASE_URL=... E2E_PASSWORD=... TASKS_BACKEND=immediate python -m tests.e2e.prepare OUT.json

migrate, the demo content (seed_demo), the three people of the tests (an editor, a reviewer and
a Kazakh translator whose admin is in Kazakh), two more published Russian articles for the
translator to translate (one already asked for, one only in their queue) and the Kazakh draft of
one with a link. Writes what the tests need (ids,
titles, timings) to OUT.json.
"""

import datetime
import json
import os
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT))

# The article the translator translates: its Russian texts and the Kazakh they type, per segment.
SOURCE_ARTICLE = {
    "title": {"ru": "Равная оплата за равный труд", "kk": "Тең еңбекке тең ақы"},
    "summary": {
        "ru": "Почему разрыв в оплате труда касается всех.",
        "kk": "Жалақыдағы алшақтық неге бәрімізге қатысты.",
    },
    "heading": {"ru": "Что говорят цифры", "kk": "Сандар не дейді"},
    "paragraph": {
        "ru": "Женщины в Казахстане зарабатывают на треть меньше мужчин.",
        "kk": "Қазақстанда әйелдер ерлерден үштен бір есе аз табады.",
    },
    "slug": {"ru": "ravnaia-oplata-za-ravnyi-trud", "kk": "teng-engbekke-teng-aqy"},
}
# A published Russian article nobody has started to translate: the kk translator starts it from
# the dashboard's queue.
QUEUE_ARTICLE = {
    "title": {
        "ru": "Мигранты и доступ к правосудию",
        "kk": "Мигранттар және сот төрелігіне қол жеткізу",
    },
    "summary": {
        "ru": "Что мешает мигрантам защищать свои права в суде.",
        "kk": "Мигранттарға сотта құқығын қорғауға не кедергі.",
    },
    "paragraph": {
        "ru": "Без перевода и бесплатной помощи защитника суд остаётся недоступным.",
        "kk": "Аудармасыз және қорғаушының тегін көмегінсіз сот қолжетімсіз болып қала береді.",
    },
    "slug": {"ru": "migranty-i-dostup-k-pravosudiiu", "kk": "migranttar-zhane-sot"},
}
# The target of the link in an article whose Kazakh draft the translator opens (the link's
# target is a value they may replace, within limits: translations/overrides.py).
LINKED_LAW = "https://adilet.zan.kz/rus/docs/K1500000414"


def main(out_path: str):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    import django

    django.setup()
    from django.core.management import call_command

    timings = {}
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    timings["migrate"] = time.perf_counter() - started

    started = time.perf_counter()
    with open(os.devnull, "w") as quiet:
        call_command("seed_demo", stdout=quiet)
    timings["seed_demo"] = time.perf_counter() - started

    started = time.perf_counter()
    data = {"users": create_users(os.environ["E2E_PASSWORD"]), **create_pages()}
    timings["users_and_pages"] = time.perf_counter() - started
    data["timings"] = timings
    Path(out_path).write_text(json.dumps(data, ensure_ascii=False, indent=2))


def create_users(password: str) -> dict:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    from translations.roles import EDITORS, REVIEWERS, TRANSLATORS

    people = {
        "editor": (EDITORS, "ru"),
        "reviewer": (REVIEWERS, "ru"),
        "translator_kk": (TRANSLATORS["kk"], "kk"),
    }
    users = {}
    for username, (group_name, language) in people.items():
        user = get_user_model().objects.create_user(
            username=username,
            email=f"{username}@tendik.kz",
            password=password,
            first_name=username.replace("_", " ").title(),
        )
        user.groups.add(Group.objects.get(name=group_name))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language  # the admin's language (Account → Language)
        profile.save()
        users[username] = {"username": username, "group": group_name, "language": language}
    return users


def create_pages() -> dict:
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator

    from articles.models import AnalyticalArticlePage, ArticleIndexPage

    ru = Locale.objects.get(language_code="ru")
    index = ArticleIndexPage.objects.get(locale=ru)

    # A published demo article for the preview test: its title is what the editor changes.
    demo = AnalyticalArticlePage.objects.live().filter(locale=ru).order_by("path").first()

    # The Russian article the kk translator translates (published: a translation is never
    # published before its source).
    texts = {key: value["ru"] for key, value in SOURCE_ARTICLE.items()}
    source = AnalyticalArticlePage(
        title=texts["title"],
        slug=texts["slug"],
        summary=texts["summary"],
        publication_date=datetime.date(2026, 3, 8),
        body=[
            ("heading", {"text": texts["heading"], "level": "h2"}),
            ("paragraph", f"<p>{texts['paragraph']}</p>"),
        ],
    )
    index.add_child(instance=source)
    source.save_revision().publish()

    queued_texts = {key: value["ru"] for key, value in QUEUE_ARTICLE.items()}
    queued = AnalyticalArticlePage(
        title=queued_texts["title"],
        slug=queued_texts["slug"],
        summary=queued_texts["summary"],
        publication_date=datetime.date(2026, 3, 10),
        body=[("paragraph", f"<p>{queued_texts['paragraph']}</p>")],
    )
    index.add_child(instance=queued)
    queued.save_revision().publish()

    # A published Russian article with a link, and its Kazakh draft in wagtail-localize.
    linked = AnalyticalArticlePage(
        title="Закон о правовых актах",
        summary="Где читать официальный текст.",
        publication_date=datetime.date(2026, 3, 9),
        body=[("paragraph", f'<p>Официальный текст на <a href="{LINKED_LAW}">сайте</a>.</p>')],
    )
    index.add_child(instance=linked)
    linked.save_revision().publish()
    TranslationCreator(None, [Locale.objects.get(language_code="kk")]).create_translations(linked)
    kazakh_draft = linked.get_translation(Locale.objects.get(language_code="kk"))
    return {
        "check_in_event": create_check_in_event(),
        "ru_article_index": {"id": index.pk, "title": index.title},
        "preview_article": {"id": demo.pk, "title": demo.title},
        "source_article": {"id": source.pk, "title": source.title},
        "queued_article": {"id": queued.pk, "title": queued.title},
        "kazakh_draft_with_link": {"id": kazakh_draft.pk, "link": LINKED_LAW},
    }


# The seminar an organiser checks people in at (tests/e2e/test_check_in.py): it began an hour
# ago, and two people have seats, one registered in Kazakh, one in Russian.
CHECK_IN_TITLE_KK = "Құқықтық көмек туралы семинар"
CHECK_IN_PEOPLE = [
    ("Әсел Қуанышқызы Өмірбекова", "asel.e2e@example.kz", "kk"),
    ("Ирина Соколова", "irina.e2e@example.kz", "ru"),
]


def create_check_in_event() -> dict:
    from django.utils import timezone
    from wagtail.models import Locale

    from events.models import EventIndexPage, EventPage, Registration

    ru = Locale.objects.get(language_code="ru")
    index = EventIndexPage.objects.get(locale=ru)
    now = timezone.now().replace(second=0, microsecond=0)
    event = EventPage(
        title="Семинар о правовой помощи",
        slug="seminar-o-pravovoi-pomoshchi",
        kind=EventPage.Kind.SEMINAR,
        format=EventPage.Format.IN_PERSON,
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=3),
        city="Алматы",
        capacity=30,
        certificate_hours=4,
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    kazakh = event.copy_for_translation(Locale.objects.get(language_code="kk"), copy_parents=True)
    kazakh.title = CHECK_IN_TITLE_KK
    kazakh.slug = "quqyqtyq-komek-seminary"
    kazakh.save_revision().publish()
    for name, email, language in CHECK_IN_PEOPLE:
        Registration.objects.create(
            event_key=event.translation_key,
            full_name=name,
            email=email,
            locale=language,
            status=Registration.Status.CONFIRMED,
            seat_given_at=now,
        )
    return {
        "id": event.pk,
        "title": event.title,
        "title_kk": CHECK_IN_TITLE_KK,
        "people": [{"name": n, "email": e, "locale": lang} for n, e, lang in CHECK_IN_PEOPLE],
    }


if __name__ == "__main__":
    main(sys.argv[1])
