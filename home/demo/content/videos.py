"""Demo content: education video clips (anti-harassment project, two clips)."""

VIDEOS = [
    {
        "key": "what-is-sexual-harassment",
        "campaign": "anti-harassment-law",
        "topics": ["harassment", "gender-equality"],
        "date": "2021-03-10",
        "title": {
            "ru": "Что такое сексуальное домогательство — и чем оно не является",
            "kk": "Жыныстық қудалау дегеніміз не және оған не жатпайды",
            "en": "What is sexual harassment — and what it is not",
        },
        "summary": {
            "ru": "Короткий обучающий ролик: как отличить домогательство от взаимной симпатии, как оно выглядит на работе и на улице и что делать, если это случилось с вами или с коллегой.",
            "kk": "Қысқа оқыту роликі: қудалауды өзара ықыластан қалай ажыратуға болады, ол жұмыста және көшеде қалай көрінеді, ал бұл сіздің немесе әріптесіңіздің басына түссе, не істеу керек.",
            "en": "A short educational clip: how to tell harassment apart from mutual attraction, what it looks like at work and in the street, and what to do if it happens to you or a colleague.",
        },
        "video_url": "https://www.youtube.com/watch?v=tendikdemo1",
        "duration_seconds": 154,
        "transcript": {
            "ru": (
                "<p>Сексуальное домогательство — это нежелательное поведение сексуального характера, которое унижает или пугает человека либо создаёт враждебную обстановку. Главное слово здесь — «нежелательное»: важно не только то, что имел в виду тот, кто это делает, но и то, как это воспринимает другой человек.</p>"
                "<p>На работе это могут быть непрошеные прикосновения, сальные шутки и комментарии о внешности, настойчивые приглашения на свидание после ясного отказа, откровенные сообщения в мессенджерах. Особенно опасно, когда за домогательством стоит власть: руководитель намекает, что от «сговорчивости» зависят премия, продление контракта или повышение.</p>"
                "<p>В общественных местах домогательство — это свист и непристойные выкрики вслед, намеренные прикосновения в переполненном автобусе, преследование на улице, навязчивые сообщения и звонки от незнакомца или бывшего партнёра. Пострадавшие часто молчат, потому что боятся, что виноватыми сделают их самих.</p>"
                "<p>А что домогательством не является? Взаимный флирт, отношения взрослых людей по обоюдному согласию, уважительный комплимент без сексуального подтекста, деловое замечание о качестве работы. Граница проходит там, где нет согласия: человек сказал «нет» или ясно дал понять, что ему неприятно, а поведение продолжается.</p>"
                "<p>Что делать, если это случилось с вами? Во-первых, фиксируйте: записывайте дату, время, место и сказанные слова, сохраняйте сообщения и скриншоты, запоминайте свидетелей. Во-вторых, расскажите человеку, которому доверяете, — коллеге, другу, родственнику: вы не одни, и поддержка придаёт сил.</p>"
                "<p>В-третьих, если это произошло на работе, подайте письменную жалобу работодателю или в кадровую службу и сохраните копию. В-четвёртых, обратитесь за юридической помощью — к адвокату, в правозащитную организацию или кризисный центр. Если вам угрожают или применяют силу, звоните в полицию по номеру 102.</p>"
                "<p>Сегодня в Казахстане нет закона, который прямо запрещал бы сексуальные домогательства на работе и в общественных местах. Центр исследования правовой политики добивается, чтобы такой запрет появился. Домогательство — не комплимент и не «мелочь», а нарушение прав человека.</p>"
            ),
            "kk": (
                "<p>Жыныстық қудалау — адамды қорлайтын, қорқытатын немесе дұшпандық ахуал тудыратын, жыныстық сипаттағы қалаусыз мінез-құлық. Мұндағы басты сөз — «қалаусыз»: оны жасаған адамның не ойлағаны ғана емес, екінші адамның мұны қалай қабылдайтыны да маңызды.</p>"
                "<p>Жұмыста бұл рұқсатсыз қол тигізу, анайы әзілдер мен сыртқы келбет туралы орынсыз пікірлер, анық бас тартқаннан кейін де кездесуге қайта-қайта шақыру, мессенджерлердегі әдепсіз хабарламалар болуы мүмкін. Қудалаудың артында билік тұрса, бұл әсіресе қауіпті: басшы сыйақы, келісімшартты ұзарту немесе қызметте өсу адамның «көнгіштігіне» байланысты екенін тұспалдайды.</p>"
                "<p>Қоғамдық орындарда қудалау — адамның артынан ысқырып, әдепсіз сөз айқайлау, лық толы автобуста әдейі жанасу, көшеде соңынан қалмай еру, бейтаныс адамның немесе бұрынғы серігінің мазасыз хабарламалары мен қоңыраулары. Зардап шеккендер көбіне үндемейді, өйткені кінәні өздеріне артады деп қорқады.</p>"
                "<p>Ал қудалауға не жатпайды? Өзара флирт, ересектердің өзара келісімге негізделген қарым-қатынасы, жыныстық астары жоқ сыпайы мақтау, жұмыс сапасы туралы іскерлік ескерту. Келісім жоқ жерде шекара бұзылады: адам «жоқ» деді немесе өзіне жағымсыз екенін анық білдірді, ал әлгі мінез-құлық тоқтамай жалғаса береді.</p>"
                "<p>Бұл сіздің басыңызға түссе, не істеу керек? Біріншіден, бәрін тіркеп отырыңыз: күнін, уақытын, орнын және айтылған сөздерді жазып алыңыз, хабарламалар мен скриншоттарды сақтаңыз, куәлерді есте сақтаңыз. Екіншіден, өзіңіз сенетін адамға — әріптесіңізге, досыңызға, туысыңызға айтыңыз: сіз жалғыз емессіз, ал қолдау күш береді.</p>"
                "<p>Үшіншіден, егер бұл жұмыста болса, жұмыс берушіге немесе кадр қызметіне жазбаша шағым беріңіз де, оның көшірмесін сақтап қойыңыз. Төртіншіден, заң көмегіне жүгініңіз — адвокатқа, құқық қорғау ұйымына немесе дағдарыс орталығына. Егер сізге қоқан-лоқы жасалса немесе күш қолданылса, 102 нөмірі бойынша полицияға қоңырау шалыңыз.</p>"
                "<p>Бүгінде Қазақстанда жұмыс орнында және қоғамдық орындарда жыныстық қудалауға тікелей тыйым салатын заң жоқ. Құқықтық саясатты зерттеу орталығы осындай тыйымның енгізілуіне қол жеткізу үшін жұмыс істеп келеді. Қудалау — мақтау да, «түкке тұрмайтын нәрсе» де емес, ол — адам құқықтарының бұзылуы.</p>"
            ),
            "en": (
                "<p>Sexual harassment is unwanted behaviour of a sexual nature that humiliates or frightens a person or creates a hostile environment. The key word is “unwanted”: what matters is not only what the other person meant, but also how it is experienced by the one on the receiving end.</p>"
                "<p>At work, it can be uninvited touching, lewd jokes and remarks about someone’s appearance, repeated requests for a date after a clear no, or explicit messages in chat apps. It is especially dangerous when power is behind it: a manager hints that a bonus, a contract renewal or a promotion depends on being “accommodating”.</p>"
                "<p>In public spaces, harassment means whistling and obscene shouts, deliberate groping in a crowded bus, following someone down the street, or persistent messages and calls from a stranger or an ex-partner. People who experience it often stay silent because they fear they will be the ones blamed.</p>"
                "<p>So what is not harassment? Mutual flirting, a relationship between consenting adults, a respectful compliment with no sexual undertone, or a businesslike comment on the quality of someone’s work. The line is crossed where there is no consent: a person has said “no” or made it clear they are uncomfortable, and the behaviour goes on.</p>"
                "<p>What should you do if it happens to you? First, keep a record: write down the date, time, place and the words used, save messages and screenshots, and note who witnessed it. Second, tell someone you trust — a colleague, a friend or a relative: you are not alone, and support gives you strength.</p>"
                "<p>Third, if it happened at work, file a written complaint with your employer or HR department and keep a copy. Fourth, seek legal help from a lawyer, a human rights organisation or a crisis centre. If you are being threatened or force is used against you, call the police on 102.</p>"
                "<p>Today, Kazakhstan has no law that explicitly prohibits sexual harassment at work and in public spaces. The Legal Policy Research Centre is working to have such a ban introduced. Harassment is not a compliment and not a “trifle” — it is a violation of human rights.</p>"
            ),
        },
        "captions": [
            {
                "start": "00:00:00.000",
                "end": "00:00:11.000",
                "text": {
                    "ru": "Домогательство — нежелательное поведение сексуального характера.",
                    "kk": "Жыныстық қудалау — жыныстық сипаттағы қалаусыз мінез-құлық.",
                    "en": "Sexual harassment is unwanted behaviour of a sexual nature.",
                },
            },
            {
                "start": "00:00:11.000",
                "end": "00:00:22.000",
                "text": {
                    "ru": "Важно и то, как это воспринимает другой человек.",
                    "kk": "Екінші адамның мұны қалай қабылдайтыны да маңызды.",
                    "en": "How the other person experiences it matters too.",
                },
            },
            {
                "start": "00:00:22.000",
                "end": "00:00:35.000",
                "text": {
                    "ru": "На работе: непрошеные прикосновения, сальные шутки, откровенные сообщения.",
                    "kk": "Жұмыста: рұқсатсыз қол тигізу, анайы әзілдер, әдепсіз хабарламалар.",
                    "en": "At work: uninvited touching, lewd jokes, explicit messages.",
                },
            },
            {
                "start": "00:00:35.000",
                "end": "00:00:47.000",
                "text": {
                    "ru": "Особенно опасно, когда от «сговорчивости» зависят премия или повышение.",
                    "kk": "Сыйақы не қызметте өсу «көнгіштікке» байланысты болса, бұл аса қауіпті.",
                    "en": "It is worse when a bonus or promotion depends on being “accommodating”.",
                },
            },
            {
                "start": "00:00:47.000",
                "end": "00:01:00.000",
                "text": {
                    "ru": "На улице: непристойные выкрики, прикосновения в транспорте, преследование.",
                    "kk": "Көшеде: әдепсіз айқай, көліктегі жанасу, соңынан қалмай еру.",
                    "en": "In public: obscene shouts, groping on transport, being followed.",
                },
            },
            {
                "start": "00:01:00.000",
                "end": "00:01:13.000",
                "text": {
                    "ru": "Взаимный флирт и отношения по согласию — это не домогательство.",
                    "kk": "Өзара флирт пен келісімге негізделген қарым-қатынас қудалау емес.",
                    "en": "Mutual flirting and consensual relationships are not harassment.",
                },
            },
            {
                "start": "00:01:13.000",
                "end": "00:01:25.000",
                "text": {
                    "ru": "Граница — там, где человек сказал «нет», а поведение продолжается.",
                    "kk": "Адам «жоқ» деді, ал мінез-құлық жалғаса берсе — шекара бұзылды.",
                    "en": "The line is crossed when someone says “no” and it carries on.",
                },
            },
            {
                "start": "00:01:25.000",
                "end": "00:01:37.000",
                "text": {
                    "ru": "Фиксируйте: дата, время, место, слова, скриншоты, свидетели.",
                    "kk": "Бәрін тіркеңіз: күні, уақыты, орны, сөздер, скриншоттар, куәлер.",
                    "en": "Keep a record: date, time, place, words, screenshots, witnesses.",
                },
            },
            {
                "start": "00:01:37.000",
                "end": "00:01:50.000",
                "text": {
                    "ru": "Расскажите тому, кому доверяете, и подайте жалобу работодателю.",
                    "kk": "Сенетін адамға айтыңыз, жұмыс берушіге шағым беріңіз.",
                    "en": "Tell someone you trust and file a complaint with your employer.",
                },
            },
            {
                "start": "00:01:50.000",
                "end": "00:02:04.000",
                "text": {
                    "ru": "Ищите юридическую помощь, а при угрозах звоните в полицию: 102.",
                    "kk": "Заң көмегіне жүгініңіз, ал қоқан-лоқы болса, 102-ге қоңырау шалыңыз.",
                    "en": "Seek legal help, and if you are threatened, call the police on 102.",
                },
            },
            {
                "start": "00:02:04.000",
                "end": "00:02:20.000",
                "text": {
                    "ru": "В Казахстане пока нет закона, прямо запрещающего домогательства.",
                    "kk": "Қазақстанда қудалауға тікелей тыйым салатын заң әлі жоқ.",
                    "en": "Kazakhstan still has no law explicitly banning harassment.",
                },
            },
            {
                "start": "00:02:20.000",
                "end": "00:02:33.500",
                "text": {
                    "ru": "Домогательство — не «мелочь», а нарушение прав человека.",
                    "kk": "Қудалау — «түкке тұрмайтын нәрсе» емес, адам құқықтарының бұзылуы.",
                    "en": "Harassment is no “trifle”: it is a human rights violation.",
                },
            },
        ],
    },
    {
        "key": "employer-anti-harassment-policy-five-steps",
        "campaign": "anti-harassment-law",
        "topics": ["harassment", "business-and-human-rights"],
        "date": "2021-09-20",
        "title": {
            "ru": "Пять шагов для работодателя: политика против домогательств",
            "kk": "Жұмыс берушіге арналған бес қадам: қудалауға қарсы саясат",
            "en": "Five steps for an employer: a policy against harassment",
        },
        "summary": {
            "ru": "Что должно быть в корпоративной политике против сексуальных домогательств: чёткие определения, каналы для жалоб, конфиденциальность, честное расследование, защита от преследования и регулярное обучение.",
            "kk": "Жыныстық қудалауға қарсы корпоративтік саясатта не болуы керек: нақты анықтамалар, шағым беру арналары, құпиялылық, әділ тексеру, қысымнан қорғау және тұрақты оқыту.",
            "en": "What a corporate policy against sexual harassment should contain: clear definitions, reporting channels, confidentiality, a fair investigation, protection from retaliation and regular training.",
        },
        "video_url": "https://vimeo.com/900000001",
        "duration_seconds": 198,
        "transcript": {
            "ru": (
                "<p>Каждый человек имеет право на мир труда, свободный от насилия и домогательств, — так говорит Конвенция МОТ № 190, принятая в 2019 году. Пока в Казахстане нет прямого запрета в законе, многое зависит от самого работодателя. Внутренняя политика задаёт понятные правила для всех — от стажёра до директора. Вот пять шагов, с которых стоит начать.</p>"
                "<p><b>Шаг первый — определения.</b> Политика должна ясно объяснять, что такое сексуальное домогательство, дискриминация и злоупотребление властью, и приводить примеры: от непристойных шуток и сообщений до давления со стороны руководителя. Стоит отдельно указать, что правила действуют и на корпоративных мероприятиях, в командировках и в рабочих чатах.</p>"
                "<p><b>Шаг второй — каналы для обращений и конфиденциальность.</b> У работника должно быть несколько способов сообщить о проблеме: ответственный сотрудник, телефон доверия, электронная почта, а если обидчик — его непосредственный начальник, то возможность обратиться напрямую к вышестоящему руководству. Имя заявителя и подробности дела знают только те, кто ведёт проверку.</p>"
                "<p><b>Шаг третий — расследование.</b> Каждая жалоба проверяется быстро, беспристрастно и в установленные сроки. Выслушивают обе стороны и свидетелей, изучают доказательства, а итог оформляют письменно. Если факт домогательства подтвердился, политика предусматривает меры — от предупреждения до увольнения в порядке, установленном трудовым законодательством.</p>"
                "<p><b>Шаг четвёртый — защита от преследования.</b> Человек, который пожаловался или дал показания, не должен лишиться работы, премии или места в проекте. Любая месть заявителю или свидетелю считается отдельным нарушением политики. На время проверки пострадавшего можно, с его согласия, перевести в другой отдел или изменить ему график, чтобы он не пересекался с обидчиком.</p>"
                "<p><b>Шаг пятый — обучение.</b> Правила работают, только если их знают. Регулярные тренинги для сотрудников и отдельные занятия для руководителей помогают распознать домогательство, вовремя вмешаться и правильно принять жалобу. Саму политику стоит пересматривать и обновлять с учётом первого опыта её применения.</p>"
                "<p>Центр исследования правовой политики подготовил типовую корпоративную политику о недискриминации, противодействии сексуальным домогательствам и злоупотреблению властью и обсуждает её с компаниями и университетами Казахстана. Безопасная рабочая среда — это не только забота о людях, но и основа доверия к работодателю.</p>"
            ),
            "kk": (
                "<p>Әркімнің зорлық-зомбылық пен қудалаудан азат еңбек әлеміне құқығы бар — 2019 жылы қабылданған ХЕҰ-ның № 190 конвенциясында осылай делінген. Қазақстанда заңда тікелей тыйым әзірге болмағандықтан, көп нәрсе жұмыс берушінің өзіне байланысты. Ішкі саясат тағылымдамашыдан бастап директорға дейін барлығына түсінікті ережелер белгілейді. Міне, бастау үшін бес қадам.</p>"
                "<p><b>Бірінші қадам — анықтамалар.</b> Саясат жыныстық қудалау, кемсітушілік және билікті теріс пайдалану деген не екенін анық түсіндіріп, мысалдар келтіруі тиіс: әдепсіз әзілдер мен хабарламалардан бастап басшының қысымына дейін. Бұл ережелер корпоративтік іс-шараларда, іссапарларда және жұмыс чаттарында да қолданылатынын жеке атап көрсеткен жөн.</p>"
                "<p><b>Екінші қадам — хабарлау арналары және құпиялылық.</b> Қызметкердің мәселе туралы хабарлаудың бірнеше жолы болуы керек: жауапты қызметкер, сенім телефоны, электрондық пошта, ал қудалаушы оның тікелей басшысы болса, жоғары тұрған басшылыққа тікелей жүгіну мүмкіндігі. Шағым берушінің аты мен істің мән-жайын тексеру жүргізетін адамдар ғана біледі.</p>"
                "<p><b>Үшінші қадам — тексеру.</b> Әрбір шағым жедел, бейтарап әрі белгіленген мерзімде тексеріледі. Екі тарап та, куәлер де тыңдалады, дәлелдер зерделенеді, ал қорытынды жазбаша ресімделеді. Қудалау фактісі расталса, саясат ескертуден бастап еңбек заңнамасында белгіленген тәртіппен жұмыстан шығаруға дейінгі шараларды көздейді.</p>"
                "<p><b>Төртінші қадам — қысым көрсетуден қорғау.</b> Шағым берген немесе айғақ берген адам жұмысынан, сыйақысынан не жобадағы орнынан айырылмауы тиіс. Шағым берушіден немесе куәден кек алудың кез келген түрі саясатқа қайшы жеке бұзушылық деп саналады. Тексеру кезінде зардап шеккен адамды өз келісімімен басқа бөлімге ауыстыруға немесе қудалаушымен кездеспейтіндей етіп оның жұмыс кестесін өзгертуге болады.</p>"
                "<p><b>Бесінші қадам — оқыту.</b> Ережелер оларды білгенде ғана жұмыс істейді. Қызметкерлерге арналған тұрақты тренингтер мен басшыларға арналған жеке сабақтар қудалауды тануға, уақытында араласуға және шағымды дұрыс қабылдауға көмектеседі. Саясаттың өзін оны қолданудың алғашқы тәжірибесін ескере отырып қайта қарап, жаңартып отырған жөн.</p>"
                "<p>Құқықтық саясатты зерттеу орталығы кемсітпеушілік, жыныстық қудалауға және билікті теріс пайдалануға қарсы іс-қимыл туралы үлгілік корпоративтік саясат әзірлеп, оны Қазақстанның компаниялары мен университеттерімен талқылап жүр. Қауіпсіз жұмыс ортасы — адамдарға деген қамқорлық қана емес, жұмыс берушіге деген сенімнің де негізі.</p>"
            ),
            "en": (
                "<p>Everyone has the right to a world of work free from violence and harassment — this is what ILO Convention No. 190, adopted in 2019, says. While Kazakhstan’s law contains no direct ban, a great deal depends on the employer. An internal policy sets clear rules for everyone, from intern to director. Here are five steps to get started.</p>"
                "<p><b>Step one: definitions.</b> The policy should explain clearly what sexual harassment, discrimination and abuse of authority are, and give examples, from obscene jokes and messages to pressure from a manager. It is worth stating explicitly that the rules also apply at corporate events, on business trips and in work chats.</p>"
                "<p><b>Step two: reporting channels and confidentiality.</b> Employees need several ways to raise a concern: a designated officer, a hotline, an email address and, if the harasser is their own line manager, direct access to senior management. The complainant’s name and the details of the case are known only to those handling the inquiry.</p>"
                "<p><b>Step three: investigation.</b> Every complaint is looked into promptly, impartially and within set deadlines. Both sides and any witnesses are heard, the evidence is examined and the outcome is recorded in writing. If harassment is confirmed, the policy provides for measures ranging from a warning to dismissal in the manner set by labour legislation.</p>"
                "<p><b>Step four: protection from retaliation.</b> A person who has complained or given evidence must not lose their job, bonus or place on a project. Any retaliation against a complainant or witness counts as a separate breach of the policy. During the inquiry, the affected person may, with their consent, be moved to another department or given a different schedule so they do not cross paths with the harasser.</p>"
                "<p><b>Step five: training.</b> Rules only work when people know them. Regular training for staff and separate sessions for managers help people recognise harassment, step in early and handle a complaint properly. The policy itself should be reviewed and updated in light of early experience with applying it.</p>"
                "<p>The Legal Policy Research Centre has drafted a model corporate policy on non-discrimination, combating sexual harassment and abuse of authority, and is discussing it with companies and universities in Kazakhstan. A safe workplace is not only about caring for people; it is also the foundation of trust in an employer.</p>"
            ),
        },
        "captions": [
            {
                "start": "00:00:00.000",
                "end": "00:00:14.000",
                "text": {
                    "ru": "Каждый имеет право на работу без насилия и домогательств.",
                    "kk": "Әркімнің зорлық-зомбылық пен қудалаусыз еңбек етуге құқығы бар.",
                    "en": "Everyone has the right to work free from violence and harassment.",
                },
            },
            {
                "start": "00:00:14.000",
                "end": "00:00:28.000",
                "text": {
                    "ru": "Пока прямого запрета в законе нет, многое зависит от работодателя.",
                    "kk": "Заңда тікелей тыйым болмағандықтан, көп нәрсе жұмыс берушіге байланысты.",
                    "en": "Without a direct legal ban, much depends on the employer.",
                },
            },
            {
                "start": "00:00:28.000",
                "end": "00:00:44.000",
                "text": {
                    "ru": "Шаг 1. Определения: что такое домогательство и злоупотребление властью.",
                    "kk": "1-қадам. Анықтамалар: қудалау және билікті теріс пайдалану деген не.",
                    "en": "Step 1. Definitions: what harassment and abuse of authority mean.",
                },
            },
            {
                "start": "00:00:44.000",
                "end": "00:00:58.000",
                "text": {
                    "ru": "Правила действуют и в командировках, и в рабочих чатах.",
                    "kk": "Ережелер іссапарларда да, жұмыс чаттарында да қолданылады.",
                    "en": "The rules also apply on business trips and in work chats.",
                },
            },
            {
                "start": "00:00:58.000",
                "end": "00:01:14.000",
                "text": {
                    "ru": "Шаг 2. Несколько каналов для жалоб, в том числе в обход начальника.",
                    "kk": "2-қадам. Шағымның бірнеше арнасы, оның ішінде басшыны айналып өтетін жол.",
                    "en": "Step 2. Several reporting channels, including one that bypasses your manager.",
                },
            },
            {
                "start": "00:01:14.000",
                "end": "00:01:28.000",
                "text": {
                    "ru": "Имя заявителя и детали дела остаются конфиденциальными.",
                    "kk": "Шағым берушінің аты мен істің мән-жайы құпия сақталады.",
                    "en": "The complainant’s name and case details stay confidential.",
                },
            },
            {
                "start": "00:01:28.000",
                "end": "00:01:44.000",
                "text": {
                    "ru": "Шаг 3. Быстрое и беспристрастное расследование каждой жалобы.",
                    "kk": "3-қадам. Әрбір шағымды жедел әрі бейтарап тексеру.",
                    "en": "Step 3. A prompt and impartial investigation of every complaint.",
                },
            },
            {
                "start": "00:01:44.000",
                "end": "00:01:58.000",
                "text": {
                    "ru": "Выслушивают обе стороны, итог фиксируют письменно.",
                    "kk": "Екі тарап та тыңдалады, қорытынды жазбаша ресімделеді.",
                    "en": "Both sides are heard and the outcome is put in writing.",
                },
            },
            {
                "start": "00:01:58.000",
                "end": "00:02:16.000",
                "text": {
                    "ru": "Шаг 4. Никакой мести тем, кто пожаловался или дал показания.",
                    "kk": "4-қадам. Шағымданған не айғақ берген адамнан кек алуға жол жоқ.",
                    "en": "Step 4. No retaliation against those who complain or give evidence.",
                },
            },
            {
                "start": "00:02:16.000",
                "end": "00:02:36.000",
                "text": {
                    "ru": "Шаг 5. Регулярное обучение сотрудников и руководителей.",
                    "kk": "5-қадам. Қызметкерлер мен басшыларды тұрақты оқыту.",
                    "en": "Step 5. Regular training for staff and managers.",
                },
            },
            {
                "start": "00:02:36.000",
                "end": "00:02:56.000",
                "text": {
                    "ru": "Правила работают, только если их знают все.",
                    "kk": "Ережелерді бәрі білгенде ғана олар жұмыс істейді.",
                    "en": "Rules only work when everyone knows them.",
                },
            },
            {
                "start": "00:02:56.000",
                "end": "00:03:17.500",
                "text": {
                    "ru": "Безопасная работа — основа доверия к работодателю.",
                    "kk": "Қауіпсіз жұмыс ортасы — жұмыс берушіге сенімнің негізі.",
                    "en": "A safe workplace builds trust in the employer.",
                },
            },
        ],
    },
]
