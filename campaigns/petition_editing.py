"""What editors change on a petition from its signatures screen (campaigns/admin_views.py):
which signatures count, by email domain, and the settings every language version shares.

A petition's signatures belong to all its language versions together (`petition_key` is the
pages' `translation_key`), so everything here takes any version and acts on the whole group.
"""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.actions.publish_revision import PublishRevisionAction
from wagtail.log_actions import log

from campaigns.models import PetitionPage, Signature
from campaigns.queries import signatures_of
from campaigns.signing import signature_count_changed

DOMAIN = re.compile(r"^(?:[\w-]+\.)+[\w-]{2,}$")


def normalise_domain(value: str) -> str:
    domain = (value or "").strip().lower().lstrip("@").rstrip(".")
    if not DOMAIN.match(domain):
        raise ValidationError(_("Enter a domain such as example.com, without the name and @."))
    return domain


def signatures_from_domain(petition: PetitionPage, domain: str):
    return signatures_of(petition).filter(email__endswith=f"@{normalise_domain(domain)}")


@transaction.atomic
def invalidate_domain(petition: PetitionPage, domain: str, *, user, reason: str = "") -> int:
    """Stops every signature from addresses at `domain` counting; the rows stay (so the same
    addresses cannot sign again) and `restore_domain` undoes it. Returns how many changed."""
    domain = normalise_domain(domain)
    changed = (
        signatures_from_domain(petition, domain)
        .filter(invalidated_at__isnull=True)
        .update(
            invalidated_at=timezone.now(),
            invalidation_reason=(
                reason.strip() or _("email domain %(domain)s") % {"domain": domain}
            )[:200],
        )
    )
    _record_domain_change(petition, domain, changed, "tendik.signatures.invalidate", user)
    return changed


@transaction.atomic
def restore_domain(petition: PetitionPage, domain: str, *, user) -> int:
    domain = normalise_domain(domain)
    changed = (
        signatures_from_domain(petition, domain)
        .filter(invalidated_at__isnull=False)
        .update(invalidated_at=None, invalidation_reason="")
    )
    _record_domain_change(petition, domain, changed, "tendik.signatures.restore", user)
    return changed


def _record_domain_change(petition, domain: str, changed: int, action: str, user) -> None:
    """Logs an invalidation or restoration that changed signatures, and announces the new count
    once the transaction commits."""
    if changed:
        log(instance=petition, action=action, user=user, data={"domain": domain, "count": changed})
        transaction.on_commit(lambda: signature_count_changed.send(sender=Signature))


@transaction.atomic
def publish_shared_settings(
    petition: PetitionPage,
    *,
    user,
    state: str | None = None,
    offline_signature_count: int | None = None,
) -> None:
    """Sets the settings every language version shares (SynchronizedField) that are given, the
    state and the paper signatures, on every version and publishes them, as an editor would by
    hand, without publishing anyone's pending draft: a draft is kept on top with the same change
    applied."""
    given = {"state": state, "offline_signature_count": offline_signature_count}
    changes = {name: value for name, value in given.items() if value is not None}
    versions = PetitionPage.objects.filter(translation_key=petition.translation_key).order_by(
        "locale_id"
    )
    for page in versions.select_for_update():
        draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else None
        if page.live:
            # The row holds what is live; only these fields change in what readers see.
            for name, value in changes.items():
                setattr(page, name, value)
            revision = page.save_revision(user=user, log_action=True)
            # Shared settings follow the source like wagtail-localize's sync, so whoever may
            # publish the petition may publish them on its translations too.
            PublishRevisionAction(revision, user=user).execute(skip_permission_checks=True)
        if draft is not None:
            for name, value in changes.items():
                setattr(draft, name, value)
            draft.save_revision(user=user, log_action=False)
    # Counts and states are read per request by the API; its ETags must move.
    transaction.on_commit(lambda: signature_count_changed.send(sender=Signature))
