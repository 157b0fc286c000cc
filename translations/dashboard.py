"""The dashboard panel that gives a translator their language's queue."""

from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from translations.permissions import translator_languages
from translations.roles import SOURCE_LANGUAGE
from translations.status import QUEUE_ORDER, translation_status

QUEUE_LENGTH = 10


class TranslationQueuePanel(Component):
    name = "translation_queue"
    template_name = "translations/translation_queue_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user
        languages = translator_languages(user)
        # Shown to translators only: editors and reviewers have the full report.
        self.languages = sorted(languages) if languages else []

    def get_context_data(self, parent_context):
        sources = Page.objects.filter(
            locale__language_code=SOURCE_LANGUAGE, depth__gte=2, live=True
        ).order_by("-last_published_at", "pk")
        rows = translation_status(sources, self.languages)
        queues = []
        for language in self.languages:
            waiting = [row for row in rows if row.cells[language].needs_work]
            # Missing and outdated first, then the rest; newest source first within each.
            waiting.sort(key=lambda row: QUEUE_ORDER.index(row.cells[language].state))
            queues.append(
                {
                    "locale": Locale.objects.get(language_code=language),
                    "code": language,
                    "items": [(row, row.cells[language]) for row in waiting[:QUEUE_LENGTH]],
                    "total": len(waiting),
                }
            )
        # A component renders with its own context: the queue's «Translate» forms need the
        # page's CSRF token passed on, or Django refuses them (403).
        return {
            "queues": queues,
            "request": parent_context.get("request"),
            "csrf_token": parent_context.get("csrf_token"),
        }
