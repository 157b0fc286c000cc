"""The consultation page (consultation.py) and what people say about its articles
(contribution.py)."""

from consultations.models.consultation import ConsultationPage
from consultations.models.contribution import Contribution, Support

__all__ = ["ConsultationPage", "Contribution", "Support"]
