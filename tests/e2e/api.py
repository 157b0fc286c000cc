"""The public API read over HTTP, as a front-end reads it."""

from tests.e2e.server import Hub

PAGE_SIZE = 100  # api.views MAX_LIMIT or less


def listed_ids(hub: Hub, locale: str) -> set[int]:
    """Ids of every page `/api/v1/pages/?locale=` lists, all its pages of results."""
    ids, offset = set(), 0
    while True:
        answer = hub.get_json(f"/api/v1/pages/?locale={locale}&limit={PAGE_SIZE}&offset={offset}")
        ids.update(item["id"] for item in answer["items"])
        offset += PAGE_SIZE
        if offset >= answer["meta"]["total_count"]:
            return ids
