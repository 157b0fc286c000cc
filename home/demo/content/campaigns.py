"""Home page, section indexes and the five campaign pages (demo content).

Plain data, read by ``manage.py seed_demo``; see FORMAT.md for the format.
The campaigns follow the LPRC's own project descriptions: donors, periods,
goals, problems, activities and targets come from them. ``achieved`` is set
only where the project descriptions report a result; otherwise it is None.
"""

HOME = {
    "title": {"ru": "Теңдік", "kk": "Теңдік", "en": "Tendik"},
    "intro": {
        "ru": (
            "<p>«Теңдік» — открытая площадка Центра исследования правовой политики (ЦИПП), "
            "где собраны аналитика, видео и кампании о равенстве, недискриминации и "
            "верховенстве права в Казахстане.</p>"
            "<p>Здесь мы рассказываем о проектах центра и его партнёров: от продвижения "
            "антидискриминационного законодательства и запрета харассмента до защиты прав "
            "мигрантов и участия гражданского общества в правовой политике.</p>"
        ),
        "kk": (
            "<p>«Теңдік» — Құқықтық саясатты зерттеу орталығының ашық алаңы. Мұнда Қазақстандағы "
            "теңдік, кемсітушілікке жол бермеу және құқық үстемдігі туралы талдамалар, "
            "бейнематериалдар мен науқандар жинақталған.</p>"
            "<p>Біз орталық пен оның серіктестерінің жобалары туралы баяндаймыз: кемсітушілікке "
            "қарсы заңнаманы ілгерілету мен харассментке тыйым салудан бастап, мигранттардың "
            "құқықтарын қорғауға және азаматтық қоғамның құқықтық саясатқа қатысуына дейін.</p>"
        ),
        "en": (
            "<p>Tendik is an open platform of the Legal Policy Research Centre (LPRC) that brings "
            "together analysis, video and campaigns on equality, non-discrimination and the rule "
            "of law in Kazakhstan.</p>"
            "<p>Here we tell the story of the Centre's projects and those of its partners, from "
            "advancing anti-discrimination legislation and a ban on harassment to protecting the "
            "rights of migrants and involving civil society in legal policy.</p>"
        ),
    },
}

INDEXES = {
    "articles": {
        "title": {"ru": "Аналитика", "kk": "Талдау", "en": "Analytics"},
        "intro": {
            "ru": (
                "<p>Статьи, обзоры законодательства и лонгриды экспертов ЦИПП и приглашённых "
                "авторов о дискриминации, харассменте, правах мигрантов и правовой политике.</p>"
            ),
            "kk": (
                "<p>Құқықтық саясатты зерттеу орталығы сарапшылары мен шақырылған авторлардың "
                "кемсітушілік, харассмент, мигранттардың құқықтары және құқықтық саясат туралы "
                "мақалалары, заңнамаға шолулары мен лонгридтері.</p>"
            ),
            "en": (
                "<p>Articles, legislative reviews and long reads by LPRC experts and guest authors "
                "on discrimination, harassment, migrants' rights and legal policy.</p>"
            ),
        },
    },
    "videos": {
        "title": {"ru": "Видео", "kk": "Бейне", "en": "Video"},
        "intro": {
            "ru": (
                "<p>Записи конференций и дискуссий, просветительские ролики и интервью — "
                "с расшифровками на трёх языках.</p>"
            ),
            "kk": (
                "<p>Конференциялар мен пікірталастардың жазбалары, ағартушылық бейнероликтер "
                "мен сұхбаттар — үш тілдегі мәтіндерімен бірге.</p>"
            ),
            "en": (
                "<p>Recordings of conferences and discussions, educational clips and interviews, "
                "with transcripts in three languages.</p>"
            ),
        },
    },
    "campaigns": {
        "title": {"ru": "Кампании", "kk": "Науқандар", "en": "Campaigns"},
        "intro": {
            "ru": (
                "<p>Проекты ЦИПП и партнёров: их цели, проблемы, которые они решают, ключевые "
                "мероприятия и показатели результатов.</p>"
            ),
            "kk": (
                "<p>Орталық пен серіктестердің жобалары: мақсаттары, шешуге бағытталған "
                "мәселелері, негізгі іс-шаралары және нәтиже көрсеткіштері.</p>"
            ),
            "en": (
                "<p>Projects of the LPRC and its partners: their goals, the problems they address, "
                "key activities and results indicators.</p>"
            ),
        },
    },
}


# ---------------------------------------------------------------------------
# 1. Anti-discrimination law (DFATD / CFLI, 01.09.2022 - 28.02.2024)
# ---------------------------------------------------------------------------
ANTI_DISCRIMINATION_LAW = {
    "key": "anti-discrimination-law",
    "title": {
        "ru": "За единый антидискриминационный закон",
        "kk": "Кемсітушілікке қарсы біртұтас заң үшін",
        "en": "Towards a comprehensive anti-discrimination law",
    },
    "summary": {
        "ru": (
            "Проект ЦИПП при поддержке Канадского фонда местных инициатив продвигал отдельный "
            "закон о запрете дискриминации и предусматривал обучение журналистов, блогеров, "
            "правозащитников и юристов."
        ),
        "kk": (
            "Канаданың жергілікті бастамалар қоры қолдаған жоба кемсітушілікке тыйым салатын "
            "жеке заңды ілгерілетіп, журналистер, блогерлер, құқық қорғаушылар мен заңгерлерді "
            "оқытуды көздеді."
        ),
        "en": (
            "Backed by the Canada Fund for Local Initiatives, this LPRC project advocated a "
            "stand-alone law prohibiting discrimination and provided for training journalists, "
            "bloggers, human rights defenders and lawyers."
        ),
    },
    "period_start": "2022-09-01",
    "period_end": "2024-02-28",
    "donors": ["dfatd-cfli"],
    "partners": [],
    "goals": {
        "ru": (
            "<ul>"
            "<li>Добиться принятия в Казахстане отдельного прогрессивного закона о запрете "
            "дискриминации.</li>"
            "<li>Повысить осведомлённость общества о том, как запрещать и предотвращать разные "
            "формы дискриминации и как на них реагировать.</li>"
            "</ul>"
        ),
        "kk": (
            "<ul>"
            "<li>Қазақстанда кемсітушілікке тыйым салатын жеке прогрессивті заңның қабылдануына "
            "қол жеткізу.</li>"
            "<li>Кемсітушіліктің түрлі нысандарына тыйым салу, оның алдын алу және оған әрекет "
            "ету жолдары туралы қоғамның хабардарлығын арттыру.</li>"
            "</ul>"
        ),
        "en": (
            "<ul>"
            "<li>Secure the adoption of a progressive stand-alone anti-discrimination law in "
            "Kazakhstan.</li>"
            "<li>Raise public awareness of how different forms of discrimination can be "
            "prohibited, prevented and responded to.</li>"
            "</ul>"
        ),
    },
    "problems": {
        "ru": (
            "<ol>"
            "<li>В Казахстане нет отдельного закона, который прямо запрещал бы дискриминацию и "
            "вводил механизмы её предотвращения.</li>"
            "<li>Практика привлечения к ответственности за дискриминацию с опорой на "
            "международные механизмы защиты прав человека почти не сложилась.</li>"
            "<li>Проблему дискриминации на государственном уровне замалчивают, поэтому многие "
            "группы людей сталкиваются со стигмой и не имеют действенных средств защиты своих "
            "прав.</li>"
            "<li>В разных секторах общества недостаточно понимают, что такое равенство, "
            "недискриминация и недопустимость харассмента.</li>"
            "</ol>"
        ),
        "kk": (
            "<ol>"
            "<li>Қазақстанда кемсітушілікке тікелей тыйым салатын және оның алдын алу "
            "тетіктерін енгізетін жеке заң жоқ.</li>"
            "<li>Адам құқықтарын қорғаудың халықаралық тетіктеріне сүйене отырып, кемсітушілік "
            "үшін жауапкершілікке тарту тәжірибесі әлі қалыптаспаған.</li>"
            "<li>Мемлекеттік деңгейде кемсітушілік мәселесі айтылмай келеді, сондықтан көптеген "
            "топтар стигмаға тап болып, өз құқықтарын қорғаудың тиімді құралдарынсыз қалып "
            "отыр.</li>"
            "<li>Қоғамның әр саласында теңдік, кемсітушілікке жол бермеу және харассментке "
            "төзбеушілік ұғымдары жеткілікті түсінілмейді.</li>"
            "</ol>"
        ),
        "en": (
            "<ol>"
            "<li>Kazakhstan has no stand-alone law that expressly prohibits discrimination and "
            "sets up mechanisms to prevent it.</li>"
            "<li>Holding anyone accountable for discrimination through international human "
            "rights mechanisms remains a rare practice.</li>"
            "<li>Because the problem is hushed up at state level, many groups of people face "
            "stigma and lack effective remedies to protect their rights.</li>"
            "<li>Across different sectors there is little understanding of equality, "
            "non-discrimination and the unacceptability of harassment.</li>"
            "</ol>"
        ),
    },
    "activities": [
        {
            "title": {
                "ru": "Тренинги по недискриминации",
                "kk": "Кемсітушілікке жол бермеу жөніндегі тренингтер",
                "en": "Non-discrimination training",
            },
            "html": {
                "ru": (
                    "<p>Для журналистов и блогеров был предусмотрен онлайн-семинар о том, как "
                    "использовать корректный, недискриминационный язык в материалах СМИ.</p>"
                    "<p>Программа для правозащитников и юристов сочетала теоретические и "
                    "практические модули, чтобы углубить знания о дискриминации и развить навыки "
                    "защиты прав человека.</p>"
                ),
                "kk": (
                    "<p>Журналистер мен блогерлерге БАҚ материалдарында әдепті, кемсітпейтін "
                    "тілді қалай қолдану керегі туралы онлайн-семинар көзделді.</p>"
                    "<p>Құқық қорғаушылар мен заңгерлерге арналған бағдарлама кемсітушілік туралы "
                    "білімді тереңдетіп, адам құқықтарын қорғау дағдыларын дамыту үшін теориялық "
                    "және практикалық модульдерді ұштастырды.</p>"
                ),
                "en": (
                    "<p>An online workshop was planned for journalists and bloggers on using "
                    "respectful, non-discriminatory language in media coverage.</p>"
                    "<p>The programme for human rights defenders and lawyers combined theoretical "
                    "and practical modules to deepen their knowledge of discrimination and build "
                    "their skills in protecting human rights.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Анализ законодательства и предложения к законопроекту",
                "kk": "Заңнаманы талдау және заң жобасына ұсыныстар",
                "en": "Legislative analysis and proposals for the draft law",
            },
            "html": {
                "ru": (
                    "<p>Проект предусматривал привлечение местных экспертов, которые "
                    "проанализируют национальное законодательство и подготовят пакет "
                    "предложений к проекту закона о недискриминации.</p>"
                ),
                "kk": (
                    "<p>Жоба ұлттық заңнаманы талдап, кемсітушілікке жол бермеу туралы заң "
                    "жобасына ұсыныстар топтамасын әзірлеу үшін жергілікті сарапшыларды тартуды "
                    "көздеді.</p>"
                ),
                "en": (
                    "<p>The project provided for local experts to analyse national legislation "
                    "and prepare a package of proposals for the draft non-discrimination act.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Адвокация и публичная повестка",
                "kk": "Адвокация және қоғамдық күн тәртібі",
                "en": "Advocacy and the public agenda",
            },
            "html": {
                "ru": (
                    "<p>В план адвокации входила онлайн-дискуссия экспертов и общественности по "
                    "антидискриминационному законопроекту.</p>"
                    "<p>Отдельная конференция должна была показать, к чему приводит отсутствие "
                    "правового запрета дискриминации и что изменит специальный закон.</p>"
                    "<p>Тему недискриминации проект планировал выводить в публичное поле через "
                    "публикации в традиционных медиа и социальных сетях.</p>"
                ),
                "kk": (
                    "<p>Адвокация жоспарына кемсітушілікке қарсы заң жобасы бойынша сарапшылар "
                    "мен жұртшылықтың онлайн-пікірталасы енді.</p>"
                    "<p>Жеке конференция кемсітушілікке құқықтық тыйымның болмауы неге әкелетінін "
                    "және арнайы заң нені өзгертетінін көрсетуге тиіс болды.</p>"
                    "<p>Жоба кемсітушілікке жол бермеу тақырыбын дәстүрлі БАҚ пен әлеуметтік "
                    "желілердегі жарияланымдар арқылы көпшілік назарына шығаруды жоспарлады.</p>"
                ),
                "en": (
                    "<p>The advocacy plan included an online expert and public discussion of the "
                    "anti-discrimination bill.</p>"
                    "<p>A separate conference was to show what the absence of a legal ban on "
                    "discrimination leads to and what a dedicated law would change.</p>"
                    "<p>The project also planned to bring non-discrimination into public debate "
                    "through publications in traditional and social media.</p>"
                ),
            },
        },
    ],
    "indicators": [
        {
            "label": {
                "ru": "Журналисты и блогеры, обученные этичному недискриминационному языку",
                "kk": "Әдепті, кемсітпейтін тілге оқытылған журналистер мен блогерлер",
                "en": "Journalists and bloggers trained in ethical, non-discriminatory language",
            },
            "target": 40,
            "achieved": None,
            # Counted from who attended the media workshop (events.py), not typed in.
            "computed": {"measure": "people", "audiences": ["journalists", "bloggers"]},
        },
        {
            "label": {
                "ru": "Правозащитники и юристы, обученные защите от дискриминации",
                "kk": "Кемсітушіліктен қорғауға оқытылған құқық қорғаушылар мен заңгерлер",
                "en": "Human rights defenders and lawyers trained in protection against discrimination",
            },
            "target": 40,
            "achieved": None,
            "computed": {
                "measure": "people",
                "audiences": ["human-rights-defenders", "lawyers"],
            },
        },
        {
            "label": {
                "ru": "Пакет предложений к законопроекту о недискриминации",
                "kk": "Кемсітушілікке жол бермеу туралы заң жобасына ұсыныстар топтамасы",
                "en": "Package of proposals for the non-discrimination bill",
            },
            "target": 1,
            "achieved": None,
        },
    ],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Конституция Казахстана гарантирует равенство перед законом и судом, "
                    "однако общего закона, который определял бы дискриминацию, запрещал её во "
                    "всех сферах и давал пострадавшим понятный путь к защите, в стране нет.</p>"
                    "<p>Проект сочетал обучение, экспертизу и адвокацию: специалисты, которые "
                    "пишут о дискриминации или защищают от неё, должны были получить знания и "
                    "инструменты, а предложения гражданского общества — дойти до "
                    "законодателей.</p>"
                ),
                "kk": (
                    "<p>Қазақстан Конституциясы заң мен сот алдындағы теңдікке кепілдік береді, "
                    "алайда кемсітушілікті анықтайтын, оған барлық салада тыйым салатын және "
                    "зардап шеккендерге қорғалудың түсінікті жолын ұсынатын жалпы заң елде "
                    "жоқ.</p>"
                    "<p>Жоба оқытуды, сараптама мен адвокацияны ұштастырды: кемсітушілік туралы "
                    "жазатын немесе одан қорғайтын мамандар білім мен құралдарға ие болып, "
                    "азаматтық қоғамның ұсыныстары заң шығарушыларға жетуге тиіс болды.</p>"
                ),
                "en": (
                    "<p>Kazakhstan's Constitution guarantees equality before the law and the "
                    "courts, yet the country has no general law that defines discrimination, "
                    "prohibits it in every sphere and gives victims a clear route to redress.</p>"
                    "<p>The project combined training, expert analysis and advocacy, so that "
                    "people who write about discrimination or defend others against it would "
                    "gain knowledge and tools, and civil society's proposals would reach "
                    "lawmakers.</p>"
                ),
            },
        },
        {
            "type": "fact_box",
            "title": {
                "ru": "Проект в цифрах",
                "kk": "Жоба сандармен",
                "en": "The project in figures",
            },
            "html": {
                "ru": (
                    "<ul>"
                    "<li>Срок реализации: 1 сентября 2022 — 28 февраля 2024 года.</li>"
                    "<li>Донор: Министерство иностранных дел, торговли и развития Канады через "
                    "Канадский фонд местных инициатив.</li>"
                    "<li>Целевые группы обучения: не менее 40 журналистов и блогеров и не менее "
                    "40 правозащитников и юристов.</li>"
                    "</ul>"
                ),
                "kk": (
                    "<ul>"
                    "<li>Іске асыру мерзімі: 2022 жылғы 1 қыркүйек — 2024 жылғы 28 ақпан.</li>"
                    "<li>Донор: Канаданың Сыртқы істер, сауда және даму министрлігі, Канаданың "
                    "жергілікті бастамалар қоры арқылы.</li>"
                    "<li>Оқытудың нысаналы топтары: кемінде 40 журналист пен блогер және кемінде "
                    "40 құқық қорғаушы мен заңгер.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>Implementation period: 1 September 2022 – 28 February 2024.</li>"
                    "<li>Donor: Global Affairs Canada (DFATD) through the Canada Fund for Local "
                    "Initiatives.</li>"
                    "<li>Training target groups: at least 40 journalists and bloggers and at least "
                    "40 human rights defenders and lawyers.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "legal_references",
            "items": [
                {
                    "title": {
                        "ru": "Конституция Республики Казахстан, статья 14",
                        "kk": "Қазақстан Республикасының Конституциясы, 14-бап",
                        "en": "Constitution of the Republic of Kazakhstan, Article 14",
                    },
                    "citation": {
                        "ru": "Принята на республиканском референдуме 30 августа 1995 года",
                        "kk": "1995 жылғы 30 тамызда республикалық референдумда қабылданған",
                        "en": "Adopted by national referendum on 30 August 1995",
                    },
                },
                {
                    "title": {
                        "ru": "Международный пакт о гражданских и политических правах, статья 26",
                        "kk": "Азаматтық және саяси құқықтар туралы халықаралық пакт, 26-бап",
                        "en": "International Covenant on Civil and Political Rights, Article 26",
                    },
                    "citation": {
                        "ru": (
                            "Принят Генеральной Ассамблеей ООН 16 декабря 1966 года; "
                            "ратифицирован Казахстаном в 2005 году"
                        ),
                        "kk": (
                            "БҰҰ Бас Ассамблеясы 1966 жылғы 16 желтоқсанда қабылдаған; "
                            "Қазақстан 2005 жылы ратификациялаған"
                        ),
                        "en": (
                            "Adopted by the UN General Assembly on 16 December 1966; "
                            "ratified by Kazakhstan in 2005"
                        ),
                    },
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 2. Anti-harassment law (DFATD / CFLI, 01.10.2020 - 28.02.2022)
# ---------------------------------------------------------------------------
ANTI_HARASSMENT_LAW = {
    "key": "anti-harassment-law",
    "title": {
        "ru": "За законодательный запрет харассмента",
        "kk": "Харассментке заңмен тыйым салу үшін",
        "en": "For a legal ban on sexual harassment",
    },
    "summary": {
        "ru": (
            "Проект ЦИПП при поддержке Канадского фонда местных инициатив добивался запрета "
            "сексуальных домогательств на работе и в общественных местах и был нацелен на "
            "просвещение общества и работодателей."
        ),
        "kk": (
            "Канаданың жергілікті бастамалар қоры қолдаған бұл жоба жұмыс орнында және "
            "қоғамдық орындарда жыныстық қудалауға заңмен тыйым салуға, сондай-ақ қоғам мен "
            "жұмыс берушілердің хабардарлығын арттыруға бағытталды."
        ),
        "en": (
            "Supported by the Canada Fund for Local Initiatives, this LPRC project sought a legal "
            "ban on sexual harassment at work and in public places and set out to raise awareness "
            "among the public and employers."
        ),
    },
    "period_start": "2020-10-01",
    "period_end": "2022-02-28",
    "donors": ["dfatd-cfli"],
    "partners": [],
    "goals": {
        "ru": (
            "<ul>"
            "<li>Добиться законодательного запрета сексуальных домогательств на рабочем месте и "
            "в общественных местах.</li>"
            "<li>Повысить осведомлённость общества о запрете и профилактике сексуальных "
            "домогательств и о том, как на них реагировать.</li>"
            "</ul>"
        ),
        "kk": (
            "<ul>"
            "<li>Жұмыс орнында және қоғамдық орындарда жыныстық қудалауға заңмен тыйым "
            "салынуына қол жеткізу.</li>"
            "<li>Жыныстық қудалауға тыйым салу, оның алдын алу және оған әрекет ету туралы "
            "қоғамның хабардарлығын арттыру.</li>"
            "</ul>"
        ),
        "en": (
            "<ul>"
            "<li>Achieve a legal ban on sexual harassment in the workplace and in public "
            "places.</li>"
            "<li>Raise public awareness of the prohibition and prevention of sexual harassment "
            "and of how to respond to it.</li>"
            "</ul>"
        ),
    },
    "problems": {
        "ru": (
            "<ol>"
            "<li>В Казахстане нет закона, который запрещал бы сексуальные домогательства на "
            "работе или преследование в общественных местах (сталкинг).</li>"
            "<li>Практика привлечения к ответственности за домогательства в правоохранительных "
            "органах и судах не развита.</li>"
            "<li>В обществе сохраняются стигматизация и объективация женщин, а вред от "
            "домогательств недооценивается; эта дискриминационная практика направлена прежде "
            "всего против женщин и девушек.</li>"
            "<li>В казахстанском бизнесе не сложилась корпоративная культура гендерного "
            "равенства, недискриминации и нетерпимости к харассменту.</li>"
            "</ol>"
        ),
        "kk": (
            "<ol>"
            "<li>Қазақстанда жұмыс орнындағы жыныстық қудалауға немесе қоғамдық орындардағы "
            "аңдып-қудалауға (сталкингке) тыйым салатын заң жоқ.</li>"
            "<li>Құқық қорғау органдары мен соттарда қудалау үшін жауапкершілікке тарту "
            "тәжірибесі дамымаған.</li>"
            "<li>Қоғамда әйелдерге стигма таңу және оларды объектіге айналдыру сақталып отыр, "
            "ал қудалаудың зияны жете бағаланбайды; бұл кемсітушілік тәжірибесі ең алдымен "
            "әйелдер мен қыздарға бағытталған.</li>"
            "<li>Қазақстандық бизнесте гендерлік теңдік, кемсітушілікке жол бермеу және "
            "харассментке төзбеушілік корпоративтік мәдениеті қалыптаспаған.</li>"
            "</ol>"
        ),
        "en": (
            "<ol>"
            "<li>Kazakhstan has no law prohibiting sexual harassment at work or stalking in "
            "public places.</li>"
            "<li>Law enforcement bodies and courts have little practice of holding anyone "
            "accountable for harassment.</li>"
            "<li>Women continue to be stigmatised and objectified, and the harm caused by "
            "harassment is underestimated; this discriminatory practice targets mainly women "
            "and girls.</li>"
            "<li>Kazakhstan's business sector lacks a corporate culture of gender equality, "
            "non-discrimination and zero tolerance of harassment.</li>"
            "</ol>"
        ),
    },
    "activities": [
        {
            "title": {
                "ru": "Поправки к законодательству о домогательствах",
                "kk": "Қудалау туралы заңнамаға түзетулер",
                "en": "Legislative amendments on harassment",
            },
            "html": {
                "ru": (
                    "<p>Проект предусматривал подготовку поправок и предложений к национальному "
                    "законодательству в соответствии с международными стандартами и "
                    "рекомендациями о запрете сексуальных домогательств.</p>"
                    "<p>В план входили онлайн-конференция о проблеме харассмента в Казахстане на "
                    "50 участников, публичное онлайн-обсуждение законопроекта и адвокационная "
                    "работа с государственными органами.</p>"
                ),
                "kk": (
                    "<p>Жоба жыныстық қудалауға тыйым салу жөніндегі халықаралық стандарттар мен "
                    "ұсынымдарға сәйкес ұлттық заңнамаға түзетулер мен ұсыныстар әзірлеуді "
                    "көздеді.</p>"
                    "<p>Жоспарға Қазақстандағы харассмент мәселесі жөнінде 50 қатысушыға арналған "
                    "онлайн-конференция, заң жобасын көпшілікпен онлайн талқылау және мемлекеттік "
                    "органдармен адвокациялық жұмыс кірді.</p>"
                ),
                "en": (
                    "<p>The project provided for drafting amendments and proposals to national "
                    "legislation in line with international standards and recommendations on "
                    "prohibiting sexual harassment.</p>"
                    "<p>The plan included an online conference on sexual harassment in "
                    "Kazakhstan for 50 participants, an online public discussion of the bill and "
                    "advocacy with state bodies.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Нетерпимость к домогательствам в обществе",
                "kk": "Қоғамда қудалауға төзбеушілікті қалыптастыру",
                "en": "Building public intolerance of harassment",
            },
            "html": {
                "ru": (
                    "<p>Чтобы повлиять на общественное мнение, проект запланировал онлайн-петицию, "
                    "а также 10 аналитических статей и 2 лонгрида на казахском и русском языках "
                    "для интернет-СМИ и социальных сетей.</p>"
                    "<p>Для медиакампании предполагалось подготовить 2 просветительских "
                    "видеоролика.</p>"
                ),
                "kk": (
                    "<p>Қоғамдық пікірге ықпал ету үшін жоба онлайн-петицияны, сондай-ақ "
                    "интернет-БАҚ пен әлеуметтік желілерге арналған қазақ және орыс тілдеріндегі "
                    "10 талдамалық мақала мен 2 лонгридті жоспарлады.</p>"
                    "<p>Медиа-науқан үшін 2 ағартушылық бейнеролик әзірлеу көзделді.</p>"
                ),
                "en": (
                    "<p>To shape public opinion, the project planned an online petition as well "
                    "as 10 analytical articles and 2 long reads in Kazakh and Russian for online "
                    "media and social networks.</p>"
                    "<p>Two educational video clips were to be produced for the media "
                    "campaign.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Корпоративная политика для работодателей",
                "kk": "Жұмыс берушілерге арналған корпоративтік саясат",
                "en": "Corporate policy for employers",
            },
            "html": {
                "ru": (
                    "<p>Эксперты проекта должны были разработать корпоративную политику о "
                    "недискриминации, противодействии сексуальным домогательствам и "
                    "злоупотреблению властью в деловой среде.</p>"
                    "<p>Продвигать документ планировалось на онлайн- и офлайн-встречах с "
                    "представителями 10 компаний и 5 университетов Казахстана.</p>"
                ),
                "kk": (
                    "<p>Жоба сарапшылары іскерлік ортада кемсітушілікке жол бермеу, жыныстық "
                    "қудалауға және билікті теріс пайдалануға қарсы тұру туралы корпоративтік "
                    "саясат әзірлеуге тиіс болды.</p>"
                    "<p>Құжатты Қазақстандағы 10 компания мен 5 университеттің өкілдерімен онлайн "
                    "және офлайн кездесулерде ілгерілету жоспарланды.</p>"
                ),
                "en": (
                    "<p>The project's experts were to draft a corporate policy on "
                    "non-discrimination and on countering sexual harassment and abuse of "
                    "authority in the business environment.</p>"
                    "<p>The policy was to be promoted at online and offline meetings with "
                    "representatives of 10 companies and 5 universities in Kazakhstan.</p>"
                ),
            },
        },
    ],
    "indicators": [
        {
            "label": {
                "ru": "Участники онлайн-конференции о харассменте",
                "kk": "Харассмент туралы онлайн-конференцияға қатысушылар",
                "en": "Participants in the online conference on harassment",
            },
            "target": 50,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Аналитические статьи о законе против харассмента",
                "kk": "Харассментке қарсы заң туралы талдамалық мақалалар",
                "en": "Analytical articles on an anti-harassment law",
            },
            "target": 10,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Лонгриды на казахском и русском языках",
                "kk": "Қазақ және орыс тілдеріндегі лонгридтер",
                "en": "Long reads in Kazakh and Russian",
            },
            "target": 2,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Просветительские видеоролики",
                "kk": "Ағартушылық бейнероликтер",
                "en": "Educational video clips",
            },
            "target": 2,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Онлайн-петиция",
                "kk": "Онлайн-петиция",
                "en": "Online petition",
            },
            "target": 1,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Компании, которым представлена корпоративная политика",
                "kk": "Корпоративтік саясат таныстырылған компаниялар",
                "en": "Companies presented with the corporate policy",
            },
            "target": 10,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Университеты, которым представлена корпоративная политика",
                "kk": "Корпоративтік саясат таныстырылған университеттер",
                "en": "Universities presented with the corporate policy",
            },
            "target": 5,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Рост числа реакций бизнеса и госорганов на случаи харассмента, %",
                "kk": "Бизнес пен мемлекеттік органдардың харассмент жағдайларына әрекет ету санының өсімі, %",
                "en": "Increase in responses to harassment cases by business and state bodies, %",
            },
            "target": 10,
            "achieved": None,
        },
    ],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Проект работал в онлайн-формате и охватывал всю территорию Казахстана. "
                    "Его долгосрочная цель — чтобы сексуальные домогательства на работе и в "
                    "общественных местах были запрещены законом, а работодатели внедряли "
                    "собственные правила их предотвращения.</p>"
                    "<p>Сексуальные домогательства — форма дискриминации, и их последствия "
                    "выходят за рамки отдельной истории: они сказываются на карьере, здоровье и "
                    "безопасности женщин и на доверии в обществе в целом.</p>"
                ),
                "kk": (
                    "<p>Жоба онлайн форматта жүргізіліп, Қазақстанның бүкіл аумағын қамтыды. "
                    "Оның ұзақ мерзімді мақсаты — жұмыс орнындағы және қоғамдық орындардағы "
                    "жыныстық қудалауға заңмен тыйым салу және жұмыс берушілердің оның алдын алу "
                    "жөнінде өз ережелерін енгізуі.</p>"
                    "<p>Жыныстық қудалау — кемсітушіліктің бір түрі, оның салдары жеке оқиғамен "
                    "шектелмейді: ол әйелдердің мансабына, денсаулығы мен қауіпсіздігіне және "
                    "жалпы қоғамдағы сенімге әсер етеді.</p>"
                ),
                "en": (
                    "<p>The project ran online and covered the whole of Kazakhstan. Its "
                    "long-term aim was for sexual harassment at work and in public places to be "
                    "prohibited by law and for employers to adopt their own rules to prevent "
                    "it.</p>"
                    "<p>Sexual harassment is a form of discrimination, and its consequences reach "
                    "well beyond any single case: it affects women's careers, health and safety, "
                    "and trust across society.</p>"
                ),
            },
        },
        {
            "type": "fact_box",
            "title": {
                "ru": "Ожидаемые долгосрочные результаты",
                "kk": "Күтілетін ұзақ мерзімді нәтижелер",
                "en": "Expected long-term results",
            },
            "html": {
                "ru": (
                    "<ul>"
                    "<li>Запрет сексуальных домогательств на работе и в общественных местах "
                    "закреплён в законе.</li>"
                    "<li>Число реакций бизнеса и государственных органов на случаи харассмента "
                    "вырастает на 10%.</li>"
                    "<li>10 компаний и 5 университетов принимают и применяют разработанные в "
                    "проекте внутренние правила профилактики домогательств.</li>"
                    "<li>В обществе формируется нетерпимость к любым формам харассмента как к "
                    "нарушению прав человека и выстраивается диалог о ликвидации дискриминации "
                    "женщин.</li>"
                    "</ul>"
                ),
                "kk": (
                    "<ul>"
                    "<li>Жұмыс орнында және қоғамдық орындарда жыныстық қудалауға тыйым салу "
                    "заңда бекітіледі.</li>"
                    "<li>Бизнес пен мемлекеттік органдардың харассмент жағдайларына әрекет ету "
                    "саны 10%-ға артады.</li>"
                    "<li>10 компания мен 5 университет жобада әзірленген қудалаудың алдын алу "
                    "жөніндегі ішкі ережелерді қабылдап, қолданады.</li>"
                    "<li>Қоғамда харассменттің кез келген түріне адам құқықтарын бұзу ретінде "
                    "төзбеушілік қалыптасып, әйелдерге қатысты кемсітушілікті жою туралы "
                    "сындарлы диалог орнайды.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>Sexual harassment at work and in public places is prohibited by law.</li>"
                    "<li>The number of responses to harassment cases by business and state bodies "
                    "grows by 10%.</li>"
                    "<li>10 companies and 5 universities adopt and apply the internal prevention "
                    "rules developed by the project.</li>"
                    "<li>Society comes to reject every form of harassment as a human rights "
                    "violation, and a constructive dialogue on ending discrimination against "
                    "women takes shape.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "legal_references",
            "items": [
                {
                    "title": {
                        "ru": "Конвенция МОТ № 190 о ликвидации насилия и домогательств в сфере труда",
                        "kk": "ХЕҰ-ның еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 190 конвенциясы",
                        "en": "ILO Violence and Harassment Convention, 2019 (No. 190)",
                    },
                    "citation": {
                        "ru": "Принята Международной конференцией труда 21 июня 2019 года",
                        "kk": "Халықаралық еңбек конференциясы 2019 жылғы 21 маусымда қабылдаған",
                        "en": "Adopted by the International Labour Conference on 21 June 2019",
                    },
                },
                {
                    "title": {
                        "ru": "Конвенция о ликвидации всех форм дискриминации в отношении женщин",
                        "kk": "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенция",
                        "en": "Convention on the Elimination of All Forms of Discrimination against Women",
                    },
                    "citation": {
                        "ru": (
                            "Принята Генеральной Ассамблеей ООН 18 декабря 1979 года; "
                            "Казахстан присоединился в 1998 году"
                        ),
                        "kk": (
                            "БҰҰ Бас Ассамблеясы 1979 жылғы 18 желтоқсанда қабылдаған; "
                            "Қазақстан 1998 жылы қосылған"
                        ),
                        "en": (
                            "Adopted by the UN General Assembly on 18 December 1979; "
                            "Kazakhstan acceded in 1998"
                        ),
                    },
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 3. National conference, 28 November 2023 (CFLI + UNDP Spotlight; KIBHR & LPRC)
# ---------------------------------------------------------------------------
EQUALITY_CONFERENCE_2023 = {
    "key": "equality-conference-2023",
    "title": {
        "ru": "Национальная конференция по искоренению дискриминационных практик",
        "kk": "Кемсітушілік тәжірибелерін жою жөніндегі ұлттық конференция",
        "en": "National conference on eliminating discriminatory practices",
    },
    "summary": {
        "ru": (
            "28 ноября 2023 года представители государства и гражданского общества обсудили, как "
            "обеспечить равенство и защитить женщин от дискриминации и домогательств; эксперты "
            "представили проект закона о совете по равенству."
        ),
        "kk": (
            "2023 жылғы 28 қарашада мемлекет пен азаматтық қоғам өкілдері теңдікті қамтамасыз "
            "ету және әйелдерді кемсітушілік пен қудалаудан қорғау жолдарын талқылады; "
            "сарапшылар теңдік жөніндегі кеңес туралы заң жобасын таныстырды."
        ),
        "en": (
            "On 28 November 2023, state and civil society representatives discussed how to "
            "ensure equality and protect women from discrimination and harassment; experts "
            "presented a draft law on an equality council."
        ),
    },
    "period_start": "2023-11-28",
    "period_end": "2023-11-28",
    "donors": ["dfatd-cfli", "undp-spotlight"],
    "partners": ["kibhr"],
    "goals": {
        "ru": (
            "<ul>"
            "<li>Обсудить с представителями государственного и гражданского секторов, как "
            "обеспечить равенство и защиту от дискриминации в Казахстане.</li>"
            "<li>Представить концепцию и проект закона «О Совете по обеспечению равенства и "
            "защите от дискриминации», а также сопутствующие законопроекты.</li>"
            "<li>Выработать рекомендации по защите женщин от дискриминации, харассмента и "
            "сексуальных домогательств.</li>"
            "</ul>"
        ),
        "kk": (
            "<ul>"
            "<li>Мемлекеттік және азаматтық сектор өкілдерімен Қазақстанда теңдікті және "
            "кемсітушіліктен қорғауды қалай қамтамасыз етуге болатынын талқылау.</li>"
            "<li>«Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес туралы» "
            "заң жобасының тұжырымдамасы мен мәтінін, сондай-ақ ілеспе заң жобаларын "
            "таныстыру.</li>"
            "<li>Әйелдерді кемсітушіліктен, харассменттен және жыныстық қудалаудан қорғау "
            "жөнінде ұсынымдар әзірлеу.</li>"
            "</ul>"
        ),
        "en": (
            "<ul>"
            "<li>Discuss with representatives of the public and civil sectors how to ensure "
            "equality and protection from discrimination in Kazakhstan.</li>"
            "<li>Present the concept and draft law “On the Council for Ensuring Equality and "
            "Protection against Discrimination”, together with accompanying bills.</li>"
            "<li>Develop recommendations on protecting women from discrimination, harassment "
            "and sexual harassment.</li>"
            "</ul>"
        ),
    },
    "problems": {
        "ru": (
            "<ol>"
            "<li>В законодательстве нет исчерпывающего определения дискриминации и ясных "
            "запретов, поэтому пострадавшие остаются без доступа к правосудию и защите.</li>"
            "<li>Ответственность за харассмент и сексуальные домогательства не установлена, а у "
            "работодателей нет чётких указаний, как их предотвращать и расследовать.</li>"
            "<li>Женщины, в том числе женщины с инвалидностью, сталкиваются с дискриминацией, "
            "стигматизацией и давлением при получении медицинских услуг.</li>"
            "<li>Сотрудникам правоохранительных органов, судьям и адвокатам не хватает "
            "подготовки в расследовании, доказывании и квалификации таких "
            "правонарушений.</li>"
            "</ol>"
        ),
        "kk": (
            "<ol>"
            "<li>Заңнамада кемсітушіліктің толық анықтамасы мен нақты тыйымдар жоқ, сондықтан "
            "зардап шеккендер сот төрелігі мен қорғауға қол жеткізе алмайды.</li>"
            "<li>Харассмент пен жыныстық қудалау үшін жауапкершілік белгіленбеген, ал жұмыс "
            "берушілерде олардың алдын алу және тергеу жөнінде нақты нұсқаулар жоқ.</li>"
            "<li>Әйелдер, соның ішінде мүгедектігі бар әйелдер медициналық қызмет алу кезінде "
            "кемсітушілікке, стигмаға және қысымға тап болады.</li>"
            "<li>Құқық қорғау органдарының қызметкерлері, судьялар мен адвокаттар мұндай құқық "
            "бұзушылықтарды тергеу, дәлелдеу және саралау бойынша жеткілікті даярлықтан "
            "өтпеген.</li>"
            "</ol>"
        ),
        "en": (
            "<ol>"
            "<li>The law contains neither an exhaustive definition of discrimination nor clear "
            "prohibitions, leaving victims without access to justice and protection.</li>"
            "<li>No liability has been established for harassment and sexual harassment, and "
            "employers have no clear guidance on preventing and investigating them.</li>"
            "<li>Women, including women with disabilities, face discrimination, stigma and "
            "pressure when receiving medical care.</li>"
            "<li>Law enforcement officers, judges and lawyers lack training in investigating, "
            "proving and classifying such offences.</li>"
            "</ol>"
        ),
    },
    "activities": [
        {
            "title": {
                "ru": "Открытие конференции",
                "kk": "Конференцияның ашылуы",
                "en": "Opening of the conference",
            },
            "html": {
                "ru": (
                    "<p>Конференцию открыла Наталья Максимчук, программный специалист "
                    "Инициативы Spotlight ПРООН. По её словам, инициатива опирается на права "
                    "человека и связывает сокращение гендерных разрывов с движением сообществ и "
                    "стран к инклюзии, безопасности, справедливости и экономическому "
                    "благополучию.</p>"
                    "<p>Она также отметила, что многое здесь зависит от тесного взаимодействия "
                    "государственных органов, гражданского общества и экспертов.</p>"
                ),
                "kk": (
                    "<p>Конференцияны БҰҰДБ-ның Spotlight бастамасының бағдарлама маманы Наталья "
                    "Максимчук ашты. Оның айтуынша, бастама адам құқықтарына сүйенеді және "
                    "гендерлік алшақтықты қысқартуды қауымдастықтар мен елдердің инклюзияға, "
                    "қауіпсіздікке, әділдік пен экономикалық әл-ауқатқа қарай дамуымен "
                    "байланыстырады.</p>"
                    "<p>Ол сондай-ақ бұл істе мемлекеттік органдардың, азаматтық қоғам мен "
                    "сарапшылардың тығыз өзара іс-қимылы көп нәрсені шешетінін атап өтті.</p>"
                ),
                "en": (
                    "<p>The conference was opened by Natalya Maksimchuk, Programme Officer of the "
                    "UNDP Spotlight Initiative. She said the initiative is grounded in human "
                    "rights and links closing gender gaps with the progress of communities and "
                    "countries towards inclusion, security, equity and economic well-being.</p>"
                    "<p>She added that much of this depends on close cooperation between "
                    "government agencies, civil society and experts.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Законопроект о Совете по равенству",
                "kk": "Теңдік жөніндегі кеңес туралы заң жобасы",
                "en": "Draft law on an equality council",
            },
            "html": {
                "ru": (
                    "<p>Директор Казахстанского международного бюро по правам человека и "
                    "соблюдению законности Евгений Жовтис и старший юридический советник ЦИПП "
                    "Дмитрий Нурумов представили концепцию и текст проекта закона «О Совете по "
                    "обеспечению равенства и защите от дискриминации».</p>"
                    "<p>Как сообщил Евгений Жовтис, эксперты гражданского общества подготовили и "
                    "сопутствующие поправки к действующему антидискриминационному "
                    "законодательству: в них заложены понятийный аппарат, а также "
                    "институциональные и процедурные гарантии искоренения дискриминационных "
                    "практик.</p>"
                ),
                "kk": (
                    "<p>Адам құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық "
                    "бюросының директоры Евгений Жовтис пен Құқықтық саясатты зерттеу орталығының "
                    "аға заң кеңесшісі Дмитрий Нурумов «Теңдікті қамтамасыз ету және "
                    "кемсітушіліктен қорғау жөніндегі кеңес туралы» заң жобасының тұжырымдамасы "
                    "мен мәтінін таныстырды.</p>"
                    "<p>Евгений Жовтистің хабарлауынша, азаматтық қоғам сарапшылары қолданыстағы "
                    "кемсітушілікке қарсы заңнамаға ілеспе түзетулер де әзірледі: оларда ұғымдық "
                    "аппарат, сондай-ақ кемсітушілік тәжірибелерін жоюдың институционалдық және "
                    "процестік кепілдіктері қамтылған.</p>"
                ),
                "en": (
                    "<p>Evgeny Zhovtis, Director of the Kazakhstan International Bureau for Human "
                    "Rights and Rule of Law, and Dmitry Nurumov, Senior Legal Adviser at the Legal "
                    "Policy Research Centre, presented the concept and text of the draft law "
                    "“On the Council for Ensuring Equality and Protection against "
                    "Discrimination”.</p>"
                    "<p>According to Zhovtis, civil society experts have also drafted "
                    "accompanying amendments to existing anti-discrimination legislation, setting "
                    "out key definitions and the institutional and procedural safeguards needed "
                    "to eradicate discriminatory practices.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Харассмент и доступ к правосудию",
                "kk": "Харассмент және сот төрелігіне қолжетімділік",
                "en": "Harassment and access to justice",
            },
            "html": {
                "ru": (
                    "<p>Независимый консультант в области прав человека Татьяна Чернобиль "
                    "напомнила, что дискриминация женщин в Казахстане подтверждается практикой "
                    "и исследованиями, но без исчерпывающего определения и прямых запретов "
                    "пострадавшие не могут добиться правосудия.</p>"
                    "<p>Доктор юридических наук Куат Рахимбердин, директор Восточно-Казахстанского "
                    "филиала бюро, призвал выстроить государственную политику противодействия "
                    "харассменту и безотлагательно присоединиться к Конвенции МОТ № 190; это "
                    "предложение поддержали и другие национальные эксперты.</p>"
                    "<p>Региональный директор ЦИПП Аяжан Ойрат подчеркнула, что сотрудникам "
                    "правоохранительных органов, судьям и адвокатам сейчас особенно нужно "
                    "обучение расследованию, доказыванию и квалификации таких "
                    "правонарушений.</p>"
                ),
                "kk": (
                    "<p>Адам құқықтары саласындағы тәуелсіз кеңесші Татьяна Чернобиль Қазақстанда "
                    "әйелдерге қатысты кемсітушілік тәжірибемен де, зерттеулермен де "
                    "расталатынын, бірақ толық анықтама мен тікелей тыйымдар болмағандықтан "
                    "зардап шеккендер сот төрелігіне қол жеткізе алмайтынын еске салды.</p>"
                    "<p>Заң ғылымдарының докторы, бюроның Шығыс Қазақстан филиалының директоры "
                    "Қуат Рахымбердин харассментке қарсы мемлекеттік саясатты қалыптастыруға және "
                    "Қазақстанның ХЕҰ-ның № 190 конвенциясына кідіріссіз қосылуына шақырды; бұл "
                    "ұсынысты басқа да ұлттық сарапшылар қолдады.</p>"
                    "<p>Құқықтық саясатты зерттеу орталығының өңірлік директоры Аяжан Ойрат құқық "
                    "қорғау органдарының қызметкерлеріне, судьялар мен адвокаттарға мұндай құқық "
                    "бұзушылықтарды тергеу, дәлелдеу және саралау бойынша оқыту қазір ерекше "
                    "қажет екенін атап өтті.</p>"
                ),
                "en": (
                    "<p>Tatyana Chernobil, an independent human rights consultant, noted that "
                    "discrimination against women in Kazakhstan is confirmed by practice and "
                    "research, yet without an exhaustive definition and explicit prohibitions "
                    "victims cannot obtain justice.</p>"
                    "<p>Kuat Rakhimberdin, Doctor of Law and Director of the Bureau's East "
                    "Kazakhstan branch, called for a state policy on combating harassment and for "
                    "Kazakhstan to accede without delay to ILO Convention No. 190; several other "
                    "national experts backed the proposal.</p>"
                    "<p>Ayazhan Oirat, Regional Director of the LPRC, stressed that law "
                    "enforcement officers, judges and lawyers now particularly need training in "
                    "investigating, proving and classifying such offences.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Медицинские услуги и права женщин",
                "kk": "Медициналық қызметтер және әйелдер құқықтары",
                "en": "Healthcare and women's rights",
            },
            "html": {
                "ru": (
                    "<p>PhD Алия Даутбай, эксперт в области медицинского права, рассказала о "
                    "дискриминации женщин при получении медицинских услуг, в том числе о случаях "
                    "давления на женщин с инвалидностью, которых склоняют к аборту.</p>"
                    "<p>По её словам, такие женщины сталкиваются со стигматизацией и "
                    "притеснениями со стороны медицинского персонала: их оскорбляют, отпускают в "
                    "их адрес унизительные замечания и угрожают забрать ребёнка.</p>"
                ),
                "kk": (
                    "<p>Медициналық құқық саласының сарапшысы, PhD Әлия Даутбай әйелдердің "
                    "медициналық қызмет алу кезіндегі кемсітушілікке, соның ішінде мүгедектігі "
                    "бар әйелдерді түсік жасатуға көндіру үшін қысым көрсету жағдайларына "
                    "тоқталды.</p>"
                    "<p>Оның айтуынша, мұндай әйелдер медицина қызметкерлері тарапынан стигма мен "
                    "қысымшылыққа ұшырайды: оларды қорлайды, кемсітетін сөздер айтады және "
                    "баласын тартып аламыз деп қорқытады.</p>"
                ),
                "en": (
                    "<p>Aliya Dautbay, PhD, an expert in medical law, spoke about discrimination "
                    "against women in healthcare, including cases in which women with "
                    "disabilities were pressured to have an abortion.</p>"
                    "<p>She said such women face stigma and harassment from medical staff: they "
                    "are insulted, subjected to demeaning remarks and threatened that their child "
                    "will be taken away.</p>"
                ),
            },
        },
    ],
    "indicators": [
        {
            "label": {
                "ru": "Проведённая национальная конференция",
                "kk": "Өткізілген ұлттық конференция",
                "en": "National conference held",
            },
            "target": 1,
            "achieved": 1,
        },
        {
            "label": {
                "ru": "Представленный проект закона о Совете по равенству",
                "kk": "Таныстырылған теңдік жөніндегі кеңес туралы заң жобасы",
                "en": "Draft law on an equality council presented",
            },
            "target": 1,
            "achieved": 1,
        },
        {
            "label": {
                "ru": "Языки онлайн-трансляции (YouTube — русский, Facebook — казахский)",
                "kk": "Онлайн-трансляция тілдері (YouTube — орыс тілі, Facebook — қазақ тілі)",
                "en": "Broadcast languages (YouTube in Russian, Facebook in Kazakh)",
            },
            "target": 2,
            "achieved": 2,
        },
    ],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Конференцию организовали Казахстанское международное бюро по правам "
                    "человека и соблюдению законности и Центр исследования правовой политики при "
                    "поддержке Канадского фонда местных инициатив и региональной программы "
                    "Инициативы Spotlight ПРООН для Центральной Азии «Альянсы за перемены: "
                    "искоренение сексуального и гендерного насилия и вредных практик в "
                    "Центральной Азии».</p>"
                    "<p>Трансляция шла на YouTube на русском языке и в Facebook на казахском; "
                    "программа конференции была подготовлена на обоих языках.</p>"
                ),
                "kk": (
                    "<p>Конференцияны Канаданың жергілікті бастамалар қоры мен БҰҰДБ-ның "
                    "Орталық Азияға арналған Spotlight бастамасының «Өзгерістер үшін одақтар: "
                    "Орталық Азиядағы жыныстық және гендерлік зорлық-зомбылық пен зиянды "
                    "тәжірибелерді жою» өңірлік бағдарламасының қолдауымен Адам "
                    "құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросы мен "
                    "Құқықтық саясатты зерттеу орталығы ұйымдастырды.</p>"
                    "<p>Іс-шара YouTube-та орыс тілінде, Facebook-те қазақ тілінде тікелей "
                    "көрсетілді; конференция бағдарламасы екі тілде де дайындалды.</p>"
                ),
                "en": (
                    "<p>The conference was organised by the Kazakhstan International Bureau for "
                    "Human Rights and Rule of Law and the Legal Policy Research Centre, with "
                    "support from the Canada Fund for Local Initiatives and the UNDP Spotlight "
                    "Initiative regional programme for Central Asia, “Alliances for Change: "
                    "Ending Sexual and Gender-Based Violence and Harmful Practices in Central "
                    "Asia”.</p>"
                    "<p>It was streamed on YouTube in Russian and on Facebook in Kazakh, and the "
                    "conference programme was prepared in both languages.</p>"
                ),
            },
        },
        {
            "type": "fact_box",
            "title": {
                "ru": "Ключевые рекомендации конференции",
                "kk": "Конференцияның негізгі ұсынымдары",
                "en": "Key recommendations of the conference",
            },
            "html": {
                "ru": (
                    "<ul>"
                    "<li>Ввести ответственность за харассмент и сексуальные домогательства.</li>"
                    "<li>Издать приказ министра труда и социальной защиты населения с чёткими "
                    "рекомендациями работодателям по профилактике харассмента, расследованию "
                    "инцидентов, сбору доказательств и мерам реагирования.</li>"
                    "<li>Принять нормативное постановление Верховного суда о квалификации "
                    "правонарушений, связанных с харассментом, сексуальными домогательствами, "
                    "сталкингом и дискриминацией женщин.</li>"
                    "<li>Присоединиться к Конвенции МОТ № 190 о ликвидации насилия и "
                    "домогательств в сфере труда.</li>"
                    "<li>Разработать понятийный аппарат в сфере недискриминации и создать "
                    "действенную нормативную среду для искоренения дискриминационных "
                    "практик.</li>"
                    "</ul>"
                ),
                "kk": (
                    "<ul>"
                    "<li>Харассмент пен жыныстық қудалау үшін жауапкершілік енгізу.</li>"
                    "<li>Еңбек және халықты әлеуметтік қорғау министрінің жұмыс берушілерге "
                    "харассменттің алдын алу, оқиғаларды тергеу, дәлелдер жинау және әрекет ету "
                    "шаралары жөнінде нақты ұсынымдар беретін бұйрығын шығару.</li>"
                    "<li>Харассментке, жыныстық қудалауға, сталкингке және әйелдерге қатысты "
                    "кемсітушілікке байланысты құқық бұзушылықтарды саралау туралы Жоғарғы "
                    "Соттың нормативтік қаулысын қабылдау.</li>"
                    "<li>ХЕҰ-ның еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы "
                    "№ 190 конвенциясына қосылу.</li>"
                    "<li>Кемсітушілікке жол бермеу саласында ұғымдық аппарат әзірлеп, "
                    "кемсітушілік тәжірибелерін жою үшін тиімді нормативтік орта "
                    "қалыптастыру.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>Introduce liability for harassment and sexual harassment.</li>"
                    "<li>Issue an order of the Minister of Labour and Social Protection of the "
                    "Population giving employers clear guidance on preventing harassment, "
                    "investigating incidents, gathering evidence and taking action.</li>"
                    "<li>Adopt a normative resolution of the Supreme Court on classifying "
                    "offences related to harassment, sexual harassment, stalking and "
                    "discrimination against women.</li>"
                    "<li>Accede to ILO Convention No. 190 on eliminating violence and harassment "
                    "in the world of work.</li>"
                    "<li>Develop a conceptual framework on non-discrimination and create an "
                    "effective regulatory environment for eradicating discriminatory "
                    "practices.</li>"
                    "</ul>"
                ),
            },
        },
    ],
}


# ---------------------------------------------------------------------------
# 4. Legal Policy Concept to 2030 (UK FCDO, 01.09.2021 - 31.03.2022)
# ---------------------------------------------------------------------------
LEGAL_POLICY_CONCEPT_2030 = {
    "key": "legal-policy-concept-2030",
    "title": {
        "ru": "Гражданское общество и Концепция правовой политики до 2030 года",
        "kk": "Азаматтық қоғам және 2030 жылға дейінгі Құқықтық саясат тұжырымдамасы",
        "en": "Civil society and the Legal Policy Concept to 2030",
    },
    "summary": {
        "ru": (
            "При поддержке Министерства иностранных дел, по делам Содружества и развития "
            "Великобритании ЦИПП объединял НПО, юристов, адвокатов и активистов для обсуждения "
            "Концепции правовой политики до 2030 года и подготовки рекомендаций."
        ),
        "kk": (
            "Ұлыбританияның Сыртқы істер, Достастық және даму істері министрлігінің қолдауымен "
            "орталық 2030 жылға дейінгі Құқықтық саясат тұжырымдамасын талқылау және ұсынымдар "
            "әзірлеу үшін ҮЕҰ-ларды, заңгерлерді, адвокаттар мен белсенділерді біріктірді."
        ),
        "en": (
            "With support from the UK Foreign, Commonwealth & Development Office, the LPRC "
            "brought together NGOs, lawyers, defence lawyers and activists to discuss the Legal "
            "Policy Concept to 2030 and draft recommendations."
        ),
    },
    "period_start": "2021-09-01",
    "period_end": "2022-03-31",
    "donors": ["uk-fcdo"],
    "partners": [],
    "goals": {
        "ru": (
            "<ul>"
            "<li>Объединить некоммерческие организации, юристов, адвокатов, активистов и "
            "гражданские инициативы для публичного обсуждения Концепции правовой политики и "
            "выработки рекомендаций по её реализации.</li>"
            "<li>Призвать государство к открытому и широкому диалогу с гражданским обществом о "
            "законодательстве, касающемся НПО, и о законотворческом процессе.</li>"
            "<li>Способствовать развитию эффективных демократических институтов, основанных на "
            "прозрачности, представительной демократии, плюрализме, подотчётности, верховенстве "
            "права и правах человека.</li>"
            "</ul>"
        ),
        "kk": (
            "<ul>"
            "<li>Құқықтық саясат тұжырымдамасын көпшілік алдында талқылау және оны іске асыру "
            "жөнінде ұсынымдар әзірлеу үшін коммерциялық емес ұйымдарды, заңгерлерді, "
            "адвокаттарды, белсенділер мен азаматтық бастамаларды біріктіру.</li>"
            "<li>Мемлекетті ҮЕҰ секторына қатысты заңнама және заң шығару процесі туралы "
            "азаматтық қоғаммен ашық әрі кең ауқымды диалогқа шақыру.</li>"
            "<li>Ашықтыққа, өкілді демократияға, плюрализмге, есеп берушілікке, құқық үстемдігі "
            "мен адам құқықтарына негізделген тиімді демократиялық институттардың дамуына "
            "ықпал ету.</li>"
            "</ul>"
        ),
        "en": (
            "<ul>"
            "<li>Bring together non-profit organisations, lawyers, defence lawyers, activists "
            "and civic initiatives to discuss the Legal Policy Concept in public and recommend "
            "how it should be implemented.</li>"
            "<li>Call on the state to hold an open and wide-ranging dialogue with civil society "
            "on legislation affecting NGOs and on the law-making process.</li>"
            "<li>Support the development of effective democratic institutions based on "
            "transparency, representative democracy, pluralism, accountability, the rule of law "
            "and human rights.</li>"
            "</ul>"
        ),
    },
    "problems": {
        "ru": (
            "<ol>"
            "<li>Правительство разработало новую Концепцию правовой политики до 2030 года, не "
            "пригласив некоммерческий сектор к её подготовке и обсуждению.</li>"
            "<li>Концепция готовилась в то время, когда Казахстан сталкивается с глобальными "
            "экономическими вызовами и угрозами правам и свободам человека, и без голоса "
            "гражданского общества эти риски могут остаться неучтёнными.</li>"
            "<li>Общество мало знает о новых законопроектах, поэтому широкой публичной "
            "дискуссии о ключевых направлениях правовой реформы не хватает.</li>"
            "</ol>"
        ),
        "kk": (
            "<ol>"
            "<li>Үкімет 2030 жылға дейінгі жаңа Құқықтық саясат тұжырымдамасын коммерциялық "
            "емес секторды оны әзірлеуге және талқылауға шақырмай дайындады.</li>"
            "<li>Тұжырымдама Қазақстан жаһандық экономикалық сын-қатерлерге және адам "
            "құқықтары мен бостандықтарына төнген қауіптерге тап болған кезеңде әзірленді, ал "
            "азаматтық қоғамның үнінсіз бұл тәуекелдер ескерілмей қалуы мүмкін.</li>"
            "<li>Қоғам жаңа заң жобалары туралы аз біледі, сондықтан құқықтық реформаның "
            "негізгі бағыттары жөнінде кең көпшілік талқылау жетіспейді.</li>"
            "</ol>"
        ),
        "en": (
            "<ol>"
            "<li>The Government drafted the new Legal Policy Concept to 2030 without inviting "
            "the non-profit sector to help prepare or discuss it.</li>"
            "<li>The Concept was prepared at a time when Kazakhstan faces global economic "
            "challenges and threats to human rights and freedoms, and without civil society's "
            "voice these risks may go unaddressed.</li>"
            "<li>The public knows little about new draft laws, so there is not enough broad "
            "debate on the key directions of legal reform.</li>"
            "</ol>"
        ),
    },
    "activities": [
        {
            "title": {
                "ru": "Рекомендации к Концепции",
                "kk": "Тұжырымдамаға ұсынымдар",
                "en": "Recommendations on the Concept",
            },
            "html": {
                "ru": (
                    "<p>Проект предусматривал подготовку предложений и рекомендаций к Концепции "
                    "правовой политики Казахстана до 2030 года с учётом ключевых вызовов в сфере "
                    "прав человека и верховенства права.</p>"
                    "<p>Из них должен был сложиться сводный пакет предложений гражданского "
                    "общества.</p>"
                ),
                "kk": (
                    "<p>Жоба адам құқықтары мен құқық үстемдігі саласындағы негізгі сын-қатерлерді "
                    "ескере отырып, Қазақстанның 2030 жылға дейінгі Құқықтық саясат "
                    "тұжырымдамасына ұсыныстар мен ұсынымдар дайындауды көздеді.</p>"
                    "<p>Олардан азаматтық қоғамның жиынтық ұсыныстар топтамасы құралуға тиіс "
                    "болды.</p>"
                ),
                "en": (
                    "<p>The project provided for preparing proposals and recommendations on "
                    "Kazakhstan's Legal Policy Concept to 2030, taking into account key challenges "
                    "for human rights and the rule of law.</p>"
                    "<p>These were to form a consolidated package of proposals from civil "
                    "society.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Дискуссии и диалог",
                "kk": "Пікірталастар мен диалог",
                "en": "Discussions and dialogue",
            },
            "html": {
                "ru": (
                    "<p>Шесть дискуссионных и диалоговых мероприятий были задуманы, чтобы "
                    "вырабатывать и продвигать рекомендации гражданского общества и вовлекать "
                    "государственный сектор в разговор о них.</p>"
                ),
                "kk": (
                    "<p>Алты пікірталас және диалог іс-шарасы азаматтық қоғамның ұсынымдарын "
                    "әзірлеп, ілгерілету және мемлекеттік секторды оларды талқылауға тарту үшін "
                    "жоспарланды.</p>"
                ),
                "en": (
                    "<p>Six discussion and dialogue events were planned to develop and promote "
                    "civil society's recommendations and draw the public sector into the "
                    "conversation about them.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Медиакампания",
                "kk": "Медиа-науқан",
                "en": "Media campaign",
            },
            "html": {
                "ru": (
                    "<p>Кампания в СМИ и социальных сетях должна была рассказать обществу о "
                    "предложениях гражданского общества к новой Концепции и о новых "
                    "законопроектах, чтобы вызвать публичную дискуссию о реформе правовой "
                    "политики с уважением к правам человека и верховенству права.</p>"
                ),
                "kk": (
                    "<p>БАҚ пен әлеуметтік желілердегі науқан қоғамға азаматтық қоғамның жаңа "
                    "Тұжырымдамаға ұсыныстары мен жаңа заң жобалары туралы айтып, адам құқықтары "
                    "мен құқық үстемдігін құрметтейтін құқықтық саясат реформасы жөнінде көпшілік "
                    "талқылау тудыруға тиіс болды.</p>"
                ),
                "en": (
                    "<p>A campaign in the media and on social networks was to inform the public "
                    "about civil society's proposals for the new Concept and about new draft "
                    "laws, sparking public debate on legal policy reform that respects human "
                    "rights and the rule of law.</p>"
                ),
            },
        },
    ],
    "indicators": [
        {
            "label": {
                "ru": "Дискуссионные и диалоговые мероприятия",
                "kk": "Пікірталас және диалог іс-шаралары",
                "en": "Discussion and dialogue events",
            },
            "target": 6,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Сводный пакет предложений гражданского общества",
                "kk": "Азаматтық қоғамның жиынтық ұсыныстар топтамасы",
                "en": "Consolidated package of civil society proposals",
            },
            "target": 1,
            "achieved": None,
        },
        {
            "label": {
                "ru": "Кампания в СМИ и социальных сетях",
                "kk": "БАҚ пен әлеуметтік желілердегі науқан",
                "en": "Media and social media campaign",
            },
            "target": 1,
            "achieved": None,
        },
    ],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Концепция правовой политики задаёт направления развития законодательства "
                    "на годы вперёд, и от неё зависит, как будут защищены права и свободы "
                    "граждан. Проект исходил из того, что такой документ нельзя обсуждать без "
                    "некоммерческого сектора, юристов и гражданских инициатив.</p>"
                    "<p>Работа строилась вокруг трёх задач: собрать сводный пакет предложений "
                    "гражданского общества, вовлечь государственный сектор в диалог по этим "
                    "рекомендациям и сделать новые законопроекты понятными широкой "
                    "аудитории.</p>"
                ),
                "kk": (
                    "<p>Құқықтық саясат тұжырымдамасы заңнаманың алдағы жылдардағы даму "
                    "бағыттарын айқындайды, азаматтардың құқықтары мен бостандықтарының қалай "
                    "қорғалатыны да соған байланысты. Жоба мұндай құжатты коммерциялық емес "
                    "секторсыз, заңгерлер мен азаматтық бастамаларсыз талқылауға болмайды деген "
                    "ұстанымға сүйенді.</p>"
                    "<p>Жұмыс үш міндетке құрылды: азаматтық қоғамның жиынтық ұсыныстар "
                    "топтамасын жинақтау, мемлекеттік секторды осы ұсынымдар бойынша диалогқа "
                    "тарту және жаңа заң жобаларын кең аудиторияға түсінікті ету.</p>"
                ),
                "en": (
                    "<p>The Legal Policy Concept sets the direction of legislation for years "
                    "ahead, and it shapes how citizens' rights and freedoms will be protected. "
                    "The project started from the view that such a document cannot be discussed "
                    "without the non-profit sector, lawyers and civic initiatives.</p>"
                    "<p>The work was built around three tasks: compiling a consolidated package "
                    "of civil society proposals, engaging the public sector in dialogue on these "
                    "recommendations and making new draft laws understandable to a wide "
                    "audience.</p>"
                ),
            },
        },
        {
            "type": "fact_box",
            "title": {
                "ru": "Коротко о проекте",
                "kk": "Жоба туралы қысқаша",
                "en": "The project at a glance",
            },
            "html": {
                "ru": (
                    "<ul>"
                    "<li>Срок реализации: 1 сентября 2021 — 31 марта 2022 года (7 месяцев).</li>"
                    "<li>Донор: Министерство иностранных дел, по делам Содружества и развития "
                    "Великобритании (FCDO).</li>"
                    "<li>Формат: шесть дискуссионных и диалоговых мероприятий и "
                    "медиакампания.</li>"
                    "</ul>"
                ),
                "kk": (
                    "<ul>"
                    "<li>Іске асыру мерзімі: 2021 жылғы 1 қыркүйек — 2022 жылғы 31 наурыз "
                    "(7 ай).</li>"
                    "<li>Донор: Ұлыбританияның Сыртқы істер, Достастық және даму істері "
                    "министрлігі (FCDO).</li>"
                    "<li>Форматы: алты пікірталас және диалог іс-шарасы мен медиа-науқан.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>Implementation period: 1 September 2021 – 31 March 2022 (7 months).</li>"
                    "<li>Donor: UK Foreign, Commonwealth and Development Office (FCDO).</li>"
                    "<li>Format: six discussion and dialogue events and a media campaign.</li>"
                    "</ul>"
                ),
            },
        },
    ],
}


# ---------------------------------------------------------------------------
# 5. Migrants' rights (EU Delegation / EIDHR, 30.01.2019 - 30.01.2021; ICJ, ICJ-EI)
# ---------------------------------------------------------------------------
MIGRANTS_RIGHTS = {
    "key": "migrants-rights",
    "title": {
        "ru": "Усиление правовой защиты прав мигрантов в Казахстане",
        "kk": "Қазақстанда мигранттардың құқықтарын құқықтық қорғауды күшейту",
        "en": "Strengthening legal protection of migrants' rights in Kazakhstan",
    },
    "summary": {
        "ru": (
            "Совместный проект ЦИПП, Международной комиссии юристов и её Европейских институтов "
            "при поддержке ЕС помогал адвокатам и юристам НПО защищать мигрантов с помощью "
            "национальных и международных механизмов."
        ),
        "kk": (
            "Құқықтық саясатты зерттеу орталығы, Халықаралық заңгерлер комиссиясы және оның "
            "Еуропалық институттары ЕО қолдауымен іске асырған жоба адвокаттар мен ҮЕҰ "
            "заңгерлеріне мигранттарды ұлттық және халықаралық тетіктер арқылы қорғауға "
            "көмектесті."
        ),
        "en": (
            "A joint project of the LPRC, the International Commission of Jurists and ICJ "
            "European Institutions, funded by the EU, helped defence lawyers and NGO lawyers "
            "protect migrants through national and international mechanisms."
        ),
    },
    "period_start": "2019-01-30",
    "period_end": "2021-01-30",
    "donors": ["eu-delegation"],
    "partners": ["icj", "icj-ei"],
    "goals": {
        "ru": (
            "<ul>"
            "<li>Расширить доступ мигрантов в Казахстане к национальным и международным "
            "механизмам защиты прав человека.</li>"
            "<li>Создать и поддержать пул адвокатов и юристов НПО, способных эффективно "
            "представлять интересы мигрантов, в том числе через правовое наставничество.</li>"
            "<li>Укрепить профессиональные связи, взаимное обучение и сотрудничество "
            "казахстанских юристов с европейскими коллегами.</li>"
            "</ul>"
        ),
        "kk": (
            "<ul>"
            "<li>Қазақстандағы мигранттардың адам құқықтарын қорғаудың ұлттық және халықаралық "
            "тетіктеріне қолжетімділігін кеңейту.</li>"
            "<li>Мигранттардың мүддесін тиімді білдіре алатын адвокаттар мен ҮЕҰ заңгерлерінің "
            "тобын қалыптастыру және оны, соның ішінде құқықтық тәлімгерлік арқылы, "
            "қолдау.</li>"
            "<li>Қазақстандық заңгерлердің еуропалық әріптестерімен кәсіби байланыстарын, "
            "өзара тәжірибе алмасуын және ынтымақтастығын нығайту.</li>"
            "</ul>"
        ),
        "en": (
            "<ul>"
            "<li>Widen migrants' access to national and international human rights mechanisms "
            "in Kazakhstan.</li>"
            "<li>Build and support a pool of defence lawyers and NGO lawyers able to represent "
            "migrants effectively, including through legal mentoring.</li>"
            "<li>Strengthen professional ties, mutual learning and cooperation between "
            "Kazakhstani lawyers and their European counterparts.</li>"
            "</ul>"
        ),
    },
    "problems": {
        "ru": (
            "<ol>"
            "<li>Доступ мигрантов, беженцев и лиц, ищущих убежища, к национальным и "
            "международным механизмам защиты прав человека ограничен.</li>"
            "<li>Не хватает специализированных адвокатов и юристов НПО, которые умеют защищать "
            "мигрантов и обращаться в международные механизмы.</li>"
            "<li>Пандемия COVID-19 повлияла на миграционные процессы в Казахстане и Центральной "
            "Азии и сделала потребность в квалифицированной правовой помощи особенно "
            "насущной.</li>"
            "<li>В законодательстве и правоприменении остаются пробелы в защите прав мигрантов, "
            "которые требуют согласованной стратегии.</li>"
            "</ol>"
        ),
        "kk": (
            "<ol>"
            "<li>Мигранттардың, босқындар мен пана іздеушілердің адам құқықтарын қорғаудың "
            "ұлттық және халықаралық тетіктеріне қолжетімділігі шектеулі.</li>"
            "<li>Мигранттарды қорғай алатын және халықаралық тетіктерге жүгіне білетін "
            "мамандандырылған адвокаттар мен ҮЕҰ заңгерлері жетіспейді.</li>"
            "<li>COVID-19 пандемиясы Қазақстан мен Орталық Азиядағы көші-қон процестеріне әсер "
            "етіп, білікті құқықтық көмекке деген қажеттілікті ерекше өзекті етті.</li>"
            "<li>Мигранттардың құқықтарын қорғау жөніндегі заңнама мен құқық қолдануда "
            "келісілген стратегияны талап ететін олқылықтар бар.</li>"
            "</ol>"
        ),
        "en": (
            "<ol>"
            "<li>Migrants, refugees and asylum seekers have limited access to national and "
            "international human rights mechanisms.</li>"
            "<li>There are too few specialised defence lawyers and NGO lawyers able to defend "
            "migrants and bring cases to international mechanisms.</li>"
            "<li>The COVID-19 pandemic affected migration processes in Kazakhstan and Central "
            "Asia and made the need for qualified legal assistance especially pressing.</li>"
            "<li>Legislation and its application leave gaps in the protection of migrants' "
            "rights that call for a coordinated strategy.</li>"
            "</ol>"
        ),
    },
    "activities": [
        {
            "title": {
                "ru": "Четыре учебных модуля",
                "kk": "Төрт оқу модулі",
                "en": "Four training modules",
            },
            "html": {
                "ru": (
                    "<p>Проект предусматривал разработку и издание четырёх учебных модулей на "
                    "казахском и русском языках для адвокатов и правозащитников некоммерческого "
                    "сектора.</p>"
                    "<p>Модули посвящены запрету принудительного возвращения, выдворению и "
                    "международной защите; доступу к правосудию для мигрантов, беженцев и лиц, "
                    "ищущих убежища, которые содержатся под стражей; защите прав на здоровье, "
                    "образование, семью и труд; доступу к международным механизмам защиты прав "
                    "человека.</p>"
                ),
                "kk": (
                    "<p>Жоба адвокаттар мен коммерциялық емес сектордың құқық қорғаушыларына "
                    "арналған төрт оқу модулін қазақ және орыс тілдерінде әзірлеп, басып шығаруды "
                    "көздеді.</p>"
                    "<p>Модульдер мәжбүрлеп қайтаруға тыйым салу, елден шығару және халықаралық "
                    "қорғау; қамауда отырған мигранттардың, босқындар мен пана іздеушілердің "
                    "сот төрелігіне қолжетімділігі; денсаулық, білім алу, отбасы және еңбек "
                    "құқықтарын қорғау; адам құқықтарын қорғаудың халықаралық тетіктеріне "
                    "қолжетімділік тақырыптарына арналған.</p>"
                ),
                "en": (
                    "<p>The project provided for developing and publishing four training modules "
                    "in Kazakh and Russian for defence lawyers and NGO human rights "
                    "defenders.</p>"
                    "<p>The modules cover non-refoulement, expulsion and international "
                    "protection; access to justice for migrants, refugees and asylum seekers in "
                    "custody; protection of the rights to health, education, family life and "
                    "work; and access to international human rights mechanisms.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Тренинговый марафон в трёх городах",
                "kk": "Үш қаладағы тренинг марафоны",
                "en": "Training marathon in three cities",
            },
            "html": {
                "ru": (
                    "<p>С 30 сентября по 5 октября в Нур-Султане (ныне Астана), Шымкенте и "
                    "Алматы прошли три двухдневных тренинга «Международное и национальное право "
                    "о защите мигрантов в юридической практике».</p>"
                    "<p>Обучение прошли 100 адвокатов и правозащитников НПО из 10 регионов "
                    "Казахстана; программа сочетала теорию и практику, а занятия вели "
                    "авторитетные национальные и международные эксперты.</p>"
                ),
                "kk": (
                    "<p>30 қыркүйек пен 5 қазан аралығында Нұр-Сұлтанда (қазіргі Астана), "
                    "Шымкентте және Алматыда «Заң практикасындағы мигранттарды қорғау жөніндегі "
                    "халықаралық және ұлттық құқық» атты үш екі күндік тренинг өтті.</p>"
                    "<p>Қазақстанның 10 өңірінен келген 100 адвокат пен ҮЕҰ құқық қорғаушысы "
                    "оқудан өтті; бағдарлама теория мен тәжірибені ұштастырды, ал сабақтарды "
                    "беделді ұлттық және халықаралық сарапшылар жүргізді.</p>"
                ),
                "en": (
                    "<p>From 30 September to 5 October, three two-day training sessions titled "
                    "“International and national law on the protection of migrants in legal "
                    "practice” took place in Nur-Sultan (now Astana), Shymkent and Almaty.</p>"
                    "<p>A total of 100 defence lawyers and NGO human rights defenders from 10 "
                    "regions of Kazakhstan were trained; the programme combined theory and "
                    "practice and was taught by respected national and international "
                    "experts.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Онлайн-семинары о международных механизмах",
                "kk": "Халықаралық тетіктер туралы онлайн-семинарлар",
                "en": "Online seminars on international mechanisms",
            },
            "html": {
                "ru": (
                    "<p>С 28 августа по 12 сентября 2020 года 44 казахстанских адвоката и "
                    "представителя НПО прошли серию онлайн-семинаров о международных механизмах "
                    "защиты мигрантов, беженцев и лиц, ищущих убежища; на фоне влияния COVID-19 "
                    "на миграцию в регионе это было особенно важно.</p>"
                    "<p>Лекции читали эксперты Международной комиссии юристов, отдела жалоб "
                    "УВКПЧ ООН, Европейского совета по делам беженцев и изгнанников (ECRE) и "
                    "Национальной комиссии Греции по правам человека; участники разбирали "
                    "международные принципы высылки, содержания под стражей и защиты, а также "
                    "соотношение международного и национального права.</p>"
                ),
                "kk": (
                    "<p>2020 жылғы 28 тамыз бен 12 қыркүйек аралығында 44 қазақстандық адвокат "
                    "пен ҮЕҰ өкілі мигранттарды, босқындар мен пана іздеушілерді қорғаудың "
                    "халықаралық тетіктері туралы онлайн-семинарлар сериясынан өтті; COVID-19 "
                    "пандемиясының өңірдегі көші-қонға әсерін ескерсек, бұл аса маңызды "
                    "болды.</p>"
                    "<p>Дәрістерді Халықаралық заңгерлер комиссиясының, БҰҰ Адам құқықтары "
                    "жөніндегі жоғарғы комиссары басқармасының шағымдар бөлімінің, Босқындар мен "
                    "қуғындағылар жөніндегі еуропалық кеңестің (ECRE) және Грекияның Адам "
                    "құқықтары жөніндегі ұлттық комиссиясының сарапшылары оқыды; қатысушылар "
                    "елден шығаруға, қамауда ұстауға және қорғауға қатысты халықаралық "
                    "қағидаттарды, сондай-ақ халықаралық және ұлттық құқықтың арақатынасын "
                    "талдады.</p>"
                ),
                "en": (
                    "<p>From 28 August to 12 September 2020, 44 Kazakhstani defence lawyers and "
                    "NGO representatives took part in a series of online seminars on "
                    "international mechanisms for protecting migrants, refugees and asylum "
                    "seekers, which was especially important given the impact of COVID-19 on "
                    "migration in the region.</p>"
                    "<p>Lectures were given by experts from the International Commission of "
                    "Jurists, the OHCHR complaints division, the European Council on Refugees and "
                    "Exiles (ECRE) and the Greek National Commission for Human Rights; "
                    "participants examined international principles on expulsion, detention and "
                    "protection and the relationship between international and national "
                    "law.</p>"
                ),
            },
        },
        {
            "title": {
                "ru": "Стратегический обмен опытом и итоговый семинар",
                "kk": "Стратегиялық тәжірибе алмасу және қорытынды семинар",
                "en": "Strategic exchange and final workshop",
            },
            "html": {
                "ru": (
                    "<p>В план проекта также входили семинар для 40 юристов о механизмах ООН в "
                    "области прав человека с последующим правовым наставничеством и "
                    "стратегический семинар по судебной и правозащитной деятельности, на котором "
                    "казахстанские и европейские юристы обмениваются лучшими практиками.</p>"
                    "<p>Итоговый семинар должен был представить результаты государственным "
                    "органам, депутатам Парламента, экспертам и общественности и наметить "
                    "стратегию устранения пробелов в законодательстве и дальнейшие шаги по "
                    "защите прав мигрантов.</p>"
                ),
                "kk": (
                    "<p>Жоба жоспарына сондай-ақ 40 заңгерге арналған БҰҰ-ның адам құқықтары "
                    "жөніндегі тетіктері туралы семинар мен одан кейінгі құқықтық тәлімгерлік, "
                    "қазақстандық және еуропалық заңгерлер үздік тәжірибе алмасатын сот ісі мен "
                    "құқық қорғау қызметі жөніндегі стратегиялық семинар кірді.</p>"
                    "<p>Қорытынды семинар нәтижелерді мемлекеттік органдарға, Парламент "
                    "депутаттарына, сарапшылар мен жұртшылыққа таныстырып, заңнамадағы "
                    "олқылықтарды жою стратегиясы мен мигранттардың құқықтарын қорғау жөніндегі "
                    "келесі қадамдарды белгілеуге тиіс болды.</p>"
                ),
                "en": (
                    "<p>The project plan also included a seminar for 40 lawyers on UN human "
                    "rights mechanisms followed by legal mentoring, and a strategic seminar on "
                    "litigation and human rights work at which Kazakh and European lawyers "
                    "exchange good practice.</p>"
                    "<p>A final workshop was to present the results to state bodies, members of "
                    "Parliament, experts and the public and to outline a strategy for closing "
                    "legislative gaps and next steps in protecting migrants' rights.</p>"
                ),
            },
        },
    ],
    "indicators": [
        {
            "label": {
                "ru": "Учебные модули для адвокатов и юристов НПО",
                "kk": "Адвокаттар мен ҮЕҰ заңгерлеріне арналған оқу модульдері",
                "en": "Training modules for defence lawyers and NGO lawyers",
            },
            "target": 4,
            "achieved": 4,
        },
        {
            "label": {
                "ru": "Двухдневные тренинги в трёх городах",
                "kk": "Үш қаладағы екі күндік тренингтер",
                "en": "Two-day training sessions in three cities",
            },
            "target": 3,
            "achieved": 3,
        },
        {
            "label": {
                "ru": "Адвокаты и правозащитники НПО, прошедшие тренинги",
                "kk": "Тренингтерден өткен адвокаттар мен ҮЕҰ құқық қорғаушылары",
                "en": "Defence lawyers and NGO defenders trained",
            },
            "target": 100,
            "achieved": 100,
        },
        {
            "label": {
                "ru": "Юристы, обученные международным механизмам защиты",
                "kk": "Халықаралық қорғау тетіктеріне оқытылған заңгерлер",
                "en": "Lawyers trained in international protection mechanisms",
            },
            "target": 40,
            "achieved": 44,
        },
    ],
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Проект стартовал в январе 2019 года и продолжался 24 месяца. Его идея — "
                    "чтобы адвокаты и юристы некоммерческих организаций умели применять "
                    "национальное и международное право для защиты мигрантов внутри страны и "
                    "выстраивать стратегию обращения в международные механизмы.</p>"
                    "<p>Помимо обучения, проект делал ставку на наставничество и на связи с "
                    "европейскими коллегами, которые уже используют эти механизмы в своей "
                    "практике.</p>"
                ),
                "kk": (
                    "<p>Жоба 2019 жылғы қаңтарда басталып, 24 айға созылды. Оның мақсаты — "
                    "коммерциялық емес ұйымдардың адвокаттары мен заңгерлері ел ішінде "
                    "мигранттарды қорғау үшін ұлттық және халықаралық құқықты қолдана білуі және "
                    "халықаралық тетіктерге жүгіну стратегиясын құра алуы.</p>"
                    "<p>Жоба оқытумен қатар тәлімгерлікке және бұл тетіктерді өз тәжірибесінде "
                    "қолданып жүрген еуропалық әріптестермен байланысқа ден қойды.</p>"
                ),
                "en": (
                    "<p>The project began in January 2019 and ran for 24 months. Its idea was "
                    "that defence lawyers and NGO lawyers should be able to apply national and "
                    "international law to protect migrants at home and to plan applications to "
                    "international mechanisms.</p>"
                    "<p>Alongside training, the project relied on mentoring and on links with "
                    "European colleagues who already use these mechanisms in their practice.</p>"
                ),
            },
        },
        {
            "type": "fact_box",
            "title": {
                "ru": "Бюджет и партнёры",
                "kk": "Бюджет және серіктестер",
                "en": "Budget and partners",
            },
            "html": {
                "ru": (
                    "<ul>"
                    "<li>Общий бюджет проекта — 315 789 евро, из них вклад Европейского союза — "
                    "300 000 евро.</li>"
                    "<li>Финансирование: Представительство Европейского союза в Казахстане в "
                    "рамках Европейского инструмента за демократию и права человека "
                    "(ЕИДПЧ).</li>"
                    "<li>Партнёры ЦИПП: Международная комиссия юристов и Международная комиссия "
                    "юристов — Европейские институты.</li>"
                    "</ul>"
                ),
                "kk": (
                    "<ul>"
                    "<li>Жобаның жалпы бюджеті — 315 789 еуро, оның ішінде Еуропалық Одақтың "
                    "үлесі — 300 000 еуро.</li>"
                    "<li>Қаржыландыру: Еуропалық Одақтың Қазақстандағы өкілдігі, Демократия және "
                    "адам құқықтары жөніндегі еуропалық құрал (EIDHR) аясында.</li>"
                    "<li>Орталықтың серіктестері: Халықаралық заңгерлер комиссиясы және "
                    "Халықаралық заңгерлер комиссиясы — Еуропалық институттар.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>Total project budget: EUR 315,789, of which the European Union "
                    "contributed EUR 300,000.</li>"
                    "<li>Funding: Delegation of the European Union to Kazakhstan under the "
                    "European Instrument for Democracy and Human Rights (EIDHR).</li>"
                    "<li>LPRC partners: the International Commission of Jurists and ICJ European "
                    "Institutions.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "legal_references",
            "items": [
                {
                    "title": {
                        "ru": "Закон Республики Казахстан «О миграции населения»",
                        "kk": "«Халықтың көші-қоны туралы» Қазақстан Республикасының Заңы",
                        "en": "Law of the Republic of Kazakhstan “On Population Migration”",
                    },
                    "citation": {
                        "ru": "от 22 июля 2011 года № 477-IV",
                        "kk": "2011 жылғы 22 шілдедегі № 477-IV",
                        "en": "No. 477-IV of 22 July 2011",
                    },
                },
                {
                    "title": {
                        "ru": "Конвенция о статусе беженцев",
                        "kk": "Босқындардың мәртебесі туралы конвенция",
                        "en": "Convention relating to the Status of Refugees",
                    },
                    "citation": {
                        "ru": "Принята 28 июля 1951 года в Женеве",
                        "kk": "1951 жылғы 28 шілдеде Женевада қабылданған",
                        "en": "Adopted in Geneva on 28 July 1951",
                    },
                },
                {
                    "title": {
                        "ru": "Факультативный протокол к Международному пакту о гражданских и политических правах",
                        "kk": "Азаматтық және саяси құқықтар туралы халықаралық пактіге факультативтік хаттама",
                        "en": "Optional Protocol to the International Covenant on Civil and Political Rights",
                    },
                    "citation": {
                        "ru": (
                            "Принят 16 декабря 1966 года; позволяет направлять индивидуальные "
                            "сообщения в Комитет ООН по правам человека"
                        ),
                        "kk": (
                            "1966 жылғы 16 желтоқсанда қабылданған; БҰҰ Адам құқықтары жөніндегі "
                            "комитетіне жеке хабарламалар жіберуге мүмкіндік береді"
                        ),
                        "en": (
                            "Adopted on 16 December 1966; allows individual communications to the "
                            "UN Human Rights Committee"
                        ),
                    },
                },
            ],
        },
    ],
}


CAMPAIGNS = [
    ANTI_DISCRIMINATION_LAW,
    ANTI_HARASSMENT_LAW,
    EQUALITY_CONFERENCE_2023,
    LEGAL_POLICY_CONCEPT_2030,
    MIGRANTS_RIGHTS,
]
