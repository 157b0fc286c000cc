"""Articles, long reads and video clips (api/payloads/articles.py)."""

from rest_framework import serializers

from api.schema.blocks import body_field
from api.schema.media import DocumentSerializer, ImageSerializer
from api.schema.pages import CampaignContentFieldsSerializer


class AuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    role = serializers.CharField(allow_blank=True)
    photo = ImageSerializer(allow_null=True)


class ArticlePageSerializer(CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["article"])
    authors = AuthorSerializer(many=True)
    publication_date = serializers.DateField()
    body = body_field()


class TocEntrySerializer(serializers.Serializer):
    title = serializers.CharField()
    anchor = serializers.CharField()

    class Meta:
        ref_name = "TableOfContentsEntry"


class ChapterSerializer(serializers.Serializer):
    title = serializers.CharField()
    anchor = serializers.CharField()
    body = body_field()


class LongReadPageSerializer(CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["long_read"])
    authors = AuthorSerializer(many=True)
    publication_date = serializers.DateField()
    table_of_contents = TocEntrySerializer(many=True)
    chapters = ChapterSerializer(many=True)


class VideoSerializer(serializers.Serializer):
    provider = serializers.ChoiceField(choices=["youtube", "vimeo", "file"])
    video_id = serializers.CharField(allow_null=True)
    canonical_url = serializers.URLField(allow_null=True)
    file = DocumentSerializer(allow_null=True, help_text="The uploaded file, if any.")


class CaptionSerializer(serializers.Serializer):
    locale = serializers.CharField()
    url = serializers.URLField(help_text="A WebVTT file.")

    class Meta:
        ref_name = "CaptionTrack"


class VideoClipPageSerializer(CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["video_clip"])
    publication_date = serializers.DateField()
    video = VideoSerializer()
    duration_seconds = serializers.IntegerField(allow_null=True)
    thumbnail = ImageSerializer(allow_null=True)
    transcript = serializers.CharField(allow_blank=True, help_text="HTML.")
    captions = CaptionSerializer(many=True)
