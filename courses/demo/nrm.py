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
| undated programme snapshot | more than 16,300 since 2000 (89% reintegrated) |
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
]

COURSE = course(
    "nrm-social-services",
    ["nrm-social", "ngo", "medical"],
    4,
    "professional",
    {
        "title": "Identifying and referring victims: the National Referral Mechanism",
        "summary": "For social services and every stakeholder of the National Referral Mechanism: recognise "
        "trafficking, talk to a possible victim without causing harm, and guide them through victim status and "
        "referral.",
        "objectives": [
            "Apply the act–means–purpose definition of the Palermo Protocol, including for children",
            "Tell trafficking apart from migrant smuggling and describe the patterns seen in Ukraine",
            "Recognise the ILO indicators of forced labour and war-related red flags",
            "Run a safe, non-blaming first contact with a possible victim",
            "Guide a person through victim status under Resolution 417 and refer them under Resolution 783",
        ],
    },
    {
        "title": "Виявлення та перенаправлення постраждалих: Національний механізм взаємодії",
        "summary": "Для соціальних служб і всіх суб'єктів Національного механізму взаємодії: розпізнати торгівлю "
        "людьми, поговорити з можливою постраждалою особою, не завдавши шкоди, і супроводити її процедурою "
        "встановлення статусу та перенаправлення.",
        "objectives": [
            "Застосовувати визначення «дія–спосіб–мета» Палермського протоколу, зокрема щодо дітей",
            "Відрізняти торгівлю людьми від незаконного переправлення мігрантів і описувати тенденції в Україні",
            "Розпізнавати індикатори примусової праці МОП і тривожні сигнали воєнного часу",
            "Проводити безпечний перший контакт з можливою постраждалою особою без звинувачень",
            "Супроводжувати людину процедурою встановлення статусу за Постановою № 417 і перенаправляти її "
            "за Постановою № 783",
        ],
    },
    MODULES,
    QUESTIONS,
)
