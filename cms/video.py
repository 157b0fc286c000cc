"""Recognise YouTube and Vimeo links without asking the network."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d+$")


@dataclass(frozen=True)
class ExternalVideo:
    provider: str  # "youtube" | "vimeo"
    video_id: str

    @property
    def canonical_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


def parse_video_url(url: str) -> ExternalVideo | None:
    """The provider and id of a YouTube or Vimeo URL, or None for anything else."""
    parsed = urlparse(url.strip())
    if parsed.scheme not in {"http", "https"}:
        return None
    host = (parsed.hostname or "").lower()
    segments = [segment for segment in parsed.path.split("/") if segment]
    if host in YOUTUBE_HOSTS:
        if host.endswith("youtu.be"):
            candidate = segments[0] if segments else ""
        elif segments[:1] == ["watch"]:
            candidate = parse_qs(parsed.query).get("v", [""])[0]
        elif len(segments) >= 2 and segments[0] in {"embed", "shorts", "live", "v"}:
            candidate = segments[1]
        else:
            candidate = ""
        return ExternalVideo("youtube", candidate) if _YOUTUBE_ID.match(candidate) else None
    if host in VIMEO_HOSTS:
        # vimeo.com/123, vimeo.com/channels/x/123, player.vimeo.com/video/123
        numeric = [segment for segment in segments if _VIMEO_ID.match(segment)]
        return ExternalVideo("vimeo", numeric[-1]) if numeric else None
    return None
