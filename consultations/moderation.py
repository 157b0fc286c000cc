"""The moderators' screens: every contribution, filtered by consultation, status, kind and
disposition; one contribution's screen shows what its author wrote (read-only: the words are
theirs) and takes the decision — published or not, the disposition of a proposal with its reason
in each language, the proposal it is merged into. The decision goes through
consultations/contributions.py, which sends the webhook and moves the API's ETags.

Editors and reviewers moderate (`consultations.change_contribution`); the author's address shows
masked. Nobody creates a contribution here: they come from the public form.
"""

import django_filters
from django import forms
from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.languages import LANGUAGE_CODES, one_version_each
from consultations.contributions import NotAllowed, moderate
from consultations.models import ConsultationPage, Contribution

Status = Contribution.Status
MODERATED = [(value, label) for value, label in Status.choices if value != Status.UNCONFIRMED]


def consultation_choices():
    versions = ConsultationPage.objects.select_related("locale").order_by("-first_published_at")
    return [(str(page.translation_key), page.title) for page in one_version_each(versions)]


class ContributionFilterSet(WagtailFilterSet):
    consultation_key = django_filters.ChoiceFilter(
        label=_("Consultation"), choices=consultation_choices
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=Contribution.Kind.choices)
    disposition = django_filters.ChoiceFilter(
        label=_("Disposition"), choices=Contribution.Disposition.choices
    )

    class Meta:
        model = Contribution
        fields = []


def _reason_field(language):
    name = dict(settings.LANGUAGES)[language]
    return forms.CharField(
        label=format_lazy("{} ({})", _("Reason"), name),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class _ModerationForm(WagtailAdminModelForm):
    """The decision; the reason is asked for in each of the site's languages (the fields are
    added below, one per language)."""

    status = forms.ChoiceField(label=_("Status"), choices=MODERATED)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for language in LANGUAGE_CODES:
            self.fields[f"reason_{language}"].initial = (
                self.instance.disposition_reason or {}
            ).get(language, "")
        if "merged_into" in self.fields:
            self.fields["merged_into"].queryset = Contribution.objects.filter(
                consultation_key=self.instance.consultation_key,
                status__in=(Status.PENDING, Status.PUBLISHED),
            ).exclude(pk=self.instance.pk)

    def clean(self):
        cleaned = super().clean()
        if self.instance.status == Status.UNCONFIRMED:
            raise forms.ValidationError(
                _("Its author has not confirmed their email address: it cannot be moderated yet.")
            )
        disposition = cleaned.get("disposition")
        if disposition == Contribution.Disposition.MERGED and not cleaned.get("merged_into"):
            self.add_error("merged_into", _("Choose the contribution this one is merged into."))
        if disposition and self.instance.kind != Contribution.Kind.PROPOSAL:
            self.add_error("disposition", _("Only a proposal gets a disposition."))
        if cleaned.get("outcome") and self.instance.kind != Contribution.Kind.PROPOSAL:
            self.add_error("outcome", _("Only a proposal has an outcome."))
        return cleaned

    def reasons(self) -> dict:
        return {
            language: self.cleaned_data.get(f"reason_{language}", "") for language in LANGUAGE_CODES
        }


ModerationForm = type(
    "ModerationForm",
    (_ModerationForm,),
    {f"reason_{language}": _reason_field(language) for language in LANGUAGE_CODES},
)


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, except that nobody adds or deletes contributions here."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ModerateView(generic.EditView):
    def save_instance(self):
        row = moderate(
            self.object,
            status=self.form.cleaned_data["status"],
            disposition=self.form.cleaned_data.get("disposition") or "",
            reason=self.form.reasons(),
            merged_into=self.form.cleaned_data.get("merged_into"),
        )
        log(instance=row, action="wagtail.edit", user=self.request.user)
        return row

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except NotAllowed as refusal:
            # The form checks first; a second moderator may have changed the row meanwhile.
            form.add_error(None, str(refusal))
            return self.form_invalid(form)


class ContributionViewSet(ModelViewSet):
    model = Contribution
    icon = "comment"
    menu_label = _("Contributions")
    menu_order = 320
    add_to_admin_menu = True
    copy_view_enabled = False
    edit_view_class = ModerateView
    filterset_class = ContributionFilterSet
    search_fields = ["full_name", "organisation", "text", "proposed_wording"]
    list_display = [
        "__str__",
        Column("article_number", label=_("Article")),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("organisation", label=_("Organisation")),
        Column("locale", label=_("Language")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("disposition", label=_("Disposition"), accessor="get_disposition_display"),
        DateColumn("created_at", label=_("Sent at")),
    ]
    ordering = ["-created_at", "-pk"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("article_number", read_only=True),
                            FieldPanel("part_number", read_only=True),
                            FieldPanel("kind", read_only=True),
                            FieldPanel("locale", read_only=True),
                        ]
                    ),
                    FieldPanel("proposed_wording", read_only=True),
                    FieldPanel("text", read_only=True),
                    FieldRowPanel(
                        [
                            FieldPanel("full_name", read_only=True),
                            FieldPanel("organisation", read_only=True),
                            FieldPanel("role", read_only=True),
                            FieldPanel("shown_as", read_only=True),
                        ]
                    ),
                ],
                heading=_("What the author wrote"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("disposition"),
                    *(FieldPanel(f"reason_{language}") for language in LANGUAGE_CODES),
                    FieldPanel("merged_into"),
                    FieldPanel("outcome"),
                ],
                heading=_("Decision"),
            ),
        ],
        base_form_class=ModerationForm,
    )


register_permission_policy(Contribution, ModerationPermissionPolicy(Contribution), exact_class=True)
contribution_viewset = ContributionViewSet("contributions")
