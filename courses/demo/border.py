"""Course C: border guards and police.

Facts come from the content brief and its seeds, and (module 4) from the texts of the instruments cited there. The
UNODC general indicators come from a secondary reproduction, so no graded question rests on them: they stay as
context and an ungraded self-check in the lesson; graded indicator items use the ILO indicators (ILO, 2012).
"""

from .build import callout, case, course, lesson, md, module, question, sources, terms
from .common import (
    CC_149,
    CETS,
    EU_2011,
    HOTLINE_SITE,
    ILO_INDICATORS,
    IOM_2018,
    IOM_2022,
    IOM_INVISIBLE,
    IOM_PROGRAMME,
    LAW_2011,
    NO_BLAME,
    PALERMO,
    RED_FLAGS,
    RES_417,
    RES_783,
)

UNODC = ("UNODC: human trafficking and migrant smuggling compared", "https://www.unodc.org/")
UNODC_REPRO = ("UNODC general indicators of trafficking in persons (via a reproduction)", "https://www.unodc.org/")
AUSTRIA = ("IOM Austria and Austrian police, indicators for arrivals from Ukraine, 9 May 2022", "")
AUSTRIAN_POLICE = (
    "Austrian police, reported by Kleine Zeitung (“something in return” for accommodation)",
    "https://www.kleinezeitung.at/",
)
LOOK_AGAIN = ("IOM Ukraine, “LOOK AGAIN” campaign, 2023", "https://ukraine.iom.int/")
# Module 4 (the gap topics of issue #14): instruments beyond the content brief, cited by article.
CC_332 = (
    "Criminal Code of Ukraine, Art. 332 (illegal transfer of persons across the state border of Ukraine)",
    "https://zakon.rada.gov.ua/",
)
SMUGGLING_PROTOCOL = (
    "Protocol against the Smuggling of Migrants by Land, Sea and Air (2000), supplementing the UN Convention against "
    "Transnational Organized Crime, Arts. 3, 5 and 16",
    "https://www.unodc.org/",
)
CRC_GC6 = (
    "UN Committee on the Rights of the Child, General Comment No. 6 (2005): treatment of unaccompanied and "
    "separated children outside their country of origin",
    "https://www.ohchr.org/",
)
BORDER_RULES = (
    "Cabinet of Ministers of Ukraine, Rules for crossing the state border by citizens of Ukraine (as amended; the "
    "martial-law exceptions change: check the current text); State Border Guard Service of Ukraine",
    "https://dpsu.gov.ua/",
)

ALL_LINES = callout(
    "hotline",
    "Where to refer",
    "- **527** — National Toll-Free Counter-Trafficking and Migrant Advice Hotline: free from mobiles, daily "
    "(alternative number **0-800-505-501**); www.527.org.ua and @SafeMigrationBot.\n"
    "- **La Strada Ukraine:** 0-800-500-335 or 116 123.\n"
    "- **1547** — government hotline on domestic violence, trafficking and gender-based violence.\n"
    "- **102** — police, when someone is in immediate danger.",
    "Куди перенаправляти",
    "- **527** — Національна гаряча лінія з питань протидії торгівлі людьми та консультування мігрантів: "
    "безкоштовно з мобільних, щодня (альтернативний номер **0-800-505-501**); www.527.org.ua і @SafeMigrationBot.\n"
    "- **«Ла Страда-Україна»:** 0-800-500-335 або 116 123.\n"
    "- **1547** — урядова гаряча лінія з питань протидії домашньому насильству, торгівлі людьми та гендерно "
    "зумовленому насильству.\n"
    "- **102** — поліція, якщо людині загрожує безпосередня небезпека.",
)

MODULES = [
    module(
        "at-the-border",
        ("Recognising trafficking at the border", "Виявлення торгівлі людьми на кордоні"),
        (
            "Smuggling or trafficking, and the signs to look for in people crossing the border.",
            "Незаконне переправлення чи торгівля людьми і ознаки, на які варто зважати під час перетину кордону.",
        ),
        [
            lesson(
                "smuggling-or-trafficking",
                20,
                (
                    "Trafficking or smuggling at a crossing point",
                    "Торгівля людьми чи незаконне переправлення на пункті пропуску",
                ),
                (
                    "Tell trafficking from migrant smuggling at a crossing point.",
                    "Відрізняти торгівлю людьми від незаконного переправлення мігрантів на пункті пропуску.",
                ),
                md(
                    """
## Two crimes that can look alike at the booth
A group, a driver or a "coordinator", tickets paid by someone else: smuggling and trafficking can look the same
at a crossing point. The difference lies in the purpose.

| | Migrant smuggling | Trafficking in persons |
|---|---|---|
| Border | **always** crossed irregularly | **may not be crossed at all** |
| What the organiser wants | payment for the crossing | profit from **exploitation** |
| Consent | the person seeks the crossing | **irrelevant** once a means was used (Palermo Art. 3(b)); not needed for a child |

**Smuggling always crosses a border; trafficking may not** (UNODC).

## Why this matters for border guards
- **A lawful crossing does not rule trafficking out.** The Palermo definition says nothing about how a border was
  crossed: a person with valid documents can be on the way to exploitation.
- **A smuggled person can become a victim** on the way or on arrival, for example when a "travel debt" is turned
  into unpaid work.
- **You may be the last official a person meets** before exploitation abroad. Of the victims IOM had assisted by
  2014, 44% had been trafficked to the Russian Federation and 28% to the European Union.
- **Children need special attention.** For anyone under 18, no means has to be shown (Palermo Art. 3(c)).

## Four questions to keep in mind
1. Who paid for the trip, and what does the person owe in return?
2. Who holds the documents?
3. Does the person know where they will live and work, and for whom?
4. Can the person speak for themselves?

One answer proves nothing. Several worrying answers together are a reason for a private conversation and a
referral, not for suspicion of the traveller.
""",
                    """
## Два злочини, які на пункті пропуску можуть виглядати однаково
Група, водій чи «координатор», квитки, оплачені кимось іншим: незаконне переправлення і торгівля людьми на
пункті пропуску можуть виглядати однаково. Різниця — у меті.

| | Незаконне переправлення мігрантів | Торгівля людьми |
|---|---|---|
| Кордон | **завжди** перетинається незаконно | **може не перетинатися зовсім** |
| Чого прагне організатор | плати за перетин | вигоди від **експлуатації** |
| Згода | людина сама шукає можливості перетнути кордон | **не має значення**, якщо застосовано спосіб (Палермський протокол, ст. 3(b)); щодо дитини не потрібна |

**Незаконне переправлення завжди пов'язане з перетином кордону; торгівля людьми — не обов'язково** (УНП ООН).

## Чому це важливо для прикордонників
- **Законний перетин кордону не виключає торгівлі людьми.** Палермське визначення нічого не каже про те, як
  людина перетнула кордон: особа з дійсними документами може їхати назустріч експлуатації.
- **Людина, яку переправляли, може стати постраждалою** дорогою або після прибуття — наприклад, коли «борг за
  дорогу» перетворюють на неоплачувану працю.
- **Ви можете бути останньою посадовою особою**, яку людина бачить перед експлуатацією за кордоном. Серед
  постраждалих, яким МОМ допомогла до 2014 року, 44% було вивезено до Російської Федерації, 28% — до
  Європейського Союзу.
- **Діти потребують особливої уваги.** Щодо будь-кого віком до 18 років спосіб доводити не потрібно
  (Палермський протокол, ст. 3(c)).

## Чотири запитання, які варто тримати в голові
1. Хто заплатив за поїздку і що людина за це винна?
2. У кого документи?
3. Чи знає людина, де житиме і працюватиме і на кого?
4. Чи може людина говорити сама за себе?

Одна відповідь нічого не доводить. Кілька тривожних відповідей разом — підстава для розмови наодинці і
перенаправлення, а не для підозри щодо самого подорожнього.
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
                            "Trafficking in persons",
                            "An act, by a means, for the purpose of exploitation (Palermo Art. 3(a)); a border is "
                            "not required.",
                            "Торгівля людьми",
                            "Дія, вчинена певним способом, з метою експлуатації (Палермський протокол, ст. 3(a)); "
                            "кордон не обов'язковий.",
                        ),
                    ]
                ),
                sources(
                    PALERMO,
                    UNODC,
                    ("IOM Ukraine, release on the Norway-funded project (30 Jul 2014)", "https://ukraine.iom.int/"),
                ),
            ),
            lesson(
                "arrivals-from-ukraine",
                25,
                ("Indicators among people on the move", "Індикатори серед людей у дорозі"),
                (
                    "Spot indicators of trafficking among people crossing from or into Ukraine.",
                    "Помічати індикатори торгівлі людьми серед людей, які виїжджають з України або в'їжджають до неї.",
                ),
                md(
                    """
## The ILO indicators of forced labour
The ILO lists 11 indicators of forced labour (ILO, 2012). One indicator can sometimes be enough; usually several
appear together.

| | | |
|---|---|---|
| 1. Abuse of vulnerability | 2. Deception | 3. Restriction of movement |
| 4. Isolation | 5. Physical or sexual violence | 6. Intimidation and threats |
| 7. Retention of identity documents | 8. Withholding of wages | 9. Debt bondage |
| 10. Abusive working and living conditions | 11. Excessive overtime | |

## Other general indicators (UNODC)
UNODC publishes general indicators of trafficking. The summary below follows a secondary reproduction of that
list, not UNODC's own publication: use it to decide what to ask, not as a checklist that decides the case.
Indicators are **not proof** on their own.

| Theme | What you may notice |
|---|---|
| Control | cannot leave; movement controlled; **others speak for the person**; acts as if instructed |
| Fear | fear or anxiety; distrusts the authorities; afraid to reveal immigration status |
| Documents | passport held by someone else; **false documents** |
| Orientation | **does not know home or work address**; does not speak the local language |
| Work | little or no pay; no access to earnings; long hours; no days off; punishment |
| Living | poor housing; no medical care; isolated; believes they are bound by a debt |

## Red flags since February 2022
Most people who fled Ukraine are women and children, but men are affected too. In one reporting period (May–June
2022), 8 of the 10 victims IOM Ukraine assisted were men — a small number, not a statistic about all victims, but a
reminder that men are trafficked too. Partners have flagged:

- a **non-official** who asks for passports or phones; someone who **separates** people from their family (UNHCR);
- offers "too good to be true"; help in exchange for work or sex; "debts", "favours" or fees to relocate (UNHCR);
- **unsolicited** offers of jobs or transport; a stranger who wants to meet alone (OSCE);
- "something in return" demanded for accommodation (Austrian police); rent demanded in exchange for sex (La
  Strada, Freedom Fund);
- **pressure to decide in a hurry** (IOM "LOOK AGAIN", 2023).

**Unaccompanied and undocumented people are most at risk.**

## Border partners in the region
On 9 May 2022 IOM Austria and the Austrian police published *Indicators for human trafficking in the context of
arrivals from Ukraine*. IOM Romania provides safe transport and shelter for victims identified at border
crossing points, and IOM Poland runs a counter-trafficking project with the Polish Border Guard.
""",
                    """
## Індикатори примусової праці МОП
МОП виокремлює 11 індикаторів примусової праці (МОП, 2012). Іноді достатньо одного індикатора; зазвичай їх
кілька.

| | | |
|---|---|---|
| 1. Зловживання уразливістю | 2. Обман | 3. Обмеження свободи пересування |
| 4. Ізоляція | 5. Фізичне чи сексуальне насильство | 6. Залякування і погрози |
| 7. Утримання документів, що посвідчують особу | 8. Невиплата заробітної плати | 9. Боргова кабала |
| 10. Жорстокі умови праці та проживання | 11. Надмірна понаднормова робота | |

## Інші загальні індикатори (УНП ООН)
Управління ООН з наркотиків і злочинності (УНП ООН) публікує загальні індикатори торгівлі людьми. Огляд нижче
спирається на вторинне відтворення цього переліку, а не на публікацію самого УНП ООН: використовуйте його, щоб
вирішити, про що запитати, а не як контрольний список, що вирішує справу. Індикатори самі по собі **не є
доказом**.

| Тема | Що ви можете помітити |
|---|---|
| Контроль | не може піти; пересування контролюють; **за людину говорять інші**; поводиться так, ніби її проінструктували |
| Страх | страх чи тривога; недовіра до влади; боїться розкрити свій міграційний статус |
| Документи | паспорт у когось іншого; **підроблені документи** |
| Орієнтація | **не знає адреси житла чи роботи**; не говорить місцевою мовою |
| Робота | мала оплата або жодної; немає доступу до заробітку; довгий робочий день; без вихідних; покарання |
| Побут | погане житло; немає медичної допомоги; ізоляція; вважає, що зв'язана боргом |

## Тривожні сигнали після лютого 2022 року
Більшість тих, хто виїхав з України, — жінки і діти, але постраждати можуть і чоловіки. За один звітний період
(травень–червень 2022 року) 8 із 10 постраждалих, яким допомогла МОМ в Україні, були чоловіками — це невелика
кількість, а не статистика щодо всіх постраждалих, але вона нагадує, що жертвами торгівлі людьми стають і
чоловіки. Партнери звертають увагу на таке:

- **неофіційна особа** просить паспорти чи телефони; хтось **розлучає** людей з родиною (УВКБ ООН);
- пропозиції «надто гарні, щоб бути правдою»; допомога в обмін на роботу чи секс; «борги», «послуги» чи плата за
  переїзд (УВКБ ООН);
- **непрохані** пропозиції роботи чи транспорту; незнайомець хоче зустрітися наодинці (ОБСЄ);
- вимога «чогось натомість» за житло (поліція Австрії); вимога «платити» за житло сексом («Ла Страда», Freedom
  Fund);
- **тиск ухвалити рішення поспіхом** (кампанія МОМ LOOK AGAIN, 2023).

**Найбільше ризикують люди без супроводу та без документів.**

## Партнери на кордонах регіону
9 травня 2022 року МОМ в Австрії і поліція Австрії оприлюднили *Індикатори торгівлі людьми в контексті прибуття
людей з України*. МОМ у Румунії забезпечує безпечне перевезення і прихисток для постраждалих, виявлених на
пунктах пропуску, а МОМ у Польщі реалізує проєкт протидії торгівлі людьми разом із Прикордонною вартою Польщі.
""",
                ),
                callout(
                    "info",
                    "Self-check (not graded)",
                    "Which of these appear in the UNODC summary above: *lets others speak for them*; *does not know "
                    "their work address*; *false documents*; *travels with their family*?\n\n"
                    "Answer: the first three. Travelling with family is not in itself an indicator — and none of "
                    "them proves trafficking on its own.",
                    "Самоперевірка (без оцінювання)",
                    "Що з переліченого є в огляді індикаторів УНП ООН вище: *за людину говорять інші*; *не знає "
                    "адреси своєї роботи*; *підроблені документи*; *подорожує з родиною*?\n\n"
                    "Відповідь: перші три. Подорож із родиною сама по собі не є індикатором — і жоден із них сам "
                    "по собі не доводить торгівлі людьми.",
                ),
                case(
                    {
                        "title": "Two sisters and a family friend (a composite case)",
                        "content_note": "This case describes a possible recruitment of children. It is a composite: "
                        "no real person is described.",
                        "scenario": "Two sisters, 15 and 17, cross the border with a man who says he is a family "
                        "friend. He holds their documents and answers every question for them. The girls say they "
                        'are going to "work in a café" but cannot name the town. Their mother, they say, was told '
                        'not to worry: "everything is paid".',
                        "reflection": "- Which indicators do you see?\n"
                        "- Why does it not matter whether the girls agreed to go?\n"
                        "- What do you do first, and who do you involve?",
                    },
                    {
                        "title": "Дві сестри і «друг родини» (узагальнений випадок)",
                        "content_note": "Цей випадок описує можливе вербування дітей. Він узагальнений: реальних "
                        "людей не описано.",
                        "scenario": "Дві сестри, 15 і 17 років, перетинають кордон із чоловіком, який називає себе "
                        "другом родини. Він тримає їхні документи і відповідає на всі запитання замість них. "
                        "Дівчата кажуть, що їдуть «працювати в кафе», але не можуть назвати міста. Їхній мамі, "
                        "за їхніми словами, сказали не хвилюватися: «усе оплачено».",
                        "reflection": "- Які індикатори ви бачите?\n"
                        "- Чому не має значення, чи погодилися дівчата поїхати?\n"
                        "- Що ви робите насамперед і кого залучаєте?",
                    },
                ),
                sources(
                    ILO_INDICATORS, UNODC_REPRO, RED_FLAGS, AUSTRIAN_POLICE, LOOK_AGAIN, AUSTRIA, IOM_2022, PALERMO
                ),
            ),
        ],
    ),
    module(
        "interviewing-and-referral",
        ("Interviewing and referral", "Співбесіда і перенаправлення"),
        (
            "Safe interviews, reasonable grounds under CETS Articles 10 and 13, and referral through the NRM.",
            "Безпечна співбесіда, обґрунтовані підстави за статтями 10 і 13 Конвенції № 197 і перенаправлення через НМВ.",
        ),
        [
            lesson(
                "safe-interviews",
                20,
                ("Safe interviews", "Безпечна співбесіда"),
                (
                    "Interview a possible victim safely: with an interpreter, alone and without blame.",
                    "Безпечно проводити співбесіду з можливою постраждалою особою: з перекладачем, наодинці і без "
                    "звинувачень.",
                ),
                md(
                    """
## Three rules
1. **Alone.** Separate the person from companions, drivers and "coordinators" — the people who may control them.
   In a group, talk to each person separately.
2. **With an interpreter** the person can trust — never a member of the group, the driver or the employer.
3. **Without blame.** Explain that help does not depend on their answers. Never ask for graphic details of abuse.

With IOM's support, front-line border guards in Ukraine have been trained to identify and interview possible
victims and perpetrators. These rules are the core of that skill.

## Do and don't

| Do | Don't |
|---|---|
| Choose a quiet, private room; offer water and a seat | Question the person at the booth in front of the group |
| Say who you are and what will happen next | Promise outcomes you cannot guarantee |
| Ask open questions: "Tell me about the job you were offered." | Ask "Why did you agree to this?" |
| Ask about documents, debts, pay and freedom to leave | Demand proof before you refer |
| Note the indicators you see and hear | Share the person's details with the group or the media |
| Treat anyone under 18 as a child: no means needs to be shown | Treat the person as an offender for what they were made to do |

## Remember why people stay silent
Victims “prefer not to ask for help, and remain invisible” (IOM, 2018). Fear of traffickers, of the authorities or
of losing the chance to work may keep a person silent at the first interview. A calm, respectful conversation
makes a second one possible.
""",
                    """
## Три правила
1. **Наодинці.** Відокремте людину від супровідників, водіїв і «координаторів» — тих, хто може її контролювати.
   Якщо це група, говоріть з кожним окремо.
2. **З перекладачем**, якому людина може довіряти, — ніколи не з членом групи, водієм чи роботодавцем.
3. **Без звинувачень.** Поясніть, що допомога не залежить від відповідей. Ніколи не розпитуйте про подробиці
   насильства.

За підтримки МОМ прикордонників першої лінії в Україні навчили виявляти можливих постраждалих і злочинців та
проводити з ними співбесіди. Ці правила — основа такої навички.

## Що робити і чого не робити

| Робіть | Не робіть |
|---|---|
| Оберіть тихе окреме приміщення; запропонуйте воду і сісти | Не розпитуйте людину на пункті пропуску перед усією групою |
| Скажіть, хто ви і що буде далі | Не обіцяйте результатів, яких не можете гарантувати |
| Ставте відкриті запитання: «Розкажіть про роботу, яку вам запропонували». | Не запитуйте «Навіщо ви на це погодилися?» |
| Запитуйте про документи, борги, оплату і можливість піти | Не вимагайте доказів, перш ніж перенаправити |
| Фіксуйте індикатори, які бачите і чуєте | Не передавайте дані людини групі чи медіа |
| Вважайте дитиною кожного, кому немає 18: спосіб доводити не потрібно | Не ставтеся до людини як до правопорушника за те, до чого її примусили |

## Пам'ятайте, чому люди мовчать
Постраждалі «воліють не звертатися по допомогу і залишаються невидимими» (МОМ, 2018). Страх перед злочинцями,
перед владою чи перед утратою можливості заробити може змусити людину мовчати на першій співбесіді. Спокійна,
шаноблива розмова робить можливою наступну.
""",
                ),
                NO_BLAME,
                sources(IOM_PROGRAMME, IOM_2018, PALERMO),
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
## The Convention
The Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197) was signed in Warsaw
on 16 May 2005 and has been in force for Ukraine since 1 March 2011 (ratified by Law No. 2530-VI of 21 September
2010). Three articles matter most at the border.

| Article | What it requires |
|---|---|
| **Art. 10** | where there are **reasonable grounds** to believe a person is a victim, the person is **not removed** from the country until identification is finished |
| **Art. 13** | a **recovery and reflection period of at least 30 days**, during which no expulsion order can be enforced |
| **Art. 14** | residence permits for victims |

## "Reasonable grounds" is a low threshold
You do not need proof, a confession or a complaint. Several indicators — a passport held by someone else, a
person who cannot name the employer, a "debt" to work off — can be enough to believe a person **may** be a victim.
At that point the question changes from "how do we process this person?" to "how do we protect them while
identification is completed?".

## In practice
1. Record the indicators that gave you reasonable grounds.
2. Do not proceed with removal while identification is under way.
3. Refer at once through the NRM (next lesson) and make sure the person has safe accommodation.
4. Explain, through an interpreter, what the reflection period means: time to recover and decide, not an
   obligation to testify.

The procedures that put these articles into practice in your service are set by Ukrainian law and internal
instructions; this course does not describe them. GRETA, the Group of Experts on Action against Trafficking in
Human Beings, is the independent expert body that monitors how the Parties implement the Convention (Art. 36: 10 to
15 members).
""",
                    """
## Конвенція
Конвенцію Ради Європи про заходи щодо протидії торгівлі людьми (№ 197) підписано у Варшаві 16 травня 2005 року;
для України вона чинна з 1 березня 2011 року (ратифікована Законом № 2530-VI від 21 вересня 2010 року). На
кордоні найважливіші три статті.

| Стаття | Що вимагає |
|---|---|
| **Ст. 10** | якщо є **обґрунтовані підстави** вважати людину постраждалою, її **не видворяють** з країни, доки не завершено виявлення |
| **Ст. 13** | **період відновлення та роздумів щонайменше 30 днів**, протягом якого рішення про видворення не може бути виконане |
| **Ст. 14** | дозволи на проживання для постраждалих |

## «Обґрунтовані підстави» — невисокий поріг
Не потрібні ні докази, ні зізнання, ні скарга. Кількох індикаторів — паспорт у руках іншої особи, людина не може
назвати роботодавця, «борг», який треба відпрацювати, — може бути достатньо, щоб вважати, що людина **може** бути
постраждалою. Із цієї миті запитання змінюється: не «як оформити цю людину?», а «як захистити її, доки триває
виявлення?».

## На практиці
1. Зафіксуйте індикатори, які дали вам обґрунтовані підстави.
2. Не продовжуйте процедуру видворення, доки триває виявлення.
3. Негайно перенаправте людину через НМВ (наступний урок) і подбайте про безпечне житло для неї.
4. Через перекладача поясніть, що означає період відновлення та роздумів: це час відновитися і ухвалити рішення,
   а не обов'язок давати показання.

Процедури, якими ці статті впроваджено у вашій службі, визначають законодавство України і внутрішні
інструкції; у цьому курсі вони не описуються. Група експертів з питань протидії торгівлі людьми (GRETA) —
незалежний експертний орган, що стежить за тим, як сторони виконують Конвенцію (ст. 36: від 10 до 15 членів).
""",
                ),
                terms(
                    [
                        (
                            "Reasonable grounds",
                            "Enough indicators to believe that a person may be a victim; proof is not required.",
                            "Обґрунтовані підстави",
                            "Достатньо індикаторів, щоб вважати, що людина може бути постраждалою; доказ не потрібен.",
                        ),
                        (
                            "Recovery and reflection period",
                            "At least 30 days to recover and decide, during which no expulsion can be enforced "
                            "(CETS Art. 13).",
                            "Період відновлення та роздумів",
                            "Щонайменше 30 днів, щоб відновитися і ухвалити рішення; протягом цього часу "
                            "видворення не може бути виконане (ст. 13 Конвенції № 197).",
                        ),
                    ]
                ),
                sources(
                    CETS,
                    ("Law of Ukraine No. 2530-VI of 21 Sep 2010 ratifying CETS No. 197", "https://zakon.rada.gov.ua/"),
                ),
            ),
            lesson(
                "referral-through-nrm",
                15,
                ("Referral through the NRM", "Перенаправлення через НМВ"),
                (
                    "Refer a possible victim through the NRM, hotline 527 and the status procedure.",
                    "Перенаправляти можливу постраждалу особу через НМВ, гарячу лінію 527 і процедуру встановлення "
                    "статусу.",
                ),
                md(
                    """
## You are part of the mechanism
Cabinet of Ministers Resolution **No. 783 of 22 August 2012** sets how the bodies that act against trafficking
cooperate in the **National Referral Mechanism** (NRM). It lists the **State Border Guard Service**, the
**National Police**, the **State Migration Service**, the **Ministry of Social Policy** (the national
coordinator), the Ministries of Foreign Affairs, Health and Education, and local state administrations. Private
recruiters and employers are **not** part of it.

## The status procedure in brief
Under Resolution **No. 417 of 23 May 2012**:
- the person applies to the **local state administration** where they are staying;
- no interview is needed if **the police, a court or a foreign authority** has already identified them;
- the decision is taken **at national level**: the Ministry of Social Policy, with the National Social Service of
  Ukraine examining the documents (Resolution 417 as amended in 2021 — check the current text); the person
  receives a status certificate;
- while waiting, the person is entitled to **security, medical, psychological and legal help, and shelter**.

## Referral step by step
1. **Safety first.** If anyone is in immediate danger, call the police (**102**).
2. **Tell the person what help exists**, through an interpreter, and ask for their agreement to be referred.
3. **Contact the right service:** hotline **527** for advice and referral to local NGOs; the local state
   administration for status; the police for investigation.
4. **Pass on only what is needed** and keep a record of the referral.
5. **Do not make help conditional** on the person giving evidence.

Hotline 527 has run since 2006 and, in the first nine months of 2023 alone, gave more than 163,000 consultations.
""",
                    """
## Ви — частина механізму
Постанова Кабінету Міністрів **№ 783 від 22 серпня 2012 року** визначає, як органи, що протидіють торгівлі
людьми, взаємодіють у межах **Національного механізму взаємодії** (НМВ). Серед них — **Державна прикордонна
служба**, **Національна поліція**, **Державна міграційна служба**, **Мінсоцполітики** (національний координатор),
МЗС, МОЗ і МОН, а також місцеві державні адміністрації. Приватні вербувальники і роботодавці до нього **не**
належать.

## Процедура встановлення статусу коротко
Згідно з Постановою **№ 417 від 23 травня 2012 року**:
- людина звертається до **місцевої державної адміністрації** за місцем перебування;
- співбесіда не потрібна, якщо людину вже виявили **поліція, суд або іноземний орган**;
- рішення ухвалюють **на національному рівні**: Мінсоцполітики, а документи розглядає Національна соціальна
  сервісна служба України (Постанова № 417 зі змінами 2021 року — перевірте чинну редакцію); людина отримує
  довідку про встановлення статусу;
- під час очікування людина має право на **безпеку, медичну, психологічну і правову допомогу та тимчасове
  житло**.

## Перенаправлення крок за кроком
1. **Спершу безпека.** Якщо комусь загрожує безпосередня небезпека, телефонуйте до поліції (**102**).
2. **Поясніть людині, яка допомога існує**, через перекладача, і запитайте її згоди на перенаправлення.
3. **Зверніться до потрібної служби:** гаряча лінія **527** — консультації і перенаправлення до місцевих
   громадських організацій; місцева державна адміністрація — статус; поліція — розслідування.
4. **Передавайте лише необхідне** і фіксуйте факт перенаправлення.
5. **Не ставте допомогу в залежність** від того, чи дасть людина показання.

Гаряча лінія 527 працює з 2006 року і лише за перші дев'ять місяців 2023 року надала понад 163 000 консультацій.
""",
                ),
                ALL_LINES,
                sources(
                    RES_783,
                    RES_417,
                    HOTLINE_SITE,
                    ("IOM Ukraine, Protection page, 2023–24", "https://ukraine.iom.int/"),
                ),
            ),
        ],
    ),
    module(
        "investigation",
        ("Investigation", "Розслідування"),
        (
            "Matching the facts to the means in Article 149, acting without a complaint, and protecting victims' data.",
            "Зіставлення фактів зі способами за статтею 149, дії без скарги і захист даних постраждалих.",
        ),
        [
            lesson(
                "means-in-article-149",
                20,
                ("Matching the facts to the means", "Зіставлення фактів зі способами"),
                (
                    "Match the facts of a case to the means listed in Article 149.",
                    "Зіставляти факти справи зі способами, названими у статті 149.",
                ),
                md(
                    """
## The means of Article 149
Part 1 of Article 149 of the Criminal Code covers, first, trafficking itself — an unlawful agreement whose object
is a person — and then the recruitment, movement, harbouring, transfer or receipt of a person for exploitation,
committed by one of these means. The examples show the kind of facts that can point to each.

| Means | Facts that may point to it |
|---|---|
| **Coercion** | beatings, threats of violence, a locked dormitory |
| **Abduction** | the person was taken away against their will |
| **Deception** | the job, pay or country differ from what was promised |
| **Blackmail** | "If you leave, we will tell your family you stole" |
| **Material or other dependence** | a "debt" to work off; documents kept by the employer; no money of one's own |
| **Vulnerable state** | the recruiter targeted someone displaced, injured, jobless or in debt |
| **Bribing a person in control** | money paid to someone who controls the victim, to obtain their "consent" |

**Irregular entry is not a means of trafficking.** It may be a sign of smuggling — or a sign that someone made
the person dependent by taking their papers.

## Penalties
Part 1 carries **3 to 8 years'** imprisonment; trafficking by a **parent or guardian** carries **8 to 15 years**
(2018 amendment). Across the article, penalties range from 3 to 15 years.

## From indicators to evidence
The ILO indicators of forced labour — such as retention of identity documents, withholding of wages, debt bondage,
isolation and threats — are often the first facts you see. Record them precisely: who held the passports, since
when, what was said about the debt. The victim's **consent** is irrelevant once a means was used (Palermo
Art. 3(b)).
""",
                    """
## Способи за статтею 149
Частина 1 статті 149 Кримінального кодексу охоплює насамперед саму торгівлю людьми — незаконну угоду, об'єктом
якої є людина, — а також вербування, переміщення, переховування, передачу або одержання людини з метою
експлуатації, вчинені одним із цих способів. Приклади показують, які факти можуть вказувати на кожен із них.

| Спосіб | Факти, які можуть на нього вказувати |
|---|---|
| **Примус** | побиття, погрози насильством, замкнений гуртожиток |
| **Викрадення** | людину забрали проти її волі |
| **Обман** | робота, оплата чи країна не відповідають обіцяному |
| **Шантаж** | «Якщо підеш, скажемо твоїй родині, що ти крав» |
| **Матеріальна або інша залежність** | «борг», який треба відпрацювати; документи в роботодавця; жодних власних грошей |
| **Уразливий стан** | вербувальник обрав людину переміщену, травмовану, без роботи чи в боргах |
| **Підкуп особи, яка контролює потерпілого** | гроші, сплачені тому, хто контролює людину, щоб отримати її «згоду» |

**Незаконний в'їзд не є способом торгівлі людьми.** Він може свідчити про незаконне переправлення — або про те,
що людину зробили залежною, забравши її документи.

## Санкції
Частина 1 передбачає позбавлення волі **від 3 до 8 років**; торгівля людьми, вчинена **батьками або опікуном**, —
**від 8 до 15 років** (зміни 2018 року). Загалом санкції статті — від 3 до 15 років.

## Від індикаторів до доказів
Індикатори примусової праці МОП — утримання документів, невиплата заробітної плати, боргова кабала,
ізоляція і погрози — часто є першими фактами, які ви бачите. Фіксуйте їх точно: хто тримав паспорти, відколи, що
казали про борг. **Згода** постраждалої особи не має значення, якщо застосовано спосіб (Палермський протокол,
ст. 3(b)).
""",
                ),
                case(
                    {
                        "title": "A debt paid off (a composite case)",
                        "content_note": "This case describes coercion and threats. It is a composite: no real person "
                        "is described.",
                        "scenario": "Serhii, 34, lost his job and fell into debt. A man offered to pay off the debt "
                        'if Serhii "worked it off" on a building site in another region. On arrival his passport '
                        "was locked in the site office. When he asked to leave, he was told that his family would "
                        "be informed he had stolen from the company.",
                        "reflection": "- Which means of Article 149 do the facts point to?\n"
                        "- Which ILO indicators would you record, and how?\n"
                        "- Does it matter that Serhii agreed to the arrangement?",
                    },
                    {
                        "title": "Сплачений борг (узагальнений випадок)",
                        "content_note": "Цей випадок описує примус і погрози. Він узагальнений: реальну людину не "
                        "описано.",
                        "scenario": "Сергій, 34 роки, утратив роботу і заборгував гроші. Один чоловік запропонував "
                        "погасити борг, якщо Сергій його «відпрацює» на будівництві в іншій області. Після "
                        "прибуття його паспорт замкнули в конторі. Коли він попросився піти, йому сказали, що "
                        "родині повідомлять, ніби він обікрав фірму.",
                        "reflection": "- На які способи за статтею 149 вказують факти?\n"
                        "- Які індикатори МОП ви зафіксуєте і як?\n"
                        "- Чи має значення, що Сергій погодився на цю домовленість?",
                    },
                ),
                sources(CC_149, ILO_INDICATORS, PALERMO),
            ),
            lesson(
                "without-a-complaint",
                15,
                ("Acting without a complaint", "Дії без скарги"),
                (
                    "Open an investigation without waiting for a complaint (CETS Art. 27).",
                    "Розпочинати розслідування, не чекаючи скарги (ст. 27 Конвенції № 197).",
                ),
                md(
                    """
## CETS Article 27
Under the Council of Europe Convention, investigations and prosecution of trafficking **do not depend on a report
or complaint** by the victim. When you have indicators, you act.

## Why victims do not complain
- Victims often “prefer not to ask for help, and remain invisible” (IOM, 2018).
- Many fear the traffickers, distrust the authorities or are afraid to reveal their immigration status.
- Some owe a "debt" they believe is real, or fear for their family.
- Some see no way out for years: Taras (*name changed*) stayed on a farm for 16 years, beaten and rarely paid,
  and got his passport back only when the owner died (IOM, 2018).

Waiting for a complaint usually means waiting too long.

## What acting without a complaint looks like
- **Start from the indicators** you recorded at the border or during a check, not from a statement.
- **Look for evidence that does not depend on the victim:** who holds the documents, who paid for travel and
  accommodation, who collects the wages, what the recruiter advertised.
- **Protect the person first.** Refer them through the NRM even if they do not want to give evidence.
- **Never pressure a victim** into cooperating as the price of help.
- **Work with specialists.** With IOM's support, the National Police and the Prosecutor's Office have set up
  specialised counter-trafficking units; involve them early.

A person who refuses to make a statement today may decide to do so later, once safe. That decision is theirs;
the investigation does not wait for it.
""",
                    """
## Стаття 27 Конвенції № 197
Згідно з Конвенцією Ради Європи, розслідування і переслідування торгівлі людьми **не залежать від заяви чи
скарги** потерпілої особи. Якщо є індикатори — дійте.

## Чому постраждалі не скаржаться
- Постраждалі часто «воліють не звертатися по допомогу і залишаються невидимими» (МОМ, 2018).
- Багато хто боїться злочинців, не довіряє владі або боїться розкрити свій міграційний статус.
- Дехто має «борг», який вважає справжнім, або боїться за родину.
- Дехто роками не бачить виходу: Тарас (*ім'я змінено*) пробув на фермі 16 років, зазнаючи побиття і лише зрідка
  отримуючи гроші, а паспорт йому повернули тільки після смерті власника (МОМ, 2018).

Чекати скарги зазвичай означає чекати надто довго.

## Як виглядають дії без скарги
- **Починайте з індикаторів**, зафіксованих на кордоні чи під час перевірки, а не з заяви.
- **Шукайте докази, які не залежать від постраждалої особи:** хто тримає документи, хто платив за дорогу і
  житло, хто отримує заробіток, що рекламував вербувальник.
- **Спершу захистіть людину.** Перенаправте її через НМВ, навіть якщо вона не хоче давати показання.
- **Ніколи не тисніть** на постраждалу особу, роблячи співпрацю ціною допомоги.
- **Залучайте фахівців.** За підтримки МОМ у Національній поліції і прокуратурі створено спеціалізовані підрозділи
  з протидії торгівлі людьми; залучайте їх якомога раніше.

Людина, яка сьогодні відмовляється давати показання, може вирішити інакше згодом, коли буде в безпеці. Це рішення
належить їй; розслідування на нього не чекає.
""",
                ),
                callout(
                    "warning",
                    "Do not wait",
                    "A complaint is not a precondition for an investigation (CETS Art. 27). Neither is the "
                    "victim's willingness to testify a precondition for help.",
                    "Не чекайте",
                    "Скарга не є передумовою розслідування (ст. 27 Конвенції № 197). А готовність постраждалої "
                    "особи давати показання не є передумовою допомоги.",
                ),
                sources(CETS, IOM_2018, IOM_PROGRAMME),
            ),
            lesson(
                "protecting-data",
                15,
                ("Protecting victims' data", "Захист даних постраждалих"),
                (
                    "Protect the personal data of victims and witnesses.",
                    "Захищати персональні дані постраждалих і свідків.",
                ),
                md(
                    """
## Why data protection is protection
A name in a report, a photo on social media or an address in a shared file can lead traffickers back to a
victim or to their family. Protecting data is part of protecting people.

## What the framework says
- **CETS Art. 28** requires protection of victims and witnesses — including physical protection, relocation and
  change of identity. None of that works if their details leak.
- Officials who interview applicants for victim status sign a **non-disclosure undertaking** (Resolution 417).
- With IOM's support, **victim and witness protection systems** in **14 regions** keep trafficking hearings
  confidential.
- IOM's Medical Rehabilitation Centre in Kyiv works "in a safe and confidential manner" — the standard partners
  expect from you too.

## Rules for every officer

| Do | Don't |
|---|---|
| Share data only with those who need it for protection or proceedings | Post or forward case details in chats or social media |
| Use initials or a case number in informal communication | Give names, photos or addresses to journalists |
| Keep files where only authorised staff can reach them | Discuss the case where the group or the suspects can hear |
| Tell the person who will see their information | Contact the family without the person's agreement |

## In training and public talks
Use **pseudonyms** or composite cases and say so — for example "*name changed to protect privacy*", as IOM does
for Taras. Never use a real victim's name or photo.
""",
                    """
## Чому захист даних — це захист людей
Ім'я у звіті, фото в соцмережах чи адреса у спільному файлі можуть привести злочинців до постраждалої особи або
її родини. Захист даних — частина захисту людей.

## Що передбачає правова база
- **Стаття 28** Конвенції № 197 вимагає захисту потерпілих і свідків — зокрема фізичного захисту, переселення і
  зміни особистих даних. Усе це не спрацює, якщо їхні дані потраплять назовні.
- Посадові особи, які проводять співбесіду для встановлення статусу, підписують **зобов'язання про
  нерозголошення** (Постанова № 417).
- За підтримки МОМ **системи захисту потерпілих і свідків** у **14 регіонах** забезпечують конфіденційність
  засідань у справах про торгівлю людьми.
- Медичний реабілітаційний центр МОМ у Києві працює «безпечно й конфіденційно» — такого самого стандарту партнери
  очікують і від вас.

## Правила для кожного працівника

| Робіть | Не робіть |
|---|---|
| Передавайте дані лише тим, кому вони потрібні для захисту чи провадження | Не публікуйте і не пересилайте подробиці справи в чатах чи соцмережах |
| У неофіційному спілкуванні використовуйте ініціали або номер справи | Не передавайте журналістам імена, фото чи адреси |
| Зберігайте матеріали там, де до них мають доступ лише уповноважені | Не обговорюйте справу там, де можуть почути група чи підозрювані |
| Скажіть людині, хто бачитиме її дані | Не зв'язуйтеся з родиною без згоди людини |

## На навчаннях і публічних заходах
Використовуйте **псевдоніми** або узагальнені випадки і прямо про це кажіть — наприклад, «*ім'я змінено з метою
захисту приватності*», як робить МОМ в історії Тараса. Ніколи не використовуйте справжнього імені чи фото
постраждалої особи.
""",
                ),
                NO_BLAME,
                sources(CETS, RES_417, IOM_PROGRAMME, IOM_2018),
            ),
        ],
    ),
    module(
        "smuggling-children-martial-law",
        ("Smuggling, children and martial law", "Незаконне переправлення, діти і воєнний стан"),
        (
            "Smuggling and trafficking in law, the presumption of childhood, unaccompanied and separated children, and "
            "exit rules under martial law as a driver of smuggling and trafficking.",
            "Незаконне переправлення і торгівля людьми в законі, презумпція дитячого віку, діти без супроводу та "
            "розлучені діти, правила виїзду під час воєнного стану як чинник незаконного переправлення і торгівлі "
            "людьми.",
        ),
        [
            lesson(
                "smuggling-in-law",
                20,
                ("Smuggling and trafficking in law", "Незаконне переправлення і торгівля людьми в законі"),
                (
                    "Tell Article 332 from Article 149 of the Criminal Code, and apply the UN Smuggling of Migrants "
                    "Protocol.",
                    "Відрізняти статтю 332 від статті 149 Кримінального кодексу і застосовувати Протокол ООН проти "
                    "незаконного ввозу мігрантів.",
                ),
                md(
                    """
## Two different crimes in the Criminal Code

| | Article 332 | Article 149 |
|---|---|---|
| Offence | illegal transfer of persons across the state border of Ukraine | trafficking in human beings |
| Aimed at | those who organise or direct another person's illegal crossing, or help it along (for example with advice, instructions, means or by removing obstacles) | those who traffic a person (an unlawful agreement whose object is a person), or recruit, move, harbour, transfer or receive a person for exploitation by one of the means |
| Border | the offence concerns the state border | a border is not required |
| Exploitation | not an element | the purpose of the act |

Check the current text of both articles on zakon.rada.gov.ua: penalties and aggravating circumstances may have
changed, and this course does not grade them.

## The UN Smuggling of Migrants Protocol
The *Protocol against the Smuggling of Migrants by Land, Sea and Air* was adopted in 2000 together with the
Palermo Protocol (General Assembly resolution A/RES/55/25); both supplement the UN Convention against
Transnational Organized Crime.

- **Art. 3(a):** smuggling of migrants is procuring, in order to obtain a financial or other material benefit, the
  illegal entry of a person into a State of which the person is not a national or a permanent resident.
- **Art. 5:** migrants do not become liable to criminal prosecution under the Protocol for having been smuggled.
- **Art. 16:** States protect the rights of smuggled migrants, in particular the right to life and the right not to
  be subjected to torture or other cruel, inhuman or degrading treatment.

## When smuggling turns into trafficking
The two crimes often meet. A fee paid in advance becomes a "debt"; the organiser keeps the passport "as a
guarantee"; on arrival someone else collects the person, and the "debt" must be worked off. From that point the
facts may point to trafficking as well as smuggling. Record both; the investigator and the prosecutor qualify them.

## What it means at the border
- **The smuggled person is not the smuggler.** Article 332 is aimed at those who organise or facilitate the
  crossing, and the Protocol does not make migrants criminally liable for having been smuggled.
- **Your duty stays.** Whatever the person's own crossing means for them legally, it does not remove your duty to
  look for indicators and, where there are reasonable grounds, to identify and refer (CETS Art. 10).
- **Talk without blame.** People who have been smuggled often fear the authorities, and that fear is exactly what
  traffickers use.
""",
                    """
## Два різні злочини в Кримінальному кодексі

| | Стаття 332 | Стаття 149 |
|---|---|---|
| Злочин | незаконне переправлення осіб через державний кордон України | торгівля людьми |
| Проти кого спрямована | проти тих, хто організовує незаконний перетин кордону іншими особами, керує ним або сприяє йому (наприклад, порадами, вказівками, наданням засобів чи усуненням перешкод) | проти тих, хто вчиняє торгівлю людиною (незаконну угоду, об'єктом якої є людина) або вербує, переміщує, переховує, передає чи одержує людину з метою експлуатації, застосовуючи один зі способів |
| Кордон | злочин стосується державного кордону | кордон не обов'язковий |
| Експлуатація | не є ознакою злочину | мета діяння |

Перевіряйте чинну редакцію обох статей на zakon.rada.gov.ua: санкції та кваліфікуючі ознаки могли змінитися, і
в цьому курсі вони не оцінюються.

## Протокол ООН проти незаконного ввозу мігрантів
*Протокол проти незаконного ввозу мігрантів по суші, морю і повітрю* ухвалено 2000 року разом із Палермським
протоколом (резолюція Генеральної Асамблеї ООН A/RES/55/25); обидва доповнюють Конвенцію ООН проти
транснаціональної організованої злочинності.

- **Ст. 3(a):** незаконний ввіз мігрантів — це забезпечення незаконного в'їзду особи до держави, громадянином чи
  постійним жителем якої вона не є, щоб одержати фінансову або іншу матеріальну вигоду.
- **Ст. 5:** мігранти не підлягають кримінальному переслідуванню згідно з Протоколом за те, що їх незаконно
  ввезли.
- **Ст. 16:** держави захищають права мігрантів, яких незаконно ввезли, зокрема право на життя і право не зазнавати
  катувань чи іншого жорстокого, нелюдського або такого, що принижує гідність, поводження.

## Коли незаконне переправлення переходить у торгівлю людьми
Ці два злочини часто перетинаються. Плата, внесена наперед, стає «боргом»; організатор залишає собі паспорт «як
гарантію»; після прибуття людину забирає хтось інший, і «борг» треба відпрацювати. Із цієї миті факти можуть
вказувати не лише на незаконне переправлення, а й на торгівлю людьми. Фіксуйте і те, і те; кваліфікацію дають
слідчий і прокурор.

## Що це означає на кордоні
- **Людина, яку переправляли, — не переправник.** Стаття 332 спрямована проти тих, хто організовує перетин кордону
  чи сприяє йому, а Протокол не робить мігрантів кримінально відповідальними за те, що їх незаконно ввезли.
- **Ваш обов'язок залишається.** Хоч би які правові наслідки мав для людини її власний перетин кордону, він не
  скасовує вашого обов'язку шукати індикатори і, якщо є обґрунтовані підстави, виявити людину і перенаправити її
  (ст. 10 Конвенції № 197).
- **Розмовляйте без звинувачень.** Люди, яких переправляли, часто бояться влади — і саме цей страх
  використовують торговці людьми.
""",
                ),
                terms(
                    [
                        (
                            "Smuggling of migrants",
                            "Procuring a person's illegal entry into a State of which they are not a national or "
                            "permanent resident, for a financial or other material benefit (Smuggling Protocol, "
                            "Art. 3(a)).",
                            "Незаконний ввіз мігрантів",
                            "Забезпечення незаконного в'їзду особи до держави, громадянином чи постійним жителем "
                            "якої вона не є, щоб одержати фінансову або іншу матеріальну вигоду (Протокол проти "
                            "незаконного ввозу мігрантів, ст. 3(a)).",
                        ),
                        (
                            "Illegal transfer of persons across the state border",
                            "The offence in Article 332 of the Criminal Code of Ukraine: organising, directing or "
                            "facilitating another person's illegal crossing of Ukraine's state border.",
                            "Незаконне переправлення осіб через державний кордон України",
                            "Злочин за статтею 332 Кримінального кодексу України: організація незаконного перетину "
                            "державного кордону України іншими особами, керівництво ним або сприяння йому.",
                        ),
                    ]
                ),
                sources(CC_332, CC_149, SMUGGLING_PROTOCOL, PALERMO, CETS),
            ),
            lesson(
                "age-uncertain",
                15,
                ("When age is uncertain", "Коли вік невідомий"),
                (
                    "Apply the presumption of childhood when a possible victim's age is uncertain (CETS Art. 10(3)).",
                    "Застосовувати презумпцію дитячого віку, коли вік можливої постраждалої особи невідомий "
                    "(ст. 10(3) Конвенції № 197).",
                ),
                md(
                    """
## The rule
**CETS Art. 10(3):** when the age of a victim is uncertain and there are reasons to believe that the victim is a
child, the person is **presumed to be a child** and given **special protection measures pending verification of
their age**.

Under Ukrainian law a child is anyone under 18 (Law No. 3739-VI, Art. 1), and for a child no means of trafficking
has to be shown (Palermo Art. 3(c)).

## Reasons to believe a person may be a child
- no documents, or documents that may not belong to the person;
- what the person says about school, family or their age;
- appearance and behaviour — never enough to decide an age, but enough to raise the question;
- an adult who insists that the person is older, or answers for them.

## In practice
1. **Give the benefit of the doubt.** Until the age is verified, treat the person as a child: inform the children's
   service, speak in a child-friendly way, and keep the person safe and apart from adults who may control them.
2. **Do not decide the age yourself.** Age assessment is for the competent bodies; it should respect the person's
   dignity, and where doubt remains the person is treated as a child (CRC General Comment No. 6, para. 31).
3. **Protection does not wait for a document.** Protection starts now; verification follows.
""",
                    """
## Правило
**Ст. 10(3) Конвенції № 197:** якщо вік постраждалої особи невідомий і є підстави вважати, що це дитина, особу
**вважають дитиною** і надають їй **спеціальні заходи захисту до підтвердження її віку**.

За законодавством України дитина — це особа віком до 18 років (Закон № 3739-VI, ст. 1), а щодо дитини спосіб
торгівлі людьми доводити не потрібно (Палермський протокол, ст. 3(c)).

## Підстави вважати, що людина може бути дитиною
- документів немає або документи можуть належати не цій людині;
- що людина розповідає про школу, родину чи свій вік;
- зовнішність і поведінка — цього ніколи не досить, щоб визначити вік, але досить, щоб поставити запитання;
- дорослий наполягає, що людина старша, або відповідає замість неї.

## На практиці
1. **Тлумачте сумнів на користь дитини.** Доки вік не підтверджено, поводьтеся з людиною як з дитиною:
   повідомте службу у справах дітей, говоріть зрозуміло для дитини, забезпечте її безпеку і тримайте окремо від
   дорослих, які можуть її контролювати.
2. **Не визначайте вік самі.** Оцінювання віку — справа уповноважених органів; воно має поважати гідність людини,
   а якщо сумнів залишається, людину вважають дитиною (Зауваження загального порядку № 6 Комітету ООН з прав
   дитини, п. 31).
3. **Захист не чекає документа.** Захист починається зараз; перевірка — потім.
""",
                ),
                case(
                    {
                        "title": "Is she a child? (a composite case)",
                        "content_note": "This case describes the possible recruitment of a young person. It is a "
                        "composite: no real person is described.",
                        "scenario": "At a crossing point a young woman travels with a man who holds her passport. "
                        "The passport says she is 19. She says she “finished ninth grade last spring”; the man "
                        "interrupts to say she is “an adult and can go where she likes”. She is going to “a job he "
                        "found” abroad and cannot say where.",
                        "reflection": "- Are there reasons to believe she may be a child?\n"
                        "- What does CETS Art. 10(3) require while her age is uncertain?\n"
                        "- Whom do you involve, and how do you speak to her?",
                    },
                    {
                        "title": "Чи вона дитина? (узагальнений випадок)",
                        "content_note": "Цей випадок описує можливе вербування молодої людини. Він узагальнений: "
                        "реальних людей не описано.",
                        "scenario": "На пункті пропуску молода жінка подорожує з чоловіком, який тримає її паспорт. "
                        "За паспортом їй 19 років. Вона каже, що «минулої весни закінчила дев'ятий клас»; чоловік "
                        "перебиває і каже, що вона «доросла і може їхати куди хоче». Вона їде на «роботу, яку він "
                        "знайшов» за кордоном, і не може сказати куди.",
                        "reflection": "- Чи є підстави вважати, що вона може бути дитиною?\n"
                        "- Чого вимагає ст. 10(3) Конвенції № 197, доки її вік невідомий?\n"
                        "- Кого ви залучаєте і як з нею розмовляєте?",
                    },
                ),
                sources(CETS, CRC_GC6, LAW_2011, PALERMO),
            ),
            lesson(
                "unaccompanied-separated-children",
                20,
                ("Unaccompanied and separated children", "Діти без супроводу та розлучені діти"),
                (
                    "Recognise unaccompanied and separated children and take the first protective steps.",
                    "Розпізнавати дітей без супроводу та розлучених дітей і вживати перших заходів для їхнього "
                    "захисту.",
                ),
                md(
                    """
## Two definitions (CRC General Comment No. 6, 2005)

| | Definition |
|---|---|
| **Unaccompanied children** | children separated from both parents and other relatives and not being cared for by an adult who, by law or custom, is responsible for doing so (para. 7) |
| **Separated children** | children separated from both parents, or from their previous legal or customary primary caregiver, but not necessarily from other relatives: they may be accompanied by other adult family members (para. 8) |

Both are at heightened risk. A separated child may travel with a grandmother who has cared for her for years — or
with an adult who only says he is a relative. Check calmly, without assuming the worst.

## Your first steps
1. **Safety and the presumption.** Keep the child safe; if the age is uncertain, presume a child (CETS Art. 10(3)).
2. **Inform the children's service at once**, and the National Police where a crime may have been committed.
3. **A guardian or representative.** As soon as an unaccompanied child is identified as a victim, the child is
   represented by a legal guardian, organisation or authority acting in the child's best interests; the child's
   identity and nationality are established; and every effort is made to find the family when that is in the
   child's best interests (CETS Art. 10(4)).
4. **No return and no hand-over before the steps are done.** Do not send the child back across the border, and do
   not hand the child to an adult who comes to collect them, before identification is complete and the child's
   best interests have been assessed (CETS Art. 10(2) and (4); CRC General Comment No. 6). Child victims are not
   returned to a State if a risk and security assessment shows that return would not be in the child's best
   interests (CETS Art. 16(7)).
5. **Leave the interview about what happened to specialists.** Ask only what you need for the child's safety and
   referral.
""",
                    """
## Два визначення (Зауваження загального порядку № 6 Комітету ООН з прав дитини, 2005)

| | Визначення |
|---|---|
| **Діти без супроводу** | діти, розлучені з обома батьками та іншими родичами, про яких не піклується дорослий, що за законом чи звичаєм відповідає за це (п. 7) |
| **Розлучені діти** | діти, розлучені з обома батьками або з попереднім законним чи звичаєвим основним опікуном, але не обов'язково з іншими родичами: їх можуть супроводжувати інші дорослі члени родини (п. 8) |

І ті, і ті перебувають у зоні підвищеного ризику. Розлучена дитина може їхати з бабусею, яка роками дбає про
неї, — або з дорослим, який лише називає себе родичем. Перевіряйте спокійно, не припускаючи найгіршого.

## Ваші перші кроки
1. **Безпека і презумпція.** Забезпечте безпеку дитини; якщо вік невідомий, вважайте людину дитиною (ст. 10(3)
   Конвенції № 197).
2. **Негайно повідомте службу у справах дітей**, а якщо могло бути вчинено злочин, — Національну поліцію.
3. **Опікун або представник.** Щойно дитину без супроводу виявлено як постраждалу, її інтереси представляє
   законний опікун, організація чи орган, що діє в найкращих інтересах дитини; встановлюють особу і громадянство
   дитини; докладають усіх зусиль, щоб розшукати родину, якщо це відповідає найкращим інтересам дитини (ст. 10(4)
   Конвенції № 197).
4. **Жодного повернення і жодної передачі, доки кроки не виконано.** Не відправляйте дитину назад через кордон і
   не передавайте її дорослому, який прийшов її забрати, доки не завершено виявлення і не оцінено найкращі
   інтереси дитини (ст. 10(2) і 10(4) Конвенції № 197; Зауваження загального порядку № 6). Дітей, які постраждали,
   не повертають до держави, якщо оцінка ризиків і безпеки показує, що повернення не відповідає найкращим
   інтересам дитини (ст. 16(7) Конвенції № 197).
5. **Розпитування про те, що сталося, залиште фахівцям.** Запитуйте лише те, що потрібно для безпеки дитини і
   перенаправлення.
""",
                ),
                terms(
                    [
                        (
                            "Best interests of the child",
                            "The child's best interests are a primary consideration in every decision about the "
                            "child, including return and family tracing.",
                            "Найкращі інтереси дитини",
                            "Найкращі інтереси дитини — першочергове міркування в кожному рішенні щодо неї, "
                            "зокрема щодо повернення і розшуку родини.",
                        ),
                    ]
                ),
                sources(CRC_GC6, CETS),
            ),
            lesson(
                "martial-law-exit",
                20,
                (
                    "Exit rules under martial law: a driver of smuggling and trafficking",
                    "Правила виїзду під час воєнного стану як чинник незаконного переправлення і торгівлі людьми",
                ),
                (
                    "Explain how exit restrictions under martial law create risks of smuggling and trafficking, and "
                    "keep identifying and referring victims whatever the way they crossed.",
                    "Пояснювати, як обмеження на виїзд під час воєнного стану створюють ризики незаконного "
                    "переправлення і торгівлі людьми, і виявляти та перенаправляти постраждалих незалежно від того, як "
                    "вони перетнули кордон.",
                ),
                md(
                    """
## The rules, as context
Ukraine has been under martial law since 24 February 2022. Most men aged 18 to 60 may leave the country only under
exceptions set by the Cabinet of Ministers' Rules for crossing the state border by citizens of Ukraine. **The
exceptions change; check the current rules of the State Border Guard Service.** This lesson does not teach them,
and no question grades them.

## How the restrictions feed smuggling and trafficking
- **Demand for illegal crossings.** Some people who cannot leave lawfully look for a way round the rules, and
  smugglers offer crossings for large sums, often advertised online.
- **Debts and documents.** A person who could not pay in full "owes" the rest; the organiser keeps the passport "as
  a guarantee"; on the other side a "partner" collects the person, and the debt must be worked off.
- **Fear as a lever.** A person who left irregularly may believe they cannot turn to any authority, at home or
  abroad. Traffickers use that fear: "Go to the police and you will be sent back and punished."
- **Consent to the crossing is not consent to exploitation.** Once a means — deception, abuse of a position of
  vulnerability, a debt used to control — has been used, consent is irrelevant (Palermo Art. 3(b)).

## What does not change
- A person smuggled out of Ukraine **can still become a victim of trafficking**, and can still be identified,
  granted status and helped.
- The irregular exit **does not remove the duty to identify and refer.** Where there are reasonable grounds, refer
  through the NRM and hotline 527, whatever procedure applies to the crossing itself (CETS Art. 10; Resolution 783).
- **No suspicion, no blame.** This is not about judging anyone's decision to leave or to stay; it is about noticing
  exploitation.
- Trafficked persons should not be punished for acts they were compelled to commit (the non-punishment principle:
  CETS No. 197; Directive 2011/36/EU, Art. 8, as an EU benchmark).
""",
                    """
## Правила — як контекст
З 24 лютого 2022 року в Україні діє воєнний стан. Більшість чоловіків віком від 18 до 60 років можуть виїхати з
країни лише за винятками, які встановлюють затверджені Кабінетом Міністрів Правила перетинання державного кордону
громадянами України. **Винятки змінюються; перевіряйте чинні правила Державної прикордонної служби України.**
Цей урок їх не вивчає, і жодне запитання їх не оцінює.

## Як обмеження живлять незаконне переправлення і торгівлю людьми
- **Попит на незаконний перетин кордону.** Дехто з тих, хто не може виїхати законно, шукає способу обійти
  правила, а переправники пропонують перетин кордону за великі гроші, часто з оголошеннями в інтернеті.
- **Борги і документи.** Людина, яка не змогла заплатити все одразу, «винна» решту; організатор залишає собі
  паспорт «як гарантію»; по той бік кордону людину забирає «партнер», і борг треба відпрацювати.
- **Страх як важіль.** Людина, яка виїхала незаконно, може вважати, що не може звернутися до жодного органу влади
  — ні вдома, ні за кордоном. Торговці людьми цим користуються: «Підеш у поліцію — тебе повернуть і покарають».
- **Згода на перетин кордону — не згода на експлуатацію.** Якщо застосовано спосіб — обман, зловживання уразливим
  станом, борг як засіб контролю, — згода не має значення (Палермський протокол, ст. 3(b)).

## Що не змінюється
- Людина, яку незаконно переправили з України, **все одно може стати постраждалою від торгівлі людьми** — і її так
  само можна виявити, встановити їй статус і допомогти.
- Незаконний виїзд **не скасовує обов'язку виявити людину і перенаправити її.** Якщо є обґрунтовані підстави,
  перенаправте її через НМВ і гарячу лінію 527, хоч би яка процедура застосовувалася до самого перетину кордону
  (ст. 10 Конвенції № 197; Постанова № 783).
- **Без підозр і звинувачень.** Ідеться не про оцінку чийогось рішення виїхати чи залишитися, а про те, щоб
  помітити експлуатацію.
- Постраждалих від торгівлі людьми не слід карати за дії, до яких їх примусили (принцип непокарання: Конвенція
  № 197; Директива 2011/36/ЄС, ст. 8, як орієнтир ЄС).
""",
                ),
                case(
                    {
                        "title": "A debt for the crossing (a composite case)",
                        "content_note": "This case describes debt and control by a smuggler. It is a composite: no "
                        "real person is described, and the name is a pseudonym.",
                        "scenario": "At night, away from any crossing point, border guards stop a small group near "
                        "the border. One man, Andrii, 27, says he paid part of a fee to a “guide” he found online. "
                        "The guide kept his passport “until the rest is paid” and told him that a “partner” abroad "
                        "would give him work on a building site to pay off what he owes. Andrii is frightened and "
                        "keeps asking whether his family will be told.",
                        "reflection": "- Which indicators do you see?\n"
                        "- Does the irregular crossing change your duty to identify and refer?\n"
                        "- How do you speak to Andrii, and whom do you contact?",
                    },
                    {
                        "title": "Борг за перетин кордону (узагальнений випадок)",
                        "content_note": "Цей випадок описує борг і контроль з боку переправника. Він узагальнений: "
                        "реальних людей не описано, ім'я вигадане.",
                        "scenario": "Уночі, далеко від пунктів пропуску, прикордонники зупиняють невелику групу "
                        "біля кордону. Один із чоловіків, Андрій, 27 років, розповідає, що заплатив частину суми "
                        "«провідникові», якого знайшов в інтернеті. «Провідник» забрав його паспорт, «доки не "
                        "буде сплачено решту», і сказав, що «партнер» за кордоном дасть йому роботу на "
                        "будівництві, щоб відпрацювати борг. Андрій наляканий і постійно питає, чи повідомлять "
                        "його родину.",
                        "reflection": "- Які індикатори ви бачите?\n"
                        "- Чи змінює незаконний перетин кордону ваш обов'язок виявити і перенаправити?\n"
                        "- Як ви розмовляєте з Андрієм і з ким зв'язуєтеся?",
                    },
                ),
                ALL_LINES,
                sources(BORDER_RULES, SMUGGLING_PROTOCOL, PALERMO, CETS, RES_783, HOTLINE_SITE, EU_2011),
            ),
        ],
    ),
]


def tf_feedback(true_en, true_uk, false_en, false_uk):
    return ((true_en, true_uk), (false_en, false_uk))


QUESTIONS = [
    # --- Module 1: at the border ---
    question(
        "multiple",
        "at-the-border",
        ["indicators"],
        (
            "Which of these are ILO indicators of forced labour? Select all that apply.",
            "Що з переліченого є індикаторами примусової праці МОП? Оберіть усі правильні відповіді.",
        ),
        (
            "ILO indicators of forced labour (2012): retention of identity documents, debt bondage and excessive "
            "overtime are among the 11 indicators. Going abroad for work is not an indicator in itself.",
            "Індикатори примусової праці МОП (2012): утримання документів, що посвідчують особу, боргова кабала і "
            "надмірна понаднормова робота — серед 11 індикаторів. Поїздка на роботу за кордон сама по собі "
            "індикатором не є.",
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
                "Travelling abroad for work",
                "Поїздка на роботу за кордон",
                False,
                "No: working abroad is lawful and common; it is not in itself an indicator.",
                "Ні: робота за кордоном законна і поширена; сама по собі вона не є індикатором.",
            ),
        ],
        source=("ILO indicators of forced labour (ILO, 2012)", "Індикатори примусової праці МОП (МОП, 2012)"),
    ),
    question(
        "true_false",
        "at-the-border",
        ["definitions"],
        (
            "True or false: “Smuggling always crosses a border; trafficking may not.”",
            "Правда чи неправда: «Незаконне переправлення завжди пов'язане з перетином кордону, а торгівля людьми — "
            "не обов'язково»?",
        ),
        (
            "UNODC: smuggling always involves a border crossing; trafficking can take place within one country "
            "(Palermo Protocol, Art. 3(a) has no border element).",
            "УНП ООН: незаконне переправлення завжди пов'язане з кордоном; торгівля людьми може відбуватися в межах "
            "однієї країни (ст. 3(a) Палермського протоколу не містить елемента кордону).",
        ),
        options=(
            True,
            tf_feedback(
                "Correct: internal trafficking is still trafficking.",
                "Правильно: внутрішня торгівля людьми — це теж торгівля людьми.",
                "Not so: smuggling needs a border; trafficking does not.",
                "Ні: для переправлення потрібен кордон, для торгівлі людьми — ні.",
            ),
        ),
        source=(
            "UN Smuggling of Migrants Protocol, Art. 3(a); Palermo Protocol, Art. 3(a); UNODC",
            "Протокол проти незаконного ввозу мігрантів, ст. 3(a); Палермський протокол, ст. 3(a); УНП ООН",
        ),
    ),
    question(
        "single",
        "at-the-border",
        ["indicators", "referral"],
        ("What do you do?", "Що ви робите?"),
        (
            "Passports held by a third party are an ILO indicator (retention of identity documents), and men who "
            "cannot say who they will work for or where they will live may have been deceived. Together these can "
            "give reasonable grounds (CETS Art. 10): interview each man separately, with an independent "
            "interpreter, and refer.",
            "Паспорти в руках третьої особи — індикатор МОП (утримання документів, що посвідчують особу), а "
            "чоловіки, які не можуть сказати, на кого працюватимуть і де житимуть, могли бути обмануті. Разом це "
            "може дати обґрунтовані підстави (ст. 10 Конвенції № 197): поговоріть з кожним чоловіком окремо, з "
            "незалежним перекладачем, і перенаправте.",
        ),
        scenario=(
            "At a crossing point a “coordinator” hands over the passports of six men travelling for work. None of "
            "the men can name their employer or where they will live.",
            "На пункті пропуску «координатор» подає паспорти шістьох чоловіків, які їдуть на роботу. Жоден із них не "
            "може назвати ні роботодавця, ні місця, де житиме.",
        ),
        options=[
            (
                "Treat these as strong indicators: interview each man separately, with an independent interpreter, "
                "and refer",
                "Вважати це вагомими індикаторами: поговорити з кожним окремо, з незалежним перекладачем, і "
                "перенаправити",
                True,
                "Correct: separate the men from the coordinator, listen without blame, and refer.",
                "Правильно: відокремте чоловіків від координатора, вислухайте без звинувачень і перенаправте.",
            ),
            (
                "Let them through: their passports are valid",
                "Пропустити: їхні паспорти дійсні",
                False,
                "Valid documents do not rule trafficking out; who holds them matters.",
                "Дійсні документи не виключають торгівлі людьми; важливо, хто їх тримає.",
            ),
            (
                "Question them as a group, with the coordinator translating",
                "Опитати їх групою, а перекладатиме координатор",
                False,
                "The coordinator may be the person who controls them; never use him as interpreter.",
                "Координатор може бути тим, хто їх контролює; ніколи не залучайте його як перекладача.",
            ),
            (
                "Detain the men for planning to work irregularly",
                "Затримати чоловіків за намір працювати без дозволу",
                False,
                "Possible victims need protection and referral, not punishment.",
                "Можливі постраждалі потребують захисту і перенаправлення, а не покарання.",
            ),
        ],
        source=(
            "ILO indicators of forced labour (ILO, 2012); CETS No. 197, Art. 10",
            "Індикатори примусової праці МОП (МОП, 2012); Конвенція Ради Європи № 197, ст. 10",
        ),
    ),
    question(
        "true_false",
        "at-the-border",
        ["indicators", "victim-centred"],
        (
            "True or false: “Since most people fleeing Ukraine are women and children, men do not need to be "
            "considered as possible victims.”",
            "Правда чи неправда: «Оскільки більшість тих, хто виїжджає з України, — жінки і діти, чоловіків не "
            "потрібно розглядати як можливих постраждалих»?",
        ),
        (
            "Men are trafficked too. In one reporting period (May–June 2022), 8 of the 10 victims IOM Ukraine "
            "assisted were men — a small number, not a statistic about all victims, but a reminder that screening "
            "follows the indicators, not gender.",
            "Чоловіки теж стають жертвами торгівлі людьми. За один звітний період (травень–червень 2022 року) 8 із 10 "
            "постраждалих, яким допомогла МОМ в Україні, були чоловіками — це невелика кількість, а не статистика "
            "щодо всіх постраждалих, але вона нагадує: зважати треба на індикатори, а не на стать.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: men are trafficked too. In May–June 2022, 8 of the 10 victims IOM Ukraine assisted were men "
                "(a small sample, not a rate).",
                "Ні: чоловіки теж стають постраждалими. У травні–червні 2022 року 8 із 10 постраждалих, яким "
                "допомогла МОМ в Україні, були чоловіками (невелика вибірка, а не частка).",
                "Correct: men are trafficked too; screen everyone on the indicators, not on gender.",
                "Правильно: чоловіки теж стають постраждалими; зважайте на індикатори, а не на стать.",
            ),
        ),
        source=(
            "IOM regional counter-trafficking update, May–June 2022 (IOM Ukraine)",
            "Регіональний огляд МОМ з протидії торгівлі людьми, травень–червень 2022 року (МОМ в Україні)",
        ),
    ),
    question(
        "matching",
        "at-the-border",
        ["indicators"],
        (
            "Match each ILO indicator of forced labour with what you might hear at the border.",
            "Зіставте кожен індикатор примусової праці МОП з тим, що ви можете почути на кордоні.",
        ),
        ("ILO indicators of forced labour (2012).", "Індикатори примусової праці МОП (2012)."),
        pairs=[
            (
                "Retention of identity documents",
                "“The coordinator keeps our passports for us.”",
                "Утримання документів, що посвідчують особу",
                "«Наші паспорти зберігає координатор».",
            ),
            (
                "Debt bondage",
                "“We owe for the bus and the flat; we'll work it off.”",
                "Боргова кабала",
                "«Ми винні за автобус і квартиру, відпрацюємо».",
            ),
            (
                "Deception",
                "“We were promised a factory; now they say it is a farm.”",
                "Обман",
                "«Нам обіцяли завод, а тепер кажуть, що це ферма».",
            ),
            (
                "Intimidation and threats",
                "“If we talk, our families will have problems.”",
                "Залякування і погрози",
                "«Якщо ми щось розповімо, у наших родин будуть проблеми».",
            ),
        ],
        source=(
            "ILO indicators of forced labour (ILO, 2012)",
            "Індикатори примусової праці МОП (МОП, 2012)",
        ),
    ),
    # --- Module 2: interviewing and referral ---
    question(
        "single",
        "interviewing-and-referral",
        ["legal-instruments", "victim-centred"],
        (
            "What is the minimum recovery and reflection period under the Council of Europe Convention?",
            "Який мінімальний період відновлення та роздумів передбачає Конвенція Ради Європи?",
        ),
        (
            "CETS No. 197, Art. 13: at least 30 days, during which no expulsion can be enforced.",
            "Конвенція № 197, ст. 13: щонайменше 30 днів, протягом яких видворення не може бути виконане.",
        ),
        options=[
            (
                "30 days",
                "30 днів",
                True,
                "Correct: at least 30 days (Art. 13).",
                "Правильно: щонайменше 30 днів (ст. 13).",
            ),
            ("7 days", "7 днів", False, "Too short: the minimum is 30 days.", "Замало: мінімум — 30 днів."),
            (
                "90 days",
                "90 днів",
                False,
                "The Convention sets a minimum of 30 days.",
                "Конвенція встановлює мінімум 30 днів.",
            ),
            (
                "There is no minimum",
                "Мінімального строку немає",
                False,
                "Art. 13 sets a minimum of 30 days.",
                "Стаття 13 встановлює мінімум 30 днів.",
            ),
        ],
        source=(
            "CETS No. 197, Art. 13",
            "Конвенція Ради Європи № 197, ст. 13",
        ),
    ),
    question(
        "true_false",
        "interviewing-and-referral",
        ["legal-instruments", "victim-centred"],
        (
            "True or false: “A presumed victim can be removed from the country before identification is finished.”",
            "Правда чи неправда: «Можливу постраждалу особу можна видворити з країни до завершення виявлення»?",
        ),
        (
            "CETS No. 197, Art. 10(2): where there are reasonable grounds, the person is not removed until "
            "identification is completed.",
            "Конвенція № 197, ст. 10(2): за наявності обґрунтованих підстав людину не видворяють, доки не завершено "
            "виявлення.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: with reasonable grounds, removal waits until identification is finished.",
                "Ні: за наявності обґрунтованих підстав видворення чекає завершення виявлення.",
                "Correct: CETS Art. 10 protects the person until identification is complete.",
                "Правильно: ст. 10 Конвенції № 197 захищає людину, доки не завершено виявлення.",
            ),
        ),
        source=(
            "CETS No. 197, Art. 10(2)",
            "Конвенція Ради Європи № 197, ст. 10(2)",
        ),
    ),
    question(
        "single",
        "interviewing-and-referral",
        ["nrm-procedure", "referral"],
        (
            "Which of these is **not** an actor in Ukraine's National Referral Mechanism?",
            "Хто з переліченого **не** є суб'єктом Національного механізму взаємодії?",
        ),
        (
            "Resolution No. 783 of 22 Aug 2012 lists state bodies such as the State Border Guard Service, the State "
            "Migration Service and the National Police; a private recruiter is not one of them.",
            "Постанова № 783 від 22 серпня 2012 року називає державні органи, зокрема Державну прикордонну службу, "
            "Державну міграційну службу і Національну поліцію; приватний вербувальник до них не належить.",
        ),
        options=[
            (
                "The State Border Guard Service",
                "Державна прикордонна служба",
                False,
                "It is an NRM actor under Resolution 783.",
                "Це суб'єкт НМВ згідно з Постановою № 783.",
            ),
            (
                "The State Migration Service",
                "Державна міграційна служба",
                False,
                "It is an NRM actor under Resolution 783.",
                "Це суб'єкт НМВ згідно з Постановою № 783.",
            ),
            (
                "The National Police",
                "Національна поліція",
                False,
                "It is an NRM actor under Resolution 783.",
                "Це суб'єкт НМВ згідно з Постановою № 783.",
            ),
            (
                "A private recruitment agent",
                "Приватний вербувальник (кадровий агент)",
                True,
                "Correct: private recruiters are not part of the mechanism.",
                "Правильно: приватні вербувальники не є частиною механізму.",
            ),
        ],
        source=(
            "Cabinet of Ministers Resolution No. 783 of 22 Aug 2012",
            "Постанова Кабінету Міністрів України № 783 від 22 серпня 2012 року",
        ),
    ),
    question(
        "matching",
        "interviewing-and-referral",
        ["legal-instruments"],
        (
            "Match each article of CETS No. 197 with what it provides.",
            "Зіставте кожну статтю Конвенції № 197 з тим, що вона передбачає.",
        ),
        (
            "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197), Arts. 10, 13, "
            "14, 27 and 28.",
            "Конвенція Ради Європи про заходи щодо протидії торгівлі людьми (№ 197), ст. 10, 13, 14, 27 і 28.",
        ),
        pairs=[
            (
                "Art. 10",
                "No removal until identification is finished, where there are reasonable grounds",
                "Ст. 10",
                "Заборона видворення до завершення виявлення за наявності обґрунтованих підстав",
            ),
            (
                "Art. 13",
                "A recovery and reflection period of at least 30 days",
                "Ст. 13",
                "Період відновлення та роздумів щонайменше 30 днів",
            ),
            ("Art. 14", "Residence permits", "Ст. 14", "Дозволи на проживання"),
            (
                "Art. 27",
                "Investigation that does not depend on a complaint",
                "Ст. 27",
                "Розслідування, що не залежить від скарги",
            ),
            (
                "Art. 28",
                "Protection of victims and witnesses",
                "Ст. 28",
                "Захист потерпілих і свідків",
            ),
        ],
        source=(
            "CETS No. 197, Arts. 10, 13, 14, 27 and 28",
            "Конвенція Ради Європи № 197, ст. 10, 13, 14, 27 і 28",
        ),
    ),
    question(
        "multiple",
        "interviewing-and-referral",
        ["victim-centred"],
        (
            "Which of these make an interview with a possible victim safer? Select all that apply.",
            "Що з переліченого робить співбесіду з можливою постраждалою особою безпечнішою? Оберіть усі правильні "
            "відповіді.",
        ),
        (
            "Safe interviews: the person alone, with an independent interpreter, without blame. Victims often "
            f"{IOM_INVISIBLE[0]} (IOM, 2018): a calm, private conversation makes it easier to speak.",
            "Безпечна співбесіда: людина наодинці, з незалежним перекладачем, без звинувачень. Постраждалі часто "
            f"{IOM_INVISIBLE[1]} (МОМ, 2018): спокійна розмова наодинці допомагає заговорити.",
        ),
        options=[
            (
                "Speaking to the person away from their companions",
                "Розмова з людиною окремо від супровідників",
                True,
                "Yes: companions may control the person.",
                "Так: супровідники можуть контролювати людину.",
            ),
            (
                "An interpreter who is not part of the group",
                "Перекладач, який не належить до групи",
                True,
                "Yes: the interpreter must be independent.",
                "Так: перекладач має бути незалежним.",
            ),
            (
                "Explaining that help does not depend on their answers",
                "Пояснення, що допомога не залежить від відповідей",
                True,
                "Yes: it reduces fear and pressure.",
                "Так: це зменшує страх і тиск.",
            ),
            (
                "Asking the driver to translate to save time",
                "Попросити водія перекладати, щоб зекономити час",
                False,
                "No: the driver may be part of the network that controls the person.",
                "Ні: водій може бути частиною мережі, що контролює людину.",
            ),
        ],
        source=(
            "IOM Ukraine, press release of 20 Nov 2018; IOM Ukraine Counter-Trafficking Programme (border-guard training)",
            "МОМ в Україні, прес-реліз від 20 листопада 2018 року; Програма МОМ з протидії торгівлі людьми (навчання прикордонників)",
        ),
    ),
    question(
        "single",
        "interviewing-and-referral",
        ["nrm-procedure"],
        (
            "The police have already identified a person as a victim of trafficking. What changes when the person "
            "applies for victim status?",
            "Поліція вже виявила людину як постраждалу від торгівлі людьми. Що змінюється, коли людина звертається "
            "для встановлення статусу?",
        ),
        (
            "Resolution No. 417: no interview is needed if the police, a court or a foreign authority has already "
            "identified the person. The decision on status is still taken at national level (the Ministry of Social "
            "Policy, with the National Social Service examining the documents), not by the police.",
            "Постанова № 417: співбесіда не потрібна, якщо людину вже виявили поліція, суд або іноземний орган. "
            "Рішення про статус однаково ухвалюють на національному рівні (Мінсоцполітики, а документи розглядає "
            "Нацсоцслужба), а не поліція.",
        ),
        options=[
            (
                "No status interview is needed",
                "Співбесіда для встановлення статусу не потрібна",
                True,
                "Correct: the person is spared a second interview.",
                "Правильно: людину звільняють від повторної співбесіди.",
            ),
            (
                "The police grant the status themselves",
                "Поліція сама встановлює статус",
                False,
                "No: status is decided at national level, not by the police.",
                "Ні: статус установлюють на національному рівні, а не в поліції.",
            ),
            (
                "The person loses the right to shelter while waiting",
                "Людина втрачає право на тимчасове житло під час очікування",
                False,
                "While waiting, the person keeps the right to security, help and shelter.",
                "Під час очікування людина зберігає право на безпеку, допомогу і тимчасове житло.",
            ),
        ],
        source=(
            "Cabinet of Ministers Resolution No. 417 of 23 May 2012, as amended in 2021",
            "Постанова Кабінету Міністрів України № 417 від 23 травня 2012 року зі змінами 2021 року",
        ),
    ),
    # --- Module 3: investigation ---
    question(
        "multiple",
        "investigation",
        ["legal-instruments"],
        (
            "Which of these are means listed in Article 149 of the Criminal Code? Select all that apply.",
            "Що з переліченого є способами, названими у статті 149 Кримінального кодексу? Оберіть усі правильні "
            "відповіді.",
        ),
        (
            "Criminal Code of Ukraine, Art. 149, Part 1: blackmail, a vulnerable state and bribing a person in "
            "control are among the means; irregular entry is not.",
            "КК України, ст. 149, ч. 1: шантаж, уразливий стан і підкуп особи, яка контролює потерпілого, — серед "
            "способів; незаконний в'їзд — ні.",
        ),
        options=[
            ("Blackmail", "Шантаж", True, "Yes: listed in Art. 149.", "Так: названо у ст. 149."),
            (
                "Use of a vulnerable state",
                "Використання уразливого стану",
                True,
                "Yes: listed in Art. 149.",
                "Так: названо у ст. 149.",
            ),
            (
                "Bribing a person who controls the victim",
                "Підкуп особи, яка контролює потерпілого",
                True,
                "Yes: listed in Art. 149.",
                "Так: названо у ст. 149.",
            ),
            (
                "Irregular entry into the country",
                "Незаконний в'їзд до країни",
                False,
                "No: irregular entry is not a means of trafficking; it may point to smuggling.",
                "Ні: незаконний в'їзд не є способом торгівлі людьми; він може вказувати на переправлення.",
            ),
        ],
        source=(
            "Criminal Code of Ukraine, Art. 149, Part 1",
            "Кримінальний кодекс України, ст. 149, ч. 1",
        ),
    ),
    question(
        "single",
        "investigation",
        ["indicators", "safe-migration", "referral"],
        ("What do you see, and what do you advise?", "Що ви бачите і що порадите?"),
        (
            "A stranger asking for a passport and phone and an unsolicited offer of housing are red flags (UNHCR; "
            "OSCE). Advise her to keep her documents and refer her to 527, or call 102 if she is in danger.",
            "Незнайомець, який просить паспорт і телефон, і непрохана пропозиція житла — тривожні сигнали (УВКБ ООН; "
            "ОБСЄ). Порадьте тримати документи при собі і перенаправте на 527 або телефонуйте 102, якщо їй загрожує "
            "небезпека.",
        ),
        scenario=(
            "At a railway station a stranger offers a woman who has just arrived a free flat and asks to “hold” her "
            "passport and phone “so they don't get lost”.",
            "На вокзалі незнайомець пропонує жінці, яка щойно прибула, безкоштовну квартиру і просить «потримати» її "
            "паспорт і телефон, «щоб не загубилися».",
        ),
        options=[
            (
                "Red flags: she should keep her documents; refer her to 527, or call 102 if she is in danger",
                "Тривожні сигнали: вона має тримати документи при собі; перенаправити на 527 або телефонувати 102, "
                "якщо є небезпека",
                True,
                "Correct: a non-official asking for documents and an unsolicited offer are red flags.",
                "Правильно: неофіційна особа, яка просить документи, і непрохана пропозиція — тривожні сигнали.",
            ),
            (
                "A kind offer of help: no action needed",
                "Щира пропозиція допомоги: нічого робити не треба",
                False,
                "Someone who is not an official should never hold a person's passport and phone.",
                "Неофіційна особа ніколи не повинна тримати чужий паспорт і телефон.",
            ),
            (
                "Let her decide alone; it is not a police matter",
                "Хай вирішує сама; це не справа поліції",
                False,
                "These are recognised red flags; information and referral can prevent exploitation.",
                "Це визнані тривожні сигнали; інформування і перенаправлення можуть запобігти експлуатації.",
            ),
        ],
        source=(
            "UNHCR Blue Dot hub; OSCE (helpforukrainians.info)",
            "УВКБ ООН (центри «Блакитна точка»); ОБСЄ (helpforukrainians.info)",
        ),
    ),
    question(
        "true_false",
        "investigation",
        ["indicators"],
        (
            "True or false: “An employer holding a worker's passport is an ILO indicator of forced labour.”",
            "Правда чи неправда: «Утримання роботодавцем паспорта працівника — індикатор примусової праці МОП»?",
        ),
        (
            "ILO indicators of forced labour (2012): retention of identity documents is one of the 11 indicators.",
            "Індикатори примусової праці МОП (2012): утримання документів, що посвідчують особу, — один з 11 "
            "індикаторів.",
        ),
        options=(
            True,
            tf_feedback(
                "Correct: retention of identity documents is indicator no. 7 on the ILO list.",
                "Правильно: утримання документів — індикатор № 7 у переліку МОП.",
                "Not so: retention of identity documents is an ILO indicator.",
                "Ні: утримання документів, що посвідчують особу, є індикатором МОП.",
            ),
        ),
        source=(
            "ILO indicators of forced labour (ILO, 2012)",
            "Індикатори примусової праці МОП (МОП, 2012)",
        ),
    ),
    question(
        "single",
        "investigation",
        ["legal-instruments", "victim-centred"],
        ("What does CETS Article 27 mean for you?", "Що для вас означає стаття 27 Конвенції № 197?"),
        (
            "CETS No. 197, Art. 27: investigation and prosecution do not depend on a report or complaint by the "
            "victim.",
            "Конвенція № 197, ст. 27: розслідування і переслідування не залежать від заяви чи скарги потерпілої особи.",
        ),
        scenario=(
            "Several indicators point to trafficking, but the woman you identified is afraid and refuses to make a "
            "statement.",
            "Кілька індикаторів вказують на торгівлю людьми, але жінка, яку ви виявили, боїться і відмовляється "
            "давати показання.",
        ),
        options=[
            (
                "The investigation can proceed; refer and protect her whether or not she gives a statement",
                "Розслідування може тривати; перенаправте і захистіть її незалежно від того, чи дасть вона показання",
                True,
                "Correct: no complaint is needed, and help does not depend on testimony.",
                "Правильно: скарга не потрібна, а допомога не залежить від показань.",
            ),
            (
                "Close the case: without her complaint there is nothing to investigate",
                "Закрити справу: без її скарги розслідувати нічого",
                False,
                "CETS Art. 27 says investigation does not depend on a complaint.",
                "Стаття 27 Конвенції № 197 встановлює, що розслідування не залежить від скарги.",
            ),
            (
                "Tell her she will get help only if she testifies",
                "Сказати їй, що допомогу вона отримає лише за умови показань",
                False,
                "Making help conditional on testimony pressures a victim and is not victim-centred.",
                "Умова «допомога в обмін на показання» — це тиск на постраждалу особу.",
            ),
        ],
        source=(
            "CETS No. 197, Art. 27",
            "Конвенція Ради Європи № 197, ст. 27",
        ),
    ),
    question(
        "single",
        "investigation",
        ["referral"],
        (
            "Which number is the National Toll-Free Counter-Trafficking and Migrant Advice Hotline?",
            "Який номер має Національна гаряча лінія з питань протидії торгівлі людьми та консультування мігрантів?",
        ),
        (
            "Hotline 527 (alternative number 0-800-505-501), run with IOM's support since 2006; also www.527.org.ua "
            "and @SafeMigrationBot.",
            "Гаряча лінія 527 (альтернативний номер 0-800-505-501), працює за підтримки МОМ з 2006 року; також "
            "www.527.org.ua і @SafeMigrationBot.",
        ),
        options=[
            ("527", "527", True, "Correct: free from mobiles, daily.", "Правильно: безкоштовно з мобільних, щодня."),
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
                "1547 is the government hotline for trafficking, domestic violence and gender-based violence: a "
                "valid line to call, but not the national counter-trafficking and migrant advice hotline asked for "
                "here.",
                "1547 — урядова гаряча лінія з питань протидії домашньому насильству, торгівлі людьми та гендерно "
                "зумовленому насильству: туди теж можна звернутися, але запитання — про Національну гарячу лінію з "
                "питань протидії торгівлі людьми та консультування мігрантів.",
            ),
        ],
        source=(
            "National hotline 527 (527.org.ua); IOM Ukraine Protection page, 2023–24",
            "Національна гаряча лінія 527 (527.org.ua); сторінка МОМ в Україні про захист, 2023–2024",
        ),
    ),
    # --- Module 4: smuggling, children and martial law ---
    question(
        "single",
        "smuggling-children-martial-law",
        ["definitions", "legal-instruments"],
        (
            "Under the UN Smuggling of Migrants Protocol, what makes an act the smuggling of migrants?",
            "Що, згідно з Протоколом ООН проти незаконного ввозу мігрантів, робить діяння незаконним ввозом мігрантів?",
        ),
        (
            "Smuggling Protocol, Art. 3(a): procuring a person's illegal entry into a State of which they are not a "
            "national or permanent resident, in order to obtain a financial or other material benefit. Exploitation "
            "is the mark of trafficking, not of smuggling.",
            "Протокол проти незаконного ввозу мігрантів, ст. 3(a): забезпечення незаконного в'їзду особи до держави, "
            "громадянином чи постійним жителем якої вона не є, щоб одержати фінансову або іншу матеріальну вигоду. "
            "Експлуатація — ознака торгівлі людьми, а не незаконного ввозу.",
        ),
        options=[
            (
                "Procuring a person's illegal entry into a State, for a financial or other material benefit",
                "Забезпечення незаконного в'їзду особи до держави, щоб одержати фінансову або іншу матеріальну вигоду",
                True,
                "Correct: this is the definition in Art. 3(a).",
                "Правильно: це визначення зі ст. 3(a).",
            ),
            (
                "Moving a person by deception or force for the purpose of exploitation",
                "Переміщення людини шляхом обману чи сили з метою експлуатації",
                False,
                "That describes trafficking (Palermo Protocol, Art. 3(a)), not smuggling.",
                "Це опис торгівлі людьми (Палермський протокол, ст. 3(a)), а не незаконного ввозу мігрантів.",
            ),
            (
                "A migrant's own crossing of a border without documents",
                "Перетин кордону самим мігрантом без документів",
                False,
                "The Protocol targets those who procure the entry; migrants are not liable under it for having been "
                "smuggled (Art. 5).",
                "Протокол спрямований проти тих, хто забезпечує в'їзд; мігранти не відповідають за ним за те, що їх "
                "незаконно ввезли (ст. 5).",
            ),
        ],
        source=(
            "Protocol against the Smuggling of Migrants by Land, Sea and Air (2000), Art. 3(a)",
            "Протокол проти незаконного ввозу мігрантів по суші, морю і повітрю (2000), ст. 3(a)",
        ),
    ),
    question(
        "true_false",
        "smuggling-children-martial-law",
        ["children", "legal-instruments"],
        (
            "True or false: “When a possible victim's age is uncertain, treat the person as an adult until their age "
            "is proven.”",
            "Правда чи неправда: «Якщо вік можливої постраждалої особи невідомий, поводьтеся з нею як з дорослою, "
            "доки вік не доведено»?",
        ),
        (
            "CETS No. 197, Art. 10(3): when the age is uncertain and there are reasons to believe the victim is a "
            "child, the person is presumed to be a child and given special protection pending verification of age.",
            "Конвенція № 197, ст. 10(3): якщо вік невідомий і є підстави вважати, що постраждала особа — дитина, її "
            "вважають дитиною і надають спеціальний захист до підтвердження віку.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: where there are reasons to believe the person is a child, the presumption runs the other way.",
                "Ні: якщо є підстави вважати особу дитиною, презумпція діє навпаки.",
                "Correct: the person is presumed to be a child and protected while the age is verified.",
                "Правильно: особу вважають дитиною і захищають, доки перевіряють вік.",
            ),
        ),
        source=("CETS No. 197, Art. 10(3)", "Конвенція Ради Європи № 197, ст. 10(3)"),
    ),
    question(
        "single",
        "smuggling-children-martial-law",
        ["children", "definitions"],
        ("How is this child described?", "Як описати цю дитину?"),
        (
            "CRC General Comment No. 6 (2005), para. 8: separated children are separated from both parents, or from "
            "their previous primary caregiver, but not necessarily from other relatives; they may be accompanied by "
            "other adult family members. Unaccompanied children (para. 7) have no adult caring for them by law or "
            "custom.",
            "Зауваження загального порядку № 6 (2005) Комітету ООН з прав дитини, п. 8: розлучені діти розлучені з "
            "обома батьками або з попереднім основним опікуном, але не обов'язково з іншими родичами; їх можуть "
            "супроводжувати інші дорослі члени родини. Діти без супроводу (п. 7) не мають дорослого, який за "
            "законом чи звичаєм піклується про них.",
        ),
        scenario=(
            "A 14-year-old boy crosses the border with his adult aunt. Neither of his parents is with him.",
            "Чотирнадцятирічний хлопець перетинає кордон зі своєю повнолітньою тіткою. Жодного з батьків із ним немає.",
        ),
        options=[
            (
                "A separated child",
                "Розлучена дитина",
                True,
                "Correct: separated from his parents, but accompanied by an adult relative.",
                "Правильно: він розлучений з батьками, але його супроводжує доросла родичка.",
            ),
            (
                "An unaccompanied child",
                "Дитина без супроводу",
                False,
                "An unaccompanied child has no adult relative or other adult caring for him by law or custom.",
                "Дитина без супроводу не має ні дорослого родича, ні іншого дорослого, який за законом чи звичаєм "
                "піклується про неї.",
            ),
            (
                "Neither: he is with family, so no special attention is needed",
                "Ні те, ні те: він з родиною, тож особлива увага не потрібна",
                False,
                "Separated children are at heightened risk too; check calmly, without assuming the worst.",
                "Розлучені діти теж перебувають у зоні ризику; перевіряйте спокійно, не припускаючи найгіршого.",
            ),
        ],
        source=(
            "UN Committee on the Rights of the Child, General Comment No. 6 (2005), paras. 7–8",
            "Комітет ООН з прав дитини, Зауваження загального порядку № 6 (2005), п. 7–8",
        ),
    ),
    question(
        "true_false",
        "smuggling-children-martial-law",
        ["definitions", "victim-centred"],
        (
            "True or false: “A man who paid a smuggler to leave Ukraine cannot become a victim of trafficking, "
            "because he chose to cross.”",
            "Правда чи неправда: «Чоловік, який заплатив переправникові, щоб виїхати з України, не може стати "
            "постраждалим від торгівлі людьми, бо сам вирішив перетнути кордон»?",
        ),
        (
            "Palermo Protocol, Art. 3(a)–(b): if he is then recruited, transferred or harboured for exploitation by a "
            "means — deception, a debt used to control him, his passport held — it is trafficking, and his consent "
            "to the crossing is irrelevant. The same holds under Art. 149 of the Criminal Code.",
            "Палермський протокол, ст. 3(a)–(b): якщо згодом його вербують, передають чи переховують з метою "
            "експлуатації із застосуванням способу — обману, боргу як засобу контролю, утримання паспорта, — це "
            "торгівля людьми, і його згода на перетин кордону не має значення. Те саме — за статтею 149 "
            "Кримінального кодексу.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: smuggling can turn into trafficking, and consent to the crossing is not consent to "
                "exploitation.",
                "Ні: незаконне переправлення може перейти в торгівлю людьми, а згода на перетин кордону — не згода "
                "на експлуатацію.",
                "Correct: a smuggled person can still become a victim of trafficking.",
                "Правильно: людина, яку переправляли, все одно може стати постраждалою від торгівлі людьми.",
            ),
        ),
        source=(
            "Palermo Protocol, Art. 3(a)–(b); Criminal Code of Ukraine, Art. 149",
            "Палермський протокол, ст. 3(a)–(b); Кримінальний кодекс України, ст. 149",
        ),
    ),
    question(
        "single",
        "smuggling-children-martial-law",
        ["legal-instruments", "definitions"],
        (
            "Which article of the Criminal Code of Ukraine addresses the driver's conduct?",
            "Яка стаття Кримінального кодексу України стосується дій водія?",
        ),
        (
            "Criminal Code, Art. 332 (illegal transfer of persons across the state border of Ukraine) covers those who "
            "organise or facilitate another person's illegal crossing. Art. 149 needs a purpose of exploitation, of "
            "which there is no sign here — but stay alert: smuggling can turn into trafficking.",
            "КК України, ст. 332 (незаконне переправлення осіб через державний кордон України) стосується тих, хто "
            "організовує незаконний перетин кордону іншими особами чи сприяє йому. Для ст. 149 потрібна мета "
            "експлуатації, ознак якої тут немає, — але будьте уважні: незаконне переправлення може перейти в "
            "торгівлю людьми.",
        ),
        scenario=(
            "A man paid a driver to take him across the border away from any crossing point. He keeps his own "
            "passport, owes nothing and has arranged his own job with relatives abroad.",
            "Чоловік заплатив водієві, щоб той перевіз його через кордон поза пунктом пропуску. Паспорт у чоловіка "
            "при собі, він нікому нічого не винен, а роботу за кордоном знайшов сам через родичів.",
        ),
        options=[
            (
                "Article 332: illegal transfer of persons across the state border of Ukraine",
                "Стаття 332: незаконне переправлення осіб через державний кордон України",
                True,
                "Correct: organising or facilitating an illegal crossing is the offence in Art. 332.",
                "Правильно: організація незаконного перетину кордону чи сприяння йому — злочин за ст. 332.",
            ),
            (
                "Article 149: trafficking in human beings",
                "Стаття 149: торгівля людьми",
                False,
                "Art. 149 requires a purpose of exploitation; the facts show none.",
                "Стаття 149 вимагає мети експлуатації; у фактах її немає.",
            ),
            (
                "Neither: the man agreed and paid",
                "Жодна: чоловік погодився і заплатив",
                False,
                "The migrant's agreement does not make organising an illegal crossing lawful.",
                "Згода мігранта не робить організацію незаконного перетину кордону законною.",
            ),
        ],
        source=(
            "Criminal Code of Ukraine, Arts. 332 and 149",
            "Кримінальний кодекс України, ст. 332 і 149",
        ),
    ),
    question(
        "true_false",
        "smuggling-children-martial-law",
        ["legal-instruments", "victim-centred"],
        (
            "True or false: “The UN Smuggling of Migrants Protocol is aimed at smugglers; it does not make migrants "
            "criminally liable for having been smuggled.”",
            "Правда чи неправда: «Протокол ООН проти незаконного ввозу мігрантів спрямований проти переправників; "
            "він не робить мігрантів кримінально відповідальними за те, що їх незаконно ввезли»?",
        ),
        (
            "Smuggling Protocol, Art. 5: migrants do not become liable to criminal prosecution under the Protocol for "
            "having been the object of smuggling.",
            "Протокол проти незаконного ввозу мігрантів, ст. 5: мігранти не підлягають кримінальному переслідуванню "
            "згідно з Протоколом за те, що стали об'єктом незаконного ввозу.",
        ),
        options=(
            True,
            tf_feedback(
                "Correct: Art. 5 protects the migrant; the offence is the smuggler's.",
                "Правильно: ст. 5 захищає мігранта; злочин учиняє переправник.",
                "Not so: under Art. 5, migrants are not criminally liable under the Protocol for having been smuggled.",
                "Ні: за ст. 5 мігранти не відповідають кримінально згідно з Протоколом за те, що їх незаконно ввезли.",
            ),
        ),
        source=(
            "Protocol against the Smuggling of Migrants by Land, Sea and Air (2000), Art. 5",
            "Протокол проти незаконного ввозу мігрантів по суші, морю і повітрю (2000), ст. 5",
        ),
    ),
    question(
        "multiple",
        "smuggling-children-martial-law",
        ["children", "referral"],
        (
            "An unaccompanied 13-year-old girl is found at a crossing point, and there are indicators that she may "
            "be a victim. Which steps are right? Select all that apply.",
            "На пункті пропуску виявлено тринадцятирічну дівчинку без супроводу; є індикатори того, що вона може "
            "бути постраждалою. Які кроки правильні? Оберіть усі правильні відповіді.",
        ),
        (
            "CETS No. 197, Art. 10(4): a guardian, organisation or authority represents the unaccompanied child in "
            "her best interests, and her identity is established; Art. 10(2): no removal before identification is "
            "complete. CRC General Comment No. 6: return and family reunification only after a best-interests "
            "assessment.",
            "Конвенція № 197, ст. 10(4): інтереси дитини без супроводу представляє опікун, організація чи орган, що "
            "діє в її найкращих інтересах, і встановлюють її особу; ст. 10(2): жодного видворення до завершення "
            "виявлення. Зауваження загального порядку № 6: повернення і возз'єднання з родиною — лише після оцінки "
            "найкращих інтересів дитини.",
        ),
        options=[
            (
                "Inform the children's service at once",
                "Негайно повідомити службу у справах дітей",
                True,
                "Yes: the children's service is responsible for the child's protection.",
                "Так: служба у справах дітей відповідає за захист дитини.",
            ),
            (
                "Make sure a guardian or representative acts for her in her best interests",
                "Подбати, щоб її інтереси представляв опікун або представник, який діє в її найкращих інтересах",
                True,
                "Yes: CETS Art. 10(4).",
                "Так: ст. 10(4) Конвенції № 197.",
            ),
            (
                "Do not send her back across the border before identification and a best-interests assessment",
                "Не відправляти її назад через кордон до завершення виявлення і оцінки її найкращих інтересів",
                True,
                "Yes: CETS Art. 10(2) and (4); CRC General Comment No. 6.",
                "Так: ст. 10(2) і 10(4) Конвенції № 197; Зауваження загального порядку № 6.",
            ),
            (
                "Hand her to an adult who arrives saying he is her uncle, to reunite the family quickly",
                "Передати її дорослому, який приходить і називає себе її дядьком, щоб швидше возз'єднати родину",
                False,
                "No: never hand over a child before identity, relationship and best interests are checked.",
                "Ні: не передавайте дитину, доки не перевірено особу, родинний зв'язок і найкращі інтереси дитини.",
            ),
        ],
        source=(
            "CETS No. 197, Art. 10(2) and (4); UN CRC General Comment No. 6 (2005)",
            "Конвенція Ради Європи № 197, ст. 10(2) і 10(4); Зауваження загального порядку № 6 (2005) Комітету ООН з "
            "прав дитини",
        ),
    ),
    question(
        "single",
        "smuggling-children-martial-law",
        ["victim-centred", "referral", "indicators"],
        ("What is your duty?", "Який ваш обов'язок?"),
        (
            "The irregular crossing does not remove the duty to identify and refer. A passport held by the organiser "
            "and a debt to be worked off are indicators (ILO: retention of identity documents, debt bondage); with "
            "reasonable grounds, the person is protected and referred (CETS Art. 10; Resolution 783), and his "
            "consent to the crossing is irrelevant to exploitation (Palermo Art. 3(b)).",
            "Незаконний перетин кордону не скасовує обов'язку виявити і перенаправити. Паспорт в організатора і "
            "борг, який треба відпрацювати, — індикатори (МОП: утримання документів, що посвідчують особу, боргова "
            "кабала); за наявності обґрунтованих підстав людину захищають і перенаправляють (ст. 10 Конвенції "
            "№ 197; Постанова № 783), а його згода на перетин кордону не має значення щодо експлуатації "
            "(Палермський протокол, ст. 3(b)).",
        ),
        scenario=(
            "Border guards stop a man after an irregular crossing attempt. He says the “guide” kept his passport "
            "until the rest of the fee is paid, and that a “partner” abroad will give him building work to pay off "
            "the debt.",
            "Прикордонники зупиняють чоловіка після спроби незаконно перетнути кордон. Він розповідає, що "
            "«провідник» залишив собі його паспорт, доки не буде сплачено решту суми, а «партнер» за кордоном дасть "
            "йому роботу на будівництві, щоб відпрацювати борг.",
        ),
        options=[
            (
                "Treat him as a possible victim: talk to him alone, record the indicators and refer him; the "
                "irregular crossing does not remove that duty",
                "Розглядати його як можливого постраждалого: поговорити наодинці, зафіксувати індикатори і "
                "перенаправити; незаконний перетин кордону цього обов'язку не скасовує",
                True,
                "Correct: identify and refer, whatever procedure applies to the crossing itself.",
                "Правильно: виявити і перенаправити, хоч би яка процедура застосовувалася до самого перетину.",
            ),
            (
                "Deal only with the border violation; trafficking is someone else's concern",
                "Займатися лише порушенням на кордоні; торгівля людьми — не ваша справа",
                False,
                "The State Border Guard Service is an NRM actor (Resolution 783); identification is part of your role.",
                "Державна прикордонна служба — суб'єкт НМВ (Постанова № 783); виявлення — частина вашої роботи.",
            ),
            (
                "Rule trafficking out: he chose to cross irregularly",
                "Виключити торгівлю людьми: він сам вирішив перетнути кордон незаконно",
                False,
                "Consent to the crossing is not consent to exploitation (Palermo Art. 3(b)).",
                "Згода на перетин кордону — не згода на експлуатацію (Палермський протокол, ст. 3(b)).",
            ),
            (
                "Refer him only if he files a complaint against the guide",
                "Перенаправити його лише тоді, коли він подасть скаргу на «провідника»",
                False,
                "Neither help nor investigation depends on a complaint (CETS Art. 27).",
                "Ні допомога, ні розслідування не залежать від скарги (ст. 27 Конвенції № 197).",
            ),
        ],
        source=(
            "CETS No. 197, Arts. 10 and 27; Cabinet of Ministers Resolution No. 783; Palermo Protocol, Art. 3(b); ILO "
            "indicators (2012)",
            "Конвенція Ради Європи № 197, ст. 10 і 27; Постанова Кабінету Міністрів України № 783; Палермський "
            "протокол, ст. 3(b); індикатори МОП (2012)",
        ),
    ),
]

COURSE = course(
    "border-guards-police",
    ["border-police"],
    4,
    "professional",
    {
        "title": "Trafficking at the border and on the street: identify, interview, refer, investigate",
        "summary": "For border guards and police officers: recognise trafficking among people on the move, "
        "interview possible victims safely, protect them under the Council of Europe Convention, refer them through "
        "the National Referral Mechanism, investigate without waiting for a complaint, tell smuggling from trafficking in "
        "law and protect children.",
        "objectives": [
            "Tell trafficking from migrant smuggling at a crossing point",
            "Spot indicators of trafficking among people arriving from or leaving Ukraine",
            "Interview a possible victim safely: alone, with an independent interpreter and without blame",
            "Apply “reasonable grounds”, the 30-day reflection period and referral through the NRM",
            "Match the facts to the means of Article 149, act without a complaint and protect victims' data",
            "Tell smuggling (Criminal Code Art. 332; the UN Smuggling Protocol) from trafficking (Art. 149)",
            "Protect children: presume childhood when age is uncertain; act for unaccompanied and separated children",
            "Keep identifying and referring victims whose exit was irregular, under martial law as at any time",
        ],
    },
    {
        "title": "Торгівля людьми на кордоні й на вулиці: виявити, опитати, перенаправити, розслідувати",
        "summary": "Для прикордонників і поліцейських: розпізнавати торгівлю людьми серед людей у дорозі, безпечно "
        "проводити співбесіди з можливими постраждалими, захищати їх відповідно до Конвенції Ради Європи, "
        "перенаправляти через Національний механізм взаємодії, розслідувати, не чекаючи скарги, відрізняти незаконне "
        "переправлення від торгівлі людьми в законі і захищати дітей.",
        "objectives": [
            "Відрізняти торгівлю людьми від незаконного переправлення мігрантів на пункті пропуску",
            "Помічати індикатори торгівлі людьми серед людей, які прибувають з України або виїжджають з неї",
            "Безпечно проводити співбесіду з можливою постраждалою особою: наодинці, з незалежним перекладачем і "
            "без звинувачень",
            "Застосовувати «обґрунтовані підстави», 30-денний період відновлення та роздумів і "
            "перенаправлення через НМВ",
            "Зіставляти факти зі способами за статтею 149, діяти без скарги і захищати дані постраждалих",
            "Відрізняти незаконне переправлення (ст. 332 КК; Протокол ООН проти незаконного ввозу мігрантів) від "
            "торгівлі людьми (ст. 149)",
            "Захищати дітей: вважати особу дитиною, коли вік невідомий; діяти щодо дітей без супроводу та розлучених "
            "дітей",
            "Виявляти і перенаправляти постраждалих, які виїхали незаконно, — під час воєнного стану, як і завжди",
        ],
    },
    MODULES,
    QUESTIONS,
)
