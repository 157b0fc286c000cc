"""The emails of a consultation, written when they are sent, in the writer's language: the link
that confirms a contribution, and the one that confirms a support (+1). Each goes only while it
is still needed: a contribution or support confirmed meanwhile sends nothing."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from cms.frontend import front_end_url
from cms.languages import version_in
from cms.opt_in import link_url
from consultations.contributions import CONFIRM_LINKS, CONTRIBUTION, SUPPORT, SUPPORT_LINKS
from consultations.models import ConsultationPage, Contribution, Support
from outbox.composers import ComposedEmail


def compose_contribution_email(context: dict) -> ComposedEmail | None:
    language = context["language"]
    if context["about"] == CONTRIBUTION:
        row = Contribution.objects.filter(
            pk=context["id"], status=Contribution.Status.UNCONFIRMED
        ).first()
        consultation_key = row.consultation_key if row else None
        links, action = CONFIRM_LINKS, "confirm"
    elif context["about"] == SUPPORT:
        row = (
            Support.objects.filter(pk=context["id"], confirmed_at__isnull=True)
            .select_related("contribution")
            .first()
        )
        consultation_key = row.contribution.consultation_key if row else None
        links, action = SUPPORT_LINKS, "support"
    else:
        return None
    if row is None:
        return None
    consultation = version_in(ConsultationPage, consultation_key, language)
    title = consultation.title if consultation is not None else ""
    with translation.override(language):
        if action == "confirm":
            subject = _("Confirm your contribution: %(title)s") % {"title": title}
            paragraphs = [
                _("You sent a contribution on article %(number)s of «%(title)s».")
                % {"number": row.article_number, "title": title},
                _(
                    "Confirm your email address with the button below: only then does it go to "
                    "the moderators, who publish it once they have read it."
                ),
            ]
            button = _("Confirm my contribution")
            ignore = _(
                "If you did not write it, ignore this email: without confirmation it is deleted."
            )
        else:
            subject = _("Confirm your support: %(title)s") % {"title": title}
            paragraphs = [
                _("You supported a proposal on article %(number)s of «%(title)s».")
                % {"number": row.contribution.article_number, "title": title},
                _("Confirm your email address with the button below: only then is it counted."),
            ]
            button = _("Confirm my support")
            ignore = _("If you did not support it, ignore this email: nothing is counted.")
        values = {
            "language": language,
            "paragraphs": paragraphs,
            "button": button,
            "ignore": ignore,
            "confirm_url": link_url(
                website_path=f"consultations/{action}/",
                hub_route=f"consultation-{action}",
                token=links.issue(row),
                language=language,
            ),
            "consultation_url": (front_end_url(consultation) or "") if consultation else "",
            "days": settings.REGISTRATION_TOKEN_DAYS,
        }
        return ComposedEmail(
            subject=subject,
            text=render_to_string("consultations/email/confirm.txt", values),
            html=render_to_string("consultations/email/confirm.html", values),
        )
