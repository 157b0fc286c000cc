"""One serializer per page type, keyed by the API's type name (api/page_types.py) as the
builders are in api/payloads/registry.py, and the unions the contract makes of them."""

from drf_spectacular.utils import PolymorphicProxySerializer

from api.schema.articles import (
    ArticlePageSerializer,
    LongReadPageSerializer,
    VideoClipPageSerializer,
)
from api.schema.campaigns import CampaignPageSerializer, PetitionPageSerializer
from api.schema.consultations import ConsultationPageSerializer
from api.schema.events import EventPageSerializer
from api.schema.home import HomePageSerializer, IndexPageSerializer, StandardPageSerializer
from api.schema.pages import RedirectSerializer

PAGE_SERIALIZERS = {
    "home": HomePageSerializer,
    "index": IndexPageSerializer,
    "article": ArticlePageSerializer,
    "long_read": LongReadPageSerializer,
    "video_clip": VideoClipPageSerializer,
    "campaign": CampaignPageSerializer,
    "petition": PetitionPageSerializer,
    "event": EventPageSerializer,
    "consultation": ConsultationPageSerializer,
    "standard": StandardPageSerializer,
}


PageSerializer = PolymorphicProxySerializer(
    component_name="Page", serializers=PAGE_SERIALIZERS, resource_type_field_name="type"
)


FindResultSerializer = PolymorphicProxySerializer(
    component_name="FindResult",
    serializers={**PAGE_SERIALIZERS, "redirect": RedirectSerializer},
    resource_type_field_name="type",
)
