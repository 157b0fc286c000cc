"""Where people live (signers, registrants, events): Kazakhstan's three cities of republican
significance, its seventeen regions (oblys) as of 2022, and "outside Kazakhstan"; named in ru,
kk and en."""

from dataclasses import dataclass

from cms.collation import sort_key


@dataclass(frozen=True)
class Region:
    code: str
    ru: str
    kk: str
    en: str
    kind: str  # city, region or outside

    def name(self, language: str) -> str:
        return getattr(self, language, self.ru)


CITY, REGION, OUTSIDE = "city", "region", "outside"

REGIONS = (
    Region("astana", "Астана", "Астана", "Astana", CITY),
    Region("almaty", "Алматы", "Алматы", "Almaty", CITY),
    Region("shymkent", "Шымкент", "Шымкент", "Shymkent", CITY),
    Region("abai", "Абайская область", "Абай облысы", "Abai Region", REGION),
    Region("akmola", "Акмолинская область", "Ақмола облысы", "Akmola Region", REGION),
    Region("aktobe", "Актюбинская область", "Ақтөбе облысы", "Aktobe Region", REGION),
    Region("almaty_region", "Алматинская область", "Алматы облысы", "Almaty Region", REGION),
    Region("atyrau", "Атырауская область", "Атырау облысы", "Atyrau Region", REGION),
    Region(
        "east_kazakhstan",
        "Восточно-Казахстанская область",
        "Шығыс Қазақстан облысы",
        "East Kazakhstan Region",
        REGION,
    ),
    Region("jambyl", "Жамбылская область", "Жамбыл облысы", "Jambyl Region", REGION),
    Region("jetisu", "Область Жетісу", "Жетісу облысы", "Jetisu Region", REGION),
    Region("karaganda", "Карагандинская область", "Қарағанды облысы", "Karaganda Region", REGION),
    Region("kostanay", "Костанайская область", "Қостанай облысы", "Kostanay Region", REGION),
    Region("kyzylorda", "Кызылординская область", "Қызылорда облысы", "Kyzylorda Region", REGION),
    Region("mangystau", "Мангистауская область", "Маңғыстау облысы", "Mangystau Region", REGION),
    Region(
        "north_kazakhstan",
        "Северо-Казахстанская область",
        "Солтүстік Қазақстан облысы",
        "North Kazakhstan Region",
        REGION,
    ),
    Region("pavlodar", "Павлодарская область", "Павлодар облысы", "Pavlodar Region", REGION),
    Region("turkistan", "Туркестанская область", "Түркістан облысы", "Turkistan Region", REGION),
    Region("ulytau", "Область Ұлытау", "Ұлытау облысы", "Ulytau Region", REGION),
    Region(
        "west_kazakhstan",
        "Западно-Казахстанская область",
        "Батыс Қазақстан облысы",
        "West Kazakhstan Region",
        REGION,
    ),
    Region("outside", "За пределами Казахстана", "Қазақстаннан тыс", "Outside Kazakhstan", OUTSIDE),
)
REGION_CODES = frozenset(region.code for region in REGIONS)
_KIND_ORDER = {CITY: 0, REGION: 1, OUTSIDE: 2}


def regions_in_order(language: str) -> list[Region]:
    """Cities first, then regions in the language's alphabetical order, then "outside"."""
    return sorted(
        REGIONS,
        key=lambda region: (
            _KIND_ORDER[region.kind],
            sort_key(region.name(language), language, max_length=None),
        ),
    )


_BY_CODE = {region.code: region for region in REGIONS}


def region_name(code: str, language: str) -> str:
    """The region's name in `language`, or "" for an unknown or empty code."""
    region = _BY_CODE.get(code)
    return region.name(language) if region else ""
