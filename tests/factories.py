"""One factory per page type and snippet. Pages are created in the Russian (source) tree."""

import datetime

import factory
import wagtail_factories
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale

from articles.models import (
    AnalyticalArticlePage,
    ArticleIndexPage,
    LongReadPage,
    VideoClipPage,
    VideoIndexPage,
)
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    PetitionPage,
    Signature,
    SocialPost,
)
from cms.models import Author, Partner, Topic
from cms.transliteration import make_slug
from events.models import AudienceCategory, EventIndexPage, EventPage
from home.models import StandardPage


def russian():
    return Locale.objects.get(language_code="ru")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    locale = factory.LazyFunction(russian)
    name = factory.Sequence(lambda n: f"Тема {n}")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    locale = factory.LazyFunction(russian)
    name = factory.Sequence(lambda n: f"Автор {n}")
    role = "Юрист"


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner

    locale = factory.LazyFunction(russian)
    name = factory.Sequence(lambda n: f"Партнёр {n}")
    url = "https://example.org/"


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Изображение {n}")
    file = factory.django.ImageField(width=1600, height=900)
    collection = factory.LazyFunction(Collection.get_first_root_node)


class SourcePageFactory(wagtail_factories.PageFactory):
    """A page in the Russian tree whose slug is transliterated like an editor's would be."""

    slug = factory.LazyAttribute(lambda page: make_slug(page.title))

    class Meta:
        abstract = True


class ArticleIndexPageFactory(SourcePageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Аналитика"
    slug = "analitika"


class VideoIndexPageFactory(SourcePageFactory):
    class Meta:
        model = VideoIndexPage

    title = "Видео"
    slug = "video"


class CampaignIndexPageFactory(SourcePageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Кампании"
    slug = "kampanii"


class AnalyticalArticlePageFactory(SourcePageFactory):
    class Meta:
        model = AnalyticalArticlePage

    title = factory.Sequence(lambda n: f"Статья {n}")
    summary = "Краткое содержание статьи."
    publication_date = datetime.date(2023, 3, 1)
    body = [("paragraph", "<p>Текст статьи о равенстве перед законом.</p>")]


class LongReadPageFactory(SourcePageFactory):
    class Meta:
        model = LongReadPage

    title = factory.Sequence(lambda n: f"Лонгрид {n}")
    publication_date = datetime.date(2023, 6, 1)
    chapters = [
        (
            "chapter",
            {"title": "Введение", "anchor": "", "body": [("paragraph", "<p>Первая глава.</p>")]},
        )
    ]


class VideoClipPageFactory(SourcePageFactory):
    class Meta:
        model = VideoClipPage

    title = factory.Sequence(lambda n: f"Видеоролик {n}")
    publication_date = datetime.date(2021, 3, 10)
    video_url = "https://www.youtube.com/watch?v=tendikdemo1"
    duration_seconds = 154
    transcript = "<p>Текст ролика.</p>"


class CampaignPageFactory(SourcePageFactory):
    class Meta:
        model = CampaignPage

    title = factory.Sequence(lambda n: f"Кампания {n}")
    period_start = datetime.date(2022, 9, 1)
    period_end = datetime.date(2024, 2, 28)
    goals = "<ul><li>Принять закон о равенстве.</li></ul>"
    indicators = [("indicator", {"label": "Обучено журналистов", "target": 40, "achieved": 40})]


class PetitionPageFactory(SourcePageFactory):
    class Meta:
        model = PetitionPage

    title = factory.Sequence(lambda n: f"Петиция {n}")
    addressee = "Мажилис Парламента Республики Казахстан"
    demand = "<p>Принять закон.</p>"
    goal = 5000
    deadline = datetime.date(2027, 6, 30)
    state = PetitionPage.State.OPEN
    consent_text = "Я согласен на обработку персональных данных."


class EventIndexPageFactory(SourcePageFactory):
    class Meta:
        model = EventIndexPage

    title = "События"
    slug = "sobytiia"


def almaty(year, month, day, hour=10, minute=0):
    import zoneinfo

    return datetime.datetime(
        year, month, day, hour, minute, tzinfo=zoneinfo.ZoneInfo("Asia/Almaty")
    )


class EventPageFactory(SourcePageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Семинар {n}")
    kind = EventPage.Kind.WORKSHOP
    format = EventPage.Format.IN_PERSON
    starts_at = factory.LazyFunction(lambda: almaty(2027, 3, 15, 10))
    ends_at = factory.LazyFunction(lambda: almaty(2027, 3, 15, 17))
    city = "Алматы"
    venue = "Отель «Казахстан»"
    address = "пр. Достык, 52/2"
    region = "almaty"
    capacity = 40


class AudienceCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AudienceCategory

    locale = factory.LazyFunction(russian)
    name = factory.Sequence(lambda n: f"Журналисты {n}")


class StandardPageFactory(SourcePageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Страница {n}")
    summary = "О проекте."
    body = [("paragraph", "<p>Текст страницы.</p>")]


class SignatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signature

    full_name = "Айгүл Серікқызы"
    email = factory.Sequence(lambda n: f"signer{n}@example.kz")
    region = "almaty"
    locale = "ru"


class SocialPostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SocialPost

    locale = factory.LazyFunction(russian)
    channel = SocialPost.Channel.TELEGRAM
    text = "Новая статья о равенстве."
