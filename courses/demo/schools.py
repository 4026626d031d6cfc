"""Course D: school teachers (the school counter-trafficking curriculum: 1,923 schools, more than 142,000 students)."""

from .build import callout, case, course, lesson, md, module, question, sources, terms
from .common import (
    HOTLINE,
    HOTLINE_SITE,
    ILO_INDICATORS,
    IOM_2022,
    IOM_NORWAY,
    IOM_PROGRAMME,
    NO_BLAME,
    PALERMO,
    RED_FLAGS,
    RES_783,
)

SAFE_MIGRATION = (
    "IOM Ukraine: safe migration and the 30-minute safe-employment quest; “LOOK AGAIN” campaign (2023)",
    "https://ukraine.iom.int/",
)

MODULES = [
    module(
        "explained-for-teenagers",
        ("Trafficking explained for teenagers", "Торгівля людьми: пояснення для підлітків"),
        (
            "What to teach students aged 14–17, and the myths to take apart.",
            "Чого навчати учнів 14–17 років і які міфи розвінчувати.",
        ),
        [
            lesson(
                "act-means-purpose-for-teens",
                20,
                ("Act, means, purpose — for ages 14–17", "Дія, спосіб, мета — для 14–17 років"),
                (
                    "Explain the definition in words teenagers understand.",
                    "Пояснювати визначення словами, зрозумілими підліткам.",
                ),
                md(
                    """
### Three questions for the class
1. **What is done?** Someone recruits, moves, hides or receives a person.
2. **How?** By lies, threats, force or by using a difficult situation.
3. **Why?** To exploit them — unpaid work, sexual exploitation, begging, crime.

For anyone **under 18**, the second question does not matter: recruiting a child for exploitation is trafficking
even without lies or force (Palermo Protocol, Art. 3(c)).
""",
                    """
### Три запитання для класу
1. **Що роблять?** Когось вербують, переміщують, переховують або одержують.
2. **Як?** Обманом, погрозами, силою або використовуючи складну ситуацію.
3. **Навіщо?** Щоб експлуатувати — неоплачувана праця, сексуальна експлуатація, жебракування, злочини.

Для будь-кого **до 18 років** друге запитання не має значення: вербування дитини з метою експлуатації — це
торгівля людьми навіть без обману чи сили (Палермський протокол, ст. 3(c)).
""",
                ),
                terms(
                    [
                        (
                            "Exploitation",
                            "Using a person for someone else's profit against their will.",
                            "Експлуатація",
                            "Використання людини для чужої вигоди проти її волі.",
                        ),
                        (
                            "Recruitment",
                            "Drawing someone in, e.g. with a job offer.",
                            "Вербування",
                            "Залучення людини, наприклад, пропозицією роботи.",
                        ),
                    ]
                ),
                sources(PALERMO),
            ),
            lesson(
                "myths",
                15,
                ("Myths: “only women”, “only abroad”", "Міфи: «лише жінки», «лише за кордоном»"),
                ("Take apart common myths with facts.", "Розвінчувати поширені міфи фактами."),
                md(
                    """
### What the facts say
- **“Only girls and women.”** In May–June 2022, **8 of the 10** victims IOM assisted were **men**.
- **“Only abroad.”** Of the people IOM assisted, **6%** were trafficked to or within Ukraine; the case of Taras
  (name changed) happened entirely in Ukraine.
- **“It can't happen to me.”** In a 2022 IOM survey, **59%** of Ukrainians said they would accept a risky offer,
  and **86%** saw little or no chance it could happen to them.
""",
                    """
### Що кажуть факти
- **«Лише дівчата й жінки».** У травні–червні 2022 року **8 із 10** осіб, яким допомогла МОМ, були **чоловіками**.
- **«Лише за кордоном».** Серед осіб, яким допомогла МОМ, **6%** постраждали в Україні або під час переміщення до
  неї; історія Тараса (ім'я змінено) відбулася повністю в Україні.
- **«Зі мною такого не станеться».** В опитуванні МОМ 2022 року **59%** українців сказали, що прийняли б
  ризиковану пропозицію, а **86%** вважали, що з ними цього майже або зовсім не може статися.
""",
                ),
                callout(
                    "info",
                    "In class",
                    "Never ask students whether this has happened to them or someone they know.",
                    "На уроці",
                    "Ніколи не запитуйте учнів, чи траплялося таке з ними або з їхніми знайомими.",
                ),
                sources(IOM_2022, IOM_NORWAY, ("IOM Ukraine survey, 2022", "https://ukraine.iom.int/")),
            ),
            lesson(
                "children-special-protection",
                15,
                ("Why children get special protection", "Чому діти мають особливий захист"),
                ("Explain why the law protects children more.", "Пояснювати, чому закон особливо захищає дітей."),
                md(
                    """
### Under 18
International law and Ukrainian law (Law No. 3739-VI of 2011, Art. 1) treat everyone under 18 as a child. A child
cannot consent to their own exploitation, so no lies or force need to be proven. The penalty is heavier when the
trafficker is a **parent or guardian** (8–15 years under Art. 149 as amended in 2018).
""",
                    """
### До 18 років
Міжнародне право і закон України (Закон № 3739-VI 2011 року, ст. 1) вважають дитиною кожного до 18 років. Дитина
не може погодитися на власну експлуатацію, тому доводити обман чи силу не потрібно. Покарання суворіше, якщо
злочин учинили **батьки або опікун** (8–15 років за ст. 149 у редакції 2018 року).
""",
                ),
                NO_BLAME,
                sources(
                    PALERMO,
                    (
                        "Law of Ukraine No. 3739-VI of 20 Sep 2011; Criminal Code, Art. 149",
                        "https://zakon.rada.gov.ua/",
                    ),
                ),
            ),
        ],
    ),
    module(
        "safe-migration-online",
        ("Safe migration and online risks", "Безпечна міграція та ризики онлайн"),
        (
            "Red flags in offers, and safety rules students can use.",
            "Тривожні сигнали в пропозиціях і правила безпеки для учнів.",
        ),
        [
            lesson(
                "red-flags-in-offers",
                20,
                ("Red flags in job and housing offers", "Тривожні сигнали в пропозиціях роботи і житла"),
                (
                    "Recognise red flags in offers made online and offline.",
                    "Розпізнавати тривожні сигнали в пропозиціях онлайн і офлайн.",
                ),
                md(
                    """
### Look again
- Pay that is **too good to be true**; "leave this week" — **pressure to decide fast**;
- "We'll keep your passport" — nobody but the state should hold your documents;
- a stranger who wants to **meet you alone**, or asks for your phone;
- help with travel or housing in exchange for work, sex or "favours".
""",
                    """
### Подивись ще раз
- Заробіток **надто гарний, щоб бути правдою**; «виїжджай цього тижня» — **тиск ухвалити рішення швидко**;
- «Ми потримаємо твій паспорт» — ніхто, крім держави, не повинен тримати твої документи;
- незнайомець хоче **зустрітися наодинці** або просить твій телефон;
- допомога з дорогою чи житлом в обмін на роботу, секс або «послуги».
""",
                ),
                case(
                    {
                        "title": "A direct message",
                        "content_note": "This case describes an online recruitment attempt.",
                        "scenario": "A 16-year-old gets a DM: “€2,000 a month in Poland, leave this week, we'll keep your passport.”",
                        "reflection": "List the red flags. Who should the student tell?",
                    },
                    {
                        "title": "Повідомлення в соцмережі",
                        "content_note": "Цей випадок описує спробу вербування онлайн.",
                        "scenario": "16-річна учениця отримує повідомлення: «2 000 € на місяць у Польщі, виїзд цього тижня, паспорт залишиш у нас».",
                        "reflection": "Назвіть тривожні сигнали. Кому учениця має розповісти?",
                    },
                ),
                sources(RED_FLAGS, SAFE_MIGRATION),
            ),
            lesson(
                "safety-rules",
                15,
                ("Safety rules", "Правила безпеки"),
                ("Teach practical safety rules.", "Навчати практичних правил безпеки."),
                md(
                    """
### Before any trip or job
- Keep your **documents** yourself; leave copies with your family.
- Agree a **code word** with your family for "I need help".
- Tell your family **where you are**, with whom, and the address.
- Check the offer: call **527** (free, daily) or write to @SafeMigrationBot.
""",
                    """
### Перед будь-якою поїздкою чи роботою
- Тримай **документи** при собі; копії залиш родині.
- Домовся з родиною про **кодове слово** на випадок «мені потрібна допомога».
- Повідомляй родині, **де ти**, з ким і за якою адресою.
- Перевір пропозицію: зателефонуй на **527** (безкоштовно, щодня) або напиши в @SafeMigrationBot.
""",
                ),
                HOTLINE,
                sources(HOTLINE_SITE, SAFE_MIGRATION),
            ),
            lesson(
                "safe-employment-quest",
                30,
                ("The 30-minute safe-employment quest", "30-хвилинний квест про безпечне працевлаштування"),
                (
                    "Run IOM's safe-employment quest with a class.",
                    "Провести з класом квест МОМ про безпечне працевлаштування.",
                ),
                md(
                    """
### In class
IOM Ukraine offers a **30-minute quest** on safe employment. Split the class into teams; each team checks one
offer against the red flags, the safety rules and the hotline numbers, then presents its verdict. Finish with the
key message: asking for help is always right, and exploitation is **never the victim's fault**.
""",
                    """
### На уроці
МОМ в Україні пропонує **30-хвилинний квест** про безпечне працевлаштування. Поділіть клас на команди; кожна
перевіряє одну пропозицію за тривожними сигналами, правилами безпеки і номерами гарячих ліній, а потім
представляє свій висновок. Завершіть головною думкою: звертатися по допомогу — завжди правильно, а експлуатація
**ніколи не є провиною постраждалої особи**.
""",
                ),
                callout(
                    "info",
                    "Resources",
                    "The quest materials are published by IOM Ukraine.",
                    "Матеріали",
                    "Матеріали квесту публікує МОМ в Україні.",
                ),
                sources(SAFE_MIGRATION),
            ),
        ],
    ),
    module(
        "teachers-role",
        ("The teacher's role", "Роль учителя"),
        ("Notice, refer, and keep lessons safe.", "Помітити, перенаправити і зробити уроки безпечними."),
        [
            lesson(
                "notice-the-signs",
                15,
                ("Noticing the signs", "Помітити ознаки"),
                (
                    "Notice signs that a student may be at risk.",
                    "Помічати ознаки того, що учень може бути в небезпеці.",
                ),
                md(
                    """
### What you might notice
A student talks about a job abroad that "an agent" arranged; suddenly has money or gifts from a new adult
"friend"; misses school and seems controlled by someone; or a family that has been displaced is pressed to repay
"debts". Indicators are reasons to refer, not proof.
""",
                    """
### Що можна помітити
Учень розповідає про роботу за кордоном, яку влаштував «агент»; у нього раптом з'являються гроші чи подарунки від
нового дорослого «друга»; він пропускає уроки і, схоже, хтось його контролює; або родину, що переселилася,
змушують «повертати борги». Індикатори — підстава для перенаправлення, а не доказ.
""",
                ),
                NO_BLAME,
                sources(ILO_INDICATORS, RED_FLAGS),
            ),
            lesson(
                "school-referral",
                15,
                ("Referring through the school protocol", "Перенаправлення за шкільним протоколом"),
                ("Refer a concern through the school and the NRM.", "Перенаправляти занепокоєння через школу і НМВ."),
                md(
                    """
### Keep the student safe and refer
The **Ministry of Education is an NRM actor** (Resolution 783). If you suspect exploitation: keep the student
safe, inform the school's designated person, and refer — to the child protection service, the police (**102**) or
hotline **527**. **Do not investigate yourself** and do not confront a suspected recruiter.
""",
                    """
### Убезпечте учня і перенаправте
**МОН є суб'єктом НМВ** (Постанова № 783). Якщо ви підозрюєте експлуатацію: убезпечте учня, повідомте
відповідальну особу школи і перенаправте — до служби у справах дітей, поліції (**102**) або на лінію **527**.
**Не розслідуйте самостійно** і не вступайте в конфронтацію з можливим вербувальником.
""",
                ),
                HOTLINE,
                sources(RES_783, HOTLINE_SITE),
            ),
            lesson(
                "confidential-safe-lessons",
                15,
                ("Confidential and safe lessons", "Конфіденційні й безпечні уроки"),
                (
                    "Keep counter-trafficking lessons confidential and safe.",
                    "Робити уроки з протидії торгівлі людьми конфіденційними і безпечними.",
                ),
                md(
                    """
### Rules for the classroom
- Use **pseudonyms** or composite cases: never a real survivor's name or photo (“Name has been changed to protect
  privacy”, IOM).
- Give a **content note** before cases that describe violence.
- Never ask students to disclose; offer a private way to talk after class.
- The programme already reaches **1,923** schools and more than **142,000** students (IOM).
""",
                    """
### Правила для класу
- Використовуйте **псевдоніми** або узагальнені випадки: ніколи не справжнє ім'я чи фото постраждалої особи
  («Ім'я змінено з метою захисту приватності», МОМ).
- Попереджайте про зміст перед випадками, що описують насильство.
- Ніколи не просіть учнів розповідати про власний досвід; запропонуйте можливість поговорити наодинці після уроку.
- Програма вже охоплює **1 923** навчальні заклади і понад **142 000** учнів (МОМ).
""",
                ),
                NO_BLAME,
                sources(IOM_PROGRAMME, ("IOM Ukraine press release, 20 Nov 2018", "https://ukraine.iom.int/")),
            ),
        ],
    ),
]

QUESTIONS = [
    question(
        "true_false",
        "explained-for-teenagers",
        ["definitions"],
        ("“Only girls are trafficked.”", "«Жертвами торгівлі людьми стають лише дівчата»."),
        (
            "IOM, May–June 2022: 8 of the 10 victims IOM assisted were men.",
            "МОМ, травень–червень 2022: 8 із 10 осіб, яким допомогла МОМ, були чоловіками.",
        ),
        options=(
            False,
            (("Boys and men are trafficked too.", "Жертвами стають і хлопці та чоловіки."), ("Right.", "Правильно.")),
        ),
    ),
    question(
        "single",
        "explained-for-teenagers",
        ["definitions", "legal-instruments"],
        (
            "Why is a recruited 17-year-old a victim even without force?",
            "Чому 17-річна особа, яку завербували, є постраждалою навіть без застосування сили?",
        ),
        (
            "Palermo Protocol, Art. 3(c): for a child, no means (force, deception…) is required.",
            "Палермський протокол, ст. 3(c): для дитини спосіб (сила, обман…) не потрібен.",
        ),
        options=[
            (
                "Because for a child no means is needed (Palermo Art. 3(c))",
                "Бо для дитини спосіб не потрібен (Палермський протокол, ст. 3(c))",
                True,
                "Right.",
                "Правильно.",
            ),
            (
                "Because every job abroad is trafficking",
                "Бо будь-яка робота за кордоном — торгівля людьми",
                False,
                "Not every job is; exploitation is the purpose.",
                "Не будь-яка; має бути мета експлуатації.",
            ),
            (
                "Only if the parents complain",
                "Лише якщо батьки поскаржаться",
                False,
                "No complaint is needed.",
                "Скарга не потрібна.",
            ),
        ],
    ),
    question(
        "multiple",
        "explained-for-teenagers",
        ["definitions"],
        ("Which of these are forms of exploitation?", "Що з переліченого є формами експлуатації?"),
        (
            "Art. 149 and Palermo Art. 3: forced labour, sexual exploitation, forced begging, organ removal; a summer job with a contract is not.",
            "Ст. 149 і Палермський протокол, ст. 3: примусова праця, сексуальна експлуатація, примусове жебракування, вилучення органів; літня робота за договором — ні.",
        ),
        options=[
            ("Forced labour", "Примусова праця", True, "Yes.", "Так."),
            ("Sexual exploitation", "Сексуальна експлуатація", True, "Yes.", "Так."),
            ("Forced begging", "Примусове жебракування", True, "Yes.", "Так."),
            ("Organ removal", "Вилучення органів", True, "Yes.", "Так."),
            (
                "A summer job with a contract",
                "Літня робота за договором",
                False,
                "Lawful work is not exploitation.",
                "Законна робота не є експлуатацією.",
            ),
        ],
    ),
    question(
        "single",
        "safe-migration-online",
        ["safe-migration"],
        ("What should the student do?", "Що має зробити учениця?"),
        (
            "Red flags: too good to be true, pressure to leave fast, passport retention (UNHCR; IOM “LOOK AGAIN”). Tell an adult and call 527.",
            "Тривожні сигнали: надто гарно, тиск виїхати швидко, утримання паспорта (УВКБ ООН; МОМ «Подивись ще раз»). Розповісти дорослому і зателефонувати на 527.",
        ),
        scenario=(
            "A DM offers “€2,000 a month in Poland, leave this week, we'll keep your passport”.",
            "У повідомленні пропонують «2 000 € на місяць у Польщі, виїзд цього тижня, паспорт залишиш у нас».",
        ),
        options=[
            (
                "Tell an adult and call 527",
                "Розповісти дорослому і зателефонувати на 527",
                True,
                "Right.",
                "Правильно.",
            ),
            (
                "Accept, but keep a copy of the passport",
                "Погодитися, але зберегти копію паспорта",
                False,
                "Too many red flags.",
                "Забагато тривожних сигналів.",
            ),
            (
                "Ask the sender for more photos of the job",
                "Попросити відправника надіслати більше фото роботи",
                False,
                "Do not continue alone: tell an adult.",
                "Не продовжуй сама: розкажи дорослому.",
            ),
        ],
    ),
    question(
        "single",
        "safe-migration-online",
        ["referral"],
        (
            "What is the national counter-trafficking hotline number?",
            "Який номер Національної гарячої лінії з протидії торгівлі людьми?",
        ),
        (
            "527 (alternative 0-800-505-501): free from mobiles, daily.",
            "527 (також 0-800-505-501): безкоштовно з мобільних, щодня.",
        ),
        options=[
            ("527", "527", True, "Right.", "Правильно."),
            ("112", "112", False, "The general emergency number.", "Загальний номер екстреної допомоги."),
            ("911", "911", False, "Not a Ukrainian number.", "Не український номер."),
        ],
    ),
    question(
        "true_false",
        "safe-migration-online",
        ["indicators", "safe-migration"],
        ("“A friendly employer can hold your passport.”", "«Доброзичливий роботодавець може тримати твій паспорт»."),
        (
            "Retention of identity documents is an ILO indicator of forced labour.",
            "Утримання документів — індикатор примусової праці МОП.",
        ),
        options=(
            False,
            (
                (
                    "Keep your documents yourself: retention is an ILO indicator.",
                    "Тримай документи при собі: утримання — індикатор МОП.",
                ),
                ("Right.", "Правильно."),
            ),
        ),
    ),
    question(
        "single",
        "teachers-role",
        ["referral"],
        (
            "What is your first step if you suspect a student is being exploited?",
            "Який ваш перший крок, якщо ви підозрюєте, що учня експлуатують?",
        ),
        (
            "Keep the student safe and refer; do not investigate yourself. The Ministry of Education is an NRM actor (Resolution 783).",
            "Убезпечити учня і перенаправити; не розслідувати самостійно. МОН — суб'єкт НМВ (Постанова № 783).",
        ),
        options=[
            ("Keep the student safe and refer", "Убезпечити учня і перенаправити", True, "Right.", "Правильно."),
            (
                "Investigate yourself before telling anyone",
                "Самостійно розслідувати, перш ніж комусь казати",
                False,
                "Investigation is for the police.",
                "Розслідування — справа поліції.",
            ),
            (
                "Confront the suspected recruiter",
                "Поговорити з можливим вербувальником",
                False,
                "This can put the student in danger.",
                "Це може наразити учня на небезпеку.",
            ),
        ],
    ),
    question(
        "true_false",
        "teachers-role",
        ["victim-centred"],
        ("“Use a real survivor's name in class.”", "«На уроці варто називати справжнє ім'я постраждалої особи»."),
        (
            "Names are changed to protect privacy (IOM, 2018).",
            "Імена змінюють з метою захисту приватності (МОМ, 2018).",
        ),
        options=(
            False,
            (
                (
                    "Always use pseudonyms or composite cases.",
                    "Завжди використовуйте псевдоніми або узагальнені випадки.",
                ),
                ("Right.", "Правильно."),
            ),
        ),
    ),
    question(
        "multiple",
        "teachers-role",
        ["referral"],
        ("Which are trusted sources of help?", "Які з цих джерел допомоги надійні?"),
        (
            "527, police 102 and La Strada 0-800-500-335 are trusted lines; a Telegram “agent” is not.",
            "527, поліція 102 і «Ла Страда» 0-800-500-335 — надійні лінії; «агент» у Telegram — ні.",
        ),
        options=[
            ("Hotline 527", "Гаряча лінія 527", True, "Yes.", "Так."),
            ("Police 102", "Поліція 102", True, "Yes.", "Так."),
            ("La Strada 0-800-500-335", "«Ла Страда» 0-800-500-335", True, "Yes.", "Так."),
            (
                "A Telegram “agent”",
                "«Агент» у Telegram",
                False,
                "Unknown online “agents” are a red flag.",
                "Невідомі онлайн-«агенти» — тривожний сигнал.",
            ),
        ],
    ),
    question(
        "matching",
        "safe-migration-online",
        ["safe-migration"],
        (
            "Match each red flag with the safety rule that answers it.",
            "Зіставте кожен тривожний сигнал із правилом безпеки, яке на нього відповідає.",
        ),
        (
            "Red flags: UNHCR, OSCE, IOM “LOOK AGAIN”; safety rules: MinSocPolicy advice.",
            "Тривожні сигнали: УВКБ ООН, ОБСЄ, МОМ; правила безпеки: поради Мінсоцполітики.",
        ),
        pairs=[
            (
                "“We'll keep your passport”",
                "Keep your documents yourself",
                "«Паспорт залишиш у нас»",
                "Тримай документи при собі",
            ),
            (
                "“Leave this week”",
                "Take time and check the offer with 527",
                "«Виїзд цього тижня»",
                "Не поспішай і перевір пропозицію на 527",
            ),
            (
                "“Come alone, tell no one”",
                "Tell your family where you are",
                "«Приходь сама, нікому не кажи»",
                "Повідомляй родині, де ти",
            ),
        ],
    ),
    question(
        "single",
        "teachers-role",
        ["victim-centred"],
        (
            "How many educational establishments teach the counter-trafficking programme?",
            "Скільки навчальних закладів викладають програму з протидії торгівлі людьми?",
        ),
        (
            "IOM Ukraine Counter-Trafficking Programme: 1,923 establishments, more than 142,000 students.",
            "Програма МОМ: 1 923 заклади, понад 142 000 учнів.",
        ),
        options=[
            ("1,923", "1 923", True, "Right.", "Правильно."),
            ("142", "142", False, "142,000 is the number of students.", "142 000 — це кількість учнів."),
            ("527", "527", False, "That is the hotline.", "Це гаряча лінія."),
        ],
    ),
    question(
        "matching",
        "explained-for-teenagers",
        ["definitions"],
        (
            "Match each question for the class with the element of the definition.",
            "Зіставте запитання для класу з елементом визначення.",
        ),
        ("Palermo Protocol, Art. 3(a).", "Палермський протокол, ст. 3(a)."),
        pairs=[
            ("What is done?", "Act", "Що роблять?", "Дія"),
            ("How?", "Means", "Як?", "Спосіб"),
            ("Why?", "Purpose", "Навіщо?", "Мета"),
        ],
    ),
]

COURSE = course(
    "school-teachers",
    ["schools"],
    3,
    "schools",
    {
        "title": "Teaching counter-trafficking at school",
        "summary": "For teachers of students aged 14–17: explain trafficking, take apart the myths, teach safe "
        "migration online and offline, and know what to do when a student may be at risk.",
        "objectives": [
            "Explain act, means and purpose to teenagers",
            "Take apart common myths with facts",
            "Teach red flags and safety rules",
            "Refer a concern through the school and the NRM",
        ],
    },
    {
        "title": "Протидія торгівлі людьми: уроки в школі",
        "summary": "Для вчителів учнів 14–17 років: пояснити, що таке торгівля людьми, розвінчати міфи, навчити "
        "безпечної міграції онлайн і офлайн і знати, що робити, коли учень може бути в небезпеці.",
        "objectives": [
            "Пояснювати підліткам дію, спосіб і мету",
            "Розвінчувати поширені міфи фактами",
            "Навчати тривожних сигналів і правил безпеки",
            "Перенаправляти занепокоєння через школу і НМВ",
        ],
    },
    MODULES,
    QUESTIONS,
)
