"""A Kazakh stemmer: one lower-case Cyrillic word in, its stem out, for search.

Kazakh is agglutinative: a word is a root followed by a chain of suffixes in a fixed order
(бала-лар-ы-на "to their children": root, plural, possessive, case). Search must find
«балаларына» from «бала», so pages and queries are both reduced to stems here and compared
whole. The stemmer peels suffixes off from the end inwards following that order, never
re-entering an outer layer once an inner one was removed:

    personal ending → case → possessive → plural → participle/verbal noun → tense/mood
    → negation → voice

Every suffix has the allomorphs Kazakh phonology gives it (-лар after vowels, -дар after
л м н ң з ж, -тар after voiceless consonants; back -лар vs front -лер by vowel harmony), and
it is only removed where that allomorph could really stand. A word often has several
possible analyses (жұмыс-ы / жұмы-сы); the one leaving the shortest stem is kept, the guards
below keep that choice from eating into roots. The stem is then made canonical, so that the
forms of one word that alternate at the root meet: final ғ/г/б are devoiced (аймағы → аймақ,
кітабы → кітап), a high vowel dropped before a vowel is put back (халқы → халық,
аузы → ауыз), and a root-final ы/і, which merges with suffixes (оқы-у → оқу), is dropped.

Measured by tests/test_kazakh_stemmer.py on the 3,697 distinct Cyrillic word forms of the
UD Kazakh-KTB treebank (tests/data/kk-ktb, CC BY-SA 4.0): recall 0.854 (of the 5,954 pairs
of forms sharing a lemma, the share given the same stem) and precision 0.875 (of the 5,812
pairs given the same stem, the share sharing a lemma). Matching the query as a prefix of the
word, the behaviour this replaces, scores recall 0.257 and precision 0.586 on the same data.

Limits (a rule-based stemmer without a dictionary cannot tell homographs apart):
- a bare converb of a one-syllable verb (келе, бара) loses its -а/-е, so a bare two-syllable
  noun of the same shape loses it too: «бала» gives «бал», while «балалар» gives «бала»;
- -ды/-ты, -сыз, -ым are both inflections and word-forming suffixes: «маңызды» (important)
  meets «маңыз» (importance), and «білім» (knowledge) is kept whole, so «білімім» (my
  knowledge) does not meet it;
- the derivational suffixes (-лық, -шы, -сыз, -дай as in жағдай) are left on: derived words
  are words of their own in the dictionary and in the treebank's lemmas;
- irregular verbs (тауып from тап, боп from бол) and colloquial contractions are not handled;
- loanwords follow the same rules (мемлекетін is read as мемлек-етін, a participle).
"""

import functools
import re

_CYRILLIC_WORD = re.compile(r"[а-яёәғқңөұүһі]+")

VOWELS = frozenset("аәеёиоөұүыіэюя")
# Vowel harmony: a suffix's vowel is back after a back-vowel stem and front after a front one.
BACK = frozenset("аоұыя")
FRONT = frozenset("әөүіеэ")
VOICELESS = frozenset("кқпстфхцчшщ")
# Sonorants (and у, й, which behave like them) let -лар, -ма, -мен follow directly.
SONORANT = frozenset("лмнңрйу")

MIN_STEM = 2  # ел, үй, ал, ат: two-letter roots are common, but never strip below two letters

# The layers, outermost first. A suffix may only be removed if its layer lies further in than
# the last one removed, which is Kazakh morphotactics read from the end of the word.
PERSONAL, CASE, POSSESSIVE, PLURAL, NOMINAL, TENSE, NEGATION, VOICE = range(8)

# What the letter before a suffix must be, so that this allomorph could stand there.
_BEFORE = {
    "any": lambda prev, rest: True,
    "vowel": lambda prev, rest: prev in VOWELS,
    "consonant": lambda prev, rest: prev not in VOWELS,
    "voiceless": lambda prev, rest: prev in VOICELESS,
    "voiced": lambda prev, rest: prev not in VOICELESS,
    "vowel or sonorant": lambda prev, rest: prev in VOWELS or prev in SONORANT,
    # -сы, -ны, -ңыз follow a vowel, but hardly ever ы/і: a stem in -ы/-і is rare, and
    # «жұмысы» is жұмыс-ы, not жұмы-сы.
    "vowel not ы/і": lambda prev, rest: prev in VOWELS and prev not in "ыі",
    "vowel not ы/і, or й": lambda prev, rest: (prev in VOWELS and prev not in "ыі") or prev == "й",
    # -на, -нда, -нан, -н: the case endings that follow the third-person possessive -ы/-і.
    "possessive ы/і": lambda prev, rest: prev in "ыі",
    "possessive ы/і or nasal": lambda prev, rest: prev in "ыімнң",
    "vowel or nasal": lambda prev, rest: prev in VOWELS or prev in "мнң",
    "voiced, not nasal": lambda prev, rest: prev not in VOICELESS and prev not in "мнң",
    "vowel or р й у": lambda prev, rest: prev in VOWELS or prev in "рйу",
    "vowel or л р й у": lambda prev, rest: prev in VOWELS or prev in "лрйу",
    "л м н ң з ж": lambda prev, rest: prev in "лмнңзж",
    "м н ң з ж": lambda prev, rest: prev in "мнңзж",
    # The passive -л, -н of verbs in -а/-е (жаса-л-ды); -н only after the common verb-forming
    # -ла/-да/-та (қабылда-н-ды), since a noun may end in -ан/-ен.
    "verb in а/е": lambda prev, rest: prev in "ае",
    "verb in -ла/-да/-та": lambda prev, rest: prev in "ае" and len(rest) >= 2 and rest[-2] in "лдт",
}

# (layer, the letter before, does the suffix follow vowel harmony, the suffixes)
_SUFFIXES = [
    # Personal endings of verbs and predicates: айта-мын, жасай-мыз, біле-сіз. -сыз after a
    # consonant is the suffix "without" (тілсіз), a word of its own, so it is left on.
    (PERSONAL, "vowel not ы/і, or й", True, "мын мін мыз міз сың сің сыз сіз сыңдар сіңдер"),
    (PERSONAL, "vowel not ы/і, or й", True, "сыздар сіздер"),
    (PERSONAL, "м н ң з ж", True, "бын бін быз біз"),
    (PERSONAL, "voiceless", True, "пын пін пыз піз"),
    # Case. Genitive -ның/-дың/-тың.
    (CASE, "vowel or nasal", True, "ның нің"),
    (CASE, "л м н ң з ж", True, "дың дің"),
    (CASE, "vowel or р й у", True, "дың дің"),
    (CASE, "voiceless", True, "тың тің"),
    # Dative -ға/-қа, and -а/-е after the possessives -ым/-ың (басыма, еліңе).
    (CASE, "voiced", True, "ға ге"),
    (CASE, "voiceless", True, "қа ке"),
    (CASE, "consonant", True, "ыңа іңе ыма іме"),
    (CASE, "vowel not ы/і", True, "ңа ңе"),
    # After the third-person possessive the case endings take н: баласы-на, үйі-нде, елі-н.
    (CASE, "possessive ы/і", True, "на не н нда нде ндан нден ндағы ндегі"),
    (CASE, "possessive ы/і or nasal", True, "нан нен"),
    # Accusative, locative, ablative, and the locative adjective -дағы.
    (CASE, "vowel not ы/і", True, "ны ні"),
    (CASE, "voiced", True, "ды ді да де дағы дегі"),
    (CASE, "voiced, not nasal", True, "дан ден"),
    (CASE, "voiceless", True, "ты ті та те тан тен тағы тегі"),
    # The instrumental does not follow vowel harmony (балалар-мен).
    (CASE, "vowel or sonorant", False, "мен менен"),
    (CASE, "м н ң з ж", False, "бен бенен"),
    (CASE, "voiceless", False, "пен пенен"),
    # The similative -дай/-тай (келгендей); see the guard in _candidates.
    (CASE, "voiced", True, "дай дей"),
    (CASE, "voiceless", True, "тай тей"),
    # Possessive. -ым/-ім "my" is left out on purpose: it is also the suffix that makes nouns
    # from verbs (біл-ім, сен-ім), and stripping it would merge «білім» with «біл». The bare
    # -м/-ң after a vowel (балам) are left out too: «адам», «білім» end so.
    (POSSESSIVE, "consonant", True, "ың ің ы і ымыз іміз ыңыз іңіз"),
    (POSSESSIVE, "vowel not ы/і", True, "мыз міз ңыз ңіз сы сі"),
    # Plural + possessive in one piece, so the plural's allomorph is checked.
    (POSSESSIVE, "vowel or р й у", True, "лары лері ларың лерің ларыңыз леріңіз ларымыз леріміз"),
    (POSSESSIVE, "л м н ң з ж", True, "дары дері дарың дерің дарыңыз деріңіз дарымыз деріміз"),
    (POSSESSIVE, "voiceless", True, "тары тері тарың терің тарыңыз теріңіз тарымыз теріміз"),
    (PLURAL, "vowel or р й у", True, "лар лер"),
    (PLURAL, "л м н ң з ж", True, "дар дер"),
    (PLURAL, "voiceless", True, "тар тер"),
    # Participles and verbal nouns, which then take the noun's endings (жасаған-да, болу-ы).
    (NOMINAL, "voiced", True, "ған ген"),
    (NOMINAL, "voiceless", True, "қан кен"),
    (NOMINAL, "consonant", True, "атын етін"),
    (NOMINAL, "vowel", True, "йтын йтін"),
    (NOMINAL, "any", True, "у уы уі ушы уші"),
    (NOMINAL, "any", True, "қым қысы ғым ғысы кім кісі гім гісі"),  # "want to": айтқысы
    (NOMINAL, "vowel or sonorant", True, "мақ мек"),
    (NOMINAL, "м н ң з ж", True, "бақ бек"),
    (NOMINAL, "voiceless", True, "пақ пек"),
    # Tense and mood: present -а/-е/-й + personal ending, present third person -ады/-йды
    # (оқи-ды = оқы-йды), past -ды/-ты with its persons, converb -ып/-п, conditional -са,
    # imperative -сын, -айын, -айық, future -ар + personal ending.
    (TENSE, "consonant", True, "ады еді ып іп а е айын ейін айық ейік иды иді"),
    (TENSE, "consonant", True, "арсың ерсің армын ермін арсыз ерсіз армыз ерміз"),
    (TENSE, "vowel", True, "йды йді п й йын йін йық йік"),
    (TENSE, "voiced", True, "ды ді дым дім дың дің дық дік дыңыз діңіз дыңдар діңдер"),
    # -тық/-тік is left out: after a voiceless consonant it is mostly the adjective suffix
    # (құқықтық, халықтық), a word of its own.
    (TENSE, "voiceless", True, "ты ті тым тім тың тің тыңыз тіңіз тыңдар тіңдер"),
    (TENSE, "any", True, "са се сам сем саң сең сақ сек"),
    (TENSE, "consonant", True, "сын сін сыншы сінші"),
    # Negation -ма/-ба/-па, with the present -й and the aorist -с.
    (NEGATION, "vowel or л р й у", True, "ма ме май мей мас мес"),
    (NEGATION, "м н ң з ж", True, "ба бе бай бей"),
    (NEGATION, "voiceless", True, "па пе пай пей"),
    # Voice: passive/reflexive -ыл/-ын (алын-ды, ашыл-ды). The treebank's lemmas drop it.
    # The reciprocal -ыс is left on: too many nouns end in -ыс (жұмыс, табыс).
    (VOICE, "consonant", True, "ыл іл ын ін"),
    (VOICE, "verb in а/е", True, "л"),
    (VOICE, "verb in -ла/-да/-та", True, "н"),
]

_RULES: dict[str, list[tuple[int, str, bool]]] = {}
for _layer, _before, _harmonic, _text in _SUFFIXES:
    for _suffix in _text.split():
        _RULES.setdefault(_suffix, []).append((_layer, _before, _harmonic))
_LONGEST = max(map(len, _RULES))

# Verbal endings that may follow a two-letter root of consonant + vowel (де-ген, же-п, де-ді);
# other endings after such a pair are more likely to cut a noun (су, ту) to nothing.
_AFTER_OPEN_ROOT = frozenset("ген ді п уші сең ме мей мейді йтін йік".split())


def _harmony(text: str, from_end: bool = True) -> str | None:
    for character in reversed(text) if from_end else text:
        if character in BACK:
            return "back"
        if character in FRONT:
            return "front"
    return None


def _syllables(text: str) -> int:
    return sum(1 for character in text if character in VOWELS)


def _stem_is_possible(rest: str, suffix: str) -> bool:
    """Could `rest` be a Kazakh stem once `suffix` is taken off?"""
    if len(rest) < MIN_STEM or not any(character in VOWELS for character in rest):
        return False
    if len(rest) == 2:
        vowel_consonant = rest[0] in VOWELS and rest[1] not in VOWELS  # ел, ал, үй
        open_root = rest[0] not in VOWELS and rest[1] in VOWELS  # де, же
        if not vowel_consonant and not (open_root and suffix in _AFTER_OPEN_ROOT):
            return False
    # A one-consonant suffix (-н, -п, -й, -л) needs three letters left: тап is not та-п.
    if len(suffix) == 1 and suffix not in VOWELS and suffix != "у" and len(rest) < 3:
        return False
    return True


def _ends_in_cluster(rest: str) -> bool:
    """Two final consonants: a stem ends so only in -т (айт, тарт) or by elision (халқ-ы)."""
    return len(rest) >= 2 and rest[-1] not in VOWELS and rest[-2] not in VOWELS and rest[-1] != "т"


def _ends_in_obstruent_pair(rest: str) -> bool:
    """Two final obstruents (-қс, -кс): no stem ends so before a consonant, but -ст and -шт."""
    return (
        len(rest) >= 2
        and all(ch not in VOWELS and ch not in SONORANT for ch in rest[-2:])
        and rest[-2:] not in ("ст", "шт")
    )


def _candidates(word: str, last: int):
    """Each (rest, layer) one suffix further in than layer `last` can leave."""
    for size in range(1, min(_LONGEST, len(word) - MIN_STEM) + 1):
        suffix = word[-size:]
        rules = _RULES.get(suffix)
        if not rules:
            continue
        rest = word[:-size]
        if not _stem_is_possible(rest, suffix):
            continue
        for layer, before, harmonic in rules:
            if layer <= last:
                continue  # morphotactics: never go back out
            if not _BEFORE[before](rest[-1], rest):
                continue
            if harmonic:
                suffix_harmony, stem_harmony = _harmony(suffix, from_end=False), _harmony(rest)
                if suffix_harmony and stem_harmony and suffix_harmony != stem_harmony:
                    continue
            if suffix[0] not in VOWELS and suffix[0] != "у" and _ends_in_obstruent_pair(rest):
                continue  # қазақстан is not қазақс-тан
            if layer in (TENSE, NOMINAL) and suffix[0] in "аеыі" and _ends_in_cluster(rest):
                continue  # қабылдады is қабылда-ды, not қабылд-ады
            if suffix in ("а", "е", "й"):
                # The present stem -а/-е/-й is only certain before a personal ending
                # (айт-а-мын). A bare converb (келе, бара) is stripped only from a
                # one-syllable root: two-syllable words in -а/-е are mostly nouns (мәселе).
                if last == PERSONAL:
                    pass
                elif last == -1 and suffix != "й" and _syllables(rest) == 1:
                    pass
                else:
                    continue
            if last == PERSONAL and layer in (CASE, POSSESSIVE, PLURAL):
                continue  # a personal ending after a case ending is rare; ұстай-мын is a verb
            if suffix[0] in "мбп" and layer == NOMINAL and len(rest) < 3:
                continue  # аймақ is not ай-мақ
            if suffix in ("дай", "дей", "тай", "тей") and _syllables(rest) < 2:
                continue  # жағдай, қандай are words; келгендей is келген-дей
            if layer == VOICE and last < NOMINAL:
                continue  # voice only inside a verb form: орын, жылы are not verbs
            if layer == NEGATION and last < NOMINAL and len(suffix) == 2:
                continue  # a bare -ма/-ме ends nouns (бағдарлама, көрме) more than verbs
            yield rest, layer


def _parses(word: str, last: int):
    yield word
    for rest, layer in _candidates(word, last):
        yield from _parses(rest, layer)


def _strip(word: str) -> str:
    """The shortest stem any analysis of `word` allows (ties: alphabetical, to be stable)."""
    return min(_parses(word, -1), key=lambda stem: (len(stem), stem))


_DEVOICE = {"ғ": "қ", "г": "к", "б": "п"}


def _canonical(stem: str) -> str:
    # A root-final ы/і merges with suffixes (оқы-у → оқу, оқы-йды → оқиды) and is the same
    # letter as the possessive (үлгі / үлгі-сі), so it is dropped.
    if len(stem) >= 3 and stem[-1] in "ыі" and stem[-2] not in VOWELS:
        stem = stem[:-1]
    # Stem-final voicing: қ, к, п become ғ, г, б between vowels (аймақ/аймағы, кітап/кітабы);
    # write the stem with the voiceless letter.
    if stem and stem[-1] in _DEVOICE:
        stem = stem[:-1] + _DEVOICE[stem[-1]]
    # Vowel elision: халық/халқы, ауыз/аузы, орын/орны lose the high vowel of their last
    # syllable before a vowel. A stem ending vowel + two consonants (other than a final -т, as
    # in айт, тарт) gets that vowel back, ы or і by harmony.
    if (
        len(stem) >= 3
        and stem[-1] not in VOWELS
        and stem[-2] not in VOWELS
        and stem[-1] != "т"
        and stem[-1] != stem[-2]
        and stem[-3] in VOWELS
    ):
        high = "і" if _harmony(stem) == "front" else "ы"
        stem = stem[:-1] + high + stem[-1]
    return stem


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The stem of one lower-case Kazakh word; a word that is not Cyrillic comes back as is."""
    if not _CYRILLIC_WORD.fullmatch(word):
        return word
    # ю after a vowel is й + у (қою = қой-у, сүюге = сүй-у-ге): spell it out so the
    # verbal noun -у can be seen.
    if "ю" in word:
        word = re.sub(r"(?<=[аәеоөұүыі])ю", "йу", word)
    result = _strip(word)
    # A stem changed by voicing or elision is analysed again as if it were a bare word, so
    # that кітабы (→ кітап) ends where кітап does.
    for _ in range(2):
        canonical = _canonical(result)
        if canonical == result:
            break
        result = _strip(canonical)
    return _canonical(result) or word


# Function words that carry no meaning for search: conjunctions, postpositions, particles,
# pronouns and the copulas. (A general list, not taken from the evaluation data.)
KAZAKH_STOP_WORDS = frozenset(
    """
    және мен бен пен да де та те бұл сол осы ол олар біз сіз сен үшін туралы бойынша арқылы
    сияқты ғана тек әр бір еді екен емес жоқ бар не ма ме ба бе па пе ғой қалай қандай
    кім ал бірақ немесе яғни т.б. дейін кейін соң шейін гөрі қарай тағы әлі енді сондай
    мұндай осындай барлық бәрі өз өзі оның мұның соның бұның оны мұны соны бұны оған мұған
    соған бұған осының осыны осыған егер әрі әлде
    """.split()
)


def is_stop_word(word: str) -> bool:
    return word in KAZAKH_STOP_WORDS
