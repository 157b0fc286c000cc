"""Public consultations. Their serializers are in api/schema/consultations.py.

The text keeps the block ids of its chapters, articles and parts: they are the same in the ru,
kk and en versions (wagtail-localize keeps them), so a front-end can align the languages and
whatever is counted per article."""

from django.utils import timezone

from api.payloads.blocks import collect_references, raw_stream, stream_payload
from api.payloads.builder import PageBuilder
from cms.languages import local_iso_time
from cms.safe_links import safe_link


class ConsultationPageBuilder(PageBuilder):
    def collect(self, references):
        collect_references(raw_stream(self.page.body), references)
        if self.page.answer_document_id:
            references.documents.add(self.page.answer_document_id)

    def fields(self):
        page = self.page
        return {
            "act_title": page.act_title,
            "state_body": page.state_body,
            "official_url": safe_link(page.official_url),
            "phase": page.phase,
            "opens_at": local_iso_time(page.opens_at),
            "closes_at": local_iso_time(page.closes_at),
            "body": stream_payload(raw_stream(page.body), self.context),
            "text": [_chapter(block) for block in raw_stream(page.text)],
            "advocacy": {
                "submitted_on": _iso_date(page.submitted_on),
                "submitted_to": page.submitted_to,
                "answered_on": _iso_date(page.answered_on),
                "answer": (
                    self.context.document(page.answer_document_id)
                    if page.answer_document_id
                    else None
                ),
                "outcome": page.outcome_summary,
            },
            "timeline": _timeline(page),
        }


def _iso_date(day):
    return day.isoformat() if day else None


def _timeline(page) -> list[dict]:
    """The consultation's steps so far, in order: presented (first published), contributions
    opened and closed (their dates, once passed or set), the package submitted, the state's
    answer. Days in Almaty."""
    steps = []
    if page.first_published_at:
        steps.append(("presented", timezone.localdate(page.first_published_at)))
    if page.opens_at:
        steps.append(("opened", timezone.localdate(page.opens_at)))
    if page.closes_at:
        steps.append(("closed", timezone.localdate(page.closes_at)))
    if page.submitted_on:
        steps.append(("submitted", page.submitted_on))
    if page.answered_on:
        steps.append(("answered", page.answered_on))
    steps.sort(key=lambda step: step[1])
    return [{"step": step, "date": day.isoformat()} for step, day in steps]


def _children(raw) -> list[dict]:
    return [child for child in raw or [] if isinstance(child, dict)]


def _chapter(block):
    value = block.get("value") or {}
    return {
        "id": block.get("id"),
        "number": value.get("number") or "",
        "title": value.get("title") or "",
        "articles": [_article(child) for child in _children(value.get("articles"))],
    }


def _article(block):
    value = block.get("value") or {}
    return {
        "id": block.get("id"),
        "number": value.get("number") or "",
        "title": value.get("title") or "",
        "parts": [
            {
                "id": part.get("id"),
                "number": (part.get("value") or {}).get("number") or "",
                "text": (part.get("value") or {}).get("text") or "",
            }
            for part in _children(value.get("parts"))
        ],
        # The synthesis, once written: what the contributions said, what the NGO did.
        "heard": value.get("heard") or "",
        "did": value.get("did") or "",
    }


def contribution_payload(contribution, language: str) -> dict:
    """A published contribution as the public sees it: never its author's email, and neither
    name nor organisation nor role of an author who chose to appear by initials. The reason for
    its disposition in the reader's language, else in the source language."""
    full = contribution.shown_as == contribution.ShownAs.FULL_NAME
    return {
        "id": contribution.pk,
        "kind": contribution.kind,
        "article": str(contribution.article_id),
        "part": str(contribution.part_id) if contribution.part_id else None,
        "article_number": contribution.article_number,
        "part_number": contribution.part_number,
        "locale": contribution.locale,
        "proposed_wording": contribution.proposed_wording,
        "text": contribution.text,
        "author": {
            "name": contribution.public_name,
            "organisation": contribution.organisation if full else "",
            "role": contribution.role if full else "",
        },
        "published_at": local_iso_time(contribution.published_at),
        "support_count": getattr(contribution, "support_count", 0),
        "disposition": contribution.disposition or None,
        "disposition_reason": contribution.reason_in(language),
        "merged_into": contribution.merged_into_id,
        "outcome": contribution.outcome or None,
    }


def version_summary(version) -> dict:
    return {
        "number": version.number,
        "kind": version.kind,
        "recorded_at": local_iso_time(version.recorded_at),
    }
