"""How fast `GET /api/v1/pages/?search=…` answers in the worst case: 2,000 pages per language
whose every page matches the query.

    make bench-search                                            # the defaults below
    .venv/bin/python tests/benchmarks/search_bench.py --pages-per-locale 200 --requests 30

Needs PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the
server; everything happens in a throwaway database `tendik_search_bench_<pid>`, dropped at the
end. REDIS_URL, when set, is the cache, as in production.

1. Seeds the pages of tests/benchmarks/api_bench.py (published in ru, kk and en, in bulk) and
   indexes them (`index_public_pages`: the search terms of api/search.py).
2. Picks the worst queries from what was indexed: per language the words found on the most
   pages (the "issue N" every title carries, the sentences most bodies share), alone and two or
   three together, inflected Kazakh, Kazakh in Latin script, and across all languages (no
   `locale`). Each query matches nearly every page of its language, so all of them are ranked
   for the first page of results, and counted.
3. Serves the project with gunicorn (2 sync workers, DEBUG off) and sends each query
   --requests times, one at a time, after a few warm-up requests, timing each whole response.

Prints p50/p95 per query and over all; the target is p95 ≤ 30 ms. Asserts nothing: a figure
depends on the machine; the run exits 1 only if a query does not answer 200 or matches less than
--min-share of its language's pages (then it is not the worst case this measures).
"""

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.api_bench import LANGUAGES, SETTINGS_MODULE, Seeder  # noqa: E402
from tests.benchmarks.harness import bench_run, fetch, percentile  # noqa: E402

GUNICORN_WORKERS = 2
WARM_UP_REQUESTS = 5
TARGET_P95_MS = 30.0


def common_words(language: str, count: int) -> list[str]:
    """The `count` exact terms (not stop words) found on the most pages of `language`."""
    from api.models import PublicPage
    from cms.search_text import STEM_MARK, STOP_WORDS

    pages = Counter()
    rows = PublicPage.objects.filter(language=language).values_list("title_terms", "body_terms")
    for title_terms, body_terms in rows.iterator():
        pages.update(set((title_terms + body_terms).split()))
    stop_words = STOP_WORDS[language]
    return [
        term
        for term, _ in pages.most_common()
        if not term.startswith(STEM_MARK) and term not in stop_words and not term.isdigit()
    ][:count]


def inflected(word: str) -> str:
    """A case form of a Kazakh word that the stemmer takes back to the word's stem (so that it is
    found by its stem only), or the word itself."""
    from cms.search_text import query_terms

    stem = query_terms(word, "kk")[0][1]
    for ending in ("ға", "ге", "қа", "ке", "на", "не", "да", "де", "та", "те"):
        if query_terms(word + ending, "kk")[0][1] == stem:
            return word + ending
    return word


def plan_queries() -> list[tuple[str, str | None]]:
    """(query, locale or None) pairs, each matching nearly every page of its language."""
    from cms.kazakh_script import to_cyrillic

    plan = []
    for language in LANGUAGES:
        words = common_words(language, 3)
        if language == "kk":
            # Kazakh terms are stored in Latin; readers mostly type Cyrillic.
            cyrillic = [to_cyrillic(word) for word in words]
            plan += [(cyrillic[0], "kk"), (" ".join(cyrillic[:2]), "kk")]
            plan += [(" ".join(cyrillic), "kk"), (" ".join(words[:2]), "kk")]
            forms = [inflected(word) for word in cyrillic]
            plan.append(
                (next((f for f, w in zip(forms, cyrillic, strict=True) if f != w), forms[0]), "kk")
            )
        else:
            plan += [(words[0], language), (" ".join(words[:2]), language)]
            plan.append((" ".join(words), language))
    # No locale: the query is read by every language's rules at once (and matches the Russian
    # pages).
    plan.append((common_words("ru", 1)[0], None))
    return plan


def target(query: str, locale: str | None) -> str:
    params = {"search": query}
    if locale:
        params["locale"] = locale
    return "/api/v1/pages/?" + urlencode(params)


def explain(query: str, locale: str | None) -> str:
    """PostgreSQL's plan of the first page of results, run for real (EXPLAIN ANALYZE)."""
    from api import queries

    pages = queries.search(queries.public_pages(language=locale), query, language=locale)
    return pages[:20].explain(analyze=True)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages-per-locale", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200, help="timed requests per query")
    parser.add_argument(
        "--min-share",
        type=float,
        default=0.9,
        help="the share of its language's pages a query must match to count as a worst case",
    )
    parser.add_argument("--keep-db", action="store_true", help="keep the database at the end")
    args = parser.parse_args()
    if args.pages_per_locale < 1 or args.requests < 1:
        parser.error("--pages-per-locale and --requests must be at least 1")
    return args


def main():
    args = parse_args()
    with bench_run("search_bench", SETTINGS_MODULE, keep=args.keep_db) as bench:
        from django.core.management import call_command
        from django.db import connection

        from api.models import PublicPage

        print(f"Seeding {args.pages_per_locale} content pages per language:", flush=True)
        started = time.perf_counter()
        Seeder(args.pages_per_locale).run()
        print(f"seeding: {time.perf_counter() - started:.1f} s", flush=True)
        started = time.perf_counter()
        call_command("index_public_pages")
        print(f"index_public_pages: {time.perf_counter() - started:.1f} s", flush=True)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        per_language = {
            language: PublicPage.objects.filter(language=language).count() for language in LANGUAGES
        }
        plan = plan_queries()
        worst = max(plan, key=lambda each: len(each[0].split()) if each[1] else 0)
        print(f"\nPlan of the first page for {worst[0]!r} ({worst[1]}):\n{explain(*worst)}\n")
        connection.close()

        port = bench.serve(GUNICORN_WORKERS)
        everything = []
        rows = []
        for query, locale in plan:
            status, _headers, body = fetch(port, target(query, locale))
            label = f"{query!r} ({locale or 'any language'})"
            if status != 200:
                bench.checks.check(False, label, f"answers {status}, not 200")
                continue
            matched = json.loads(body)["meta"]["total_count"]
            available = per_language[locale or "ru"]
            bench.checks.check(
                matched >= args.min_share * available,
                label,
                f"matches {matched} of the {available} pages of its language",
            )
            for _ in range(WARM_UP_REQUESTS):
                fetch(port, target(query, locale))
            latencies = []
            for _ in range(args.requests):
                began = time.perf_counter()
                fetch(port, target(query, locale))
                latencies.append((time.perf_counter() - began) * 1000)
            latencies.sort()
            everything += latencies
            rows.append((query, locale or "any", matched, latencies))
            print(
                f"  {query!r:50} {locale or 'any':>3} {matched:>5} matches  "
                f"p50 {percentile(latencies, 50):6.1f} ms  p95 {percentile(latencies, 95):6.1f} ms",
                flush=True,
            )
        # The same list without a search, for scale: what any list request costs on this machine
        # now (serving, the count, the cards), which the search figures include.
        floor = []
        for _ in range(WARM_UP_REQUESTS):
            fetch(port, "/api/v1/pages/?locale=ru")
        for _ in range(args.requests):
            began = time.perf_counter()
            fetch(port, "/api/v1/pages/?locale=ru")
            floor.append((time.perf_counter() - began) * 1000)
        floor.sort()
        everything.sort()
        print(
            f"\nfor scale, the same list without search (?locale=ru): p50 "
            f"{percentile(floor, 50):.1f} ms, p95 {percentile(floor, 95):.1f} ms; "
            f"load average {os.getloadavg()[0]:.2f} (other processes share the CPUs)"
        )
        print(
            f"\nSearch over {sum(per_language.values()):,} public pages "
            f"({', '.join(f'{lang} {n:,}' for lang, n in per_language.items())}), "
            f"{len(rows)} queries × {args.requests} requests, one at a time, "
            f"{GUNICORN_WORKERS} gunicorn workers:"
        )
        p95 = percentile(everything, 95)
        print(
            f"  overall p50 {percentile(everything, 50):.1f} ms, p95 {p95:.1f} ms, "
            f"max {everything[-1]:.1f} ms (target p95 ≤ {TARGET_P95_MS:g} ms: "
            f"{'met' if p95 <= TARGET_P95_MS else 'NOT met'})"
        )
        bench.print_summary()


if __name__ == "__main__":
    main()
