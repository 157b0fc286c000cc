"""The hub's own page for emailed confirmation links (website/signatures.py), as a browser uses
it: the form passes Django's CSRF origin check, the page speaks the signer's language in the
site's layout, says plainly what is wrong with a bad link, and makes confirming the obvious
action."""

import re

import pytest
from django.core import mail
from django.test import Client

from campaigns.models import PetitionPage, Signature
from tests.conftest import publish, translate
from tests.test_signing_api import count, petition, sign, token_from, travel  # noqa: F401

pytestmark = pytest.mark.django_db

KAZAKH_TITLE = "Заңды қабылдаңыз"


@pytest.fixture
def kazakh_petition(petition, locales):  # noqa: F811
    kazakh = translate(PetitionPage.objects.get(pk=petition.pk), locales["kk"])
    kazakh.title = KAZAKH_TITLE
    return publish(kazakh)


def emailed_link(client, petition, django_capture_on_commit_callbacks, **changes):  # noqa: F811
    """The path and token of the link in the confirmation email of a new signature."""
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert sign(client, petition.pk, **changes).status_code == 202
    (message,) = mail.outbox
    link = re.search(r"http://127\.0\.0\.1:8000(/\S+token=[\w.-]+)", message.body).group(1)
    return link, token_from(message)


def forms_of(html):
    """The forms of the page's main content (the site header has its own search form)."""
    main = re.search(r"<main\b.*?</main>", html, flags=re.S).group(0)
    return re.findall(r"<form\b.*?</form>", main, flags=re.S)


def csrf_token_of(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


# What a browser puts in the Origin header of a same-origin form POST, by the page's
# Referrer-Policy (Fetch standard, "append a request Origin header"): `null` under no-referrer.
ORIGIN_SENT = {
    "no-referrer": "null",
    "same-origin": "http://testserver",
    "strict-origin": "http://testserver",
    "strict-origin-when-cross-origin": "http://testserver",
    "origin": "http://testserver",
    "origin-when-cross-origin": "http://testserver",
    "no-referrer-when-downgrade": "http://testserver",
}
# Policies under which a same-origin request carries the page's full URL (and so its token)
# in its Referer.
SENDS_PATH_TO_THIS_SITE = {"same-origin", "strict-origin-when-cross-origin", "unsafe-url"}


def test_the_confirm_form_passes_the_csrf_origin_check_a_browser_makes(
    petition,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    link, token = emailed_link(Client(), petition, django_capture_on_commit_callbacks)
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(link)
    policy = page["Referrer-Policy"]
    # Under no-referrer the browser posts `Origin: null`, which Django refuses (the bug).
    assert ORIGIN_SENT[policy] != "null", policy
    # The token is in the page's URL: no request from the page carries more than the origin.
    assert policy not in SENDS_PATH_TO_THIS_SITE
    csrf = csrf_token_of(page.content.decode())
    refused = browser.post(
        link.split("?")[0],
        {"token": token, "action": "confirm", "csrfmiddlewaretoken": csrf},
        HTTP_ORIGIN="null",
    )
    assert refused.status_code == 403 and count(browser, petition) == 0
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = browser.post(
            link.split("?")[0],
            {"token": token, "action": "confirm", "csrfmiddlewaretoken": csrf},
            HTTP_ORIGIN=ORIGIN_SENT[policy],
        )
    assert confirmed.status_code == 200
    assert count(browser, petition) == 1


def test_the_hubs_base_url_is_a_trusted_origin_behind_a_proxy_that_changes_the_host(
    petition,  # noqa: F811
    settings,
    django_capture_on_commit_callbacks,
):
    """Production: TLS ends at the proxy, which may hand Django another Host; the browser's
    Origin is then the hub's public address, which the settings trust (tests/test_settings.py
    checks how production derives it)."""
    assert settings.WAGTAILADMIN_BASE_URL in settings.CSRF_TRUSTED_ORIGINS
    link, token = emailed_link(Client(), petition, django_capture_on_commit_callbacks)
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.ALLOWED_HOSTS = ["web.internal", "testserver"]
    settings.CSRF_TRUSTED_ORIGINS = ["https://hub.tendik.kz"]
    proxied = {"HTTP_HOST": "web.internal", "HTTP_X_FORWARDED_PROTO": "https"}
    browser = Client(enforce_csrf_checks=True)
    csrf = csrf_token_of(browser.get(link, **proxied).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = browser.post(
            link.split("?")[0],
            {"token": token, "action": "confirm", "csrfmiddlewaretoken": csrf},
            HTTP_ORIGIN="https://hub.tendik.kz",
            **proxied,
        )
    assert confirmed.status_code == 200 and count(Client(), petition) == 1


def test_the_page_speaks_the_signers_language_and_shows_the_petition_in_the_sites_layout(
    client, kazakh_petition, django_capture_on_commit_callbacks
):
    link, token = emailed_link(
        client, kazakh_petition, django_capture_on_commit_callbacks, locale="kk"
    )
    assert link.startswith("/kk/signatures/confirm/?token=")
    # The reader's browser asks for Russian; the signature was made in Kazakh.
    for path in (link, f"/signatures/confirm/?token={token}"):  # also links mailed before
        html = client.get(path, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
        assert '<html lang="kk">' in html, path
        assert "<h1>Қолыңызды растаңыз</h1>" in html
        assert "расталғаннан кейін ғана есептеледі" in html
        assert f'<a href="{kazakh_petition.url}">{KAZAKH_TITLE}</a>' in html
        assert '<header class="site-header">' in html and '<footer class="site-footer">' in html
        assert '<a class="brand" href="/kk/">' in html  # the site's header, in Kazakh
        assert "подпис" not in html.lower()  # no Russian interface words
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(link.split("?")[0], {"token": token, "action": "confirm"})
    assert '<html lang="kk">' in done.content.decode()
    assert "Рақмет: қолыңыз есептелді." in done.content.decode()
    assert count(client, kazakh_petition) == 1


def test_confirming_is_the_one_obvious_action_and_withdrawing_a_second_step(
    client,
    petition,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    link, token = emailed_link(client, petition, django_capture_on_commit_callbacks)
    path = link.split("?")[0]
    html = client.get(link).content.decode()
    main, other = forms_of(html)
    assert re.findall(r"<button[^>]*>[^<]*</button>", main) == [
        '<button class="primary" type="submit" name="action" value="confirm">'
        "Подтвердить подпись</button>"
    ]
    # Withdrawing is offered apart, as a link-like button below, and first asks.
    assert 'class="link-button"' in other and 'value="withdraw-ask"' in other
    asked = client.post(path, {"token": token, "action": "withdraw-ask"}).content.decode()
    assert Signature.objects.count() == 1
    assert "<h1>Отозвать подпись?</h1>" in asked
    assert 'value="withdraw"' in asked and 'value="back"' in asked
    assert 'value="confirm"' not in asked
    back = client.post(path, {"token": token, "action": "back"}).content.decode()
    assert "<h1>Подтвердите подпись</h1>" in back and Signature.objects.count() == 1
    done = client.post(path, {"token": token, "action": "withdraw"}).content.decode()
    assert "Ваша подпись отозвана, а ваши данные удалены." in done
    assert not Signature.objects.exists()


def test_an_unknown_or_expired_link_says_so_and_what_to_do(
    client,
    kazakh_petition,
    travel,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    unknown = client.get("/kk/signatures/confirm/?token=abc.def")
    html = unknown.content.decode()
    assert unknown.status_code == 400 and '<html lang="kk">' in html
    assert "<h1>Сілтеме жарамсыз</h1>" in html
    assert "сілтемені толық ашқаныңызды тексеріңіз" in html
    assert '<a href="/kk/">Петицияны басты беттен табу</a>' in html
    assert "<form" not in html.split("<main>")[1]  # nothing to press

    link, token = emailed_link(
        client, kazakh_petition, django_capture_on_commit_callbacks, locale="kk"
    )
    travel(days=8)  # SIGNATURE_TOKEN_DAYS is 7
    opened = client.get(link)
    pressed = client.post(link.split("?")[0], {"token": token, "action": "confirm"})
    for expired in (opened, pressed):
        html = expired.content.decode()
        assert expired.status_code == 410
        assert "<h1>Сілтеменің мерзімі өтіп кеткен</h1>" in html
        assert "Растау сілтемесі жіберілген соң 7 күн жарамды." in html
        # The way out: the petition's form, to sign again and get a new link.
        assert f'href="{kazakh_petition.url}#sign">Петицияға қайта қол қою</a>' in html
    assert count(client, kazakh_petition) == 0


def test_a_confirmed_signature_says_it_counts_and_still_offers_withdrawal(
    client,
    petition,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    link, token = emailed_link(client, petition, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link.split("?")[0], {"token": token, "action": "confirm"})
    html = client.get(link).content.decode()
    assert "<h1>Ваша подпись уже учтена</h1>" in html
    assert 'value="confirm"' not in html and 'value="withdraw-ask"' in html
