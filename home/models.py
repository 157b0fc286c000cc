from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail_localize.fields import TranslatableField

from cms.models import TransliteratedSlugPage


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
