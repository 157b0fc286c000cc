"""Images with their renditions, and documents (api/payloads/media.py)."""

from rest_framework import serializers


class RenditionSerializer(serializers.Serializer):
    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class RenditionsSerializer(serializers.Serializer):
    card = RenditionSerializer(help_text="640×360 crop for cards in listings.")
    wide = RenditionSerializer(help_text="Up to 1600 px wide, uncropped.")
    og = RenditionSerializer(help_text="1200×630 crop for Open Graph and link previews.")


class ImageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField(
        help_text="The media library's name for the file, in the language it was uploaded in. "
        "Not for readers: use `alt`."
    )
    alt = serializers.CharField(
        allow_blank=True,
        help_text="Alternative text in the page's language, written for this use of the image "
        "(a page's hero image, a body image block, an author's photo: the name, a partner's "
        'logo: the name). Empty means decoration (`alt=""`), as on list cards, where the '
        "page's title is beside the image.",
    )
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    renditions = RenditionsSerializer()


class DocumentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.URLField()
    filename = serializers.CharField()
    extension = serializers.CharField(allow_blank=True)
    size = serializers.IntegerField(allow_null=True, help_text="Bytes, when known.")
