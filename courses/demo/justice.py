"""Course B: judges and prosecutors.

Facts come from the content brief, its seeds and the lead's verified list for issue #14. Not graded, because they
are unverified: the article number of the CETS non-punishment provision, the Palermo ratifying law, the penalties of
Art. 149 Part 2, P029 article numbers and Ukraine's ratification of P029, whether the EU directives bind Ukraine, and
the exact wording of the notes to Art. 149. The Criminal Procedure Code articles and the European Court of Human
Rights judgments in the module "Proceedings that protect" go beyond the brief: they are cited by article and
application number, and the lead lists them among the facts awaiting check.
"""

from .build import callout, case, course, lesson, md, module, question, sources, terms
from .common import (
    CC_149,
    CETS,
    EU_2011,
    ILO29,
    ILO_INDICATORS,
    IOM_2018,
    IOM_INVISIBLE,
    IOM_NORWAY,
    IOM_PROGRAMME,
    LAW_2011,
    NO_BLAME,
    PALERMO,
    RES_417,
)

CETS_LAW = (
    "Law of Ukraine No. 2530-VI of 21 Sep 2010 ratifying CETS No. 197 (in force for Ukraine 1 Mar 2011)",
    "https://zakon.rada.gov.ua/",
)
INTERIOR = ("Ministry of Internal Affairs of Ukraine, on the range of penalties under Art. 149 (via censor.net)", "")
TIP_REPORTS = (
    "US Department of State, Trafficking in Persons Reports (status approvals, 2015–2017)",
    "https://www.state.gov/",
)
UNODC = ("UNODC: indicators are not proof on their own", "https://www.unodc.org/")
RES_417_2021 = (
    "Cabinet of Ministers Resolution No. 417 as amended by Resolution No. 531 of 2021 (decision at national level: "
    "the Ministry of Social Policy, the National Social Service examining the documents)",
    "https://zakon.rada.gov.ua/",
)
CC_COERCION = (
    "Criminal Code of Ukraine, Art. 39 (extreme necessity) and Art. 40 (physical or mental coercion)",
    "https://zakon.rada.gov.ua/",
)
CC_NOTES = ("Criminal Code of Ukraine, Art. 149 and the notes to it", "https://zakon.rada.gov.ua/")
CC_RELATED = (
    "Criminal Code of Ukraine, Art. 150 (exploitation of children) and Art. 303 (pimping or involving a person in "
    "prostitution)",
    "https://zakon.rada.gov.ua/",
)
CPC = (
    "Criminal Procedure Code of Ukraine, Arts. 27, 61, 127–129, 225, 226, 232, 336 and 354",
    "https://zakon.rada.gov.ua/",
)
ECHR_ART4 = ("European Convention on Human Rights, Art. 4 (prohibition of slavery and forced labour)", "")
RANTSEV = (
    "ECtHR, Rantsev v. Cyprus and Russia, no. 25965/04, judgment of 7 January 2010",
    "https://hudoc.echr.coe.int/",
)
CHOWDURY = (
    "ECtHR, Chowdury and Others v. Greece, no. 21884/15, judgment of 30 March 2017",
    "https://hudoc.echr.coe.int/",
)
SM_CROATIA = ("ECtHR [GC], S.M. v. Croatia, no. 60561/14, judgment of 25 June 2020", "https://hudoc.echr.coe.int/")
ECHR_LAW = (
    "Law of Ukraine No. 3477-IV of 23 Feb 2006 on the execution of judgments and the application of the case law of "
    "the European Court of Human Rights, Art. 17",
    "https://zakon.rada.gov.ua/",
)
VCL = (
    "ECtHR, V.C.L. and A.N. v. the United Kingdom, nos. 77587/12 and 74603/12, judgment of 16 February 2021",
    "https://hudoc.echr.coe.int/",
)

OLHA = case(
    {
        "title": "Olha: charged with theft (a composite case)",
        "content_note": "This case describes coercion and criminal exploitation. It is a composite: no real person is "
        "described.",
        "scenario": "Olha, 19, was recruited with the promise of shop work abroad. On arrival her passport was taken "
        'and she was told she owed the cost of the journey. She was made to steal from supermarkets "to repay the '
        'debt" and was threatened when she brought back too little. After she returned to Ukraine, she was charged '
        "with theft. She has been granted victim-of-trafficking status and holds the certificate.",
        "reflection": "- Which elements of Art. 149 can you see in what happened to her?\n"
        "- What does the certificate show, and what does it not show?\n"
        "- Which instruments support not punishing her for the thefts, and what must be established?",
    },
    {
        "title": "Ольга: обвинувачення в крадіжці (узагальнений випадок)",
        "content_note": "Цей випадок описує примус і кримінальну експлуатацію. Він узагальнений: реальну людину не "
        "описано.",
        "scenario": "Ольгу, 19 років, завербували, пообіцявши роботу в магазині за кордоном. Після прибуття в неї "
        "забрали паспорт і сказали, що вона винна за дорогу. Її змушували красти в супермаркетах, щоб «повернути "
        "борг», і погрожували, коли вона приносила замало. Після повернення в Україну її обвинувачують у "
        "крадіжці. Їй установлено статус особи, яка постраждала від торгівлі людьми, і вона має довідку про "
        "встановлення статусу.",
        "reflection": "- Які елементи статті 149 ви бачите в тому, що з нею сталося?\n"
        "- Що засвідчує довідка, а чого вона не засвідчує?\n"
        "- Які інструменти підтримують непокарання за крадіжки і що для цього треба встановити?",
    },
)

MYKOLA_DEFENCE = case(
    {
        "title": "Mykola: the defence case (a composite case)",
        "content_note": "This case describes violence and long-term labour exploitation. It is a composite, built "
        "from several cases: no real person is described, and the name is a pseudonym.",
        "scenario": "After a work injury Mykola, 41, lost his job. He answered an advertisement for a farmhand on a "
        "livestock farm in his own region and stayed **nine years**. He was beaten when the manager was displeased, "
        "lived in an unheated outbuilding, received only occasional small sums of money, and his passport was kept "
        'in the manager\'s safe "so that it would not get lost". A social worker who visited a neighbouring '
        "household noticed him and referred him to the National Referral Mechanism; he was later granted "
        "victim-of-trafficking status.\n\n"
        "*For this exercise, imagine that the farm manager is on trial under Article 149.* The defence argues: he came "
        "of his own will, he was paid, he could have walked away, nobody complained for nine years, and nothing "
        "crossed a border.",
        "reflection": "- Answer each defence argument with the instrument or indicator that meets it.\n"
        "- Which facts would you want proved, and by what evidence?",
    },
    {
        "title": "Микола: позиція захисту (узагальнений випадок)",
        "content_note": "Цей випадок описує насильство і тривалу трудову експлуатацію. Це узагальнений випадок, "
        "складений з кількох справ: реальну людину не описано, ім'я вигадане.",
        "scenario": "Після виробничої травми Микола, 41 рік, утратив роботу. Він відгукнувся на оголошення про "
        "пошук різноробочого на тваринницьку ферму у своїй області і пробув там **дев'ять років**. Його били, коли "
        "управитель був невдоволений, він жив у неопалюваній прибудові, лише зрідка отримував невеликі гроші, а "
        "його паспорт лежав у сейфі управителя, «щоб не загубився». Соціальна працівниця, яка відвідувала сусідню "
        "родину, помітила його і перенаправила до Національного механізму взаємодії; згодом йому встановили статус "
        "особи, яка постраждала від торгівлі людьми.\n\n"
        "*Для цієї вправи уявіть, що управителя ферми судять за статтею 149.* Захист стверджує: він прийшов сам, "
        "йому платили, він міг піти, дев'ять років ніхто не скаржився, і кордону ніхто не перетинав.",
        "reflection": "- Дайте відповідь на кожен аргумент захисту, пославшись на відповідний інструмент чи "
        "індикатор.\n"
        "- Які факти потрібно довести і якими доказами?",
    },
)

MODULES = [
    module(
        "legal-framework",
        ("The legal framework", "Правова база"),
        (
            "Article 149 of the Criminal Code, the international instruments behind it, and the status certificate.",
            "Стаття 149 Кримінального кодексу, міжнародні інструменти, на яких вона ґрунтується, і довідка про "
            "встановлення статусу.",
        ),
        [
            lesson(
                "article-149",
                20,
                ("Article 149 of the Criminal Code", "Стаття 149 Кримінального кодексу"),
                (
                    "List the elements and penalties of Article 149.",
                    "Називати елементи складу і санкції статті 149.",
                ),
                md(
                    """
## The elements of Part 1

| Element | Article 149, Part 1 |
|---|---|
| **Act** | first, **trafficking itself — an unlawful agreement whose object is a person** (cf. Law No. 3739-VI, Art. 1); then the recruitment, movement, harbouring, transfer or receipt of a person |
| **Means** | coercion, abduction, deception, blackmail, material or other dependence, use of a vulnerable state, or bribing a person who controls the victim |
| **Purpose** | exploitation |

The structure mirrors Article 3(a) of the Palermo Protocol: an act, committed by a means, for the purpose of
exploitation. As in the Protocol, **a border crossing is not an element** — internal trafficking falls under the
same article (Module 3). Read each act and each means against the current text of the article on
zakon.rada.gov.ua; the notes to the article explain "exploitation" and "vulnerable state" (Module 4).

## Penalties

| Situation | Penalty |
|---|---|
| Part 1 | **3 to 8 years'** imprisonment |
| Trafficking by a **parent or guardian** (2018 amendment, draft law No. 6243) | **8 to 15 years'** imprisonment |
| Range across the article, as summarised by the Ministry of Internal Affairs | 3 to 15 years |

This course does not restate the sanctions of the article's other aggravated parts: check the current text on
zakon.rada.gov.ua before relying on them.

## Points to keep in mind
- **Consent.** Ukraine is a party to the Palermo Protocol, under which a victim's consent is irrelevant once any
  means was used (Art. 3(b)). Consent obtained by deception or by using a vulnerable state does not relieve the
  offender of criminal liability.
- **Children.** The Law "On Combating Trafficking in Human Beings" (No. 3739-VI of 20 September 2011, Art. 1)
  defines a child as a person under 18; under the Protocol (Art. 3(c)) no means has to be shown for a child.
- **No complaint needed.** Under CETS Art. 27, investigation and prosecution do not depend on a complaint by the
  victim.
- **Terminology.** Ukrainian law treats *особа, яка постраждала від торгівлі людьми* and *жертва торгівлі людьми*
  as the same person; in criminal proceedings she or he is the victim.
""",
                    """
## Елементи складу за частиною 1

| Елемент | Стаття 149, частина 1 |
|---|---|
| **Дія** | насамперед **сама торгівля людьми — незаконна угода, об'єктом якої є людина** (пор. Закон № 3739-VI, ст. 1); далі вербування, переміщення, переховування, передача або одержання людини |
| **Спосіб** | примус, викрадення, обман, шантаж, матеріальна чи інша залежність, використання уразливого стану або підкуп особи, яка контролює потерпілого |
| **Мета** | експлуатація |

Ця структура відтворює статтю 3(a) Палермського протоколу: дія, вчинена певним способом, з метою експлуатації.
Як і в Протоколі, **перетин кордону не є ознакою складу**: внутрішня торгівля людьми охоплюється тією самою
статтею (модуль 3). Кожну дію і кожен спосіб звіряйте з чинною редакцією статті на zakon.rada.gov.ua; що таке
«експлуатація» і «уразливий стан», пояснюють примітки до статті (модуль 4).

## Санкції

| Ситуація | Покарання |
|---|---|
| Частина 1 | позбавлення волі **від 3 до 8 років** |
| Торгівля людьми, вчинена **батьками або опікуном** (зміни 2018 року, законопроєкт № 6243) | позбавлення волі **від 8 до 15 років** |
| Загальний діапазон санкцій статті, за узагальненням МВС | від 3 до 15 років |

Санкції інших кваліфікованих частин статті в курсі не наведено: перш ніж на них посилатися, перевірте чинну
редакцію на zakon.rada.gov.ua.

## Що варто пам'ятати
- **Згода.** Україна є учасницею Палермського протоколу, згідно з яким згода потерпілої особи не має значення,
  якщо застосовано будь-який зі способів (ст. 3(b)). Згода, отримана обманом чи з використанням уразливого
  стану, не звільняє від кримінальної відповідальності.
- **Діти.** Закон «Про протидію торгівлі людьми» (№ 3739-VI від 20 вересня 2011 року, ст. 1) визначає дитину як
  особу віком до 18 років; за Протоколом (ст. 3(c)) щодо дитини спосіб доводити не потрібно.
- **Скарга не потрібна.** Згідно зі статтею 27 Конвенції № 197 розслідування і переслідування не залежать від
  скарги потерпілої особи.
- **Термінологія.** Законодавство України розглядає *особу, яка постраждала від торгівлі людьми*, і *жертву
  торгівлі людьми* як одну й ту саму особу; у кримінальному провадженні це потерпілий.
""",
                ),
                terms(
                    [
                        (
                            "Vulnerable state",
                            "In plain words, a situation — such as injury, poverty, displacement or dependence — that "
                            "an offender uses to overcome a person's will; a means under Art. 149. The legal "
                            "definition is in the notes to the article.",
                            "Уразливий стан",
                            "Простими словами — становище людини (травма, бідність, переміщення чи залежність), яким "
                            "злочинець користується, щоб зламати її волю; спосіб за ст. 149. Юридичне визначення "
                            "наведено в примітках до статті.",
                        ),
                        (
                            "Blackmail",
                            "Threatening to reveal information or cause harm to force compliance; a means under "
                            "Art. 149.",
                            "Шантаж",
                            "Погроза розголосити відомості чи заподіяти шкоду, щоб змусити людину підкоритися; "
                            "спосіб за ст. 149.",
                        ),
                        (
                            "Exploitation",
                            "The purpose element: sexual or labour exploitation and the other forms listed in the notes "
                            "to Art. 149.",
                            "Експлуатація",
                            "Елемент мети: сексуальна чи трудова експлуатація та інші форми, перелічені в примітках до "
                            "ст. 149.",
                        ),
                    ]
                ),
                sources(CC_149, INTERIOR, LAW_2011, PALERMO, CETS),
            ),
            lesson(
                "international-instruments",
                25,
                ("Applying the international instruments", "Застосування міжнародних інструментів"),
                (
                    "Apply the Palermo Protocol, CETS No. 197, ILO Convention No. 29, the 2014 Protocol and the EU "
                    "benchmarks.",
                    "Застосовувати Палермський протокол, Конвенцію № 197, Конвенцію МОП № 29, Протокол 2014 року та "
                    "орієнтири ЄС.",
                ),
                md(
                    """
## What each instrument adds

| Instrument | Key dates | What it adds |
|---|---|---|
| **Palermo Protocol** (UN) | adopted by A/RES/55/25 on 15 Nov 2000; in force 25 Dec 2003; ratified by Ukraine in 2004 | the act–means–purpose definition (Art. 3(a)); consent irrelevant once a means was used (Art. 3(b)); no means needed for a child (Art. 3(c)–(d)) |
| **Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)** | signed in Warsaw 16 May 2005; in force 1 Feb 2008; ratified by Ukraine by Law No. 2530-VI of 21 Sep 2010; in force for Ukraine 1 Mar 2011 | no removal while identification is under way on reasonable grounds (Art. 10); a recovery and reflection period of **at least 30 days** (Art. 13); residence permits (Art. 14); investigation without a complaint (Art. 27); protection of victims and witnesses (Art. 28); monitoring by **GRETA**, the Group of Experts on Action against Trafficking in Human Beings, the independent expert body of 10 to 15 members (Art. 36); the non-punishment principle |
| **ILO Forced Labour Convention, 1930 (No. 29)** | ratified by Ukraine in 1956 | forced labour is work exacted under the **menace of a penalty** that the person has **not offered voluntarily** (Art. 2(1)) |
| **ILO Protocol of 2014 (P029)** | adopted 11 June 2014; in force 9 Nov 2016; binding on the States that ratify it — **Ukraine's ratification is not confirmed here** | prevention, protection, **remedies and compensation**; victims should not be prosecuted for acts they were compelled to commit |

## The EU benchmarks
**Directive 2011/36/EU** (5 April 2011) defines trafficking to include begging and forced criminal activities
(Art. 2), provides for non-prosecution of victims (Art. 8), assistance and referral mechanisms (Art. 11) and
compensation (Art. 17). **Directive (EU) 2024/1712** (13 June 2024) revises it: it adds the
**exploitation of surrogacy, forced marriage and illegal adoption** as forms of exploitation and criminalises
knowingly using a victim's services. Member States must transpose it by **15 July 2026**. Surrogacy itself is
lawful in Ukraine: what the Directive targets is its exploitation.
""",
                    """
## Що додає кожен інструмент

| Інструмент | Ключові дати | Що додає |
|---|---|---|
| **Палермський протокол** (ООН) | ухвалений резолюцією A/RES/55/25 15 листопада 2000 року; чинний з 25 грудня 2003 року; Україна ратифікувала у 2004 році | визначення «дія–спосіб–мета» (ст. 3(a)); згода не має значення, якщо застосовано спосіб (ст. 3(b)); щодо дитини спосіб не потрібен (ст. 3(c)–(d)) |
| **Конвенція Ради Європи про заходи щодо протидії торгівлі людьми (№ 197)** | підписана у Варшаві 16 травня 2005 року; чинна з 1 лютого 2008 року; ратифікована Законом України № 2530-VI від 21 вересня 2010 року; для України чинна з 1 березня 2011 року | заборона видворення, доки за наявності обґрунтованих підстав триває виявлення (ст. 10); період відновлення та роздумів **щонайменше 30 днів** (ст. 13); дозволи на проживання (ст. 14); розслідування без скарги (ст. 27); захист потерпілих і свідків (ст. 28); моніторинг з боку **Групи експертів з питань протидії торгівлі людьми (GRETA)** — незалежного експертного органу з 10–15 членів (ст. 36); принцип непокарання |
| **Конвенція МОП про примусову чи обов'язкову працю 1930 року (№ 29)** | Україна ратифікувала у 1956 році | примусова праця — будь-яка робота чи служба, якої вимагають від особи під **загрозою покарання** і для якої ця особа **не запропонувала добровільно** своїх послуг (ст. 2(1)) |
| **Протокол 2014 року до Конвенції МОП № 29** | ухвалений 11 червня 2014 року; чинний з 9 листопада 2016 року; обов'язковий для держав, які його ратифікували, — **ратифікацію Україною тут не підтверджено** | запобігання, захист, **засоби правового захисту і компенсація**; постраждалих не слід притягати до відповідальності за дії, до яких їх примусили |

## Орієнтири ЄС
**Директива 2011/36/ЄС** (5 квітня 2011 року) охоплює визначенням торгівлі людьми також жебракування і
примушування до злочинної діяльності (ст. 2), передбачає непритягнення постраждалих до відповідальності
(ст. 8), допомогу і механізми перенаправлення (ст. 11) та компенсацію (ст. 17). **Директива (ЄС) 2024/1712**
(13 червня 2024 року) її оновлює: додає до форм експлуатації **експлуатацію сурогатного материнства,
примусового шлюбу чи незаконного усиновлення** та криміналізує свідоме користування послугами постраждалої особи.
Держави-члени мають транспонувати її до **15 липня 2026 року**. Саме сурогатне материнство в Україні законне:
Директива спрямована проти його експлуатації.
""",
                ),
                callout(
                    "info",
                    "How to use the EU directives",
                    "Use both directives as **benchmarks** of good practice. Whether and how they bind Ukraine is "
                    "outside the scope of this course.",
                    "Як використовувати директиви ЄС",
                    "Використовуйте обидві директиви як **орієнтири** належної практики. Чи є вони обов'язковими "
                    "для України і якою мірою, у цьому курсі не розглядається.",
                ),
                sources(PALERMO, CETS, CETS_LAW, ILO29, EU_2011),
            ),
            lesson(
                "status-certificate",
                15,
                ("What the status certificate proves", "Що засвідчує довідка про встановлення статусу"),
                (
                    "Explain what the status certificate shows, and what it does not, in criminal proceedings.",
                    "Пояснювати, що засвідчує довідка про встановлення статусу в кримінальному провадженні, а чого "
                    "вона не засвідчує.",
                ),
                md(
                    f"""
## What the certificate is
Under Cabinet of Ministers Resolution **No. 417 of 23 May 2012** (as amended, most recently here by Resolution
No. 531 of 2021), the person applies to the **local state administration**; an official interviews them with a
questionnaire and signs a non-disclosure undertaking. No interview is needed if **the police, a court or a foreign
authority** has already identified the person. The decision is then taken **at national level**: by the Ministry
of Social Policy, with a working group of the **National Social Service of Ukraine** examining the documents — check
the current text of Resolution 417. The person receives a certificate (*довідка про встановлення статусу*).

## What it does
- It **confirms** that the person has been recognised as a victim of trafficking.
- It gives access to **state assistance** — one-time financial aid, security, medical, psychological and legal
  help, shelter — for **up to 2 years**, which can be extended (Law No. 3739-VI).
- It is **evidence the person can rely on** when asking not to be held liable for acts committed under coercion.

It does **not** itself exempt anyone from criminal liability: a Cabinet resolution cannot create such an
exemption. The prosecutor and the court decide under the Criminal Code (Module 2). A refusal of status can be
**appealed in court**.

## How to read it in proceedings
- The certificate records an **administrative decision** that the person has suffered from trafficking. It is
  directly relevant when the person asks not to be punished for what she or he was compelled to do (Module 2).
- It does not by itself establish the elements of a charge against a particular defendant; this course does not
  set out rules on its weight as evidence.
- **The absence of a certificate proves nothing.** Many victims never apply — they {IOM_INVISIBLE[0]} (IOM,
  2018) — and not every application succeeds: US State Department reports record **83 of 91** approvals in 2015,
  **110 of 124** in 2016 and **195 of 273** in 2017.
- **Your court's findings matter.** Because identification by a court spares the person a status interview,
  clear findings in a judgment can open the way to assistance.
""",
                    f"""
## Що таке довідка
Відповідно до Постанови Кабінету Міністрів **№ 417 від 23 травня 2012 року** (зі змінами, зокрема внесеними
постановою № 531 2021 року) людина звертається до **місцевої державної адміністрації**; посадова особа проводить
співбесіду за анкетою і підписує зобов'язання про нерозголошення. Співбесіда не потрібна, якщо людину вже виявили
**поліція, суд або іноземний орган**. Рішення ухвалюють **на національному рівні**: Мінсоцполітики, а документи
розглядає робоча група **Національної соціальної сервісної служби України** (Нацсоцслужби) — перевірте чинну
редакцію Постанови № 417. Людина отримує довідку про встановлення статусу.

## Що вона робить
- **Підтверджує**, що людину визнано особою, яка постраждала від торгівлі людьми.
- Відкриває доступ до **державної допомоги** — одноразової матеріальної допомоги, забезпечення безпеки,
  медичної, психологічної і правової допомоги, тимчасового розміщення — **на строк до 2 років** з можливістю
  продовження (Закон № 3739-VI).
- Є **доказом, на який людина може посилатися**, коли просить не притягати її до відповідальності за дії,
  вчинені під примусом.

Сама по собі довідка **не звільняє** від кримінальної відповідальності: постанова Кабінету Міністрів не може
створити таку підставу. Рішення ухвалюють прокурор і суд відповідно до Кримінального кодексу (модуль 2). Відмову у
встановленні статусу можна **оскаржити в суді**.

## Як оцінювати її в провадженні
- Довідка фіксує **адміністративне рішення** про те, що людина постраждала від торгівлі людьми. Вона
  безпосередньо стосується прохання людини не карати її за те, до чого її примусили (модуль 2).
- Сама по собі вона не доводить елементів обвинувачення щодо конкретного обвинуваченого; правил щодо її
  доказової ваги цей курс не встановлює.
- **Відсутність довідки нічого не доводить.** Багато постраждалих ніколи не звертаються — вони
  {IOM_INVISIBLE[1]} (МОМ, 2018), — і не кожна заява задовольняється: за звітами Державного департаменту США, у
  2015 році схвалено **83 з 91** заяви, у 2016 році — **110 зі 124**, у 2017 році — **195 з 273**.
- **Висновки вашого суду мають значення.** Оскільки виявлення судом звільняє людину від співбесіди для
  встановлення статусу, чіткі висновки в судовому рішенні можуть відкрити їй доступ до допомоги.
""",
                ),
                terms(
                    [
                        (
                            "Status certificate",
                            "The document that confirms a national-level decision recognising a person as a victim "
                            "of trafficking (Resolution No. 417); it opens access to state assistance and is "
                            "evidence, not an exemption from liability.",
                            "Довідка про встановлення статусу",
                            "Документ, що підтверджує ухвалене на національному рівні рішення про визнання людини "
                            "особою, яка постраждала від торгівлі людьми (Постанова № 417); відкриває доступ до "
                            "державної допомоги і є доказом, а не звільненням від відповідальності.",
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
                sources(RES_417, RES_417_2021, LAW_2011, CC_COERCION, IOM_2018, TIP_REPORTS),
            ),
        ],
    ),
    module(
        "victim-centred-proceedings",
        ("Victim-centred proceedings", "Провадження, орієнтоване на потерпілих"),
        (
            "Not punishing victims for what they were compelled to do, protecting them in court, and supporting "
            "compensation.",
            "Непокарання постраждалих за те, до чого їх примусили, їхній захист у суді та підтримка вимог про "
            "компенсацію.",
        ),
        [
            lesson(
                "non-punishment",
                20,
                ("The non-punishment principle", "Принцип непокарання"),
                ("Apply the non-punishment principle.", "Застосовувати принцип непокарання."),
                md(
                    """
## The principle
Traffickers often make victims commit offences — theft, using false documents, working without permits. The
**non-punishment principle** protects victims from being penalised for acts they were compelled to commit.

| Source | What it provides |
|---|---|
| CETS No. 197 (ratified by Ukraine) | the non-punishment principle |
| Directive 2011/36/EU, Art. 8 (EU benchmark) | non-prosecution of victims, or no penalties, for such acts |
| ILO Protocol of 2014 (P029; Ukraine's ratification not confirmed here) | victims should not be prosecuted for acts they were compelled to commit |
| **Criminal Code of Ukraine, Art. 40** | the statutory basis: an act done under **physical coercion** that left the person unable to control their actions is not a criminal offence; **mental coercion**, and physical coercion that left the person in control, are assessed under **Art. 39 (extreme necessity)** |
| Resolution No. 417 (Ukraine) | the **status certificate**: evidence that the person has been recognised as a victim, which she or he can rely on when asking not to be held liable; it does not itself exempt anyone |

A Cabinet resolution cannot create an exemption from criminal liability. Whether a victim answers for an act is
decided by the prosecutor and the court under the Criminal Code, read in the light of Ukraine's obligations under
CETS No. 197. The European Court of Human Rights has also addressed prosecuting possible victims (V.C.L. and A.N.
v. the United Kingdom, Module 4).

Directive 2011/36/EU also counts **forced criminal activities** and begging among the forms of exploitation
(Art. 2): a person made to steal can be the victim of trafficking, not only a suspect.

## Applying it, step by step
1. **Screen early.** If a suspect's account includes recruitment, debts, confiscated documents or control by
   others, ask whether they may be a victim — before charges harden.
2. **Link the offence to the exploitation.** Was the act committed because of the trafficking situation, under
   coercion, threats or debt?
3. **Check status.** A status certificate is evidence the person can rely on; the legal question is still
   whether Art. 40 or Art. 39 of the Criminal Code applies. If there is no certificate, the person can still be
   referred to the status procedure, and the court assesses the coercion on the evidence.
4. **Do not make help conditional** on cooperation or on a guilty plea.
5. **Give reasons.** Explain in the decision why the principle does or does not apply to each act.

The principle is about **compulsion**, not about sympathy: it covers acts that were a consequence of being
trafficked.
""",
                    """
## Суть принципу
Злочинці часто змушують постраждалих учиняти правопорушення — крадіжки, використання підроблених документів,
роботу без дозволів. **Принцип непокарання** захищає постраждалих від покарання за дії, до яких їх примусили.

| Джерело | Що передбачає |
|---|---|
| Конвенція № 197 (ратифікована Україною) | принцип непокарання |
| Директива 2011/36/ЄС, ст. 8 (орієнтир ЄС) | непритягнення постраждалих до відповідальності або незастосування покарань за такі дії |
| Протокол МОП 2014 року (ратифікацію Україною тут не підтверджено) | постраждалих не слід притягати до відповідальності за дії, до яких їх примусили |
| **Кримінальний кодекс України, ст. 40** | законодавча підстава: дія, вчинена під **фізичним примусом**, унаслідок якого особа не могла керувати своїми діями, не є кримінальним правопорушенням; питання про відповідальність за **психічного примусу**, а також за фізичного примусу, коли особа зберігала змогу керувати своїми діями, вирішується за **ст. 39 (крайня необхідність)** |
| Постанова № 417 (Україна) | **довідка про встановлення статусу**: доказ того, що людину визнано постраждалою, на який вона може посилатися, просячи не притягати її до відповідальності; сама по собі довідка ні від чого не звільняє |

Постанова Кабінету Міністрів не може створити підставу для звільнення від кримінальної відповідальності. Чи
відповідає постраждала особа за свою дію, вирішують прокурор і суд відповідно до Кримінального кодексу, з
урахуванням зобов'язань України за Конвенцією № 197. Питання про переслідування можливих постраждалих розглядав і
Європейський суд з прав людини (справа «V.C.L. та A.N. проти Сполученого Королівства», модуль 4).

Директива 2011/36/ЄС також відносить до форм експлуатації **примушування до злочинної діяльності** і
жебракування (ст. 2): людина, яку змушували красти, може бути постраждалою від торгівлі людьми, а не лише
підозрюваною.

## Застосування крок за кроком
1. **Перевіряйте рано.** Якщо в поясненнях підозрюваного йдеться про вербування, борги, відібрані документи чи
   контроль з боку інших, з'ясуйте, чи не є він постраждалим, — ще до того, як обвинувачення сформується.
2. **Пов'яжіть правопорушення з експлуатацією.** Чи вчинено дію через ситуацію торгівлі людьми — під примусом,
   погрозами чи через борг?
3. **Перевірте статус.** Довідка про встановлення статусу — доказ, на який людина може посилатися; юридичне
   питання однаково полягає в тому, чи застосовується ст. 40 або ст. 39 Кримінального кодексу. Якщо довідки
   немає, людину все одно можна перенаправити на процедуру встановлення статусу, а примус суд оцінює за
   доказами.
4. **Не ставте допомогу в залежність** від співпраці чи визнання вини.
5. **Мотивуйте рішення.** Поясніть щодо кожної дії, чому принцип застосовується або не застосовується.

Принцип стосується **примусу**, а не співчуття: він охоплює дії, що стали наслідком торгівлі людьми.
""",
                ),
                OLHA,
                sources(CETS, CC_COERCION, EU_2011, ILO29, RES_417),
            ),
            lesson(
                "protecting-witnesses",
                15,
                ("Protecting victims and witnesses", "Захист потерпілих і свідків"),
                (
                    "Protect victims and witnesses before and during trial (CETS Art. 28; confidentiality systems).",
                    "Захищати потерпілих і свідків до і під час судового розгляду (ст. 28 Конвенції № 197; системи "
                    "конфіденційності).",
                ),
                md(
                    """
## Why protection comes first
A victim who fears retaliation, or who is shamed in public, may withdraw — and the case may collapse with her or
him. Protection is both a duty towards the person and a condition for effective prosecution.

## What the instruments provide
CETS **Art. 28** requires protection for victims, witnesses and people who cooperate with justice, including:

- **physical protection**;
- **relocation**;
- **change of identity**.

Publishing a victim's name or identifying details is the opposite of protection.

## What exists in Ukraine
- With IOM's support, **victim and witness protection systems** have been installed in **14 regions** of
  Ukraine to keep court hearings on trafficking **confidential**.
- Officials who interview applicants for victim status sign a **non-disclosure undertaking** (Resolution 417).
- More than **1,500 judges** have been trained on trafficking cases with IOM's support.
- The Criminal Procedure Code provides the tools: closed hearings, testimony by video link, questioning before
  the investigating judge during the pre-trial investigation, and special rules for children (Module 4).

## Questions for the bench and the prosecution
- Has the victim's safety been assessed before each hearing, and after it?
- Can the victim give evidence safely, using the confidentiality systems where they exist?
- Are names, addresses and photographs kept out of public documents and away from the media?
- Is the victim told, in plain words, what will happen at each stage?
- Is a lawyer, psychologist or support NGO involved, with the victim's agreement?

Trauma can make accounts fragmented or inconsistent. Assess credibility with that in mind, not by how calm or
"convincing" the person appears.
""",
                    """
## Чому захист — насамперед
Потерпіла особа, яка боїться помсти або зазнає публічного осуду, може відмовитися від участі — і справа може
розвалитися разом із цим. Захист — це і обов'язок щодо людини, і умова ефективного переслідування.

## Що передбачають інструменти
**Стаття 28** Конвенції № 197 вимагає захисту потерпілих, свідків і осіб, які співпрацюють із правосуддям,
зокрема:

- **фізичного захисту**;
- **переселення**;
- **зміни особистих даних**.

Оприлюднення імені чи даних, за якими можна впізнати потерпілу особу, — протилежність захисту.

## Що є в Україні
- За підтримки МОМ у **14 регіонах** України встановлено **системи захисту потерпілих і свідків**, які
  забезпечують **конфіденційність** судових засідань у справах про торгівлю людьми.
- Посадові особи, які проводять співбесіду для встановлення статусу, підписують **зобов'язання про
  нерозголошення** (Постанова № 417).
- За підтримки МОМ навчання з розгляду справ про торгівлю людьми пройшли понад **1 500 суддів**.
- Інструменти для цього передбачає Кримінальний процесуальний кодекс: закритий судовий розгляд, показання в
  режимі відеоконференції, допит слідчим суддею під час досудового розслідування, особливі правила для дітей
  (модуль 4).

## Запитання для суду і сторони обвинувачення
- Чи оцінено безпеку потерпілої особи перед кожним засіданням і після нього?
- Чи може вона безпечно давати показання, з використанням систем конфіденційності там, де вони є?
- Чи вилучено імена, адреси і фотографії з публічних документів і чи захищено їх від медіа?
- Чи пояснюють потерпілій особі простими словами, що відбуватиметься на кожному етапі?
- Чи залучено, за її згодою, адвоката, психолога або громадську організацію підтримки?

Травма може робити розповідь уривчастою чи непослідовною. Оцінюйте достовірність показань з огляду на це, а не
за тим, наскільки спокійною чи «переконливою» здається людина.
""",
                ),
                NO_BLAME,
                sources(CETS, IOM_PROGRAMME, RES_417),
            ),
            lesson(
                "compensation",
                15,
                ("Supporting compensation claims", "Підтримка вимог про компенсацію"),
                (
                    "Support victims' compensation claims (Directive 2011/36/EU, Art. 17; ILO P029).",
                    "Підтримувати вимоги потерпілих про компенсацію (Директива 2011/36/ЄС, ст. 17; Протокол МОП 2014 "
                    "року).",
                ),
                md(
                    """
## The standard
- The **ILO Protocol of 2014 (P029)** requires that victims of forced labour have access to **remedies,
  including compensation**.
- **Directive 2011/36/EU, Art. 17** — an EU benchmark — requires access to compensation for victims of
  trafficking.

Compensation is different from the **one-time financial aid** a person receives from the state with victim status
(Resolution 417). State aid helps recovery; compensation answers for the harm the offenders caused and the
profits they made from the victim's work.

## Making losses visible
Losses in trafficking cases are often concrete and measurable:

| Loss | Where the evidence may be |
|---|---|
| Unpaid or withheld wages | the hours and period worked; what was promised; what was actually paid |
| "Debts" imposed by the exploiter | deductions for travel, housing or food |
| Medical and psychological harm | records of treatment, including at specialised services |
| Lost documents and property | what was taken, and when |

Withholding of wages is itself one of the ILO indicators of forced labour: the same facts that prove the
**means** can measure the **loss**.

## In practice
- Record losses **from the first interview**, not only at the end of the trial.
- Tell the victim, in plain words, that a claim is possible and who can help her or him make it.
- In the criminal proceedings themselves, the victim can bring a **civil claim** against the accused (Criminal
  Procedure Code, Arts. 61 and 127–129; Module 4).

Mykola, in the composite case of Module 3, worked for **nine years** and received only occasional small sums:
think about how that loss would be calculated and proved.
""",
                    """
## Стандарт
- **Протокол МОП 2014 року** вимагає, щоб постраждалі від примусової праці мали доступ до **засобів правового
  захисту, зокрема компенсації**.
- **Стаття 17 Директиви 2011/36/ЄС** — орієнтир ЄС — вимагає доступу постраждалих від торгівлі людьми до
  компенсації.

Компенсація — це не те саме, що **одноразова матеріальна допомога**, яку держава надає особі зі статусом
(Постанова № 417). Державна допомога сприяє відновленню; компенсація відповідає за шкоду, заподіяну злочинцями,
і за вигоду, яку вони отримали від праці постраждалої особи.

## Зробити втрати видимими
Втрати у справах про торгівлю людьми часто конкретні й вимірювані:

| Втрата | Де можуть бути докази |
|---|---|
| Невиплачена заробітна плата | відпрацьовані години і період; що обіцяли; що фактично сплатили |
| «Борги», нав'язані експлуататором | утримання за дорогу, житло чи харчування |
| Шкода здоров'ю, психологічна шкода | документи про лікування, зокрема у спеціалізованих службах |
| Втрачені документи і майно | що забрали і коли |

Невиплата заробітної плати сама по собі є одним з індикаторів примусової праці МОП: ті самі факти, що
доводять **спосіб**, допомагають виміряти **шкоду**.

## На практиці
- Фіксуйте втрати **від першого допиту**, а не лише наприкінці судового розгляду.
- Простими словами поясніть потерпілій особі, що вимога можлива і хто допоможе її заявити.
- У самому кримінальному провадженні потерпіла особа може пред'явити обвинуваченому **цивільний позов**
  (Кримінальний процесуальний кодекс, ст. 61 і 127–129; модуль 4).

Микола з узагальненого випадку в модулі 3 працював **дев'ять років** і лише зрідка отримував невеликі суми:
подумайте, як обчислити і довести таку шкоду.
""",
                ),
                terms(
                    [
                        (
                            "Compensation",
                            "Payment for the harm and losses a victim suffered, including unpaid wages.",
                            "Компенсація",
                            "Відшкодування шкоди і втрат, яких зазнала потерпіла особа, зокрема невиплаченого "
                            "заробітку.",
                        ),
                        (
                            "One-time financial aid",
                            "State assistance paid to a person granted victim status (Resolution No. 417); not "
                            "compensation from the offender.",
                            "Одноразова матеріальна допомога",
                            "Державна допомога особі, якій установлено статус (Постанова № 417); не є компенсацією "
                            "від злочинця.",
                        ),
                    ]
                ),
                sources(ILO29, EU_2011, RES_417, ILO_INDICATORS, CPC),
            ),
        ],
    ),
    module(
        "labour-exploitation",
        ("Labour-exploitation cases", "Справи про трудову експлуатацію"),
        (
            "From ILO indicators to evidence of the means, internal trafficking, and ruling on a composite case.",
            "Від індикаторів МОП до доказів способу, внутрішня торгівля людьми і рішення в узагальненому випадку.",
        ),
        [
            lesson(
                "indicators-as-evidence",
                20,
                ("ILO indicators as evidence of the means", "Індикатори МОП як доказ способу"),
                (
                    "Use the ILO indicators of forced labour as evidence of the “means”.",
                    "Використовувати індикатори примусової праці МОП як доказ «способу».",
                ),
                md(
                    """
## The definition of forced labour
Under **ILO Convention No. 29, Art. 2(1)**, forced labour is work "exacted … under the menace of any penalty" that
the person "has not offered himself voluntarily". Two elements, then: **the menace of a penalty** and
**involuntariness**. Low pay or long hours alone do not meet the definition; they are indicators.

## From indicator to means
The ILO's eleven indicators (2012) describe facts. Many of them can support one of the **means** listed in
Article 149. The table is a guide to reasoning, not a rule of law.

| ILO indicator | Means in Art. 149 it can support |
|---|---|
| Abuse of vulnerability | use of a **vulnerable state** |
| Deception | **deception** |
| Physical or sexual violence; intimidation and threats | **coercion**; **blackmail** |
| Debt bondage; withholding of wages | **material or other dependence** |
| Retention of identity documents; restriction of movement; isolation | **coercion**; **dependence** |
| Abusive working and living conditions; excessive overtime | the purpose of **exploitation** |

## Weighing indicators
- **One indicator can sometimes be enough**; usually several appear together (ILO).
- Indicators are **not proof on their own** (UNODC): each must be established by evidence — testimony, pay
  records, the documents found with the employer, medical records.
- Look at the relationship **over time**. Occasional small payments do not cancel the withholding of wages;
  a person who once went to the shop was not necessarily free to leave.
- The victim's **consent** is irrelevant once a means is proved (Palermo Art. 3(b)).
""",
                    """
## Визначення примусової праці
Згідно зі **статтею 2(1) Конвенції МОП № 29**, примусова праця — будь-яка робота чи служба, якої вимагають від
особи під загрозою покарання і для якої ця особа не запропонувала добровільно своїх послуг. Отже, два елементи:
**загроза покарання** і **недобровільність**. Низька оплата чи довгий робочий день самі по собі не відповідають визначенню — це
індикатори.

## Від індикатора до способу
Одинадцять індикаторів МОП (2012) описують факти. Багато з них можуть підтверджувати один зі **способів**,
названих у статті 149. Таблиця — це підказка для міркувань, а не норма права.

| Індикатор МОП | Спосіб за ст. 149, який він може підтверджувати |
|---|---|
| Зловживання уразливістю | використання **уразливого стану** |
| Обман | **обман** |
| Фізичне чи сексуальне насильство; залякування і погрози | **примус**; **шантаж** |
| Боргова кабала; невиплата заробітної плати | **матеріальна чи інша залежність** |
| Утримання документів, що посвідчують особу; обмеження свободи пересування; ізоляція | **примус**; **залежність** |
| Жорстокі умови праці та проживання; надмірна понаднормова робота | мета **експлуатації** |

## Як оцінювати індикатори
- **Іноді достатньо одного індикатора**; зазвичай їх кілька (МОП).
- Індикатори **самі по собі не є доказом** (УНП ООН): кожен треба встановити доказами — показаннями, записами
  про оплату, документами, знайденими в роботодавця, медичними документами.
- Оцінюйте стосунки **в часі**. Зрідка виплачені невеликі суми не скасовують невиплати заробітної плати; людина,
  яка одного разу сходила до крамниці, не обов'язково могла вільно піти.
- **Згода** постраждалої особи не має значення, якщо доведено спосіб (Палермський протокол, ст. 3(b)).
""",
                ),
                terms(
                    [
                        (
                            "Menace of a penalty",
                            "Any threat — of violence, of losing documents or wages, of being reported — that makes "
                            "a person work (ILO No. 29, Art. 2(1)).",
                            "Загроза покарання",
                            "Будь-яка погроза — насильством, утратою документів чи заробітку, повідомленням до "
                            "органів, — що змушує людину працювати (Конвенція МОП № 29, ст. 2(1)).",
                        ),
                        (
                            "Involuntariness",
                            "The person did not offer the work freely, or could not stop it.",
                            "Недобровільність",
                            "Людина не погоджувалася на роботу вільно або не могла її припинити.",
                        ),
                    ]
                ),
                sources(ILO29, ILO_INDICATORS, CC_149, PALERMO, UNODC),
            ),
            lesson(
                "internal-trafficking",
                15,
                ("Prosecuting internal trafficking", "Переслідування внутрішньої торгівлі людьми"),
                (
                    "Prosecute trafficking that never crossed a border.",
                    "Переслідувати торгівлю людьми, яка відбувалася без перетину кордону.",
                ),
                md(
                    f"""
## No border needed
Neither the Palermo Protocol nor Article 149 requires a border crossing. The act (recruitment, movement,
harbouring, transfer or receipt), the means and the purpose can all take place in one village.

## What we know about internal cases
- In 2014 IOM described Ukraine as a source, transit and, **increasingly, destination** country. Of the people IOM
  and its partners had assisted by then, **6%** had been trafficked to or within Ukraine.
- There were **no reliable estimates** of how many people are trafficked to or within Ukraine: the cases that
  reach court are likely only part of the picture.
- Long-term exploitation on farms, in households and on building sites is often found close to home; the
  composite case in Lesson 3 is set on a farm in Ukraine.

## Why internal cases are missed
- Victims may not see themselves as victims, and {IOM_INVISIBLE[0]} (IOM, 2018).
- Exploiters may be neighbours, employers or relatives, trusted in the community.
- The person is often made vulnerable by injury, job loss, poverty or displacement — a **vulnerable state** that
  Article 149 names as a means.

## What helps
- **Do not wait for a complaint.** Under CETS Art. 27, investigation and prosecution do not depend on one.
- Work with social services and NGOs in the National Referral Mechanism: they often see the first signs.
- Trafficking by a **parent or guardian** carries 8 to 15 years since the 2018 amendment: cases can involve
  children exploited by the very people who should protect them.
""",
                    f"""
## Кордон не потрібен
Ні Палермський протокол, ні стаття 149 не вимагають перетину кордону. Дія (вербування, переміщення,
переховування, передача чи одержання), спосіб і мета можуть відбуватися в одному селі.

## Що відомо про внутрішні випадки
- У 2014 році МОМ характеризувала Україну як країну походження, транзиту і **дедалі більше — призначення**.
  Серед осіб, яким МОМ і партнери на той час допомогли, **6%** постраждали в Україні (всередині країни або після
  ввезення до неї).
- **Надійних оцінок** кількості людей, які постраждали від торгівлі людьми в Україні, не було: справи, що доходять
  до суду, — імовірно, лише частина картини.
- Тривала експлуатація на фермах, у домогосподарствах і на будівництві часто трапляється поруч із домом;
  узагальнений випадок в уроці 3 відбувається на фермі в Україні.

## Чому внутрішні випадки залишаються непоміченими
- Постраждалі можуть не вважати себе постраждалими; вони {IOM_INVISIBLE[1]} (МОМ, 2018).
- Експлуататорами можуть бути сусіди, роботодавці чи родичі, яким громада довіряє.
- Людина часто вразлива через травму, втрату роботи, бідність чи переміщення — це **уразливий стан**, який
  стаття 149 називає способом.

## Що допомагає
- **Не чекайте скарги.** Згідно зі статтею 27 Конвенції № 197, розслідування і переслідування від неї не
  залежать.
- Співпрацюйте із соціальними службами і громадськими організаціями в НМВ: саме вони часто помічають перші
  ознаки.
- Торгівля людьми, вчинена **батьками або опікуном**, після змін 2018 року карається позбавленням волі від 8 до
  15 років: у таких справах можуть постраждати діти, яких експлуатують саме ті, хто мав би їх захищати.
""",
                ),
                callout(
                    "warning",
                    "Do not read “no border” as “no trafficking”",
                    'A case file that says only "labour dispute" or "domestic conflict" may hide all three '
                    "elements of Article 149. Ask about the means and the purpose.",
                    "«Без кордону» не означає «без торгівлі людьми»",
                    "За формулюваннями «трудовий спір» чи «побутовий конфлікт» у матеріалах справи можуть "
                    "ховатися всі три елементи статті 149. З'ясовуйте спосіб і мету.",
                ),
                sources(PALERMO, CC_149, IOM_NORWAY, IOM_2018, CETS),
            ),
            lesson(
                "ruling-composite-case",
                25,
                ("Ruling on a composite case", "Рішення в узагальненому випадку"),
                (
                    "Apply Article 149 and the ILO indicators to rule on a composite labour-exploitation case.",
                    "Застосовувати статтю 149 та індикатори МОП, щоб ухвалити рішення в узагальненому випадку "
                    "трудової експлуатації.",
                ),
                md(
                    """
## About this exercise
Mykola is a **composite case**, built from several cases for training: no real person is described, the name is a
pseudonym, and the trial is **imagined**. It applies today's framework.

## The elements
| Element | Facts |
|---|---|
| **Act** | recruitment through a job advertisement; harbouring on the farm for nine years |
| **Means** | use of a **vulnerable state** (work injury, job loss); **coercion** through beatings; **material or other dependence** created by keeping his passport and paying only occasional small sums |
| **Purpose** | **labour exploitation**: farm work for almost no pay, in an unheated outbuilding |

## The defence arguments, answered
| Defence | Answer |
|---|---|
| "He came of his own will." | Consent is irrelevant once a means was used (Palermo Art. 3(b)). |
| "He was paid." | Occasional small sums are still **withholding of wages** (ILO indicator). |
| "He could have walked away." | His passport was kept and he was beaten: retention of documents and violence are ILO indicators; the menace of a penalty and involuntariness are the core of forced labour (ILO No. 29, Art. 2(1)). |
| "Nobody complained for nine years." | Investigation does not depend on a complaint (CETS Art. 27); victims often remain invisible. |
| "Nothing crossed a border." | Article 149 requires no border crossing. |

## What a judgment should record
Clear findings on each element, the evidence for each means, and the harm suffered — including unpaid work
over nine years — so that the victim's access to assistance and compensation is supported.
""",
                    """
## Про цю вправу
Микола — **узагальнений випадок, складений з кількох справ** для навчання: реальну людину не описано, ім'я
вигадане, а судовий розгляд **уявний**. У вправі застосовано чинну нині правову базу.

## Елементи складу
| Елемент | Факти |
|---|---|
| **Дія** | вербування через оголошення про роботу; переховування на фермі протягом дев'яти років |
| **Спосіб** | використання **уразливого стану** (виробнича травма, втрата роботи); **примус** через побиття; **матеріальна чи інша залежність**, створена утриманням паспорта і лише зрідка виплачуваними невеликими сумами |
| **Мета** | **трудова експлуатація**: робота на фермі майже без оплати, з проживанням у неопалюваній прибудові |

## Відповіді на аргументи захисту
| Захист | Відповідь |
|---|---|
| «Він прийшов сам». | Згода не має значення, якщо застосовано спосіб (Палермський протокол, ст. 3(b)). |
| «Йому платили». | Зрідка виплачені невеликі суми — це все одно **невиплата заробітної плати** (індикатор МОП). |
| «Він міг піти». | Його паспорт утримували, його били: утримання документів і насильство — індикатори МОП; загроза покарання і недобровільність — суть примусової праці (Конвенція МОП № 29, ст. 2(1)). |
| «Дев'ять років ніхто не скаржився». | Розслідування не залежить від скарги (ст. 27 Конвенції № 197); постраждалі часто залишаються невидимими. |
| «Кордону ніхто не перетинав». | Стаття 149 не вимагає перетину кордону. |

## Що має бути в судовому рішенні
Чіткі висновки щодо кожного елемента складу, докази кожного способу і заподіяна шкода — зокрема неоплачувана
праця протягом дев'яти років, — щоб підтримати доступ постраждалої особи до допомоги і компенсації.
""",
                ),
                MYKOLA_DEFENCE,
                sources(CC_149, ILO_INDICATORS, ILO29, PALERMO, CETS),
            ),
        ],
    ),
    module(
        "proceedings-that-protect",
        ("Proceedings that protect", "Провадження, що захищає"),
        (
            "Protective procedure under the Criminal Procedure Code, the civil claim, the notes to Article 149 and "
            "related offences, and the European Court of Human Rights' case law under Article 4.",
            "Процесуальні гарантії за Кримінальним процесуальним кодексом, цивільний позов, примітки до статті 149 і "
            "суміжні злочини, практика Європейського суду з прав людини за статтею 4.",
        ),
        [
            lesson(
                "hearing-victims-safely",
                20,
                ("Hearing victims safely: protective procedure", "Безпечний допит потерпілих: процесуальні гарантії"),
                (
                    "Use the Criminal Procedure Code's tools to hear victims and witnesses without endangering or "
                    "retraumatising them.",
                    "Використовувати інструменти Кримінального процесуального кодексу, щоб допитувати потерпілих і "
                    "свідків, не наражаючи їх на небезпеку і не завдаючи повторної травми.",
                ),
                md(
                    """
## Why procedure matters
Each time a victim has to repeat her or his account — in public, or face to face with the accused — the risk of
retraumatisation, of intimidation and of withdrawal grows. The Criminal Procedure Code of Ukraine (CPC) gives
prosecutors, investigating judges and courts tools to reduce that risk. This lesson names them by article; read
each against the current text on zakon.rada.gov.ua before relying on its details.

| Tool | CPC | What it allows |
|---|---|---|
| **Closed hearing** | Art. 27 | The court can hold all or part of the hearing in camera. The grounds the article lists include proceedings on crimes against sexual freedom and sexual inviolability, preventing the disclosure of information about a person's private and family life or of circumstances that degrade her or his dignity, and the safety of people taking part in the proceedings. |
| **Testimony by video link** | Art. 232 (pre-trial investigation); Art. 336 (trial) | Questioning by videoconference, among other grounds to ensure a person's safety or when a child is questioned. Where safety requires it, the person can be questioned in conditions that prevent her or him from being identified — check the current text for the conditions. |
| **Questioning before the investigating judge** | Art. 225 | During the pre-trial investigation, in exceptional cases — a danger to the life or health of the witness or victim, serious illness, or other circumstances that could make questioning at trial impossible or affect the completeness or reliability of the testimony — a party can ask the investigating judge to question the person in a court hearing. The court can rely on testimony obtained this way (Art. 95). |
| **Questioning a child** | Art. 226 (pre-trial investigation); Art. 354 (trial) | A child is questioned in the presence of a legal representative, a teacher or a psychologist, and a doctor where needed. The CPC also limits how long a child's questioning may last — check the current text. |

## Good practice around the rules
- **Plan early.** Decide at the start of the investigation how the victim will give evidence, and whether Art. 225
  is needed — threats and pressure often come before trial.
- **Ask, do not assume.** Ask the victim what she or he needs: an interpreter, a support person, breaks, a
  separate waiting room.
- **One good interview is better than many.** Every repetition costs the victim and can create inconsistencies
  that the defence will use.
- **Protect identity.** Combine these tools with the confidentiality systems in 14 regions (Module 2) and keep
  names and addresses out of public documents.
- **Safety measures.** The Law of Ukraine "On Ensuring the Safety of Persons Participating in Criminal
  Proceedings" provides further measures; ask for them where the risk calls for it.
""",
                    """
## Чому важлива процедура
Щоразу, коли потерпіла особа мусить повторювати свою розповідь — публічно чи віч-на-віч з обвинуваченим, —
зростає ризик повторної травматизації, залякування і відмови від участі. Кримінальний процесуальний кодекс
України (КПК) дає прокурорам, слідчим суддям і судам інструменти, щоб цей ризик зменшити. У цьому уроці їх
названо за статтями; перш ніж спиратися на подробиці, звірте кожну статтю з чинною редакцією на
zakon.rada.gov.ua.

| Інструмент | КПК | Що дозволяє |
|---|---|---|
| **Закритий судовий розгляд** | ст. 27 | Суд може провести судовий розгляд повністю або частково в закритому засіданні. Серед підстав, названих у статті, — провадження щодо злочинів проти статевої свободи та статевої недоторканості, запобігання розголошенню відомостей про особисте та сімейне життя або обставин, які принижують гідність особи, і забезпечення безпеки учасників провадження. |
| **Показання в режимі відеоконференції** | ст. 232 (досудове розслідування); ст. 336 (судовий розгляд) | Допит у режимі відеоконференції, зокрема для забезпечення безпеки особи або під час допиту дитини. Якщо цього вимагає безпека, особу можна допитати в умовах, що унеможливлюють її ідентифікацію, — умови перевірте в чинній редакції. |
| **Допит слідчим суддею** | ст. 225 | Під час досудового розслідування у виняткових випадках — через небезпеку для життя чи здоров'я свідка або потерпілого, тяжку хворобу чи інші обставини, що можуть унеможливити допит у суді або вплинути на повноту чи достовірність показань, — сторона може звернутися до слідчого судді з клопотанням допитати особу в судовому засіданні. Суд може спиратися на показання, отримані в такий спосіб (ст. 95). |
| **Допит дитини** | ст. 226 (досудове розслідування); ст. 354 (судовий розгляд) | Дитину допитують у присутності законного представника, педагога або психолога, а за потреби — лікаря. КПК також обмежує тривалість допиту дитини — перевірте чинну редакцію. |

## Належна практика довкола норм
- **Плануйте заздалегідь.** Уже на початку розслідування вирішіть, як потерпіла особа даватиме показання і чи
  потрібна ст. 225: погрози і тиск часто з'являються ще до суду.
- **Запитуйте, а не припускайте.** З'ясуйте, що потрібно людині: перекладач, особа для підтримки, перерви, окреме
  приміщення для очікування.
- **Один якісний допит кращий за кілька.** Кожне повторення дорого коштує потерпілій особі і може породити
  суперечності, якими скористається захист.
- **Захищайте особу.** Поєднуйте ці інструменти із системами конфіденційності в 14 регіонах (модуль 2) і не
  допускайте імен та адрес у публічних документах.
- **Заходи безпеки.** Закон України «Про забезпечення безпеки осіб, які беруть участь у кримінальному
  судочинстві» передбачає додаткові заходи; клопочіть про них, якщо цього вимагає ризик.
""",
                ),
                terms(
                    [
                        (
                            "Investigating judge",
                            "The judge who oversees rights and freedoms during the pre-trial investigation; under "
                            "CPC Art. 225 she or he can question a witness or victim in a court hearing.",
                            "Слідчий суддя",
                            "Суддя, який здійснює судовий контроль за дотриманням прав і свобод під час досудового "
                            "розслідування; за ст. 225 КПК може допитати свідка чи потерпілого в судовому засіданні.",
                        ),
                        (
                            "Closed hearing",
                            "A hearing, or part of one, held without the public (CPC Art. 27).",
                            "Закрите судове засідання",
                            "Судове засідання або його частина без присутності публіки (ст. 27 КПК).",
                        ),
                    ]
                ),
                NO_BLAME,
                sources(CPC, IOM_PROGRAMME),
            ),
            lesson(
                "civil-claim",
                15,
                ("The civil claim in criminal proceedings", "Цивільний позов у кримінальному провадженні"),
                (
                    "Help a victim claim compensation from the accused within the criminal proceedings.",
                    "Допомагати потерпілій особі вимагати відшкодування від обвинуваченого в межах кримінального "
                    "провадження.",
                ),
                md(
                    """
## The rule
A person who has suffered **pecuniary or non-pecuniary (moral) damage** from a criminal offence can bring a
**civil claim** against the suspect or the accused — or against a person who bears civil liability for their acts
— within the criminal proceedings (CPC Art. 128). She or he then takes part as a **civil plaintiff**, with the
rights the Code gives that party (Art. 61). The court decides the claim in its **judgment**: it grants it in full
or in part, or dismisses it, depending on what has been proved (Art. 129). The Code also provides that the
suspect or accused can compensate the harm voluntarily (Art. 127).

## Why it matters in trafficking cases
- It spares the victim a second set of proceedings, and a second account of what happened.
- The evidence is already before the court: the same facts that prove the **means** — withholding of wages,
  "debts", violence — measure the **loss** (Module 2).
- Non-pecuniary damage is real damage: fear, humiliation and lost years are part of what the offender caused.

## In practice
- **Explain the right early**, in plain words, and tell the victim who can help her or him prepare the claim
  (free legal aid, a lawyer, a support NGO).
- **Mind the timing.** The claim is brought before the trial begins (Art. 128) — check the current text.
- **Secure the claim.** Traffickers move their assets; ask early whether property should be attached to secure
  the claim (arrest of property, CPC Art. 170 — check the current text).
- **Children and people without full capacity.** A legal representative — and in some cases the prosecutor —
  can bring the claim on their behalf (Art. 128 — check the current text).
- **Give reasons** on the amount, so that the victim understands the judgment and can enforce it.
""",
                    """
## Правило
Особа, якій кримінальним правопорушенням завдано **майнової та/або моральної шкоди**, може пред'явити
**цивільний позов** до підозрюваного чи обвинуваченого — або до особи, яка несе цивільну відповідальність за їхні
дії, — у межах кримінального провадження (ст. 128 КПК). Тоді вона бере участь у провадженні як **цивільний
позивач** з правами, які Кодекс надає цій стороні (ст. 61). Суд вирішує позов у **вироку**: залежно від
доведеності задовольняє його повністю або частково чи відмовляє в ньому (ст. 129). Кодекс також передбачає, що
підозрюваний чи обвинувачений може добровільно відшкодувати шкоду (ст. 127).

## Чому це важливо у справах про торгівлю людьми
- Потерпілій особі не доводиться проходити ще одне провадження і ще раз розповідати, що сталося.
- Докази вже перед судом: ті самі факти, що доводять **спосіб**, — невиплата заробітної плати, «борги»,
  насильство, — дають змогу виміряти **шкоду** (модуль 2).
- Моральна шкода — це справжня шкода: страх, приниження і втрачені роки — частина того, що заподіяв злочинець.

## На практиці
- **Роз'ясніть право заздалегідь** простими словами і скажіть, хто допоможе підготувати позов (безоплатна правнича
  допомога, адвокат, громадська організація підтримки).
- **Зважайте на строки.** Позов пред'являють до початку судового розгляду (ст. 128) — перевірте чинну редакцію.
- **Забезпечте позов.** Злочинці переводять майно; якомога раніше з'ясуйте, чи треба накласти арешт на майно для
  забезпечення позову (арешт майна, ст. 170 КПК — перевірте чинну редакцію).
- **Діти й особи без повної дієздатності.** Позов в їхніх інтересах може пред'явити законний представник, а в
  деяких випадках — прокурор (ст. 128 — перевірте чинну редакцію).
- **Мотивуйте розмір**, щоб потерпіла особа розуміла вирок і могла домогтися його виконання.
""",
                ),
                terms(
                    [
                        (
                            "Civil plaintiff",
                            "A person who has brought a civil claim in criminal proceedings (CPC Art. 61).",
                            "Цивільний позивач",
                            "Особа, яка пред'явила цивільний позов у кримінальному провадженні (ст. 61 КПК).",
                        ),
                        (
                            "Non-pecuniary (moral) damage",
                            "Harm such as suffering, fear and humiliation, which the court can order the offender "
                            "to compensate.",
                            "Моральна шкода",
                            "Шкода у вигляді страждань, страху, приниження, яку суд може стягнути з винної особи.",
                        ),
                    ]
                ),
                sources(CPC, ILO29, EU_2011, ILO_INDICATORS),
            ),
            lesson(
                "notes-and-related-offences",
                20,
                (
                    "The notes to Article 149 and related offences",
                    "Примітки до статті 149 і суміжні кримінальні правопорушення",
                ),
                (
                    "Use the notes to Article 149 and tell trafficking apart from exploitation of children (Art. 150) "
                    "and pimping (Art. 303).",
                    "Застосовувати примітки до статті 149 і відрізняти торгівлю людьми від експлуатації дітей "
                    "(ст. 150) та сутенерства (ст. 303).",
                ),
                md(
                    """
## The notes to Article 149
The Code explains two of the article's key terms in **notes** to it. This course paraphrases them; read the
current text on zakon.rada.gov.ua before you rely on the wording.

- **Exploitation.** The note gives a broad list of forms. Among them: all forms of sexual exploitation, forced
  labour or forced services, slavery and practices similar to slavery, servitude, debt bondage, removal of
  organs, experiments on a person without consent, illegal adoption for profit, forced pregnancy, drawing a
  person into criminal activity, and use in armed conflict.
- **Vulnerable state.** In substance, the note describes a state of a person — caused by physical or mental
  characteristics or by external circumstances — that deprives her or him of, or limits, the ability to
  understand or control her or his actions, to make decisions freely, or to resist violence or other unlawful
  acts; a combination of grave personal, family or other circumstances can create it.

Read together, the notes bring Article 149 close to the international definitions: the Palermo Protocol's "abuse
of a position of vulnerability" (Art. 3(a)) and the ILO indicator "abuse of vulnerability". In the composite case
of Module 3, a work injury and the loss of a job are the kind of circumstances the note has in mind.

## The purpose, not the result
Article 149 requires that the act be committed **for the purpose of** exploitation. The offence does not wait for
the exploitation to happen: recruiting or moving a person by deception, for exploitation, is trafficking even if
the person is rescued on the way.

## Related offences

| Article of the Criminal Code | What it covers | How it differs from Art. 149 |
|---|---|---|
| **Art. 149** — Trafficking in human beings | an act (including an unlawful agreement whose object is a person), a means, and the purpose of exploitation | the full act–means–purpose structure; exploitation need not have happened |
| **Art. 150** — Exploitation of children | exploiting a child below the age at which the law allows employment, by using the child's labour | it punishes the exploitation of a child's labour itself; no act of recruitment, movement or transfer, and no means, has to be shown |
| **Art. 303** — Pimping or involving a person in prostitution | pimping, and drawing a person into prostitution or forcing her or him into it | it targets conduct around prostitution; it does not require the trafficking act done for the purpose of exploitation |

## Choosing the article
Where the facts show a trafficking act, a means and the purpose of exploitation, consider **Article 149 first**:
the narrower offences do not capture the recruitment, the movement or the sale of a person. Whether the same
facts are also charged under Article 150 or 303, and how the articles combine, depends on the current text and on
the case law of the Supreme Court: check both. The aggravated parts of Articles 150 and 303, including those
concerning children, are not restated here.
""",
                    """
## Примітки до статті 149
Два ключові поняття статті Кодекс пояснює в **примітках** до неї. У курсі їх переказано своїми словами; перш ніж
спиратися на формулювання, прочитайте чинну редакцію на zakon.rada.gov.ua.

- **Експлуатація.** Примітка містить широкий перелік форм. Серед них: усі форми сексуальної експлуатації,
  примусова праця або примусове надання послуг, рабство або звичаї, подібні до рабства, підневільний стан,
  боргова кабала, вилучення органів, проведення дослідів над людиною без її згоди, незаконне усиновлення
  (удочеріння) з метою наживи, примусова вагітність, втягнення у злочинну діяльність, використання у збройних
  конфліктах.
- **Уразливий стан.** По суті, примітка описує стан особи, зумовлений її фізичними чи психічними властивостями або
  зовнішніми обставинами, який позбавляє її здатності або обмежує здатність усвідомлювати свої дії чи керувати
  ними, самостійно ухвалювати рішення або чинити опір насильницьким чи іншим незаконним діям; такий стан може
  створити збіг тяжких особистих, сімейних чи інших обставин.

Разом примітки наближають статтю 149 до міжнародних визначень: «зловживання уразливим становищем» у Палермському
протоколі (ст. 3(a)) та індикатора МОП «зловживання уразливістю». В узагальненому випадку з модуля 3 виробнича
травма і втрата роботи — саме такі обставини, про які йдеться в примітці.

## Мета, а не наслідок
Стаття 149 вимагає, щоб дію було вчинено **з метою** експлуатації. Злочин не чекає, поки експлуатація
відбудеться: вербування чи переміщення людини шляхом обману з метою експлуатації є торгівлею людьми, навіть якщо
людину звільнили дорогою.

## Суміжні кримінальні правопорушення

| Стаття Кримінального кодексу | Що охоплює | Чим відрізняється від ст. 149 |
|---|---|---|
| **Ст. 149** — Торгівля людьми | дія (зокрема незаконна угода, об'єктом якої є людина), спосіб і мета експлуатації | повна структура «дія–спосіб–мета»; експлуатація не обов'язково має відбутися |
| **Ст. 150** — Експлуатація дітей | експлуатація дитини, яка не досягла віку, з якого законодавство дозволяє працевлаштування, шляхом використання її праці | карає саму експлуатацію праці дитини; доводити вербування, переміщення чи передачу, а також спосіб, не потрібно |
| **Ст. 303** — Сутенерство або втягнення особи в заняття проституцією | сутенерство, втягнення особи в заняття проституцією або примушування до нього | стосується поведінки, пов'язаної з проституцією; не вимагає дії торгівлі людьми, вчиненої з метою експлуатації |

## Вибір статті
Якщо факти свідчать про дію, спосіб і мету експлуатації, **насамперед розгляньте статтю 149**: вужчі склади не
охоплюють вербування, переміщення чи продажу людини. Чи кваліфікувати ті самі факти також за статтею 150 або 303 і
як ці статті поєднуються, залежить від чинної редакції і практики Верховного Суду: перевірте і те, і інше.
Кваліфіковані частини статей 150 і 303, зокрема щодо дітей, тут не наведено.
""",
                ),
                sources(CC_NOTES, CC_RELATED, PALERMO, ILO_INDICATORS),
            ),
            lesson(
                "echr-article-4",
                25,
                (
                    "The European Court of Human Rights and Article 4",
                    "Європейський суд з прав людини і стаття 4 Конвенції",
                ),
                (
                    "Apply the Court's case law on trafficking under Article 4 of the European Convention on Human "
                    "Rights.",
                    "Застосовувати практику Європейського суду з прав людини щодо торгівлі людьми за статтею 4 "
                    "Конвенції про захист прав людини і основоположних свобод.",
                ),
                callout(
                    "warning",
                    "Content note",
                    "The judgments summarised below concern a death, violence against workers and forced "
                    "prostitution. The summaries keep to what the Court decided.",
                    "Попередження про зміст",
                    "Рішення, стисло викладені нижче, стосуються смерті людини, насильства щодо працівників і "
                    "примусової проституції. У викладі — лише те, що вирішив Суд.",
                ),
                md(
                    """
## Why it matters in a Ukrainian courtroom
**Article 4** of the European Convention on Human Rights prohibits slavery, servitude and forced or compulsory
labour. Ukraine is a party to the Convention, and Ukrainian courts apply the Convention and the Court's case law
as a source of law (Law No. 3477-IV of 23 February 2006, Art. 17). Four judgments set out what the State —
including its prosecutors and courts — owes to victims of trafficking.

| Judgment | Facts, in brief | What the Court held |
|---|---|---|
| **Rantsev v. Cyprus and Russia**, no. 25965/04, 7 January 2010 | A young woman recruited in Russia to work in a cabaret in Cyprus died in strange and unexplained circumstances. | Trafficking falls **within the scope of Article 4**. States have **positive obligations**: an adequate legal and administrative framework, operational measures to protect people at risk, and an effective investigation — which, in a cross-border case, includes **cooperating with the other States concerned**. Both States breached Article 4. |
| **Chowdury and Others v. Greece**, no. 21884/15, 30 March 2017 | Migrant strawberry pickers without work permits went unpaid for months; when they demanded their wages, an armed guard shot at them. | Their situation was **forced labour** and trafficking. Having agreed to the work at the outset did not exclude forced labour where the employer abused his power and their vulnerability. The prosecution and the compensation the workers obtained were **inadequate**: Greece breached Article 4(2). |
| **S.M. v. Croatia** [GC], no. 60561/14, 25 June 2020 | A woman reported that a former police officer had forced her into prostitution; he was acquitted. | Trafficking and **forced prostitution** fall within Article 4. The **procedural obligation** requires an effective investigation of all the relevant circumstances — including the victim's vulnerability and her relationship with the accused. The authorities had not met it. |
| **V.C.L. and A.N. v. the United Kingdom**, nos. 77587/12 and 74603/12, 16 February 2021 | Two boys found working in cannabis factories were prosecuted for drug offences although there were signs they had been trafficked. | Prosecuting a possible victim is not in itself contrary to Article 4, but once there is a credible suspicion of trafficking, the person must be **assessed promptly by qualified people**, and the decision to prosecute must take that assessment into account. Prosecuting without it breached **Article 4** and the right to a fair trial under **Article 6**. |

## What the judgments ask of you
- **Act of your own motion** once trafficking is credibly suspected — do not wait for a complaint (Rantsev; CETS
  Art. 27).
- **Look across borders**: request evidence and cooperation from the other States concerned (Rantsev).
- **Consent does not end the enquiry** (Chowdury; Palermo Art. 3(b)).
- **Investigate all the circumstances**, including vulnerability and the relationship with the accused; an
  investigation is an obligation of means, judged by its thoroughness (S.M.).
- **Screen suspects** for trafficking before deciding to prosecute, and give reasons (V.C.L. and A.N.; the
  non-punishment principle, Module 2).
- **Compensation is part of an effective response** (Chowdury; the civil claim, Lesson 2).

Read the full judgments on hudoc.echr.coe.int before citing them.
""",
                    """
## Чому це важливо в українському суді
**Стаття 4** Конвенції про захист прав людини і основоположних свобод забороняє рабство, підневільний стан і
примусову чи обов'язкову працю. Україна є стороною Конвенції, а суди України застосовують Конвенцію та практику
Суду як джерело права (Закон № 3477-IV від 23 лютого 2006 року, ст. 17). Чотири рішення визначають, що держава —
зокрема її прокурори і суди — винна постраждалим від торгівлі людьми.

| Рішення | Обставини стисло | Що вирішив Суд |
|---|---|---|
| **«Ранцев проти Кіпру та Росії»**, заява № 25965/04, 7 січня 2010 року | Молода жінка, завербована в Росії для роботи в кабаре на Кіпрі, загинула за дивних і нез'ясованих обставин. | Торгівля людьми **охоплюється статтею 4**. Держави мають **позитивні обов'язки**: належна правова й адміністративна база, оперативні заходи для захисту людей, яким загрожує небезпека, і ефективне розслідування, яке в транскордонній справі охоплює **співпрацю з іншими причетними державами**. Обидві держави порушили статтю 4. |
| **«Чоудхурі та інші проти Греції»**, заява № 21884/15, 30 березня 2017 року | Збирачам полуниць — мігрантам без дозволів на працю — місяцями не платили; коли вони вимагали заробітну плату, озброєний охоронець стріляв у них. | Їхнє становище було **примусовою працею** і торгівлею людьми. Те, що вони спочатку погодилися на роботу, не виключає примусової праці, якщо роботодавець зловживав своєю владою та їхньою уразливістю. Кримінальне переслідування і компенсація, яку отримали працівники, були **недостатніми**: Греція порушила статтю 4 § 2. |
| **«С.М. проти Хорватії»** [ВП], заява № 60561/14, 25 червня 2020 року | Жінка повідомила, що колишній поліцейський примушував її до проституції; його виправдали. | Торгівля людьми і **примусова проституція** охоплюються статтею 4. **Процесуальний обов'язок** вимагає ефективного розслідування всіх суттєвих обставин, зокрема уразливості потерпілої і її стосунків з обвинуваченим. Органи влади його не виконали. |
| **«V.C.L. та A.N. проти Сполученого Королівства»**, заяви № 77587/12 і 74603/12, 16 лютого 2021 року | Двох хлопців, яких знайшли на підпільних фермах з вирощування канабісу, притягли до відповідальності за злочини, пов'язані з наркотиками, хоча були ознаки, що вони постраждали від торгівлі людьми. | Переслідування можливої постраждалої особи саме по собі не суперечить статті 4, але щойно з'являється обґрунтована підозра в торгівлі людьми, особу мають **невідкладно оцінити кваліфіковані фахівці**, а рішення про переслідування має враховувати цю оцінку. Переслідування без неї порушило **статтю 4** і право на справедливий суд за **статтею 6**. |

## Чого ці рішення вимагають від вас
- **Дійте з власної ініціативи**, щойно є обґрунтована підозра в торгівлі людьми, — не чекайте скарги (Ранцев;
  ст. 27 Конвенції № 197).
- **Дивіться за кордон**: запитуйте докази і співпрацю в інших причетних держав (Ранцев).
- **Згода не завершує з'ясування** (Чоудхурі; Палермський протокол, ст. 3(b)).
- **Розслідуйте всі обставини**, зокрема уразливість і стосунки з обвинуваченим; обов'язок розслідування — це
  обов'язок докласти зусиль, і його оцінюють за ретельністю (С.М.).
- **Перевіряйте підозрюваних** на ознаки торгівлі людьми, перш ніж вирішувати питання про переслідування, і
  мотивуйте рішення (V.C.L. та A.N.; принцип непокарання, модуль 2).
- **Компенсація — частина ефективного реагування** (Чоудхурі; цивільний позов, урок 2).

Перш ніж посилатися на рішення, прочитайте їхні повні тексти на hudoc.echr.coe.int.
""",
                ),
                sources(ECHR_ART4, RANTSEV, CHOWDURY, SM_CROATIA, VCL, ECHR_LAW),
            ),
        ],
    ),
]


def tf_feedback(true_en, true_uk, false_en, false_uk):
    return ((true_en, true_uk), (false_en, false_uk))


QUESTIONS = [
    # --- Module 1: legal framework ---
    question(
        "single",
        "legal-framework",
        ["legal-instruments"],
        (
            "What is the penalty under Article 149, Part 1, of the Criminal Code of Ukraine?",
            "Яке покарання передбачає частина 1 статті 149 Кримінального кодексу України?",
        ),
        (
            "Criminal Code of Ukraine, Art. 149, Part 1: imprisonment for 3 to 8 years.",
            "КК України, ст. 149, ч. 1: позбавлення волі на строк від 3 до 8 років.",
        ),
        options=[
            (
                "3 to 8 years' imprisonment",
                "Позбавлення волі від 3 до 8 років",
                True,
                "Correct: this is the sanction of Part 1.",
                "Правильно: це санкція частини 1.",
            ),
            (
                "8 to 15 years' imprisonment",
                "Позбавлення волі від 8 до 15 років",
                False,
                "That range applies to trafficking by a parent or guardian (2018 amendment).",
                "Цей діапазон стосується торгівлі людьми, вчиненої батьками або опікуном (зміни 2018 року).",
            ),
            (
                "A fine only",
                "Лише штраф",
                False,
                "Part 1 provides for imprisonment.",
                "Частина 1 передбачає позбавлення волі.",
            ),
        ],
        source=(
            "Criminal Code of Ukraine, Art. 149, Part 1",
            "Кримінальний кодекс України, ст. 149, ч. 1",
        ),
    ),
    question(
        "true_false",
        "legal-framework",
        ["legal-instruments"],
        (
            "True or false: “Trafficking committed by a parent or guardian carries 8 to 15 years' imprisonment.”",
            "Правда чи неправда: «Торгівля людьми, вчинена батьками або опікуном, карається позбавленням волі від "
            "8 до 15 років»?",
        ),
        (
            "Criminal Code of Ukraine, Art. 149, as amended in 2018: 8 to 15 years for a parent or guardian.",
            "КК України, ст. 149 у редакції змін 2018 року: від 8 до 15 років для батьків або опікуна.",
        ),
        options=(
            True,
            tf_feedback(
                "Correct: the 2018 amendment set 8 to 15 years for a parent or guardian.",
                "Правильно: зміни 2018 року встановили від 8 до 15 років для батьків або опікуна.",
                "Not so: since the 2018 amendment, a parent or guardian faces 8 to 15 years.",
                "Ні: після змін 2018 року батькам або опікуну загрожує від 8 до 15 років.",
            ),
        ),
        source=(
            "Criminal Code of Ukraine, Art. 149, as amended in 2018 (draft law No. 6243)",
            "Кримінальний кодекс України, ст. 149 зі змінами 2018 року (законопроєкт № 6243)",
        ),
    ),
    question(
        "single",
        "legal-framework",
        ["legal-instruments"],
        (
            "Which EU act added the exploitation of surrogacy, forced marriage and illegal adoption to the forms of "
            "exploitation?",
            "Який акт ЄС додав до форм експлуатації експлуатацію сурогатного материнства, примусового шлюбу чи "
            "незаконного усиновлення?",
        ),
        (
            "Directive (EU) 2024/1712 of 13 June 2024 revised Directive 2011/36/EU and added the exploitation of "
            "surrogacy, forced marriage and illegal adoption. Surrogacy itself is lawful in Ukraine; the Directive "
            "is an EU benchmark.",
            "Директива (ЄС) 2024/1712 від 13 червня 2024 року оновила Директиву 2011/36/ЄС і додала експлуатацію "
            "сурогатного материнства, примусового шлюбу чи незаконного усиновлення. Саме сурогатне материнство в "
            "Україні законне; Директива — орієнтир ЄС.",
        ),
        options=[
            (
                "Directive (EU) 2024/1712",
                "Директива (ЄС) 2024/1712",
                True,
                "Correct: the 2024 revision, to be transposed by 15 July 2026.",
                "Правильно: оновлення 2024 року, яке треба транспонувати до 15 липня 2026 року.",
            ),
            (
                "Directive 2011/36/EU",
                "Директива 2011/36/ЄС",
                False,
                "That is the original directive; the 2024 revision added these forms.",
                "Це первинна директива; ці форми додало оновлення 2024 року.",
            ),
            (
                "CETS No. 197",
                "Конвенція № 197",
                False,
                "A Council of Europe convention, not an EU act.",
                "Це конвенція Ради Європи, а не акт ЄС.",
            ),
        ],
        source=(
            "Directive (EU) 2024/1712 of 13 June 2024 amending Directive 2011/36/EU",
            "Директива (ЄС) 2024/1712 від 13 червня 2024 року про внесення змін до Директиви 2011/36/ЄС",
        ),
    ),
    question(
        "multiple",
        "legal-framework",
        ["legal-instruments"],
        (
            "Which of these are means listed in Article 149, Part 1? Select all that apply.",
            "Що з переліченого є способами, названими в частині 1 статті 149? Оберіть усі правильні відповіді.",
        ),
        (
            "Criminal Code of Ukraine, Art. 149, Part 1: coercion, abduction, deception, blackmail, material or other "
            "dependence, a vulnerable state or bribing a person in control. The victim's consent is not a means.",
            "КК України, ст. 149, ч. 1: примус, викрадення, обман, шантаж, матеріальна чи інша залежність, уразливий "
            "стан або підкуп особи, яка контролює потерпілого. Згода потерпілого способом не є.",
        ),
        options=[
            ("Deception", "Обман", True, "Yes: listed in Part 1.", "Так: названо в частині 1."),
            (
                "Material or other dependence",
                "Матеріальна чи інша залежність",
                True,
                "Yes: listed in Part 1.",
                "Так: названо в частині 1.",
            ),
            ("Abduction", "Викрадення", True, "Yes: listed in Part 1.", "Так: названо в частині 1."),
            (
                "The victim's prior consent",
                "Попередня згода потерпілого",
                False,
                "No: consent is not a means, and it is irrelevant once a means was used (Palermo Art. 3(b)).",
                "Ні: згода не є способом і не має значення, якщо застосовано спосіб (Палермський протокол, ст. 3(b)).",
            ),
        ],
        source=(
            "Criminal Code of Ukraine, Art. 149, Part 1; Palermo Protocol, Art. 3(b)",
            "Кримінальний кодекс України, ст. 149, ч. 1; Палермський протокол, ст. 3(b)",
        ),
    ),
    question(
        "matching",
        "legal-framework",
        ["legal-instruments"],
        (
            "Match each provision with what it establishes.",
            "Зіставте кожне положення з тим, що воно встановлює.",
        ),
        (
            "Palermo Protocol, Art. 3(b); CETS Arts. 13, 27 and 36; ILO Convention No. 29, Art. 2(1).",
            "Палермський протокол, ст. 3(b); Конвенція № 197, ст. 13, 27 і 36; Конвенція МОП № 29, ст. 2(1).",
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
                "Investigation does not depend on the victim's complaint",
                "Конвенція № 197, ст. 27",
                "Розслідування не залежить від скарги потерпілої особи",
            ),
            (
                "CETS Art. 36",
                "GRETA, the independent group of experts that monitors the Convention",
                "Конвенція № 197, ст. 36",
                "GRETA — незалежна група експертів, що здійснює моніторинг виконання Конвенції",
            ),
            (
                "ILO No. 29, Art. 2(1)",
                "The menace of a penalty and involuntariness",
                "Конвенція МОП № 29, ст. 2(1)",
                "Загроза покарання і недобровільність",
            ),
            (
                "Palermo Protocol, Art. 3(b)",
                "Consent is irrelevant once a means was used",
                "Палермський протокол, ст. 3(b)",
                "Згода не має значення, якщо застосовано спосіб",
            ),
        ],
        source=(
            "Palermo Protocol, Art. 3(b); CETS No. 197, Arts. 13, 27 and 36; ILO Convention No. 29, Art. 2(1)",
            "Палермський протокол, ст. 3(b); Конвенція Ради Європи № 197, ст. 13, 27 і 36; Конвенція МОП № 29, ст. 2(1)",
        ),
    ),
    question(
        "single",
        "legal-framework",
        ["nrm-procedure"],
        (
            "A person applies for victim-of-trafficking status. At what level is the decision on status taken?",
            "Людина звертається за встановленням статусу особи, яка постраждала від торгівлі людьми. На якому рівні "
            "ухвалюють рішення про статус?",
        ),
        (
            "Resolution No. 417 of 23 May 2012, as amended (2021, No. 531): the person applies to the local state "
            "administration, which interviews them and gathers the documents; the decision is taken at national "
            "level — by the Ministry of Social Policy, with the National Social Service examining the documents. "
            "Check the current text of Resolution 417.",
            "Постанова № 417 від 23 травня 2012 року зі змінами (2021 рік, № 531): людина звертається до місцевої "
            "державної адміністрації, яка проводить співбесіду і збирає документи; рішення ухвалюють на "
            "національному рівні — Мінсоцполітики, а документи розглядає Нацсоцслужба. Перевірте чинну редакцію "
            "Постанови № 417.",
        ),
        options=[
            (
                "At national level, not by the local administration",
                "На національному рівні, а не місцевою адміністрацією",
                True,
                "Correct: a national body decides (the Ministry of Social Policy, with the National Social Service "
                "examining the documents).",
                "Правильно: рішення ухвалює національний орган (Мінсоцполітики; документи розглядає Нацсоцслужба).",
            ),
            (
                "By the local state administration that received the application",
                "Місцева державна адміністрація, яка прийняла заяву",
                False,
                "It receives the application, interviews the person and gathers the documents, but does not decide.",
                "Вона приймає заяву, проводить співбесіду і збирає документи, але рішення не ухвалює.",
            ),
            (
                "By the NGO that supports the person",
                "Громадська організація, яка підтримує людину",
                False,
                "NGOs can help a person apply and give assistance, but they do not grant status.",
                "Громадські організації можуть допомогти звернутися і надають допомогу, але статусу не встановлюють.",
            ),
            (
                "By the National Police",
                "Національна поліція",
                False,
                "The police investigate and can identify a victim, which spares the status interview; status is "
                "decided at national level.",
                "Поліція розслідує і може виявити постраждалу особу, що звільняє від співбесіди; статус установлюють "
                "на національному рівні.",
            ),
        ],
        source=(
            "Cabinet of Ministers Resolution No. 417 of 23 May 2012, as amended by Resolution No. 531 (2021)",
            "Постанова Кабінету Міністрів України № 417 від 23 травня 2012 року зі змінами, внесеними постановою № 531 (2021)",
        ),
    ),
    # --- Module 2: victim-centred proceedings ---
    question(
        "single",
        "victim-centred-proceedings",
        ["victim-centred", "legal-instruments"],
        ("What should the prosecutor and the court consider first?", "Що насамперед мають врахувати прокурор і суд?"),
        (
            "The non-punishment principle (CETS No. 197; Directive 2011/36/EU, Art. 8, an EU benchmark). Under the "
            "Criminal Code, coercion is assessed under Art. 40 and, where she kept control of her actions, Art. 39. "
            "Her status certificate does not exempt her by itself; it is evidence she can rely on (Resolution 417).",
            "Принцип непокарання (Конвенція № 197; Директива 2011/36/ЄС, ст. 8, орієнтир ЄС). За Кримінальним "
            "кодексом примус оцінюють за ст. 40, а якщо вона зберігала змогу керувати своїми діями, — за ст. 39. "
            "Довідка про встановлення статусу сама по собі не звільняє від відповідальності; це доказ, на який вона "
            "може посилатися (Постанова № 417).",
        ),
        scenario=(
            "A woman who was trafficked and forced to steal from shops is charged with theft. She has been granted "
            "victim-of-trafficking status and holds the certificate.",
            "Жінку, яка постраждала від торгівлі людьми і яку змушували красти в магазинах, обвинувачують у "
            "крадіжці. Їй установлено статус особи, яка постраждала від торгівлі людьми, і вона має довідку.",
        ),
        options=[
            (
                "Whether the non-punishment principle applies to the thefts",
                "Чи застосовується до крадіжок принцип непокарання",
                True,
                "Correct: the thefts may be acts she was compelled to commit; the certificate is evidence she can "
                "rely on, and the court decides under the Criminal Code.",
                "Правильно: крадіжки можуть бути діями, до яких її примусили; довідка — доказ, на який вона може "
                "посилатися, а рішення суд ухвалює за Кримінальним кодексом.",
            ),
            (
                "Only whether the thefts took place",
                "Лише те, чи відбулися крадіжки",
                False,
                "The compulsion behind the acts is central, not only the acts.",
                "Вирішальне значення має примус, що стоїть за діями, а не лише самі дії.",
            ),
            (
                "Whether she agreed to travel abroad",
                "Чи погодилася вона виїхати за кордон",
                False,
                "Consent is irrelevant once a means was used (Palermo Art. 3(b)).",
                "Згода не має значення, якщо застосовано спосіб (Палермський протокол, ст. 3(b)).",
            ),
        ],
        source=(
            "CETS No. 197 (non-punishment); Criminal Code of Ukraine, Arts. 39 and 40; Directive 2011/36/EU, Art. 8; Resolution No. 417",
            "Конвенція Ради Європи № 197 (непокарання); Кримінальний кодекс України, ст. 39 і 40; Директива 2011/36/ЄС, ст. 8; Постанова № 417",
        ),
    ),
    question(
        "multiple",
        "victim-centred-proceedings",
        ["victim-centred", "legal-instruments"],
        (
            "Which of these are protection measures under CETS Article 28? Select all that apply.",
            "Які з цих заходів захисту передбачає стаття 28 Конвенції № 197? Оберіть усі правильні відповіді.",
        ),
        (
            "CETS Art. 28: protection of victims and witnesses, including physical protection, relocation and change "
            "of identity. Publishing a victim's name is the opposite of protection.",
            "Ст. 28 Конвенції № 197: захист потерпілих і свідків, зокрема фізичний захист, переселення і зміна "
            "особистих даних. Оприлюднення імені потерпілої особи — протилежність захисту.",
        ),
        options=[
            ("Relocation", "Переселення", True, "Yes: a CETS Art. 28 measure.", "Так: захід за ст. 28."),
            (
                "Change of identity",
                "Зміна особистих даних",
                True,
                "Yes: a CETS Art. 28 measure.",
                "Так: захід за ст. 28.",
            ),
            (
                "Physical protection",
                "Фізичний захист",
                True,
                "Yes: a CETS Art. 28 measure.",
                "Так: захід за ст. 28.",
            ),
            (
                "Publishing her name",
                "Оприлюднення її імені",
                False,
                "No: this exposes the victim to risk; never publish a victim's name.",
                "Ні: це наражає потерпілу особу на небезпеку; ніколи не оприлюднюйте її ім'я.",
            ),
        ],
        source=(
            "CETS No. 197, Art. 28",
            "Конвенція Ради Європи № 197, ст. 28",
        ),
    ),
    question(
        "true_false",
        "victim-centred-proceedings",
        ["legal-instruments", "definitions"],
        (
            "True or false: “The victim's consent is a defence where deception was used.”",
            "Правда чи неправда: «Згода потерпілої особи звільняє обвинуваченого від кримінальної відповідальності, "
            "якщо було застосовано обман»?",
        ),
        (
            "Palermo Protocol, Art. 3(b): consent is irrelevant once a means such as deception was used.",
            "Палермський протокол, ст. 3(b): згода не має значення, якщо застосовано спосіб, наприклад обман.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: consent obtained by deception has no legal effect.",
                "Ні: згода, отримана обманом, не має юридичного значення.",
                "Correct: once deception is proved, consent is irrelevant.",
                "Правильно: якщо обман доведено, згода не має значення.",
            ),
        ),
        source=(
            "Palermo Protocol, Art. 3(b)",
            "Палермський протокол, ст. 3(b)",
        ),
    ),
    question(
        "multiple",
        "victim-centred-proceedings",
        ["victim-centred", "legal-instruments"],
        (
            "Which of these does the ILO Protocol of 2014 (P029) require or affirm? Select all that apply.",
            "Що з переліченого вимагає або підтверджує Протокол МОП 2014 року? Оберіть усі правильні відповіді.",
        ),
        (
            "ILO Protocol of 2014: prevention, protection, remedies and compensation; victims should not be "
            "prosecuted for acts they were compelled to commit. It binds the States that ratify it; Ukraine's "
            "ratification is not confirmed here.",
            "Протокол МОП 2014 року: запобігання, захист, засоби правового захисту і компенсація; постраждалих не "
            "слід притягати до відповідальності за дії, до яких їх примусили. Він обов'язковий для держав, які його "
            "ратифікували; ратифікацію Україною тут не підтверджено.",
        ),
        options=[
            (
                "Access to remedies, including compensation",
                "Доступ до засобів правового захисту, зокрема компенсації",
                True,
                "Yes: remedies and compensation are part of P029.",
                "Так: засоби правового захисту і компенсація — частина Протоколу.",
            ),
            (
                "Prevention and protection measures",
                "Заходи запобігання і захисту",
                True,
                "Yes: P029 requires both.",
                "Так: Протокол вимагає і того, і іншого.",
            ),
            (
                "Not prosecuting victims for acts they were compelled to commit",
                "Непритягнення постраждалих до відповідальності за дії, до яких їх примусили",
                True,
                "Yes: P029 affirms this principle.",
                "Так: Протокол підтверджує цей принцип.",
            ),
            (
                "Making assistance conditional on testifying",
                "Надання допомоги лише за умови показань",
                False,
                "No: this is not among P029's requirements, and it would undermine victim-centred practice.",
                "Ні: цього немає серед вимог Протоколу, і така умова суперечила б підходу, орієнтованому на "
                "постраждалих.",
            ),
        ],
        source=(
            "ILO Protocol of 2014 to the Forced Labour Convention, 1930 (P029)",
            "Протокол 2014 року до Конвенції МОП про примусову чи обов'язкову працю 1930 року (P029)",
        ),
    ),
    question(
        "matching",
        "victim-centred-proceedings",
        ["legal-instruments", "victim-centred"],
        (
            "Match each article of Directive 2011/36/EU (an EU benchmark) with its subject.",
            "Зіставте кожну статтю Директиви 2011/36/ЄС (орієнтир ЄС) з її предметом.",
        ),
        (
            "Directive 2011/36/EU of 5 Apr 2011, Arts. 2, 8, 11 and 17.",
            "Директива 2011/36/ЄС від 5 квітня 2011 року, ст. 2, 8, 11 і 17.",
        ),
        pairs=[
            (
                "Art. 2",
                "The definition, covering begging and forced criminal activities",
                "Ст. 2",
                "Визначення, що охоплює жебракування і примушування до злочинної діяльності",
            ),
            (
                "Art. 8",
                "Non-prosecution of victims",
                "Ст. 8",
                "Непритягнення постраждалих до відповідальності",
            ),
            (
                "Art. 11",
                "Assistance and referral mechanisms",
                "Ст. 11",
                "Допомога і механізми перенаправлення",
            ),
            ("Art. 17", "Compensation", "Ст. 17", "Компенсація"),
        ],
        source=(
            "Directive 2011/36/EU of 5 April 2011, Arts. 2, 8, 11 and 17",
            "Директива 2011/36/ЄС від 5 квітня 2011 року, ст. 2, 8, 11 і 17",
        ),
    ),
    question(
        "single",
        "victim-centred-proceedings",
        ["victim-centred"],
        (
            "In how many regions of Ukraine have victim and witness protection systems been installed to keep "
            "trafficking hearings confidential?",
            "У скількох регіонах України встановлено системи захисту потерпілих і свідків, що забезпечують "
            "конфіденційність засідань у справах про торгівлю людьми?",
        ),
        (
            "IOM Ukraine Counter-Trafficking Programme: systems installed in 14 regions.",
            "Програма МОМ в Україні з протидії торгівлі людьми: системи встановлено в 14 регіонах.",
        ),
        options=[
            ("14", "14", True, "Correct: 14 regions.", "Правильно: 14 регіонів."),
            ("4", "4", False, "Too few: they exist in 14 regions.", "Замало: вони є в 14 регіонах."),
            ("All regions", "В усіх регіонах", False, "Not yet in every region: 14.", "Поки не в усіх: у 14."),
        ],
        source=(
            "IOM Ukraine Counter-Trafficking Programme",
            "Програма МОМ в Україні з протидії торгівлі людьми",
        ),
    ),
    # --- Module 3: labour-exploitation cases ---
    question(
        "single",
        "labour-exploitation",
        ["indicators", "legal-instruments"],
        ("Is this trafficking under Article 149?", "Чи є це торгівлею людьми за статтею 149?"),
        (
            "Art. 149 requires no border crossing, and token pay still counts as withholding of wages (ILO "
            "indicators of forced labour, 2012). The IOM account does not say where the farm was: the exercise "
            "assumes it was in Ukraine.",
            "Стаття 149 не вимагає перетину кордону, а символічна оплата все одно є невиплатою заробітної плати "
            "(індикатори примусової праці МОП, 2012). У розповіді МОМ не сказано, де була ферма: вправа "
            "припускає, що в Україні.",
        ),
        scenario=(
            "Taras (*name changed to protect privacy*) was recruited through a job advert after losing his job. For "
            "16 years on a farm he was beaten and his passport was kept; he was **occasionally paid** small sums. "
            "**Assume, for this exercise, that the farm was in Ukraine**, so no border was crossed.",
            "Тараса (*ім'я змінено з метою захисту приватності*) завербували через оголошення про роботу після того, "
            "як він утратив роботу. 16 років на фермі його били і тримали його паспорт; йому **зрідка платили** "
            "невеликі суми. **Припустімо для цієї вправи, що ферма була в Україні**, тож кордону він не перетинав.",
        ),
        options=[
            (
                "Yes: act, means and purpose are present; no border and token pay do not change that",
                "Так: є дія, спосіб і мета; відсутність кордону і символічна оплата цього не змінюють",
                True,
                "Correct: internal trafficking falls under Art. 149, and token pay is withholding of wages.",
                "Правильно: внутрішня торгівля людьми охоплюється ст. 149, а символічна оплата — це невиплата "
                "заробітної плати.",
            ),
            (
                "No, because he was paid",
                "Ні, бо йому платили",
                False,
                "Occasional small sums are still withholding of wages, an ILO indicator.",
                "Зрідка виплачені невеликі суми — це все одно невиплата заробітної плати, індикатор МОП.",
            ),
            (
                "No, because (on the assumption) he stayed in Ukraine",
                "Ні, бо (за припущенням) він залишався в Україні",
                False,
                "Art. 149 requires no border crossing.",
                "Стаття 149 не вимагає перетину кордону.",
            ),
            (
                "Only a labour dispute",
                "Це лише трудовий спір",
                False,
                "Violence, a retained passport and abuse of vulnerability are means of trafficking, not a pay dispute.",
                "Насильство, утримання паспорта і зловживання уразливістю — способи торгівлі людьми, а не спір про "
                "оплату.",
            ),
        ],
        source=(
            "Criminal Code of Ukraine, Art. 149; ILO indicators of forced labour (2012); IOM Ukraine press release, 20 Nov 2018",
            "Кримінальний кодекс України, ст. 149; індикатори примусової праці МОП (2012); пресреліз МОМ в Україні від 20 листопада 2018 року",
        ),
    ),
    question(
        "single",
        "labour-exploitation",
        ["legal-instruments", "definitions"],
        (
            "What are the core elements of forced labour under ILO Convention No. 29?",
            "Які ключові елементи примусової праці за Конвенцією МОП № 29?",
        ),
        (
            "ILO Convention No. 29, Art. 2(1): work exacted under the menace of any penalty, which the person has not "
            "offered voluntarily.",
            "Конвенція МОП № 29, ст. 2(1): робота, якої вимагають під загрозою будь-якого покарання і на яку людина "
            "не погодилася добровільно.",
        ),
        options=[
            (
                "The menace of a penalty, and involuntariness",
                "Загроза покарання і недобровільність",
                True,
                "Correct: the two elements of Art. 2(1).",
                "Правильно: два елементи ст. 2(1).",
            ),
            (
                "Work abroad without a contract",
                "Робота за кордоном без договору",
                False,
                "Neither working abroad nor lacking a contract is an element of the definition.",
                "Ні робота за кордоном, ні відсутність договору не є елементами визначення.",
            ),
            (
                "Low pay and long hours",
                "Низька оплата і довгий робочий день",
                False,
                "These can be indicators, but they are not the definition.",
                "Це можуть бути індикатори, але не визначення.",
            ),
        ],
        source=(
            "ILO Forced Labour Convention, 1930 (No. 29), Art. 2(1)",
            "Конвенція МОП про примусову чи обов'язкову працю 1930 року (№ 29), ст. 2(1)",
        ),
    ),
    question(
        "true_false",
        "labour-exploitation",
        ["legal-instruments"],
        (
            "True or false: “An investigation into trafficking needs the victim's complaint.”",
            "Правда чи неправда: «Для розслідування торгівлі людьми потрібна скарга потерпілої особи»?",
        ),
        (
            "CETS No. 197, Art. 27: investigation and prosecution do not depend on a report or complaint by the "
            "victim.",
            "Конвенція № 197, ст. 27: розслідування і переслідування не залежать від заяви чи скарги потерпілої особи.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: CETS Art. 27 says investigations do not depend on a complaint.",
                "Ні: ст. 27 Конвенції № 197 встановлює, що розслідування не залежить від скарги.",
                "Correct: victims often remain invisible, so the authorities must act on their own initiative.",
                "Правильно: постраждалі часто залишаються невидимими, тож органи мають діяти з власної ініціативи.",
            ),
        ),
        source=(
            "CETS No. 197, Art. 27",
            "Конвенція Ради Європи № 197, ст. 27",
        ),
    ),
    question(
        "true_false",
        "labour-exploitation",
        ["indicators"],
        (
            "True or false: “According to the ILO, a single indicator of forced labour can sometimes be enough.”",
            "Правда чи неправда: «За МОП, іноді достатньо одного індикатора примусової праці»?",
        ),
        (
            "ILO indicators of forced labour (2012): one indicator can sometimes be enough; usually several appear "
            "together. Each must still be proved by evidence.",
            "Індикатори примусової праці МОП (2012): іноді достатньо одного; зазвичай їх кілька. Кожен усе одно "
            "треба довести.",
        ),
        options=(
            True,
            tf_feedback(
                "Correct: one can sometimes be enough, though usually several appear together.",
                "Правильно: іноді достатньо одного, хоча зазвичай їх кілька.",
                "Not so: the ILO says one indicator can sometimes be enough.",
                "Ні: МОП зазначає, що іноді достатньо одного індикатора.",
            ),
        ),
        source=(
            "ILO indicators of forced labour (ILO, 2012)",
            "Індикатори примусової праці МОП (МОП, 2012)",
        ),
    ),
    # --- Module 4: proceedings that protect ---
    question(
        "single",
        "proceedings-that-protect",
        ["victim-centred", "procedure"],
        (
            "Which procedure lets her testimony be taken now, so that the court can rely on it at trial?",
            "Яка процедура дає змогу отримати її показання вже зараз так, щоб суд міг спиратися на них під час "
            "судового розгляду?",
        ),
        (
            "Criminal Procedure Code, Art. 225: in exceptional cases — among them a danger to the life or health of a "
            "witness or victim, or serious illness — a party can ask the investigating judge to question the person "
            "in a court hearing during the pre-trial investigation; the court can rely on such testimony (Art. 95).",
            "КПК, ст. 225: у виняткових випадках — зокрема через небезпеку для життя чи здоров'я свідка або "
            "потерпілого чи тяжку хворобу — сторона може звернутися до слідчого судді з клопотанням допитати особу в "
            "судовому засіданні під час досудового розслідування; суд може спиратися на такі показання (ст. 95).",
        ),
        scenario=(
            "During the pre-trial investigation, the key witness in a trafficking case — a victim — receives threats, "
            "and her health is poor. The prosecutor fears she may be unable to testify at trial.",
            "Під час досудового розслідування ключовій свідкині у справі про торгівлю людьми — потерпілій — "
            "погрожують, а стан її здоров'я поганий. Прокурор побоюється, що вона не зможе дати показання в суді.",
        ),
        options=[
            (
                "Ask the investigating judge to question her in a court hearing (CPC Art. 225)",
                "Звернутися до слідчого судді з клопотанням допитати її в судовому засіданні (ст. 225 КПК)",
                True,
                "Correct: this is the deposition procedure for exceptional cases such as danger or serious illness.",
                "Правильно: це процедура допиту слідчим суддею для виняткових випадків, як-от небезпека чи тяжка "
                "хвороба.",
            ),
            (
                "Have the investigator record a written statement and read it out at trial",
                "Отримати від неї пояснення у слідчого і зачитати його в суді",
                False,
                "The court can rely only on testimony it heard directly or obtained under Art. 225 (Art. 95).",
                "Суд може спиратися лише на показання, які він безпосередньо сприймав, або отримані в порядку "
                "ст. 225 (ст. 95).",
            ),
            (
                "Nothing can be done before trial",
                "До судового розгляду нічого зробити не можна",
                False,
                "Art. 225 exists for exactly this situation.",
                "Стаття 225 передбачена саме для такої ситуації.",
            ),
        ],
        source=(
            "Criminal Procedure Code of Ukraine, Arts. 225 and 95",
            "Кримінальний процесуальний кодекс України, ст. 225 і 95",
        ),
    ),
    question(
        "single",
        "proceedings-that-protect",
        ["legal-instruments", "definitions"],
        (
            "Where does the Criminal Code explain what “exploitation” and “vulnerable state” mean for the purposes "
            "of Article 149?",
            "Де Кримінальний кодекс пояснює, що означають «експлуатація» і «уразливий стан» для цілей статті 149?",
        ),
        (
            "Criminal Code of Ukraine, Art. 149: the notes to the article explain both terms. Read the current text "
            "on zakon.rada.gov.ua before relying on the wording.",
            "КК України, ст. 149: обидва поняття пояснюють примітки до статті. Перш ніж спиратися на формулювання, "
            "прочитайте чинну редакцію на zakon.rada.gov.ua.",
        ),
        options=[
            (
                "In the notes to Article 149",
                "У примітках до статті 149",
                True,
                "Correct: the notes explain both terms.",
                "Правильно: примітки пояснюють обидва поняття.",
            ),
            (
                "In Cabinet of Ministers Resolution No. 417",
                "У Постанові Кабінету Міністрів № 417",
                False,
                "Resolution 417 governs victim status, not the elements of the offence.",
                "Постанова № 417 регулює встановлення статусу, а не ознаки складу злочину.",
            ),
            (
                "Nowhere: the Code leaves both terms to the courts",
                "Ніде: Кодекс залишає обидва поняття на розсуд судів",
                False,
                "Not so: the Code itself explains them in the notes to Article 149.",
                "Ні: Кодекс сам пояснює їх у примітках до статті 149.",
            ),
        ],
        source=("Criminal Code of Ukraine, Art. 149, notes", "Кримінальний кодекс України, ст. 149, примітки"),
    ),
    question(
        "single",
        "proceedings-that-protect",
        ["echr", "legal-instruments"],
        (
            "In which judgment did the European Court of Human Rights hold that trafficking falls within Article 4, "
            "and that States must protect, investigate and, in cross-border cases, cooperate with the other States "
            "concerned?",
            "У якому рішенні Європейський суд з прав людини визнав, що торгівля людьми охоплюється статтею 4, а "
            "держави мають захищати, розслідувати і в транскордонних справах співпрацювати з іншими причетними "
            "державами?",
        ),
        (
            "Rantsev v. Cyprus and Russia, no. 25965/04, 7 January 2010: trafficking falls within the scope of "
            "Article 4; positive obligations to put a framework in place, to protect, and to investigate, including "
            "cooperation across borders.",
            "«Ранцев проти Кіпру та Росії», заява № 25965/04, 7 січня 2010 року: торгівля людьми охоплюється "
            "статтею 4; позитивні обов'язки створити правову базу, захищати і розслідувати, зокрема співпрацюючи з "
            "іншими державами.",
        ),
        options=[
            (
                "Rantsev v. Cyprus and Russia (2010)",
                "«Ранцев проти Кіпру та Росії» (2010)",
                True,
                "Correct: the leading judgment on trafficking under Article 4.",
                "Правильно: це ключове рішення щодо торгівлі людьми за статтею 4.",
            ),
            (
                "Chowdury and Others v. Greece (2017)",
                "«Чоудхурі та інші проти Греції» (2017)",
                False,
                "That judgment concerns forced labour of strawberry pickers and builds on Rantsev.",
                "Це рішення стосується примусової праці збирачів полуниць і спирається на справу Ранцева.",
            ),
            (
                "V.C.L. and A.N. v. the United Kingdom (2021)",
                "«V.C.L. та A.N. проти Сполученого Королівства» (2021)",
                False,
                "That judgment concerns prosecuting child victims without assessing their status.",
                "Це рішення стосується переслідування дітей, які постраждали від торгівлі людьми, без оцінки їхнього "
                "статусу.",
            ),
        ],
        source=(
            "ECtHR, Rantsev v. Cyprus and Russia, no. 25965/04, 7 January 2010",
            "ЄСПЛ, «Ранцев проти Кіпру та Росії», заява № 25965/04, 7 січня 2010 року",
        ),
    ),
    question(
        "true_false",
        "proceedings-that-protect",
        ["victim-centred", "procedure", "children"],
        (
            "True or false: “Under the Criminal Procedure Code, a child victim is questioned in the presence of a "
            "legal representative, a teacher or a psychologist.”",
            "Правда чи неправда: «За Кримінальним процесуальним кодексом дитину, яка є потерпілою, допитують у "
            "присутності законного представника, педагога або психолога»?",
        ),
        (
            "Criminal Procedure Code, Art. 226 (pre-trial investigation) and Art. 354 (trial): a child is questioned "
            "in the presence of a legal representative, a teacher or a psychologist, and a doctor where needed.",
            "КПК, ст. 226 (досудове розслідування) і ст. 354 (судовий розгляд): дитину допитують у присутності "
            "законного представника, педагога або психолога, а за потреби — лікаря.",
        ),
        options=(
            True,
            tf_feedback(
                "Correct: Arts. 226 and 354 require it, with a doctor where needed.",
                "Правильно: цього вимагають ст. 226 і 354, а за потреби залучають і лікаря.",
                "Not so: Arts. 226 and 354 require a legal representative, a teacher or a psychologist to be present.",
                "Ні: ст. 226 і 354 вимагають присутності законного представника, педагога або психолога.",
            ),
        ),
        source=(
            "Criminal Procedure Code of Ukraine, Arts. 226 and 354",
            "Кримінальний процесуальний кодекс України, ст. 226 і 354",
        ),
    ),
    question(
        "true_false",
        "proceedings-that-protect",
        ["echr", "definitions"],
        (
            "True or false: “Workers who agreed to the job at the outset cannot be victims of forced labour.”",
            "Правда чи неправда: «Працівники, які спочатку погодилися на роботу, не можуть бути жертвами примусової "
            "праці»?",
        ),
        (
            "Chowdury and Others v. Greece, no. 21884/15, 30 March 2017: prior consent does not exclude forced "
            "labour where the employer abuses his power or the workers' vulnerability; Greece breached Article 4(2).",
            "«Чоудхурі та інші проти Греції», заява № 21884/15, 30 березня 2017 року: попередня згода не виключає "
            "примусової праці, якщо роботодавець зловживає своєю владою чи уразливістю працівників; Греція порушила "
            "статтю 4 § 2.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: in Chowdury the Court held that initial consent did not exclude forced labour.",
                "Ні: у справі Чоудхурі Суд визнав, що початкова згода не виключає примусової праці.",
                "Correct: consent at the outset does not settle the question (Chowdury; Palermo Art. 3(b)).",
                "Правильно: згода на початку не вирішує питання (Чоудхурі; Палермський протокол, ст. 3(b)).",
            ),
        ),
        source=(
            "ECtHR, Chowdury and Others v. Greece, no. 21884/15, 30 March 2017",
            "ЄСПЛ, «Чоудхурі та інші проти Греції», заява № 21884/15, 30 березня 2017 року",
        ),
    ),
    question(
        "matching",
        "proceedings-that-protect",
        ["legal-instruments", "procedure"],
        (
            "Match each article with its subject.",
            "Зіставте кожну статтю з її предметом.",
        ),
        (
            "Criminal Code of Ukraine, Arts. 149, 150 and 303; Criminal Procedure Code of Ukraine, Arts. 225 and 336.",
            "Кримінальний кодекс України, ст. 149, 150 і 303; Кримінальний процесуальний кодекс України, ст. 225 і "
            "336.",
        ),
        pairs=[
            ("Criminal Code, Art. 149", "Trafficking in human beings", "КК, ст. 149", "Торгівля людьми"),
            ("Criminal Code, Art. 150", "Exploitation of children", "КК, ст. 150", "Експлуатація дітей"),
            (
                "Criminal Code, Art. 303",
                "Pimping or involving a person in prostitution",
                "КК, ст. 303",
                "Сутенерство або втягнення особи в заняття проституцією",
            ),
            (
                "CPC, Art. 225",
                "Questioning a witness or victim before the investigating judge during the pre-trial investigation",
                "КПК, ст. 225",
                "Допит свідка, потерпілого слідчим суддею під час досудового розслідування",
            ),
            (
                "CPC, Art. 336",
                "Court proceedings by videoconference",
                "КПК, ст. 336",
                "Судове провадження в режимі відеоконференції",
            ),
        ],
        source=(
            "Criminal Code of Ukraine, Arts. 149, 150 and 303; Criminal Procedure Code of Ukraine, Arts. 225 and 336",
            "Кримінальний кодекс України, ст. 149, 150 і 303; Кримінальний процесуальний кодекс України, ст. 225 і 336",
        ),
    ),
    question(
        "multiple",
        "proceedings-that-protect",
        ["victim-centred", "procedure"],
        (
            "Which of these does the Criminal Procedure Code provide to protect a victim who gives evidence? Select "
            "all that apply.",
            "Що з переліченого передбачає Кримінальний процесуальний кодекс для захисту потерпілої особи, яка дає "
            "показання? Оберіть усі правильні відповіді.",
        ),
        (
            "Criminal Procedure Code: closed hearings (Art. 27), questioning by videoconference (Arts. 232 and 336), "
            "questioning before the investigating judge during the pre-trial investigation (Art. 225). Publishing a "
            "victim's identity is the opposite of protection (CETS Art. 28).",
            "КПК: закритий судовий розгляд (ст. 27), допит у режимі відеоконференції (ст. 232 і 336), допит слідчим "
            "суддею під час досудового розслідування (ст. 225). Оприлюднення даних потерпілої особи — протилежність "
            "захисту (ст. 28 Конвенції № 197).",
        ),
        options=[
            (
                "A hearing closed to the public",
                "Закритий судовий розгляд",
                True,
                "Yes: CPC Art. 27.",
                "Так: ст. 27 КПК.",
            ),
            (
                "Testimony by videoconference",
                "Показання в режимі відеоконференції",
                True,
                "Yes: CPC Arts. 232 (pre-trial) and 336 (trial).",
                "Так: ст. 232 (досудове розслідування) і 336 (судовий розгляд) КПК.",
            ),
            (
                "Questioning before the investigating judge during the pre-trial investigation",
                "Допит слідчим суддею під час досудового розслідування",
                True,
                "Yes: CPC Art. 225.",
                "Так: ст. 225 КПК.",
            ),
            (
                "Reading her name and home address into the public record",
                "Оголошення її імені та домашньої адреси у відкритому засіданні",
                False,
                "No: this exposes her to risk; protection means keeping identifying details out of public view.",
                "Ні: це наражає її на небезпеку; захист означає не розголошувати даних, за якими її можна впізнати.",
            ),
        ],
        source=(
            "Criminal Procedure Code of Ukraine, Arts. 27, 225, 232 and 336; CETS No. 197, Art. 28",
            "Кримінальний процесуальний кодекс України, ст. 27, 225, 232 і 336; Конвенція Ради Європи № 197, ст. 28",
        ),
    ),
    question(
        "true_false",
        "proceedings-that-protect",
        ["legal-instruments", "definitions"],
        (
            "True or false: “Article 149 is made out only once the exploitation has actually taken place.”",
            "Правда чи неправда: «Склад злочину за статтею 149 є лише тоді, коли експлуатація вже відбулася»?",
        ),
        (
            "Criminal Code of Ukraine, Art. 149, Part 1, and Palermo Protocol, Art. 3(a): the act must be committed "
            "for the purpose of exploitation; the exploitation itself need not have happened.",
            "КК України, ст. 149, ч. 1, і Палермський протокол, ст. 3(a): дію має бути вчинено з метою "
            "експлуатації; сама експлуатація не обов'язково має відбутися.",
        ),
        options=(
            False,
            tf_feedback(
                "Not so: the purpose of exploitation is enough; recruiting a person by deception for exploitation is "
                "trafficking even if she or he is rescued on the way.",
                "Ні: достатньо мети експлуатації; вербування людини шляхом обману з метою експлуатації є торгівлею "
                "людьми, навіть якщо її звільнили дорогою.",
                "Correct: the article requires the purpose of exploitation, not its result.",
                "Правильно: стаття вимагає мети експлуатації, а не її настання.",
            ),
        ),
        source=(
            "Criminal Code of Ukraine, Art. 149, Part 1; Palermo Protocol, Art. 3(a)",
            "Кримінальний кодекс України, ст. 149, ч. 1; Палермський протокол, ст. 3(a)",
        ),
    ),
    question(
        "single",
        "proceedings-that-protect",
        ["victim-centred", "compensation", "procedure"],
        (
            "A victim wants the accused to pay for her unpaid wages and for the harm she suffered. What does the "
            "Criminal Procedure Code allow?",
            "Потерпіла хоче, щоб обвинувачений відшкодував їй невиплачену заробітну плату і заподіяну шкоду. Що "
            "дозволяє Кримінальний процесуальний кодекс?",
        ),
        (
            "Criminal Procedure Code, Arts. 61, 128 and 129: a person who suffered pecuniary or non-pecuniary damage "
            "from a criminal offence can bring a civil claim in the criminal proceedings, and the court decides it "
            "in its judgment.",
            "КПК, ст. 61, 128 і 129: особа, якій кримінальним правопорушенням завдано майнової чи моральної шкоди, "
            "може пред'явити цивільний позов у кримінальному провадженні, і суд вирішує його у вироку.",
        ),
        options=[
            (
                "She can bring a civil claim in the criminal proceedings; the court decides it in its judgment",
                "Вона може пред'явити цивільний позов у кримінальному провадженні; суд вирішить його у вироку",
                True,
                "Correct: CPC Arts. 61, 128 and 129.",
                "Правильно: ст. 61, 128 і 129 КПК.",
            ),
            (
                "Nothing in the criminal case: she must start separate civil proceedings after the verdict",
                "У кримінальній справі — нічого: після вироку вона має звернутися з окремим позовом до суду в "
                "цивільному порядку",
                False,
                "Not so: the CPC lets her bring the claim within the criminal proceedings.",
                "Ні: КПК дозволяє пред'явити позов у межах кримінального провадження.",
            ),
            (
                "Only the state's one-time financial aid is available to her",
                "Їй доступна лише одноразова матеріальна допомога від держави",
                False,
                "State aid (Resolution 417) is not compensation from the offender; both can matter.",
                "Державна допомога (Постанова № 417) не є відшкодуванням від злочинця; важливе і те, і інше.",
            ),
        ],
        source=(
            "Criminal Procedure Code of Ukraine, Arts. 61, 128 and 129",
            "Кримінальний процесуальний кодекс України, ст. 61, 128 і 129",
        ),
    ),
    question(
        "single",
        "proceedings-that-protect",
        ["echr", "victim-centred", "children"],
        (
            "What should the prosecutor do before deciding whether to prosecute him?",
            "Що має зробити прокурор, перш ніж вирішувати, чи притягати його до відповідальності?",
        ),
        (
            "V.C.L. and A.N. v. the United Kingdom, nos. 77587/12 and 74603/12, 16 February 2021: once there is a "
            "credible suspicion of trafficking, the person must be assessed promptly by qualified people, and the "
            "decision to prosecute must take that assessment into account. Prosecution is not in itself contrary "
            "to Article 4, but prosecuting without the assessment breached Articles 4 and 6.",
            "«V.C.L. та A.N. проти Сполученого Королівства», заяви № 77587/12 і 74603/12, 16 лютого 2021 року: щойно "
            "з'являється обґрунтована підозра в торгівлі людьми, особу мають невідкладно оцінити кваліфіковані "
            "фахівці, а рішення про переслідування має враховувати цю оцінку. Переслідування саме по собі не "
            "суперечить статті 4, але переслідування без такої оцінки порушило статті 4 і 6.",
        ),
        scenario=(
            "A 16-year-old is found tending plants in an illegal cannabis growing operation and is charged with a "
            "drug offence. He says men brought him from another region, took his phone and told him he owed them "
            "for the journey.",
            "Шістнадцятирічного хлопця знайшли на підпільній фермі з вирощування канабісу, де він доглядав "
            "рослини, і йому повідомили про підозру в злочині, пов'язаному з наркотиками. Він розповідає, що "
            "чоловіки привезли його з іншої області, забрали телефон і сказали, що він винен їм за дорогу.",
        ),
        options=[
            (
                "Have his possible trafficking status assessed promptly by qualified people, and take the "
                "assessment into account, giving reasons",
                "Забезпечити невідкладну оцінку його можливого статусу постраждалого кваліфікованими фахівцями і "
                "врахувати її, мотивувавши рішення",
                True,
                "Correct: this is what V.C.L. and A.N. requires.",
                "Правильно: саме цього вимагає рішення у справі V.C.L. та A.N.",
            ),
            (
                "Prosecute, and raise trafficking only at sentencing",
                "Притягти до відповідальності, а питання торгівлі людьми порушити лише під час призначення покарання",
                False,
                "Too late: the assessment should come before the decision to prosecute.",
                "Запізно: оцінка має передувати рішенню про переслідування.",
            ),
            (
                "Close the case automatically: the Court held that prosecuting any possible victim breaches Article 4",
                "Автоматично закрити провадження: Суд визнав, що переслідування будь-якої можливої постраждалої особи "
                "порушує статтю 4",
                False,
                "Not what the Court held: prosecution is not in itself contrary to Article 4; the prior assessment "
                "is what matters.",
                "Суд цього не визнавав: переслідування саме по собі не суперечить статті 4; вирішальне значення має "
                "попередня оцінка.",
            ),
        ],
        source=(
            "ECtHR, V.C.L. and A.N. v. the United Kingdom, nos. 77587/12 and 74603/12, 16 February 2021",
            "ЄСПЛ, «V.C.L. та A.N. проти Сполученого Королівства», заяви № 77587/12 і 74603/12, 16 лютого 2021 року",
        ),
    ),
    question(
        "matching",
        "proceedings-that-protect",
        ["echr"],
        (
            "Match each judgment of the European Court of Human Rights with what it decided.",
            "Зіставте кожне рішення Європейського суду з прав людини з тим, що в ньому вирішено.",
        ),
        (
            "ECtHR: Rantsev v. Cyprus and Russia (2010); Chowdury and Others v. Greece (2017); S.M. v. Croatia [GC] "
            "(2020); V.C.L. and A.N. v. the United Kingdom (2021).",
            "ЄСПЛ: «Ранцев проти Кіпру та Росії» (2010); «Чоудхурі та інші проти Греції» (2017); «С.М. проти "
            "Хорватії» [ВП] (2020); «V.C.L. та A.N. проти Сполученого Королівства» (2021).",
        ),
        pairs=[
            (
                "Rantsev v. Cyprus and Russia",
                "Trafficking falls within Article 4; duties to protect, investigate and cooperate across borders",
                "«Ранцев проти Кіпру та Росії»",
                "Торгівля людьми охоплюється статтею 4; обов'язки захищати, розслідувати і співпрацювати з іншими "
                "державами",
            ),
            (
                "Chowdury and Others v. Greece",
                "Unpaid strawberry pickers: forced labour despite initial consent; inadequate prosecution and "
                "compensation",
                "«Чоудхурі та інші проти Греції»",
                "Збирачі полуниць без оплати: примусова праця попри початкову згоду; недостатні переслідування і "
                "компенсація",
            ),
            (
                "S.M. v. Croatia [GC]",
                "Forced prostitution: the procedural obligation to investigate effectively",
                "«С.М. проти Хорватії» [ВП]",
                "Примусова проституція: процесуальний обов'язок ефективно розслідувати",
            ),
            (
                "V.C.L. and A.N. v. the United Kingdom",
                "Children prosecuted without an assessment of whether they had been trafficked",
                "«V.C.L. та A.N. проти Сполученого Королівства»",
                "Переслідування дітей без оцінки того, чи постраждали вони від торгівлі людьми",
            ),
        ],
        source=(
            "ECtHR: Rantsev v. Cyprus and Russia, no. 25965/04; Chowdury and Others v. Greece, no. 21884/15; "
            "S.M. v. Croatia [GC], no. 60561/14; V.C.L. and A.N. v. the United Kingdom, nos. 77587/12 and 74603/12",
            "ЄСПЛ: «Ранцев проти Кіпру та Росії», № 25965/04; «Чоудхурі та інші проти Греції», № 21884/15; «С.М. "
            "проти Хорватії» [ВП], № 60561/14; «V.C.L. та A.N. проти Сполученого Королівства», № 77587/12 і "
            "74603/12",
        ),
    ),
]

COURSE = course(
    "judges-prosecutors",
    ["justice"],
    5,
    "professional",
    {
        "title": "Trafficking cases in court: law, evidence and victims' rights",
        "summary": "For judges and prosecutors: Article 149 and the international instruments behind it, "
        "victim-centred proceedings, how to prove labour exploitation — including when no border was crossed — "
        "protective procedure, related offences and the European Court of Human Rights' case law.",
        "objectives": [
            "List the elements and penalties of Article 149 of the Criminal Code",
            "Apply the Palermo Protocol, CETS No. 197, ILO Convention No. 29 and its 2014 Protocol, using EU "
            "directives as benchmarks",
            "Explain what the status certificate shows in proceedings",
            "Apply the non-punishment principle and protect victims and witnesses",
            "Use the ILO indicators as evidence of the means, including in internal trafficking cases",
            "Use the Criminal Procedure Code's protective tools and the civil claim",
            "Tell Article 149 apart from Articles 150 and 303, and apply the case law under Article 4 ECHR",
        ],
    },
    {
        "title": "Справи про торгівлю людьми в суді: право, докази і права потерпілих",
        "summary": "Для суддів і прокурорів: стаття 149 і міжнародні інструменти, на яких вона ґрунтується, "
        "провадження, орієнтоване на потерпілих, доведення трудової експлуатації — зокрема без перетину кордону, — "
        "процесуальні гарантії, суміжні злочини і практика Європейського суду з прав людини.",
        "objectives": [
            "Називати елементи складу і санкції статті 149 Кримінального кодексу",
            "Застосовувати Палермський протокол, Конвенцію № 197, Конвенцію МОП № 29 і Протокол до неї 2014 року, "
            "використовуючи директиви ЄС як орієнтири",
            "Пояснювати, що засвідчує довідка про встановлення статусу в провадженні",
            "Застосовувати принцип непокарання і захищати потерпілих та свідків",
            "Використовувати індикатори МОП як доказ способу, зокрема у справах про внутрішню торгівлю людьми",
            "Використовувати процесуальні гарантії Кримінального процесуального кодексу і цивільний позов",
            "Відрізняти статтю 149 від статей 150 і 303 та застосовувати практику ЄСПЛ за статтею 4 Конвенції",
        ],
    },
    MODULES,
    QUESTIONS,
)
