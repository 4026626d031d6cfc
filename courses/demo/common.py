"""Blocks and sources several demo courses share."""

from .build import callout

PALERMO = (
    "UN Palermo Protocol (General Assembly resolution A/RES/55/25, 15 Nov 2000), Art. 3",
    "https://www.unodc.org/",
)
CETS = (
    "Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197)",
    "https://www.coe.int/",
)
ILO29 = ("ILO Forced Labour Convention, 1930 (No. 29), Art. 2(1); ILO Protocol of 2014 (P029)", "")
ILO_INDICATORS = ("ILO indicators of forced labour (ILO, 2012)", "")
LAW_2011 = (
    "Law of Ukraine No. 3739-VI of 20 Sep 2011 “On Combating Trafficking in Human Beings”",
    "https://zakon.rada.gov.ua/",
)
RES_417 = (
    "Cabinet of Ministers of Ukraine, Resolution No. 417 of 23 May 2012 (victim status)",
    "https://zakon.rada.gov.ua/",
)
RES_783 = ("Cabinet of Ministers of Ukraine, Resolution No. 783 of 22 Aug 2012 (the NRM)", "https://zakon.rada.gov.ua/")
CC_149 = ("Criminal Code of Ukraine, Art. 149", "https://zakon.rada.gov.ua/")
EU_2011 = ("Directive 2011/36/EU of 5 Apr 2011 and Directive (EU) 2024/1712 of 13 Jun 2024 (EU benchmarks)", "")
IOM_2018 = ("IOM Ukraine, press release on the online NRM course, Kyiv, 20 Nov 2018", "https://ukraine.iom.int/")
IOM_PROGRAMME = (
    "IOM Ukraine Counter-Trafficking Programme; IOM Ukraine Protection page (2023–24)",
    "https://ukraine.iom.int/",
)
IOM_2022 = ("IOM regional counter-trafficking update, May–June 2022", "https://ukraine.iom.int/")
IOM_NORWAY = ("IOM Ukraine, release on the Norway-funded project (30 Jul 2014)", "https://ukraine.iom.int/")
RED_FLAGS = ("UNHCR Blue Dot hub; OSCE (helpforukrainians.info); La Strada Ukraine", "")
HOTLINE_SITE = ("National hotline 527 on counteracting trafficking and migrant advice", "https://527.org.ua/")

HOTLINE = callout(
    "hotline",
    "Where to call",
    "**527** — national hotline on counter-trafficking and migrant advice: free from mobiles, daily "
    "(also 0-800-505-501). La Strada Ukraine: 0-800-500-335 or 116 123. Police: **102**.",
    "Куди звернутися",
    "**527** — Національна гаряча лінія з питань протидії торгівлі людьми та консультування мігрантів: "
    "безкоштовно з мобільних, щодня (також 0-800-505-501). «Ла Страда-Україна»: 0-800-500-335 або 116 123. "
    "Поліція: **102**.",
)

NO_BLAME = callout(
    "info",
    "Trauma-informed practice",
    "Trafficking is never the victim's fault. Avoid words like “naive”; never ask a person to prove what happened "
    "before you help, and never share their story without consent.",
    "Практика з урахуванням травми",
    "Торгівля людьми ніколи не є провиною постраждалої особи. Уникайте оцінок на кшталт «наївна людина»; не вимагайте "
    "доводити, що сталося, перш ніж допомогти, і не поширюйте історію людини без її згоди.",
)

# One IOM quotation (press release, 20 Nov 2018), one Ukrainian rendering everywhere it is quoted.
IOM_INVISIBLE = (
    "“prefer not to ask for help, and remain invisible”",
    "«воліють не звертатися по допомогу і залишаються невидимими»",
)
