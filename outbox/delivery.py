"""Writing to the outbox and delivering from it."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from outbox.composers import compose
from outbox.enqueueing import enqueue_with_transaction
from outbox.licence import delivery_allowed
from outbox.models import OutgoingEmail

# Back-off after the n-th failed attempt: 1, 2, 4 ... minutes (OUTBOX_RETRY_SECONDS), at most a day.
MAX_BACKOFF = timedelta(days=1)


def send_email_later(*, to: str, subject: str, text: str, html: str = "") -> OutgoingEmail:
    """Stores the email with the caller's transaction and delivers it once that commits."""
    email = OutgoingEmail.objects.create(to=to, subject=subject, text=text, html=html)
    enqueue_with_transaction(deliver_email, email.pk)
    return email


def compose_email_later(
    *, to: str, kind: str, context: dict, about=None, send_at=None
) -> OutgoingEmail:
    """Queues an email that the composer registered for `kind` writes when it is sent; `about`
    is the (type, id) of what it concerns, for `forget_emails_about`. With `send_at` (a
    reminder) it waits until then: a deferred task where the queue can defer, the sweeper
    (`deliver_outbox`) otherwise."""
    about_type, about_id = about or ("", None)
    email = OutgoingEmail.objects.create(
        to=to,
        kind=kind,
        context=context,
        about_type=about_type,
        about_id=about_id,
        **({"next_attempt_at": send_at} if send_at is not None else {}),
    )
    enqueue_with_transaction(deliver_email, email.pk, run_after=send_at)
    return email


def forget_emails_about(about_type: str, about_ids) -> int:
    """Deletes every email, sent or not, about these objects (a queryset of ids or a list):
    when a signature goes, nothing addressed to its signer stays behind."""
    deleted, _by_model = OutgoingEmail.objects.filter(
        about_type=about_type, about_id__in=about_ids
    ).delete()
    return deleted


def backoff(attempts: int) -> timedelta:
    first = timedelta(seconds=settings.OUTBOX_RETRY_SECONDS)
    return min(first * 2 ** max(attempts - 1, 0), MAX_BACKOFF)


@task()
def deliver_email(email_id: int) -> bool:
    """Sends one stored email; on failure it stays, due again after a back-off. In a restored
    copy of the database nothing is sent until an operator allows it (outbox/licence.py)."""
    if not delivery_allowed():
        return False
    with transaction.atomic():
        email = (
            OutgoingEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email_id, sent_at__isnull=True)
            .first()
        )
        if email is None:
            return False  # sent already, or another worker has it
        if email.kind:
            composed = compose(email.kind, email.context)
            if composed is None:
                email.delete()  # nothing to say any more
                return False
            subject, text, html = composed.subject, composed.text, composed.html
            attachments = composed.attachments
        else:
            subject, text, html = email.subject, email.text, email.html
            attachments = ()
        message = EmailMultiAlternatives(subject, text, to=[email.to])
        if html:
            message.attach_alternative(html, "text/html")
        for filename, content, mimetype in attachments:
            message.attach(filename, content, mimetype)
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
        # Sent: keep the record (when, what about) but not the address, nor a body whose
        # links could still act for the recipient.
        OutgoingEmail.objects.filter(pk=email.pk).update(
            sent_at=timezone.now(),
            attempts=email.attempts,
            last_error="",
            subject=subject[:300],
            to="",
            text="",
            html="",
        )
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


def delete_old_sent_emails(*, now=None) -> int:
    """Deletes the records of emails sent more than OUTBOX_SENT_RETENTION_DAYS ago."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.OUTBOX_SENT_RETENTION_DAYS)
    deleted, _by_model = OutgoingEmail.objects.filter(sent_at__lt=cutoff).delete()
    return deleted
