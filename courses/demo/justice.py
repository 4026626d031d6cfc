"""Course B: judges and prosecutors."""

from .build import callout, case, course, lesson, md, module, question, sources, terms
from .common import (
    CC_149,
    CETS,
    EU_2011,
    ILO29,
    ILO_INDICATORS,
    IOM_2018,
    IOM_PROGRAMME,
    LAW_2011,
    NO_BLAME,
    PALERMO,
    RES_417,
)

THEFT_CASE = case(
    {
        "title": "Olha (a composite case)",
        "content_note": "This case describes coercion and criminal exploitation.",
        "scenario": "Olha, 19, was recruited with a promise of shop work abroad. On arrival her passport was taken, "
        "and she was told to steal from supermarkets to “repay the journey”. Back in Ukraine she is charged with "
        "theft. She holds a status certificate issued by the Ministry of Social Policy.",
        "reflection": "What does the certificate prove? Which instruments support not punishing her for the thefts?",
    },
    {
        "title": "Ольга (узагальнений випадок)",
        "content_note": "Цей випадок описує примус і кримінальну експлуатацію.",
        "scenario": "Ольгу, 19 років, завербували, пообіцявши роботу в магазині за кордоном. Після прибуття в неї "
        "забрали паспорт і змусили красти в супермаркетах, щоб «відпрацювати дорогу». Повернувшись в Україну, вона "
        "обвинувачується в крадіжці. Вона має довідку про встановлення статусу, видану Мінсоцполітики.",
        "reflection": "Що засвідчує довідка? Які інструменти підтримують непритягнення її до відповідальності за "
        "крадіжки?",
    },
)

MODULES = [
    module(
        "legal-framework",
        ("The legal framework", "Правова база"),
        (
            "Article 149 and the international instruments behind it.",
            "Стаття 149 і міжнародні інструменти, на яких вона ґрунтується.",
        ),
        [
            lesson(
                "article-149",
                20,
                ("Article 149 of the Criminal Code", "Стаття 149 Кримінального кодексу"),
                ("List the elements and penalties of Article 149.", "Називати елементи і санкції статті 149."),
                md(
                    """
### Elements
**Part 1** covers recruitment, movement, harbouring, transfer or receipt of a person for exploitation, by
coercion, abduction, deception, blackmail, material or other dependence, use of a vulnerable state, or bribing a
person who controls the victim. Penalty: **3 to 8 years** of imprisonment.

Since the 2018 amendment, trafficking committed by a **parent or guardian** carries **8 to 15 years**. Overall the
article's penalties range from 3 to 15 years. No border crossing is required.
""",
                    """
### Склад
**Частина 1** охоплює вербування, переміщення, переховування, передачу або одержання людини з метою
експлуатації, вчинені з використанням примусу, викрадення, обману, шантажу, матеріальної чи іншої залежності,
уразливого стану або підкупу особи, яка контролює потерпілу. Санкція: позбавлення волі на строк **від 3 до 8
років**.

Після змін 2018 року торгівля людьми, вчинена **батьками або опікуном**, карається позбавленням волі **від 8 до
15 років**. Загалом санкції статті — від 3 до 15 років. Перетин кордону не є обов'язковою ознакою.
""",
                ),
                terms(
                    [
                        (
                            "Deception, blackmail, vulnerable state",
                            "Means listed in Art. 149.",
                            "Обман, шантаж, уразливий стан",
                            "Способи, названі у ст. 149.",
                        ),
                        (
                            "Exploitation",
                            "Sexual or labour exploitation and other forms listed in the law.",
                            "Експлуатація",
                            "Сексуальна, трудова та інші форми, визначені законом.",
                        ),
                    ]
                ),
                sources(CC_149, LAW_2011),
            ),
            lesson(
                "international-instruments",
                20,
                ("Applying the international instruments", "Застосування міжнародних інструментів"),
                (
                    "Apply Palermo, CETS 197, ILO No. 29, P029 and the EU benchmarks.",
                    "Застосовувати Палермський протокол, Конвенцію № 197, Конвенцію МОП № 29, Протокол 2014 року та орієнтири ЄС.",
                ),
                md(
                    """
### What each instrument adds
- **Palermo Protocol** (2000; in force 2003; Ukraine ratified in 2004): the act–means–purpose definition;
  consent is irrelevant once a means was used.
- **CETS No. 197** (Warsaw 2005; in force for Ukraine 1 Mar 2011): identification, a recovery and reflection
  period of **at least 30 days** (Art. 13), investigations that do not depend on a complaint (Art. 27), protection
  of victims and witnesses (Art. 28), GRETA monitoring (Art. 36).
- **ILO No. 29** (ratified 1956): forced labour is work exacted under the **menace of a penalty** and not offered
  **voluntarily**. **P029** (2014) adds prevention, protection, remedies and compensation.
- **EU Directives 2011/36/EU and 2024/1712** are benchmarks: the 2024 revision adds forced marriage, illegal
  adoption and surrogacy as forms of exploitation (transposition by 15 July 2026).
""",
                    """
### Що додає кожен інструмент
- **Палермський протокол** (2000; чинний з 2003; Україна ратифікувала у 2004): визначення «дія–спосіб–мета»;
  згода не має значення, якщо застосовано спосіб.
- **Конвенція Ради Європи № 197** (Варшава, 2005; для України чинна з 1 березня 2011): виявлення, період
  відновлення та роздумів **щонайменше 30 днів** (ст. 13), розслідування незалежно від скарги (ст. 27), захист
  потерпілих і свідків (ст. 28), моніторинг ГРЕТА (ст. 36).
- **Конвенція МОП № 29** (ратифікована 1956): примусова праця — це робота під **загрозою покарання**, на яку
  людина **не погодилася добровільно**. **Протокол 2014 року** додає запобігання, захист, засоби правового захисту
  та компенсацію.
- **Директиви ЄС 2011/36/ЄС і 2024/1712** — орієнтири: редакція 2024 року додає примусовий шлюб, незаконне
  усиновлення і сурогатне материнство як форми експлуатації (транспонування до 15 липня 2026).
""",
                ),
                callout(
                    "info",
                    "A note on the EU directives",
                    "Whether the directives bind Ukraine is not settled here: use them as benchmarks.",
                    "Щодо директив ЄС",
                    "Чи є директиви обов'язковими для України, тут не вирішується: використовуйте їх як орієнтири.",
                ),
                sources(PALERMO, CETS, ILO29, EU_2011),
            ),
            lesson(
                "status-certificate",
                15,
                ("What the status certificate proves", "Що засвідчує довідка про встановлення статусу"),
                (
                    "Explain what the status certificate proves in proceedings.",
                    "Пояснювати, що засвідчує довідка про встановлення статусу в провадженні.",
                ),
                md(
                    """
### The certificate (довідка)
Under Resolution No. 417 the **Ministry of Social Policy** decides on status and issues a certificate. It entitles
the person to assistance and one-time financial aid, and supports a claim of **exemption from criminal
liability** for acts done under coercion. Status lasts up to 2 years and can be extended; a refusal can be
appealed in court.
""",
                    """
### Довідка
Відповідно до Постанови № 417 рішення про статус ухвалює **Мінсоцполітики** і видає довідку. Вона дає право на
допомогу та одноразову матеріальну допомогу і підтримує клопотання про **звільнення від кримінальної
відповідальності** за дії, вчинені під примусом. Статус установлюється на строк до 2 років і може бути
продовжений; відмову можна оскаржити в суді.
""",
                ),
                THEFT_CASE,
                sources(RES_417, LAW_2011),
            ),
        ],
    ),
    module(
        "victim-centred-proceedings",
        ("Victim-centred proceedings", "Провадження, орієнтоване на потерпілих"),
        ("Non-punishment, protection and compensation.", "Непокарання, захист і компенсація."),
        [
            lesson(
                "non-punishment",
                20,
                ("The non-punishment principle", "Принцип непокарання"),
                ("Apply the non-punishment principle.", "Застосовувати принцип непокарання."),
                md(
                    """
### Not punishing what victims were compelled to do
The Council of Europe Convention provides for the possibility of not imposing penalties on victims for their
involvement in unlawful activities they were compelled to commit; EU Directive 2011/36/EU (Art. 8) and the ILO
Protocol of 2014 say the same. In Ukraine, a person with victim status can claim **exemption from criminal
liability** for acts done under coercion (Resolution 417).

Ask early: was the person exploited, and were the offences a consequence of it?
""",
                    """
### Не карати за те, до чого людину примусили
Конвенція Ради Європи передбачає можливість не застосовувати покарання до потерпілих за участь у протиправній
діяльності, до якої їх примусили; те саме встановлюють Директива 2011/36/ЄС (ст. 8) і Протокол МОП 2014 року. В
Україні особа зі статусом може клопотати про **звільнення від кримінальної відповідальності** за дії, вчинені під
примусом (Постанова № 417).

З'ясовуйте на ранньому етапі: чи зазнала людина експлуатації і чи були правопорушення її наслідком?
""",
                ),
                THEFT_CASE,
                sources(CETS, EU_2011, ILO29, RES_417),
            ),
            lesson(
                "protecting-witnesses",
                15,
                ("Protecting victims and witnesses", "Захист потерпілих і свідків"),
                ("Protect victims and witnesses in court.", "Захищати потерпілих і свідків у суді."),
                md(
                    """
### Protection measures
CETS Art. 28 provides protection for victims, witnesses and those who cooperate with justice: **physical
protection, relocation, identity change** and help to find work. Victim and witness protection systems in
**14 regions** of Ukraine keep hearings confidential. Never publish a victim's name.
""",
                    """
### Заходи захисту
Стаття 28 Конвенції № 197 передбачає захист потерпілих, свідків і тих, хто співпрацює з правосуддям:
**фізичний захист, переселення, зміну особистих даних** і допомогу в працевлаштуванні. Системи захисту
потерпілих і свідків у **14 регіонах** України забезпечують конфіденційність слухань. Ніколи не оприлюднюйте
ім'я потерпілої особи.
""",
                ),
                NO_BLAME,
                sources(CETS, IOM_PROGRAMME),
            ),
            lesson(
                "compensation",
                15,
                ("Supporting compensation claims", "Підтримка вимог про компенсацію"),
                ("Support victims' compensation claims.", "Підтримувати вимоги потерпілих про компенсацію."),
                md(
                    """
### Remedies
EU Directive 2011/36/EU (Art. 17) requires access to compensation schemes, and the ILO Protocol of 2014 requires
access to remedies **including compensation**. Unpaid wages (an ILO indicator) are a measurable loss: record them
in the case file from the start.
""",
                    """
### Засоби правового захисту
Директива 2011/36/ЄС (ст. 17) вимагає доступу до механізмів компенсації, а Протокол МОП 2014 року — доступу до
засобів правового захисту, **зокрема компенсації**. Невиплачений заробіток (індикатор МОП) — це вимірювана
шкода: фіксуйте її в матеріалах справи від початку.
""",
                ),
                terms(
                    [
                        (
                            "Compensation",
                            "Payment for the harm and the losses a victim suffered.",
                            "Компенсація",
                            "Відшкодування шкоди і втрат, яких зазнала потерпіла особа.",
                        )
                    ]
                ),
                sources(EU_2011, ILO29),
            ),
        ],
    ),
    module(
        "labour-exploitation",
        ("Labour-exploitation cases", "Справи про трудову експлуатацію"),
        ("From indicators to evidence, and the case of Taras.", "Від індикаторів до доказів і випадок Тараса."),
        [
            lesson(
                "indicators-as-evidence",
                20,
                ("ILO indicators as evidence of means", "Індикатори МОП як доказ способу"),
                (
                    "Use the ILO indicators as evidence of “means”.",
                    "Використовувати індикатори МОП як доказ «способу».",
                ),
                md(
                    """
### From signal to evidence
Indicators such as **retention of documents**, **withholding of wages**, **debt bondage**, isolation and threats
(ILO, 2012) point to the *means* of Art. 149: coercion, deception, dependence or a vulnerable state. Forced labour
under ILO No. 29 needs two things: the **menace of a penalty** and **involuntariness**.
""",
                    """
### Від сигналу до доказу
Індикатори — **утримання документів**, **невиплата заробітку**, **боргова залежність**, ізоляція і погрози
(МОП, 2012) — вказують на *спосіб* за ст. 149: примус, обман, залежність або уразливий стан. Примусова праця за
Конвенцією МОП № 29 має дві ознаки: **загроза покарання** і **недобровільність**.
""",
                ),
                terms(
                    [
                        (
                            "Menace of a penalty",
                            "Any threat that makes a person work against their will.",
                            "Загроза покарання",
                            "Будь-яка загроза, що змушує людину працювати проти її волі.",
                        )
                    ]
                ),
                sources(ILO_INDICATORS, ILO29, CC_149),
            ),
            lesson(
                "internal-trafficking",
                15,
                ("Prosecuting internal trafficking", "Переслідування внутрішньої торгівлі людьми"),
                (
                    "Prosecute trafficking that never crossed a border.",
                    "Переслідувати торгівлю людьми без перетину кордону.",
                ),
                md(
                    """
### No border needed
Neither the Palermo Protocol nor Art. 149 requires a border crossing. Of the people IOM assisted, **6%** had been
trafficked to or within Ukraine. Internal cases often involve farms, construction or begging, and people made
vulnerable by injury, poverty or displacement.
""",
                    """
### Кордон не потрібен
Ні Палермський протокол, ні ст. 149 не вимагають перетину кордону. Серед осіб, яким допомогла МОМ, **6%**
постраждали в Україні або під час переміщення до неї. Внутрішні випадки часто стосуються ферм, будівництва чи
жебрацтва і людей, уразливих через травму, бідність або переміщення.
""",
                ),
                callout(
                    "info",
                    "Investigate ex officio",
                    "Under CETS Art. 27 an investigation does not depend on the victim's complaint.",
                    "Розслідування за власною ініціативою",
                    "Згідно зі ст. 27 Конвенції № 197 розслідування не залежить від скарги потерпілої особи.",
                ),
                sources(PALERMO, CC_149, CETS),
            ),
            lesson(
                "taras-case",
                20,
                ("Ruling on the case of Taras", "Рішення у справі Тараса"),
                ("Reason through the case of Taras.", "Аналізувати випадок Тараса."),
                md(
                    """
### Reasoning the case
Recruitment through a job advert (act); abuse of his vulnerability after an injury, beatings and a held passport
(means); sixteen years of shepherding with only occasional small payments (purpose: forced labour). Token pay
does not cure the withholding of wages, and the absence of a border crossing does not matter.
""",
                    """
### Аналіз справи
Вербування через оголошення про роботу (дія); зловживання уразливістю після травми, побиття та утримання паспорта
(спосіб); шістнадцять років роботи пастухом лише за зрідка виплачені невеликі суми (мета: примусова праця).
Символічна оплата не скасовує невиплати заробітку, а відсутність перетину кордону не має значення.
""",
                ),
                case(
                    {
                        "title": "Taras (name changed to protect privacy)",
                        "content_note": "This case describes violence and exploitation.",
                        "scenario": "Taras was occasionally paid small sums and never crossed a border. The defence argues "
                        "that he was an employee and free to leave.",
                        "reflection": "How do the ILO indicators answer the defence?",
                    },
                    {
                        "title": "Тарас (ім'я змінено з метою захисту приватності)",
                        "content_note": "Цей випадок описує насильство й експлуатацію.",
                        "scenario": "Тарасу зрідка платили невеликі суми, і він ніколи не перетинав кордону. Захист стверджує, "
                        "що він був працівником і міг піти.",
                        "reflection": "Як індикатори МОП відповідають на аргументи захисту?",
                    },
                ),
                sources(IOM_2018, CC_149, ILO_INDICATORS),
            ),
        ],
    ),
]

QUESTIONS = [
    question(
        "single",
        "legal-framework",
        ["legal-instruments"],
        (
            "What is the penalty under Article 149, Part 1, of the Criminal Code?",
            "Яка санкція передбачена частиною 1 статті 149 КК України?",
        ),
        (
            "Criminal Code of Ukraine, Art. 149, Part 1: 3 to 8 years of imprisonment.",
            "КК України, ст. 149, ч. 1: позбавлення волі від 3 до 8 років.",
        ),
        options=[
            ("3 to 8 years", "Від 3 до 8 років", True, "Right.", "Правильно."),
            (
                "8 to 15 years",
                "Від 8 до 15 років",
                False,
                "That applies to a parent or guardian.",
                "Це стосується батьків або опікуна.",
            ),
            (
                "A fine only",
                "Лише штраф",
                False,
                "Part 1 provides imprisonment.",
                "Частина 1 передбачає позбавлення волі.",
            ),
        ],
    ),
    question(
        "true_false",
        "legal-framework",
        ["legal-instruments"],
        (
            "“Trafficking by a parent or guardian carries 8 to 15 years.”",
            "«Торгівля людьми, вчинена батьками або опікуном, карається від 8 до 15 років».",
        ),
        ("Art. 149 as amended in 2018.", "Ст. 149 у редакції змін 2018 року."),
        options=(
            True,
            (
                ("Right.", "Правильно."),
                ("The 2018 amendment set 8 to 15 years.", "Зміни 2018 року встановили від 8 до 15 років."),
            ),
        ),
    ),
    question(
        "single",
        "legal-framework",
        ["legal-instruments"],
        (
            "Which EU act added forced marriage and surrogacy as forms of exploitation?",
            "Який акт ЄС додав примусовий шлюб і сурогатне материнство як форми експлуатації?",
        ),
        (
            "Directive (EU) 2024/1712 of 13 June 2024 revised Directive 2011/36/EU.",
            "Директива (ЄС) 2024/1712 від 13 червня 2024 року змінила Директиву 2011/36/ЄС.",
        ),
        options=[
            ("Directive 2024/1712", "Директива 2024/1712", True, "Right.", "Правильно."),
            (
                "Directive 2011/36/EU",
                "Директива 2011/36/ЄС",
                False,
                "The original directive; the 2024 revision added them.",
                "Це первинна директива; їх додала редакція 2024 року.",
            ),
            (
                "CETS No. 197",
                "Конвенція № 197",
                False,
                "A Council of Europe convention, not an EU act.",
                "Це конвенція Ради Європи, а не акт ЄС.",
            ),
        ],
    ),
    question(
        "single",
        "victim-centred-proceedings",
        ["victim-centred", "legal-instruments"],
        ("What should the court consider?", "Що має врахувати суд?"),
        (
            "Non-punishment: CETS; Directive 2011/36/EU, Art. 8; ILO P029. The status certificate (Resolution 417) "
            "supports a claim of exemption from criminal liability.",
            "Непокарання: Конвенція № 197; Директива 2011/36/ЄС, ст. 8; Протокол МОП 2014 року. Довідка про статус "
            "(Постанова № 417) підтримує клопотання про звільнення від кримінальної відповідальності.",
        ),
        scenario=(
            "A woman trafficked for forced theft is charged with theft. She holds a status certificate.",
            "Жінку, яку примушували до крадіжок у межах торгівлі людьми, обвинувачують у крадіжці. Вона має довідку про статус.",
        ),
        options=[
            (
                "Whether the non-punishment principle applies",
                "Чи застосовується принцип непокарання",
                True,
                "Right.",
                "Правильно.",
            ),
            (
                "Only whether the thefts took place",
                "Лише те, чи були крадіжки",
                False,
                "The coercion behind them matters.",
                "Важливий примус, що стоїть за ними.",
            ),
            (
                "Whether she agreed to travel",
                "Чи погодилася вона поїхати",
                False,
                "Consent is irrelevant once a means was used.",
                "Згода не має значення, якщо застосовано спосіб.",
            ),
        ],
    ),
    question(
        "multiple",
        "victim-centred-proceedings",
        ["victim-centred"],
        (
            "Which are protection measures under CETS Article 28?",
            "Які заходи захисту передбачає стаття 28 Конвенції № 197?",
        ),
        (
            "CETS Art. 28: physical protection, relocation, identity change; publishing the victim's name is the opposite of protection.",
            "Ст. 28 Конвенції № 197: фізичний захист, переселення, зміна особистих даних; оприлюднення імені — протилежність захисту.",
        ),
        options=[
            ("Relocation", "Переселення", True, "Yes.", "Так."),
            ("Identity change", "Зміна особистих даних", True, "Yes.", "Так."),
            ("Physical protection", "Фізичний захист", True, "Yes.", "Так."),
            (
                "Publishing her name",
                "Оприлюднення її імені",
                False,
                "Never publish a victim's name.",
                "Ніколи не оприлюднюйте ім'я потерпілої.",
            ),
        ],
    ),
    question(
        "true_false",
        "victim-centred-proceedings",
        ["legal-instruments"],
        (
            "“Consent is a defence where deception was used.”",
            "«Згода є підставою для захисту, якщо було застосовано обман».",
        ),
        (
            "Palermo Protocol, Art. 3(b): consent is irrelevant once a means such as deception was used.",
            "Палермський протокол, ст. 3(b): згода не має значення, якщо застосовано спосіб, наприклад обман.",
        ),
        options=(
            False,
            (
                ("Consent obtained by deception is irrelevant.", "Згода, отримана обманом, не має значення."),
                ("Right.", "Правильно."),
            ),
        ),
    ),
    question(
        "single",
        "labour-exploitation",
        ["indicators", "legal-instruments"],
        ("Is this trafficking?", "Чи це торгівля людьми?"),
        (
            "Art. 149 needs no border crossing; token pay still counts as withholding of wages (ILO indicators).",
            "Ст. 149 не вимагає перетину кордону; символічна оплата все одно є невиплатою заробітку (індикатори МОП).",
        ),
        scenario=(
            "Taras (name changed) was occasionally paid small sums and never crossed a border.",
            "Тарасу (ім'я змінено) зрідка платили невеликі суми, і він ніколи не перетинав кордону.",
        ),
        options=[
            ("Yes", "Так", True, "Right.", "Правильно."),
            (
                "No, because he was paid",
                "Ні, бо йому платили",
                False,
                "Token pay is withholding of wages.",
                "Символічна оплата — це невиплата заробітку.",
            ),
            (
                "No, because he stayed in Ukraine",
                "Ні, бо він залишався в Україні",
                False,
                "No border crossing is needed.",
                "Перетин кордону не потрібен.",
            ),
        ],
    ),
    question(
        "single",
        "labour-exploitation",
        ["legal-instruments"],
        (
            "What are the core elements of forced labour under ILO Convention No. 29?",
            "Які ключові ознаки примусової праці за Конвенцією МОП № 29?",
        ),
        (
            "ILO No. 29, Art. 2(1): work exacted under the menace of a penalty, not offered voluntarily.",
            "Конвенція МОП № 29, ст. 2(1): робота під загрозою покарання, на яку людина не погодилася добровільно.",
        ),
        options=[
            (
                "The menace of a penalty, and involuntariness",
                "Загроза покарання і недобровільність",
                True,
                "Right.",
                "Правильно.",
            ),
            (
                "Work abroad without a contract",
                "Робота за кордоном без договору",
                False,
                "Neither is an element.",
                "Жодне з цього не є ознакою.",
            ),
            (
                "Low pay and long hours alone",
                "Лише низька оплата і довгий робочий день",
                False,
                "Indicators, not the definition.",
                "Це індикатори, а не визначення.",
            ),
        ],
    ),
    question(
        "true_false",
        "labour-exploitation",
        ["legal-instruments"],
        ("“An investigation needs the victim's complaint.”", "«Для розслідування потрібна скарга потерпілої особи»."),
        (
            "CETS Art. 27: investigations and prosecution do not depend on a report or complaint by the victim.",
            "Ст. 27 Конвенції № 197: розслідування і переслідування не залежать від заяви чи скарги потерпілої особи.",
        ),
        options=(
            False,
            (
                ("CETS Art. 27 says the opposite.", "Ст. 27 Конвенції № 197 встановлює протилежне."),
                ("Right.", "Правильно."),
            ),
        ),
    ),
    question(
        "matching",
        "legal-framework",
        ["legal-instruments"],
        ("Match each instrument with what it provides.", "Зіставте кожен інструмент з тим, що він передбачає."),
        (
            "Palermo Art. 3; CETS Arts. 13 and 27; ILO No. 29 Art. 2(1).",
            "Палермський протокол, ст. 3; Конвенція № 197, ст. 13 і 27; Конвенція МОП № 29, ст. 2(1).",
        ),
        pairs=[
            (
                "CETS Art. 13",
                "A recovery and reflection period of at least 30 days",
                "Конвенція № 197, ст. 13",
                "Період відновлення та роздумів щонайменше 30 днів",
            ),
            (
                "CETS Art. 27",
                "Investigation without a complaint",
                "Конвенція № 197, ст. 27",
                "Розслідування без скарги",
            ),
            (
                "ILO No. 29, Art. 2(1)",
                "Menace of a penalty and involuntariness",
                "Конвенція МОП № 29, ст. 2(1)",
                "Загроза покарання і недобровільність",
            ),
            (
                "Palermo Art. 3(b)",
                "Consent is irrelevant once a means was used",
                "Палермський протокол, ст. 3(b)",
                "Згода не має значення, якщо застосовано спосіб",
            ),
        ],
    ),
    question(
        "multiple",
        "legal-framework",
        ["legal-instruments"],
        ("Which of these are means listed in Article 149?", "Що з переліченого є способами, названими у статті 149?"),
        ("Criminal Code of Ukraine, Art. 149, Part 1.", "КК України, ст. 149, ч. 1."),
        options=[
            ("Blackmail", "Шантаж", True, "Listed.", "Названо."),
            ("Use of a vulnerable state", "Використання уразливого стану", True, "Listed.", "Названо."),
            (
                "Bribing a person who controls the victim",
                "Підкуп особи, яка контролює потерпілу",
                True,
                "Listed.",
                "Названо.",
            ),
            (
                "Irregular entry into a country",
                "Незаконний в'їзд до країни",
                False,
                "Not a means of trafficking.",
                "Не є способом торгівлі людьми.",
            ),
        ],
    ),
    question(
        "single",
        "victim-centred-proceedings",
        ["victim-centred"],
        (
            "In how many regions of Ukraine do victim and witness protection systems keep hearings confidential?",
            "У скількох регіонах України системи захисту потерпілих і свідків забезпечують конфіденційність слухань?",
        ),
        ("IOM Ukraine Counter-Trafficking Programme.", "Програма МОМ в Україні з протидії торгівлі людьми."),
        options=[
            ("14", "14", True, "Right.", "Правильно."),
            ("4", "4", False, "More regions.", "Регіонів більше."),
            ("27", "27", False, "Not in every region.", "Не в усіх регіонах."),
        ],
    ),
]

COURSE = course(
    "judges-prosecutors",
    ["justice"],
    4,
    "professional",
    {
        "title": "Trafficking cases in court: law, evidence and victims' rights",
        "summary": "For judges and prosecutors: Article 149 and the international instruments, victim-centred "
        "proceedings, and labour-exploitation cases.",
        "objectives": [
            "List the elements and penalties of Article 149",
            "Apply Palermo, CETS No. 197, ILO No. 29 and P029",
            "Apply non-punishment and protect victims and witnesses",
            "Use the ILO indicators as evidence of the means",
        ],
    },
    {
        "title": "Справи про торгівлю людьми в суді: право, докази і права потерпілих",
        "summary": "Для суддів і прокурорів: стаття 149 і міжнародні інструменти, провадження, орієнтоване на "
        "потерпілих, справи про трудову експлуатацію.",
        "objectives": [
            "Називати елементи і санкції статті 149",
            "Застосовувати Палермський протокол, Конвенцію № 197, Конвенцію МОП № 29 і Протокол 2014 року",
            "Застосовувати принцип непокарання і захищати потерпілих та свідків",
            "Використовувати індикатори МОП як доказ способу",
        ],
    },
    MODULES,
    QUESTIONS,
)
