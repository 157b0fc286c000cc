# Migration api/0003_webhooks names the field and the validator at this path; they now live in
# the api/webhooks/ package.
from api.webhooks.destinations import validate_webhook_url  # noqa: F401
from api.webhooks.models import EventListField  # noqa: F401
