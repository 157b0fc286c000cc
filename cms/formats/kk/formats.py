"""Kazakh date and number formats: «2021 ж. 15 қыркүйек».

Django's own kk formats write «15 Қыр. 2021» (abbreviated, capitalised month). Kazakh puts the
year first and writes months in lower case; the lower-case names are the "alt. month" forms in
our locale/kk catalogue (format character E).
"""

from django.utils.translation import pgettext_lazy

DATE_FORMAT = r"Y \ж. j E"
DATETIME_FORMAT = r"Y \ж. j E, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = r"Y \ж. E"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3

# The month names the E format character uses; listed here so `makemessages` keeps their
# lower-case Kazakh translations in locale/kk (Django's own catalogue capitalises them).
MONTH_NAMES_FOR_DATES = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
