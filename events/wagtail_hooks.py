from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events.models import AudienceCategory


class AudienceCategoryViewSet(SnippetViewSet):
    model = AudienceCategory
    icon = "group"
    menu_label = _("Audience categories")
    menu_order = 310
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(AudienceCategoryViewSet)
