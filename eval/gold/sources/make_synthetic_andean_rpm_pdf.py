"""Generate the synthetic test PDF eval/gold/docs/synthetic-andean-rpm.pdf.

SYNTHETIC TEST DOCUMENT: a fictional report of an Andean subregional preparatory
meeting for the Fifteenth United Nations Congress on Crime Prevention and Criminal
Justice, laid out like a United Nations ODS PDF report: masthead with the symbol,
distribution block and job number; running headers with the symbol and footers with
"n/N" page numbers and the job number, alternating left/right; paragraph numbers in
their own left column with the text in a hanging indent; lettered sub-items with one
nested level; agenda and officer lines inside the paragraph that introduces them;
paragraphs that continue on the next page. Names with accents are written with a
TrueType font (Liberation Serif). It is not a United Nations document.

No word is hyphenated at a line end (lines break at spaces only).

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_andean_rpm_pdf.py
The output is deterministic (fixed creation date, no randomness).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import _un_pdf
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-andean-rpm.pdf"

FONTS = _un_pdf.liberation(italic=False)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "A/CONF.999/RPM.12/1"
ISSUE_DATE = "7 April 2025"
JOB_NUMBER = "V.25-04417"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Andean Subregional Preparatory Meeting for the Fifteenth United "
    "Nations Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Lima, 24\u201326 March 2025"

# Body items:
#   ("h1", label, text), ("h2", label, text)  headings
#   ("p", number, text)        numbered paragraph
#   ("sub", letter, text)      lettered sub-item of the preceding paragraph
#   ("subsub", roman, text)    nested sub-item of the preceding lettered sub-item
#   ("line", label, text)      an agenda or officer line inside the preceding paragraph
BODY: list[tuple[str, str, str]] = [
    ("h1", "I.", "Organization of the meeting"),
    ("h2", "A.", "Duration and venue"),
    (
        "p",
        "1",
        "The Andean Subregional Preparatory Meeting for the Fifteenth United Nations "
        "Congress on Crime Prevention and Criminal Justice was held in Lima from 24 to 26 "
        "March 2025. The meeting was organized by the United Nations Office on Drugs and "
        "Crime (UNODC), acting as the secretariat of the Congress, and hosted by the "
        "Government of Peru. It held five plenary sessions.",
    ),
    ("h2", "B.", "Opening of the meeting"),
    (
        "p",
        "2",
        "The meeting was opened by Mart\u00edn Quispe Huam\u00e1n, Minister of Justice "
        "and Human Rights of Peru, who welcomed the participants to Lima. He recalled "
        "that the Andean countries shared not only mountain ranges and river basins but "
        "also criminal economies that ignored borders, and noted that in several "
        "provinces of the Amazon basin illegal gold mining now generated more income for "
        "criminal groups than drug trafficking. He expressed the hope that the meeting "
        "would give the subregion a common voice at the Congress.",
    ),
    (
        "p",
        "3",
        "Bego\u00f1a Ib\u00e1\u00f1ez, Representative of the UNODC Regional Office for "
        "the Andean Region and the Southern Cone, made a statement on behalf of the "
        "Executive Director of UNODC. She noted that the subregion produced almost all of "
        "the cocaine consumed in the world and that the same criminal groups were "
        "increasingly diversifying into illegal mining, migrant smuggling and extortion. "
        "She underlined that the regional preparatory meetings were the main channel "
        "through which the priorities of Member States reached the Congress.",
    ),
    (
        "p",
        "4",
        "Jo\u00e3o Ara\u00fajo, Executive Secretary of the Fifteenth Congress, presented "
        "the main theme and the substantive agenda items of the Congress and explained "
        "that the recommendations of all the regional preparatory meetings would be "
        "summarized in a report submitted to the Congress. He informed participants that "
        "delegations could submit written comments on the discussion guide until 30 April "
        "2025.",
    ),
    ("h2", "C.", "Attendance"),
    (
        "p",
        "5",
        "The meeting was attended by fifty-two participants from seven States: Bolivia "
        "(Plurinational State of), Brazil, Chile, Colombia, Ecuador, Panama and Peru. The "
        "delegations included officials of ministries of justice and of the interior, "
        "police officers, prosecutors, judges and officials of prison administrations, "
        "financial intelligence units and environmental authorities.",
    ),
    (
        "p",
        "6",
        "The General Secretariat of the Andean Community, the Organization of American "
        "States, the International Criminal Police Organization (INTERPOL) and the "
        "International Organization for Migration (IOM) were represented by observers. A "
        "non-governmental organization, Red Andina de Mujeres por la Justicia, and the "
        "Pontificia Universidad Cat\u00f3lica del Per\u00fa were also represented.",
    ),
    ("h2", "D.", "Election of officers"),
    (
        "p",
        "7",
        "At its 1st session, on 24 March 2025, the meeting elected its officers by "
        "acclamation. The following officers were elected:",
    ),
    ("line", "Chair:", "Mart\u00edn Quispe Huam\u00e1n (Peru)"),
    ("line", "Vice-Chairs:", "Ximena Restrepo \u00c1vila (Colombia)"),
    ("line", "", "Andr\u00e9s C\u00e1rdenas N\u00fa\u00f1ez (Ecuador)"),
    ("line", "Rapporteur:", "Ana Luc\u00eda Mamani Choque (Bolivia (Plurinational State of))"),
    ("h2", "E.", "Adoption of the agenda and organization of work"),
    ("p", "8", "At the same session, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    ("line", "4.", "Illegal gold mining and the trafficking of mercury."),
    ("line", "5.", "Cocaine production and the diversion of precursor chemicals."),
    ("line", "6.", "Prison overcrowding and the control of prisons by criminal groups."),
    ("line", "7.", "Violence against women and femicide."),
    ("line", "8.", "Smuggling of migrants, including through the Dari\u00e9n region."),
    ("line", "9.", "Recommendations to the Fifteenth Congress."),
    ("line", "10.", "Adoption of the report."),
    (
        "p",
        "9",
        "The meeting agreed that its working language would be Spanish, with "
        "interpretation into English and Portuguese, and that each substantive item "
        "would be introduced by a representative of the Secretariat and followed by a "
        "general discussion. The meeting had before it the discussion guide for the "
        "Fifteenth Congress (A/CONF.999/PM.1) and a background note by the Secretariat on "
        "organized crime in the Andean subregion (A/CONF.999/RPM.12/CRP.1).",
    ),
    ("h1", "II.", "Summary of deliberations"),
    ("h2", "A.", "Illegal gold mining and the trafficking of mercury"),
    (
        "p",
        "10",
        "A representative of the Secretariat introduced the item, noting that the high "
        "price of gold had fuelled a rapid expansion of illegal mining in the Amazon basin "
        "and along the Pacific coast. Illegally extracted gold was mixed with legal "
        "production, sold to trading companies and exported to refineries abroad, which "
        "had made gold one of the main channels for laundering the proceeds of crime in "
        "the subregion. Illegal miners used mercury to separate the gold from river "
        "sediment and released it into rivers, with serious consequences for the health "
        "of indigenous communities living downstream.",
    ),
    (
        "p",
        "11",
        "The representative of Peru reported that illegal mining had destroyed more than "
        "four thousand hectares of forest in the region of Madre de Dios in 2024 alone. He "
        "described a joint operation of the national police, the armed forces and "
        "environmental prosecutors that had destroyed 120 dredges on the rivers of that "
        "region in a single month, but noted that new dredges appeared within weeks, "
        "because the groups financing them made large profits and could easily replace "
        "the equipment.",
    ),
    (
        "p",
        "12",
        "The representative of Colombia stated that some seventy per cent of the "
        "alluvial gold extracted in her country came from operations without an "
        "environmental licence or a mining title, and that armed groups collected a levy "
        "on every excavator working in the areas under their control. She explained that "
        "the national financial intelligence unit had identified 37 gold trading "
        "companies whose exports far exceeded the production of the mines from which they "
        "claimed to buy.",
    ),
    (
        "p",
        "13",
        "The Rapporteur, speaking as the representative of the Plurinational State of "
        "Bolivia, reported that her country had introduced in 2024 an electronic register "
        "of all importers and sellers of mercury, and that the quantity of mercury "
        "declared at import had fallen by almost half in the first year. She noted, "
        "however, that mercury continued to enter the country through informal border "
        "crossings, hidden among food products and construction materials.",
    ),
    (
        "p",
        "14",
        "The representative of Ecuador described the contamination of rivers in the "
        "province of Zamora Chinchipe, where tests carried out in 2024 had found levels of "
        "mercury above international limits in fish eaten by local communities. He added "
        "that criminal groups extorted small-scale miners and the owners of legal mines "
        "alike, and that several mining engineers who had refused to pay had been "
        "murdered.",
    ),
    (
        "p",
        "15",
        "The observer for the General Secretariat of the Andean Community recalled that "
        "the Andean Community had adopted a common policy against illegal mining in 2012, "
        "and proposed that its member countries exchange information on seizures of "
        "dredges, machinery and mercury through a shared database. The observer for "
        "INTERPOL described an operation coordinated in five countries in 2024 that had "
        "led to the arrest of more than 200 persons and the seizure of gold, mercury and "
        "heavy machinery, and encouraged States to report such seizures to the databases "
        "of that organization.",
    ),
    ("h2", "B.", "Cocaine production and the diversion of precursor chemicals"),
    (
        "p",
        "16",
        "A representative of the Secretariat noted that coca bush cultivation and "
        "cocaine production in the subregion had reached record levels, and that "
        "traffickers had adopted more efficient methods of extraction that required "
        "larger quantities of chemicals. Most of the precursor chemicals used, such as "
        "potassium permanganate, sulphuric acid and solvents, were lawfully manufactured "
        "or imported and then diverted from legitimate trade. Seizures of cocaine in the "
        "ports of the subregion had risen every year since 2019.",
    ),
    (
        "p",
        "17",
        "The representative of Colombia reported that the national police had "
        "dismantled more than 3,600 clandestine laboratories in 2024, some 300 of which "
        "produced cocaine hydrochloride. She noted that laboratories were increasingly "
        "located close to borders and rivers, so that chemicals could be brought in and "
        "cocaine taken out without passing through official checkpoints.",
    ),
    (
        "p",
        "18",
        "The representative of Peru described alternative development programmes in the "
        "valley of the Apur\u00edmac, Ene and Mantaro rivers, where more than 9,000 "
        "families had replaced coca with coffee and cacao. He stressed that such "
        "programmes succeeded only when farmers had roads to bring their produce to "
        "market and secure titles to their land.",
    ),
    (
        "p",
        "19",
        "The representative of the Plurinational State of Bolivia described a system of "
        "quotas and licences under which every company importing, producing or selling "
        "controlled chemical substances had to declare each transaction online. The "
        "system had allowed the authorities to suspend the licences of 46 companies in "
        "2024, most of them for selling solvents to buyers who could not be traced.",
    ),
    (
        "p",
        "20",
        "The representative of Chile noted that the ports of his country were "
        "increasingly used as exit points for cocaine bound for Europe and Oceania, "
        "concealed in containers of fruit and other perishable goods, and that the "
        "authorities could physically inspect only about 3 per cent of the containers "
        "leaving the country. The representative of Brazil described the transport of "
        "cocaine along the rivers of the Amazon basin towards the Atlantic ports, and "
        "called for joint river patrols in the border area shared by Brazil, Colombia and "
        "Peru.",
    ),
    ("h2", "C.", "Prison overcrowding and the control of prisons by criminal groups"),
    (
        "p",
        "21",
        "A representative of the Secretariat noted that the prison population of the "
        "subregion had more than doubled since 2000, and that overcrowding, the lack of "
        "separation between categories of prisoners and the corruption of prison staff "
        "had allowed criminal groups to take control of entire prisons, from which they "
        "directed extortion, drug trafficking and killings outside the walls.",
    ),
    (
        "p",
        "22",
        "The representative of Ecuador reported that clashes between rival gangs inside "
        "prisons had left more than 400 prisoners dead between 2020 and 2023. He described "
        "the state of emergency declared in the prison system and the deployment of the "
        "armed forces to regain control of the largest prisons, and stressed that control "
        "would now have to be handed over to a professional civilian prison service.",
    ),
    (
        "p",
        "23",
        "The representative of Peru stated that the prisons of her country held some "
        "98,000 persons in facilities designed for fewer than 41,000, and that more than "
        "a third of the prisoners had not been convicted. She described the construction "
        "of two new prisons in the Amazon region and the transfer of gang leaders to a "
        "high-security facility in the Andes.",
    ),
    (
        "p",
        "24",
        "The representative of Colombia described a pilot project under which "
        "signal-blocking equipment had been installed and calls monitored in a "
        "high-security prison. In nine months, the number of extortion complaints traced "
        "to calls made from that prison had fallen by half. He noted that extortion by "
        "telephone from prisons mostly affected small shopkeepers, bus and taxi drivers "
        "and their families.",
    ),
    (
        "p",
        "25",
        "The representative of Chile described a new high-security prison in which "
        "members of criminal organizations were held separately from other prisoners. The "
        "representative of the Plurinational State of Bolivia noted that persons in "
        "pretrial detention accounted for some sixty-three per cent of the prison "
        "population of his country, and described the work of judges who visited prisons "
        "to review the cases of pretrial detainees.",
    ),
    (
        "p",
        "26",
        "The observer for the Organization of American States recalled the Principles "
        "and Best Practices on the Protection of Persons Deprived of Liberty in the "
        "Americas, and stressed that a State remained responsible for the life and "
        "safety of every prisoner even where a criminal group had taken control of a "
        "prison.",
    ),
    ("h2", "D.", "Violence against women and femicide"),
    (
        "p",
        "27",
        "Speakers agreed that violence against women remained widespread in the "
        "subregion and that femicide, the killing of women because they are women, was "
        "its most extreme form. Several speakers noted that many of the women killed had "
        "previously reported violence to the authorities without receiving effective "
        "protection, and that impunity for such crimes encouraged further violence.",
    ),
    (
        "p",
        "28",
        "The representative of Peru reported that 147 femicides had been recorded in her "
        "country in 2024, and described the women's emergency centres, several of them "
        "located inside police stations, that were open around the clock and offered "
        "legal, psychological and social assistance in one place. She noted that most of "
        "the victims had been killed by a current or former partner.",
    ),
    (
        "p",
        "29",
        "The representative of the Plurinational State of Bolivia stated that nearly a "
        "third of the women killed in 2024 had previously reported the aggressor to the "
        "police or a prosecutor, and that protection orders were often issued late or not "
        "enforced. He described the specialized prosecutors for gender-based violence "
        "established in every department of the country.",
    ),
    (
        "p",
        "30",
        "The representative of Chile described the electronic monitoring of aggressors "
        "subject to restraining orders, under which the victim received an alert on her "
        "mobile telephone whenever the aggressor came within a set distance of her.",
    ),
    (
        "p",
        "31",
        "The observer for Red Andina de Mujeres por la Justicia, Yolanda Ticona "
        "\u00d1aupari, drew attention to the obstacles faced by indigenous and rural "
        "women, who often lived hours away from the nearest police station or court and "
        "could not file complaints in their own language. She called on States to provide "
        "interpreters of Quechua, Aymara and other indigenous languages in police "
        "stations and courts.",
    ),
    ("h2", "E.", "Smuggling of migrants through the Dari\u00e9n region"),
    (
        "p",
        "32",
        "The representative of Panama reported that more than 500,000 persons had crossed "
        "the Dari\u00e9n jungle on foot from Colombia into Panama in 2023, and that one in "
        "five of them was a child. Although the number of crossings had fallen sharply "
        "since the second half of 2024, smugglers continued to charge migrants for each "
        "stage of the journey and to abandon those who could not pay. He described the "
        "reception stations at which migrants received medical care and were registered "
        "after leaving the jungle.",
    ),
    (
        "p",
        "33",
        "The representative of Colombia explained that the departure points on the "
        "Caribbean coast of the Urab\u00e1 region were controlled by an armed group that "
        "collected a payment from every migrant and every boat operator. She reported that "
        "a joint investigation with Panama had led in 2024 to the arrest of 19 members of "
        "a network that had smuggled thousands of migrants and laundered the proceeds "
        "through exchange houses.",
    ),
    (
        "p",
        "34",
        "The observer for IOM noted that migrants crossing the Dari\u00e9n were exposed "
        "to robbery, sexual violence and death from drowning and disease, and that crimes "
        "committed against them were rarely reported, because migrants feared deportation "
        "or could not interrupt their journey. The observer encouraged States to allow "
        "migrants to report crimes without this affecting their immigration status.",
    ),
    (
        "p",
        "35",
        "The representative of Ecuador noted that smugglers increasingly advertised their "
        "services on social media and messaging applications, offering packages that "
        "included transport, false documents and accommodation, and called on technology "
        "companies to remove such advertisements more rapidly.",
    ),
    ("h1", "III.", "Recommendations"),
    (
        "p",
        "36",
        "The meeting adopted the following recommendations for the consideration of the "
        "Fifteenth Congress. Member States should:",
    ),
    (
        "sub",
        "a",
        "Treat illegal mining and the trafficking of gold and mercury as serious crimes "
        "and strengthen the traceability of gold from the mine to the point of export, in "
        "particular by:",
    ),
    (
        "subsub",
        "i",
        "Requiring traders, exporters and refiners to document the mine of origin of "
        "every consignment of gold;",
    ),
    (
        "subsub",
        "ii",
        "Keeping electronic registers of all importers, sellers and users of mercury;",
    ),
    (
        "subsub",
        "iii",
        "Conducting financial investigations into gold trading companies whose exports "
        "exceed the production they can document;",
    ),
    (
        "sub",
        "b",
        "Strengthen the control of precursor chemicals, including through the exchange "
        "of pre-export notifications and of information on suspicious shipments with the "
        "countries of origin and transit;",
    ),
    (
        "sub",
        "c",
        "Sustain alternative development programmes that give coca farmers access to "
        "roads, markets and secure land titles;",
    ),
    (
        "sub",
        "d",
        "Regain and keep control of prisons through a professional civilian prison "
        "service, in particular by:",
    ),
    (
        "subsub",
        "i",
        "Holding members of criminal organizations separately from other prisoners;",
    ),
    (
        "subsub",
        "ii",
        "Blocking unauthorized mobile telephone communications from prisons;",
    ),
    (
        "subsub",
        "iii",
        "Protecting prison staff and their families from threats and preventing the "
        "corruption of staff;",
    ),
    (
        "sub",
        "e",
        "Reduce prison overcrowding by limiting the use of pretrial detention and making "
        "greater use of non-custodial measures;",
    ),
    (
        "sub",
        "f",
        "Ensure that protection orders for women at risk of violence are issued and "
        "enforced within twenty-four hours, and that specialized prosecutors investigate "
        "every femicide;",
    ),
    (
        "sub",
        "g",
        "Provide interpretation into indigenous languages in police stations, "
        "prosecution offices and courts;",
    ),
    (
        "sub",
        "h",
        "Set up joint investigation teams with the countries of origin, transit and "
        "destination to dismantle migrant smuggling networks, and allow smuggled migrants "
        "to report crimes committed against them without this affecting their "
        "immigration status.",
    ),
    (
        "p",
        "37",
        "The meeting further recommended that UNODC, in cooperation with the General "
        "Secretariat of the Andean Community and IOM, support the establishment of a "
        "subregional network of prosecutors specialized in environmental crime and in "
        "the smuggling of migrants, and report on its progress to the Congress.",
    ),
    ("h1", "IV.", "Adoption of the report"),
    (
        "p",
        "38",
        "At its closing session, on 26 March 2025, the meeting adopted the present "
        "report, as orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "39",
        "In his closing remarks, the Chair thanked the delegations for their "
        "contributions and UNODC for organizing the meeting, and expressed the hope that "
        "the recommendations of the meeting would be reflected in the declaration to be "
        "adopted by the Fifteenth Congress.",
    ),
]

LEFT = 20.0  # left margin: headings and paragraph numbers
TEXT_X = 31.0  # paragraph text column (hanging indent)
SUB_LABEL_X = 31.0  # "(a)" labels
SUB_TEXT_X = 40.0  # sub-item text column
SUBSUB_LABEL_X = 40.0  # "(i)" labels
SUBSUB_TEXT_X = 50.0  # nested sub-item text column
LINE_LABEL_X = 40.0  # agenda numbers / officer titles
LINE_TEXT_X_AGENDA = 48.0
LINE_TEXT_X_OFFICER = 64.0
RIGHT = 190.0  # right edge of the text block
TOP_BODY = 27.0  # first baseline on pages 2+
BOTTOM = 273.0  # last body baseline allowed
FONT_SIZE = 9.0
LEAD = 3.9  # line height in mm
PARA_GAP = 1.5


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "B", 8.5)
        w = self.get_string_width(SYMBOL)
        x = LEFT if self.page_no() % 2 == 0 else RIGHT - w
        self.text(x, 15.0, SYMBOL)
        self.set_line_width(0.25)
        self.line(LEFT, 17.0, RIGHT, 17.0)

    def footer(self) -> None:
        if self.page_no() == 1:
            self.set_font("Serif", "", 8)
            self.text(LEFT, 285.0, f"{JOB_NUMBER} (E)")
            return
        self.set_line_width(0.25)
        self.line(LEFT, 278.0, RIGHT, 278.0)
        label = f"{self.page_no()}/{self.total_pages}"
        self.set_font("Serif", "B", 8.5)
        wl = self.get_string_width(label)
        self.set_font("Serif", "", 8)
        wj = self.get_string_width(JOB_NUMBER)
        if self.page_no() % 2 == 0:
            self.set_font("Serif", "B", 8.5)
            self.text(LEFT, 283.0, label)
            self.set_font("Serif", "", 8)
            self.text(RIGHT - wj, 283.0, JOB_NUMBER)
        else:
            self.set_font("Serif", "", 8)
            self.text(LEFT, 283.0, JOB_NUMBER)
            self.set_font("Serif", "B", 8.5)
            self.text(RIGHT - wl, 283.0, label)


def _wrap(pdf: FPDF, text: str, width: float) -> list[tuple[list[str], bool]]:
    """Greedy line breaking at spaces only; returns (words, justify) per line."""
    space = pdf.get_string_width(" ")
    lines: list[tuple[list[str], bool]] = []
    cur: list[str] = []
    cur_w = 0.0
    for word in text.split():
        ww = pdf.get_string_width(word)
        need = ww if not cur else cur_w + space + ww
        if need <= width or not cur:
            cur.append(word)
            cur_w = need
        else:
            lines.append((cur, True))
            cur, cur_w = [word], ww
    if cur:
        lines.append((cur, False))
    return lines


def _draw_line(
    pdf: FPDF, x: float, y: float, width: float, words: list[str], justify: bool
) -> None:
    space = pdf.get_string_width(" ")
    natural = sum(pdf.get_string_width(w) for w in words) + space * (len(words) - 1)
    extra = 0.0
    if justify and len(words) > 1:
        extra = (width - natural) / (len(words) - 1)
    cx = x
    for k, w in enumerate(words):
        last = k == len(words) - 1
        pdf.text(cx, y, w + ("" if last else " "))
        cx += pdf.get_string_width(w) + space + extra


def _front_page(pdf: UNReport) -> float:
    pdf.set_font("SansB", "", 7.5)
    pdf.text(LEFT, 11.0, DISCLAIMER)
    # Masthead: "United Nations" at the left, the symbol at the right, same line.
    pdf.set_font("SansB", "", 11)
    pdf.text(LEFT, 24.0, "United Nations")
    pdf.set_font("SansB", "", 15)
    pdf.text(RIGHT - pdf.get_string_width(SYMBOL), 24.0, SYMBOL)
    pdf.set_line_width(0.9)
    pdf.line(LEFT, 26.5, RIGHT, 26.5)
    # Congress name (as the organ line) at the left, distribution block at the right.
    pdf.set_font("SansB", "", 13)
    for k, line in enumerate(CONGRESS):
        pdf.text(LEFT + 16.0, 35.0 + k * 6.0, line)
    pdf.set_font("Serif", "", 10)
    for k, line in enumerate(["Distr.: General", ISSUE_DATE, "", "Original: Spanish"]):
        if line:
            pdf.text(150.0, 33.0 + k * 4.4, line)
    pdf.set_line_width(0.9)
    pdf.line(LEFT, 52.0, RIGHT, 52.0)
    # Title block, then place and dates.
    pdf.set_font("Serif", "B", 13)
    y = 62.0
    for words, _ in _wrap(pdf, TITLE, 135.0):
        pdf.text(TEXT_X, y, " ".join(words))
        y += 5.8
    pdf.set_font("Serif", "", 10)
    pdf.text(TEXT_X, y + 1.5, PLACE_DATES)
    return y + 12.0


def render(total_pages: int) -> tuple[UNReport, dict[str, list[tuple[int, str]]]]:
    """Lay the report out; returns the PDF and, per unit, its (page, line) pairs."""
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 4, 7), FONTS, total_pages
    )
    pdf.add_page()
    y = _front_page(pdf)
    lines_of: dict[str, list[tuple[int, str]]] = {}

    def new_page() -> float:
        pdf.add_page()
        return TOP_BODY

    last_para = ""
    last_sub = ""
    for kind, num, text in BODY:
        if kind in ("h1", "h2"):
            need = 6.0 + 3 * LEAD  # keep a heading with the start of the next paragraph
            if y + need > BOTTOM:
                y = new_page()
            y += 2.2 if kind == "h1" else 0.8
            pdf.set_font("Serif", "B", 10.5 if kind == "h1" else 9.5)
            pdf.text(LEFT, y, num)
            pdf.text(TEXT_X, y, text)
            y += LEAD + (1.8 if kind == "h1" else 1.0)
            continue
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
            if y > BOTTOM:
                y = new_page()
            if num:
                pdf.text(LINE_LABEL_X, y, num)
            pdf.text(tx, y, text)
            lines_of.setdefault(unit, []).append((pdf.page_no(), f"{num} {text}".strip()))
            y += LEAD
            continue
        lines = _wrap(pdf, text, RIGHT - tx)
        # no single first line stranded at the foot of a page
        if len(lines) > 1 and y + LEAD > BOTTOM:
            y = new_page()
        if y > BOTTOM:
            y = new_page()
        first = True
        for words, justify in lines:
            if y > BOTTOM:
                y = new_page()
            if first:
                pdf.text(lx, y, label)
                first = False
            lines_of.setdefault(unit, []).append((pdf.page_no(), " ".join(words)))
            _draw_line(pdf, tx, y, RIGHT - tx, words, justify)
            y += LEAD
        y += PARA_GAP
    return pdf, lines_of


def build(out: Path = OUT) -> dict[str, object]:
    total, lines_of = _un_pdf.build_twice(render, out)
    split = {}
    for u, ls in lines_of.items():
        pages = sorted({p for p, _ in ls})
        if len(pages) > 1:
            split[u] = [" ".join(t for p, t in ls if p == n) for n in pages]
    words = sum(len(t.split()) for _, _, t in BODY) + len(TITLE.split())
    return {"pages": total, "words": words, "split": split}


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    info = build(target)
    print(f"wrote {target}: {info}")
