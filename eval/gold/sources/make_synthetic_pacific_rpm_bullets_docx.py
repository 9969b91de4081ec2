"""Generate eval/gold/docs/synthetic-pacific-rpm-bullets.docx.

A SYNTHETIC United Nations report (clearly labelled as such in its first paragraph) of a fictional
Pacific subregional preparatory meeting. Layout features, which are the point of the document:

* masthead as plain paragraphs (no masthead table, no contents table);
* Word heading styles (Heading 1 / Heading 2) for chapters and sections;
* paragraph numbers TYPED AS TEXT ("1.<tab>...") - no Word automatic numbering for the body;
* numbered paragraphs ending with ":" followed by BULLETED items in Word's "List Bullet" style
  (the bullets belong to the numbered paragraph they follow: officers, agenda, lists of
  difficulties, methods, attacks, measures, recommendations, requests);
* one paragraph with typed lettered sub-items "(a)", "(b)", "(c)" as separate paragraphs
  (these are units of their own: 12(a), 12(b), 12(c));
* "Annex I" with a table of documents and "Annex II" with a table of participants.

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_pacific_rpm_bullets_docx.py
"""

from __future__ import annotations

from pathlib import Path

from _un_docx import (
    base_styles,
    core_properties,
    mark_header_row,
    save_docx,
    symbol_header_page_footer,
)
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-pacific-rpm-bullets.docx"

DISCLAIMER = "SYNTHETIC TEST DOCUMENT – not a United Nations document"
SYMBOL = "A/CONF.999/RPM.7/1"
ISSUE_DATE = "15 August 2025"
MEETING_LINE = (
    "Pacific Subregional Preparatory Meeting for the Fifteenth United Nations Congress on "
    "Crime Prevention and Criminal Justice"
)
TITLE = (
    "Report of the Pacific Subregional Preparatory Meeting for the Fifteenth United Nations "
    "Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Nuku'alofa, 4–6 August 2025"

# Body, in document order.
#   ("h1", text) / ("h2", text)        heading paragraphs (not units)
#   ("p", text)                        paragraph with a typed number "N." (numbered automatically
#                                      here, in order, and typed into the text)
#   ("p", text, {"bullets": [...]})    + "List Bullet" paragraphs belonging to it
#   ("p", text, {"letters": [...]})    + typed "(a)", "(b)" ... sub-item paragraphs
BODY = [
    ("h1", "I.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The Pacific Subregional Preparatory Meeting for the Fifteenth United Nations Congress "
        "on Crime Prevention and Criminal Justice was held in Nuku'alofa from 4 to 6 August "
        "2025, at the invitation of the Government of Tonga. It was organized by the United "
        "Nations Office on Drugs and Crime (UNODC) in cooperation with the Pacific Islands "
        "Forum Secretariat. The Meeting held five plenary sessions.",
    ),
    (
        "p",
        "The Meeting was opened on 4 August 2025 by the Minister of Justice of Tonga, who "
        "welcomed the participants to Nuku'alofa and recalled that the Pacific Ocean covered "
        "roughly a third of the surface of the Earth, while the island States of the subregion "
        "had some of the smallest police and customs services in the world. He expressed the "
        "hope that the voice of the Pacific would be heard at the Congress.",
    ),
    (
        "p",
        "A statement was made on behalf of UNODC by Dagný Sigurðardóttir, of the Regional "
        "Office for South-East Asia and the Pacific, who noted that the Meeting was the first "
        "subregional preparatory meeting held in the Pacific for a crime congress, and that its "
        "conclusions would be submitted to the Congress together with those of the regional "
        "preparatory meeting for Asia and the Pacific.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The Meeting was attended by representatives of the following fifteen States of the "
        "subregion: Australia, the Cook Islands, Fiji, Kiribati, the Marshall Islands, "
        "Micronesia (Federated States of), Nauru, New Zealand, Palau, Papua New Guinea, Samoa, "
        "Solomon Islands, Tonga, Tuvalu and Vanuatu.",
    ),
    (
        "p",
        "France was represented by a delegation that included officials of New Caledonia and "
        "French Polynesia. Observers for Chile, Côte d'Ivoire and Japan also attended the "
        "Meeting. The Pacific Islands Forum Secretariat, the Pacific Islands Chiefs of Police, "
        "the Oceania Customs Organisation, the Pacific Transnational Crime Coordination Centre, "
        "the Forum Fisheries Agency and the International Criminal Police Organization "
        "(INTERPOL) were represented. In all, three hundred and twenty participants took part "
        "in the Meeting, of whom one hundred and twelve attended in person and the others "
        "followed the sessions online.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its 1st session, on 4 August 2025, the Meeting elected the following officers by "
        "acclamation:",
        {
            "bullets": [
                "Chair: Losaline Māhina (Tonga)",
                "Vice-Chair: Noël Païta (New Caledonia, France)",
                "Vice-Chair: Sefo Fa'amausili (Samoa)",
                "Rapporteur: Kiri Tāwhiao (New Zealand)",
            ]
        },
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its 1st session, the Meeting adopted the following agenda:",
        {
            "bullets": [
                "Opening of the meeting.",
                "Election of officers.",
                "Adoption of the agenda and organization of work.",
                "Maritime security and illegal, unreported and unregulated fishing.",
                "Drug trafficking through the Pacific.",
                "Cybercrime against small island administrations.",
                "Climate-related displacement and trafficking in persons.",
                "Gender-based violence, corrections and the reintegration of offenders.",
                "Recommendations to the Fifteenth Congress.",
                "Adoption of the report.",
            ]
        },
    ),
    (
        "p",
        "The Meeting agreed that English and French would be its working languages, and that "
        "the sessions would also be streamed online for participants from outer islands who "
        "could not travel to Nuku'alofa.",
    ),
    ("h2", "E.\tDocumentation"),
    (
        "p",
        "The Meeting had before it the documents listed in annex I to the present report, "
        "including the discussion guide for the Fifteenth Congress (A/CONF.999/PM.1). The "
        "number of participants from each State and organization attending in person is given "
        "in annex II.",
    ),
    ("h1", "II.\tSummary of deliberations"),
    ("h2", "A.\tMaritime security and illegal, unreported and unregulated fishing"),
    (
        "p",
        "A representative of the Secretariat introduced the item, noting that the exclusive "
        "economic zones of the Pacific island States together covered some 30 million square "
        "kilometres of ocean, patrolled by fewer than forty vessels. She said that illegal, "
        "unreported and unregulated fishing cost the subregion an estimated 600 million United "
        "States dollars a year, and that fishing vessels were increasingly used to smuggle "
        "drugs, to transfer fuel illegally and to hold crew members in conditions of forced "
        "labour.",
    ),
    (
        "p",
        "The representative of Kiribati reported that his country, with a land area of only "
        "811 square kilometres, was responsible for an ocean area of more than 3.4 million "
        "square kilometres. He described the main difficulties faced by small maritime "
        "administrations:",
        {
            "bullets": [
                "the high cost of fuel for patrol boats, which limited patrols to a few days "
                "each month;",
                "the absence of monitoring data on foreign-flagged vessels that switched off "
                "their transponders;",
                "the difficulty of prosecuting the masters of foreign vessels, who were often "
                "released on bail and left the country before trial.",
            ]
        },
    ),
    (
        "p",
        "The representative of Palau described the national marine sanctuary covering eighty "
        "per cent of the waters of the country and called on the States of the subregion to:",
        {
            "letters": [
                "Treat illegal, unreported and unregulated fishing committed by organized "
                "criminal groups as serious crime under the United Nations Convention against "
                "Transnational Organized Crime;",
                "Share data from satellite surveillance and vessel monitoring systems among "
                "maritime, fisheries and customs authorities;",
                "Protect fishing crew members who reported abuses on board, including by "
                "granting them access to consular assistance.",
            ]
        },
    ),
    (
        "p",
        "The observer for the Forum Fisheries Agency reported that regional aerial "
        "surveillance operations in 2024 had identified 57 vessels suspected of illegal "
        "fishing, of which 21 had been boarded and 9 prosecuted. The observer for Japan "
        "described the cooperation of his country in providing patrol vessels and training to "
        "several Pacific States.",
    ),
    ("h2", "B.\tDrug trafficking through the Pacific"),
    (
        "p",
        "A representative of the Secretariat noted that the Pacific had become a transit area "
        "for cocaine trafficked from South America to Australia and New Zealand, and for "
        "methamphetamine trafficked from North America and South-East Asia. She reported that "
        "more than 4.5 tonnes of cocaine had been seized in or near the subregion in 2024, and "
        "that local markets for methamphetamine had developed in several island States.",
    ),
    (
        "p",
        "The representative of Fiji reported that the number of persons treated for "
        "methamphetamine use in his country had doubled between 2022 and 2024 and that HIV "
        "infections linked to the injection of methamphetamine had increased. He described the "
        "methods used by traffickers to move drugs through the islands:",
        {
            "bullets": [
                "semi-submersible vessels and yachts sailing from South America;",
                "packages of cocaine dropped at sea and collected by local fishers, some of "
                "which washed up on beaches;",
                "concealment in shipping containers and in postal parcels;",
                "the recruitment of local residents as couriers, often paid in drugs rather "
                "than in cash.",
            ]
        },
    ),
    (
        "p",
        "The representative of Australia described a joint operation with the police of New "
        "Zealand, Tonga and Fiji which had led to the seizure of 2.3 tonnes of cocaine in 2024. "
        "The representative of Vanuatu said that about a third of the drug packages found "
        "washed up on beaches had been taken by community members before the police could "
        "seize them, and called for awareness campaigns in coastal villages.",
    ),
    ("h2", "C.\tCybercrime against small island administrations"),
    (
        "p",
        "A representative of the Secretariat noted that new submarine cable connections had "
        "brought fast Internet access to many islands, but that government administrations "
        "often lacked staff trained in cybersecurity, and that a single ransomware attack "
        "could paralyse the public services of a whole country.",
    ),
    (
        "p",
        "The representative of Tonga recalled a ransomware attack against its health ministry "
        "in 2023, which had disabled patient records for several weeks. The representative of "
        "Papua New Guinea described the types of attacks reported against government systems "
        "in the subregion:",
        {
            "bullets": [
                "ransomware attacks against health and finance ministries;",
                "business email compromise fraud against public procurement offices;",
                "sextortion of young people through social media platforms;",
                "the hijacking of government social media accounts to spread false "
                "information before elections.",
            ]
        },
    ),
    (
        "p",
        "The representative of Samoa, Sefo Fa'amausili, said that his country had only three "
        "officers trained in digital forensics, and called for a Pacific cybercrime unit that "
        "small States could share. Several speakers welcomed the adoption of the United "
        "Nations Convention against Cybercrime and expressed interest in technical assistance "
        "to implement it.",
    ),
    ("h2", "D.\tClimate-related displacement and trafficking in persons"),
    (
        "p",
        "A representative of the Secretariat noted that rising sea levels, cyclones and "
        "droughts were forcing communities to relocate, within and between countries, and that "
        "displaced people, in particular women and children, were at heightened risk of "
        "trafficking in persons and labour exploitation. The representative of Tuvalu reported "
        "that, according to a government survey, forty per cent of households on the outer "
        "islands had at least one member working abroad, and warned that recruitment agents "
        "charging high fees had left some workers in debt bondage.",
    ),
    (
        "p",
        "Noël Païta (New Caledonia, France) described the arrival in Nouméa of workers from "
        "other Pacific islands who had been recruited by intermediaries with false promises of "
        "employment, and stressed the need for labour inspections in agriculture and "
        "construction. The representative of Solomon Islands described the sexual exploitation "
        "of girls near logging and fishing camps.",
    ),
    ("h2", "E.\tGender-based violence"),
    (
        "p",
        "Speakers agreed that rates of violence against women in the Pacific were among the "
        "highest in the world. The representative of the Marshall Islands reported that, "
        "according to a national survey, more than half of women had experienced physical or "
        "sexual violence by an intimate partner, and that fewer than one in ten cases were "
        "reported to the police.",
    ),
    (
        "p",
        "The Chair, Losaline Māhina, speaking as the representative of Tonga, described the "
        "family protection units of the Tonga police and reported that the number of "
        "protection orders issued by the courts had risen from 180 in 2021 to 465 in 2024. The "
        "representative of Papua New Guinea drew attention to sorcery accusation-related "
        "violence against women and described the national action plan adopted to address it.",
    ),
    ("h2", "F.\tCorrections and reintegration"),
    (
        "p",
        "A representative of the Secretariat noted that prisons in several island States were "
        "old, overcrowded and exposed to cyclones, and that many prisoners were held far from "
        "their home islands, which made family contact and reintegration difficult.",
    ),
    (
        "p",
        "The representative of New Zealand described programmes for Māori and Pacific "
        "prisoners based on their own cultures and languages, and listed the measures that, "
        "according to an evaluation, had reduced reoffending within two years of release by "
        "about a quarter:",
        {
            "bullets": [
                "involving families and community leaders in release planning;",
                "vocational training in carpentry, boat-building and agriculture;",
                "drug and alcohol treatment in prison, continued after release;",
                "housing support for the first months after release.",
            ]
        },
    ),
    (
        "p",
        "The representative of Samoa described the village-based reconciliation process known "
        "as ifoga, which the courts took into account in sentencing. The representative of "
        "Micronesia (Federated States of) reported that the jail of Pohnpei State held "
        "ninety-two prisoners in a building designed for fifty.",
    ),
    ("h1", "III.\tRecommendations"),
    (
        "p",
        "On the basis of its deliberations, the Meeting recommended that the Fifteenth "
        "Congress call upon Member States to:",
        {
            "bullets": [
                "recognize illegal, unreported and unregulated fishing linked to organized "
                "crime as a serious threat to the security and economies of small island "
                "developing States;",
                "strengthen the detection of drug consignments at sea and in ports, including "
                "through shared regional intelligence;",
                "establish a Pacific network of cybercrime focal points and train officers in "
                "digital forensics;",
                "include the risk of trafficking in persons in national plans for "
                "climate-related relocation;",
                "fund specialized services for survivors of gender-based violence on outer "
                "islands;",
                "develop alternatives to imprisonment and reintegration programmes rooted in "
                "Pacific cultures.",
            ]
        },
    ),
    (
        "p",
        "The Meeting further requested UNODC to:",
        {
            "bullets": [
                "open a permanent programme office in the subregion;",
                "translate its model laws and training materials into French and into the main "
                "languages of the subregion;",
                "report to the Congress on the technical assistance provided to Pacific island "
                "States.",
            ]
        },
    ),
    (
        "p",
        "The Meeting also recommended that the Congress devote a side event to the specific "
        "challenges faced by small island developing States in preventing crime.",
    ),
    ("h1", "IV.\tAdoption of the report"),
    (
        "p",
        "At its 5th session, on 6 August 2025, the Meeting adopted its report, as orally "
        "amended, on the basis of a draft introduced by the Rapporteur, Kiri Tāwhiao (New "
        "Zealand).",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Tonga for its hospitality "
        "and the Governments of Australia and New Zealand for funding the participation of "
        "delegates from the smaller island States.",
    ),
]

ANNEX_I_HEADING = "Annex I"
ANNEX_I_SUBTITLE = "List of documents before the Meeting"
ANNEX_I_TABLE = [
    ("Symbol", "Title"),
    ("A/CONF.999/RPM.7/L.1", "Provisional agenda and annotations"),
    (
        "A/CONF.999/PM.1",
        "Discussion guide for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice",
    ),
    ("A/CONF.999/RPM.7/INF/1", "Information for participants"),
    (
        "A/CONF.999/RPM.7/CRP.1",
        "Background note on maritime crime and illegal fishing in the Pacific",
    ),
    (
        "A/CONF.999/RPM.7/CRP.2",
        "Note by the Secretariat on drug trafficking routes through the Pacific islands",
    ),
]

ANNEX_II_HEADING = "Annex II"
ANNEX_II_SUBTITLE = "Participants attending in person"
ANNEX_II_TABLE = [
    ("Participating States and organizations", "Number of participants"),
    ("Australia", "9"),
    ("Cook Islands", "3"),
    ("Fiji", "11"),
    ("France (including New Caledonia and French Polynesia)", "6"),
    ("Kiribati", "4"),
    ("Marshall Islands", "3"),
    ("Micronesia (Federated States of)", "3"),
    ("Nauru", "2"),
    ("New Zealand", "8"),
    ("Palau", "3"),
    ("Papua New Guinea", "7"),
    ("Samoa", "6"),
    ("Solomon Islands", "5"),
    ("Tonga", "14"),
    ("Tuvalu", "3"),
    ("Vanuatu", "5"),
    ("Observer States (Chile, Côte d'Ivoire, Japan)", "4"),
    ("Intergovernmental organizations", "10"),
    ("United Nations Office on Drugs and Crime", "6"),
    ("Total", "112"),
]


def _table(doc, rows) -> None:
    tbl = doc.add_table(rows=len(rows), cols=2)
    tbl.style = doc.styles["Table Grid"]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.bold = i == 0 or row[0] == "Total"
            if j == 1 and i > 0 and val.isdigit():
                tbl.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark_header_row(tbl.rows[0])


def build() -> Document:
    doc = Document()

    base_styles(doc)

    bullet = doc.styles["List Bullet"]
    bullet.font.name = "Times New Roman"
    bullet.paragraph_format.left_indent = Twips(2268)
    bullet.paragraph_format.right_indent = Twips(1134)
    bullet.paragraph_format.first_line_indent = Twips(-283)
    bullet.paragraph_format.space_after = Pt(3)

    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        st.font.name = "Times New Roman"
        st.font.color.rgb = None
        st.font.size = Pt(13 if name == "Heading 1" else 11)
        st.paragraph_format.left_indent = Twips(1134)
        st.paragraph_format.first_line_indent = Twips(-567)

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=(2025, 8, 15, 9, 0, 0),
    )

    symbol_header_page_footer(doc, SYMBOL)

    # front matter as plain paragraphs
    p = doc.add_paragraph()
    p.add_run(DISCLAIMER).bold = True
    p = doc.add_paragraph()
    p.add_run("United Nations").bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(SYMBOL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("General Assembly")
    r.bold = True
    r.font.size = Pt(18)
    for line in ("Distr.: General", ISSUE_DATE, "Original: English"):
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(MEETING_LINE).bold = True
    doc.add_paragraph(PLACE_DATES)
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)

    number = 0
    for item in BODY:
        kind, text = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            number += 1
            doc.add_paragraph(f"{number}.\t{text}", style="SingleTxtG")
            for b in extra.get("bullets", []):
                doc.add_paragraph(b, style="List Bullet")
            for k, sub in enumerate(extra.get("letters", [])):
                lp = doc.add_paragraph(f"({'abcdefgh'[k]})\t{sub}", style="SingleTxtG")
                lp.paragraph_format.first_line_indent = Twips(567)
        else:  # pragma: no cover
            raise ValueError(kind)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_I_HEADING, level=1)
    doc.add_heading(ANNEX_I_SUBTITLE, level=2)
    _table(doc, ANNEX_I_TABLE)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_II_HEADING, level=1)
    doc.add_heading(ANNEX_II_SUBTITLE, level=2)
    _table(doc, ANNEX_II_TABLE)
    return doc


def main() -> None:
    save_docx(build(), OUT, (2025, 8, 15, 9, 0, 0))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
