"""Generate the synthetic test PDF eval/gold/docs/synthetic-southern-africa-workshop.pdf.

SYNTHETIC TEST DOCUMENT: a fictional report of a subregional workshop held in
preparation for the Fifteenth United Nations Congress on Crime Prevention and
Criminal Justice, laid out like a United Nations ODS PDF report: masthead with the
symbol, distribution block and job number; running headers with the symbol and
footers with "n/N" page numbers and the job number, alternating left/right;
paragraph numbers in their own left column with the text in a hanging indent;
lettered sub-items and one nested level; agenda and officer lines inside a
paragraph; superscript footnote marks with the footnote text at the bottom of the
page below a short rule; paragraphs that continue on the next page; an annex with
a two-column table. It is not a United Nations document.

No word is hyphenated at a line end (lines break at spaces only).

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_southern_africa_workshop_pdf.py
The output is deterministic (fixed creation date, no randomness).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import _un_pdf

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-southern-africa-workshop.pdf"

FONTS = _un_pdf.liberation()

DISCLAIMER = "SYNTHETIC TEST DOCUMENT \u2013 not a United Nations document"
SYMBOL = "A/CONF.999/WS.4/1"
ISSUE_DATE = "12 June 2025"
JOB_NUMBER = "V.25-06183"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Southern Africa Subregional Workshop on Protecting Communities "
    "from Organized Crime and Violence in preparation for the Fifteenth United "
    "Nations Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Maputo, 2\u20134 June 2025"

FOOTNOTES = {
    "1": "See A/CONF.234/16, chap. I, resolution 1.",
    "2": (
        "The survey was carried out by the Secretariat of the Southern African "
        "Development Community between January and March 2025 and covered nine States "
        "of the subregion."
    ),
    "3": (
        "Figures provided by the national prison service as at 31 December 2024, "
        "calculated on the basis of the official capacity of the prisons."
    ),
}

# Body items:
#   ("h1", label, text), ("h2", label, text)  headings
#   ("p", number, text)        numbered paragraph
#   ("sub", letter, text)      lettered sub-item of the preceding paragraph
#   ("subsub", roman, text)    nested sub-item of the preceding lettered sub-item
#   ("line", label, text)      an agenda or officer line inside the preceding paragraph
#   ("annex", title, subtitle) annex heading on a new page
#   ("table", rows)            two-column table
# A footnote mark is written "{n}" right after the word that carries it.
BODY: list[tuple] = [
    ("h1", "I.", "Recommendations"),
    (
        "p",
        "1",
        "The Southern Africa Subregional Workshop on Protecting Communities from "
        "Organized Crime and Violence, held in preparation for the Fifteenth United "
        "Nations Congress on Crime Prevention and Criminal Justice, adopted the "
        "following recommendations for the consideration of the Congress. The "
        "recommendations build on the commitments made by Member States in the Kyoto "
        "Declaration on Advancing Crime Prevention, Criminal Justice and the Rule of "
        "Law: Towards the Achievement of the 2030 Agenda for Sustainable Development,{1} "
        "and take into account the particular circumstances of the States of the "
        "subregion, including their long land borders and their largely cash-based "
        "economies.",
    ),
    ("p", "2", "On wildlife and timber trafficking, the workshop recommended that Member States:"),
    (
        "sub",
        "a",
        "Treat wildlife and timber trafficking as serious crime, punishable by a maximum "
        "deprivation of liberty of at least four years, so that the United Nations "
        "Convention against Transnational Organized Crime can be applied to it;",
    ),
    (
        "sub",
        "b",
        "Establish multi-agency task forces at border crossings, ports and airports, "
        "bringing together police, customs, wildlife authorities and forestry services;",
    ),
    (
        "sub",
        "c",
        "Conduct financial investigations and seek the confiscation of proceeds in every "
        "major case of wildlife or timber trafficking.",
    ),
    ("p", "3", "On gender-based violence, the workshop recommended that Member States:"),
    (
        "sub",
        "a",
        "Establish specialized courts or court sections for cases of gender-based "
        "violence, staffed by trained magistrates and prosecutors;",
    ),
    (
        "sub",
        "b",
        "Ensure that survivors have access to support services, in particular by:",
    ),
    (
        "subsub",
        "i",
        "Opening one-stop centres in district hospitals that offer medical care, "
        "counselling and assistance in reporting the offence to the police;",
    ),
    (
        "subsub",
        "ii",
        "Providing free legal aid to survivors throughout criminal proceedings;",
    ),
    (
        "subsub",
        "iii",
        "Allowing child survivors to testify by video link or from behind a screen;",
    ),
    (
        "sub",
        "c",
        "Address harmful practices, including child marriage, in cooperation with "
        "traditional and religious leaders.",
    ),
    (
        "p",
        "4",
        "On prison overcrowding, the workshop recommended that Member States make "
        "greater use of non-custodial measures, review the cases of pretrial detainees at "
        "regular intervals and ensure that no person is held in pretrial detention for "
        "longer than the maximum sentence for the offence of which he or she is accused.",
    ),
    (
        "p",
        "5",
        "On cash-based money laundering and cross-border firearms trafficking, the "
        "workshop recommended that Member States:",
    ),
    (
        "sub",
        "a",
        "Harmonize across the subregion the threshold above which travellers must declare "
        "cash and bearer negotiable instruments at borders;",
    ),
    (
        "sub",
        "b",
        "Require dealers in precious metals, precious stones and motor vehicles to report "
        "cash transactions above a set amount to the financial intelligence unit;",
    ),
    (
        "sub",
        "c",
        "Mark all firearms at the time of import and keep national registers of firearms "
        "that can be consulted by the authorities of neighbouring States;",
    ),
    (
        "sub",
        "d",
        "Organize the regular collection and destruction of surplus and illicit "
        "firearms, accompanied by public awareness campaigns.",
    ),
    (
        "p",
        "6",
        "The workshop further recommended that the United Nations Office on Drugs and "
        "Crime (UNODC), in cooperation with the Southern African Development Community "
        "(SADC), support the establishment of a subregional network of prosecutors "
        "specialized in organized crime, and report on its progress to the Congress.",
    ),
    ("h1", "II.", "Organization of the workshop"),
    ("h2", "A.", "Duration and venue"),
    (
        "p",
        "7",
        "The Southern Africa Subregional Workshop on Protecting Communities from "
        "Organized Crime and Violence was held in Maputo from 2 to 4 June 2025. It was "
        "organized by UNODC and hosted by the Government of Mozambique. The workshop held "
        "six sessions.",
    ),
    ("h2", "B.", "Opening of the workshop"),
    (
        "p",
        "8",
        "The workshop was opened by José Matsinhe, National Director of Criminal Policy "
        "at the Ministry of Justice of Mozambique, who welcomed the participants to "
        "Maputo. He recalled that criminal groups in the subregion took advantage of long "
        "and porous land borders and of a coastline that, in the case of Mozambique "
        "alone, extended over some 2,500 kilometres, and he expressed the hope that the "
        "workshop would give the States of the subregion a common voice at the Congress.",
    ),
    (
        "p",
        "9",
        "A statement was made on behalf of UNODC by Ingrid Søndergaard, of the Division "
        "for Treaty Affairs, who noted that the subregional workshops complemented the "
        "regional preparatory meetings for the Congress and allowed practitioners to "
        "exchange concrete experiences. She informed participants that the conclusions of "
        "the workshop would be made available to Member States before the Congress.",
    ),
    ("h2", "C.", "Attendance"),
    (
        "p",
        "10",
        "The workshop was attended by forty-six participants from eleven States of the "
        "subregion: Angola, Botswana, Comoros, Eswatini, Lesotho, Madagascar, Malawi, "
        "Mauritius, Mozambique, Namibia and Zambia. Most participants were police "
        "officers, prosecutors, judges, customs officers and officials of prison services "
        "and of financial intelligence units.",
    ),
    (
        "p",
        "11",
        "The African Union, the International Criminal Police Organization (INTERPOL) and "
        "SADC were represented by observers. The Lusaka Agreement Task Force and a "
        "non-governmental organization, Sisters for Justice Southern Africa, were also "
        "represented. Representatives of the embassies of Seychelles and the United "
        "Republic of Tanzania in Maputo attended the opening session. Some ninety "
        "participants followed the public sessions online, through a platform provided "
        "by the Government of Mozambique, and were able to submit written questions to "
        "the panellists.",
    ),
    ("h2", "D.", "Election of officers"),
    (
        "p",
        "12",
        "At its 1st session, on 2 June 2025, the workshop elected its officers by "
        "acclamation. The following officers were elected:",
    ),
    ("line", "Chair:", "José Matsinhe (Mozambique)"),
    ("line", "Vice-Chairs:", "Aurélie Rakotomalala (Madagascar)"),
    ("line", "", "Thabo Mokhehle (Lesotho)"),
    ("line", "Rapporteur:", "Chloé Ramdin (Mauritius)"),
    ("h2", "E.", "Adoption of the agenda and organization of work"),
    ("p", "13", "The workshop adopted the following agenda:"),
    ("line", "1.", "Opening of the workshop."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    ("line", "4.", "Wildlife and timber trafficking."),
    ("line", "5.", "Gender-based violence and the protection of survivors."),
    ("line", "6.", "Prison overcrowding and alternatives to imprisonment."),
    ("line", "7.", "Cash-based money laundering and cross-border firearms trafficking."),
    ("line", "8.", "Recommendations to the Fifteenth Congress."),
    ("line", "9.", "Adoption of the report."),
    (
        "p",
        "14",
        "The workshop agreed that each substantive item would be introduced by a panel of "
        "two experts and followed by a general discussion, and that working languages "
        "would be English and Portuguese, with interpretation into French provided for "
        "the participants from Comoros and Madagascar.",
    ),
    ("h2", "F.", "Documentation"),
    (
        "p",
        "15",
        "The workshop had before it the documents listed in the annex to the present report.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    ("h2", "A.", "Wildlife and timber trafficking"),
    (
        "p",
        "16",
        "A representative of the Secretariat introduced the item, noting that the "
        "subregion was both a source and a transit area for ivory, rhinoceros horn, "
        "pangolin scales and precious timber such as rosewood. She referred to a survey "
        "of seizures made in the subregion,{2} which found that two thirds of the ivory "
        "seized between 2020 and 2024 had been destined for markets outside Africa, and "
        "that pangolin scales were now the most frequently seized wildlife product.",
    ),
    (
        "p",
        "17",
        "Aurélie Rakotomalala (Madagascar) described the illegal logging of rosewood and "
        "ebony in the protected forests of her country and reported that more than 3,000 "
        "logs had been seized in a single port operation in 2024. She explained that the "
        "logs were often concealed in containers declared as furniture or scrap metal, "
        "that traffickers bribed forestry officials to obtain false permits, and that "
        "the stockpiles of seized timber had themselves become a target for theft.",
    ),
    (
        "p",
        "18",
        "The representative of Mozambique reported that the poaching of elephants in the "
        "north of the country had fallen by about seventy per cent since 2015, thanks to "
        "community game scouts, the deployment of sniffer dogs at Maputo international "
        "airport and the creation of a specialized environmental crime unit within the "
        "national criminal investigation service.",
    ),
    (
        "p",
        "19",
        "The representative of Namibia described a case of rhinoceros horn trafficking in "
        "which a joint investigation with the police of two neighbouring States had led "
        "to the conviction of eleven members of a trafficking network. He stressed the "
        "value of DNA analysis of seized horn, which made it possible to link a seizure "
        "to an individual animal and to the place where it had been killed.",
    ),
    (
        "p",
        "20",
        "The observer for INTERPOL noted that wildlife traffickers increasingly used the "
        "same routes, corrupt officials and money launderers as drug traffickers, and "
        "encouraged States to submit data on seizures to the databases of that "
        "organization. The observer for the Lusaka Agreement Task Force offered to "
        "support joint operations and the training of wildlife officers in crime scene "
        "management.",
    ),
    ("h2", "B.", "Gender-based violence"),
    (
        "p",
        "21",
        "Speakers agreed that gender-based violence was among the most widespread crimes "
        "in the subregion and that it remained largely unreported. Several speakers noted "
        "that survivors were often discouraged by long distances to police stations, by "
        "court fees and by the fear of losing the financial support of the perpetrator.",
    ),
    (
        "p",
        "22",
        "The representative of Botswana presented the results of a national survey "
        "according to which one in three women had experienced physical or sexual "
        "violence by an intimate partner during their lifetime, while fewer than one in "
        "five of them had reported it to the police.",
    ),
    (
        "p",
        "23",
        "The representative of Angola, João Baptista Kiala, described the family and "
        "gender units created in police stations in Luanda, where specially trained "
        "officers received complaints in private rooms. He reported that the number of "
        "cases referred to prosecutors by those units had risen from 1,200 in 2022 to "
        "2,950 in 2024, and noted that a free telephone helpline now operated "
        "twenty-four hours a day in Portuguese and in three national languages.",
    ),
    (
        "p",
        "24",
        "The representative of Eswatini described the specialized court for sexual "
        "offences and domestic violence established in Mbabane, which disposed of cases "
        "within an average of eight months, compared with more than three years before "
        "its creation. Child survivors appearing before that court testified from a "
        "separate room by video link.",
    ),
    (
        "p",
        "25",
        "The representative of Comoros, Saïd Ahmed Mohamed, described mobile courts that "
        "travelled between Grande Comore, Anjouan and Mohéli to hear cases of "
        "gender-based violence, so that survivors on the smaller islands no longer had "
        "to travel to the capital to obtain justice.",
    ),
    (
        "p",
        "26",
        "The observer for Sisters for Justice Southern Africa, Inês Mabunda, drew "
        "attention to the risks faced by women and girls displaced by conflict and by "
        "cyclones, and to the persistence of child marriage in rural areas despite laws "
        "setting the minimum age of marriage at eighteen. She called on States to "
        "protect women human rights defenders and to fund the shelters run by "
        "community organizations.",
    ),
    ("h2", "C.", "Prison overcrowding"),
    (
        "p",
        "27",
        "A representative of the Secretariat noted that the prisons of most States of "
        "the subregion held more prisoners than their official capacity and that "
        "pretrial detainees accounted for a large share of the prison population. Several "
        "speakers noted that the lack of legal aid was a major cause of prolonged "
        "pretrial detention, and that paralegals could help detainees to apply for bail.",
    ),
    (
        "p",
        "28",
        "The representative of Malawi reported that the prisons of his country operated "
        "at almost 200 per cent of their capacity{3} and that nearly a third of the "
        "prisoners were awaiting trial. He described camp courts held inside prisons, at "
        "which magistrates reviewed the cases of pretrial detainees, and said that such "
        "courts had led to the release of more than 900 persons in 2024.",
    ),
    (
        "p",
        "29",
        "The representative of Zambia described a law adopted in 2023 that had "
        "introduced community service orders and suspended sentences for offences "
        "punishable by less than three years of imprisonment, and noted that the courts "
        "had imposed community service in some 4,000 cases since its entry into force.",
    ),
    (
        "p",
        "30",
        "The Rapporteur, speaking as the representative of Mauritius, described the "
        "electronic monitoring of persons released on bail, introduced in 2023, which had "
        "allowed 350 persons to be released from pretrial detention without any of them "
        "absconding. The representative of Lesotho stressed the health risks of "
        "overcrowding, including the spread of tuberculosis, and called for the medical "
        "screening of all prisoners on admission.",
    ),
    ("h2", "D.", "Cash-based money laundering"),
    (
        "p",
        "31",
        "A representative of the Secretariat noted that the economies of the subregion "
        "remained largely cash-based and that criminals used cash to move the proceeds "
        "of crime across borders, to buy cars, cattle and real estate and to pay bribes. "
        "Several speakers expressed concern about the misuse of mobile money accounts "
        "opened in the names of other persons and of informal money transfer systems.",
    ),
    (
        "p",
        "32",
        "The representative of Zambia reported that customs officers at a single border "
        "post had seized the equivalent of 4.2 million United States dollars in "
        "undeclared cash in 2024, much of it concealed in the fuel tanks and spare tyres "
        "of trucks.",
    ),
    (
        "p",
        "33",
        "The observer for SADC noted that the thresholds for the declaration of cash at "
        "borders ranged from the equivalent of 1,000 to 10,000 United States dollars "
        "across the subregion, which encouraged couriers to cross where controls were "
        "weakest. The representative of Mauritius described the obligation of real "
        "estate agents and car dealers to report any cash transaction above 500,000 "
        "rupees to the financial intelligence unit.",
    ),
    ("h2", "E.", "Cross-border firearms trafficking"),
    (
        "p",
        "34",
        "Speakers noted that firearms left over from past conflicts continued to "
        "circulate in the subregion, and that many illicit weapons originated from "
        "thefts from State stockpiles and from private security companies.",
    ),
    (
        "p",
        "35",
        "The representative of Angola reported that more than 14,000 weapons had been "
        "surrendered by civilians and destroyed during a voluntary disarmament campaign "
        "conducted in 2023 and 2024. The representative of Lesotho described the use of "
        "firearms in stock theft along the border of his country and called for joint "
        "patrols with the police of the neighbouring State.",
    ),
    (
        "p",
        "36",
        "The observer for the African Union recalled the Africa Amnesty Month, held "
        "every September, during which civilians could surrender illicit weapons without "
        "being prosecuted, and encouraged States to use it to collect weapons. The "
        "representative of Mozambique proposed the creation of a subregional ballistics "
        "database, so that cartridge cases found at crime scenes in one State could be "
        "compared with those found in another.",
    ),
    ("h1", "IV.", "Adoption of the report"),
    (
        "p",
        "37",
        "At its closing session, on 4 June 2025, the workshop adopted the present report, "
        "as orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "38",
        "In his closing remarks, the Chair thanked the Government of Mozambique for "
        "hosting the workshop and UNODC for organizing it, and expressed the hope that "
        "the recommendations of the workshop would be reflected in the declaration to be "
        "adopted by the Fifteenth Congress.",
    ),
    ("annex", "Annex", "List of documents before the workshop"),
    (
        "table",
        [
            ("Symbol", "Title"),
            ("A/CONF.999/WS.4/L.1", "Provisional agenda and annotations"),
            (
                "A/CONF.999/PM.1",
                "Discussion guide for the Fifteenth United Nations Congress on Crime "
                "Prevention and Criminal Justice",
            ),
            ("A/CONF.999/WS.4/INF/1", "Information for participants"),
            (
                "A/CONF.999/WS.4/CRP.1",
                "Background paper on wildlife and timber trafficking in Southern Africa",
            ),
            (
                "A/CONF.999/WS.4/CRP.2",
                "Note by the Secretariat on pretrial detention and prison overcrowding",
            ),
        ],
    ),
]

LEFT = 22.0  # left margin: headings and paragraph numbers
TEXT_X = 34.0  # paragraph text column (hanging indent)
SUB_LABEL_X = 34.0  # "(a)" labels
SUB_TEXT_X = 44.0  # sub-item text column
SUBSUB_LABEL_X = 44.0  # "(i)" labels
SUBSUB_TEXT_X = 54.0  # nested sub-item text column
LINE_LABEL_X = 44.0  # agenda numbers / officer titles
LINE_TEXT_X_AGENDA = 52.0
LINE_TEXT_X_OFFICER = 70.0
RIGHT = 170.0  # right edge of the text block
TOP_BODY = 30.0  # first baseline on pages 2+
BOTTOM = 266.0  # last body baseline allowed
FONT_SIZE = 10.0
LEAD = 4.75  # line height in mm
PARA_GAP = 2.2
FN_SIZE = 8.0
FN_LEAD = 3.5
FN_LAST = 269.0  # last footnote baseline


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_split_mark = _un_pdf.split_mark
_word_width = _un_pdf.word_width
_wrap = _un_pdf.wrap
_draw_line = _un_pdf.draw_line


def _front_page(pdf: UNReport) -> float:
    return _un_pdf.front_page(
        pdf,
        disclaimer=DISCLAIMER,
        organ=CONGRESS,
        issue_date=ISSUE_DATE,
        title=TITLE,
        place_dates=PLACE_DATES,
        text_x=TEXT_X,
    )


class Layout:
    def __init__(self, pdf: UNReport) -> None:
        self.pdf = pdf
        self.page_fns: list[str] = []
        self.pages_of: dict[str, list[int]] = {}

    def fn_block_height(self, ids: list[str]) -> float:
        if not ids:
            return 0.0
        pdf = self.pdf
        pdf.set_font("Serif", "", FN_SIZE)
        n = sum(len(_wrap(pdf, FOOTNOTES[i], RIGHT - TEXT_X)) for i in ids)
        pdf.set_font("Serif", "", FONT_SIZE)
        return 4.0 + n * FN_LEAD

    def limit(self, extra_ids: list[str] | None = None) -> float:
        ids = self.page_fns + (extra_ids or [])
        h = self.fn_block_height(ids)
        return BOTTOM - h if h else BOTTOM

    def flush_footnotes(self) -> None:
        if not self.page_fns:
            return
        pdf = self.pdf
        h = self.fn_block_height(self.page_fns)
        top = FN_LAST - h + FN_LEAD + 0.5
        pdf.set_line_width(0.25)
        pdf.line(TEXT_X, top - 3.2, TEXT_X + 40.0, top - 3.2)
        y = top
        for i in self.page_fns:
            pdf.set_font("Serif", "", FN_SIZE * 0.7)
            pdf.text(TEXT_X - 2.5 - pdf.get_string_width(i), y - 1.0, i)
            pdf.set_font("Serif", "", FN_SIZE)
            for words, justify in _wrap(pdf, FOOTNOTES[i], RIGHT - TEXT_X):
                _draw_line(pdf, TEXT_X, y, RIGHT - TEXT_X, words, justify)
                y += FN_LEAD
        self.page_fns = []
        pdf.set_font("Serif", "", FONT_SIZE)

    def new_page(self) -> float:
        self.flush_footnotes()
        self.pdf.add_page()
        return TOP_BODY


def render(total_pages: int) -> tuple[UNReport, dict[str, list[int]]]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 6, 12), FONTS, total_pages
    )
    pdf.add_page()
    lay = Layout(pdf)
    y = _front_page(pdf)

    last_para = ""
    last_sub = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            _, label, text = item
            need = 6.0 + 3 * LEAD  # keep a heading with the start of the next paragraph
            if y + need > lay.limit():
                y = lay.new_page()
            y += 2.5 if kind == "h1" else 1.0
            pdf.set_font("Serif", "B", 11 if kind == "h1" else 10)
            pdf.text(LEFT, y, label)
            pdf.text(TEXT_X, y, text)
            y += LEAD + (2.0 if kind == "h1" else 1.2)
            continue
        if kind == "annex":
            _, title, subtitle = item
            y = lay.new_page()
            pdf.set_font("Serif", "B", 12)
            pdf.text(LEFT, y + 2.0, title)
            pdf.set_font("Serif", "B", 11)
            pdf.text(TEXT_X, y + 12.0, subtitle)
            y += 22.0
            continue
        if kind == "table":
            rows = item[1]
            col2 = TEXT_X + 48.0
            pdf.set_line_width(0.25)
            for r, (sym, title) in enumerate(rows):
                if r == 0:
                    pdf.set_font("Serif", "I", 9)
                    pdf.line(TEXT_X, y - 4.5, RIGHT, y - 4.5)
                    pdf.text(TEXT_X, y, sym)
                    pdf.text(col2, y, title)
                    pdf.line(TEXT_X, y + 2.0, RIGHT, y + 2.0)
                    y += 7.0
                    continue
                pdf.set_font("Serif", "", 10)
                pdf.text(TEXT_X, y, sym)
                for words, _ in _wrap(pdf, title, RIGHT - col2):
                    pdf.text(col2, y, " ".join(words))
                    y += LEAD
                y += 1.5
            pdf.line(TEXT_X, y - 3.0, RIGHT, y - 3.0)
            continue

        _, num, text = item
        pdf.set_font("Serif", "", FONT_SIZE)
        if kind == "p":
            unit, label, lx, tx = num, num + ".", LEFT, TEXT_X
            last_para, last_sub = num, ""
        elif kind == "sub":
            unit, label, lx, tx = f"{last_para}({num})", f"({num})", SUB_LABEL_X, SUB_TEXT_X
            last_sub = num
        elif kind == "subsub":
            unit = f"{last_para}({last_sub})({num})"
            label, lx, tx = f"({num})", SUBSUB_LABEL_X, SUBSUB_TEXT_X
        else:  # "line": agenda or officer line inside the last paragraph
            unit = last_para
            is_agenda = num[:1].isdigit()
            tx = LINE_TEXT_X_AGENDA if is_agenda else LINE_TEXT_X_OFFICER
            if y > lay.limit():
                y = lay.new_page()
            if num:
                pdf.text(LINE_LABEL_X, y, num)
            pdf.text(tx, y, text)
            y += LEAD
            continue
        lines = _wrap(pdf, text, RIGHT - tx)
        # no single first line stranded at the foot of a page
        if len(lines) > 1 and y + LEAD > lay.limit():
            y = lay.new_page()
        if y > lay.limit():
            y = lay.new_page()
        first = True
        for words, justify in lines:
            # a line carrying a footnote mark needs room for the footnote on its page
            marks = [m for w in words for m in [_split_mark(w)[1]] if m]
            if y > lay.limit(marks):
                y = lay.new_page()
            if first:
                pdf.text(lx, y, label)
                first = False
            lay.page_fns.extend(marks)
            lay.pages_of.setdefault(unit, [])
            if pdf.page_no() not in lay.pages_of[unit]:
                lay.pages_of[unit].append(pdf.page_no())
            _draw_line(pdf, tx, y, RIGHT - tx, words, justify)
            y += LEAD
        y += PARA_GAP
    lay.flush_footnotes()
    return pdf, lay.pages_of


def build(out: Path = OUT) -> dict[str, object]:
    total, pages_of = _un_pdf.build_twice(render, out)
    last_on: dict[int, str] = {}
    for u, p in pages_of.items():
        for n in p:
            last_on[n] = u
    return {
        "pages": total,
        "split": {u: p for u, p in pages_of.items() if len(p) > 1},
        "last_unit_on_page": last_on,
    }


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    info = build(target)
    print(f"wrote {target}: {info}")
