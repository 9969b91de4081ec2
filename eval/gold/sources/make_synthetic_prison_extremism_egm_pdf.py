"""Generate eval/gold/docs/synthetic-prison-extremism-egm.pdf, its expected units
eval/gold/expected/synthetic-prison-extremism-egm.json, its 35 gold cases
eval/gold/test/synthetic-prison-extremism-egm.jsonl and its 3 topic cases
eval/gold/test/topics/synthetic-prison-extremism-egm.jsonl.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on managing violent
extremist prisoners and preventing radicalization in prisons, held in Amman in November 2025
in preparation for the Fifteenth United Nations Congress on Crime Prevention and Criminal
Justice. It is not a United Nations document; the persons, the non-governmental organization
and the figures are invented (the rules, resolutions and handbooks cited are real ones).

It is a WORD-PROCESSOR document printed to PDF by LibreOffice:

1. The script writes a LibreOffice flat OpenDocument text (.fodt) as a string (with the code
   shared by the LibreOffice-made gold documents, eval/gold/sources/_fodt.py):
   * first page: the synthetic-document line, a borderless masthead table ("United Nations" |
     symbol over a thin rule; the Congress's name | "Distr.: General", date, "Original:
     English" over a thick rule), the title and the place and dates; the first page has its
     own page style, with no header and a footer holding only the job number;
   * following pages: left and right page styles, the symbol in the HEADER and a FOOTER with
     the job number and a PAGE field;
   * chapter and section headings typed in the UN way ("I.<tab>Introduction");
   * body paragraphs numbered by AUTOMATIC list numbering ("1." at level 1, "(a)" at level 2,
     "(i)" at level 3), every chapter's paragraphs a list continuing the first, with a hanging
     indent and JUSTIFIED text; lettered and roman sub-items are nested levels of that list;
   * the agenda as a second automatic list after the agenda paragraph; officer lines with
     tabs ("Chair:<tab>Name (Country)"), the two Vice-Chairs in ONE paragraph, the second
     after a manual LINE BREAK;
   * five real FOOTNOTES, two of them in paragraph 3;
   * italic runs (titles of handbooks and programmes);
   * a ruled data TABLE (full grid, repeated header row) with its bold title above and
     italic source note below, belonging to paragraph 11; the table may not split across
     pages, so it moves whole to page 3 and leaves the foot of page 2 empty;
   * an annex on a new page, "List of participants", a two-column ruled table whose cells
     wrap;
   * no manual page breaks in the body: paragraphs run over page breaks where they fall (the
     script prints which ones).
2. LibreOffice converts it: soffice --headless --convert-to pdf (made with LibreOffice
   7.4.7.2). The PDF's bytes carry a creation time; its text (pdftotext) is the same at every
   run.

The expected units, the gold cases and the topics are built from the same constants the
document is typeset from (the cases cite paragraphs by key, numbered as the automatic list
counts them); the script checks that every citation is a unit id, that every key fact occurs
in a cited unit, that the footnote and participant counts are as planned, and that the near
misses stay unanswered.

Figures in digits and in words: twenty-three experts, forty per cent, a third, two thirds,
nearly half, one in ten, some 1,250 prisoners, eighteen months, seventeen weeks, six months,
twenty-four weeks, fifteen days, three hundred and forty, one hundred and twelve. Near misses
on purpose: States that attended without speaking (Norway, Peru); a share of staff trained
given for Kenya but only a staffing ratio for São Tomé and Príncipe; donors with no amount; a
follow-up regional training with no date or venue; the Chair's post never stated; prison
figures for 2022-2024 only; reoffending figures for Germany but none for Morocco; smuggled
telephones discussed but not escapes.

Run:  python eval/gold/sources/make_synthetic_prison_extremism_egm_pdf.py
      (add --keep-fodt to keep the intermediate .fodt in /tmp)
"""

from __future__ import annotations

import re
import sys
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _fodt import (  # noqa: E402
    GOLD,
    Front,
    Table,
    Writer,
    annex,
    body,
    case,
    check_attendance,
    check_cases,
    check_markup,
    check_mix,
    check_paragraphs,
    convert,
    document,
    expected,
    front_page,
    layout_report,
    pages_of,
    para_numbers,
    paragraph_texts,
    printed_pages,
    styles,
    turn,
    unanswerable,
    units,
    write_gold,
)

# ============================================================================================
# the report's content
# ============================================================================================

DOC_ID = "synthetic-prison-extremism-egm"
OUT = GOLD / "docs" / f"{DOC_ID}.pdf"
FIXED_ISO = "2025-11-24T09:00:00"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.96/2025/1"
ISSUE_DATE = "24 November 2025"
JOB_NUMBER = "V.25-17958"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Managing Violent Extremist Prisoners and "
    "Preventing Radicalization in Prisons"
)
PLACE_DATES = "Amman, Jordan, 4–6 November 2025"

# Footnote texts; "{n}" in a paragraph is the place of footnote n's mark.
FOOTNOTES = {
    1: "United Nations Standard Minimum Rules for the Treatment of Prisoners (the Nelson "
    "Mandela Rules), General Assembly resolution 70/175, annex.",
    2: "United Nations Office on Drugs and Crime, Handbook on the Management of Violent "
    "Extremist Prisoners and the Prevention of Radicalization to Violence in Prisons, Criminal "
    "Justice Handbook Series (Vienna, 2016).",
    3: "Security Council resolution 2396 (2017), paras. 30–31.",
    4: "United Nations Rules for the Treatment of Women Prisoners and Non-custodial Measures "
    "for Women Offenders (the Bangkok Rules), General Assembly resolution 65/229, annex.",
    5: "Global Counterterrorism Forum, Rome Memorandum on Good Practices for Rehabilitation "
    "and Reintegration of Violent Extremist Offenders (2012).",
}

# (label, [names]): one paragraph per officer line; a second name follows a manual line break.
OFFICERS = [
    ("Chair:", ["Rawan Haddad Al-Qudāh (Jordan)"]),
    (
        "Vice-Chairs:",
        ["Bérénice Lacôte-Mézières (France)", "Yao Séraphin Ahoussou (Côte d’Ivoire)"],
    ),
    ("Rapporteur:", ["Trần Thị Thu Hường (Viet Nam)"]),
]

AGENDA = [
    "Opening of the meeting.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "Assessment, classification and placement of violent extremist prisoners.",
    "Preventing radicalization to violence and recruitment in prisons.",
    "Disengagement, rehabilitation and reintegration programmes.",
    "Human rights safeguards, prison staff and independent oversight.",
    "Recommendations to the Fifteenth Congress and adoption of the report.",
]

TABLE_TITLE = "Persons held in prison for terrorism-related offences in selected States, 2022–2024"
TABLE_ROWS = [
    ("State", "2022", "2023", "2024"),
    ("Indonesia", "1,384", "1,452", "1,391"),
    ("Kazakhstan", "589", "612", "604"),
    ("Kenya", "312", "347", "365"),
    ("Philippines", "734", "781", "826"),
    ("Tunisia", "2,148", "2,090", "1,975"),
]
TABLE_SOURCE = (
    "Source: replies of national prison administrations to a questionnaire circulated by the "
    "Secretariat (UNODC/CCPCJ/EG.96/2025/CRP.1). Figures are for 31 December of each year and "
    "include persons held in pre-trial detention."
)

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of participants"
ANNEX_STATES = [
    ("Colombia", ["Ximena Peñaloza Ortíz"]),
    ("Côte d’Ivoire", ["Yao Séraphin Ahoussou"]),
    ("France", ["Bérénice Lacôte-Mézières", "Étienne Roubaud-Sénéchal"]),
    ("Germany", ["Jörg Schüßler"]),
    ("Indonesia", ["Wahyu Ardiansyah Nugroho", "Siti Rahmawati Lubis"]),
    ("Jordan", ["Rawan Haddad Al-Qudāh"]),
    ("Kazakhstan", ["Aigerim Zhaksylykova"]),
    ("Kenya", ["Wanjiru Mũthoni Kamau", "Otieno Barasa Wekesa"]),
    ("Kingdom of the Netherlands", ["Rignald Albertús Martina"]),
    ("Kyrgyzstan", ["Nurbek Toktogulov"]),
    ("Mali", ["Aminata Traoré-Diakité"]),
    ("Morocco", ["Driss El Ouafi"]),
    ("Nigeria", ["Chinedu Okafor-Adébáyò"]),
    ("Norway", ["Øystein Bråten Lie"]),
    ("Peru", ["Álvaro Quispe Huamaní"]),
    ("Philippines", ["Ma. Lourdes Dimaculangan-Sisón"]),
    ("São Tomé and Príncipe", ["Conceição da Graça Neto"]),
    ("Tunisia", ["Sonia Ben Achour-Trabelsi"]),
    ("Türkiye", ["Gökhan Yıldırım-Aksoy"]),
    ("Viet Nam", ["Trần Thị Thu Hường"]),
]
ANNEX_OBSERVERS = [
    ("International Committee of the Red Cross", ["Léa Bernasconi-Fäh"]),
    ("International Corrections and Prisons Association", ["Ngaire Te Whāiti"]),
    ("Prison Dialogue Initiative", ["Síofra Ní Bhriain"]),
    ("United Nations Office on Drugs and Crime", ["Mirela Đurić-Hoffmann", "Tomás Ó Briain"]),
]
N_EXPERTS = "twenty-three"  # checked against the annex
N_STATES = "20"
ANNEX_TABLE = [("State or organization", "Participants")] + [
    (name, "; ".join(people)) for name, people in ANNEX_STATES + ANNEX_OBSERVERS
]


def states_listed() -> str:
    names = [name for name, _ in ANNEX_STATES]
    return ", ".join(names[:-1]) + " and " + names[-1]


# The body, in document order, in the format and inline markup _fodt.py describes; each
# paragraph's extra also holds "key", the name the cases use for it.
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "The Expert Group Meeting on Managing Violent Extremist Prisoners and Preventing "
        "Radicalization in Prisons was held in Amman, Jordan, from 4 to 6 November 2025, as part "
        "of the preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice. It was organized by the United Nations Office on Drugs and Crime "
        "(UNODC) and hosted by the Government of Jordan, with financial support from the "
        "Governments of Japan and Canada.",
        {"key": "held"},
    ),
    (
        "p",
        "The purpose of the meeting was to review the experience of prison administrations in "
        "managing prisoners convicted of or charged with terrorism-related offences, to "
        "discuss how radicalization to violence and recruitment by violent extremist groups "
        "could be prevented inside prisons without undermining the rights of prisoners, and to "
        "identify recommendations that could be brought to the attention of the Congress.",
        {"key": "purpose"},
    ),
    (
        "p",
        "The meeting based its work on the United Nations Standard Minimum Rules for the "
        "Treatment of Prisoners{1} and on the *Handbook on the Management of Violent Extremist "
        "Prisoners and the Prevention of Radicalization to Violence in Prisons*,{2} which "
        "stresses that the safe, secure and humane management of prisons is the foundation of "
        "any effort to prevent radicalization, and that measures targeting violent extremist "
        "prisoners should be based on an individual assessment rather than on the offence "
        "alone.",
        {"key": "framework"},
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "The meeting was opened by Nidal Al-Majālī, Secretary-General of the Ministry of "
        "Justice of Jordan, who said that the correctional and rehabilitation centres of his "
        "country had opened a specialized unit for prisoners convicted of terrorism-related "
        "offences in 2019, combining education, religious dialogue and psychological support. "
        "He stressed that prisons could either be places where violent ideologies spread or "
        "places where people turned away from them, and that the difference lay in how they "
        "were run.",
        {"key": "opening"},
    ),
    (
        "p",
        "Mirela Đurić-Hoffmann, representative of UNODC, delivered a statement on behalf of "
        "the Executive Director. She recalled that UNODC had supported thirty-one States in "
        "applying its handbook since 2016, through the training of prison staff, the review of "
        "classification systems and the design of rehabilitation programmes, and that requests "
        "for such assistance had doubled since 2021 as States prepared to release the first "
        "prisoners convicted after returning from conflict zones.",
        {"key": "unodc"},
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "At its 1st meeting, on 4 November 2025, the meeting elected the following officers "
        "by acclamation:",
        {"key": "officers", "lines": OFFICERS},
    ),
    ("h2", "C.", "Adoption of the agenda"),
    (
        "p",
        "Also at its 1st meeting, the meeting adopted the following agenda:",
        {"key": "agenda", "agenda": AGENDA},
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        f"The meeting was attended by {N_EXPERTS} experts from {N_STATES} States: "
        f"{states_listed()}. The experts took part in their personal capacity; most of them "
        "were officials of prison administrations, ministries of justice or probation "
        "services. The International Committee of the Red Cross, the International "
        "Corrections and Prisons Association and the Prison Dialogue Initiative, a "
        "non-governmental organization, were represented by observers. The list of "
        "participants is contained in the annex to the present report.",
        {"key": "attendance"},
    ),
    ("h2", "E.", "Documentation"),
    (
        "p",
        "The meeting had before it a background paper prepared by the Secretariat, which "
        "compiled the replies of 38 prison administrations to a questionnaire on the number of "
        "violent extremist prisoners, the regimes applied to them and the programmes offered.",
        {"key": "documentation"},
    ),
    ("h1", "III.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Assessment, classification and placement of violent extremist prisoners",
    ),
    (
        "p",
        "Experts agreed that prisoners convicted of terrorism-related offences did not form a "
        "homogeneous group: some were committed ideologues or recruiters, others had played a "
        "marginal role or had been coerced, and some had been convicted of offences such as "
        "financing without any history of violence. Several experts described the structured "
        "professional judgement tools used in their countries, such as the Violent Extremism "
        "Risk Assessment (VERA-2R), and cautioned that no tool could replace trained staff who "
        "knew the prisoner. Risk assessments should be repeated at regular intervals and "
        "before any decision on release.",
        {"key": "assessment"},
    ),
    (
        "p",
        "The background paper showed that the number of persons held for terrorism-related "
        "offences had remained broadly stable in most of the States that replied, as shown in "
        "the table below.",
        {"key": "table", "table": True},
    ),
    (
        "p",
        "The Vice-Chair, Bérénice Lacôte-Mézières (France), described the *quartiers "
        "d’évaluation de la radicalisation*, units in which prisoners convicted of "
        "terrorism-related offences and other prisoners considered radicalized were assessed "
        "for seventeen weeks by a team of prison officers, psychologists, educators and "
        "religious advisers. Following that assessment, forty per cent of the prisoners "
        "assessed in 2024 had been placed in ordinary detention under monitoring, while the "
        "others had been assigned to units with a stricter regime or to units offering an "
        "intensive disengagement programme.",
        {"key": "france"},
    ),
    (
        "p",
        "Wahyu Ardiansyah Nugroho (Indonesia) said that the deradicalization programme of his "
        "country was run by the Directorate General of Corrections together with the National "
        "Counter-Terrorism Agency (BNPT) and included religious dialogue with former members of "
        "extremist groups. In 2024, a third of the prisoners convicted of terrorism offences "
        "had completed the programme and signed a pledge of loyalty to the State; those who "
        "refused were held in a high-risk facility on the island of Nusakambangan.",
        {"key": "indonesia"},
    ),
    (
        "p",
        "Aigerim Zhaksylykova (Kazakhstan) said that her country had repatriated more than 700 "
        "of its nationals, most of them women and children, from camps in the Syrian Arab "
        "Republic and Iraq since 2019, in line with Security Council resolution 2396 "
        "(2017).{3} Men who were prosecuted on their return were held separately for their "
        "first six months in prison, while a multidisciplinary team assessed them, and were "
        "then placed in ordinary units if the assessment allowed. Children had been placed "
        "with relatives and followed by social workers.",
        {"key": "kazakhstan"},
    ),
    (
        "p",
        "Jörg Schüßler (Germany) said that prisoners convicted of terrorism-related offences in "
        "his country were dispersed among ordinary prisons rather than concentrated in "
        "dedicated units, so as to avoid creating networks and to limit the prestige that such "
        "prisoners could gain among others. Each of them was supported by a specialized "
        "non-governmental organization offering disengagement counselling, which continued "
        "after release.",
        {"key": "germany"},
    ),
    (
        "p",
        "There was extensive discussion of the advantages of dispersing and of concentrating "
        "violent extremist prisoners. Concentration made it easier to prevent recruitment of "
        "other prisoners and to provide specialized programmes, but risked reinforcing group "
        "identity; dispersal avoided that risk but required staff in every prison to be able "
        "to recognize and manage extremist behaviour. It was generally agreed that the choice "
        "depended on the size and capacity of the prison system and that many States combined "
        "the two approaches. Some experts added that a single high-security unit reserved for "
        "such prisoners could itself become a symbol for violent extremist groups outside the "
        "prison.",
        {"key": "dispersal"},
    ),
    ("h2", "B.", "Preventing radicalization to violence and recruitment in prisons"),
    (
        "p",
        "Ma. Lourdes Dimaculangan-Sisón (Philippines) said that severe overcrowding was the "
        "main obstacle to preventing recruitment in the jails of her country, some of which "
        "held five times the number of persons for whom they had been built. In such "
        "conditions, members of armed groups detained while awaiting trial could offer "
        "protection, food and money to other detainees in return for their loyalty. The "
        "largest jails had no separate units of any kind.",
        {"key": "philippines"},
    ),
    (
        "p",
        "Wanjiru Mũthoni Kamau (Kenya) said that Al-Shabaab had sought to recruit inmates in "
        "the maximum-security prisons of her country, in particular young men serving long "
        "sentences for ordinary offences. Since 2022, some 2,400 prison officers, nearly half "
        "of the staff of those prisons, had been trained to recognize signs of radicalization "
        "to violence and to report them through a confidential channel.",
        {"key": "kenya"},
    ),
    (
        "p",
        "Several experts warned against confusing religious practice or conversion with "
        "radicalization to violence. Labelling prisoners as extremist on the basis of their "
        "appearance or their prayers could alienate them and their communities, and could "
        "divert the attention of staff from the real signs of recruitment, such as threats, "
        "the imposition of rules on other prisoners or unexplained access to money.",
        {"key": "signs"},
    ),
    (
        "p",
        "Experts noted that violent extremist propaganda still reached prisoners through "
        "printed material, letters and visitors. Controls on reading material should be based "
        "on its content, under rules known to prisoners, and not on the religion of the "
        "prisoner or the language in which it was written.",
        {"key": "propaganda"},
    ),
    (
        "p",
        "Rignald Albertús Martina (Kingdom of the Netherlands) described the situation of "
        "Curaçao, where a single prison held all adult prisoners, sentenced or not. Since the "
        "prison could not separate the few prisoners suspected of links with violent "
        "extremist groups from members of local gangs, staff relied on intelligence, on the "
        "allocation of cells and on a rotation of work assignments to prevent them from "
        "gaining influence.",
        {"key": "curacao"},
    ),
    (
        "p",
        "Gökhan Yıldırım-Aksoy (Türkiye) said that religious counselling in the prisons of his "
        "country was provided by chaplains of the Presidency of Religious Affairs, whose "
        "teaching was designed to counter extremist interpretations of religious texts. In "
        "2024, some 1,250 prisoners convicted of terrorism-related offences had taken part in "
        "individual counselling sessions, on a voluntary basis.",
        {"key": "turkiye"},
    ),
    (
        "p",
        "Conceição da Graça Neto (São Tomé and Príncipe) said that her country had no "
        "prisoners convicted of terrorism-related offences, but that its only prison, with one "
        "officer for every fifteen prisoners on night shifts, would not be able to manage such "
        "prisoners safely. She called for the needs of small States to be taken into account "
        "in the guidance prepared at the international level.",
        {"key": "sao-tome"},
    ),
    (
        "p",
        "Ximena Peñaloza Ortíz (Colombia) said that mobile telephones smuggled into prisons "
        "allowed leaders of armed groups to continue to recruit, to direct extortion and to "
        "spread propaganda from their cells. More than 18,000 telephones had been seized in the "
        "prisons of her country in 2024, many of them thrown over the walls or brought in by "
        "visitors or corrupt staff.",
        {"key": "colombia"},
    ),
    (
        "p",
        "Sonia Ben Achour-Trabelsi (Tunisia) drew attention to women held for "
        "terrorism-related offences, who made up one in ten of such prisoners in her country "
        "and were often held far from their families because only one prison held women in "
        "the high-security regime. She referred to the United Nations Rules for the Treatment "
        "of Women Prisoners and Non-custodial Measures for Women Offenders{4} and noted that "
        "many of those women had been recruited through relatives.",
        {"key": "tunisia"},
    ),
    (
        "p",
        "Aminata Traoré-Diakité (Mali) said that two thirds of the persons held on "
        "terrorism-related charges in the central prison of Bamako were awaiting trial, some "
        "of them for more than four years. Long pre-trial detention in overcrowded conditions "
        "exposed persons who had been arrested in military operations, some of them on weak "
        "evidence, to the influence of committed members of armed groups.",
        {"key": "mali"},
    ),
    ("h2", "C.", "Disengagement, rehabilitation and reintegration"),
    (
        "p",
        "Driss El Ouafi (Morocco) presented the *Moussalaha* (reconciliation) programme, run "
        "since 2017 by the General Delegation for Prison Administration and Reintegration with "
        "religious scholars and the National Human Rights Council. Three hundred and forty "
        "prisoners convicted of terrorism offences had taken part in it, on a voluntary basis; "
        "one hundred and twelve of them had since received a royal pardon.",
        {"key": "morocco"},
    ),
    (
        "p",
        "Chinedu Okafor-Adébáyò (Nigeria) described Operation Safe Corridor, a programme for "
        "former associates of armed groups who had surrendered, which combined psychological "
        "support, religious instruction, literacy classes and vocational training over "
        "twenty-four weeks. He noted that the return of graduates of the programme to their "
        "communities had met resistance from victims and that community dialogue was needed "
        "before they went back.",
        {"key": "nigeria"},
    ),
    (
        "p",
        "Trần Thị Thu Hường (Viet Nam), the Rapporteur, said that vocational training and "
        "education were the most effective tools of rehabilitation for all prisoners, and that "
        "prisons in her country had agreements with employers so that prisoners trained in a "
        "trade could be offered work on their release. She added that the same courses were "
        "open to prisoners of every category, and that prisoners who had learned to read and "
        "write in prison were less likely to be drawn back into crime.",
        {"key": "viet-nam"},
    ),
    (
        "p",
        "Nurbek Toktogulov (Kyrgyzstan) said that the probation service established in his "
        "country in 2019 supervised persons released after serving sentences for "
        "terrorism-related offences for eighteen months, with regular meetings, help in "
        "finding housing and work, and contacts with religious leaders. He stressed that "
        "release without preparation or support was the moment of greatest risk.",
        {"key": "kyrgyzstan"},
    ),
    (
        "p",
        "Étienne Roubaud-Sénéchal (France) said that before a violent extremist prisoner was "
        "released, the prison intelligence service, the probation service and the police met "
        "in a joint unit to share information and plan the follow-up. In 2024, each of the 63 "
        "violent extremist prisoners released in France had been the subject of a joint risk "
        "assessment before release.",
        {"key": "france-release"},
    ),
    (
        "p",
        "Experts agreed that rehabilitation and reintegration should begin on the first day of "
        "imprisonment and continue after release, and that families and communities should be "
        "involved in them. Several experts referred to the Rome Memorandum on Good Practices "
        "for Rehabilitation and Reintegration of Violent Extremist Offenders{5} and to the role "
        "that former extremists, victims and civil society could play as credible voices.",
        {"key": "reintegration"},
    ),
    (
        "p",
        "The evaluation of programmes remained weak. Jörg Schüßler (Germany) reported that of "
        "the 94 persons released from German prisons after serving sentences for "
        "terrorism-related offences between 2018 and 2024, 7 had been convicted of a new "
        "offence, none of them a terrorist offence; several experts noted that few other "
        "States collected such data, and that short follow-up periods made comparisons "
        "difficult.",
        {"key": "evaluation"},
    ),
    ("h2", "D.", "Human rights safeguards, prison staff and independent oversight"),
    (
        "p",
        "Experts recalled that the Nelson Mandela Rules prohibited prolonged solitary "
        "confinement, defined as confinement for more than fifteen consecutive days, and that "
        "holding violent extremist prisoners in isolation for long periods could itself "
        "contribute to radicalization. Restrictions should be necessary, proportionate, based "
        "on an individual assessment and reviewed regularly.",
        {"key": "solitary"},
    ),
    (
        "p",
        "The Vice-Chair, Yao Séraphin Ahoussou (Côte d’Ivoire), stressed that staff were the "
        "first safeguard against radicalization and abuse alike. Prison officers who were "
        "underpaid, overworked or poorly trained could be intimidated or corrupted by violent "
        "extremist prisoners, and he described the code of conduct and the rotation of "
        "assignments introduced in the prisons of his country in 2023.",
        {"key": "staff"},
    ),
    (
        "p",
        "Síofra Ní Bhriain, speaking for the Prison Dialogue Initiative, said that independent "
        "monitoring bodies, including national preventive mechanisms, should have access to all "
        "units holding violent extremist prisoners. Léa Bernasconi-Fäh, of the International "
        "Committee of the Red Cross, recalled that contact with families was a right of "
        "prisoners and not a privilege to be withdrawn as a sanction.",
        {"key": "oversight"},
    ),
    (
        "p",
        "Several experts described the use of video calls to maintain contact between "
        "prisoners held far from home and their families. Where such calls were monitored for "
        "security reasons, the monitoring should be provided for by law and prisoners and "
        "their families should be informed of it.",
        {"key": "video-calls"},
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "Member States should:",
        {
            "key": "ms",
            "items": [
                "Base the classification and placement of violent extremist prisoners on "
                "individual risk and needs assessments, repeated at regular intervals, rather "
                "than on the offence alone;",
                "Ensure that any restrictions imposed on violent extremist prisoners are "
                "necessary and proportionate, and avoid prolonged solitary confinement;",
                (
                    "Offer violent extremist prisoners individual disengagement and "
                    "rehabilitation plans, including:",
                    [
                        "Education, literacy classes and vocational training;",
                        "Psychological support, mentoring and, where requested, religious "
                        "counselling;",
                        "The involvement of families and communities in preparing release;",
                    ],
                ),
                "Train prison officers to recognize signs of radicalization to violence and "
                "recruitment, and provide them with adequate pay, support and supervision;",
                "Reduce overcrowding and the use of pre-trial detention, which expose "
                "prisoners to recruitment by violent extremist groups;",
                "Take measures to prevent the smuggling of mobile telephones and other "
                "contraband into prisons;",
                "Take into account the specific needs of women and of children affected by "
                "violent extremism, in line with the Bangkok Rules;",
                "Ensure the continuity of support after release through probation services, "
                "and evaluate rehabilitation and reintegration programmes.",
            ],
        },
    ),
    (
        "p",
        "The meeting recommended that UNODC, subject to the availability of extrabudgetary "
        "resources:",
        {
            "key": "unodc-recs",
            "items": [
                "Update its handbook on the management of violent extremist prisoners, taking "
                "into account the experience of small prison systems;",
                "Develop a training curriculum for prison staff on the recognition of signs "
                "of radicalization to violence;",
                "Support States in collecting data on the outcomes of rehabilitation and "
                "reintegration programmes, including reconviction after release.",
            ],
        },
    ),
    ("h1", "V.", "Adoption of the report"),
    (
        "p",
        "At its closing meeting, on 6 November 2025, the meeting adopted the present report, "
        "as orally amended, on the basis of a draft introduced by the Rapporteur.",
        {"key": "adoption"},
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Jordan for hosting the "
        "meeting, the Governments of Japan and Canada for their financial support, and UNODC "
        "for organizing it. She noted the proposal made by several experts to hold follow-up "
        "regional training for the prison administrations of the Sahel and of Central Asia, "
        "and invited the Secretariat to explore that possibility.",
        {"key": "closing"},
    ),
]

N_PARAGRAPHS = 41
FRONT = Front(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
TABLE = Table("Prisoners", TABLE_TITLE, TABLE_ROWS, TABLE_SOURCE)


P = para_numbers(BODY)


def expected_units() -> dict:
    doc_units = units(FRONT, BODY, FOOTNOTES, TABLE, ANNEX_TABLE, markup=True)
    return expected(DOC_ID, OUT, FRONT, doc_units)


def check_document() -> None:
    check_paragraphs(BODY, N_PARAGRAPHS)
    check_markup(paragraph_texts(BODY), FOOTNOTES)
    check_attendance(ANNEX_STATES, N_EXPERTS, N_STATES, ("twenty-three", 23))


# --------------------------------------------------------------------------------------------
# the PDF
# --------------------------------------------------------------------------------------------

# The footers' paragraph style is "Footer"; the officer lines have a tab stop at their hanging
# indent, for the second Vice-Chair after a manual line break; the texts carry inline markup.
# The data table is kept on one page (Writer: table properties, "Allow table to split across
# pages and columns" off), as a typist would set it: it moves whole to the next page.
_BODY_TABLE = '<style:style style:name="T_body" style:family="table"><style:table-properties '
STYLES = styles(SYMBOL, JOB_NUMBER, footer="Footer", officer_tab=True, markup=True).replace(
    _BODY_TABLE, _BODY_TABLE + 'style:may-break-between-rows="false" ', 1
)
if 'may-break-between-rows="false"' not in STYLES:
    raise SystemExit("the body table's style was not found")


def build_fodt() -> str:
    w = Writer(FOOTNOTES, markup=True)
    front_page(w, FRONT)
    body(w, BODY, TABLE)
    if w.n_notes != len(FOOTNOTES):
        raise SystemExit(f"{w.n_notes} footnotes typeset, expected {len(FOOTNOTES)}")
    annex(w, ANNEX_HEADING, ANNEX_SUBTITLE, ANNEX_TABLE)
    return document(w, TITLE, FIXED_ISO, STYLES)


def build_pdf(keep_fodt: bool = False) -> None:
    convert(build_fodt(), OUT, "pdf", keep_fodt=keep_fodt)


# ============================================================================================
# gold cases and topics (written from the document alone)
# ============================================================================================

gold_case = partial(case, DOC_ID)
no_answer = partial(unanswerable, DOC_ID)

CASES = [
    # numbers
    gold_case(
        "pv-01",
        "numbers",
        "After France's radicalization assessment units, what share of prisoners ended up back "
        "in normal detention?",
        "Forty per cent of the prisoners assessed in 2024 were placed in ordinary detention "
        "under monitoring, according to the Vice-Chair, Bérénice Lacôte-Mézières (France).",
        [["forty per cent", "40 per cent", "40%", "40 percent", "forty percent"]],
        [P["france"]],
    ),
    gold_case(
        "pv-02",
        "numbers",
        "What proportion of Indonesia's terrorism convicts finished the deradicalization "
        "programme in 2024?",
        "A third of them completed the programme and signed a pledge of loyalty to the State, "
        "according to Wahyu Ardiansyah Nugroho (Indonesia).",
        [["a third", "one third", "one-third", "1/3", "33 per cent", "33%"]],
        [P["indonesia"]],
    ),
    gold_case(
        "pv-03",
        "numbers",
        "How many terrorism prisoners in Türkiye took part in counselling by prison chaplains "
        "in 2024?",
        "Some 1,250, in individual sessions on a voluntary basis, according to Gökhan "
        "Yıldırım-Aksoy (Türkiye).",
        [["1,250", "1250", "1 250"]],
        [P["turkiye"]],
    ),
    gold_case(
        "pv-04",
        "numbers",
        "For how long does Kyrgyzstan's probation service supervise people released after "
        "terrorism sentences?",
        "Eighteen months, according to Nurbek Toktogulov (Kyrgyzstan).",
        [["eighteen months", "18 months", "a year and a half", "one and a half years"]],
        [P["kyrgyzstan"]],
    ),
    gold_case(
        "pv-05",
        "numbers",
        "According to the background paper's table, how many people were in prison in the "
        "Philippines for terrorism-related offences in 2023?",
        "781 (734 in 2022 and 826 in 2024).",
        [["781"]],
        [P["table"]],
    ),
    gold_case(
        "pv-06",
        "numbers",
        "How many prisoners have gone through Morocco's reconciliation programme?",
        "Three hundred and forty prisoners convicted of terrorism offences, since 2017; one "
        "hundred and twelve of them have since received a royal pardon.",
        [["three hundred and forty", "340", "three hundred forty"]],
        [P["morocco"]],
    ),
    # names
    gold_case(
        "pv-07",
        "names",
        "Who was the rapporteur of the Amman meeting on violent extremist prisoners?",
        "Trần Thị Thu Hường, of Viet Nam.",
        [["Trần Thị Thu Hường", "Tran Thi Thu Huong", "Thu Hường", "Thu Huong"]],
        [P["officers"]],
    ),
    gold_case(
        "pv-08",
        "names",
        "Which expert talked about phones being smuggled into prisons so gang leaders can keep "
        "recruiting?",
        "Ximena Peñaloza Ortíz, the expert from Colombia.",
        [["Peñaloza Ortíz", "Penaloza Ortiz", "Peñaloza", "Penaloza", "Ximena"]],
        [P["colombia"]],
    ),
    gold_case(
        "pv-09",
        "names",
        "Who described the problem of Curaçao having only one prison for everyone?",
        "Rignald Albertús Martina, the expert of the Kingdom of the Netherlands.",
        [
            [
                "Rignald Albertús Martina",
                "Rignald Albertus Martina",
                "Albertús Martina",
                "Albertus Martina",
                "Rignald",
            ]
        ],
        [P["curacao"]],
    ),
    gold_case(
        "pv-10",
        "names",
        "Who presented Nigeria's Operation Safe Corridor?",
        "Chinedu Okafor-Adébáyò, the expert from Nigeria.",
        [["Okafor-Adébáyò", "Okafor-Adebayo", "Okafor", "Chinedu"]],
        [P["nigeria"]],
    ),
    # paraphrase
    gold_case(
        "pv-11",
        "paraphrase",
        "How long are prisoners kept in France's special units that evaluate radicalization?",
        "Seventeen weeks, during which a team of prison officers, psychologists, educators and "
        "religious advisers assesses them.",
        [["seventeen weeks", "17 weeks"]],
        [P["france"]],
    ),
    gold_case(
        "pv-12",
        "paraphrase",
        "Can Curaçao keep suspected extremists apart from gang members in its prison?",
        "No: a single prison holds all adult prisoners, so staff rely on intelligence, the "
        "allocation of cells and a rotation of work assignments to stop them gaining "
        "influence.",
        [["single prison", "one prison", "only prison"]],
        [P["curacao"]],
    ),
    gold_case(
        "pv-13",
        "paraphrase",
        "In Bamako's main jail, how many of those held on terrorism charges haven't been tried "
        "yet?",
        "Two thirds of them were awaiting trial, some for more than four years, according to "
        "Aminata Traoré-Diakité (Mali).",
        [["two thirds", "two-thirds", "2/3", "67 per cent", "67%"]],
        [P["mali"]],
    ),
    gold_case(
        "pv-14",
        "paraphrase",
        "What happens to men Kazakhstan brings back from the Syrian camps when they first go "
        "to prison?",
        "Those prosecuted are held separately for their first six months while a "
        "multidisciplinary team assesses them, then placed in ordinary units if the assessment "
        "allows.",
        [["six months", "6 months"], ["separately"]],
        [P["kazakhstan"]],
    ),
    gold_case(
        "pv-15",
        "paraphrase",
        "What did the experts say about keeping extremist inmates locked up alone for long "
        "stretches?",
        "The Nelson Mandela Rules prohibit prolonged solitary confinement (more than fifteen "
        "consecutive days), and long isolation can itself contribute to radicalization; "
        "restrictions must be necessary, proportionate, individually assessed and regularly "
        "reviewed.",
        [["fifteen", "15"], ["solitary confinement"]],
        [P["solitary"]],
    ),
    # list
    gold_case(
        "pv-16",
        "list",
        "Which organizations sent observers to the meeting on violent extremist prisoners?",
        "The International Committee of the Red Cross, the International Corrections and "
        "Prisons Association and the Prison Dialogue Initiative, a non-governmental "
        "organization.",
        [
            ["International Committee of the Red Cross", "Red Cross", "ICRC"],
            ["International Corrections and Prisons Association"],
            ["Prison Dialogue Initiative"],
        ],
        [P["attendance"]],
    ),
    gold_case(
        "pv-17",
        "list",
        "What should individual rehabilitation plans for extremist prisoners include, according "
        "to the recommendations?",
        "Education, literacy classes and vocational training; psychological support, mentoring "
        "and, where requested, religious counselling; and the involvement of families and "
        "communities in preparing release.",
        [
            ["vocational training", "education"],
            ["psychological support", "mentoring"],
            ["families"],
        ],
        [f"{P['ms']}(c)", f"{P['ms']}(c)(i)", f"{P['ms']}(c)(ii)", f"{P['ms']}(c)(iii)"],
    ),
    gold_case(
        "pv-18",
        "list",
        "What did the Amman meeting ask UNODC to do?",
        "Subject to extrabudgetary resources: update its handbook on managing violent "
        "extremist prisoners, taking into account small prison systems; develop a training "
        "curriculum for prison staff on recognizing signs of radicalization; and support States "
        "in collecting data on the outcomes of rehabilitation and reintegration programmes.",
        [["handbook"], ["training curriculum", "curriculum"], ["data"]],
        [
            P["unodc-recs"],
            f"{P['unodc-recs']}(a)",
            f"{P['unodc-recs']}(b)",
            f"{P['unodc-recs']}(c)",
        ],
    ),
    # followup
    gold_case(
        "pv-19",
        "followup",
        "Which group was trying to recruit inmates there?",
        "Al-Shabaab, in particular among young men serving long sentences for ordinary "
        "offences in the maximum-security prisons.",
        [["Al-Shabaab", "Al Shabaab", "Shabaab"]],
        [P["kenya"]],
        history=turn(
            "Has Kenya trained its prison officers to spot radicalization?",
            "Yes. According to Wanjiru Mũthoni Kamau, some 2,400 prison officers, nearly half "
            "of the staff of the maximum-security prisons, have been trained since 2022 to "
            f"recognize signs of radicalization to violence [{P['kenya']}].",
        ),
    ),
    gold_case(
        "pv-20",
        "followup",
        "And how many of them were pardoned?",
        "One hundred and twelve of them have since received a royal pardon.",
        [["one hundred and twelve", "112", "one hundred twelve"]],
        [P["morocco"]],
        history=turn(
            "What is Morocco's Moussalaha programme?",
            "A reconciliation programme run since 2017 by the General Delegation for Prison "
            "Administration and Reintegration with religious scholars and the National Human "
            "Rights Council, in which three hundred and forty prisoners convicted of terrorism "
            f"offences have taken part voluntarily [{P['morocco']}].",
        ),
    ),
    gold_case(
        "pv-21",
        "followup",
        "How long does it last?",
        "Twenty-four weeks.",
        [["twenty-four weeks", "24 weeks", "twenty four weeks"]],
        [P["nigeria"]],
        history=turn(
            "What does Nigeria's Operation Safe Corridor offer to people who leave armed groups?",
            "It combines psychological support, religious instruction, literacy classes and "
            "vocational training for former associates of armed groups who have surrendered, "
            f"according to Chinedu Okafor-Adébáyò [{P['nigeria']}].",
        ),
    ),
    # frame
    gold_case(
        "pv-22",
        "frame",
        "Did anyone mention women imprisoned for terrorism?",
        "Yes. Sonia Ben Achour-Trabelsi (Tunisia) said women made up one in ten of such "
        "prisoners in her country and were often held far from their families, since only one "
        "prison held women in the high-security regime; she referred to the Bangkok Rules.",
        [
            ["Ben Achour-Trabelsi", "Ben Achour", "Trabelsi", "Sonia"],
            ["one in ten", "1 in 10", "10 per cent", "10%"],
        ],
        [P["tunisia"]],
    ),
    gold_case(
        "pv-23",
        "frame",
        "Were risk assessment tools discussed?",
        "Yes. Experts described structured professional judgement tools such as the Violent "
        "Extremism Risk Assessment (VERA-2R), cautioned that no tool could replace trained "
        "staff who knew the prisoner, and said assessments should be repeated regularly and "
        "before any decision on release.",
        [["VERA-2R", "VERA 2R", "Violent Extremism Risk Assessment"]],
        [P["assessment"]],
    ),
    # factual
    gold_case(
        "pv-24",
        "factual",
        "Which Indonesian agency works with the prison service on deradicalization?",
        "The National Counter-Terrorism Agency (BNPT), together with the Directorate General "
        "of Corrections.",
        [["National Counter-Terrorism Agency", "BNPT"]],
        [P["indonesia"]],
    ),
    gold_case(
        "pv-25",
        "factual",
        "Who opened the meeting in Amman?",
        "Nidal Al-Majālī, Secretary-General of the Ministry of Justice of Jordan.",
        [["Al-Majālī", "Al-Majali", "Majālī", "Majali", "Nidal"]],
        [P["opening"]],
    ),
    # front
    gold_case(
        "pv-26",
        "front",
        "What is the document symbol of the report on managing violent extremist prisoners?",
        f"{SYMBOL}.",
        [[SYMBOL]],
        ["front"],
    ),
    gold_case(
        "pv-27",
        "front",
        "Where and when was the expert meeting on radicalization in prisons held, and what date "
        "is its report?",
        f"In {PLACE_DATES}; the report is dated {ISSUE_DATE}.",
        [
            ["Amman"],
            ["4–6 November 2025", "4-6 November 2025", "4 to 6 November 2025"],
            [ISSUE_DATE],
        ],
        ["front"],
    ),
    # unanswerable: near misses
    no_answer("pv-28", "What did the expert from Norway say about separating extremist prisoners?"),
    no_answer(
        "pv-29",
        "What did the meeting recommend to prevent escapes of terrorist prisoners from jails?",
    ),
    no_answer(
        "pv-30",
        "When and where will the follow-up regional training for Central Asian prison "
        "administrations take place?",
    ),
    no_answer(
        "pv-31",
        "How many people were in prison in Kenya for terrorism-related offences in 2021?",
    ),
    no_answer(
        "pv-32",
        "What share of prison officers in São Tomé and Príncipe have been trained to spot "
        "radicalization?",
    ),
    no_answer("pv-33", "What post does Rawan Haddad Al-Qudāh hold in Jordan's prison service?"),
    no_answer("pv-34", "How much money did Japan give for the Amman meeting?"),
    no_answer(
        "pv-35",
        "How many participants in Morocco's Moussalaha programme reoffended after their release?",
    ),
]

TOPICS = [
    {
        "id": "pvt-01",
        "topic": "Assessment, classification and placement of violent extremist prisoners: "
        "individual risk assessment and assessment tools, evaluation units, separation, "
        "dispersal or concentration in dedicated units and high-risk facilities, and the "
        "allocation of prisoners to regimes and cells",
        "paragraphs": [],  # filled below
    },
    {
        "id": "pvt-02",
        "topic": "Prison staff and violent extremist prisoners: the training, numbers, pay, "
        "conduct and intimidation or corruption of prison officers, and their role in "
        "recognizing signs of radicalization and recruitment",
        "paragraphs": [],
    },
    {
        "id": "pvt-03",
        "topic": "Women, children and families: women held for terrorism-related offences, "
        "repatriated women and children, contact with families and the involvement of families "
        "and relatives in rehabilitation and reintegration",
        "paragraphs": [],
    },
]
TOPICS[0]["paragraphs"] = [
    P["framework"],
    P["unodc"],
    P["agenda"],
    P["documentation"],
    P["assessment"],
    P["france"],
    P["indonesia"],
    P["kazakhstan"],
    P["germany"],
    P["dispersal"],
    P["philippines"],
    P["curacao"],
    P["tunisia"],
    P["france-release"],
    P["solitary"],
    f"{P['ms']}(a)",
    f"{P['ms']}(b)",
]
TOPICS[1]["paragraphs"] = [
    P["unodc"],
    P["agenda"],
    P["assessment"],
    P["france"],
    P["dispersal"],
    P["kenya"],
    P["signs"],
    P["curacao"],
    P["sao-tome"],
    P["colombia"],
    P["staff"],
    f"{P['ms']}(d)",
    f"{P['unodc-recs']}(b)",
    P["closing"],
]
TOPICS[2]["paragraphs"] = [
    P["kazakhstan"],
    P["tunisia"],
    P["reintegration"],
    P["oversight"],
    P["video-calls"],
    f"{P['ms']}(c)(iii)",
    f"{P['ms']}(g)",
]


def check_gold(doc: dict) -> None:
    by_id = check_cases(doc, CASES, TOPICS, "pv", 35)
    check_mix(CASES)
    # the near misses stay near misses: where a word may occur
    only_in = {
        "norway": [P["attendance"], "annex.1"],
        "peru": [P["attendance"], "annex.1"],
        "escape": [],
        "central asia": [P["closing"]],
        "2021": [P["unodc"]],
        "al-qudāh": [P["officers"], "annex.1"],
        "€": [],
        "dollar": [],
        "$": [],
        "budget": [P["unodc-recs"]],
        "contribut": [P["solitary"]],
        "reoffend": [],
        "recidiv": [],
    }
    for word, allowed in only_in.items():
        found = [uid for uid, text in by_id.items() if word in text]
        if [uid for uid in found if uid not in allowed]:
            raise SystemExit(f"{word!r} occurs in {found}")
    if re.search(r"train|per cent", by_id[P["sao-tome"]]):
        raise SystemExit("a near miss is answered (São Tomé staff trained)")
    if re.search(r"convicted of a new|reconvict|new offence", by_id[P["morocco"]]):
        raise SystemExit("a near miss is answered (Moroccan reoffending)")
    if "japan" in by_id[P["closing"]] and re.search(r"\d", by_id[P["closing"]]):
        raise SystemExit("a near miss is answered (Japan's amount)")


def _layout() -> dict:
    report = layout_report(OUT, expected_units()["units"], FOOTNOTES, TABLE)
    report["annex"] = pages_of(printed_pages(OUT), "List of participants")
    return report


def main() -> None:
    check_document()
    doc = expected_units()
    check_gold(doc)
    build_pdf(keep_fodt="--keep-fodt" in sys.argv)
    write_gold(OUT, doc, CASES, TOPICS)
    print(f"layout: {_layout()}")


if __name__ == "__main__":
    main()
