"""The demo content: the NGO's projects as campaigns, with articles, long reads, videos,
petitions and events in Russian, Kazakh and English. The format is described in FORMAT.md."""

from home.demo.content.articles_a import ARTICLES_A
from home.demo.content.articles_b import ARTICLES_B
from home.demo.content.campaigns import CAMPAIGNS, HOME
from home.demo.content.campaigns import INDEXES as CAMPAIGN_MODULE_INDEXES
from home.demo.content.events import AUDIENCES, EVENT_INDEX, EVENTS, SPEAKERS
from home.demo.content.images import HERO_IMAGE_ALT
from home.demo.content.long_reads import LONG_READS
from home.demo.content.petitions import PETITIONS
from home.demo.content.site_pages import SITE_PAGES
from home.demo.content.taxonomy import AUTHORS, PARTNERS, TOPICS
from home.demo.content.videos import VIDEOS

ARTICLES = ARTICLES_A + ARTICLES_B
# The sections below each home page, in menu order; the events section is in events.py.
INDEXES = {**CAMPAIGN_MODULE_INDEXES, "events": EVENT_INDEX}

__all__ = [
    "ARTICLES",
    "AUDIENCES",
    "AUTHORS",
    "CAMPAIGNS",
    "EVENTS",
    "HERO_IMAGE_ALT",
    "HOME",
    "INDEXES",
    "LONG_READS",
    "PARTNERS",
    "PETITIONS",
    "SITE_PAGES",
    "SPEAKERS",
    "TOPICS",
    "VIDEOS",
]
