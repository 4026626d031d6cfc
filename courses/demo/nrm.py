"""Course A: NRM stakeholders and social services (builds on IOM's 2018 online course, seed S2).

Facts come only from the content brief and its seeds; facts the brief marks as unverified are never graded.
"""

from .build import callout, case, course, lesson, md, module, question, sources, terms
from .common import (
    CETS,
    HOTLINE,
    HOTLINE_SITE,
    ILO_INDICATORS,
    IOM_2018,
    IOM_2022,
    IOM_INVISIBLE,
    IOM_NORWAY,
    IOM_PROGRAMME,
    LAW_2011,
    NO_BLAME,
    PALERMO,
    RED_FLAGS,
    RES_417,
    RES_783,
)

UNODC = (
    "UNODC: human trafficking and migrant smuggling; indicators are not proof on their own",
    "https://www.unodc.org/",
)
UNODC_REPRO = ("UNODC general indicators of trafficking in persons (via a reproduction)", "https://www.unodc.org/")
UN_UKRAINE = ("United Nations in Ukraine: IOM estimates of Ukrainians trafficked", "https://ukraine.un.org/")
IOM_SURVEY = ("IOM Ukraine, survey on attitudes to risky offers, 2022", "https://ukraine.iom.int/")
LOOK_AGAIN = ("IOM Ukraine, “LOOK AGAIN” campaign, 2023", "https://ukraine.iom.int/")
AUSTRIA = ("IOM Austria and Austrian police, indicators for arrivals from Ukraine, 9 May 2022", "")
TIP_REPORTS = (
    "US Department of State, Trafficking in Persons Reports (status approvals, 2015–2017)",
    "https://www.state.gov/",
)
PROTECTION_PAGE = ("IOM Ukraine, Protection page, 2023–24", "https://ukraine.iom.int/")
AUSTRIAN_POLICE = (
    "Austrian police, warnings for people arriving from Ukraine (Kleine Zeitung)",
    "https://www.kleinezeitung.at/",
)
DECREE_2020 = (
    "Decree of the President of Ukraine of 5 Aug 2020 designating the Ministry of Social Policy national coordinator "
    "(reported by RBC-Ukraine)",
    "https://www.rbc.ua/",
)
CC = (
    "Criminal Code of Ukraine, Arts. 39 (extreme necessity) and 40 (physical or mental coercion); Resolution No. 417 "
    "as amended by No. 531 of 2021 (kolrada.gov.ua)",
    "https://zakon.rada.gov.ua/",
)

CRC = ("UN Convention on the Rights of the Child (1989), Arts. 3(1) and 12", "https://www.ohchr.org/")
CETS_ARTS = (
    "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197), Arts. 10–14 and 16",
    "https://www.coe.int/",
)
CHILD_LINE = ("La Strada Ukraine, National Children's Hotline 116 111", "https://la-strada.org.ua/")
LAW_SOCIAL_SERVICES = (
    "Law of Ukraine No. 2671-VIII of 17 Jan 2019 “On Social Services” (check the current text)",
    "https://zakon.rada.gov.ua/",
)
STATUS_INTERPRETER = (
    "Local council guidance on establishing victim status under Resolution No. 417 (application with an interpreter)",
    "https://kolrada.gov.ua/",
)
PFA = (
    "WHO, War Trauma Foundation and World Vision International, Psychological first aid: guide for field workers "
    "(2011), on caring for yourself and your colleagues",
    "https://www.who.int/",
)

ALL_LINES = callout(
    "hotline",
    "Numbers to give a client",
    "- **527** — National Toll-Free Counter-Trafficking and Migrant Advice Hotline: free from mobiles, daily "
    "(alternative number **0-800-505-501**); www.527.org.ua and @SafeMigrationBot.\n"
    "- **La Strada Ukraine:** 0-800-500-335 or 116 123.\n"
    "- **1547** — government hotline on domestic violence, trafficking and gender-based violence: a valid line "
    "too, though **527** is the specialised counter-trafficking line.\n"
    "- **102** — police, when someone is in immediate danger.",
    "Номери, які варто дати клієнтові",
    "- **527** — Національна гаряча лінія з питань протидії торгівлі людьми та консультування мігрантів: "
    "безкоштовно з мобільних, щодня (альтернативний номер **0-800-505-501**); www.527.org.ua і @SafeMigrationBot.\n"
    "- **«Ла Страда-Україна»:** 0-800-500-335 або 116 123.\n"
    "- **1547** — урядова гаряча лінія з питань протидії домашньому насильству, торгівлі людьми та гендерно "
    "зумовленому насильству: теж слушний номер, але спеціалізована лінія з протидії торгівлі людьми — **527**.\n"
    "- **102** — поліція, якщо людині загрожує безпосередня небезпека.",
)

TARAS = case(
    {
        "title": "Taras: sixteen years on a farm",
        "content_note": "This case describes violence, humiliation and long-term labour exploitation.",
        "scenario": "*Taras is not his real name: it was changed to protect his privacy (IOM, 2018).*\n\n"
        "Taras was injured in a car accident and lost his job. After several months in hospital he saw an "
        "advertisement from a farm owner who was looking for a shepherd to tend cattle. He took the job and stayed "
        "on the farm for **16 years**. He was regularly beaten and humiliated, received only occasional small sums "
        "of money, and his passport was kept from him. He got it back only in 2015, after the farm owner died. In "
        "June 2017 the Ministry of Social Policy granted him victim status.",
        "reflection": "- Which **act**, which **means** and which **purpose** can you identify?\n"
        "- Taras answered the advertisement himself. Why does that not change the analysis?\n"
        "- What would a first, non-blaming conversation with him have sounded like?",
    },
    {
        "title": "Тарас: шістнадцять років на фермі",
        "content_note": "Цей випадок описує насильство, приниження і тривалу трудову експлуатацію.",
        "scenario": "*Тарас — не справжнє ім'я: його змінено з метою захисту приватності (МОМ, 2018).*\n\n"
        "Тарас потрапив в автомобільну аварію і втратив роботу. Після кількох місяців у лікарні він натрапив на "
        "оголошення фермера, який шукав пастуха доглядати худобу. Він погодився і пробув на фермі **16 років**. "
        "Його регулярно били й принижували, лише зрідка давали невеликі гроші, а паспорт тримали в господаря. "
        "Документ йому повернули лише у 2015 році, після смерті власника ферми. У червні 2017 року Мінсоцполітики "
        "встановило йому статус особи, яка постраждала від торгівлі людьми.",
        "reflection": "- Які **дію**, **спосіб** і **мету** ви можете визначити?\n"
        "- Тарас сам відгукнувся на оголошення. Чому це не змінює висновку?\n"
        "- Як могла б звучати перша розмова з ним — без жодних звинувачень?",
    },
)

MODULES = [
    module(
        "what-trafficking-is",
        ("What trafficking is", "Що таке торгівля людьми"),
        (
            "The international definition, how it differs from smuggling, and what trafficking looks like in Ukraine.",
            "Міжнародне визначення, відмінність від незаконного переправлення і як торгівля людьми виглядає в Україні.",
        ),
        [
            lesson(
                "act-means-purpose",
                20,
                ("Act, means, purpose", "Дія, спосіб, мета"),
                (
                    "Apply Article 3 of the Palermo Protocol to a case.",
                    "Застосовувати статтю 3 Палермського протоколу до конкретного випадку.",
                ),
                md(
                    """
## Three elements, one definition

Article 3(a) of the UN Palermo Protocol — the *Protocol to Prevent, Suppress and Punish Trafficking in Persons,
Especially Women and Children* (adopted in 2000, in force since 25 December 2003) — defines trafficking in persons
through three elements. For an adult, all three must be present.

| Element | What it covers |
|---|---|
| **Act** — what is done | recruitment, transportation, transfer, harbouring or receipt of persons |
| **Means** — how it is done | force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or payments to a person in control |
| **Purpose** — why it is done | exploitation: at a minimum sexual exploitation, forced labour, slavery, servitude or the removal of organs |

### Two rules that change the analysis
- **Consent is irrelevant** once any of the means was used (Art. 3(b)). A person who "agreed" to a job that
  turned out to be a lie did not agree to being exploited.
- **A child needs no means** (Art. 3(c)–(d)). Recruiting, moving or receiving anyone **under 18** for
  exploitation is trafficking, whether or not force or deception was used.

### The same logic in Ukrainian law
The Law of Ukraine "On Combating Trafficking in Human Beings" (No. 3739-VI of 20 September 2011) defines
trafficking, **identification** (*виявлення*) and a child as a person under 18 (Art. 1). Article 149 of the
Criminal Code lists the acts and the means in its own words.

### Apply it: three questions
1. **What was done** to the person, and by whom?
2. **How** was their agreement obtained or their will overcome?
3. **For what** — who profited from their work, body or services?

If you can answer all three — or the first and the third for a child — refer the case. You do not need proof to
refer: identification is a shared task of everyone in the National Referral Mechanism (NRM).
""",
                    """
## Три елементи одного визначення

Стаття 3(a) Палермського протоколу — *Протоколу про попередження і припинення торгівлі людьми, особливо жінками і
дітьми, і покарання за неї* (ухвалений у 2000 році, чинний з 25 грудня 2003 року) — визначає торгівлю людьми
через три елементи. Щодо дорослої людини мають бути наявні всі три.

| Елемент | Що охоплює |
|---|---|
| **Дія** — що зроблено | вербування, перевезення, передача, переховування або одержання людей |
| **Спосіб** — як зроблено | сила, примус, викрадення, шахрайство, обман, зловживання владою чи уразливим станом, або оплата особі, яка контролює іншу людину |
| **Мета** — навіщо | експлуатація: щонайменше сексуальна експлуатація, примусова праця, рабство, підневільний стан або вилучення органів |

### Два правила, які змінюють аналіз
- **Згода не має значення**, якщо було застосовано будь-який зі способів (ст. 3(b)). Людина, яка «погодилася» на
  роботу, що виявилася обманом, не погоджувалася на експлуатацію.
- **Щодо дитини спосіб не потрібен** (ст. 3(c)–(d)). Вербування, переміщення чи одержання будь-кого **віком до 18
  років** з метою експлуатації — це торгівля людьми, незалежно від того, чи були сила або обман.

### Та сама логіка в законодавстві України
Закон України «Про протидію торгівлі людьми» (№ 3739-VI від 20 вересня 2011 року) у статті 1 визначає торгівлю
людьми, **виявлення** та дитину як особу віком до 18 років. Стаття 149 Кримінального кодексу називає дії і
способи власними формулюваннями.

### Застосуйте: три запитання
1. **Що зробили** з людиною і хто саме?
2. **Як** отримали її згоду або зламали її волю?
3. **Навіщо** — хто мав вигоду від її праці, тіла чи послуг?

Якщо ви можете відповісти на всі три запитання (а щодо дитини — на перше і третє), перенаправте випадок. Доказів
для перенаправлення не потрібно: виявлення — спільне завдання всіх суб'єктів Національного механізму взаємодії
(НМВ).
""",
                ),
                TARAS,
                terms(
                    [
                        (
                            "Trafficking in persons",
                            "An act, by a means, for the purpose of exploitation (Palermo Protocol, Art. 3(a)); "
                            "for a child the means are not required.",
                            "Торгівля людьми",
                            "Дія, вчинена певним способом, з метою експлуатації (Палермський протокол, ст. 3(a)); "
                            "щодо дитини спосіб не потрібен.",
                        ),
                        (
                            "Identification",
                            "Establishing that a person may be a victim of trafficking (Law No. 3739-VI, Art. 1).",
                            "Виявлення",
                            "Встановлення того, що людина може бути постраждалою від торгівлі людьми "
                            "(Закон № 3739-VI, ст. 1).",
                        ),
                    ]
                ),
                sources(PALERMO, LAW_2011, IOM_2018),
            ),
            lesson(
                "trafficking-vs-smuggling",
                15,
                ("Trafficking or smuggling?", "Торгівля людьми чи незаконне переправлення?"),
                (
                    "Tell trafficking in persons and migrant smuggling apart.",
                    "Розрізняти торгівлю людьми і незаконне переправлення мігрантів.",
                ),
                md(
                    """
## Two crimes that are often confused

Both can involve travel, intermediaries and money, and both can begin with a person's own decision to leave. But
the legal questions are different.

| | Migrant smuggling | Trafficking in persons |
|---|---|---|
| Border crossing | **always** — smuggling is about an irregular border crossing | **not required** — it can happen entirely inside one country |
| What the offender is after | payment for the crossing | profit from **exploitation** |
| The person's consent | the person seeks the crossing | **irrelevant** once a means was used (Palermo Art. 3(b)); never needed for a child |

### Why the difference matters in your work
- A person who paid to be smuggled can **become a victim of trafficking** on the way or on arrival, for example
  when "travel debts" are turned into unpaid work. Keep asking about the purpose.
- Internal cases are real: of the people IOM and its partners had assisted by 2014, 6% had been trafficked to
  or within Ukraine.
- An irregular entry or a missing document does **not** rule trafficking out. It can be a sign that someone else
  controls the person's papers.
- Labels matter for the person too: someone treated only as an irregular migrant may be removed before anyone
  asks whether they were exploited.

### A quick check
Ask yourself: *did the relationship end at the border?* If a third party still controls the person's work,
movement, money or documents after arrival, look at the three elements of trafficking — act, means and purpose —
and not only at how the person crossed.
""",
                    """
## Два злочини, які часто плутають

Обидва можуть бути пов'язані з поїздкою, посередниками і грошима, і обидва можуть починатися з власного рішення
людини виїхати. Але правові запитання різні.

| | Незаконне переправлення мігрантів | Торгівля людьми |
|---|---|---|
| Перетин кордону | **завжди** — ідеться про незаконний перетин кордону | **не обов'язковий** — усе може відбуватися в межах однієї країни |
| Чого прагне злочинець | плати за перетин | вигоди від **експлуатації** |
| Згода людини | людина сама шукає можливості перетнути кордон | **не має значення**, якщо застосовано спосіб (Палермський протокол, ст. 3(b)); щодо дитини не потрібна взагалі |

### Чому ця різниця важлива у вашій роботі
- Людина, яка заплатила за переправлення, може **стати постраждалою від торгівлі людьми** дорогою або після
  прибуття — наприклад, коли «борг за дорогу» перетворюють на неоплачувану працю. Завжди з'ясовуйте мету.
- Внутрішня торгівля людьми — реальність: серед осіб, яким МОМ і партнери допомогли до 2014 року, 6% постраждали
  в Україні (всередині країни або після ввезення до неї).
- Незаконний в'їзд чи відсутність документа **не** виключають торгівлі людьми. Це може свідчити про те, що
  документи людини контролює хтось інший.
- Назва має значення і для самої людини: ту, кого вважають лише мігрантом з неврегульованим статусом, можуть
  видворити ще до того, як хтось запитає, чи її не експлуатували.

### Швидка перевірка
Запитайте себе: *чи завершилися стосунки на кордоні?* Якщо після прибуття третя особа й далі контролює роботу,
пересування, гроші чи документи людини, аналізуйте три елементи торгівлі людьми — дію, спосіб і мету, — а не
лише те, як людина перетнула кордон.
""",
                ),
                terms(
                    [
                        (
                            "Migrant smuggling",
                            "Facilitating an irregular border crossing for payment; it always involves a border.",
                            "Незаконне переправлення мігрантів",
                            "Сприяння незаконному перетину кордону за плату; завжди пов'язане з кордоном.",
                        ),
                        (
                            "Internal trafficking",
                            "Trafficking that takes place within one country, without any border crossing.",
                            "Внутрішня торгівля людьми",
                            "Торгівля людьми в межах однієї країни, без перетину кордону.",
                        ),
                    ]
                ),
                sources(PALERMO, UNODC, IOM_2018, IOM_NORWAY),
            ),
            lesson(
                "ukrainian-patterns",
                20,
                ("Patterns in Ukraine", "Тенденції в Україні"),
                (
                    "Describe the main patterns of trafficking from, to and within Ukraine.",
                    "Описувати основні тенденції торгівлі людьми з України, до України та всередині країни.",
                ),
                md(
                    """
## A source, transit and destination country

In 2014 IOM described Ukraine as a significant source, transit and, increasingly, destination country for human
trafficking.

### Where people were trafficked to
IOM-commissioned research estimates that **more than 120,000** Ukrainians were trafficked abroad since the early
1990s. Of the people IOM and its partners had assisted by 2014, **44%** had been trafficked to the Russian
Federation, **28%** to the European Union and **6%** to or within Ukraine. Later IOM estimates, published by the
UN in Ukraine, speak of **46,000** Ukrainians trafficked in 2019–2021 and **more than 300,000** since 1991.

### Assistance has kept growing
The figures below are running totals of trafficking survivors assisted by IOM and its partner NGOs:

| When | Total assisted |
|---|---|
| 2014 | about 10,500 |
| 2018 | about 15,000 |
| undated programme snapshot | more than 16,300 since 2000 (89% successfully reintegrated) |
| 2023–24 | more than 20,000 |

### Who is affected
- **Men as well as women.** In one reporting period (May–June 2022), **8 of the 10** victims IOM assisted were
  men — a small number, not a statistic about all victims, but a reminder that men are trafficked too.
- **People made vulnerable** by injury, job loss, poverty or displacement — as in the case of Taras.
- **People who think it could not happen to them.** In a 2022 IOM survey, **59%** of Ukrainians said they would
  accept a risky offer, and **86%** saw little or no chance that it could happen to them.

### Since the full-scale invasion
Most people who fled Ukraine after 24 February 2022 are women and children; family separation, violence and
displacement add new risks. On 24 May 2022 IOM and La Strada co-chaired the first meeting of the Anti-Trafficking
Task Team. Offers of transport, housing or work "in return for something" are typical warning signs — Module 2
covers them.
""",
                    """
## Країна походження, транзиту і призначення

У 2014 році МОМ характеризувала Україну як важливу країну походження, транзиту і дедалі більше — призначення
для торгівлі людьми.

### Куди вивозили людей
За оцінками дослідження на замовлення МОМ, з початку 1990-х років **понад 120 000** українців стали жертвами
торгівлі людьми за кордоном. Серед осіб, яким МОМ і партнери допомогли до 2014 року, **44%** постраждали в
Російській Федерації, **28%** — у Європейському Союзі, а **6%** — в Україні (всередині країни або після
ввезення до неї). Пізніші оцінки МОМ, оприлюднені ООН в Україні: **46 000** українців постраждали від торгівлі
людьми у 2019–2021 роках і **понад 300 000** — з 1991 року.

### Допомога постійно зростала
Нижче — накопичувальні підсумки: скільки осіб, які пережили торгівлю людьми, отримали допомогу МОМ і
партнерських громадських організацій:

| Коли | Усього отримали допомогу |
|---|---|
| 2014 | близько 10 500 |
| 2018 | близько 15 000 |
| огляд програми (без дати) | понад 16 300 з 2000 року (89% успішно реінтегровані) |
| 2023–24 | понад 20 000 |

### Кого це стосується
- **Не лише жінок, а й чоловіків.** За один звітний період (травень–червень 2022 року) **8 із 10** постраждалих,
  яким допомогла МОМ, були чоловіками. Це мала кількість, а не статистика щодо всіх постраждалих, але нагадування:
  від торгівлі людьми страждають і чоловіки.
- **Людей в уразливому становищі** через травму, втрату роботи, бідність чи переміщення — як у випадку Тараса.
- **Тих, хто вважає, що з ними такого не станеться.** В опитуванні МОМ 2022 року **59%** українців сказали, що
  прийняли б ризиковану пропозицію, а **86%** вважали, що з ними цього майже або зовсім не може статися.

### Після повномасштабного вторгнення
Більшість тих, хто виїхав з України після 24 лютого 2022 року, — жінки і діти; розлучення з родиною, насильство
і переміщення створюють нові ризики. 24 травня 2022 року МОМ і «Ла Страда-Україна» співголовували на першому
засіданні Робочої групи з протидії торгівлі людьми. Пропозиції транспорту, житла чи
роботи «в обмін на щось» — типові тривожні сигнали; про них ідеться в модулі 2.
""",
                ),
                callout(
                    "info",
                    "Reading the numbers",
                    "The survivor totals grow over time because they are cumulative: they are not conflicting "
                    "figures. Estimates of all people trafficked are much higher than the number assisted — many "
                    "victims are never identified.",
                    "Як читати цифри",
                    "Кількість осіб, які отримали допомогу, зростає з часом, бо це накопичувальні підсумки, а не "
                    "суперечливі дані. Оцінки загальної кількості постраждалих значно вищі за кількість тих, хто "
                    "отримав допомогу: багатьох так і не виявляють.",
                ),
                sources(IOM_NORWAY, IOM_2018, IOM_PROGRAMME, PROTECTION_PAGE, IOM_2022, UN_UKRAINE, IOM_SURVEY),
            ),
        ],
    ),
    module(
        "identifying-victims",
        ("Identifying victims", "Виявлення постраждалих осіб"),
        (
            "Indicators of forced labour and trafficking, war-related red flags, and a first contact that does no harm.",
            "Індикатори примусової праці й торгівлі людьми, тривожні сигнали воєнного часу і перший контакт без шкоди.",
        ),
        [
            lesson(
                "ilo-indicators",
                20,
                ("The ILO indicators of forced labour", "Індикатори примусової праці МОП"),
                (
                    "Recognise the ILO indicators of forced labour in a case.",
                    "Розпізнавати індикатори примусової праці МОП у конкретному випадку.",
                ),
                md(
                    """
## Eleven indicators

The International Labour Organization (ILO, 2012) lists eleven indicators that help practitioners recognise
forced labour, including forced labour that is part of trafficking. The examples are illustrations, not
definitions.

| # | Indicator | What it can look like |
|---|---|---|
| 1 | Abuse of vulnerability | an employer targets someone injured, jobless or displaced |
| 2 | Deception | the job, pay or conditions differ from what was promised |
| 3 | Restriction of movement | the person cannot leave the workplace or housing freely |
| 4 | Isolation | a remote site, no phone, no contact with family |
| 5 | Physical or sexual violence | beatings, sexual violence |
| 6 | Intimidation and threats | threats against the person or their family |
| 7 | **Retention of identity documents** | the employer "keeps" the passport |
| 8 | Withholding of wages | no pay, or only occasional small sums |
| 9 | **Debt bondage** | "debts" for travel, housing or food that never shrink |
| 10 | Abusive working and living conditions | degrading, unsafe or overcrowded conditions |
| 11 | **Excessive overtime** | very long hours, no days off |

### How to read indicators
- **One indicator can sometimes be enough**; usually several appear together.
- Indicators are **signals, not proof** (UNODC). They are grounds to talk to the person and to refer, not to
  decide the case yourself.
- Look at the whole situation and at how it developed over time. In the case of Taras (*name changed*) you can
  find at least abuse of vulnerability, physical violence, withholding of wages and retention of his passport.
- Working abroad, working informally or having no contract are **not** indicators in themselves. Ask what
  happens if the person wants to stop.
""",
                    """
## Одинадцять індикаторів

Міжнародна організація праці (МОП, 2012) визначає одинадцять індикаторів, які допомагають фахівцям розпізнати
примусову працю, зокрема примусову працю в межах торгівлі людьми. Приклади — це ілюстрації, а не визначення.

| № | Індикатор | Як це може виглядати |
|---|---|---|
| 1 | Зловживання уразливістю | роботодавець обирає людину після травми, без роботи чи переміщену |
| 2 | Обман | робота, оплата чи умови не відповідають обіцяному |
| 3 | Обмеження свободи пересування | людина не може вільно залишити місце роботи чи житло |
| 4 | Ізоляція | віддалене місце, немає телефону, немає зв'язку з родиною |
| 5 | Фізичне чи сексуальне насильство | побиття, сексуальне насильство |
| 6 | Залякування і погрози | погрози людині чи її родині |
| 7 | **Утримання документів, що посвідчують особу** | роботодавець «зберігає» паспорт |
| 8 | Невиплата заробітної плати | оплати немає або лише зрідка невеликі суми |
| 9 | **Боргова кабала** | «борги» за дорогу, житло чи їжу, які ніколи не зменшуються |
| 10 | Жорстокі умови праці та проживання | принизливі, небезпечні чи переповнені приміщення |
| 11 | **Надмірна понаднормова робота** | дуже довгий робочий день, жодного вихідного |

### Як читати індикатори
- **Іноді достатньо одного індикатора**; зазвичай їх кілька одночасно.
- Індикатори — це **сигнали, а не докази** (УНП ООН). Вони є підставою поговорити з людиною і перенаправити її,
  а не вирішувати справу самостійно.
- Дивіться на ситуацію загалом і на те, як вона розвивалася. У випадку Тараса (*ім'я змінено*) можна побачити
  щонайменше зловживання уразливістю, фізичне насильство, невиплату заробітної плати і утримання паспорта.
- Робота за кордоном, неофіційна зайнятість чи відсутність договору самі по собі **не** є індикаторами.
  З'ясуйте, що станеться, якщо людина захоче припинити роботу.
""",
                ),
                terms(
                    [
                        (
                            "Indicator",
                            "A sign that a person may be in forced labour or trafficking; a reason to refer, not "
                            "proof on its own.",
                            "Індикатор",
                            "Ознака того, що людина може перебувати в примусовій праці чи бути постраждалою від "
                            "торгівлі людьми; підстава для перенаправлення, а не доказ сам по собі.",
                        ),
                        (
                            "Debt bondage",
                            "A debt, often invented or inflated, that a person is made to work off and that keeps "
                            "them tied to the exploiter.",
                            "Боргова кабала",
                            "Борг, часто вигаданий або завищений, який людину змушують відпрацьовувати і який "
                            "прив'язує її до того, хто її експлуатує.",
                        ),
                        (
                            "Forced labour",
                            "Any work or service exacted from a person under the menace of a penalty, for which "
                            "the person has not offered themselves voluntarily (ILO Convention No. 29, Art. 2(1)).",
                            "Примусова праця",
                            "Будь-яка робота чи служба, якої вимагають від особи під загрозою покарання і для якої "
                            "ця особа не запропонувала добровільно своїх послуг (Конвенція МОП № 29, ст. 2(1)).",
                        ),
                    ]
                ),
                sources(ILO_INDICATORS, UNODC, IOM_2018),
            ),
            lesson(
                "war-context-indicators",
                20,
                ("Indicators among displaced people", "Індикатори серед переміщених осіб"),
                (
                    "Recognise general and war-related indicators of trafficking among displaced people.",
                    "Розпізнавати загальні і пов'язані з війною індикатори торгівлі людьми серед переміщених осіб.",
                ),
                md(
                    """
## General indicators (UNODC)

UNODC publishes general indicators of trafficking. The summary below follows a reproduction of that list, so use
it as a prompt for questions rather than as a score sheet.

| Theme | Signs |
|---|---|
| Control | cannot leave; movement controlled; others speak for the person; acts as if instructed |
| Fear | fear or anxiety; distrusts the authorities; afraid to reveal immigration status |
| Documents | passport held by someone else; false documents |
| Orientation | does not know home or work address; does not speak the local language |
| Work | little or no pay; no access to earnings; long hours; no days off; punishment |
| Living | poor housing; no medical care; isolated; believes they are bound by a debt |

## Red flags since 2022

Humanitarian and law-enforcement partners have flagged these risks for people displaced by the war:

- someone who is **not an official** asks for a passport or phone; someone **separates** a person from their
  family (UNHCR);
- an offer that is **"too good to be true"**; help offered in exchange for work or sex; "debts" or "favours" to
  repay; fees to relocate (UNHCR);
- **unsolicited** offers of a job or transport; someone who wants to **meet alone** (OSCE);
- "something in return" demanded once accommodation has been given; exploitation in domestic and care work
  (Austrian police);
- rent demanded in exchange for sex (La Strada, Freedom Fund);
- **pressure to decide in a hurry** (IOM "LOOK AGAIN" campaign, 2023).

**Unaccompanied and undocumented people are most at risk** (La Strada, Freedom Fund). On 9 May 2022 IOM Austria
and the Austrian police also published *Indicators for human trafficking in the context of arrivals from
Ukraine*; its full text is not summarised in this course.
""",
                    """
## Загальні індикатори (УНП ООН)

Управління ООН з наркотиків і злочинності (УНП ООН) публікує загальні індикатори торгівлі людьми. Огляд нижче
спирається на відтворення цього переліку, тож використовуйте його як підказку для запитань, а не як бланк для
підрахунку балів.

| Тема | Ознаки |
|---|---|
| Контроль | не може піти; пересування контролюють; за людину говорять інші; поводиться так, ніби її проінструктували |
| Страх | страх чи тривога; недовіра до влади; боїться розкрити свій міграційний статус |
| Документи | паспорт у когось іншого; підроблені документи |
| Орієнтація | не знає адреси житла чи роботи; не говорить місцевою мовою |
| Робота | мала оплата або жодної; немає доступу до заробітку; довгий робочий день; без вихідних; покарання |
| Побут | погане житло; немає медичної допомоги; ізоляція; вважає, що зв'язана боргом |

## Тривожні сигнали після 2022 року

Гуманітарні і правоохоронні партнери звертають увагу на такі ризики для людей, переміщених через війну:

- людина, яка **не є посадовою особою**, просить паспорт чи телефон; хтось **розлучає** людину з родиною (УВКБ
  ООН);
- пропозиція **«надто гарна, щоб бути правдою»**; допомога в обмін на роботу чи секс; «борги» чи «послуги», які
  треба повернути; плата за переїзд (УВКБ ООН);
- **непрохані** пропозиції роботи чи транспорту; хтось хоче **зустрітися наодинці** (ОБСЄ);
- вимога «чогось натомість» після надання житла; експлуатація в домашній роботі та догляді (поліція Австрії);
- вимога «платити» за житло сексом («Ла Страда», Freedom Fund);
- **тиск ухвалити рішення поспіхом** (кампанія МОМ LOOK AGAIN, 2023).

**Найбільше ризикують люди без супроводу та без документів** («Ла Страда», Freedom Fund). 9 травня 2022 року МОМ
в Австрії і поліція Австрії також оприлюднили *Індикатори торгівлі людьми в контексті прибуття людей з
України*; повний текст цього документа в курсі не переказується.
""",
                ),
                case(
                    {
                        "title": "Work offered at a distribution point (a composite case)",
                        "content_note": "This case describes deception and labour exploitation. It is a composite: "
                        "no real person is described.",
                        "scenario": "Andrii, 41, was displaced from his home town and is staying in a collective "
                        "centre. At a humanitarian distribution point a man offers him construction work in "
                        'another region, "with housing included". He has to decide by the evening. On site, '
                        'Andrii\'s phone is "kept safe" by the foreman, a relocation fee is deducted from his '
                        "first pay, and he is told he now owes money for the housing.",
                        "reflection": "- Which red flags appeared **before** he left, and which **after**?\n"
                        "- Which ILO indicators can you name?\n"
                        "- Who could Andrii, or someone worried about him, contact?",
                    },
                    {
                        "title": "Робота, запропонована в пункті видачі допомоги (узагальнений випадок)",
                        "content_note": "Цей випадок описує обман і трудову експлуатацію. Він узагальнений: "
                        "реальну людину не описано.",
                        "scenario": "Андрій, 41 рік, переміщений зі свого міста і живе в місці компактного "
                        "проживання. У пункті видачі гуманітарної допомоги чоловік пропонує йому роботу на "
                        "будівництві в іншій області, «з житлом». Вирішити треба до вечора. На місці бригадир "
                        "«зберігає» телефон Андрія, з першої зарплати утримують плату за переїзд, а потім кажуть, "
                        "що тепер він винен гроші за житло.",
                        "reflection": "- Які тривожні сигнали з'явилися **до** від'їзду, а які — **після**?\n"
                        "- Які індикатори МОП ви можете назвати?\n"
                        "- Куди міг би звернутися Андрій або той, хто за нього хвилюється?",
                    },
                ),
                HOTLINE,
                sources(UNODC_REPRO, RED_FLAGS, AUSTRIAN_POLICE, LOOK_AGAIN, AUSTRIA, IOM_2022),
            ),
            lesson(
                "first-contact",
                15,
                ("A non-blaming first contact", "Перший контакт без звинувачень"),
                (
                    "Run a first conversation with a possible victim that is safe and does not blame.",
                    "Проводити першу розмову з можливою постраждалою особою безпечно і без звинувачень.",
                ),
                md(
                    """
## Before you start
- Find a **private, safe place** and talk to the person **alone**, away from anyone who travelled with them or
  speaks for them.
- If needed, use a **qualified interpreter** — never a companion, employer or "coordinator".
- Introduce yourself, explain your role and what will happen to the information. Officials who interview a
  person for victim status, for example, sign a **non-disclosure undertaking**.

## During the conversation
- Start with **immediate needs**: safety, health, food, a place to sleep.
- Ask **open, neutral questions** about work, pay, documents, debts and freedom to leave. You do not need details
  of abuse to refer.
- Say clearly that **help does not depend on telling everything**.
- Never blame. Words such as "naive" or questions such as "Why didn't you just leave?" shut the conversation down.

| Instead of… | Try… |
|---|---|
| "Why did you agree to go?" | "Can you tell me about the job you were offered?" |
| "Why didn't you just leave?" | "Were you able to come and go when you wanted?" |
| "Prove it first, then we can help." | "You can get support while we work out the next steps." |

## Afterwards
Agree the next step with the person, refer them (Module 3) and record only what is needed. Victims of trafficking
"prefer not to ask for help, and remain invisible" (IOM, 2018): a respectful first contact may be the reason they
come back.
""",
                    """
## Перш ніж почати
- Знайдіть **окреме, безпечне місце** і говоріть із людиною **наодинці**, без тих, хто її супроводжує або
  говорить за неї.
- За потреби залучайте **кваліфікованого перекладача** — ніколи не супровідника, роботодавця чи «координатора».
- Представтеся, поясніть свою роль і що буде з інформацією. Наприклад, посадові особи, які проводять співбесіду
  для встановлення статусу, підписують **зобов'язання про нерозголошення**.

## Під час розмови
- Почніть із **нагальних потреб**: безпека, здоров'я, їжа, місце для ночівлі.
- Ставте **відкриті, нейтральні запитання** про роботу, оплату, документи, борги і можливість піти. Для
  перенаправлення подробиці насильства не потрібні.
- Чітко скажіть, що **допомога не залежить від того, чи людина розповість усе**.
- Ніколи не звинувачуйте. Слова на кшталт «наївна людина» чи запитання «Чому ви просто не пішли?» зупиняють розмову.

| Замість… | Спробуйте… |
|---|---|
| «Чому ви погодилися поїхати?» | «Розкажіть, будь ласка, про роботу, яку вам запропонували». |
| «Чому ви просто не пішли?» | «Чи могли ви виходити і повертатися, коли хотіли?» |
| «Спершу доведіть, тоді допоможемо». | «Ви можете отримати підтримку, поки ми разом визначаємо наступні кроки». |

## Після розмови
Погодьте з людиною наступний крок, перенаправте її (модуль 3) і записуйте лише необхідне. Постраждалі від
торгівлі людьми «воліють не звертатися по допомогу і залишаються невидимими» (МОМ, 2018): шанобливий перший
контакт може стати причиною, з якої людина повернеться.
""",
                ),
                NO_BLAME,
                sources(IOM_2018, RES_417),
            ),
        ],
    ),
    module(
        "nrm-and-status",
        ("The NRM and victim status", "НМВ і встановлення статусу"),
        (
            "Who does what in the National Referral Mechanism, how victim status is granted, and where to refer.",
            "Хто що робить у Національному механізмі взаємодії, як установлюють статус і куди перенаправляти.",
        ),
        [
            lesson(
                "nrm-roles",
                15,
                ("Roles in the National Referral Mechanism", "Ролі в Національному механізмі взаємодії"),
                (
                    "Map the roles of NRM actors under Resolution 783.",
                    "Визначати ролі суб'єктів НМВ відповідно до Постанови № 783.",
                ),
                md(
                    """
## A mechanism, not a single office

Ukraine's **National Referral Mechanism** (NRM) for assisting victims of trafficking was established in **2012**.
Cabinet of Ministers Resolution **No. 783 of 22 August 2012** sets the procedure for cooperation between the
bodies that act against trafficking. It lists, among others:

- the **Ministry of Social Policy**;
- the **National Police**;
- the Ministries of **Foreign Affairs**, **Health** and **Education**;
- the **State Border Guard Service** and the **State Migration Service**;
- **local state administrations**.

NGOs and international organisations such as IOM work alongside them.

### Who does what in this course

| Actor | The role you will meet |
|---|---|
| Ministry of Social Policy | national coordinator: develops policy, coordinates national and local authorities, cooperates with international and civil-society organisations; **takes the decision on victim status** |
| National Social Service of Ukraine | a working group examines the documents for the status decision; keeps the status statistics |
| Local state administration | receives the application for status; an official interviews the person |
| National Police | investigates; if the police have identified a person, no separate status interview is needed |
| State Border Guard Service | front-line border guards trained to identify and interview possible victims |
| Ministry of Education | the education system, where the counter-trafficking programme is taught |
| Partner NGOs | shelter, legal aid, reintegration — IOM's network has more than 30 |

IOM described the Ministry of Social Policy as the national counter-trafficking coordinator in 2018, and a
**presidential decree of 5 August 2020** designated it national coordinator (under Art. 5 of the 2011 Law).

### Why it matters
No single body can identify, protect and support a victim alone. Knowing who does what lets you refer quickly,
without making the person tell their story again and again.
""",
                    """
## Механізм, а не один кабінет

**Національний механізм взаємодії** (НМВ) суб'єктів, які здійснюють заходи у сфері протидії торгівлі людьми,
створено в Україні у **2012 році**. Постанова Кабінету Міністрів **№ 783 від 22 серпня 2012 року** визначає
порядок взаємодії органів, що протидіють торгівлі людьми. Серед них, зокрема:

- **Мінсоцполітики**;
- **Національна поліція**;
- **Міністерство закордонних справ**, **Міністерство охорони здоров'я** і **Міністерство освіти і науки**;
- **Державна прикордонна служба** і **Державна міграційна служба**;
- **місцеві державні адміністрації**.

Разом із ними працюють громадські й міжнародні організації, зокрема МОМ.

### Хто що робить у цьому курсі

| Суб'єкт | Роль, з якою ви зіткнетеся |
|---|---|
| Мінсоцполітики | національний координатор: формує політику, координує центральні й місцеві органи влади, співпрацює з міжнародними і громадськими організаціями; **ухвалює рішення про встановлення статусу** |
| Національна соціальна сервісна служба України (Нацсоцслужба) | робоча група розглядає документи для рішення про статус; веде статистику щодо статусу |
| Місцева державна адміністрація | приймає заяву про встановлення статусу; посадова особа проводить співбесіду |
| Національна поліція | розслідує; якщо людину виявила поліція, окрема співбесіда для статусу не потрібна |
| Державна прикордонна служба | прикордонники, навчені виявляти можливих постраждалих і проводити з ними співбесіди |
| Міністерство освіти і науки | система освіти, у якій викладають програму з протидії торгівлі людьми |
| Партнерські громадські організації | тимчасове житло, правова допомога, реінтеграція; у мережі МОМ їх понад 30 |

У 2018 році МОМ називала Мінсоцполітики національним координатором у сфері протидії торгівлі людьми, а **указом
Президента від 5 серпня 2020 року** його визначено національним координатором (відповідно до ст. 5 Закону 2011
року).

### Чому це важливо
Жоден орган не може сам виявити, захистити і підтримати постраждалу особу. Коли ви знаєте, хто за що
відповідає, ви перенаправляєте швидко і людині не доводиться переказувати свою історію знову і знову.
""",
                ),
                terms(
                    [
                        (
                            "National Referral Mechanism (NRM)",
                            "The framework through which state bodies, NGOs and international organisations "
                            "cooperate to identify and assist victims (Resolution No. 783).",
                            "Національний механізм взаємодії (НМВ)",
                            "Система, у межах якої державні органи, громадські і міжнародні організації "
                            "співпрацюють, щоб виявляти постраждалих і допомагати їм (Постанова № 783).",
                        ),
                        (
                            "National coordinator",
                            "The Ministry of Social Policy.",
                            "Національний координатор",
                            "Мінсоцполітики.",
                        ),
                    ]
                ),
                sources(RES_783, RES_417, DECREE_2020, IOM_2018, LAW_2011, IOM_PROGRAMME),
            ),
            lesson(
                "status-procedure",
                20,
                ("Establishing victim status", "Встановлення статусу особи, яка постраждала від торгівлі людьми"),
                (
                    "Walk a client through the status procedure of Resolution 417.",
                    "Супроводжувати клієнта процедурою встановлення статусу за Постановою № 417.",
                ),
                md(
                    """
## Step by step

Cabinet of Ministers Resolution **No. 417 of 23 May 2012** (amended in 2012 and 2021) sets the procedure for
establishing the status of a person who has suffered from trafficking.

1. **Application.** The person applies to the **local state administration** where they are staying.
2. **Interview.** An official interviews them using a questionnaire and signs a **non-disclosure undertaking**.
3. **No second interview** is needed if the police, a court or a foreign authority has already identified the
   person.
4. **Decision.** The decision is taken at **national level**: by the Ministry of Social Policy, with a working
   group of the National Social Service of Ukraine examining the documents (check the current text of Resolution
   417). The person receives a status certificate (*довідка про встановлення статусу*). A **refusal can be
   appealed in court**.
5. **While waiting**, the person is entitled to **security, medical, psychological and legal help, and shelter**.

Under the 2011 Law, status lasts **up to 2 years** and can be extended.

### What the certificate does — and does not do
- It **confirms** that the person has been recognised as a victim of trafficking.
- It gives **access to state assistance**: one-time financial aid, security, medical, psychological and legal
  help, and shelter.
- It is **evidence** the person can rely on when asking not to be held liable for acts committed under coercion.
  It does **not** itself exempt anyone from criminal liability: a Cabinet resolution cannot do that. The
  prosecutor and the court decide under the Criminal Code (Art. 40 on physical or mental coercion; Art. 39 on
  extreme necessity), in line with Ukraine's obligations under the Council of Europe Convention (CETS No. 197).

### What you can do as a practitioner
- Explain each step in plain words before the person decides to apply, and what the certificate gives them.
- Make sure the interim help — safety, health care, psychological and legal support, shelter — starts at once;
  it does not wait for the decision.
- If the person was already identified by the police, a court or an authority abroad, say so: it spares them a
  second interview.

### Status in practice
According to US State Department reports, the authorities approved **83 of 91** applications in 2015, **110 of
124** in 2016 and **195 of 273** in 2017.
""",
                    """
## Крок за кроком

Постанова Кабінету Міністрів **№ 417 від 23 травня 2012 року** (зі змінами 2012 і 2021 років) визначає порядок
встановлення статусу особи, яка постраждала від торгівлі людьми.

1. **Заява.** Людина звертається до **місцевої державної адміністрації** за місцем свого перебування.
2. **Співбесіда.** Посадова особа проводить співбесіду за анкетою і підписує **зобов'язання про нерозголошення**.
3. **Повторна співбесіда не потрібна**, якщо людину вже виявили поліція, суд або іноземний орган.
4. **Рішення.** Рішення ухвалюють на **національному рівні**: Мінсоцполітики, а документи розглядає робоча група
   Національної соціальної сервісної служби України (звіряйтеся з чинною редакцією Постанови № 417). Людина
   отримує довідку про встановлення статусу. **Відмову можна оскаржити в суді**.
5. **Під час очікування** людина має право на **безпеку, медичну, психологічну і правову допомогу та тимчасове
   житло**.

Згідно із Законом 2011 року статус установлюють **на строк до 2 років** з можливістю продовження.

### Що дає довідка — і чого вона не дає
- Вона **підтверджує**, що людину визнано особою, яка постраждала від торгівлі людьми.
- Вона відкриває **доступ до державної допомоги**: одноразової матеріальної допомоги, забезпечення безпеки,
  медичної, психологічної і правової допомоги, тимчасового житла.
- Це **доказ**, на який людина може послатися, просячи не притягати її до відповідальності за дії, вчинені під
  примусом. Сама довідка від кримінальної відповідальності **не звільняє**: постанова Кабінету Міністрів не може
  цього встановити. Рішення ухвалюють прокурор і суд відповідно до Кримінального кодексу (ст. 40 — фізичний або
  психічний примус; ст. 39 — крайня необхідність), з урахуванням зобов'язань України за Конвенцією Ради Європи про
  заходи щодо протидії торгівлі людьми.

### Що можете зробити ви
- Перш ніж людина вирішить звертатися, простими словами поясніть кожен крок і що дає довідка.
- Подбайте, щоб допомога на час розгляду — безпека, медична, психологічна і правова підтримка, тимчасове житло —
  почалася одразу: вона не чекає рішення.
- Якщо людину вже виявили поліція, суд чи орган іншої держави, повідомте про це: так вона уникне повторної
  співбесіди.

### Статус на практиці
За даними звітів Державного департаменту США, у 2015 році було задоволено **83 з 91** заяви, у 2016 році —
**110 зі 124**, у 2017 році — **195 з 273**.
""",
                ),
                case(
                    {
                        "title": "Oksana applies for status (a composite case)",
                        "content_note": "This case mentions sexual exploitation without describing it. It is a "
                        "composite: no real person is described.",
                        "scenario": "Oksana, 27, was identified as a victim of sexual exploitation by the police in "
                        "another country and has returned to Ukraine. She is staying with her sister in a small "
                        'town and asks you what "getting status" means, whether she must tell her story again, and '
                        "who will find out.",
                        "reflection": "- Where does she apply, and why may no interview be needed?\n"
                        "- What help is she entitled to while she waits?\n"
                        "- How do you answer her question about confidentiality?",
                    },
                    {
                        "title": "Оксана звертається по статус (узагальнений випадок)",
                        "content_note": "У цьому випадку згадано сексуальну експлуатацію без подробиць. Він "
                        "узагальнений: реальну людину не описано.",
                        "scenario": "Оксану, 27 років, поліція іншої країни виявила як постраждалу від сексуальної "
                        "експлуатації, і вона повернулася в Україну. Вона живе в сестри в невеликому місті й "
                        "запитує вас, що означає «отримати статус», чи доведеться знову все розповідати і хто про "
                        "це дізнається.",
                        "reflection": "- Куди вона звертається і чому співбесіда може бути не потрібна?\n"
                        "- На яку допомогу вона має право під час очікування?\n"
                        "- Що ви відповісте на її запитання про конфіденційність?",
                    },
                ),
                callout(
                    "warning",
                    "Confidentiality",
                    "Share the person's data only with those who need it to help them. Officials who interview "
                    "applicants sign a non-disclosure undertaking; everyone else in the chain should act as if "
                    "they had.",
                    "Конфіденційність",
                    "Передавайте дані людини лише тим, кому вони потрібні, щоб допомогти. Посадові особи, які "
                    "проводять співбесіду, підписують зобов'язання про нерозголошення; усі інші учасники мають "
                    "діяти так, ніби теж його підписали.",
                ),
                sources(RES_417, LAW_2011, CC, CETS, IOM_2018, TIP_REPORTS),
            ),
            lesson(
                "referral",
                20,
                ("Referral: 527, the Rehabilitation Centre, NGOs", "Перенаправлення: 527, Реабілітаційний центр, НУО"),
                (
                    "Refer a person to the hotline, the Medical Rehabilitation Centre and partner NGOs.",
                    "Перенаправляти людину на гарячу лінію, до Медичного реабілітаційного центру і партнерських НУО.",
                ),
                md(
                    """
## Services you can refer to

### Hotline 527
The **National Toll-Free Counter-Trafficking and Migrant Advice Hotline** has run since **2006**. It is free from
mobile phones, works daily across Ukraine and has helped up to **20,000** people a year. Demand grew after the
full-scale invasion: in May 2022 it gave **16,511** consultations in response to **4,444** calls, and in the
first nine months of 2023 more than **163,000** consultations for more than **37,000** calls — more calls than it
usually received in a whole year. It can also be reached at www.527.org.ua and through **@SafeMigrationBot**.

### The Medical Rehabilitation Centre, Kyiv
IOM has run the Centre since **2002** — the **only one of its kind** in Ukraine. It has given free, comprehensive
medical care to more than **3,600** victims of trafficking, "in a safe and confidential manner". Since 2022 it also
treats survivors of gender-based violence and people with war-related trauma.

### Partner NGOs
IOM works with a network of **more than 30** local NGOs in all regions of Ukraine; **19** were fully operational
in August 2022 despite the war. They offer shelter, legal aid, psychological counselling, vocational training and
reintegration support, in close contact with local social services.

### How to refer well
- Ask for the person's agreement and explain what each service does.
- Pass on only the information the service needs.
- Follow up: a referral that nobody checks on can leave the person alone again.

Reintegration works: of the survivors IOM assisted since 2000, **89%** successfully reintegrated.
""",
                    """
## Куди можна перенаправити

### Гаряча лінія 527
**Національна гаряча лінія з питань протидії торгівлі людьми та консультування мігрантів** працює з **2006
року**. Дзвінки з мобільних безкоштовні, лінія працює щодня по всій Україні і допомагала до **20 000** людей на
рік. Після повномасштабного вторгнення звернень побільшало: у травні 2022 року лінія надала **16 511** консультацій
у відповідь на **4 444** дзвінки, а за перші дев'ять місяців 2023 року — понад **163 000** консультацій на понад
**37 000** дзвінків; це більше дзвінків, ніж лінія зазвичай отримувала за цілий рік. Звернутися можна також через
www.527.org.ua і **@SafeMigrationBot**.

### Медичний реабілітаційний центр, Київ
МОМ керує Центром з **2002 року**; це **єдиний такий заклад** в Україні. Понад **3 600** постраждалих від
торгівлі людьми отримали тут безкоштовну комплексну медичну допомогу — «безпечно й конфіденційно». З 2022 року
Центр допомагає також особам, які пережили ґендерно зумовлене насильство, і людям із травмою війни.

### Партнерські громадські організації
МОМ співпрацює з мережею з **понад 30** місцевих громадських організацій у всіх областях України; у серпні 2022
року, попри війну, **19** із них повноцінно працювали. Вони надають тимчасове житло, правову допомогу,
психологічне консультування, професійне навчання і підтримку в реінтеграції, тісно співпрацюючи з місцевими
соціальними службами.

### Як перенаправляти правильно
- Запитайте згоди людини і поясніть, що робить кожна служба.
- Передавайте лише ту інформацію, яка потрібна службі.
- Дізнайтеся, що було далі: перенаправлення, яке ніхто не перевірив, може знову залишити людину на самоті.

Реінтеграція дає результат: з-поміж осіб, яким МОМ допомагала з 2000 року, **89%** успішно реінтегрувалися.
""",
                ),
                case(
                    {
                        "title": "Taras after the farm: a survivor's recovery",
                        "content_note": "This story mentions past violence and exploitation.",
                        "scenario": "*Name changed to protect privacy (IOM, 2018).*\n\n"
                        "When the farm owner died, Taras was given his passport back and told he was free to go. He "
                        "had no home to return to. He was referred to a local IOM partner NGO, where he found "
                        "shelter and had to learn basic life skills again. IOM provided clothing, medical and "
                        "psychological assistance. As IOM, the NGO and state social services joined their efforts, "
                        "he received further help, including a complex eye operation. Today Taras does "
                        "refurbishment work and is respected by his colleagues. The NGO also found his family, who "
                        "had thought he had died long ago, and he met grandchildren born in his absence.",
                        "reflection": "- Which services and which NRM actors took part in his recovery?\n"
                        "- What might have happened if the first person he met had not referred him?",
                    },
                    {
                        "title": "Тарас після ферми: як людина відновлюється",
                        "content_note": "У цій історії згадано пережиті насильство й експлуатацію.",
                        "scenario": "*Ім'я змінено з метою захисту приватності (МОМ, 2018).*\n\n"
                        "Коли власник ферми помер, Тарасові повернули паспорт і сказали, що він може йти. "
                        "Повертатися йому було нікуди. Його перенаправили до місцевої партнерської організації МОМ, "
                        "де він отримав прихисток і знову вчився базових побутових навичок. МОМ надала йому одяг, "
                        "медичну і психологічну допомогу. Завдяки спільним зусиллям МОМ, громадської організації і "
                        "державних соціальних служб він отримав і подальшу допомогу, зокрема складну операцію на "
                        "очах. Нині Тарас займається ремонтами, і колеги його поважають. Організація також "
                        "розшукала його родину, яка давно вважала його загиблим, і він познайомився з онуками, що "
                        "народилися за його відсутності.",
                        "reflection": "- Які служби і суб'єкти НМВ долучилися до його відновлення?\n"
                        "- Що могло б статися, якби перша людина, яку він зустрів, не перенаправила його?",
                    },
                ),
                ALL_LINES,
                sources(IOM_PROGRAMME, PROTECTION_PAGE, IOM_2022, IOM_2018, HOTLINE_SITE),
            ),
        ],
    ),
    module(
        "children-foreigners-and-care",
        ("Children, foreign victims and the team around them", "Діти, іноземці та команда довкола них"),
        (
            "Child victims, the hromada's role, case management, foreign victims, and looking after yourself.",
            "Діти, які постраждали, роль громади, ведення випадку, іноземці та турбота про себе.",
        ),
        [
            lesson(
                "child-victims",
                20,
                ("Child victims", "Діти, які постраждали від торгівлі людьми"),
                (
                    "Act in the best interests of a child who may have been trafficked, with the children's service.",
                    "Діяти в найкращих інтересах дитини, яка могла постраждати від торгівлі людьми, разом зі службою "
                    "у справах дітей.",
                ),
                md(
                    """
## A child is anyone under 18

Under the 2011 Law (No. 3739-VI, Art. 1) a **child** is a person under 18. For a child, trafficking needs an act
and a purpose of exploitation, but **no means** (Palermo Protocol, Art. 3(c)–(d)). A 16-year-old who "agreed" to
a job is not responsible for what adults did with that agreement.

## The best interests of the child
The UN Convention on the Rights of the Child (Art. 3(1)) requires that in all actions concerning children, **the
best interests of the child** are a primary consideration. The child also has the right to be heard in matters
that affect them, in line with their age and maturity (Art. 12). In practice:

- **Safety first.** Do not hand the child back to the adult who brought them, and do not contact parents or
  relatives before you know they are not involved — a parent or guardian can be the trafficker.
- **Involve the children's service** (*служба у справах дітей*) of the local council or administration at once,
  together with the police where there is danger. The children's service is the local body responsible for child
  protection; your role is to notice, keep the child safe and refer, not to investigate.
- **One interview, by a trained specialist**, in a child-friendly place, with an appropriate adult present who is not involved. Every
  repeated question can retraumatise.
- **Explain in words the child understands** what will happen next, and ask for their views.

If the age is uncertain and there are reasons to believe the person is a child, the Council of Europe Convention
(CETS No. 197, Art. 10(3)) requires treating them as a child until the age is verified. For an unaccompanied
child it provides for a legal guardian and for tracing the family when that is in the child's best interests
(Art. 10(4)). Ask the children's service how a status application for a child is made under Resolution 417.
""",
                    """
## Дитина — кожна особа віком до 18 років

Згідно із Законом 2011 року (№ 3739-VI, ст. 1) **дитина** — особа віком до 18 років. Щодо дитини для торгівлі
людьми потрібні дія і мета експлуатації, але **не спосіб** (Палермський протокол, ст. 3(c)–(d)). 16-річна
особа, яка «погодилася» на роботу, не відповідає за те, що дорослі зробили з цією згодою.

## Найкращі інтереси дитини
Конвенція ООН про права дитини (ст. 3(1)) вимагає, щоб в усіх діях щодо дітей першочергова увага приділялася
**найкращим інтересам дитини**. Дитина також має право висловлювати свої погляди з усіх питань, що її
стосуються, з урахуванням віку і зрілості (ст. 12). На практиці:

- **Насамперед безпека.** Не повертайте дитину дорослому, який її привіз, і не зв'язуйтеся з батьками чи
  родичами, доки не переконаєтеся, що вони не причетні: торгувати дитиною може й один із батьків або опікун.
- **Негайно залучайте службу у справах дітей** місцевої ради чи адміністрації, а якщо є небезпека — і поліцію.
  Служба у справах дітей — місцевий орган, відповідальний за захист дітей; ваше завдання — помітити, убезпечити
  дитину і перенаправити, а не розслідувати.
- **Одна співбесіда, яку проводить підготовлений фахівець**, у дружньому до дитини місці та в присутності
  відповідного дорослого, який не причетний до подій. Кожне повторне запитання може знову травмувати.
- **Пояснюйте зрозумілими для дитини словами**, що буде далі, і запитуйте її думку.

Якщо вік невідомий і є підстави вважати, що людина — дитина, Конвенція Ради Європи про заходи щодо протидії
торгівлі людьми (ст. 10(3)) вимагає поводитися з нею як з дитиною, доки вік не буде встановлено. Для дитини без
супроводу Конвенція передбачає законного представника і розшук родини, якщо це відповідає найкращим інтересам
дитини (ст. 10(4)). Як подати заяву про встановлення статусу для дитини за Постановою № 417, з'ясуйте в службі у
справах дітей.
""",
                ),
                case(
                    {
                        "title": "Dana at the bus station (a composite case)",
                        "content_note": "This case describes the recruitment of a child, without details of abuse. "
                        "It is a composite: no real person is described.",
                        "scenario": "Dana, 15, lives with her grandmother in a small town after her family was "
                        'displaced. Online, a woman offered her well-paid work as a "promo model" in a big city and '
                        "paid for her ticket. At the bus station a social worker notices Dana with an adult man who "
                        "holds her phone and answers every question for her.",
                        "reflection": "- Which elements do you need to establish for a 15-year-old, and which not?\n"
                        "- Whom do you involve first, and whom do you not contact yet?\n"
                        "- How would you explain to Dana what happens next?",
                    },
                    {
                        "title": "Дана на автовокзалі (узагальнений випадок)",
                        "content_note": "Цей випадок описує вербування дитини без подробиць насильства. Він "
                        "узагальнений: реальну людину не описано.",
                        "scenario": "Дана, 15 років, після переміщення родини живе з бабусею в невеликому місті. "
                        "В інтернеті жінка запропонувала їй добре оплачувану роботу «промомоделлю» у великому місті "
                        "і оплатила квиток. На автовокзалі соціальна працівниця помічає Дану з дорослим чоловіком, "
                        "який тримає її телефон і відповідає замість неї на всі запитання.",
                        "reflection": "- Які елементи потрібно встановити щодо 15-річної особи, а які — ні?\n"
                        "- Кого ви залучите насамперед, а з ким поки що не зв'язуватиметеся?\n"
                        "- Як би ви пояснили Дані, що буде далі?",
                    },
                ),
                callout(
                    "hotline",
                    "Numbers for children",
                    "**116 111** — National Children's Hotline (La Strada Ukraine), free. **102** — police, when a "
                    "child is in immediate danger. **527** — counter-trafficking hotline, also for adults worried "
                    "about a child.",
                    "Номери для дітей",
                    "**116 111** — Національна дитяча гаряча лінія («Ла Страда-Україна»), безкоштовно. **102** — "
                    "поліція, якщо дитині загрожує безпосередня небезпека. **527** — гаряча лінія з питань протидії "
                    "торгівлі людьми, зокрема для дорослих, які хвилюються за дитину.",
                ),
                sources(CRC, PALERMO, LAW_2011, CETS_ARTS, RES_417, CHILD_LINE),
            ),
            lesson(
                "hromadas",
                15,
                ("The hromada's role", "Роль громади"),
                (
                    "Use the social services of the territorial community (hromada) in a referral.",
                    "Залучати соціальні послуги територіальної громади до перенаправлення.",
                ),
                md(
                    """
## Help is organised where the person lives

The Law of Ukraine "On Social Services" (No. 2671-VIII of 17 January 2019) makes **local self-government** — the
councils of territorial communities (*hromadas*) — responsible for organising social services for the people who
live there: finding out who needs them, assessing needs, and providing services directly or through other
providers, including NGOs. Check the current text of the Law for the exact duties and service types.

### What this means for a survivor
- The **status application** goes to the local state administration (Resolution 417), but most day-to-day help —
  a social worker, temporary accommodation, counselling, help with documents and benefits — is organised by the
  **hromada** and its partners.
- Interim help does **not** wait for the status decision (Resolution 417): start it locally at once.
- The hromada often has the people you need in one place: a social-work specialist, a centre for social services
  where one exists, and the **children's service**.

### Before you need it
- Know the names and numbers of your hromada's social-services contact and children's service.
- Map what exists locally — shelter, health care, legal aid, partner NGOs — and what has to come from elsewhere
  (for example IOM's Medical Rehabilitation Centre in Kyiv).
- Agree with local partners how you share information: only what is needed, only with the person's consent.

IOM's partner NGOs work in close contact with local social services (IOM), and Taras's recovery rested on IOM, an
NGO and state social services acting together.
""",
                    """
## Допомогу організовують там, де людина живе

Закон України «Про соціальні послуги» (№ 2671-VIII від 17 січня 2019 року) покладає на **органи місцевого
самоврядування** — ради територіальних громад — організацію соціальних послуг для мешканців: виявлення тих, хто їх
потребує, визначення потреб і надання послуг безпосередньо або через інших надавачів, зокрема громадські
організації. Точний перелік обов'язків і видів послуг звіряйте з чинною редакцією Закону.

### Що це означає для людини, яка постраждала
- **Заява про встановлення статусу** подається до місцевої державної адміністрації (Постанова № 417), але
  більшість щоденної допомоги — соціальний працівник, тимчасове житло, консультування, допомога з документами й
  виплатами — організовує **громада** та її партнери.
- Допомога на час розгляду **не** чекає рішення про статус (Постанова № 417): починайте її на місці одразу.
- У громаді часто є всі потрібні люди: фахівець із соціальної роботи, центр надання соціальних послуг (якщо його
  створено) і **служба у справах дітей**.

### Заздалегідь
- Знайте імена й номери відповідальних за соціальні послуги та служби у справах дітей у вашій громаді.
- Складіть карту того, що є на місці, — тимчасове житло, медична і правова допомога, партнерські громадські
  організації, — і того, що доведеться шукати деінде (наприклад, Медичний реабілітаційний центр МОМ у Києві).
- Домовтеся з місцевими партнерами, як обмінюватися інформацією: лише необхідною і лише за згоди людини.

Партнерські громадські організації МОМ тісно співпрацюють з місцевими соціальними службами (МОМ), а
відновлення Тараса стало можливим завдяки спільним діям МОМ, громадської організації і державних соціальних
служб.
""",
                ),
                sources(LAW_SOCIAL_SERVICES, RES_417, IOM_PROGRAMME, IOM_2018),
            ),
            lesson(
                "case-management",
                20,
                ("Case management and the individual plan", "Ведення випадку та індивідуальний план"),
                (
                    "Build and review an individual assistance plan together with the person.",
                    "Складати і переглядати індивідуальний план допомоги разом із людиною.",
                ),
                md(
                    """
## One plan, agreed with the person

Case management means that one worker — the case manager — coordinates help around the person, so that they do
not have to tell their story to every service. The steps below are **practice standards**; the form your service
uses may differ.

1. **First contact and safety.** Immediate needs and risks (Module 2).
2. **Needs assessment, with the person.** Safety, health, housing, documents, legal questions, income, family and
   children — and the person's own priorities. They are the expert on their life.
3. **Informed consent.** Explain what will be shared, with whom and why; the person may say no or change their
   mind. Under the Council of Europe Convention (CETS No. 197, Art. 12(7)), services are provided on a
   **consensual and informed basis**.
4. **The individual assistance plan.** Goals, who does what, by when; one named case manager.
5. **Review.** Regularly, and whenever the situation changes — a court date, a move, a new risk.
6. **Closing and follow-up.** When the goals are met or the person decides to stop; leave the door open.

### Two rules that protect the person
- **Help is not conditional on testifying.** Assistance may not be made conditional on the person's willingness
  to act as a witness (CETS Art. 12(6)).
- **Confidentiality.** The person's private life and identity are protected (CETS Art. 11): share only what a
  service needs, keep files secure, and never put names in group chats or e-mail subjects.
""",
                    """
## Один план, погоджений з людиною

Ведення випадку означає, що один фахівець — відповідальний за ведення випадку — координує допомогу довкола людини,
щоб їй не доводилося переказувати свою історію кожній службі. Кроки нижче — це **стандарти практики**; форма, яку
використовує ваша служба, може відрізнятися.

1. **Перший контакт і безпека.** Нагальні потреби й ризики (модуль 2).
2. **Оцінка потреб — разом із людиною.** Безпека, здоров'я, житло, документи, правові питання, дохід, родина і
   діти — а також пріоритети самої людини. Найкраще своє життя знає вона.
3. **Поінформована згода.** Поясніть, що, кому і навіщо буде передано; людина може відмовитися або змінити
   рішення. Відповідно до Конвенції Ради Європи про заходи щодо протидії торгівлі людьми (ст. 12(7)) послуги
   надаються **за згодою і на основі поінформованості**.
4. **Індивідуальний план допомоги.** Цілі, хто що робить і до якого строку; один визначений відповідальний
   фахівець.
5. **Перегляд.** Регулярно і щоразу, коли ситуація змінюється: судове засідання, переїзд, новий ризик.
6. **Завершення і подальший супровід.** Коли цілей досягнуто або людина вирішила припинити; залиште двері
   відчиненими.

### Два правила, що захищають людину
- **Допомога не залежить від свідчень.** Допомогу не можна ставити в залежність від готовності людини бути
  свідком (ст. 12(6) Конвенції).
- **Конфіденційність.** Приватне життя і особу людини захищено (ст. 11 Конвенції): передавайте лише те, що
  потрібно службі, зберігайте справи в безпеці і ніколи не пишіть імен у групових чатах чи темах листів.
""",
                ),
                NO_BLAME,
                sources(CETS_ARTS, RES_417, IOM_2018),
            ),
            lesson(
                "foreign-victims",
                20,
                ("Foreign victims in Ukraine", "Іноземці, які постраждали від торгівлі людьми в Україні"),
                (
                    "Protect and refer a foreign national who may be a victim of trafficking.",
                    "Захищати і перенаправляти іноземця, який може бути постраждалим від торгівлі людьми.",
                ),
                md(
                    """
## Protection does not depend on a passport

Foreigners and stateless people can be trafficked in Ukraine too. Missing papers or an expired permit are often a
sign of control, not a reason to stop asking (Module 1).

### What the Council of Europe Convention (CETS No. 197) provides
| Article | Protection |
|---|---|
| **Art. 10** | where there are reasonable grounds to believe a person is a victim, they are **not removed** from the country until identification is completed |
| **Art. 13** | a **recovery and reflection period of at least 30 days**, during which no expulsion order can be enforced |
| **Art. 14** | a renewable **residence permit** where the person's situation requires it, or where they cooperate with an investigation |

### In practice
- **An interpreter, always** — qualified and independent, never a companion, employer or fellow worker (Module 2).
  The status application under Resolution 417 can be filled in with an interpreter's help for a foreigner who
  does not speak Ukrainian (kolrada.gov.ua).
- **Explain the protections** above in the person's language before anyone talks about removal.
- **Contact an embassy or consulate only with the person's consent**: for some people their own authorities are a
  source of danger.
- **Return, if the person wants it,** should be safe and preferably voluntary (CETS Art. 16); IOM can advise on
  assisted voluntary return.
""",
                    """
## Захист не залежить від паспорта

Іноземці та особи без громадянства теж можуть постраждати від торгівлі людьми в Україні. Відсутність документів чи
прострочений дозвіл часто свідчать про контроль, а не є причиною припинити розпитувати (модуль 1).

### Що передбачає Конвенція Ради Європи про заходи щодо протидії торгівлі людьми
| Стаття | Захист |
|---|---|
| **Ст. 10** | якщо є обґрунтовані підстави вважати людину постраждалою, її **не видворяють** з країни, доки не завершено виявлення |
| **Ст. 13** | **період відновлення та роздумів тривалістю щонайменше 30 днів**, протягом якого не можна виконати жодне рішення про видворення |
| **Ст. 14** | **дозвіл на проживання** з можливістю продовження, якщо цього потребує особисте становище людини або якщо вона співпрацює зі слідством |

### На практиці
- **Перекладач — завжди**, кваліфікований і незалежний, а не супровідник, роботодавець чи колега по роботі
  (модуль 2). Заяву про встановлення статусу за Постановою № 417 іноземець, який не володіє українською мовою,
  може заповнити за допомогою перекладача (kolrada.gov.ua).
- **Поясніть ці гарантії** мовою людини, перш ніж хтось заговорить про видворення.
- **Звертайтеся до посольства чи консульства лише за згоди людини**: для декого власна держава — джерело
  небезпеки.
- **Повернення, якщо людина його хоче,** має бути безпечним і переважно добровільним (ст. 16 Конвенції); МОМ може
  проконсультувати щодо добровільного повернення за її сприяння.
""",
                ),
                case(
                    {
                        "title": "Kamal on a building site (a composite case)",
                        "content_note": "This case describes labour exploitation. It is a composite: no real person "
                        "is described.",
                        "scenario": "Kamal, 29, came to Ukraine from abroad for construction work. The employer "
                        "keeps his passport, his permit has expired, and he is told he owes money for housing. "
                        "After a work injury he is treated in hospital, where a social worker from the hromada is "
                        "asked to see him. He speaks little Ukrainian and is afraid of being deported.",
                        "reflection": "- What does Kamal need before anything else?\n"
                        "- Which protections under CETS No. 197 would you explain to him, and in which language?\n"
                        "- Whom would you contact, and whom only with his consent?",
                    },
                    {
                        "title": "Камал на будівництві (узагальнений випадок)",
                        "content_note": "Цей випадок описує трудову експлуатацію. Він узагальнений: реальну людину "
                        "не описано.",
                        "scenario": "Камал, 29 років, приїхав в Україну з-за кордону працювати на будівництві. "
                        "Роботодавець тримає його паспорт, строк дозволу минув, а йому кажуть, що він винен гроші "
                        "за житло. Після травми на роботі його лікують у лікарні, куди запрошують соціальну "
                        "працівницю громади. Камал погано розмовляє українською і боїться видворення.",
                        "reflection": "- Що потрібно Камалові насамперед?\n"
                        "- Які гарантії Конвенції Ради Європи ви б йому пояснили і якою мовою?\n"
                        "- З ким ви зв'яжетеся, а з ким — лише за його згоди?",
                    },
                ),
                sources(CETS_ARTS, RES_417, STATUS_INTERPRETER, IOM_PROGRAMME),
            ),
            lesson(
                "staff-self-care",
                10,
                ("Looking after yourself and your team", "Турбота про себе і команду"),
                (
                    "Recognise secondary trauma and use supervision and debriefing to stay well at work.",
                    "Розпізнавати вторинну травматизацію і користуватися супервізією та дебрифінгом, щоб зберігати "
                    "здоров'я на роботі.",
                ),
                md(
                    """
## Caring for others affects the carer

Listening again and again to accounts of exploitation can change the people who help. This is a normal
response to the work, not a weakness. Three ideas are useful:

- **Secondary traumatic stress:** reactions like those of trauma — intrusive images, avoidance, poor sleep —
  after hearing about someone else's experience.
- **Vicarious trauma:** a gradual shift in how you see people, safety and the world.
- **Burnout:** exhaustion and detachment, often driven by workload and how work is organised.

### What helps (practice guidance)
- **Supervision:** regular, protected time with an experienced colleague to think through cases and your reactions.
- **Debriefing** after a hard contact: short and structured — what happened, what you did, what you need now —
  without having to relive the details.
- **Peer support and boundaries:** breaks, leave, not carrying cases home, knowing your limits.
- **The organisation's part:** manageable caseloads, training, and access to confidential psychological support.
  Staff care is a team responsibility, not a personal test.

Looking after yourself also protects the people you help: a rested worker listens better and makes fewer
mistakes.
""",
                    """
## Турбота про інших впливає на того, хто допомагає

Коли знову і знову слухаєш розповіді про експлуатацію, це змінює людей, які допомагають. Це нормальна реакція на
таку роботу, а не слабкість. Корисно розрізняти три явища:

- **Вторинний травматичний стрес:** реакції, подібні до травматичних, — нав'язливі образи, уникання, поганий сон —
  після того, як ви почули про пережите іншою людиною.
- **Опосередкована (вікарна) травма:** поступова зміна того, як ви бачите людей, безпеку і світ.
- **Професійне вигорання:** виснаження і відстороненість, часто через навантаження і те, як організовано роботу.

### Що допомагає (рекомендації для практики)
- **Супервізія:** регулярний захищений час з досвідченим колегою, щоб обміркувати випадки і власні реакції.
- **Дебрифінг** після важкої зустрічі: короткий і структурований — що сталося, що ви зробили, що вам потрібно
  зараз, — без потреби знову переживати подробиці.
- **Підтримка колег і межі:** перерви, відпустка, не забирати справи додому, знати свої межі.
- **Роль організації:** посильне навантаження, навчання і доступ до конфіденційної психологічної підтримки.
  Турбота про персонал — відповідальність команди, а не особисте випробування.

Турбота про себе захищає і тих, кому ви допомагаєте: відпочилий фахівець краще слухає і менше помиляється.
""",
                ),
                callout(
                    "info",
                    "Just for you",
                    "These questions are for your own reflection; nothing here asks you to share your experience. "
                    "Which signs tell you that you need a break? Who can you talk to after a difficult day?",
                    "Лише для вас",
                    "Ці запитання — для власних роздумів; курс не просить вас ділитися своїм досвідом. Які ознаки "
                    "підказують вам, що час на перерву? З ким ви можете поговорити після важкого дня?",
                ),
                sources(PFA),
            ),
        ],
    ),
]


def tf_feedback(true_en, true_uk, false_en, false_uk):
    return ((true_en, true_uk), (false_en, false_uk))


QUESTIONS = [
    # --- Module 1: what trafficking is ---
    question(
        "true_false",
        "what-trafficking-is",
        ["definitions", "legal-instruments"],
        (
            "True or false: “If they agreed to the job, it isn't trafficking.”",
            "Правда чи неправда: «Якщо людина погодилася на роботу, це не торгівля людьми»?",
        ),
        (
            "Palermo Protocol, Art. 3(b): consent is irrelevant once any of the means (for example deception) was used.",
            "Палермський протокол, ст. 3(b): згода не має значення, якщо застосовано будь-який зі способів "
            "(наприклад, обман).",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: consent obtained by deception, coercion or abuse of vulnerability does not count.",
                "Ні: згода, отримана обманом, примусом чи через зловживання уразливістю, не має значення.",
                "Correct: once a means was used, the person's agreement is irrelevant.",
                "Правильно: якщо застосовано спосіб, згода людини не має значення.",
            ),
        ),
        source=("Palermo Protocol, Art. 3(b)", "Палермський протокол, ст. 3(b)"),
    ),
    question(
        "single",
        "what-trafficking-is",
        ["definitions", "legal-instruments"],
        (
            "A 16-year-old is recruited for exploitation. Which element is **not** needed to call it trafficking?",
            "16-річну особу вербують з метою експлуатації. Який елемент **не** потрібен, щоб кваліфікувати це як "
            "торгівлю людьми?",
        ),
        (
            "Palermo Protocol, Art. 3(c)–(d): for a child (under 18) the means are not required.",
            "Палермський протокол, ст. 3(c)–(d): щодо дитини (до 18 років) спосіб не потрібен.",
        ),
        options=[
            (
                "The act",
                "Дія",
                False,
                "The act (here, recruitment) is always needed.",
                "Дія (тут — вербування) потрібна завжди.",
            ),
            (
                "The purpose of exploitation",
                "Мета експлуатації",
                False,
                "The purpose of exploitation is always needed.",
                "Мета експлуатації потрібна завжди.",
            ),
            (
                "The means",
                "Спосіб",
                True,
                "Correct: for anyone under 18, no means has to be shown.",
                "Правильно: щодо будь-кого до 18 років спосіб доводити не потрібно.",
            ),
        ],
        source=(
            "Palermo Protocol, Art. 3(c)–(d); Law No. 3739-VI, Art. 1",
            "Палермський протокол, ст. 3(c)–(d); Закон № 3739-VI, ст. 1",
        ),
    ),
    question(
        "single",
        "what-trafficking-is",
        ["definitions", "indicators"],
        ("Is this trafficking in persons?", "Чи це торгівля людьми?"),
        (
            "Act: recruitment and harbouring; means: abuse of vulnerability and violence; purpose: forced labour "
            "(Palermo Protocol, Art. 3(a)). Taras was granted victim status in June 2017 (IOM, 2018).",
            "Дія: вербування і переховування; спосіб: зловживання уразливістю і насильство; мета: примусова праця "
            "(Палермський протокол, ст. 3(a)). У червні 2017 року Тарасові встановили статус особи, яка постраждала "
            "від торгівлі людьми (МОМ, 2018).",
        ),
        scenario=(
            "Taras (*name changed to protect privacy*) was injured and lost his job. He answered a farm owner's job "
            "advert. For 16 years he was beaten, rarely paid, and his passport was held.",
            "Тарас (*ім'я змінено з метою захисту приватності*) отримав травму і втратив роботу. Він відгукнувся на "
            "оголошення фермера. 16 років його били, рідко платили, а паспорт утримували.",
        ),
        options=[
            (
                "Yes: act, means and purpose are all present",
                "Так: наявні і дія, і спосіб, і мета",
                True,
                "Correct: recruitment and harbouring, abuse of vulnerability and violence, forced labour.",
                "Правильно: вербування і переховування, зловживання уразливістю і насильство, примусова праця.",
            ),
            (
                "No: there is no sign that he crossed a border",
                "Ні: немає ознак того, що він перетинав кордон",
                False,
                "Trafficking does not require a border crossing (Art. 3(a)): where the farm was does not change the "
                "analysis.",
                "Торгівля людьми не потребує перетину кордону (ст. 3(a)): де була ферма, на висновок не впливає.",
            ),
            (
                "No: he answered the advert himself",
                "Ні: він сам відгукнувся на оголошення",
                False,
                "Consent is irrelevant once a means — here abuse of vulnerability and violence — was used.",
                "Згода не має значення, якщо застосовано спосіб — тут зловживання уразливістю і насильство.",
            ),
            (
                "No: he was paid from time to time",
                "Ні: йому іноді платили",
                False,
                "Occasional small sums do not make exploitation a job; withholding of wages is an ILO indicator.",
                "Зрідка виплачені невеликі суми не роблять експлуатацію роботою; невиплата заробітної плати — "
                "індикатор МОП.",
            ),
        ],
        source=(
            "Palermo Protocol, Art. 3(a); IOM Ukraine, press release of 20 Nov 2018 (the case)",
            "Палермський протокол, ст. 3(a); МОМ в Україні, прес-реліз від 20 листопада 2018 року (випадок)",
        ),
    ),
    question(
        "true_false",
        "what-trafficking-is",
        ["definitions"],
        (
            "True or false: “Trafficking requires that the victim was taken across a border.”",
            "Правда чи неправда: «Торгівля людьми обов'язково передбачає переміщення постраждалої особи через кордон»?",
        ),
        (
            "Palermo Protocol, Art. 3(a) requires an act, a means and a purpose — no border. Of the people IOM "
            "assisted, 6% were trafficked to or within Ukraine (IOM, 2014).",
            "Палермський протокол, ст. 3(a) вимагає дії, способу і мети — але не кордону. Серед осіб, яким "
            "допомогла МОМ, 6% постраждали в Україні (МОМ, 2014).",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: trafficking can happen entirely inside one country (internal trafficking).",
                "Ні: торгівля людьми може відбуватися повністю в межах однієї країни (внутрішня торгівля людьми).",
                "Correct: it is smuggling that always involves a border; trafficking may not.",
                "Правильно: кордон обов'язковий для незаконного переправлення, а для торгівлі людьми — ні.",
            ),
        ),
        source=(
            "Palermo Protocol, Art. 3(a); IOM Ukraine, release of 30 Jul 2014 (6% to or within Ukraine)",
            "Палермський протокол, ст. 3(a); МОМ в Україні, повідомлення від 30 липня 2014 року (6% — в Україні)",
        ),
    ),
    question(
        "matching",
        "what-trafficking-is",
        ["definitions"],
        (
            "Match each element of the Palermo definition with an example from the case of Taras.",
            "Зіставте кожен елемент визначення Палермського протоколу з прикладом із випадку Тараса.",
        ),
        (
            "Palermo Protocol, Art. 3(a): act, means and purpose (case: IOM, 2018).",
            "Палермський протокол, ст. 3(a): дія, спосіб і мета (випадок: МОМ, 2018).",
        ),
        pairs=[
            ("Act", "Recruitment through a job advert", "Дія", "Вербування через оголошення про роботу"),
            (
                "Means",
                "Abuse of his vulnerability after injury and job loss",
                "Спосіб",
                "Зловживання його уразливим станом після травми і втрати роботи",
            ),
            ("Purpose", "Forced labour tending cattle", "Мета", "Примусова праця з доглядом за худобою"),
        ],
        source=(
            "Palermo Protocol, Art. 3(a); IOM Ukraine, press release of 20 Nov 2018 (the case)",
            "Палермський протокол, ст. 3(a); МОМ в Україні, прес-реліз від 20 листопада 2018 року (випадок)",
        ),
    ),
    # --- Module 2: identifying victims ---
    question(
        "multiple",
        "identifying-victims",
        ["indicators"],
        (
            "Which of these are ILO indicators of forced labour? Select all that apply.",
            "Що з переліченого є індикаторами примусової праці МОП? Оберіть усі правильні відповіді.",
        ),
        (
            "ILO indicators of forced labour (2012): retention of identity documents, debt bondage and excessive "
            "overtime are among the 11; working abroad is not an indicator.",
            "Індикатори примусової праці МОП (2012): утримання документів, боргова кабала і надмірна "
            "понаднормова робота — серед 11; робота за кордоном індикатором не є.",
        ),
        options=[
            (
                "Retention of identity documents",
                "Утримання документів, що посвідчують особу",
                True,
                "Yes: indicator no. 7 on the ILO list.",
                "Так: індикатор № 7 у переліку МОП.",
            ),
            (
                "Debt bondage",
                "Боргова кабала",
                True,
                "Yes: indicator no. 9 on the ILO list.",
                "Так: індикатор № 9 у переліку МОП.",
            ),
            (
                "Excessive overtime",
                "Надмірна понаднормова робота",
                True,
                "Yes: indicator no. 11 on the ILO list.",
                "Так: індикатор № 11 у переліку МОП.",
            ),
            (
                "Working abroad",
                "Робота за кордоном",
                False,
                "No: working abroad is not in itself an indicator of forced labour.",
                "Ні: робота за кордоном сама по собі не є індикатором примусової праці.",
            ),
        ],
        source=(
            "ILO indicators of forced labour (ILO, 2012), nos. 7, 9 and 11",
            "Індикатори примусової праці МОП (МОП, 2012), № 7, 9 і 11",
        ),
    ),
    question(
        "true_false",
        "identifying-victims",
        ["indicators"],
        (
            "True or false: “A single indicator is never enough to suspect forced labour.”",
            "Правда чи неправда: «Одного індикатора ніколи не достатньо, щоб запідозрити примусову працю»?",
        ),
        (
            "ILO indicators of forced labour (2012): one indicator can sometimes be enough; usually several appear "
            "together.",
            "Індикатори примусової праці МОП (2012): іноді достатньо одного індикатора; зазвичай їх кілька одночасно.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: the ILO notes that one indicator can sometimes be enough.",
                "Ні: МОП зазначає, що іноді достатньо одного індикатора.",
                "Correct: one can sometimes be enough, though usually several appear together.",
                "Правильно: іноді достатньо одного, хоча зазвичай їх кілька.",
            ),
        ),
        source=("ILO indicators of forced labour (ILO, 2012)", "Індикатори примусової праці МОП (МОП, 2012)"),
    ),
    question(
        "single",
        "identifying-victims",
        ["indicators", "referral"],
        ("What do you see, and what do you do?", "Що ви бачите і що робите?"),
        (
            "Retention of identity documents and withholding of wages are ILO indicators (ILO, 2012). The Austrian "
            "police list “something in return” demanded after accommodation as a red flag, and UNHCR a "
            "non-official asking for a passport. Refer, e.g. to hotline 527.",
            "Утримання документів, що посвідчують особу, і невиплата заробітної плати — індикатори МОП (2012). Поліція "
            "Австрії називає тривожним сигналом вимогу «чогось натомість» після надання житла, а УВКБ ООН — "
            "прохання віддати паспорт від особи, яка не є посадовою. Перенаправте, наприклад, на лінію 527.",
        ),
        scenario=(
            "A Ukrainian woman who fled abroad tells you by phone that her host keeps her passport “for safety” and "
            "makes her clean the house without pay to “cover the rent”.",
            "Українка, яка виїхала за кордон, розповідає вам телефоном, що господар житла тримає її паспорт «для "
            "безпеки» і змушує її безоплатно прибирати будинок, щоб «покрити оренду».",
        ),
        options=[
            (
                "Possible trafficking: explain her options and refer her, e.g. to hotline 527",
                "Можлива торгівля людьми: пояснити їй можливості і перенаправити, наприклад, на лінію 527",
                True,
                "Correct: document retention and unpaid work for housing together call for referral.",
                "Правильно: утримання документів і неоплачувана праця за житло разом — підстава для перенаправлення.",
            ),
            (
                "A private housing arrangement: nothing to do",
                "Приватна домовленість про житло: нічого робити не треба",
                False,
                "Holding a passport and demanding unpaid work are indicators, not a private matter.",
                "Утримання паспорта і вимога неоплачуваної праці — індикатори, а не приватна справа.",
            ),
            (
                "Ask her to prove the exploitation before offering help",
                "Попросити її довести експлуатацію, перш ніж пропонувати допомогу",
                False,
                "Indicators are enough to refer; proof is not a condition for help.",
                "Для перенаправлення достатньо індикаторів; доказ не є умовою допомоги.",
            ),
            (
                "Call the host to ask for an explanation",
                "Зателефонувати господареві і попросити пояснень",
                False,
                "Contacting a possible exploiter can put her at risk; refer instead.",
                "Контакт із можливим експлуататором може наразити її на небезпеку; краще перенаправте.",
            ),
        ],
        source=(
            "ILO indicators of forced labour (ILO, 2012), nos. 7 and 8; red flags: Austrian police "
            "(kleinezeitung.at), UNHCR Blue Dot hub",
            "Індикатори примусової праці МОП (МОП, 2012), № 7 і 8; тривожні сигнали: поліція Австрії "
            "(kleinezeitung.at), УВКБ ООН (Blue Dot)",
        ),
    ),
    question(
        "matching",
        "identifying-victims",
        ["indicators"],
        (
            "Match each ILO indicator with the example that illustrates it.",
            "Зіставте кожен індикатор МОП з прикладом, який його ілюструє.",
        ),
        ("ILO indicators of forced labour (2012).", "Індикатори примусової праці МОП (2012)."),
        pairs=[
            (
                "Retention of identity documents",
                "The foreman “keeps” everyone's passports in his safe",
                "Утримання документів, що посвідчують особу",
                "Бригадир «зберігає» паспорти всіх працівників у своєму сейфі",
            ),
            (
                "Debt bondage",
                "A travel “debt” that grows faster than it can be worked off",
                "Боргова кабала",
                "«Борг» за дорогу зростає швидше, ніж його вдається відпрацювати",
            ),
            (
                "Isolation",
                "No phone and no contact with family for months",
                "Ізоляція",
                "Місяцями немає телефону і зв'язку з родиною",
            ),
            (
                "Withholding of wages",
                "Paid only occasional small sums",
                "Невиплата заробітної плати",
                "Лише зрідка виплачують невеликі суми",
            ),
        ],
        source=(
            "ILO indicators of forced labour (ILO, 2012), nos. 4, 7, 8 and 9",
            "Індикатори примусової праці МОП (МОП, 2012), № 4, 7, 8 і 9",
        ),
    ),
    question(
        "multiple",
        "identifying-victims",
        ["victim-centred"],
        (
            "Which of these belong in a safe, non-blaming first contact? Select all that apply.",
            "Що з переліченого належить до безпечного першого контакту без звинувачень? Оберіть усі правильні "
            "відповіді.",
        ),
        (
            f"Victims of trafficking {IOM_INVISIBLE[0]} (IOM, 2018): speak alone, with a qualified interpreter, "
            "without blame, and make help unconditional.",
            f"Постраждалі від торгівлі людьми {IOM_INVISIBLE[1]} (МОМ, 2018): говоріть наодинці, з кваліфікованим "
            "перекладачем, без звинувачень, і не ставте умов для допомоги.",
        ),
        options=[
            (
                "Talking to the person alone, in a private place",
                "Розмова з людиною наодинці, в окремому місці",
                True,
                "Yes: companions may be the people who control them.",
                "Так: супровідники можуть бути тими, хто її контролює.",
            ),
            (
                "Explaining that help does not depend on telling everything",
                "Пояснення, що допомога не залежить від того, чи людина розповість усе",
                True,
                "Yes: it lowers pressure and builds trust.",
                "Так: це знімає тиск і будує довіру.",
            ),
            (
                "Using the person's travelling companion as interpreter",
                "Залучення супровідника людини як перекладача",
                False,
                "No: use a qualified interpreter, never a companion, employer or “coordinator”.",
                "Ні: залучайте кваліфікованого перекладача, а не супровідника, роботодавця чи «координатора».",
            ),
            (
                "Asking “Why didn't you just leave?”",
                "Запитання «Чому ви просто не пішли?»",
                False,
                "No: this blames the person; ask whether they could come and go freely instead.",
                "Ні: це звинувачення; краще запитайте, чи могла людина вільно виходити і повертатися.",
            ),
        ],
        source=(
            "IOM Ukraine, press release of 20 Nov 2018 (online NRM course)",
            "МОМ в Україні, прес-реліз від 20 листопада 2018 року (онлайн-курс про НМВ)",
        ),
    ),
    # --- Module 3: the NRM and victim status ---
    question(
        "single",
        "nrm-and-status",
        ["nrm-procedure"],
        (
            "Where does a person apply to establish victim-of-trafficking status?",
            "Куди людина звертається, щоб їй установили статус особи, яка постраждала від торгівлі людьми?",
        ),
        (
            "Resolution No. 417 of 23 May 2012: to the local state administration where the person is staying.",
            "Постанова № 417 від 23 травня 2012 року: до місцевої державної адміністрації за місцем перебування.",
        ),
        options=[
            (
                "To the local state administration where they are staying",
                "До місцевої державної адміністрації за місцем перебування",
                True,
                "Correct: an official there interviews the person with a questionnaire.",
                "Правильно: посадова особа адміністрації проводить співбесіду за анкетою.",
            ),
            (
                "To a court",
                "До суду",
                False,
                "A court hears appeals against a refusal; it does not receive applications.",
                "Суд розглядає оскарження відмови, а не приймає заяви.",
            ),
            (
                "To an NGO, which grants the status",
                "До громадської організації, яка встановлює статус",
                False,
                "NGOs support and refer; the decision on status is taken at national level, not by an NGO.",
                "Громадські організації підтримують і перенаправляють; рішення про статус ухвалюють на "
                "національному рівні, а не громадська організація.",
            ),
            (
                "To the State Employment Service",
                "До Державної служби зайнятості",
                False,
                "Not part of the status procedure.",
                "Не є частиною процедури встановлення статусу.",
            ),
        ],
        source=(
            "Cabinet of Ministers Resolution No. 417 of 23 May 2012",
            "Постанова Кабінету Міністрів № 417 від 23 травня 2012 року",
        ),
    ),
    question(
        "multiple",
        "nrm-and-status",
        ["nrm-procedure", "victim-centred"],
        (
            "Which of these is a person entitled to while the status decision is pending? Select all that apply.",
            "На що має право людина, поки триває розгляд питання про статус? Оберіть усі правильні відповіді.",
        ),
        (
            "Resolution No. 417: while waiting, security, medical, psychological and legal help, and shelter. A "
            "residence permit abroad is not part of the Ukrainian procedure.",
            "Постанова № 417: під час очікування — безпека, медична, психологічна і правова допомога та тимчасове "
            "житло. Дозвіл на проживання за кордоном не є частиною української процедури.",
        ),
        options=[
            ("Security", "Безпека", True, "Yes: listed in Resolution 417.", "Так: передбачено Постановою № 417."),
            (
                "Medical, psychological and legal help",
                "Медична, психологічна і правова допомога",
                True,
                "Yes: listed in Resolution 417.",
                "Так: передбачено Постановою № 417.",
            ),
            (
                "Shelter",
                "Тимчасове житло",
                True,
                "Yes: listed in Resolution 417.",
                "Так: передбачено Постановою № 417.",
            ),
            (
                "A residence permit abroad",
                "Дозвіл на проживання за кордоном",
                False,
                "No: the Ukrainian status procedure does not grant residence in another country.",
                "Ні: українська процедура встановлення статусу не дає права на проживання в іншій країні.",
            ),
        ],
        source=(
            "Cabinet of Ministers Resolution No. 417 of 23 May 2012",
            "Постанова Кабінету Міністрів № 417 від 23 травня 2012 року",
        ),
    ),
    question(
        "single",
        "nrm-and-status",
        ["nrm-procedure"],
        (
            "Who is Ukraine's national coordinator on countering trafficking?",
            "Хто є національним координатором у сфері протидії торгівлі людьми в Україні?",
        ),
        (
            "The Ministry of Social Policy: IOM called it the national coordinator in 2018, and a presidential "
            "decree of 5 August 2020 designated it so (Law No. 3739-VI, Art. 5).",
            "Мінсоцполітики: МОМ називала його національним координатором у 2018 році, а указом Президента від "
            "5 серпня 2020 року його визначено національним координатором (Закон № 3739-VI, ст. 5).",
        ),
        options=[
            (
                "The Ministry of Social Policy",
                "Мінсоцполітики",
                True,
                "Correct: it develops policy and coordinates national and local authorities.",
                "Правильно: воно формує політику і координує центральні й місцеві органи влади.",
            ),
            (
                "The National Police",
                "Національна поліція",
                False,
                "An NRM actor that investigates, not the coordinator.",
                "Суб'єкт НМВ, що розслідує, але не координатор.",
            ),
            (
                "The State Migration Service",
                "Державна міграційна служба",
                False,
                "An NRM actor, not the coordinator.",
                "Суб'єкт НМВ, але не координатор.",
            ),
            (
                "IOM",
                "МОМ",
                False,
                "IOM supports the government and NGOs; it is not a state coordinator.",
                "МОМ підтримує уряд і громадські організації, але не є державним координатором.",
            ),
        ],
        source=(
            "Presidential decree of 5 Aug 2020 (rbc.ua); Law No. 3739-VI, Art. 5; IOM Ukraine, press release of "
            "20 Nov 2018",
            "Указ Президента України від 5 серпня 2020 року (rbc.ua); Закон № 3739-VI, ст. 5; МОМ в Україні, "
            "прес-реліз від 20 листопада 2018 року",
        ),
    ),
    question(
        "true_false",
        "nrm-and-status",
        ["nrm-procedure"],
        (
            "True or false: “If the police have already identified the person as a victim, no status interview is "
            "needed.”",
            "Правда чи неправда: «Якщо поліція вже виявила людину як постраждалу, співбесіда для встановлення "
            "статусу не потрібна»?",
        ),
        (
            "Resolution No. 417: no interview is needed if the police, a court or a foreign authority has already "
            "identified the person.",
            "Постанова № 417: співбесіда не потрібна, якщо людину вже виявили поліція, суд або іноземний орган.",
        ),
        options=(
            True,
            tf_feedback(
                "Correct: the resolution spares the person a second interview.",
                "Правильно: постанова звільняє людину від повторної співбесіди.",
                "Not so: identification by the police, a court or a foreign authority replaces the interview.",
                "Ні: виявлення поліцією, судом чи іноземним органом замінює співбесіду.",
            ),
        ),
        source=(
            "Cabinet of Ministers Resolution No. 417 of 23 May 2012",
            "Постанова Кабінету Міністрів № 417 від 23 травня 2012 року",
        ),
    ),
    question(
        "matching",
        "nrm-and-status",
        ["nrm-procedure", "referral"],
        (
            "Match each step of the status procedure with who carries it out.",
            "Зіставте кожен крок процедури встановлення статусу з тим, хто його виконує.",
        ),
        (
            "Cabinet of Ministers Resolution No. 417 of 23 May 2012, as amended in 2021: the local state "
            "administration receives the application; the decision is taken at national level (the Ministry of "
            "Social Policy, with the National Social Service examining the documents — check the current text).",
            "Постанова Кабінету Міністрів № 417 від 23 травня 2012 року зі змінами 2021 року: заяву приймає місцева "
            "державна адміністрація; рішення ухвалюють на національному рівні (Мінсоцполітики, документи розглядає "
            "Нацсоцслужба — звіряйтеся з чинною редакцією).",
        ),
        pairs=[
            (
                "Receives the application and interviews the person",
                "The local state administration",
                "Приймає заяву і проводить співбесіду",
                "Місцева державна адміністрація",
            ),
            (
                "Takes the decision on status",
                "A national body, not the local administration",
                "Ухвалює рішення про встановлення статусу",
                "Орган національного рівня, а не місцева адміністрація",
            ),
            (
                "Hears an appeal against a refusal",
                "A court",
                "Розглядає оскарження відмови",
                "Суд",
            ),
        ],
        source=(
            "Cabinet of Ministers Resolution No. 417 of 23 May 2012, as amended by No. 531 of 2021 (kolrada.gov.ua)",
            "Постанова Кабінету Міністрів № 417 від 23 травня 2012 року зі змінами, внесеними постановою № 531 "
            "2021 року (kolrada.gov.ua)",
        ),
    ),
    question(
        "single",
        "nrm-and-status",
        ["referral"],
        (
            "A survivor needs free, confidential medical care and psychological help. Which IOM service in Kyiv, the "
            "only one of its kind in Ukraine, do you refer to?",
            "Особі, яка пережила торгівлю людьми, потрібна безкоштовна конфіденційна медична і психологічна "
            "допомога. До якого закладу МОМ у Києві, єдиного такого в Україні, ви її перенаправите?",
        ),
        (
            "IOM's Medical Rehabilitation Centre in Kyiv, open since 2002, has treated more than 3,600 victims free "
            "of charge, in a safe and confidential manner (IOM Ukraine).",
            "Медичний реабілітаційний центр МОМ у Києві, що працює з 2002 року, безкоштовно надав допомогу понад "
            "3 600 постраждалим — безпечно й конфіденційно (МОМ в Україні).",
        ),
        options=[
            (
                "The Medical Rehabilitation Centre",
                "Медичний реабілітаційний центр",
                True,
                "Correct: free, comprehensive, safe and confidential care since 2002.",
                "Правильно: безкоштовна комплексна, безпечна й конфіденційна допомога з 2002 року.",
            ),
            (
                "The local state administration",
                "Місцева державна адміністрація",
                False,
                "It receives status applications; it does not provide medical care.",
                "Вона приймає заяви про статус, а не надає медичну допомогу.",
            ),
            (
                "The State Migration Service",
                "Державна міграційна служба",
                False,
                "An NRM actor, but not a medical service.",
                "Суб'єкт НМВ, але не медична служба.",
            ),
        ],
        source=(
            "IOM Ukraine Counter-Trafficking Programme; IOM Ukraine Protection page (2023–24)",
            "Програма МОМ в Україні з протидії торгівлі людьми; сторінка МОМ в Україні про захист (2023–24)",
        ),
    ),
    # --- Module 4: children, foreign victims and the team around them ---
    question(
        "true_false",
        "children-foreigners-and-care",
        ["children", "legal-instruments"],
        (
            "True or false: “A 17-year-old counts as an adult under Ukraine's counter-trafficking law.”",
            "Правда чи неправда: «Відповідно до українського закону про протидію торгівлі людьми 17-річна особа "
            "вважається дорослою»?",
        ),
        (
            "Law No. 3739-VI, Art. 1: a child is a person under 18. For a child, no means is needed (Palermo "
            "Protocol, Art. 3(c)–(d)).",
            "Закон № 3739-VI, ст. 1: дитина — особа віком до 18 років. Щодо дитини спосіб не потрібен (Палермський "
            "протокол, ст. 3(c)–(d)).",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: anyone under 18 is a child under Art. 1 of the 2011 Law.",
                "Ні: кожна особа віком до 18 років — дитина за ст. 1 Закону 2011 року.",
                "Correct: a 17-year-old is a child, and no means has to be shown.",
                "Правильно: 17-річна особа — дитина, і спосіб доводити не потрібно.",
            ),
        ),
        source=(
            "Law of Ukraine No. 3739-VI of 20 Sep 2011, Art. 1; Palermo Protocol, Art. 3(c)–(d)",
            "Закон України № 3739-VI від 20 вересня 2011 року, ст. 1; Палермський протокол, ст. 3(c)–(d)",
        ),
    ),
    question(
        "multiple",
        "children-foreigners-and-care",
        ["children", "victim-centred", "referral"],
        (
            "Which of these are right when a 15-year-old may have been recruited for exploitation? Select all that "
            "apply.",
            "Що з переліченого правильно, якщо 15-річну особу могли завербувати з метою експлуатації? Оберіть усі "
            "правильні відповіді.",
        ),
        (
            "The best interests of the child are a primary consideration (UN Convention on the Rights of the Child, "
            "Art. 3(1)); for a child no means is needed (Palermo Protocol, Art. 3(c)). Involve the children's "
            "service; do not return the child to an adult who may be involved.",
            "Першочергова увага — найкращим інтересам дитини (Конвенція ООН про права дитини, ст. 3(1)); щодо "
            "дитини спосіб не потрібен (Палермський протокол, ст. 3(c)). Залучайте службу у справах дітей; не "
            "повертайте дитину дорослому, який може бути причетним.",
        ),
        options=[
            (
                "Involve the children's service at once",
                "Негайно залучити службу у справах дітей",
                True,
                "Yes: it is the local body responsible for protecting children.",
                "Так: це місцевий орган, відповідальний за захист дітей.",
            ),
            (
                "Act in the child's best interests, even if that means not calling the parents yet",
                "Діяти в найкращих інтересах дитини, навіть якщо це означає поки не телефонувати батькам",
                True,
                "Yes: a parent or guardian can be involved; safety comes first (CRC, Art. 3(1)).",
                "Так: до цього можуть бути причетні батьки чи опікун; насамперед безпека (Конвенція про права "
                "дитини, ст. 3(1)).",
            ),
            (
                "Treat it as trafficking only if force or deception is proved",
                "Вважати це торгівлею людьми, лише якщо доведено силу чи обман",
                False,
                "No: for a child, no means is needed (Palermo Protocol, Art. 3(c)).",
                "Ні: щодо дитини спосіб не потрібен (Палермський протокол, ст. 3(c)).",
            ),
            (
                "Hand the child back to the adult who brought them",
                "Повернути дитину дорослому, який її привіз",
                False,
                "No: that adult may be the recruiter; keep the child safe and refer.",
                "Ні: цей дорослий може бути вербувальником; убезпечте дитину і перенаправте її.",
            ),
        ],
        source=(
            "UN Convention on the Rights of the Child, Art. 3(1); Palermo Protocol, Art. 3(c)",
            "Конвенція ООН про права дитини, ст. 3(1); Палермський протокол, ст. 3(c)",
        ),
    ),
    question(
        "true_false",
        "children-foreigners-and-care",
        ["nrm-procedure", "referral"],
        (
            "True or false: “Under the Law on Social Services, social services are organised only at national level, "
            "so the hromada has no role.”",
            "Правда чи неправда: «Відповідно до Закону про соціальні послуги соціальні послуги організовують лише на "
            "національному рівні, тож громада не має жодної ролі»?",
        ),
        (
            "Law No. 2671-VIII of 17 Jan 2019 “On Social Services” makes local self-government — the councils of "
            "territorial communities — responsible for organising social services for their residents.",
            "Закон № 2671-VIII від 17 січня 2019 року «Про соціальні послуги» покладає організацію соціальних "
            "послуг для мешканців на органи місцевого самоврядування — ради територіальних громад.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: the hromada organises social services locally; most day-to-day help starts there.",
                "Ні: громада організовує соціальні послуги на місці; більшість щоденної допомоги починається там.",
                "Correct: the hromada organises social services for the people who live there.",
                "Правильно: громада організовує соціальні послуги для своїх мешканців.",
            ),
        ),
        source=(
            "Law of Ukraine No. 2671-VIII of 17 Jan 2019 “On Social Services”",
            "Закон України № 2671-VIII від 17 січня 2019 року «Про соціальні послуги»",
        ),
    ),
    question(
        "single",
        "children-foreigners-and-care",
        ["victim-centred"],
        ("What do you do next?", "Що ви робите далі?"),
        (
            "Services are provided on a consensual and informed basis (CETS No. 197, Art. 12(7)), and the person's "
            "private life is protected (Art. 11): explain what will be shared, with whom and why, and ask first.",
            "Послуги надаються за згодою і на основі поінформованості (Конвенція Ради Європи про заходи щодо "
            "протидії торгівлі людьми, ст. 12(7)), а приватне життя людини захищено (ст. 11): поясніть, що, кому і "
            "навіщо буде передано, і спершу запитайте.",
        ),
        scenario=(
            "You have assessed needs together with Olena (a composite case), who has returned from exploitation "
            "abroad. A shelter in another region could take her next week and asks for her file.",
            "Ви разом з Оленою (узагальнений випадок), яка повернулася після експлуатації за кордоном, оцінили її "
            "потреби. Притулок в іншій області міг би прийняти її наступного тижня і просить надіслати її справу.",
        ),
        options=[
            (
                "Explain to Olena what the shelter needs to know and why, and share it only if she agrees",
                "Пояснити Олені, що притулку потрібно знати і навіщо, і передати це лише за її згоди",
                True,
                "Correct: informed consent, and only what the service needs.",
                "Правильно: поінформована згода і лише те, що потрібно службі.",
            ),
            (
                "Send the whole file at once, so the place is not lost",
                "Одразу надіслати всю справу, щоб не втратити місце",
                False,
                "No: share only what is needed, and only with her informed consent (Arts. 11 and 12(7)).",
                "Ні: передавайте лише необхідне і лише за її поінформованої згоди (ст. 11 і 12(7)).",
            ),
            (
                "Tell her the shelter place depends on her agreeing to testify",
                "Сказати їй, що місце в притулку залежить від її згоди свідчити",
                False,
                "No: assistance may not be made conditional on acting as a witness (Art. 12(6)).",
                "Ні: допомогу не можна ставити в залежність від готовності бути свідком (ст. 12(6)).",
            ),
        ],
        source=(
            "Council of Europe Convention CETS No. 197, Arts. 11, 12(6) and 12(7)",
            "Конвенція Ради Європи про заходи щодо протидії торгівлі людьми, ст. 11, 12(6) і 12(7)",
        ),
    ),
    question(
        "multiple",
        "children-foreigners-and-care",
        ["victim-centred"],
        (
            "Which of these belong in good case management with an individual assistance plan? Select all that apply.",
            "Що з переліченого належить до належного ведення випадку з індивідуальним планом допомоги? Оберіть усі "
            "правильні відповіді.",
        ),
        (
            "Services are provided on a consensual and informed basis (CETS No. 197, Art. 12(7)); the plan is built "
            "with the person and reviewed; assistance may not depend on testifying (Art. 12(6)).",
            "Послуги надаються за згодою і на основі поінформованості (Конвенція Ради Європи, ст. 12(7)); план "
            "складають разом із людиною і переглядають; допомога не може залежати від свідчень (ст. 12(6)).",
        ),
        options=[
            (
                "Assessing needs together with the person, including their own priorities",
                "Оцінка потреб разом із людиною, з урахуванням її власних пріоритетів",
                True,
                "Yes: the person is the expert on their own life.",
                "Так: найкраще своє життя знає сама людина.",
            ),
            (
                "Reviewing the plan regularly and when the situation changes",
                "Регулярний перегляд плану і щоразу, коли змінюється ситуація",
                True,
                "Yes: needs and risks change over time.",
                "Так: потреби й ризики з часом змінюються.",
            ),
            (
                "Making help conditional on the person giving evidence to the police",
                "Надання допомоги лише за умови, що людина дасть свідчення поліції",
                False,
                "No: CETS Art. 12(6) rules this out.",
                "Ні: ст. 12(6) Конвенції це виключає.",
            ),
            (
                "Sending the full file to every NRM actor to save time",
                "Надсилання повної справи всім суб'єктам НМВ, щоб заощадити час",
                False,
                "No: share only what each service needs, with consent (CETS Art. 11).",
                "Ні: передавайте кожній службі лише необхідне і за згоди (ст. 11 Конвенції).",
            ),
        ],
        source=(
            "Council of Europe Convention CETS No. 197, Arts. 11, 12(6) and 12(7); case-management practice standards",
            "Конвенція Ради Європи про заходи щодо протидії торгівлі людьми, ст. 11, 12(6) і 12(7); стандарти "
            "практики ведення випадку",
        ),
    ),
    question(
        "single",
        "children-foreigners-and-care",
        ["legal-instruments"],
        (
            "A foreign national who may be a victim is afraid of being deported. What does CETS No. 197, Art. 13 "
            "provide?",
            "Іноземець, який може бути постраждалим, боїться видворення. Що передбачає ст. 13 Конвенції Ради Європи "
            "про заходи щодо протидії торгівлі людьми?",
        ),
        (
            "CETS No. 197, Art. 13: a recovery and reflection period of at least 30 days, during which no expulsion "
            "order can be enforced. Art. 10 also bars removal until identification is completed.",
            "Конвенція Ради Європи, ст. 13: період відновлення та роздумів тривалістю щонайменше 30 днів, протягом "
            "якого не можна виконати рішення про видворення. Ст. 10 також забороняє видворення, доки не завершено "
            "виявлення.",
        ),
        options=[
            (
                "A recovery and reflection period of at least 30 days, with no expulsion during it",
                "Період відновлення та роздумів щонайменше 30 днів, протягом якого видворення неможливе",
                True,
                "Correct: time to recover and decide, safe from expulsion.",
                "Правильно: час, щоб відновитися й ухвалити рішення, без загрози видворення.",
            ),
            (
                "Protection only once the person agrees to testify",
                "Захист лише після того, як людина погодиться свідчити",
                False,
                "No: the period is not conditional on cooperation; it exists to let the person decide.",
                "Ні: цей період не залежить від співпраці; він потрібен, щоб людина могла ухвалити рішення.",
            ),
            (
                "A reflection period of 7 days",
                "Період для роздумів тривалістю 7 днів",
                False,
                "No: the Convention sets a minimum of 30 days.",
                "Ні: Конвенція встановлює щонайменше 30 днів.",
            ),
            (
                "Immediate return to the country of origin",
                "Негайне повернення до країни походження",
                False,
                "No: return should be safe and preferably voluntary (Art. 16), and not before identification.",
                "Ні: повернення має бути безпечним і переважно добровільним (ст. 16) і не раніше завершення виявлення.",
            ),
        ],
        source=(
            "Council of Europe Convention CETS No. 197, Arts. 10 and 13",
            "Конвенція Ради Європи про заходи щодо протидії торгівлі людьми, ст. 10 і 13",
        ),
    ),
    question(
        "true_false",
        "children-foreigners-and-care",
        ["nrm-procedure"],
        (
            "True or false: “A foreigner who does not speak Ukrainian cannot apply for victim status.”",
            "Правда чи неправда: «Іноземець, який не володіє українською мовою, не може звернутися по встановлення "
            "статусу»?",
        ),
        (
            "Resolution No. 417: the application form can be filled in with the help of an interpreter for a "
            "foreigner who does not speak Ukrainian (kolrada.gov.ua).",
            "Постанова № 417: іноземець, який не володіє українською мовою, може заповнити заяву за допомогою "
            "перекладача (kolrada.gov.ua).",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: the application can be completed with an interpreter.",
                "Ні: заяву можна заповнити за допомогою перекладача.",
                "Correct: language is not a barrier to applying; arrange a qualified interpreter.",
                "Правильно: мова не є перешкодою для звернення; залучіть кваліфікованого перекладача.",
            ),
        ),
        source=(
            "Cabinet of Ministers Resolution No. 417 of 23 May 2012 (application with an interpreter; kolrada.gov.ua)",
            "Постанова Кабінету Міністрів № 417 від 23 травня 2012 року (заява за допомогою перекладача; "
            "kolrada.gov.ua)",
        ),
    ),
]

COURSE = course(
    "nrm-social-services",
    ["nrm-social", "ngo", "medical"],
    5,
    "professional",
    {
        "title": "Identifying and referring victims: the National Referral Mechanism",
        "summary": "For social services and every stakeholder of the National Referral Mechanism: recognise "
        "trafficking, talk to a possible victim without causing harm, guide them through victim status and "
        "referral, and meet the needs of children and foreign victims.",
        "objectives": [
            "Apply the act–means–purpose definition of the Palermo Protocol, including for children",
            "Tell trafficking apart from migrant smuggling and describe the patterns seen in Ukraine",
            "Recognise the ILO indicators of forced labour and war-related red flags",
            "Run a safe, non-blaming first contact with a possible victim",
            "Guide a person through victim status under Resolution 417 and refer them under Resolution 783",
            "Protect child and foreign victims, work with the hromada through an agreed individual plan, and look after "
            "yourself and your team",
        ],
    },
    {
        "title": "Виявлення та перенаправлення постраждалих: Національний механізм взаємодії",
        "summary": "Для соціальних служб і всіх суб'єктів Національного механізму взаємодії: розпізнати торгівлю "
        "людьми, поговорити з можливою постраждалою особою, не завдавши шкоди, супроводити її процедурою "
        "встановлення статусу та перенаправлення і врахувати потреби дітей та іноземців.",
        "objectives": [
            "Застосовувати визначення «дія–спосіб–мета» Палермського протоколу, зокрема щодо дітей",
            "Відрізняти торгівлю людьми від незаконного переправлення мігрантів і описувати тенденції в Україні",
            "Розпізнавати індикатори примусової праці МОП і тривожні сигнали воєнного часу",
            "Проводити безпечний перший контакт з можливою постраждалою особою без звинувачень",
            "Супроводжувати людину процедурою встановлення статусу за Постановою № 417 і перенаправляти її "
            "за Постановою № 783",
            "Захищати дітей та іноземців, які постраждали, співпрацювати з громадою за погодженим індивідуальним "
            "планом і дбати про себе та команду",
        ],
    },
    MODULES,
    QUESTIONS,
)
