"""The contract: serializers that declare every response shape for the OpenAPI document.

Payloads are built by api/payloads/; these classes only describe them (drf-spectacular turns
them into `frontend_contract/openapi.yaml`), in modules named as the payload modules they
describe: `media.py`, `blocks.py`, `cards.py`, `pages.py` (the fields every page has), then one
serializer per page type in `home.py`, `articles.py`, `campaigns.py`, found in `registry.py` by
the API's type name. Tests validate every response and every example against the generated
document, so the two cannot drift apart unnoticed.

A component is named after its class without the `Serializer` suffix (drf-spectacular's
default); a `Meta.ref_name` is there only where the contract's name differs.

Views name the answers they declare through this package (`schema.PageSerializer`); the
settings name the enums and the preprocessing hook here.
"""

from api.schema.cards import PageListSerializer
from api.schema.consultations import (
    ContributionAcceptedSerializer,
    ContributionListSerializer,
    ContributionStateSerializer,
    SupportStateSerializer,
    VersionComparisonSerializer,
)
from api.schema.endpoints import public_api_only
from api.schema.enums import PETITION_STATES, PETITION_TYPE, PLAIN_CARD_TYPES
from api.schema.navigation import NavigationSerializer
from api.schema.problems import ProblemSerializer, problems
from api.schema.regions import RegionListSerializer
from api.schema.registry import FindResultSerializer, PageSerializer
from api.schema.signing import (
    RegistrationAcceptedSerializer,
    RegistrationStateSerializer,
    SigningAcceptedSerializer,
    SigningStateSerializer,
)
from api.schema.sitemap import SitemapSerializer
from api.schema.topics import TopicListSerializer

__all__ = [
    "ContributionAcceptedSerializer",
    "ContributionListSerializer",
    "ContributionStateSerializer",
    "SupportStateSerializer",
    "VersionComparisonSerializer",
    "PETITION_STATES",
    "PETITION_TYPE",
    "PLAIN_CARD_TYPES",
    "FindResultSerializer",
    "NavigationSerializer",
    "PageListSerializer",
    "PageSerializer",
    "ProblemSerializer",
    "problems",
    "RegionListSerializer",
    "RegistrationAcceptedSerializer",
    "RegistrationStateSerializer",
    "SigningAcceptedSerializer",
    "SigningStateSerializer",
    "SitemapSerializer",
    "TopicListSerializer",
    "public_api_only",
]
