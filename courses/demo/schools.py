"""Course D: school teachers, who teach students aged 14–17 (the school counter-trafficking programme: 1,923
educational establishments and more than 142,000 students, seed S0).

Facts come only from the content brief and its seeds. Lessons are written for teachers; the classroom material
they suggest is age-appropriate, uses pseudonyms only and never asks students to disclose.
"""

from .build import callout, case, course, lesson, md, module, question, sources, terms
from .common import (
    CC_149,
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
    RES_783,
)

IOM_SURVEY = ("IOM Ukraine, survey on attitudes to risky offers, 2022", "https://ukraine.iom.int/")
LOOK_AGAIN = ("IOM Ukraine, “LOOK AGAIN” campaign, 2023", "https://ukraine.iom.int/")
QUEST = ("IOM Ukraine, 30-minute safe-employment quest", "https://ukraine.iom.int/")
MINSOC_ADVICE = ("Ministry of Social Policy of Ukraine, safety advice for people travelling or looking for work", "")
EU_2011 = ("Directive 2011/36/EU, Art. 2 (definition covering begging; an EU benchmark)", "")
AUSTRIAN_POLICE = (
    "Austrian police, red flags for people arriving from Ukraine (reported by Kleine Zeitung)",
    "https://www.kleinezeitung.at/",
)
UNODC_BORDER = (
    "UNODC: trafficking may take place within a country; smuggling always crosses a border",
    "https://www.unodc.org/",
)

LA_STRADA_CHILD = (
    "La Strada Ukraine, National Children's Hotline: 116 111 and 0-800-500-225",
    "https://la-strada.org.ua/",
)
GOV_1547 = ("Government hotline 1547 on domestic violence, trafficking and gender-based violence", "")
CC_156_1 = (
    "Criminal Code of Ukraine, Art. 156-1 (harassment of a child for sexual purposes), added by Law No. 1256-IX of "
    "18 Feb 2021",
    "https://zakon.rada.gov.ua/",
)
LANZAROTE = (
    "Council of Europe Convention on the Protection of Children against Sexual Exploitation and Sexual Abuse "
    "(Lanzarote Convention, CETS No. 201), Art. 23",
    "https://www.coe.int/",
)
EUROPOL_SAY_NO = (
    "Europol, “Say NO!” campaign on online sexual coercion and extortion of children (2017)",
    "https://www.europol.europa.eu/",
)
CHILD_SERVICES = (
    "Children's services of hromadas and district administrations; Law of Ukraine “On Protection of Childhood”",
    "https://zakon.rada.gov.ua/",
)
POLICE_JUVENILE = ("National Police of Ukraine: juvenile prevention; cyber police", "https://www.npu.gov.ua/")
LABOUR_CODE = (
    "Labour Code of Ukraine, Arts. 51, 187, 188, 190, 191, 192 (work of persons under 18)",
    "https://zakon.rada.gov.ua/",
)
CRC_32 = (
    "UN Convention on the Rights of the Child, Art. 32 (protection from economic exploitation)",
    "https://www.ohchr.org/",
)

CONTENT_NOTE_ONLINE = callout(
    "warning",
    "Content note",
    "This lesson is about the sexual abuse and exploitation of children online. It describes patterns, not real "
    "cases, and contains no graphic detail. Before teaching it, tell students what the lesson is about, let anyone "
    "step out, and never ask students whether this has happened to them or to someone they know.",
    "Попередження про зміст",
    "Цей урок — про сексуальне насильство та експлуатацію дітей онлайн. Він описує типові схеми, а не реальні "
    "випадки, і не містить детальних описів. Перед уроком скажіть учням, про що йтиметься, дозвольте будь-кому "
    "вийти і ніколи не запитуйте, чи траплялося таке з ними або з кимось, кого вони знають.",
)

HELP_LINES = callout(
    "hotline",
    "Numbers every student should know",
    "- **527** — free from mobiles, every day: advice on jobs, travel and trafficking (also **0-800-505-501**, "
    "www.527.org.ua and @SafeMigrationBot).\n"
    "- **La Strada Ukraine:** 0-800-500-335 or 116 123.\n"
    "- **116 111** — National Children's Hotline (La Strada Ukraine): free, for children and young people (also "
    "0-800-500-225).\n"
    "- **102** — police, if someone is in danger right now.\n"
    "- **1547** — government hotline on domestic violence, trafficking and gender-based violence.",
    "Номери, які має знати кожен учень",
    "- **527** — безкоштовно з мобільних, щодня: поради щодо роботи, поїздок і торгівлі людьми (також "
    "**0-800-505-501**, www.527.org.ua і @SafeMigrationBot).\n"
    "- **«Ла Страда-Україна»:** 0-800-500-335 або 116 123.\n"
    "- **116 111** — Національна дитяча гаряча лінія («Ла Страда-Україна»): безкоштовно, для дітей і молоді "
    "(також 0-800-500-225).\n"
    "- **102** — поліція, якщо комусь загрожує небезпека просто зараз.\n"
    "- **1547** — урядова гаряча лінія з питань протидії домашньому насильству, торгівлі людьми та гендерно "
    "зумовленому насильству.",
)

NO_DISCLOSURE = callout(
    "warning",
    "Never ask students to disclose",
    "Do not ask students whether this has happened to them, their family or friends — in class or in homework. "
    "Some of your students may have been displaced or may know someone affected. Instead, tell the whole class "
    "where to get help and when you are available to talk privately.",
    "Ніколи не просіть учнів розповідати про власний досвід",
    "Не запитуйте учнів, чи траплялося таке з ними, їхніми родинами чи друзями, — ні на уроці, ні в домашніх "
    "завданнях. Дехто з ваших учнів міг пережити переміщення або знати когось, хто постраждав. Натомість скажіть "
    "усьому класу, куди звернутися по допомогу і коли ви доступні для розмови наодинці.",
)

MODULES = [
    module(
        "explained-for-teenagers",
        ("Trafficking explained for teenagers", "Торгівля людьми: пояснення для підлітків"),
        (
            "How to explain trafficking to students aged 14–17, which myths to take apart, and why children are "
            "specially protected.",
            "Як пояснити торгівлю людьми учням 14–17 років, які міфи розвінчати і чому діти мають особливий захист.",
        ),
        [
            lesson(
                "act-means-purpose-for-teens",
                20,
                ("Act, means, purpose — for ages 14–17", "Дія, спосіб, мета — для 14–17 років"),
                (
                    "Explain the act–means–purpose definition in words students aged 14–17 understand.",
                    "Пояснювати визначення «дія–спосіб–мета» словами, зрозумілими учням 14–17 років.",
                ),
                md(
                    """
## From the law to the classroom
The international definition of trafficking (Palermo Protocol, Art. 3) has three parts. For students aged 14–17,
turn them into three questions.

| In the law | Question for the class | In students' words |
|---|---|---|
| **Act**: recruitment, transportation, transfer, harbouring or receipt | *What is done?* | someone finds, moves, hides or "takes over" a person |
| **Means**: force, coercion, abduction, deception, abuse of a vulnerable situation, payments to someone in control | *How?* | with lies, threats or force, or by using someone's difficult situation |
| **Purpose**: exploitation — sexual exploitation, forced labour, slavery, servitude, removal of organs | *Why?* | to make money from the person's work or body against their will |

### The rule for under-18s
For anyone **under 18**, the second question does not matter. Recruiting a child for exploitation is
trafficking **even without lies or force** (Palermo Protocol, Art. 3(c)). Ukrainian law also defines a child
as a person under 18 (Law No. 3739-VI of 2011, Art. 1).

### How to teach it
- **Start from situations, not horror stories.** A job offer, a trip, a new online "friend": ask students what
  questions they would ask before saying yes.
- **Keep it age-appropriate.** No graphic descriptions of violence; the aim is to recognise risk and know where to
  get help.
- **Use facts, not fear.** Young people who feel frightened or blamed switch off.
- **Say it clearly:** being exploited is never the fault of the person who was exploited. Responsibility lies
  with those who exploit.
- **Use cases with changed names** — such as Taras (*name changed to protect privacy*), a man exploited on a farm
  for 16 years — and say that the names are changed.
""",
                    """
## Від закону до класу
Міжнародне визначення торгівлі людьми (Палермський протокол, ст. 3) має три частини. Для учнів 14–17 років
перетворіть їх на три запитання.

| У законі | Запитання для класу | Словами учнів |
|---|---|---|
| **Дія**: вербування, перевезення, передача, переховування або одержання | *Що роблять?* | когось знаходять, перевозять, ховають або «передають» іншим |
| **Спосіб**: сила, примус, викрадення, обман, використання уразливого становища, оплата тому, хто контролює людину | *Як?* | брехнею, погрозами чи силою або користуючись складною ситуацією людини |
| **Мета**: експлуатація — сексуальна експлуатація, примусова праця, рабство, підневільний стан, вилучення органів | *Навіщо?* | щоб заробляти на праці чи тілі людини проти її волі |

### Правило для тих, кому ще немає 18
Для будь-кого **до 18 років** друге запитання не має значення. Вербування дитини з метою експлуатації — це
торгівля людьми **навіть без обману чи сили** (Палермський протокол, ст. 3(c)). Закон України також визначає
дитину як особу віком до 18 років (Закон № 3739-VI 2011 року, ст. 1).

### Як про це навчати
- **Починайте із ситуацій, а не з жахливих історій.** Пропозиція роботи, поїздка, новий онлайн-«друг»: запитайте
  учнів, що б вони з'ясували, перш ніж погодитися.
- **Зважайте на вік.** Жодних детальних описів насильства; мета — розпізнати ризик і знати, куди звернутися.
- **Факти замість залякування.** Підлітки, яких лякають чи звинувачують, перестають слухати.
- **Скажіть прямо:** у тому, що людину експлуатували, ніколи немає її провини. Відповідальність несуть ті, хто
  експлуатує.
- **Використовуйте випадки зі зміненими іменами** — як-от історію Тараса (*ім'я змінено з метою захисту
  приватності*), якого 16 років експлуатували на фермі, — і кажіть, що імена змінено.
""",
                ),
                terms(
                    [
                        (
                            "Exploitation",
                            "Making money from someone's work or body against their will.",
                            "Експлуатація",
                            "Заробляння на праці чи тілі людини проти її волі.",
                        ),
                        (
                            "Recruitment",
                            "Drawing someone in — for example with a job offer, a trip or an online message.",
                            "Вербування",
                            "Залучення людини — наприклад, пропозицією роботи, поїздки чи повідомленням онлайн.",
                        ),
                        (
                            "Child",
                            "Anyone under 18 (Law No. 3739-VI, Art. 1); no lies or force need to be shown.",
                            "Дитина",
                            "Будь-хто віком до 18 років (Закон № 3739-VI, ст. 1); обман чи силу доводити не потрібно.",
                        ),
                    ]
                ),
                sources(PALERMO, LAW_2011, IOM_2018),
            ),
            lesson(
                "myths",
                20,
                ("Myths: “only women”, “only abroad”", "Міфи: «лише жінки», «лише за кордоном»"),
                (
                    "Take apart common myths about trafficking with facts.",
                    "Розвінчувати поширені міфи про торгівлю людьми за допомогою фактів.",
                ),
                md(
                    """
## Myths and facts
Myths make people feel safe when they are not. Each one below can be answered with a fact.

| Myth | Fact |
|---|---|
| "Only girls and women are trafficked." | Boys and men are trafficked too. In one reporting period (May–June 2022), **8 of the 10** victims IOM assisted were **men** — a small number, not a statistic about all victims, but a reminder that men are trafficked too. |
| "It only happens abroad." | Trafficking does not require crossing a border. Of the people IOM had assisted by 2014, **6%** were trafficked to or within Ukraine. |
| "It could never happen to me." | In a 2022 IOM survey, **59%** of Ukrainians said they would accept a risky offer — and **86%** saw little or no chance it could happen to them. |
| "If you agreed to go, it isn't trafficking." | Agreement obtained by lies or pressure does not count (Palermo Art. 3(b)); for under-18s no lies or force are needed at all. |
| "Traffickers are always strangers." | The law sets a heavier penalty — **8 to 15 years** — when the trafficker is a **parent or guardian** (Criminal Code, Art. 149). |
| "Victims are kidnapped." | Recruitment often starts with an ordinary-looking offer: Taras answered a job advertisement. |

### How to use the table in class
- Read out a myth and ask students to vote "true" or "false" before you give the fact.
- Ask *why* the myth might be popular, and *who* it helps — traffickers benefit when people think "not me".
- Handle the "parent or guardian" point with care: some students live in difficult families. Keep it general and
  make sure every student knows where to get help.
- End by naming the helplines (527, La Strada, 102).
""",
                    """
## Міфи і факти
Міфи дають людям відчуття безпеки, якої насправді немає. На кожен міф нижче можна відповісти фактом.

| Міф | Факт |
|---|---|
| «Постраждати можуть лише дівчата і жінки». | Постраждати можуть і хлопці, і чоловіки. За один звітний період (травень–червень 2022 року) **8 із 10** постраждалих, яким допомогла МОМ, були **чоловіками** — це невелике число, а не статистика щодо всіх постраждалих, але воно нагадує, що жертвами торгівлі людьми стають і чоловіки. |
| «Таке буває лише за кордоном». | Торгівля людьми не обов'язково пов'язана з перетином кордону. Серед осіб, яким МОМ допомогла до 2014 року, **6%** постраждали в Україні. |
| «Зі мною такого ніколи не станеться». | В опитуванні МОМ 2022 року **59%** українців сказали, що прийняли б ризиковану пропозицію, — а **86%** вважали, що з ними цього майже або зовсім не може статися. |
| «Якщо людина погодилася поїхати, це не торгівля людьми». | Згода, отримана обманом чи тиском, не має значення (Палермський протокол, ст. 3(b)); для тих, кому немає 18, обман чи сила взагалі не потрібні. |
| «Злочинці — завжди незнайомці». | Закон передбачає суворіше покарання — **від 8 до 15 років** — якщо злочин учинили **батьки або опікун** (Кримінальний кодекс, ст. 149). |
| «Жертв викрадають». | Вербування часто починається зі звичайної на вигляд пропозиції: Тарас відгукнувся на оголошення про роботу. |

### Як працювати з таблицею на уроці
- Зачитайте міф і попросіть учнів проголосувати «правда» чи «неправда», перш ніж назвете факт.
- Запитайте, *чому* цей міф поширений і *кому* він вигідний: злочинцям на руку, коли люди думають «це не про
  мене».
- Обережно говоріть про «батьків або опікуна»: дехто з учнів живе у складних родинах. Говоріть загально і
  переконайтеся, що кожен учень знає, куди звернутися по допомогу.
- Наприкінці назвіть гарячі лінії (527, «Ла Страда», 102).
""",
                ),
                NO_DISCLOSURE,
                sources(IOM_2022, IOM_NORWAY, UNODC_BORDER, IOM_2018, IOM_SURVEY, PALERMO, CC_149),
            ),
            lesson(
                "children-special-protection",
                15,
                ("Why children get special protection", "Чому діти мають особливий захист"),
                (
                    "Explain why the law gives children special protection against trafficking.",
                    "Пояснювати, чому закон особливо захищає дітей від торгівлі людьми.",
                ),
                md(
                    """
## Under 18 means protected
International and Ukrainian law treat everyone **under 18** as a child (Palermo Protocol, Art. 3(d); Law
No. 3739-VI, Art. 1). For a child, the "how" — lies, threats or force — does not have to be shown: recruiting,
moving or receiving a child **for exploitation** is trafficking in itself (Palermo Art. 3(c)).

### Why the law does this
- Children depend on adults for money, housing, documents and decisions.
- A child cannot meaningfully agree to being exploited, however the offer is presented.
- Those who should protect a child can abuse that trust. Since 2018, trafficking by a **parent or guardian**
  carries **8 to 15 years** of imprisonment (Criminal Code, Art. 149).

## What counts as exploitation
Help students tell exploitation from ordinary work.

**Forms of exploitation:**
- **forced labour** — work under threat, without real pay or the freedom to stop;
- **sexual exploitation**;
- **forced begging**;
- **removal of organs**.

**Not exploitation:** a summer job with a clear contract, agreed pay, your documents in your own hands and the
right to leave.

The Palermo Protocol lists sexual exploitation, forced labour, slavery, servitude and removal of organs as the
minimum; EU Directive 2011/36/EU also names begging.

## Schools are part of protection
The counter-trafficking programme is already taught in **1,923** educational establishments across Ukraine and
has reached more than **142,000** students. Teachers are often the first adults outside the family to notice that
something is wrong — Module 3 explains what to do.
""",
                    """
## До 18 років — під захистом
Міжнародне право і законодавство України вважають дитиною кожного, кому **ще немає 18** (Палермський протокол,
ст. 3(d); Закон № 3739-VI, ст. 1). Щодо дитини «як» — обман, погрози чи силу — доводити не потрібно: вербування,
переміщення чи одержання дитини **з метою експлуатації** саме по собі є торгівлею людьми (Палермський протокол,
ст. 3(c)).

### Чому закон так робить
- Діти залежать від дорослих у грошах, житлі, документах і рішеннях.
- Дитина не може по-справжньому погодитися на власну експлуатацію, хоч як подано пропозицію.
- Ті, хто мав би захищати дитину, можуть зловживати її довірою. З 2018 року торгівля людьми, вчинена **батьками
  або опікуном**, карається позбавленням волі **від 8 до 15 років** (Кримінальний кодекс, ст. 149).

## Що вважається експлуатацією
Допоможіть учням відрізнити експлуатацію від звичайної роботи.

**Форми експлуатації:**
- **примусова праця** — робота під погрозами, без справжньої оплати і можливості піти;
- **сексуальна експлуатація**;
- **примушування до жебракування**;
- **вилучення органів**.

**Не експлуатація:** літня робота з чітким договором, погодженою оплатою, документами у твоїх руках і правом
звільнитися.

Палермський протокол мінімально називає сексуальну експлуатацію, примусову працю, рабство, підневільний стан і
вилучення органів; Директива ЄС 2011/36/ЄС також називає жебракування.

## Школа — частина захисту
Програму з протидії торгівлі людьми вже викладають у **1 923** навчальних закладах по всій Україні, і вона
охопила понад **142 000** учнів. Учителі часто першими з дорослих поза родиною помічають, що щось не так, — про
те, що робити, йдеться в модулі 3.
""",
                ),
                NO_BLAME,
                sources(PALERMO, LAW_2011, CC_149, EU_2011, IOM_PROGRAMME),
            ),
        ],
    ),
    module(
        "safe-migration-online",
        ("Safe migration and online risks", "Безпечна міграція та ризики онлайн"),
        (
            "Red flags in job and housing offers, safety rules students can use, and IOM's safe-employment quest.",
            "Тривожні сигнали в пропозиціях роботи і житла, правила безпеки для учнів і квест МОМ про безпечне "
            "працевлаштування.",
        ),
        [
            lesson(
                "red-flags-in-offers",
                20,
                ("Red flags in job and housing offers", "Тривожні сигнали в пропозиціях роботи і житла"),
                (
                    "Recognise red flags in job and housing offers made online and offline.",
                    "Розпізнавати тривожні сигнали в пропозиціях роботи і житла онлайн і офлайн.",
                ),
                md(
                    """
## Why this matters to teenagers
Many offers now arrive by direct message or in group chats. In a 2022 IOM survey, **59%** of Ukrainians said they
would accept a risky offer, and **86%** saw little or no chance that trafficking could happen to them. Teaching
red flags closes that gap.

## Red flags
| Red flag | What it can sound like |
|---|---|
| **Too good to be true** | "€2,000 a month, no experience, no language needed." |
| **Pressure to decide in a hurry** (IOM "LOOK AGAIN", 2023) | "Only three places left — leave this week." |
| **Someone else keeps your documents** | "We'll keep your passport so it doesn't get lost." |
| **Asks for your phone or passport** (UNHCR) | "Give me your phone, I'll sort out the tickets." |
| **Unsolicited offers; wants to meet alone** (OSCE) | "Saw your profile — let's meet, just the two of us." |
| **Help now, pay later** (UNHCR) | "Travel and housing are free; you'll work it off." |
| **"Something in return"** demanded after housing is given (Austrian police) | "The room is free, but you'll help the family in the evenings." |

One red flag is a reason to **stop and check**. Several together are a reason to say no and to tell a trusted
adult.

## How to teach it
- Show made-up offers (never real screenshots with names) and let students find the red flags in pairs.
- Ask: *What would you check? Whom would you ask?* The answer should always include a trusted adult and the
  free hotline **527** or @SafeMigrationBot.
- Stress that noticing a red flag is smart, not embarrassing, and that anyone can be targeted.
""",
                    """
## Чому це важливо для підлітків
Багато пропозицій тепер надходять в особисті повідомлення або в групові чати. В опитуванні МОМ 2022 року **59%**
українців сказали, що прийняли б ризиковану пропозицію, а **86%** вважали, що з ними торгівля людьми майже або
зовсім не може статися. Навчання тривожних сигналів зменшує цей розрив.

## Тривожні сигнали
| Тривожний сигнал | Як це може звучати |
|---|---|
| **Надто гарно, щоб бути правдою** | «2 000 € на місяць, без досвіду, мова не потрібна». |
| **Тиск ухвалити рішення поспіхом** (кампанія МОМ LOOK AGAIN, 2023) | «Залишилося три місця — виїзд цього тижня». |
| **Твої документи тримає хтось інший** | «Паспорт залиш у нас, щоб не загубився». |
| **Просять твій телефон чи паспорт** (УВКБ ООН) | «Дай телефон, я сам оформлю квитки». |
| **Непрохані пропозиції; хочуть зустрітися наодинці** (ОБСЄ) | «Побачив твій профіль — давай зустрінемося, лише ми вдвох». |
| **Допомога зараз, розрахунок потім** (УВКБ ООН) | «Дорога і житло безкоштовні, потім відпрацюєш». |
| **«Щось натомість»** після того, як надали житло (поліція Австрії) | «Кімната безкоштовна, але вечорами допомагатимеш родині». |

Один тривожний сигнал — привід **зупинитися і перевірити**. Кілька одразу — привід відмовитися і розповісти
дорослому, якому довіряєш.

## Як про це навчати
- Покажіть вигадані пропозиції (ніколи не справжні скриншоти з іменами) і попросіть учнів у парах знайти тривожні
  сигнали.
- Запитайте: *Що б ви перевірили? Кого б запитали?* Відповідь завжди має містити дорослого, якому учень довіряє,
  і безкоштовну гарячу лінію **527** або @SafeMigrationBot.
- Наголосіть: помітити тривожний сигнал — це розумно, а не соромно, і ціллю може стати будь-хто.
""",
                ),
                case(
                    {
                        "title": "A direct message (a made-up example)",
                        "content_note": "This example shows an online recruitment attempt. It is invented for "
                        "teaching; no real person is described.",
                        "scenario": 'Dana, 16, gets a message from an account she does not know: "Hi! Work in a '
                        "café in Poland, €2,000 a month, we pay the trip. Leave this week — we'll keep your "
                        "passport so nothing happens to it. Don't tell your parents yet, it's a surprise.\"",
                        "reflection": "- How many red flags can you find?\n"
                        '- Why is "don\'t tell your parents" a warning sign?\n'
                        "- What should Dana do next, and whom can she call?",
                    },
                    {
                        "title": "Особисте повідомлення (вигаданий приклад)",
                        "content_note": "Цей приклад показує спробу вербування онлайн. Його вигадано для навчання; "
                        "реальних людей не описано.",
                        "scenario": "Дана, 16 років, отримує повідомлення з незнайомого акаунта: «Привіт! Робота в "
                        "кафе в Польщі, 2 000 € на місяць, дорогу оплачуємо. Виїзд цього тижня — паспорт "
                        "залишиш у нас, щоб із ним нічого не сталося. Батькам поки не кажи, хай буде сюрприз».",
                        "reflection": "- Скільки тривожних сигналів ви можете знайти?\n"
                        "- Чому «батькам поки не кажи» — це тривожний сигнал?\n"
                        "- Що Дані варто зробити далі і куди вона може зателефонувати?",
                    },
                ),
                sources(IOM_SURVEY, LOOK_AGAIN, RED_FLAGS, AUSTRIAN_POLICE),
            ),
            lesson(
                "safety-rules",
                15,
                ("Safety rules", "Правила безпеки"),
                (
                    "Teach practical safety rules: keep your documents, agree a code word, tell your family where you "
                    "are.",
                    "Навчати практичних правил безпеки: тримати документи при собі, домовитися про кодове слово, "
                    "повідомляти родині, де ти.",
                ),
                md(
                    """
## Three rules from the Ministry of Social Policy
The Ministry of Social Policy advises anyone who travels or looks for work to follow three simple rules. They are
easy for teenagers to remember and to share at home.

1. **Keep your documents yourself.** Nobody except an official, for a lawful check, should hold your passport
   or ID. An employer who "keeps" documents is showing an ILO indicator of forced labour.
2. **Agree a code word with your family.** A word or phrase that means "I need help" lets you ask for help in a
   call or message, even if someone is listening or reading.
3. **Tell your family where you are** — the address, who you are with and how to reach you — and update them
   when plans change.

## Add two habits
- **Check before you go.** Call **527** (free from mobiles, every day) or write to **@SafeMigrationBot** to check
  an offer, an agency or an employer.
- **Save the numbers** in your phone before you need them: 527, La Strada (0-800-500-335 or 116 123) and the
  police (102).

## A classroom activity: "My safety card"
Ask each student to make a small card with the three rules, the helpline numbers and a blank line for a code word
they will agree with their family **at home**. Students keep their card private: nobody shares their code word or
personal details in class.

## Why it works
The rules do not depend on spotting every trick. Even if a trafficker's offer looks convincing, a person who keeps
their documents, can signal for help and is expected home is much harder to control.
""",
                    """
## Три правила від Мінсоцполітики
Мінсоцполітики радить усім, хто подорожує або шукає роботу, дотримуватися трьох простих правил. Підліткам їх
легко запам'ятати і переказати вдома.

1. **Тримай документи при собі.** Ніхто, крім посадової особи під час законної перевірки, не повинен тримати твій
   паспорт чи інший документ. Роботодавець, який «зберігає» документи, демонструє індикатор примусової праці МОП.
2. **Домовся з родиною про кодове слово.** Слово чи фраза, що означає «мені потрібна допомога», дає змогу
   попросити про допомогу під час дзвінка чи в повідомленні, навіть якщо хтось слухає або читає.
3. **Повідомляй родині, де ти**, — адресу, з ким ти і як із тобою зв'язатися — і кажи, коли плани змінюються.

## Додайте дві звички
- **Перевір, перш ніж їхати.** Зателефонуй на **527** (безкоштовно з мобільних, щодня) або напиши в
  **@SafeMigrationBot**, щоб перевірити пропозицію, агенцію чи роботодавця.
- **Збережи номери** в телефоні заздалегідь: 527, «Ла Страда» (0-800-500-335 або 116 123) і поліція (102).

## Вправа на уроці: «Моя картка безпеки»
Попросіть кожного учня зробити невелику картку з трьома правилами, номерами гарячих ліній і порожнім рядком для
кодового слова, про яке він домовиться з родиною **вдома**. Картка — особиста: ніхто не називає свого кодового
слова чи особистих даних на уроці.

## Чому це працює
Правила не залежать від того, чи вдасться розпізнати кожен трюк. Навіть якщо пропозиція злочинця виглядає
переконливо, людину, яка тримає документи при собі, може подати сигнал про допомогу і на яку чекають удома,
контролювати набагато важче.
""",
                ),
                HELP_LINES,
                sources(MINSOC_ADVICE, ILO_INDICATORS, HOTLINE_SITE),
            ),
            lesson(
                "safe-employment-quest",
                30,
                ("The 30-minute safe-employment quest", "30-хвилинний квест про безпечне працевлаштування"),
                (
                    "Run IOM's 30-minute safe-employment quest with a class.",
                    "Провести з класом 30-хвилинний квест МОМ про безпечне працевлаштування.",
                ),
                md(
                    """
## What it is
IOM Ukraine offers a **30-minute quest on safe employment** for young people. Use the official quest materials
published by IOM Ukraine; the plan below is a suggested frame around them, not a description of the quest itself.

## Before the lesson
- Read the quest materials and check that every task suits your class's age and situation.
- Prepare the helpline numbers on the board: **527**, La Strada (0-800-500-335 or 116 123), **102**.
- Remember that some students may have been displaced or may know someone affected. Plan a quiet way for a
  student to step out or to talk to you later.

## During the lesson (about 45 minutes in total)
| Time | What happens |
|---|---|
| 5 min | Introduce the topic without scary stories; give a short content note; agree that nobody shares personal experiences. |
| 30 min | Students complete the quest in small teams. |
| 10 min | Debrief: each team names one red flag, one safety rule and one place to get help. |

## Key messages for the debrief
- Pressure to decide in a hurry, offers "too good to be true" and requests for your passport are red flags.
- Keep your documents, agree a code word, tell your family where you are.
- Check offers with **527** or **@SafeMigrationBot** before you go.
- If something goes wrong, asking for help is always right — and exploitation is **never the fault** of the
  person who was exploited.

## After the lesson
Stay available for a few minutes, and tell students when and where they can talk to you privately. If a student
tells you something that worries you, follow the school referral steps in Module 3.
""",
                    """
## Що це таке
МОМ в Україні пропонує **30-хвилинний квест про безпечне працевлаштування** для молоді. Використовуйте офіційні
матеріали квесту, опубліковані МОМ в Україні; план нижче — запропонована рамка навколо них, а не опис самого
квесту.

## Перед уроком
- Ознайомтеся з матеріалами квесту і перевірте, чи кожне завдання відповідає віку і ситуації вашого класу.
- Запишіть на дошці номери гарячих ліній: **527**, «Ла Страда» (0-800-500-335 або 116 123), **102**.
- Пам'ятайте: дехто з учнів міг пережити переміщення або знати когось, хто постраждав. Передбачте, як учень
  зможе непомітно вийти або поговорити з вами пізніше.

## Під час уроку (загалом близько 45 хвилин)
| Час | Що відбувається |
|---|---|
| 5 хв | Вступ до теми без історій, що залякують; коротке попередження про зміст; домовленість, що ніхто не розповідає про особистий досвід. |
| 30 хв | Учні проходять квест у невеликих командах. |
| 10 хв | Обговорення: кожна команда називає один тривожний сигнал, одне правило безпеки і одне місце, де можна отримати допомогу. |

## Головні думки для обговорення
- Тиск ухвалити рішення поспіхом, пропозиції «надто гарні, щоб бути правдою» і прохання віддати паспорт — тривожні
  сигнали.
- Тримай документи при собі, домовся про кодове слово, повідомляй родині, де ти.
- Перевіряй пропозиції через **527** або **@SafeMigrationBot**, перш ніж їхати.
- Якщо щось пішло не так, звертатися по допомогу — завжди правильно, а експлуатація **ніколи не є провиною**
  людини, яку експлуатували.

## Після уроку
Залиштеся на кілька хвилин і скажіть учням, коли і де з вами можна поговорити наодинці. Якщо учень розповів
щось, що вас непокоїть, дійте за кроками шкільного перенаправлення з модуля 3.
""",
                ),
                HELP_LINES,
                sources(QUEST, LOOK_AGAIN, MINSOC_ADVICE, RED_FLAGS),
            ),
        ],
    ),
    module(
        "teachers-role",
        ("The teacher's role", "Роль учителя"),
        (
            "Notice the signs, refer through the school protocol, and keep lessons confidential and safe.",
            "Помічати ознаки, перенаправляти за шкільним протоколом і робити уроки конфіденційними й безпечними.",
        ),
        [
            lesson(
                "notice-the-signs",
                15,
                ("Noticing the signs", "Помітити ознаки"),
                (
                    "Notice signs that a student may be at risk of trafficking or exploitation.",
                    "Помічати ознаки того, що учневі може загрожувати торгівля людьми чи експлуатація.",
                ),
                md(
                    """
## What you might notice
Teachers see students every day and often notice changes first. The signs below are adapted from the ILO
indicators of forced labour and from red flags reported since 2022.

| Sign | What it can look like at school |
|---|---|
| An offer with red flags | a student talks excitedly about a job abroad that "an agent" is arranging, leaving soon, documents "kept safe" by the agent |
| Work that takes over | a student is exhausted, misses lessons or cannot keep their earnings because of "work" for an adult |
| A "debt" | a student or their family says they must work off a debt for travel, housing or help received |
| Control | someone else answers for the student, picks them up and watches who they talk to |
| Isolation | a student suddenly has no phone of their own or is cut off from friends and family |
| Displacement | a newly arrived family is pressed to give "something in return" for housing |

## Reading the signs wisely
- **One sign is not proof.** Indicators are reasons to pay attention and refer, not to decide what is happening.
- **Do not investigate.** Do not question the student in detail, contact a suspected recruiter or search their
  phone. Your role is to notice, listen and refer.
- **Listen calmly.** If a student starts to tell you something, listen without judging, do not promise to keep it
  secret, and explain that you will get help from people whose job it is.
- **Never blame.** Avoid words like "naive". Exploitation is never the fault of the person exploited.

The next lesson explains how to refer through the school.
""",
                    """
## Що можна помітити
Учителі бачать учнів щодня і часто першими помічають зміни. Ознаки нижче адаптовано з індикаторів примусової
праці МОП і з тривожних сигналів, про які повідомляють після 2022 року.

| Ознака | Як це може виглядати в школі |
|---|---|
| Пропозиція з тривожними сигналами | учень захоплено розповідає про роботу за кордоном, яку влаштовує «агент»: виїзд скоро, документи «в надійних руках» агента |
| Робота, що поглинає все | учень виснажений, пропускає уроки або не може розпоряджатися заробленим через «роботу» на дорослого |
| «Борг» | учень чи його родина кажуть, що мусять відпрацювати борг за дорогу, житло чи отриману допомогу |
| Контроль | замість учня відповідає хтось інший, забирає його зі школи і стежить, з ким він говорить |
| Ізоляція | в учня раптом немає власного телефону або його відрізано від друзів і родини |
| Переміщення | від щойно переселеної родини вимагають «чогось натомість» за житло |

## Як розумно читати ознаки
- **Одна ознака — не доказ.** Індикатори — привід звернути увагу і перенаправити, а не вирішувати, що відбувається.
- **Не розслідуйте.** Не розпитуйте учня в подробицях, не зв'язуйтеся з можливим вербувальником і не переглядайте
  його телефон. Ваша роль — помітити, вислухати і перенаправити.
- **Слухайте спокійно.** Якщо учень починає щось розповідати, слухайте без осуду, не обіцяйте зберегти це в
  таємниці і поясніть, що залучите людей, які професійно допомагають у таких ситуаціях.
- **Ніколи не звинувачуйте.** Уникайте слів на кшталт «наївна людина». Експлуатація ніколи не є провиною того, кого
  експлуатують.

У наступному уроці йдеться про те, як перенаправляти через школу.
""",
                ),
                NO_BLAME,
                sources(ILO_INDICATORS, RED_FLAGS, AUSTRIAN_POLICE, IOM_2018),
            ),
            lesson(
                "school-referral",
                15,
                ("Referring through the school protocol", "Перенаправлення за шкільним протоколом"),
                (
                    "Refer a concern through the school protocol and the National Referral Mechanism.",
                    "Перенаправляти занепокоєння за шкільним протоколом і через Національний механізм взаємодії.",
                ),
                md(
                    """
## Schools are part of the NRM
Cabinet of Ministers Resolution **No. 783 of 22 August 2012** sets how the bodies that act against trafficking
cooperate in the **National Referral Mechanism** (NRM). The **Ministry of Education** is one of them, alongside
the Ministry of Social Policy, the National Police, the State Border Guard Service, the State Migration Service
and local administrations. When a teacher refers a concern, the mechanism starts to work.

## If you suspect exploitation
1. **Keep the student safe.** If the student is in immediate danger, call the police on **102**.
2. **Follow your school's protocol.** Inform the person your school has named for child-protection concerns, and
   the school leadership, as the protocol sets out.
3. **Refer, do not investigate.** Do not question the student in detail, do not contact the suspected recruiter or
   employer, and do not try to "check the story" yourself.
4. **Get specialist advice.** You can call hotline **527** or La Strada (0-800-500-335 or 116 123) to talk through
   the next steps.
5. **Write down the facts** — what you saw and heard, when, in the student's own words — and share them only with
   those who need them.
6. **Stay in touch with the student.** Tell them what will happen next, in words they understand.

## What not to do
| Don't | Why |
|---|---|
| Promise to keep it secret | you may need to share it to keep the student safe |
| Confront the family or the recruiter | it can put the student at risk |
| Discuss the case in the staff room | confidentiality protects the student |
| Wait for proof | indicators are enough to refer |
""",
                    """
## Школа — частина НМВ
Постанова Кабінету Міністрів **№ 783 від 22 серпня 2012 року** визначає, як органи, що протидіють торгівлі
людьми, взаємодіють у межах **Національного механізму взаємодії** (НМВ). **МОН** — один із них, поряд із
Мінсоцполітики, Національною поліцією, Державною прикордонною службою, Державною міграційною службою і місцевими
адміністраціями. Коли вчитель повідомляє про занепокоєння, механізм починає працювати.

## Якщо ви підозрюєте експлуатацію
1. **Убезпечте учня.** Якщо учневі загрожує безпосередня небезпека, телефонуйте до поліції — **102**.
2. **Дійте за шкільним протоколом.** Повідомте особу, яку школа визначила відповідальною за захист дітей, і
   керівництво школи — так, як передбачає протокол.
3. **Перенаправляйте, а не розслідуйте.** Не розпитуйте учня в подробицях, не зв'язуйтеся з можливим
   вербувальником чи роботодавцем і не намагайтеся «перевірити історію» самостійно.
4. **Зверніться по фахову пораду.** Ви можете зателефонувати на гарячу лінію **527** або до «Ла Стради»
   (0-800-500-335 або 116 123), щоб обговорити подальші кроки.
5. **Запишіть факти** — що ви бачили й чули, коли, словами самого учня — і передавайте їх лише тим, кому вони
   потрібні.
6. **Залишайтеся на зв'язку з учнем.** Зрозумілими словами поясніть, що відбуватиметься далі.

## Чого не робити
| Не робіть | Чому |
|---|---|
| Не обіцяйте зберегти таємницю | можливо, доведеться розповісти, щоб захистити учня |
| Не з'ясовуйте стосунки з родиною чи вербувальником | це може наразити учня на небезпеку |
| Не обговорюйте випадок в учительській | конфіденційність захищає учня |
| Не чекайте доказів | для перенаправлення достатньо індикаторів |
""",
                ),
                HELP_LINES,
                sources(RES_783, HOTLINE_SITE, IOM_2018),
            ),
            lesson(
                "confidential-safe-lessons",
                15,
                ("Confidential and safe lessons", "Конфіденційні й безпечні уроки"),
                (
                    "Keep counter-trafficking lessons confidential and emotionally safe.",
                    "Робити уроки з протидії торгівлі людьми конфіденційними й емоційно безпечними.",
                ),
                md(
                    """
## Rules for the classroom
- **Use pseudonyms or composite cases.** Never use a real survivor's name, photo or identifying details. IOM marks
  its stories "*Name has been changed to protect privacy*" — do the same and tell students why.
- **Give a content note** before any case that mentions violence or exploitation, and let students step out if
  they need to.
- **Never ask students to disclose** their own or their family's experiences — not in discussion, written work or
  homework.
- **Keep it age-appropriate.** Focus on recognising risk, safety rules and where to get help; leave out graphic
  detail.
- **No blame, ever.** Words like "naive" teach students that victims are at fault — and that they should stay
  silent if it happens to them.

## Survivors are more than their story
When you use a survivor's story, include recovery. Taras (*name changed*) found shelter, medical help and work
again, and was reunited with his family after years apart. IOM reports that **89%** of the survivors it has
assisted since 2000 have reintegrated.

## After the lesson
- End every lesson with the helpline numbers and a reminder that you are available to talk privately.
- If a student discloses something, listen calmly and follow the school referral steps.
- Look after yourself too: talk to a colleague or the school psychologist if a lesson affected you.

## You are not alone
The counter-trafficking programme is taught in **1,923** educational establishments and has reached more than
**142,000** students across Ukraine. Your lessons are part of a national effort.
""",
                    """
## Правила для класу
- **Використовуйте псевдоніми або узагальнені випадки.** Ніколи не використовуйте справжнього імені, фото чи
  даних, за якими можна впізнати людину, яка пережила торгівлю людьми. МОМ позначає свої історії «*Ім'я змінено
  з метою захисту приватності*» — робіть так само і поясніть учням чому.
- **Попереджайте про зміст** перед будь-яким випадком, де згадано насильство чи експлуатацію, і дозвольте учням
  вийти, якщо їм це потрібно.
- **Ніколи не просіть учнів розповідати** про власний досвід чи досвід родини — ні в обговоренні, ні в письмових
  роботах, ні в домашніх завданнях.
- **Зважайте на вік.** Зосередьтеся на розпізнаванні ризиків, правилах безпеки і тому, куди звернутися; без
  детальних описів.
- **Жодних звинувачень.** Слова на кшталт «наївна людина» вчать учнів, що винна сама постраждала людина, — і що
  треба мовчати, якщо таке станеться з ними.

## Людина — це більше, ніж її історія
Коли розповідаєте історію людини, яка пережила торгівлю людьми, говоріть і про відновлення. Тарас (*ім'я
змінено*) отримав прихисток, медичну допомогу, знову знайшов роботу і після багатьох років розлуки зустрівся з
родиною. За даними МОМ, **89%** осіб, яким вона допомагала з 2000 року, реінтегрувалися.

## Після уроку
- Завершуйте кожен урок номерами гарячих ліній і нагадуванням, що з вами можна поговорити наодинці.
- Якщо учень щось розповів, спокійно вислухайте і дійте за кроками шкільного перенаправлення.
- Дбайте і про себе: поговоріть із колегою чи шкільним психологом, якщо урок вас зачепив.

## Ви не самі
Програму з протидії торгівлі людьми викладають у **1 923** навчальних закладах, і вона охопила понад **142 000**
учнів по всій Україні. Ваші уроки — частина загальнонаціональних зусиль.
""",
                ),
                NO_DISCLOSURE,
                sources(IOM_2018, IOM_PROGRAMME),
            ),
        ],
    ),
    module(
        "protecting-students",
        (
            "Protecting students: help lines, online risks, referral and work",
            "Захист учнів: лінії допомоги, ризики онлайн, перенаправлення і праця",
        ),
        (
            "The children's hotline 116 111, online grooming and sextortion, who does what when a school refers a "
            "concern, and the rules that protect teenagers at work.",
            "Дитяча гаряча лінія 116 111, онлайн-грумінг і сексуальне вимагання, хто що робить, коли школа "
            "повідомляє про занепокоєння, і правила, що захищають підлітків на роботі.",
        ),
        [
            lesson(
                "childrens-hotline-116-111",
                15,
                ("116 111: a line for children and young people", "116 111: лінія для дітей і молоді"),
                (
                    "Tell students about the National Children's Hotline 116 111 and which number to use for what.",
                    "Розповідати учням про Національну дитячу гарячу лінію 116 111 і про те, за яким номером "
                    "звертатися в якій ситуації.",
                ),
                md(
                    """
## A line for children and young people
La Strada Ukraine runs the **National Children's Hotline**: **116 111** (also **0-800-500-225**). Calls are free.
The line is for children and young people themselves — about anything that worries them: family, school,
bullying, risks online, violence, or simply needing to talk. Parents and teachers can also call it about a child.
La Strada describes the line as anonymous and confidential: a caller does not have to give their name.

The same number, 116 111, is reserved for children's helplines across the European Union — useful for students
who travel or have moved abroad (check the service in the country concerned).

## Which number for what
| Situation | Where to turn |
|---|---|
| Someone is in danger right now | **102** — police |
| A student wants to talk, without giving their name, about something that worries them | **116 111** — National Children's Hotline (La Strada Ukraine) |
| A job, study or travel offer to check; a worry about trafficking | **527** — national counter-trafficking and migrant advice hotline (also 0-800-505-501, @SafeMigrationBot) |
| Domestic violence, trafficking or gender-based violence | **1547** — government hotline; La Strada Ukraine: 0-800-500-335 or 116 123 |
| Support at school | the school psychologist or the social pedagogue |

## How to teach it
- Write the numbers on the board and ask the whole class to save **116 111** and **527** in their phones during
  the lesson, so that nobody has to be seen looking them up later.
- Explain that calling is not "telling on" anyone, and that they can call about a friend.
- Tell students that they can also come to you or the school psychologist. Be honest: you will keep what they say
  as private as you can, but you cannot promise to keep it secret if they are in danger.
- Never ask a student, in front of others or in homework, whether they have called a helpline.
""",
                    """
## Лінія для дітей і молоді
«Ла Страда-Україна» підтримує **Національну дитячу гарячу лінію**: **116 111** (також **0-800-500-225**). Дзвінки
безкоштовні. Лінія — для самих дітей і молоді: щодо всього, що їх непокоїть, — родини, школи, булінгу, ризиків
онлайн, насильства чи просто потреби поговорити. Батьки і вчителі також можуть зателефонувати щодо дитини.
«Ла Страда-Україна» зазначає, що лінія анонімна і конфіденційна: називати своє ім'я не обов'язково.

Той самий номер, 116 111, зарезервовано для дитячих ліній довіри в усьому Європейському Союзі — це корисно знати
учням, які подорожують або переїхали за кордон (перевірте, як працює служба в конкретній країні).

## За яким номером звертатися
| Ситуація | Куди звернутися |
|---|---|
| Комусь загрожує небезпека просто зараз | **102** — поліція |
| Учень хоче поговорити, не називаючи себе, про те, що його непокоїть | **116 111** — Національна дитяча гаряча лінія («Ла Страда-Україна») |
| Пропозицію роботи, навчання чи поїздки треба перевірити; є побоювання щодо торгівлі людьми | **527** — Національна гаряча лінія з питань протидії торгівлі людьми та консультування мігрантів (також 0-800-505-501, @SafeMigrationBot) |
| Домашнє насильство, торгівля людьми чи гендерно зумовлене насильство | **1547** — урядова гаряча лінія; «Ла Страда-Україна»: 0-800-500-335 або 116 123 |
| Підтримка в школі | практичний психолог або соціальний педагог закладу освіти |

## Як про це навчати
- Запишіть номери на дошці й попросіть увесь клас зберегти **116 111** і **527** у телефонах просто на уроці,
  щоб згодом нікому не довелося шукати їх на очах в інших.
- Поясніть, що зателефонувати — не означає «донести» на когось і що можна звернутися щодо друга чи подруги.
- Скажіть учням, що вони можуть прийти і до вас або до шкільного психолога. Будьте чесні: ви збережете сказане
  настільки приватним, наскільки можливо, але не можете обіцяти таємниці, якщо учневі загрожує небезпека.
- Ніколи не запитуйте учня ні при інших, ні в домашньому завданні, чи телефонував він на лінію допомоги.
""",
                ),
                HELP_LINES,
                sources(LA_STRADA_CHILD, HOTLINE_SITE, GOV_1547),
            ),
            lesson(
                "online-grooming-sextortion",
                25,
                ("Online grooming and sextortion", "Онлайн-грумінг і сексуальне вимагання"),
                (
                    "Recognise online grooming and sextortion, and tell students what to do and where the law stands.",
                    "Розпізнавати онлайн-грумінг і сексуальне вимагання та пояснювати учням, що робити і що каже "
                    "закон.",
                ),
                CONTENT_NOTE_ONLINE,
                md(
                    """
## What grooming is
**Online grooming** is when someone — often an adult, sometimes pretending to be a teenager — builds a child's
trust in order to abuse or exploit them. **Sextortion** is blackmail with intimate images: "pay, or send more,
or I'll share this". The same pattern of trust, secrecy and control is also used to recruit young people into
exploitation, including trafficking.

## What it can look like
| Pattern | What students may notice |
|---|---|
| Attention and flattery | a lot of compliments ("you're so mature"), gifts, game currency or money |
| Secrecy | "this is just between us", "don't tell your parents" |
| Moving to private chats | pressure to leave a game or group chat for a private app or disappearing messages |
| Requests for images | personal questions, then requests for private photos "just for me" |
| Threats | once an image has been sent: demands for money or more images, and threats to share them with friends or family |

One compliment is not grooming. The warning sign is the combination: attention, secrecy and pressure.

## What to tell students
If someone is pressuring you or threatening to share images of you:
1. **It is not your fault**, and you will not be in trouble for asking for help.
2. **Don't pay and don't send more.** Giving in rarely ends the threats.
3. **Keep the evidence.** Don't delete the chat: take screenshots of the messages, the profile and the username,
   then stop replying and block the account.
4. **Tell a trusted adult** — a parent, a teacher, the school psychologist — or call **116 111**.
5. **Report it** to the police (**102**, or the National Police's cyber police) and to the platform.

## What the law says
The Criminal Code of Ukraine punishes **harassment of a child for sexual purposes** (Art. 156-1). The article was
added by Law No. 1256-IX of 18 February 2021, which implements the Council of Europe's Lanzarote Convention, and it
expressly covers contact made through the internet. As we understand its current wording, it concerns an adult who
proposes a meeting to a child under 16 for sexual purposes and takes a step towards it; threats to share images
can also fall under other articles, such as extortion. Check the current text on zakon.rada.gov.ua before quoting
details, and leave the legal assessment to the police.

## For you as a teacher
- **Never ask a student to show you the images**, and do not view, save or forward them yourself: note where they
  are and tell the police.
- Refer as in Module 3 and the lesson "Who does what" below: the school head, the school psychologist, and the
  police on 102.
- Use invented examples only — never real screenshots or names.
""",
                    """
## Що таке грумінг
**Онлайн-грумінг** — це коли хтось (часто дорослий, який інколи видає себе за підлітка) входить у довіру до
дитини, щоб учинити щодо неї насильство чи експлуатувати її. **Сексуальне вимагання** — це шантаж інтимними
зображеннями: «заплати або надішли ще, інакше я це поширю». Та сама схема — довіра, таємниця, контроль —
використовується і для вербування молоді з метою експлуатації, зокрема для торгівлі людьми.

## Як це може виглядати
| Схема | Що можуть помітити учні |
|---|---|
| Увага й лестощі | багато компліментів («ти така доросла людина»), подарунки, ігрова валюта чи гроші |
| Таємниця | «це лише між нами», «батькам не кажи» |
| Перехід в особисті чати | тиск перейти з гри чи групового чату в приватний застосунок або в повідомлення, що зникають |
| Прохання надіслати зображення | особисті запитання, а потім прохання надіслати приватні фото «лише для мене» |
| Погрози | щойно зображення надіслано — вимоги грошей чи нових зображень і погрози показати їх друзям або родині |

Один комплімент — ще не грумінг. Тривожний сигнал — поєднання: увага, таємниця і тиск.

## Що сказати учням
Якщо хтось на тебе тисне або погрожує поширити твої зображення:
1. **Це не твоя провина**, і тобі нічого не буде за те, що ти звернешся по допомогу.
2. **Не плати і не надсилай більше.** Поступки рідко зупиняють погрози.
3. **Збережи докази.** Не видаляй листування: зроби скриншоти повідомлень, профілю та імені користувача, а тоді
   припини відповідати і заблокуй акаунт.
4. **Розкажи дорослому, якому довіряєш**, — батькам, учителю, шкільному психологу — або зателефонуй на
   **116 111**.
5. **Повідом** поліцію (**102** або кіберполіцію Національної поліції) і платформу.

## Що каже закон
Кримінальний кодекс України передбачає відповідальність за **домагання дитини для сексуальних цілей** (ст. 156-1).
Цю статтю додано Законом № 1256-IX від 18 лютого 2021 року, який імплементує Ланцаротську конвенцію Ради Європи;
вона прямо охоплює контакт через інтернет. Наскільки нам відомо, чинна редакція стосується повнолітньої особи, яка
пропонує дитині, що не досягла 16 років, зустріч із сексуальною метою і робить хоча б одну дію, щоб ця зустріч
відбулася; погрози поширити зображення можуть підпадати й під інші статті, наприклад про вимагання. Перевірте
чинний текст на zakon.rada.gov.ua, перш ніж наводити подробиці, а правову оцінку залиште поліції.

## Для вас як учителя
- **Ніколи не просіть учня показати зображення** і не переглядайте, не зберігайте й не пересилайте їх самі:
  зафіксуйте, де вони є, і повідомте поліцію.
- Перенаправляйте, як описано в модулі 3 і в уроці «Хто що робить» нижче: керівник закладу освіти, шкільний
  психолог і поліція — 102.
- Використовуйте лише вигадані приклади — ніколи не справжні скриншоти чи імена.
""",
                ),
                case(
                    {
                        "title": "A new friend in a game (an invented example)",
                        "content_note": "This invented example shows online grooming and a threat to share an "
                        "image. It contains no graphic detail; no real person is described.",
                        "scenario": "Max, 15, meets a player in an online game who says he is 16. For weeks the "
                        "player praises Max's skill, sends him game currency and says: \"Let's talk in a private "
                        "app — and don't tell anyone, they won't get it.\" He then asks for a private photo. Once "
                        'Max sends one, the "friend" demands money and threatens to send the photo to Max\'s '
                        "classmates.",
                        "reflection": "- Which patterns of grooming can you see, and in what order?\n"
                        "- What should Max do now — and what should he not do?\n"
                        "- Whom can Max tell, and which numbers can he call?",
                    },
                    {
                        "title": "Новий друг у грі (вигаданий приклад)",
                        "content_note": "Цей вигаданий приклад показує онлайн-грумінг і погрозу поширити "
                        "зображення. Він не містить детальних описів; реальних людей не описано.",
                        "scenario": "Максим, 15 років, знайомиться в онлайн-грі з гравцем, який каже, що йому 16. "
                        "Кілька тижнів гравець хвалить, як Максим грає, надсилає йому ігрову валюту і каже: «Давай "
                        "спілкуватися в приватному застосунку — і нікому не кажи, вони не зрозуміють». Потім він "
                        "просить надіслати приватне фото. Щойно Максим надсилає його, «друг» вимагає грошей і "
                        "погрожує розіслати фото однокласникам Максима.",
                        "reflection": "- Які ознаки грумінгу ви бачите і в якій послідовності?\n"
                        "- Що Максимові варто зробити зараз — і чого робити не варто?\n"
                        "- Кому Максим може розповісти і за якими номерами зателефонувати?",
                    },
                ),
                sources(CC_156_1, LANZAROTE, EUROPOL_SAY_NO, LA_STRADA_CHILD, POLICE_JUVENILE),
            ),
            lesson(
                "who-does-what",
                20,
                ("Who does what: the school's referral bodies", "Хто що робить: куди перенаправляє школа"),
                (
                    "Know the bodies a school refers a concern to, and what each of them does.",
                    "Знати, до кого школа перенаправляє занепокоєння і що робить кожен із цих суб'єктів.",
                ),
                md(
                    """
## A teacher reports; others investigate
Cabinet of Ministers Resolution No. 783 of 22 August 2012 lists the **Ministry of Education** among the bodies of
the National Referral Mechanism. For a teacher, that means: **notice, listen, report** — and leave questioning,
checking and investigating to those whose job it is. Know who they are in your school and your hromada before you
need them.

| Who | What they do |
|---|---|
| **The school head** | organises the school's response under its procedure, makes sure the right services are informed, and keeps the circle of people who know as small as possible |
| **The school psychologist and the social pedagogue** | support the student, assess what help is needed and work with the family and the services |
| **The children's service** of the hromada or of the district administration | the local authority responsible for protecting children's rights: it is informed when a child may be at risk and arranges protection with other services |
| **Juvenile prevention police** (through **102**) | police officers who work with children; they respond to offences against children, and the police investigate |
| **Hotlines** | **116 111** for the student; **527** for advice on trafficking and on referral |

## The path of a concern
1. **Immediate danger:** call **102** first.
2. **Otherwise, the same day:** tell the school head and the school psychologist or social pedagogue, as your
   school's procedure sets out.
3. **The school informs** the children's service and, where an offence may have been committed, the police. Your
   school's procedure says who does this and how quickly — read it now, not when you need it.
4. **You** write down what you saw and heard, in the student's own words, and you stay a trusted adult for the
   student.

## What a teacher does not do
- Question the student in detail, contact the suspected recruiter or employer, or collect evidence.
- Wait for proof: a reasonable concern is enough to report.
- Share the case beyond those who need to know.
""",
                    """
## Учитель повідомляє, розслідують інші
Постанова Кабінету Міністрів України № 783 від 22 серпня 2012 року називає **МОН** серед суб'єктів Національного
механізму взаємодії. Для вчителя це означає: **помітити, вислухати, повідомити** — а розпитування, перевірку і
розслідування залишити тим, хто має це робити за посадою. Дізнайтеся, хто ці люди у вашій школі та громаді,
заздалегідь.

| Хто | Що робить |
|---|---|
| **Керівник закладу освіти** | організовує реагування школи згідно з її порядком, стежить, щоб потрібні служби були поінформовані, і обмежує коло тих, хто знає про випадок |
| **Практичний психолог і соціальний педагог** | підтримують учня, оцінюють, якої допомоги він потребує, і працюють з родиною та службами |
| **Служба у справах дітей** громади чи районної державної адміністрації | місцевий орган, відповідальний за захист прав дітей: його інформують, коли дитині може загрожувати небезпека, і він організовує захист разом з іншими службами |
| **Ювенальна превенція** Національної поліції (через **102**) | поліцейські, які працюють з дітьми; вони реагують на правопорушення щодо дітей, а розслідує поліція |
| **Гарячі лінії** | **116 111** — для учня; **527** — порада щодо торгівлі людьми і перенаправлення |

## Шлях занепокоєння
1. **Безпосередня небезпека:** насамперед телефонуйте на **102**.
2. **В інших випадках — того ж дня:** повідомте керівника закладу освіти та практичного психолога або соціального
   педагога, як передбачає порядок вашої школи.
3. **Школа інформує** службу у справах дітей, а якщо могло бути вчинено правопорушення, — і поліцію. Порядок
   вашої школи визначає, хто це робить і в які строки, — ознайомтеся з ним зараз, а не тоді, коли він знадобиться.
4. **Ви** записуєте, що бачили й чули, словами самого учня, і залишаєтеся для нього дорослим, якому він довіряє.

## Чого вчитель не робить
- Не розпитує учня в подробицях, не зв'язується з можливим вербувальником чи роботодавцем і не збирає доказів.
- Не чекає доказів: обґрунтованого занепокоєння достатньо, щоб повідомити.
- Не обговорює випадок з тими, кому не потрібно про нього знати.
""",
                ),
                case(
                    {
                        "title": "Oksana's new job (a composite case)",
                        "content_note": "A composite case put together for teaching from several situations; it "
                        "mentions possible labour exploitation of a child. No real person is described.",
                        "scenario": "Oksana, 15, has been falling asleep in class. She tells her class teacher that "
                        "an acquaintance of her family found her work washing cars at night, that he keeps her pay "
                        '"towards the family\'s debt", and that she must not talk about it.',
                        "reflection": "- Which signs do you see?\n"
                        "- Whom does the teacher tell first, and who informs the children's service?\n"
                        "- What should the teacher not do?",
                    },
                    {
                        "title": "Нова робота Оксани (узагальнений випадок)",
                        "content_note": "Узагальнений випадок, складений для навчання з кількох ситуацій; у ньому "
                        "згадано можливу трудову експлуатацію дитини. Реальних людей не описано.",
                        "scenario": "Оксана, 15 років, засинає на уроках. Вона розповідає класному керівникові, що "
                        "знайомий її родини влаштував її мити автомобілі вночі, що він забирає її заробіток "
                        "«у рахунок боргу родини» і що говорити про це їй не можна.",
                        "reflection": "- Які ознаки ви бачите?\n"
                        "- Кому вчитель повідомляє насамперед і хто інформує службу у справах дітей?\n"
                        "- Чого вчителеві не слід робити?",
                    },
                ),
                NO_BLAME,
                sources(RES_783, CHILD_SERVICES, POLICE_JUVENILE, LA_STRADA_CHILD, HOTLINE_SITE),
            ),
            lesson(
                "rules-on-minors-work",
                20,
                ("Teenagers at work: what the law allows", "Підлітки на роботі: що дозволяє закон"),
                (
                    "Explain the Labour Code's rules on work by under-18s and use them to spot unsafe offers.",
                    "Пояснювати правила Кодексу законів про працю щодо праці осіб до 18 років і за ними "
                    "розпізнавати небезпечні пропозиції.",
                ),
                md(
                    """
## Work is allowed — within limits
Many teenagers work in the holidays or after school, and lawful work can be a good experience. The Labour Code of
Ukraine sets limits that protect them. Knowing the limits helps students recognise an offer that is exploitation
dressed up as a job.

| Rule | Labour Code of Ukraine |
|---|---|
| Employment is generally allowed from **16** | Art. 188 |
| From **15**, as an exception, with the consent of a parent or of the person in their place | Art. 188 |
| From **14**, school students may do **light work** in their free time, with a parent's consent, if it does not harm their health or disrupt their studies | Art. 188 |
| No **heavy work**, no work in **harmful or dangerous conditions** and no **underground work** for under-18s | Art. 190 |
| No **night work**, **overtime** or work on days off for under-18s | Art. 192 |
| **Shorter working hours** for under-18s | Art. 51 |

Under-18s have the same labour rights as adults, plus extra protection (Art. 187), and are hired only after a
medical examination (Art. 191). The shorter hours are, as we understand the current text, 36 hours a week at 16–17
and 24 hours at 15 (and for students aged 14–15 working in the holidays) — check the current text of Art. 51 on
zakon.rada.gov.ua. The Law "On Protection of Childhood" also bans involving children in the worst forms of child
labour, and the UN Convention on the Rights of the Child (Art. 32) protects children from economic exploitation.

## From rules to red flags
A job that breaks these rules is not automatically trafficking — but it is a reason to stop and check. Together
with other signs — pay kept back, documents held, a "debt", no way to leave — it is a reason to refer.

| Offer | What breaks the rules |
|---|---|
| "Night shifts at a warehouse, cash in hand, no need to tell your parents" | night work; no parent's consent; secrecy |
| "Good money on a building site — you just carry the heavy stuff" | heavy work is banned for under-18s |
| "Twelve hours a day in the summer, we'll keep your ID card" | overtime; documents held (an ILO indicator) |

## Classroom activity: "Is this job OK?"
Give pairs invented job advertisements and ask: How old do you have to be? Does a parent need to agree? Is the work
light and safe? Are there night shifts or long hours? Who keeps the documents and the pay? Where could you check?
The answers should include a parent, hotline **527** and, for breaches of labour law, the State Labour Service.
""",
                    """
## Працювати можна — у певних межах
Багато підлітків працюють на канікулах чи після уроків, і законна робота може стати добрим досвідом. Кодекс
законів про працю України встановлює межі, які їх захищають. Знання цих меж допомагає учням розпізнати
експлуатацію, замасковану під роботу.

| Правило | Кодекс законів про працю України |
|---|---|
| За загальним правилом на роботу приймають з **16** років | ст. 188 |
| З **15** років — як виняток, за згодою одного з батьків або особи, що його замінює | ст. 188 |
| З **14** років учні можуть виконувати **легку роботу** у вільний від навчання час за згодою одного з батьків, якщо вона не завдає шкоди здоров'ю і не порушує процесу навчання | ст. 188 |
| Особам до 18 років заборонено **важкі роботи**, роботи зі **шкідливими або небезпечними умовами праці** і **підземні роботи** | ст. 190 |
| Особам до 18 років заборонено **нічні** й **надурочні роботи** та роботи у вихідні дні | ст. 192 |
| Для осіб до 18 років — **скорочена тривалість робочого часу** | ст. 51 |

Неповнолітні в трудових правовідносинах мають ті самі права, що й повнолітні, а також додаткові пільги (ст. 187);
на роботу їх приймають лише після медичного огляду (ст. 191). Наскільки нам відомо, чинна редакція передбачає
36 годин на тиждень для осіб віком 16–17 років і 24 години для 15-річних (а також для учнів віком 14–15 років, які
працюють під час канікул) — перевірте чинний текст ст. 51 на zakon.rada.gov.ua. Закон України «Про охорону
дитинства» також забороняє залучати дітей до найгірших форм дитячої праці, а Конвенція ООН про права дитини
(ст. 32) захищає дітей від економічної експлуатації.

## Від правил до тривожних сигналів
Робота, що порушує ці правила, — ще не обов'язково торгівля людьми, але це привід зупинитися й перевірити. Разом з
іншими ознаками — невиплатою заробітку, утриманням документів, «боргом», неможливістю піти — це привід
перенаправити.

| Пропозиція | Що порушує правила |
|---|---|
| «Нічні зміни на складі, оплата готівкою, батькам казати не треба» | нічна робота; немає згоди батьків; таємниця |
| «Добрі гроші на будові — просто носитимеш важке» | важкі роботи заборонені особам до 18 років |
| «Дванадцять годин на день улітку, ID-картку залишиш у нас» | надурочна робота; утримання документів (індикатор МОП) |

## Вправа на уроці: «Чи це нормальна робота?»
Роздайте парам вигадані оголошення про роботу і запитайте: скільки років треба мати? Чи потрібна згода батьків?
Чи робота легка і безпечна? Чи є нічні зміни або довгий робочий день? У кого документи і заробіток? Де це можна
перевірити? У відповідях мають бути батьки, гаряча лінія **527**, а щодо порушень трудового законодавства —
Державна служба України з питань праці.
""",
                ),
                sources(LABOUR_CODE, CRC_32, ILO_INDICATORS, HOTLINE_SITE),
            ),
        ],
    ),
]


def tf_feedback(true_en, true_uk, false_en, false_uk):
    return ((true_en, true_uk), (false_en, false_uk))


QUESTIONS = [
    # --- Module 1: trafficking explained for teenagers ---
    question(
        "true_false",
        "explained-for-teenagers",
        ["definitions"],
        (
            "True or false: “Only girls and women are trafficked.”",
            "Правда чи неправда: «Постраждати від торгівлі людьми можуть лише дівчата і жінки»?",
        ),
        (
            "Boys and men are trafficked too. In one reporting period (May–June 2022), 8 of the 10 victims IOM "
            "assisted were men — a small number, not a statistic about all victims, but a reminder that men are "
            "trafficked too.",
            "Постраждати можуть і хлопці, і чоловіки. За один звітний період (травень–червень 2022 року) 8 із 10 "
            "постраждалих, яким допомогла МОМ, були чоловіками — це невелике число, а не статистика щодо всіх "
            "постраждалих, але воно нагадує, що жертвами торгівлі людьми стають і чоловіки.",
        ),
        source=(
            "IOM regional counter-trafficking update, May–June 2022 (one reporting period)",
            "Регіональний огляд МОМ щодо протидії торгівлі людьми, травень–червень 2022 року (один звітний період)",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: boys and men are trafficked too — in one small IOM sample (May–June 2022), 8 of 10 were men.",
                "Ні: постраждати можуть і хлопці, і чоловіки — в одній невеликій вибірці МОМ (травень–червень 2022 "
                "року) 8 із 10 були чоловіками.",
                "Correct: boys and men are trafficked too.",
                "Правильно: постраждати можуть і хлопці, і чоловіки.",
            ),
        ),
    ),
    question(
        "single",
        "explained-for-teenagers",
        ["definitions", "legal-instruments"],
        (
            "A 17-year-old is recruited for exploitation with a friendly offer — no force, no threats. Why is this "
            "still trafficking?",
            "17-річну особу вербують з метою експлуатації за допомогою дружньої пропозиції — без сили і погроз. Чому "
            "це все одно торгівля людьми?",
        ),
        (
            "Palermo Protocol, Art. 3(c): for a child (under 18) no means such as force or deception has to be shown.",
            "Палермський протокол, ст. 3(c): щодо дитини (до 18 років) не потрібно доводити спосіб, наприклад силу "
            "чи обман.",
        ),
        source=("Palermo Protocol, Art. 3(c)–(d)", "Палермський протокол, ст. 3(c)–(d)"),
        options=[
            (
                "Because for anyone under 18, no force, threat or deception is needed",
                "Бо щодо будь-кого до 18 років сила, погрози чи обман не потрібні",
                True,
                "Correct: Palermo Art. 3(c) — the recruitment of a child for exploitation is enough.",
                "Правильно: Палермський протокол, ст. 3(c) — достатньо вербування дитини з метою експлуатації.",
            ),
            (
                "Only if the 17-year-old is taken abroad",
                "Лише якщо 17-річну особу вивезуть за кордон",
                False,
                "Trafficking does not require a border crossing.",
                "Торгівля людьми не потребує перетину кордону.",
            ),
            (
                "It is not trafficking, because nobody used force",
                "Це не торгівля людьми, бо ніхто не застосовував силу",
                False,
                "For a child, force or deception does not have to be shown.",
                "Щодо дитини силу чи обман доводити не потрібно.",
            ),
        ],
    ),
    question(
        "multiple",
        "explained-for-teenagers",
        ["definitions"],
        (
            "Which of these are forms of exploitation? Select all that apply.",
            "Що з переліченого є формами експлуатації? Оберіть усі правильні відповіді.",
        ),
        (
            "Forced labour, sexual exploitation and removal of organs are in the Palermo definition; begging is named "
            "in Directive 2011/36/EU, Art. 2; Criminal Code Art. 149 punishes trafficking for exploitation. A summer "
            "job with a contract is not exploitation.",
            "Примусова праця, сексуальна експлуатація і вилучення органів є в Палермському визначенні; жебракування "
            "називає Директива 2011/36/ЄС, ст. 2; стаття 149 КК карає торгівлю людьми з метою експлуатації. Літня "
            "робота з договором експлуатацією не є.",
        ),
        source=(
            "Palermo Protocol, Art. 3(a); Directive 2011/36/EU, Art. 2; Criminal Code of Ukraine, Art. 149",
            "Палермський протокол, ст. 3(a); Директива 2011/36/ЄС, ст. 2; Кримінальний кодекс України, ст. 149",
        ),
        options=[
            ("Forced labour", "Примусова праця", True, "Yes: a form of exploitation.", "Так: форма експлуатації."),
            (
                "Sexual exploitation",
                "Сексуальна експлуатація",
                True,
                "Yes: a form of exploitation.",
                "Так: форма експлуатації.",
            ),
            (
                "Forced begging",
                "Примушування до жебракування",
                True,
                "Yes: a form of exploitation.",
                "Так: форма експлуатації.",
            ),
            (
                "Removal of organs",
                "Вилучення органів",
                True,
                "Yes: a form of exploitation.",
                "Так: форма експлуатації.",
            ),
            (
                "A summer job with a contract",
                "Літня робота за договором",
                False,
                "No: a job with a clear contract, agreed pay and the right to leave is ordinary work.",
                "Ні: робота з чітким договором, погодженою оплатою і правом звільнитися — звичайна робота.",
            ),
        ],
    ),
    question(
        "true_false",
        "explained-for-teenagers",
        ["definitions"],
        (
            "True or false: “Trafficking only happens abroad.”",
            "Правда чи неправда: «Торгівля людьми буває лише за кордоном»?",
        ),
        (
            "Trafficking does not require crossing a border. IOM (2014): of the people it had assisted, 6% were "
            "trafficked to or within Ukraine.",
            "Торгівля людьми не обов'язково пов'язана з перетином кордону. МОМ (2014): серед осіб, яким вона "
            "допомогла, 6% постраждали в Україні.",
        ),
        source=(
            "UNODC (trafficking may take place within one country); IOM Ukraine, release of 30 Jul 2014",
            "УНП ООН (торгівля людьми може відбуватися в межах однієї країни); МОМ в Україні, повідомлення від 30 липня 2014 року",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: trafficking also happens inside Ukraine.",
                "Ні: торгівля людьми трапляється і всередині України.",
                "Correct: no border is needed — 6% of the people IOM had assisted were trafficked to or within "
                "Ukraine.",
                "Правильно: перетинати кордон не обов'язково — 6% осіб, яким допомогла МОМ, постраждали в Україні.",
            ),
        ),
    ),
    question(
        "matching",
        "explained-for-teenagers",
        ["definitions", "safe-migration"],
        (
            "Match each myth with the fact that answers it.",
            "Зіставте кожен міф із фактом, який його спростовує.",
        ),
        (
            "IOM regional update (2022); IOM (2014); IOM survey (2022); Palermo Protocol, Art. 3(b).",
            "Регіональний огляд МОМ (2022); МОМ (2014); опитування МОМ (2022); Палермський протокол, ст. 3(b).",
        ),
        source=(
            "IOM regional update (May–June 2022); IOM Ukraine (2014); IOM Ukraine survey (2022); Palermo Protocol, Art. 3(b)",
            "Регіональний огляд МОМ (травень–червень 2022 року); МОМ в Україні (2014); опитування МОМ в Україні (2022); Палермський протокол, ст. 3(b)",
        ),
        pairs=[
            (
                "“Only women are trafficked.”",
                "Men are trafficked too: in one small IOM sample (May–June 2022), 8 of 10 victims were men",
                "«Постраждати можуть лише жінки».",
                "Постраждати можуть і чоловіки: в одній невеликій вибірці МОМ (травень–червень 2022 року) 8 із 10 "
                "постраждалих були чоловіками",
            ),
            (
                "“It only happens abroad.”",
                "6% of the people IOM assisted were trafficked to or within Ukraine",
                "«Таке буває лише за кордоном».",
                "6% осіб, яким допомогла МОМ, постраждали в Україні",
            ),
            (
                "“It could never happen to me.”",
                "59% would accept a risky offer, yet 86% see little or no chance it could happen to them",
                "«Зі мною такого не станеться».",
                "59% прийняли б ризиковану пропозицію, хоча 86% вважають, що з ними цього майже не може статися",
            ),
            (
                "“If you agreed, it isn't trafficking.”",
                "Consent obtained by deception or pressure does not count",
                "«Якщо погодився, це не торгівля людьми».",
                "Згода, отримана обманом чи тиском, не має значення",
            ),
        ],
    ),
    # --- Module 2: safe migration and online risks ---
    question(
        "single",
        "safe-migration-online",
        ["safe-migration", "referral"],
        ("What should the student do?", "Що має зробити учениця?"),
        (
            "Red flags: pay too good to be true, pressure to leave fast (IOM “LOOK AGAIN”), someone keeping the "
            "passport (ILO indicator), secrecy. Tell a trusted adult and call 527.",
            "Тривожні сигнали: надто гарна оплата, тиск швидко виїхати (кампанія МОМ LOOK AGAIN), хтось тримає "
            "паспорт (індикатор МОП), вимога таємниці. Розповісти дорослому, якому довіряєш, і зателефонувати на 527.",
        ),
        source=(
            "IOM “LOOK AGAIN” campaign (2023); ILO indicators of forced labour (2012); UNHCR and OSCE red flags",
            "Кампанія МОМ LOOK AGAIN (2023); індикатори примусової праці МОП (2012); тривожні сигнали УВКБ ООН та ОБСЄ",
        ),
        scenario=(
            "A 16-year-old student shows you a direct message: “€2,000 a month in Poland, leave this week, we'll keep "
            "your passport.”",
            "16-річна учениця показує вам особисте повідомлення: «2 000 € на місяць у Польщі, виїзд цього тижня, "
            "паспорт залишиш у нас».",
        ),
        options=[
            (
                "See the red flags, not reply, tell a trusted adult and call 527",
                "Побачити тривожні сигнали, не відповідати, розповісти дорослому, якому довіряє, і зателефонувати на "
                "527",
                True,
                "Correct: several red flags together — stop, tell an adult and check with 527.",
                "Правильно: кілька тривожних сигналів одразу — зупинитися, розповісти дорослому і перевірити через "
                "527.",
            ),
            (
                "Accept quickly before the places are gone",
                "Швидко погодитися, поки є місця",
                False,
                "Pressure to decide in a hurry is itself a red flag.",
                "Тиск ухвалити рішення поспіхом — сам по собі тривожний сигнал.",
            ),
            (
                "Agree, but send a copy of the passport instead of the original",
                "Погодитися, але надіслати копію паспорта замість оригіналу",
                False,
                "The offer has several red flags; sharing documents with an unknown recruiter is unsafe.",
                "Пропозиція має кілька тривожних сигналів; передавати документи незнайомому вербувальнику небезпечно.",
            ),
        ],
    ),
    question(
        "single",
        "safe-migration-online",
        ["referral", "safe-migration"],
        (
            "What is the number of the national counter-trafficking and migrant advice hotline?",
            "Який номер Національної гарячої лінії з питань протидії торгівлі людьми та консультування мігрантів?",
        ),
        (
            "Hotline 527 (alternative number 0-800-505-501): free from mobiles, daily, since 2006.",
            "Гаряча лінія 527 (альтернативний номер 0-800-505-501): безкоштовно з мобільних, щодня, з 2006 року.",
        ),
        source=(
            "IOM Ukraine Counter-Trafficking Programme: hotline 527 (527.org.ua)",
            "Програма МОМ в Україні з протидії торгівлі людьми: гаряча лінія 527 (527.org.ua)",
        ),
        options=[
            (
                "527 (or 0-800-505-501)",
                "527 (або 0-800-505-501)",
                True,
                "Correct: free from mobiles, every day.",
                "Правильно: безкоштовно з мобільних, щодня.",
            ),
            (
                "102",
                "102",
                False,
                "102 is the police, for immediate danger.",
                "102 — поліція, у разі безпосередньої небезпеки.",
            ),
            (
                "1547",
                "1547",
                False,
                "1547 is a valid line — the government hotline on domestic violence, trafficking and gender-based "
                "violence — but the national counter-trafficking and migrant advice hotline is 527.",
                "1547 — теж правильний номер: це урядова гаряча лінія з питань протидії домашньому насильству, "
                "торгівлі людьми та гендерно зумовленому насильству. Але Національна гаряча лінія з питань протидії "
                "торгівлі людьми та консультування мігрантів — 527.",
            ),
        ],
    ),
    question(
        "true_false",
        "safe-migration-online",
        ["indicators", "safe-migration"],
        (
            "True or false: “A friendly employer can hold your passport for you.”",
            "Правда чи неправда: «Доброзичливий роботодавець може зберігати твій паспорт»?",
        ),
        (
            "Retention of identity documents is one of the ILO indicators of forced labour (ILO, 2012).",
            "Утримання документів, що посвідчують особу, — один з індикаторів примусової праці МОП (МОП, 2012).",
        ),
        source=(
            "ILO indicators of forced labour (ILO, 2012): retention of identity documents",
            "Індикатори примусової праці МОП (2012): утримання документів, що посвідчують особу",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: an employer holding your passport is an indicator of forced labour, however friendly.",
                "Ні: роботодавець, який тримає твій паспорт, — індикатор примусової праці, хоч яким привітним він "
                "здається.",
                "Correct: keep your documents yourself.",
                "Правильно: тримай документи при собі.",
            ),
        ),
    ),
    question(
        "single",
        "safe-migration-online",
        ["safe-migration"],
        (
            "In a 2022 IOM survey, what share of Ukrainians said they would accept a risky offer?",
            "Яка частка українців в опитуванні МОМ 2022 року сказала, що прийняла б ризиковану пропозицію?",
        ),
        (
            "IOM Ukraine survey (2022): 59% would accept a risky offer, and 86% see little or no chance that it "
            "could happen to them.",
            "Опитування МОМ в Україні (2022): 59% прийняли б ризиковану пропозицію, а 86% вважають, що з ними цього "
            "майже або зовсім не може статися.",
        ),
        source=(
            "IOM Ukraine, survey on attitudes to risky offers (2022)",
            "МОМ в Україні, опитування щодо ставлення до ризикованих пропозицій (2022)",
        ),
        options=[
            ("59%", "59%", True, "Correct: 59%.", "Правильно: 59%."),
            (
                "86%",
                "86%",
                False,
                "86% is the share who see little or no chance it could happen to them.",
                "86% — це частка тих, хто вважає, що з ними цього майже не може статися.",
            ),
            (
                "6%",
                "6%",
                False,
                "6% is a different figure (trafficked to or within Ukraine).",
                "6% — інший показник (постраждалі в Україні).",
            ),
        ],
    ),
    question(
        "multiple",
        "safe-migration-online",
        ["safe-migration", "indicators"],
        (
            "Which of these are red flags in a job offer? Select all that apply.",
            "Що з переліченого є тривожними сигналами в пропозиції роботи? Оберіть усі правильні відповіді.",
        ),
        (
            "Red flags: pressure to decide in a hurry (IOM “LOOK AGAIN”, 2023); someone keeping your passport (ILO "
            "indicator); a stranger who wants to meet alone (OSCE). A written contract you can read and keep is not "
            "a red flag.",
            "Тривожні сигнали: тиск ухвалити рішення поспіхом (кампанія МОМ LOOK AGAIN, 2023); хтось тримає твій "
            "паспорт (індикатор МОП); незнайомець хоче зустрітися наодинці (ОБСЄ). Письмовий договір, який можна "
            "прочитати і залишити собі, тривожним сигналом не є.",
        ),
        source=(
            "IOM “LOOK AGAIN” campaign (2023); ILO indicators of forced labour (2012); OSCE (helpforukrainians.info)",
            "Кампанія МОМ LOOK AGAIN (2023); індикатори примусової праці МОП (2012); ОБСЄ (helpforukrainians.info)",
        ),
        options=[
            (
                "“Decide today, or the place goes to someone else.”",
                "«Вирішуй сьогодні, бо місце віддадуть іншому».",
                True,
                "Yes: pressure to decide in a hurry.",
                "Так: тиск ухвалити рішення поспіхом.",
            ),
            (
                "“We'll keep your passport during the job.”",
                "«Поки працюєш, паспорт буде в нас».",
                True,
                "Yes: retention of documents is an ILO indicator.",
                "Так: утримання документів — індикатор МОП.",
            ),
            (
                "A stranger who wants to meet you alone to “explain the details”",
                "Незнайомець хоче зустрітися наодинці, щоб «пояснити деталі»",
                True,
                "Yes: a red flag listed by the OSCE.",
                "Так: тривожний сигнал, який називає ОБСЄ.",
            ),
            (
                "A written contract you can read, check and keep",
                "Письмовий договір, який можна прочитати, перевірити і залишити собі",
                False,
                "No: a clear contract you keep is a good sign — still check the offer if unsure.",
                "Ні: чіткий договір, що залишається в тебе, — добрий знак; але якщо сумніваєшся, усе одно перевір "
                "пропозицію.",
            ),
        ],
    ),
    question(
        "matching",
        "safe-migration-online",
        ["safe-migration"],
        (
            "Match each safety rule with the reason it helps.",
            "Зіставте кожне правило безпеки з тим, чому воно допомагає.",
        ),
        (
            "Safety advice of the Ministry of Social Policy; hotline 527 (IOM); ILO indicators of forced labour (2012).",
            "Поради Мінсоцполітики щодо безпеки; гаряча лінія 527 (МОМ); індикатори примусової праці МОП (2012).",
        ),
        source=(
            "Ministry of Social Policy, safety advice; hotline 527; ILO indicators of forced labour (2012)",
            "Поради Мінсоцполітики щодо безпеки; гаряча лінія 527; індикатори примусової праці МОП (2012)",
        ),
        pairs=[
            (
                "Keep your documents yourself",
                "Nobody can control you by holding your passport",
                "Тримай документи при собі",
                "Ніхто не зможе контролювати тебе, утримуючи твій паспорт",
            ),
            (
                "Agree a code word with your family",
                "You can signal that you need help even if someone is listening",
                "Домовся з родиною про кодове слово",
                "Ти зможеш подати сигнал про допомогу, навіть якщо хтось слухає",
            ),
            (
                "Tell your family where you are",
                "Someone knows where to look for you and when to worry",
                "Повідомляй родині, де ти",
                "Хтось знає, де тебе шукати і коли хвилюватися",
            ),
            (
                "Check the offer with 527",
                "Free advice before you decide",
                "Перевір пропозицію через 527",
                "Безкоштовна порада, перш ніж ухвалити рішення",
            ),
        ],
    ),
    # --- Module 3: the teacher's role ---
    question(
        "single",
        "teachers-role",
        ["referral", "nrm-procedure"],
        (
            "You suspect that a student is being exploited. What is your first step?",
            "Ви підозрюєте, що учня експлуатують. Яким має бути ваш перший крок?",
        ),
        (
            "Keep the student safe and refer through the school protocol; do not investigate yourself. The Ministry "
            "of Education is an NRM actor (Resolution No. 783 of 22 Aug 2012).",
            "Убезпечте учня і перенаправте за шкільним протоколом; не розслідуйте самостійно. МОН — суб'єкт НМВ "
            "(Постанова № 783 від 22 серпня 2012 року).",
        ),
        source=(
            "Cabinet of Ministers Resolution No. 783 of 22 Aug 2012 (the NRM)",
            "Постанова Кабінету Міністрів України № 783 від 22 серпня 2012 року (НМВ)",
        ),
        options=[
            (
                "Keep the student safe and refer through the school protocol — do not investigate yourself",
                "Убезпечити учня і перенаправити за шкільним протоколом — не розслідувати самостійно",
                True,
                "Correct: notice, listen and refer; specialists investigate.",
                "Правильно: помітити, вислухати і перенаправити; розслідують фахівці.",
            ),
            (
                "Contact the suspected recruiter to find out what is going on",
                "Зв'язатися з можливим вербувальником, щоб з'ясувати, що відбувається",
                False,
                "This can put the student at risk; refer instead.",
                "Це може наразити учня на небезпеку; краще перенаправте.",
            ),
            (
                "Question the student in detail in front of the class",
                "Докладно розпитати учня перед класом",
                False,
                "This breaks confidentiality and can harm the student.",
                "Це порушує конфіденційність і може зашкодити учневі.",
            ),
            (
                "Wait until you have proof",
                "Зачекати, поки з'являться докази",
                False,
                "Indicators are enough to refer; proof is not your job.",
                "Для перенаправлення достатньо індикаторів; збирати докази — не ваше завдання.",
            ),
        ],
    ),
    question(
        "true_false",
        "teachers-role",
        ["victim-centred"],
        (
            "True or false: “Using a real survivor's name in class makes the lesson more powerful, so it is good "
            "practice.”",
            "Правда чи неправда: «Справжнє ім'я людини, яка пережила торгівлю людьми, робить урок переконливішим, тож "
            "так і слід робити»?",
        ),
        (
            "Names are changed to protect privacy, as IOM does (“Name has been changed to protect privacy”, IOM "
            "2018). Use pseudonyms or composite cases.",
            "Імена змінюють з метою захисту приватності, як це робить МОМ («Ім'я змінено з метою захисту "
            "приватності», МОМ, 2018). Використовуйте псевдоніми або узагальнені випадки.",
        ),
        source=(
            "IOM Ukraine, press release of 20 Nov 2018 (“Name has been changed to protect privacy”)",
            "МОМ в Україні, прес-реліз від 20 листопада 2018 року («Ім'я змінено з метою захисту приватності»)",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: a real name can expose a survivor to harm; always use pseudonyms.",
                "Ні: справжнє ім'я може наразити людину на небезпеку; завжди використовуйте псевдоніми.",
                "Correct: change names and identifying details to protect privacy.",
                "Правильно: змінюйте імена і дані, за якими можна впізнати людину.",
            ),
        ),
    ),
    question(
        "multiple",
        "teachers-role",
        ["referral"],
        (
            "Which of these are trusted sources of help you can give students? Select all that apply.",
            "Які з цих джерел допомоги можна з довірою рекомендувати учням? Оберіть усі правильні відповіді.",
        ),
        (
            "Hotline 527, the police (102) and La Strada Ukraine (0-800-500-335) are trusted sources of help; an "
            "unknown Telegram “agent” is not.",
            "Гаряча лінія 527, поліція (102) і «Ла Страда-Україна» (0-800-500-335) — надійні джерела допомоги; "
            "невідомий «агент» у Telegram — ні.",
        ),
        source=(
            "Hotline 527 (527.org.ua); La Strada Ukraine; National Police of Ukraine (102)",
            "Гаряча лінія 527 (527.org.ua); «Ла Страда-Україна»; Національна поліція України (102)",
        ),
        options=[
            (
                "Hotline 527",
                "Гаряча лінія 527",
                True,
                "Yes: the national counter-trafficking and migrant advice hotline.",
                "Так: національна гаряча лінія з питань протидії торгівлі людьми та консультування мігрантів.",
            ),
            (
                "Police: 102",
                "Поліція: 102",
                True,
                "Yes: for immediate danger.",
                "Так: у разі безпосередньої небезпеки.",
            ),
            (
                "La Strada Ukraine: 0-800-500-335",
                "«Ла Страда-Україна»: 0-800-500-335",
                True,
                "Yes: a specialised NGO hotline.",
                "Так: гаряча лінія спеціалізованої громадської організації.",
            ),
            (
                "A Telegram “agent” who offers jobs abroad",
                "«Агент» у Telegram, який пропонує роботу за кордоном",
                False,
                "No: an unknown online recruiter is a possible risk, not a source of help.",
                "Ні: невідомий онлайн-вербувальник — можливий ризик, а не джерело допомоги.",
            ),
        ],
    ),
    question(
        "true_false",
        "teachers-role",
        ["victim-centred"],
        (
            "True or false: “Asking students in class whether this has happened to them or their family is a good way "
            "to identify victims.”",
            "Правда чи неправда: «Запитати учнів на уроці, чи траплялося таке з ними або з їхніми родинами, — добрий "
            "спосіб виявити постраждалих»?",
        ),
        (
            "Trauma-informed teaching never asks learners to disclose; instead, tell everyone where to get help and "
            "offer a private conversation.",
            "Навчання з урахуванням травми ніколи не вимагає від учнів розповідати про власний досвід; натомість "
            "скажіть усім, куди звернутися по допомогу, і запропонуйте розмову наодинці.",
        ),
        source=(
            "Trauma-informed practice; IOM Ukraine, press release of 20 Nov 2018: victims often " + IOM_INVISIBLE[0],
            "Практика з урахуванням травми; МОМ в Україні, прес-реліз від 20 листопада 2018 року: постраждалі часто "
            + IOM_INVISIBLE[1],
        ),
        options=(
            False,
            tf_feedback(
                "Not so: asking for disclosure in class can harm and expose students.",
                "Ні: прохання розповісти про досвід на уроці може зашкодити учням і викрити їх.",
                "Correct: never ask students to disclose; signpost help and be available privately.",
                "Правильно: ніколи не просіть учнів розповідати про досвід; скажіть, де допомога, і будьте доступні "
                "для розмови наодинці.",
            ),
        ),
    ),
    # --- Module 4: protecting students ---
    question(
        "single",
        "protecting-students",
        ["referral"],
        (
            "A student wants to talk to someone, without giving their name, about something that worries them. Which "
            "number is La Strada Ukraine's National Children's Hotline?",
            "Учень хоче поговорити з кимось, не називаючи себе, про те, що його непокоїть. Який номер має "
            "Національна дитяча гаряча лінія «Ла Страда-Україна»?",
        ),
        (
            "116 111 is the National Children's Hotline run by La Strada Ukraine (also 0-800-500-225): free, for "
            "children and young people, and for adults calling about a child. 527, 1547 and 102 are valid numbers "
            "for other needs.",
            "116 111 — Національна дитяча гаряча лінія «Ла Страда-Україна» (також 0-800-500-225): безкоштовно, для "
            "дітей і молоді, а також для дорослих, які телефонують щодо дитини. 527, 1547 і 102 — правильні номери "
            "для інших потреб.",
        ),
        source=(
            "La Strada Ukraine, National Children's Hotline 116 111",
            "«Ла Страда-Україна», Національна дитяча гаряча лінія 116 111",
        ),
        options=[
            (
                "116 111",
                "116 111",
                True,
                "Correct: the National Children's Hotline, free for children and young people.",
                "Правильно: Національна дитяча гаряча лінія, безкоштовна для дітей і молоді.",
            ),
            (
                "527",
                "527",
                False,
                "527 is a valid line — the national counter-trafficking and migrant advice hotline, for checking "
                "offers — but it is not the children's hotline.",
                "527 — теж правильний номер: Національна гаряча лінія з питань протидії торгівлі людьми та "
                "консультування мігрантів, щоб перевірити пропозицію. Але це не дитяча лінія.",
            ),
            (
                "1547",
                "1547",
                False,
                "1547 is a valid line — the government hotline on domestic violence, trafficking and gender-based "
                "violence — but it is not the children's hotline.",
                "1547 — теж правильний номер: урядова гаряча лінія з питань протидії домашньому насильству, "
                "торгівлі людьми та гендерно зумовленому насильству. Але це не дитяча лінія.",
            ),
            (
                "102",
                "102",
                False,
                "102 is the police, for immediate danger.",
                "102 — поліція, у разі безпосередньої небезпеки.",
            ),
        ],
    ),
    question(
        "multiple",
        "protecting-students",
        ["indicators", "safe-migration"],
        (
            "Which of these can be signs of online grooming? Select all that apply.",
            "Що з переліченого може свідчити про онлайн-грумінг? Оберіть усі правильні відповіді.",
        ),
        (
            "Grooming builds trust in order to abuse or exploit: flattery and gifts, secrecy, moving the contact to "
            "private chats and requests for images are typical patterns. A classmate asking for homework in the "
            "class group chat is ordinary contact.",
            "Грумінг — це входження в довіру з метою насильства чи експлуатації: лестощі й подарунки, вимога "
            "таємниці, перехід в особисті чати і прохання надіслати зображення — типові ознаки. Однокласник, який "
            "просить домашнє завдання в груповому чаті класу, — звичайне спілкування.",
        ),
        source=(
            "Lanzarote Convention (CETS No. 201), Art. 23; Europol, “Say NO!” campaign (2017)",
            "Ланцаротська конвенція (CETS № 201), ст. 23; Європол, кампанія «Say NO!» (2017)",
        ),
        options=[
            (
                "An online “friend” gives a lot of compliments and sends gifts or game currency",
                "Онлайн-«друг» робить багато компліментів і надсилає подарунки чи ігрову валюту",
                True,
                "Yes: attention and flattery are how trust is built.",
                "Так: увагою і лестощами входять у довіру.",
            ),
            (
                "They say: “This is just between us — don't tell your parents.”",
                "Він каже: «Це лише між нами — батькам не кажи»",
                True,
                "Yes: secrecy cuts the young person off from help.",
                "Так: таємниця відрізає молоду людину від допомоги.",
            ),
            (
                "They push to move from a game chat to a private app",
                "Він наполягає, щоб перейти з ігрового чату в приватний застосунок",
                True,
                "Yes: moving to private chats removes others who could notice.",
                "Так: у приватному чаті немає тих, хто міг би щось помітити.",
            ),
            (
                "They ask for private photos “just for me”",
                "Він просить надіслати приватні фото «лише для мене»",
                True,
                "Yes: requests for images are a serious warning sign.",
                "Так: прохання надіслати зображення — серйозний тривожний сигнал.",
            ),
            (
                "A classmate asks for the homework in the class group chat",
                "Однокласник просить домашнє завдання в груповому чаті класу",
                False,
                "No: ordinary, open contact with someone the student knows.",
                "Ні: звичайне відкрите спілкування зі знайомою людиною.",
            ),
        ],
    ),
    question(
        "single",
        "protecting-students",
        ["referral", "victim-centred"],
        ("What is the best advice for the student?", "Яка порада учениці найкраща?"),
        (
            "In sextortion, paying or sending more rarely ends the threats. The student should not pay or send more, "
            "keep the evidence (screenshots of messages, profile and username), stop replying and block, tell a "
            "trusted adult or call 116 111, and report to the police (102) and the platform. It is not her fault.",
            "У разі сексуального вимагання плата чи нові зображення рідко зупиняють погрози. Учениці не слід платити "
            "чи надсилати ще щось; треба зберегти докази (скриншоти повідомлень, профілю та імені користувача), "
            "припинити відповідати і заблокувати акаунт, розповісти дорослому, якому вона довіряє, або зателефонувати "
            "на 116 111 і повідомити поліцію (102) та платформу. Це не її провина.",
        ),
        scenario=(
            "A 15-year-old student tells you that someone she met online, to whom she sent a private photo, now "
            "demands money and threatens to send the photo to her classmates.",
            "15-річна учениця розповідає вам, що людина, з якою вона познайомилася онлайн і якій надіслала приватне "
            "фото, тепер вимагає грошей і погрожує розіслати це фото її однокласникам.",
        ),
        source=(
            "Europol, “Say NO!” campaign on online sexual coercion and extortion of children (2017); Criminal Code "
            "of Ukraine, Art. 156-1",
            "Європол, кампанія «Say NO!» щодо сексуального примусу і вимагання стосовно дітей онлайн (2017); "
            "Кримінальний кодекс України, ст. 156-1",
        ),
        options=[
            (
                "Don't pay or send more, keep the evidence, tell a trusted adult and report it (102, 116 111)",
                "Не платити і нічого більше не надсилати, зберегти докази, розповісти дорослому, якому довіряє, і "
                "повідомити (102, 116 111)",
                True,
                "Correct: and tell her clearly that it is not her fault.",
                "Правильно: і чітко скажіть їй, що це не її провина.",
            ),
            (
                "Pay quickly so that it stops",
                "Швидко заплатити, щоб це припинилося",
                False,
                "Paying rarely ends the threats and often leads to more demands.",
                "Плата рідко зупиняє погрози і часто веде до нових вимог.",
            ),
            (
                "Delete the whole chat and tell nobody",
                "Видалити все листування і нікому не розповідати",
                False,
                "Deleting destroys evidence, and silence leaves her alone with the threat.",
                "Видалення знищує докази, а мовчання залишає її наодинці з погрозою.",
            ),
            (
                "Send one more photo to calm the person down",
                "Надіслати ще одне фото, щоб заспокоїти цю людину",
                False,
                "Sending more gives the person more to threaten her with.",
                "Нові фото лише дають цій людині більше приводів для погроз.",
            ),
        ],
    ),
    question(
        "true_false",
        "protecting-students",
        ["legal-instruments"],
        (
            "True or false: “The Criminal Code of Ukraine has an article on harassment of a child for sexual "
            "purposes, and it covers contact made through the internet.”",
            "Правда чи неправда: «Кримінальний кодекс України містить статтю про домагання дитини для сексуальних "
            "цілей, і вона охоплює контакт через інтернет»?",
        ),
        (
            "Article 156-1 of the Criminal Code (harassment of a child for sexual purposes), added by Law No. 1256-IX "
            "of 18 Feb 2021 to implement the Lanzarote Convention, expressly covers the use of information and "
            "telecommunication systems. Check the current text for its details.",
            "Стаття 156-1 Кримінального кодексу (домагання дитини для сексуальних цілей), додана Законом № 1256-IX "
            "від 18 лютого 2021 року на виконання Ланцаротської конвенції, прямо охоплює використання "
            "інформаційно-телекомунікаційних систем. Подробиці перевіряйте в чинному тексті.",
        ),
        source=(
            "Criminal Code of Ukraine, Art. 156-1 (Law No. 1256-IX of 18 Feb 2021)",
            "Кримінальний кодекс України, ст. 156-1 (Закон № 1256-IX від 18 лютого 2021 року)",
        ),
        options=(
            True,
            tf_feedback(
                "Correct: Art. 156-1 covers harassment of a child for sexual purposes, including online.",
                "Правильно: ст. 156-1 охоплює домагання дитини для сексуальних цілей, зокрема онлайн.",
                "Not so: Art. 156-1 exists and expressly covers contact through the internet.",
                "Ні: ст. 156-1 існує і прямо охоплює контакт через інтернет.",
            ),
        ),
    ),
    question(
        "matching",
        "protecting-students",
        ["referral", "nrm-procedure"],
        (
            "Match each body with its role when a school refers a concern about a student.",
            "Зіставте кожного суб'єкта з його роллю, коли школа перенаправляє занепокоєння щодо учня.",
        ),
        (
            "A teacher reports and does not investigate (Resolution No. 783 lists the Ministry of Education as an NRM "
            "actor). The school head organises the response; the school psychologist and social pedagogue support "
            "the student; the children's service protects the child's rights; the police, reached through 102, "
            "respond to offences.",
            "Учитель повідомляє, а не розслідує (Постанова № 783 називає МОН суб'єктом НМВ). Керівник закладу "
            "освіти організовує реагування; практичний психолог і соціальний педагог підтримують учня; служба у "
            "справах дітей захищає права дитини; поліція, до якої звертаються через 102, реагує на правопорушення.",
        ),
        source=(
            "Cabinet of Ministers Resolution No. 783 of 22 Aug 2012 (the NRM); Law of Ukraine “On Protection of "
            "Childhood”",
            "Постанова Кабінету Міністрів України № 783 від 22 серпня 2012 року (НМВ); Закон України «Про охорону "
            "дитинства»",
        ),
        pairs=[
            (
                "The school head",
                "Organises the school's response and makes sure the services are informed",
                "Керівник закладу освіти",
                "Організовує реагування школи і стежить, щоб служби були поінформовані",
            ),
            (
                "The school psychologist and social pedagogue",
                "Support the student and work with the family",
                "Практичний психолог і соціальний педагог",
                "Підтримують учня і працюють з родиною",
            ),
            (
                "The children's service of the hromada or district",
                "The local authority that protects the child's rights",
                "Служба у справах дітей громади чи району",
                "Місцевий орган, що захищає права дитини",
            ),
            (
                "Juvenile prevention police (102)",
                "Respond to offences against children; the police investigate",
                "Ювенальна превенція поліції (102)",
                "Реагує на правопорушення щодо дітей; розслідує поліція",
            ),
        ],
    ),
    question(
        "single",
        "protecting-students",
        ["legal-instruments", "safe-migration"],
        (
            "From what age may a school student, with a parent's consent, do light work in their free time that "
            "does not harm their health or disrupt their studies?",
            "З якого віку учень може за згодою одного з батьків виконувати у вільний від навчання час легку роботу, "
            "що не завдає шкоди здоров'ю і не порушує процесу навчання?",
        ),
        (
            "Labour Code of Ukraine, Art. 188: employment generally from 16; from 15 as an exception with a parent's "
            "consent; from 14, light work in free time with a parent's consent.",
            "Кодекс законів про працю України, ст. 188: на роботу за загальним правилом приймають з 16 років; з 15 — "
            "як виняток, за згодою одного з батьків; з 14 — легка робота у вільний від навчання час за згодою одного "
            "з батьків.",
        ),
        source=("Labour Code of Ukraine, Art. 188", "Кодекс законів про працю України, ст. 188"),
        options=[
            ("14", "14", True, "Correct: Art. 188.", "Правильно: ст. 188."),
            (
                "12",
                "12",
                False,
                "Too young: the Labour Code sets 14 as the lowest age, and only for light work.",
                "Замало: найменший вік за КЗпП — 14 років, і лише для легкої роботи.",
            ),
            (
                "16",
                "16",
                False,
                "16 is the general age for employment; light work in free time is allowed earlier.",
                "16 — загальний вік для прийняття на роботу; легка робота у вільний час дозволена раніше.",
            ),
            (
                "18",
                "18",
                False,
                "Under-18s may work, within the limits the Labour Code sets.",
                "Особи до 18 років можуть працювати в межах, які встановлює КЗпП.",
            ),
        ],
    ),
    question(
        "true_false",
        "protecting-students",
        ["legal-instruments", "indicators"],
        (
            "True or false: “With a parent's consent, a 17-year-old may be employed in heavy work or in work with "
            "harmful or dangerous conditions.”",
            "Правда чи неправда: «За згодою батьків 17-річну особу можна залучати до важких робіт або робіт зі "
            "шкідливими чи небезпечними умовами праці»?",
        ),
        (
            "Labour Code of Ukraine, Art. 190: heavy work, work in harmful or dangerous conditions and underground "
            "work are banned for anyone under 18; a parent's consent does not change that.",
            "Кодекс законів про працю України, ст. 190: важкі роботи, роботи зі шкідливими або небезпечними умовами "
            "праці і підземні роботи заборонені для всіх, кому ще немає 18; згода батьків цього не змінює.",
        ),
        source=("Labour Code of Ukraine, Art. 190", "Кодекс законів про працю України, ст. 190"),
        options=(
            False,
            tf_feedback(
                "Not so: Art. 190 bans heavy, harmful, dangerous and underground work for under-18s, consent or not.",
                "Ні: ст. 190 забороняє особам до 18 років важкі, шкідливі, небезпечні та підземні роботи — навіть "
                "за згоди батьків.",
                "Correct: the ban applies to everyone under 18.",
                "Правильно: заборона діє для всіх, кому ще немає 18.",
            ),
        ),
    ),
]

COURSE = course(
    "school-teachers",
    ["schools"],
    4,
    "schools",
    {
        "title": "Teaching safe migration and trafficking prevention: a course for school teachers",
        "summary": "For teachers of students aged 14–17: explain trafficking in age-appropriate words, teach the red "
        "flags and safety rules young people can use, and know what to do if you are worried about a student.",
        "objectives": [
            "Explain the act–means–purpose definition to students aged 14–17, including the special rule for children",
            "Take apart common myths about who is trafficked and where",
            "Teach red flags in job and housing offers and practical safety rules",
            "Run IOM's 30-minute safe-employment quest with a class",
            "Notice signs of risk, refer through the school protocol and keep lessons confidential and safe",
            "Point students to the children's hotline 116 111, teach them to recognise online grooming and "
            "sextortion, know the school's referral bodies and the Labour Code's rules on work by under-18s",
        ],
    },
    {
        "title": "Безпечна міграція і запобігання торгівлі людьми: курс для шкільних учителів",
        "summary": "Для вчителів, які працюють з учнями 14–17 років: пояснювати торгівлю людьми зрозумілими для "
        "підлітків словами, навчати тривожних сигналів і правил безпеки та знати, що робити, якщо ви "
        "хвилюєтеся за учня.",
        "objectives": [
            "Пояснювати учням 14–17 років визначення «дія–спосіб–мета», зокрема особливе правило щодо дітей",
            "Розвінчувати поширені міфи про те, хто і де стає постраждалим",
            "Навчати тривожних сигналів у пропозиціях роботи і житла та практичних правил безпеки",
            "Проводити з класом 30-хвилинний квест МОМ про безпечне працевлаштування",
            "Помічати ознаки ризику, перенаправляти за шкільним протоколом і робити уроки конфіденційними й безпечними",
            "Розповідати учням про дитячу гарячу лінію 116 111, навчати розпізнавати онлайн-грумінг і сексуальне "
            "вимагання, знати, до кого перенаправляє школа, і правила Кодексу законів про працю щодо праці осіб до 18 "
            "років",
        ],
    },
    MODULES,
    QUESTIONS,
)
