"""What a fuzzer (schemathesis, issue 18) and a careless client found: each answer under /api/ is
problem+json with a documented status, whatever the input. One test per finding."""

import json
import re
from pathlib import Path

import pytest
from django.test import Client, RequestFactory
from django.urls import resolve

from api import queries
from api.errors import csrf_failure
from api.query_parameters import KnownQueryParameters
from cms.preview import create_preview_token
from tests.api_client import contract
from tests.conftest import publish
from tests.factories import AnalyticalArticlePageFactory, ImageFactory, PetitionPageFactory
from tests.test_s3_media import free_port, s3_endpoint, use_s3  # noqa: F401 (a fixture)

PROBLEM = "application/problem+json"
BEYOND_64_BITS = ["10000000000000000000", "146450770442588291858432", "9223372036854775808"]


def assert_problem(response, status, kind=None):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == PROBLEM
    body = json.loads(response.content)
    assert body["status"] == status
    if kind:
        assert body["type"] == f"urn:tendik:problem:{kind}"
    return body


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['rQÖe"', '"', 'закон "о равенстве', "(", "a:b"])
def test_a_search_with_quotes_or_query_syntax_is_a_search_not_a_500(client, published_site, query):
    response = client.get("/api/v1/pages/", {"search": query})
    assert response.status_code == 200
    assert "items" in response.json()


@pytest.mark.django_db
def test_the_like_search_sees_only_terms(published_site):
    # SQLite (the embedded default) matches " term " with LIKE: a query's quotes, % and _ never
    # reach the pattern, since terms hold only letters and digits (cms/search_text.py).
    from api import search

    pages = queries.public_pages(language="ru", types=(), topic=None, campaign_id=None)
    for query in ('rQÖe"', '"""', "%", "_", "a_%"):
        readings = {"ru": search.query_terms(query, "ru")}
        if readings["ru"]:
            matches, rank = search._by_like(readings)
            assert list(pages.filter(matches).annotate(rank=rank)) == []
        else:
            assert query in ('"""', "%", "_")


@pytest.mark.django_db
@pytest.mark.parametrize("number", BEYOND_64_BITS)
def test_ids_beyond_64_bits_are_not_found_not_a_server_error(client, number):
    assert_problem(client.get(f"/api/v1/pages/{number}/"), 404, "not-found")
    posted = client.post(
        f"/api/v1/petitions/{number}/signatures/", {}, content_type="application/json"
    )
    assert_problem(posted, 404, "not-found")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/petitions/-5/signatures/",
        "/api/v1/scheduler/posts/-3/claim/",
        "/api/v1/scheduler/posts/false/claim/",
        "/api/v1/no-such-endpoint/",
        "/api/v2/pages/",
    ],
)
def test_a_post_to_a_path_no_endpoint_takes_is_a_404_problem_not_a_csrf_page(path):
    browser_like = Client(enforce_csrf_checks=True)
    response = browser_like.post(path, "{}", content_type="application/json")
    assert_problem(response, 404, "not-found")


def test_a_failed_csrf_check_under_api_is_a_problem_and_elsewhere_djangos_page():
    factory = RequestFactory()
    api_answer = csrf_failure(factory.post("/api/v1/anything/"), reason="Origin checking failed")
    assert_problem(api_answer, 403, "permission-denied")
    page_answer = csrf_failure(factory.post("/ru/"), reason="Origin checking failed")
    assert page_answer.status_code == 403
    assert page_answer["Content-Type"].startswith("text/html")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "unknown"),
    [
        ("/api/v1/pages/?q=закон", "q"),
        ("/api/v1/pages/?search=закон&locale=kk&page=2", "page"),
        ("/api/v1/topics/?lang=kk", "lang"),
        ("/api/v1/sitemap/?locale=kk", "locale"),
        ("/api/v1/preview/?token=abc&draft=1", "draft"),
    ],
)
def test_an_unknown_query_parameter_is_refused_by_name(client, published_site, path, unknown):
    body = assert_problem(client.get(path), 400, "validation-error")
    assert list(body["errors"]) == [unknown]
    assert unknown in body["detail"]


@pytest.mark.django_db
def test_the_refusal_lists_what_the_operation_takes_in_the_readers_language(client):
    body = client.get("/api/v1/pages/?q=x", HTTP_ACCEPT_LANGUAGE="kk").json()
    assert body["errors"]["q"] == [
        "Бұл сұрау мұндай параметрді қабылдамайды; қабылдайтындары: "
        "locale, type, topic, campaign, search, ordering, limit, offset, upcoming, kind, "
        "format, date_from, date_to, script."
    ]


def test_each_operation_takes_exactly_the_query_parameters_its_contract_documents():
    for path, operations in contract()["paths"].items():
        example = re.sub(r"\{\w+\}", "1", path)
        view_class = resolve(example).func.view_class
        assert issubclass(view_class, KnownQueryParameters), path
        for operation in operations.values():
            documented = {
                parameter["name"]
                for parameter in operation.get("parameters", ())
                if parameter["in"] == "query"
            }
            assert set(view_class.query_parameter_names()) == documented, path


def test_every_error_the_contract_documents_is_problem_json():
    for path, operations in contract()["paths"].items():
        for method, operation in operations.items():
            for status, response in operation["responses"].items():
                if int(status) >= 400:
                    assert list(response["content"]) == [PROBLEM], (method, path, status)
                    assert response["description"], (method, path, status)
            # Every operation may meet an unknown parameter and an Accept without JSON.
            assert {"400", "406"} <= set(operation["responses"]), (method, path)
            if "requestBody" in operation:
                assert "415" in operation["responses"], (method, path)


def test_request_fields_with_a_default_are_optional_and_carry_no_default():
    schemas = contract()["components"]["schemas"]
    signing = schemas["SignatureInput"]
    assert "newsletter_opt_in" not in signing["required"]
    assert "default" not in signing["properties"]["newsletter_opt_in"]
    assert "default false" in signing["properties"]["newsletter_opt_in"]["description"]
    result = schemas["ResultInput"]
    assert result["required"] == ["state"]
    for name in ("external_id", "external_url", "error"):
        assert "'default'" not in str(result["properties"][name]), name


@pytest.mark.django_db
def test_signing_answers_in_the_forms_language_when_no_accept_language_is_sent(
    client, campaign_index
):
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    url = f"/api/v1/petitions/{petition.pk}/signatures/"
    refused = client.post(url, {"locale": "kk"}, content_type="application/json").json()
    assert (
        refused["detail"] == "Кейбір жауаптарды түзету керек: әрқайсысының жанында түсініктеме бар."
    )
    assert refused["errors"]["full_name"] == ["Аты-жөніңізді жазыңыз."]
    # Accept-Language, when sent, still decides.
    asked_in_english = client.post(
        url, {"locale": "kk"}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    ).json()
    assert asked_in_english["errors"]["full_name"] == ["Write your full name."]


@pytest.mark.django_db
def test_a_storage_outage_inside_an_api_view_is_a_503_with_retry_after(
    client,
    settings,
    s3_endpoint,  # noqa: F811 (the fixture)
    article_index,
):
    use_s3(settings, s3_endpoint)
    publish(article_index)
    draft = AnalyticalArticlePageFactory(parent=article_index, hero_image=ImageFactory())
    token = create_preview_token(draft)
    # The store goes away; the draft's renditions are made on this request and need it.
    use_s3(settings, f"http://127.0.0.1:{free_port()}")
    response = client.get("/api/v1/preview/", {"token": token})
    assert_problem(response, 503, "storage-unavailable")
    assert response["Retry-After"] == "60"


def test_the_front_end_readme_lists_every_problem_type_with_its_status():
    from api.errors import PROBLEMS

    readme = (Path(__file__).parent.parent / "frontend_contract" / "README.md").read_text()
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (\d{3}) \|", readme, flags=re.M))
    for kind, (status, _title) in PROBLEMS.items():
        assert rows.get(kind) == str(status), kind


# -- what the contract fuzzing found once it ran in the suite (tests/test_contract_fuzzing.py):
# the API and openapi.yaml agree on which values are taken, value by value.


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, query",
    [
        ("/api/v1/pages/", "type="),
        ("/api/v1/pages/", "locale="),
        ("/api/v1/topics/", "locale="),
        ("/api/v1/regions/", "locale="),
        ("/api/v1/pages/", "limit="),
    ],
)
def test_an_empty_query_value_is_refused_not_taken_for_absent(client, published_site, path, query):
    # DRF reads '' in a QueryDict as "not sent": `?locale=` listed every language.
    body = assert_problem(client.get(f"{path}?{query}"), 400, "validation-error")
    assert list(body["errors"]) == [query.rstrip("=")]


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["0", "ru/", " /ru/", "/rus/", "/ru%00/", "/de/"])
def test_a_find_path_must_match_the_contracts_pattern(client, value):
    pattern = _query_parameter("/api/v1/pages/find/", "path")["pattern"]
    assert re.fullmatch(pattern, value) is None
    assert_problem(client.get("/api/v1/pages/find/", {"path": value}), 400, "validation-error")


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["/ru", "/kk/?utm=1", "/en#top", "/ru/analitika/%C3%B6/"])
def test_a_find_path_the_pattern_takes_is_looked_up(client, value):
    pattern = _query_parameter("/api/v1/pages/find/", "path")["pattern"]
    assert re.fullmatch(pattern, value)
    assert client.get("/api/v1/pages/find/", {"path": value}).status_code in (200, 404)


@pytest.mark.django_db
def test_page_types_are_listed_exactly_as_the_contracts_pattern_says(client, published_site):
    pattern = _query_parameter("/api/v1/pages/", "type")["pattern"]
    assert re.fullmatch(pattern, "article,petition")
    assert client.get("/api/v1/pages/", {"type": "article,petition"}).status_code == 200
    for value in ("article, petition", "article,", ",", "Article"):
        assert re.fullmatch(pattern, value) is None
        assert_problem(client.get("/api/v1/pages/", {"type": value}), 400, "validation-error")


@pytest.mark.django_db
def test_a_search_of_spaces_is_a_search_not_a_refusal(client, published_site):
    # minLength 1 in the contract counts the spaces; trimming them made a 400 it did not foresee.
    assert client.get("/api/v1/pages/", {"search": "   "}).status_code == 200


def test_no_request_string_in_the_contract_may_hold_a_nul():
    document = contract()
    for name in ("SignatureInput", "TokenInput", "ResultInput"):
        for field, rule in document["components"]["schemas"][name]["properties"].items():
            if rule.get("type") == "string" and "enum" not in rule and "format" not in rule:
                assert re.fullmatch(rule["pattern"], "a\x00b") is None, (name, field)


@pytest.mark.parametrize(
    "name, taken",
    [
        ("Әлия Нұрланқызы", True),
        ("  Ivan Petrov ", True),
        ("   ", False),
        ("Ivan\nPetrov", False),
        ("Ivan\u202ePetrov", False),  # a direction override
        ("Ivan\U000e0001", False),  # a format character beyond the BMP
        ("\u00adIvan", False),
    ],
)
def test_the_contracts_name_pattern_is_the_apis_name_rule(name, taken):
    from api.signing import FullNameField

    pattern = contract()["components"]["schemas"]["SignatureInput"]["properties"]["full_name"]
    assert bool(re.fullmatch(pattern["pattern"], name)) is taken
    field = FullNameField(max_length=200)
    try:
        field.run_validation(name)
    except Exception:  # noqa: BLE001 (a ValidationError is the refusal being compared)
        accepted = False
    else:
        accepted = True
    assert accepted is taken


@pytest.mark.django_db
def test_a_name_counts_its_spaces_against_its_length(client, campaign_index):
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    body = {
        "full_name": "Ivan" + " " * 197,
        "email": "ivan@example.org",
        "region": "almaty",
        "consent": True,
    }
    refused = client.post(
        f"/api/v1/petitions/{petition.pk}/signatures/", body, content_type="application/json"
    )
    assert list(assert_problem(refused, 400, "validation-error")["errors"]) == ["full_name"]


def _query_parameter(path, name):
    operation = contract()["paths"][path]["get"]
    return next(p["schema"] for p in operation["parameters"] if p["name"] == name)


@pytest.mark.django_db
def test_a_database_outage_in_a_view_is_a_503_problem_with_retry_after(client, monkeypatch):
    from django.db import OperationalError

    def unreachable(*args, **kwargs):
        raise OperationalError("connection to server at db.internal failed")

    monkeypatch.setattr(queries, "topics", unreachable)
    response = client.get("/api/v1/topics/")
    assert_problem(response, 503, "database-unavailable")
    assert response["Retry-After"] == "5"
    assert "db.internal" not in response.content.decode()


@pytest.mark.django_db
def test_a_database_outage_outside_a_view_is_a_503_problem_too(client, monkeypatch):
    # Raised in a middleware, before any view: Django's handler500 answers.
    from django.db import InterfaceError

    from ops.request_id import RequestIdMiddleware

    def unreachable(self, request):
        raise InterfaceError("connection already closed")

    monkeypatch.setattr(RequestIdMiddleware, "__call__", unreachable)
    client.raise_request_exception = False
    assert_problem(client.get("/api/v1/topics/"), 503, "database-unavailable")


@pytest.mark.django_db
def test_a_request_django_refuses_before_any_view_is_a_problem_not_a_page(client):
    """A request Django refuses before any view (a SuspiciousOperation: here a Host it does not
    serve) gets its handler400, which answers problem+json under /api/."""
    answer = client.get("/api/v1/pages/", HTTP_HOST="not allowed..example")
    assert answer.status_code == 400
    assert answer["Content-Type"] == "application/problem+json"
    assert answer.json()["type"] == "urn:tendik:problem:bad-request"
