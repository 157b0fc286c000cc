from django.conf import settings
from django.core.management.base import BaseCommand

from campaigns.signature_exports import prune_exports
from campaigns.signing import anonymise_closed_petitions


class Command(BaseCommand):
    help = (
        "Erases signers' names and addresses from petitions closed more than "
        "SIGNATURE_RETENTION_DAYS ago, and deletes signature exports older than "
        "SIGNATURE_EXPORT_DAYS (run it daily)."
    )

    def handle(self, *args, **options):
        touched = anonymise_closed_petitions()
        self.stdout.write(
            f"{touched} signatures anonymised or removed "
            f"(petitions closed over {settings.SIGNATURE_RETENTION_DAYS} days ago)."
        )
        pruned = prune_exports()
        self.stdout.write(
            f"{pruned} signature exports deleted (made over {settings.SIGNATURE_EXPORT_DAYS} days ago)."
        )
