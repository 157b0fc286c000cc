"""Signer data is erased SIGNATURE_RETENTION_DAYS after a petition closes; counts stay."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from campaigns.models import PetitionPage, Signature
from campaigns.signing import anonymise_closed_petitions, closed_since
from tests.conftest import publish
from tests.factories import PetitionPageFactory, SignatureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def petitions(campaign_index, settings):
    settings.SIGNATURE_RETENTION_DAYS = 30
    publish(campaign_index)
    today = timezone.localdate()
    long_closed = publish(
        PetitionPageFactory(parent=campaign_index, deadline=today - timedelta(days=40))
    )
    recently_closed = publish(
        PetitionPageFactory(parent=campaign_index, deadline=today - timedelta(days=5))
    )
    still_open = publish(PetitionPageFactory(parent=campaign_index, deadline=None))
    for petition in (long_closed, recently_closed, still_open):
        for n in range(3):
            SignatureFactory(
                petition_key=petition.translation_key,
                email=f"person{n}@example.kz",
                confirmed_at=timezone.now(),
                region="almaty",
            )
        SignatureFactory(petition_key=petition.translation_key, email="pending@example.kz")
    return long_closed, recently_closed, still_open


def test_only_petitions_closed_long_enough_ago_lose_their_signers_data(petitions):
    long_closed, recently_closed, still_open = petitions
    assert closed_since(still_open) is None
    assert anonymise_closed_petitions() == 4  # 3 anonymised, 1 unconfirmed removed

    erased = Signature.objects.filter(petition_key=long_closed.translation_key)
    assert erased.count() == 3 == long_closed.signature_count  # the count stays
    for signature in erased:
        assert signature.full_name == "" and signature.email.endswith("@invalid")
        assert signature.region == "almaty" and signature.anonymised_at is not None
        assert signature.token_hash is None and signature.ip_hash == ""
    for petition in (recently_closed, still_open):
        kept = Signature.objects.filter(petition_key=petition.translation_key)
        assert kept.count() == 4 and all(s.full_name for s in kept)
    assert anonymise_closed_petitions() == 0  # running again changes nothing


def test_a_petition_closed_by_an_editor_counts_from_its_last_publish(petitions, settings):
    _long_closed, _recently_closed, still_open = petitions
    still_open.state = PetitionPage.State.CLOSED
    publish(still_open)
    # In 20 days only the petition whose deadline passed 40 days ago is old enough.
    assert anonymise_closed_petitions(now=timezone.now() + timedelta(days=20)) == 4
    later = timezone.now() + timedelta(days=31)
    assert anonymise_closed_petitions(now=later) == 8  # then the other two
    output = StringIO()
    call_command("anonymise_signatures", stdout=output)
    assert "0 signatures" in output.getvalue()
