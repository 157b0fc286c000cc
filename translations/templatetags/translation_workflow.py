from django import template
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail_localize.models import Translation

register = template.Library()


@register.simple_tag(takes_context=True)
def review_buttons(context, instance):
    """A "Submit for review" button for a synced translation that may go to a workflow."""
    user = context["request"].user
    if not isinstance(instance, Page) or instance.workflow_in_progress:
        return []
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()
    if translation is None or instance.get_workflow() is None:
        return []
    if not instance.permissions_for_user(user).can_edit():
        return []
    return [
        Button(
            _("Submit for review"),
            reverse("translations_submit_for_review", args=[translation.pk]),
            icon_name="resubmit",
            attrs={"class": "button button-small"},
        )
    ]


@register.simple_tag
def cell_for(row, language):
    return row.cells[language]


@register.simple_tag
def total_for(totals, language, state):
    return totals.get(language, {}).get(state, 0)
