from django.conf import settings
from django.core.management.base import BaseCommand

from events.registration_exports import prune_exports
from events.registrations import anonymise_past_events


class Command(BaseCommand):
    help = (
        "Erases registrants' names, addresses, organisations and answers for events that ended "
        "more than REGISTRATION_RETENTION_DAYS ago; the counts by status, category and region "
        "stay; and deletes registration exports older than SIGNATURE_EXPORT_DAYS (run it daily, "
        "beside anonymise_signatures)."
    )

    def handle(self, *args, **options):
        touched = anonymise_past_events()
        self.stdout.write(
            f"{touched} registrations anonymised or removed "
            f"(events ended over {settings.REGISTRATION_RETENTION_DAYS} days ago)."
        )
        pruned = prune_exports()
        self.stdout.write(
            f"{pruned} registration exports deleted "
            f"(made over {settings.SIGNATURE_EXPORT_DAYS} days ago)."
        )
