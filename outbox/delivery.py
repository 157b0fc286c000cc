"""Writing to the outbox and delivering from it."""

from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from ops.queue import enqueue_with_transaction
from outbox.models import OutgoingEmail

# Back-off after the n-th failed attempt: 1, 2, 4 ... minutes, at most a day.
MAX_BACKOFF = timedelta(days=1)


def send_email_later(*, to: str, subject: str, text: str, html: str = "") -> OutgoingEmail:
    """Stores the email with the caller's transaction and delivers it once that commits."""
    email = OutgoingEmail.objects.create(to=to, subject=subject, text=text, html=html)
    enqueue_with_transaction(deliver_email, email.pk)
    return email


def backoff(attempts: int) -> timedelta:
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


@task()
def deliver_email(email_id: int) -> bool:
    """Sends one stored email; on failure it stays, due again after a back-off."""
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email_id, sent_at__isnull=True)
            .first()
        )
        if email is None:
            return False  # sent already, or another worker has it
        message = EmailMultiAlternatives(email.subject, email.text, to=[email.to])
        if email.html:
            message.attach_alternative(email.html, "text/html")
        email.attempts += 1
        try:
            message.send()
        except Exception as error:  # noqa: BLE001 - any transport failure means "try later"
            email.next_attempt_at = timezone.now() + backoff(email.attempts)
            # The error class only: SMTP errors may quote the recipient's address.
            email.last_error = type(error).__name__
            email.save(update_fields=["attempts", "next_attempt_at", "last_error"])
            # The next attempt, queued for when the back-off ends.
            enqueue_with_transaction(deliver_email, email.pk, run_after=email.next_attempt_at)
            return False
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["attempts", "sent_at", "last_error"])
        return True


def deliver_due(limit: int = 500) -> tuple[int, int]:
    """Delivers the emails whose next attempt is due; returns (sent, still failing)."""
    due = list(
        OutgoingEmail.objects.filter(sent_at__isnull=True, next_attempt_at__lte=timezone.now())
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
    sent = sum(1 for pk in due if deliver_email.call(pk))
    return sent, len(due) - sent
