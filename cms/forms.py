"""Admin forms."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page

from cms.transliteration import make_slug


class TransliteratedSlugPageForm(WagtailAdminPageForm):
    """The page editor's form: an empty slug is filled from the title, transliterated.

    In the browser the slug widget already does this while the editor types; this covers an
    editor who clears the field, or a browser without JavaScript.
    """

    # What search engines and social networks show before they cut a text off: a counter
    # under each field says how much of it fits (cms/static/cms/editor-comforts.js).
    RECOMMENDED_LENGTHS = {"seo_title": 60, "search_description": 160, "summary": 300}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
        for name, length in self.RECOMMENDED_LENGTHS.items():
            if name in self.fields:
                self.fields[name].widget.attrs["data-char-recommended"] = str(length)

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if slug:
            return slug
        base = make_slug(self.cleaned_data.get("title") or "")
        if not base:
            raise ValidationError(
                _("Enter a slug: the title has no letters or digits to make one from.")
            )
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        candidate, suffix = base, 2
        while parent is not None and not Page._slug_is_available(candidate, parent, self.instance):
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        return candidate
