"""The time zones an admin user may pick (Account → Preferences), named in their language.

Wagtail offers every zone the server knows (about 600 IANA names, «America/Argentina/Jujuy»)
and has the browser add a name for each from its own data, which Chromium lacks for Kazakh
(«Kazakhstan Time»). The NGO works in Kazakhstan and its people travel to a few places:
WAGTAIL_USER_TIME_ZONES lists those, and their names come from our catalogue, with the offset.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils.translation import gettext, pgettext_lazy
from wagtail.admin.localization import get_available_admin_time_zones

NAMES = {
    "Asia/Almaty": pgettext_lazy("time zone", "Kazakhstan (Astana, Almaty)"),
    "Asia/Bishkek": pgettext_lazy("time zone", "Kyrgyzstan (Bishkek)"),
    "Asia/Tashkent": pgettext_lazy("time zone", "Uzbekistan (Tashkent)"),
    "Europe/Moscow": pgettext_lazy("time zone", "Moscow"),
    "Europe/Berlin": pgettext_lazy("time zone", "Central Europe (Berlin, Brussels)"),
    "Europe/London": pgettext_lazy("time zone", "London"),
    "America/New_York": pgettext_lazy("time zone", "New York"),
    "UTC": pgettext_lazy("time zone", "Coordinated Universal Time"),
}


def label(zone: str) -> str:
    offset = datetime.now(ZoneInfo(zone)).strftime("%z")
    return f"{NAMES.get(zone, zone)} (UTC{offset[:3]}:{offset[3:]})"


def choices():
    return [("", gettext("Use server time zone"))] + [
        (zone, label(zone)) for zone in get_available_admin_time_zones()
    ]


def name_time_zones_in_the_users_language():
    """Our names in the account form's time-zone list, instead of the browser's."""
    from wagtail.admin.forms.account import LocalePreferencesForm

    field = LocalePreferencesForm.base_fields.get("current_time_zone")
    if field is not None:
        field.choices = choices
        field.widget.attrs = {}  # no w-locale controller: it would rename them in the browser
