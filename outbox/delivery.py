"""Writing to the outbox and delivering from it."""

from datetime import timedelta

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from outbox.models import OutgoingEmail

# Back-off after the n-th failed attempt: 1, 2, 4 ... minutes, at most a day.
MAX_BACKOFF = timedelta(days=1)


def send_email_later(*, to: str, subject: str, text: str, html: str = "") -> OutgoingEmail:
    """Stores the email with the caller's transaction and delivers it once that commits."""
    email = OutgoingEmail.objects.create(to=to, subject=subject, text=text, html=html)
    if _queue_shares_the_database():
        # The task row commits (or rolls back) with the email itself: no moment in which a
        # crash leaves an email without its task, and one commit fewer.
        deliver_email.enqueue(email.pk)
    else:
        transaction.on_commit(lambda: deliver_email.enqueue(email.pk))
    return email


def _queue_shares_the_database() -> bool:
    from django_tasks_db import DatabaseBackend

    return isinstance(deliver_email.get_backend(), DatabaseBackend)


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
            transaction.on_commit(lambda: _retry_later(email.pk, email.next_attempt_at))
            return False
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["attempts", "sent_at", "last_error"])
        return True


def _retry_later(email_id, when):
    """Queues the next attempt for when the back-off ends, on a queue that can defer tasks (the
    database queue can); elsewhere `manage.py deliver_outbox` picks the email up."""
    if deliver_email.get_backend().supports_defer:
        deliver_email.using(run_after=when).enqueue(email_id)


def deliver_due(limit: int = 500) -> tuple[int, int]:
    """Delivers the emails whose next attempt is due; returns (sent, still failing)."""
    due = list(
        OutgoingEmail.objects.filter(sent_at__isnull=True, next_attempt_at__lte=timezone.now())
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
    sent = sum(1 for pk in due if deliver_email.call(pk))
    return sent, len(due) - sent
