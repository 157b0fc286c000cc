import signal
import time

from django.core.management.base import BaseCommand

from outbox.delivery import delete_old_sent_emails, deliver_due


class Command(BaseCommand):
    help = (
        "Delivers outgoing emails that are due (new ones, ones whose task never reached the "
        "queue, and failed ones after back-off) and deletes the records of emails sent more "
        "than OUTBOX_SENT_RETENTION_DAYS ago. Once, or with --every, in a loop."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=float,
            metavar="SECONDS",
            help="Run again every SECONDS until stopped (SIGTERM or Ctrl-C), as `make worker` "
            "does beside an RQ worker: an email whose task Redis never took waits at most this.",
        )

    def handle(self, *args, every=None, **options):
        stopping = []
        if every:
            signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        while True:
            sent, failing = deliver_due()
            deleted = delete_old_sent_emails()
            if sent or failing or deleted or not every:
                self.stdout.write(
                    f"{sent} sent, {failing} still failing, {deleted} old records deleted."
                )
            if not every:
                return
            deadline = time.monotonic() + every
            while time.monotonic() < deadline and not stopping:
                time.sleep(min(1.0, every))
            if stopping:
                return
