from django.core.management.base import BaseCommand

from outbox.licence import allow_delivery, database_identity, delivery_allowed


class Command(BaseCommand):
    help = (
        "Lets this database send its emails and webhooks. A database restored from a dump "
        "delivers nothing until this is run in it (see README, Backups)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only say whether this database may deliver (exit 1 if paused).",
        )

    def handle(self, *args, check=False, **options):
        if check:
            allowed = delivery_allowed()
            self.stdout.write(
                f"Deliveries {'allowed' if allowed else 'paused'} in {database_identity()}."
            )
            if not allowed:
                raise SystemExit(1)
            return
        self.stdout.write(f"Deliveries allowed in {allow_delivery()}.")
