from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand

from home.demo.seed import DemoSeeder


class Command(BaseCommand):
    help = (
        "Load the demo content (the NGO's campaigns, articles, long reads, videos and petitions) "
        "in Russian, with Kazakh and English translations made through wagtail-localize. "
        "Idempotent: a second run changes nothing."
    )

    def handle(self, *args, **options):
        created = DemoSeeder(report=self.stdout.write).run()
        if created and "index_public_pages" in get_commands():
            # The demo back-dates its pages with a queryset update, which sends no signal: the
            # API's read model (api app, not imported here) is rebuilt from the tree.
            call_command("index_public_pages", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {created} new objects."))
