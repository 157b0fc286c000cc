from django.core.management.base import BaseCommand

from outbox.delivery import delete_old_sent_emails, deliver_due


class Command(BaseCommand):
    help = (
        "Delivers outgoing emails that are due (new ones, and failed ones after back-off) and "
        "deletes the records of emails sent more than OUTBOX_SENT_RETENTION_DAYS ago."
    )

    def handle(self, *args, **options):
        sent, failing = deliver_due()
        deleted = delete_old_sent_emails()
        self.stdout.write(f"{sent} sent, {failing} still failing, {deleted} old records deleted.")
