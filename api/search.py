"""Search of public pages: which pages match a reader's query, and in what order.

Pages and queries are both reduced to terms by cms/search_text.py: each word exact and as its
stem, by the rules of the page's language (Kazakh in Latin script). A page matches when every
word of the query (stop words aside) is in it, exactly or by its stem. Each word then scores by
the best place it was found in:

    exact word in the title 8 · stem in the title 4 · exact word in the body 2 · stem in the body 1

A page's score is the sum over the query's words; equal scores put the newest page first. Every
page is searched by its own language's rules: with a language given, only that one; without,
the query is read once per language and each reading searches the pages of its language.

PostgreSQL finds the candidates through the GIN index on `search_vector` (all terms of a page)
and scores them by membership: each "is the term in the title / anywhere" is an uncorrelated
subquery on a GIN index that PostgreSQL runs once and hashes (a hashed SubPlan), so ranking
thousands of candidates reads no tsvector. SQLite matches " term " in the term columns with LIKE.
"""

import functools
import operator

from django.db import connection
from django.db.models import BooleanField, Case, F, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL

from cms.search_text import LANGUAGES, query_terms

EXACT_IN_TITLE, STEM_IN_TITLE, EXACT_IN_BODY, STEM_IN_BODY = 8, 4, 2, 1


def search(pages, query: str, *, language: str | None = None):
    """`pages` (a PublicPage queryset) matching `query`, best first, annotated with `rank`."""
    readings = {}
    for code in [language] if language else LANGUAGES:
        pairs = query_terms(query, code)
        if pairs:
            readings[code] = pairs
    if not readings:
        return pages.none()
    if connection.vendor == "postgresql":
        matches, rank = _postgresql(readings)
    else:
        matches, rank = _by_like(readings)
    return (
        pages.filter(matches)
        .annotate(rank=rank)
        .order_by("-rank", F("first_published_at").desc(nulls_last=True), "-page_id")
    )


def _tsquery(*terms: str) -> str:
    # Terms hold only letters, digits and «~» (cms/search_text.py), so quoting them is enough to
    # keep a reader's input from being read as tsquery syntax.
    return " | ".join(f"'{term}'" for term in terms)


def _member(column: str, term: str) -> tuple[str, list]:
    return (
        f"api_publicpage.page_id IN (SELECT candidate.page_id FROM api_publicpage candidate "
        f"WHERE candidate.{column} @@ %s::tsquery)",
        [_tsquery(term)],
    )


def _postgresql(readings):
    match_sql, match_params = [], []
    rank_sql, rank_params = [], []
    for code, pairs in readings.items():
        match_sql.append(
            "(api_publicpage.language = %s AND api_publicpage.search_vector @@ %s::tsquery)"
        )
        match_params += [code, " & ".join(f"({_tsquery(exact, stem)})" for exact, stem in pairs)]
        word_scores, language_params = [], [code]
        for exact, stem in pairs:
            places = [
                (_member("title_vector", exact), EXACT_IN_TITLE),
                (_member("title_vector", stem), STEM_IN_TITLE),
                (_member("search_vector", exact), EXACT_IN_BODY),
            ]
            whens = []
            for (sql, params), score in places:
                whens.append(f"WHEN {sql} THEN {score}")
                language_params += params
            # A candidate holds every word somewhere: what is not found above is a stem in the body.
            word_scores.append(f"CASE {' '.join(whens)} ELSE {STEM_IN_BODY} END")
        rank_sql.append(f"WHEN api_publicpage.language = %s THEN {' + '.join(word_scores)}")
        rank_params += language_params
    matches = RawSQL(" OR ".join(match_sql), match_params, output_field=BooleanField())
    rank = RawSQL(f"CASE {' '.join(rank_sql)} ELSE 0 END", rank_params, output_field=IntegerField())
    return matches, rank


def _by_like(readings):
    def has(column, term):
        return Q(**{f"{column}__contains": f" {term} "})

    matches = Q(pk__in=[])
    ranks = []
    for code, pairs in readings.items():
        every_word = Q()
        word_scores = []
        for exact, stem in pairs:
            every_word &= (
                has("title_terms", exact)
                | has("title_terms", stem)
                | has("body_terms", exact)
                | has("body_terms", stem)
            )
            word_scores.append(
                Case(
                    When(has("title_terms", exact), then=Value(EXACT_IN_TITLE)),
                    When(has("title_terms", stem), then=Value(STEM_IN_TITLE)),
                    When(has("body_terms", exact), then=Value(EXACT_IN_BODY)),
                    default=Value(STEM_IN_BODY),
                    output_field=IntegerField(),
                )
            )
        matches |= Q(language=code) & every_word
        ranks.append(When(language=code, then=functools.reduce(operator.add, word_scores)))
    rank = Case(*ranks, default=Value(0), output_field=IntegerField())
    return matches, rank
