"""Demo long reads for the Tendik seeder.

Plain Python data; see FORMAT.md. Russian is the source language.
"""

LONG_READS = [
    # ------------------------------------------------------------------
    # 1. Harassment has no place here
    # ------------------------------------------------------------------
    {
        "key": "harassment-has-no-place-here",
        "campaign": "anti-harassment-law",
        "topics": ["harassment", "gender-equality", "business-and-human-rights"],
        "authors": ["maria-kim", "asel-nurlanova"],
        "date": "2021-09-15",
        "title": {
            "ru": "Домогательствам здесь не место",
            "kk": "Қудалауға мұнда орын жоқ",
            "en": "Harassment has no place here",
        },
        "summary": {
            "ru": "Почему в Казахстане нет законодательного запрета сексуальных домогательств, как стигма и обвинение жертвы заставляют пострадавших молчать и каким должен стать закон, опирающийся на Конвенцию МОТ № 190 и КЛДЖ.",
            "kk": "Қазақстанда жыныстық қудалауға неге заңмен тыйым салынбаған, стигма мен жәбірленушіні кінәлау зардап шеккендерді қалай үнсіз қалдырады және ХЕҰ-ның № 190 конвенциясы мен CEDAW-ға негізделген заң қандай болуы керек.",
            "en": "Why Kazakhstan still has no legal ban on sexual harassment, how stigma and victim-blaming keep survivors silent, and what a law grounded in ILO Convention No. 190 and CEDAW should say.",
        },
        "chapters": [
            # --- Chapter 1 ---------------------------------------------
            {
                "title": {
                    "ru": "Запрета нет: что говорит закон сегодня",
                    "kk": "Тыйым жоқ: заң бүгін не дейді",
                    "en": "No ban: what the law says today",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Сексуальные домогательства знакомы многим женщинам в Казахстане — в офисе, в университете, в общественном транспорте, на улице. Тем не менее в национальном законодательстве до сих пор нет нормы, которая прямо запрещала бы домогательства на рабочем месте или в общественных местах. Пострадавшей просто не на что сослаться: у явления нет юридического определения, а значит, нет и ответственности.</p>"
                            "<p>Конституция гарантирует равенство перед законом и запрещает дискриминацию, в том числе по признаку пола. Трудовой кодекс повторяет этот запрет для трудовых отношений, а закон 2009 года о государственных гарантиях равных прав и равных возможностей мужчин и женщин даёт определение дискриминации по признаку пола. Однако ни один из этих актов не называет сексуальные домогательства нарушением и не объясняет, что с ними делать.</p>",
                            "kk": "<p>Қазақстанда көптеген әйелдер жыныстық қудалауға кеңседе, университетте, қоғамдық көлікте және көшеде тап болады. Соған қарамастан ұлттық заңнамада жұмыс орнындағы немесе қоғамдық орындардағы қудалауға тікелей тыйым салатын норма әлі күнге дейін жоқ. Зардап шеккен адам сүйенетін құқықтық негіз таппайды: бұл құбылыстың заңды анықтамасы болмағандықтан, оған жауапкершілік те көзделмеген.</p>"
                            "<p>Конституция заң алдындағы теңдікке кепілдік береді және кемсітушілікке, оның ішінде жынысына байланысты кемсітуге тыйым салады. Еңбек кодексі бұл тыйымды еңбек қатынастарына қатысты қайталайды, ал ерлер мен әйелдердің тең құқықтары мен тең мүмкіндіктерінің мемлекеттік кепілдіктері туралы 2009 жылғы заң жынысы бойынша кемсітушіліктің анықтамасын береді. Алайда бұл актілердің ешқайсысы жыныстық қудалауды құқық бұзушылық деп атамайды және онымен не істеу керектігін түсіндірмейді.</p>",
                            "en": "<p>Many women in Kazakhstan know sexual harassment first-hand — at the office, at university, on public transport and in the street. Yet national legislation still contains no provision that expressly prohibits harassment in the workplace or in public spaces. A survivor has nothing to invoke: the conduct has no legal definition, and so no one is held liable for it.</p>"
                            "<p>The Constitution guarantees equality before the law and prohibits discrimination, including on the ground of sex. The Labour Code repeats this ban for employment relations, and the 2009 law on state guarantees of equal rights and equal opportunities for men and women defines sex discrimination. None of these acts, however, names sexual harassment as a violation or explains what should be done about it.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Уголовный кодекс знает лишь понуждение к действиям сексуального характера путём шантажа, угроз или с использованием материальной либо иной зависимости потерпевшей. Эта статья рассчитана на крайние случаи, и доказать давление по ней непросто; непристойные намёки, прикосновения, навязчивые сообщения и преследование под неё не подпадают. Такие эпизоды остаются «серой зоной», где всё зависит от доброй воли работодателя.</p>",
                            "kk": "<p>Қылмыстық кодексте тек бопсалау, қорқыту арқылы немесе жәбірленушінің материалдық не өзге де тәуелділігін пайдаланып, жыныстық сипаттағы әрекеттерге мәжбүрлеу ғана көзделген. Бұл бап шектен тыс жағдайларға арналған және ол бойынша қысымды дәлелдеу оңай емес; әдепсіз ишаралар, рұқсатсыз жанасу, мазалайтын хабарламалар мен аңдып жүру оның аясына кірмейді. Мұндай оқиғалар «сұр аймақта» қалып, бәрі жұмыс берушінің ниетіне байланысты болады.</p>",
                            "en": "<p>The Criminal Code covers only coercion into sexual acts through blackmail, threats or the exploitation of the victim's material or other dependence. That article is designed for extreme cases and pressure is hard to prove under it; lewd hints, unwanted touching, intrusive messages and following someone do not fall within it. Such incidents remain a grey zone where everything depends on the employer's goodwill.</p>",
                        },
                    },
                    {
                        "type": "fact_box",
                        "title": {
                            "ru": "Что есть в законе и чего в нём нет",
                            "kk": "Заңда не бар, не жоқ",
                            "en": "What the law has and what it lacks",
                        },
                        "html": {
                            "ru": "<ul><li><b>Есть:</b> конституционный запрет дискриминации и запрет дискриминации в сфере труда.</li><li><b>Есть:</b> уголовная ответственность за понуждение к действиям сексуального характера с использованием зависимости.</li><li><b>Нет:</b> определения сексуальных домогательств и их запрета на работе, в учёбе и в общественных местах.</li><li><b>Нет:</b> отдельного состава о преследовании (сталкинге) и обязанности работодателя предотвращать домогательства.</li></ul>",
                            "kk": "<ul><li><b>Бар:</b> кемсітушілікке конституциялық тыйым және еңбек саласындағы кемсітушілікке тыйым.</li><li><b>Бар:</b> тәуелділікті пайдаланып, жыныстық сипаттағы әрекеттерге мәжбүрлегені үшін қылмыстық жауапкершілік.</li><li><b>Жоқ:</b> жыныстық қудалаудың анықтамасы және оған жұмыста, оқуда және қоғамдық орындарда тыйым салу.</li><li><b>Жоқ:</b> аңдып жүру (сталкинг) үшін жеке құқық бұзушылық құрамы және жұмыс берушінің қудалаудың алдын алу міндеті.</li></ul>",
                            "en": "<ul><li><b>In place:</b> a constitutional ban on discrimination and a ban on discrimination in employment.</li><li><b>In place:</b> criminal liability for coercion into sexual acts by exploiting dependence.</li><li><b>Missing:</b> a definition of sexual harassment and its prohibition at work, in education and in public spaces.</li><li><b>Missing:</b> a separate offence of stalking and a duty on employers to prevent harassment.</li></ul>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Отсутствие нормы сказывается и на практике. Полиция, прокуратура и суды почти не привлекают к ответственности за домогательства: нет ни состава правонарушения, ни методики расследования, ни устойчивой судебной практики. Поэтому многие пострадавшие не видят смысла обращаться за защитой.</p>",
                            "kk": "<p>Норманың болмауы тәжірибеге де әсер етеді. Полиция, прокуратура және соттар қудалау үшін жауапкершілікке іс жүзінде тартпайды: құқық бұзушылық құрамы да, тергеу әдістемесі де, қалыптасқан сот тәжірибесі де жоқ. Сондықтан көптеген зардап шеккендер қорғау сұрап жүгінудің мәнін көрмейді.</p>",
                            "en": "<p>The gap shows in practice too. Police, prosecutors and courts almost never hold anyone accountable for harassment: there is no offence to charge, no investigative method and no settled case law. As a result, many survivors see no point in seeking protection at all.</p>",
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
                                    "ru": "30 августа 1995 г.; ст. 14",
                                    "kk": "1995 жылғы 30 тамыз; 14-бап",
                                    "en": "30 August 1995; Art. 14",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Трудовой кодекс Республики Казахстан",
                                    "kk": "Қазақстан Республикасының Еңбек кодексі",
                                    "en": "Labour Code of the Republic of Kazakhstan",
                                },
                                "citation": {
                                    "ru": "23 ноября 2015 г. № 414-V; ст. 6",
                                    "kk": "2015 жылғы 23 қарашадағы № 414-V; 6-бап",
                                    "en": "No. 414-V of 23 November 2015; Art. 6",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Уголовный кодекс Республики Казахстан",
                                    "kk": "Қазақстан Республикасының Қылмыстық кодексі",
                                    "en": "Criminal Code of the Republic of Kazakhstan",
                                },
                                "citation": {
                                    "ru": "3 июля 2014 г. № 226-V; ст. 123",
                                    "kk": "2014 жылғы 3 шілдедегі № 226-V; 123-бап",
                                    "en": "No. 226-V of 3 July 2014; Art. 123",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Закон РК «О государственных гарантиях равных прав и равных возможностей мужчин и женщин»",
                                    "kk": "«Ерлер мен әйелдердің тең құқықтары мен тең мүмкіндіктерінің мемлекеттік кепілдіктері туралы» ҚР Заңы",
                                    "en": "Law of the Republic of Kazakhstan on State Guarantees of Equal Rights and Equal Opportunities for Men and Women",
                                },
                                "citation": {
                                    "ru": "8 декабря 2009 г. № 223-IV",
                                    "kk": "2009 жылғы 8 желтоқсандағы № 223-IV",
                                    "en": "No. 223-IV of 8 December 2009",
                                },
                            },
                        ],
                    },
                ],
            },
            # --- Chapter 2 ---------------------------------------------
            {
                "title": {
                    "ru": "Стигма и обвинение жертвы",
                    "kk": "Стигма және жәбірленушіні кінәлау",
                    "en": "Stigma and victim-blaming",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>В обществе, где во многом сохраняются патриархальные установки, домогательства часто воспринимают как «знаки внимания» или безобидную шутку. Вред, который они наносят здоровью, карьере и чувству безопасности человека, систематически недооценивается. Между тем это дискриминационная практика, жертвами которой становятся прежде всего женщины и девушки.</p>",
                            "kk": "<p>Патриархалдық көзқарастар әлі де басым қоғамда қудалауды көбіне «көңіл бөлу» немесе зиянсыз әзіл деп қабылдайды. Оның адамның денсаулығына, мансабына және қауіпсіздік сезіміне келтіретін зияны жүйелі түрде жете бағаланбай келеді. Ал шын мәнінде бұл — ең алдымен әйелдер мен жас қыздарға бағытталған кемсітушілік тәжірибе.</p>",
                            "en": "<p>In a society where patriarchal attitudes remain strong, harassment is often treated as “flattering attention” or a harmless joke. The damage it does to a person's health, career and sense of safety is consistently underestimated. In reality it is a discriminatory practice whose targets are, first and foremost, women and young girls.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Стигма работает через знакомые вопросы: «Что на тебе было надето?», «Зачем ты осталась после работы?», «Почему молчала раньше?». Ответственность незаметно перекладывается с того, кто домогался, на ту, кто пострадала. Объективация женщин — привычка оценивать их внешность, а не профессионализм, — делает такие вопросы социально приемлемыми.</p>"
                            "<p>Огласка часто обходится пострадавшей дороже, чем обидчику. Она рискует потерять работу или место в университете, стать предметом пересудов в коллективе и столкнуться с осуждением родственников. Поэтому многие предпочитают уволиться, перевестись или просто терпеть.</p>",
                            "kk": "<p>Стигма таныс сұрақтар арқылы көрінеді: «Үстіңде қандай киім болды?», «Жұмыстан кейін неге қалдың?», «Бұрын неге үндемедің?». Осылайша жауапкершілік қудалаған адамнан зардап шеккен әйелге байқаусыз аударылады. Әйелдерді объектіге айналдыру, яғни олардың кәсібилігін емес, сыртқы келбетін бағалау әдеті мұндай сұрақтарды қоғам үшін қалыпты нәрсеге айналдырады.</p>"
                            "<p>Болған жайды жария ету зардап шеккен әйелге қудалаушыға қарағанда әлдеқайда қымбатқа түседі. Ол жұмысынан немесе университеттегі орнынан айырылу, ұжымда өсекке қалу және туыстарының сөгісіне ұшырау қаупіне тап болады. Сондықтан көп әйел жұмыстан кетуді, басқа жерге ауысуды немесе жай ғана төзуді жөн санайды.</p>",
                            "en": "<p>Stigma works through familiar questions: “What were you wearing?”, “Why did you stay late?”, “Why didn't you speak up sooner?”. Responsibility quietly shifts from the person who harassed to the person who was harmed. The objectification of women — the habit of judging their looks rather than their professionalism — makes such questions socially acceptable.</p>"
                            "<p>Speaking out often costs the survivor more than the harasser. She risks losing her job or her university place, becoming the subject of office gossip and facing disapproval from relatives. That is why many choose to resign, transfer or simply endure.</p>",
                        },
                    },
                    {
                        "type": "quote",
                        "quote": {
                            "ru": "Молчание пострадавшей — не знак согласия. Это следствие того, что общество чаще спрашивает с той, кто решилась рассказать, чем с тем, кто домогался.",
                            "kk": "Зардап шеккен адамның үнсіздігі — келісім белгісі емес. Бұл қоғамның қудалаған адамнан гөрі болған жайды айтуға батылы барған әйелден жиі жауап сұрайтынының салдары.",
                            "en": "A survivor's silence is not a sign of consent. It is the result of a society that more often holds to account the woman who dared to speak than the man who harassed her.",
                        },
                        "attribution": {
                            "ru": "Мария Ким, исследовательница",
                            "kk": "Мария Ким, зерттеуші",
                            "en": "Maria Kim, researcher",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Недооценка проблемы обходится дорого не только пострадавшим. Коллективы, где домогательства терпят, теряют сотрудников и доверие, а женщины уходят из профессий и отказываются от продвижения. Пока общество не признает домогательства нарушением прав человека, ни одна норма не заработает в полную силу.</p>",
                            "kk": "<p>Мәселені елемеу зардап шеккендерге ғана емес, бүкіл қоғамға қымбатқа түседі. Қудалауға көз жұматын ұжымдар қызметкерлері мен сенімінен айырылады, ал әйелдер кәсібінен кетіп, қызметте жоғарылаудан бас тартады. Қоғам қудалауды адам құқықтарының бұзылуы деп мойындамайынша, бірде-бір норма толыққанды жұмыс істемейді.</p>",
                            "en": "<p>Underestimating the problem is costly not only for survivors. Workplaces that tolerate harassment lose staff and trust, while women leave their professions and turn down promotion. Until society recognises harassment as a human rights violation, no legal rule will work to its full potential.</p>",
                        },
                    },
                ],
            },
            # --- Chapter 3 ---------------------------------------------
            {
                "title": {
                    "ru": "Корпоративная политика: как защитить людей уже сейчас",
                    "kk": "Корпоративтік саясат: адамдарды қазірдің өзінде қалай қорғауға болады",
                    "en": "Corporate policy: protecting people right now",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Работодателям и университетам не обязательно ждать закона. В рамках кампании Центр исследования правовой политики (ЦИПП) подготовил проект корпоративной политики о недискриминации, противодействии сексуальным домогательствам и злоупотреблению властью. Документ обсуждается с представителями десяти компаний и пяти вузов, которые могут положить его в основу своих внутренних правил.</p>",
                            "kk": "<p>Жұмыс берушілер мен университеттерге заңды күтудің қажеті жоқ. Науқан аясында Құқықтық саясатты зерттеу орталығы кемсітпеушілік, жыныстық қудалауға және билікті теріс пайдалануға қарсы іс-қимыл туралы корпоративтік саясаттың жобасын әзірледі. Құжат он компания мен бес жоғары оқу орнының өкілдерімен талқыланып жатыр, олар оны өз ішкі ережелерінің негізіне ала алады.</p>",
                            "en": "<p>Employers and universities do not have to wait for the law. As part of the campaign, the Legal Policy Research Centre (LPRC) has drafted a corporate policy on non-discrimination, sexual harassment and abuse of authority. The draft is being discussed with representatives of ten companies and five universities, which can use it as the basis of their internal rules.</p>",
                        },
                    },
                    {
                        "type": "heading",
                        "text": {
                            "ru": "Из чего состоит политика",
                            "kk": "Саясат неден тұрады",
                            "en": "What the policy is made of",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Хорошая политика не сводится к декларации о нетерпимости. Она описывает, что именно запрещено, куда обращаться и что произойдёт после жалобы:</p>"
                            "<ul><li><b>Сфера действия:</b> сотрудники, стажёры, студенты, подрядчики и клиенты; офис, командировки, корпоративные мероприятия и онлайн-общение.</li><li><b>Определения:</b> дискриминация, сексуальные домогательства и злоупотребление властью с понятными примерами.</li><li><b>Каналы обращения:</b> несколько способов сообщить о нарушении, в том числе конфиденциально и в обход непосредственного руководителя.</li><li><b>Процедура:</b> беспристрастное расследование в установленные сроки, право обеих сторон быть выслушанными, письменное решение.</li><li><b>Защита:</b> запрет преследования за жалобу или свидетельские показания и меры поддержки пострадавших.</li><li><b>Санкции и профилактика:</b> соразмерные дисциплинарные меры, регулярное обучение и ежегодный анализ обращений.</li></ul>",
                            "kk": "<p>Жақсы саясат төзбеушілік туралы мәлімдемемен шектелмейді. Онда нақты неге тыйым салынатыны, қайда жүгіну керектігі және шағымнан кейін не болатыны сипатталады:</p>"
                            "<ul><li><b>Қолданылу аясы:</b> қызметкерлер, тағылымдамадан өтушілер, студенттер, мердігерлер мен клиенттер; кеңсе, іссапарлар, корпоративтік іс-шаралар және онлайн қарым-қатынас.</li><li><b>Анықтамалар:</b> кемсітушілік, жыныстық қудалау және билікті теріс пайдалану түсінікті мысалдармен.</li><li><b>Жүгіну арналары:</b> бұзушылық туралы хабарлаудың бірнеше тәсілі, соның ішінде құпия түрде және тікелей басшыны айналып өтіп.</li><li><b>Рәсім:</b> белгіленген мерзімде бейтарап тексеру, екі тараптың да тыңдалу құқығы, жазбаша шешім.</li><li><b>Қорғау:</b> шағым бергені немесе куәлік еткені үшін қысым көрсетуге тыйым салу және зардап шеккендерді қолдау шаралары.</li><li><b>Санкциялар мен алдын алу:</b> барабар тәртіптік шаралар, тұрақты оқыту және өтініштерді жыл сайын талдау.</li></ul>",
                            "en": "<p>A good policy is more than a declaration of zero tolerance. It sets out exactly what is prohibited, where to turn and what happens after a complaint:</p>"
                            "<ul><li><b>Scope:</b> employees, interns, students, contractors and clients; the office, business trips, corporate events and online communication.</li><li><b>Definitions:</b> discrimination, sexual harassment and abuse of authority, with clear examples.</li><li><b>Reporting channels:</b> several ways to report a violation, including confidentially and bypassing one's line manager.</li><li><b>Procedure:</b> an impartial investigation within set deadlines, the right of both parties to be heard, and a written decision.</li><li><b>Protection:</b> a ban on retaliation for complaining or giving evidence, and support measures for those affected.</li><li><b>Sanctions and prevention:</b> proportionate disciplinary measures, regular training and an annual review of complaints.</li></ul>",
                        },
                    },
                    {
                        "type": "fact_box",
                        "title": {
                            "ru": "Что такое злоупотребление властью",
                            "kk": "Билікті теріс пайдалану деген не",
                            "en": "What is abuse of authority?",
                        },
                        "html": {
                            "ru": "<p>Злоупотребление властью — это использование служебного положения, влияния или права принимать решения против интересов другого человека: давление, угрозы увольнением, лишением премии или плохой оценкой. Когда за таким давлением стоят сексуальные требования, последствия особенно тяжелы, потому что пострадавшая зависит от обидчика.</p>",
                            "kk": "<p>Билікті теріс пайдалану — қызметтік жағдайды, ықпалды немесе шешім қабылдау құқығын басқа адамның мүддесіне қарсы қолдану: қысым көрсету, жұмыстан шығарамын, сыйақыдан айырамын немесе төмен баға қоямын деп қорқыту. Мұндай қысымның артында жыныстық талаптар тұрса, зардабы ерекше ауыр болады, өйткені зардап шеккен адам қудалаушыға тәуелді.</p>",
                            "en": "<p>Abuse of authority means using one's position, influence or decision-making power against another person's interests: pressure, or threats of dismissal, loss of a bonus or a poor grade. When such pressure comes with sexual demands, the consequences are especially severe because the person targeted depends on the harasser.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Для вузов такая политика особенно важна: студент зависит от преподавателя в оценках, допуске к экзаменам и рекомендациях. Чёткие правила, независимая комиссия по рассмотрению жалоб и обучение сотрудников помогают предотвратить злоупотребления ещё до того, как они произойдут. А работодатель, внедривший политику, получает понятный инструмент реагирования вместо импровизации в кризисной ситуации.</p>",
                            "kk": "<p>Жоғары оқу орындары үшін мұндай саясаттың маңызы ерекше: студент бағасы, емтиханға жіберілуі және ұсынымдар бойынша оқытушыға тәуелді. Нақты ережелер, шағымдарды қарайтын тәуелсіз комиссия және қызметкерлерді оқыту теріс пайдалану орын алмай тұрып-ақ оның алдын алуға көмектеседі. Ал саясатты енгізген жұмыс беруші дағдарыс кезінде асығыс шешім қабылдаудың орнына әрекет етудің түсінікті құралына ие болады.</p>",
                            "en": "<p>Such a policy matters especially for universities, where students depend on lecturers for grades, admission to exams and references. Clear rules, an independent complaints committee and staff training help prevent abuse before it happens. An employer that adopts a policy gains a clear tool for responding instead of improvising in a crisis.</p>",
                        },
                    },
                ],
            },
            # --- Chapter 4 ---------------------------------------------
            {
                "title": {
                    "ru": "Каким должен быть закон",
                    "kk": "Заң қандай болуы керек",
                    "en": "What the law should say",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Корпоративные правила не заменяют закон: они действуют только там, где руководство готово их соблюдать. Поэтому ЦИПП готовит поправки к национальному законодательству, опираясь на международные стандарты и рекомендации, и выносит их на обсуждение с государственными органами и общественностью. Ниже — ключевые элементы, без которых запрет домогательств останется на бумаге.</p>",
                            "kk": "<p>Корпоративтік ережелер заңды алмастырмайды: олар басшылық сақтауға дайын жерде ғана жұмыс істейді. Сондықтан Құқықтық саясатты зерттеу орталығы халықаралық стандарттар мен ұсынымдарға сүйене отырып, ұлттық заңнамаға түзетулер әзірлеп, оларды мемлекеттік органдармен және жұртшылықпен талқылауға ұсынады. Төменде қудалауға тыйымды қағаз жүзінде қалдырмайтын негізгі элементтер берілген.</p>",
                            "en": "<p>Corporate rules cannot replace legislation: they work only where management is willing to follow them. That is why LPRC is preparing amendments to national law based on international standards and recommendations and putting them up for discussion with state bodies and the public. Below are the key elements without which a ban on harassment would remain on paper.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<ol><li><b>Определение.</b> Сексуальные домогательства — любое нежелательное словесное, невербальное или физическое поведение сексуального характера, которое унижает достоинство человека или создаёт враждебную, запугивающую либо оскорбительную обстановку.</li><li><b>Сфера труда и учёбы.</b> Запрет должен охватывать не только рабочее место, но и командировки, корпоративные мероприятия, деловую переписку и образовательные учреждения.</li><li><b>Общественные места.</b> Навязчивые приставания на улице и в общественном транспорте должны влечь административную ответственность.</li><li><b>Преследование.</b> Систематическая слежка, навязчивые звонки и сообщения, появление у дома или работы человека против его воли — отдельный состав с ответственностью, соразмерной угрозе.</li><li><b>Обязанности работодателя.</b> Принять внутреннюю политику, назначить ответственных, расследовать жалобы и защищать заявителей от мести.</li></ol>",
                            "kk": "<ol><li><b>Анықтама.</b> Жыныстық қудалау — адамның қадір-қасиетін кемсітетін немесе дұшпандық, үрей туғызатын не намысқа тиетін ахуал қалыптастыратын, сөзбен, ым-ишарамен немесе тәндік түрде көрінетін жыныстық сипаттағы кез келген қалаусыз мінез-құлық.</li><li><b>Еңбек және оқу саласы.</b> Тыйым жұмыс орнын ғана емес, іссапарларды, корпоративтік іс-шараларды, іскерлік хат алмасуды және білім беру мекемелерін де қамтуға тиіс.</li><li><b>Қоғамдық орындар.</b> Көшеде және қоғамдық көлікте жабысып мазалағаны үшін әкімшілік жауапкершілік көзделуге тиіс.</li><li><b>Аңдып жүру.</b> Адамның еркіне қарсы оны жүйелі түрде аңду, мазалайтын қоңыраулар мен хабарламалар, үйі немесе жұмысы маңында пайда бола беру — қатерге барабар жауапкершілігі бар жеке құқық бұзушылық құрамы.</li><li><b>Жұмыс берушінің міндеттері.</b> Ішкі саясат қабылдау, жауапты адамдарды тағайындау, шағымдарды тексеру және өтініш берушілерді кек алудан қорғау.</li></ol>",
                            "en": "<ol><li><b>Definition.</b> Sexual harassment is any unwanted verbal, non-verbal or physical conduct of a sexual nature that violates a person's dignity or creates a hostile, intimidating or offensive environment.</li><li><b>Work and study.</b> The ban should cover not only the workplace but also business trips, corporate events, work correspondence and educational institutions.</li><li><b>Public spaces.</b> Persistent unwanted advances in the street and on public transport should carry administrative liability.</li><li><b>Stalking.</b> Systematic surveillance, obsessive calls and messages, and turning up at a person's home or workplace against their will should form a separate offence, with liability proportionate to the threat.</li><li><b>Employer duties.</b> Adopt an internal policy, appoint responsible staff, investigate complaints and protect complainants from retaliation.</li></ol>",
                        },
                    },
                    {
                        "type": "quote",
                        "quote": {
                            "ru": "Закон о домогательствах нужен не для того, чтобы наказать как можно больше людей. Он нужен, чтобы у пострадавшей появился понятный путь: куда обратиться, что доказывать и на какую защиту рассчитывать.",
                            "kk": "Қудалау туралы заң барынша көп адамды жазалау үшін қажет емес. Ол зардап шеккен адамға түсінікті жол көрсету үшін керек: қайда жүгінетінін, нені дәлелдейтінін және қандай қорғауға сене алатынын білу үшін.",
                            "en": "A harassment law is not about punishing as many people as possible. It is about giving survivors a clear path: where to turn, what to prove and what protection to expect.",
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
                            "ru": "<p>Одних норм недостаточно, если полицейские, следователи и судьи не умеют их применять. Нужны методические рекомендации по расследованию и доказыванию, обучение правоприменителей и разъяснения для работодателей. Важно и то, чтобы процедура не травмировала пострадавшую повторно: без лишних повторных допросов и не относящихся к делу вопросов о её личной жизни.</p>",
                            "kk": "<p>Полиция қызметкерлері, тергеушілер мен судьялар нормаларды қолдана білмесе, олардың өзі жеткіліксіз. Тергеу мен дәлелдеу бойынша әдістемелік ұсынымдар, құқық қолданушыларды оқыту және жұмыс берушілерге арналған түсіндірмелер қажет. Рәсімнің зардап шеккен адамды қайта күйзеліске ұшыратпауы да маңызды: артық қайталама жауап алусыз және іске қатысы жоқ жеке өміріне қатысты сұрақтарсыз.</p>",
                            "en": "<p>Rules alone are not enough if police officers, investigators and judges do not know how to apply them. Guidance on investigation and evidence, training for law enforcement and explanations for employers are all needed. It also matters that the procedure does not retraumatise the survivor: no needless repeat interviews and no irrelevant questions about her private life.</p>",
                        },
                    },
                ],
            },
            # --- Chapter 5 ---------------------------------------------
            {
                "title": {
                    "ru": "Международные стандарты: Конвенция МОТ № 190 и КЛДЖ",
                    "kk": "Халықаралық стандарттар: ХЕҰ-ның № 190 конвенциясы және CEDAW",
                    "en": "International standards: ILO C190 and CEDAW",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>В июне 2019 года Международная конференция труда приняла Конвенцию № 190 о ликвидации насилия и домогательств в сфере труда — первый международный договор, посвящённый именно этой проблеме. Конвенция вступила в силу 25 июня 2021 года. Казахстан её пока не ратифицировал.</p>"
                            "<p>Конвенция признаёт право каждого на сферу труда, свободную от насилия и домогательств, включая гендерное насилие и домогательства. Она защищает не только работников по трудовому договору, но и стажёров, волонтёров, соискателей и уволенных, а понятие «сфера труда» распространяет на дорогу на работу, командировки, корпоративные мероприятия и рабочую переписку. Государства должны запретить такие действия законом, обеспечить доступ к жалобам и средствам защиты и обязать работодателей принимать меры по предупреждению.</p>",
                            "kk": "<p>2019 жылғы маусымда Халықаралық еңбек конференциясы еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 190 конвенцияны қабылдады. Бұл — дәл осы мәселеге арналған алғашқы халықаралық шарт. Конвенция 2021 жылғы 25 маусымда күшіне енді, бірақ Қазақстан оны әзірге ратификацияламаған.</p>"
                            "<p>Конвенция әр адамның зорлық-зомбылық пен қудалаудан, соның ішінде гендерлік зорлық-зомбылық пен қудалаудан ада еңбек ортасына құқығын мойындайды. Ол еңбек шарты бойынша жұмыс істейтіндерді ғана емес, тағылымдамадан өтушілерді, еріктілерді, жұмыс іздеушілерді және жұмыстан босатылғандарды да қорғайды, ал «еңбек саласы» ұғымын жұмысқа бару жолына, іссапарларға, корпоративтік іс-шараларға және жұмыс бойынша хат алмасуға дейін кеңейтеді. Мемлекеттер мұндай әрекеттерге заңмен тыйым салып, шағымдану мен қорғау құралдарына қолжетімділікті қамтамасыз етуге және жұмыс берушілерді алдын алу шараларын қабылдауға міндеттеуге тиіс.</p>",
                            "en": "<p>In June 2019 the International Labour Conference adopted Convention No. 190 on the elimination of violence and harassment in the world of work — the first international treaty devoted specifically to this problem. It entered into force on 25 June 2021. Kazakhstan has not yet ratified it.</p>"
                            "<p>The Convention recognises everyone's right to a world of work free from violence and harassment, including gender-based violence and harassment. It protects not only employees but also interns, volunteers, jobseekers and workers whose employment has ended, and it extends the “world of work” to commuting, business travel, work-related events and work communications. States must prohibit such conduct by law, ensure access to complaint procedures and remedies, and require employers to take preventive steps.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Казахстан присоединился к Конвенции ООН о ликвидации всех форм дискриминации в отношении женщин (КЛДЖ) в 1998 году, а к Факультативному протоколу к ней — в 2001 году. В Общей рекомендации № 19 (1992) Комитет КЛДЖ назвал сексуальные домогательства на работе формой гендерного насилия, подрывающей равенство в сфере занятости. Общая рекомендация № 35 (2017) подтвердила обязанность государств предотвращать такое насилие, расследовать его и привлекать виновных к ответственности. Благодаря Факультативному протоколу женщина, исчерпавшая внутренние средства защиты, может сама направить в Комитет индивидуальную жалобу.</p>",
                            "kk": "<p>Қазақстан БҰҰ-ның Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенциясына (CEDAW) 1998 жылы, ал оның Факультативтік хаттамасына 2001 жылы қосылды. CEDAW комитеті 1992 жылғы № 19 жалпы ұсынымында жұмыс орнындағы жыныстық қудалауды жұмыспен қамту саласындағы теңдікке нұқсан келтіретін гендерлік зорлық-зомбылықтың бір түрі деп атады. 2017 жылғы № 35 жалпы ұсыным мемлекеттердің мұндай зорлық-зомбылықтың алдын алу, оны тергеу және кінәлілерді жауапқа тарту міндетін растады. Факультативтік хаттаманың арқасында ел ішіндегі қорғау құралдарын пайдаланып болған әйел Комитетке жеке шағыммен өзі жүгіне алады.</p>",
                            "en": "<p>Kazakhstan acceded to the UN Convention on the Elimination of All Forms of Discrimination against Women (CEDAW) in 1998 and to its Optional Protocol in 2001. In General Recommendation No. 19 (1992) the CEDAW Committee identified sexual harassment at work as a form of gender-based violence that undermines equality in employment. General Recommendation No. 35 (2017) reaffirmed states' duty to prevent such violence, investigate it and hold perpetrators to account. Thanks to the Optional Protocol, a woman who has exhausted domestic remedies can bring an individual complaint to the Committee herself.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Полезным ориентиром служит и Стамбульская конвенция Совета Европы 2011 года, хотя Казахстан в ней не участвует. Она требует установить ответственность за преследование — умышленное повторяющееся угрожающее поведение, из-за которого человек боится за свою безопасность, — а также за сексуальные домогательства. Эти формулировки можно адаптировать к казахстанскому праву.</p>",
                            "kk": "<p>Қазақстан қатыспаса да, Еуропа Кеңесінің 2011 жылғы Ыстамбұл конвенциясы да пайдалы бағдар бола алады. Ол аңдып жүру, яғни адамды өз қауіпсіздігі үшін қорқынышқа салатын қасақана әрі қайталанатын қорқытушы мінез-құлық үшін, сондай-ақ жыныстық қудалау үшін жауапкершілік белгілеуді талап етеді. Бұл тұжырымдарды қазақстандық құқыққа бейімдеуге болады.</p>",
                            "en": "<p>The Council of Europe's 2011 Istanbul Convention is another useful benchmark, even though Kazakhstan is not a party to it. It requires sanctions for stalking — intentional, repeated threatening conduct that makes a person fear for their safety — and for sexual harassment. Its wording can be adapted to Kazakhstan's legal system.</p>",
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
                                    "ru": "Принята 21 июня 2019 г.; вступила в силу 25 июня 2021 г.; ст. 1–4, 7, 9, 10",
                                    "kk": "2019 жылғы 21 маусымда қабылданған; 2021 жылғы 25 маусымда күшіне енген; 1–4, 7, 9, 10-баптар",
                                    "en": "Adopted 21 June 2019; in force 25 June 2021; Arts. 1–4, 7, 9, 10",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Рекомендация МОТ № 206 о ликвидации насилия и домогательств в сфере труда",
                                    "kk": "ХЕҰ-ның еңбек саласындағы зорлық-зомбылық пен қудалауды жою туралы № 206 ұсынымы",
                                    "en": "ILO Violence and Harassment Recommendation, 2019 (No. 206)",
                                },
                                "citation": {
                                    "ru": "Принята 21 июня 2019 г.",
                                    "kk": "2019 жылғы 21 маусымда қабылданған",
                                    "en": "Adopted 21 June 2019",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Конвенция о ликвидации всех форм дискриминации в отношении женщин",
                                    "kk": "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенция",
                                    "en": "Convention on the Elimination of All Forms of Discrimination against Women",
                                },
                                "citation": {
                                    "ru": "1979; Казахстан присоединился в 1998 г.; ст. 1, 2, 11",
                                    "kk": "1979 ж.; Қазақстан 1998 жылы қосылған; 1, 2, 11-баптар",
                                    "en": "1979; acceded to by Kazakhstan in 1998; Arts. 1, 2, 11",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Общие рекомендации Комитета КЛДЖ № 19 и № 35",
                                    "kk": "CEDAW комитетінің № 19 және № 35 жалпы ұсынымдары",
                                    "en": "CEDAW Committee General Recommendations No. 19 and No. 35",
                                },
                                "citation": {
                                    "ru": "1992 и 2017 гг.; о гендерном насилии в отношении женщин",
                                    "kk": "1992 және 2017 жж.; әйелдерге қатысты гендерлік зорлық-зомбылық туралы",
                                    "en": "1992 and 2017; on gender-based violence against women",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Конвенция Совета Европы о предотвращении и борьбе с насилием в отношении женщин и домашним насилием",
                                    "kk": "Әйелдерге қатысты зорлық-зомбылықтың және тұрмыстық зорлық-зомбылықтың алдын алу және оларға қарсы күрес туралы Еуропа Кеңесінің конвенциясы",
                                    "en": "Council of Europe Convention on preventing and combating violence against women and domestic violence",
                                },
                                "citation": {
                                    "ru": "Стамбул, 2011; ст. 34 (преследование), ст. 40 (сексуальные домогательства)",
                                    "kk": "Ыстамбұл, 2011; 34-бап (аңдып жүру), 40-бап (жыныстық қудалау)",
                                    "en": "Istanbul, 2011; Art. 34 (stalking), Art. 40 (sexual harassment)",
                                },
                            },
                        ],
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Ратификация Конвенции № 190 и выполнение рекомендаций Комитета КЛДЖ дали бы Казахстану готовую рамку для реформы. Поддержать её может каждый: подписать петицию кампании, обсудить политику против домогательств со своим работодателем или вузом и не оставлять без поддержки тех, кто решился рассказать о пережитом.</p>",
                            "kk": "<p>№ 190 конвенцияны ратификациялау және CEDAW комитетінің ұсынымдарын орындау Қазақстанға реформаның дайын негізін берер еді. Оны әркім қолдай алады: науқанның петициясына қол қойып, өз жұмыс берушісімен немесе университетімен қудалауға қарсы саясатты талқылап, басынан өткенін айтуға батылы барғандарды қолдаусыз қалдырмай.</p>",
                            "en": "<p>Ratifying Convention No. 190 and implementing the CEDAW Committee's recommendations would give Kazakhstan a ready-made framework for reform. Anyone can help: sign the campaign petition, raise an anti-harassment policy with your employer or university, and stand by those who have found the courage to speak about what they went through.</p>",
                        },
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # 2. Equal before the law: a guide to discrimination
    # ------------------------------------------------------------------
    {
        "key": "equal-before-the-law-discrimination-guide",
        "campaign": "anti-discrimination-law",
        "topics": ["discrimination", "international-mechanisms", "legal-policy"],
        "authors": ["yerzhan-kassymov", "asel-nurlanova"],
        "date": "2023-06-20",
        "title": {
            "ru": "Равны перед законом: путеводитель по дискриминации",
            "kk": "Заң алдында тең: кемсітушілік туралы нұсқаулық",
            "en": "Equal before the law: a guide to discrimination",
        },
        "summary": {
            "ru": "Что такое прямая и косвенная дискриминация, домогательство, виктимизация и разумное приспособление, кто чаще всего сталкивается с неравенством в Казахстане, как защищаться дома и в ООН и что изменит антидискриминационный закон.",
            "kk": "Тікелей және жанама кемсітушілік, қудалау, виктимизация және ақылға қонымды бейімдеу деген не, Қазақстанда теңсіздікке кім жиі тап болады, ел ішінде және БҰҰ-да қалай қорғануға болады және кемсітушілікке қарсы заң не өзгертеді.",
            "en": "What direct and indirect discrimination, harassment, victimisation and reasonable accommodation mean, who faces inequality most often in Kazakhstan, how to seek redress at home and at the UN, and what an anti-discrimination law would change.",
        },
        "chapters": [
            # --- Chapter 1 ---------------------------------------------
            {
                "title": {
                    "ru": "Что такое дискриминация",
                    "kk": "Кемсітушілік дегеніміз не",
                    "en": "What discrimination is",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Дискриминация — это необоснованное различие в обращении с человеком из-за его пола, возраста, инвалидности, национальности, языка, религии, места жительства или другого признака, который не должен влиять на его права. Она может проявляться в отказе в работе, услуге или жилье, в неравной оплате, в оскорблениях или в правилах, которые только кажутся нейтральными.</p>"
                            "<p>Конституция Казахстана провозглашает, что все равны перед законом и судом, и запрещает дискриминацию по широкому, открытому перечню оснований. Трудовой кодекс содержит аналогичный запрет для трудовых отношений. Однако в законодательстве нет ни исчерпывающего определения дискриминации, ни описания её форм, ни ясных механизмов защиты, поэтому на практике запрет работает редко.</p>",
                            "kk": "<p>Кемсітушілік — адамның жынысына, жасына, мүгедектігіне, ұлтына, тіліне, дініне, тұрғылықты жеріне немесе оның құқықтарына әсер етпеуге тиіс өзге де белгісіне байланысты оған негізсіз түрде өзгеше қарау. Ол жұмысқа алудан, қызмет көрсетуден немесе тұрғын үйді жалға беруден бас тартудан, тең емес жалақыдан, қорлаудан немесе тек сырттай ғана бейтарап көрінетін ережелерден байқалуы мүмкін.</p>"
                            "<p>Қазақстан Конституциясы барлығы заң мен сот алдында тең екенін жариялайды және кемсітушілікке кең әрі ашық негіздер тізбесі бойынша тыйым салады. Еңбек кодексінде еңбек қатынастарына қатысты осындай тыйым бар. Алайда заңнамада кемсітушіліктің толық анықтамасы да, оның нысандарының сипаттамасы да, қорғаудың нақты тетіктері де жоқ, сондықтан іс жүзінде бұл тыйым сирек жұмыс істейді.</p>",
                            "en": "<p>Discrimination is unjustified differential treatment of a person because of their sex, age, disability, ethnicity, language, religion, place of residence or any other characteristic that should have no bearing on their rights. It can take the form of a refusal of a job, a service or housing, unequal pay, insults, or rules that only appear neutral.</p>"
                            "<p>Kazakhstan's Constitution proclaims that everyone is equal before the law and the courts and prohibits discrimination on a broad, open-ended list of grounds. The Labour Code contains a similar ban for employment relations. Yet the legislation provides neither a comprehensive definition of discrimination nor a description of its forms nor clear protection mechanisms, so in practice the ban seldom works.</p>",
                        },
                    },
                    {
                        "type": "heading",
                        "text": {
                            "ru": "Прямая дискриминация",
                            "kk": "Тікелей кемсітушілік",
                            "en": "Direct discrimination",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Прямая дискриминация — это ситуация, когда с человеком обращаются хуже, чем обращались бы с другим в сравнимых обстоятельствах, именно из-за защищаемого признака. Например, работодатель отказывает кандидатке, узнав о её беременности, или объявление о вакансии ограничивает возраст соискателей без всякой связи с характером работы. Намерение обидеть здесь не обязательно: важен сам факт менее благоприятного обращения.</p>",
                            "kk": "<p>Тікелей кемсітушілік — адамға қорғалатын белгісі себепті ұқсас жағдайдағы басқа адамға қарағанда нашар қарау. Мысалы, жұмыс беруші үміткердің жүкті екенін білген соң оны жұмысқа алудан бас тартады немесе бос орын туралы хабарландыру жұмыстың сипатына еш қатысы жоқ жас шектеуін қояды. Мұнда ренжіту ниеті міндетті емес: қолайсыз қарау фактісінің өзі маңызды.</p>",
                            "en": "<p>Direct discrimination occurs when a person is treated less favourably than another would be in a comparable situation precisely because of a protected characteristic. For example, an employer rejects a candidate after learning she is pregnant, or a job advertisement sets an age limit that has nothing to do with the nature of the work. Intent to harm is not required: what matters is the less favourable treatment itself.</p>",
                        },
                    },
                    {
                        "type": "heading",
                        "text": {
                            "ru": "Косвенная дискриминация",
                            "kk": "Жанама кемсітушілік",
                            "en": "Indirect discrimination",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Косвенная дискриминация скрыта за нейтральными на первый взгляд правилами, которые на деле ставят определённую группу в невыгодное положение. Требование постоянной регистрации по месту жительства отсекает внутренних мигрантов, а обязательный полный рабочий день без гибкого графика нередко исключает матерей маленьких детей и людей с инвалидностью. Такое правило допустимо, только если оно преследует законную цель, а выбранные средства уместны и необходимы.</p>",
                            "kk": "<p>Жанама кемсітушілік алғашқы көзқараста бейтарап көрінетін, бірақ іс жүзінде белгілі бір топты қолайсыз жағдайға қоятын ережелердің тасасында жасырынады. Тұрғылықты жері бойынша тұрақты тіркеуді талап ету ішкі мигранттарды шеттетеді, ал икемді кестесіз толық жұмыс күнін міндеттеу кішкентай балалары бар аналар мен мүгедектігі бар адамдарға жиі кедергі келтіреді. Мұндай ереже заңды мақсатты көздесе және таңдалған құралдар орынды әрі қажет болса ғана рұқсат етіледі.</p>",
                            "en": "<p>Indirect discrimination hides behind rules that look neutral but in practice put a particular group at a disadvantage. A requirement of permanent registration at one's place of residence shuts out internal migrants, while a compulsory full-time schedule with no flexibility often excludes mothers of young children and people with disabilities. Such a rule is acceptable only if it pursues a legitimate aim and the means chosen are appropriate and necessary.</p>",
                        },
                    },
                ],
            },
            # --- Chapter 2 ---------------------------------------------
            {
                "title": {
                    "ru": "Домогательство, виктимизация и разумное приспособление",
                    "kk": "Қудалау, виктимизация және ақылға қонымды бейімдеу",
                    "en": "Harassment, victimisation and reasonable accommodation",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p><b>Домогательство</b> — нежелательное поведение, связанное с защищаемым признаком, которое унижает достоинство человека или создаёт вокруг него враждебную, запугивающую или оскорбительную обстановку. Это могут быть насмешки над акцентом, оскорбительные прозвища, «шутки» об инвалидности или возрасте. Сексуальные домогательства — особая форма такого поведения, направленная прежде всего против женщин.</p>",
                            "kk": "<p><b>Қудалау</b> — қорғалатын белгіге байланысты, адамның қадір-қасиетін кемсітетін немесе оның айналасында дұшпандық, үрей туғызатын не намысқа тиетін ахуал қалыптастыратын қалаусыз мінез-құлық. Бұл адамның акцентін мазақ ету, қорлайтын лақап аттар, мүгедектік немесе жас туралы «әзілдер» болуы мүмкін. Жыныстық қудалау — ең алдымен әйелдерге қарсы бағытталған осындай мінез-құлықтың ерекше түрі.</p>",
                            "en": "<p><b>Harassment</b> is unwanted conduct related to a protected characteristic that violates a person's dignity or creates a hostile, intimidating or offensive environment around them. It may include mocking someone's accent, offensive nicknames, or “jokes” about disability or age. Sexual harassment is a particular form of such conduct, directed above all against women.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p><b>Виктимизация</b> — месть за то, что человек пожаловался на дискриминацию, помог коллеге составить жалобу или дал показания. Увольнение, понижение в должности или внезапные «проверки» после обращения сами по себе являются нарушением. Без защиты от виктимизации любой запрет дискриминации теряет смысл: люди просто боятся заявлять о своих правах.</p>",
                            "kk": "<p><b>Виктимизация</b> — адамның кемсітушілікке шағымданғаны, әріптесіне шағым жазуға көмектескені немесе куәлік бергені үшін одан кек алу. Өтініштен кейін жұмыстан шығару, лауазымын төмендету немесе кенеттен басталған «тексерулер» өздігінен құқық бұзушылық болып табылады. Виктимизациядан қорғау болмаса, кемсітушілікке кез келген тыйым мағынасын жояды: адамдар өз құқықтарын талап етуге жай ғана қорқады.</p>",
                            "en": "<p><b>Victimisation</b> is retaliation against someone for complaining about discrimination, helping a colleague file a complaint or giving evidence. Dismissal, demotion or sudden “inspections” after a complaint are violations in their own right. Without protection against victimisation any ban on discrimination is meaningless: people are simply afraid to assert their rights.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p><b>Разумное приспособление</b> — понятие из Конвенции ООН о правах инвалидов, которую Казахстан ратифицировал в 2015 году. Речь идёт о необходимых и уместных изменениях, которые позволяют человеку с инвалидностью пользоваться правами наравне с другими и при этом не создают несоразмерной нагрузки: пандус у входа, гибкий график, сурдоперевод, документы в формате, доступном для программ экранного чтения. Отказ в таком приспособлении Конвенция прямо относит к дискриминации.</p>",
                            "kk": "<p><b>Ақылға қонымды бейімдеу</b> — Қазақстан 2015 жылы ратификациялаған БҰҰ-ның Мүгедектердің құқықтары туралы конвенциясындағы ұғым. Бұл мүгедектігі бар адамға өз құқықтарын басқалармен тең пайдалануға мүмкіндік беретін және бұл ретте шамадан тыс ауыртпалық түсірмейтін қажетті әрі орынды өзгерістер: кіреберістегі пандус, икемді кесте, ымдау тіліне аудару, экраннан оқу бағдарламаларына қолжетімді форматтағы құжаттар. Конвенция мұндай бейімдеуден бас тартуды кемсітушіліктің бір түрі деп тура атайды.</p>",
                            "en": "<p><b>Reasonable accommodation</b> is a concept from the UN Convention on the Rights of Persons with Disabilities, which Kazakhstan ratified in 2015. It means necessary and appropriate modifications that enable a person with a disability to exercise their rights on an equal basis with others without imposing a disproportionate burden: a ramp at the entrance, a flexible schedule, sign-language interpretation, documents in a format accessible to screen readers. The Convention expressly classifies the denial of such accommodation as discrimination.</p>",
                        },
                    },
                    {
                        "type": "fact_box",
                        "title": {
                            "ru": "Пять понятий в двух словах",
                            "kk": "Бес ұғым қысқаша",
                            "en": "Five concepts in brief",
                        },
                        "html": {
                            "ru": "<ul><li><b>Прямая дискриминация:</b> с человеком обращаются хуже из-за защищаемого признака.</li><li><b>Косвенная дискриминация:</b> нейтральное правило бьёт по определённой группе.</li><li><b>Домогательство:</b> унижающее поведение, создающее враждебную среду.</li><li><b>Виктимизация:</b> наказание за жалобу или показания.</li><li><b>Отказ в разумном приспособлении:</b> непринятие посильных мер для равного доступа.</li></ul>",
                            "kk": "<ul><li><b>Тікелей кемсітушілік:</b> адамға қорғалатын белгісі үшін нашар қарау.</li><li><b>Жанама кемсітушілік:</b> бейтарап ереже белгілі бір топқа зиян келтіреді.</li><li><b>Қудалау:</b> дұшпандық орта туғызатын қорлаушы мінез-құлық.</li><li><b>Виктимизация:</b> шағым немесе куәлік үшін жазалау.</li><li><b>Ақылға қонымды бейімдеуден бас тарту:</b> тең қолжетімділік үшін шамасы келетін шараларды қабылдамау.</li></ul>",
                            "en": "<ul><li><b>Direct discrimination:</b> worse treatment because of a protected characteristic.</li><li><b>Indirect discrimination:</b> a neutral rule that hits a particular group.</li><li><b>Harassment:</b> degrading conduct that creates a hostile environment.</li><li><b>Victimisation:</b> punishment for a complaint or testimony.</li><li><b>Denial of reasonable accommodation:</b> failure to take feasible steps to ensure equal access.</li></ul>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Признаки нередко пересекаются. Женщина с инвалидностью, пожилая мигрантка или девушка из сельской местности может столкнуться с дискриминацией сразу по нескольким основаниям, и эти основания усиливают друг друга. Хороший закон должен прямо признавать множественную дискриминацию, чтобы суду не приходилось выбирать, какой из признаков «главный».</p>",
                            "kk": "<p>Белгілер жиі бір-бірімен қиылысады. Мүгедектігі бар әйел, егде жастағы мигрант әйел немесе ауылдан келген қыз бірнеше негіз бойынша бірден кемсітушілікке ұшырауы мүмкін, ал бұл негіздер бірін-бірі күшейтеді. Жақсы заң бірнеше негіз бойынша кемсітушілікті тікелей мойындауы керек, сонда сотқа қай белгінің «басты» екенін таңдауға тура келмейді.</p>",
                            "en": "<p>Grounds often overlap. A woman with a disability, an older migrant woman or a young woman from a rural area may face discrimination on several grounds at once, and those grounds reinforce each other. A good law should expressly recognise multiple discrimination so that a court does not have to decide which ground is the “main” one.</p>",
                        },
                    },
                ],
            },
            # --- Chapter 3 ---------------------------------------------
            {
                "title": {
                    "ru": "Кого это касается в Казахстане",
                    "kk": "Бұл Қазақстанда кімге қатысты",
                    "en": "Who is affected in Kazakhstan",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Многолетнее замалчивание проблемы на государственном уровне привело к тому, что широкий круг людей сталкивается с дискриминацией и стигмой, не имея эффективных средств защиты. Ниже — лишь несколько групп, о которых чаще всего говорят правозащитники и юристы.</p>",
                            "kk": "<p>Мәселенің мемлекеттік деңгейде ұзақ жылдар бойы айтылмай келуі көптеген адамдардың тиімді қорғау құралдарынсыз кемсітушілік пен стигмаға тап болуына әкелді. Төменде құқық қорғаушылар мен заңгерлер жиі атап өтетін топтардың бірнешеуі ғана берілген.</p>",
                            "en": "<p>Years of official silence about the problem have left a wide range of people facing discrimination and stigma without effective remedies. Below are just a few of the groups that human rights defenders and lawyers most often point to.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<ul><li><b>Женщины.</b> Дискриминация при найме и продвижении, неравная нагрузка по уходу за семьёй, сексуальные домогательства, которые закон до сих пор не запрещает.</li><li><b>Люди с инвалидностью.</b> Недоступные здания и транспорт, барьеры в образовании и трудоустройстве, а у женщин с инвалидностью — давление и унизительное отношение в медицинских учреждениях.</li><li><b>Мигранты.</b> Трудности с документами и регистрацией, ограниченный доступ к медицинской помощи и правосудию, риск эксплуатации со стороны работодателей и высылки без надлежащих процедур.</li><li><b>Пожилые люди и молодёжь.</b> Возрастные ограничения в вакансиях и стереотипы о «неподходящем» возрасте.</li><li><b>Этнические и религиозные меньшинства, люди, живущие с ВИЧ.</b> Предвзятость в быту, на работе и в сфере услуг.</li></ul>",
                            "kk": "<ul><li><b>Әйелдер.</b> Жұмысқа алу мен қызметте жоғарылату кезіндегі кемсітушілік, отбасына күтім жасаудағы тең емес жүктеме, заң әлі күнге дейін тыйым салмаған жыныстық қудалау.</li><li><b>Мүгедектігі бар адамдар.</b> Қолжетімсіз ғимараттар мен көлік, білім алу мен жұмысқа орналасудағы кедергілер, ал мүгедектігі бар әйелдер үшін — медициналық мекемелердегі қысым және қорлаушы қарым-қатынас.</li><li><b>Мигранттар.</b> Құжаттар мен тіркеуге байланысты қиындықтар, медициналық көмек пен сот төрелігіне шектеулі қолжетімділік, жұмыс берушілер тарапынан қанау және тиісті рәсімдерсіз елден шығарылу қаупі.</li><li><b>Егде жастағы адамдар мен жастар.</b> Бос жұмыс орындарындағы жас шектеулері және «сәйкес емес» жас туралы стереотиптер.</li><li><b>Этникалық және діни азшылықтар, АИТВ-мен өмір сүретін адамдар.</b> Тұрмыста, жұмыста және қызмет көрсету саласындағы алалаушылық.</li></ul>",
                            "en": "<ul><li><b>Women.</b> Discrimination in hiring and promotion, an unequal share of family care, and sexual harassment, which the law still does not prohibit.</li><li><b>People with disabilities.</b> Inaccessible buildings and transport, barriers in education and employment, and, for women with disabilities, pressure and degrading treatment in healthcare settings.</li><li><b>Migrants.</b> Difficulties with documents and registration, limited access to healthcare and justice, and the risk of exploitation by employers and of expulsion without proper procedures.</li><li><b>Older people and young people.</b> Age limits in job advertisements and stereotypes about being the “wrong” age.</li><li><b>Ethnic and religious minorities and people living with HIV.</b> Prejudice in everyday life, at work and in access to services.</li></ul>",
                        },
                    },
                    {
                        "type": "quote",
                        "quote": {
                            "ru": "Дискриминация редко выглядит как открытый запрет. Чаще это вежливый отказ, «неподходящий формат» или правило, которое никто не проверял на справедливость.",
                            "kk": "Кемсітушілік сирек жағдайда ашық тыйым түрінде көрінеді. Көбіне бұл сыпайы бас тарту, «сәйкес келмейтін формат» немесе әділдігін ешкім тексермеген ереже болып шығады.",
                            "en": "Discrimination rarely looks like an outright ban. More often it is a polite refusal, a “not the right fit”, or a rule nobody has ever checked for fairness.",
                        },
                        "attribution": {
                            "ru": "Асель Нурланова, правовой аналитик",
                            "kk": "Әсел Нұрланова, құқықтық талдаушы",
                            "en": "Asel Nurlanova, legal analyst",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Стереотипы поддерживаются и языком. Заголовки, которые подчёркивают национальность подозреваемого или называют людей с инвалидностью «больными», закрепляют предубеждения. Поэтому кампания ЦИПП предусматривает обучение не менее 40 журналистов и блогеров недискриминационному языку, а также не менее 40 юристов и правозащитников — защите от разных форм дискриминации с помощью национальных и международных инструментов.</p>",
                            "kk": "<p>Стереотиптерді тіл де қолдап отырады. Күдіктінің ұлтын алға тартатын немесе мүгедектігі бар адамдарды «науқас» деп атайтын тақырыптар алалаушылықты бекіте түседі. Сондықтан Құқықтық саясатты зерттеу орталығының науқаны кемінде 40 журналист пен блогерді кемсітпейтін тілге, ал кемінде 40 заңгер мен құқық қорғаушыны ұлттық және халықаралық құралдар арқылы кемсітушіліктің әртүрлі нысандарынан қорғауға оқытуды көздейді.</p>",
                            "en": "<p>Stereotypes are sustained by language, too. Headlines that highlight a suspect's ethnicity or describe people with disabilities as “sick” entrench prejudice. That is why LPRC's campaign includes training at least 40 journalists and bloggers in non-discriminatory language, and at least 40 lawyers and human rights defenders in protection against different forms of discrimination using national and international instruments.</p>",
                        },
                    },
                ],
            },
            # --- Chapter 4 ---------------------------------------------
            {
                "title": {
                    "ru": "Как пожаловаться: от суда до комитетов ООН",
                    "kk": "Қалай шағымдануға болады: соттан БҰҰ комитеттеріне дейін",
                    "en": "How to complain: from the courts to UN committees",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Защита начинается с доказательств. Сохраняйте переписку, приказы, объявления о вакансиях, скриншоты и имена свидетелей, записывайте даты и подробности каждого эпизода. Чем раньше вы зафиксируете факты, тем проще будет доказать, что различие в обращении связано именно с защищаемым признаком.</p>",
                            "kk": "<p>Қорғау дәлелдерден басталады. Хат алмасуды, бұйрықтарды, бос орын туралы хабарландыруларды, скриншоттарды және куәлардың аты-жөнін сақтап, әр оқиғаның күні мен мән-жайын жазып отырыңыз. Фактілерді неғұрлым ерте тіркесеңіз, өзгеше қараудың дәл қорғалатын белгіге байланысты екенін дәлелдеу соғұрлым оңай болады.</p>",
                            "en": "<p>Protection starts with evidence. Keep correspondence, orders, job advertisements, screenshots and the names of witnesses, and write down the date and details of each incident. The sooner you record the facts, the easier it will be to show that the difference in treatment was linked to a protected characteristic.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Внутри страны можно обратиться к работодателю или руководству организации, в государственную инспекцию труда, в органы прокуратуры и к Уполномоченному по правам человека. Трудовой кодекс прямо предусматривает право человека, считающего себя дискриминированным в сфере труда, обратиться в суд. Исчерпание национальных средств защиты, включая обжалование судебных решений, — обязательное условие для последующей жалобы в ООН.</p>",
                            "kk": "<p>Ел ішінде жұмыс берушіге немесе ұйым басшылығына, мемлекеттік еңбек инспекциясына, прокуратура органдарына және Адам құқықтары жөніндегі уәкілге жүгінуге болады. Еңбек кодексі еңбек саласында кемсітушілікке ұшырадым деп санайтын адамның сотқа жүгіну құқығын тікелей көздейді. Ұлттық қорғау құралдарын, соның ішінде сот шешімдеріне шағымдануды толық пайдалану — кейіннен БҰҰ-ға шағым берудің міндетті шарты.</p>",
                            "en": "<p>At home, you can turn to your employer or the organisation's management, the state labour inspectorate, the prosecutor's office and the Human Rights Commissioner. The Labour Code expressly entitles anyone who believes they have faced discrimination at work to go to court. Exhausting domestic remedies, including appeals against court decisions, is a precondition for any later complaint to the UN.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Казахстан признал компетенцию нескольких договорных органов ООН рассматривать индивидуальные жалобы. Среди них — Комитет по правам человека (по Международному пакту о гражданских и политических правах), Комитет по ликвидации дискриминации в отношении женщин, Комитет по ликвидации расовой дискриминации и Комитет против пыток. Комитеты не являются судами, но их соображения толкуют международные обязательства государства и могут содержать требования о компенсации и изменении законодательства.</p>",
                            "kk": "<p>Қазақстан БҰҰ-ның бірнеше шарттық органының жеке шағымдарды қарау құзыретін мойындаған. Олардың қатарында Адам құқықтары жөніндегі комитет (Азаматтық және саяси құқықтар туралы халықаралық пакт бойынша), Әйелдерге қатысты кемсітушілікті жою жөніндегі комитет, Нәсілдік кемсітушілікті жою жөніндегі комитет және Азаптауға қарсы комитет бар. Комитеттер сот емес, бірақ олардың пікірлері мемлекеттің халықаралық міндеттемелерін түсіндіреді және өтемақы төлеу мен заңнаманы өзгерту туралы талаптарды қамтуы мүмкін.</p>",
                            "en": "<p>Kazakhstan has accepted the competence of several UN treaty bodies to consider individual complaints. They include the Human Rights Committee (under the International Covenant on Civil and Political Rights), the Committee on the Elimination of Discrimination against Women, the Committee on the Elimination of Racial Discrimination and the Committee against Torture. The committees are not courts, but their views interpret the state's international obligations and may call for compensation and changes to legislation.</p>",
                        },
                    },
                    {
                        "type": "fact_box",
                        "title": {
                            "ru": "Прежде чем писать в комитет ООН",
                            "kk": "БҰҰ комитетіне жазбас бұрын",
                            "en": "Before writing to a UN committee",
                        },
                        "html": {
                            "ru": "<ol><li>Убедитесь, что исчерпаны все эффективные внутренние средства защиты.</li><li>Проверьте, что та же жалоба не рассматривается другой международной инстанцией.</li><li>Соблюдайте сроки: например, Комитет по ликвидации расовой дискриминации принимает сообщения в течение шести месяцев после окончательного решения внутри страны.</li><li>Изложите факты последовательно, укажите нарушенные статьи договора и приложите копии решений.</li><li>По возможности обратитесь к юристу, знакомому с практикой комитетов.</li></ol>",
                            "kk": "<ol><li>Барлық тиімді ішкі қорғау құралдарын пайдаланып болғаныңызға көз жеткізіңіз.</li><li>Дәл сол шағымды басқа халықаралық инстанцияның қарап жатпағанын тексеріңіз.</li><li>Мерзімдерді сақтаңыз: мысалы, Нәсілдік кемсітушілікті жою жөніндегі комитет хабарламаларды ел ішіндегі түпкілікті шешімнен кейін алты ай ішінде қабылдайды.</li><li>Фактілерді ретімен баяндап, шарттың бұзылған баптарын көрсетіңіз және шешімдердің көшірмелерін қоса беріңіз.</li><li>Мүмкіндігінше комитеттердің тәжірибесін білетін заңгерге жүгініңіз.</li></ol>",
                            "en": "<ol><li>Make sure all effective domestic remedies have been exhausted.</li><li>Check that the same complaint is not being examined by another international body.</li><li>Observe time limits: the Committee on the Elimination of Racial Discrimination, for example, accepts communications within six months of the final domestic decision.</li><li>Set out the facts in order, identify the treaty articles violated and attach copies of decisions.</li><li>Where possible, consult a lawyer familiar with the committees' case law.</li></ol>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Помимо договорных органов, существуют специальные процедуры Совета ООН по правам человека: специальные докладчики могут направить государству запрос по конкретному случаю, и для этого не нужно исчерпывать внутренние средства защиты. Практика использования международных механизмов в Казахстане пока слабо развита, и многие юристы не знают, как подготовить сообщение. Именно поэтому обучение адвокатов и правозащитников работе с ними — одна из задач кампании.</p>",
                            "kk": "<p>Шарттық органдардан бөлек, БҰҰ Адам құқықтары жөніндегі кеңесінің арнаулы рәсімдері де бар: арнаулы баяндамашылар нақты іс бойынша мемлекетке сұрау жолдай алады және бұл үшін ішкі қорғау құралдарын пайдаланып болу талап етілмейді. Қазақстанда халықаралық тетіктерді пайдалану тәжірибесі әлі де әлсіз дамыған, көптеген заңгерлер хабарламаны қалай дайындау керектігін білмейді. Дәл сондықтан адвокаттар мен құқық қорғаушыларды осы тетіктермен жұмыс істеуге үйрету — науқанның міндеттерінің бірі.</p>",
                            "en": "<p>Besides the treaty bodies, there are the special procedures of the UN Human Rights Council: special rapporteurs can raise an individual case with a state, and domestic remedies need not be exhausted first. The use of international mechanisms in Kazakhstan is still underdeveloped, and many lawyers do not know how to prepare a communication. That is exactly why training advocates and human rights defenders to work with these mechanisms is one of the campaign's tasks.</p>",
                        },
                    },
                ],
            },
            # --- Chapter 5 ---------------------------------------------
            {
                "title": {
                    "ru": "Что изменит антидискриминационный закон",
                    "kk": "Кемсітушілікке қарсы заң не өзгертеді",
                    "en": "What an anti-discrimination law would change",
                },
                "body": [
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Нормы о равенстве сейчас разбросаны по Конституции, кодексам и отдельным законам и не складываются в систему. Отдельный, «зонтичный» закон о запрете дискриминации собрал бы их вместе: дал бы единые определения, распространил запрет на государственный и частный сектор и установил понятные процедуры защиты. Эксперты гражданского общества готовят пакет предложений к такому законопроекту на основе анализа национального законодательства.</p>",
                            "kk": "<p>Қазір теңдік туралы нормалар Конституцияға, кодекстерге және жекелеген заңдарға шашырап орналасқан және бірыңғай жүйе құрамайды. Кемсітушілікке тыйым салу туралы дербес, «қолшатыр» заң оларды біріктірер еді: бірыңғай анықтамалар беріп, тыйымды мемлекеттік және жеке секторға таратып, қорғаудың түсінікті рәсімдерін белгілер еді. Азаматтық қоғам сарапшылары ұлттық заңнаманы талдау негізінде осындай заң жобасына ұсыныстар топтамасын әзірлеп жатыр.</p>",
                            "en": "<p>Equality provisions are currently scattered across the Constitution, codes and individual laws and do not add up to a system. A stand-alone “umbrella” law prohibiting discrimination would bring them together: it would provide uniform definitions, extend the ban to both the public and the private sector and set out clear procedures for protection. Civil society experts are preparing a package of proposals for such a bill based on an analysis of national legislation.</p>",
                        },
                    },
                    {
                        "type": "heading",
                        "text": {
                            "ru": "Ключевые элементы закона",
                            "kk": "Заңның негізгі элементтері",
                            "en": "Key elements of the law",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<ul><li>Определения прямой и косвенной дискриминации, домогательства, виктимизации, отказа в разумном приспособлении и указания дискриминировать.</li><li>Открытый перечень защищаемых признаков и признание множественной дискриминации.</li><li>Действие во всех сферах: труд, образование, здравоохранение, жильё, доступ к товарам и услугам, деятельность государственных органов.</li><li>Перераспределение бремени доказывания: если заявитель привёл факты, позволяющие предположить дискриминацию, ответчик должен доказать, что её не было.</li><li>Допустимость временных специальных мер для достижения фактического равенства.</li><li>Эффективные, соразмерные и сдерживающие санкции и право на компенсацию.</li></ul>",
                            "kk": "<ul><li>Тікелей және жанама кемсітушіліктің, қудалаудың, виктимизацияның, ақылға қонымды бейімдеуден бас тартудың және кемсітуге нұсқау берудің анықтамалары.</li><li>Қорғалатын белгілердің ашық тізбесі және бірнеше негіз бойынша кемсітушілікті мойындау.</li><li>Барлық салада қолданылуы: еңбек, білім беру, денсаулық сақтау, тұрғын үй, тауарлар мен қызметтерге қолжетімділік, мемлекеттік органдардың қызметі.</li><li>Дәлелдеу ауыртпалығын қайта бөлу: егер өтініш беруші кемсітушілік болды деп болжауға мүмкіндік беретін фактілерді келтірсе, жауап беруші оның болмағанын дәлелдеуге тиіс.</li><li>Нақты теңдікке қол жеткізу үшін уақытша арнаулы шаралардың рұқсат етілуі.</li><li>Тиімді, барабар және тежейтін санкциялар және өтемақы алу құқығы.</li></ul>",
                            "en": "<ul><li>Definitions of direct and indirect discrimination, harassment, victimisation, denial of reasonable accommodation and instruction to discriminate.</li><li>An open list of protected characteristics and recognition of multiple discrimination.</li><li>Coverage of all areas: employment, education, healthcare, housing, access to goods and services, and the conduct of public authorities.</li><li>A shift in the burden of proof: once a complainant has established facts from which discrimination may be presumed, the respondent must prove there was none.</li><li>Permission for temporary special measures to achieve substantive equality.</li><li>Effective, proportionate and dissuasive sanctions, and a right to compensation.</li></ul>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Закон сам по себе не заработает без органа, который будет следить за его исполнением. Эксперты гражданского общества предлагают создать Совет по обеспечению равенства и защите от дискриминации — специализированный независимый орган. Он должен быть доступен: обратиться в него можно было бы бесплатно и без адвоката. В международной практике такие органы рассматривают жалобы, проводят проверки, дают рекомендации, помогают пострадавшим в суде, анализируют законопроекты и исследуют масштабы дискриминации.</p>",
                            "kk": "<p>Заңның орындалуын қадағалайтын орган болмаса, заңның өзі жұмыс істемейді. Азаматтық қоғам сарапшылары Теңдікті қамтамасыз ету және кемсітушіліктен қорғау жөніндегі кеңес — мамандандырылған тәуелсіз орган құруды ұсынады. Мұндай орган қолжетімді болуы керек: оған тегін және адвокатсыз жүгінуге мүмкіндік болғаны жөн. Халықаралық тәжірибеде мұндай органдар шағымдарды қарайды, тексерулер жүргізеді, ұсынымдар береді, зардап шеккендерге сотта көмектеседі, заң жобаларын талдайды және кемсітушіліктің ауқымын зерттейді.</p>",
                            "en": "<p>A law will not work on its own without a body to oversee its implementation. Civil society experts propose establishing a Council for Ensuring Equality and Protection against Discrimination, a specialised independent body. It should be accessible, so that anyone could apply to it free of charge and without a lawyer. Internationally, such bodies consider complaints, conduct inquiries, issue recommendations, assist victims in court, review draft laws and research the scale of discrimination.</p>",
                        },
                    },
                    {
                        "type": "paragraph",
                        "html": {
                            "ru": "<p>Договорные органы ООН неоднократно рекомендовали Казахстану принять всеобъемлющее антидискриминационное законодательство. Такой закон сделал бы конституционное обещание равенства осязаемым: у человека появились бы понятные права, процедура и орган, готовый его выслушать. Кампания приглашает к обсуждению законопроекта юристов, государственные органы, бизнес и всех, кому небезразлично равенство.</p>",
                            "kk": "<p>БҰҰ-ның шарттық органдары Қазақстанға кемсітушілікке қарсы жан-жақты заңнама қабылдауды бірнеше рет ұсынған. Мұндай заң теңдік туралы конституциялық уәдені нақты ете түсер еді: адамның түсінікті құқықтары, рәсімі және оны тыңдауға дайын органы болар еді. Науқан заң жобасын талқылауға заңгерлерді, мемлекеттік органдарды, бизнесті және теңдікке бей-жай қарамайтындардың бәрін шақырады.</p>",
                            "en": "<p>UN treaty bodies have repeatedly recommended that Kazakhstan adopt comprehensive anti-discrimination legislation. Such a law would turn the constitutional promise of equality into something tangible: people would have clear rights, a procedure and a body ready to hear them. The campaign invites lawyers, state bodies, businesses and everyone who cares about equality to discuss the bill.</p>",
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
                                    "ru": "Ст. 14: равенство перед законом и судом, запрет дискриминации",
                                    "kk": "14-бап: заң мен сот алдындағы теңдік, кемсітушілікке тыйым",
                                    "en": "Art. 14: equality before the law and the courts; prohibition of discrimination",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Трудовой кодекс Республики Казахстан",
                                    "kk": "Қазақстан Республикасының Еңбек кодексі",
                                    "en": "Labour Code of the Republic of Kazakhstan",
                                },
                                "citation": {
                                    "ru": "Ст. 6: запрещение дискриминации в сфере труда",
                                    "kk": "6-бап: еңбек саласындағы кемсітушілікке тыйым салу",
                                    "en": "Art. 6: prohibition of discrimination in employment",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Международный пакт о гражданских и политических правах и Первый факультативный протокол к нему",
                                    "kk": "Азаматтық және саяси құқықтар туралы халықаралық пакт және оның Бірінші факультативтік хаттамасы",
                                    "en": "International Covenant on Civil and Political Rights and its First Optional Protocol",
                                },
                                "citation": {
                                    "ru": "1966; ст. 2 и 26 Пакта",
                                    "kk": "1966 ж.; Пакттің 2 және 26-баптары",
                                    "en": "1966; Arts. 2 and 26 of the Covenant",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Международная конвенция о ликвидации всех форм расовой дискриминации",
                                    "kk": "Нәсілдік кемсітушіліктің барлық нысандарын жою туралы халықаралық конвенция",
                                    "en": "International Convention on the Elimination of All Forms of Racial Discrimination",
                                },
                                "citation": {
                                    "ru": "1965; ст. 1 и 14",
                                    "kk": "1965 ж.; 1 және 14-баптар",
                                    "en": "1965; Arts. 1 and 14",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Конвенция о ликвидации всех форм дискриминации в отношении женщин и Факультативный протокол к ней",
                                    "kk": "Әйелдерге қатысты кемсітушіліктің барлық нысандарын жою туралы конвенция және оның Факультативтік хаттамасы",
                                    "en": "Convention on the Elimination of All Forms of Discrimination against Women and its Optional Protocol",
                                },
                                "citation": {
                                    "ru": "1979 и 1999; ст. 1 и 4 Конвенции",
                                    "kk": "1979 және 1999 жж.; Конвенцияның 1 және 4-баптары",
                                    "en": "1979 and 1999; Arts. 1 and 4 of the Convention",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Конвенция о правах инвалидов",
                                    "kk": "Мүгедектердің құқықтары туралы конвенция",
                                    "en": "Convention on the Rights of Persons with Disabilities",
                                },
                                "citation": {
                                    "ru": "2006; ст. 2 и 5; ратифицирована Казахстаном в 2015 г.",
                                    "kk": "2006 ж.; 2 және 5-баптар; Қазақстан 2015 жылы ратификациялаған",
                                    "en": "2006; Arts. 2 and 5; ratified by Kazakhstan in 2015",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Замечание общего порядка № 20 Комитета по экономическим, социальным и культурным правам",
                                    "kk": "Экономикалық, әлеуметтік және мәдени құқықтар жөніндегі комитеттің № 20 жалпы тәртіптегі ескертпесі",
                                    "en": "General Comment No. 20 of the Committee on Economic, Social and Cultural Rights",
                                },
                                "citation": {
                                    "ru": "2009; недискриминация в области экономических, социальных и культурных прав",
                                    "kk": "2009 ж.; экономикалық, әлеуметтік және мәдени құқықтар саласындағы кемсітпеушілік",
                                    "en": "2009; non-discrimination in economic, social and cultural rights",
                                },
                            },
                            {
                                "title": {
                                    "ru": "Рекомендация ЕКРН по общей политике № 2 об органах по вопросам равенства",
                                    "kk": "Нәсілшілдік пен төзімсіздікке қарсы еуропалық комиссияның (ECRI) теңдік жөніндегі органдар туралы № 2 жалпы саяси ұсынымы",
                                    "en": "ECRI General Policy Recommendation No. 2 on equality bodies",
                                },
                                "citation": {
                                    "ru": "Совет Европы, 1997, новая редакция 2017 г.",
                                    "kk": "Еуропа Кеңесі, 1997, 2017 жылғы жаңа редакция",
                                    "en": "Council of Europe, 1997, revised 2017",
                                },
                            },
                        ],
                    },
                ],
            },
        ],
    },
]
