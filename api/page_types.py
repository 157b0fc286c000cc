"""The short `type` names the API gives each page model."""

from articles.models import (
    AnalyticalArticlePage,
    ArticleIndexPage,
    LongReadPage,
    VideoClipPage,
    VideoIndexPage,
)
from campaigns.models import CampaignIndexPage, CampaignPage, PetitionPage
from home.models import HomePage

PAGE_TYPES = {
    HomePage: "home",
    ArticleIndexPage: "index",
    VideoIndexPage: "index",
    CampaignIndexPage: "index",
    AnalyticalArticlePage: "article",
    LongReadPage: "long_read",
    VideoClipPage: "video_clip",
    CampaignPage: "campaign",
    PetitionPage: "petition",
}
TYPE_NAMES = ("home", "index", "article", "long_read", "video_clip", "campaign", "petition")
# What each section lists, so a front-end can query an index page's children by type.
SECTION_LISTS = {
    ArticleIndexPage: ("article", "long_read"),
    VideoIndexPage: ("video_clip",),
    CampaignIndexPage: ("campaign", "petition"),
}


def type_name(model) -> str | None:
    return PAGE_TYPES.get(model)
