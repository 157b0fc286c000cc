"""A database restored from a dump sends nothing until an operator allows it (outbox/licence.py):
the emails and webhook deliveries pending at dump time were sent by production since."""

from io import StringIO

import pytest
from django.core.management import call_command

from outbox.delivery import deliver_due, send_email_later
from outbox.licence import database_identity
from outbox.models import DeliveryLicence

pytestmark = pytest.mark.django_db


def restored_elsewhere():
    """What a restore looks like from inside: the licence names the database the dump came from."""
    DeliveryLicence.objects.update_or_create(
        pk=1, defaults={"database": "postgresql:7716234102352152731:16384:tendik"}
    )


def test_the_database_made_by_migrate_may_deliver():
    assert DeliveryLicence.objects.get().database == database_identity()
    call_command("allow_delivery", "--check", stdout=StringIO())


def test_a_restored_copy_sends_nothing_until_an_operator_allows_it(mailoutbox, caplog):
    email = send_email_later(to="aliya@example.kz", subject="Растаңыз", text="…")
    restored_elsewhere()
    assert deliver_due() == (0, 1)
    email.refresh_from_db()
    assert (len(mailoutbox), email.sent_at, email.attempts) == (0, None, 0)
    assert "manage.py allow_delivery" in caplog.text
    with pytest.raises(SystemExit):
        call_command("allow_delivery", "--check", stdout=StringIO())

    call_command("allow_delivery", stdout=StringIO())
    assert deliver_due() == (1, 0)
    assert len(mailoutbox) == 1


def test_a_restored_copy_makes_no_webhook_attempt(monkeypatch):
    from api.webhooks import delivery

    posts = []
    monkeypatch.setattr(delivery, "_post", lambda attempt: posts.append(attempt))
    restored_elsewhere()
    assert delivery.attempt_delivery(1) is False
    assert posts == []


def test_migrate_after_a_restore_does_not_lift_the_pause():
    # The README's restore runs `migrate`: the licence is written once, by migration 0003.
    restored_elsewhere()
    call_command("migrate", verbosity=0)
    assert DeliveryLicence.objects.get().database != database_identity()
