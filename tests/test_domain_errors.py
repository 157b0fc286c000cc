"""A domain rule's refusal (cms/errors.py) is answered by the API in one place, api/errors.py."""

import json

from api.errors import PROBLEMS, TYPE_PREFIX, exception_handler
from campaigns.signing import SigningError
from campaigns.social import SocialPostError
from cms.errors import DomainError


def every_subclass(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from every_subclass(subclass)


def test_every_domain_error_has_a_problem_type_of_its_kind():
    kinds = {error.kind for error in every_subclass(DomainError)}
    assert {"signing-error", "social-post-error", "petition-closed", "not-due"} <= kinds
    assert kinds <= set(PROBLEMS)


def test_the_api_answers_a_domain_error_with_its_kind_and_its_message():
    for error, status in ((SigningError("Not like this."), 400), (SocialPostError("No."), 409)):
        response = exception_handler(error, {})
        body = json.loads(response.content)
        assert response.status_code == body["status"] == status
        assert body["type"] == TYPE_PREFIX + error.kind
        assert body["detail"] == str(error)
        assert response["Content-Type"] == "application/problem+json"
