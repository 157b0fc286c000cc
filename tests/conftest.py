import os
import shutil
import socket
import subprocess
import sys
import threading
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from wagtail.models import Locale, Site

from tests.factories import ArticleIndexPageFactory, CampaignIndexPageFactory, VideoIndexPageFactory

# Under CI (.ci/run) tests marked `postgres` must run: a missing PostgreSQL is an error there,
# never a silent skip.
REQUIRE_POSTGRES = os.environ.get("TENDIK_REQUIRE_POSTGRES") == "1"


def pytest_collection_modifyitems(config, items):
    database_url = os.environ.get("DATABASE_URL", "")
    on_postgres = database_url.startswith(("postgres://", "postgresql://"))
    if REQUIRE_POSTGRES and not on_postgres:
        raise pytest.UsageError(
            "TENDIK_REQUIRE_POSTGRES=1 but DATABASE_URL is not a PostgreSQL URL: "
            "tests marked `postgres` would not run."
        )
    on_redis = os.environ.get("REDIS_URL", "").startswith("redis://")
    skip_postgres = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://...")
    skip_redis = pytest.mark.skip(reason="needs Redis: set REDIS_URL=redis://...")
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            item.add_marker(skip_postgres)
        if "redis" in item.keywords and not on_redis:
            item.add_marker(skip_redis)


def run_again_on_sqlite(module_file, *pytest_args, timeout=1800):
    """Runs a test module again in a subprocess on SQLite (no DATABASE_URL, no
    TENDIK_REQUIRE_POSTGRES): every test of it not marked `postgres`, so neither the PostgreSQL
    comparisons nor the test calling this (marked `postgres`) run there, deselected rather than
    skipped; returns the finished process (its output captured, also printed)."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DATABASE_URL", "TENDIK_REQUIRE_POSTGRES")
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(module_file), "-q", "-p", "no:cacheprovider"]
        + ["-m", "not postgres", *pytest_args],
        cwd=Path(__file__).resolve().parent.parent,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    return result


def pytest_sessionfinish(session, exitstatus):
    from django.conf import settings

    # cms.settings.test puts uploads in a temporary folder; leave nothing behind.
    if "tendik-test-media-" in str(getattr(settings, "MEDIA_ROOT", "")):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached values must not outlive a rolled-back test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get(language_code=code) for code in ("ru", "kk", "en")}


@pytest.fixture
def home(db):
    """The Russian home page created by the migrations (the default site's root)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def article_index(home):
    return ArticleIndexPageFactory(parent=home)


@pytest.fixture
def video_index(home):
    return VideoIndexPageFactory(parent=home)


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home)


@pytest.fixture
def event_index(home):
    from tests.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home)


@pytest.fixture
def api(client):
    """The test client, validating every JSON answer against frontend_contract/openapi.yaml."""
    from tests.api_client import ContractClient

    return ContractClient(client)


def publish(page):
    """Publishes `page` and returns it fresh from the database (child rows included)."""
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def translate(page, locale, *, published=True):
    """A Kazakh or English copy of `page` (and of its untranslated ancestors), published or not."""
    page = page.specific_class.objects.get(pk=page.pk)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for ancestor in translation.get_ancestors().filter(depth__gte=2, live=False).specific():
        publish(ancestor)
    translation = translation.specific
    return publish(translation) if published else translation


@pytest.fixture
def published_site(home, locales, article_index, video_index, campaign_index, event_index):
    """One published page of every type in the Russian tree, with images, topics, authors,
    a partner, a document, rich-text links, and a Kazakh translation of the article."""
    import datetime

    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from cms.models import PageAuthor, PageTopic
    from events.models import EventAudience, EventPartner, EventSpeaker
    from tests import factories

    for section in (article_index, video_index, campaign_index, event_index):
        publish(section)
    image = factories.ImageFactory(title="Картина")
    topic = factories.TopicFactory(name="Право", slug="pravo")
    author = factories.AuthorFactory(name="Айгерім Сапарова", photo=image)
    partner = factories.PartnerFactory(name="Фонд Сорос-Казахстан")
    document = get_document_model().objects.create(
        title="Проект закона", file=ContentFile(b"%PDF-1.4 demo", name="proekt-zakona.pdf")
    )
    campaign = factories.CampaignPageFactory(
        parent=campaign_index, title="Закон о равенстве", hero_image=image
    )
    campaign.campaign_partners.create(partner=partner, role="donor")
    publish(campaign)
    target = publish(factories.AnalyticalArticlePageFactory(parent=article_index, title="Цель"))
    article = factories.AnalyticalArticlePageFactory(
        parent=article_index,
        title="Почему нужен закон",
        hero_image=image,
        campaign=campaign,
        body=[
            ("heading", {"text": "Что говорит закон", "level": "h2"}),
            (
                "paragraph",
                f'<p>См. <a linktype="page" id="{target.pk}">статью</a> и '
                f'<a linktype="document" id="{document.pk}">проект</a>.</p>',
            ),
            ("image", {"image": image, "caption": "Подпись", "alt_text": ""}),
        ],
    )
    article.page_topics.add(PageTopic(topic=topic, locale=locales["ru"]))
    article.page_authors.add(PageAuthor(author=author, locale=locales["ru"]))
    publish(article)
    long_read = publish(factories.LongReadPageFactory(parent=article_index, title="Лонгрид"))
    video = publish(factories.VideoClipPageFactory(parent=video_index, campaign=campaign))
    petition = publish(factories.PetitionPageFactory(parent=campaign, title="Петиция"))
    audience = factories.AudienceCategoryFactory(name="Журналисты")
    event = factories.EventPageFactory(
        parent=event_index,
        title="Конференция о равенстве",
        kind="conference",
        format="hybrid",
        campaign=campaign,
        hero_image=image,
        stream_url="https://www.youtube.com/@tendik-demo/live",
        programme=[
            (
                "day",
                {
                    "date": datetime.date(2027, 3, 15),
                    "title": "День первый",
                    "sessions": [
                        {
                            "starts_at": datetime.time(10, 0),
                            "ends_at": datetime.time(11, 30),
                            "title": "Открытие",
                            "description": "Приветственные слова.",
                            "speakers": [author],
                            "language": "kk",
                        }
                    ],
                },
            )
        ],
        materials=[("document", {"document": document, "title": "Проект закона"})],
    )
    event.event_audiences.add(EventAudience(audience=audience, locale=locales["ru"]))
    event.event_speakers.add(EventSpeaker(speaker=author, locale=locales["ru"]))
    event.event_partners.add(EventPartner(partner=partner, locale=locales["ru"]))
    event = publish(event)
    from consultations.models import ConsultationPage

    consultation = ConsultationPage(
        title="Обсуждение законопроекта о Совете",
        act_title="О Совете по обеспечению равенства и защите от дискриминации",
        phase=ConsultationPage.Phase.OPEN,
    )
    campaign.add_child(instance=consultation)
    consultation = publish(consultation)
    kazakh_article = translate(article, locales["kk"])
    return {
        "home": home,
        "article_index": article_index,
        "article": article,
        "kazakh_article": kazakh_article,
        "target": target,
        "long_read": long_read,
        "video": video,
        "campaign": campaign,
        "petition": petition,
        "event_index": event_index,
        "event": event,
        "consultation": consultation,
        "image": image,
        "topic": topic,
        "document": document,
    }


# --- translation through wagtail-localize ----------------------------------------------------


@pytest.fixture
def russian_tree(home, article_index, video_index, campaign_index):
    import datetime

    from cms.models import PageAuthor, PageTopic
    from tests.factories import (
        AnalyticalArticlePageFactory,
        AuthorFactory,
        CampaignPageFactory,
        ImageFactory,
        PetitionPageFactory,
        TopicFactory,
        VideoClipPageFactory,
    )

    topic = TopicFactory(name="Дискриминация")
    author = AuthorFactory(name="Асель Нурланова")
    image = ImageFactory()
    campaign = CampaignPageFactory(
        parent=campaign_index, title="Закон о равенстве", hero_image=image
    )
    petition = PetitionPageFactory(parent=campaign, title="Примите закон", goal=10_000)
    article = AnalyticalArticlePageFactory(
        parent=article_index,
        title="Зачем нужен закон",
        hero_image=image,
        campaign=campaign,
        publication_date=datetime.date(2023, 2, 14),
    )
    article.page_topics.add(PageTopic(topic=topic))
    article.page_authors.add(PageAuthor(author=author))
    video = VideoClipPageFactory(parent=video_index, title="Что такое харассмент", thumbnail=image)
    for page in (
        home,
        article_index,
        video_index,
        campaign_index,
        campaign,
        petition,
        article,
        video,
    ):
        page.save_revision().publish()
    return {
        "article": article,
        "campaign": campaign,
        "petition": petition,
        "video": video,
        "topic": topic,
    }


def fill_every_segment(translation, text="Қазақша мәтін"):
    """What a translator does in wagtail-localize's editor: a translation for every segment not
    translated yet (a translation goes live only complete)."""
    from wagtail_localize.models import StringSegment, StringTranslation

    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "context", "string"
    ):
        # A slug is a segment too, and must stay a slug; rich text keeps its link placeholders.
        if segment.context.path == "slug":
            data = f"audarma-{segment.pk}"
        elif "<" in segment.string.data:
            data = segment.string.data
        else:
            data = text
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": data},
        )


@pytest.fixture
def submit_translation(django_capture_on_commit_callbacks):
    def submit(client, page, locales, include_subtree=True):
        """What an editor does: «Translate» in the page's menu, choose kk and en, submit.

        wagtail-localize publishes the new pages when the transaction commits."""
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"/admin/localize/submit/page/{page.pk}/",
                {
                    "locales": [locales[code].pk for code in ("kk", "en")],
                    "include_subtree": "on" if include_subtree else "",
                },
            )

    return submit


# --- a real SMTP server on 127.0.0.1 (aiosmtpd) ------------------------------------------


class Inbox:
    """An aiosmtpd handler that keeps what it receives."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    yield inbox
    controller.stop()
