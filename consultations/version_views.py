"""*Versions* on a consultation page: the versions recorded so far, a button that records the
published text as the next one (the draft as published, the NGO's amended text, the law as
adopted), and the comparison of any two, article by article, in the language asked for.

Recording needs permission to publish the page: a version is a public statement of what the
text said. Seeing them, to edit it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from cms.languages import LANGUAGE_CODES
from consultations.models import ConsultationPage, TextVersion
from consultations.versions import VersionError, compare, record_version


class VersionsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "consultations/admin/versions.html"
    header_icon = "history"

    def dispatch(self, request, page_id, *args, **kwargs):
        self.page = get_object_or_404(ConsultationPage, pk=page_id)
        self.permissions = self.page.permissions_for_user(request.user)
        if not self.permissions.can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Versions of the text")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def post(self, request, *args, **kwargs):
        if not self.permissions.can_publish():
            raise PermissionDenied
        kind = request.POST.get("kind")
        if kind not in TextVersion.Kind.values:
            messages.error(request, _("Choose what this version is."))
        else:
            try:
                version = record_version(self.page.translation_key, kind)
            except VersionError as refused:
                messages.error(request, str(refused))
            else:
                log(
                    instance=self.page,
                    action="tendik.consultations.version",
                    user=request.user,
                    data={"number": version.number, "kind": version.kind},
                )
                messages.success(
                    request, _("Version %(number)s is recorded.") % {"number": version.number}
                )
        return redirect(reverse("consultations_versions", args=[self.page.pk]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        versions = list(TextVersion.objects.filter(consultation_key=self.page.translation_key))
        by_number = {version.number: version for version in versions}
        language = self.request.GET.get("language")
        if language not in LANGUAGE_CODES:
            language = self.page.locale.language_code
        older, newer = self._pair(by_number)
        context.update(
            page=self.page,
            versions=versions,
            kinds=TextVersion.Kind.choices,
            can_record=self.permissions.can_publish(),
            language=language,
            languages=LANGUAGE_CODES,
            older=older,
            newer=newer,
            rows=compare(older, newer, language) if older and newer else [],
        )
        return context

    def _pair(self, by_number):
        """The two versions compared: ?from=&to=, else the last two."""
        numbers = sorted(by_number)
        try:
            chosen = int(self.request.GET.get("from", "")), int(self.request.GET.get("to", ""))
        except ValueError:
            chosen = None
        if chosen and all(number in by_number for number in chosen):
            return by_number[chosen[0]], by_number[chosen[1]]
        if len(numbers) >= 2:
            return by_number[numbers[-2]], by_number[numbers[-1]]
        return None, None
