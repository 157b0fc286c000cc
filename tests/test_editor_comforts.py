"""The page editor counts characters under the SEO fields and shows a live word count and
reading time; the scripts get the server's own reading speed and labels in the user's
language. (Their behaviour in a browser is for the Playwright tests.)"""

import html
import json
import re

import pytest
from django.urls import reverse

from cms.models import READING_WORDS_PER_MINUTE
from tests.conftest import publish
from tests.factories import AnalyticalArticlePageFactory

pytestmark = pytest.mark.django_db


def test_the_page_editor_carries_counters_and_the_reading_time_script(admin_client, article_index):
    publish(article_index)
    page = publish(AnalyticalArticlePageFactory(parent=article_index))
    text = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert re.search(r'name="seo_title"[^>]*data-char-recommended="60"', text) or re.search(
        r'data-char-recommended="60"[^>]*name="seo_title"', text
    )
    assert 'data-char-recommended="160"' in text  # search description
    assert 'data-char-recommended="300"' in text  # the lead (summary)
    script = re.search(r'<script src="[^"]*editor-comforts\.js" ([^>]*)>', text)
    assert script, "editor-comforts.js is not on the page"
    assert f'data-words-per-minute="{READING_WORDS_PER_MINUTE}"' in script.group(1)
    labels = json.loads(html.unescape(re.search(r'data-labels="([^"]*)"', script.group(1))[1]))
    # The admin speaks Russian by default; the labels come translated.
    assert labels["reading"] == "%(words)s слов · %(minutes)s мин чтения"
