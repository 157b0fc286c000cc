"""Upload forms for images and documents (WAGTAILIMAGES_IMAGE_FORM_BASE,
WAGTAILDOCS_DOCUMENT_FORM_BASE): an unreachable media store is a form error, before anything
is written, instead of a server error."""

from django.core.exceptions import ValidationError
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from cms.storage import StorageUnavailable, ensure_reachable, unavailable_message


class StorageCheckMixin:
    def clean(self):
        cleaned = super().clean()
        if "file" in self.changed_data and cleaned.get("file"):
            try:
                ensure_reachable(self.instance.file.storage)
            except StorageUnavailable as error:
                raise ValidationError({"file": unavailable_message()}) from error
        return cleaned


class ImageForm(StorageCheckMixin, BaseImageForm):
    pass


class DocumentForm(StorageCheckMixin, BaseDocumentForm):
    pass
