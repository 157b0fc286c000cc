"""The admin side of social posts: the edit form with its live character counter, approving and
cancelling, drafts for every channel from a page, and the calendar of what is coming."""

import json
from datetime import date, datetime, time, timedelta

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.models import Page

from campaigns import social
from campaigns.models import SocialPost

CALENDAR_DAYS = 14


class CountedTextarea(forms.Textarea):
    """A textarea that shows how many characters are left for the chosen channel, as the
    editor types (campaigns/static/campaigns/social-post-counter.js)."""

    def __init__(self, attrs=None):
        limits = {
            "limits": {str(channel): limit for channel, limit in SocialPost.TEXT_LIMITS.items()},
            "telegramCaption": SocialPost.TELEGRAM_CAPTION_LIMIT,
        }
        super().__init__(
            attrs={"rows": 8, "data-social-counter": json.dumps(limits), **(attrs or {})}
        )

    class Media:
        js = ["campaigns/social-post-counter.js"]


class SocialPostForm(WagtailAdminModelForm):
    """Refuses changes once the scheduler has the post; sends an edited approved post back to
    draft, since what the reviewer approved is no longer what would go out."""

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.instance.state not in SocialPost.EDITABLE_STATES:
            raise ValidationError(
                _("This post is %(state)s: it can no longer be changed.")
                % {"state": self.instance.get_state_display()}
            )
        return cleaned

    def save(self, commit=True):
        if self.instance.pk:
            social.unapprove_if_content_changed(self.instance, self.changed_data)
            if self.instance.state == SocialPost.State.CANCELLED and self.changed_data:
                self.instance.state = SocialPost.State.DRAFT  # rewritten: a new draft
        return super().save(commit=commit)


social_post_edit_handler = ObjectList(
    [
        FieldPanel("channel"),
        FieldPanel("page"),
        FieldPanel("text", widget=CountedTextarea()),
        FieldPanel("image"),
        FieldPanel("publish_at", widget=AdminDateTimeInput()),
    ],
    base_form_class=SocialPostForm,
)


def _post_for(request, pk, permission):
    if not request.user.has_perm(f"campaigns.{permission}"):
        raise PermissionDenied
    return get_object_or_404(SocialPost.objects.select_related("page", "locale"), pk=pk)


def _edit_url(post):
    return reverse("wagtailsnippets_campaigns_socialpost:edit", args=[post.pk])


@require_http_methods(["GET", "POST"])
def approve_view(request, pk):
    post = _post_for(request, pk, "approve_socialpost")
    problems = social.approval_problems(post)
    if request.method == "POST" and not problems:
        try:
            social.approve(post, user=request.user)
        except (social.SocialPostError, ValidationError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _("Approved: the scheduler will post it when it is due."))
        return redirect(_edit_url(post))
    return TemplateResponse(
        request,
        "campaigns/admin/social_post_action.html",
        {
            "post": post,
            "action": "approve",
            "problems": problems,
            "link": social.tagged_page_url(post),
            "page_title": _("Approve the post"),
            "header_icon": "tick",
        },
    )


@require_http_methods(["GET", "POST"])
def cancel_view(request, pk):
    post = _post_for(request, pk, "change_socialpost")
    if request.method == "POST":
        try:
            social.cancel(post, user=request.user, reason=_("Cancelled by an editor."))
        except social.SocialPostError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The post is cancelled."))
        return redirect(_edit_url(post))
    return TemplateResponse(
        request,
        "campaigns/admin/social_post_action.html",
        {
            "post": post,
            "action": "cancel",
            "problems": [],
            "link": social.tagged_page_url(post),
            "page_title": _("Cancel the post"),
            "header_icon": "cross",
        },
    )


class DraftPostsForm(forms.Form):
    publish_at = forms.DateTimeField(
        label=gettext_lazy("Publish at"),
        required=False,
        widget=AdminDateTimeInput(),
        help_text=gettext_lazy("Time in Almaty (UTC+5); reviewers can change it per post."),
    )


@require_http_methods(["GET", "POST"])
def draft_posts_view(request, page_id):
    if not request.user.has_perm("campaigns.add_socialpost"):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.live:
        messages.error(request, _("Publish the page first: posts link to its published version."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    form = DraftPostsForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        created, skipped = social.draft_posts_for(
            page, user=request.user, publish_at=form.cleaned_data["publish_at"]
        )
        messages.success(
            request,
            ngettext(
                "%(count)d draft post created.", "%(count)d draft posts created.", len(created)
            )
            % {"count": len(created)},
        )
        for reason in skipped:
            messages.info(request, reason)
        listing = reverse("wagtailsnippets_campaigns_socialpost:list")
        return redirect(f"{listing}?page={page.pk}")
    return TemplateResponse(
        request,
        "campaigns/admin/social_post_drafts.html",
        {
            "page": page,
            "form": form,
            "channels": SocialPost.Channel,
            "page_title": _("Social posts for this page"),
            "header_icon": "globe",
        },
    )


def calendar_view(request):
    """Upcoming posts per channel and day (Almaty), two weeks from the chosen day."""
    if not request.user.has_perm("campaigns.view_socialpost"):
        raise PermissionDenied
    try:
        start = date.fromisoformat(request.GET.get("start", ""))
    except ValueError:
        start = timezone.localdate()
    days = [start + timedelta(days=n) for n in range(CALENDAR_DAYS)]
    zone = timezone.get_current_timezone()
    begin = timezone.make_aware(datetime.combine(start, time.min), zone)
    end = begin + timedelta(days=CALENDAR_DAYS)
    posts = (
        SocialPost.objects.filter(publish_at__gte=begin, publish_at__lt=end)
        .exclude(state=SocialPost.State.CANCELLED)
        .select_related("locale", "page")
        .order_by("publish_at", "pk")
    )
    cells = {(channel, day): [] for channel in SocialPost.Channel for day in days}
    for post in posts:
        cells[(post.channel, timezone.localdate(post.publish_at))].append(post)
    # A week per table: fourteen columns of posts do not fit a screen, seven do.
    weeks = [
        {
            "days": week,
            "rows": [
                {"channel": channel, "cells": [cells[(channel, day)] for day in week]}
                for channel in SocialPost.Channel
            ],
        }
        for week in (days[:7], days[7:])
    ]
    return TemplateResponse(
        request,
        "campaigns/admin/social_calendar.html",
        {
            "weeks": weeks,
            "today": timezone.localdate(),
            "previous": (start - timedelta(days=CALENDAR_DAYS)).isoformat(),
            "next": (start + timedelta(days=CALENDAR_DAYS)).isoformat(),
            "page_title": _("Social posts calendar"),
            "header_icon": "date",
        },
    )
