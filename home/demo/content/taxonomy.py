"""Topics, authors and partner organisations (demo content).

Plain data, read by ``manage.py seed_demo``; see FORMAT.md for the format.
The four authors are fictional demo profiles, not real people.
"""

TOPICS = [
    {
        "key": "discrimination",
        "name": {"ru": "Дискриминация", "kk": "Кемсітушілік", "en": "Discrimination"},
        "description": {
            "ru": "Материалы о формах дискриминации, её правовом запрете и способах защиты от неравного обращения.",
            "kk": "Кемсітушіліктің түрлері, оған құқықтық тыйым салу және тең емес қараудан қорғану жолдары туралы материалдар.",
            "en": "Materials on forms of discrimination, its legal prohibition and ways to seek protection from unequal treatment.",
        },
    },
    {
        "key": "harassment",
        "name": {"ru": "Харассмент", "kk": "Харассмент", "en": "Harassment"},
        "description": {
            "ru": "Материалы о сексуальных домогательствах на работе и в общественных местах, их профилактике и ответственности за них.",
            "kk": "Жұмыс орнындағы және қоғамдық орындардағы жыныстық қудалау, оның алдын алу және ол үшін жауапкершілік туралы материалдар.",
            "en": "Materials on sexual harassment at work and in public places, its prevention and liability for it.",
        },
    },
    {
        "key": "gender-equality",
        "name": {"ru": "Гендерное равенство", "kk": "Гендерлік теңдік", "en": "Gender equality"},
        "description": {
            "ru": "Материалы о правах женщин, равных возможностях и преодолении гендерных разрывов в законе и на практике.",
            "kk": "Әйелдердің құқықтары, тең мүмкіндіктер және заң мен тәжірибедегі гендерлік алшақтықты еңсеру туралы материалдар.",
            "en": "Materials on women's rights, equal opportunities and closing gender gaps in law and in practice.",
        },
    },
    {
        "key": "legal-policy",
        "name": {"ru": "Правовая политика", "kk": "Құқықтық саясат", "en": "Legal policy"},
        "description": {
            "ru": "Материалы о стратегиях развития законодательства, законотворческом процессе и участии в нём общества.",
            "kk": "Заңнаманы дамыту стратегиялары, заң шығару процесі және оған қоғамның қатысуы туралы материалдар.",
            "en": "Materials on strategies for developing legislation, the law-making process and public participation in it.",
        },
    },
    {
        "key": "migrants-rights",
        "name": {
            "ru": "Права мигрантов",
            "kk": "Мигранттардың құқықтары",
            "en": "Migrants' rights",
        },
        "description": {
            "ru": "Материалы о правовой защите мигрантов, беженцев и лиц, ищущих убежища, в Казахстане.",
            "kk": "Қазақстандағы мигранттарды, босқындар мен пана іздеушілерді құқықтық қорғау туралы материалдар.",
            "en": "Materials on the legal protection of migrants, refugees and asylum seekers in Kazakhstan.",
        },
    },
    {
        "key": "civil-society",
        "name": {"ru": "Гражданское общество", "kk": "Азаматтық қоғам", "en": "Civil society"},
        "description": {
            "ru": "Материалы о роли некоммерческих организаций, правозащитников и гражданских инициатив в диалоге с государством.",
            "kk": "Коммерциялық емес ұйымдардың, құқық қорғаушылар мен азаматтық бастамалардың мемлекетпен диалогтағы рөлі туралы материалдар.",
            "en": "Materials on the role of non-profit organisations, human rights defenders and civic initiatives in dialogue with the state.",
        },
    },
    {
        "key": "international-mechanisms",
        "name": {
            "ru": "Международные механизмы",
            "kk": "Халықаралық тетіктер",
            "en": "International mechanisms",
        },
        "description": {
            "ru": "Материалы о договорных органах ООН, индивидуальных жалобах и применении международных стандартов прав человека.",
            "kk": "БҰҰ-ның шарттық органдары, жеке шағымдар және адам құқықтарының халықаралық стандарттарын қолдану туралы материалдар.",
            "en": "Materials on UN treaty bodies, individual complaints and the application of international human rights standards.",
        },
    },
    {
        "key": "business-and-human-rights",
        "name": {
            "ru": "Бизнес и права человека",
            "kk": "Бизнес және адам құқықтары",
            "en": "Business and human rights",
        },
        "description": {
            "ru": "Материалы о корпоративных политиках против дискриминации и харассмента и об обязанностях работодателей.",
            "kk": "Кемсітушілік пен харассментке қарсы корпоративтік саясат және жұмыс берушілердің міндеттері туралы материалдар.",
            "en": "Materials on corporate policies against discrimination and harassment and on employers' responsibilities.",
        },
    },
]

AUTHORS = [
    {
        "key": "editorial",
        "name": {
            "ru": "Редакция ЦИПП",
            "kk": "Құқықтық саясатты зерттеу орталығының редакциясы",
            "en": "LPRC Editorial Team",
        },
        "role": {"ru": "Редакция", "kk": "Редакция", "en": "Editorial team"},
        "bio": {
            "ru": "Коллективная подпись материалов «Теңдік», которые готовит команда Центра исследования правовой политики.",
            "kk": "Құқықтық саясатты зерттеу орталығының командасы дайындайтын «Теңдік» материалдары осы ортақ атпен жарияланады.",
            "en": "The collective byline for Tendik materials prepared by the Legal Policy Research Centre team.",
        },
    },
    {
        "key": "asel-nurlanova",
        "name": {"ru": "Асель Нурланова", "kk": "Әсел Нұрланова", "en": "Asel Nurlanova"},
        "role": {"ru": "Правовой аналитик", "kk": "Құқықтық талдаушы", "en": "Legal analyst"},
        "bio": {
            "ru": (
                "Вымышленный автор демонстрационного контента: правовой аналитик, который пишет о "
                "законодательстве о равенстве и недискриминации. Профиль создан для показа сайта и "
                "не описывает реального человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған авторы: теңдік және кемсітушілікке жол "
                "бермеу туралы заңнама жөнінде жазатын құқықтық талдаушы. Бұл профиль сайтты көрсету "
                "үшін жасалған және нақты адамды сипаттамайды."
            ),
            "en": (
                "A fictional author created for demo content: a legal analyst writing about equality "
                "and non-discrimination law. This profile exists only to demonstrate the site and "
                "does not describe a real person."
            ),
        },
    },
    {
        "key": "yerzhan-kassymov",
        "name": {"ru": "Ержан Касымов", "kk": "Ержан Қасымов", "en": "Yerzhan Kassymov"},
        "role": {
            "ru": "Адвокат по делам о миграции и уголовному процессу",
            "kk": "Көші-қон және қылмыстық процесс істері жөніндегі адвокат",
            "en": "Defence lawyer, migration and criminal procedure",
        },
        "bio": {
            "ru": (
                "Вымышленный персонаж демонстрационного контента: адвокат, который пишет о защите прав "
                "мигрантов и гарантиях уголовного процесса. Профиль не описывает реального человека."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған кейіпкері: мигранттардың құқықтарын "
                "қорғау және қылмыстық процестің кепілдіктері туралы жазатын адвокат. Бұл профиль "
                "нақты адамды сипаттамайды."
            ),
            "en": (
                "A fictional character created for demo content: a defence lawyer writing about "
                "migrants' rights and criminal procedure safeguards. The profile does not describe a "
                "real person."
            ),
        },
    },
    {
        "key": "maria-kim",
        "name": {"ru": "Мария Ким", "kk": "Мария Ким", "en": "Maria Kim"},
        "role": {
            "ru": "Исследовательница гендерного равенства",
            "kk": "Гендерлік теңдік жөніндегі зерттеуші",
            "en": "Gender equality researcher",
        },
        "bio": {
            "ru": (
                "Вымышленный автор демонстрационного контента: исследовательница, которая пишет о "
                "гендерном равенстве, харассменте и правах женщин. Профиль создан только для показа "
                "сайта."
            ),
            "kk": (
                "Демонстрациялық контенттің ойдан шығарылған авторы: гендерлік теңдік, харассмент "
                "және әйелдер құқықтары туралы жазатын зерттеуші. Бұл профиль тек сайтты көрсету үшін "
                "жасалған."
            ),
            "en": (
                "A fictional author created for demo content: a researcher writing about gender "
                "equality, harassment and women's rights. The profile exists only to demonstrate the "
                "site."
            ),
        },
    },
]

PARTNERS = [
    {
        "key": "dfatd-cfli",
        "name": {
            "ru": "Канадский фонд местных инициатив (Министерство иностранных дел, торговли и развития Канады)",
            "kk": "Канаданың жергілікті бастамалар қоры (Канаданың Сыртқы істер, сауда және даму министрлігі)",
            "en": "Canada Fund for Local Initiatives (Global Affairs Canada / DFATD)",
        },
        "description": {
            "ru": (
                "Программа правительства Канады, которая через посольства поддерживает небольшие "
                "проекты местных организаций в странах-партнёрах. В Казахстане фонд поддержал проекты "
                "ЦИПП против дискриминации и харассмента."
            ),
            "kk": (
                "Канада үкіметінің елшіліктер арқылы серіктес елдердегі жергілікті ұйымдардың шағын "
                "жобаларын қолдайтын бағдарламасы. Қазақстанда қор Құқықтық саясатты зерттеу "
                "орталығының кемсітушілік пен харассментке қарсы жобаларын қолдады."
            ),
            "en": (
                "A Government of Canada programme that supports small-scale projects by local "
                "organisations in partner countries through its embassies. In Kazakhstan it has "
                "supported LPRC projects against discrimination and harassment."
            ),
        },
        "url": "https://www.international.gc.ca",
    },
    {
        "key": "uk-fcdo",
        "name": {
            "ru": "Министерство иностранных дел, по делам Содружества и развития Великобритании (FCDO)",
            "kk": "Ұлыбританияның Сыртқы істер, Достастық және даму істері министрлігі (FCDO)",
            "en": "UK Foreign, Commonwealth & Development Office (FCDO)",
        },
        "description": {
            "ru": (
                "Министерство правительства Великобритании, отвечающее за внешнюю политику и "
                "международное развитие. Поддержало проект ЦИПП по обсуждению Концепции правовой "
                "политики до 2030 года."
            ),
            "kk": (
                "Ұлыбритания үкіметінің сыртқы саясат пен халықаралық даму мәселелеріне жауапты "
                "министрлігі. Құқықтық саясатты зерттеу орталығының 2030 жылға дейінгі Құқықтық саясат "
                "тұжырымдамасын талқылау жобасын қолдады."
            ),
            "en": (
                "The UK government department responsible for foreign policy and international "
                "development. It supported the LPRC project on discussing the Legal Policy Concept "
                "to 2030."
            ),
        },
        "url": "https://www.gov.uk/government/organisations/foreign-commonwealth-development-office",
    },
    {
        "key": "eu-delegation",
        "name": {
            "ru": "Представительство Европейского союза в Республике Казахстан",
            "kk": "Еуропалық Одақтың Қазақстан Республикасындағы өкілдігі",
            "en": "Delegation of the European Union to Kazakhstan",
        },
        "description": {
            "ru": (
                "Дипломатическое представительство ЕС в Казахстане. В рамках Европейского инструмента "
                "за демократию и права человека (ЕИДПЧ) оно финансировало проект по защите прав "
                "мигрантов."
            ),
            "kk": (
                "ЕО-ның Қазақстандағы дипломатиялық өкілдігі. Ол Демократия және адам құқықтары "
                "жөніндегі еуропалық құрал (EIDHR) аясында мигранттардың құқықтарын қорғау жобасын "
                "қаржыландырды."
            ),
            "en": (
                "The EU's diplomatic mission in Kazakhstan. Under the European Instrument for "
                "Democracy and Human Rights (EIDHR), it funded the project on protecting migrants' "
                "rights."
            ),
        },
        "url": "https://www.eeas.europa.eu/delegations/kazakhstan_en",
    },
    {
        "key": "undp-spotlight",
        "name": {
            "ru": "Инициатива Spotlight ПРООН в Центральной Азии",
            "kk": "БҰҰДБ-ның Орталық Азиядағы Spotlight бастамасы",
            "en": "UNDP Spotlight Initiative in Central Asia",
        },
        "description": {
            "ru": (
                "Глобальная инициатива Европейского союза и ООН по искоренению насилия в отношении "
                "женщин и девочек; в Центральной Азии действует её региональная программа «Альянсы за "
                "перемены». Программа поддержала национальную конференцию 2023 года о "
                "дискриминационных практиках."
            ),
            "kk": (
                "Еуропалық Одақ пен БҰҰ-ның әйелдер мен қыздарға қатысты зорлық-зомбылықты жоюға "
                "бағытталған жаһандық бастамасы; Орталық Азияда оның «Өзгерістер үшін одақтар» өңірлік "
                "бағдарламасы жұмыс істейді. Бағдарлама кемсітушілік тәжірибелері туралы 2023 жылғы "
                "ұлттық конференцияны қолдады."
            ),
            "en": (
                "A global European Union–United Nations initiative to end violence against women and "
                "girls, with a regional programme in Central Asia called Alliances for Change. The "
                "programme supported the 2023 national conference on discriminatory practices."
            ),
        },
        "url": "https://www.spotlightinitiative.org",
    },
    {
        "key": "icj",
        "name": {
            "ru": "Международная комиссия юристов",
            "kk": "Халықаралық заңгерлер комиссиясы",
            "en": "International Commission of Jurists (ICJ)",
        },
        "description": {
            "ru": (
                "Международная неправительственная организация юристов со штаб-квартирой в Женеве, "
                "которая отстаивает верховенство права и права человека. Партнёр ЦИПП в проекте по "
                "защите прав мигрантов."
            ),
            "kk": (
                "Штаб-пәтері Женевада орналасқан, құқық үстемдігі мен адам құқықтарын қорғайтын "
                "халықаралық үкіметтік емес заңгерлер ұйымы. Мигранттардың құқықтарын қорғау "
                "жобасында Құқықтық саясатты зерттеу орталығының серіктесі болды."
            ),
            "en": (
                "An international non-governmental organisation of lawyers, headquartered in Geneva, "
                "that works to uphold the rule of law and human rights. It partnered with the LPRC on "
                "the migrants' rights project."
            ),
        },
        "url": "https://www.icj.org",
    },
    {
        "key": "icj-ei",
        "name": {
            "ru": "Международная комиссия юристов — Европейские институты",
            "kk": "Халықаралық заңгерлер комиссиясы — Еуропалық институттар",
            "en": "ICJ European Institutions (ICJ-EI)",
        },
        "description": {
            "ru": (
                "Брюссельское подразделение Международной комиссии юристов, работающее с европейскими "
                "институтами. Участвовало в проекте по защите прав мигрантов в Казахстане."
            ),
            "kk": (
                "Халықаралық заңгерлер комиссиясының еуропалық институттармен жұмыс істейтін "
                "Брюссельдегі бөлімшесі. Қазақстандағы мигранттардың құқықтарын қорғау жобасына "
                "қатысты."
            ),
            "en": (
                "The Brussels-based office of the International Commission of Jurists that works with "
                "European institutions. It took part in the project on protecting migrants' rights in "
                "Kazakhstan."
            ),
        },
        "url": "https://www.icj.org",
    },
    {
        "key": "kibhr",
        "name": {
            "ru": "Казахстанское международное бюро по правам человека и соблюдению законности",
            "kk": "Адам құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросы",
            "en": "Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR)",
        },
        "description": {
            "ru": (
                "Одна из ведущих правозащитных организаций Казахстана. Вместе с ЦИПП организовала "
                "национальную конференцию 2023 года по искоренению дискриминационных практик."
            ),
            "kk": (
                "Қазақстанның жетекші құқық қорғау ұйымдарының бірі. Құқықтық саясатты зерттеу "
                "орталығымен бірге кемсітушілік тәжірибелерін жою жөніндегі 2023 жылғы ұлттық "
                "конференцияны ұйымдастырды."
            ),
            "en": (
                "One of Kazakhstan's leading human rights organisations. Together with the LPRC, it "
                "organised the 2023 national conference on eliminating discriminatory practices."
            ),
        },
        "url": "https://bureau.kz",
    },
    {
        "key": "lprc",
        "name": {
            "ru": "Центр исследования правовой политики",
            "kk": "Құқықтық саясатты зерттеу орталығы",
            "en": "Legal Policy Research Centre (LPRC)",
        },
        "description": {
            "ru": (
                "Казахстанская некоммерческая исследовательская организация, которая работает над "
                "правовыми реформами, верховенством права и правами человека. Ведёт платформу "
                "«Теңдік» и её кампании."
            ),
            "kk": (
                "Құқықтық реформалар, құқық үстемдігі және адам құқықтары бағытында жұмыс істейтін "
                "қазақстандық коммерциялық емес зерттеу ұйымы. «Теңдік» платформасы мен оның "
                "науқандарын жүргізеді."
            ),
            "en": (
                "A Kazakhstani non-profit research organisation working on legal reform, the rule of "
                "law and human rights. It runs the Tendik platform and its campaigns."
            ),
        },
        "url": "https://lprc.kz",
    },
]
