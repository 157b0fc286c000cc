"""A Redis outage degrades the hub (no shared cache, no rate limit) but never fails a request."""

import json
import logging

import pytest

from tests.conftest import publish
from tests.factories import PetitionPageFactory

pytestmark = pytest.mark.django_db

NOTHING_LISTENS = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": NOTHING_LISTENS,
            "KEY_PREFIX": "tendik",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
            },
        }
    }
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True  # Django resets its cache handler


def test_reads_signing_and_the_admin_keep_working_while_redis_is_down(
    client, redis_down, campaign_index, caplog
):
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    with caplog.at_level(logging.ERROR):
        assert client.get("/api/v1/pages/?locale=ru").status_code == 200
        detail = client.get(f"/api/v1/pages/{petition.pk}/")
        assert detail.status_code == 200
        assert (
            client.get(
                f"/api/v1/pages/{petition.pk}/", HTTP_IF_NONE_MATCH=detail["ETag"]
            ).status_code
            == 304
        )
        signed = client.post(
            f"/api/v1/petitions/{petition.pk}/signatures/",
            json.dumps(
                {
                    "full_name": "Дина",
                    "email": "dina@example.kz",
                    "region": "almaty",
                    "consent": True,
                }
            ),
            content_type="application/json",
        )
        assert signed.status_code == 202
        assert client.get("/admin/login/").status_code == 200
    # Degraded, and said so in the logs.
    assert any(
        "redis" in record.getMessage().lower() or record.exc_info for record in caplog.records
    )
