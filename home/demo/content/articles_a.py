"""Demo analytical articles (set A) for the Tendik seeder.

Plain Python data; see FORMAT.md. Russian is the source language.
"""

ARTICLES_A = [
    # ------------------------------------------------------------------
    # 1. Why Kazakhstan needs a stand-alone anti-discrimination law
    # ------------------------------------------------------------------
    {
        "key": "why-kazakhstan-needs-anti-discrimination-law",
        "campaign": "anti-discrimination-law",
        "topics": ["discrimination", "legal-policy", "international-mechanisms"],
        "authors": ["asel-nurlanova", "yerzhan-kassymov"],
        "date": "2023-12-12",
        "title": {
            "ru": "Зачем Казахстану отдельный антидискриминационный закон",
            "kk": "Қазақстанға неге кемсітушілікке қарсы дербес заң қажет",
            "en": "Why Kazakhstan needs a stand-alone anti-discrimination law",
        },
        "summary": {
            "ru": "Конституция провозглашает равенство, но в законодательстве нет ни исчерпывающего определения дискриминации, ни чётких запретов. Разбираем, что должен содержать рамочный закон и какие международные обязательства он поможет выполнить.",
            "kk": "Конституция теңдікті жариялағанымен, заңнамада кемсітушіліктің толық анықтамасы да, нақты тыйымдар да жоқ. Негіздемелік заң нені қамтуы керектігін және ол қандай халықаралық міндеттемелерді орындауға көмектесетінін талдаймыз.",
            "en": "The Constitution proclaims equality, yet the law offers neither a comprehensive definition of discrimination nor clear prohibitions. We look at what an umbrella law should contain and which international obligations it would help fulfil.",
        },
        "body": [
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Статья 14 Конституции Республики Казахстан закрепляет равенство всех перед законом и судом и запрещает дискриминацию по мотивам происхождения, пола, расы, национальности, языка, отношения к религии и по любым иным обстоятельствам. На практике этот принцип остаётся декларацией: в законодательстве нет исчерпывающего определения дискриминации, а отдельные запреты разбросаны по отраслевым актам. В результате человек, столкнувшийся с неравным обращением, часто не может ни назвать нарушение, ни доказать его в суде.</p>",
                    "kk": "<p>Қазақстан Республикасы Конституциясының 14-бабы барлық адамның заң мен сот алдындағы теңдігін бекітеді және тегіне, жынысына, нәсіліне, ұлтына, тіліне, дінге көзқарасына немесе кез келген өзге жағдаяттарға байланысты кемсітуге тыйым салады. Іс жүзінде бұл қағидат декларация күйінде қалып отыр: заңнамада кемсітушіліктің толық анықтамасы жоқ, ал жекелеген тыйымдар түрлі салалық актілерге шашырап кеткен. Соның салдарынан тең емес қарым-қатынасқа тап болған адам бұзушылықты атай да, сотта дәлелдей де алмайтын жағдайлар жиі кездеседі.</p>",
                    "en": "<p>Article 14 of the Constitution of the Republic of Kazakhstan guarantees the equality of all before the law and the courts and prohibits discrimination on grounds of origin, sex, race, nationality, language, attitude towards religion or any other circumstance. In practice the principle remains declaratory: the legislation contains no comprehensive definition of discrimination, and the prohibitions that do exist are scattered across sectoral acts. As a result, a person who has been treated unequally often can neither name the violation nor prove it in court.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Что есть в законодательстве сейчас",
                    "kk": "Қазіргі заңнамада не бар",
                    "en": "What the law provides today",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Запрет дискриминации встречается в ряде кодексов и законов. Статья 6 Трудового кодекса запрещает дискриминацию в сфере труда, статья 145 Уголовного кодекса устанавливает ответственность за нарушение равноправия человека и гражданина, а Закон «О государственных гарантиях равных прав и равных возможностей мужчин и женщин» 2009 года вводит понятие дискриминации по признаку пола. Однако эти нормы используют разные формулировки, не различают формы дискриминации, а практика их применения остаётся крайне неразвитой.</p>",
                    "kk": "<p>Кемсітуге тыйым салу бірқатар кодекстер мен заңдарда кездеседі. Еңбек кодексінің 6-бабы еңбек саласындағы кемсітушілікке тыйым салады, Қылмыстық кодекстің 145-бабы адам мен азаматтың тең құқықтылығын бұзғаны үшін жауаптылық белгілейді, ал 2009 жылғы «Ерлер мен әйелдердің тең құқықтары мен тең мүмкіндіктерінің мемлекеттік кепілдіктері туралы» Заң жынысына байланысты кемсітушілік ұғымын енгізеді. Алайда бұл нормалар әртүрлі тұжырымдарды қолданады, кемсітушіліктің нысандарын ажыратпайды, ал оларды қолдану практикасы әлі де өте әлсіз.</p>",
                    "en": "<p>Prohibitions of discrimination do appear in a number of codes and laws. Article 6 of the Labour Code bans discrimination in employment, Article 145 of the Criminal Code establishes liability for violating the equality of persons and citizens, and the 2009 Law on State Guarantees of Equal Rights and Equal Opportunities for Men and Women introduces the notion of sex-based discrimination. Yet these provisions use inconsistent wording, do not distinguish between forms of discrimination, and the practice of applying them remains very weak.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Главный пробел — отсутствие общей рамки. Ни один акт не объясняет, чем прямая дискриминация отличается от косвенной, не признаёт домогательство формой дискриминации и не распределяет бремя доказывания так, чтобы у пострадавшего был реальный шанс выиграть дело. Нет и органа, который принимал бы жалобы, собирал данные и консультировал государственные органы и работодателей.</p>",
                    "kk": "<p>Басты олқылық — ортақ құқықтық негіздің болмауы. Бірде-бір акт тікелей кемсітушіліктің жанама кемсітушіліктен айырмашылығын түсіндірмейді, қудалауды кемсітушіліктің бір нысаны ретінде танымайды және жәбірленушінің істі ұтуға нақты мүмкіндігі болатындай етіп дәлелдеу ауыртпалығын бөлмейді. Шағымдарды қабылдайтын, деректер жинайтын және мемлекеттік органдар мен жұмыс берушілерге кеңес беретін орган да жоқ.</p>",
                    "en": "<p>The main gap is the absence of a common framework. No act explains how direct discrimination differs from indirect discrimination, recognises harassment as a form of discrimination, or allocates the burden of proof so that a complainant has a realistic chance of winning a case. Nor is there a body that would receive complaints, collect data and advise state agencies and employers.</p>",
                },
            },
            {
                "type": "fact_box",
                "title": {
                    "ru": "Коротко о проблеме",
                    "kk": "Мәселе қысқаша",
                    "en": "The problem in brief",
                },
                "html": {
                    "ru": "<ul><li>В Казахстане нет отдельного закона, который запрещал бы дискриминацию и вводил механизмы её предупреждения.</li><li>Практика привлечения к ответственности за дискриминацию, в том числе с помощью международных механизмов защиты прав человека, развита слабо.</li><li>Замалчивание проблемы на государственном уровне оставляет многие группы людей без эффективных средств правовой защиты.</li><li>Понимание принципов равенства и недискриминации в разных секторах общества остаётся ограниченным.</li></ul>",
                    "kk": "<ul><li>Қазақстанда кемсітушілікке тыйым салатын және оның алдын алу тетіктерін енгізетін дербес заң жоқ.</li><li>Кемсітушілік үшін жауапқа тарту практикасы, оның ішінде адам құқықтарын қорғаудың халықаралық тетіктері арқылы, әлсіз дамыған.</li><li>Мәселе туралы мемлекеттік деңгейде үнсіз қалу көптеген топтарды тиімді құқықтық қорғау құралдарынсыз қалдырады.</li><li>Қоғамның түрлі салаларында теңдік пен кемсітпеушілік қағидаттарын түсіну әлі де шектеулі.</li></ul>",
                    "en": "<ul><li>Kazakhstan has no stand-alone law that prohibits discrimination and sets up mechanisms to prevent it.</li><li>Holding anyone accountable for discrimination, including through international human rights mechanisms, is still rare in practice.</li><li>Silence about the problem at state level leaves many groups of people without effective remedies.</li><li>Understanding of equality and non-discrimination across different sectors of society remains limited.</li></ul>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Что должен содержать закон",
                    "kk": "Заң нені қамтуы тиіс",
                    "en": "What the law should contain",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Опыт других государств и рекомендации договорных органов ООН позволяют выделить обязательные элементы рамочного антидискриминационного закона. Эксперты гражданского общества, работавшие над пакетом предложений, сходятся в том, что закон должен опираться на единый понятийный аппарат и предусматривать работающие процедуры.</p><ul><li><b>Определения.</b> Прямая дискриминация — менее благоприятное обращение с человеком из-за защищаемого признака; косвенная — внешне нейтральное правило или практика, которые без объективного оправдания ставят определённую группу в невыгодное положение.</li><li><b>Домогательство.</b> Нежелательное поведение, связанное с защищаемым признаком и унижающее достоинство человека, в том числе сексуальное домогательство, должно признаваться формой дискриминации.</li><li><b>Сфера действия.</b> Открытый перечень защищаемых признаков и запрет дискриминации в труде, образовании, здравоохранении, доступе к жилью, товарам и услугам.</li><li><b>Процедуры.</b> Перенос бремени доказывания на ответчика после того, как истец представил факты, позволяющие предположить дискриминацию, и защита от преследования за подачу жалобы.</li><li><b>Орган по вопросам равенства.</b> Специализированный независимый орган, который рассматривает обращения, проводит мониторинг и готовит рекомендации.</li></ul>",
                    "kk": "<p>Басқа мемлекеттердің тәжірибесі мен БҰҰ шарттық органдарының ұсынымдары кемсітушілікке қарсы негіздемелік заңның міндетті элементтерін бөліп көрсетуге мүмкіндік береді. Ұсыныстар пакетінің үстінде жұмыс істеген азаматтық қоғам сарапшылары заң бірыңғай ұғымдық аппаратқа сүйеніп, іс жүзінде жұмыс істейтін рәсімдерді қамтуы тиіс деген ортақ пікірде.</p><ul><li><b>Анықтамалар.</b> Тікелей кемсітушілік — қорғалатын белгісіне байланысты адамға неғұрлым қолайсыз қарым-қатынас жасау; жанама кемсітушілік — сырттай бейтарап көрінетін, бірақ объективті негіздемесіз белгілі бір топты қолайсыз жағдайға қоятын ереже немесе тәжірибе.</li><li><b>Қудалау.</b> Қорғалатын белгіге байланысты және адамның қадір-қасиетін қорлайтын қалаусыз мінез-құлық, соның ішінде жыныстық қудалау, кемсітушіліктің нысаны ретінде танылуы тиіс.</li><li><b>Қолданылу аясы.</b> Қорғалатын белгілердің ашық тізбесі және еңбек, білім беру, денсаулық сақтау, тұрғын үйге, тауарлар мен қызметтерге қол жеткізу салаларындағы кемсітушілікке тыйым.</li><li><b>Рәсімдер.</b> Талапкер кемсітушілікті болжауға мүмкіндік беретін фактілерді ұсынғаннан кейін дәлелдеу ауыртпалығын жауапкерге ауыстыру және шағым бергені үшін қысым көрсетуден қорғау.</li><li><b>Теңдік жөніндегі орган.</b> Өтініштерді қарайтын, мониторинг жүргізетін және ұсынымдар әзірлейтін мамандандырылған тәуелсіз орган.</li></ul>",
                    "en": "<p>The experience of other states and the recommendations of UN treaty bodies make it possible to identify the essential elements of an umbrella anti-discrimination law. Civil society experts who worked on the package of proposals agree that the law must rest on a single set of concepts and provide for procedures that work in practice.</p><ul><li><b>Definitions.</b> Direct discrimination means treating a person less favourably because of a protected characteristic; indirect discrimination means an apparently neutral rule or practice that puts a particular group at a disadvantage without objective justification.</li><li><b>Harassment.</b> Unwanted conduct related to a protected characteristic that violates a person's dignity, including sexual harassment, should be recognised as a form of discrimination.</li><li><b>Scope.</b> An open list of protected characteristics and a ban on discrimination in employment, education, health care, and access to housing, goods and services.</li><li><b>Procedures.</b> A shift of the burden of proof to the respondent once the claimant has presented facts from which discrimination may be presumed, and protection against retaliation for complaining.</li><li><b>Equality body.</b> A specialised, independent body that considers complaints, carries out monitoring and issues recommendations.</li></ul>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Именно эту идею развивают эксперты гражданского общества. На национальной конференции «Искоренение дискриминационных практик в Казахстане» в ноябре 2023 года Казахстанское международное бюро по правам человека и соблюдению законности и Центр исследования правовой политики представили концепцию и проект закона «О Совете по обеспечению равенства и защите от дискриминации». К нему подготовлены сопутствующие поправки, которые вводят понятийный аппарат, а также институциональные и процессуальные гарантии.</p>",
                    "kk": "<p>Азаматтық қоғам сарапшылары дәл осы идеяны дамытып отыр. 2023 жылғы қарашада өткен «Қазақстандағы кемсітушілік практикаларын жою» ұлттық конференциясында Адам құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросы мен Құқықтық саясатты зерттеу орталығы «Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес туралы» заң жобасы мен оның тұжырымдамасын таныстырды. Жобаға ілеспе түзетулер де дайындалды: олар ұғымдық аппаратты, сондай-ақ институционалдық және процестік кепілдіктерді енгізеді.</p>",
                    "en": "<p>This is precisely the idea that civil society experts have been developing. At the national conference “Eliminating Discriminatory Practices in Kazakhstan” in November 2023, the Kazakhstan International Bureau for Human Rights and Rule of Law and the Legal Policy Research Centre presented the concept and draft law “On the Council for Ensuring Equality and Protection against Discrimination”. Accompanying amendments have also been prepared to introduce a conceptual framework together with institutional and procedural safeguards.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Международные обязательства",
                    "kk": "Халықаралық міндеттемелер",
                    "en": "International obligations",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Казахстан является участником Международного пакта о гражданских и политических правах, Конвенции о ликвидации всех форм дискриминации в отношении женщин и Конвенции МОТ № 111 о дискриминации в области труда и занятий. Эти договоры требуют не только провозгласить равенство, но и обеспечить эффективную защиту от дискриминации по любому признаку, в том числе законодательными средствами. Договорные органы ООН неоднократно рекомендовали Казахстану принять всеобъемлющее антидискриминационное законодательство с чётким определением прямой и косвенной дискриминации.</p>",
                    "kk": "<p>Қазақстан Азаматтық және саяси құқықтар туралы халықаралық пактінің, Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенцияның және ХЕҰ-ның еңбек және кәсіп саласындағы кемсітушілік туралы № 111 конвенциясының қатысушысы болып табылады. Бұл шарттар теңдікті жариялаумен шектелмей, кез келген белгі бойынша кемсітушіліктен тиімді қорғауды, оның ішінде заңнамалық құралдар арқылы қамтамасыз етуді талап етеді. БҰҰ-ның шарттық органдары Қазақстанға тікелей және жанама кемсітушіліктің нақты анықтамасы бар кешенді кемсітушілікке қарсы заңнама қабылдауды бірнеше рет ұсынған.</p>",
                    "en": "<p>Kazakhstan is a party to the International Covenant on Civil and Political Rights, the Convention on the Elimination of All Forms of Discrimination against Women and ILO Convention No. 111 concerning Discrimination in Respect of Employment and Occupation. These treaties require the state not merely to proclaim equality but to guarantee effective protection against discrimination on any ground, including by legislative means. UN treaty bodies have repeatedly recommended that Kazakhstan adopt comprehensive anti-discrimination legislation with clear definitions of direct and indirect discrimination.</p>",
                },
            },
            {
                "type": "legal_references",
                "items": [
                    {
                        "title": {
                            "ru": "Конституция Республики Казахстан",
                            "kk": "Қазақстан Республикасының Конституциясы",
                            "en": "Constitution of the Republic of Kazakhstan",
                        },
                        "citation": {
                            "ru": "Статья 14: равенство перед законом и судом, запрет дискриминации",
                            "kk": "14-бап: заң мен сот алдындағы теңдік, кемсітуге тыйым салу",
                            "en": "Article 14: equality before the law and the courts; prohibition of discrimination",
                        },
                    },
                    {
                        "title": {
                            "ru": "Международный пакт о гражданских и политических правах",
                            "kk": "Азаматтық және саяси құқықтар туралы халықаралық пакт",
                            "en": "International Covenant on Civil and Political Rights",
                        },
                        "citation": {
                            "ru": "Статья 26: равная защита закона без всякой дискриминации",
                            "kk": "26-бап: ешқандай кемсітусіз заңның тең қорғауы",
                            "en": "Article 26: equal protection of the law without any discrimination",
                        },
                    },
                    {
                        "title": {
                            "ru": "Конвенция о ликвидации всех форм дискриминации в отношении женщин (CEDAW)",
                            "kk": "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенция (CEDAW)",
                            "en": "Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)",
                        },
                        "citation": {
                            "ru": "Статьи 1 и 2: определение дискриминации в отношении женщин и обязанность закрепить её запрет в законодательстве",
                            "kk": "1 және 2-баптар: әйелдерге қатысты кемсітушіліктің анықтамасы және оған заңмен тыйым салу міндеті",
                            "en": "Articles 1 and 2: definition of discrimination against women and the duty to prohibit it by law",
                        },
                    },
                    {
                        "title": {
                            "ru": "Конвенция МОТ № 111 о дискриминации в области труда и занятий (1958)",
                            "kk": "ХЕҰ-ның еңбек және кәсіп саласындағы кемсітушілік туралы № 111 конвенциясы (1958)",
                            "en": "ILO Convention No. 111 on Discrimination (Employment and Occupation), 1958",
                        },
                        "citation": {
                            "ru": "Статья 1: определение дискриминации; статья 2: национальная политика равенства возможностей",
                            "kk": "1-бап: кемсітушіліктің анықтамасы; 2-бап: мүмкіндіктер теңдігінің ұлттық саясаты",
                            "en": "Article 1: definition of discrimination; Article 2: national policy to promote equality of opportunity",
                        },
                    },
                    {
                        "title": {
                            "ru": "Трудовой кодекс Республики Казахстан",
                            "kk": "Қазақстан Республикасының Еңбек кодексі",
                            "en": "Labour Code of the Republic of Kazakhstan",
                        },
                        "citation": {
                            "ru": "Статья 6: запрещение дискриминации в сфере труда",
                            "kk": "6-бап: еңбек саласындағы кемсітушілікке тыйым салу",
                            "en": "Article 6: prohibition of discrimination in employment",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Отдельный закон не решит проблему дискриминации сам по себе, но даст судам, работодателям и государственным органам общий язык и понятные правила. Он также позволит пострадавшим опираться на национальные процедуры, прежде чем обращаться к международным механизмам. Центр исследования правовой политики продолжит продвигать пакет предложений к проекту закона и обсуждать его с депутатами, государственными органами и экспертным сообществом.</p>",
                    "kk": "<p>Дербес заң кемсітушілік мәселесін өздігінен шешпейді, бірақ соттарға, жұмыс берушілерге және мемлекеттік органдарға ортақ тіл мен түсінікті ережелер береді. Сондай-ақ ол жәбірленушілерге халықаралық тетіктерге жүгінбес бұрын ұлттық рәсімдерге сүйенуге мүмкіндік береді. Құқықтық саясатты зерттеу орталығы заң жобасына ұсыныстар пакетін ілгерілетуді және оны депутаттармен, мемлекеттік органдармен және сарапшылар қауымдастығымен талқылауды жалғастырады.</p>",
                    "en": "<p>A stand-alone law will not end discrimination on its own, but it will give courts, employers and state bodies a shared vocabulary and clear rules. It will also allow victims to rely on national procedures before turning to international mechanisms. The Legal Policy Research Centre will continue to promote its package of proposals for the draft law and to discuss it with members of parliament, state agencies and the expert community.</p>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # 2. Sexual harassment at work: the law today and what must change
    # ------------------------------------------------------------------
    {
        "key": "sexual-harassment-at-work-law-today",
        "campaign": "anti-harassment-law",
        "topics": ["harassment", "gender-equality", "business-and-human-rights"],
        "authors": ["yerzhan-kassymov", "asel-nurlanova"],
        "date": "2021-10-12",
        "title": {
            "ru": "Сексуальные домогательства на работе: что говорит закон сегодня и что нужно изменить",
            "kk": "Жұмыс орнындағы жыныстық қудалау: заң бүгін не дейді және нені өзгерту керек",
            "en": "Sexual harassment at work: what the law says today and what needs to change",
        },
        "summary": {
            "ru": "В Казахстане нет нормы, прямо запрещающей сексуальные домогательства на работе и в общественных местах. Объясняем, почему действующих статей недостаточно и какие изменения нужны — от законодательства до корпоративных политик.",
            "kk": "Қазақстанда жұмыс орнында және қоғамдық орындарда жыныстық қудалауға тікелей тыйым салатын норма жоқ. Қолданыстағы баптардың неге жеткіліксіз екенін және заңнамадан бастап корпоративтік саясатқа дейін қандай өзгерістер қажет екенін түсіндіреміз.",
            "en": "Kazakhstan has no provision that directly prohibits sexual harassment at work or in public places. We explain why existing articles fall short and what needs to change, from legislation to corporate policies.",
        },
        "body": [
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Сексуальное домогательство — это нежелательное поведение сексуального характера, которое унижает человека или создаёт для него враждебную, запугивающую обстановку. Чаще всего с ним сталкиваются женщины и девушки, и именно поэтому международное право рассматривает домогательство как форму дискриминации по признаку пола. В Казахстане же эта проблема по-прежнему остаётся вне поля зрения законодателя.</p>",
                    "kk": "<p>Жыныстық қудалау — адамды қорлайтын немесе оған қатысты дұшпандық, қорқыту ахуалын туғызатын жыныстық сипаттағы қалаусыз мінез-құлық. Оған көбінесе әйелдер мен қыздар тап болады, сондықтан халықаралық құқық қудалауды жынысқа байланысты кемсітушіліктің бір нысаны ретінде қарастырады. Ал Қазақстанда бұл мәселе әлі күнге дейін заң шығарушының назарынан тыс қалып отыр.</p>",
                    "en": "<p>Sexual harassment is unwanted conduct of a sexual nature that degrades a person or creates a hostile or intimidating environment for them. Women and girls are the ones most often affected, which is why international law treats harassment as a form of sex-based discrimination. In Kazakhstan, however, the issue still lies outside the legislator's field of vision.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Что говорит закон сегодня",
                    "kk": "Заң бүгін не дейді",
                    "en": "What the law says today",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>В национальном законодательстве нет нормы, которая прямо запрещала бы сексуальные домогательства на рабочем месте или в общественных местах, в том числе преследование (сталкинг). Трудовой кодекс в общих словах запрещает дискриминацию, но не упоминает домогательство и не обязывает работодателя его предотвращать. Статья 123 Уголовного кодекса о понуждении к действиям сексуального характера применяется лишь к узкому кругу случаев, связанных с шантажом или использованием материальной либо иной зависимости потерпевшего.</p>",
                    "kk": "<p>Ұлттық заңнамада жұмыс орнында немесе қоғамдық орындарда жыныстық қудалауға, соның ішінде аңдып жүріп мазалауға (сталкингке) тікелей тыйым салатын норма жоқ. Еңбек кодексі кемсітушілікке жалпы түрде тыйым салғанымен, қудалау туралы айтпайды және жұмыс берушіге оның алдын алу міндетін жүктемейді. Қылмыстық кодекстің жыныстық сипаттағы әрекеттерге мәжбүрлеу туралы 123-бабы бопсалаумен немесе жәбірленушінің материалдық не өзге де тәуелділігін пайдаланумен байланысты тар ауқымдағы жағдайларға ғана қолданылады.</p>",
                    "en": "<p>National legislation contains no provision that directly prohibits sexual harassment in the workplace or in public places, including stalking. The Labour Code bans discrimination in general terms but does not mention harassment or oblige employers to prevent it. Article 123 of the Criminal Code on coercion into acts of a sexual nature covers only a narrow range of cases involving blackmail or the abuse of the victim's material or other dependence.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Всё остальное — непристойные намёки, навязчивые ухаживания начальника, прикосновения без согласия, сообщения интимного характера — не имеет чёткой правовой квалификации. У правоохранительных органов и судов нет сложившейся практики по таким делам, а у работодателей редко есть внутренние процедуры рассмотрения жалоб. В обществе, где сохраняются патриархальные установки, пострадавшие к тому же рискуют сами оказаться обвинёнными.</p>",
                    "kk": "<p>Қалғанының бәрі — әдепсіз меңзеулер, басшының тынымсыз сөз салуы, келісімсіз жанасу, интимдік сипаттағы хабарламалар — нақты құқықтық бағаға ие емес. Құқық қорғау органдары мен соттарда мұндай істер бойынша қалыптасқан практика жоқ, ал жұмыс берушілерде шағымдарды қараудың ішкі рәсімдері сирек кездеседі. Патриархалдық көзқарастар сақталған қоғамда оның үстіне жәбірленушілердің өздері айыпталып қалу қаупі бар.</p>",
                    "en": "<p>Everything else — lewd hints, persistent advances from a manager, touching without consent, messages of an intimate nature — has no clear legal qualification. Law enforcement bodies and courts have no established practice in such cases, and employers rarely have internal procedures for handling complaints. In a society where patriarchal attitudes persist, victims also run the risk of being blamed themselves.</p>",
                },
            },
            {
                "type": "quote",
                "quote": {
                    "ru": "Пока домогательство не названо в законе, пострадавшей приходится доказывать не сам факт давления, а то, что оно вообще может считаться нарушением. Без чёткого определения и обязанностей работодателя никакие консультации юриста не заменят работающей нормы.",
                    "kk": "Қудалау заңда аталмайынша, жәбірленуші қысымның болғанын емес, оның бұзушылық деп саналатынын дәлелдеуге мәжбүр. Нақты анықтама мен жұмыс берушінің міндеттері болмаса, заңгердің ешқандай кеңесі іс жүзінде жұмыс істейтін норманың орнын баса алмайды.",
                    "en": "As long as harassment is not named in the law, a victim has to prove not that pressure occurred, but that it can be considered a violation at all. Without a clear definition and duties for employers, no amount of legal advice can replace a provision that actually works.",
                },
                "attribution": {
                    "ru": "Ержан Касымов, юрист",
                    "kk": "Ержан Қасымов, заңгер",
                    "en": "Yerzhan Kassymov, lawyer",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Международный стандарт: Конвенция МОТ № 190",
                    "kk": "Халықаралық стандарт: ХЕҰ-ның № 190 конвенциясы",
                    "en": "The international standard: ILO Convention No. 190",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>В 2019 году Международная организация труда приняла Конвенцию № 190 о ликвидации насилия и домогательств в сфере труда — первый международный договор, специально посвящённый этой проблеме. Конвенция определяет насилие и домогательства широко, включая гендерное насилие, и распространяет защиту не только на работников по трудовому договору, но и на стажёров, волонтёров и соискателей. Она охватывает не только офис, но и командировки, корпоративные мероприятия и рабочую переписку, в том числе в мессенджерах.</p>",
                    "kk": "<p>2019 жылы Халықаралық еңбек ұйымы еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 190 конвенцияны қабылдады — бұл осы мәселеге арнайы арналған алғашқы халықаралық шарт. Конвенция зорлық-зомбылық пен қудалауды кең мағынада, соның ішінде гендерлік зорлық-зомбылықты қоса анықтайды және қорғауды еңбек шарты бойынша жұмыс істейтіндерге ғана емес, тағылымдамадан өтушілерге, еріктілерге және жұмыс іздеушілерге де қолданады. Ол кеңсемен шектелмей, іссапарларды, корпоративтік іс-шараларды және жұмыс бойынша хат алмасуды, соның ішінде мессенджерлердегі хат алмасуды да қамтиды.</p>",
                    "en": "<p>In 2019 the International Labour Organization adopted Convention No. 190 on the Elimination of Violence and Harassment in the World of Work, the first international treaty devoted specifically to this problem. The Convention defines violence and harassment broadly, including gender-based violence, and extends protection beyond employees to interns, volunteers and job applicants. It covers not only the office but also business trips, work-related events and work communications, including via messaging apps.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Казахстан эту конвенцию пока не ратифицировал. Между тем её положения согласуются с обязательствами, которые страна уже приняла по Конвенции о ликвидации всех форм дискриминации в отношении женщин: Комитет CEDAW в Общей рекомендации № 19 рассматривает сексуальные домогательства на работе как проявление гендерного насилия, которое является формой дискриминации. Ратификация Конвенции № 190 дала бы ясный ориентир для реформы национального законодательства.</p>",
                    "kk": "<p>Қазақстан бұл конвенцияны әлі ратификацияламаған. Ал оның ережелері еліміздің Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенция бойынша бұрыннан қабылдаған міндеттемелерімен үйлеседі: CEDAW комитеті № 19 жалпы ұсынымында жұмыс орнындағы жыныстық қудалауды кемсітушіліктің бір нысаны болып табылатын гендерлік зорлық-зомбылықтың көрінісі ретінде қарастырады. № 190 конвенцияны ратификациялау ұлттық заңнаманы реформалау үшін айқын бағдар берер еді.</p>",
                    "en": "<p>Kazakhstan has not yet ratified the Convention. Its provisions are nonetheless consistent with obligations the country has already accepted under the Convention on the Elimination of All Forms of Discrimination against Women: in its General Recommendation No. 19, the CEDAW Committee treats sexual harassment in the workplace as gender-based violence, which is a form of discrimination. Ratifying Convention No. 190 would provide a clear benchmark for reforming national legislation.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Что нужно изменить",
                    "kk": "Нені өзгерту қажет",
                    "en": "What needs to change",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>В рамках кампании Центр исследования правовой политики подготовил поправки к национальному законодательству, основанные на международных стандартах и рекомендациях. Их ключевые элементы перечислены ниже.</p><ol><li>Закрепить в законе определение сексуального домогательства и прямой запрет на него на рабочем месте, в учебных заведениях и в общественных местах.</li><li>Установить соразмерную ответственность за домогательство и преследование, включая случаи, когда нарушитель использует служебное положение.</li><li>Обязать работодателей принимать меры по предотвращению домогательств, назначать ответственных лиц и рассматривать жалобы конфиденциально.</li><li>Защитить заявителей и свидетелей от увольнения и других ответных мер за сообщение о домогательстве.</li><li>Обучить сотрудников полиции, прокуроров и судей расследованию и квалификации таких правонарушений.</li></ol>",
                    "kk": "<p>Науқан аясында Құқықтық саясатты зерттеу орталығы халықаралық стандарттар мен ұсынымдарға негізделген ұлттық заңнамаға түзетулер дайындады. Олардың негізгі элементтері төменде келтірілген.</p><ol><li>Заңда жыныстық қудалаудың анықтамасын бекіту және жұмыс орнында, оқу орындарында және қоғамдық орындарда оған тікелей тыйым салу.</li><li>Қудалау мен аңдып мазалау үшін, соның ішінде құқық бұзушы қызметтік жағдайын пайдаланған жағдайларда, барабар жауаптылық белгілеу.</li><li>Жұмыс берушілерді қудалаудың алдын алу шараларын қабылдауға, жауапты тұлғаларды тағайындауға және шағымдарды құпия түрде қарауға міндеттеу.</li><li>Қудалау туралы хабарлаған арызданушылар мен куәларды жұмыстан шығарудан және өзге де жазалау шараларынан қорғау.</li><li>Полиция қызметкерлерін, прокурорлар мен судьяларды осындай құқық бұзушылықтарды тергеуге және саралауға оқыту.</li></ol>",
                    "en": "<p>As part of the campaign, the Legal Policy Research Centre prepared amendments to national legislation based on international standards and recommendations. Their key elements are listed below.</p><ol><li>Enshrine a definition of sexual harassment in law, with an explicit ban on it in the workplace, in educational institutions and in public places.</li><li>Establish proportionate liability for harassment and stalking, including cases where the perpetrator abuses an official position.</li><li>Require employers to take measures to prevent harassment, designate responsible persons and handle complaints confidentially.</li><li>Protect complainants and witnesses from dismissal and other retaliation for reporting harassment.</li><li>Train police officers, prosecutors and judges to investigate and correctly qualify such offences.</li></ol>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Закон — лишь часть решения: многое зависит от культуры внутри организаций. Центр разработал типовую корпоративную политику по недискриминации, противодействию сексуальным домогательствам и злоупотреблению властью и обсудил её с представителями 10 компаний и 5 университетов Казахстана. Политика описывает, как сообщить о нарушении, как проводится внутреннее расследование и какие меры защиты получает заявитель.</p>",
                    "kk": "<p>Заң — шешімнің бір бөлігі ғана: көп нәрсе ұйымдардың ішкі мәдениетіне байланысты. Орталық кемсітпеушілік, жыныстық қудалауға және билікті теріс пайдалануға қарсы іс-қимыл туралы үлгілік корпоративтік саясат әзірлеп, оны Қазақстанның 10 компаниясы мен 5 университетінің өкілдерімен талқылады. Саясатта бұзушылық туралы қалай хабарлау керектігі, ішкі тексеру қалай жүргізілетіні және арызданушы қандай қорғау шараларына ие болатыны сипатталған.</p>",
                    "en": "<p>The law is only part of the solution: much depends on the culture inside organisations. The Centre developed a model corporate policy on non-discrimination, combating sexual harassment and abuse of authority, and discussed it with representatives of 10 companies and 5 universities in Kazakhstan. The policy sets out how to report a violation, how an internal investigation is conducted and what protection the complainant receives.</p>",
                },
            },
            {
                "type": "legal_references",
                "items": [
                    {
                        "title": {
                            "ru": "Уголовный кодекс Республики Казахстан",
                            "kk": "Қазақстан Республикасының Қылмыстық кодексі",
                            "en": "Criminal Code of the Republic of Kazakhstan",
                        },
                        "citation": {
                            "ru": "Статья 123: понуждение к действиям сексуального характера",
                            "kk": "123-бап: жыныстық сипаттағы әрекеттерге мәжбүрлеу",
                            "en": "Article 123: coercion into acts of a sexual nature",
                        },
                    },
                    {
                        "title": {
                            "ru": "Трудовой кодекс Республики Казахстан",
                            "kk": "Қазақстан Республикасының Еңбек кодексі",
                            "en": "Labour Code of the Republic of Kazakhstan",
                        },
                        "citation": {
                            "ru": "Статья 6: общий запрет дискриминации в сфере труда без упоминания домогательств",
                            "kk": "6-бап: қудалау аталмайтын, еңбек саласындағы кемсітушілікке жалпы тыйым",
                            "en": "Article 6: general ban on discrimination in employment, with no mention of harassment",
                        },
                    },
                    {
                        "title": {
                            "ru": "Конвенция МОТ № 190 о ликвидации насилия и домогательств в сфере труда (2019)",
                            "kk": "ХЕҰ-ның еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 190 конвенциясы (2019)",
                            "en": "ILO Convention No. 190 concerning the Elimination of Violence and Harassment in the World of Work (2019)",
                        },
                        "citation": {
                            "ru": "Статьи 1–4: определения, круг защищаемых лиц, сфера применения и обязательства государств",
                            "kk": "1–4-баптар: анықтамалар, қорғалатын тұлғалар аясы, қолданылу саласы және мемлекеттердің міндеттемелері",
                            "en": "Articles 1–4: definitions, persons protected, scope and obligations of member states",
                        },
                    },
                    {
                        "title": {
                            "ru": "Комитет CEDAW, Общая рекомендация № 19 (1992)",
                            "kk": "CEDAW комитеті, № 19 жалпы ұсыным (1992)",
                            "en": "CEDAW Committee, General Recommendation No. 19 (1992)",
                        },
                        "citation": {
                            "ru": "Пункты 17–18: сексуальные домогательства на работе как форма гендерного насилия",
                            "kk": "17–18-тармақтар: жұмыс орнындағы жыныстық қудалау гендерлік зорлық-зомбылықтың нысаны ретінде",
                            "en": "Paragraphs 17–18: sexual harassment at work as a form of gender-based violence",
                        },
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # 3. Media language without discrimination
    # ------------------------------------------------------------------
    {
        "key": "media-language-without-discrimination",
        "campaign": "anti-discrimination-law",
        "topics": ["discrimination", "civil-society"],
        "authors": ["maria-kim"],
        "date": "2023-04-20",
        "title": {
            "ru": "Язык медиа без дискриминации: заметки после тренинга для 40 журналистов и блогеров",
            "kk": "Кемсітусіз медиа тілі: 40 журналист пен блогерге арналған тренингтен кейінгі жазбалар",
            "en": "Media language without discrimination: notes from a training for 40 journalists and bloggers",
        },
        "summary": {
            "ru": "Как слова в заголовке могут закреплять стереотипы и почему корректный язык не означает цензуру. Делимся выводами онлайн-тренинга и практическими правилами для редакций.",
            "kk": "Тақырыптағы сөздер стереотиптерді қалай бекітуі мүмкін және дұрыс тіл неге цензура емес. Онлайн-тренингтің қорытындыларымен және редакцияларға арналған практикалық ережелермен бөлісеміз.",
            "en": "How the words in a headline can entrench stereotypes, and why careful language is not censorship. We share lessons from an online training and practical rules for newsrooms.",
        },
        "body": [
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>В рамках кампании за антидискриминационный закон Центр исследования правовой политики провёл онлайн-тренинг для журналистов и блогеров. Его задача была практической: дать участникам инструменты, которые помогают освещать темы равенства и дискриминации, не закрепляя стереотипов и предрассудков. Обучение прошли 40 журналистов и блогеров, работающих в традиционных и социальных медиа.</p>",
                    "kk": "<p>Кемсітушілікке қарсы заң үшін жүргізілген науқан аясында Құқықтық саясатты зерттеу орталығы журналистер мен блогерлерге арналған онлайн-тренинг өткізді. Оның міндеті практикалық болды: қатысушыларға теңдік пен кемсітушілік тақырыптарын стереотиптер мен теріс түсініктерді бекітпей жариялауға көмектесетін құралдар беру. Оқудан дәстүрлі және әлеуметтік медиада жұмыс істейтін 40 журналист пен блогер өтті.</p>",
                    "en": "<p>As part of the campaign for an anti-discrimination law, the Legal Policy Research Centre held an online training for journalists and bloggers. Its purpose was practical: to give participants tools for covering equality and discrimination without reinforcing stereotypes and prejudice. Forty journalists and bloggers working in traditional and social media completed the course.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Почему слова имеют значение",
                    "kk": "Сөздің неге маңызы бар",
                    "en": "Why words matter",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Медиа не только сообщают о событиях, но и задают рамку, в которой аудитория их понимает. Когда в новости о преступлении без всякой необходимости указывается национальность подозреваемого, у читателя складывается связь между этнической группой и криминалом. Когда о человеке с инвалидностью пишут, что он «прикован к коляске», его жизнь описывается через ограничение, а не через права и возможности.</p>",
                    "kk": "<p>Медиа оқиғалар туралы хабарлап қана қоймай, аудиторияның оларды қабылдау аясын да қалыптастырады. Қылмыс туралы жаңалықта ешқандай қажеттіліксіз күдіктінің ұлты көрсетілсе, оқырманның санасында этникалық топ пен қылмыс арасында байланыс пайда болады. Мүгедектігі бар адам туралы «арбаға таңылған» деп жазылса, оның өмірі құқықтар мен мүмкіндіктер арқылы емес, тек шектеу арқылы сипатталады.</p>",
                    "en": "<p>The media do not merely report events; they also set the frame in which audiences understand them. When a crime story mentions a suspect's ethnicity for no reason, readers begin to associate an ethnic group with criminality. When a person with a disability is described as “confined to a wheelchair”, their life is reduced to a limitation rather than presented in terms of rights and opportunities.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>На тренинге мы разбирали примеры из реальных публикаций — заголовки, подводки, подписи к фотографиям — и вместе искали более точные формулировки. Участники отмечали, что дискриминационные обороты редко появляются намеренно: чаще это привычные штампы, спешка или желание сделать заголовок ярче. Именно поэтому полезны простые редакционные правила, соблюдение которых можно проверить перед публикацией.</p>",
                    "kk": "<p>Тренингте біз нақты жарияланымдардан алынған мысалдарды — тақырыптарды, лидтерді, фотосуреттердің астындағы жазуларды — талдап, бірге дәлірек тұжырымдар іздедік. Қатысушылар кемсітушілік сипаттағы сөз орамдары әдейі сирек пайда болатынын атап өтті: көбінесе бұл — жаттанды тіркестер, асығыстық немесе тақырыпты әсерлірек етуге деген ұмтылыс. Сондықтан жарияламас бұрын сақталуын тексеруге болатын қарапайым редакциялық ережелер пайдалы.</p>",
                    "en": "<p>During the training we examined examples from real publications, including headlines, leads and photo captions, and worked together on more accurate wording. Participants noted that discriminatory phrasing rarely appears on purpose: more often it comes from familiar clichés, haste or the wish to make a headline more striking. That is why simple editorial rules that can be checked before publication are so useful.</p>",
                },
            },
            {
                "type": "quote",
                "quote": {
                    "ru": "Я думала, что корректный язык — это список запрещённых слов. Оказалось, что речь о точности: если признак не имеет отношения к событию, его не нужно упоминать.",
                    "kk": "Мен дұрыс тіл дегеніміз — тыйым салынған сөздердің тізімі деп ойлайтынмын. Шын мәнінде әңгіме дәлдік туралы екен: егер белгінің оқиғаға қатысы болмаса, оны атаудың қажеті жоқ.",
                    "en": "I thought inclusive language was a list of banned words. It turns out to be about accuracy: if a characteristic has nothing to do with the story, there is no need to mention it.",
                },
                "attribution": {
                    "ru": "Участница тренинга, журналист",
                    "kk": "Тренинг қатысушысы, журналист",
                    "en": "Training participant, journalist",
                },
            },
            {
                "type": "fact_box",
                "title": {
                    "ru": "Памятка для журналиста: семь правил",
                    "kk": "Журналистке арналған жадынама: жеті ереже",
                    "en": "A journalist's checklist: seven rules",
                },
                "html": {
                    "ru": "<ol><li>Упоминайте национальность, религию, инвалидность, пол или гражданство только тогда, когда это действительно важно для понимания события.</li><li>Ставьте человека на первое место: «человек с инвалидностью», а не «инвалид»; «трудовой мигрант», а не «гастарбайтер».</li><li>Не обобщайте: поступок одного человека не характеризует всю группу, к которой он принадлежит.</li><li>В материалах о насилии и домогательствах не перекладывайте ответственность на пострадавших — не обсуждайте их одежду, поведение или образ жизни.</li><li>Спрашивайте у героев материала, как они предпочитают себя называть, и уважайте их выбор.</li><li>Давайте слово самим представителям уязвимых групп, а не только экспертам и чиновникам, которые говорят о них.</li><li>Проверяйте заголовки, фотографии и подписи так же тщательно, как сам текст: стереотип часто прячется именно там.</li></ol>",
                    "kk": "<ol><li>Ұлтты, дінді, мүгедектікті, жынысты немесе азаматтықты оқиғаны түсіну үшін шынымен маңызды болғанда ғана атаңыз.</li><li>Адамды бірінші орынға қойыңыз: «мүгедек» емес, «мүгедектігі бар адам»; «гастарбайтер» емес, «еңбек мигранты» деп жазыңыз.</li><li>Жалпыламаңыз: бір адамның әрекеті ол тиесілі топтың барлығын сипаттамайды.</li><li>Зорлық-зомбылық пен қудалау туралы материалдарда жауапкершілікті жәбірленушілерге аудармаңыз — олардың киімін, мінез-құлқын немесе өмір салтын талқыламаңыз.</li><li>Материал кейіпкерлерінен өздерін қалай атағанды қалайтынын сұраңыз және олардың таңдауын құрметтеңіз.</li><li>Осал топтар туралы айтатын сарапшылар мен шенеуніктерге ғана емес, сол топтардың өкілдерінің өздеріне де сөз беріңіз.</li><li>Тақырыптарды, фотосуреттерді және олардың астындағы жазуларды мәтіннің өзі сияқты мұқият тексеріңіз: стереотип көбінесе дәл сол жерде жасырынып жатады.</li></ol>",
                    "en": "<ol><li>Mention ethnicity, religion, disability, gender or citizenship only when it is genuinely relevant to understanding the story.</li><li>Put the person first: “person with a disability” rather than “invalid”; “migrant worker” rather than derogatory slang.</li><li>Do not generalise: one person's actions say nothing about the whole group they belong to.</li><li>In stories about violence and harassment, do not shift responsibility onto victims by discussing their clothing, behaviour or lifestyle.</li><li>Ask the people you write about how they prefer to be described, and respect their choice.</li><li>Give a voice to members of vulnerable groups themselves, not only to experts and officials who speak about them.</li><li>Check headlines, photos and captions as carefully as the text itself: that is often where stereotypes hide.</li></ol>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Язык вражды и свобода слова",
                    "kk": "Өшпенділік тілі және сөз бостандығы",
                    "en": "Hate speech and freedom of expression",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Один из самых частых вопросов на тренинге звучал так: не станет ли борьба с дискриминационным языком новой формой цензуры? Мы исходим из того, что речь идёт о профессиональных стандартах, а не о запретах. Точность, уважение к достоинству человека и отказ от необоснованных обобщений — это те же принципы, на которых строится качественная журналистика.</p>",
                    "kk": "<p>Тренингте ең жиі қойылған сұрақтардың бірі мынау болды: кемсітушілік тілге қарсы күрес цензураның жаңа түріне айналмай ма? Біз мұны тыйымдар емес, кәсіби стандарттар мәселесі деп есептейміз. Дәлдік, адамның қадір-қасиетін құрметтеу және негізсіз жалпылаудан бас тарту — сапалы журналистика сүйенетін қағидаттардың дәл өзі.</p>",
                    "en": "<p>One of the questions raised most often during the training was whether combating discriminatory language might become a new form of censorship. Our view is that this is a matter of professional standards, not prohibitions. Accuracy, respect for human dignity and avoiding unfounded generalisations are the very principles on which quality journalism is built.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Международное право проводит здесь чёткую границу. Статья 19 Международного пакта о гражданских и политических правах защищает свободу выражения мнений, а статья 20 требует запретить лишь пропаганду национальной, расовой или религиозной ненависти, которая представляет собой подстрекательство к дискриминации, вражде или насилию. Рабатский план действий ООН предлагает, прежде чем квалифицировать высказывание как подстрекательство, учитывать контекст, статус говорящего, намерение, содержание, масштаб распространения и вероятность причинения вреда.</p>",
                    "kk": "<p>Халықаралық құқық бұл жерде нақты шекара белгілейді. Азаматтық және саяси құқықтар туралы халықаралық пактінің 19-бабы пікір білдіру бостандығын қорғайды, ал 20-бабы кемсітушілікке, араздыққа немесе зорлық-зомбылыққа айдап салу болып табылатын ұлттық, нәсілдік немесе діни өшпенділікті насихаттауға ғана тыйым салуды талап етеді. БҰҰ-ның Рабат іс-қимыл жоспары сөзді айдап салу деп саралау алдында оның контексін, айтушының мәртебесін, ниетін, мазмұнын, таралу ауқымын және зиян келтіру ықтималдығын ескеруді ұсынады.</p>",
                    "en": "<p>International law draws a clear line here. Article 19 of the International Covenant on Civil and Political Rights protects freedom of expression, while Article 20 requires states to prohibit only advocacy of national, racial or religious hatred that constitutes incitement to discrimination, hostility or violence. The UN Rabat Plan of Action recommends weighing the context, the speaker's status, intent, content, reach and the likelihood of harm before treating a statement as incitement.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Что дальше",
                    "kk": "Алдағы жоспар",
                    "en": "What comes next",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Дискриминационный язык в медиа — отражение более широкой проблемы: в Казахстане до сих пор нет отдельного закона, который давал бы чёткое определение дискриминации. Журналисты, прошедшие тренинг, могут помочь изменить это, объясняя аудитории, зачем нужен такой закон и как дискриминация выглядит в повседневной жизни. Центр продолжит поднимать темы недискриминации в традиционных и социальных медиа и будет рад обратной связи от редакций, которые применят эти правила на практике.</p>",
                    "kk": "<p>Медиадағы кемсітушілік тіл — кеңірек мәселенің көрінісі: Қазақстанда кемсітушілікке нақты анықтама беретін дербес заң әлі күнге дейін жоқ. Тренингтен өткен журналистер аудиторияға мұндай заңның не үшін қажет екенін және кемсітушілік күнделікті өмірде қалай көрінетінін түсіндіре отырып, осы жағдайды өзгертуге үлес қоса алады. Орталық дәстүрлі және әлеуметтік медиада кемсітпеушілік тақырыптарын көтеруді жалғастырады және осы ережелерді іс жүзінде қолданған редакциялардың пікірін қуана қабылдайды.</p>",
                    "en": "<p>Discriminatory language in the media reflects a wider problem: Kazakhstan still has no stand-alone law that clearly defines discrimination. Journalists who completed the training can help change this by explaining to their audiences why such a law is needed and what discrimination looks like in everyday life. The Centre will keep raising non-discrimination issues in traditional and social media and welcomes feedback from newsrooms that put these rules into practice.</p>",
                },
            },
        ],
    },
]
