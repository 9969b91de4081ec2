"""Generate eval/gold/docs/synthetic-hate-crime-egm.docx, its expected units
eval/gold/expected/synthetic-hate-crime-egm.json, its 35 gold cases
eval/gold/test/synthetic-hate-crime-egm.jsonl and its 3 topic cases
eval/gold/test/topics/synthetic-hate-crime-egm.jsonl.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on hate crime and crimes
motivated by intolerance, including online, held in Kraków in December 2025 in preparation for
the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It is not a
United Nations document; the persons, the non-governmental organization and the figures are
invented (the treaties, laws and programmes cited are real ones).

It is a WORD document as LibreOffice saves one (.docx, "MS Word 2007 XML"):

1. The script writes a LibreOffice flat OpenDocument text (.fodt) as a string:
   * first page: the synthetic-document line, a borderless masthead table ("United Nations" |
     symbol over a thin rule; the Congress's name | "Distr.: General", date, "Original:
     English" over a thick rule: cell bottom borders only, no grid), the title and the place
     and dates; the first page has its own page style (Word: w:titlePg), with no header and a
     footer holding only the job number;
   * following pages: left and right page styles (Word: w:evenAndOddHeaders), the symbol in the
     HEADER and a FOOTER with the job number and a PAGE field;
   * chapter and section headings typed in the UN way ("I.<tab>Introduction") in
     hanging-indent heading styles;
   * body paragraphs numbered by AUTOMATIC list numbering (Word: w:numPr -> numbering.xml,
     "%1." at level 0, "(%2)" lower-letter at level 1, "(%3)" lower-roman at level 2); every
     chapter's paragraphs are a list continuing the first, so the numbers run 1..43 through
     the report; lettered and roman sub-items are nested list levels of the same list;
   * the agenda as a second automatic list ("1." .. "9.") after paragraph 6; officer lines with
     tabs ("Chair:<tab>Name (Country)") after paragraph 5, the two Vice-Chairs in ONE
     paragraph, the second after a manual LINE BREAK (Word: w:br), aligned by the hanging
     indent;
   * a manual line break inside numbered paragraph 43 too (before a web address);
   * five real FOOTNOTES (Word: footnotes.xml), two of them in paragraph 31;
   * a HYPERLINK in paragraph 11 (Word: w:hyperlink with an external relationship);
   * italic runs inside sentences (titles of laws: paragraphs 14, 15, 18, 19, 27) and bold
     runs (a defined term in paragraph 10, a heading-like lead-in in paragraph 22);
   * NON-BREAKING SPACES in figures ("9 412", "176 320", "500,000 yen", "24 hours");
   * a ruled data TABLE (full grid, repeated header row) with its bold title above and italic
     source note below, belonging to paragraph 10;
   * an annex on a new page, "List of participants", a two-column ruled table;
   * no manual page breaks in the body: paragraphs run over page breaks where they fall
     (the script prints which ones, from a PDF made from the .docx).
2. LibreOffice converts it: soffice --headless --convert-to docx:"MS Word 2007 XML" (made with
   LibreOffice 7.4.7.2, Debian package libreoffice-writer-nogui, fonts-liberation). The script
   then rewrites the ZIP with fixed member timestamps and fixed dates in docProps/core.xml, so
   that regenerating gives the same bytes as long as LibreOffice does.

The expected units, the gold cases and the topics are built from the same constants the
document is typeset from; the script checks that every citation is a unit id, that every key
fact occurs in a cited unit, and that the paragraph, footnote and participant counts are as
planned. In the units, a tab, a line break or a non-breaking space reads as a plain space, and
a line break inside a paragraph ends one `contains` piece and starts the next.

Names with non-ASCII letters: Małgorzata Dąbrowska-Ślusarczyk, Jędrzej Kołodziejczyk, Joaquín
Ñancupil Araneda, Caoimhe Ní Bhriain, Marie-Ève Thériault, Lucie Hrdličková-Bártová, Ximena
Téllez Ibáñez, Kōhei Ōtsuka, Mereana Tūhoe-Parata, Ștefan Țurcanu, Björn Schüßler, Gwenaëlle
Le Bihan-Kerjean, Luíza Gonçalves Brandão, Ingibjörg Hallsdóttir-Meyer, Øystein Kvålsvik,
Åsa Söderström-Kaya, Siân Llywelyn-Hughes, Tamar Beridze-Lefèvre. Figures in digits and in
words (thirty-eight experts, forty per cent, a third, two thirds, nearly half, one in five,
fewer than one in ten, some 1,250 cases, eighteen months, seventy-two, twice, three quarters).
Near misses on purpose: States that attended without speaking (Argentina, Fiji, Jordan,
Portugal, Senegal) and an observer that said nothing (INTERPOL); donors with no amount; a
follow-up workshop with no date or venue; the Chair's post never stated; a Canadian share of
crimes against a religion but no Canadian share of online crimes (the online shares given are
Ireland's and Poland's); police figures for 2022-2024 only; and no word about persons without
a home. The text avoids the everyday words "troll", "slur", "deepfake", "synagogue", "beaten
up" and "take down", so that questions using them test paraphrase.

The flat OpenDocument skeleton, the style sheet, the body writer, the soffice call, the
expected units and the checks of the cases are shared with the PDF generator
make_synthetic_real_estate_laundering_egm_pdf.py, in _fodt.py next to this script.

Run:  python eval/gold/sources/make_synthetic_hate_crime_egm_docx.py
      (add --keep-fodt to keep the intermediate .fodt in /tmp)
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _fodt  # noqa: E402

ROOT = HERE.parents[2]
DOC_ID = "synthetic-hate-crime-egm"
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.docx"
FIXED_ISO = "2025-12-17T09:00:00"
FIXED_ZIP_TIME = (2025, 12, 17, 9, 0, 0)
NBSP = _fodt.NBSP


DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.82/2025/1"
ISSUE_DATE = "17 December 2025"
JOB_NUMBER = "V.25-19307"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Hate Crime and Crimes Motivated by Intolerance, "
    "Including Online"
)
PLACE_DATES = "Kraków, Poland, 1–3 December 2025"
ODIHR_URL = "https://hatecrime.osce.org/"

# Footnote texts; "{n}" in a paragraph is the place of footnote n's mark.
FOOTNOTES = {
    1: "United Nations, Treaty Series, vol. 660, No. 9464.",
    2: "General Assembly resolution 79/243, annex.",
    3: "Council of Europe, European Treaty Series, No. 189.",
    4: "United Nations, Treaty Series, vol. 999, No. 14668.",
    5: "A/HRC/22/17/Add.4, appendix.",
}

# (label, [names]): one paragraph per officer line; a second name follows a manual line break.
OFFICERS = [
    ("Chair:", ["Małgorzata Dąbrowska-Ślusarczyk (Poland)"]),
    ("Vice-Chairs:", ["Wanjiru Kamau-Otieno (Kenya)", "Joaquín Ñancupil Araneda (Chile)"]),
    ("Rapporteur:", ["Caoimhe Ní Bhriain (Ireland)"]),
]

AGENDA = [
    "Opening of the meeting.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "Definitions, recording and data collection on hate crime.",
    "Hate crime against particular groups and its impact on victims and communities.",
    "Online hate: criminal content, platforms and electronic evidence.",
    "Prevention, victim support and cooperation with communities.",
    "Recommendations to the Fifteenth Congress.",
    "Adoption of the report.",
]

TABLE_TITLE = "Hate crimes recorded by the police in selected States, 2022–2024"
TABLE_ROWS = [
    ("State", "2022", "2023", "2024"),
    ("Canada", "3,612", "4,795", "4,882"),
    ("Czechia", "148", "167", "193"),
    ("Ireland", "574", "648", "719"),
    ("New Zealand", "1,247", "1,389", "1,502"),
    ("Poland", "1,962", "2,107", "2,231"),
    ("South Africa", "311", "356", "402"),
]
TABLE_SOURCE = (
    "Source: national submissions to the meeting (UNODC/CCPCJ/EG.82/2025/CRP.1). The figures "
    "for Ireland include hate-related incidents that were not criminal offences; the figures "
    "for 2024 are provisional."
)

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of participants"
ANNEX_STATES = [
    ("Argentina", ["Florencia Ruiz-Díaz Ocampo"]),
    ("Brazil", ["Luíza Gonçalves Brandão", "Thiago Assunção Lima"]),
    ("Canada", ["Marie-Ève Thériault", "Harjit Singh Dhaliwal"]),
    ("Chile", ["Joaquín Ñancupil Araneda", "Valentina Ríos Quiroga"]),
    ("Czechia", ["Lucie Hrdličková-Bártová"]),
    ("Fiji", ["Mereoni Ravuvu-Tikoduadua"]),
    ("France", ["Gwenaëlle Le Bihan-Kerjean", "Rémi Daoud-Fournier"]),
    ("Germany", ["Björn Schüßler", "Friederike Özdemir-Haas"]),
    ("Ireland", ["Caoimhe Ní Bhriain", "Pádraig Ó Murchú"]),
    ("Japan", ["Kōhei Ōtsuka", "Yūko Saitō"]),
    ("Jordan", ["Lina Haddadin"]),
    ("Kenya", ["Wanjiru Kamau-Otieno", "Abdirahman Hussein Noor"]),
    ("Mexico", ["Ximena Téllez Ibáñez", "Emiliano Cázares Núñez"]),
    ("New Zealand", ["Mereana Tūhoe-Parata", "Daniel Whitcombe"]),
    ("Norway", ["Øystein Kvålsvik"]),
    (
        "Poland",
        [
            "Małgorzata Dąbrowska-Ślusarczyk",
            "Jędrzej Kołodziejczyk",
            "Agnieszka Wróbel-Nowak",
            "Paweł Żurawski",
        ],
    ),
    ("Portugal", ["João Tavares Simões"]),
    ("Romania", ["Ștefan Țurcanu", "Ioana Mărgineanu"]),
    ("Senegal", ["Mame Diarra Fall-Ndoye"]),
    ("South Africa", ["Nomvula Dlamini-Mthembu", "Pieter van der Merwe-Joubert"]),
    ("Sweden", ["Åsa Söderström-Kaya"]),
    (
        "United Kingdom of Great Britain and Northern Ireland",
        ["Siân Llywelyn-Hughes", "Oluwaseun Adébáyọ̀-Clarke"],
    ),
]
ANNEX_OBSERVERS = [
    ("Council of Europe", ["Ingibjörg Hallsdóttir-Meyer"]),
    ("European Union Agency for Fundamental Rights", ["Saskia Vanhoutte-Diallo"]),
    ("International Criminal Police Organization", ["Rafael Ángel Domínguez-Otero"]),
    (
        "Office for Democratic Institutions and Human Rights of the Organization for Security "
        "and Co-operation in Europe",
        ["Tamar Beridze-Lefèvre"],
    ),
    ("Coalition for Safe Online Spaces", ["Rahel Tesfaye-Moreno"]),
    (
        "United Nations Office on Drugs and Crime",
        ["Nadia Benhaddou-Reinholt", "Luca Ferrández-Bianchi"],
    ),
]
N_EXPERTS = "thirty-eight"  # checked against the annex
N_STATES = "22"
ANNEX_TABLE = [("State or organization", "Participants")] + [
    (name, "; ".join(people)) for name, people in ANNEX_STATES + ANNEX_OBSERVERS
]

# Inline markup in the texts:
#   {n}            footnote n's mark            *text*   italic run    **text**   bold run
#   [[text|url]]   hyperlink showing "text"     "\n"     manual line break
#   NBSP           non-breaking space (a plain space in the units)
#
# The body, in document order:
#   ("h1", "I.", text) / ("h2", "A.", text)   chapter / section heading (not a unit)
#   ("p", text[, extra])                      automatically numbered paragraph; extra may hold
#       "lines" (officer lines), "agenda" (automatic agenda list), "table" (the body table),
#       "items" (lettered sub-items: a str or (str, [roman sub-items]))
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "The Expert Group Meeting on Hate Crime and Crimes Motivated by Intolerance, Including "
        "Online, was held in Kraków, Poland, from 1 to 3 December 2025, as part of the "
        "preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice. It was organized by the United Nations Office on Drugs and Crime "
        "(UNODC) in cooperation with the Office for Democratic Institutions and Human Rights of "
        "the Organization for Security and Co-operation in Europe (OSCE/ODIHR) and hosted by the "
        "Government of Poland, with financial support from the Governments of Canada and "
        "Norway. The meeting was conducted in English, French and Spanish, with simultaneous "
        "interpretation.",
    ),
    (
        "p",
        "The purpose of the meeting was to review how States define, record, investigate and "
        "prosecute offences committed against persons because of their race, colour, ethnic or "
        "national origin, religion or belief, sexual orientation, gender identity, disability or "
        "other characteristics; to examine the use of the Internet and of social media "
        "platforms to incite or commit such offences; to consider the needs of victims and of "
        "the communities targeted; and to identify measures that could be brought to the "
        "attention of the Congress.",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "The meeting was opened by Jędrzej Kołodziejczyk, Under-Secretary of State in the "
        "Ministry of Justice of Poland, who recalled that Kraków lay some sixty kilometres from "
        "the site of the former German Nazi concentration and extermination camp of "
        "Auschwitz-Birkenau, a reminder of where hatred left unchecked could lead. He reported "
        "that the prosecution service of Poland had registered 1,874 proceedings concerning "
        "offences motivated by national, ethnic, racial or religious hatred in 2024, and that "
        "nearly half of them concerned statements published on the Internet. The proportion of "
        "such proceedings that ended in an indictment remained low, mainly because the authors "
        "of anonymous posts could not be identified.",
    ),
    (
        "p",
        "Nadia Benhaddou-Reinholt, representative of UNODC, delivered a statement on behalf of "
        "the Executive Director. She noted that crimes motivated by hatred harmed not only "
        "their direct victims but whole communities, whose members came to feel unsafe in their "
        "own neighbourhoods, and that such crimes tended to escalate from insults and threats "
        "to physical violence when they went unpunished. She recalled that, under the "
        "International Convention on the Elimination of All Forms of Racial Discrimination,{1} "
        "States parties were to declare an offence punishable by law all dissemination of ideas "
        "based on racial superiority or hatred, incitement to racial discrimination, and all "
        "acts of violence or incitement to such acts against any race or group of persons of "
        "another colour or ethnic origin.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "At its 1st meeting, on 1 December 2025, the meeting elected the following officers by "
        "acclamation:",
        {"lines": OFFICERS},
    ),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    (
        "p",
        "Also at its 1st meeting, the meeting adopted the following agenda:",
        {"agenda": AGENDA},
    ),
    (
        "p",
        "The meeting held its deliberations in plenary, on the basis of a background paper "
        "prepared by the Secretariat (UNODC/CCPCJ/EG.82/2025/CRP.1). On the afternoon of "
        "2 December 2025, participants visited the Regional Police Headquarters in Kraków, "
        "where officers of its team for combating hate crime demonstrated how reports received "
        "through an online form were registered, checked against a list of bias indicators and "
        "assigned to investigators.",
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        f"The meeting was attended by {N_EXPERTS} experts from the following {N_STATES} States: "
        "Argentina, Brazil, Canada, Chile, Czechia, Fiji, France, Germany, Ireland, Japan, "
        "Jordan, Kenya, Mexico, New Zealand, Norway, Poland, Portugal, Romania, Senegal, South "
        "Africa, Sweden and United Kingdom of Great Britain and Northern Ireland. The experts "
        "participated in their personal capacity.",
    ),
    (
        "p",
        "Observers for the Council of Europe, the European Union Agency for Fundamental Rights "
        "(FRA), the International Criminal Police Organization (INTERPOL) and OSCE/ODIHR also "
        "attended, as did an observer for the Coalition for Safe Online Spaces, a "
        "non-governmental organization. The list of participants is contained in the annex to "
        "the present report.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    ("h2", "A.", "Definitions, recording and data collection on hate crime"),
    (
        "p",
        "A representative of the Secretariat introduced the background paper, which noted that "
        "a hate crime had two elements: an act that was an offence under the ordinary criminal "
        "law, and a **bias motivation**, meaning that the offender had chosen the target because "
        "of a protected characteristic. States addressed the second element in different ways, "
        "through a general aggravating circumstance applicable to all offences, through specific "
        "offences or through enhanced penalties for certain offences, and the characteristics "
        "they protected varied widely. Few States published data that allowed the cases "
        "recorded by the police to be followed through prosecution to conviction, but the paper "
        "compiled the figures submitted by six States:",
        {"table": True},
    ),
    (
        "p",
        "Tamar Beridze-Lefèvre, observer for OSCE/ODIHR, said that 41 of the 57 participating "
        "States of OSCE had submitted data on hate crime for 2024, which were published on the "
        f"ODIHR hate crime reporting website ([[hatecrime.osce.org|{ODIHR_URL}]]). Only 19 of "
        "them had reported the number of prosecutions and convictions, and only 11 could show "
        "how many of the cases recorded by the police had reached a court. She described the "
        "bias indicators that ODIHR encouraged police officers to record from the first "
        "contact with the victim, such as the perception of the victim or of witnesses, "
        "comments, written statements or gestures made by the offender, and the date of the "
        "incident where it coincided with a religious holiday or another date of significance "
        "to the group concerned.",
    ),
    (
        "p",
        "Saskia Vanhoutte-Diallo, observer for FRA, said that the agency's surveys of "
        "minorities, immigrants and their descendants in the States members of the European "
        "Union consistently showed that most incidents never reached the police: only about one "
        "in five respondents who had been physically attacked because of their ethnic origin, "
        "religion or skin colour had reported the attack to the police or to any other body. Two "
        "thirds of those who had not reported it gave as their reason that nothing would happen "
        "or change, and many others feared that they would not be taken seriously.",
    ),
    (
        "p",
        "Marie-Ève Thériault (Canada) said that the number of hate crimes reported by the "
        "police in Canada had risen by a third between 2022 and 2023 and had continued to rise "
        "in 2024. Crimes targeting a religion, mainly the Jewish and Muslim populations, had "
        "accounted for forty per cent of the total in 2024, and crimes targeting a race or "
        "ethnicity for most of the remainder. Police services were required to record as a hate "
        "crime any offence that an investigator believed had been motivated by hatred, whether "
        "or not a charge of that kind was later laid.",
    ),
    (
        "p",
        "The Vice-Chair, Joaquín Ñancupil Araneda, speaking as the expert from Chile, said that "
        "*Act No. 20,609 establishing measures against discrimination*, adopted in 2012 after the "
        "killing of a young gay man in Santiago, had introduced in the Criminal Code an "
        "aggravating circumstance for offences committed on grounds of discrimination. In the "
        "years since, the courts had applied that aggravating circumstance in only 38 judgments, "
        "because prosecutors seldom gathered evidence of the motive during the investigation "
        "and the motive could rarely be proved at trial without it. Indigenous Mapuche "
        "communities also reported insults and threats that were not recorded as "
        "discriminatory.",
    ),
    (
        "p",
        "The Rapporteur, Caoimhe Ní Bhriain, speaking as the expert from Ireland, said that the "
        "*Criminal Justice (Hate Offences) Act 2024*, in force since 31 December 2024, had "
        "created aggravated forms of offences such as assault, criminal damage and harassment, "
        "which could be proved either by showing that the offender had been motivated by hatred "
        "or by showing that he or she had demonstrated hatred at the time of the offence or "
        "immediately before or after it. A third of the hate offences recorded by the police "
        "in the first six months of 2025 had been committed online, mostly in the form of "
        "harassment.",
    ),
    ("h2", "B.", "Hate crime against particular groups and its impact on victims and communities"),
    (
        "p",
        "Lucie Hrdličková-Bártová (Czechia) said that Roma remained the group most often "
        "targeted by violent hate crime in her country, although the number of cases recorded "
        "by the police was small, as shown in the table above. Roma victims rarely turned to "
        "the police, whom many of them distrusted, and the Office of the Public Defender of "
        "Rights had therefore begun to accept reports of hate incidents and to forward them to "
        "the police with the consent of the victim.",
    ),
    (
        "p",
        "Ximena Téllez Ibáñez (Mexico) said that civil society organizations had documented "
        "seventy-two killings of lesbian, gay, bisexual, transgender and intersex persons in "
        "Mexico in 2024, more than half of them of transgender women, whereas official "
        "statistics did not record the sexual orientation or gender identity of the victims at "
        "all. Investigations often failed to consider a motive of prejudice, and the "
        "prosecution service of Mexico City had therefore adopted a protocol that required it "
        "to be examined in every homicide of a lesbian, gay, bisexual, transgender or intersex "
        "person.",
    ),
    (
        "p",
        "Kōhei Ōtsuka (Japan) described the *Act on the Promotion of Efforts to Eliminate Unfair "
        "Discriminatory Speech and Behavior against Persons Originating from Outside Japan*, "
        "adopted in 2016, which declared such speech unacceptable but laid down no penalty. The "
        "city of Kawasaki had gone further: under an ordinance fully in force since July 2020, "
        "a person who repeated discriminatory speech in a public place after a recommendation "
        f"and an order to stop could be fined up to 500,000{NBSP}yen. Demonstrations directed "
        "at residents of Korean origin had become far less frequent since then.",
    ),
    (
        "p",
        "Nomvula Dlamini-Mthembu (South Africa) said that the *Prevention and Combating of Hate "
        "Crimes and Hate Speech Act, 2023*, signed into law in 2024, defined hate crime broadly "
        "and protected, among other characteristics, albinism, HIV status, nationality, migrant "
        "or refugee status and occupation or trade. Violence against foreign nationals and "
        "attacks on persons with albinism, whose body parts were sought for ritual purposes, "
        "were among the most serious manifestations of hate crime in the region. The police had "
        "been given eighteen months to adapt their case administration system so that a bias "
        "motive could be recorded for every offence.",
    ),
    (
        "p",
        "Mereana Tūhoe-Parata (New Zealand) recalled the attacks on two mosques in Christchurch "
        "on 15 March 2019, in which 51 people had been killed and which the attacker had "
        "broadcast live on a social media platform. The Royal Commission of Inquiry into the "
        "attacks had found that the police did not record hate crime reliably; the police had "
        "since introduced a national flag for offences motivated by hate and trained their "
        "frontline staff to apply it. New Zealand and France had launched the Christchurch Call "
        "to eliminate terrorist and violent extremist content online, which governments and "
        "technology companies continued to implement.",
    ),
    (
        "p",
        "Ștefan Țurcanu (Romania) said that Law No. 157/2018 had made antisemitic acts and "
        "propaganda offences under Romanian law. Prosecutors had opened 214 cases under the law "
        "in 2024, three quarters of them concerning posts on social media, and Holocaust "
        "denial remained frequent in comments on news websites. A national strategy adopted in "
        "2021 provided for teaching about the Holocaust in secondary schools.",
    ),
    (
        "p",
        "**Impact on victims and communities.** Several experts stressed that hate crimes were "
        "message crimes: by attacking one person, the offender sought to intimidate everyone "
        "who shared the same characteristic. Victims suffered more lasting psychological harm "
        "than the victims of comparable offences committed without bias, and members of the "
        "targeted communities changed their routes, hid signs of their identity or withdrew "
        "from public life. Women belonging to minorities were often targeted on more than one "
        "ground at once, and offences against persons with disabilities were the least often "
        "recorded as hate crime.",
    ),
    ("h2", "C.", "Online hate: criminal content, platforms and electronic evidence"),
    (
        "p",
        "Björn Schüßler (Germany) said that the Network Enforcement Act of 2017 had required "
        "large social networks to remove manifestly unlawful content within "
        f"24{NBSP}hours of a complaint, and that since February 2024 the Digital Services Act "
        "of the European Union had laid down the obligations of all online platforms in the "
        "Union. The Central Reporting Office for Criminal Content on the Internet, established "
        f"at the Federal Criminal Police Office in 2022, had received 9{NBSP}412 reports in "
        "2024 and had identified a suspect in nearly six cases out of ten.",
    ),
    (
        "p",
        "Gwenaëlle Le Bihan-Kerjean (France) said that the national platform for reporting "
        f"unlawful online content, PHAROS, had received 176{NBSP}320 reports in 2024, about one "
        "in ten of which concerned hate speech or discrimination. Since 2021, a national hub "
        "for combating online hate within the Paris prosecutor's office had dealt with the "
        "most serious cases, including coordinated campaigns in which hundreds of accounts "
        "targeted one person. The hub obtained the identity of the authors of most posts, but "
        "requests to service providers established abroad could take up to ten months to be "
        "answered.",
    ),
    (
        "p",
        "The Vice-Chair, Wanjiru Kamau-Otieno, speaking as the expert from Kenya, said that the "
        "National Cohesion and Integration Commission had received some 1,250 complaints of "
        "hate speech in the twelve months before the general election of August 2022, most of "
        "them about posts in local languages that used coded words to designate members of "
        "other communities. Moderators employed by the platforms often did not understand "
        "those languages or the meaning of the coded words, and posts reported by the "
        "Commission had remained online for days.",
    ),
    (
        "p",
        "Rahel Tesfaye-Moreno, observer for the Coalition for Safe Online Spaces, presented a "
        "test in which the organization had reported 600 posts inciting violence against "
        "ethnic or religious groups to four large platforms in 2025. Fewer than one in ten of "
        "the posts written in Amharic, Hausa or Swahili had been removed within a week, "
        "compared with more than half of those written in English. She called on platforms to "
        "employ moderators who knew the languages and contexts of the countries in which their "
        "services were used, and to publish data on their response to reports by language.",
    ),
    (
        "p",
        "Luíza Gonçalves Brandão (Brazil) said that *Law No. 14,532 of 11 January 2023* had made "
        "racial insult a form of the crime of racism, which under the Federal Constitution was "
        "not subject to bail or to a statute of limitations, and had provided for heavier "
        "penalties where the offence was committed in the context of sporting or artistic "
        "events or through social media. The federal police had set up a unit to investigate "
        "racist content disseminated online by organized groups.",
    ),
    (
        "p",
        "Several experts said that identifying the authors of anonymous posts and obtaining "
        "electronic evidence held by service providers in other jurisdictions remained the "
        "main obstacles to prosecution. They welcomed the United Nations Convention against "
        "Cybercrime,{2} opened for signature in Hanoi in October 2025, whose provisions on the "
        "expedited preservation of stored data and on the production of subscriber information "
        "could assist investigations into offences committed online, and stressed that such "
        "cooperation had to respect human rights, including the rights to privacy and to "
        "freedom of expression.",
    ),
    (
        "p",
        "Ingibjörg Hallsdóttir-Meyer, observer for the Council of Europe, presented the "
        "Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of "
        "acts of a racist and xenophobic nature committed through computer systems,{3} which "
        "required its parties to criminalize the dissemination of racist and xenophobic "
        "material through computer systems, threats and insults motivated by racism or "
        "xenophobia, and the denial or gross minimization of genocide or crimes against "
        "humanity. She noted that the Protocol was open to States that were not members of the "
        "Council of Europe.",
    ),
    (
        "p",
        "Experts expressed concern about the use of generative artificial intelligence to "
        "produce false images, videos and audio recordings that attributed crimes or offensive "
        "statements to members of minorities, or that depicted them in degrading ways, and "
        "about networks of automated accounts that amplified such material. Such content "
        "spread faster than it could be verified and had preceded episodes of violence against "
        "minorities in several regions. Some experts noted that the persons who commissioned "
        "such campaigns were rarely identified.",
    ),
    (
        "p",
        "Many experts emphasized that criminal law should be used only against the most serious "
        "forms of hate speech. Under the International Covenant on Civil and Political "
        "Rights,{4} any advocacy of national, racial or religious hatred that constituted "
        "incitement to discrimination, hostility or violence was to be prohibited by law, while "
        "any restriction of freedom of expression had to be provided by law and necessary. The "
        "Rabat Plan of Action{5} proposed a six-part threshold test for criminal sanctions, "
        "based on the context, the speaker, the intent, the content and form of the speech, "
        "the extent of its dissemination and the likelihood, including imminence, of harm.",
    ),
    ("h2", "D.", "Prevention, victim support and cooperation with communities"),
    (
        "p",
        "Siân Llywelyn-Hughes (United Kingdom of Great Britain and Northern Ireland) said that "
        "the police in England and Wales recorded as a hate incident any incident that the "
        "victim or any other person perceived to be motivated by hostility or prejudice, and "
        "that victims could also report through third-party reporting centres run by community "
        "organizations, charities and local authorities. Where hostility was proved, the court "
        "was required to treat it as an aggravating factor and to state so in open court; in "
        "2024 the sentence had been increased in four cases out of five in which the "
        "prosecution had asked for it.",
    ),
    (
        "p",
        "Øystein Kvålsvik (Norway) described the hate crime group of the Oslo police district "
        "and its cooperation with the National Mediation Service. Young offenders who had "
        "committed less serious hate offences could be offered a restorative meeting with the "
        "victim, with the victim's consent, together with a course on the history and culture "
        "of the group they had targeted. Of the 86 cases referred to mediation in 2024, an "
        "agreement had been reached in 70.",
    ),
    (
        "p",
        "Åsa Söderström-Kaya (Sweden) said that the grants available to religious "
        "congregations and civil society organizations for security measures, such as "
        "cameras, reinforced doors and guards at places of worship, had been twice increased "
        "since 2022, and that the police held regular consultations with the Jewish, Muslim "
        "and other communities on the threats they faced. The national crime survey showed "
        "that young people who had been exposed to hateful content online were more likely to "
        "be victimized offline.",
    ),
    (
        "p",
        "Several experts described measures to support victims: an individual assessment of "
        "each victim's needs for protection, as required in the European Union for victims of "
        "hate crime; specialized support services run by or with the communities concerned; "
        "interpretation for victims who did not speak the language of the proceedings; and the "
        "possibility of reporting online or through a trusted intermediary. They noted that "
        "victims who were migrants in an irregular situation were reluctant to report if they "
        "feared that the police would inform immigration authorities.",
    ),
    (
        "p",
        "The observer for OSCE/ODIHR presented the programmes Training against Hate Crimes for "
        "Law Enforcement (TAHCLE) and Prosecutors and Hate Crimes Training (PAHCT), which "
        "trained police officers and prosecutors to recognize bias indicators and to gather "
        "evidence of the motive from the outset of an investigation. Experts agreed that "
        "judges should also be trained, since the aggravating circumstances provided for by "
        "law were applied in few judgments.",
    ),
    (
        "p",
        "The Chair, speaking as the expert from Poland, said that a coordinator for hate crime "
        "had been appointed in each of the 17 regional police headquarters, and that the "
        "coordinators met prosecutors and representatives of minority communities twice a "
        "year. She added that cooperation with schools, local authorities and sports clubs was "
        "needed to prevent young people from being drawn into groups that promoted hatred.",
    ),
    (
        "p",
        "In the ensuing discussion, experts agreed that the prevention of hate crime could not "
        "rest on the criminal justice system alone. Education on diversity and on the history "
        "of past atrocities, dialogue between the police and communities, and "
        "the condemnation of hate crimes by public figures were all needed, as were "
        "programmes to help persons leave extremist groups.",
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "The meeting agreed on the following recommendations, to be brought to the attention "
        "of the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice.",
    ),
    (
        "p",
        "Member States should:",
        {
            "items": [
                "Ensure that their criminal law addresses the bias motivation of offences, "
                "through a general aggravating circumstance, specific offences or enhanced "
                "penalties, and covers the characteristics of the groups most often targeted "
                "in their territory;",
                "Record the bias motivation of offences from the first report, including on "
                "the basis of the perception of the victim or of witnesses, and collect and "
                "publish every year data that allow hate crimes to be followed from the "
                "police report to the final judgment;",
                (
                    "Build the capacity of the criminal justice system to respond to hate "
                    "crime, and in particular:",
                    [
                        "Designate coordinators or specialized units for hate crime in the "
                        "police and the prosecution service;",
                        "Train police officers, prosecutors and judges to recognize bias "
                        "indicators and to apply the relevant provisions of the law;",
                        "Instruct investigators to gather evidence of the motive from the "
                        "outset of every investigation into an offence that may be a hate "
                        "crime;",
                    ],
                ),
                "Ensure that victims of hate crime receive an individual assessment of their "
                "needs, support and protection, including interpretation, and encourage "
                "reporting through online forms and third-party reporting centres;",
                "Prohibit by law the advocacy of national, racial or religious hatred that "
                "constitutes incitement to discrimination, hostility or violence, in "
                "accordance with international human rights law, using criminal sanctions "
                "only for the most serious cases;",
                "Require online platforms to act promptly on reports of unlawful hate speech, "
                "to moderate content in the languages used in the countries in which they "
                "operate, to preserve data relevant to investigations and to cooperate with "
                "the competent authorities;",
                "Consider ratifying or acceding to the United Nations Convention against "
                "Cybercrime and use its provisions to obtain electronic evidence in cases "
                "of hate crime committed online;",
                "Support prevention in cooperation with the communities concerned, including "
                "the protection of places of worship and community premises, education and "
                "restorative approaches where the victim consents.",
            ]
        },
    ),
    (
        "p",
        "The meeting recommended that UNODC, in cooperation with OSCE/ODIHR and other relevant "
        "organizations and subject to the availability of extrabudgetary resources:",
        {
            "items": [
                "Prepare a handbook on the investigation and prosecution of hate crime, "
                "including hate crime committed online;",
                "Develop, together with national statistical offices, a common set of bias "
                "indicators and data definitions to improve the comparability of data on hate "
                "crime;",
                "Provide training to police officers, prosecutors and judges in States that "
                "request it;",
                "Bring the present recommendations to the attention of the Fifteenth Congress.",
            ]
        },
    ),
    ("h1", "V.", "Adoption of the report"),
    (
        "p",
        "At its closing meeting, on 3 December 2025, the meeting adopted the present report, "
        "as orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Governments of Canada and Norway for "
        "their financial support and UNODC and OSCE/ODIHR for organizing the meeting. She noted "
        "the proposal made by several experts to hold a regional workshop for prosecutors from "
        "Latin America and the Caribbean on crimes motivated by prejudice against lesbian, gay, "
        "bisexual, transgender and intersex persons, and invited the Secretariat to explore "
        "that possibility. The background paper and the presentations made at the meeting are "
        "available on the web page of the Congress:\nwww.unodc.org/crimecongress",
    ),
]

N_PARAGRAPHS = 43
FRONT = _fodt.Front(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
TABLE = _fodt.Table("HateCrimes", TABLE_TITLE, TABLE_ROWS, TABLE_SOURCE)


def expected() -> dict:
    units = _fodt.units(FRONT, BODY, FOOTNOTES, TABLE, ANNEX_TABLE, markup=True)
    return _fodt.expected(DOC_ID, OUT, FRONT, units)


def check_document() -> None:
    _fodt.check_paragraphs(BODY, N_PARAGRAPHS)
    texts = [item[1] for item in BODY if item[0] == "p"]
    for item in BODY:
        if item[0] != "p" or len(item) < 3:
            continue
        for sub in item[2].get("items", []):
            texts += [sub] if isinstance(sub, str) else [sub[0], *sub[1]]
    marks = [int(m) for t in texts for m in _fodt.MARK_RE.findall(t)]
    if sorted(marks) != sorted(FOOTNOTES) or len(set(marks)) != len(marks):
        raise SystemExit(f"footnote marks {marks} do not match the notes {sorted(FOOTNOTES)}")
    _fodt.check_attendance(ANNEX_STATES, N_EXPERTS, N_STATES, ("thirty-eight", 38))
    listed = [name for name, _ in ANNEX_STATES]
    para8 = texts[7]
    if [s for s in listed if s not in para8]:
        raise SystemExit("paragraph 8 does not list every State of the annex")
    for t in texts:
        if "*" in re.sub(r"\*\*.+?\*\*|\*.+?\*", "", t):
            raise SystemExit(f"unbalanced emphasis in: {t[:60]}")


# --------------------------------------------------------------------------------------------
# flat OpenDocument text (its skeleton, styles and writer are in _fodt.py)
# --------------------------------------------------------------------------------------------

# The footers' paragraph style is "Footer"; the officer lines have a tab stop at their hanging
# indent, for the second Vice-Chair after a manual line break; the texts carry inline markup
# (italic and bold runs, a hyperlink, line breaks).
STYLES = _fodt.styles(SYMBOL, JOB_NUMBER, footer="Footer", officer_tab=True, markup=True)


def build_fodt() -> str:
    w = _fodt.Writer(FOOTNOTES, markup=True)
    _fodt.front_page(w, FRONT)
    _fodt.body(w, BODY, TABLE)
    if w.n_notes != len(FOOTNOTES):
        raise SystemExit(f"{w.n_notes} footnotes typeset, expected {len(FOOTNOTES)}")
    _fodt.annex(w, ANNEX_HEADING, ANNEX_SUBTITLE, ANNEX_TABLE)
    return _fodt.document(w, TITLE, FIXED_ISO, STYLES)


def build_docx(keep_fodt: bool = False) -> None:
    fodt = build_fodt()
    _fodt.convert(
        fodt,
        OUT,
        "docx:MS Word 2007 XML",
        keep_fodt=keep_fodt,
        write=partial(_fodt.normalize_docx, fixed_iso=FIXED_ISO, zip_time=FIXED_ZIP_TIME),
    )


# --------------------------------------------------------------------------------------------
# gold cases and topics
# --------------------------------------------------------------------------------------------

case = partial(_fodt.case, DOC_ID)
unanswerable = partial(_fodt.unanswerable, DOC_ID)
turn = _fodt.turn


FORTY = ["forty per cent", "40 per cent", "40%", "40 percent", "forty percent"]

CASES = [
    # numbers
    case(
        "hc-01",
        "numbers",
        "How many hate crime proceedings did Polish prosecutors register in 2024, and how many "
        "of them were about things posted on the Internet?",
        "1,874 proceedings concerning offences motivated by national, ethnic, racial or "
        "religious hatred, nearly half of them concerning statements published on the "
        "Internet, according to Jędrzej Kołodziejczyk, Under-Secretary of State in the Ministry "
        "of Justice of Poland.",
        [["1,874", "1874", "1 874"], ["nearly half", "almost half"]],
        ["3"],
    ),
    case(
        "hc-02",
        "numbers",
        "What share of the hate crimes reported by Canadian police in 2024 were aimed at a "
        "religion?",
        "Forty per cent of the total, mainly against the Jewish and Muslim populations, "
        "according to the expert from Canada, Marie-Ève Thériault.",
        [FORTY],
        ["13"],
    ),
    case(
        "hc-03",
        "numbers",
        "How many hate speech complaints did Kenya's cohesion commission get in the year "
        "before the 2022 election?",
        "Some 1,250 complaints in the twelve months before the general election of August "
        "2022, most of them about posts in local languages using coded words, according to the "
        "Vice-Chair, Wanjiru Kamau-Otieno (Kenya).",
        [["1,250", "1250", "1 250"]],
        ["25"],
    ),
    case(
        "hc-04",
        "numbers",
        "How many reports did France's PHAROS platform receive in 2024?",
        "176,320 reports, about one in ten of which concerned hate speech or discrimination, "
        "according to Gwenaëlle Le Bihan-Kerjean (France).",
        [["176 320", "176,320", "176320"]],
        ["24"],
    ),
    case(
        "hc-05",
        "numbers",
        "How long did South Africa's police get to change their case system so that a bias "
        "motive can be recorded?",
        "Eighteen months, to adapt their case administration system so that a bias motive "
        "could be recorded for every offence.",
        [["eighteen months", "18 months", "a year and a half", "one and a half years"]],
        ["19"],
    ),
    case(
        "hc-06",
        "numbers",
        "According to the table in the report, how many hate crimes did the Czech police "
        "record in 2023?",
        "167 (compared with 148 in 2022 and a provisional 193 in 2024).",
        [["167", "one hundred and sixty-seven"]],
        ["10"],
    ),
    # names
    case(
        "hc-07",
        "names",
        "Who chaired the expert meeting on hate crime in Kraków?",
        "Małgorzata Dąbrowska-Ślusarczyk, of Poland.",
        [
            [
                "Dąbrowska-Ślusarczyk",
                "Dabrowska-Slusarczyk",
                "Dąbrowska",
                "Dabrowska",
                "Ślusarczyk",
                "Slusarczyk",
            ]
        ],
        ["5"],
    ),
    case(
        "hc-08",
        "names",
        "Which expert told the meeting about killings of LGBTI people documented in Mexico?",
        "Ximena Téllez Ibáñez, the expert from Mexico.",
        [["Téllez Ibáñez", "Tellez Ibanez", "Téllez", "Tellez", "Ximena"]],
        ["17"],
    ),
    case(
        "hc-09",
        "names",
        "Who presented the Council of Europe protocol on racist and xenophobic material spread "
        "through computers?",
        "Ingibjörg Hallsdóttir-Meyer, observer for the Council of Europe.",
        [["Hallsdóttir-Meyer", "Hallsdottir-Meyer", "Hallsdóttir", "Hallsdottir", "Ingibjörg"]],
        ["29"],
    ),
    case(
        "hc-10",
        "names",
        "Who described the Oslo police's work with the mediation service?",
        "Øystein Kvålsvik, the expert from Norway.",
        [["Kvålsvik", "Kvalsvik", "Øystein", "Oystein"]],
        ["33"],
    ),
    # lists
    case(
        "hc-11",
        "list",
        "Which countries' police figures are shown in the report's table of recorded hate crimes?",
        "Six States, for 2022 to 2024: Canada, Czechia, Ireland, New Zealand, Poland and South "
        "Africa.",
        [["Canada"], ["Czechia"], ["Ireland"], ["New Zealand"], ["Poland"], ["South Africa"]],
        ["10"],
    ),
    case(
        "hc-12",
        "list",
        "What did the hate crime meeting ask UNODC to do?",
        "In cooperation with OSCE/ODIHR and other organizations and subject to extrabudgetary "
        "resources: prepare a handbook on investigating and prosecuting hate crime, including "
        "online; develop with national statistical offices a common set of bias indicators "
        "and data definitions; train police officers, prosecutors and judges in States that "
        "request it; and bring the recommendations to the attention of the Fifteenth Congress.",
        [["handbook"], ["indicators", "data definitions"], ["training"]],
        ["41", "41(a)", "41(b)", "41(c)", "41(d)"],
    ),
    case(
        "hc-13",
        "list",
        "What did the experts recommend to make police and prosecutors better at dealing with "
        "hate crime?",
        "That Member States build the capacity of the criminal justice system, in particular "
        "by designating hate crime coordinators or specialized units in the police and the "
        "prosecution service; training police officers, prosecutors and judges to recognize "
        "bias indicators and apply the law; and instructing investigators to gather evidence "
        "of the motive from the outset of every investigation.",
        [["coordinator", "specialized unit"], ["train"], ["motive"]],
        ["40(c)", "40(c)(i)", "40(c)(ii)", "40(c)(iii)"],
    ),
    # paraphrase
    case(
        "hc-14",
        "paraphrase",
        "Do most people who get beaten up because of their skin colour or religion go to the "
        "police?",
        "No. FRA's surveys found that only about one in five respondents physically attacked "
        "because of their ethnic origin, religion or skin colour had reported it to the police "
        "or any other body; two thirds of those who did not report thought nothing would "
        "happen or change.",
        [["one in five", "1 in 5", "a fifth", "one fifth", "20 per cent", "20%"]],
        ["12"],
    ),
    case(
        "hc-15",
        "paraphrase",
        "In Brazil, can you get bail if you're charged over a racist insult?",
        "No. Law No. 14,532 of 11 January 2023 made racial insult a form of the crime of "
        "racism, which under the Federal Constitution is not subject to bail or to a statute "
        "of limitations.",
        [["racism"], ["bail"]],
        ["27"],
    ),
    case(
        "hc-16",
        "paraphrase",
        "Are social media companies slower to take down hateful posts written in African "
        "languages?",
        "Yes. In a test by the Coalition for Safe Online Spaces, fewer than one in ten posts "
        "inciting violence written in Amharic, Hausa or Swahili were removed within a week, "
        "against more than half of those written in English.",
        [["one in ten", "1 in 10", "10 per cent", "10%"]],
        ["26"],
    ),
    case(
        "hc-17",
        "paraphrase",
        "Is there a country where attacking someone because of the work they do counts as a "
        "hate crime?",
        "South Africa: its Prevention and Combating of Hate Crimes and Hate Speech Act, 2023 "
        "protects, among other characteristics, occupation or trade.",
        [["South Africa"], ["occupation"]],
        ["19"],
    ),
    case(
        "hc-18",
        "paraphrase",
        "If Roma in Czechia don't trust the police, is there someone else they can report hate "
        "attacks to?",
        "Yes. The Office of the Public Defender of Rights has begun to accept reports of hate "
        "incidents and forwards them to the police with the victim's consent.",
        [["Public Defender of Rights", "Public Defender"]],
        ["16"],
    ),
    # frame
    case(
        "hc-19",
        "frame",
        "Did anyone bring up fake videos made with AI being used against minorities?",
        "Yes. Experts expressed concern about generative artificial intelligence being used to "
        "produce false images, videos and audio recordings attributing crimes or offensive "
        "statements to members of minorities or depicting them in degrading ways, amplified "
        "by networks of automated accounts; such content had preceded violence in several "
        "regions.",
        [["artificial intelligence", "AI-generated", "generative AI"]],
        ["30"],
    ),
    case(
        "hc-20",
        "frame",
        "Was government money for protecting places of worship discussed?",
        "Yes. The expert from Sweden said the grants for security measures (cameras, "
        "reinforced doors, guards) for religious congregations and civil society "
        "organizations had been twice increased since 2022.",
        [["Sweden"], ["twice"]],
        ["34"],
    ),
    # factual
    case(
        "hc-21",
        "factual",
        "What did the participants go to see during the Kraków meeting?",
        "On the afternoon of 2 December 2025 they visited the Regional Police Headquarters in "
        "Kraków, where the hate crime team showed how reports received through an online form "
        "were registered, checked against bias indicators and assigned to investigators.",
        [["Regional Police Headquarters", "police headquarters"]],
        ["7"],
    ),
    case(
        "hc-22",
        "factual",
        "Which ODIHR training programmes for police and prosecutors were presented?",
        "Training against Hate Crimes for Law Enforcement (TAHCLE) and Prosecutors and Hate "
        "Crimes Training (PAHCT).",
        [
            ["TAHCLE", "Training against Hate Crimes for Law Enforcement"],
            ["PAHCT", "Prosecutors and Hate Crimes Training"],
        ],
        ["36"],
    ),
    # front
    case(
        "hc-23",
        "front",
        "What is the document symbol of the hate crime expert group report?",
        f"{SYMBOL}.",
        [[SYMBOL]],
        ["front"],
    ),
    case(
        "hc-24",
        "front",
        "Where and when was the expert meeting on hate crime held, and what is the date of "
        "its report?",
        "In Kraków, Poland, 1–3 December 2025; the report is dated 17 December 2025.",
        [["Kraków", "Krakow", "Cracow"], ["17 December 2025"]],
        ["front"],
    ),
    # follow-ups
    case(
        "hc-25",
        "followup",
        "So is there anywhere in Japan where you can actually be punished for it?",
        "Yes, in the city of Kawasaki: under an ordinance fully in force since July 2020, a "
        "person who repeats discriminatory speech in a public place after a recommendation and "
        "an order to stop can be fined up to 500,000 yen.",
        [["Kawasaki"], ["500,000", "500 000", "500000", "half a million"]],
        ["18"],
        history=turn(
            "What did the expert from Japan say about laws against hate speech?",
            "Kōhei Ōtsuka said that Japan's Act on the Promotion of Efforts to Eliminate Unfair "
            "Discriminatory Speech and Behavior against Persons Originating from Outside Japan, "
            "adopted in 2016, declared such speech unacceptable but laid down no penalty [18].",
        ),
    ),
    case(
        "hc-26",
        "followup",
        "And how much of it happens online?",
        "A third of the hate offences recorded by the police in the first six months of 2025 "
        "had been committed online, mostly in the form of harassment.",
        [["a third", "one third", "one-third", "1/3"]],
        ["15"],
        history=turn(
            "How does Ireland's new hate offences law work?",
            "The Criminal Justice (Hate Offences) Act 2024, in force since 31 December 2024, "
            "created aggravated forms of offences such as assault, criminal damage and "
            "harassment, which can be proved by showing that the offender was motivated by "
            "hatred or demonstrated hatred at the time of the offence [15].",
        ),
    ),
    case(
        "hc-27",
        "followup",
        "Why did the platforms have trouble dealing with those posts?",
        "The posts were in local languages and used coded words to designate members of other "
        "communities; the platforms' moderators often did not understand those languages or "
        "the coded words, and posts reported by the Commission stayed online for days.",
        [["local languages"], ["coded"]],
        ["25"],
        history=turn(
            "What did the Kenyan expert say about hate speech around elections?",
            "Wanjiru Kamau-Otieno said that the National Cohesion and Integration Commission "
            "had received some 1,250 complaints of hate speech in the twelve months before the "
            "general election of August 2022 [25].",
        ),
    ),
    # unanswerable (near misses)
    unanswerable(
        "hc-28",
        "What did the expert from Portugal say about attacks on migrants?",
    ),
    unanswerable(
        "hc-29",
        "What share of the hate crimes recorded in Canada were committed online?",
    ),
    unanswerable(
        "hc-30",
        "How many hate crimes did the New Zealand police record in 2021?",
    ),
    unanswerable(
        "hc-31",
        "Where and when will the workshop for Latin American prosecutors on crimes against "
        "LGBTI people take place?",
    ),
    unanswerable(
        "hc-32",
        "How much money did Canada and Norway give for the Kraków meeting on hate crime?",
    ),
    unanswerable(
        "hc-33",
        "What post does Małgorzata Dąbrowska-Ślusarczyk hold in the Polish government?",
    ),
    unanswerable(
        "hc-34",
        "What did the INTERPOL observer say about police forces sharing information on hate "
        "crime suspects?",
    ),
    unanswerable(
        "hc-35",
        "What did the hate crime experts say about violence against homeless people?",
    ),
]

TOPICS = [
    {
        "id": "hct-01",
        "topic": "Online hate: hate crime and hate speech committed through the Internet and "
        "social media, the share of hate offences committed online, the obligations and "
        "content moderation of online platforms, identifying the authors of anonymous posts "
        "and obtaining electronic evidence from service providers, the cybercrime treaties, "
        "and false content generated with artificial intelligence (not the use of online forms "
        "to report offences)",
        "paragraphs": [
            "2",
            "3",
            "6",
            "15",
            "20",
            "21",
            "23",
            "24",
            "25",
            "26",
            "27",
            "28",
            "29",
            "30",
            "34",
            "40(f)",
            "40(g)",
            "41(a)",
        ],
    },
    {
        "id": "hct-02",
        "topic": "Under-reporting of hate crime by victims and ways of encouraging reporting: "
        "the share of victims who report, why victims do not go to the police, and other "
        "channels such as online reporting forms, third-party reporting centres, trusted "
        "intermediaries and the ombudsman",
        "paragraphs": ["7", "12", "16", "32", "35", "40(d)"],
    },
    {
        "id": "hct-03",
        "topic": "Hatred against religious groups: offences and speech motivated by hatred of a "
        "religion or belief, antisemitism and anti-Muslim hatred, and attacks on places of "
        "worship and their protection",
        "paragraphs": ["2", "3", "11", "12", "13", "20", "21", "26", "31", "34", "40(e)", "40(h)"],
    },
]


def check_cases(doc: dict) -> None:
    by_id = _fodt.check_cases(doc, CASES, TOPICS, "hc", 35)
    _fodt.check_mix(CASES)

    # the near misses stay near misses: who or what may be named, and where
    only_in = {
        "homeless": [],
        "portugal": ["8", "annex.1"],
        "fiji": ["8", "annex.1"],
        "jordan": ["8", "annex.1"],
        "senegal": ["8", "annex.1"],
        "interpol": ["9", "annex.1"],
        "workshop": ["43"],
    }
    for word, allowed in only_in.items():
        found = [uid for uid, text in by_id.items() if word in text]
        if [uid for uid in found if uid not in allowed]:
            raise SystemExit(f"{word!r} occurs in {found}")
    if re.search(r"online|internet", by_id["13"]) or "2021" in by_id["20"] + by_id["10"]:
        raise SystemExit("a near miss is answered")


def layout_report() -> dict:
    """Where things fell on the pages of a PDF that LibreOffice prints from the .docx: the
    numbered paragraphs that run over a page break (unit: [first page, last page]), and the
    pages of the footnotes and of the data table. Compared without whitespace."""
    if shutil.which("pdftotext") is None:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / OUT.name
        shutil.copyfile(OUT, src)
        pages = _fodt.pdf_pages(_fodt.soffice_convert(src, tmp, "pdf", "pdf"))

    def where(text: str) -> list[int]:
        return _fodt.pages_of(pages, text)

    return {
        "pages": len([p for p in pages if p]),
        "split paragraphs": _fodt.split_paragraphs(expected()["units"], pages),
        "footnotes": {n: where(FOOTNOTES[n]) for n in FOOTNOTES},
        "table title": where(TABLE_TITLE),
        "table first figure": where(TABLE_ROWS[1][1]),
        "table last figure": where(TABLE_ROWS[-1][-1]),
        "table source": where(TABLE_SOURCE[:60]),
    }


def main() -> None:
    check_document()
    doc = expected()
    check_cases(doc)
    build_docx(keep_fodt="--keep-fodt" in sys.argv)
    _fodt.write_gold(OUT, doc, CASES, TOPICS)
    print(f"layout (from a PDF printed from the .docx): {layout_report()}")


if __name__ == "__main__":
    main()
