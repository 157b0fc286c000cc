"""Public consultations. Their serializers are in api/schema/consultations.py.

The text keeps the block ids of its chapters, articles and parts: they are the same in the ru,
kk and en versions (wagtail-localize keeps them), so a front-end can align the languages and
whatever is counted per article."""

from api.payloads.blocks import collect_references, raw_stream, stream_payload
from api.payloads.builder import PageBuilder
from cms.languages import local_iso_time
from cms.safe_links import safe_link


class ConsultationPageBuilder(PageBuilder):
    def collect(self, references):
        collect_references(raw_stream(self.page.body), references)

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
        }


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
    }
