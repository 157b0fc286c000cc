"""Kazakh in the 2021 Latin alphabet (cms/kazakh_script.py): the letters, their capitals, the
reverse guess for readers' queries and what it loses, and HTML whose markup stays as written."""

import random

import pytest

from cms import transliteration
from cms.kazakh_script import (
    CYRILLIC_SCRIPT,
    CYRILLIC_TO_LATIN,
    LATIN_SCRIPT,
    SCRIPTS,
    kazakh_latin_lower,
    latin_html,
    to_cyrillic,
    to_latin,
)

# (Cyrillic, its Latin, what to_cyrillic gives back when it is not the Cyrillic: the lossy rows).
WORDS = [
    ("әйел", "äiel", None),
    ("ағаш", "ağaş", None),
    ("қала", "qala", None),
    ("теңіз", "teñız", None),
    ("өмір", "ömır", None),
    ("ұлт", "ūlt", None),
    ("үй", "üi", None),
    ("гауһар", "gauhar", "гаухар"),  # һ → h → х
    ("жиһаз", "jihaz", "жихаз"),
    ("іс", "ıs", None),
    ("ине", "ine", None),
    ("ай", "ai", None),
    ("ыдыс", "ydys", None),
    ("жер", "jer", None),
    ("хат", "hat", None),
    ("шаш", "şaş", None),
    ("юрист", "iurist", None),
    ("ақиқат", "aqiqat", None),
    ("Алматы", "Almaty", None),
    ("Павлодар", "Pavlodar", None),
    ("Қазақстан", "Qazaqstan", None),
    ("заңгер", "zañger", None),
    ("құқық", "qūqyq", None),
    ("құқықтар", "qūqyqtar", None),
    ("кемсітушілік", "kemsıtuşılık", None),
    ("тәуелсіздік", "täuelsızdık", None),
    ("мемлекет", "memleket", None),
    ("ақша", "aqşa", None),
    ("бағдарлама", "bağdarlama", None),
    ("еңбек", "eñbek", None),
    ("үкімет", "ükımet", None),
    ("жұмыс", "jūmys", None),
    ("сайлау", "sailau", None),
    ("сұхбат", "sūhbat", None),
    ("шешім", "şeşım", None),
    ("шешу", "şeşu", None),
    ("кию", "kiiu", None),
    ("ащы", "aşşy", None),
    ("ірі", "ırı", None),
    ("ойын", "oiyn", None),
    ("қыз", "qyz", None),
    ("ел", "el", None),
    ("өңір", "öñır", None),
    ("мүгедек", "mügedek", None),
    ("әділет", "ädılet", None),
    ("соғыс", "soğys", None),
    ("баспана", "baspana", None),
    ("үйі", "üiı", None),
    ("ұйым", "ūiym", None),
    ("сый", "syi", None),
    ("буйрық", "buiryq", None),
    ("түйе", "tüie", None),
    ("биік", "biık", None),
    ("қиын", "qiyn", None),
    ("айтса", "aitsa", None),
    ("кетсе", "ketse", None),
    ("қиял", "qiial", None),
    ("ия", "iia", None),
    ("аяқ", "aiaq", None),
    ("ою", "oiu", None),
    ("дария", "dariia", None),
    ("халық", "halyq", None),
    ("бала", "bala", None),
    ("адам", "adam", None),
    ("әлеуметтік", "äleumettık", None),
    ("сот", "sot", None),
    ("заң", "zañ", None),
    ("тіл", "tıl", None),
    ("құжат", "qūjat", None),
    ("хабарлама", "habarlama", None),
    ("ғылым", "ğylym", None),
    ("шағым", "şağym", None),
    ("сұрақ", "sūraq", None),
    ("ағылшын", "ağylşyn", None),
    # Loanwords: ё, ц, ч, щ, ъ, ь, э, and the и before a vowel.
    ("ёлка", "iolka", None),
    ("подъезд", "podezd", "подезд"),  # ъ is dropped
    ("объект", "obekt", "обект"),
    ("пьеса", "pesa", "песа"),  # ь is dropped
    ("поэзия", "poeziia", "поезия"),  # э → e → е
    ("цифр", "tsifr", "тсифр"),  # ц → ts → тс
    ("полиция", "politsiia", "политсия"),
    ("чемпион", "chempion", None),
    ("щетка", "şşetka", None),
    ("Щучинск", "Şşuchinsk", None),
    ("бюджет", "biudjet", None),
    ("материал", "material", None),
    ("медиа", "media", None),
    ("миллион", "million", None),
    ("регион", "region", None),
    ("радио", "radio", None),
    ("майор", "maior", None),
    ("Дмитрий", "Dmitrii", None),
    ("мозаика", "mozaika", "мозайка"),  # и after a vowel comes back as й
    ("Ясауи", "Iasaui", "Ясауй"),
]

SPECIAL_LETTERS = "әғқңөұүһіийыжхшюяёцчщъь"


def test_the_table_is_large_and_covers_every_special_letter():
    assert len(WORDS) >= 60
    letters = set("".join(cyrillic.lower() for cyrillic, _, _ in WORDS))
    assert set(SPECIAL_LETTERS) <= letters
    assert set(CYRILLIC_TO_LATIN) <= letters  # indeed every letter of the alphabet
    assert len({cyrillic for cyrillic, _, _ in WORDS}) == len(WORDS)


@pytest.mark.parametrize("cyrillic, latin, back", WORDS)
def test_a_word_in_latin_and_back(cyrillic, latin, back):
    assert to_latin(cyrillic) == latin
    assert to_cyrillic(latin) == (back or cyrillic)
    assert to_latin(to_cyrillic(latin)) == latin  # the Latin side is stable


@pytest.mark.parametrize("cyrillic, latin, back", WORDS)
def test_a_word_in_capitals(cyrillic, latin, back):
    """A word in capitals goes to Latin capitals (İ for и/й, I for і) and back."""
    capitals = to_latin(cyrillic.upper())
    assert capitals and not any(char.islower() for char in capitals)
    assert len(capitals) == len(latin)
    assert to_cyrillic(capitals) == (back or cyrillic).upper()
    assert to_latin(to_cyrillic(capitals)) == capitals


def test_the_lossy_rows_are_the_documented_losses():
    lossy = {cyrillic for cyrillic, _, back in WORDS if back}
    assert lossy == {
        "гауһар", "жиһаз", "подъезд", "объект", "пьеса", "поэзия", "цифр", "полиция", "мозаика",
        "Ясауи",
    }  # fmt: skip


def test_the_dotted_and_dotless_capitals():
    assert to_latin("Іс") == "Is"
    assert to_latin("ІС") == "IS"
    assert to_latin("Ине") == "İne"
    assert to_latin("ИІ") == "İI"
    assert to_latin("Йод") == "İod"
    assert to_latin("Қазақстан") == "Qazaqstan"
    assert to_latin("ҚАЗАҚСТАН") == "QAZAQSTAN"
    assert to_cyrillic("Is") == "Іс"
    assert to_cyrillic("IS") == "ІС"
    assert to_cyrillic("İne") == "Ине"
    assert to_cyrillic("İI") == "ИІ"
    assert to_cyrillic("QAZAQSTAN") == "ҚАЗАҚСТАН"


def test_a_capital_of_two_letters_follows_its_word():
    assert to_latin("Юрист") == "Iurist"
    assert to_latin("ЮРИСТ") == "IURİST"  # и is İ in capitals
    assert to_latin("Щ") == "Şş"
    assert to_latin("Щ.") == "Şş."
    assert to_latin("ЩЕТКА") == "ŞŞETKA"
    assert to_latin("Щетка") == "Şşetka"
    assert to_latin("ШАШ") == "ŞAŞ"
    assert to_latin("Чемпион") == "Chempion"
    assert to_latin("ЦИФР") == "TSİFR"
    assert to_latin("ЁЛКА") == "IOLKA"
    assert to_latin("ДАРИЯ") == "DARİIA"  # the last letter: its word is in capitals
    assert to_latin("Дария") == "Dariia"
    assert to_cyrillic("Iurist") == "Юрист"
    assert to_cyrillic("IURİST") == "ЮРИСТ"
    assert to_cyrillic("ŞŞETKA") == "ЩЕТКА"
    assert to_cyrillic("Şş") == "Щ"
    assert to_cyrillic("DARİIA") == "ДАРИЯ"


def test_kazakh_latin_lower():
    assert kazakh_latin_lower("İIıi") == "iııi"
    assert (
        kazakh_latin_lower("İNE IS QAZAQSTAN ŞŞ Ä Ğ Ñ Ö Ū Ü") == "ine ıs qazaqstan şş ä ğ ñ ö ū ü"
    )
    assert len(kazakh_latin_lower("İ")) == 1  # str.lower() gives i + U+0307
    assert to_cyrillic(kazakh_latin_lower(to_latin("ҚҰҚЫҚ ЖӘНЕ ТЕҢІЗ"))) == "құқық және теңіз"


@pytest.mark.parametrize("cyrillic, latin, back", WORDS)
def test_a_word_lowered_by_the_kazakh_rules_reads_back(cyrillic, latin, back):
    """Title case and capitals, lowered by kazakh_latin_lower (I → ı even in «Iu»), still read."""
    for written in (cyrillic[:1].upper() + cyrillic[1:], cyrillic.upper()):
        lowered = kazakh_latin_lower(to_latin(written))
        assert to_cyrillic(lowered) == (back or cyrillic).lower()


def test_the_i_of_an_iotated_vowel_may_be_dotless_but_never_dotted_capital():
    assert kazakh_latin_lower("Iurist") == "ıurist"
    assert to_cyrillic("ıurist") == "юрист"
    assert to_cyrillic("dariıa") == "дария"
    assert to_cyrillic("ıolka") == "ёлка"
    assert to_cyrillic("İordaniia") == "Иордания"
    assert to_cyrillic("iordaniia") == "ёрдания"  # lower case loses the difference


def test_a_query_decomposed_or_lowered_by_python_still_reads():
    assert to_cyrillic("İne".lower()) == "ине"  # "i̇ne": i and a combining dot
    assert to_cyrillic("as\u0327") == "аш"  # s + combining cedilla
    assert to_cyrillic("ta\u0308u") == "тәу"


@pytest.mark.parametrize(
    "text",
    [
        "https://tendik.kz/kk/articles/2024/?page=2#top",
        "Wagtail 8.0",
        "info@tendik.kz",
        "1 234,56 ₸ — 100% (2021)",
        "«» … – — ; : ! ? \t\n",
        "Hello, World! ÄÖÜ ß ç",
        "Ελληνικά 中文 עברית",
    ],
)
def test_what_is_not_kazakh_cyrillic_is_left_alone(text):
    assert to_latin(text) == text


def test_mixed_text_converts_only_the_cyrillic():
    assert to_latin("Wagtail 8.0 — Қазақстан, 2021 ж.") == "Wagtail 8.0 — Qazaqstan, 2021 j."
    assert to_latin("tendik.kz/kk/құқық/") == "tendik.kz/kk/qūqyq/"
    assert to_cyrillic("1 234, 2021 j.") == "1 234, 2021 ж."


def test_every_cyrillic_letter_is_mapped_in_both_cases():
    for letter, latin in CYRILLIC_TO_LATIN.items():
        assert to_latin(letter) == latin
        capital = to_latin(letter.upper())
        assert capital == "" if latin == "" else capital != latin
        assert all(ord(char) < 0x400 or ord(char) > 0x4FF for char in capital)


def test_the_slug_transliteration_is_unchanged():
    """The reader's script never touches slugs: cms.transliteration keeps its ASCII table."""
    assert transliteration.make_slug("Қазақстандағы кемсітушілік") == "qazaqstandaghy-kemsitushilik"
    assert to_latin("Қазақстандағы кемсітушілік") == "Qazaqstandağy kemsıtuşılık"


def test_the_script_constants():
    assert (CYRILLIC_SCRIPT, LATIN_SCRIPT) == ("cyrl", "latn")
    assert SCRIPTS == ("cyrl", "latn")


HTML = '<p>Құқық <a href="/kk/құқық/" class="x">қорғау</a> &amp; <code>қ</code><!-- ә --></p>'


def test_latin_html_converts_text_and_keeps_markup():
    assert latin_html(HTML) == (
        '<p>Qūqyq <a href="/kk/құқық/" class="x">qorğau</a> &amp; <code>қ</code><!-- ә --></p>'
    )


def test_latin_html_converts_alt_and_title_only():
    html = (
        "<img src='/media/әйел.jpg' ALT='Әйел мен бала' data-title=\"ә\" width=10>"
        '<abbr title="Қазақстан Республикасы" lang=kk>ҚР</abbr>'
        "<span title=Алматы>ә</span>"
    )
    assert latin_html(html) == (
        "<img src='/media/әйел.jpg' ALT='Äiel men bala' data-title=\"ә\" width=10>"
        '<abbr title="Qazaqstan Respublikasy" lang=kk>QR</abbr>'
        "<span title=Almaty>ä</span>"
    )


def test_latin_html_keeps_verbatim_elements_references_and_declarations():
    html = (
        "<!DOCTYPE html><?xml ә?><script>var a = 'ә';</script><style>p::after{content:'ә'}</style>"
        "<pre>ә <b>қ</b></pre>ә&#1179;&#x49b;&nbsp;&unknown;<![CDATA[ә]]>"
        "<br/><BR>\nжаңа\nжол<P CLASS=Ә>ә</P>"
    )
    assert latin_html(html) == (
        "<!DOCTYPE html><?xml ә?><script>var a = 'ә';</script><style>p::after{content:'ә'}</style>"
        "<pre>ә <b>қ</b></pre>ä&#1179;&#x49b;&nbsp;&unknown;<![CDATA[ә]]>"
        "<br/><BR>\njaña\njol<P CLASS=Ә>ä</P>"
    )


@pytest.mark.parametrize(
    "html",
    [
        "",
        "ә",
        "<p>ә",
        "ә</p>",
        "<p title='ә>ә</p>",
        "<a href=x title=ә",
        "<!-- ә",
        "<ә>ә</ә>",
        "< ә > ә",
        "a < b > ә &",
        "&#;&#x;&amp ә &",
        "</>ә</ p>ә<//>",
        "<code>ә<code>ә</code>ә</code>ә",
        "<script>ә",
        "<p\nclass=x\n>ә\n</p\n>",
    ],
)
def test_latin_html_on_malformed_html_only_changes_cyrillic_letters(html):
    converted = latin_html(html)
    assert isinstance(converted, str)
    _assert_only_letters_changed(html, converted)


def test_latin_html_on_random_fragments():
    """Random soup of markup pieces: never raises, ASCII stays byte for byte."""
    pieces = [
        "<p>", "</p>", "<a href='ә'>", "</a>", "<code>", "</code>", "<!--", "-->", "&amp;", "&",
        "<", ">", "'", '"', "=", " ", "\n", "ә", "Қ", "ш", "ю", "<img alt=ә title='Ю'/>",
        "<script>", "</script>", "<![CDATA[", "]]>", "<!", "<?", "&#1179;", "</", "/>",
    ]  # fmt: skip
    rng = random.Random(2021)
    for _ in range(500):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        ascii_only = "".join(char for char in html if char.isascii())
        assert latin_html(ascii_only) == ascii_only
        _assert_only_letters_changed(html, latin_html(html))


def _assert_only_letters_changed(html, converted):
    """Removing the Cyrillic letters from the input and their Latin from the output gives the
    same bytes: markup is never re-serialised."""
    assert _strip(html) == _strip(converted)


def _strip(text):
    return "".join(char for char in text if not char.isalpha())


def test_latin_html_keeps_elements_marked_translate_no_and_converts_what_readers_see():
    html = (
        '<nav aria-label="Әліпби"><a href="/kk/script/cyrl/" translate="no">Кирилл '
        "<b>қ</b></a> <strong>Қазақша</strong>"
        '<input placeholder="Іздеу"><span translate="no"><span>Ә</span>Ғ</span>Ң</nav>'
    )
    assert latin_html(html) == (
        '<nav aria-label="Älıpbi"><a href="/kk/script/cyrl/" translate="no">Кирилл '
        "<b>қ</b></a> <strong>Qazaqşa</strong>"
        '<input placeholder="Izdeu"><span translate="no"><span>Ә</span>Ғ</span>Ñ</nav>'
    )
