"""Writes one real response per page type (and a list, a redirect-free find, topics, navigation
and sitemap) from the current database into frontend_contract/examples/."""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from django.test import Client

from api.models import PublicPage
from api.page_types import TYPE_NAMES

DEFAULT_OUTPUT = Path(settings.BASE_DIR) / "frontend_contract" / "examples"


class Command(BaseCommand):
    help = "Saves example API responses taken from the demo content (run after seed_demo)."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(DEFAULT_OUTPUT))
        parser.add_argument("--locale", default="kk", help="The language of the examples.")
        parser.add_argument("--host", default="127.0.0.1:8000")

    def handle(self, *args, output, locale, host, **options):
        output = Path(output)
        output.mkdir(parents=True, exist_ok=True)
        client = Client(HTTP_HOST=host)
        written = []
        for kind in TYPE_NAMES:
            # The page of this type with the most topics, so the example shows the most.
            entry = (
                PublicPage.objects.filter(type=kind, language=locale)
                .annotate(topic_count=Count("topics"))
                .order_by("-topic_count", "-word_count", "page_id")
                .first()
            )
            if entry is None:
                raise CommandError(f"No published {kind} page in {locale}: run seed_demo first.")
            written.append(
                self.save(client, f"/api/v1/pages/{entry.page_id}/", output / f"page-{kind}.json")
            )
        article = PublicPage.objects.filter(type="article", language=locale).first()
        consultation = PublicPage.objects.filter(type="consultation", language=locale).first()
        for name, url in [
            ("pages-list", f"/api/v1/pages/?locale={locale}&limit=3"),
            # The same list with Kazakh in Latin script (api/scripts.py).
            ("pages-list-latin", f"/api/v1/pages/?locale={locale}&limit=3&script=latn"),
            # Petition cards carry their figures (count, goal, deadline, state).
            ("pages-list-petitions", f"/api/v1/pages/?locale={locale}&type=petition"),
            # An events section's upcoming list: event cards, soonest first.
            ("pages-list-events", f"/api/v1/pages/?locale={locale}&upcoming=true"),
            ("pages-find", f"/api/v1/pages/find/?path={article.url}"),
            ("topics", f"/api/v1/topics/?locale={locale}"),
            ("navigation", f"/api/v1/navigation/?locale={locale}"),
            ("problem-validation", "/api/v1/pages/?limit=500&locale=de"),
            # What experts proposed, in every language, with dispositions in the reader's.
            (
                "consultation-contributions",
                f"/api/v1/consultations/{consultation.page_id}/contributions/?limit=5",
            ),
        ]:
            written.append(self.save(client, url, output / f"{name}.json"))
        for path in written:
            self.stdout.write(f"wrote {path}")

    def save(self, client, url, path):
        response = client.get(url)
        body = json.loads(response.content)
        document = {"request": f"GET {url}", "status": response.status_code, "body": body}
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return path
