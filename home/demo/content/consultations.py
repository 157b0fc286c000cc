"""The demo's public consultation: the draft law on the Council for ensuring equality and
protection against discrimination, presented at the national conference of 28 November 2023
(seeds/002). A short draft written for the demo, not the experts' text: seven articles in two
chapters, in ru, kk and en. Numbers are the same in every language."""

ACT_TITLE = {
    "ru": "О Совете по обеспечению равенства и защите от дискриминации",
    "kk": "Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес туралы",
    "en": "On the Council for Ensuring Equality and Protection against Discrimination",
}

CHAPTERS = [
    {
        "number": "1",
        "title": {"ru": "Общие положения", "kk": "Жалпы ережелер", "en": "General provisions"},
        "articles": [
            {
                "number": "1",
                "title": {
                    "ru": "Предмет регулирования",
                    "kk": "Реттеу мәні",
                    "en": "Subject matter",
                },
                "parts": [
                    (
                        "1.",
                        {
                            "ru": "Настоящий Закон определяет правовое положение, порядок формирования и полномочия Совета по обеспечению равенства и защите от дискриминации.",
                            "kk": "Осы Заң Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңестің құқықтық жағдайын, құрылу тәртібін және өкілеттіктерін айқындайды.",
                            "en": "This Law sets out the legal status, the formation and the powers of the Council for Ensuring Equality and Protection against Discrimination.",
                        },
                    ),
                ],
            },
            {
                "number": "2",
                "title": {"ru": "Основные понятия", "kk": "Негізгі ұғымдар", "en": "Definitions"},
                "parts": [
                    (
                        "1)",
                        {
                            "ru": "дискриминация – любое различие, исключение или ограничение по признаку пола, расы, национальности, языка, происхождения, отношения к религии, инвалидности, возраста или по иным обстоятельствам, которое ущемляет права и свободы человека;",
                            "kk": "кемсітушілік – жынысына, нәсіліне, ұлтына, тіліне, шығу тегіне, дінге көзқарасына, мүгедектігіне, жасына немесе өзге де мән-жайларға байланысты адамның құқықтары мен бостандықтарына нұқсан келтіретін кез келген айыру, шеттету немесе шектеу;",
                            "en": "discrimination: any distinction, exclusion or restriction on grounds of sex, race, nationality, language, origin, religion, disability, age or any other circumstance that impairs a person's rights and freedoms;",
                        },
                    ),
                    (
                        "2)",
                        {
                            "ru": "прямая дискриминация – менее благоприятное обращение с лицом по одному из этих признаков, чем с другим лицом в сравнимой ситуации;",
                            "kk": "тікелей кемсітушілік – ұқсас жағдайдағы басқа адамға қарағанда осы белгілердің біріне байланысты адамға неғұрлым қолайсыз қарау;",
                            "en": "direct discrimination: treating a person less favourably on one of these grounds than another person in a comparable situation;",
                        },
                    ),
                    (
                        "3)",
                        {
                            "ru": "косвенная дискриминация – внешне нейтральное правило или практика, которые ставят лиц с одним из этих признаков в особо невыгодное положение без объективного обоснования.",
                            "kk": "жанама кемсітушілік – сырттай бейтарап, бірақ объективті негізсіз осы белгілердің бірі бар адамдарды ерекше қолайсыз жағдайға қоятын ереже немесе тәжірибе.",
                            "en": "indirect discrimination: an apparently neutral rule or practice that puts persons with one of these characteristics at a particular disadvantage without objective justification.",
                        },
                    ),
                ],
            },
            {
                "number": "3",
                "title": {
                    "ru": "Задачи Совета",
                    "kk": "Кеңестің міндеттері",
                    "en": "Tasks of the Council",
                },
                "parts": [
                    (
                        "1.",
                        {
                            "ru": "Совет рассматривает жалобы на дискриминацию и содействует восстановлению нарушенных прав.",
                            "kk": "Кеңес кемсітушілік туралы шағымдарды қарайды және бұзылған құқықтарды қалпына келтіруге жәрдемдеседі.",
                            "en": "The Council examines complaints of discrimination and helps to restore the rights infringed.",
                        },
                    ),
                    (
                        "2.",
                        {
                            "ru": "Совет ведёт мониторинг законодательства и практики его применения и вносит предложения об их изменении.",
                            "kk": "Кеңес заңнама мен оны қолдану тәжірибесіне мониторинг жүргізеді және оларды өзгерту туралы ұсыныстар енгізеді.",
                            "en": "The Council monitors legislation and its application and proposes changes to them.",
                        },
                    ),
                ],
            },
        ],
    },
    {
        "number": "2",
        "title": {
            "ru": "Статус и полномочия Совета",
            "kk": "Кеңестің мәртебесі мен өкілеттіктері",
            "en": "Status and powers of the Council",
        },
        "articles": [
            {
                "number": "4",
                "title": {
                    "ru": "Независимость Совета",
                    "kk": "Кеңестің тәуелсіздігі",
                    "en": "Independence of the Council",
                },
                "parts": [
                    (
                        "1.",
                        {
                            "ru": "Совет независим и не подчиняется государственным органам, должностным лицам и политическим партиям.",
                            "kk": "Кеңес тәуелсіз және мемлекеттік органдарға, лауазымды адамдарға және саяси партияларға бағынбайды.",
                            "en": "The Council is independent and answers to no state body, official or political party.",
                        },
                    ),
                ],
            },
            {
                "number": "5",
                "title": {
                    "ru": "Состав Совета и порядок его формирования",
                    "kk": "Кеңестің құрамы және оны құру тәртібі",
                    "en": "Membership and formation of the Council",
                },
                "parts": [
                    (
                        "1.",
                        {
                            "ru": "Совет состоит из девяти членов, избираемых на пять лет.",
                            "kk": "Кеңес бес жылға сайланатын тоғыз мүшеден тұрады.",
                            "en": "The Council has nine members elected for five years.",
                        },
                    ),
                    (
                        "2.",
                        {
                            "ru": "Не менее трёх членов Совета выдвигаются некоммерческими организациями, защищающими права человека.",
                            "kk": "Кеңес мүшелерінің кемінде үшеуін адам құқықтарын қорғайтын коммерциялық емес ұйымдар ұсынады.",
                            "en": "At least three members are nominated by non-profit organisations that defend human rights.",
                        },
                    ),
                    (
                        "3.",
                        {
                            "ru": "Состав Совета обеспечивает равное представительство женщин и мужчин.",
                            "kk": "Кеңестің құрамы әйелдер мен ерлердің тең өкілдігін қамтамасыз етеді.",
                            "en": "The membership of the Council ensures an equal representation of women and men.",
                        },
                    ),
                ],
                # The synthesis, written once the proposals were in.
                "heard": {
                    "ru": "Эксперты из пяти регионов считают, что девяти членов мало, и просят закрепить, кто выдвигает остальных шестерых.",
                    "kk": "Бес өңірдің сарапшылары тоғыз мүше аз деп есептейді және қалған алтауын кім ұсынатынын бекітуді сұрайды.",
                    "en": "Experts from five regions find nine members too few, and ask the law to say who nominates the other six.",
                },
                "did": {
                    "ru": "Мы предлагаем одиннадцать членов, из них не менее четырёх от НКО, и открытый конкурс для остальных.",
                    "kk": "Біз он бір мүшені ұсынамыз, оның кемінде төртеуі ҮЕҰ-дан, ал қалғандары ашық конкурс арқылы.",
                    "en": "We propose eleven members, at least four of them from NGOs, and an open competition for the others.",
                },
            },
            {
                "number": "6",
                "title": {
                    "ru": "Рассмотрение жалоб",
                    "kk": "Шағымдарды қарау",
                    "en": "Examining complaints",
                },
                "parts": [
                    (
                        "1.",
                        {
                            "ru": "Любое лицо, считающее себя подвергшимся дискриминации, вправе обратиться в Совет с жалобой.",
                            "kk": "Өзін кемсітушілікке ұшырадым деп санайтын кез келген адам Кеңеске шағыммен жүгінуге құқылы.",
                            "en": "Anyone who considers they have suffered discrimination may complain to the Council.",
                        },
                    ),
                    (
                        "2.",
                        {
                            "ru": "Совет рассматривает жалобу в течение тридцати рабочих дней и выносит мотивированное заключение.",
                            "kk": "Кеңес шағымды отыз жұмыс күні ішінде қарайды және дәлелді қорытынды шығарады.",
                            "en": "The Council examines a complaint within thirty working days and gives a reasoned opinion.",
                        },
                    ),
                ],
            },
            {
                "number": "7",
                "title": {
                    "ru": "Ежегодный доклад",
                    "kk": "Жыл сайынғы баяндама",
                    "en": "Annual report",
                },
                "parts": [
                    (
                        "1.",
                        {
                            "ru": "Совет ежегодно представляет Парламенту и публикует доклад о положении дел в сфере равенства.",
                            "kk": "Кеңес жыл сайын Парламентке теңдік саласындағы ахуал туралы баяндама ұсынады және оны жариялайды.",
                            "en": "Every year the Council reports to Parliament on the state of equality and publishes the report.",
                        },
                    ),
                ],
            },
        ],
    },
]

CONSULTATION = {
    "key": "equality-council-draft-law",
    "campaign": "equality-conference-2023",
    "title": {
        "ru": "Обсуждение законопроекта о Совете по равенству",
        "kk": "Теңдік жөніндегі кеңес туралы заң жобасын талқылау",
        "en": "Consultation on the draft law on the Equality Council",
    },
    "summary": {
        "ru": "Проект закона о независимом Совете по обеспечению равенства, представленный экспертами гражданского общества 28 ноября 2023 года: предложите свою редакцию статей.",
        "kk": "Азаматтық қоғам сарапшылары 2023 жылғы 28 қарашада таныстырған тәуелсіз Теңдік жөніндегі кеңес туралы заң жобасы: баптардың өз редакцияңызды ұсыныңыз.",
        "en": "The draft law on an independent Equality Council, presented by civil society experts on 28 November 2023: propose your wording of its articles.",
    },
    "act_title": ACT_TITLE,
    "state_body": {
        "ru": "Рабочая группа экспертов гражданского общества",
        "kk": "Азаматтық қоғам сарапшыларының жұмыс тобы",
        "en": "Working group of civil society experts",
    },
    "phase": "open",
    "chapters": CHAPTERS,
}

# Fictional experts' contributions (names invented, addresses at the reserved example.kz domain):
# (article number, part number or "", kind, language, name, organisation, role, shown as,
#  proposed wording, text, status, disposition, reason {language: text}, merged into (index)).
CONTRIBUTIONS = [
    (
        "5",
        "1.",
        "proposal",
        "ru",
        "Гульнара Ахметова",
        "Центр правовых исследований «Адилет»",
        "юрист",
        "full_name",
        "Совет состоит из одиннадцати членов, избираемых на пять лет без права повторного избрания.",
        "Девять членов не позволяют представить все регионы и группы, о которых идёт речь в законе; запрет повторного избрания укрепляет независимость.",
        "published",
        "partly_accepted",
        {
            "ru": "Число членов увеличено до одиннадцати; запрет повторного избрания не включён: опыт членов Совета ценен.",
            "kk": "Мүшелер саны он бірге дейін ұлғайтылды; қайта сайлауға тыйым енгізілмеді: Кеңес мүшелерінің тәжірибесі құнды.",
            "en": "Membership raised to eleven; the ban on re-election was left out: the members' experience is worth keeping.",
        },
        None,
    ),
    (
        "5",
        "1.",
        "proposal",
        "kk",
        "Ержан Тілеубердиев",
        "Ақтөбе құқық қорғау орталығы",
        "адвокат",
        "full_name",
        "Кеңес бес жылға сайланатын он бір мүшеден тұрады.",
        "Тоғыз мүше бес өңірдің өкілдерін қамтуға жетпейді.",
        "published",
        "merged",
        {
            "ru": "Совпадает с предложением Г. Ахметовой и учтено в нём.",
            "kk": "Г. Ахметованың ұсынысымен сәйкес келеді және онда ескерілді.",
            "en": "The same as G. Akhmetova's proposal, and taken up with it.",
        },
        0,
    ),
    (
        "5",
        "2.",
        "proposal",
        "kk",
        "Әсем Құрманбекова",
        "Дағдарыс орталығы",
        "психолог",
        "initials",
        "Кеңес мүшелерінің кемінде төртеуін адам құқықтарын қорғайтын коммерциялық емес ұйымдар ашық конкурс арқылы ұсынады.",
        "Үш орын аз, ал ашық конкурс ҮЕҰ ұсынған кандидаттардың тәуелсіздігін көрсетеді.",
        "published",
        "accepted",
        {
            "ru": "Принято: четыре места и открытый конкурс.",
            "kk": "Қабылданды: төрт орын және ашық конкурс.",
            "en": "Accepted: four seats and an open competition.",
        },
        None,
    ),
    (
        "6",
        "2.",
        "proposal",
        "ru",
        "Дмитрий Ким",
        "Бюро по правам человека",
        "исследователь",
        "full_name",
        "Совет рассматривает жалобу в течение двадцати рабочих дней.",
        "Тридцать рабочих дней — слишком долго для человека, которого не берут на работу сегодня.",
        "published",
        "rejected",
        {
            "ru": "Отклонено: Совету нужно время, чтобы запросить объяснения у другой стороны.",
            "kk": "Қабылданбады: Кеңеске екінші тараптан түсініктеме сұрауға уақыт керек.",
            "en": "Rejected: the Council needs time to ask the other side for its account.",
        },
        None,
    ),
    (
        "7",
        "",
        "comment",
        "en",
        "Laura Smith",
        "Equality Research Network",
        "researcher",
        "full_name",
        "",
        "The annual report should break its figures down by region and by ground of discrimination.",
        "published",
        "",
        {},
        None,
    ),
    (
        "2",
        "3)",
        "proposal",
        "ru",
        "Айжан Сейтова",
        "",
        "студентка",
        "full_name",
        "косвенная дискриминация – внешне нейтральное правило, критерий или практика…",
        "Добавить «критерий», как в директивах ЕС.",
        "pending",
        "",
        {},
        None,
    ),
]
