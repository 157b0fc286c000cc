"""The short `type` names the API gives each page model."""

from articles.models import (
    AnalyticalArticlePage,
    ArticleIndexPage,
    LongReadPage,
    VideoClipPage,
    VideoIndexPage,
)
from campaigns.models import CampaignIndexPage, CampaignPage, PetitionPage
from cms.models import CampaignContentPage
from consultations.models import ConsultationPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage

PAGE_TYPES = {
    HomePage: "home",
    ArticleIndexPage: "index",
    VideoIndexPage: "index",
    CampaignIndexPage: "index",
    EventIndexPage: "index",
    AnalyticalArticlePage: "article",
    LongReadPage: "long_read",
    VideoClipPage: "video_clip",
    CampaignPage: "campaign",
    PetitionPage: "petition",
    EventPage: "event",
    ConsultationPage: "consultation",
    StandardPage: "standard",
}
TYPE_NAMES = (
    "home", "index", "article", "long_read", "video_clip", "campaign", "petition", "event",
    "consultation", "standard",
)  # fmt: skip
# What each section lists, so a front-end can query an index page's children by type.
SECTION_LISTS = {
    ArticleIndexPage: ("article", "long_read"),
    VideoIndexPage: ("video_clip",),
    CampaignIndexPage: ("campaign", "petition"),
    EventIndexPage: ("event",),
}

# Types that may belong to a campaign (their payload carries a `campaign` link).
CAMPAIGN_CONTENT_TYPES = frozenset(
    name for model, name in PAGE_TYPES.items() if issubclass(model, CampaignContentPage)
)
# How a campaign's payload groups its `related` pages.
RELATED_GROUPS = {
    "article": "articles",
    "long_read": "articles",
    "video_clip": "videos",
    "petition": "petitions",
    "event": "events",
    "consultation": "consultations",
}


def type_name(model) -> str | None:
    return PAGE_TYPES.get(model)
