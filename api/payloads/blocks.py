"""StreamField blocks as payloads show them, read from the stored block data without
instantiating Wagtail blocks. One value per block type; api/schema/blocks.py declares them."""

from api.payloads.references import PayloadContext, References
from cms.safe_links import safe_link
from cms.video import parse_video_url


def collect_references(blocks, references: References):
    for block in blocks:
        value = block.get("value")
        kind = block.get("type")
        if kind in {"paragraph"}:
            references.add_html(value)
        elif kind == "fact_box":
            references.add_html(value.get("body"))
        elif kind == "image":
            references.add_image(value.get("image"))
        elif kind == "document" and value.get("document"):
            references.documents.add(value["document"])
        elif kind == "chapter":
            collect_references(value.get("body") or [], references)
        elif kind == "activity":
            references.add_html(value.get("description"))


def list_items(raw):
    """A ListBlock's stored items: {"type": "item", "value": ...} since Wagtail 2.16, or bare."""
    return [
        item.get("value") if isinstance(item, dict) and "value" in item else item
        for item in raw or []
    ]


def organisation(partner, context: PayloadContext):
    """A donor or partner (cms.Partner) as campaigns and events show it."""
    return {
        "id": partner.pk,
        "name": partner.name,
        "url": safe_link(partner.url),
        "logo": context.image_by_id(partner.logo_id, partner.name),
    }


def _percent(achieved, target):
    if achieved is None or not target:
        return None
    return round(achieved * 100 / target)


def _block_value(kind, value, context: PayloadContext):
    """The API value of one stored block, or None to leave the block out (e.g. a deleted image)."""
    if kind == "heading":
        return {"text": value.get("text", ""), "level": value.get("level") or "h2"}
    if kind == "paragraph":
        return context.html(value)
    if kind == "quote":
        return {"quote": value.get("quote", ""), "attribution": value.get("attribution") or ""}
    if kind == "image":
        image = context.images.get(value.get("image"))
        if image is None:
            return None
        # Both are translated with the page; no text at all means decoration.
        alt = value.get("alt_text") or value.get("caption") or ""
        return {
            "image": context.image(image, alt),
            "caption": value.get("caption") or "",
            "alt": alt,
        }
    if kind == "embed":
        if safe_link(value) is None:
            return None  # e.g. a translator's javascript: override: nothing to show
        video = parse_video_url(value or "")
        return {
            "url": value or "",
            "provider": video.provider if video else None,
            "video_id": video.video_id if video else None,
        }
    if kind == "document":
        document = context.document(value.get("document"))
        if document is None:
            return None
        return {"document": document, "title": value.get("title") or document["title"]}
    if kind == "table":
        return {
            "caption": value.get("table_caption") or "",
            "first_row_is_header": bool(value.get("first_row_is_table_header")),
            "first_col_is_header": bool(value.get("first_col_is_header")),
            "rows": [
                ["" if cell is None else str(cell) for cell in row] for row in value.get("data", [])
            ],
        }
    if kind == "fact_box":
        return {"title": value.get("title", ""), "body": context.html(value.get("body"))}
    if kind == "legal_references":
        return {
            "items": [
                {
                    "title": item.get("title", ""),
                    "citation": item.get("citation") or "",
                    "url": safe_link(item.get("url")),
                }
                for item in list_items(value.get("items"))
            ]
        }
    if kind == "activity":
        return {
            "title": value.get("title", ""),
            "description": context.html(value.get("description")),
        }
    if kind == "indicator":
        target, achieved = value.get("target"), value.get("achieved")
        if value.get("source") == "computed":
            # Filled in on every request (api/indicators.py): attendance moves without a publish.
            return {
                "label": value.get("label", ""),
                "target": target,
                "achieved": None,
                "percent": None,
                "source": "computed",
                "measure": value.get("measure") or "people",
                # Category ids here; the campaign's builder names them (api/payloads/campaigns.py).
                "audiences": [item for item in list_items(value.get("audiences")) if item],
                "reached_on": None,
                "evidence": [],
            }
        return {
            "label": value.get("label", ""),
            "target": target,
            "achieved": achieved,
            "percent": _percent(achieved, target),
            "source": "manual",
            "measure": None,
            "audiences": [],
            "reached_on": None,
            "evidence": [],
        }
    raise ValueError(f"No API representation for block type {kind!r}")


def stream_payload(blocks, context: PayloadContext):
    out = []
    for block in blocks:
        value = _block_value(block["type"], block.get("value"), context)
        if value is not None:
            out.append({"type": block["type"], "id": block.get("id"), "value": value})
    return out


def raw_stream(stream_value):
    return list(stream_value.raw_data) if stream_value is not None else []
