"""Demo analytical articles, batch B (migrants' rights, Legal Policy Concept 2030,
equality council). Plain data; see FORMAT.md."""

ARTICLES_B = [
    # ------------------------------------------------------------------
    # 1. Non-refoulement and access to justice for migrants
    # ------------------------------------------------------------------
    {
        "key": "non-refoulement-access-to-justice-migrants",
        "campaign": "migrants-rights",
        "topics": ["migrants-rights", "international-mechanisms"],
        "authors": ["yerzhan-kassymov"],
        "date": "2020-10-20",
        "title": {
            "ru": "Принцип невысылки и доступ мигрантов к правосудию: что должен знать защитник в Казахстане",
            "kk": "Кері қайтармау қағидаты және мигранттардың сот төрелігіне қол жеткізуі: Қазақстандағы қорғаушы не білуі керек",
            "en": "Non-refoulement and migrants' access to justice: what a defence lawyer in Kazakhstan needs to know",
        },
        "summary": {
            "ru": "Запрет возвращать человека туда, где ему грозят пытки, — одна из немногих абсолютных гарантий международного права. Разбираем, как адвокаты и юристы НПО в Казахстане могут применять её, опираясь на четыре учебных модуля проекта и жалобы в Комитет ООН по правам человека.",
            "kk": "Адамды азаптау қаупі бар жерге қайтаруға тыйым салу — халықаралық құқықтың санаулы абсолютті кепілдіктерінің бірі. Қазақстандағы адвокаттар мен ҮЕҰ заңгерлері оны жобаның төрт оқу модулі мен БҰҰ Адам құқықтары жөніндегі комитетіне шағым арқылы қалай қолдана алатынын талдаймыз.",
            "en": "The ban on returning a person to a place where they face torture is one of the few absolute guarantees of international law. How defence and NGO lawyers in Kazakhstan can apply it, using the project's four training modules and complaints to the UN Human Rights Committee.",
        },
        "body": [
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Принцип невысылки (non-refoulement) запрещает государству выдавать, депортировать или иным образом возвращать человека туда, где ему реально угрожают пытки, жестокое обращение или преследование. Для Казахстана, который принимает трудовых мигрантов, беженцев и лиц, ищущих убежища, этот принцип — не абстракция, а повседневный вопрос правоприменения. Однако на практике его соблюдение часто зависит от того, успеет ли защитник вовремя заявить о риске и правильно его обосновать.</p>",
                    "kk": "<p>Кері қайтармау (non-refoulement) қағидаты мемлекетке адамды азаптау, қатыгез қарау немесе қуғын-сүргін қаупі нақты төніп тұрған жерге ұстап беруге, депортациялауға немесе өзге жолмен қайтаруға тыйым салады. Еңбек мигранттарын, босқындар мен пана іздеушілерді қабылдайтын Қазақстан үшін бұл қағидат абстракция емес, құқық қолданудың күнделікті мәселесі. Алайда іс жүзінде оның сақталуы көбіне қорғаушының қауіп туралы дер кезінде мәлімдеп, оны дұрыс негіздей алуына байланысты.</p>",
                    "en": "<p>The principle of non-refoulement prohibits a state from extraditing, deporting or otherwise returning a person to a place where they face a real risk of torture, ill-treatment or persecution. For Kazakhstan, which receives labour migrants, refugees and asylum seekers, this principle is not an abstraction but an everyday question of applying the law. In practice, however, whether it is respected often depends on whether a defence lawyer raises the risk in time and substantiates it properly.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Статья 33 Конвенции о статусе беженцев 1951 года запрещает высылать или возвращать беженца на границу территорий, где его жизни или свободе угрожает опасность вследствие его расы, религии, гражданства, принадлежности к определённой социальной группе или политических убеждений. Статья 3 Конвенции против пыток идёт дальше: она не знает исключений и защищает любого человека независимо от его статуса и поведения. Комитет ООН по правам человека, в свою очередь, выводит обязательство невысылки из статей 6 и 7 Международного пакта о гражданских и политических правах.</p>",
                    "kk": "<p>1951 жылғы Босқындардың мәртебесі туралы конвенцияның 33-бабы босқынды нәсіліне, дініне, азаматтығына, белгілі бір әлеуметтік топқа тиесілігіне немесе саяси көзқарасына байланысты өміріне не бостандығына қауіп төнетін аумақтардың шекарасына шығарып жіберуге немесе қайтаруға тыйым салады. Азаптауға қарсы конвенцияның 3-бабы бұдан да әрі барады: ол ешқандай ерекшелікке жол бермейді және мәртебесі мен мінез-құлқына қарамастан кез келген адамды қорғайды. БҰҰ Адам құқықтары жөніндегі комитеті өз кезегінде кері қайтармау міндетін Азаматтық және саяси құқықтар туралы халықаралық пактінің 6 және 7-баптарынан туындатады.</p>",
                    "en": "<p>Article 33 of the 1951 Convention relating to the Status of Refugees prohibits expelling or returning a refugee to the frontiers of territories where their life or freedom would be threatened on account of race, religion, nationality, membership of a particular social group or political opinion. Article 3 of the Convention against Torture goes further: it allows no exceptions and protects every person regardless of their status or conduct. The UN Human Rights Committee, for its part, derives the non-refoulement obligation from Articles 6 and 7 of the International Covenant on Civil and Political Rights.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Человек, задержанный по запросу об экстрадиции или ожидающий выдворения, оказывается в особенно уязвимом положении: сроки обжалования коротки, а доступ к адвокату и переводчику обеспечивается не всегда. Органы, принимающие решение, нередко ограничиваются проверкой документов и не оценивают индивидуальный риск, которому человек подвергнется после возвращения. Поэтому задача защитника — с первых дней собирать доказательства угрозы и последовательно ссылаться на международные обязательства Казахстана.</p>",
                    "kk": "<p>Экстрадиция туралы сұрау бойынша ұсталған немесе елден шығарылуын күтіп отырған адам ерекше осал жағдайға тап болады: шағымдану мерзімі қысқа, ал адвокат пен аудармашының көмегі әрдайым қамтамасыз етіле бермейді. Шешім қабылдайтын органдар көбіне құжаттарды тексерумен шектеліп, адам елге қайтарылғаннан кейін оған төнетін жеке қауіпті бағаламайды. Сондықтан қорғаушының міндеті — алғашқы күндерден бастап қауіптің дәлелдерін жинап, Қазақстанның халықаралық міндеттемелеріне жүйелі түрде сілтеме жасау.</p>",
                    "en": "<p>A person detained on an extradition request or awaiting expulsion is in a particularly vulnerable position: appeal deadlines are short, and access to a lawyer and an interpreter is not always ensured. Decision-making bodies often confine themselves to checking documents and do not assess the individual risk the person would face after return. The defence lawyer's task is therefore to gather evidence of the threat from the very first days and to invoke Kazakhstan's international obligations consistently.</p>",
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
                    "ru": "<ul><li>Четыре учебных модуля на казахском и русском языках</li><li>100 адвокатов и юристов НПО из 10 регионов прошли обучение в Нур-Султане, Шымкенте и Алматы</li><li>44 защитника и представителя НПО участвовали в онлайн-семинарах в 2020 году</li><li>315 789 евро — общий бюджет проекта, из них 300 000 евро — вклад Европейского союза</li><li>Партнёры: Международная комиссия юристов и её европейские институты</li></ul>",
                    "kk": "<ul><li>Қазақ және орыс тілдеріндегі төрт оқу модулі</li><li>10 өңірден келген 100 адвокат пен ҮЕҰ заңгері Нұр-Сұлтанда, Шымкентте және Алматыда оқудан өтті</li><li>2020 жылы 44 қорғаушы мен ҮЕҰ өкілі онлайн-семинарларға қатысты</li><li>Жобаның жалпы бюджеті — 315 789 еуро, оның 300 000 еуросы — Еуропалық Одақтың үлесі</li><li>Серіктестер: Халықаралық заңгерлер комиссиясы және оның еуропалық институттары</li></ul>",
                    "en": "<ul><li>Four training modules in Kazakh and Russian</li><li>100 defence lawyers and NGO lawyers from 10 regions trained in Nur-Sultan, Shymkent and Almaty</li><li>44 defence lawyers and NGO representatives took part in online seminars in 2020</li><li>EUR 315,789 total project budget, of which EUR 300,000 is the European Union's contribution</li><li>Partners: the International Commission of Jurists and ICJ European Institutions</li></ul>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Четыре модуля: от высылки до международных жалоб",
                    "kk": "Төрт модуль: елден шығарудан халықаралық шағымдарға дейін",
                    "en": "Four modules: from expulsion to international complaints",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Учебная программа построена вокруг четырёх модулей, подготовленных на казахском и русском языках совместно с Международной комиссией юристов (МКЮ). Каждый модуль объединяет обзор международного права, национальное законодательство и разбор практических ситуаций.</p><ol><li><b>Невысылка, выдворение и международная защита</b> — стандарты оценки риска и процессуальные гарантии при высылке.</li><li><b>Доступ к правосудию для мигрантов, беженцев и лиц, ищущих убежища, находящихся под стражей</b> — защита права на свободу и на справедливое разбирательство.</li><li><b>Доступ к правосудию для защиты прав на здоровье, образование, семью и труд</b> — социальные права мигрантов и способы их отстаивать.</li><li><b>Доступ к международным механизмам защиты прав человека</b> — как выбрать механизм и подготовить обращение.</li></ol>",
                    "kk": "<p>Оқу бағдарламасы Халықаралық заңгерлер комиссиясымен (ХЗК) бірлесіп қазақ және орыс тілдерінде әзірленген төрт модульге негізделген. Әр модуль халықаралық құқыққа шолуды, ұлттық заңнаманы және практикалық жағдайларды талдауды біріктіреді.</p><ol><li><b>Кері қайтармау, елден шығару және халықаралық қорғау</b> — қауіпті бағалау стандарттары және елден шығару кезіндегі іс жүргізу кепілдіктері.</li><li><b>Қамауда отырған мигранттардың, босқындар мен пана іздеушілердің сот төрелігіне қол жеткізуі</b> — бостандыққа және әділ сот талқылауына құқықты қорғау.</li><li><b>Денсаулық, білім, отбасы және еңбек құқықтарын қорғау үшін сот төрелігіне қол жеткізу</b> — мигранттардың әлеуметтік құқықтары және оларды қорғау тәсілдері.</li><li><b>Адам құқықтарын қорғаудың халықаралық тетіктеріне қол жеткізу</b> — тетікті қалай таңдау және өтінішті қалай дайындау керек.</li></ol>",
                    "en": "<p>The curriculum is built around four modules prepared in Kazakh and Russian together with the International Commission of Jurists (ICJ). Each module combines an overview of international law, national legislation and the analysis of practical cases.</p><ol><li><b>Non-refoulement, expulsion and international protection</b>: standards for assessing risk and procedural safeguards in expulsion.</li><li><b>Access to justice for migrants, refugees and asylum seekers in custody</b>: protecting the right to liberty and to a fair hearing.</li><li><b>Access to justice to protect the rights to health, education, family and work</b>: migrants' social rights and how to defend them.</li><li><b>Access to international human rights mechanisms</b>: how to choose a mechanism and prepare a submission.</li></ol>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>С 30 сентября по 5 октября 2019 года в Нур-Султане, Шымкенте и Алматы прошли три двухдневных тренинга под общим названием «Международное и национальное право о защите мигрантов в юридической практике». В них участвовали 100 адвокатов и юристов неправительственных организаций из 10 регионов страны, а занятия вели авторитетные казахстанские и зарубежные эксперты. Теоретические блоки чередовались с разбором конкретных дел, чтобы участники могли сразу применить полученные знания.</p>",
                    "kk": "<p>2019 жылғы 30 қыркүйек пен 5 қазан аралығында Нұр-Сұлтанда, Шымкентте және Алматыда «Заң практикасында мигранттарды қорғау туралы халықаралық және ұлттық құқық» деген ортақ атаумен екі күндік үш тренинг өтті. Оларға елдің 10 өңірінен 100 адвокат пен үкіметтік емес ұйымдардың заңгерлері қатысып, сабақтарды беделді отандық және шетелдік сарапшылар жүргізді. Қатысушылар алған білімін бірден қолдана алуы үшін теориялық блоктар нақты істерді талдаумен алмасып отырды.</p>",
                    "en": "<p>From 30 September to 5 October 2019, three two-day trainings under the common title “International and national law on the protection of migrants in legal practice” were held in Nur-Sultan, Shymkent and Almaty. They brought together 100 defence lawyers and lawyers from non-governmental organisations from 10 regions of the country, with respected Kazakhstani and international experts as trainers. Theory sessions alternated with case analysis so that participants could put their new knowledge to use straight away.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Пандемия COVID-19 заметно повлияла на миграционные процессы в Казахстане и Центральной Азии в целом, и обучение пришлось перенести в онлайн. С 28 августа по 12 сентября 2020 года 44 защитника и представителя НПО прошли серию семинаров о международных механизмах защиты мигрантов, беженцев и лиц, ищущих убежища. Лекторами выступили эксперты МКЮ, подразделения Управления Верховного комиссара ООН по правам человека, работающего с индивидуальными жалобами, Европейского совета по делам беженцев и изгнанников (ECRE) и Национальной комиссии по правам человека Греции.</p>",
                    "kk": "<p>COVID-19 пандемиясы Қазақстандағы және жалпы Орталық Азиядағы көші-қон үдерістеріне айтарлықтай әсер етті, сондықтан оқытуды онлайн форматқа көшіруге тура келді. 2020 жылғы 28 тамыз бен 12 қыркүйек аралығында 44 қорғаушы мен ҮЕҰ өкілі мигранттарды, босқындар мен пана іздеушілерді қорғаудың халықаралық тетіктері туралы семинарлар сериясынан өтті. Дәріскерлер ретінде ХЗК, БҰҰ Адам құқықтары жөніндегі жоғарғы комиссары басқармасының жеке шағымдармен жұмыс істейтін бөлімшесі, Босқындар мен қуғындалғандар жөніндегі еуропалық кеңес (ECRE) және Грекияның Адам құқықтары жөніндегі ұлттық комиссиясының сарапшылары сөз сөйледі.</p>",
                    "en": "<p>The COVID-19 pandemic had a marked impact on migration in Kazakhstan and across Central Asia, and training had to move online. From 28 August to 12 September 2020, 44 defence lawyers and NGO representatives took part in a series of seminars on international mechanisms for protecting migrants, refugees and asylum seekers. The lecturers were experts from the ICJ, the unit of the Office of the UN High Commissioner for Human Rights that handles individual complaints, the European Council on Refugees and Exiles (ECRE) and the Greek National Commission for Human Rights.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Индивидуальная жалоба в Комитет ООН по правам человека",
                    "kk": "БҰҰ Адам құқықтары жөніндегі комитетіне жеке шағым",
                    "en": "An individual complaint to the UN Human Rights Committee",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Ратифицировав в 2009 году Факультативный протокол к Международному пакту о гражданских и политических правах, Казахстан признал право лиц под своей юрисдикцией направлять индивидуальные сообщения в Комитет ООН по правам человека. Если высылка неминуема, Комитет по просьбе заявителя может применить временные меры и попросить государство воздержаться от депортации до рассмотрения дела. Чтобы жалобу признали приемлемой, защитнику важно исчерпать эффективные внутренние средства правовой защиты и с самого начала ссылаться на Пакт в национальных процедурах. Именно этим навыкам посвящён практикум по подготовке сообщений в Комитет, запланированный на 14 ноября.</p>",
                    "kk": "<p>2009 жылы Азаматтық және саяси құқықтар туралы халықаралық пактінің Факультативтік хаттамасын ратификациялау арқылы Қазақстан өз юрисдикциясындағы адамдардың БҰҰ Адам құқықтары жөніндегі комитетіне жеке хабарлама жолдау құқығын мойындады. Егер адамды елден шығару алдында тұрса, Комитет өтініш берушінің сұрауы бойынша уақытша шаралар қолданып, мемлекеттен іс қаралғанға дейін депортацияны тоқтата тұруды сұрай алады. Шағым қабылдауға жарамды деп танылуы үшін қорғаушы ішкі құқықтық қорғаудың тиімді құралдарын сарқып, ұлттық рәсімдерде Пактіге басынан бастап сілтеме жасауы маңызды. 14 қарашаға жоспарланған Комитетке хабарлама дайындау жөніндегі практикум дәл осы дағдыларға арналған.</p>",
                    "en": "<p>By ratifying the Optional Protocol to the International Covenant on Civil and Political Rights in 2009, Kazakhstan recognised the right of individuals under its jurisdiction to submit individual communications to the UN Human Rights Committee. Where removal is imminent, the Committee may, at the applicant's request, issue interim measures asking the state to refrain from deportation while the case is under consideration. For a complaint to be declared admissible, the lawyer must exhaust effective domestic remedies and invoke the Covenant in national proceedings from the very start. These are precisely the skills covered by the workshop on preparing communications to the Committee scheduled for 14 November.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Невысылка работает только тогда, когда о ней вовремя вспоминают в зале суда и в кабинете следователя. Подготовленные проектом адвокаты и юристы НПО уже складываются в профессиональное сообщество, которое может консультировать коллег, обмениваться практикой и при необходимости доводить дела до международных механизмов. Следующий шаг — превратить эти знания в устойчивую практику, которую признают и государственные органы.</p>",
                    "kk": "<p>Кері қайтармау қағидаты сот залында және тергеушінің кабинетінде ол туралы дер кезінде еске алғанда ғана жұмыс істейді. Жоба аясында даярланған адвокаттар мен ҮЕҰ заңгерлері әріптестеріне кеңес беріп, тәжірибе алмасып, қажет болса істерді халықаралық тетіктерге дейін жеткізе алатын кәсіби қоғамдастыққа айналып келеді. Келесі қадам — бұл білімді мемлекеттік органдар да мойындайтын тұрақты практикаға айналдыру.</p>",
                    "en": "<p>Non-refoulement only works when someone remembers it in time, in the courtroom and in the investigator's office. The defence lawyers and NGO lawyers trained by the project are already forming a professional community that can advise colleagues, share practice and, where necessary, take cases to international mechanisms. The next step is to turn this knowledge into established practice that state bodies recognise as well.</p>",
                },
            },
            {
                "type": "legal_references",
                "items": [
                    {
                        "title": {
                            "ru": "Конвенция о статусе беженцев (1951)",
                            "kk": "Босқындардың мәртебесі туралы конвенция (1951)",
                            "en": "Convention relating to the Status of Refugees (1951)",
                        },
                        "citation": {"ru": "ст. 33", "kk": "33-бап", "en": "Art. 33"},
                    },
                    {
                        "title": {
                            "ru": "Конвенция против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания (1984)",
                            "kk": "Азаптауға және басқа да қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер мен жазалау түрлеріне қарсы конвенция (1984)",
                            "en": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment (1984)",
                        },
                        "citation": {"ru": "ст. 3", "kk": "3-бап", "en": "Art. 3"},
                    },
                    {
                        "title": {
                            "ru": "Международный пакт о гражданских и политических правах (1966)",
                            "kk": "Азаматтық және саяси құқықтар туралы халықаралық пакт (1966)",
                            "en": "International Covenant on Civil and Political Rights (1966)",
                        },
                        "citation": {
                            "ru": "ст. 6, 7, 13",
                            "kk": "6, 7, 13-баптар",
                            "en": "Arts. 6, 7, 13",
                        },
                    },
                    {
                        "title": {
                            "ru": "Факультативный протокол к Международному пакту о гражданских и политических правах",
                            "kk": "Азаматтық және саяси құқықтар туралы халықаралық пактінің Факультативтік хаттамасы",
                            "en": "Optional Protocol to the International Covenant on Civil and Political Rights",
                        },
                        "citation": {"ru": "ст. 1, 2", "kk": "1, 2-баптар", "en": "Arts. 1, 2"},
                    },
                    {
                        "title": {
                            "ru": "Комитет ООН по правам человека, Замечание общего порядка № 31 (2004)",
                            "kk": "БҰҰ Адам құқықтары жөніндегі комитеті, № 31 жалпы тәртіптегі ескерту (2004)",
                            "en": "UN Human Rights Committee, General Comment No. 31 (2004)",
                        },
                        "citation": {"ru": "п. 12", "kk": "12-тармақ", "en": "para. 12"},
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # 2. Civil society's proposals to the Legal Policy Concept to 2030
    # ------------------------------------------------------------------
    {
        "key": "civil-society-proposals-legal-policy-concept-2030",
        "campaign": "legal-policy-concept-2030",
        "topics": ["legal-policy", "civil-society"],
        "authors": ["asel-nurlanova", "maria-kim"],
        "date": "2022-03-28",
        "title": {
            "ru": "Концепция правовой политики до 2030 года: что предлагает гражданское общество",
            "kk": "2030 жылға дейінгі құқықтық саясат тұжырымдамасы: азаматтық қоғам не ұсынады",
            "en": "The Legal Policy Concept to 2030: what civil society proposes",
        },
        "summary": {
            "ru": "Некоммерческие организации не пригласили к разработке новой Концепции правовой политики. За семь месяцев юристы, адвокаты и активисты провели шесть обсуждений и подготовили рекомендации об открытости законотворчества и о регулировании НПО.",
            "kk": "Коммерциялық емес ұйымдар жаңа Құқықтық саясат тұжырымдамасын әзірлеуге шақырылмады. Жеті ай ішінде заңгерлер, адвокаттар мен белсенділер алты талқылау өткізіп, заң шығарудың ашықтығы мен ҮЕҰ-ларды реттеу жөнінде ұсынымдар дайындады.",
            "en": "Non-profit organisations were not invited to help draft the new Legal Policy Concept. Over seven months, lawyers, defence lawyers and activists held six discussions and prepared recommendations on open lawmaking and the regulation of NGOs.",
        },
        "body": [
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Концепция правовой политики Республики Казахстан до 2030 года, утверждённая в октябре 2021 года, определяет, как государство намерено развивать законодательство в ближайшие годы — от конституционных гарантий и правосудия до гражданского, административного и уголовного права. Документ такого масштаба затрагивает интересы каждого, однако неправительственный сектор не пригласили ни к его разработке, ни к обсуждению. Между тем именно НПО, адвокаты и правозащитники первыми сталкиваются с пробелами в законах и последствиями непродуманных норм.</p>",
                    "kk": "<p>2021 жылғы қазанда бекітілген Қазақстан Республикасының 2030 жылға дейінгі құқықтық саясат тұжырымдамасы мемлекеттің алдағы жылдары заңнаманы қалай дамытпақ екенін айқындайды — конституциялық кепілдіктер мен сот төрелігінен бастап азаматтық, әкімшілік және қылмыстық құқыққа дейін. Мұндай ауқымды құжат әр адамның мүддесіне әсер етеді, алайда үкіметтік емес сектор оны әзірлеуге де, талқылауға да шақырылмады. Ал заңдардағы олқылықтар мен ойластырылмаған нормалардың салдарына алғашқы болып ҮЕҰ-лар, адвокаттар мен құқық қорғаушылар тап болады.</p>",
                    "en": "<p>The Legal Policy Concept of the Republic of Kazakhstan to 2030, approved in October 2021, sets out how the state intends to develop its legislation in the coming years, from constitutional guarantees and the justice system to civil, administrative and criminal law. A document of this scale affects everyone, yet the non-governmental sector was invited neither to draft it nor to discuss it. Meanwhile, it is NGOs, defence lawyers and human rights defenders who are the first to encounter gaps in the law and the consequences of poorly designed rules.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Диалог, которого не было",
                    "kk": "Болмаған диалог",
                    "en": "The dialogue that never happened",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Проект, стартовавший в сентябре 2021 года при поддержке Министерства иностранных дел, по делам Содружества и развития Великобритании (FCDO), ставил понятную задачу: собрать независимых юристов, адвокатов, активистов и гражданские инициативы, чтобы публично обсудить Концепцию и предложить, как её реализовывать. Вторая цель — убедить государство вести открытый и широкий диалог с обществом по законам, касающимся НПО, и по самой процедуре нормотворчества. Третья — поддержать развитие демократических институтов, основанных на прозрачности, плюрализме, подотчётности и верховенстве права.</p>",
                    "kk": "<p>2021 жылғы қыркүйекте Ұлыбританияның Сыртқы істер, Достастық және даму істері министрлігінің (FCDO) қолдауымен басталған жобаның міндеті айқын еді: тәуелсіз заңгерлерді, адвокаттарды, белсенділер мен азаматтық бастамаларды біріктіріп, Тұжырымдаманы ашық талқылау және оны іске асыру жолдарын ұсыну. Екінші мақсат — мемлекетті ҮЕҰ секторына қатысты заңдар мен норма шығару рәсімінің өзі бойынша қоғаммен ашық әрі кең ауқымды диалог жүргізуге көндіру. Үшінші мақсат — ашықтыққа, плюрализмге, есептілікке және құқық үстемдігіне негізделген демократиялық институттардың дамуына ықпал ету.</p>",
                    "en": "<p>The project, launched in September 2021 with the support of the UK Foreign, Commonwealth and Development Office (FCDO), had a clear aim: to bring together independent lawyers, defence lawyers, activists and civic initiatives to discuss the Concept in public and propose how it should be implemented. The second goal was to persuade the state to hold an open and wide-ranging dialogue with society on legislation affecting NGOs and on the lawmaking process itself. The third was to support the development of democratic institutions grounded in transparency, pluralism, accountability and the rule of law.</p>",
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
                    "ru": "<ul><li>Сроки: 1 сентября 2021 года — 31 марта 2022 года (7 месяцев)</li><li>Донор: Министерство иностранных дел, по делам Содружества и развития Великобритании (FCDO)</li><li>6 дискуссионных и диалоговых мероприятий</li><li>Сводный пакет предложений гражданского общества к Концепции</li><li>Информационная кампания в СМИ и социальных сетях</li></ul>",
                    "kk": "<ul><li>Мерзімі: 2021 жылғы 1 қыркүйек — 2022 жылғы 31 наурыз (7 ай)</li><li>Донор: Ұлыбританияның Сыртқы істер, Достастық және даму істері министрлігі (FCDO)</li><li>6 пікірталас және диалог іс-шарасы</li><li>Азаматтық қоғамның Тұжырымдамаға қатысты жиынтық ұсыныстар пакеті</li><li>БАҚ пен әлеуметтік желілердегі ақпараттық науқан</li></ul>",
                    "en": "<ul><li>Timeframe: 1 September 2021 – 31 March 2022 (7 months)</li><li>Donor: UK Foreign, Commonwealth and Development Office (FCDO)</li><li>6 discussion and dialogue events</li><li>A consolidated package of civil society proposals on the Concept</li><li>A media and social media awareness campaign</li></ul>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Шесть площадок для разговора",
                    "kk": "Сөйлесуге арналған алты алаң",
                    "en": "Six platforms for conversation",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Ядром проекта стали шесть дискуссионных и диалоговых мероприятий, на которых эксперты гражданского общества сверяли позиции и формулировали рекомендации. Обсуждения строились вокруг ключевых вызовов в сфере прав человека и верховенства права, с которыми Казахстан сталкивается в новых экономических условиях. Итогом стал сводный пакет предложений, предназначенный для диалога с государственным сектором.</p>",
                    "kk": "<p>Жобаның өзегін азаматтық қоғам сарапшылары ұстанымдарын салыстырып, ұсынымдар тұжырымдаған алты пікірталас және диалог іс-шарасы құрады. Талқылаулар Қазақстан жаңа экономикалық жағдайларда тап болып отырған адам құқықтары мен құқық үстемдігі саласындағы негізгі сын-қатерлер төңірегінде өрбіді. Нәтижесінде мемлекеттік сектормен диалог жүргізуге арналған жиынтық ұсыныстар пакеті дайындалды.</p>",
                    "en": "<p>The core of the project was six discussion and dialogue events at which civil society experts compared positions and formulated recommendations. The discussions focused on the key human rights and rule-of-law challenges that Kazakhstan faces in a new economic environment. The result was a consolidated package of proposals intended for dialogue with the public sector.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Открытость законотворчества",
                    "kk": "Заң шығару ісінің ашықтығы",
                    "en": "Openness of lawmaking",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Первый блок рекомендаций касается того, как готовятся и принимаются законы. Участники обсуждений сошлись на том, что открытость должна быть правилом, а не жестом доброй воли.</p><ul><li>Публиковать проекты нормативных актов вместе с концепциями и обоснованиями и давать обществу разумный срок для замечаний.</li><li>Отвечать на поступившие замечания по существу и объяснять, почему предложение учтено или отклонено.</li><li>Включать представителей НПО и профессионального сообщества в рабочие группы с самого начала, а не на стадии готового текста.</li><li>Оценивать законопроекты на соответствие международным обязательствам Казахстана в области прав человека.</li></ul>",
                    "kk": "<p>Ұсынымдардың бірінші блогы заңдардың қалай дайындалып, қабылданатынына қатысты. Талқылауға қатысушылар ашықтық ізгі ниеттің белгісі емес, қалыпты ереже болуы тиіс деген пікірге келді.</p><ul><li>Нормативтік құқықтық актілердің жобаларын тұжырымдамалары мен негіздемелерімен бірге жариялап, қоғамға ескертпелер беру үшін жеткілікті мерзім беру.</li><li>Түскен ескертпелерге мәні бойынша жауап беріп, ұсыныстың неліктен ескерілгенін немесе қабылданбағанын түсіндіру.</li><li>ҮЕҰ мен кәсіби қоғамдастық өкілдерін жұмыс топтарына мәтін дайын болған сатыда емес, басынан бастап қосу.</li><li>Заң жобаларының Қазақстанның адам құқықтары саласындағы халықаралық міндеттемелеріне сәйкестігін бағалау.</li></ul>",
                    "en": "<p>The first set of recommendations concerns how laws are prepared and adopted. Participants agreed that openness should be the rule rather than a gesture of goodwill.</p><ul><li>Publish draft legal acts together with their concept papers and justifications, and give the public a reasonable period to comment.</li><li>Respond to comments on their merits and explain why a proposal was accepted or rejected.</li><li>Involve NGOs and the professional community in working groups from the outset, not once the text is already finished.</li><li>Assess draft laws for compliance with Kazakhstan's international human rights obligations.</li></ul>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Второй блок посвящён законодательству о некоммерческом секторе. Участники настаивали, что изменения в правилах регистрации, отчётности и финансирования НПО должны готовиться вместе с самими организациями и проверяться на соответствие международным стандартам свободы объединений. Избыточная отчётность и размытые основания для проверок, по их мнению, отнимают у организаций ресурсы, которые могли бы пойти на помощь людям.</p>",
                    "kk": "<p>Екінші блок коммерциялық емес секторға қатысты заңнамаға арналған. Қатысушылар ҮЕҰ-ларды тіркеу, есеп беру және қаржыландыру ережелеріндегі өзгерістер ұйымдардың өздерімен бірлесіп дайындалып, бірігу бостандығының халықаралық стандарттарына сәйкестігі тұрғысынан тексерілуі керек екенін алға тартты. Олардың пікірінше, шамадан тыс есептілік пен тексерулердің бұлыңғыр негіздері ұйымдардың адамдарға көмекке жұмсалуы мүмкін ресурстарын алып қояды.</p>",
                    "en": "<p>The second set deals with legislation on the non-profit sector. Participants insisted that changes to the rules on NGO registration, reporting and funding should be drafted together with the organisations themselves and checked against international standards on freedom of association. In their view, excessive reporting requirements and vague grounds for inspections drain resources that organisations could otherwise spend on helping people.</p>",
                },
            },
            {
                "type": "quote",
                "quote": {
                    "ru": "Закон, написанный без тех, кого он касается, почти всегда приходится переписывать. Открытое обсуждение на старте обходится государству дешевле, чем исправление ошибок после принятия.",
                    "kk": "Өзі қатысты адамдарсыз жазылған заңды әрдайым дерлік қайта жазуға тура келеді. Бастапқы кезеңдегі ашық талқылау мемлекетке заң қабылданғаннан кейін қателерді түзетуден гөрі арзанға түседі.",
                    "en": "A law written without the people it affects almost always has to be rewritten. An open discussion at the start costs the state less than fixing mistakes after adoption.",
                },
                "attribution": {
                    "ru": "Ержан Касымов, юрист",
                    "kk": "Ержан Қасымов, заңгер",
                    "en": "Yerzhan Kassymov, lawyer",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Концепция рассчитана до 2030 года, и её реализация только начинается, поэтому возможность учесть голос гражданского общества ещё не упущена. Информационная кампания в СМИ и социальных сетях должна сделать предложения НПО понятными широкой аудитории и вызвать общественную дискуссию о будущих законах. Главный вывод проекта прост: правовая политика, основанная на правах человека, невозможна без постоянного и равноправного диалога государства и общества.</p>",
                    "kk": "<p>Тұжырымдама 2030 жылға дейінгі кезеңге арналған және оны іске асыру енді ғана басталып жатыр, сондықтан азаматтық қоғамның пікірін ескеруге әлі де мүмкіндік бар. БАҚ пен әлеуметтік желілердегі ақпараттық науқан ҮЕҰ ұсыныстарын кең аудиторияға түсінікті етіп, болашақ заңдар туралы қоғамдық пікірталас тудыруы тиіс. Жобаның басты қорытындысы қарапайым: адам құқықтарына негізделген құқықтық саясат мемлекет пен қоғам арасындағы тұрақты әрі тең құқылы диалогсыз мүмкін емес.</p>",
                    "en": "<p>The Concept runs to 2030 and its implementation is only beginning, so there is still time to take civil society's voice into account. The media and social media campaign is meant to make the NGOs' proposals clear to a wide audience and to spark public debate about future laws. The project's main conclusion is simple: a legal policy grounded in human rights is impossible without a constant dialogue between the state and society on an equal footing.</p>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # 3. From a national conference to a draft law: an equality council
    # ------------------------------------------------------------------
    {
        "key": "equality-council-from-conference-to-draft-law",
        "campaign": "equality-conference-2023",
        "topics": ["discrimination", "harassment", "gender-equality"],
        "authors": ["maria-kim", "asel-nurlanova"],
        "date": "2023-11-30",
        "title": {
            "ru": "От национальной конференции к законопроекту: совет по вопросам равенства для Казахстана",
            "kk": "Ұлттық конференциядан заң жобасына дейін: Қазақстанға арналған теңдік жөніндегі кеңес",
            "en": "From a national conference to a draft law: an equality council for Kazakhstan",
        },
        "summary": {
            "ru": "На конференции «Искоренение дискриминационных практик в Казахстане» эксперты представили концепцию и проект закона о Совете по обеспечению равенства и защите от дискриминации. Рассказываем, что предлагается и какие меры против харассмента нужны уже сейчас.",
            "kk": "«Қазақстандағы кемсітушілік тәжірибелерін жою» конференциясында сарапшылар Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес туралы заңның тұжырымдамасы мен жобасын таныстырды. Не ұсынылатынын және қудалауға қарсы қандай шаралар қазір қажет екенін баяндаймыз.",
            "en": "At the conference “Eliminating discriminatory practices in Kazakhstan”, experts presented the concept and draft law on a Council for Ensuring Equality and Protection against Discrimination. We explain what is proposed and which anti-harassment measures are needed now.",
        },
        "body": [
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>28 ноября 2023 года Казахстанское международное бюро по правам человека и соблюдению законности (КМБПЧ) и Центр исследования правовой политики (ЦИПП) провели Национальную конференцию «Искоренение дискриминационных практик в Казахстане». Представители государственного и гражданского секторов обсуждали, как обеспечить равенство и защиту от дискриминации, в том числе защиту женщин от дискриминации, харассмента и сексуализированных домогательств. Конференцию поддержали Фонд Канады для местных инициатив и региональная программа ПРООН «Инициатива Spotlight» для Центральной Азии.</p>",
                    "kk": "<p>2023 жылғы 28 қарашада Адам құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросы мен Құқықтық саясатты зерттеу орталығы «Қазақстандағы кемсітушілік тәжірибелерін жою» ұлттық конференциясын өткізді. Мемлекеттік және азаматтық сектор өкілдері теңдікті және кемсітушіліктен қорғауды, соның ішінде әйелдерді кемсітушіліктен, қудалаудан және сексуалдық сипаттағы қудалаудан қорғауды қалай қамтамасыз етуге болатынын талқылады. Конференцияны Канаданың жергілікті бастамаларды қолдау қоры және БҰҰДБ-ның Орталық Азияға арналған «Spotlight бастамасы» өңірлік бағдарламасы қолдады.</p>",
                    "en": "<p>On 28 November 2023, the Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR) and the Legal Policy Research Centre (LPRC) held the National Conference “Eliminating discriminatory practices in Kazakhstan”. Representatives of the public and civil sectors discussed how to ensure equality and protection against discrimination, including the protection of women from discrimination, harassment and sexualised harassment. The conference was supported by the Canada Fund for Local Initiatives and the UNDP Spotlight Initiative regional programme for Central Asia.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Запрет без определения",
                    "kk": "Анықтамасыз тыйым",
                    "en": "A prohibition without a definition",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Конституция Казахстана запрещает дискриминацию по мотивам происхождения, пола, расы, национальности, языка, отношения к религии и по любым иным обстоятельствам, а Трудовой кодекс отдельно закрепляет этот запрет в сфере труда. Однако в законодательстве до сих пор нет исчерпывающего определения дискриминации и её форм, как нет и понятных механизмов защиты. Как отметила на конференции независимый консультант в области прав человека Татьяна Чернобиль, из-за этого пострадавшие остаются без доступа к правосудию и защите, хотя дискриминацию женщин подтверждают и практика, и исследования.</p>",
                    "kk": "<p>Қазақстан Конституциясы шығу тегіне, жынысына, нәсіліне, ұлтына, тіліне, дінге көзқарасына байланысты немесе кез келген өзге де жағдаяттар бойынша кемсітуге тыйым салады, ал Еңбек кодексі бұл тыйымды еңбек саласында жеке бекітеді. Алайда заңнамада кемсітушіліктің және оның нысандарының толық анықтамасы да, түсінікті қорғау тетіктері де әлі күнге дейін жоқ. Конференцияда адам құқықтары саласындағы тәуелсіз кеңесші Татьяна Чернобиль атап өткендей, осының салдарынан әйелдерге қатысты кемсітушілікті практика да, зерттеулер де растағанымен, зардап шеккендер сот төрелігі мен қорғаусыз қалып отыр.</p>",
                    "en": "<p>Kazakhstan's Constitution prohibits discrimination on grounds of origin, sex, race, nationality, language, attitude towards religion or any other circumstances, and the Labour Code separately enshrines this prohibition in employment. Yet the legislation still lacks a comprehensive definition of discrimination and its forms, as well as clear protection mechanisms. As independent human rights consultant Tatyana Chernobil noted at the conference, this leaves victims without access to justice and protection, even though both practice and research confirm discrimination against women.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Что предлагает законопроект",
                    "kk": "Заң жобасы не ұсынады",
                    "en": "What the draft law proposes",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Директор КМБПЧ Евгений Жовтис и старший юридический советник ЦИПП Дмитрий Нурумов представили концепцию и проект закона Республики Казахстан «О Совете по обеспечению равенства и защите от дискриминации». Речь идёт о специализированном органе, который должен сделать противодействие дискриминации системным, а не зависящим от доброй воли отдельных ведомств. По словам Евгения Жовтиса, эксперты гражданского общества подготовили не только сам проект, но и сопутствующие поправки в действующее законодательство, которые вводят понятийный аппарат, институциональные и процедурные гарантии искоренения дискриминационных практик.</p>",
                    "kk": "<p>Бюро директоры Евгений Жовтис пен Орталықтың аға заң кеңесшісі Дмитрий Нурумов Қазақстан Республикасының «Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес туралы» заңының тұжырымдамасы мен жобасын таныстырды. Әңгіме кемсітушілікке қарсы іс-қимылды жекелеген ведомстволардың ізгі ниетіне тәуелді емес, жүйелі іске айналдыруы тиіс мамандандырылған орган туралы болып отыр. Евгений Жовтистің айтуынша, азаматтық қоғам сарапшылары жобаның өзін ғана емес, қолданыстағы заңнамаға ұғымдық аппаратты, кемсітушілік тәжірибелерін жоюдың институционалдық және процессуалдық кепілдіктерін енгізетін ілеспе түзетулерді де әзірледі.</p>",
                    "en": "<p>KIBHR Director Evgeny Zhovtis and LPRC Senior Legal Adviser Dmitry Nurumov presented the concept and draft Law of the Republic of Kazakhstan “On the Council for Ensuring Equality and Protection against Discrimination”. The idea is a specialised body that would make the fight against discrimination systematic rather than dependent on the goodwill of individual agencies. According to Evgeny Zhovtis, civil society experts have prepared not only the draft itself but also accompanying amendments to existing legislation that introduce a conceptual framework and institutional and procedural safeguards for eradicating discriminatory practices.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Международный опыт показывает, что органы по вопросам равенства работают эффективно, когда они независимы, располагают достаточными ресурсами и вправе принимать жалобы, проводить исследования и давать рекомендации государственным органам. Поэтому будущий совет важно обсуждать не только с точки зрения названия и состава, но и с точки зрения полномочий, гарантий независимости и порядка рассмотрения обращений. Без этого новый институт рискует остаться формальным.</p>",
                    "kk": "<p>Халықаралық тәжірибе көрсеткендей, теңдік мәселелері жөніндегі органдар тәуелсіз болғанда, жеткілікті ресурстарға ие болғанда және шағымдарды қабылдауға, зерттеулер жүргізуге, мемлекеттік органдарға ұсынымдар беруге құқылы болғанда ғана тиімді жұмыс істейді. Сондықтан болашақ кеңесті оның атауы мен құрамы тұрғысынан ғана емес, өкілеттіктері, тәуелсіздік кепілдіктері және өтініштерді қарау тәртібі тұрғысынан да талқылау маңызды. Әйтпесе жаңа институт формалды болып қалу қаупі бар.</p>",
                    "en": "<p>International experience shows that equality bodies work effectively when they are independent, adequately resourced and empowered to receive complaints, conduct research and make recommendations to state bodies. That is why the future council should be discussed not only in terms of its name and membership, but also in terms of its powers, guarantees of independence and the procedure for handling complaints. Otherwise the new institution risks remaining a mere formality.</p>",
                },
            },
            {
                "type": "heading",
                "text": {
                    "ru": "Рекомендации конференции",
                    "kk": "Конференция ұсынымдары",
                    "en": "The conference's recommendations",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Помимо законопроекта о совете, участники конференции поддержали ряд конкретных мер против харассмента и дискриминации женщин.</p><ul><li>Ввести ответственность за харассмент и сексуализированные домогательства.</li><li>Принять приказ Министра труда и социальной защиты населения с чёткими рекомендациями для работодателей: как предотвращать харассмент на рабочем месте, расследовать инциденты, собирать доказательства и какие меры принимать.</li><li>Принять нормативное постановление Верховного Суда о квалификации правонарушений, связанных с харассментом, сексуализированными домогательствами, преследованием (сталкингом) и дискриминацией женщин.</li><li>Присоединиться к Конвенции МОТ № 190 о ликвидации насилия и домогательств в сфере труда.</li></ul>",
                    "kk": "<p>Кеңес туралы заң жобасынан бөлек, конференцияға қатысушылар қудалауға және әйелдерді кемсітуге қарсы бірқатар нақты шараларды қолдады.</p><ul><li>Қудалау мен сексуалдық сипаттағы қудалау үшін жауапкершілік енгізу.</li><li>Жұмыс берушілерге нақты ұсынымдар беретін Еңбек және халықты әлеуметтік қорғау министрінің бұйрығын қабылдау: жұмыс орнындағы қудалаудың алдын алу, оқиғаларды тексеру, дәлелдемелер жинау тәсілдері және қандай шаралар қолдануға болатыны.</li><li>Қудалауға, сексуалдық сипаттағы қудалауға, аңдып қудалауға (сталкингке) және әйелдерді кемсітуге байланысты құқық бұзушылықтарды саралау туралы Жоғарғы Соттың нормативтік қаулысын қабылдау.</li><li>Халықаралық еңбек ұйымының (ХЕҰ) еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 190 конвенциясына қосылу.</li></ul>",
                    "en": "<p>In addition to the draft law on the council, conference participants supported a number of specific measures against harassment and discrimination against women.</p><ul><li>Introduce liability for harassment and sexualised harassment.</li><li>Adopt an order of the Minister of Labour and Social Protection of the Population with clear guidance for employers on preventing workplace harassment, investigating incidents, gathering evidence and the measures they can take.</li><li>Adopt a normative resolution of the Supreme Court on the legal classification of offences involving harassment, sexualised harassment, stalking and discrimination against women.</li><li>Accede to ILO Convention No. 190 on the elimination of violence and harassment in the world of work.</li></ul>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Доктор юридических наук, директор Восточно-Казахстанского филиала КМБПЧ Куат Рахимбердин подчеркнул необходимость государственной политики по противодействию харассменту и предложил безотлагательно присоединиться к Конвенции МОТ № 190; эту идею поддержал ряд национальных экспертов. Принятая в 2019 году конвенция стала первым международным договором, который прямо признаёт право каждого на сферу труда, свободную от насилия и домогательств, включая гендерное насилие и домогательства. Её защита распространяется не только на работников по трудовому договору, но и на стажёров, волонтёров и соискателей, а также на ситуации за пределами рабочего места — командировки и связанное с работой общение, в том числе в цифровых каналах.</p>",
                    "kk": "<p>Заң ғылымдарының докторы, Бюроның Шығыс Қазақстан филиалының директоры Қуат Рахымбердин қудалауға қарсы мемлекеттік саясаттың қажеттігін атап өтіп, ХЕҰ-ның № 190 конвенциясына кідіріссіз қосылуды ұсынды; бұл бастаманы бірқатар отандық сарапшылар қолдады. 2019 жылы қабылданған конвенция әркімнің зорлық-зомбылық пен қудалаудан, соның ішінде гендерлік негіздегі зорлық-зомбылық пен қудалаудан азат еңбек әлеміне құқығын тікелей мойындаған алғашқы халықаралық шарт болды. Оның қорғауы еңбек шарты бойынша жұмыс істейтіндерге ғана емес, тағылымдамадан өтушілерге, еріктілерге және жұмысқа үміткерлерге, сондай-ақ жұмыс орнынан тыс жағдайларға — іссапарларға және жұмысқа байланысты қарым-қатынасқа, оның ішінде цифрлық арналар арқылы жүретін қатынасқа да қолданылады.</p>",
                    "en": "<p>Kuat Rakhimberdin, Doctor of Law and director of KIBHR's East Kazakhstan branch, stressed the need for a state policy on combating harassment and proposed that Kazakhstan accede to ILO Convention No. 190 without delay; the idea was backed by a number of national experts. Adopted in 2019, the Convention became the first international treaty to expressly recognise everyone's right to a world of work free from violence and harassment, including gender-based violence and harassment. Its protection extends not only to employees under an employment contract but also to interns, volunteers and job applicants, and to situations beyond the workplace, such as work-related trips and work-related communications, including those through digital channels.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Региональный директор ЦИПП Аяжан Ойрат обратила внимание на острую потребность в обучении сотрудников правоохранительных органов, судей и юристов расследованию, доказыванию и квалификации таких правонарушений. Эксперт в области медицинского права, PhD Алия Даутбай рассказала о дискриминации женщин при получении медицинских услуг, в том числе о случаях давления на женщин с инвалидностью с целью склонить их к аборту. По её словам, такие женщины сталкиваются со стигматизацией, оскорблениями и угрозами со стороны медицинского персонала, вплоть до угроз забрать ребёнка.</p>",
                    "kk": "<p>Орталықтың өңірлік директоры Аяжан Ойрат құқық қорғау органдарының қызметкерлерін, судьяларды және заңгерлерді осындай құқық бұзушылықтарды тергеуге, дәлелдеуге және саралауға оқытудың аса қажет екеніне назар аударды. Медициналық құқық саласының сарапшысы, PhD Әлия Даутбай әйелдердің медициналық қызмет алу кезінде кемсітушілікке ұшырауы, соның ішінде мүгедектігі бар әйелдерге түсік жасатуға көндіру мақсатында қысым көрсетілген жағдайлар туралы айтты. Оның айтуынша, мұндай әйелдер медицина қызметкерлері тарапынан стигматизацияға, қорлауға және қоқан-лоққыға, тіпті баласын тартып аламыз деген қорқытуға дейін тап болады.</p>",
                    "en": "<p>LPRC Regional Director Ayazhan Oirat drew attention to the pressing need to train law enforcement officers, judges and lawyers in investigating, proving and legally classifying such offences. Aliya Dautbay, PhD, an expert in medical law, spoke about discrimination against women in access to medical services, including cases in which women with disabilities were pressured to have an abortion. According to her, such women face stigmatisation, insults and threats from medical staff, up to and including threats that their child will be taken away.</p>",
                },
            },
            {
                "type": "paragraph",
                "html": {
                    "ru": "<p>Итоговые рекомендации конференции сводятся к двум задачам: выработать понятийный аппарат в сфере недискриминации и создать действенную нормативную среду для искоренения дискриминационных практик. Законопроект о Совете по обеспечению равенства и защите от дискриминации предлагает конкретный инструмент для решения обеих задач. Теперь важно, чтобы он стал предметом открытого обсуждения с участием парламента, правительства и гражданского общества.</p>",
                    "kk": "<p>Конференцияның қорытынды ұсынымдары екі міндетке саяды: кемсітпеушілік саласындағы ұғымдық аппаратты әзірлеу және кемсітушілік тәжірибелерін жою үшін тиімді нормативтік орта қалыптастыру. Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес туралы заң жобасы осы екі міндетті де шешуге арналған нақты құралды ұсынады. Енді оның парламенттің, үкіметтің және азаматтық қоғамның қатысуымен ашық талқылануы маңызды.</p>",
                    "en": "<p>The conference's final recommendations boil down to two tasks: developing a conceptual framework for non-discrimination and creating an effective regulatory environment to eradicate discriminatory practices. The draft law on the Council for Ensuring Equality and Protection against Discrimination offers a concrete tool for tackling both. What matters now is that it becomes the subject of an open discussion involving parliament, the government and civil society.</p>",
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
                            "ru": "ст. 14, п. 2",
                            "kk": "14-бап, 2-тармақ",
                            "en": "Art. 14(2)",
                        },
                    },
                    {
                        "title": {
                            "ru": "Трудовой кодекс Республики Казахстан (2015)",
                            "kk": "Қазақстан Республикасының Еңбек кодексі (2015)",
                            "en": "Labour Code of the Republic of Kazakhstan (2015)",
                        },
                        "citation": {"ru": "ст. 6", "kk": "6-бап", "en": "Art. 6"},
                    },
                    {
                        "title": {
                            "ru": "Международный пакт о гражданских и политических правах (1966)",
                            "kk": "Азаматтық және саяси құқықтар туралы халықаралық пакт (1966)",
                            "en": "International Covenant on Civil and Political Rights (1966)",
                        },
                        "citation": {"ru": "ст. 2, 26", "kk": "2, 26-баптар", "en": "Arts. 2, 26"},
                    },
                    {
                        "title": {
                            "ru": "Конвенция о ликвидации всех форм дискриминации в отношении женщин (1979)",
                            "kk": "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенция (1979)",
                            "en": "Convention on the Elimination of All Forms of Discrimination against Women (1979)",
                        },
                        "citation": {
                            "ru": "ст. 1, 2, 11",
                            "kk": "1, 2, 11-баптар",
                            "en": "Arts. 1, 2, 11",
                        },
                    },
                    {
                        "title": {
                            "ru": "Комитет ООН по ликвидации дискриминации в отношении женщин, Общая рекомендация № 19 (1992)",
                            "kk": "БҰҰ-ның Әйелдерге қатысты кемсітушілікті жою жөніндегі комитеті, № 19 жалпы ұсыным (1992)",
                            "en": "UN Committee on the Elimination of Discrimination against Women, General Recommendation No. 19 (1992)",
                        },
                        "citation": {
                            "ru": "п. 17–18",
                            "kk": "17–18-тармақтар",
                            "en": "paras. 17–18",
                        },
                    },
                    {
                        "title": {
                            "ru": "Конвенция МОТ № 111 о дискриминации в области труда и занятий (1958)",
                            "kk": "ХЕҰ-ның Еңбек және кәсіп саласындағы кемсітушілік туралы № 111 конвенциясы (1958)",
                            "en": "ILO Discrimination (Employment and Occupation) Convention, 1958 (No. 111)",
                        },
                        "citation": {"ru": "ст. 1, 2", "kk": "1, 2-баптар", "en": "Arts. 1, 2"},
                    },
                    {
                        "title": {
                            "ru": "Конвенция МОТ № 190 о ликвидации насилия и домогательств в сфере труда (2019)",
                            "kk": "ХЕҰ-ның еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 190 конвенциясы (2019)",
                            "en": "ILO Violence and Harassment Convention, 2019 (No. 190)",
                        },
                        "citation": {
                            "ru": "ст. 1, 4, 7",
                            "kk": "1, 4, 7-баптар",
                            "en": "Arts. 1, 4, 7",
                        },
                    },
                ],
            },
        ],
    },
]
