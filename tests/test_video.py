import pytest
from django.core.exceptions import ValidationError

from cms.video import parse_video_url
from tests.factories import VideoClipPageFactory


@pytest.mark.parametrize(
    ("url", "provider", "video_id"),
    [
        ("https://www.youtube.com/watch?v=tendikdemo1", "youtube", "tendikdemo1"),
        ("https://youtu.be/tendikdemo1?t=30", "youtube", "tendikdemo1"),
        ("https://www.youtube.com/embed/tendikdemo1", "youtube", "tendikdemo1"),
        ("https://www.youtube.com/shorts/tendikdemo1", "youtube", "tendikdemo1"),
        ("https://vimeo.com/900000001", "vimeo", "900000001"),
        ("https://player.vimeo.com/video/900000001", "vimeo", "900000001"),
        ("https://vimeo.com/channels/staffpicks/900000001", "vimeo", "900000001"),
    ],
)
def test_youtube_and_vimeo_ids_are_read_from_the_url(url, provider, video_id):
    video = parse_video_url(url)
    assert (video.provider, video.video_id) == (provider, video_id)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/watch?v=tendikdemo1",
        "https://www.youtube.com/watch?v=short",
        "ftp://vimeo.com/1",
        "https://vimeo.com/about",
    ],
)
def test_other_urls_are_not_videos(url):
    assert parse_video_url(url) is None


@pytest.mark.django_db
def test_video_page_needs_a_youtube_or_vimeo_link_or_a_file(video_index):
    clip = VideoClipPageFactory.build(video_url="", video_file=None)
    clip.path, clip.depth = video_index.path + "0001", video_index.depth + 1
    with pytest.raises(ValidationError) as error:
        clip.clean()
    assert "video_url" in error.value.message_dict

    clip.video_url = "https://example.com/clip.mp4"
    with pytest.raises(ValidationError):
        clip.clean()
