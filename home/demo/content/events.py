"""The events section: the NGO's conference, trainings, workshops, seminars and discussions,
their audience categories and the fictional speakers of the conference programme (demo content).

Plain data, read by ``manage.py seed_demo``; see FORMAT.md for the format.

The events follow the LPRC's own project descriptions: what each event was, for whom, its dates,
cities and participant numbers come from them, and so do the years:

- the national conference of 28 November: 2023 (the anti-discrimination project it belongs to ran
  from 1 September 2022 to 28 February 2024; the campaign page says 2023 too);
- the three two-day trainings of 30 September – 5 October in Nur-Sultan, Shymkent and Almaty:
  2019 (the project ran from January 2019 to January 2021; the trainings are reported before the
  online seminars of August–September 2020, and the capital was called Nur-Sultan from 2019);
- the online seminar series of 28 August – 12 September: 2020 (stated);
- the workshop on applications to the UN Human Rights Committee of 14 November: 2020 (reported as
  planned after the seminars of 2020).

Where the descriptions are silent, the demo picks plausible values and says so with a "demo"
comment: the hours of every event, the order of the three training cities, the days of the two
2023 workshops and of the Legal Policy Concept discussion, the format of a few events. No venue
or address is invented: in-person events name their city only. The last event is not from the
descriptions: it is the demo's upcoming event, dated from the day the demo is loaded, so that the
site always has one event open for registration.

The stream and recording links are DEMO links (accounts named "tendik-demo"), not the NGO's
channels. They differ by language, as on the real conference: YouTube for Russian (and English),
Facebook for Kazakh.
"""

# Demo links: placeholders of the demo's own, not the NGO's real channels.
YOUTUBE_LIVE = "https://www.youtube.com/@tendik-demo/live"
YOUTUBE_VIDEOS = "https://www.youtube.com/@tendik-demo/videos"
FACEBOOK_LIVE = "https://www.facebook.com/tendik.demo/live"
FACEBOOK_VIDEOS = "https://www.facebook.com/tendik.demo/videos"

# Russian on YouTube, Kazakh on Facebook; English readers are sent to the Russian stream.
STREAM = {"ru": YOUTUBE_LIVE, "kk": FACEBOOK_LIVE, "en": YOUTUBE_LIVE}
RECORDING = {"ru": YOUTUBE_VIDEOS, "kk": FACEBOOK_VIDEOS, "en": YOUTUBE_VIDEOS}

EVENT_INDEX = {
    "title": {"ru": "События", "kk": "Іс-шаралар", "en": "Events"},
    "intro": {
        "ru": (
            "<p>Конференции, тренинги, семинары и публичные обсуждения ЦИПП и партнёров: "
            "программы, спикеры, трансляции и записи.</p>"
        ),
        "kk": (
            "<p>Құқықтық саясатты зерттеу орталығы мен серіктестерінің конференциялары, "
            "тренингтері, семинарлары және көпшілік талқылаулары: бағдарламалар, спикерлер, "
            "трансляциялар мен жазбалар.</p>"
        ),
        "en": (
            "<p>Conferences, training sessions, workshops and public discussions held by the LPRC "
            "and its partners: programmes, speakers, live streams and recordings.</p>"
        ),
    },
}

AUDIENCES = [
    {"key": "journalists", "name": {"ru": "Журналисты", "kk": "Журналистер", "en": "Journalists"}},
    {"key": "bloggers", "name": {"ru": "Блогеры", "kk": "Блогерлер", "en": "Bloggers"}},
    {
        "key": "lawyers",
        "name": {
            "ru": "Юристы и адвокаты",
            "kk": "Заңгерлер мен адвокаттар",
            "en": "Lawyers and defence lawyers",
        },
    },
    {
        "key": "human-rights-defenders",
        "name": {
            "ru": "Правозащитники",
            "kk": "Құқық қорғаушылар",
            "en": "Human rights defenders",
        },
    },
    {
        "key": "ngo-staff",
        "name": {"ru": "Сотрудники НПО", "kk": "ҮЕҰ қызметкерлері", "en": "NGO staff"},
    },
    {"key": "students", "name": {"ru": "Студенты", "kk": "Студенттер", "en": "Students"}},
    {
        "key": "civil-servants",
        "name": {
            "ru": "Государственные служащие",
            "kk": "Мемлекеттік қызметшілер",
            "en": "Civil servants",
        },
    },
    {
        "key": "business",
        "name": {
            "ru": "Бизнес и работодатели",
            "kk": "Бизнес және жұмыс берушілер",
            "en": "Business and employers",
        },
    },
]

# The conference programme's speakers: FICTIONAL people (cms.Author snippets, like the demo
# authors of taxonomy.py), each with one of the roles the conference report names. The real
# speakers are named only in the campaign's text, never given a profile.
SPEAKERS = [
    {
        "key": "dana-seitkali",
        "name": {"ru": "Дана Сейткали", "kk": "Дана Сейітқали", "en": "Dana Seitkali"},
        "role": {
            "ru": "Программный специалист международной инициативы по гендерному равенству",
            "kk": "Гендерлік теңдік жөніндегі халықаралық бастаманың бағдарлама маманы",
            "en": "Programme officer, international gender equality initiative",
        },
        "bio": {
            "ru": (
                "Вымышленный спикер демонстрационного контента. Программный специалист "
                "международной инициативы, которая поддерживает проекты по гендерному равенству в "
                "Центральной Азии. Профиль не описывает реального человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған спикері. Орталық Азиядағы гендерлік "
                "теңдік жобаларын қолдайтын халықаралық бастаманың бағдарлама маманы. Бұл профиль "
                "нақты адамды сипаттамайды."
            ),
            "en": (
                "A fictional speaker created for demo content: a programme officer at an "
                "international initiative supporting gender equality projects in Central Asia. "
                "The profile does not describe a real person."
            ),
        },
    },
    {
        "key": "ruslan-abenov",
        "name": {"ru": "Руслан Абенов", "kk": "Руслан Әбенов", "en": "Ruslan Abenov"},
        "role": {
            "ru": "Директор правозащитной организации",
            "kk": "Құқық қорғау ұйымының директоры",
            "en": "Director of a human rights organisation",
        },
        "bio": {
            "ru": (
                "Вымышленный спикер демонстрационного контента. Руководит правозащитной "
                "организацией и работает над антидискриминационным законодательством. Профиль не "
                "описывает реального человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған спикері. Құқық қорғау ұйымын басқарады "
                "және кемсітушілікке қарсы заңнама бойынша жұмыс істейді. Бұл профиль нақты адамды "
                "сипаттамайды."
            ),
            "en": (
                "A fictional speaker created for demo content: the head of a human rights "
                "organisation working on anti-discrimination legislation. The profile does not "
                "describe a real person."
            ),
        },
    },
    {
        "key": "timur-zhaksylykov",
        "name": {"ru": "Тимур Жаксылыков", "kk": "Тимур Жақсылықов", "en": "Timur Zhaksylykov"},
        "role": {
            "ru": "Старший юридический советник",
            "kk": "Аға заң кеңесшісі",
            "en": "Senior legal adviser",
        },
        "bio": {
            "ru": (
                "Вымышленный спикер демонстрационного контента. Готовит законопроекты о равенстве "
                "и защите от дискриминации. Профиль не описывает реального человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған спикері. Теңдік және кемсітушіліктен "
                "қорғау туралы заң жобаларын әзірлейді. Бұл профиль нақты адамды сипаттамайды."
            ),
            "en": (
                "A fictional speaker created for demo content: a senior legal adviser who drafts "
                "bills on equality and protection against discrimination. The profile does not "
                "describe a real person."
            ),
        },
    },
    {
        "key": "gulmira-sadykova",
        "name": {"ru": "Гульмира Садыкова", "kk": "Гүлмира Садықова", "en": "Gulmira Sadykova"},
        "role": {
            "ru": "Независимый консультант в области прав человека",
            "kk": "Адам құқықтары саласындағы тәуелсіз кеңесші",
            "en": "Independent human rights consultant",
        },
        "bio": {
            "ru": (
                "Вымышленный спикер демонстрационного контента. Исследует дискриминацию женщин и "
                "доступ пострадавших к правосудию. Профиль не описывает реального человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған спикері. Әйелдерге қатысты "
                "кемсітушілікті және зардап шеккендердің сот төрелігіне қол жеткізуін зерттейді. "
                "Бұл профиль нақты адамды сипаттамайды."
            ),
            "en": (
                "A fictional speaker created for demo content: an independent consultant who "
                "researches discrimination against women and victims' access to justice. The "
                "profile does not describe a real person."
            ),
        },
    },
    {
        "key": "nurlan-ospanov",
        "name": {"ru": "Нурлан Оспанов", "kk": "Нұрлан Оспанов", "en": "Nurlan Ospanov"},
        "role": {
            "ru": "Доктор юридических наук, директор регионального филиала правозащитной организации",
            "kk": "Заң ғылымдарының докторы, құқық қорғау ұйымының өңірлік филиалының директоры",
            "en": "Doctor of Law, director of a regional branch of a human rights organisation",
        },
        "bio": {
            "ru": (
                "Вымышленный спикер демонстрационного контента. Выступает за государственную "
                "политику противодействия харассменту в сфере труда. Профиль не описывает "
                "реального человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған спикері. Еңбек саласындағы "
                "харассментке қарсы мемлекеттік саясатты жақтайды. Бұл профиль нақты адамды "
                "сипаттамайды."
            ),
            "en": (
                "A fictional speaker created for demo content: a Doctor of Law who advocates a "
                "state policy against harassment in the world of work. The profile does not "
                "describe a real person."
            ),
        },
    },
    {
        "key": "aigerim-tulegenova",
        "name": {
            "ru": "Айгерим Тулегенова",
            "kk": "Әйгерім Төлегенова",
            "en": "Aigerim Tulegenova",
        },
        "role": {
            "ru": "Региональный директор исследовательского центра",
            "kk": "Зерттеу орталығының өңірлік директоры",
            "en": "Regional director of a research centre",
        },
        "bio": {
            "ru": (
                "Вымышленный спикер демонстрационного контента. Ведёт программы обучения для "
                "юристов и сотрудников правоохранительных органов. Профиль не описывает реального "
                "человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған спикері. Заңгерлер мен құқық қорғау "
                "органдарының қызметкерлеріне арналған оқу бағдарламаларын жүргізеді. Бұл профиль "
                "нақты адамды сипаттамайды."
            ),
            "en": (
                "A fictional speaker created for demo content: a regional director at a research "
                "centre who runs training programmes for lawyers and law enforcement officers. "
                "The profile does not describe a real person."
            ),
        },
    },
    {
        "key": "zhanar-baimukhanova",
        "name": {
            "ru": "Жанар Баймуханова",
            "kk": "Жанар Баймұханова",
            "en": "Zhanar Baimukhanova",
        },
        "role": {
            "ru": "PhD, преподаватель-профессор, эксперт в области медицинского права",
            "kk": "PhD, оқытушы-профессор, медициналық құқық саласының сарапшысы",
            "en": "PhD, teaching professor, expert in medical law",
        },
        "bio": {
            "ru": (
                "Вымышленный спикер демонстрационного контента. Изучает, как соблюдаются права "
                "пациенток, в том числе женщин с инвалидностью. Профиль не описывает реального "
                "человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған спикері. Пациент әйелдердің, соның "
                "ішінде мүгедектігі бар әйелдердің құқықтары қалай сақталатынын зерттейді. Бұл "
                "профиль нақты адамды сипаттамайды."
            ),
            "en": (
                "A fictional speaker created for demo content: an expert in medical law who "
                "studies how the rights of women patients, including women with disabilities, are "
                "respected. The profile does not describe a real person."
            ),
        },
    },
]

# Texts used by several sessions or events (one Russian string, one translation).
BREAK = {"ru": "Перерыв", "kk": "Үзіліс", "en": "Break"}
LUNCH = {"ru": "Обед", "kk": "Түскі ас", "en": "Lunch"}
WORKSHOP_PROGRAMME = {
    "ru": "Программа семинара",
    "kk": "Семинар бағдарламасы",
    "en": "Seminar programme",
}


# ---------------------------------------------------------------------------
# National conference, 28 November 2023 (anti-discrimination project; CFLI + UNDP Spotlight)
# ---------------------------------------------------------------------------
CONFERENCE_2023 = {
    "key": "conference-eliminating-discrimination-2023",
    "campaign": "equality-conference-2023",
    "title": {
        "ru": "Национальная конференция «Искоренение дискриминационных практик в Казахстане»",
        "kk": "«Қазақстандағы кемсітушілік тәжірибелерін жою» ұлттық конференциясы",
        "en": "National conference “Eliminating discriminatory practices in Kazakhstan”",
    },
    "summary": {
        "ru": (
            "Представители государственного и гражданского секторов обсудили, как обеспечить "
            "равенство и защиту от дискриминации в Казахстане и защитить женщин от дискриминации "
            "и харассмента. Трансляция шла на YouTube на русском и в Facebook на казахском."
        ),
        "kk": (
            "Мемлекеттік және азаматтық сектор өкілдері Қазақстанда теңдік пен кемсітушіліктен "
            "қорғауды қалай қамтамасыз етуге және әйелдерді кемсітушілік пен харассменттен қалай "
            "қорғауға болатынын талқылады. Трансляция YouTube-та орыс тілінде, Facebook-те қазақ "
            "тілінде жүрді."
        ),
        "en": (
            "Representatives of the public and civil sectors discussed how to ensure equality and "
            "protection from discrimination in Kazakhstan and protect women from discrimination "
            "and harassment. It was streamed on YouTube in Russian and on Facebook in Kazakh."
        ),
    },
    "kind": "conference",
    # Held with speakers in the room and streamed: hybrid. The report names no venue.
    "format": "hybrid",
    "languages": "ru,kk",
    "starts_at": "2023-11-28T10:00",  # demo hours; the day is the report's
    "ends_at": "2023-11-28T17:00",
    "topics": ["discrimination", "gender-equality", "harassment"],
    "audiences": [
        "civil-servants",
        "ngo-staff",
        "human-rights-defenders",
        "lawyers",
        "journalists",
    ],
    "speakers": [
        "dana-seitkali",
        "ruslan-abenov",
        "timur-zhaksylykov",
        "gulmira-sadykova",
        "nurlan-ospanov",
        "aigerim-tulegenova",
        "zhanar-baimukhanova",
        "maria-kim",
        "asel-nurlanova",
    ],
    "partners": ["kibhr", "lprc", "dfatd-cfli", "undp-spotlight"],
    "stream_url": STREAM,
    "recording_url": RECORDING,
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Конференцию организовали Казахстанское международное бюро по правам "
                    "человека и соблюдению законности и Центр исследования правовой политики при "
                    "поддержке Канадского фонда местных инициатив и региональной программы "
                    "Инициативы Spotlight ПРООН для Центральной Азии.</p>"
                    "<p>В центре обсуждения были концепция и проект закона о совете по "
                    "обеспечению равенства, ответственность за харассмент и дискриминация женщин "
                    "в разных сферах, включая медицинские услуги.</p>"
                    "<p>Участники поддержали рекомендации разработать понятийный аппарат в сфере "
                    "недискриминации и создать действенную нормативную среду для искоренения "
                    "дискриминационных практик.</p>"
                ),
                "kk": (
                    "<p>Конференцияны Канаданың жергілікті бастамалар қоры мен БҰҰДБ-ның Орталық "
                    "Азияға арналған Spotlight бастамасы өңірлік бағдарламасының қолдауымен Адам "
                    "құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросы мен "
                    "Құқықтық саясатты зерттеу орталығы ұйымдастырды.</p>"
                    "<p>Талқылаудың басты тақырыптары — теңдікті қамтамасыз ету жөніндегі кеңес "
                    "туралы заң жобасының тұжырымдамасы мен мәтіні, харассмент үшін жауапкершілік "
                    "және әйелдерге түрлі салаларда, соның ішінде медициналық қызмет көрсетуде "
                    "жасалатын кемсітушілік.</p>"
                    "<p>Қатысушылар кемсітушілікке жол бермеу саласында ұғымдық аппарат әзірлеу "
                    "және кемсітушілік тәжірибелерін жою үшін тиімді нормативтік орта қалыптастыру "
                    "туралы ұсынымдарды қолдады.</p>"
                ),
                "en": (
                    "<p>The conference was organised by the Kazakhstan International Bureau for "
                    "Human Rights and Rule of Law and the Legal Policy Research Centre, with "
                    "support from the Canada Fund for Local Initiatives and the UNDP Spotlight "
                    "Initiative regional programme for Central Asia.</p>"
                    "<p>The discussion centred on the concept and draft law on an equality "
                    "council, liability for harassment and discrimination against women in "
                    "different spheres, including healthcare.</p>"
                    "<p>Participants backed recommendations to develop a conceptual framework on "
                    "non-discrimination and create an effective regulatory environment for "
                    "eradicating discriminatory practices.</p>"
                ),
            },
        },
        {
            "type": "fact_box",
            "title": {
                "ru": "Трансляция и записи",
                "kk": "Трансляция және жазбалар",
                "en": "Live stream and recordings",
            },
            "html": {
                "ru": (
                    "<ul>"
                    "<li>На русском языке — трансляция и запись на YouTube.</li>"
                    "<li>На казахском языке — трансляция и запись в Facebook.</li>"
                    "<li>Программа конференции подготовлена на казахском и русском языках.</li>"
                    "</ul>"
                ),
                "kk": (
                    "<ul>"
                    "<li>Орыс тілінде — YouTube-тағы трансляция мен жазба.</li>"
                    "<li>Қазақ тілінде — Facebook-тегі трансляция мен жазба.</li>"
                    "<li>Конференция бағдарламасы қазақ және орыс тілдерінде дайындалды.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>In Russian: the live stream and recording on YouTube.</li>"
                    "<li>In Kazakh: the live stream and recording on Facebook.</li>"
                    "<li>The conference programme was prepared in Kazakh and Russian.</li>"
                    "</ul>"
                ),
            },
        },
    ],
    # Built from the roles the conference report names; the hours are the demo's.
    "programme": [
        {
            "date": "2023-11-28",
            "title": {"ru": "День конференции", "kk": "Конференция күні", "en": "Conference day"},
            "sessions": [
                {
                    "starts_at": "09:30",
                    "ends_at": "10:00",
                    "title": {
                        "ru": "Регистрация участников",
                        "kk": "Қатысушыларды тіркеу",
                        "en": "Registration of participants",
                    },
                },
                {
                    "starts_at": "10:00",
                    "ends_at": "10:20",
                    "title": {
                        "ru": "Открытие конференции",
                        "kk": "Конференцияның ашылуы",
                        "en": "Opening of the conference",
                    },
                    "description": {
                        "ru": (
                            "Приветственное слово: подход, основанный на правах человека, и связь "
                            "между сокращением гендерных разрывов и движением к инклюзии, "
                            "безопасности и справедливости."
                        ),
                        "kk": (
                            "Құттықтау сөз: адам құқықтарына негізделген тәсіл және гендерлік "
                            "алшақтықты қысқарту мен инклюзияға, қауіпсіздікке және әділдікке "
                            "қарай даму арасындағы байланыс."
                        ),
                        "en": (
                            "Welcome address: a human rights-based approach and the link between "
                            "closing gender gaps and progress towards inclusion, security and "
                            "equity."
                        ),
                    },
                    "speakers": ["dana-seitkali"],
                },
                {
                    "starts_at": "10:20",
                    "ends_at": "11:20",
                    "title": {
                        "ru": (
                            "Концепция и проект закона «О Совете по обеспечению равенства и "
                            "защите от дискриминации»"
                        ),
                        "kk": (
                            "«Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес "
                            "туралы» заң жобасы және оның тұжырымдамасы"
                        ),
                        "en": (
                            "The concept and draft law “On the Council for Ensuring Equality and "
                            "Protection against Discrimination”"
                        ),
                    },
                    "description": {
                        "ru": (
                            "Законопроект о специализированном совете и сопутствующие поправки к "
                            "антидискриминационному законодательству: понятийный аппарат, "
                            "институциональные и процедурные гарантии."
                        ),
                        "kk": (
                            "Мамандандырылған кеңес туралы заң жобасы және кемсітушілікке қарсы "
                            "заңнамаға ілеспе түзетулер: ұғымдық аппарат, институционалдық және "
                            "процестік кепілдіктер."
                        ),
                        "en": (
                            "The bill on a specialised council and the accompanying amendments to "
                            "anti-discrimination legislation: key definitions and institutional "
                            "and procedural safeguards."
                        ),
                    },
                    "speakers": ["ruslan-abenov", "timur-zhaksylykov"],
                },
                {"starts_at": "11:20", "ends_at": "11:40", "title": BREAK},
                {
                    "starts_at": "11:40",
                    "ends_at": "12:20",
                    "title": {
                        "ru": "Дискриминация женщин и доступ к правосудию",
                        "kk": "Әйелдерге қатысты кемсітушілік және сот төрелігіне қолжетімділік",
                        "en": "Discrimination against women and access to justice",
                    },
                    "description": {
                        "ru": (
                            "Почему без исчерпывающего определения дискриминации и ясных запретов "
                            "пострадавшие остаются без защиты."
                        ),
                        "kk": (
                            "Кемсітушіліктің толық анықтамасы мен нақты тыйымдар болмаса, зардап "
                            "шеккендер неліктен қорғаусыз қалады."
                        ),
                        "en": (
                            "Why victims are left unprotected without an exhaustive definition of "
                            "discrimination and clear prohibitions."
                        ),
                    },
                    "speakers": ["gulmira-sadykova"],
                },
                {
                    "starts_at": "12:20",
                    "ends_at": "13:00",
                    "title": {
                        "ru": "Государственная политика против харассмента и Конвенция МОТ № 190",
                        "kk": "Харассментке қарсы мемлекеттік саясат және ХЕҰ-ның № 190 конвенциясы",
                        "en": "State policy against harassment and ILO Convention No. 190",
                    },
                    "description": {
                        "ru": (
                            "Предложение безотлагательно присоединиться к Конвенции о ликвидации "
                            "насилия и домогательств в сфере труда."
                        ),
                        "kk": (
                            "Еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы "
                            "конвенцияға кідіріссіз қосылу ұсынысы."
                        ),
                        "en": (
                            "The proposal to accede without delay to the Convention on eliminating "
                            "violence and harassment in the world of work."
                        ),
                    },
                    "speakers": ["nurlan-ospanov"],
                },
                {"starts_at": "13:00", "ends_at": "14:00", "title": LUNCH},
                {
                    "starts_at": "14:00",
                    "ends_at": "14:40",
                    "title": {
                        "ru": "Подготовка правоохранителей, судей и адвокатов",
                        "kk": "Құқық қорғау органдарының қызметкерлерін, судьялар мен адвокаттарды даярлау",
                        "en": "Training for law enforcement officers, judges and lawyers",
                    },
                    "description": {
                        "ru": (
                            "Чему учить тех, кто расследует, доказывает и квалифицирует "
                            "правонарушения, связанные с харассментом и дискриминацией."
                        ),
                        "kk": (
                            "Харассмент пен кемсітушілікке байланысты құқық бұзушылықтарды "
                            "тергейтін, дәлелдейтін және саралайтын мамандарды неге оқыту керек."
                        ),
                        "en": (
                            "What those who investigate, prove and classify offences involving "
                            "harassment and discrimination need to learn."
                        ),
                    },
                    "speakers": ["aigerim-tulegenova"],
                },
                {
                    "starts_at": "14:40",
                    "ends_at": "15:20",
                    "title": {
                        "ru": "Дискриминация женщин при получении медицинских услуг",
                        "kk": "Медициналық қызмет алу кезінде әйелдерге қатысты кемсітушілік",
                        "en": "Discrimination against women in healthcare",
                    },
                    "description": {
                        "ru": (
                            "Стигматизация женщин с инвалидностью и давление на них со стороны "
                            "медицинского персонала."
                        ),
                        "kk": (
                            "Медицина қызметкерлері тарапынан мүгедектігі бар әйелдерге "
                            "көрсетілетін стигма мен қысым."
                        ),
                        "en": (
                            "Stigma and pressure that women with disabilities face from medical "
                            "staff."
                        ),
                    },
                    "speakers": ["zhanar-baimukhanova"],
                },
                {
                    "starts_at": "15:20",
                    "ends_at": "16:40",
                    "title": {
                        "ru": "Дискуссия: рекомендации конференции",
                        "kk": "Пікірталас: конференция ұсынымдары",
                        "en": "Discussion: the conference's recommendations",
                    },
                    "description": {
                        "ru": (
                            "Ответственность за харассмент, приказ министра труда с "
                            "рекомендациями работодателям и нормативное постановление Верховного "
                            "суда о квалификации правонарушений."
                        ),
                        "kk": (
                            "Харассмент үшін жауапкершілік, еңбек министрінің жұмыс берушілерге "
                            "ұсынымдар беретін бұйрығы және құқық бұзушылықтарды саралау туралы "
                            "Жоғарғы Соттың нормативтік қаулысы."
                        ),
                        "en": (
                            "Liability for harassment, an order of the Minister of Labour with "
                            "guidance for employers and a normative resolution of the Supreme "
                            "Court on classifying offences."
                        ),
                    },
                    "speakers": ["maria-kim", "asel-nurlanova"],
                },
                {
                    "starts_at": "16:40",
                    "ends_at": "17:00",
                    "title": {
                        "ru": "Подведение итогов и закрытие",
                        "kk": "Қорытынды және жабылу",
                        "en": "Summing up and closing",
                    },
                },
            ],
        }
    ],
}


# ---------------------------------------------------------------------------
# The two workshops of the anti-discrimination project (CFLI, 01.09.2022 - 28.02.2024).
# The project names them and their targets (at least 40 people each), not their days.
# ---------------------------------------------------------------------------
MEDIA_WORKSHOP = {
    "key": "media-workshop-non-discriminatory-language",
    "campaign": "anti-discrimination-law",
    "title": {
        "ru": "Онлайн-семинар для журналистов и блогеров: язык без дискриминации",
        "kk": "Журналистер мен блогерлерге арналған онлайн-семинар: кемсітусіз тіл",
        "en": "Online workshop for journalists and bloggers: language without discrimination",
    },
    "summary": {
        "ru": (
            "Семинар даёт журналистам и блогерам инструменты, чтобы писать о людях и группах "
            "корректно, без дискриминационных формулировок."
        ),
        "kk": (
            "Семинар журналистер мен блогерлерге адамдар мен топтар туралы әдепті, кемсітпейтін "
            "тілмен жазуға көмектесетін құралдар береді."
        ),
        "en": (
            "The workshop gives journalists and bloggers the tools to write about people and "
            "groups respectfully, without discriminatory wording."
        ),
    },
    "kind": "workshop",
    "format": "online",
    "languages": "ru,kk",
    "starts_at": "2023-04-13T10:00",  # demo day and hours, within the project's period
    "ends_at": "2023-04-13T16:00",
    "capacity": 40,  # "at least 40 journalists and bloggers"
    "topics": ["discrimination"],
    "audiences": ["journalists", "bloggers"],
    "speakers": ["asel-nurlanova", "maria-kim"],
    "partners": ["lprc", "dfatd-cfli"],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Проект ставит цель обучить этичным стандартам недискриминационного языка не "
                    "менее 40 журналистов и блогеров.</p>"
                    "<p>Участники разбирают, как формулировки в заголовках и текстах закрепляют "
                    "стереотипы, и учатся писать о дискриминации точно и уважительно.</p>"
                ),
                "kk": (
                    "<p>Жоба кемінде 40 журналист пен блогерді кемсітпейтін тілдің әдеп "
                    "стандарттарына оқытуды мақсат етеді.</p>"
                    "<p>Қатысушылар тақырыптар мен мәтіндердегі тұжырымдардың стереотиптерді қалай "
                    "бекітетінін талдап, кемсітушілік туралы дәл әрі құрметпен жазуды "
                    "үйренеді.</p>"
                ),
                "en": (
                    "<p>The project aims to train at least 40 journalists and bloggers in the "
                    "ethical standards of non-discriminatory language.</p>"
                    "<p>Participants look at how wording in headlines and stories entrenches "
                    "stereotypes and learn to write about discrimination accurately and "
                    "respectfully.</p>"
                ),
            },
        },
    ],
    "programme": [
        {
            "date": "2023-04-13",
            "title": WORKSHOP_PROGRAMME,
            "sessions": [
                {
                    "starts_at": "10:00",
                    "ends_at": "11:30",
                    "title": {
                        "ru": "Равенство и недискриминация: основные понятия",
                        "kk": "Теңдік және кемсітушілікке жол бермеу: негізгі ұғымдар",
                        "en": "Equality and non-discrimination: key concepts",
                    },
                    "speakers": ["asel-nurlanova"],
                },
                {"starts_at": "11:30", "ends_at": "12:00", "title": BREAK},
                {
                    "starts_at": "12:00",
                    "ends_at": "13:30",
                    "title": {
                        "ru": "Язык медиа: стереотипы и как их избегать",
                        "kk": "БАҚ тілі: стереотиптер және олардан қалай аулақ болуға болады",
                        "en": "Media language: stereotypes and how to avoid them",
                    },
                    "speakers": ["maria-kim"],
                },
                {"starts_at": "13:30", "ends_at": "14:30", "title": LUNCH},
                {
                    "starts_at": "14:30",
                    "ends_at": "16:00",
                    "title": {
                        "ru": "Практикум: редактура публикаций",
                        "kk": "Практикум: жарияланымдарды редакциялау",
                        "en": "Practical session: editing publications",
                    },
                    "description": {
                        "ru": (
                            "Участники правят свои заголовки и тексты и обсуждают, как сказать то "
                            "же самое без ярлыков."
                        ),
                        "kk": (
                            "Қатысушылар өз тақырыптары мен мәтіндерін түзетіп, дәл сол ойды "
                            "жапсырмасыз қалай айтуға болатынын талқылайды."
                        ),
                        "en": (
                            "Participants edit their own headlines and stories and discuss how "
                            "to say the same thing without labels."
                        ),
                    },
                    "speakers": ["asel-nurlanova", "maria-kim"],
                },
            ],
        }
    ],
}

LAWYERS_WORKSHOP = {
    "key": "lawyers-workshop-protection-from-discrimination",
    "campaign": "anti-discrimination-law",
    "title": {
        "ru": "Семинар для правозащитников и юристов: защита от дискриминации",
        "kk": "Құқық қорғаушылар мен заңгерлерге арналған семинар: кемсітушіліктен қорғау",
        "en": "Workshop for human rights defenders and lawyers: protection from discrimination",
    },
    "summary": {
        "ru": (
            "Теоретический и практический модули о том, как защищать людей от разных форм "
            "дискриминации с помощью национальных и международных инструментов."
        ),
        "kk": (
            "Адамдарды кемсітушіліктің түрлі нысандарынан ұлттық және халықаралық құралдар "
            "арқылы қалай қорғауға болатыны туралы теориялық және практикалық модульдер."
        ),
        "en": (
            "Theoretical and practical modules on protecting people from different forms of "
            "discrimination with national and international instruments."
        ),
    },
    "kind": "workshop",
    "format": "online",  # demo: the project description does not say
    "languages": "ru,kk",
    "starts_at": "2023-05-18T10:00",  # demo days and hours, within the project's period
    "ends_at": "2023-05-19T16:00",
    "capacity": 40,  # "at least 40 human rights defenders and lawyers"
    "topics": ["discrimination", "international-mechanisms"],
    "audiences": ["human-rights-defenders", "lawyers", "ngo-staff"],
    # The demo's registrants are the two groups the campaign's indicator counts.
    "registrant_audiences": ["human-rights-defenders", "lawyers"],
    "speakers": ["yerzhan-kassymov", "asel-nurlanova"],
    "partners": ["lprc", "dfatd-cfli"],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Программа сочетает теоретический и практический модули: первый углубляет "
                    "знания о дискриминации, второй развивает навыки защиты прав человека.</p>"
                    "<p>Проект ставит цель обучить не менее 40 правозащитников и юристов защите от "
                    "разных форм дискриминации с помощью национальных и международных "
                    "инструментов.</p>"
                ),
                "kk": (
                    "<p>Бағдарлама теориялық және практикалық модульдерді ұштастырады: біріншісі "
                    "кемсітушілік туралы білімді тереңдетеді, екіншісі адам құқықтарын қорғау "
                    "дағдыларын дамытады.</p>"
                    "<p>Жоба кемінде 40 құқық қорғаушы мен заңгерді кемсітушіліктің түрлі "
                    "нысандарынан ұлттық және халықаралық құралдар арқылы қорғауға оқытуды мақсат "
                    "етеді.</p>"
                ),
                "en": (
                    "<p>The programme combines a theoretical and a practical module: the first "
                    "deepens knowledge of discrimination, the second builds skills in protecting "
                    "human rights.</p>"
                    "<p>The project aims to train at least 40 human rights defenders and lawyers to "
                    "protect people from different forms of discrimination with national and "
                    "international instruments.</p>"
                ),
            },
        },
    ],
    "programme": [
        {
            "date": "2023-05-18",
            "title": {
                "ru": "Теоретический модуль",
                "kk": "Теориялық модуль",
                "en": "Theoretical module",
            },
            "sessions": [
                {
                    "starts_at": "10:00",
                    "ends_at": "12:00",
                    "title": {
                        "ru": "Понятие и формы дискриминации",
                        "kk": "Кемсітушілік ұғымы және оның нысандары",
                        "en": "The concept and forms of discrimination",
                    },
                    "speakers": ["asel-nurlanova"],
                },
                {"starts_at": "12:00", "ends_at": "13:00", "title": LUNCH},
                {
                    "starts_at": "13:00",
                    "ends_at": "16:00",
                    "title": {
                        "ru": "Национальные и международные инструменты защиты",
                        "kk": "Қорғаудың ұлттық және халықаралық құралдары",
                        "en": "National and international instruments of protection",
                    },
                    "speakers": ["yerzhan-kassymov"],
                },
            ],
        },
        {
            "date": "2023-05-19",
            "title": {
                "ru": "Практический модуль",
                "kk": "Практикалық модуль",
                "en": "Practical module",
            },
            "sessions": [
                {
                    "starts_at": "10:00",
                    "ends_at": "12:00",
                    "title": {
                        "ru": "Разбор случаев дискриминации",
                        "kk": "Кемсітушілік жағдайларын талдау",
                        "en": "Case studies of discrimination",
                    },
                    "speakers": ["yerzhan-kassymov"],
                },
                {"starts_at": "12:00", "ends_at": "13:00", "title": LUNCH},
                {
                    "starts_at": "13:00",
                    "ends_at": "16:00",
                    "title": {
                        "ru": "Стратегия защиты: от национального суда до органов ООН",
                        "kk": "Қорғау стратегиясы: ұлттық соттан БҰҰ органдарына дейін",
                        "en": "A protection strategy: from national courts to UN bodies",
                    },
                    "speakers": ["yerzhan-kassymov", "asel-nurlanova"],
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# Migrants' rights (EU Delegation / EIDHR, 30.01.2019 - 30.01.2021; ICJ, ICJ-EI)
# ---------------------------------------------------------------------------
TRAINING_MARATHON = {
    "ru": "«Международное и национальное право о защите мигрантов в юридической практике»",
    "kk": "«Заң практикасындағы мигранттарды қорғау жөніндегі халықаралық және ұлттық құқық»",
    "en": "“International and national law on the protection of migrants in legal practice”",
}


def _migrants_training(key: str, title: dict, city: dict, region: str, days: tuple[str, str]):
    """One of the three two-day trainings: the same programme and texts in each city."""
    first, second = days
    return {
        "key": key,
        "campaign": "migrants-rights",
        "title": title,
        "summary": {
            "ru": (
                f"Двухдневный тренинг марафона {TRAINING_MARATHON['ru']} для адвокатов и "
                "правозащитников неправительственного сектора."
            ),
            "kk": (
                f"Адвокаттар мен үкіметтік емес сектордың құқық қорғаушыларына арналған "
                f"{TRAINING_MARATHON['kk']} марафонының екі күндік тренингі."
            ),
            "en": (
                f"A two-day training session of the {TRAINING_MARATHON['en']} marathon for "
                "defence lawyers and human rights defenders from the non-governmental sector."
            ),
        },
        "kind": "training",
        "format": "in_person",
        "languages": "ru,kk",  # the training modules were written in Kazakh and Russian
        "starts_at": f"{first}T09:30",  # demo hours
        "ends_at": f"{second}T17:00",
        "city": city,
        "region": region,
        "topics": ["migrants-rights"],
        "audiences": ["lawyers", "human-rights-defenders", "ngo-staff"],
        "speakers": ["yerzhan-kassymov"],
        "partners": ["lprc", "icj", "icj-ei", "eu-delegation"],
        "body": [
            {
                "type": "paragraph",
                "html": {
                    "ru": (
                        "<p>Тренинг — один из трёх двухдневных тренингов, которые прошли с 30 "
                        "сентября по 5 октября 2019 года в Нур-Султане (ныне Астана), Шымкенте и "
                        "Алматы. Всего по программе обучились 100 адвокатов и правозащитников "
                        "неправительственного сектора из 10 регионов Казахстана.</p>"
                        "<p>Программа сочетает теоретические и практические блоки. Для участников "
                        "подготовлены учебные модули с обзором международного права, разбором "
                        "практических случаев и национального законодательства; занятия ведут "
                        "авторитетные национальные и международные эксперты.</p>"
                    ),
                    "kk": (
                        "<p>Бұл тренинг 2019 жылғы 30 қыркүйек пен 5 қазан аралығында Нұр-Сұлтанда "
                        "(қазіргі Астана), Шымкентте және Алматыда өткен үш екі күндік тренингтің "
                        "бірі. Бағдарлама бойынша Қазақстанның 10 өңірінен келген 100 адвокат пен "
                        "үкіметтік емес сектордың құқық қорғаушысы оқудан өтті.</p>"
                        "<p>Бағдарлама теориялық және практикалық блоктарды ұштастырады. "
                        "Қатысушыларға халықаралық құқыққа шолу, практикалық істерді және ұлттық "
                        "заңнаманы талдау қамтылған оқу модульдері дайындалды; сабақтарды "
                        "беделді ұлттық және халықаралық сарапшылар жүргізеді.</p>"
                    ),
                    "en": (
                        "<p>This is one of three two-day training sessions held from 30 September "
                        "to 5 October 2019 in Nur-Sultan (now Astana), Shymkent and Almaty. In "
                        "all, 100 defence lawyers and human rights defenders from the "
                        "non-governmental sector, from 10 regions of Kazakhstan, were trained.</p>"
                        "<p>The programme combines theory and practice. Participants receive "
                        "training modules with an overview of international law, case studies "
                        "and national legislation; sessions are led by respected national and "
                        "international experts.</p>"
                    ),
                },
            },
        ],
        "programme": [
            {
                "date": first,
                "title": {
                    "ru": "День первый: международные стандарты",
                    "kk": "Бірінші күн: халықаралық стандарттар",
                    "en": "Day one: international standards",
                },
                "sessions": [
                    {
                        "starts_at": "09:30",
                        "ends_at": "11:00",
                        "title": {
                            "ru": (
                                "Модуль 1. Запрет принудительного возвращения, высылка и "
                                "международная защита"
                            ),
                            "kk": (
                                "1-модуль. Мәжбүрлеп қайтаруға тыйым салу, елден шығару және "
                                "халықаралық қорғау"
                            ),
                            "en": "Module 1. Non-refoulement, expulsion and international protection",
                        },
                    },
                    {"starts_at": "11:00", "ends_at": "11:30", "title": BREAK},
                    {
                        "starts_at": "11:30",
                        "ends_at": "13:00",
                        "title": {
                            "ru": (
                                "Модуль 2. Доступ к правосудию для мигрантов, беженцев и лиц, "
                                "ищущих убежища, содержащихся под стражей"
                            ),
                            "kk": (
                                "2-модуль. Қамаудағы мигранттардың, босқындар мен пана "
                                "іздеушілердің сот төрелігіне қол жеткізуі"
                            ),
                            "en": (
                                "Module 2. Access to justice for migrants, refugees and asylum "
                                "seekers in custody"
                            ),
                        },
                    },
                    {"starts_at": "13:00", "ends_at": "14:00", "title": LUNCH},
                    {
                        "starts_at": "14:00",
                        "ends_at": "17:30",
                        "title": {
                            "ru": "Разбор практических случаев",
                            "kk": "Практикалық істерді талдау",
                            "en": "Case studies",
                        },
                        "speakers": ["yerzhan-kassymov"],
                    },
                ],
            },
            {
                "date": second,
                "title": {
                    "ru": "День второй: национальная практика",
                    "kk": "Екінші күн: ұлттық тәжірибе",
                    "en": "Day two: national practice",
                },
                "sessions": [
                    {
                        "starts_at": "09:30",
                        "ends_at": "11:00",
                        "title": {
                            "ru": (
                                "Модуль 3. Доступ к правосудию для защиты прав на здоровье, "
                                "образование, семью и труд"
                            ),
                            "kk": (
                                "3-модуль. Денсаулық, білім алу, отбасы және еңбек құқықтарын "
                                "қорғау үшін сот төрелігіне қол жеткізу"
                            ),
                            "en": (
                                "Module 3. Access to justice to protect the rights to health, "
                                "education, family and work"
                            ),
                        },
                    },
                    {"starts_at": "11:00", "ends_at": "11:30", "title": BREAK},
                    {
                        "starts_at": "11:30",
                        "ends_at": "13:00",
                        "title": {
                            "ru": "Национальное законодательство о миграции и иерархия правовых актов",
                            "kk": "Көші-қон туралы ұлттық заңнама және құқықтық актілердің сатылығы",
                            "en": "National migration law and the hierarchy of legal acts",
                        },
                    },
                    {"starts_at": "13:00", "ends_at": "14:00", "title": LUNCH},
                    {
                        "starts_at": "14:00",
                        "ends_at": "17:00",
                        "title": {
                            "ru": "Практикум: стратегия защиты клиента-мигранта",
                            "kk": "Практикум: мигрант клиентті қорғау стратегиясы",
                            "en": "Practical session: a defence strategy for a migrant client",
                        },
                        "speakers": ["yerzhan-kassymov"],
                    },
                ],
            },
        ],
    }


# The report gives the span (30 September - 5 October) and the cities; one city after the other
# in the order the report names them is the demo's reading.
TRAININGS_2019 = [
    _migrants_training(
        "migrants-training-nur-sultan-2019",
        {
            "ru": "Тренинг по защите прав мигрантов в Нур-Султане",
            "kk": "Нұр-Сұлтандағы мигранттардың құқықтарын қорғау жөніндегі тренинг",
            "en": "Training on protecting migrants' rights in Nur-Sultan",
        },
        {
            "ru": "Нур-Султан (ныне Астана)",
            "kk": "Нұр-Сұлтан (қазіргі Астана)",
            "en": "Nur-Sultan (now Astana)",
        },
        "astana",
        ("2019-09-30", "2019-10-01"),
    ),
    _migrants_training(
        "migrants-training-shymkent-2019",
        {
            "ru": "Тренинг по защите прав мигрантов в Шымкенте",
            "kk": "Шымкенттегі мигранттардың құқықтарын қорғау жөніндегі тренинг",
            "en": "Training on protecting migrants' rights in Shymkent",
        },
        {"ru": "Шымкент", "kk": "Шымкент", "en": "Shymkent"},
        "shymkent",
        ("2019-10-02", "2019-10-03"),
    ),
    _migrants_training(
        "migrants-training-almaty-2019",
        {
            "ru": "Тренинг по защите прав мигрантов в Алматы",
            "kk": "Алматыдағы мигранттардың құқықтарын қорғау жөніндегі тренинг",
            "en": "Training on protecting migrants' rights in Almaty",
        },
        {"ru": "Алматы", "kk": "Алматы", "en": "Almaty"},
        "almaty",
        ("2019-10-04", "2019-10-05"),
    ),
]

SEMINAR_SERIES_2020 = {
    "key": "online-seminars-international-mechanisms-2020",
    "campaign": "migrants-rights",
    "title": {
        "ru": "Серия онлайн-семинаров о международных механизмах защиты мигрантов",
        "kk": "Мигранттарды қорғаудың халықаралық тетіктері туралы онлайн-семинарлар сериясы",
        "en": "Online seminar series on international mechanisms for protecting migrants",
    },
    "summary": {
        "ru": (
            "С 28 августа по 12 сентября 2020 года 44 казахстанских адвоката и представителя НПО "
            "изучали международные механизмы защиты мигрантов, беженцев и лиц, ищущих убежища."
        ),
        "kk": (
            "2020 жылғы 28 тамыз бен 12 қыркүйек аралығында 44 қазақстандық адвокат пен ҮЕҰ өкілі "
            "мигранттарды, босқындар мен пана іздеушілерді қорғаудың халықаралық тетіктерін "
            "оқыды."
        ),
        "en": (
            "From 28 August to 12 September 2020, 44 Kazakhstani defence lawyers and NGO "
            "representatives studied international mechanisms for protecting migrants, refugees "
            "and asylum seekers."
        ),
    },
    "kind": "seminar",
    "format": "online",
    "languages": "ru,en",  # demo: the lecturers came from international organisations
    "starts_at": "2020-08-28T10:00",  # demo hours; the days are the report's
    "ends_at": "2020-09-12T13:00",
    "capacity": 44,  # the number of participants the report gives
    "topics": ["migrants-rights", "international-mechanisms"],
    "audiences": ["lawyers", "ngo-staff", "human-rights-defenders"],
    "partners": ["lprc", "icj", "icj-ei", "eu-delegation"],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Серия прошла онлайн, и это было особенно важно: пандемия COVID-19 сильно "
                    "повлияла на миграционные процессы в Казахстане и во всей Центральной "
                    "Азии.</p>"
                    "<p>Лекции читали международные эксперты по миграции из Международной "
                    "комиссии юристов, отдела жалоб УВКПЧ ООН, Европейского совета по делам "
                    "беженцев и изгнанников (ECRE) и Национальной комиссии Греции по правам "
                    "человека.</p>"
                    "<p>Участники разбирали международные принципы и основные документы о "
                    "высылке, содержании под стражей и защите, кратко — экономические, социальные "
                    "и культурные права мигрантов, а также иерархию правовых актов в Казахстане и "
                    "соотношение международного и национального права.</p>"
                ),
                "kk": (
                    "<p>Серия онлайн өтті, және бұл аса маңызды болды: COVID-19 пандемиясы "
                    "Қазақстандағы және бүкіл Орталық Азиядағы көші-қон процестеріне қатты әсер "
                    "етті.</p>"
                    "<p>Дәрістерді Халықаралық заңгерлер комиссиясының, БҰҰ Адам құқықтары "
                    "жөніндегі жоғарғы комиссары басқармасының шағымдар бөлімінің, Босқындар мен "
                    "қуғындағылар жөніндегі еуропалық кеңестің (ECRE) және Грекияның Адам "
                    "құқықтары жөніндегі ұлттық комиссиясының көші-қон жөніндегі халықаралық "
                    "сарапшылары оқыды.</p>"
                    "<p>Қатысушылар елден шығаруға, қамауда ұстауға және қорғауға қатысты "
                    "халықаралық қағидаттар мен негізгі құжаттарды, қысқаша — мигранттардың "
                    "экономикалық, әлеуметтік және мәдени құқықтарын, сондай-ақ Қазақстандағы "
                    "құқықтық актілердің сатылығын және халықаралық және ұлттық құқықтың "
                    "арақатынасын талдады.</p>"
                ),
                "en": (
                    "<p>The series was held online, which mattered all the more because the "
                    "COVID-19 pandemic had a strong impact on migration in Kazakhstan and across "
                    "Central Asia.</p>"
                    "<p>Lectures were given by international migration experts from the "
                    "International Commission of Jurists, the OHCHR complaints division, the "
                    "European Council on Refugees and Exiles (ECRE) and the Greek National "
                    "Commission for Human Rights.</p>"
                    "<p>Participants examined international principles and key documents on "
                    "expulsion, detention and protection, had a brief overview of migrants' "
                    "economic, social and cultural rights, and looked at the hierarchy of legal "
                    "acts in Kazakhstan and the relationship between international and national "
                    "law.</p>"
                ),
            },
        },
        {
            "type": "fact_box",
            "title": {
                "ru": "Учебный модуль серии",
                "kk": "Серияның оқу модулі",
                "en": "The series' training module",
            },
            "html": {
                "ru": (
                    "<ul>"
                    "<li>Модуль 4. Доступ к международным механизмам защиты прав человека.</li>"
                    "<li>Программа состоит из теоретических и практических блоков.</li>"
                    "</ul>"
                ),
                "kk": (
                    "<ul>"
                    "<li>4-модуль. Адам құқықтарын қорғаудың халықаралық тетіктеріне қол "
                    "жеткізу.</li>"
                    "<li>Бағдарлама теориялық және практикалық блоктардан тұрады.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>Module 4. Access to international human rights mechanisms.</li>"
                    "<li>The programme is made up of theoretical and practical blocks.</li>"
                    "</ul>"
                ),
            },
        },
    ],
}

HUMAN_RIGHTS_COMMITTEE_WORKSHOP_2020 = {
    "key": "human-rights-committee-workshop-2020",
    "campaign": "migrants-rights",
    "title": {
        "ru": "Семинар: как подготовить сообщение в Комитет ООН по правам человека",
        "kk": "Семинар: БҰҰ Адам құқықтары жөніндегі комитетіне хабарламаны қалай дайындау керек",
        "en": "Workshop: preparing communications to the UN Human Rights Committee",
    },
    "summary": {
        "ru": (
            "Практический семинар для адвокатов и юристов НПО о том, как готовить индивидуальные "
            "сообщения в Комитет ООН по правам человека в интересах мигрантов."
        ),
        "kk": (
            "Адвокаттар мен ҮЕҰ заңгерлеріне мигранттардың мүддесі үшін БҰҰ Адам құқықтары "
            "жөніндегі комитетіне жеке хабарламаларды қалай дайындау керегін үйрететін "
            "практикалық семинар."
        ),
        "en": (
            "A practical workshop for defence lawyers and NGO lawyers on preparing individual "
            "communications to the UN Human Rights Committee on behalf of migrants."
        ),
    },
    "kind": "workshop",
    "format": "online",  # demo: in 2020 the project's seminars were held online
    "languages": "ru",
    "starts_at": "2020-11-14T10:00",  # demo hours; the day is the report's
    "ends_at": "2020-11-14T16:00",
    "capacity": 40,  # the project's "seminar for 40 lawyers on UN human rights mechanisms"
    "topics": ["international-mechanisms", "migrants-rights"],
    "audiences": ["lawyers", "ngo-staff"],
    "speakers": ["yerzhan-kassymov"],
    "partners": ["lprc", "icj", "icj-ei", "eu-delegation"],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Семинар продолжает обучение международным механизмам защиты прав "
                    "человека: участники учатся готовить сообщения в Комитет ООН по правам "
                    "человека по делам мигрантов.</p>"
                    "<p>После семинара юристов ждёт правовое наставничество в работе над "
                    "реальными обращениями.</p>"
                ),
                "kk": (
                    "<p>Семинар адам құқықтарын қорғаудың халықаралық тетіктеріне оқытуды "
                    "жалғастырады: қатысушылар мигранттардың істері бойынша БҰҰ Адам құқықтары "
                    "жөніндегі комитетіне хабарлама дайындауды үйренеді.</p>"
                    "<p>Семинардан кейін заңгерлер нақты өтініштер бойынша жұмыс істегенде "
                    "құқықтық тәлімгерліктің қолдауын алады.</p>"
                ),
                "en": (
                    "<p>The workshop continues the training in international human rights "
                    "mechanisms: participants learn to prepare communications to the UN Human "
                    "Rights Committee in migrants' cases.</p>"
                    "<p>After the workshop, the lawyers receive legal mentoring as they work on "
                    "real applications.</p>"
                ),
            },
        },
    ],
    "programme": [
        {
            "date": "2020-11-14",
            "title": WORKSHOP_PROGRAMME,
            "sessions": [
                {
                    "starts_at": "10:00",
                    "ends_at": "11:00",
                    "title": {
                        "ru": (
                            "Факультативный протокол к Международному пакту о гражданских и "
                            "политических правах: кто и когда может обратиться"
                        ),
                        "kk": (
                            "Азаматтық және саяси құқықтар туралы халықаралық пактіге "
                            "факультативтік хаттама: кім және қашан жүгіне алады"
                        ),
                        "en": (
                            "The Optional Protocol to the International Covenant on Civil and "
                            "Political Rights: who may apply and when"
                        ),
                    },
                    "speakers": ["yerzhan-kassymov"],
                },
                {
                    "starts_at": "11:00",
                    "ends_at": "12:30",
                    "title": {
                        "ru": "Условия приемлемости и исчерпание внутренних средств защиты",
                        "kk": "Қабылдану шарттары және ішкі қорғау құралдарын толық пайдалану",
                        "en": "Admissibility and the exhaustion of domestic remedies",
                    },
                    "speakers": ["yerzhan-kassymov"],
                },
                {"starts_at": "12:30", "ends_at": "13:30", "title": LUNCH},
                {
                    "starts_at": "13:30",
                    "ends_at": "15:00",
                    "title": {
                        "ru": "Практикум: текст сообщения и просьба о временных мерах",
                        "kk": "Практикум: хабарлама мәтіні және уақытша шаралар туралы өтініш",
                        "en": "Practical session: the communication and a request for interim measures",
                    },
                    "description": {
                        "ru": (
                            "Участники составляют сообщение по учебному делу о высылке мигранта."
                        ),
                        "kk": (
                            "Қатысушылар мигрантты елден шығару туралы оқу ісі бойынша хабарлама "
                            "жазады."
                        ),
                        "en": (
                            "Participants draft a communication in a training case about a "
                            "migrant's expulsion."
                        ),
                    },
                    "speakers": ["yerzhan-kassymov"],
                },
                {
                    "starts_at": "15:00",
                    "ends_at": "16:00",
                    "title": {
                        "ru": "Правовое наставничество после семинара",
                        "kk": "Семинардан кейінгі құқықтық тәлімгерлік",
                        "en": "Legal mentoring after the workshop",
                    },
                },
            ],
        }
    ],
}


# ---------------------------------------------------------------------------
# Legal Policy Concept to 2030 (UK FCDO, 01.09.2021 - 31.03.2022): one of the project's six
# discussion and dialogue events.
# ---------------------------------------------------------------------------
LEGAL_POLICY_DISCUSSION = {
    "key": "legal-policy-concept-public-discussion",
    "campaign": "legal-policy-concept-2030",
    "title": {
        "ru": "Публичное обсуждение Концепции правовой политики Казахстана до 2030 года",
        "kk": "Қазақстанның 2030 жылға дейінгі Құқықтық саясат тұжырымдамасын көпшілік талқылау",
        "en": "Public discussion of Kazakhstan's Legal Policy Concept to 2030",
    },
    "summary": {
        "ru": (
            "НПО, юристы, адвокаты, активисты и гражданские инициативы обсуждают Концепцию "
            "правовой политики до 2030 года и формулируют рекомендации по её реализации."
        ),
        "kk": (
            "ҮЕҰ-лар, заңгерлер, адвокаттар, белсенділер мен азаматтық бастамалар 2030 жылға "
            "дейінгі Құқықтық саясат тұжырымдамасын талқылап, оны іске асыру жөнінде ұсынымдар "
            "тұжырымдайды."
        ),
        "en": (
            "NGOs, lawyers, defence lawyers, activists and civic initiatives discuss the Legal "
            "Policy Concept to 2030 and formulate recommendations for implementing it."
        ),
    },
    "kind": "public_discussion",
    "format": "online",  # demo: the project description does not say
    "languages": "ru,kk",
    "starts_at": "2021-11-25T15:00",  # demo day and hours, within the project's period
    "ends_at": "2021-11-25T17:30",
    "topics": ["legal-policy", "civil-society"],
    "audiences": ["ngo-staff", "lawyers", "human-rights-defenders", "civil-servants"],
    "speakers": ["asel-nurlanova", "yerzhan-kassymov"],
    "partners": ["lprc", "uk-fcdo"],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Правительство разработало новую Концепцию правовой политики до 2030 года, "
                    "но неправительственный сектор к её подготовке и обсуждению не "
                    "пригласили.</p>"
                    "<p>Обсуждение — одно из шести дискуссионных и диалоговых мероприятий проекта. "
                    "Его рекомендации войдут в сводный пакет предложений гражданского общества, "
                    "который проект направит государственному сектору.</p>"
                ),
                "kk": (
                    "<p>Үкімет 2030 жылға дейінгі жаңа Құқықтық саясат тұжырымдамасын әзірледі, "
                    "бірақ үкіметтік емес сектор оны дайындауға және талқылауға шақырылмады.</p>"
                    "<p>Бұл талқылау — жобаның алты пікірталас және диалог іс-шарасының бірі. "
                    "Оның ұсынымдары жоба мемлекеттік секторға жолдайтын азаматтық қоғамның "
                    "жиынтық ұсыныстар топтамасына енеді.</p>"
                ),
                "en": (
                    "<p>The Government drafted a new Legal Policy Concept to 2030 without inviting "
                    "the non-governmental sector to help prepare or discuss it.</p>"
                    "<p>This discussion is one of the project's six discussion and dialogue "
                    "events. Its recommendations will feed into the consolidated package of civil "
                    "society proposals that the project will submit to the public sector.</p>"
                ),
            },
        },
    ],
    "programme": [
        {
            "date": "2021-11-25",
            "title": {
                "ru": "Ход обсуждения",
                "kk": "Талқылау барысы",
                "en": "Order of the discussion",
            },
            "sessions": [
                {
                    "starts_at": "15:00",
                    "ends_at": "15:30",
                    "title": {
                        "ru": "Основные направления Концепции правовой политики",
                        "kk": "Құқықтық саясат тұжырымдамасының негізгі бағыттары",
                        "en": "The main directions of the Legal Policy Concept",
                    },
                    "speakers": ["asel-nurlanova"],
                },
                {
                    "starts_at": "15:30",
                    "ends_at": "16:30",
                    "title": {
                        "ru": "Законодательство об НПО и законотворческий процесс",
                        "kk": "ҮЕҰ туралы заңнама және заң шығару процесі",
                        "en": "NGO legislation and the law-making process",
                    },
                    "description": {
                        "ru": (
                            "Как сделать диалог государства и гражданского общества о законах "
                            "открытым и широким."
                        ),
                        "kk": (
                            "Заңдар туралы мемлекет пен азаматтық қоғам арасындағы диалогты қалай "
                            "ашық әрі кең ауқымды етуге болады."
                        ),
                        "en": (
                            "How to make the dialogue between the state and civil society on "
                            "legislation open and wide-ranging."
                        ),
                    },
                    "speakers": ["yerzhan-kassymov"],
                },
                {
                    "starts_at": "16:30",
                    "ends_at": "17:30",
                    "title": {
                        "ru": "Рекомендации гражданского общества",
                        "kk": "Азаматтық қоғамның ұсынымдары",
                        "en": "Civil society's recommendations",
                    },
                    "speakers": ["asel-nurlanova", "yerzhan-kassymov"],
                },
            ],
        }
    ],
}


# ---------------------------------------------------------------------------
# The demo's upcoming event (not from the project descriptions): dated from the day the demo is
# loaded, open for registration, so the site always shows one.
# ---------------------------------------------------------------------------
UPCOMING_SEMINAR = {
    "key": "equality-at-work-seminar",
    "campaign": None,
    "title": {
        "ru": "Открытый семинар «Равенство на работе: как распознать дискриминацию и харассмент»",
        "kk": "«Жұмыстағы теңдік: кемсітушілік пен харассментті қалай тануға болады» ашық семинары",
        "en": "Open seminar “Equality at work: recognising discrimination and harassment”",
    },
    "summary": {
        "ru": (
            "Семинар для работодателей, сотрудников НПО, студентов и государственных служащих о "
            "том, как распознать дискриминацию и харассмент на работе и что с ними делать."
        ),
        "kk": (
            "Жұмыс берушілерге, ҮЕҰ қызметкерлеріне, студенттер мен мемлекеттік қызметшілерге "
            "арналған семинар: жұмыстағы кемсітушілік пен харассментті қалай тануға және оларға "
            "қалай әрекет етуге болады."
        ),
        "en": (
            "A seminar for employers, NGO staff, students and civil servants on recognising "
            "discrimination and harassment at work and what to do about them."
        ),
    },
    "kind": "seminar",
    "format": "hybrid",
    "languages": "ru,kk",
    "starts_at": {"days_from_today": 14, "time": "10:00"},
    "ends_at": {"days_from_today": 14, "time": "17:00"},
    "registration_opens_at": {"days_from_today": 0, "time": "00:00"},
    "registration_closes_at": {"days_from_today": 13, "time": "18:00"},
    "requires_approval": False,
    "capacity": 60,
    "city": {"ru": "Алматы", "kk": "Алматы", "en": "Almaty"},
    "region": "almaty",
    "topics": ["discrimination", "harassment", "business-and-human-rights"],
    "audiences": ["business", "ngo-staff", "students", "civil-servants"],
    "speakers": ["asel-nurlanova", "maria-kim"],
    "partners": ["lprc"],
    "stream_url": STREAM,
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Участвовать можно в Алматы или онлайн: трансляция идёт на YouTube на "
                    "русском языке и в Facebook на казахском. Место проведения сообщим "
                    "зарегистрированным участникам.</p>"
                    "<p>Это демонстрационное событие: оно создано, чтобы показать, как на сайте "
                    "выглядит открытая регистрация.</p>"
                ),
                "kk": (
                    "<p>Алматыда немесе онлайн қатысуға болады: трансляция YouTube-та орыс "
                    "тілінде, Facebook-те қазақ тілінде жүреді. Өтетін орнын тіркелген "
                    "қатысушыларға хабарлаймыз.</p>"
                    "<p>Бұл — демонстрациялық іс-шара: ол сайтта ашық тіркеудің қалай "
                    "көрінетінін көрсету үшін жасалған.</p>"
                ),
                "en": (
                    "<p>You can take part in Almaty or online: the seminar is streamed on YouTube "
                    "in Russian and on Facebook in Kazakh. Registered participants will be told "
                    "the venue.</p>"
                    "<p>This is a demo event, created to show how open registration looks on the "
                    "site.</p>"
                ),
            },
        },
    ],
    "programme": [
        {
            "date": {"days_from_today": 14},
            "title": WORKSHOP_PROGRAMME,
            "sessions": [
                {
                    "starts_at": "10:00",
                    "ends_at": "11:30",
                    "title": {
                        "ru": "Что такое дискриминация на работе: понятия и примеры",
                        "kk": "Жұмыстағы кемсітушілік дегеніміз не: ұғымдар мен мысалдар",
                        "en": "What discrimination at work is: concepts and examples",
                    },
                    "speakers": ["asel-nurlanova"],
                },
                {"starts_at": "11:30", "ends_at": "12:00", "title": BREAK},
                {
                    "starts_at": "12:00",
                    "ends_at": "13:30",
                    "title": {
                        "ru": "Харассмент: как его распознать и как реагировать",
                        "kk": "Харассмент: оны қалай тануға және оған қалай әрекет етуге болады",
                        "en": "Harassment: how to recognise it and how to respond",
                    },
                    "speakers": ["maria-kim"],
                },
                {"starts_at": "13:30", "ends_at": "14:30", "title": LUNCH},
                {
                    "starts_at": "14:30",
                    "ends_at": "16:00",
                    "title": {
                        "ru": "Корпоративная политика против дискриминации и харассмента",
                        "kk": "Кемсітушілік пен харассментке қарсы корпоративтік саясат",
                        "en": "Corporate policy against discrimination and harassment",
                    },
                    "description": {
                        "ru": (
                            "Что должна предусматривать внутренняя политика работодателя: "
                            "профилактика, порядок жалоб, расследование и защита от "
                            "преследования."
                        ),
                        "kk": (
                            "Жұмыс берушінің ішкі саясаты нені қамтуы керек: алдын алу, шағым "
                            "беру тәртібі, тексеру және қудалаудан қорғау."
                        ),
                        "en": (
                            "What an employer's internal policy should cover: prevention, a "
                            "complaints procedure, investigation and protection from "
                            "retaliation."
                        ),
                    },
                    "speakers": ["maria-kim", "asel-nurlanova"],
                },
                {
                    "starts_at": "16:00",
                    "ends_at": "17:00",
                    "title": {
                        "ru": "Вопросы и ответы",
                        "kk": "Сұрақтар мен жауаптар",
                        "en": "Questions and answers",
                    },
                    "speakers": ["asel-nurlanova", "maria-kim"],
                },
            ],
        }
    ],
}


EVENTS = [
    CONFERENCE_2023,
    MEDIA_WORKSHOP,
    LAWYERS_WORKSHOP,
    *TRAININGS_2019,
    SEMINAR_SERIES_2020,
    HUMAN_RIGHTS_COMMITTEE_WORKSHOP_2020,
    LEGAL_POLICY_DISCUSSION,
    UPCOMING_SEMINAR,
]
