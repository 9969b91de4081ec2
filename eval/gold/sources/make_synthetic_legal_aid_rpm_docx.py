"""Generate synthetic-legal-aid-rpm.docx and its expected units (synthetic-legal-aid-rpm.json)
under eval/gold/docs and eval/gold/expected.

A SYNTHETIC report (clearly labelled as such in its first paragraph) of the Eastern and Southern
African Regional Preparatory Meeting for the Fifteenth United Nations Congress on Crime Prevention
and Criminal Justice (Lilongwe, September 2025), whose substantive items are access to justice and
legal aid (including paralegals), pretrial detention, informal and customary justice systems and
victims' access to remedies. Laid out the way UN Word reports typed by hand are:

* the synthetic-document line, then an "Advance unedited version" line ABOVE the masthead, a
  borderless masthead table (United Nations | symbol; General Assembly | distribution, date,
  original language), the title and the place and dates;
* a "Contents" heading and a real Word CONTENTS TABLE (Chapter | Paragraphs | Page), whose
  paragraph ranges are computed from the body;
* page header with the symbol and footer with a PAGE field (different first page);
* chapter and section headings typed as text ("I.<tab>...", "A.<tab>...") in Word's Heading 1 /
  Heading 2 styles;
* paragraph numbers TYPED AS TEXT followed by a tab ("12.<tab>The expert ..."), NOT Word
  auto-numbering (no w:numPr anywhere); lettered sub-items are separate paragraphs typed
  "(a)<tab>..." and one recommendations sub-item carries a nested level typed "(i)<tab>...";
* one real Word footnote (word/footnotes.xml, w:footnoteReference in the middle of a sentence);
* the officers of the meeting as a small bordered Word table (Office | Name) straight after the
  numbered paragraph that introduces them ("... by acclamation:");
* an "Annex" with the list of documents as one Word table.

Expected units: the label ("12.", "(a)", "(i)") and its tab are not part of a unit's text. The
officers table belongs to the paragraph that introduces it: the unit's text is the paragraph
text, a newline, then one line per table row (header row included) with the cells joined by
" | ". The annex unit "annex.1" is the table the same way.

Deterministic: fixed core properties and fixed ZIP timestamps; the expected-units JSON is written
from the same Python data as the document.

Run:  .venv/bin/python eval/gold/sources/ make_synthetic_legal_aid_rpm_docx.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _expected import write_expected  # noqa: E402
from _un_docx import (  # noqa: E402
    add_footnotes_part,
    add_text_with_notes,
    base_styles,
    core_properties,
    footnote_settings,
    mark_header_row,
    masthead,
    save_docx,
    set_cell_borders,
    symbol_header_page_footer,
)
from docx import Document  # noqa: E402
from docx.enum.style import WD_STYLE_TYPE  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Twips  # noqa: E402

HERE = Path(__file__).resolve().parent
DOC_ID = "synthetic-legal-aid-rpm"
OUT = HERE.parents[2] / "eval" / "gold" / "docs" / f"{DOC_ID}.docx"
UNITS_OUT = HERE.parents[2] / "eval" / "gold" / "expected" / f"{DOC_ID}.json"
FIXED_TIME = (2025, 10, 3, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
ADVANCE = "Advance unedited version"
SYMBOL = "A/CONF.999/RPM.14/1"
ISSUE_DATE = "3 October 2025"
ISSUER = "General Assembly"
TITLE = (
    "Report of the Eastern and Southern African Regional Preparatory Meeting for the "
    "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Lilongwe, 15–17 September 2025"

FOOTNOTES = {1: "General Assembly resolution 67/187, annex."}

# Body, in document order.
#   ("h1", text) / ("h2", text)      headings typed as text (not units)
#   ("p", text)                      paragraph with a typed number "n.<tab>"; "{n}" marks a
#                                    Word footnote reference
#   ("p", text, {"items": [...]})    + typed lettered items "(a)<tab>"; an item is a str or
#                                    (str, [nested items typed "(i)<tab>"])
#   ("p", text, {"table": rows})     + a Word table (first row = header) belonging to it
BODY = [
    ("h1", "I.\tRecommendations"),
    (
        "p",
        "The Eastern and Southern African Regional Preparatory Meeting for the Fifteenth "
        "United Nations Congress on Crime Prevention and Criminal Justice identified the "
        "recommendations set out below, which were not negotiated by the participants, for "
        "consideration by the Congress and, as appropriate, by the Member States of the region.",
    ),
    ("h2", "A.\tAccess to justice and legal aid, including the role of paralegals"),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                "Adopt or revise national legal aid legislation and policies in line with the "
                "United Nations Principles and Guidelines on Access to Legal Aid in Criminal "
                "Justice Systems, and give legal aid a dedicated budget line that is protected "
                "from year-to-year cuts;",
                "Guarantee that every person who is arrested or detained is informed, in a "
                "language that he or she understands, of the right to legal aid, and has access "
                "to a legal aid provider from the first hours of police custody;",
                (
                    "Give paralegals a clear legal basis, in particular by:",
                    [
                        "Providing in legislation for the accreditation of paralegals by a "
                        "national legal aid board or an equivalent independent body;",
                        "Setting minimum standards for the initial training of paralegals, "
                        "including a core curriculum of not less than six weeks on criminal "
                        "procedure, the rights of detainees and ethics;",
                        "Ensuring that paralegals working in police stations, courts and prisons "
                        "are supervised by qualified lawyers, are bound by a code of conduct and "
                        "receive a stipend;",
                    ],
                ),
                "Make use of mobile legal aid clinics, toll-free helplines and digital tools to "
                "reach rural and remote areas, while ensuring that digital services do not "
                "replace face-to-face advice for persons with limited literacy or connectivity;",
                "Pay particular attention to the legal aid needs of women, children, persons "
                "with disabilities, refugees, stateless persons and foreign nationals.",
            ]
        },
    ),
    ("h2", "B.\tReducing the use of pretrial detention"),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                "Set maximum periods of pretrial detention in law and establish mechanisms, "
                "such as case-review committees meeting at regular intervals, to identify and "
                "release persons held beyond those periods;",
                "Make greater use of non-custodial measures before trial, including bail set "
                "in proportion to the means of the accused person, reporting obligations and "
                "supervision in the community;",
                "Ensure that every person arrested on a criminal charge is brought before a "
                "judge or other judicial officer within forty-eight hours;",
                "Separate pretrial detainees from convicted prisoners, and children from "
                "adults, in all places of detention;",
                "Collect and publish data on the number of persons held in pretrial detention "
                "and on the length of their detention, disaggregated by sex, age and offence.",
            ]
        },
    ),
    (
        "p",
        "The Meeting further recommended that Member States review legislation that "
        "criminalizes petty offences linked to poverty or homelessness, such as loitering and "
        "vagrancy, which contribute to the overcrowding of police cells and prisons.",
    ),
    ("h2", "C.\tInformal and customary justice systems"),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                "Map the informal and customary justice mechanisms that operate on their "
                "territory and define clearly in law the types of matters those mechanisms may "
                "deal with, excluding serious crimes and sexual and gender-based violence;",
                "Provide training to traditional leaders, elders and community mediators on "
                "human rights, gender equality and the rights of the child;",
                "Establish referral mechanisms between informal justice mechanisms and the "
                "police, prosecution services and courts, and provide for the review of informal "
                "decisions by a formal court at the request of a party;",
                "Ensure that women are represented among the members of informal justice "
                "forums and can take part in their proceedings on an equal footing.",
            ]
        },
    ),
    ("h2", "D.\tVictims’ access to remedies"),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                "Establish or strengthen State compensation funds for victims of crime, "
                "financed, among other sources, from confiscated proceeds of crime and fines, "
                "and simplify the procedures for applying to them;",
                "Ensure that victims are informed of their rights, of the progress of their case "
                "and of the release or escape of the offender;",
                "Provide legal aid to victims, in particular victims of sexual and gender-based "
                "violence and of trafficking in persons, including for claiming compensation in "
                "criminal and civil proceedings;",
                "Set up one-stop centres where victims of gender-based violence can obtain "
                "medical, psychosocial, legal and police services in one place.",
            ]
        },
    ),
    (
        "p",
        "The Meeting also recommended that the United Nations Office on Drugs and Crime "
        "(UNODC) continue to provide technical assistance to States of the region in developing "
        "legal aid systems, reducing pretrial detention and supporting victims, and that the "
        "Congress consider encouraging the establishment of a regional network of legal aid "
        "providers for Eastern and Southern Africa.",
    ),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tDate and venue of the meeting"),
    (
        "p",
        "The Eastern and Southern African Regional Preparatory Meeting for the Fifteenth "
        "United Nations Congress on Crime Prevention and Criminal Justice was held in Lilongwe "
        "from 15 to 17 September 2025, at the invitation of the Government of Malawi. The "
        "Meeting held six plenary meetings.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The Meeting was attended by 64 experts representing twenty-one States of the region: "
        "Angola, Botswana, Burundi, Comoros, Djibouti, Eswatini, Ethiopia, Kenya, Lesotho, "
        "Madagascar, Malawi, Mauritius, Mozambique, Namibia, Rwanda, Seychelles, South Africa, "
        "Uganda, the United Republic of Tanzania, Zambia and Zimbabwe.",
    ),
    (
        "p",
        "Côte d’Ivoire and São Tomé and Príncipe were represented by observers.",
    ),
    (
        "p",
        "UNODC, the United Nations Development Programme, the Office of the United Nations High "
        "Commissioner for Human Rights, the United Nations Children’s Fund (UNICEF) and the "
        "United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women) were "
        "represented. The African Union Commission, the African Commission on Human and "
        "Peoples’ Rights, the Southern African Development Community and the Intergovernmental "
        "Authority on Development were represented by observers. Observers for seven "
        "non-governmental organizations also attended, including the Paralegal Advisory Service "
        "Institute, Penal Reform International and Namati. In all, 118 participants attended "
        "the Meeting, fifty-two per cent of whom were women.",
    ),
    ("h2", "C.\tOpening of the meeting"),
    (
        "p",
        "The Meeting was opened on 15 September 2025 by the Minister of Justice of Malawi, who "
        "recalled that Lilongwe had hosted, in 2004, the conference that adopted the Lilongwe "
        "Declaration on Accessing Legal Aid in the Criminal Justice System in Africa, and "
        "observed that, two decades later, most persons appearing before criminal courts in "
        "the region still did so without a lawyer.",
    ),
    (
        "p",
        "The Chief of the Justice Section of UNODC, speaking on behalf of the Executive "
        "Director, recalled that the regional preparatory meetings were to consider the "
        "substantive agenda items and workshop topics of the Fifteenth Congress and to "
        "formulate action-oriented recommendations. She noted that nearly one in three "
        "prisoners worldwide had not been convicted of any offence and that, in several "
        "countries of the region, the share was above one half.",
    ),
    (
        "p",
        "The representative of the African Union Commission drew attention to the Guidelines on "
        "the Conditions of Arrest, Police Custody and Pre-Trial Detention in Africa (the Luanda "
        "Guidelines), adopted by the African Commission on Human and Peoples’ Rights in 2014, "
        "and to the Principles on the Decriminalisation of Petty Offences in Africa, adopted in "
        "2017, as regional standards complementing the United Nations standards and norms.",
    ),
    ("h2", "D.\tElection of officers"),
    (
        "p",
        "At its 1st meeting, on 15 September 2025, the Meeting elected the following officers "
        "by acclamation:",
        {
            "table": [
                ("Office", "Name"),
                ("Chair", "Thokozani Kaliwo (Malawi)"),
                ("Vice-Chair", "Inês Machava (Mozambique)"),
                ("Vice-Chair", "Hérizo Randriamampianina (Madagascar)"),
                ("Vice-Chair", "Wanjiru Kamau-Otieno (Kenya)"),
                ("Rapporteur", "Joséphine Ndayisenga (Burundi)"),
            ]
        },
    ),
    ("h2", "E.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its 1st meeting, the Meeting adopted without amendment its provisional agenda "
        "(A/CONF.999/RPM.14/L.1). After the opening of the meeting, the election of officers "
        "and the adoption of the agenda, the agenda comprised four substantive items: access to "
        "justice and legal aid, including the role of paralegals (item 4); reducing the use of "
        "pretrial detention (item 5); informal and customary justice systems and their "
        "interaction with the formal justice system (item 6); and ensuring victims’ access to "
        "remedies (item 7). It concluded with other matters (item 8) and the adoption of the "
        "report (item 9).",
    ),
    (
        "p",
        "The Meeting agreed to consider items 4 and 5 on 15 and 16 September and items 6 and 7 "
        "on 17 September 2025. On the evening of 16 September, the Paralegal Advisory Service "
        "Institute organized a side event at which paralegals working in prisons in Malawi and "
        "Zambia presented their work.",
    ),
    ("h2", "F.\tDocumentation"),
    (
        "p",
        "The Meeting had before it the documents listed in the annex to the present report, "
        "including the discussion guide for the Fifteenth Congress (A/CONF.999/PM.1) and a "
        "background note by the Secretariat on legal aid and pretrial detention in Eastern and "
        "Southern Africa (A/CONF.999/RPM.14/CRP.1).",
    ),
    ("h1", "III.\tSummary of deliberations"),
    ("h2", "A.\tAgenda item 4: access to justice and legal aid, including the role of paralegals"),
    (
        "p",
        "A representative of the Secretariat introduced the item. Statements were made by the "
        "experts from Kenya, Malawi, Mozambique, Namibia, Rwanda, South Africa and Zambia. "
        "Statements were also made by the observers for the African Commission on Human and "
        "Peoples’ Rights and the Paralegal Advisory Service Institute.",
    ),
    (
        "p",
        "Many speakers referred to the United Nations Principles and Guidelines on Access to "
        "Legal Aid in Criminal Justice Systems{1} as the main international reference for "
        "national reforms, and noted that, more than a decade after their adoption, fewer than "
        "half of the States of the region had a dedicated legal aid law.",
    ),
    (
        "p",
        "The expert from South Africa, Thandeka Mokoena, described the national legal aid "
        "agency, which employed some 2,700 staff in sixty-four local offices and took on "
        "approximately 400,000 new matters each year, about 88 per cent of them criminal "
        "matters. She stressed that the agency’s independence from the executive was "
        "guaranteed by statute.",
    ),
    (
        "p",
        "The expert from Kenya, Wanjiru Kamau-Otieno, reported that the National Legal Aid "
        "Service had accredited 1,450 paralegals since 2021 and that its toll-free helpline had "
        "received more than thirty thousand calls in 2024, two thirds of them from women.",
    ),
    (
        "p",
        "The expert from Malawi, Grace Nyirenda, described the work of paralegals in police "
        "stations, courts and prisons, which had begun in the late 1990s. Paralegals screened "
        "the prison population, helped detainees to prepare bail applications and traced "
        "relatives and witnesses; in 2024, their screening had led to the release of, or to "
        "a court date for, 1,236 detainees whose cases had stalled.",
    ),
    (
        "p",
        "The expert from Mozambique, João Cumbe, said that the Institute for Legal Sponsorship "
        "and Assistance now had offices in 128 districts and used mobile teams travelling by "
        "motorcycle and by boat to reach communities along the Zambezi River, where the nearest "
        "court could be more than 150 kilometres away.",
    ),
    (
        "p",
        "The expert from Rwanda described the access to justice bureaux (Maisons d’accès à la "
        "justice) established in each of the country’s thirty districts, each staffed by three "
        "lawyers who provided free advice and referred cases to the bar association’s legal aid "
        "scheme.",
    ),
    (
        "p",
        "The expert from Namibia, Ndapewa Shikongo, presented a pilot mobile application that "
        "allowed persons in police custody, or their relatives, to request a legal aid lawyer, "
        "but cautioned that only 38 per cent of rural households in Namibia had access to the "
        "Internet.",
    ),
    (
        "p",
        "The expert from Zambia, Mwila Chanda, reported that the Legal Aid Board had abolished "
        "in 2023 the contribution fee of 150 kwacha previously charged to applicants, after a "
        "review had found that the fee deterred the poorest accused persons from seeking "
        "assistance.",
    ),
    (
        "p",
        "The observer for the Paralegal Advisory Service Institute said that most paralegals in "
        "the region were volunteers, and that three out of five left the work within two years "
        "for lack of a stipend. The observer for the African Commission on Human and Peoples’ "
        "Rights recalled that the right to legal aid in criminal matters was protected under "
        "article 7 of the African Charter on Human and Peoples’ Rights.",
    ),
    (
        "p",
        "Several speakers stressed that the shortage of lawyers was acute in the region: in "
        "some States there was fewer than one lawyer for every 20,000 inhabitants, and most "
        "lawyers practised in the capital. Speakers agreed that paralegals could not replace "
        "lawyers, but could give first-line assistance, such as explaining the rights of "
        "detainees, tracing relatives and helping with bail applications.",
    ),
    ("h2", "B.\tAgenda item 5: reducing the use of pretrial detention"),
    (
        "p",
        "Statements were made by the experts from Ethiopia, Lesotho, Madagascar, Malawi, "
        "Uganda, the United Republic of Tanzania and Zimbabwe. A statement was also made by the "
        "observer for Penal Reform International.",
    ),
    (
        "p",
        "A representative of the Secretariat noted that, according to the background note, "
        "pretrial detainees made up on average 38 per cent of the prison population in the "
        "region, and more than 60 per cent in three States. Occupancy rates above 200 per cent "
        "had been reported in some facilities, with serious risks to health, including the "
        "spread of tuberculosis.",
    ),
    (
        "p",
        "The expert from Madagascar, Hérizo Randriamampianina, reported that pretrial detainees "
        "accounted for 62 per cent of the prison population of the country, and described a "
        "national plan to bring that share below 45 per cent by 2028 through hearings held "
        "inside prisons and the systematic review of the files of all persons detained for more "
        "than six months without trial.",
    ),
    (
        "p",
        "The expert from Malawi, Yohane Phiri, described the “camp courts”, sittings held by "
        "magistrates inside prisons, which had disposed of 860 cases in 2024, but noted that "
        "they were an emergency measure that could not replace a functioning system of case "
        "management.",
    ),
    (
        "p",
        "The expert from the United Republic of Tanzania, Rehema Mwakyusa, reported that persons "
        "charged with offences for which bail was not available, such as murder and armed "
        "robbery, could spend between three and five years on remand before their trial was "
        "concluded.",
    ),
    (
        "p",
        "The expert from Uganda described plea bargaining, introduced in 2015, which had "
        "allowed the courts to conclude large numbers of cases during special sessions, but "
        "warned that accused persons needed legal advice before accepting a plea agreement in "
        "order to prevent coercion.",
    ),
    (
        "p",
        "The expert from Lesotho, Palesa Mokhothu, reported that bail set beyond the means of "
        "the accused was a major cause of pretrial detention for minor offences: a study had "
        "found that one in four pretrial detainees had been granted bail but could not pay "
        "amounts as low as 500 maloti.",
    ),
    (
        "p",
        "The expert from Ethiopia, Meron Tesfaye, described an electronic case-tracking system "
        "linking the police, prosecutors, courts and prisons, which had reduced the average "
        "time between arrest and first appearance before a court from eleven days to three "
        "days.",
    ),
    (
        "p",
        "The expert from Zimbabwe described a pretrial diversion programme for children in "
        "conflict with the law, through which more than 2,000 children had been diverted from "
        "the formal justice system since 2019, and reported a reoffending rate among them of "
        "under 5 per cent.",
    ),
    (
        "p",
        "The observer for Penal Reform International called for the decriminalization and "
        "declassification of petty offences such as loitering, being a “rogue and vagabond” and "
        "failing to pay debts, in line with the Principles on the Decriminalisation of Petty "
        "Offences in Africa, and noted that such offences fell disproportionately on women, "
        "street vendors and persons living in poverty.",
    ),
    ("h2", "C.\tAgenda item 6: informal and customary justice systems"),
    (
        "p",
        "Statements were made by the experts from Botswana, Burundi, Eswatini, Rwanda, South "
        "Africa and Uganda. Statements were also made by the observers for Côte d’Ivoire and "
        "UN-Women.",
    ),
    (
        "p",
        "Speakers recognized that in many parts of the region up to 80 per cent of disputes, "
        "including minor criminal matters, were settled by traditional leaders, elders or "
        "religious authorities, which were closer to the people, cheaper and faster than the "
        "courts, and used local languages. Several speakers cautioned, however, that such "
        "mechanisms did not always respect due process or the rights of women and children.",
    ),
    (
        "p",
        "The expert from Botswana, Kagiso Molefe, described the customary courts (dikgotla), "
        "which heard minor criminal cases and in which parties were not represented by lawyers, "
        "and a reform allowing appeals to a magistrate within thirty days of a decision.",
    ),
    (
        "p",
        "The expert from Rwanda described the mediation committees (Abunzi), composed of seven "
        "mediators elected by the community, of whom at least 30 per cent had to be women, and "
        "noted that a party dissatisfied with a mediation decision could take the matter to the "
        "primary court.",
    ),
    (
        "p",
        "The expert from Burundi, Joséphine Ndayisenga, described efforts to open the councils "
        "of elders (Bashingantahe) to women, who now made up about one fifth of their members, "
        "and the training of council members on the rights of the child.",
    ),
    (
        "p",
        "The expert from Eswatini reported that 340 members of chiefs’ councils had been "
        "trained in 2024 on the Constitution and on the rights of women and children.",
    ),
    (
        "p",
        "The observer for UN-Women expressed concern that cases of rape and defilement were "
        "still settled by informal mechanisms through payments to the victim’s family or the "
        "marriage of the victim to the perpetrator, and called for such cases to be excluded "
        "from the jurisdiction of informal forums. The observer for Côte d’Ivoire shared the "
        "experience of community justice houses (maisons de justice) in West Africa, which "
        "offered mediation and legal information under the supervision of the courts.",
    ),
    ("h2", "D.\tAgenda item 7: ensuring victims’ access to remedies"),
    (
        "p",
        "Statements were made by the experts from Angola, Comoros, Djibouti, Kenya, Mauritius, "
        "Seychelles and South Africa. Statements were also made by the observers for São Tomé "
        "and Príncipe and UNICEF.",
    ),
    (
        "p",
        "Speakers noted that victims of crime often received little information on their "
        "rights or on the progress of their case, and that compensation orders made by "
        "criminal courts were seldom enforced because most offenders had no means to pay.",
    ),
    (
        "p",
        "The expert from Mauritius, Anaïs Bégué, described a victim compensation fund "
        "established in 2022 and financed from confiscated assets, which had paid a total of 18 "
        "million Mauritian rupees to 240 victims by June 2025.",
    ),
    (
        "p",
        "The expert from Angola, Conceição Tavares, described integrated service centres for "
        "survivors of gender-based violence operating in six provinces, and the expert from "
        "South Africa reported that more than fifty Thuthuzela Care Centres offered medical "
        "care, counselling and assistance from the police and prosecutors to victims of sexual "
        "offences under one roof.",
    ),
    (
        "p",
        "The expert from Comoros, Chaïma Saïd Abdallah, said that, in the absence of a State "
        "compensation scheme, victims had to bring civil claims, and that free legal aid for "
        "victims had been introduced in 2024 under an agreement with the bar association.",
    ),
    (
        "p",
        "The expert from Djibouti described a specialized unit assisting victims of trafficking "
        "in persons and abused migrants along the migration route towards the Arabian "
        "Peninsula, which had assisted some 1,300 migrants in 2024.",
    ),
    (
        "p",
        "The expert from Seychelles described a text-message service informing victims of "
        "hearing dates, of the outcome of their case and of the release of the offender from "
        "prison. The observer for São Tomé and Príncipe referred to model provisions on the "
        "rights of victims prepared by Portuguese-speaking countries, and the observer for "
        "UNICEF called for child-friendly courts and for children to be heard in separate "
        "rooms by video link.",
    ),
    ("h1", "IV.\tAdoption of the report and closing of the meeting"),
    (
        "p",
        "At its 6th meeting, on 17 September 2025, the Meeting adopted its report, as orally "
        "amended. The draft report was introduced by the Rapporteur, Joséphine Ndayisenga "
        "(Burundi).",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Malawi for hosting the "
        "Meeting and UNODC for its support, and declared the Meeting closed at 5.30 p.m. on 17 "
        "September 2025.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("A/CONF.999/RPM.14/L.1", "Provisional agenda and annotations"),
    (
        "A/CONF.999/PM.1",
        "Discussion guide for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice",
    ),
    (
        "A/CONF.999/RPM.14/CRP.1",
        "Background note by the Secretariat on legal aid and pretrial detention in Eastern and "
        "Southern Africa",
    ),
    ("A/CONF.999/RPM.14/INF/1", "Information for participants"),
    ("A/CONF.999/RPM.14/INF/2", "List of participants"),
]

_MARK = re.compile(r"\{\d+\}")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def _table_lines(rows) -> list[str]:
    return [" | ".join(r) for r in rows]


def numbered() -> list[tuple]:
    """BODY with paragraph numbers: (kind, text, extra, n) for "p", (kind, text) for headings."""
    out, n = [], 0
    for item in BODY:
        if item[0] == "p":
            n += 1
            out.append((item[0], item[1], item[2] if len(item) > 2 else {}, n))
        else:
            out.append(item)
    return out


def contents_rows() -> list[tuple[str, str, str]]:
    """The contents table: chapter headings with their paragraph ranges (computed)."""
    pages = {"I.": "3", "II.": "5", "III.": "7", "IV.": "12"}
    chapters: list[list] = []
    for item in numbered():
        if item[0] == "h1":
            num, title = item[1].split("\t")
            chapters.append([f"{num} {title}", None, None, pages[num]])
        elif item[0] == "p":
            ch = chapters[-1]
            ch[1] = ch[1] or item[3]
            ch[2] = item[3]
    rows = [("Chapter", "Paragraphs", "Page")]
    for title, a, b, page in chapters:
        rows.append((title, f"{a}–{b}" if a != b else str(a), page))
    rows.append((f"{ANNEX_HEADING}: {ANNEX_SUBTITLE}", "", "13"))
    return rows


def units() -> list[dict]:
    front = [
        DISCLAIMER,
        ADVANCE,
        "United Nations",
        SYMBOL,
        ISSUER,
        "Distr.: General",
        ISSUE_DATE,
        "Original: English",
        TITLE,
        PLACE_DATES,
    ]
    # The contents table (and its caption) is page furniture, as running heads are: it
    # repeats the chapter headings with paragraph ranges and pages, and the reader leaves it
    # out of every unit.
    out = [{"id": "front", "contains": front}]
    for item in numbered():
        if item[0] != "p":
            continue
        _, text, extra, n = item
        plain = _MARK.sub("", text)
        marks = [int(m.strip("{}")) for m in _MARK.findall(text)]
        if marks:
            out.append({"id": str(n), "contains": [plain] + [FOOTNOTES[m] for m in marks]})
        elif "table" in extra:
            out.append({"id": str(n), "text": "\n".join([plain] + _table_lines(extra["table"]))})
        else:
            out.append({"id": str(n), "text": plain})
        for i, sub in enumerate(extra.get("items", [])):
            sub_text, nested = (sub, []) if isinstance(sub, str) else sub
            out.append({"id": f"{n}({LETTERS[i]})", "text": sub_text})
            for j, nt in enumerate(nested):
                out.append({"id": f"{n}({LETTERS[i]})({ROMANS[j]})", "text": nt})
    out.append({"id": "annex.1", "text": "\n".join(_table_lines(ANNEX_TABLE))})
    return out


def units_doc() -> dict:
    return {
        "doc_id": DOC_ID,
        "file": f"eval/gold/docs/{DOC_ID}.docx",
        "meta": {
            "title": TITLE,
            "symbol": SYMBOL,
            "issue_date": ISSUE_DATE,
            "distribution": "General",
            "place_dates": PLACE_DATES,
        },
        "units": units(),
    }


# --------------------------------------------------------------------------------------------
# Word document
# --------------------------------------------------------------------------------------------


def _styles(doc) -> None:  # noqa: ANN001
    normal = base_styles(doc)
    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        st.font.name = "Times New Roman"
        st.font.color.rgb = None
        st.font.size = Pt(14 if name == "Heading 1" else 12)
        st.paragraph_format.left_indent = Twips(1134)
    fn_text = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    fn_text.base_style = normal
    fn_text.font.size = Pt(9)
    fn_ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.font.superscript = True


def _tab_stop(paragraph, pos: int) -> None:  # noqa: ANN001
    """A left tab stop, with w:tabs in its schema place (after w:pStyle, before w:ind)."""
    ppr = paragraph._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "left")
    tab.set(qn("w:pos"), str(pos))
    tabs.append(tab)
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(tabs)
    else:
        ppr.insert(0, tabs)


def _typed(doc, label: str, text: str, level: int):  # noqa: ANN001, ANN202
    """A paragraph whose number/letter is typed as text: "label<tab>text"."""
    p = doc.add_paragraph(style="SingleTxtG")
    pf = p.paragraph_format
    if level == 0:  # "12.<tab>" hanging from the left margin of the text block
        pf.left_indent = Twips(1134)
        pf.first_line_indent = Twips(0)
        _tab_stop(p, 1701)
    elif level == 1:  # "(a)<tab>"
        pf.left_indent = Twips(1134)
        pf.first_line_indent = Twips(567)
        _tab_stop(p, 2268)
    else:  # "(i)<tab>"
        pf.left_indent = Twips(1701)
        pf.first_line_indent = Twips(567)
        _tab_stop(p, 2835)
    add_text_with_notes(p, f"{label}\t{text}")
    return p


def _grid_table(doc, rows, *, header_bold=True):  # noqa: ANN001, ANN202
    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.bold = header_bold and i == 0
            run.italic = i == 0
    mark_header_row(tbl.rows[0])
    return tbl


def build() -> Document:
    doc = Document()
    _styles(doc)
    add_footnotes_part(doc, FOOTNOTES)
    footnote_settings(doc)

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=(2025, 10, 3, 9, 0, 0),
    )

    symbol_header_page_footer(doc, SYMBOL)

    doc.add_paragraph(DISCLAIMER)
    adv = doc.add_paragraph()
    r = adv.add_run(ADVANCE)
    r.bold = True
    r.font.size = Pt(12)
    masthead(doc, SYMBOL, ISSUER, 16, ISSUE_DATE, "English")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)

    p = doc.add_paragraph()
    r = p.add_run("Contents")
    r.bold = True
    r.font.size = Pt(14)
    rows = contents_rows()
    toc = doc.add_table(rows=len(rows), cols=3)
    set_cell_borders(toc, none=True)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = toc.cell(i, j)
            cell.paragraphs[0].add_run(val).italic = i == 0
            if j > 0:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for item in numbered():
        kind = item[0]
        if kind in ("h1", "h2"):
            doc.add_heading(item[1], level=1 if kind == "h1" else 2)
            continue
        _, text, extra, n = item
        _typed(doc, f"{n}.", text, 0)
        for i, sub in enumerate(extra.get("items", [])):
            sub_text, nested = (sub, []) if isinstance(sub, str) else sub
            _typed(doc, f"({LETTERS[i]})", sub_text, 1)
            for j, nt in enumerate(nested):
                _typed(doc, f"({ROMANS[j]})", nt, 2)
        if "table" in extra:
            _grid_table(doc, extra["table"])
            doc.add_paragraph(style="SingleTxtG")  # spacing after the table

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_HEADING, level=1)
    doc.add_heading(ANNEX_SUBTITLE, level=2)
    _grid_table(doc, ANNEX_TABLE)
    return doc


def main() -> None:
    save_docx(build(), OUT, FIXED_TIME)
    write_expected(UNITS_OUT, units_doc())
    print(f"wrote {OUT.name} and {UNITS_OUT.name}")


if __name__ == "__main__":
    main()
