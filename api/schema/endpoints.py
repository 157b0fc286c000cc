"""Which endpoints the contract covers."""


def public_api_only(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: the contract covers /api/v1/, not Wagtail's admin API."""
    return [
        endpoint
        for endpoint in endpoints
        if endpoint[0].startswith("/api/v1/") and not endpoint[0].startswith("/api/v1/schema")
    ]
