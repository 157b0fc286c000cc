"""Social posts from draft to posted: the rules, written once for the admin and the scheduler
API (api/scheduler.py).

    draft ──approve (Reviewer)──▶ approved ──claim (scheduler)──▶ claimed ──▶ posted | failed
      ▲                              │                               │
      └──── edited ◀─────────────────┘         lease runs out ───────┘ (back in the queue)
    draft | approved | claimed ──page unpublished or deleted, or editor──▶ cancelled

A claim is a lease: one scheduler holds the post until the lease runs out, so a scheduler that
times out and asks again gets the same answer, and one that dies gives the post back. The
database decides who wins a claim (one conditional UPDATE), never application code. Only a due
post (its publishing time has come) can be claimed, by id or as the next one.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale, Page

from campaigns.models import SocialPost
from campaigns.signals import social_post_approved
from cms.errors import DomainError
from cms.frontend import front_end_url
from cms.languages import SOURCE_LANGUAGE, source_versions

State = SocialPost.State
Channel = SocialPost.Channel
# X shortens every link to 23 characters; drafts leave room for it and a space.
X_LINK_LENGTH = 24


class SocialPostError(DomainError):
    kind = "social-post-error"


class NotClaimable(SocialPostError):
    kind = "not-claimable"


class ClaimedByAnother(SocialPostError):
    kind = "claimed-by-another"


class NotHeld(SocialPostError):
    kind = "not-held"


class NotDue(SocialPostError):
    kind = "not-due"


# -- links ------------------------------------------------------------------------------------


def campaign_slug(page: Page) -> str:
    """The campaign a page belongs to, for utm_campaign: the campaign itself, the campaign it is
    linked to, or (for pages of no campaign) the page's own slug. Always the source language's
    slug, so every language's posts add up in the analytics."""
    from campaigns.models import CampaignPage

    specific = page.specific
    campaign = (
        specific if isinstance(specific, CampaignPage) else getattr(specific, "campaign", None)
    )
    anchor = campaign or specific
    source = source_versions(anchor).values_list("slug", flat=True).first()
    return source or anchor.slug


def tagged_page_url(post: SocialPost, slugs: dict | None = None) -> str | None:
    """The page's website address in the post's language, tagged for analytics. `slugs`, a
    dict kept over one request, saves looking up the same campaign for each of a page's posts."""
    page = post.localized_page
    url = front_end_url(page) if page is not None else None
    if url is None:
        return None
    slugs = {} if slugs is None else slugs
    if page.pk not in slugs:
        slugs[page.pk] = campaign_slug(page)
    query = urlencode(
        {"utm_source": post.channel, "utm_medium": "social", "utm_campaign": slugs[page.pk]}
    )
    return f"{url}?{query}"


# -- editors and reviewers --------------------------------------------------------------------


def approval_problems(post: SocialPost) -> list[str]:
    """Why the post cannot be approved yet, in words for the reviewer; empty when it can."""
    problems = []
    try:
        post.full_clean()
    except ValidationError as error:
        problems += [message for messages in error.message_dict.values() for message in messages]
    if post.publish_at is None:
        problems.append(_("Set when it should be published."))
    page = post.localized_page
    if page is None or not page.live:
        problems.append(_("The page it announces is not published in this language."))
    return problems


@transaction.atomic
def approve(post: SocialPost, *, user) -> SocialPost:
    if post.state not in (State.DRAFT, State.FAILED):
        raise NotClaimable(_("Only drafts and failed posts can be approved."))
    problems = approval_problems(post)
    if problems:
        raise ValidationError(problems)
    post.state = State.APPROVED
    post.approved_by, post.approved_at = user, timezone.now()
    post.claimed_by = post.claimed_at = post.lease_expires_at = None
    post.last_error = post.note = ""
    post.save()
    log(instance=post, action="tendik.social_post.approve", user=user)
    social_post_approved.send(sender=SocialPost, post=post, user=user)
    return post


@transaction.atomic
def cancel(post: SocialPost, *, user=None, reason: str = "") -> SocialPost:
    if post.state in (State.POSTED, State.CANCELLED):
        raise NotClaimable(_("A posted or cancelled post cannot be cancelled."))
    post.state = State.CANCELLED
    post.note = reason[:200]
    post.lease_expires_at = None
    post.save()
    log(instance=post, action="tendik.social_post.cancel", user=user)
    return post


def unapprove_if_content_changed(post: SocialPost, changed_fields) -> None:
    """An approved post whose content changed needs approving again."""
    content = {"channel", "page", "text", "image", "publish_at"}
    if post.state == State.APPROVED and content & set(changed_fields):
        post.state = State.DRAFT
        post.approved_by = post.approved_at = None


def cancel_posts_of(page: Page, reason: str) -> int:
    """Cancels the pending posts that link to `page` (posts in its language)."""
    return SocialPost.objects.filter(
        page__translation_key=page.translation_key,
        locale_id=page.locale_id,
        state__in=SocialPost.PENDING_STATES,
    ).update(
        state=State.CANCELLED, note=reason[:200], lease_expires_at=None, updated_at=timezone.now()
    )


def prefill(page: Page, channel: str) -> str:
    """A draft's text from the page's title and summary, short enough for the channel."""
    specific = page.specific
    summary = getattr(specific, "summary", "") or ""
    text = f"{page.title}\n\n{summary}".strip()
    limit = SocialPost.TEXT_LIMITS[channel]
    if channel == Channel.X:
        limit -= X_LINK_LENGTH
    if channel in (Channel.TELEGRAM, Channel.INSTAGRAM) and getattr(
        specific, "hero_image_id", None
    ):
        limit = min(limit, SocialPost.TELEGRAM_CAPTION_LIMIT)
    return Truncator(text).chars(limit)


@transaction.atomic
def draft_posts_for(page: Page, *, user, publish_at=None) -> tuple[list[SocialPost], list[str]]:
    """Draft posts for every channel in every language the page is published in, the
    translations linked to the source language's post; channels that have a live post for the
    page already are skipped. Returns (created, reasons for what was skipped)."""
    page = page.specific
    versions = {
        version.locale_id: version
        for version in Page.objects.filter(translation_key=page.translation_key, live=True)
        .select_related("locale")
        .specific()
    }
    source_locale = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    ordered = sorted(versions.values(), key=lambda version: version.locale_id != source_locale.pk)
    image = getattr(page, "hero_image", None)
    created, skipped = [], []
    for channel in Channel:
        if channel == Channel.INSTAGRAM and image is None:
            skipped.append(_("Instagram: the page has no image."))
            continue
        source_post = None
        for version in ordered:
            exists = SocialPost.objects.filter(
                page__translation_key=page.translation_key,
                locale_id=version.locale_id,
                channel=channel,
            ).exclude(state=State.CANCELLED)
            if exists.exists():
                skipped.append(
                    _("%(channel)s in %(language)s: a post exists.")
                    % {"channel": channel.label, "language": version.locale.get_display_name()}
                )
                continue
            fields = {
                "channel": channel,
                "page": version,
                "text": prefill(version, channel),
                "image": image,
                "publish_at": publish_at,
                "locale_id": version.locale_id,
            }
            if source_post is not None and source_post.locale_id != version.locale_id:
                # The kk post translates the ru one: one translation_key for the pair.
                fields["translation_key"] = source_post.translation_key
            post = SocialPost.objects.create(**fields)
            log(instance=post, action="wagtail.create", user=user)
            source_post = source_post or post
            created.append(post)
    return created, skipped


# -- the scheduler ----------------------------------------------------------------------------

# What a scheduler may list: the queue, and the posts it claimed itself. Never drafts or
# cancelled posts, which may announce pages that are not (or no longer) public.
SCHEDULER_STATES = (State.APPROVED, State.CLAIMED, State.POSTED, State.FAILED)


def due_by(moment) -> Q:
    """A post is due once its publishing time has come; one without a time never is."""
    return Q(publish_at__lte=moment)


def unheld(now) -> Q:
    """Nobody holds the post: approved, or claimed with the lease run out."""
    return Q(state=State.APPROVED) | Q(state=State.CLAIMED, lease_expires_at__lt=now)


def due(*, before=None, channel="", locale="", state=State.APPROVED, token=None):
    """The scheduler's queue: approved posts due by `before` (now by default), with the
    claimed ones whose lease ran out; or, for another of SCHEDULER_STATES, the posts in that
    state that `token` claimed."""
    if state not in SCHEDULER_STATES:
        raise ValueError(f"A scheduler may not list {state} posts.")
    now = timezone.now()
    posts = SocialPost.objects.select_related("locale", "image", "page", "page__locale")
    if state == State.APPROVED:
        posts = posts.filter(unheld(now), due_by(before or now))
    else:
        posts = posts.filter(state=state, claimed_by=token)
        if before:
            posts = posts.filter(due_by(before))
    if channel:
        posts = posts.filter(channel=channel)
    if locale:
        posts = posts.filter(locale__language_code=locale)
    return posts


def claim_next(*, token, channel="", locale="", lease: timedelta | None = None):
    """Claims the oldest due post nobody holds, or returns None when none is due. Competing
    schedulers skip the rows another is claiming (FOR UPDATE SKIP LOCKED), so none of them
    waits for another or loses a race."""
    candidates = due(channel=channel, locale=locale).select_related(None)
    with transaction.atomic():
        post_id = (
            candidates.select_for_update(skip_locked=True, of=("self",))
            .order_by("publish_at", "pk")
            .values_list("pk", flat=True)
            .first()
        )
        if post_id is None:
            return None
        return claim(post_id, token=token, lease=lease)


def claim(post_id: int, *, token, lease: timedelta | None = None) -> SocialPost:
    """Gives the post, once due, to the scheduler holding `token` for `lease`; asking again
    while holding it renews the lease. Raises NotDue, ClaimedByAnother or NotClaimable, or
    DoesNotExist."""
    now = timezone.now()
    until = now + (lease or timedelta(seconds=settings.SOCIAL_POST_LEASE_SECONDS))
    posts = SocialPost.objects.filter(pk=post_id)
    renewed = posts.filter(state=State.CLAIMED, claimed_by=token, lease_expires_at__gte=now).update(
        lease_expires_at=until, updated_at=now
    )
    if not renewed:
        # Under READ COMMITTED, PostgreSQL re-checks this WHERE after waiting for a competing
        # UPDATE of the row, so of two schedulers exactly one changes it.
        won = posts.filter(unheld(now), due_by(now)).update(
            state=State.CLAIMED,
            claimed_by=token,
            claimed_at=now,
            lease_expires_at=until,
            attempts=F("attempts") + 1,
            updated_at=now,
        )
        if not won:
            post = posts.annotate(
                is_due=ExpressionWrapper(due_by(now), output_field=BooleanField())
            ).get()
            if post.state in (State.APPROVED, State.CLAIMED) and not post.is_due:
                if post.publish_at is None:
                    raise NotDue(_("This post has no publishing time yet."))
                raise NotDue(
                    _("This post is due at %(publish_at)s, not before.")
                    % {"publish_at": timezone.localtime(post.publish_at).isoformat()}
                )
            if post.state == State.CLAIMED:
                raise ClaimedByAnother(
                    _("Another scheduler holds this post until %(until)s.")
                    % {"until": timezone.localtime(post.lease_expires_at).isoformat()}
                )
            raise NotClaimable(
                _("This post is %(state)s, not approved.") % {"state": post.get_state_display()}
            )
    return SocialPost.objects.select_related("locale", "image", "page", "page__locale").get(
        pk=post_id
    )


@transaction.atomic
def report(
    post_id: int, *, token, state: str, external_id="", external_url="", error=""
) -> SocialPost:
    """Records what the scheduler that holds the post did with it. Its lease may have run out,
    as long as nobody claimed the post since: what it says happened, happened."""
    held = SocialPost.objects.select_for_update().filter(pk=post_id)
    current = held.values("state", "claimed_by_id").get()
    if current["state"] != State.CLAIMED or current["claimed_by_id"] != token.pk:
        raise NotHeld(_("This scheduler does not hold the post; claim it first."))
    now = timezone.now()
    if state == State.POSTED:
        changes = {
            "state": State.POSTED,
            "posted_at": now,
            "external_id": external_id,
            "external_url": external_url,
            "last_error": "",
        }
    else:
        changes = {"state": State.FAILED, "last_error": error[:2000]}
    # An UPDATE, not save(): the post's links did not change, so Wagtail's reference index
    # (which save() would queue a task for) has nothing to learn.
    held.update(lease_expires_at=None, updated_at=now, **changes)
    return SocialPost.objects.select_related("locale", "image", "page", "page__locale").get(
        pk=post_id
    )
