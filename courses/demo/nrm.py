"""Course A: NRM stakeholders and social services (builds on IOM's 2018 online course)."""

from .build import callout, case, course, lesson, md, module, question, sources, terms
from .common import (
    CETS,
    HOTLINE,
    HOTLINE_SITE,
    ILO_INDICATORS,
    IOM_2018,
    IOM_2022,
    IOM_NORWAY,
    IOM_PROGRAMME,
    LAW_2011,
    NO_BLAME,
    PALERMO,
    RED_FLAGS,
    RES_417,
    RES_783,
)

TARAS = case(
    {
        "title": "Taras (name changed to protect privacy)",
        "content_note": "This case describes violence and long-term labour exploitation.",
        "scenario": "Injured in a car accident, Taras lost his job. After months in hospital he answered a farm "
        "owner's advertisement for a shepherd. He stayed **16 years**: he was regularly beaten and humiliated, only "
        "occasionally received small sums, and his passport was held. In 2017 he was granted victim status — "
        "without ever having left Ukraine.",
        "reflection": "Which *act*, which *means* and which *purpose* do you see? What would a first, non-blaming "
        "conversation with Taras sound like?",
    },
    {
        "title": "Тарас (ім'я змінено з метою захисту приватності)",
        "content_note": "Цей випадок описує насильство і тривалу трудову експлуатацію.",
        "scenario": "Після автомобільної аварії Тарас втратив роботу. Після кількох місяців у лікарні він "
        "відгукнувся на оголошення фермера, який шукав пастуха. Він пробув там **16 років**: його регулярно били "
        "й принижували, лише зрідка давали невеликі гроші, а паспорт утримували. У 2017 році Тарас отримав статус "
        "особи, яка постраждала від торгівлі людьми, — хоча ніколи не виїжджав з України.",
        "reflection": "Які *дії*, *способи* і *мету* ви бачите? Як звучала б перша розмова з Тарасом без звинувачень?",
    },
)

MODULES = [
    module(
        "what-trafficking-is",
        ("What trafficking is", "Що таке торгівля людьми"),
        (
            "The international definition and what it looks like in Ukraine.",
            "Міжнародне визначення і як воно виглядає в Україні.",
        ),
        [
            lesson(
                "act-means-purpose",
                20,
                ("Act, means, purpose", "Дія, спосіб, мета"),
                (
                    "Apply Article 3 of the Palermo Protocol to a case.",
                    "Застосовувати статтю 3 Палермського протоколу до випадку.",
                ),
                md(
                    """
### Three elements
The Palermo Protocol (Art. 3(a)) defines trafficking through three elements:

- **Act:** recruitment, transportation, transfer, harbouring or receipt of persons;
- **Means:** force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or
  payments to a person in control;
- **Purpose:** exploitation — at minimum sexual exploitation, forced labour, slavery, servitude or organ removal.

**Consent is irrelevant** once any of the means was used (Art. 3(b)). For a **child** (under 18) no means is
needed at all (Art. 3(c)–(d)). Ukrainian law (Law No. 3739-VI of 2011, Art. 1) also defines a child as a person
under 18.
""",
                    """
### Три елементи
Палермський протокол (ст. 3(a)) визначає торгівлю людьми через три елементи:

- **Дія:** вербування, перевезення, передача, переховування або одержання людей;
- **Спосіб:** сила, примус, викрадення, шахрайство, обман, зловживання владою чи уразливим станом, або
  оплата особі, яка контролює іншу;
- **Мета:** експлуатація — щонайменше сексуальна експлуатація, примусова праця, рабство, підневільний стан або
  вилучення органів.

**Згода не має значення**, якщо був застосований будь-який зі способів (ст. 3(b)). Для **дитини** (до 18 років)
спосіб узагалі не потрібен (ст. 3(c)–(d)). Закон України № 3739-VI 2011 року (ст. 1) також визначає дитину як
особу до 18 років.
""",
                ),
                TARAS,
                sources(PALERMO, LAW_2011, IOM_2018),
            ),
            lesson(
                "trafficking-vs-smuggling",
                15,
                ("Trafficking or smuggling?", "Торгівля людьми чи незаконне переправлення?"),
                (
                    "Tell trafficking and migrant smuggling apart.",
                    "Розрізняти торгівлю людьми і незаконне переправлення мігрантів.",
                ),
                md(
                    """
### Two different crimes
**Smuggling** is a service to cross a border irregularly: it always involves a border and ends on arrival.
**Trafficking** is about **exploitation**: it can happen entirely inside one country — as in the case of Taras —
and it does not end on arrival.

| | Smuggling | Trafficking |
|---|---|---|
| Border crossing | always | not required |
| Purpose | crossing | exploitation |
| Consent | given | irrelevant once a means is used |

A smuggled person can become a victim of trafficking on the way or on arrival: keep asking about the purpose.
""",
                    """
### Два різні злочини
**Незаконне переправлення** — це «послуга» з незаконного перетину кордону: воно завжди пов'язане з кордоном і
завершується після прибуття. **Торгівля людьми** — це **експлуатація**: вона може відбуватися повністю в межах
однієї країни, як у випадку Тараса, і не закінчується після прибуття.

| | Переправлення | Торгівля людьми |
|---|---|---|
| Перетин кордону | завжди | не обов'язковий |
| Мета | перетин | експлуатація |
| Згода | надана | не має значення, якщо застосовано спосіб |

Людина, яку переправляли, може стати жертвою торгівлі людьми дорогою або після прибуття: з'ясовуйте мету.
""",
                ),
                terms(
                    [
                        (
                            "Trafficking",
                            "Act + means + purpose of exploitation; the means are not needed for a child.",
                            "Торгівля людьми",
                            "Дія + спосіб + мета експлуатації; для дитини спосіб не потрібен.",
                        ),
                        (
                            "Smuggling",
                            "Facilitating an irregular border crossing.",
                            "Незаконне переправлення",
                            "Сприяння незаконному перетину кордону.",
                        ),
                    ]
                ),
                sources(PALERMO, ("UNODC: human trafficking and migrant smuggling", "https://www.unodc.org/")),
            ),
            lesson(
                "ukrainian-patterns",
                15,
                ("Patterns in Ukraine", "Тенденції в Україні"),
                (
                    "Describe the main patterns of trafficking from and within Ukraine.",
                    "Описувати основні тенденції торгівлі людьми з України та всередині країни.",
                ),
                md(
                    """
### What the figures show
- IOM research estimates that **more than 120,000** Ukrainians were trafficked abroad since the early 1990s; of
  the people IOM assisted, **44%** had been trafficked to the Russian Federation, **28%** to the EU and **6%** to
  or within Ukraine (IOM, 2014).
- Survivors assisted by IOM grew over time: about 10,500 (2014), about 15,000 (2018), more than 20,000 (2023–24).
- Men are affected too: in the May–June 2022 reporting period, **8 of the 10** victims IOM assisted were men.
- IOM estimates 46,000 Ukrainians were trafficked in 2019–21.

Since 2022 displacement has added new risks: offers of transport, housing or work "in return for something".
""",
                    """
### Що показують дані
- За оцінками досліджень МОМ, з початку 1990-х років **понад 120 000** українців стали жертвами торгівлі людьми
  за кордоном; з тих, кому допомогла МОМ, **44%** постраждали в Російській Федерації, **28%** — в ЄС і **6%** —
  в Україні або під час переміщення до неї (МОМ, 2014).
- Кількість осіб, яким допомогла МОМ, зростала: близько 10 500 (2014), близько 15 000 (2018), понад 20 000 (2023–24).
- Постраждати можуть і чоловіки: у травні–червні 2022 року **8 із 10** осіб, яким допомогла МОМ, були чоловіками.
- За оцінкою МОМ, у 2019–2021 роках жертвами торгівлі людьми стали 46 000 українців.

Після 2022 року переміщення додало нових ризиків: пропозиції транспорту, житла чи роботи «в обмін на щось».
""",
                ),
                HOTLINE,
                sources(
                    IOM_NORWAY,
                    IOM_2018,
                    IOM_2022,
                    IOM_PROGRAMME,
                    ("UN in Ukraine (IOM estimates)", "https://ukraine.un.org/"),
                ),
            ),
        ],
    ),
    module(
        "identifying-victims",
        ("Identifying victims", "Виявлення постраждалих осіб"),
        ("Indicators, and a first contact that does no harm.", "Індикатори і перший контакт без шкоди."),
        [
            lesson(
                "ilo-indicators",
                20,
                ("The ILO indicators", "Індикатори МОП"),
                (
                    "Recognise the ILO indicators of forced labour in a case.",
                    "Розпізнавати індикатори примусової праці МОП у випадку.",
                ),
                md(
                    """
### Eleven indicators (ILO, 2012)
1. Abuse of vulnerability · 2. Deception · 3. Restriction of movement · 4. Isolation · 5. Physical or sexual
violence · 6. Intimidation and threats · 7. **Retention of identity documents** · 8. Withholding of wages ·
9. **Debt bondage** · 10. Abusive working and living conditions · 11. **Excessive overtime**

One indicator can sometimes be enough; usually several appear together. Indicators are signals for a referral,
not proof on their own.
""",
                    """
### Одинадцять індикаторів (МОП, 2012)
1. Зловживання уразливістю · 2. Обман · 3. Обмеження свободи пересування · 4. Ізоляція · 5. Фізичне чи
сексуальне насильство · 6. Залякування й погрози · 7. **Утримання документів, що посвідчують особу** ·
8. Невиплата заробітку · 9. **Боргова залежність** · 10. Нелюдські умови праці й проживання ·
11. **Надмірна понаднормова робота**

Іноді достатньо одного індикатора; зазвичай їх кілька одночасно. Індикатори — це сигнал для перенаправлення, а
не доказ самі по собі.
""",
                ),
                TARAS,
                sources(ILO_INDICATORS, ("UNODC: indicators are not proof on their own", "https://www.unodc.org/")),
            ),
            lesson(
                "war-context-indicators",
                20,
                ("Indicators among displaced people", "Індикатори серед переміщених осіб"),
                (
                    "Recognise red flags among people displaced by the war.",
                    "Розпізнавати тривожні сигнали серед людей, переміщених через війну.",
                ),
                md(
                    """
### Red flags since 2022
- A person who is not an official asks for your **passport or phone**;
- someone separates a person from their family;
- an offer that is **too good to be true**, or help offered in exchange for work or sex;
- "debts" or "favours" to repay, fees to relocate, rent demanded in exchange for sex;
- unsolicited offers of a job or transport; pressure to decide in a hurry.

Unaccompanied and undocumented people are most at risk. Other commonly used indicator lists (for example the
UNODC general indicators) add signs of **control** (others speak for the person), **fear** and **disorientation**
(not knowing the work address).
""",
                    """
### Тривожні сигнали після 2022 року
- людина, яка не є посадовою особою, просить ваш **паспорт чи телефон**;
- хтось відокремлює людину від родини;
- пропозиція **надто гарна, щоб бути правдою**, або допомога в обмін на роботу чи секс;
- «борги» чи «послуги», які треба відпрацювати, плата за переїзд, вимога «оплатити» житло сексом;
- непрохані пропозиції роботи чи транспорту; тиск ухвалити рішення поспіхом.

Найбільше ризикують діти без супроводу та люди без документів. Інші поширені переліки індикаторів (наприклад,
загальні індикатори УНП ООН) додають ознаки **контролю** (за людину говорять інші), **страху** та
**дезорієнтації** (людина не знає адреси, де працює).
""",
                ),
                HOTLINE,
                sources(
                    RED_FLAGS,
                    ("IOM Austria and Austrian police, indicators for arrivals from Ukraine, 9 May 2022", ""),
                    ("IOM “LOOK AGAIN” campaign, 2023", "https://ukraine.iom.int/"),
                ),
            ),
            lesson(
                "first-contact",
                15,
                ("A non-blaming first contact", "Перший контакт без звинувачень"),
                (
                    "Run a first conversation that is safe and does not blame.",
                    "Провести першу розмову безпечно і без звинувачень.",
                ),
                md(
                    """
### How to start
- Talk **alone** with the person, in a language they understand; use a qualified interpreter, never a companion.
- Explain who you are, what will happen to the information and that help does not depend on telling everything.
- Ask open questions about work, documents, debts and freedom to leave; do not ask for details of abuse.
- Victims often "prefer not to ask for help and remain invisible" (IOM): patience is part of identification.
""",
                    """
### Як почати
- Говоріть із людиною **наодинці**, мовою, яку вона розуміє; залучайте кваліфікованого перекладача, а не
  супровідника.
- Поясніть, хто ви, що буде з інформацією і що допомога не залежить від того, чи людина все розповість.
- Ставте відкриті запитання про роботу, документи, борги і свободу піти; не розпитуйте про подробиці насильства.
- Постраждалі часто «не звертаються по допомогу і залишаються невидимими» (МОМ): терпіння — частина виявлення.
""",
                ),
                NO_BLAME,
                sources(IOM_2018, CETS),
            ),
        ],
    ),
    module(
        "nrm-and-status",
        ("The NRM and victim status", "НМВ і встановлення статусу"),
        (
            "Who does what, how status is granted, where to refer.",
            "Хто що робить, як установлюється статус, куди перенаправляти.",
        ),
        [
            lesson(
                "nrm-roles",
                15,
                ("Roles in the National Referral Mechanism", "Ролі в Національному механізмі взаємодії"),
                ("Map the NRM actors under Resolution 783.", "Визначати суб'єктів НМВ згідно з Постановою № 783."),
                md(
                    """
### Who works together
Cabinet of Ministers Resolution **No. 783 of 22 Aug 2012** sets out how the bodies that act against trafficking
cooperate. They include the **Ministry of Social Policy**, the **National Police**, the Ministries of Foreign
Affairs, Health and Education, the **State Border Guard Service**, the **State Migration Service** and local
administrations, working with NGOs and international organisations.

The NRM was established in **2012**. The Ministry of Social Policy is the **national coordinator** (confirmed by a
decree of 5 Aug 2020) and grants victim status.
""",
                    """
### Хто працює разом
Постанова Кабінету Міністрів **№ 783 від 22 серпня 2012 року** визначає порядок взаємодії суб'єктів, що
здійснюють заходи у сфері протидії торгівлі людьми. Серед них — **Мінсоцполітики**, **Національна поліція**,
МЗС, МОЗ і МОН, **Державна прикордонна служба**, **Державна міграційна служба** та місцеві державні
адміністрації, які співпрацюють із громадськими та міжнародними організаціями.

Національний механізм взаємодії (НМВ) створено у **2012 році**. Мінсоцполітики — **національний координатор**
(підтверджено постановою від 5 серпня 2020 року) і встановлює статус особи, яка постраждала від торгівлі людьми.
""",
                ),
                terms(
                    [
                        (
                            "NRM",
                            "National Referral Mechanism (Національний механізм взаємодії, НМВ).",
                            "НМВ",
                            "Національний механізм взаємодії суб'єктів, що здійснюють заходи у сфері протидії торгівлі людьми.",
                        ),
                        (
                            "National coordinator",
                            "The Ministry of Social Policy.",
                            "Національний координатор",
                            "Мінсоцполітики.",
                        ),
                    ]
                ),
                sources(RES_783, IOM_2018, LAW_2011),
            ),
            lesson(
                "status-procedure",
                20,
                ("Establishing victim status", "Встановлення статусу"),
                ("Walk a client through Resolution 417.", "Супроводжувати клієнта процедурою за Постановою № 417."),
                md(
                    """
### Step by step (Resolution No. 417 of 23 May 2012)
1. The person applies to the **local state administration** where they are staying.
2. An official interviews them with a questionnaire and signs a **non-disclosure undertaking**.
3. No interview is needed if the police, a court or a foreign authority has already identified them.
4. The **Ministry of Social Policy decides** and issues a certificate (*довідка про встановлення статусу*). The
   person receives one-time financial aid and can claim exemption from criminal liability for acts done under
   coercion. A refusal can be appealed in court.
5. While waiting, the person is entitled to **security, medical, psychological and legal help, and shelter**.

Status lasts up to 2 years and can be extended.
""",
                    """
### Крок за кроком (Постанова № 417 від 23 травня 2012 року)
1. Людина звертається до **місцевої державної адміністрації** за місцем перебування.
2. Посадова особа проводить співбесіду за анкетою і підписує **зобов'язання про нерозголошення**.
3. Співбесіда не потрібна, якщо людину вже виявили поліція, суд або іноземний орган.
4. **Рішення ухвалює Мінсоцполітики** і видає довідку про встановлення статусу. Людина отримує одноразову
   матеріальну допомогу і може клопотати про звільнення від кримінальної відповідальності за дії, вчинені під
   примусом. Відмову можна оскаржити в суді.
5. Під час очікування людина має право на **безпеку, медичну, психологічну і правову допомогу та тимчасове
   житло**.

Статус установлюється на строк до 2 років і може бути продовжений.
""",
                ),
                callout(
                    "info",
                    "Confidentiality",
                    "Everyone involved keeps the person's data confidential; officials sign a non-disclosure undertaking.",
                    "Конфіденційність",
                    "Усі учасники зберігають дані людини в таємниці; посадові особи підписують зобов'язання про нерозголошення.",
                ),
                sources(RES_417, LAW_2011),
            ),
            lesson(
                "referral",
                15,
                ("Referral: 527, the Rehabilitation Centre, NGOs", "Перенаправлення: 527, Реабілітаційний центр, НУО"),
                ("Refer a person to the right service.", "Перенаправляти людину до відповідної служби."),
                md(
                    """
### Services you can refer to
- **Hotline 527** (free from mobiles, daily, since 2006; up to 20,000 callers a year) — also www.527.org.ua and
  the @SafeMigrationBot.
- **IOM's Medical Rehabilitation Centre in Kyiv** — open since 2002, more than 3,600 victims treated free; it
  works "safe and confidential" and also treats survivors of gender-based violence and war trauma.
- **Partner NGOs** in the regions (more than 30 in IOM's network), for shelter, legal aid and reintegration.
""",
                    """
### Куди можна перенаправити
- **Гаряча лінія 527** (безкоштовно з мобільних, щодня, з 2006 року; до 20 000 звернень на рік) — також
  www.527.org.ua і @SafeMigrationBot.
- **Медичний реабілітаційний центр МОМ у Києві** — працює з 2002 року, безкоштовно надав допомогу понад 3 600
  постраждалим; працює «безпечно й конфіденційно», допомагає також особам, які пережили ґендерно зумовлене
  насильство та травму війни.
- **Партнерські громадські організації** в регіонах (понад 30 у мережі МОМ) — тимчасове житло, правова допомога,
  реінтеграція.
""",
                ),
                HOTLINE,
                sources(IOM_PROGRAMME, HOTLINE_SITE),
            ),
        ],
    ),
]

WHY_TRUE = ("The statement is correct.", "Твердження правильне.")
WHY_FALSE = ("The statement is not correct.", "Твердження неправильне.")

QUESTIONS = [
    question(
        "true_false",
        "what-trafficking-is",
        ["definitions", "legal-instruments"],
        (
            "“If they agreed to the job, it isn't trafficking.”",
            "«Якщо людина погодилася на роботу, це не торгівля людьми».",
        ),
        (
            "Palermo Protocol, Art. 3(b): consent is irrelevant once any of the means was used.",
            "Палермський протокол, ст. 3(b): згода не має значення, якщо застосовано будь-який зі способів.",
        ),
        options=(
            False,
            (
                (
                    "Consent obtained by deception or coercion does not count.",
                    "Згода, отримана обманом чи примусом, не має значення.",
                ),
                (
                    "Right: consent is irrelevant once a means was used.",
                    "Правильно: згода не має значення, якщо застосовано спосіб.",
                ),
            ),
        ),
    ),
    question(
        "single",
        "what-trafficking-is",
        ["definitions"],
        (
            "A 16-year-old is recruited for exploitation. Which element is **not** needed to call it trafficking?",
            "16-річну особу вербують для експлуатації. Який елемент **не** потрібен, щоб кваліфікувати це як торгівлю людьми?",
        ),
        (
            "Palermo Protocol, Art. 3(c)–(d): for a child (under 18) the means are not required.",
            "Палермський протокол, ст. 3(c)–(d): для дитини (до 18 років) спосіб не потрібен.",
        ),
        options=[
            ("The act", "Дія", False, "The act is always needed.", "Дія потрібна завжди."),
            (
                "The purpose of exploitation",
                "Мета експлуатації",
                False,
                "The purpose is always needed.",
                "Мета потрібна завжди.",
            ),
            (
                "The means",
                "Спосіб",
                True,
                "Right: for a child no means is needed.",
                "Правильно: для дитини спосіб не потрібен.",
            ),
        ],
    ),
    question(
        "single",
        "what-trafficking-is",
        ["definitions", "indicators"],
        ("Is this trafficking?", "Чи це торгівля людьми?"),
        (
            "Act: recruitment and harbouring; means: abuse of vulnerability and violence; purpose: forced labour "
            "(Palermo Protocol, Art. 3(a)). Taras was granted status in 2017 without leaving Ukraine.",
            "Дія: вербування і переховування; спосіб: зловживання уразливістю і насильство; мета: примусова праця "
            "(Палермський протокол, ст. 3(a)). Тарас отримав статус у 2017 році, не виїжджаючи з України.",
        ),
        scenario=(
            "Taras (name changed), injured and jobless, answers a farm's job advert. For 16 years he is beaten, "
            "rarely paid, and his passport is held.",
            "Тарас (ім'я змінено), травмований і без роботи, відгукується на оголошення ферми. 16 років його б'ють, "
            "рідко платять, а паспорт утримують.",
        ),
        options=[
            (
                "Yes: act, means and purpose are all present",
                "Так: є і дія, і спосіб, і мета",
                True,
                "Right.",
                "Правильно.",
            ),
            (
                "No: he never crossed a border",
                "Ні: він не перетинав кордону",
                False,
                "Trafficking does not need a border crossing.",
                "Для торгівлі людьми перетин кордону не потрібен.",
            ),
            (
                "No: he answered the advert himself",
                "Ні: він сам відгукнувся на оголошення",
                False,
                "Consent is irrelevant once a means was used.",
                "Згода не має значення, якщо застосовано спосіб.",
            ),
        ],
    ),
    question(
        "multiple",
        "identifying-victims",
        ["indicators"],
        (
            "Which of these are ILO indicators of forced labour?",
            "Що з переліченого є індикаторами примусової праці МОП?",
        ),
        (
            "ILO indicators of forced labour (2012): retention of identity documents, debt bondage and excessive overtime "
            "are among the 11; working abroad is not an indicator.",
            "Індикатори МОП (2012): утримання документів, боргова залежність і надмірна понаднормова робота — серед 11; "
            "робота за кордоном індикатором не є.",
        ),
        options=[
            (
                "Retention of identity documents",
                "Утримання документів, що посвідчують особу",
                True,
                "An ILO indicator.",
                "Індикатор МОП.",
            ),
            ("Debt bondage", "Боргова залежність", True, "An ILO indicator.", "Індикатор МОП."),
            ("Excessive overtime", "Надмірна понаднормова робота", True, "An ILO indicator.", "Індикатор МОП."),
            (
                "Working abroad",
                "Робота за кордоном",
                False,
                "Working abroad is not in itself an indicator.",
                "Робота за кордоном сама по собі не є індикатором.",
            ),
        ],
    ),
    question(
        "true_false",
        "identifying-victims",
        ["indicators"],
        ("“A single indicator never suffices.”", "«Одного індикатора ніколи не достатньо»."),
        (
            "ILO (2012): one indicator can sometimes be enough; usually several appear together.",
            "МОП (2012): іноді достатньо одного індикатора; зазвичай їх кілька.",
        ),
        options=(
            False,
            (
                ("The ILO says one can sometimes be enough.", "МОП зазначає, що іноді достатньо одного."),
                ("Right.", "Правильно."),
            ),
        ),
    ),
    question(
        "single",
        "identifying-victims",
        ["indicators", "referral"],
        ("What do you see, and what do you do?", "Що ви бачите і що робите?"),
        (
            "Document retention and unpaid work for “rent” are ILO indicators; the UNHCR red-flag list includes "
            "“something in return” for accommodation. Refer to 527.",
            "Утримання документів і неоплачувана праця «за житло» — індикатори МОП; перелік тривожних сигналів УВКБ ООН "
            "містить вимогу «чогось натомість» за житло. Перенаправте на 527.",
        ),
        scenario=(
            "A host abroad keeps a Ukrainian woman's passport “for safety” and makes her clean without pay to "
            "“cover rent”.",
            "Господар житла за кордоном тримає паспорт українки «для безпеки» і змушує її прибирати без оплати, "
            "щоб «покрити оренду».",
        ),
        options=[
            (
                "Possible trafficking: refer her, e.g. to hotline 527",
                "Можлива торгівля людьми: перенаправити, наприклад, на лінію 527",
                True,
                "Right: several indicators together call for referral.",
                "Правильно: кілька індикаторів разом — підстава для перенаправлення.",
            ),
            (
                "A private housing arrangement: nothing to do",
                "Приватна домовленість про житло: нічого робити не треба",
                False,
                "Holding a passport and unpaid work are indicators.",
                "Утримання паспорта і неоплачувана праця — індикатори.",
            ),
            (
                "Ask her to prove she is being exploited first",
                "Спершу попросити її довести, що її експлуатують",
                False,
                "Identification does not wait for proof; indicators are enough to refer.",
                "Виявлення не чекає доказів; індикаторів достатньо для перенаправлення.",
            ),
        ],
    ),
    question(
        "single",
        "nrm-and-status",
        ["nrm-procedure"],
        ("Where does a person apply for victim status?", "Куди людина звертається для встановлення статусу?"),
        (
            "Resolution No. 417 (2012): to the local state administration where they are staying.",
            "Постанова № 417 (2012): до місцевої державної адміністрації за місцем перебування.",
        ),
        options=[
            ("To the local state administration", "До місцевої державної адміністрації", True, "Right.", "Правильно."),
            (
                "To a court",
                "До суду",
                False,
                "A court can hear an appeal against a refusal.",
                "Суд розглядає оскарження відмови.",
            ),
            (
                "To an employment agency",
                "До кадрового агентства",
                False,
                "Not part of the procedure.",
                "Не є частиною процедури.",
            ),
        ],
    ),
    question(
        "multiple",
        "nrm-and-status",
        ["nrm-procedure"],
        (
            "Which rights does a person have while the status decision is pending?",
            "Які права має людина, поки триває розгляд питання про статус?",
        ),
        (
            "Resolution No. 417: security, medical, psychological and legal help, and shelter. A residence permit abroad "
            "is not part of the Ukrainian procedure.",
            "Постанова № 417: безпека, медична, психологічна і правова допомога та тимчасове житло. Дозвіл на проживання "
            "за кордоном не є частиною української процедури.",
        ),
        options=[
            ("Security", "Безпека", True, "Yes.", "Так."),
            ("Medical, psychological and legal help", "Медична, психологічна і правова допомога", True, "Yes.", "Так."),
            ("Shelter", "Тимчасове житло", True, "Yes.", "Так."),
            (
                "A residence permit abroad",
                "Дозвіл на проживання за кордоном",
                False,
                "Not granted by this procedure.",
                "Ця процедура його не передбачає.",
            ),
        ],
    ),
    question(
        "single",
        "nrm-and-status",
        ["nrm-procedure"],
        (
            "Who is the national counter-trafficking coordinator in Ukraine?",
            "Хто є національним координатором у сфері протидії торгівлі людьми?",
        ),
        (
            "The Ministry of Social Policy (IOM, 2018; decree of 5 Aug 2020).",
            "Мінсоцполітики (МОМ, 2018; постанова від 5 серпня 2020 року).",
        ),
        options=[
            ("The Ministry of Social Policy", "Міністерство соціальної політики", True, "Right.", "Правильно."),
            (
                "The National Police",
                "Національна поліція",
                False,
                "An NRM actor, not the coordinator.",
                "Суб'єкт НМВ, але не координатор.",
            ),
            (
                "The State Migration Service",
                "Державна міграційна служба",
                False,
                "An NRM actor, not the coordinator.",
                "Суб'єкт НМВ, але не координатор.",
            ),
        ],
    ),
    question(
        "matching",
        "what-trafficking-is",
        ["definitions"],
        (
            "Match each element of the definition with an example from the case of Taras.",
            "Зіставте кожен елемент визначення з прикладом із випадку Тараса.",
        ),
        ("Palermo Protocol, Art. 3(a): act, means and purpose.", "Палермський протокол, ст. 3(a): дія, спосіб, мета."),
        pairs=[
            ("Act", "Recruitment through a job advert", "Дія", "Вербування через оголошення про роботу"),
            ("Means", "Abuse of vulnerability and violence", "Спосіб", "Зловживання уразливістю і насильство"),
            ("Purpose", "Forced labour on the farm", "Мета", "Примусова праця на фермі"),
        ],
    ),
    question(
        "matching",
        "nrm-and-status",
        ["nrm-procedure", "referral"],
        (
            "Match each step of the status procedure with who does it.",
            "Зіставте кроки процедури встановлення статусу з тими, хто їх виконує.",
        ),
        ("Resolution No. 417 of 23 May 2012.", "Постанова № 417 від 23 травня 2012 року."),
        pairs=[
            (
                "Receives the application",
                "Local state administration",
                "Приймає заяву",
                "Місцева державна адміністрація",
            ),
            (
                "Decides and issues the certificate",
                "Ministry of Social Policy",
                "Ухвалює рішення і видає довідку",
                "Мінсоцполітики",
            ),
            ("Hears an appeal against a refusal", "A court", "Розглядає оскарження відмови", "Суд"),
        ],
    ),
    question(
        "true_false",
        "nrm-and-status",
        ["nrm-procedure"],
        (
            "“No interview is needed if the police have already identified the person.”",
            "«Співбесіда не потрібна, якщо людину вже виявила поліція».",
        ),
        (
            "Resolution No. 417: no interview if the police, a court or a foreign authority already identified the person.",
            "Постанова № 417: співбесіда не потрібна, якщо людину вже виявили поліція, суд або іноземний орган.",
        ),
        options=(
            True,
            (
                ("Right.", "Правильно."),
                (
                    "The resolution spares the person a second interview.",
                    "Постанова звільняє людину від повторної співбесіди.",
                ),
            ),
        ),
    ),
]

COURSE = course(
    "nrm-social-services",
    ["nrm-social", "ngo"],
    3,
    "professional",
    {
        "title": "Identifying and referring victims: the National Referral Mechanism",
        "summary": "For social services and every NRM stakeholder: recognise trafficking, talk to a possible victim "
        "without harm, and guide them through status and referral.",
        "objectives": [
            "Apply the act–means–purpose definition of the Palermo Protocol",
            "Recognise the ILO indicators and war-related red flags",
            "Run a safe, non-blaming first contact",
            "Guide a person through Resolution 417 and refer them under Resolution 783",
        ],
    },
    {
        "title": "Виявлення та перенаправлення постраждалих: Національний механізм взаємодії",
        "summary": "Для соціальних служб і всіх суб'єктів НМВ: розпізнати торгівлю людьми, поговорити з можливою "
        "постраждалою особою без шкоди і супроводити її процедурою встановлення статусу та перенаправлення.",
        "objectives": [
            "Застосовувати визначення «дія–спосіб–мета» Палермського протоколу",
            "Розпізнавати індикатори МОП і тривожні сигнали, пов'язані з війною",
            "Проводити безпечний перший контакт без звинувачень",
            "Супроводжувати людину процедурою за Постановою № 417 і перенаправляти за Постановою № 783",
        ],
    },
    MODULES,
    QUESTIONS,
)
