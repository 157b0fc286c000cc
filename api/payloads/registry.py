"""One builder per page type, keyed by the API's type name (api/page_types.py); the serializers
are keyed by the same names in api/schema/registry.py (tests/test_api_registries.py)."""

from api.payloads.articles import ArticlePageBuilder, LongReadPageBuilder, VideoClipPageBuilder
from api.payloads.builder import PageBuilder
from api.payloads.campaigns import CampaignPageBuilder, PetitionPageBuilder
from api.payloads.consultations import ConsultationPageBuilder
from api.payloads.events import EventPageBuilder
from api.payloads.home import HomePageBuilder, IndexPageBuilder, StandardPageBuilder

PAGE_BUILDERS: dict[str, type[PageBuilder]] = {
    "home": HomePageBuilder,
    "index": IndexPageBuilder,
    "article": ArticlePageBuilder,
    "long_read": LongReadPageBuilder,
    "video_clip": VideoClipPageBuilder,
    "campaign": CampaignPageBuilder,
    "petition": PetitionPageBuilder,
    "event": EventPageBuilder,
    "consultation": ConsultationPageBuilder,
    "standard": StandardPageBuilder,
}
