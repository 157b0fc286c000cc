"""The terms search indexes and looks up, per language: each word as itself and as its stem.

A page's text becomes a set of terms: every word exactly (NFC, lower case, «ё» read as «е») and
its stem, marked with a leading «~» so that an exact word and a stem never meet by accident
(«закон» the word and «~закон» the stem of «законы»). Ranking (api/search.py) then tells an
exact match from a stem match by which of the two terms matched.

Stems are computed here, in Python, for every database: Russian and English by Snowball (the
algorithms behind PostgreSQL's `russian` and `english` configurations), Kazakh by
cms.kazakh_stemmer, which PostgreSQL has no equivalent of. PostgreSQL stores the terms as they
are (no configuration of its own stems them again), so PostgreSQL and SQLite index the same
terms and find the same pages.

Kazakh terms are stored in the 2021 Latin alphabet (cms.kazakh_script): a Cyrillic word is
stemmed, then written in Latin; a Latin word is read back into Cyrillic to be stemmed. So
«ақиқат» and «aqiqat» give the same terms, in a page and in a query alike.
"""

import re
import threading
import unicodedata

import snowballstemmer

from cms import kazakh_stemmer
from cms.kazakh_script import kazakh_latin_lower, to_cyrillic, to_latin

STEM_MARK = "~"
# Longer "words" are not words (a pasted hash, a URL without punctuation): left out of the index,
# which also keeps every term far below PostgreSQL's limit of 2,047 bytes per lexeme.
MAX_WORD_LENGTH = 60
# A query's words beyond this are ignored: each costs the database a lookup.
MAX_QUERY_WORDS = 12
LANGUAGES = ("ru", "kk", "en")

# Letters and digits; the underscore, which \w also matches, separates words, as in PostgreSQL's
# parser.
_WORD = re.compile(r"[^\W_]+")
_LATIN_LETTER = re.compile(r"[a-zäğıñöşūü]")

_SNOWBALL = {"ru": "russian", "en": "english"}

# Words too common to narrow a search: dropped from a query unless it has nothing else.
# (Indexed all the same, so a query of only such words still finds what holds them.)
RUSSIAN_STOP_WORDS = frozenset(
    """
    и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее
    мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть
    был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть
    надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда
    кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас
    были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот
    через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед
    иногда лучше чуть том нельзя такой им более всегда конечно всю между это как также
    """.split()
)
ENGLISH_STOP_WORDS = frozenset(
    """
    a an and are as at be but by for if in into is it no not of on or such that the their then
    there these they this to was will with about after all also am been before being between
    both can did do does doing down during each few from further had has have having he her
    here hers him his how i its itself just me more most my nor now off once only other our
    ours out over own same she should so some than them those through too under until up very
    we were what when where which while who whom why you your
    """.split()
)
STOP_WORDS = {
    "ru": RUSSIAN_STOP_WORDS,
    "en": ENGLISH_STOP_WORDS,
    # Kazakh stop words are Cyrillic; terms are compared in Latin.
    "kk": frozenset(to_latin(word) for word in kazakh_stemmer.KAZAKH_STOP_WORDS),
}

# A Snowball stemmer keeps its word in its own state while it works: one per thread.
_stemmers = threading.local()


def _snowball(language: str):
    stemmer = getattr(_stemmers, language, None)
    if stemmer is None:
        stemmer = snowballstemmer.stemmer(_SNOWBALL[language])
        setattr(_stemmers, language, stemmer)
    return stemmer


def words(text: str) -> list[str]:
    """The words of `text` in its original case (NFC: a decomposed letter is one letter)."""
    return _WORD.findall(unicodedata.normalize("NFC", text or ""))


def word_terms(word: str, language: str) -> tuple[str, str] | None:
    """(exact term, stem term) of one word in `language`; None for a word too long to index."""
    if len(word) > MAX_WORD_LENGTH:
        return None
    if language == "kk":
        # Kazakh Latin capitals first (I → ı, İ → i), then everything else.
        word = kazakh_latin_lower(word).replace("ё", "е")
        cyrillic = to_cyrillic(word) if _LATIN_LETTER.search(word) else word
        exact = kazakh_latin_lower(to_latin(word))
        stem = kazakh_latin_lower(to_latin(kazakh_stemmer.stem(cyrillic)))
    else:
        word = word.lower().replace("ё", "е")
        exact = word
        stem = _snowball(language).stemWord(word) if language in _SNOWBALL else word
    return exact, STEM_MARK + (stem or exact)


def index_terms(text: str, language: str) -> list[str]:
    """Every term of `text` (each word exact and as its stem), once each, sorted."""
    terms = set()
    for word in words(text):
        pair = word_terms(word, language)
        if pair is not None:
            terms.update(pair)
    return sorted(terms)


def stored_terms(terms) -> str:
    """Terms as stored in a text column: space-separated with a space at each end, so that
    " term " (LIKE '% term %') matches a whole term and nothing longer."""
    terms = list(terms)
    return f" {' '.join(terms)} " if terms else ""


def query_terms(query: str, language: str) -> list[tuple[str, str]]:
    """Per word of a reader's query, its (exact term, stem term), in the query's order, without
    repeats or stop words (unless the query has nothing else), at most MAX_QUERY_WORDS."""
    pairs = []
    for word in words(query):
        pair = word_terms(word, language)
        if pair is not None and pair not in pairs:
            pairs.append(pair)
    stop_words = STOP_WORDS.get(language, frozenset())
    meaningful = [pair for pair in pairs if pair[0] not in stop_words]
    return (meaningful or pairs)[:MAX_QUERY_WORDS]
