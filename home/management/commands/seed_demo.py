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
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {created} new objects."))
