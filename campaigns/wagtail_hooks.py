from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.models import SocialPost


class SocialPostViewSet(SnippetViewSet):
    model = SocialPost
    icon = "globe"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "channel", "publish_at", "state"]
    list_filter = ["channel", "state"]


register_snippet(SocialPostViewSet)
