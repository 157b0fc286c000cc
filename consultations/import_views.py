"""*Import from Word* on a consultation page: upload the draft as .docx, see what was read
(chapters, articles, parts, and whatever could not be placed), then save it as a new draft
revision of the page, or go back. Nothing is saved before the editor says so, and nothing at
all from a file that cannot be read.

Needs permission to edit the page. The parsed text waits in the session between the two steps,
never in a file."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from consultations import docx_import
from consultations.models import ConsultationPage

SESSION_KEY = "consultations.import"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("The draft as a Word document (.docx)"),
        help_text=gettext_lazy(
            "Chapters («Глава 2.», «2-тарау.»), articles («Статья 5.», «5-бап.») and numbered "
            "parts («1.», «2)») are recognised at the start of a paragraph."
        ),
    )


class ImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "consultations/admin/import.html"
    header_icon = "doc-full"

    def dispatch(self, request, page_id, *args, **kwargs):
        self.page = get_object_or_404(ConsultationPage, pk=page_id)
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Import from Word")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def url(self):
        return reverse("consultations_import", args=[self.page.pk])

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "save":
            data = request.session.get(SESSION_KEY, {}).get(str(self.page.pk))
            if not data:
                messages.error(request, _("Upload the file again: the preview has expired."))
                return redirect(self.url())
            page = self.page.get_latest_revision_as_object()
            docx_import.apply(page, data)
            page.save_revision(user=request.user, log_action=True)
            request.session.get(SESSION_KEY, {}).pop(str(self.page.pk), None)
            request.session.modified = True
            messages.success(
                request,
                _("The text is saved as a draft: review it, then publish."),
            )
            return redirect("wagtailadmin_pages:edit", self.page.pk)
        form = self.form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                parsed = docx_import.read_docx(form.cleaned_data["file"].read())
            except docx_import.ImportRefused as refused:
                form.add_error("file", str(refused))
            else:
                stored = request.session.get(SESSION_KEY, {})
                stored[str(self.page.pk)] = parsed.as_data()
                request.session[SESSION_KEY] = stored
                self.parsed = parsed
        return self.get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        parsed = getattr(self, "parsed", None)
        context.update(
            page=self.page,
            form=getattr(self, "form", None) or UploadForm(),
            parsed=parsed,
            replaces=bool(self.page.text) and parsed is not None,
        )
        return context
