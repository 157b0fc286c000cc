"""Builds the stored JSON of pages: list cards and full pages (see `PublicPage.card_json`).

Plain functions over plain data: the cards of many pages are built from a fixed handful of
queries (everything a payload refers to is gathered first, then fetched in one query per kind)
and without instantiating Wagtail blocks. `api/schema/` declares the same shapes for OpenAPI,
module for module; tests validate every response against it.

- `encoding.py`: the stored JSON text and the markers it carries for what is filled per request;
- `references.py`: what a payload refers to, gathered, fetched and recorded as dependencies;
- `media.py`: images with their renditions, documents;
- `blocks.py`: StreamField blocks;
- `cards.py`: list cards;
- `pages.py`: full pages, the fields every page has, with the fields of each type from
  `home.py`, `articles.py`, `campaigns.py` (one builder per page type, `builder.py`), found in
  `registry.py` by the API's type name.
"""
