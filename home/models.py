from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from cms.blocks import BodyBlock
from cms.models import ContentPage, TransliteratedSlugPage


class HomePage(TransliteratedSlugPage):
    """The root of one language tree: /ru/, /kk/ or /en/."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "articles.ArticleIndexPage",
        "articles.VideoIndexPage",
        "campaigns.CampaignIndexPage",
        "events.EventIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def can_create_at(cls, parent):
        # One home page per language: the others are made by translating the Russian one.
        return (
            super().can_create_at(parent)
            and parent.is_root()
            and cls.objects.count() < Locale.objects.count()
        )


class StandardPage(ContentPage):
    """A page of its own right below a home page: about us, contacts, the privacy policy.
    The site's footer links to each of them (/api/v1/navigation/ lists them as `footer`)."""

    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = ContentPage.content_panels + [FieldPanel("body")]
    search_fields = ContentPage.search_fields + [index.SearchField("body")]
    translatable_fields = ContentPage.translatable_fields + [TranslatableField("body")]
    reading_time_fields = ("summary", "body")

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
