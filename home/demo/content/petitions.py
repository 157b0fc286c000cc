"""Demo content: petitions (the offline signature count of petition 1 is fictional demo data)."""

PETITIONS = [
    {
        "key": "ban-sexual-harassment-petition",
        "campaign": "anti-harassment-law",
        "topics": ["harassment", "gender-equality"],
        "date": "2021-05-17",
        "title": {
            "ru": "Запретить сексуальные домогательства на работе и в общественных местах",
            "kk": "Жұмыста және қоғамдық орындарда жыныстық қудалауға тыйым салынсын",
            "en": "Ban sexual harassment at work and in public spaces",
        },
        "summary": {
            "ru": "Мы просим Мажилис Парламента закрепить в законе прямой запрет сексуальных домогательств на рабочем месте и в общественных местах и дать пострадавшим действенные способы защиты.",
            "kk": "Біз Парламент Мәжілісінен жұмыс орнында және қоғамдық орындарда жыныстық қудалауға тікелей тыйымды заңда бекітуді және зардап шеккендерге тиімді қорғану жолдарын беруді сұраймыз.",
            "en": "We call on the Mazhilis of Parliament to write a direct ban on sexual harassment in the workplace and in public spaces into law and to give those affected effective ways to protect themselves.",
        },
        "addressee": {
            "ru": "Мажилис Парламента Республики Казахстан",
            "kk": "Қазақстан Республикасы Парламентінің Мәжілісі",
            "en": "Mazhilis of the Parliament of the Republic of Kazakhstan",
        },
        "demand": {
            "ru": (
                "<p>Мы, нижеподписавшиеся, просим депутатов Мажилиса внести в законодательство прямой запрет сексуальных домогательств на работе и в общественных местах, включая преследование (сталкинг), и дать этим понятиям чёткие юридические определения.</p>"
                "<p>Мы просим установить за домогательства ответственность, соразмерную их тяжести, и обязать работодателей принимать меры по их предотвращению, рассматривать жалобы и защищать заявителей от преследования.</p>"
                "<p>Мы также просим рассмотреть вопрос о ратификации Казахстаном Конвенции МОТ № 190 о ликвидации насилия и домогательств в сфере труда.</p>"
            ),
            "kk": (
                "<p>Біз, төменде қол қойғандар, Мәжіліс депутаттарынан заңнамаға жұмыста және қоғамдық орындарда жыныстық қудалауға, соның ішінде сталкингке, яғни адамның соңына түсіп, оны мазалауға тікелей тыйым енгізуді және бұл ұғымдарға нақты заңдық анықтама беруді сұраймыз.</p>"
                "<p>Біз қудалау үшін оның ауырлығына сай жауапкершілік белгілеуді, сондай-ақ жұмыс берушілерді қудалаудың алдын алу шараларын қабылдауға, шағымдарды қарауға және шағым берушілерді қысымнан қорғауға міндеттеуді сұраймыз.</p>"
                "<p>Сондай-ақ Қазақстан ХЕҰ-ның еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 190 конвенциясын ратификациялауы туралы мәселені қарауды сұраймыз.</p>"
            ),
            "en": (
                "<p>We, the undersigned, ask the deputies of the Mazhilis to introduce into legislation a direct ban on sexual harassment at work and in public spaces, including stalking, and to give these concepts clear legal definitions.</p>"
                "<p>We ask for liability for harassment that is proportionate to its seriousness, and for a duty on employers to take preventive measures, handle complaints and protect complainants from retaliation.</p>"
                "<p>We also ask that ratification by Kazakhstan of ILO Convention No. 190 on eliminating violence and harassment in the world of work be considered.</p>"
            ),
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "ru": "Почему нужен закон",
                    "kk": "Заң не үшін қажет",
                    "en": "Why a law is needed",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": (
                        "<p>Сегодня в Казахстане нет нормы, которая прямо запрещала бы сексуальные домогательства на рабочем месте или на улице. Уголовный кодекс наказывает лишь понуждение к действиям сексуального характера путём шантажа, угроз или с использованием зависимости пострадавшего, а повседневные приставания, непристойные предложения и преследование, как правило, остаются безнаказанными.</p>"
                        "<p>Без закона пострадавшим некуда обратиться, а полиция, суды и работодатели не знают, как реагировать. Домогательствам подвергаются прежде всего женщины и девушки, и общество нередко перекладывает вину на них самих. Ясный запрет изменит и практику, и отношение к проблеме.</p>"
                    ),
                    "kk": (
                        "<p>Бүгінде Қазақстанда жұмыс орнында немесе көшеде жыныстық қудалауға тікелей тыйым салатын норма жоқ. Қылмыстық кодекс бопсалау, қорқыту арқылы немесе жәбірленушінің тәуелділігін пайдаланып жыныстық сипаттағы әрекеттерге мәжбүрлеуді ғана жазалайды, ал күнделікті мазалау, әдепсіз ұсыныстар мен аңду, әдетте, жазасыз қалады.</p>"
                        "<p>Заң болмаған соң, зардап шеккендердің жүгінетін жері жоқ, ал полиция, соттар мен жұмыс берушілер қалай әрекет ету керектігін білмейді. Қудалауға ең алдымен әйелдер мен қыздар ұшырайды, ал қоғам кінәні жиі олардың өздеріне артады. Айқын тыйым тәжірибені де, мәселеге деген көзқарасты да өзгертеді.</p>"
                    ),
                    "en": (
                        "<p>Today, Kazakhstan has no rule that directly prohibits sexual harassment in the workplace or in the street. The Criminal Code only punishes coercion into sexual acts through blackmail, threats or by exploiting the victim’s dependence, while everyday harassment, indecent propositions and stalking usually go unpunished.</p>"
                        "<p>Without a law, those affected have nowhere to turn, and the police, courts and employers do not know how to respond. Women and girls are the main targets of harassment, and society often shifts the blame onto them. A clear ban will change both practice and attitudes.</p>"
                    ),
                },
            },
            {
                "type": "fact_box",
                "title": {
                    "ru": "Что стало с подписями",
                    "kk": "Қолдар қайда жіберілді",
                    "en": "What happened to the signatures",
                },
                "html": {
                    "ru": "<p>После окончания сбора подписи, поставленные онлайн и на бумажных листах, были переданы в Мажилис вместе с предложениями Центра исследования правовой политики о поправках в законодательство.</p>",
                    "kk": "<p>Қол жинау аяқталғаннан кейін онлайн және қағаз парақтарға қойылған қолдар Құқықтық саясатты зерттеу орталығының заңнамаға түзетулер жөніндегі ұсыныстарымен бірге Мәжіліске тапсырылды.</p>",
                    "en": "<p>Once collection closed, the signatures given online and on paper sheets were handed to the Mazhilis together with the Legal Policy Research Centre’s proposals for legislative amendments.</p>",
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
                            "kk": "14-бап: заң мен сот алдындағы теңдік, кемсітушілікке тыйым салу",
                            "en": "Article 14: equality before the law and the courts; prohibition of discrimination",
                        },
                    },
                    {
                        "title": {
                            "ru": "Конвенция о ликвидации всех форм дискриминации в отношении женщин",
                            "kk": "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенция",
                            "en": "Convention on the Elimination of All Forms of Discrimination against Women",
                        },
                        "citation": {
                            "ru": "Казахстан — участник с 1998 года; Общая рекомендация Комитета № 19 (1992)",
                            "kk": "Қазақстан 1998 жылдан бері қатысушы; Комитеттің № 19 жалпы ұсынымы (1992)",
                            "en": "Kazakhstan a party since 1998; Committee General Recommendation No. 19 (1992)",
                        },
                    },
                    {
                        "title": {
                            "ru": "Конвенция МОТ о ликвидации насилия и домогательств в сфере труда (№ 190)",
                            "kk": "ХЕҰ-ның еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 190 конвенциясы",
                            "en": "ILO Violence and Harassment Convention, 2019 (No. 190)",
                        },
                        "citation": {
                            "ru": "Принята в Женеве 21 июня 2019 года",
                            "kk": "2019 жылғы 21 маусымда Женевада қабылданған",
                            "en": "Adopted in Geneva on 21 June 2019",
                        },
                    },
                ],
            },
        ],
        "goal": 5000,
        "deadline": "2021-12-10",
        "state": "delivered",
        "offline_signatures": 1250,
        # Online signatures the demo generates (home/demo/seed.py seed_signatures).
        "demo_signatures": 3900,
        "consent_text": {
            "ru": "Подписывая петицию, я даю Центру исследования правовой политики согласие на сбор и обработку моих персональных данных (имени, адреса электронной почты, города) в соответствии с Законом Республики Казахстан «О персональных данных и их защите» исключительно для целей этой петиции, включая передачу списка подписей её адресату. Я могу в любой момент отозвать своё согласие.",
            "kk": "Петицияға қол қою арқылы мен Құқықтық саясатты зерттеу орталығына Қазақстан Республикасының «Дербес деректер және оларды қорғау туралы» Заңына сәйкес дербес деректерімді (атымды, электрондық пошта мекенжайымды, қаламды) тек осы петицияның мақсаттары үшін, оның ішінде қолдар тізімін петиция адресатына беру үшін жинауға және өңдеуге келісім беремін. Келісімімді кез келген уақытта кері қайтарып ала аламын.",
            "en": "By signing this petition, I consent to the Legal Policy Research Centre collecting and processing my personal data (name, email address, city) in accordance with the Law of the Republic of Kazakhstan “On Personal Data and Their Protection”, solely for the purposes of this petition, including handing the list of signatures to its addressee. I may withdraw my consent at any time.",
        },
    },
    {
        "key": "comprehensive-anti-discrimination-law-petition",
        "campaign": "anti-discrimination-law",
        "topics": ["discrimination", "legal-policy"],
        "date": "2026-09-01",
        "title": {
            "ru": "Принять комплексный закон против дискриминации",
            "kk": "Кемсітушілікке қарсы кешенді заң қабылдансын",
            "en": "Adopt a comprehensive anti-discrimination law",
        },
        "summary": {
            "ru": "Мы призываем Правительство и Мажилис принять единый закон о запрете дискриминации и создать независимый орган по вопросам равенства, к которому люди смогут обратиться за защитой.",
            "kk": "Біз Үкімет пен Мәжілісті кемсітушілікке тыйым салатын біртұтас заң қабылдауға және адамдар қорғау сұрап жүгіне алатын теңдік жөніндегі тәуелсіз орган құруға шақырамыз.",
            "en": "We call on the Government and the Mazhilis to adopt a single law prohibiting discrimination and to set up an independent equality body that people can turn to for protection.",
        },
        "addressee": {
            "ru": "Правительство Республики Казахстан и Мажилис Парламента Республики Казахстан",
            "kk": "Қазақстан Республикасының Үкіметі және Қазақстан Республикасы Парламентінің Мәжілісі",
            "en": "Government of the Republic of Kazakhstan and Mazhilis of the Parliament of the Republic of Kazakhstan",
        },
        "demand": {
            "ru": (
                "<p>Мы, нижеподписавшиеся, призываем Правительство разработать, а Мажилис — принять комплексный закон о равенстве и недискриминации. Он должен дать ясное определение прямой и косвенной дискриминации, домогательства и подстрекательства к дискриминации и запретить их во всех сферах: в труде, образовании, здравоохранении, доступе к услугам и жилью.</p>"
                "<p>Мы просим создать независимый орган по вопросам равенства, который будет принимать жалобы, проводить проверки, помогать пострадавшим в суде и давать рекомендации государственным органам. Его независимость должна быть гарантирована законом и обеспечена собственным бюджетом.</p>"
                "<p>Закон должен предусматривать эффективные средства защиты: перенос бремени доказывания на ответчика в делах о дискриминации, возмещение вреда и защиту от преследования для тех, кто пожаловался.</p>"
            ),
            "kk": (
                "<p>Біз, төменде қол қойғандар, Үкіметті теңдік және кемсітпеушілік туралы кешенді заң әзірлеуге, ал Мәжілісті оны қабылдауға шақырамыз. Заң тікелей және жанама кемсітушілікке, қудалауға және кемсітушілікке айдап салуға нақты анықтама беріп, оларға барлық салада: еңбекте, білім беруде, денсаулық сақтауда, қызметтер мен тұрғын үйге қол жеткізуде тыйым салуы тиіс.</p>"
                "<p>Біз шағымдарды қабылдайтын, тексерулер жүргізетін, зардап шеккендерге сотта көмектесетін және мемлекеттік органдарға ұсынымдар беретін теңдік жөніндегі тәуелсіз орган құруды сұраймыз. Оның тәуелсіздігі заңмен кепілдендіріліп, жеке бюджетпен қамтамасыз етілуі керек.</p>"
                "<p>Заң қорғаудың тиімді құралдарын көздеуі тиіс: кемсітушілікке қатысты істерде дәлелдеу ауыртпалығын жауапкерге ауыстыру, келтірілген зиянды өтеу және шағым бергендерді қысымнан қорғау.</p>"
            ),
            "en": (
                "<p>We, the undersigned, call on the Government to draft, and on the Mazhilis to adopt, a comprehensive law on equality and non-discrimination. It should clearly define direct and indirect discrimination, harassment and incitement to discrimination, and prohibit them in every sphere: employment, education, healthcare, and access to services and housing.</p>"
                "<p>We ask for an independent equality body to be set up to receive complaints, carry out inquiries, support victims in court and make recommendations to state bodies. Its independence must be guaranteed by law and backed by its own budget.</p>"
                "<p>The law should provide effective remedies: shifting the burden of proof to the respondent in discrimination cases, compensation for harm, and protection from retaliation for those who complain.</p>"
            ),
        },
        "body": [
            {
                "type": "heading",
                "text": {
                    "ru": "Почему это важно",
                    "kk": "Бұл неліктен маңызды",
                    "en": "Why this matters",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": (
                        "<p>Конституция Казахстана запрещает дискриминацию, но в законодательстве нет ни исчерпывающего определения дискриминации, ни механизма, который позволял бы пострадавшим добиться защиты. Отдельные запреты разбросаны по разным кодексам, а практика привлечения к ответственности за дискриминацию почти не сложилась. В результате люди, столкнувшиеся с дискриминацией и стигмой, остаются без эффективных средств защиты.</p>"
                        "<p>Правозащитные органы ООН неоднократно рекомендовали Казахстану принять всеобъемлющее антидискриминационное законодательство. Эксперты гражданского общества уже подготовили концепцию и проект закона о Совете по обеспечению равенства и защите от дискриминации, а также сопутствующие поправки. Теперь нужно политическое решение.</p>"
                    ),
                    "kk": (
                        "<p>Қазақстан Конституциясы кемсітушілікке тыйым салады, бірақ заңнамада кемсітушіліктің толық анықтамасы да, зардап шеккендерге қорғау алуға мүмкіндік беретін тетік те жоқ. Жекелеген тыйымдар әртүрлі кодекстерге шашырап жатыр, ал кемсітушілік үшін жауапқа тарту тәжірибесі іс жүзінде қалыптаспаған. Соның салдарынан кемсітушілік пен стигмаға тап болған адамдар тиімді қорғау құралдарынсыз қалып отыр.</p>"
                        "<p>БҰҰ-ның адам құқықтары жөніндегі органдары Қазақстанға кемсітушілікке қарсы жан-жақты заңнама қабылдауды бірнеше рет ұсынған. Азаматтық қоғам сарапшылары Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес туралы заңның тұжырымдамасы мен жобасын, сондай-ақ ілеспе түзетулерді әзірлеп қойды. Енді саяси шешім қажет.</p>"
                    ),
                    "en": (
                        "<p>Kazakhstan’s Constitution prohibits discrimination, yet the law contains neither a complete definition of discrimination nor a mechanism that would let victims obtain protection. Separate prohibitions are scattered across different codes, and the practice of holding anyone liable for discrimination has barely developed. As a result, people who face discrimination and stigma are left without effective remedies.</p>"
                        "<p>UN human rights bodies have repeatedly recommended that Kazakhstan adopt comprehensive anti-discrimination legislation. Civil society experts have already drafted a concept and a bill on a Council for Ensuring Equality and Protection against Discrimination, along with accompanying amendments. What is needed now is a political decision.</p>"
                    ),
                },
            },
            {
                "type": "fact_box",
                "title": {
                    "ru": "Что изменит закон",
                    "kk": "Заң нені өзгертеді",
                    "en": "What the law would change",
                },
                "html": {
                    "ru": (
                        "<ul>"
                        "<li>Единые определения дискриминации для всех судов и государственных органов.</li>"
                        "<li>Запрет дискриминации в труде, образовании, медицине и сфере услуг.</li>"
                        "<li>Независимый орган, куда можно бесплатно обратиться с жалобой.</li>"
                        "<li>Защита от мести за поданную жалобу.</li>"
                        "</ul>"
                    ),
                    "kk": (
                        "<ul>"
                        "<li>Барлық соттар мен мемлекеттік органдар үшін кемсітушіліктің бірыңғай анықтамалары.</li>"
                        "<li>Еңбекте, білім беруде, медицинада және қызмет көрсету саласында кемсітушілікке тыйым салу.</li>"
                        "<li>Тегін шағымдануға болатын тәуелсіз орган.</li>"
                        "<li>Шағым бергені үшін кек алудан қорғау.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>Uniform definitions of discrimination for all courts and state bodies.</li>"
                        "<li>A ban on discrimination in employment, education, healthcare and services.</li>"
                        "<li>An independent body where complaints can be lodged free of charge.</li>"
                        "<li>Protection from reprisals for having complained.</li>"
                        "</ul>"
                    ),
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
                            "kk": "14-бап: заң мен сот алдындағы теңдік, кемсітушілікке тыйым салу",
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
                            "ru": "Статья 26: равенство перед законом и равная защита от дискриминации",
                            "kk": "26-бап: заң алдындағы теңдік және кемсітушіліктен тең қорғалу",
                            "en": "Article 26: equality before the law and equal protection against discrimination",
                        },
                    },
                    {
                        "title": {
                            "ru": "Конвенция о ликвидации всех форм дискриминации в отношении женщин",
                            "kk": "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенция",
                            "en": "Convention on the Elimination of All Forms of Discrimination against Women",
                        },
                        "citation": {
                            "ru": "Статья 2: обязанность принять законодательные меры, запрещающие дискриминацию женщин",
                            "kk": "2-бап: әйелдерді кемсітуге тыйым салатын заңнамалық шаралар қабылдау міндеті",
                            "en": "Article 2: duty to adopt legislative measures prohibiting discrimination against women",
                        },
                    },
                ],
            },
        ],
        "goal": 10000,
        "deadline": "2027-06-30",
        "state": "open",
        "offline_signatures": 0,
        "demo_signatures": 1480,
        "consent_text": {
            "ru": "Подписывая петицию, я даю Центру исследования правовой политики согласие на сбор и обработку моих персональных данных (имени, адреса электронной почты, города) в соответствии с Законом Республики Казахстан «О персональных данных и их защите» исключительно для целей этой петиции, включая передачу списка подписей её адресату. Я могу в любой момент отозвать своё согласие.",
            "kk": "Петицияға қол қою арқылы мен Құқықтық саясатты зерттеу орталығына Қазақстан Республикасының «Дербес деректер және оларды қорғау туралы» Заңына сәйкес дербес деректерімді (атымды, электрондық пошта мекенжайымды, қаламды) тек осы петицияның мақсаттары үшін, оның ішінде қолдар тізімін петиция адресатына беру үшін жинауға және өңдеуге келісім беремін. Келісімімді кез келген уақытта кері қайтарып ала аламын.",
            "en": "By signing this petition, I consent to the Legal Policy Research Centre collecting and processing my personal data (name, email address, city) in accordance with the Law of the Republic of Kazakhstan “On Personal Data and Their Protection”, solely for the purposes of this petition, including handing the list of signatures to its addressee. I may withdraw my consent at any time.",
        },
    },
]
