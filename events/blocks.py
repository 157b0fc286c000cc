"""An event's programme: days, each with its sessions."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class SessionBlock(blocks.StructBlock):
    starts_at = blocks.TimeBlock(label=_("Starts at"))
    ends_at = blocks.TimeBlock(label=_("Ends at"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    description = blocks.TextBlock(label=_("Description"), required=False)
    speakers = blocks.ListBlock(
        SnippetChooserBlock("cms.Author", label=_("Speaker")), label=_("Speakers"), default=[]
    )
    language = blocks.ChoiceBlock(
        choices=settings.LANGUAGES,
        required=False,
        label=_("Language of the session"),
        help_text=_("Leave empty when it is the event's language."),
    )

    class Meta:
        icon = "time"
        label = _("Session")


class ProgrammeDayBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(
        label=_("Title of the day"), required=False, max_length=200, help_text=_("E.g. Day one.")
    )
    sessions = blocks.ListBlock(SessionBlock(), label=_("Sessions"))

    class Meta:
        icon = "date"
        label = _("Day")
