"""Recording a version of a draft's text and comparing two versions article by article.

A version is the published text of every language version of the consultation, snapshotted
(models/version.py). Articles are compared by block id, the same in ru, kk and en, so the
comparison says the same in every language: article 5 changed, article 5-1 was added. Within
an article the words are compared (difflib), which reads well in Russian and Kazakh alike.
"""

from difflib import SequenceMatcher

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from cms.errors import DomainError
from cms.languages import LANGUAGE_CODES
from consultations.contributions import articles_of
from consultations.models import ConsultationPage, TextVersion
from consultations.signals import contributions_changed


class VersionError(DomainError):
    kind = "conflict"


def record_version(consultation_key, kind: str) -> TextVersion:
    """Snapshots the published text of each language version as the next version. Needs a
    published text; two editors recording at once get two numbers (a row lock, and a unique
    constraint behind it)."""
    texts = {}
    for page in (
        ConsultationPage.objects.live()
        .filter(translation_key=consultation_key)
        .select_related("locale")
    ):
        articles = articles_of(page)
        if articles:
            texts[page.locale.language_code] = articles
    if not texts:
        raise VersionError(_("Publish the text first: a version records the published text."))
    with transaction.atomic():
        # The consultation's page rows are locked while the next number is taken: two editors
        # recording at once queue here, and the unique constraint stands behind the lock.
        list(
            ConsultationPage.objects.select_for_update()
            .filter(translation_key=consultation_key)
            .values_list("pk", flat=True)
        )
        number = (
            TextVersion.objects.filter(consultation_key=consultation_key).aggregate(
                last=Max("number")
            )["last"]
            or 0
        ) + 1
        version = TextVersion.objects.create(
            consultation_key=consultation_key, number=number, kind=kind, texts=texts
        )
        # The page's answers list the versions: their ETags move on.
        transaction.on_commit(
            lambda: contributions_changed.send(TextVersion, consultation_key=consultation_key)
        )
    return version


def _words(article: dict | None) -> list[str]:
    if not article:
        return []
    words = []
    for part in article["parts"]:
        if part["number"]:
            words.append(part["number"])
        words.extend(part["text"].split())
    return words


def compare(older: TextVersion, newer: TextVersion, language: str) -> list[dict]:
    """Each article of either version, in the newer one's order (removed ones after), with its
    change (`added`, `removed`, `changed`, `unchanged`) and, for a change, the words as runs of
    `same`, `removed` and `added` text. Read in `language`, else in any language both have."""
    language = _common_language(older, newer, language)
    before = older.texts.get(language, {})
    after = newer.texts.get(language, {})
    rows = []
    for article_id in [*after, *(key for key in before if key not in after)]:
        old, new = before.get(article_id), after.get(article_id)
        shown = new or old
        if old is None:
            change = "added"
        elif new is None:
            change = "removed"
        else:
            change = (
                "unchanged"
                if _words(old) == _words(new) and old["title"] == new["title"]
                else "changed"
            )
        rows.append(
            {
                "article": article_id,
                "number": shown["number"],
                "title": shown["title"],
                "change": change,
                "words": _word_runs(_words(old), _words(new)) if change != "unchanged" else [],
            }
        )
    return rows


def _common_language(older: TextVersion, newer: TextVersion, language: str) -> str:
    if language in older.texts and language in newer.texts:
        return language
    shared = [code for code in LANGUAGE_CODES if code in older.texts and code in newer.texts]
    return shared[0] if shared else language


def _word_runs(old: list[str], new: list[str]) -> list[dict]:
    runs = []
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            runs.append({"op": "same", "text": " ".join(new[new_start:new_end])})
            continue
        if old_end > old_start:
            runs.append({"op": "removed", "text": " ".join(old[old_start:old_end])})
        if new_end > new_start:
            runs.append({"op": "added", "text": " ".join(new[new_start:new_end])})
    return runs
