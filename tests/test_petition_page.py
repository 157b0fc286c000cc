"""A petition on the built-in website (website/): a call to sign above its long text, a form
whose success state thanks and offers share links, and cards that tell an open petition from a
closed or delivered one. The form's behaviour in a browser: tests/e2e/test_petition_signing.py."""

import datetime
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings

from campaigns.models import PetitionPage
from tests.conftest import publish, translate
from tests.factories import PetitionPageFactory, SignatureFactory

pytestmark = pytest.mark.django_db

SITE_CSS = Path(settings.BASE_DIR, "website/static/website/site.css").read_text()


@pytest.fixture
def petitions(campaign_index, locales):
    publish(campaign_index)
    open_one = publish(
        PetitionPageFactory(
            parent=campaign_index,
            title="Примите закон о равенстве",
            body=[("paragraph", "<p>Длинный текст петиции.</p>")],
        )
    )
    delivered = publish(
        PetitionPageFactory(
            parent=campaign_index,
            title="Петиция 2021 года",
            deadline=datetime.date(2021, 12, 10),
            state=PetitionPage.State.DELIVERED,
            offline_signature_count=1250,
        )
    )
    kazakh = translate(PetitionPage.objects.get(pk=open_one.pk), locales["kk"])
    kazakh.title = "Теңдік туралы заң қабылдансын"
    return {"open": open_one, "delivered": delivered, "kazakh": publish(kazakh)}


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_call_to_sign_comes_before_the_text_and_stays_in_view_on_a_phone(client, petitions):
    html = page_html(client, petitions["open"])
    cta = re.search(
        r'<p class="sign-cta" data-form-cta><a class="button" href="#sign">([^<]+)</a></p>', html
    )
    assert cta and cta.group(1) == "Подписать петицию"
    assert cta.start() < html.index("Принять закон.") < html.index("Длинный текст петиции.")
    assert cta.start() < html.index('<form class="sign" id="sign"')
    phone = re.search(r"@media \(max-width: [\d.]+rem\) \{(.*?)\n\}", SITE_CSS, flags=re.S)
    assert re.search(r"\.sign-cta \{[^}]*position: sticky; top: 0", phone.group(1))
    # A closed petition asks nobody to sign.
    assert 'class="sign-cta"' not in page_html(client, petitions["delivered"])


def test_signing_ends_in_a_thank_you_with_share_links_and_nothing_loaded_from_elsewhere(
    client, petitions
):
    petition = petitions["open"]
    html = page_html(client, petition)
    signed = re.search(
        r'<section class="signed" id="signed"[^>]*hidden>(.*?)</section>', html, re.S
    )
    assert signed, "the thank-you that replaces the form, hidden until the API accepts"
    thanks = signed.group(1)
    assert "Подпись засчитывается только после подтверждения" in thanks
    address = quote(f"http://testserver{petition.url}", safe="")
    title = quote(petition.title, safe="")
    for link in (
        f"https://t.me/share/url?url={address}&amp;text={title}",
        f"https://wa.me/?text={title}%20{address}",
        f"https://www.facebook.com/sharer/sharer.php?u={address}",
        f"https://x.com/intent/post?url={address}&amp;text={title}",
    ):
        assert f'href="{link}"' in thanks, link
    assert f'<input readonly value="http://testserver{petition.url}">' in thanks
    assert "Скопировать ссылку" in thanks
    assert re.findall(r'<script src="([^"]+)"', html) == ["/static/website/public_form.js"]
    # Messages for the form's errors are the page's own, in its language.
    assert 'data-invalid="Исправьте то, что отмечено ниже."' in html


def test_the_kazakh_page_says_the_signature_counts_only_once_confirmed(client, petitions):
    html = page_html(client, petitions["kazakh"])
    assert '<html lang="kk">' in html
    assert "Қолыңыз расталғаннан кейін ғана есептеледі" in html
    assert ">Петицияға қол қою</a>" in html


def test_cards_tell_an_open_petition_from_a_delivered_one(
    client, petitions, django_assert_max_num_queries
):
    SignatureFactory(
        petition_key=petitions["delivered"].translation_key,
        confirmed_at=datetime.datetime(2021, 12, 1, tzinfo=datetime.UTC),
    )
    client.get("/ru/")  # warm the content version cache
    # The home page's reads: menu, newest pages, petitions (with their figures).
    with django_assert_max_num_queries(14):
        html = client.get("/ru/").content.decode()
    cards = {
        re.search(r'<a href="([^"]+)"', card).group(1): card
        for card in re.findall(r'<li class="card card-petition">.*?</li>', html, re.S)
    }
    delivered = cards[petitions["delivered"].url]
    assert "Передана адресату" in delivered and "Идет сбор подписей" not in delivered
    assert "1\xa0251 подпись" in delivered and '<progress max="5000" value="1251">' in delivered
    assert "Открыта до" not in delivered
    current = cards[petitions["open"].url]
    assert "Идет сбор подписей" in current and "0 подписей" in current
    assert "30 июня 2027 г." in current
