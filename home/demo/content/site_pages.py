"""The site's own pages, linked from its footer: about us, contacts and the privacy policy
(standard pages right below each home page; demo content, see FORMAT.md).

The privacy policy says what the hub really keeps of a petition signer (campaigns/models/petition.py
Signature, campaigns/signing.py, outbox/) with the default settings: SIGNATURE_RETENTION_DAYS
180, links valid 7 days, exports kept SIGNATURE_EXPORT_DAYS 7, sent-email records
OUTBOX_SENT_RETENTION_DAYS 30. Change the texts if those settings change. The contact address
is a placeholder at the reserved example.kz domain, like the demo signers': the NGO puts its own.
"""

ABOUT = {
    "key": "about",
    "title": {"ru": "О нас", "kk": "Біз туралы", "en": "About us"},
    "summary": {
        "ru": (
            "«Теңдік» — открытая площадка Центра исследования правовой политики о равенстве, "
            "недискриминации и верховенстве права в Казахстане."
        ),
        "kk": (
            "«Теңдік» — Құқықтық саясатты зерттеу орталығының Қазақстандағы теңдік, "
            "кемсітушілікке жол бермеу және құқық үстемдігі туралы ашық алаңы."
        ),
        "en": (
            "Tendik is the Legal Policy Research Centre's open platform on equality, "
            "non-discrimination and the rule of law in Kazakhstan."
        ),
    },
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Площадку ведёт Центр исследования правовой политики (ЦИПП) — "
                    "казахстанская некоммерческая исследовательская организация, которая "
                    "работает над правовыми реформами, верховенством права и правами "
                    "человека.</p>"
                ),
                "kk": (
                    "<p>Алаңды Құқықтық саясатты зерттеу орталығы жүргізеді. Бұл — құқықтық "
                    "реформалар, құқық үстемдігі және адам құқықтары бағытында жұмыс істейтін "
                    "қазақстандық коммерциялық емес зерттеу ұйымы.</p>"
                ),
                "en": (
                    "<p>The platform is run by the Legal Policy Research Centre (LPRC), a "
                    "Kazakhstani non-profit research organisation working on legal reform, the "
                    "rule of law and human rights.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {"ru": "Что мы делаем", "kk": "Не істейміз", "en": "What we do"},
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Здесь собраны материалы проектов центра и его партнёров:</p>"
                    "<ul><li>аналитические статьи и лонгриды о законодательстве и "
                    "правоприменении;</li>"
                    "<li>просветительские видео с расшифровками на трёх языках;</li>"
                    "<li>кампании с их целями, мероприятиями и показателями результатов;</li>"
                    "<li>петиции, которые можно подписать онлайн.</li></ul>"
                ),
                "kk": (
                    "<p>Мұнда орталық пен оның серіктестері жобаларының материалдары "
                    "жинақталған:</p>"
                    "<ul><li>заңнама мен құқық қолдану практикасы туралы талдамалық мақалалар "
                    "мен лонгридтер;</li>"
                    "<li>үш тілдегі мәтіндері бар ағартушылық бейнероликтер;</li>"
                    "<li>мақсаттары, іс-шаралары мен нәтиже көрсеткіштері берілген "
                    "науқандар;</li>"
                    "<li>онлайн қол қоюға болатын петициялар.</li></ul>"
                ),
                "en": (
                    "<p>Here you will find the materials of the Centre's projects and those of "
                    "its partners:</p>"
                    "<ul><li>analytical articles and long reads on legislation and how it is "
                    "applied;</li>"
                    "<li>educational videos with transcripts in three languages;</li>"
                    "<li>campaigns, with their goals, activities and results indicators;</li>"
                    "<li>petitions you can sign online.</li></ul>"
                ),
            },
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Мы добиваемся принятия отдельного антидискриминационного закона и "
                    "запрета сексуальных домогательств, защищаем права мигрантов и выступаем за "
                    "участие гражданского общества в правовой политике, в том числе в "
                    "обсуждении Концепции правовой политики до 2030 года.</p>"
                ),
                "kk": (
                    "<p>Біз кемсітушілікке қарсы дербес заңның қабылдануына және жыныстық "
                    "қудалауға тыйым салынуына күш саламыз, мигранттардың құқықтарын қорғаймыз, "
                    "азаматтық қоғамның құқықтық саясатқа, соның ішінде 2030 жылға дейінгі "
                    "Құқықтық саясат тұжырымдамасын талқылауға қатысуын жақтаймыз.</p>"
                ),
                "en": (
                    "<p>We work for a stand-alone anti-discrimination law and a ban on sexual "
                    "harassment, defend the rights of migrants and stand for the participation of "
                    "civil society in legal policy, including the discussion of the Legal Policy "
                    "Concept to 2030.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "ru": "Кто нас поддерживает",
                "kk": "Бізді кім қолдайды",
                "en": "Who supports us",
            },
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Наши проекты поддерживали Канадский фонд местных инициатив, "
                    "Министерство иностранных дел, по делам Содружества и развития "
                    "Великобритании, Представительство Европейского союза в Республике Казахстан "
                    "и Инициатива Spotlight ПРООН в Центральной Азии. Мы работаем вместе с "
                    "Международной комиссией юристов и Казахстанским международным бюро по "
                    "правам человека и соблюдению законности.</p>"
                ),
                "kk": (
                    "<p>Жобаларымызды Канаданың жергілікті бастамалар қоры, Ұлыбританияның "
                    "Сыртқы істер, Достастық және даму істері министрлігі, Еуропалық Одақтың "
                    "Қазақстан Республикасындағы өкілдігі және БҰҰДБ-ның Орталық Азиядағы "
                    "Spotlight бастамасы қолдады. Біз Халықаралық заңгерлер комиссиясымен және "
                    "Адам құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық "
                    "бюросымен бірге жұмыс істейміз.</p>"
                ),
                "en": (
                    "<p>Our projects have been supported by the Canada Fund for Local "
                    "Initiatives, the UK Foreign, Commonwealth &amp; Development Office, the "
                    "Delegation of the European Union to Kazakhstan and the UNDP Spotlight "
                    "Initiative in Central Asia. We work together with the International "
                    "Commission of Jurists and the Kazakhstan International Bureau for Human "
                    "Rights and Rule of Law.</p>"
                ),
            },
        },
    ],
}

CONTACTS = {
    "key": "contacts",
    "title": {"ru": "Контакты", "kk": "Байланыс", "en": "Contacts"},
    "summary": {
        "ru": "Как связаться с командой «Теңдік» и Центром исследования правовой политики.",
        "kk": "«Теңдік» командасымен және Құқықтық саясатты зерттеу орталығымен байланыс.",
        "en": "How to reach the Tendik team and the Legal Policy Research Centre.",
    },
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Пишите нам на русском, казахском или английском языке: о материалах "
                    "сайта, о сотрудничестве, о ваших подписях и данных.</p>"
                ),
                "kk": (
                    "<p>Бізге орыс, қазақ немесе ағылшын тілінде жазыңыз: сайттағы материалдар, "
                    "ынтымақтастық, қолыңыз бен деректеріңіз туралы.</p>"
                ),
                "en": (
                    "<p>Write to us in Russian, Kazakh or English: about the materials on the "
                    "site, about working together, about your signatures and your data.</p>"
                ),
            },
        },
        {
            "type": "fact_box",
            "title": {
                "ru": "Как с нами связаться",
                "kk": "Бізбен байланыс",
                "en": "How to reach us",
            },
            "html": {
                "ru": (
                    "<p>Электронная почта: info@example.kz</p>"
                    "<p>Сайт центра: lprc.kz</p>"
                    "<p>Город: Алматы, Казахстан</p>"
                ),
                "kk": (
                    "<p>Электрондық пошта: info@example.kz</p>"
                    "<p>Орталықтың сайты: lprc.kz</p>"
                    "<p>Қала: Алматы, Қазақстан</p>"
                ),
                "en": (
                    "<p>Email: info@example.kz</p>"
                    "<p>The Centre's website: lprc.kz</p>"
                    "<p>City: Almaty, Kazakhstan</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "ru": "Подписи под петициями",
                "kk": "Петициялардағы қолдар",
                "en": "Petition signatures",
            },
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Отозвать подпись можно по ссылке из письма, которое пришло после "
                    "подписания. Если подпись ещё не подтверждена, а письмо потерялось, "
                    "подпишите петицию ещё раз с тем же адресом: придёт новое письмо. В "
                    "остальных случаях напишите нам с этого адреса.</p>"
                ),
                "kk": (
                    "<p>Қолыңызды қол қойғаннан кейін келген хаттағы сілтеме арқылы "
                    "қайтарып алуға болады. Қолыңыз әлі расталмаса және хат жоғалып кетсе, "
                    "петицияға сол мекенжаймен қайта қол қойыңыз: жаңа хат келеді. Басқа "
                    "жағдайларда бізге сол мекенжайдан жазыңыз.</p>"
                ),
                "en": (
                    "<p>You can withdraw your signature with the link in the email you received "
                    "after signing. If your signature is not confirmed yet and the email is lost, "
                    "sign the petition again with the same address: a new email will arrive. "
                    "Otherwise, write to us from that address.</p>"
                ),
            },
        },
    ],
}

PRIVACY = {
    "key": "privacy",
    "title": {
        "ru": "Политика конфиденциальности",
        "kk": "Құпиялылық саясаты",
        "en": "Privacy policy",
    },
    "summary": {
        "ru": (
            "Какие данные хранит «Теңдік», когда вы подписываете петицию, зачем, как долго и как "
            "их удалить."
        ),
        "kk": (
            "Петицияға қол қойғанда «Теңдік» қандай деректерді сақтайды, не үшін, қанша уақыт "
            "және оларды қалай жоюға болады."
        ),
        "en": (
            "What Tendik keeps when you sign a petition, why, for how long, and how to have it "
            "deleted."
        ),
    },
    "body": [
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Площадку «Теңдік» ведёт Центр исследования правовой политики. Он "
                    "отвечает за персональные данные, которые вы оставляете на сайте, и "
                    "обрабатывает их в соответствии с Законом Республики Казахстан «О "
                    "персональных данных и их защите».</p>"
                ),
                "kk": (
                    "<p>«Теңдік» алаңын Құқықтық саясатты зерттеу орталығы жүргізеді. Орталық "
                    "сайтта қалдырған дербес деректеріңізге жауап береді және оларды «Дербес "
                    "деректер және оларды қорғау туралы» Қазақстан Республикасының Заңына "
                    "сәйкес өңдейді.</p>"
                ),
                "en": (
                    "<p>The Tendik platform is run by the Legal Policy Research Centre. The "
                    "Centre is responsible for the personal data you leave on the site and "
                    "processes it in accordance with the Law of the Republic of Kazakhstan “On "
                    "Personal Data and Their Protection”.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {"ru": "Чтение сайта", "kk": "Сайтты оқу", "en": "Reading the site"},
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Чтобы читать материалы, ничего о себе сообщать не нужно. Сайт не "
                    "ставит читателям cookie, не использует счётчики посещений и рекламные "
                    "трекеры и ничего не загружает с чужих серверов: видео открываются по "
                    "ссылке на YouTube или Vimeo.</p>"
                ),
                "kk": (
                    "<p>Материалдарды оқу үшін өзіңіз туралы ештеңе айтудың қажеті жоқ. Сайт "
                    "оқырмандарға cookie орнатпайды, келушілер санауыштары мен жарнамалық "
                    "трекерлерді қолданбайды және бөгде серверлерден ештеңе жүктемейді: "
                    "бейнелер YouTube немесе Vimeo сілтемесі арқылы ашылады.</p>"
                ),
                "en": (
                    "<p>You do not need to tell us anything to read the site. It sets no cookies "
                    "for readers, uses no visitor counters or advertising trackers and loads "
                    "nothing from other servers: videos open as links to YouTube or Vimeo.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "ru": "Подпись под петицией",
                "kk": "Петицияға қол қою",
                "en": "Signing a petition",
            },
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Когда вы подписываете петицию, мы сохраняем:</p>"
                    "<ul><li>ваши имя и фамилию;</li>"
                    "<li>адрес электронной почты: на него приходит ссылка для подтверждения "
                    "подписи;</li>"
                    "<li>регион, который вы выбрали;</li>"
                    "<li>язык страницы, на которой вы подписали, и согласие или отказ получать "
                    "новости;</li>"
                    "<li>время подписания и подтверждения;</li>"
                    "<li>хеш сетевого адреса вашего устройства (для IPv6 — его сети /64), "
                    "вычисленный с секретным ключом. Сам адрес не хранится: хеш нужен только для "
                    "того, чтобы ограничивать частые попытки подписать из одной сети.</li></ul>"
                ),
                "kk": (
                    "<p>Петицияға қол қойғанда біз мыналарды сақтаймыз:</p>"
                    "<ul><li>аты-жөніңізді;</li>"
                    "<li>электрондық пошта мекенжайыңызды: оған қолды растайтын сілтеме "
                    "жіберіледі;</li>"
                    "<li>өзіңіз таңдаған өңірді;</li>"
                    "<li>қол қойған беттің тілін және жаңалықтар алуға келісім бергеніңізді "
                    "немесе бермегеніңізді;</li>"
                    "<li>қол қойған және растаған уақытыңызды;</li>"
                    "<li>құрылғыңыздың желілік мекенжайының құпия кілтпен есептелген хешін (IPv6 "
                    "үшін — оның /64 желісінің хешін). Мекенжайдың өзі сақталмайды: хеш бір "
                    "желіден жиі қол қою әрекеттерін шектеу үшін ғана қажет.</li></ul>"
                ),
                "en": (
                    "<p>When you sign a petition, we keep:</p>"
                    "<ul><li>your full name;</li>"
                    "<li>your email address, to which we send the link that confirms your "
                    "signature;</li>"
                    "<li>the region you chose;</li>"
                    "<li>the language of the page where you signed, and whether you agreed to "
                    "receive news;</li>"
                    "<li>when you signed and when you confirmed;</li>"
                    "<li>a hash of your device's network address (for IPv6, of its /64 "
                    "network), computed with a secret key. The address itself is not stored: the "
                    "hash only serves to limit repeated signing attempts from one network.</li>"
                    "</ul>"
                ),
            },
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Подпись засчитывается только после того, как вы подтвердите её по ссылке "
                    "из письма; ссылка действует 7 дней. Имена и адреса подписавших не "
                    "публикуются и не отдаются через API сайта. Их видят только сотрудники "
                    "центра, которые работают с петициями, причём адреса электронной почты на "
                    "экране скрыты. Из отправленных писем мы храним только вид письма, тему и "
                    "время отправки, и через 30 дней удаляем и эту запись.</p>"
                ),
                "kk": (
                    "<p>Қол хаттағы сілтеме арқылы расталғаннан кейін ғана есептеледі; сілтеме 7 "
                    "күн жарамды. Қол қойғандардың аты-жөні мен мекенжайлары жарияланбайды және "
                    "сайттың API арқылы берілмейді. Оларды петициялармен жұмыс істейтін "
                    "орталық қызметкерлері ғана көреді, ал электрондық пошта мекенжайлары экранда "
                    "жасырылады. Жіберілген хаттардан тек хаттың түрін, тақырыбын және жіберілген "
                    "уақытын сақтаймыз, 30 күннен кейін бұл жазбаны да жоямыз.</p>"
                ),
                "en": (
                    "<p>A signature counts only once you confirm it with the link in the email; "
                    "the link works for 7 days. Signers' names and addresses are never published "
                    "and never given out through the site's API. Only the Centre's staff who work "
                    "on petitions see them, and email addresses are masked on their screens. Of "
                    "the emails we send we keep only their kind, subject and time, and we delete "
                    "that record too after 30 days.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "ru": "Как долго мы храним данные",
                "kk": "Деректерді қанша уақыт сақтаймыз",
                "en": "How long we keep the data",
            },
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>Через 180 дней после того, как петиция закрыта, мы стираем имена, адреса "
                    "электронной почты и хеши сетевых адресов её подписавших. От подтверждённых "
                    "подписей остаются только регион и даты, чтобы число подписей и статистика "
                    "по регионам не менялись; неподтверждённые подписи удаляются целиком. "
                    "Выгрузки списков подписей удаляются через 7 дней после создания.</p>"
                ),
                "kk": (
                    "<p>Петиция жабылғаннан кейін 180 күн өткенде оған қол қойғандардың "
                    "аты-жөндерін, электрондық пошта мекенжайларын және желілік мекенжайларының "
                    "хештерін өшіреміз. Расталған қолдардан қолдар саны мен өңірлер бойынша "
                    "статистика өзгермеуі үшін тек өңір мен күндер қалады; расталмаған қолдар "
                    "толығымен жойылады. Қолдар тізімінің экспорттары жасалғаннан кейін 7 күнде "
                    "жойылады.</p>"
                ),
                "en": (
                    "<p>180 days after a petition closes, we erase its signers' names, email "
                    "addresses and network address hashes. Of confirmed signatures only the "
                    "region and the dates remain, so that the number of signatures and the "
                    "figures by region stay as they were; unconfirmed signatures are deleted "
                    "entirely. Exported lists of signatures are deleted 7 days after they are "
                    "made.</p>"
                ),
            },
        },
        {
            "type": "heading",
            "text": {
                "ru": "Как отозвать подпись и удалить данные",
                "kk": "Қолды қалай қайтарып алуға және деректерді жоюға болады",
                "en": "How to withdraw your signature and have your data deleted",
            },
        },
        {
            "type": "paragraph",
            "html": {
                "ru": (
                    "<p>В письме, которое приходит после подписания, есть ссылка, по которой "
                    "подпись можно отозвать: подпись и все её данные удаляются сразу. Вы также "
                    "вправе узнать, какие данные о вас хранятся, и потребовать исправить или "
                    "удалить их: напишите нам с адреса, которым подписывали петицию (см. "
                    "«Контакты»).</p>"
                ),
                "kk": (
                    "<p>Қол қойғаннан кейін келетін хатта қолды қайтарып алуға арналған "
                    "сілтеме бар: қол және оның барлық деректері бірден жойылады. Сондай-ақ сіз "
                    "өзіңіз туралы қандай деректер сақталатынын білуге және оларды түзетуді "
                    "немесе жоюды талап етуге құқылысыз: петицияға қол қойған мекенжайыңыздан "
                    "бізге жазыңыз («Байланыс» бетін қараңыз).</p>"
                ),
                "en": (
                    "<p>The email you receive after signing has a link to withdraw your "
                    "signature: the signature and all its data are deleted at once. You also "
                    "have the right to know what data about you we keep and to have it corrected "
                    "or deleted: write to us from the address you signed with (see "
                    "“Contacts”).</p>"
                ),
            },
        },
    ],
}

# In the order of the footer.
SITE_PAGES = [ABOUT, CONTACTS, PRIVACY]
