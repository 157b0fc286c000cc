"""The translation panels of the dashboard: a translator's queue in their language, and the
backlog per language for editors and reviewers."""

from collections import Counter
from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from cms.dashboard import DashboardPanel
from cms.languages import SOURCE_LANGUAGE, TARGET_LANGUAGES
from translations.permissions import translator_languages
from translations.status import QUEUE_ORDER, State, translation_status

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


class TranslationBacklogPanel(DashboardPanel):
    """Per target language, how many source pages stand in each translation state (as the
    Translation status report counts them), each figure linking to the report filtered to it.
    For editors and reviewers; translators have their queue."""

    name = "translation_backlog"
    template_name = "translations/dashboard/translation_backlog.html"
    order = 350
    states = [*QUEUE_ORDER, State.PUBLISHED]

    def is_shown(self):
        return self.user.is_authenticated and translator_languages(self.user) is None

    def get_context_data(self, parent_context):
        # The report's source pages, so that each figure is the number of rows its link shows.
        sources = Page.objects.filter(locale__language_code=SOURCE_LANGUAGE, depth__gte=2).only(
            "id", "translation_key", "last_published_at"
        )
        rows = translation_status(sources, TARGET_LANGUAGES)
        locales = Locale.objects.in_bulk(TARGET_LANGUAGES, field_name="language_code")
        report = reverse("translations_status")
        languages = []
        for code in TARGET_LANGUAGES:
            counts = Counter(row.cells[code].state for row in rows)
            offset = 0.0
            states = []
            for state in self.states:
                share = 100 * counts[state] / len(rows) if rows else 0
                states.append(
                    {
                        "state": state,
                        "count": counts[state],
                        "url": f"{report}?{urlencode({'language': code, 'state': state})}",
                        # SVG coordinates, never localised (a decimal comma breaks them).
                        "x": f"{offset:.3f}",
                        "width": f"{share:.3f}",
                    }
                )
                offset += share
            languages.append(
                {
                    "code": code,
                    "locale": locales.get(code),
                    "states": states,
                    "waiting": sum(counts[state] for state in QUEUE_ORDER),
                    "url": f"{report}?{urlencode({'language': code})}",
                }
            )
        return {"languages": languages, "states": self.states, "pages": len(rows)}
