"""What a page type's builder does: one subclass per type (home.py, articles.py, campaigns.py),
registered in registry.py under the API's type name."""

from api.payloads.references import PayloadContext, References


class PageBuilder:
    """Builds the fields one page type adds to those every page has (api/payloads/pages.py).

    Two steps, so that a payload stays a bounded number of queries: `collect` notes what the
    fields refer to, then `PagePayload` fetches all of it at once, then `fields` builds them.
    """

    def __init__(self, page, context: PayloadContext, *, in_memory: bool):
        """`in_memory`: `page` is a draft (a preview) whose related rows (authors, partners,
        captions) are read from the object, not from the database."""
        self.page = page
        self.context = context
        self.in_memory = in_memory

    def collect(self, references: References) -> None:
        """Notes the images, documents, linked pages and outside objects the fields show."""

    def fields(self) -> dict:
        raise NotImplementedError


def by_sort_order(link):
    """Sort key of an orderable's rows (authors, partners): the order editors gave them."""
    return link.sort_order if link.sort_order is not None else 0
