"""Images and documents as payloads show them: an image with its renditions, a document with
its file."""

from wagtail.images import get_image_model

from api.payloads.encoding import marked_media_url

# Renditions every image comes with: a listing card, a full-width picture, an Open Graph card.
RENDITIONS = {"card": "fill-640x360", "wide": "width-1600", "og": "fill-1200x630"}


def image_queryset():
    return get_image_model().objects.prefetch_renditions(*RENDITIONS.values())


def image_payload(image, alt=""):
    """`alt`: written for this use of the image, in the page's language. Never the image's
    title or description: those are the library's, in the language of whoever uploaded it."""
    renditions = _prefetched_renditions(image) or image.get_renditions(*RENDITIONS.values())
    return {
        "id": image.pk,
        "title": image.title,
        "alt": alt,
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": marked_media_url(renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


def _prefetched_renditions(image):
    """The renditions `image_queryset()` prefetched, by filter spec, when all are there.

    Wagtail's `get_renditions` re-parses every filter spec and hashes the focal point on each
    call, which costs more than the rest of a list item; the newest rendition of a spec is the
    one made for the image's current focal point.
    """
    prefetched = getattr(image, "prefetched_renditions", None)
    if prefetched is None:
        return None
    newest = {}
    for rendition in prefetched:
        current = newest.get(rendition.filter_spec)
        if current is None or rendition.pk > current.pk:
            newest[rendition.filter_spec] = rendition
    if not all(spec in newest for spec in RENDITIONS.values()):
        return None  # some rendition was never made: let Wagtail make it
    return newest


def image_payloads(image_ids):
    """Image payloads by id from two value queries; images missing a rendition go through
    Wagtail, which makes it."""
    if not image_ids:
        return {}
    image_model = get_image_model()
    rendition_model = image_model.get_rendition_model()
    storage = rendition_model._meta.get_field("file").storage
    newest = {}
    for rendition in rendition_model.objects.filter(
        image_id__in=image_ids, filter_spec__in=RENDITIONS.values()
    ).values("id", "image_id", "filter_spec", "file", "width", "height"):
        key = (rendition["image_id"], rendition["filter_spec"])
        if key not in newest or rendition["id"] > newest[key]["id"]:
            newest[key] = rendition
    payloads, incomplete = {}, []
    for image in image_model.objects.filter(pk__in=image_ids).values(
        "id", "title", "width", "height"
    ):
        found = [newest.get((image["id"], spec)) for spec in RENDITIONS.values()]
        if not all(found):
            incomplete.append(image["id"])
            continue
        payloads[image["id"]] = {
            "id": image["id"],
            "title": image["title"],
            # A card's image sits beside the page's title, which names the same link.
            "alt": "",
            "width": image["width"],
            "height": image["height"],
            "renditions": {
                name: {
                    "url": marked_media_url(storage.url(rendition["file"])),
                    "width": rendition["width"],
                    "height": rendition["height"],
                }
                for name, rendition in zip(RENDITIONS, found, strict=True)
            },
        }
    for image in image_queryset().filter(pk__in=incomplete):
        payloads[image.pk] = image_payload(image)
    return payloads


def document_payload(document):
    return {
        "id": document.pk,
        "title": document.title,
        "url": marked_media_url(document.file.url),
        "filename": document.filename,
        "extension": document.file_extension.lower(),
        "size": document.file_size,
    }
