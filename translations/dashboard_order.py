"""The order of the dashboard's panels for each role: what the role acts on first comes first.

Panels are named by their `name`, Wagtail's as ours. A panel named nowhere here (one a later app
adds) comes after these, in its own order; a panel a role may not see is not shown at all, so a
name here only says where it goes.
"""

from translations.roles import EDITORS, REVIEWERS, TRANSLATORS

REVIEWER_ORDER = [
    "dead_webhook_deliveries",
    "workflow_objects_to_moderate",  # Wagtail's "Awaiting your review"
    "social_posts_to_approve",
    "petitions",
    "upcoming_events",
    "contributions_awaiting_moderation",
    "social_posts_this_week",
    "translation_backlog",
    "my_drafts",
    "user_objects_in_workflow_moderation",  # Wagtail's "Your pages … in a workflow"
    "locked_pages",
]
EDITOR_ORDER = [
    "dead_webhook_deliveries",
    "my_drafts",
    "user_objects_in_workflow_moderation",
    "petitions",
    "upcoming_events",
    "contributions_awaiting_moderation",
    "social_posts_this_week",
    "translation_backlog",
    "workflow_objects_to_moderate",
    "locked_pages",
]
TRANSLATOR_ORDER = [
    "translation_queue",
    "user_objects_in_workflow_moderation",
    "my_drafts",
    "workflow_objects_to_moderate",
    "locked_pages",
]
ORDER = {
    REVIEWERS: REVIEWER_ORDER,
    EDITORS: EDITOR_ORDER,
    **dict.fromkeys(TRANSLATORS.values(), TRANSLATOR_ORDER),
}
# Someone in several groups works from the first of their roles here.
ROLE_PRIORITY = [REVIEWERS, EDITORS, *TRANSLATORS.values()]


def dashboard_role(user) -> str | None:
    """The role whose order the user's dashboard takes; superusers review everything."""
    if user.is_superuser:
        return REVIEWERS
    names = set(user.groups.values_list("name", flat=True))
    return next((role for role in ROLE_PRIORITY if role in names), None)


def arrange(user, panels) -> None:
    """Sets each panel's `order` (the dashboard sorts by it) for the user's role."""
    order = ORDER.get(dashboard_role(user))
    if order is None:
        return
    for panel in panels:
        name = getattr(panel, "name", None)
        panel.order = order.index(name) if name in order else len(order) + panel.order
