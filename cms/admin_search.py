"""A list's search that keeps what was searched out of URLs: the filters are posted and kept in
the session, and the page's address gets only a key to them (?search=…), so a searched name or
email never lands in a URL, a server log or the browser's history, and paging keeps the search.
Used by the admin's lists of people (petition signers, event registrants)."""

import secrets
from urllib.parse import urlencode

from django.shortcuts import redirect

SEARCHES_KEPT = 20


class PostedSearchMixin:
    """For an admin view with a `url()`: `do_search(request)` on the posted filters,
    `search_form()` for the list. Subclasses set `search_form_class` and `searches_session_key`."""

    search_form_class = None
    searches_session_key = ""
    posted_search = None

    def do_search(self, request):
        key = self.keep_search(request)
        if key is None:
            return None
        if not key:
            return redirect(self.url())
        return redirect(f"{self.url()}?{urlencode({'search': key})}")

    def keep_search(self, request) -> str | None:
        """Keeps the posted filters in the session: their key, "" when none was filled in, None
        when the form is invalid (`posted_search` holds its errors)."""
        form = self.posted_search = self.search_form_class(request.POST)
        if not form.is_valid():
            return None
        chosen = {name: value for name, value in form.cleaned_data.items() if value}
        if not chosen:
            return ""
        searches = request.session.get(self.searches_session_key, {})
        key = secrets.token_urlsafe(8)
        searches[key] = chosen
        request.session[self.searches_session_key] = dict(list(searches.items())[-SEARCHES_KEPT:])
        return key

    def search_form(self):
        """The list's filters: just posted, or those of the search the URL names."""
        if self.posted_search is not None:
            return self.posted_search
        searches = self.request.session.get(self.searches_session_key, {})
        return self.search_form_class(searches.get(self.request.GET.get("search", "")))
