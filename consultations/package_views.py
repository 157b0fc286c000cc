"""Downloads from a consultation's page in the admin: its package (Word or PDF, in the language
asked for by ?language=, Russian when none is) and all its contributions (XLSX or CSV, headings
in the user's admin language).

Needs `consultations.view_contribution` (the moderators: editors and reviewers); without it the
admin sends the user to its home page with an error (wagtail's require_admin_access turns
PermissionDenied into that). Email addresses are in full only for users who also hold
`consultations.export_contributor_emails`; masked otherwise. Any language version of the page
names the consultation: the files belong to all its versions together.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views import View

from cms.languages import LANGUAGE_CODES, SOURCE_LANGUAGE
from cms.transliteration import make_slug
from consultations import contribution_exports, package
from consultations.models import ConsultationPage

VIEW_PERMISSION = "consultations.view_contribution"
EMAILS_PERMISSION = "consultations.export_contributor_emails"
ALMATY = ZoneInfo(settings.TIME_ZONE)  # the day in a file's name, whatever zone the user picked


class ConsultationDownloadView(View):
    """Checks the permission, finds the consultation and answers with the file its subclass
    `make`s: (content, name without the extension)."""

    extension = ""
    content_type = ""

    def get(self, request, page_id):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        page = get_object_or_404(ConsultationPage, pk=page_id)
        content, name = self.make(request, page)
        response = HttpResponse(content, content_type=self.content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}.{self.extension}"'
        # Contributors' names and addresses: kept by no cache on the way.
        response["Cache-Control"] = "no-store"
        return response

    @staticmethod
    def file_name(page: ConsultationPage, *parts: str) -> str:
        # ASCII only, so every browser keeps the name: the slug transliterated (a Kazakh
        # version's slug may be Cyrillic), else the consultation's key.
        slug = make_slug(page.slug, max_length=60) or page.translation_key.hex[:8]
        return "-".join(
            ["consultation", slug, *parts, f"{timezone.localdate(timezone=ALMATY):%Y%m%d}"]
        )


class PackageView(ConsultationDownloadView):
    """`render(consultation_key, language)` makes the package."""

    def make(self, request, page):
        language = request.GET.get("language") or SOURCE_LANGUAGE
        if language not in LANGUAGE_CODES:
            raise Http404
        content = self.render(page.translation_key, language)
        return content, self.file_name(page, "package", language)


class PackageDocxView(PackageView):
    extension = "docx"
    content_type = package.DOCX_CONTENT_TYPE
    render = staticmethod(package.package_docx)


class PackagePdfView(PackageView):
    extension = "pdf"
    content_type = "application/pdf"
    render = staticmethod(package.package_pdf)


class ContributionsXlsxView(ConsultationDownloadView):
    extension = "xlsx"
    content_type = contribution_exports.XLSX_CONTENT_TYPE

    def make(self, request, page):
        content = contribution_exports.contributions_xlsx(
            page.translation_key, include_emails=request.user.has_perm(EMAILS_PERMISSION)
        )
        return content, self.file_name(page, "contributions")


class ContributionsCsvView(ConsultationDownloadView):
    extension = "csv"
    content_type = "text/csv; charset=utf-8"

    def make(self, request, page):
        text = contribution_exports.contributions_csv(
            page.translation_key, include_emails=request.user.has_perm(EMAILS_PERMISSION)
        )
        # With a byte-order mark: spreadsheet programs need it to read Kazakh letters.
        return text.encode("utf-8-sig"), self.file_name(page, "contributions")
