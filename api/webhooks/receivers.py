"""What turns into webhooks (api/webhooks/delivery.py): Wagtail's page signals and the signals of the
campaigns app, which never imports the API. Connected in api/apps.py.

Each event is written in the transaction of the change where there is one (publishing,
deleting, approving a post); a petition's goal is checked after the change to its count
commits, which is when `signature_count_changed` is sent.
"""

import logging

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from api.payloads.consultations import contribution_payload
from api.webhooks.delivery import emit, page_data
from api.webhooks.models import EventAnnouncement, PetitionGoalReached, WebhookEvent
from campaigns.models import PetitionPage
from campaigns.queries import with_public_signature_count
from cms.languages import SOURCE_LANGUAGE, local_iso_time
from consultations.models import ConsultationPage, Contribution
from events.models import EventPage
from events.queries import SEAT_FIELDS, seat_figures, seats_taken

logger = logging.getLogger(__name__)


def on_page_published(sender, instance, **kwargs):
    if instance.depth < 2:
        return
    emit(WebhookEvent.PAGE_PUBLISHED, {"page": page_data(instance)})
    if isinstance(instance, PetitionPage):
        # An editor may have lowered the goal or entered paper signatures.
        announce_reached_goals()
    if isinstance(instance, EventPage):
        announce_event(instance)


def event_data(event: EventPage) -> dict:
    """What events about an event say besides its page: when, and where registration stands."""
    figures = seat_figures(
        {
            **{field: getattr(event, field) for field in SEAT_FIELDS},
            "seats_taken": seats_taken(event.translation_key),
        }
    )
    return {
        "starts_at": local_iso_time(event.starts_at, timespec="seconds"),
        "ends_at": local_iso_time(event.ends_at, timespec="seconds"),
        "cancelled": event.is_cancelled,
        **figures,
    }


def announce_event(event: EventPage) -> None:
    """event.published for this version; event.cancelled once per event, from the first version
    published as cancelled; and the registration state as it now is."""
    data = event_data(event)
    emit(WebhookEvent.EVENT_PUBLISHED, {"page": page_data(event), "event": data})
    with transaction.atomic():
        EventAnnouncement.objects.get_or_create(event_key=event.translation_key)
        announcement = EventAnnouncement.objects.select_for_update().get(
            event_key=event.translation_key
        )
        if event.is_cancelled and announcement.cancelled_at is None:
            announcement.cancelled_at = timezone.now()
            emit(
                WebhookEvent.EVENT_CANCELLED,
                {"event": data, "pages": _live_versions_data(event.translation_key)},
            )
        announcement.registration_state = data["registration_state"]
        announcement.save()


def on_seats_changed(sender, event_key, **kwargs):
    # Sent after the change committed: a failure here must not undo a registrant's seat.
    try:
        announce_registration_state(event_key)
    except Exception:  # noqa: BLE001
        logger.exception("Could not announce an event's registration state")


def announce_registration_state(event_key) -> bool:
    """event.registration_changed when the event's registration state differs from the one
    last announced (one at a time per event: the row is locked); whether it went out."""
    version = EventPage.objects.live().filter(translation_key=event_key).first()
    if version is None:
        return False
    with transaction.atomic():
        EventAnnouncement.objects.get_or_create(
            event_key=event_key, defaults={"registration_state": ""}
        )
        announcement = EventAnnouncement.objects.select_for_update().get(event_key=event_key)
        data = event_data(version)
        if data["registration_state"] == announcement.registration_state:
            return False
        announcement.registration_state = data["registration_state"]
        announcement.save(update_fields=["registration_state"])
        emit(
            WebhookEvent.EVENT_REGISTRATION_CHANGED,
            {"event": data, "pages": _live_versions_data(event_key)},
        )
        return True


def _live_versions_data(event_key) -> list[dict]:
    versions = EventPage.objects.live().filter(translation_key=event_key).select_related("locale")
    return [
        page_data(version)
        for version in sorted(
            versions, key=lambda page: page.locale.language_code != SOURCE_LANGUAGE
        )
    ]


def on_contribution_published(sender, contribution_id, **kwargs):
    # Sent after the moderator's decision committed: a failure here must not undo it.
    try:
        announce_contribution(contribution_id)
    except Exception:  # noqa: BLE001
        logger.exception("Could not announce a published contribution")


def announce_contribution(contribution_id) -> bool:
    """contribution.published: the contribution as the public API shows it (no email, no name
    of a protected author) and the consultation's live versions, source language first."""
    contribution = Contribution.objects.filter(
        pk=contribution_id, status=Contribution.Status.PUBLISHED
    ).first()
    if contribution is None:
        return False
    versions = (
        ConsultationPage.objects.live()
        .filter(translation_key=contribution.consultation_key)
        .select_related("locale")
    )
    pages = [
        page_data(version)
        for version in sorted(
            versions, key=lambda page: page.locale.language_code != SOURCE_LANGUAGE
        )
    ]
    emit(
        WebhookEvent.CONTRIBUTION_PUBLISHED,
        {"contribution": contribution_payload(contribution, SOURCE_LANGUAGE), "pages": pages},
    )
    return True


def on_page_unpublished(sender, instance, **kwargs):
    # Wagtail unpublishes a live page without saving it just before deleting it (its pre_delete
    # handler): the page is still live then, and page.deleted follows instead.
    if instance.live or instance.depth < 2:
        return
    emit(WebhookEvent.PAGE_UNPUBLISHED, {"page": page_data(instance)})


def on_page_deleted(sender, instance, **kwargs):
    # Once for each page deleted (a subtree's too), from the Page row; a page that was never
    # published had no address on the website to forget.
    if instance.depth < 2 or instance.first_published_at is None:
        return
    emit(WebhookEvent.PAGE_DELETED, {"page": page_data(instance)})


def on_social_post_approved(sender, post, **kwargs):
    page = post.localized_page
    emit(
        WebhookEvent.SOCIAL_POST_APPROVED,
        {
            "social_post": {
                "id": post.pk,
                "channel": post.channel,
                "locale": post.locale.language_code,
                "publish_at": local_iso_time(post.publish_at, timespec="seconds"),
            },
            "page": page_data(page) if page is not None else None,
        },
    )


def on_signature_count_changed(sender, **kwargs):
    # Sent after the change committed: a failure here must not turn a confirmed signature into
    # an error for the signer. The next change to any count checks again.
    try:
        announce_reached_goals()
    except Exception:  # noqa: BLE001
        logger.exception("Could not check whether petitions reached their goals")


def announce_reached_goals() -> int:
    """Sends petition.goal_reached for each live petition whose confirmed and paper signatures
    have reached its goal for the first time; returns how many. The signal says nothing about
    which petition changed, so every live petition not yet announced is checked, in one query.
    """
    reached = (
        with_public_signature_count(
            PetitionPage.objects.live()
            .filter(goal__gt=0)
            .exclude(translation_key__in=PetitionGoalReached.objects.values("petition_key"))
        )
        .filter(public_signature_count__gte=F("goal"))
        .select_related("locale")
        .order_by("translation_key", "locale_id")
    )
    versions_by_petition = {}
    for version in reached:
        versions_by_petition.setdefault(version.translation_key, []).append(version)
    announced = 0
    for versions in versions_by_petition.values():
        announced += _announce_goal(versions)
    return announced


def _announce_goal(versions) -> int:
    # The source language's version leads; the others are its translations.
    versions.sort(key=lambda page: page.locale.language_code != SOURCE_LANGUAGE)
    petition = versions[0]
    try:
        with transaction.atomic():
            PetitionGoalReached.objects.create(
                petition_key=petition.translation_key,
                goal=petition.goal,
                signature_count=petition.public_signature_count,
            )
            emit(
                WebhookEvent.PETITION_GOAL_REACHED,
                {
                    "petition": {
                        "goal": petition.goal,
                        "signature_count": petition.public_signature_count,
                    },
                    "page": page_data(petition),
                    "translations": [page_data(version) for version in versions[1:]],
                },
            )
    except IntegrityError:
        return 0  # announced by a concurrent change
    return 1


def connect_signals():
    from django.db.models.signals import post_delete
    from wagtail.signals import page_published, page_unpublished

    from campaigns.signals import social_post_approved
    from campaigns.signing import signature_count_changed
    from consultations.signals import contribution_published
    from events.signals import seats_changed

    page_published.connect(on_page_published, dispatch_uid="webhooks-page-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="webhooks-page-unpublished")
    # The base Page row: one signal per deleted page, whatever its type.
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="webhooks-page-deleted")
    social_post_approved.connect(on_social_post_approved, dispatch_uid="webhooks-social-post")
    signature_count_changed.connect(on_signature_count_changed, dispatch_uid="webhooks-goals")
    seats_changed.connect(on_seats_changed, dispatch_uid="webhooks-seats")
    contribution_published.connect(
        on_contribution_published, dispatch_uid="webhooks-contribution-published"
    )
