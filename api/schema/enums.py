"""Choice lists that the OpenAPI document names as enums (SPECTACULAR_SETTINGS's
ENUM_NAME_OVERRIDES names them after these)."""

from api.page_types import TYPE_NAMES

PETITION_STATES = ["open", "closed", "delivered"]  # StateEnum
# PageSummaryTypeEnum: the types of the plain list card; a petition's card has its own schema.
PLAIN_CARD_TYPES = [name for name in TYPE_NAMES if name != "petition"]
PETITION_TYPE = ["petition"]  # PetitionPageTypeEnum, of the page and of its card
