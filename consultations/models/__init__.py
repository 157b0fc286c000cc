"""The consultation page (consultation.py) and what people say about its articles
(contribution.py), and the versions of its text (version.py)."""

from consultations.models.consultation import ConsultationPage
from consultations.models.contribution import Contribution, Support
from consultations.models.version import TextVersion

__all__ = ["ConsultationPage", "Contribution", "Support", "TextVersion"]
