"""The models of campaigns, one module per aggregate: campaign.py (campaigns and their partners),
petition.py (petitions, signatures, signature exports), social.py (social posts and the
scheduler's receipts). Imported from here: `campaigns.models.X` is what the rest of the code,
Django's app registry and the migrations name."""

from campaigns.models.campaign import (
    LIST_FEATURES,
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
)
from campaigns.models.petition import (
    COUNTED,
    INVALIDATED,
    PENDING,
    PetitionPage,
    Signature,
    SignatureExport,
    SignatureQuerySet,
    normalise_email,
    petition_is_open,
    private_storage,
)
from campaigns.models.social import SchedulerReceipt, SocialPost

__all__ = [
    "COUNTED",
    "INVALIDATED",
    "LIST_FEATURES",
    "PENDING",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignPartner",
    "PetitionPage",
    "SchedulerReceipt",
    "Signature",
    "SignatureExport",
    "SignatureQuerySet",
    "SocialPost",
    "normalise_email",
    "petition_is_open",
    "private_storage",
]
