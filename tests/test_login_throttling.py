"""Signing in is throttled (django-axes, ops/login_throttling.py): five failures within 15
minutes pause an account, and separately a client address, for 15 minutes; the pause is said
in the user's language with 429, an administrator can lift it, and it needs no cache."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.db.models import F
from django.test import Client

from tests.test_cache_outage import redis_down  # noqa: F401 - a fixture
from tests.test_translation_roles import member_of
from translations.roles import EDITORS, REVIEWERS

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "x"  # member_of's
WRONG_PASSWORD = {"kk": "құпия сөз сәйкес келмеді"}
PAUSED = {
    "en": "Too many failed sign-in attempts.",
    "ru": "Слишком много неудачных попыток входа.",
    "kk": "Кіруге тым көп сәтсіз әрекет жасалды.",
}


@pytest.fixture
def editor(db):
    return member_of(EDITORS, username="editor")


@pytest.fixture
def reviewer(db):
    return member_of(REVIEWERS, username="reviewer")


def browser(address, **headers):
    """A browser at a client address, with the login form's CSRF cookie."""
    client = Client(enforce_csrf_checks=True, REMOTE_ADDR=address, **headers)
    assert client.get(LOGIN).status_code == 200
    return client


def sign_in(client, username, password, path=LOGIN):
    return client.post(
        path,
        {
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
        },
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def test_24_wrong_passwords_from_anywhere_then_the_right_one_does_not_sign_in(editor):
    answers = [
        sign_in(browser(f"198.51.100.{n}"), "editor", f"guess-{n}").status_code for n in range(24)
    ]
    assert answers == [200] * 4 + [429] * 20
    owner = browser("203.0.113.5")
    refused = sign_in(owner, "editor", PASSWORD)
    assert refused.status_code == 429 and not signed_in(owner)
    assert refused["Retry-After"] == "900"
    html = refused.content.decode()
    assert PAUSED["ru"] in html and "15 минут;" in html  # the default language, plural form
    assert 'name="password"' in html  # Wagtail's login form, with the reason as its error


def test_the_pause_ends_with_the_cool_off(editor):
    for n in range(5):
        sign_in(browser("198.51.100.1"), "editor", f"guess-{n}")
    assert sign_in(browser("203.0.113.5"), "editor", PASSWORD).status_code == 429
    # 16 minutes later, as far as the recorded failures are concerned.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    owner = browser("203.0.113.5")
    assert sign_in(owner, "editor", PASSWORD).status_code == 302 and signed_in(owner)


def test_an_administrator_lifts_the_pause_with_axes_reset_username(editor):
    for n in range(5):
        sign_in(browser("198.51.100.1"), "editor", f"guess-{n}")
    assert sign_in(browser("203.0.113.5"), "editor", PASSWORD).status_code == 429
    call_command("axes_reset_username", "editor")
    owner = browser("203.0.113.5")
    assert sign_in(owner, "editor", PASSWORD).status_code == 302 and signed_in(owner)


def test_a_client_that_failed_on_one_account_is_paused_for_every_account(editor, reviewer):
    guesser = browser("198.51.100.9")
    for n in range(5):
        sign_in(guesser, "editor", f"guess-{n}")
    assert sign_in(guesser, "reviewer", PASSWORD).status_code == 429
    assert not signed_in(guesser)
    # The reviewer's account itself is not paused: from another address it signs in.
    elsewhere = browser("203.0.113.5")
    assert sign_in(elsewhere, "reviewer", PASSWORD).status_code == 302


def test_the_client_address_behind_a_trusted_proxy_is_the_forwarded_one(settings, editor, reviewer):
    settings.TRUSTED_PROXIES = ["192.0.2.10"]

    def via_proxy(client_address):
        return browser("192.0.2.10", HTTP_X_FORWARDED_FOR=client_address)

    for n in range(5):
        sign_in(via_proxy("198.51.100.9"), "editor", f"guess-{n}")
    assert sign_in(via_proxy("198.51.100.9"), "reviewer", PASSWORD).status_code == 429
    # Another client behind the same proxy is not paused with the guesser.
    assert sign_in(via_proxy("203.0.113.5"), "reviewer", PASSWORD).status_code == 302


def test_a_sign_in_clears_its_accounts_failures_but_not_the_clients_failures_on_others(
    editor, reviewer
):
    office = browser("203.0.113.5")
    for n in range(3):
        sign_in(office, "editor", f"typo-{n}")
    assert sign_in(office, "editor", PASSWORD).status_code == 302
    # The three typos are forgiven: four more failures do not pause the account.
    for n in range(4):
        assert sign_in(browser("198.51.100.1"), "editor", f"typo-{n}").status_code == 200
    assert sign_in(browser("203.0.113.6"), "editor", PASSWORD).status_code == 302

    # Four guesses at the reviewer, a valid sign-in to the editor's account from the same
    # client, then one more guess: the client has failed five times and is paused.
    guesser = browser("198.51.100.9")
    for n in range(4):
        assert sign_in(guesser, "reviewer", f"guess-{n}").status_code == 200
    assert sign_in(browser("198.51.100.9"), "editor", PASSWORD).status_code == 302
    assert sign_in(guesser, "reviewer", "guess-4").status_code == 429


@pytest.mark.parametrize("how", ["Accept-Language", "language cookie"])
def test_the_pause_is_said_in_kazakh_to_a_kazakh_speaker(editor, settings, how):
    headers = {"HTTP_ACCEPT_LANGUAGE": "kk"} if how == "Accept-Language" else {}
    client = browser("198.51.100.9", **headers)
    if how == "language cookie":
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "kk"
    answers = [sign_in(client, "editor", f"guess-{n}") for n in range(5)]
    assert WRONG_PASSWORD["kk"] in answers[0].content.decode()
    paused = answers[-1]
    assert paused.status_code == 429
    html = paused.content.decode()
    assert PAUSED["kk"] in html and "15 минутқа" in html
    assert PAUSED["en"] not in html and PAUSED["ru"] not in html


def test_djangos_own_admin_login_is_throttled_with_a_page_that_says_so(editor):
    client = Client(enforce_csrf_checks=True, REMOTE_ADDR="198.51.100.9", HTTP_ACCEPT_LANGUAGE="kk")
    client.get("/django-admin/login/")
    answers = [
        sign_in(client, "editor", f"guess-{n}", path="/django-admin/login/") for n in range(5)
    ]
    assert [answer.status_code for answer in answers] == [200] * 4 + [429]
    html = answers[-1].content.decode()
    assert "Кіру уақытша тоқтатылды" in html and PAUSED["kk"] in html
    assert 'href="/django-admin/login/"' in html


def test_signing_in_and_its_throttling_work_while_redis_is_down(redis_down, editor):  # noqa: F811
    owner = browser("203.0.113.5")
    assert sign_in(owner, "editor", PASSWORD).status_code == 302 and signed_in(owner)
    guesser = browser("198.51.100.9")
    answers = [sign_in(guesser, "editor", f"guess-{n}").status_code for n in range(5)]
    assert answers == [200] * 4 + [429]
    assert sign_in(browser("203.0.113.6"), "editor", PASSWORD).status_code == 429
