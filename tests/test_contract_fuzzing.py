"""The API keeps its contract under any input: schemathesis generates requests from the live
OpenAPI (`/api/v1/schema/`, served in-process through the WSGI application) and runs every one of
its checks on each answer, on the full demo content, the scheduler's operations with a real API
token of the `scheduler` user and the preview with a real preview token.

- `test_every_operation_keeps_its_contract` sends at least 5,000 cases with a fixed seed, so CI
  sees the same cases each run;
- `test_every_operation_keeps_its_contract_with_a_fresh_seed` sends fewer with a new seed each run
  (printed; replay with TENDIK_FUZZ_SEED=<seed>);
- `test_stateful_sequences_keep_the_contract` chains operations through the links schemathesis
  infers from the contract.

Every check runs, positive_data_acceptance in a narrower form: the API refuses, as its contract
documents, opaque values it did not issue (a signature's or registration's link token, the scheduler
queue's cursor), and no schema can say which strings were issued; such a refusal passes, and any other
rejection of valid data still fails (positive_data_acceptance_of_issued_values).

The cases sent are counted and written to .ci/reports/fuzz.json, which .ci/run checks."""

import json
import os
import random
from collections import Counter
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
import schemathesis
from django.core import signals
from django.core.cache import cache
from django.core.management import call_command
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.test import override_settings
from django.utils import timezone
from hypothesis import HealthCheck, Phase, seed, settings
from hypothesis import strategies as st
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api.errors import TYPE_PREFIX
from campaigns.models import SocialPost
from cms.preview import create_preview_token
from cms.wsgi import application
from tests.factories import SocialPostFactory
from tests.seeded_demo import rolled_back_demo
from translations.roles import SCHEDULER_USERNAME

# The database is set up only for the modules that ask for it; each test runs in its own
# savepoint inside the module's demo.
pytestmark = pytest.mark.django_db

REPORT = Path(__file__).resolve().parent.parent / ".ci" / "reports" / "fuzz.json"
FIXED_SEED = 18_000_018
FRESH_SEED = int(os.environ.get("TENDIK_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
# Hypothesis examples per operation: the operations with few inputs run out of new cases before
# this, so the total sent is counted rather than assumed.
FIXED_EXAMPLES = 400
FRESH_EXAMPLES = 30
STATEFUL_EXAMPLES = 40

# Opaque values the API issues, by operation: the problem type of its documented 400 for a value
# it did not issue, and the fields that 400 may name (None: any).
UNISSUED_VALUE_REFUSALS = {
    ("POST", "/api/v1/consultations/contributions/confirm/"): ("invalid-token", None),
    ("POST", "/api/v1/consultations/supports/confirm/"): ("invalid-token", None),
    # A contribution names an article (and part) of the draft by the block ids the page gives;
    # a proposal needs its wording, a text of spaces is no comment, and consent must be true (the
    # contract says so in words): rules the body's JSON Schema does not state. The demo's
    # published proposals have small ids, which the fuzzer draws, so supporting one meets the
    # consent rule too (a consultation's or a petition's id is rarely drawn).
    ("POST", "/api/v1/consultations/{page_id}/contribute/"): (
        "validation-error",
        {"article", "part", "proposed_wording", "text", "consent"},
    ),
    ("POST", "/api/v1/consultations/contributions/{contribution_id}/support/"): (
        "validation-error",
        {"consent"},
    ),
    ("POST", "/api/v1/signatures/confirm/"): ("invalid-token", None),
    ("POST", "/api/v1/signatures/withdraw/"): ("invalid-token", None),
    ("POST", "/api/v1/events/registrations/confirm/"): ("invalid-token", None),
    ("POST", "/api/v1/events/registrations/cancel/"): ("invalid-token", None),
    ("GET", "/api/v1/scheduler/posts/"): ("validation-error", {"cursor"}),
}


def positive_data_acceptance_of_issued_values(ctx, response, case):
    """schemathesis' positive_data_acceptance, except for the documented refusal of an opaque
    value the API never issued (see UNISSUED_VALUE_REFUSALS)."""
    refusal = UNISSUED_VALUE_REFUSALS.get((case.method.upper(), case.path))
    if refusal is not None and response.status_code == 400:
        kind, fields = refusal
        try:
            body = json.loads(response.content or b"{}")
        except ValueError:
            body = {}  # not JSON: the other checks say what is wrong with it
        named = set(body.get("errors") or {})
        if body.get("type") == TYPE_PREFIX + kind and (
            fields is None or (named and named <= fields)
        ):
            return None
    return positive_data_acceptance(ctx, response, case)


load_all_checks()
ALL_CHECKS = [
    positive_data_acceptance_of_issued_values if check is positive_data_acceptance else check
    for check in CHECKS.get_all()
]
assert positive_data_acceptance_of_issued_values in ALL_CHECKS

FUZZ_SETTINGS = {
    "deadline": None,
    "database": None,  # no replay of earlier runs' failures: the seed alone decides the cases
    "suppress_health_check": list(HealthCheck),
    # Shrinking would multiply the wall time by the number of failures; schemathesis prints
    # each failing case with a curl reproducer as it is.
    "phases": [Phase.explicit, Phase.generate],
    "print_blob": True,
}

COUNTS = Counter()


class _World:
    """What the module's fixture makes: the phase being counted and the real tokens."""

    phase = "schema"
    scheduler_token = ""
    preview_token = ""


WORLD = _World()


def _counting_application(environ, start_response):
    """The hub's WSGI application, each request in a savepoint (a database error in one case must
    not abort the module's transaction for the next; a single case's changes are undone) and
    counted under the running phase."""
    COUNTS[f"{WORLD.phase} requests"] += 1
    if not connection.in_atomic_block:  # the schema, read before any database is set up
        return application(environ, start_response)
    savepoint = transaction.savepoint()
    try:
        body = b"".join(application(environ, start_response))
    finally:
        if WORLD.phase == "stateful":
            # A sequence builds on what its earlier steps made (a signature, then its
            # confirmation): those steps' changes stay.
            try:
                transaction.savepoint_commit(savepoint)
            except DatabaseError:
                transaction.savepoint_rollback(savepoint)
        else:
            # One case never sees another's changes: the fresh seed's cases cannot change what
            # the fixed seed's and the stateful sequences meet, so every run of those is the same.
            transaction.savepoint_rollback(savepoint)
    return [body]


@pytest.fixture(scope="module")
def fuzz_world(django_db_setup, django_db_blocker):
    """The demo content, a scheduler token, due posts to claim and a draft to preview; the
    requests run on the module's connection, inside its transaction."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        with rolled_back_demo(django_db_blocker):
            _prepare()
            yield WORLD
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
        _write_report()


class SchedulerToken:
    """The scheduler's operations are sent with a real API token of the `scheduler` user."""

    def get(self, case, context):
        return WORLD.scheduler_token

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


def real_preview_token(context, query):
    """Half the preview cases carry the real token of a draft, the others what was generated."""
    return st.sampled_from([query, {**(query or {}), "token": WORLD.preview_token}])


# The OpenAPI document as the hub serves it (read at collection, through the application).
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", _counting_application)
schema.auth().apply_to(path_regex=r"^/api/v1/scheduler/")(SchedulerToken)
schema.hook("flatmap_query").apply_to(path="/api/v1/preview/")(real_preview_token)


def _prepare():
    from wagtail.models import Page

    output = StringIO()
    call_command(
        "api_tokens", "create", "--user", SCHEDULER_USERNAME, "--name", "fuzz", stdout=output
    )
    WORLD.scheduler_token = output.getvalue().strip()
    pages = list(Page.objects.live().filter(depth__gt=2).specific()[:6])
    for page in pages:
        SocialPostFactory(
            page=page,
            state=SocialPost.State.APPROVED,
            publish_at=timezone.now() - timedelta(minutes=5),
        )
    draft = pages[0]
    draft.title = f"{draft.title} (draft)"
    WORLD.preview_token = create_preview_token(draft)


def _write_report():
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(
        json.dumps(
            {
                "cases": COUNTS["fixed"],
                "requests": COUNTS["fixed requests"],
                "failures": COUNTS["fixed failures"],
                "seed": FIXED_SEED,
                "fresh_cases": COUNTS["fresh"],
                "fresh_requests": COUNTS["fresh requests"],
                "fresh_failures": COUNTS["fresh failures"],
                "fresh_seed": FRESH_SEED,
                "stateful_steps": COUNTS["stateful"],
                "stateful_requests": COUNTS["stateful requests"],
                "stateful_failures": COUNTS["stateful failures"],
                "checks": [check.__name__ for check in ALL_CHECKS],
            },
            indent=2,
        )
        + "\n"
    )


def _call_and_validate(case, phase):
    WORLD.phase = phase
    COUNTS[phase] += 1
    try:
        case.call_and_validate(checks=ALL_CHECKS)
    except BaseException:  # schemathesis raises its failures as an exception group
        COUNTS[f"{phase} failures"] += 1
        raise


# First in the module: schemathesis keeps what earlier tests' answers taught it (a pool of values
# seen), and a sequence's rules drawn from that pool can differ when hypothesis replays a step;
# run first, the sequences meet the same world every time.
def test_stateful_sequences_keep_the_contract(fuzz_world):
    """Sequences of operations chained through the links schemathesis infers (a created or listed
    resource's id passed to the next operation), with the fixed seed."""

    # The calendar files (text/calendar) and the consultations' operations are fuzzed above,
    # case by case, with every check; as steps of a sequence, schemathesis' links from a found
    # page to them made hypothesis draw differently on replay (FlakyStrategyDefinition, seen
    # in CI for the calendar, then for a consultation's contributions), so sequences leave them
    # out.
    sequences = schema.exclude(path_regex=r"\.(ics|docx|pdf)$|/consultations/")

    class StatefulSequences(sequences.as_state_machine()):
        # Hypothesis builds new sequences by replaying the steps of earlier ones, and it requires
        # a replayed step to answer as it did the first time (the answers decide which rules are
        # enabled next). So each sequence starts from the same world: its steps' changes stay
        # while it runs (a signature, then its confirmation) and are undone when it ends.
        # Otherwise a replayed claim of a post an earlier sequence claimed, or a signature an
        # earlier one made, answers differently, and hypothesis stops the whole test with
        # FlakyStrategyDefinition: seen when adding an operation's parameter (`script`) changed
        # which sequences the fixed seed draws, and only in the full run.
        def setup(self):
            self.world = transaction.savepoint()

        def teardown(self):
            transaction.savepoint_rollback(self.world)
            # What the cache learnt from those changes (counts, stored answers) goes with them.
            cache.clear()

        def call(self, case, **kwargs):
            WORLD.phase = "stateful"
            COUNTS["stateful"] += 1
            return case.call(**kwargs)

        def validate_response(self, response, case, additional_checks=(), **kwargs):
            try:
                case.validate_response(response, checks=ALL_CHECKS)
            except BaseException:  # schemathesis raises its failures as an exception group
                COUNTS["stateful failures"] += 1
                raise

    # The forms' rate limit counts per minute of the clock in the shared cache (api/signing.py):
    # a replayed signature would get its 429 or not by the time it is sent. Sequences run
    # under a limit they cannot reach; the case-by-case tests below meet the real one.
    with override_settings(PETITION_RATE_LIMIT="1000000/h"):
        seed(FIXED_SEED)(StatefulSequences).run(
            settings=settings(
                max_examples=STATEFUL_EXAMPLES, stateful_step_count=6, **FUZZ_SETTINGS
            )
        )


@schema.parametrize()
@settings(max_examples=FIXED_EXAMPLES, **FUZZ_SETTINGS)
@seed(FIXED_SEED)
def test_every_operation_keeps_its_contract(case, fuzz_world):
    _call_and_validate(case, "fixed")


@schema.parametrize()
@settings(max_examples=FRESH_EXAMPLES, **FUZZ_SETTINGS)
@seed(FRESH_SEED)
def test_every_operation_keeps_its_contract_with_a_fresh_seed(case, fuzz_world):
    print(f"Fresh fuzzing seed {FRESH_SEED}: replay with TENDIK_FUZZ_SEED={FRESH_SEED}")
    _call_and_validate(case, "fresh")
