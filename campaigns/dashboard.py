"""The dashboard panels of campaigns: petitions collecting signatures, with their progress, the
signatures awaiting confirmation and the deadlines; social posts waiting for a reviewer's
approval; and the social posts due this week. Each reads in a fixed number of queries."""

from datetime import datetime, time, timedelta

from django.db.models import Count, F
from django.utils import timezone

from campaigns import queries
from campaigns.models import PetitionPage, SocialPost
from cms.dashboard import DashboardPanel
from cms.languages import one_version_each

PETITIONS_SHOWN = 10
POSTS_SHOWN = 10
WEEK_POSTS_SHOWN = 30


class PetitionsPanel(DashboardPanel):
    """Every petition open for signatures (one row each, whatever its languages), soonest
    deadline first: counted signatures against the goal, those awaiting confirmation, the
    days left."""

    name = "petitions"
    template_name = "campaigns/dashboard/petitions.html"
    order = 300

    def is_shown(self):
        return self.user.has_perm("campaigns.view_signature")

    def get_context_data(self, parent_context):
        versions = (
            PetitionPage.objects.filter(state=PetitionPage.State.OPEN)
            .select_related("locale")
            .order_by("-first_published_at", "pk")
        )
        today = timezone.localdate()
        petitions = sorted(
            one_version_each(versions),
            key=lambda page: (page.deadline is None, page.deadline or today),
        )
        shown = petitions[:PETITIONS_SHOWN]
        figures = queries.petitions_figures(shown)
        rows = []
        for page in shown:
            days_left = (page.deadline - today).days if page.deadline else None
            rows.append({"page": page, "days_left": days_left, **figures[page.translation_key]})
        return {"rows": rows, "total": len(petitions)}


def _by_time(posts):
    return posts.order_by(F("publish_at").asc(nulls_last=True), "pk")


def _count_by_state(posts) -> dict[str, int]:
    return dict(posts.values("state").annotate(n=Count("pk")).order_by().values_list("state", "n"))


class SocialPostsToApprovePanel(DashboardPanel):
    """Drafts and failed posts: what a reviewer may approve (again)."""

    name = "social_posts_to_approve"
    template_name = "campaigns/dashboard/social_posts_to_approve.html"
    order = 320

    def is_shown(self):
        return self.user.has_perm("campaigns.approve_socialpost")

    def get_context_data(self, parent_context):
        waiting = SocialPost.objects.filter(
            state__in=[SocialPost.State.DRAFT, SocialPost.State.FAILED]
        )
        counts = _count_by_state(waiting)
        posts = list(_by_time(waiting).select_related("locale")[:POSTS_SHOWN])
        return {
            "posts": posts,
            "drafts": counts.get(SocialPost.State.DRAFT, 0),
            "failed": counts.get(SocialPost.State.FAILED, 0),
            "total": sum(counts.values()),
            "more": max(sum(counts.values()) - len(posts), 0),
            "now": timezone.now(),
        }


class SocialPostsThisWeekPanel(DashboardPanel):
    """The posts due from today (Almaty) for seven days, by day, whatever their state but
    cancelled: a draft among them has not been approved in time yet."""

    name = "social_posts_this_week"
    template_name = "campaigns/dashboard/social_posts_this_week.html"
    order = 330
    days = 7

    def is_shown(self):
        return self.user.has_perm("campaigns.view_socialpost")

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        start = timezone.make_aware(datetime.combine(today, time.min))
        week = SocialPost.objects.filter(
            publish_at__gte=start, publish_at__lt=start + timedelta(days=self.days)
        ).exclude(state=SocialPost.State.CANCELLED)
        counts = _count_by_state(week)
        days = {today + timedelta(days=n): [] for n in range(self.days)}
        for post in _by_time(week).select_related("locale")[:WEEK_POSTS_SHOWN]:
            days[timezone.localdate(post.publish_at)].append(post)
        total = sum(counts.values())
        return {
            "days": [(day, posts) for day, posts in days.items() if posts],
            "total": total,
            "more": max(total - sum(len(posts) for posts in days.values()), 0),
            "not_approved": counts.get(SocialPost.State.DRAFT, 0),
            "today": today,
        }
