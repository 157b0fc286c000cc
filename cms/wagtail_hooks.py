from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import Author, Partner, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    list_display = ["name", "url"]
    search_fields = ["name"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Topics and people")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (TopicViewSet, AuthorViewSet, PartnerViewSet)


register_snippet(ReferenceDataGroup)
