"""Generate eval/gold/docs/synthetic-eastern-europe-rpm-draft.docx.

A SYNTHETIC United Nations secretariat DRAFT report (clearly labelled as such in a line of its
masthead), laid out the way UN Word drafts are:

* masthead in a borderless table (organ | symbol; distribution, date, original language) with
  the synthetic-document line, then the title, place and dates and the rapporteur;
* page header with the symbol, footer with the job number and a PAGE field (different first
  page, as in UN files);
* body paragraphs numbered AUTOMATICALLY by Word list numbering (numbering.xml: decimal "%1."
  at level 0, lowerLetter "(%2)" at level 1, lowerRoman "(%3)" at level 2); the text carries no
  typed numbers and the numbering runs on across headings without restarting;
* the agenda as a separate Word-numbered list (its own abstractNum) restarting at 1 after the
  paragraph that introduces it; the main numbering continues after it;
* officers as un-numbered lines after the paragraph that introduces them;
* TRACKED CHANGES (w:ins / w:del with w:delText): an inserted sub-item (paragraph mark marked
  inserted too), an inserted clause, a replaced word and deleted text, one of them a whole
  sentence;
* three footnotes (footnotes.xml, w:footnoteReference marks in body paragraphs);
* one reviewer's comment (comments.xml) anchored on a phrase;
* Word headings and an annex with a table of documents.

Deterministic: fixed core properties, fixed revision dates and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_eastern_europe_rpm_draft_docx.py
"""

from __future__ import annotations

from pathlib import Path

from _un_docx import (
    base_styles,
    core_properties,
    mark_header_row,
    save_docx,
)
from _un_docx import bottom_border as _bottom_border
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-eastern-europe-rpm-draft.docx"

SYNTHETIC_LINE = "SYNTHETIC TEST DOCUMENT – not a United Nations document"
SYMBOL = "A/CONF.999/RPM.6/L.1"
ISSUE_DATE = "8 April 2025"
JOB_NUMBER = "V.25-04321"
TITLE = (
    "Draft report of the Eastern Europe Regional Preparatory Meeting for the Fifteenth "
    "United Nations Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Prague, 7–9 April 2025"
RAPPORTEUR_LINE = "Rapporteur: Zoë Kovačević (Serbia)"

REV_AUTHOR = "Secretariat editor"
REV_DATE = "2025-04-08T17:30:00Z"
COMMENT_AUTHOR = "Reviewer (Secretariat)"
COMMENT_INITIALS = "RS"
COMMENT_TEXT = (
    "Please check this figure with the delegation before issuance; the national report "
    "submitted in March gives a lower total."
)

FOOTNOTES = {
    1: "General Assembly resolution 45/110, annex.",
    2: "General Assembly resolution 55/255, annex.",
    3: "Figures provided by the delegation of Ukraine; they cover the period from January 2023 "
    "to December 2024.",
}

# A paragraph's text is a str or a list of segments:
#   "text"                 plain run
#   ("ins", "text")        tracked insertion
#   ("del", "text")        tracked deletion (w:delText)
#   ("fn", n)              footnote reference mark to FOOTNOTES[n]
#   ("cmt", "text")        plain run anchored by the reviewer's comment
#
# Body items, in document order:
#   ("h1", text) / ("h2", text)                  heading paragraphs (not units)
#   ("p", text)                                  auto-numbered paragraph (level 0)
#   ("p", text, {"items": [...]})                + auto-lettered sub-items (level 1)
#        an item is text, or {"text": ..., "inserted": bool, "items": [...level 2...]}
#   ("p", text, {"lines": [...]})                + un-numbered lines belonging to the paragraph
#   ("p", text, {"agenda": [...]})               + lines of a separate Word list restarting at 1
BODY = [
    ("h1", "I.\tRecommendations"),
    (
        "p",
        "The Eastern Europe Regional Preparatory Meeting for the Fifteenth United Nations "
        "Congress on Crime Prevention and Criminal Justice identified the recommendations set "
        "out below for consideration by the Fifteenth Congress. The recommendations were not "
        "negotiated and reflect the views expressed by participants.",
    ),
    ("h2", "A.\tAgenda item 4: advancing evidence-based crime prevention strategies"),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                "Strengthen the identification of victims of trafficking in persons for labour "
                "exploitation, in particular in agriculture, construction, food processing and "
                "domestic work, by training labour inspectors to recognize indicators of forced "
                "labour;",
                "Regulate private recruitment agencies, prohibit the charging of recruitment fees "
                "to workers and hold companies liable where their subcontractors exploit workers "
                "in their supply chains;",
                {
                    "text": [
                        (
                            "ins",
                            "Ensure that victims of trafficking for labour exploitation are able "
                            "to recover unpaid wages, including through compensation paid from "
                            "confiscated criminal assets;",
                        )
                    ],
                    "inserted": True,
                },
                "Provide safe shelter, interpretation and legal counselling to victims, "
                "irrespective of their migration status and of their willingness to cooperate "
                "with the authorities.",
            ]
        },
    ),
    (
        "p",
        [
            "The Meeting further recommended that Member States involve local authorities, "
            "schools and youth organizations in crime prevention and collect crime and "
            "victimization data disaggregated by sex, age and disability",
            ("ins", ", and carry out a national victimization survey at least every four years"),
            ".",
        ],
    ),
    (
        "h2",
        "B.\tAgenda item 5: promoting effective, fair, humane and accountable criminal "
        "justice systems",
    ),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                [
                    "Make greater use of probation and other non-custodial measures, in "
                    "accordance with the United Nations Standard Minimum Rules for Non-custodial "
                    "Measures (the Tokyo Rules),",
                    ("fn", 1),
                    " in particular for first-time offenders and for persons convicted of minor "
                    "offences;",
                ],
                {
                    "text": "Strengthen probation services by:",
                    "items": [
                        "Recruiting and training probation officers in sufficient numbers, so that "
                        "each officer has a caseload that allows individual supervision;",
                        "Using electronic monitoring as an alternative to pretrial detention, "
                        "subject to regular judicial review;",
                        "Involving municipalities, employers and civil society in the social "
                        "reintegration of offenders after release;",
                    ],
                },
                "Reduce prison overcrowding, which continues to affect several countries of the "
                "region, and improve conditions of detention.",
            ]
        },
    ),
    (
        "p",
        "The Meeting recommended that Member States prevent corruption in public procurement "
        "by publishing procurement data in an open format, using electronic procurement "
        "platforms, protecting whistle-blowers and establishing registers of the beneficial "
        "owners of companies that bid for public contracts.",
    ),
    ("h2", "C.\tAgenda item 6: strengthening international cooperation and technical assistance"),
    (
        "p",
        "The Meeting recommended that Member States:",
        {
            "items": [
                [
                    "Ratify and fully implement the Protocol against the Illicit Manufacturing of "
                    "and Trafficking in Firearms, Their Parts and Components and Ammunition,",
                    ("fn", 2),
                    " and mark, record and trace firearms throughout their life cycle;",
                ],
                "Designate national focal points for the tracing of firearms and exchange "
                "ballistic information with neighbouring States;",
                "Step up the collection and destruction of surplus, seized and illicitly held "
                "weapons, including weapons left over from past armed conflicts in the region.",
            ]
        },
    ),
    ("h2", "D.\tAgenda item 7: emerging forms of crime and new threats"),
    (
        "p",
        "The Meeting recommended that Member States protect critical infrastructure, "
        "including energy grids, water supply systems and hospitals, against cyberattacks by "
        "establishing computer emergency response teams that operate around the clock and by "
        "conducting joint exercises with the operators of such infrastructure.",
    ),
    (
        "p",
        "The Meeting also recommended that Member States consider ratifying the United Nations "
        "Convention against Cybercrime and make full use of networks of contact points that "
        "are available at all times to preserve electronic evidence.",
    ),
    (
        "p",
        "The Meeting further recommended that Member States strengthen the capacity of law "
        "enforcement and judicial authorities to investigate cybercrime, including through the "
        "recruitment and retention of specialists in digital forensics.",
    ),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tDuration of the meeting"),
    (
        "p",
        "The Eastern Europe Regional Preparatory Meeting for the Fifteenth United Nations "
        "Congress on Crime Prevention and Criminal Justice was held in Prague from 7 to 9 "
        "April 2025, at the invitation of the Government of Czechia. The Meeting held six "
        "plenary meetings.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        [
            "The Meeting was attended by representatives of ",
            ("del", "nineteen"),
            ("ins", "twenty"),
            " States of the Eastern European region: Albania, Armenia, Bosnia and Herzegovina, "
            "Bulgaria, Croatia, Czechia, Estonia, Georgia, Hungary, Latvia, Lithuania, "
            "Montenegro, North Macedonia, Poland, Republic of Moldova, Romania, Serbia, "
            "Slovakia, Slovenia and Ukraine.",
        ],
    ),
    (
        "p",
        "The United Nations Office on Drugs and Crime and the United Nations Interregional "
        "Crime and Justice Research Institute were represented. The Council of Europe, the "
        "European Union Agency for Law Enforcement Cooperation (Europol), the International "
        "Labour Organization, the International Organization for Migration and the "
        "Organization for Security and Co-operation in Europe (OSCE) were represented by "
        "observers, as were several non-governmental organizations, including La Strada "
        "International. In all, some one hundred and sixty participants attended the Meeting.",
    ),
    ("h2", "C.\tOpening of the meeting"),
    (
        "p",
        "The Meeting was opened on 7 April 2025 by the Minister of Justice of Czechia, who "
        "welcomed the participants to Prague and underlined that the countries of the region "
        "had learned, often at great cost, that organized crime exploits every crisis, from "
        "armed conflict to the movement of refugees.",
    ),
    (
        "p",
        "The representative of the Secretariat recalled that the regional preparatory "
        "meetings were to examine the substantive items and workshop topics of the Fifteenth "
        "Congress and to formulate action-oriented recommendations for its consideration.",
    ),
    ("h2", "D.\tElection of officers"),
    (
        "p",
        "At its 1st meeting, on 7 April 2025, the Meeting elected the following officers by "
        "acclamation:",
        {
            "lines": [
                "Chair: Jiří Dvořák (Czechia)",
                "Vice-Chairs: Małgorzata Wójcik (Poland), Ştefan Ionescu (Romania)",
                "Rapporteur: Zoë Kovačević (Serbia)",
            ]
        },
    ),
    ("h2", "E.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its 1st meeting, the Meeting adopted the following agenda:",
        {
            "agenda": [
                "Opening of the meeting.",
                "Election of officers.",
                "Adoption of the agenda and organization of work.",
                "Advancing evidence-based crime prevention strategies.",
                "Promoting effective, fair, humane and accountable criminal justice systems.",
                "Strengthening international cooperation and technical assistance.",
                "Emerging forms of crime and new threats.",
                "Other matters.",
                "Adoption of the report of the Meeting.",
            ]
        },
    ),
    (
        "p",
        "The Meeting approved its programme of work, under which agenda items 6 and 7 were "
        "considered together at its 4th and 5th meetings, on 8 and 9 April 2025.",
    ),
    ("h2", "F.\tDocumentation"),
    (
        "p",
        "The Meeting had before it the documents listed in the annex to the present report, "
        "including the discussion guide for the Fifteenth Congress (A/CONF.999/PM.1).",
    ),
    ("h1", "III.\tSummary of deliberations"),
    ("h2", "A.\tAgenda item 4: advancing evidence-based crime prevention strategies"),
    (
        "p",
        "Statements were made by the representatives of Georgia, Poland, the Republic of "
        "Moldova, Romania and Ukraine. Statements were also made by the observers for the "
        "International Labour Organization and La Strada International.",
    ),
    (
        "p",
        [
            "The representative of Romania reported that labour inspectors and the police had "
            "carried out ",
            ("cmt", "214 joint inspections"),
            " in 2024, which had led to the identification of sixty-three victims of "
            "trafficking for labour exploitation, most of them in agriculture and construction.",
        ],
    ),
    (
        "p",
        "The representative of the Republic of Moldova described a campaign warning jobseekers "
        "against fraudulent offers of seasonal work abroad advertised on social media, and a "
        "telephone hotline that had received more than four thousand calls in its first year "
        "of operation.",
    ),
    (
        "p",
        [
            "The representative of Georgia presented the national referral mechanism for "
            "victims of trafficking, under which mobile groups of social workers and police "
            "officers visited construction sites and farms to identify victims among migrant "
            "workers.",
            (
                "del",
                " The representative also announced that Georgia would host a regional "
                "conference on labour exploitation in Tbilisi in October 2025.",
            ),
        ],
    ),
    (
        "p",
        [
            "The representative of Ukraine stated that persons displaced by the war faced a "
            "heightened risk of trafficking for labour and sexual exploitation, and reported that "
            "1,270 criminal investigations into trafficking in persons had been opened.",
            ("fn", 3),
        ],
    ),
    (
        "p",
        "The representative of Poland described a programme under which police officers visited "
        "secondary schools to warn pupils against being recruited online as money mules, and "
        "noted that most of the money mules identified in 2024 were under twenty-five years "
        "of age.",
    ),
    (
        "p",
        "The observer for the International Labour Organization noted that recruitment fees "
        "and debt bondage remained the main means of controlling migrant workers in forced "
        "labour, and called for fair recruitment practices to be promoted through public "
        "procurement.",
    ),
    (
        "p",
        "The observer for La Strada International stressed that victims of trafficking should "
        "not be punished for offences they had been compelled to commit, such as working "
        "without a permit, and called for independent national rapporteurs on trafficking in "
        "persons.",
    ),
    (
        "p",
        "Several speakers noted that online platforms were increasingly used to recruit workers "
        "into exploitative situations, and called for closer cooperation with platform "
        "operators to remove fraudulent job advertisements.",
    ),
    (
        "h2",
        "B.\tAgenda item 5: promoting effective, fair, humane and accountable criminal "
        "justice systems",
    ),
    (
        "p",
        "Statements were made by the representatives of Czechia, Estonia, Hungary, Latvia and "
        "Slovakia. A statement was also made by the observer for the Council of Europe.",
    ),
    (
        "p",
        "The representative of Czechia reported that the national Probation and Mediation "
        "Service supervised some twenty-two thousand persons each year and that community "
        "service orders were imposed in about a quarter of all convictions.",
    ),
    (
        "p",
        [
            "The representative of Estonia reported that electronic monitoring had been used in "
            "1,150 cases in 2024 ",
            ("del", "at a fraction of the cost of imprisonment "),
            "and that the rate of reoffending among persons under electronic monitoring was "
            "lower than among persons released from prison.",
        ],
    ),
    (
        "p",
        "The representative of Latvia described measures to reduce prison overcrowding, "
        "including early conditional release under the supervision of the probation service, "
        "which had reduced the prison population by 18 per cent in five years.",
    ),
    (
        "p",
        "The representative of Slovakia described an electronic public procurement platform on "
        "which all contracts above 10,000 euros were published, and reported that the average "
        "number of bids per tender had risen from two to almost four since its introduction.",
    ),
    (
        "p",
        "The representative of Hungary underlined the role of audit institutions in detecting "
        "bid rigging and conflicts of interest in public procurement.",
    ),
    (
        "p",
        "The observer for the Council of Europe referred to the evaluations carried out by the "
        "Group of States against Corruption (GRECO), which had found that the protection of "
        "whistle-blowers remained insufficient in several countries of the region.",
    ),
    (
        "p",
        "Several speakers observed that pretrial detainees accounted for as much as a third of "
        "the prison population in some countries of the region, and called for wider use of "
        "alternatives to pretrial detention.",
    ),
    (
        "h2",
        "C.\tAgenda items 6 and 7: strengthening international cooperation and technical "
        "assistance; emerging forms of crime and new threats",
    ),
    (
        "p",
        "Statements were made by the representatives of Albania, Bosnia and Herzegovina, "
        "Lithuania, Montenegro, North Macedonia, Serbia and Ukraine. Statements were also made "
        "by the observers for Europol and the OSCE.",
    ),
    (
        "p",
        "The representative of North Macedonia reported that 3,412 weapons and some forty "
        "thousand rounds of ammunition had been handed over during a voluntary surrender "
        "campaign in 2024, and that all of them had been recorded and destroyed.",
    ),
    (
        "p",
        "The representative of Bosnia and Herzegovina described progress under the regional "
        "road map on small arms and light weapons in the Western Balkans and noted that "
        "weapons left over from the conflicts of the 1990s were still being trafficked to "
        "other parts of Europe.",
    ),
    (
        "p",
        "The representative of Serbia reported that the national firearms register had been "
        "digitized and linked to the information systems of the border police, so that seized "
        "weapons could be checked against it within minutes.",
    ),
    (
        "p",
        "The representative of Albania described the use of joint investigation teams with "
        "neighbouring States to dismantle networks trafficking firearms and drugs through the "
        "ports of the Adriatic.",
    ),
    (
        "p",
        [
            "The observer for Europol warned of the growing number of alarm and signal pistols "
            "converted into firearms ",
            ("del", "and of 3D-printed firearms "),
            "sold on the darknet and delivered by parcel services.",
        ],
    ),
    (
        "p",
        "The representative of Lithuania reported that distributed denial-of-service attacks "
        "against energy and transport operators had increased threefold since 2022, and "
        "described a national cybersecurity centre that monitored critical infrastructure "
        "around the clock.",
    ),
    (
        "p",
        "The representative of Montenegro recalled the ransomware attack against the "
        "information systems of its Government in August 2022, which had disrupted public "
        "services for several weeks, and thanked partners for their rapid technical assistance.",
    ),
    (
        "p",
        [
            "The representative of Ukraine described cyberattacks against its power grid and "
            "stressed the importance of cooperation between law enforcement authorities and "
            "private operators of critical infrastructure",
            ("ins", ", including the sharing of information on threats in real time"),
            ".",
        ],
    ),
    (
        "p",
        "The observer for the OSCE presented a training programme for judges and prosecutors "
        "on the handling of electronic evidence, which had reached more than six hundred "
        "practitioners in the region since 2021.",
    ),
    (
        "p",
        "Many speakers noted the shortage of specialists in cybercrime investigation and "
        "digital forensics and called for technical assistance to train and retain them.",
    ),
    ("h1", "IV.\tAdoption of the report"),
    (
        "p",
        "At its 6th meeting, on 9 April 2025, the Meeting adopted the report, as orally "
        "amended. The draft report was introduced by the Rapporteur, Zoë Kovačević (Serbia).",
    ),
    (
        "p",
        "At the same meeting, closing statements were made by the representative of the "
        "Secretariat and by the Chair, who thanked the Government of Czechia for hosting the "
        "Meeting and the interpreters for their work.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents before the Meeting"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("A/CONF.999/RPM.6/1", "Provisional agenda and annotations"),
    (
        "A/CONF.999/PM.1",
        "Discussion guide for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice",
    ),
    ("A/CONF.999/RPM.6/INF/1", "Information for participants"),
    ("A/CONF.999/RPM.6/INF/2", "List of participants"),
    (
        "A/CONF.999/RPM.6/CRP.1",
        "Note by the Secretariat on trafficking in persons for labour exploitation in "
        "Eastern Europe",
    ),
]

NUM_ID = 20  # body paragraphs (levels 0-2)
ABSTRACT_NUM_ID = 20
AGENDA_NUM_ID = 21  # the agenda: its own list, starting at 1
AGENDA_ABSTRACT_NUM_ID = 21


# --------------------------------------------------------------------------------------------
# low-level helpers
# --------------------------------------------------------------------------------------------

_rev_id = [100]


def _next_rev_id() -> str:
    _rev_id[0] += 1
    return str(_rev_id[0])


def _lvl(ilvl: int, fmt: str, text: str, restart: int | None, tab: int, left: int, first: int):
    restart_xml = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}">'
        f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart_xml}'
        f'<w:suff w:val="tab"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{tab}"/></w:tabs>'
        f'<w:ind w:left="{left}" w:firstLine="{first}"/></w:pPr>'
        "</w:lvl>"
    )


def _add_numbering_definitions(doc) -> None:
    numbering = doc.part.numbering_part.element
    body_abs = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}">'
        '<w:nsid w:val="3C6B2E41"/><w:multiLevelType w:val="multilevel"/>'
        '<w:tmpl w:val="0409001F"/>'
        + _lvl(0, "decimal", "%1.", None, 1701, 1134, 0)
        + _lvl(1, "lowerLetter", "(%2)", 1, 2268, 1134, 567)
        + _lvl(2, "lowerRoman", "(%3)", 2, 2835, 1701, 567)
        + "</w:abstractNum>"
    )
    agenda_abs = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{AGENDA_ABSTRACT_NUM_ID}">'
        '<w:nsid w:val="7D2A9F03"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="04090011"/>'
        + _lvl(0, "decimal", "%1.", None, 2268, 1701, 0)
        + "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    for abstract in (body_abs, agenda_abs):
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    for num_id, abs_id in ((NUM_ID, ABSTRACT_NUM_ID), (AGENDA_NUM_ID, AGENDA_ABSTRACT_NUM_ID)):
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}">'
            f'<w:abstractNumId w:val="{abs_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            "</w:num>"
            if num_id == AGENDA_NUM_ID
            else f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'
        )
        numbering.append(num)


def _set_num(paragraph, ilvl: int, num_id: int = NUM_ID) -> None:
    numPr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def _mark_paragraph_inserted(paragraph) -> None:
    """Mark the paragraph mark itself as a tracked insertion (w:pPr/w:rPr/w:ins)."""
    pPr = paragraph._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _next_rev_id())
    ins.set(qn("w:author"), REV_AUTHOR)
    ins.set(qn("w:date"), REV_DATE)
    rPr.append(ins)
    pPr.append(rPr)  # w:rPr is the last child of w:pPr but for sectPr/pPrChange


def _text_el(tag: str, text: str):
    t = OxmlElement(tag)
    t.text = text
    if text != text.strip():
        t.set(qn("xml:space"), "preserve")
    return t


def _append_segments(doc, paragraph, segments) -> None:
    if isinstance(segments, str):
        segments = [segments]
    p = paragraph._p
    for seg in segments:
        if isinstance(seg, str):
            paragraph.add_run(seg)
            continue
        kind, val = seg
        if kind == "ins":
            ins = OxmlElement("w:ins")
            ins.set(qn("w:id"), _next_rev_id())
            ins.set(qn("w:author"), REV_AUTHOR)
            ins.set(qn("w:date"), REV_DATE)
            r = OxmlElement("w:r")
            r.append(_text_el("w:t", val))
            ins.append(r)
            p.append(ins)
        elif kind == "del":
            d = OxmlElement("w:del")
            d.set(qn("w:id"), _next_rev_id())
            d.set(qn("w:author"), REV_AUTHOR)
            d.set(qn("w:date"), REV_DATE)
            r = OxmlElement("w:r")
            r.append(_text_el("w:delText", val))
            d.append(r)
            p.append(d)
        elif kind == "fn":
            r = parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                f'<w:footnoteReference w:id="{val}"/></w:r>'
            )
            p.append(r)
        elif kind == "cmt":
            run = paragraph.add_run(val)
            comment = doc.add_comment(
                run, text=COMMENT_TEXT, author=COMMENT_AUTHOR, initials=COMMENT_INITIALS
            )
            comment._comment_elm.set(qn("w:date"), REV_DATE)  # fixed: deterministic output
        else:  # pragma: no cover
            raise ValueError(kind)


def _add_footnotes_part(doc) -> None:
    w = nsdecls("w")
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>",
    ]
    for n, text in FOOTNOTES.items():
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f"<w:r><w:tab/></w:r><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>"
        )
    xml = f"<w:footnotes {w}>" + "".join(notes) + "</w:footnotes>"
    part = XmlPart(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        parse_xml(xml),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)

    # settings.xml: footnote separators and "track changes" switched on, as in a live draft
    settings = doc.settings.element
    track = OxmlElement("w:trackRevisions")
    settings.find(qn("w:defaultTabStop")).addprevious(track)
    fpr = parse_xml(
        f'<w:footnotePr {w}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    )
    settings.find(qn("w:compat")).addprevious(fpr)


def _set_cell_borders(table) -> None:
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    for succ in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"):
        nxt = tblPr.find(qn(succ))
        if nxt is not None:
            nxt.addprevious(borders)
            return
    tblPr.append(borders)


def _page_field(paragraph) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "2"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _cell_text(cell, lines, *, bold=False, size=None, align=None) -> None:
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align


# --------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------


def build() -> Document:
    doc = Document()

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
    fn_text.paragraph_format.left_indent = Twips(1134)
    fn_ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fn_ref.font.superscript = True

    _add_numbering_definitions(doc)
    _add_footnotes_part(doc)

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=SYNTHETIC_LINE,
        created=(2025, 4, 8, 9, 0, 0),
        modified=(2025, 4, 8, 17, 30, 0),
        keywords="synthetic; test document; draft",
        revision=7,
    )

    # page header (symbol) and footer (job number, page number); first page: job number only
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = SYMBOL
    fp = section.footer.paragraphs[0]
    fp.add_run(JOB_NUMBER + "\t\t")
    _page_field(fp)
    section.first_page_footer.paragraphs[0].text = JOB_NUMBER + " (E)"

    # masthead table
    mast = doc.add_table(rows=3, cols=2)
    mast.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_cell_borders(mast)
    _cell_text(mast.cell(0, 0), ["United Nations"], bold=True, size=12)
    _cell_text(mast.cell(0, 1), [SYMBOL], bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _cell_text(mast.cell(1, 0), ["General Assembly"], bold=True, size=20)
    _cell_text(mast.cell(1, 1), ["Distr.: Limited", ISSUE_DATE, "", "Original: English"])
    for c in (0, 1):
        _bottom_border(mast.cell(0, c), size=4)
        _bottom_border(mast.cell(1, c), size=24)
    synth = mast.cell(2, 0).merge(mast.cell(2, 1))
    _cell_text(synth, [SYNTHETIC_LINE], bold=True, size=9)

    # title, place and dates, rapporteur
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)
    doc.add_paragraph(RAPPORTEUR_LINE)

    # body
    for item in BODY:
        kind, text = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            para = doc.add_paragraph(style="SingleTxtG")
            _append_segments(doc, para, text)
            _set_num(para, 0)
            for sub in extra.get("items", []):
                sub = sub if isinstance(sub, dict) else {"text": sub}
                sp = doc.add_paragraph(style="SingleTxtG")
                _append_segments(doc, sp, sub["text"])
                _set_num(sp, 1)
                if sub.get("inserted"):
                    _mark_paragraph_inserted(sp)
                for sub2 in sub.get("items", []):
                    sp2 = doc.add_paragraph(style="SingleTxtG")
                    _append_segments(doc, sp2, sub2)
                    _set_num(sp2, 2)
            for line in extra.get("lines", []):
                lp = doc.add_paragraph(line, style="SingleTxtG")
                lp.paragraph_format.left_indent = Twips(1701)
                lp.paragraph_format.space_after = Pt(0)
                lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            for line in extra.get("agenda", []):
                ap = doc.add_paragraph(line, style="SingleTxtG")
                _set_num(ap, 0, AGENDA_NUM_ID)
                ap.paragraph_format.space_after = Pt(0)
                ap.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        else:  # pragma: no cover
            raise ValueError(kind)

    # annex
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_HEADING, level=1)
    doc.add_heading(ANNEX_SUBTITLE, level=2)
    tbl = doc.add_table(rows=len(ANNEX_TABLE), cols=2)
    tbl.style = doc.styles["Table Grid"]
    for i, row in enumerate(ANNEX_TABLE):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.bold = i == 0
    mark_header_row(tbl.rows[0])
    return doc


def main() -> None:
    save_docx(build(), OUT, (2025, 4, 8, 17, 30, 0))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
