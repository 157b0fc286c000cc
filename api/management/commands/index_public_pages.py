from django.core.management.base import BaseCommand

from api.public_pages import rebuild


class Command(BaseCommand):
    help = "Rebuilds the API's table of public pages and their stored JSON from the page tree."

    def handle(self, *args, **options):
        def progress(stage, done, total):
            self.stdout.write(f"  {stage}: {done}/{total}")

        count = rebuild(progress=progress if options["verbosity"] >= 1 else None)
        self.stdout.write(f"{count} public pages indexed.")
