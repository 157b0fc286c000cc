from django.core.management.base import BaseCommand

from outbox.delivery import deliver_due


class Command(BaseCommand):
    help = "Delivers outgoing emails that are due (new ones, and failed ones after back-off)."

    def handle(self, *args, **options):
        sent, failing = deliver_due()
        self.stdout.write(f"{sent} sent, {failing} still failing.")
