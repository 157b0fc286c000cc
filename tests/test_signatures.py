"""A petition's signatures are shared by its ru, kk and en versions and unique per person."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from campaigns.models import Signature, normalise_email
from tests.factories import PetitionPageFactory, SignatureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def petition(campaign_index):
    page = PetitionPageFactory(parent=campaign_index, offline_signature_count=0)
    page.save_revision().publish()
    return page


@pytest.fixture
def kazakh_petition(petition, locales, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation, TranslationSource

    from tests.conftest import fill_every_segment

    with django_capture_on_commit_callbacks(execute=True):
        for page in (petition.get_parent(), petition):
            source, _ = TranslationSource.get_or_create_from_instance(page)
            translation = Translation.objects.create(source=source, target_locale=locales["kk"])
            fill_every_segment(translation)  # only complete translations go live
            translation.save_target()
    return petition.get_translation(locales["kk"])


def test_signature_on_kazakh_version_counts_for_russian_petition(petition, kazakh_petition):
    assert kazakh_petition.locale.language_code == "kk"
    SignatureFactory(
        petition_key=kazakh_petition.translation_key, locale="kk", confirmed_at=timezone.now()
    )
    assert petition.signature_count == 1
    assert kazakh_petition.signature_count == 1


def test_unconfirmed_signatures_do_not_count(petition):
    SignatureFactory(petition_key=petition.translation_key, confirmed_at=None)
    assert petition.signature_count == 0


def test_offline_signatures_are_added_to_the_count(petition):
    petition.offline_signature_count = 1250
    SignatureFactory(petition_key=petition.translation_key, confirmed_at=timezone.now())
    assert petition.signature_count == 1251


@pytest.mark.parametrize(
    "variant",
    ["Aigul@Example.KZ", "  aigul@example.kz ", "AIGUL@EXAMPLE.KZ\n"],
)
def test_the_database_refuses_a_second_signature_from_the_same_address(petition, variant):
    SignatureFactory(petition_key=petition.translation_key, email="aigul@example.kz")
    with pytest.raises(IntegrityError), transaction.atomic():
        SignatureFactory(petition_key=petition.translation_key, email=variant)
    assert Signature.objects.count() == 1


def test_one_person_may_sign_different_petitions(petition, campaign_index):
    other = PetitionPageFactory(parent=campaign_index)
    SignatureFactory(petition_key=petition.translation_key, email="aigul@example.kz")
    SignatureFactory(petition_key=other.translation_key, email="aigul@example.kz")
    assert Signature.objects.count() == 2


def test_email_normalisation_unifies_unicode_forms():
    composed = "\u00e1sel@example.kz"  # á as one code point
    decomposed = "a\u0301sel@example.kz"  # a + combining acute
    assert normalise_email(composed) == normalise_email(decomposed)
    assert normalise_email(" Asel@Example.KZ ") == "asel@example.kz"
