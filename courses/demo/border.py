"""Course C: border guards and police."""

from .build import callout, case, course, lesson, md, module, question, sources, terms
from .common import CC_149, CETS, HOTLINE, ILO_INDICATORS, NO_BLAME, PALERMO, RED_FLAGS, RES_417, RES_783

UNODC_SIGNS = ("UNODC general indicators of trafficking (as reproduced by secondary sources)", "https://www.unodc.org/")

MODULES = [
    module(
        "at-the-border",
        ("Recognising trafficking at the border", "Виявлення торгівлі людьми на кордоні"),
        (
            "Smuggling or trafficking, and the signs to look for.",
            "Переправлення чи торгівля людьми і ознаки, на які варто зважати.",
        ),
        [
            lesson(
                "smuggling-or-trafficking",
                15,
                ("Trafficking or smuggling at a crossing point", "Торгівля людьми чи переправлення на пункті пропуску"),
                (
                    "Tell trafficking from smuggling at a crossing point.",
                    "Відрізняти торгівлю людьми від переправлення на пункті пропуску.",
                ),
                md(
                    """
### At the crossing point
**Smuggling always crosses a border; trafficking may not.** Smuggling ends on arrival; trafficking continues
as exploitation. A group travelling with a "coordinator" who holds everyone's documents, people who do not
know where they will work, or who let someone else answer for them, call for a closer, private conversation.
""",
                    """
### На пункті пропуску
**Незаконне переправлення завжди пов'язане з перетином кордону; торгівля людьми — не обов'язково.**
Переправлення завершується після прибуття; торгівля людьми триває як експлуатація. Група з «координатором», який
тримає документи всіх, люди, які не знають, де працюватимуть, або дозволяють відповідати за себе іншим, —
підстава для уважнішої розмови наодинці.
""",
                ),
                terms(
                    [
                        (
                            "Smuggling",
                            "Facilitating irregular entry; always crosses a border.",
                            "Незаконне переправлення",
                            "Сприяння незаконному в'їзду; завжди пов'язане з кордоном.",
                        ),
                        (
                            "Trafficking",
                            "Act + means + purpose of exploitation; a border is not required.",
                            "Торгівля людьми",
                            "Дія + спосіб + мета експлуатації; кордон не обов'язковий.",
                        ),
                    ]
                ),
                sources(PALERMO, ("UNODC: trafficking and smuggling compared", "https://www.unodc.org/")),
            ),
            lesson(
                "arrivals-from-ukraine",
                20,
                ("Indicators among people on the move", "Індикатори серед людей у дорозі"),
                (
                    "Spot indicators in people crossing from or into Ukraine.",
                    "Помічати індикатори серед людей, які перетинають кордон України.",
                ),
                md(
                    """
### What to look for
Signs of **control**: someone else speaks for the person, holds their passport, or the person acts as if
instructed. Signs of **disorientation**: they do not know their work address or do not speak the local language.
**False documents.** Since 2022: unsolicited offers of jobs or transport, strangers asking for passports or phones,
people separated from their family, "favours" to repay. Unaccompanied and undocumented people are most at risk.
""",
                    """
### На що зважати
Ознаки **контролю**: за людину говорить хтось інший, тримає її паспорт, або людина поводиться так, ніби її
проінструктували. Ознаки **дезорієнтації**: людина не знає адреси роботи або не говорить місцевою мовою.
**Підроблені документи.** Після 2022 року: непрохані пропозиції роботи чи транспорту, незнайомці, які просять
паспорт або телефон, відокремлення від родини, «послуги», які треба відпрацювати. Найбільше ризикують діти без
супроводу та люди без документів.
""",
                ),
                HOTLINE,
                sources(UNODC_SIGNS, RED_FLAGS, ILO_INDICATORS),
            ),
        ],
    ),
    module(
        "interviewing-and-referral",
        ("Interviewing and referral", "Співбесіда і перенаправлення"),
        (
            "Safe interviews, reasonable grounds, referral.",
            "Безпечна співбесіда, обґрунтовані підстави, перенаправлення.",
        ),
        [
            lesson(
                "safe-interviews",
                20,
                ("Safe interviews", "Безпечна співбесіда"),
                (
                    "Interview a possible victim safely.",
                    "Безпечно проводити співбесіду з можливою постраждалою особою.",
                ),
                md(
                    """
### Three rules
1. **Alone:** separate the person from companions and "coordinators".
2. **With an interpreter** the person trusts — never a member of the group.
3. **Without blame:** explain that help does not depend on their answers; never ask for graphic details.
""",
                    """
### Три правила
1. **Наодинці:** відокремте людину від супровідників і «координаторів».
2. **З перекладачем**, якому людина довіряє, — ніколи не з членом групи.
3. **Без звинувачень:** поясніть, що допомога не залежить від відповідей; не розпитуйте про подробиці насильства.
""",
                ),
                NO_BLAME,
                sources(
                    CETS,
                    ("IOM Ukraine: training border guards to interview possible victims", "https://ukraine.iom.int/"),
                ),
            ),
            lesson(
                "reasonable-grounds",
                20,
                (
                    "Reasonable grounds: CETS Articles 10 and 13",
                    "Обґрунтовані підстави: статті 10 і 13 Конвенції № 197",
                ),
                (
                    "Apply “reasonable grounds” under CETS Articles 10 and 13.",
                    "Застосовувати «обґрунтовані підстави» за статтями 10 і 13 Конвенції № 197.",
                ),
                md(
                    """
### Before identification is finished
Where there are **reasonable grounds** to believe a person is a victim, they are **not removed** from the country
until identification is complete (CETS Art. 10). A **recovery and reflection period of at least 30 days** follows,
during which no expulsion can be enforced (Art. 13). Art. 14 provides for residence permits.
""",
                    """
### Доки виявлення не завершено
Якщо є **обґрунтовані підстави** вважати людину постраждалою, її **не видворяють** з країни, доки не завершено
виявлення (ст. 10 Конвенції № 197). Далі — **період відновлення та роздумів щонайменше 30 днів** (робочий
переклад терміна «recovery and reflection period»), під час якого видворення не може бути виконане (ст. 13).
Стаття 14 передбачає дозволи на проживання.
""",
                ),
                terms(
                    [
                        (
                            "Reasonable grounds",
                            "Enough indicators to believe a person may be a victim; proof is not required.",
                            "Обґрунтовані підстави",
                            "Достатньо індикаторів, щоб вважати людину можливою постраждалою; доказ не потрібен.",
                        )
                    ]
                ),
                sources(CETS),
            ),
            lesson(
                "referral-through-nrm",
                15,
                ("Referral through the NRM", "Перенаправлення через НМВ"),
                (
                    "Refer through the NRM, 527 and the status procedure.",
                    "Перенаправляти через НМВ, лінію 527 і процедуру встановлення статусу.",
                ),
                md(
                    """
### Who is in the mechanism
Resolution No. 783 (2012) lists the **State Border Guard Service**, the **National Police**, the **State
Migration Service**, the Ministry of Social Policy and other bodies. Refer the person to the local state
administration for status (Resolution 417) and to hotline 527; the police can identify a person so that no second
status interview is needed.
""",
                    """
### Хто в механізмі
Постанова № 783 (2012) називає **Державну прикордонну службу**, **Національну поліцію**, **Державну міграційну
службу**, Мінсоцполітики та інші органи. Перенаправте людину до місцевої державної адміністрації для
встановлення статусу (Постанова № 417) і на лінію 527; якщо людину виявила поліція, повторна співбесіда для
статусу не потрібна.
""",
                ),
                HOTLINE,
                sources(RES_783, RES_417),
            ),
        ],
    ),
    module(
        "investigation",
        ("Investigation", "Розслідування"),
        (
            "Article 149 means, acting without a complaint, protecting data.",
            "Способи за ст. 149, дії без скарги, захист даних.",
        ),
        [
            lesson(
                "means-in-article-149",
                20,
                ("Matching the facts to the means", "Зіставлення фактів зі способами"),
                ("Match the facts to the means in Article 149.", "Зіставляти факти зі способами, названими у ст. 149."),
                md(
                    """
### The means of Article 149
Coercion, abduction, **deception**, **blackmail**, material or other **dependence**, use of a **vulnerable
state**, or **bribing a person who controls** the victim. Irregular entry is not a means of trafficking — it may be
a sign of smuggling, or of a person the traffickers made vulnerable.
""",
                    """
### Способи за статтею 149
Примус, викрадення, **обман**, **шантаж**, матеріальна чи інша **залежність**, використання **уразливого
стану** або **підкуп особи, яка контролює** потерпілу. Незаконний в'їзд не є способом торгівлі людьми — це може
бути ознакою переправлення або того, що злочинці зробили людину уразливою.
""",
                ),
                case(
                    {
                        "title": "Six passports",
                        "content_note": "This case describes control and coercion.",
                        "scenario": "A “coordinator” holds the passports of six men travelling for construction work. None can name the employer.",
                        "reflection": "Which indicators and which means do you see? What is your next step?",
                    },
                    {
                        "title": "Шість паспортів",
                        "content_note": "Цей випадок описує контроль і примус.",
                        "scenario": "«Координатор» тримає паспорти шістьох чоловіків, які їдуть на будівництво. Жоден не може назвати роботодавця.",
                        "reflection": "Які індикатори і способи ви бачите? Який ваш наступний крок?",
                    },
                ),
                sources(CC_149, ILO_INDICATORS),
            ),
            lesson(
                "without-a-complaint",
                15,
                ("Acting without a complaint", "Дії без скарги"),
                (
                    "Open an investigation without waiting for a complaint.",
                    "Розпочинати розслідування, не чекаючи скарги.",
                ),
                md(
                    """
### CETS Article 27
Investigations and prosecution do **not depend on a report or complaint** by the victim. Many victims "prefer not
to ask for help and remain invisible" (IOM): waiting for a complaint means waiting too long.
""",
                    """
### Стаття 27 Конвенції № 197
Розслідування і переслідування **не залежать від заяви чи скарги** потерпілої особи. Багато постраждалих «не
звертаються по допомогу і залишаються невидимими» (МОМ): чекати скарги — означає чекати надто довго.
""",
                ),
                callout(
                    "warning",
                    "Do not wait",
                    "A complaint is not a precondition for an investigation.",
                    "Не чекайте",
                    "Скарга не є передумовою для розслідування.",
                ),
                sources(CETS, ("IOM Ukraine press release, 20 Nov 2018", "https://ukraine.iom.int/")),
            ),
            lesson(
                "protecting-data",
                15,
                ("Protecting victims' data", "Захист даних постраждалих"),
                ("Protect victims' personal data.", "Захищати персональні дані постраждалих."),
                md(
                    """
### Confidentiality
Share a victim's data only with those who need it for protection or proceedings. Status officials sign a
**non-disclosure undertaking** (Resolution 417); courts in 14 regions have confidentiality systems. Never post
case details or photos.
""",
                    """
### Конфіденційність
Передавайте дані постраждалої особи лише тим, кому вони потрібні для захисту чи провадження. Посадові особи, які
встановлюють статус, підписують **зобов'язання про нерозголошення** (Постанова № 417); суди в 14 регіонах мають
системи конфіденційності. Ніколи не публікуйте подробиць справи чи фото.
""",
                ),
                NO_BLAME,
                sources(RES_417, CETS),
            ),
        ],
    ),
]

QUESTIONS = [
    question(
        "multiple",
        "at-the-border",
        ["indicators"],
        (
            "Which are UNODC general indicators of trafficking?",
            "Що з переліченого належить до загальних індикаторів торгівлі людьми УНП ООН?",
        ),
        (
            "UNODC general indicators: others speak for them, not knowing the work address, false documents. Travelling with family is not an indicator.",
            "Загальні індикатори УНП ООН: за людину говорять інші, не знає адреси роботи, підроблені документи. Подорож із родиною — не індикатор.",
        ),
        options=[
            (
                "Lets others speak for them",
                "Дозволяє іншим говорити за себе",
                True,
                "A sign of control.",
                "Ознака контролю.",
            ),
            (
                "Does not know their work address",
                "Не знає адреси роботи",
                True,
                "A sign of disorientation.",
                "Ознака дезорієнтації.",
            ),
            ("Has false documents", "Має підроблені документи", True, "An indicator.", "Індикатор."),
            (
                "Travels with their family",
                "Подорожує з родиною",
                False,
                "Not an indicator in itself.",
                "Сам по собі не індикатор.",
            ),
        ],
    ),
    question(
        "true_false",
        "at-the-border",
        ["definitions"],
        (
            "“Smuggling always crosses a border; trafficking may not.”",
            "«Незаконне переправлення завжди пов'язане з перетином кордону; торгівля людьми — не обов'язково».",
        ),
        (
            "UNODC; Palermo Protocol Art. 3 requires no border crossing for trafficking.",
            "УНП ООН; ст. 3 Палермського протоколу не вимагає перетину кордону для торгівлі людьми.",
        ),
        options=(
            True,
            (
                ("Right.", "Правильно."),
                (
                    "Trafficking can happen within one country.",
                    "Торгівля людьми може відбуватися в межах однієї країни.",
                ),
            ),
        ),
    ),
    question(
        "single",
        "at-the-border",
        ["indicators", "referral"],
        ("What do you do?", "Що ви робите?"),
        (
            "Document retention and disorientation are strong indicators: interview each man separately and refer (CETS Art. 10; Resolution 783).",
            "Утримання документів і дезорієнтація — сильні індикатори: поговоріть з кожним окремо і перенаправте (ст. 10 Конвенції № 197; Постанова № 783).",
        ),
        scenario=(
            "A “coordinator” holds six men's passports, and the men cannot name their employer.",
            "«Координатор» тримає паспорти шістьох чоловіків, і вони не можуть назвати роботодавця.",
        ),
        options=[
            (
                "Interview them separately and refer",
                "Поговорити з кожним окремо і перенаправити",
                True,
                "Right: strong indicators.",
                "Правильно: сильні індикатори.",
            ),
            (
                "Let them pass: their documents are valid",
                "Пропустити: документи дійсні",
                False,
                "Valid documents held by someone else are an indicator.",
                "Дійсні документи в чужих руках — індикатор.",
            ),
            (
                "Interview them as a group with the coordinator",
                "Поговорити з групою разом із координатором",
                False,
                "Never in front of a possible controller.",
                "Ніколи в присутності можливого контролера.",
            ),
        ],
    ),
    question(
        "single",
        "interviewing-and-referral",
        ["legal-instruments"],
        ("What is the minimum recovery and reflection period?", "Який мінімальний період відновлення та роздумів?"),
        ("CETS Art. 13: at least 30 days.", "Ст. 13 Конвенції № 197: щонайменше 30 днів."),
        options=[
            ("30 days", "30 днів", True, "Right.", "Правильно."),
            ("7 days", "7 днів", False, "Too short: at least 30.", "Замало: щонайменше 30."),
            (
                "2 years",
                "2 роки",
                False,
                "That is the length of victim status in Ukraine.",
                "Це строк статусу в Україні.",
            ),
        ],
    ),
    question(
        "true_false",
        "interviewing-and-referral",
        ["legal-instruments"],
        (
            "“A presumed victim can be removed before identification is finished.”",
            "«Можливу постраждалу особу можна видворити до завершення виявлення».",
        ),
        (
            "CETS Art. 10(2): not removed until identification is complete.",
            "Ст. 10(2) Конвенції № 197: не видворяють до завершення виявлення.",
        ),
        options=(
            False,
            (("CETS Art. 10 forbids it.", "Ст. 10 Конвенції № 197 це забороняє."), ("Right.", "Правильно.")),
        ),
    ),
    question(
        "single",
        "interviewing-and-referral",
        ["nrm-procedure"],
        ("Which of these is **not** an NRM actor?", "Хто з перелічених **не** є суб'єктом НМВ?"),
        (
            "Resolution No. 783 (2012) lists state bodies; a private recruiter is not one.",
            "Постанова № 783 (2012) називає державні органи; приватний рекрутер до них не належить.",
        ),
        options=[
            ("A private recruiter", "Приватний рекрутер", True, "Right.", "Правильно."),
            ("The State Border Guard Service", "Державна прикордонна служба", False, "An NRM actor.", "Суб'єкт НМВ."),
            ("The State Migration Service", "Державна міграційна служба", False, "An NRM actor.", "Суб'єкт НМВ."),
            ("The National Police", "Національна поліція", False, "An NRM actor.", "Суб'єкт НМВ."),
        ],
    ),
    question(
        "multiple",
        "investigation",
        ["legal-instruments"],
        ("Which are means listed in Article 149?", "Що з переліченого є способами за статтею 149?"),
        (
            "Criminal Code, Art. 149, Part 1; irregular entry is not a means.",
            "КК України, ст. 149, ч. 1; незаконний в'їзд не є способом.",
        ),
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
            ("Irregular entry", "Незаконний в'їзд", False, "Not a means.", "Не є способом."),
        ],
    ),
    question(
        "single",
        "investigation",
        ["indicators", "safe-migration"],
        ("What is this, and where do you refer her?", "Що це і куди її перенаправити?"),
        (
            "Red flags: a non-official asking for a passport and phone, an offer too good to be true (UNHCR; OSCE). Refer to 527 or police 102.",
            "Тривожні сигнали: непосадова особа просить паспорт і телефон, надто гарна пропозиція (УВКБ ООН; ОБСЄ). Перенаправте на 527 або в поліцію 102.",
        ),
        scenario=(
            "A stranger at a station offers a woman a free flat and asks for her passport and phone.",
            "Незнайомець на вокзалі пропонує жінці безкоштовну квартиру і просить її паспорт і телефон.",
        ),
        options=[
            (
                "Red flags: refer to 527 or 102",
                "Тривожні сигнали: перенаправити на 527 або 102",
                True,
                "Right.",
                "Правильно.",
            ),
            (
                "Ordinary help from a volunteer",
                "Звичайна допомога волонтера",
                False,
                "Volunteers do not take passports and phones.",
                "Волонтери не забирають паспорти й телефони.",
            ),
        ],
    ),
    question(
        "true_false",
        "investigation",
        ["indicators"],
        ("“An employer holding a passport is an ILO indicator.”", "«Утримання паспорта роботодавцем — індикатор МОП»."),
        (
            "ILO indicators (2012): retention of identity documents.",
            "Індикатори МОП (2012): утримання документів, що посвідчують особу.",
        ),
        options=(
            True,
            (("Right.", "Правильно."), ("It is indicator 7 of the ILO's eleven.", "Це індикатор 7 з одинадцяти МОП.")),
        ),
    ),
    question(
        "true_false",
        "investigation",
        ["legal-instruments"],
        ("“An investigation needs the victim's complaint.”", "«Для розслідування потрібна скарга потерпілої особи»."),
        ("CETS Art. 27.", "Ст. 27 Конвенції № 197."),
        options=(
            False,
            (
                (
                    "CETS Art. 27 says investigations do not depend on a complaint.",
                    "Згідно зі ст. 27 розслідування не залежить від скарги.",
                ),
                ("Right.", "Правильно."),
            ),
        ),
    ),
    question(
        "matching",
        "interviewing-and-referral",
        ["legal-instruments"],
        (
            "Match each CETS article with what it provides.",
            "Зіставте статті Конвенції № 197 з тим, що вони передбачають.",
        ),
        ("Council of Europe Convention CETS No. 197.", "Конвенція Ради Європи № 197."),
        pairs=[
            (
                "Art. 10",
                "No removal before identification is finished",
                "Ст. 10",
                "Без видворення до завершення виявлення",
            ),
            (
                "Art. 13",
                "At least 30 days of recovery and reflection",
                "Ст. 13",
                "Щонайменше 30 днів на відновлення і роздуми",
            ),
            ("Art. 27", "Investigation without a complaint", "Ст. 27", "Розслідування без скарги"),
            ("Art. 28", "Protection of victims and witnesses", "Ст. 28", "Захист потерпілих і свідків"),
        ],
    ),
    question(
        "matching",
        "interviewing-and-referral",
        ["referral"],
        ("Match each service with its number.", "Зіставте кожну службу з її номером."),
        (
            "Hotlines listed in the course brief: 527 (alt. 0-800-505-501), 1547, La Strada 0-800-500-335, police 102.",
            "Гарячі лінії: 527 (також 0-800-505-501), 1547, «Ла Страда» 0-800-500-335, поліція 102.",
        ),
        pairs=[
            (
                "National counter-trafficking hotline",
                "527",
                "Національна гаряча лінія з протидії торгівлі людьми",
                "527",
            ),
            ("Police", "102", "Поліція", "102"),
            ("La Strada Ukraine", "0-800-500-335", "«Ла Страда-Україна»", "0-800-500-335"),
            ("Government contact line", "1547", "Урядова гаряча лінія", "1547"),
        ],
    ),
]

COURSE = course(
    "border-guards-police",
    ["border-police"],
    3,
    "professional",
    {
        "title": "Trafficking at the border and on the street: identification and investigation",
        "summary": "For border guards and police: recognise trafficking among people on the move, interview safely, "
        "apply reasonable grounds, refer through the NRM and investigate without waiting for a complaint.",
        "objectives": [
            "Tell trafficking from smuggling",
            "Spot indicators among people crossing the border",
            "Interview safely and apply CETS Articles 10 and 13",
            "Match facts to the means of Article 149",
        ],
    },
    {
        "title": "Торгівля людьми на кордоні й на вулиці: виявлення і розслідування",
        "summary": "Для прикордонників і поліції: розпізнати торгівлю людьми серед людей у дорозі, безпечно провести "
        "співбесіду, застосувати обґрунтовані підстави, перенаправити через НМВ і розслідувати без скарги.",
        "objectives": [
            "Відрізняти торгівлю людьми від незаконного переправлення",
            "Помічати індикатори серед людей, які перетинають кордон",
            "Безпечно проводити співбесіду і застосовувати статті 10 і 13 Конвенції № 197",
            "Зіставляти факти зі способами за статтею 149",
        ],
    },
    MODULES,
    QUESTIONS,
)
