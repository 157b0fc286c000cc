from django.core.management.base import BaseCommand

from api.public_pages import rebuild


class Command(BaseCommand):
    help = "Rebuilds the API's table of public pages from the page tree."

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(f"{count} public pages indexed.")
