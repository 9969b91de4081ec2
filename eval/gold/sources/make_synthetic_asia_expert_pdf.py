"""Generate the synthetic test PDF eval/gold/docs/synthetic-asia-expert-meeting.pdf.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting held in
preparation for the Fifteenth United Nations Congress on Crime Prevention and
Criminal Justice, laid out like a United Nations PDF report (masthead, job number,
running headers, page numbers "n/N", paragraph numbers in their own left column,
lettered sub-items, justified text with a few words hyphenated at line ends).
It is not a United Nations document.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_asia_expert_pdf.py
The output is deterministic (fixed creation date, no randomness).
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import _un_pdf
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-asia-expert-meeting.pdf"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "A/CONF.999/EG.2/1"
ORGAN = "General Assembly"
ISSUE_DATE = "27 June 2025"
JOB_NUMBER = "V.25-01234 (E)"
MEETING_LINE = "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice"
TITLE = (
    "Report of the expert group meeting on falsified medical products and crime "
    "in the pharmaceutical supply chain"
)
PLACE_DATES = "Seoul, 16\u201318 June 2025"

# Body: ("h1", label, text) / ("h2", label, text) headings, ("p", number, text)
# numbered paragraphs, ("sub", letter, text) lettered sub-items of the preceding
# numbered paragraph.
BODY: list[tuple[str, ...]] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "1",
        "The expert group meeting on falsified medical products and crime in the "
        "pharmaceutical supply chain was held in Seoul from 16 to 18 June 2025 as part of "
        "the preparations for the Fifteenth United Nations Congress on Crime Prevention "
        "and Criminal Justice. The meeting was convened by the United Nations Office on "
        "Drugs and Crime (UNODC) and hosted by the Government of the Republic of Korea. "
        "Its purpose was to review how criminal groups manufacture, distribute and sell "
        "falsified medicines, vaccines and medical devices, and to identify criminal "
        "justice responses that could be recommended to the Congress.",
    ),
    (
        "p",
        "2",
        "The meeting was attended by thirty-one experts from twenty-one Member States, "
        "who participated in their personal capacity: Bangladesh, Brazil, Cameroon, "
        "Canada, China, C\u00f4te d'Ivoire, France, Germany, India, Indonesia, Japan, "
        "Kenya, Netherlands (Kingdom of the), Nigeria, Pakistan, Peru, Republic of Korea, "
        "S\u00e3o Tom\u00e9 and Pr\u00edncipe, Sweden, T\u00fcrkiye and Viet Nam. "
        "Representatives of the World Health Organization (WHO), the International "
        "Criminal Police Organization (INTERPOL), the World Customs Organization and the "
        "Council of Europe also attended as observers.",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "3",
        "The meeting was opened by the Chief of the Organized Crime and Illicit "
        "Trafficking Branch of UNODC, who recalled that falsified medical products "
        "endangered the lives of patients, undermined trust in health systems and "
        "generated large profits for criminal groups at a relatively low risk of "
        "detection and punishment. A welcome address was delivered by a representative "
        "of the Ministry of Food and Drug Safety of the Republic of Korea, who described "
        "the national system for tracking prescription medicines from the manufacturer to "
        "the pharmacy.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "4",
        "At its first session, on 16 June 2025, the meeting elected the following "
        "officers by acclamation: Chair: H\u00e9l\u00e8ne Dubois (France); Vice-Chair: "
        "A\u00efcha Traor\u00e9 (C\u00f4te d'Ivoire); Rapporteur: Jos\u00e9 Mu\u00f1oz "
        "(Peru).",
    ),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    (
        "p",
        "5",
        "The meeting adopted the following agenda: (1) opening of the meeting; (2) "
        "election of officers; (3) adoption of the agenda and organization of work; (4) "
        "the scale and impact of falsified medical products; (5) online sales and illicit "
        "supply chains; (6) legal frameworks, investigation and international "
        "cooperation; (7) recommendations for the Fifteenth Congress; (8) adoption of the "
        "report. The meeting agreed to conduct its work in plenary, with each substantive "
        "item introduced by two experts and followed by an open discussion.",
    ),
    (
        "p",
        "6",
        "The experts had before them a background paper prepared by the Secretariat and a "
        "compilation of national practices submitted by eleven Member States in response "
        "to a questionnaire circulated in March 2025.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    ("h2", "A.", "The scale and impact of falsified medical products (agenda item 4)"),
    (
        "p",
        "7",
        "Experts noted that reliable data on falsified medical products remained scarce, "
        "because most cases came to light only after patients had suffered harm or a "
        "treatment had failed. One expert reported that nearly forty per cent of the "
        "antimalarial medicines sampled in a survey in her region had failed quality "
        "tests, and several experts observed that antibiotics, antimalarials and "
        "painkillers were among the products most frequently falsified.",
    ),
    (
        "p",
        "8",
        "The representative of WHO recalled incidents in which cough syrups contaminated "
        "with toxic industrial solvents had caused the deaths of children in several "
        "countries, and stressed that such incidents showed the need for rapid alerts and "
        "for the immediate recall of dangerous products. She noted that low- and "
        "middle-income countries were the most affected, in particular where access to "
        "affordable medicines was limited.",
    ),
    (
        "p",
        "9",
        "The expert from C\u00f4te d'Ivoire explained that street markets remained a major "
        "outlet for falsified and diverted medicines, which were sold without "
        "prescription and stored in unsuitable conditions. She estimated that about a "
        "third of the medicines sold in informal markets in Abidjan came from "
        "unregistered sources, and described a programme that had helped street vendors "
        "to move into other forms of trade.",
    ),
    (
        "p",
        "10",
        "The expert from India described a programme of risk-based inspections under "
        "which the regulatory authorities had inspected three hundred manufacturing sites "
        "within eighteen months and had suspended the licences of sites that failed to "
        "meet good manufacturing practices. He noted that falsifiers often used the names, "
        "batch numbers and packaging designs of legitimate manufacturers, copied from "
        "genuine products.",
    ),
    (
        "p",
        "11",
        "Experts observed that falsifiers had moved from cheap generic products towards "
        "high-value medicines, such as cancer treatments and injectable weight-loss "
        "medicines, for which demand exceeded legitimate supply. The experts from China "
        "and Japan added that falsified medical devices, including diagnostic test kits "
        "and surgical masks, had been widely sold during the COVID-19 pandemic and that "
        "some of the same networks continued to operate.",
    ),
    ("h2", "B.", "Online sales and illicit supply chains (agenda item 5)"),
    (
        "p",
        "12",
        "Bj\u00f6rn \u00c5kesson (Sweden) presented a study in which seven in ten of the "
        "websites offering prescription medicines to consumers in his country had no "
        "valid licence, and most of them sold such medicines without requiring a "
        "prescription. He explained that illegal online pharmacies frequently changed "
        "their domain names, used social media and messaging applications to reach "
        "customers and misused the personal data of buyers for further fraud.",
    ),
    (
        "p",
        "13",
        "The expert from T\u00fcrkiye described the growing use of postal and express "
        "courier services to ship small parcels of falsified medicines directly to "
        "consumers, which made seizures costly and the identification of senders "
        "difficult. The representative of the World Customs Organization referred to a "
        "recent joint operation in which participating customs administrations had seized "
        "more than two million units of falsified and illicit medicines.",
    ),
    (
        "p",
        "14",
        "The expert from Cura\u00e7ao (Kingdom of the Netherlands) drew attention to the "
        "abuse of free trade zones and transhipment hubs, where consignments of medicines "
        "were relabelled or repackaged in transit so as to conceal their origin, and where "
        "controls by health authorities were often limited. He proposed closer "
        "cooperation between customs and free zone operators, including access to data on "
        "the goods stored in the zones.",
    ),
    (
        "p",
        "15",
        "The experts from Kenya and Pakistan described the diversion of medicines from "
        "public procurement systems, including the theft of medicines from hospital "
        "stores and their resale through private pharmacies. They noted that corruption in "
        "procurement and in the issuance of licences facilitated both the diversion of "
        "genuine products and the entry of falsified ones into the legitimate supply "
        "chain.",
    ),
    (
        "p",
        "16",
        "The expert from the Republic of Korea presented the national track-and-trace "
        "system, under which every package of prescription medicine carried a unique "
        "serial number that was verified when the product was dispensed. The expert from "
        "Nigeria described a mobile authentication service that allowed patients to check "
        "a code printed on a package by sending a text message.",
    ),
    (
        "p",
        "17",
        "The expert from S\u00e3o Tom\u00e9 and Pr\u00edncipe stressed that small island "
        "developing States often lacked quality control laboratories and depended on "
        "donated and imported medicines, and called for regional reliance arrangements "
        "under which the decisions of well-resourced regulatory authorities could be "
        "recognized. Experts agreed that portable screening devices, such as handheld "
        "spectrometers, allowed inspectors at ports and markets to identify suspicious "
        "products within minutes.",
    ),
    ("h2", "C.", "Legal frameworks, investigation and international cooperation (agenda item 6)"),
    (
        "p",
        "18",
        "Experts noted that in many countries the falsification of medicines was treated "
        "as an infringement of trademark law or as a regulatory offence punishable only "
        "by fines, so that penalties bore no relation to the harm caused to public "
        "health. Several experts referred to the Council of Europe Convention on the "
        "Counterfeiting of Medical Products and Similar Crimes involving Threats to "
        "Public Health (MEDICRIME Convention), which requires its parties to criminalize "
        "the manufacture and supply of falsified medical products and which is open to "
        "States that are not members of the Council of Europe.",
    ),
    (
        "p",
        "19",
        "The Chair, speaking in her capacity as an expert from France, described the work "
        "of a specialized police office responsible for offences against public health, "
        "which brought together investigators, pharmacists and veterinarians, and "
        "reported that the number of cases it referred to prosecutors had doubled in five "
        "years.",
    ),
    (
        "p",
        "20",
        "The expert from Germany explained how the chemical profiling of seized tablets "
        "had linked seizures made in several countries to a single clandestine production "
        "site, and encouraged States to share analytical results through existing "
        "networks of official medicines control laboratories.",
    ),
    (
        "p",
        "21",
        "Experts stressed the importance of following the money. In the countries covered "
        "by the compilation of national practices, fewer than one in ten investigations "
        "into falsified medical products had included a financial investigation, and the "
        "confiscation of proceeds remained rare. Experts observed that online sellers "
        "increasingly requested payment in virtual assets and that payment service "
        "providers could play a key role by closing the merchant accounts used for "
        "illegal sales.",
    ),
    (
        "p",
        "22",
        "Experts agreed that cases involving falsified medical products were typically "
        "transnational, with active ingredients produced in one country, tablets pressed "
        "or packaged in another and the products sold to patients in a third. They noted "
        "that requests for mutual legal assistance were often delayed because the conduct "
        "was not criminalized in the requested State, that health regulators had no "
        "mandate to exchange information with foreign police or prosecutors, and that "
        "evidence held by online platforms was frequently stored abroad. Several experts "
        "recommended the designation of single points of contact in health authorities, "
        "police, customs and prosecution services, and the use of joint investigation "
        "teams and controlled deliveries in major cases.",
    ),
    (
        "p",
        "23",
        "Experts noted that patients harmed by falsified medical products were seldom "
        "recognized as victims of crime and rarely received compensation, since the "
        "offenders were often unknown or located abroad. They recommended that victims be "
        "informed of the progress of proceedings and that confiscated assets be used, "
        "where possible, to compensate them.",
    ),
    (
        "p",
        "24",
        "The experts from Bangladesh and Nigeria underlined the importance of public "
        "awareness. They described campaigns, conducted with pharmacists and community "
        "health workers, that taught patients to buy medicines only from licensed "
        "outlets, to check packaging and to report suspicious products, and noted that "
        "young people who bought medicines online were a particular target of such "
        "campaigns.",
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "25",
        "The meeting agreed on the following recommendations for the consideration of the "
        "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. "
        "Member States should consider:",
    ),
    (
        "sub",
        "a",
        "Criminalizing the manufacture, supply and trafficking of falsified medical "
        "products as distinct offences, with penalties that reflect the harm caused to "
        "public health, and becoming parties to the MEDICRIME Convention;",
    ),
    (
        "sub",
        "b",
        "Designating national single points of contact in health authorities, police, "
        "customs and prosecution services to facilitate the rapid exchange of "
        "information;",
    ),
    (
        "sub",
        "c",
        "Requiring online marketplaces, social media platforms and payment service "
        "providers to remove offers and close accounts used for the illegal sale of "
        "medicines;",
    ),
    (
        "sub",
        "d",
        "Introducing track-and-trace systems with unique identifiers for medicines and "
        "medical devices;",
    ),
    (
        "sub",
        "e",
        "Strengthening the capacity of quality control laboratories and equipping "
        "inspectors with portable screening devices;",
    ),
    (
        "sub",
        "f",
        "Preventing the diversion of medicines from public procurement and public health "
        "facilities, including through measures against corruption;",
    ),
    (
        "sub",
        "g",
        "Recognizing patients harmed by falsified medical products as victims of crime "
        "and ensuring their access to assistance and compensation.",
    ),
    (
        "p",
        "26",
        "The meeting further recommended that UNODC, in cooperation with WHO, INTERPOL "
        "and the World Customs Organization, continue to provide technical assistance to "
        "Member States upon request and update its guide to good legislative practices on "
        "crimes related to falsified medical products, for presentation at the Congress.",
    ),
    ("h1", "V.", "Closing of the meeting"),
    (
        "p",
        "27",
        "In her closing remarks, the Chair thanked the Government of the Republic of Korea "
        "for hosting the meeting and the experts for their contributions, and noted that "
        "the conclusions of the meeting would be made available to Member States ahead of "
        "the Congress.",
    ),
    ("p", "28", "The meeting adopted the present report at its closing session, on 18 June 2025."),
]

# Allowed hyphenation points (a few long words may be broken at a line end).
HYPHENATION = {
    w.replace("-", ""): w
    for w in [
        "prescrip-tion",
        "medi-cines",
        "pharma-ceutical",
        "author-ities",
        "falsi-fied",
        "investi-gation",
        "investi-gators",
        "inter-national",
        "procure-ment",
        "infor-mation",
        "manufac-turers",
        "manufac-turing",
        "consign-ments",
        "tran-shipment",
        "compen-sation",
        "labor-atories",
        "organi-zation",
        "contri-butions",
        "adminis-trations",
        "identi-fication",
        "authenti-cation",
        "applica-tions",
        "confis-cation",
        "deliber-ations",
        "recom-mendations",
        "contami-nated",
        "spectrom-eters",
        "falsifi-cation",
        "infringe-ment",
        "Conven-tion",
        "criminal-ize",
        "pharma-cists",
        "veteri-narians",
        "clandes-tine",
        "analyt-ical",
        "regula-tory",
        "distrib-ute",
        "counter-feiting",
        "transna-tional",
        "arrange-ments",
        "develop-ing",
        "accept-able",
        "unreg-istered",
        "unsuit-able",
    ]
}

LEFT = 25.0  # left margin: headings and paragraph numbers
TEXT_X = 37.0  # paragraph text column
SUB_LABEL_X = 37.0  # "(a)" labels
SUB_TEXT_X = 47.0  # sub-item text column
RIGHT = 178.0  # right edge of the text block
TOP_BODY = 30.0  # first baseline area on pages 2+
BOTTOM = 268.0  # last baseline allowed
FONT_SIZE = 10.0
LEAD = 4.6  # line height in mm
PARA_GAP = 2.4


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Times", "B", 8.5)
        w = self.get_string_width(SYMBOL)
        x = LEFT if self.page_no() % 2 == 0 else RIGHT - w
        self.text(x, 17.0, SYMBOL)
        self.set_line_width(0.25)
        self.line(LEFT, 18.8, RIGHT, 18.8)

    def footer(self) -> None:
        self.set_font("Times", "", 8.5)
        if self.page_no() == 1:
            self.set_font("Times", "", 8)
            self.text(LEFT, 286.0, JOB_NUMBER)
            return
        self.set_line_width(0.25)
        self.line(LEFT, 278.0, RIGHT, 278.0)
        label = f"{self.page_no()}/{self.total_pages}"
        self.set_font("Times", "B", 8.5)
        w = self.get_string_width(label)
        x = LEFT if self.page_no() % 2 == 0 else RIGHT - w
        self.text(x, 283.0, label)


def _wrap(pdf: FPDF, text: str, width: float, stats: list[str]) -> list[tuple[list[str], bool]]:
    """Greedy line breaking with occasional hyphenation.

    Returns (words, justify) per line; the words of a hyphenated line end with "-".
    """
    space = pdf.get_string_width(" ")
    words = text.split()
    lines: list[tuple[list[str], bool]] = []
    cur: list[str] = []
    cur_w = 0.0
    i = 0
    while i < len(words):
        word = words[i]
        ww = pdf.get_string_width(word)
        need = ww if not cur else cur_w + space + ww
        if need <= width or not cur:
            cur.append(word)
            cur_w = need
            i += 1
            continue
        # The word does not fit: try to hyphenate it when the line would be loose.
        slack = width - cur_w
        core = word.rstrip('.,;:)"')
        tail = word[len(core) :]
        pattern = HYPHENATION.get(core)
        if pattern and slack > 0.07 * width:
            head, rest = pattern.split("-", 1)
            head_w = pdf.get_string_width(head + "-")
            if cur_w + space + head_w <= width:
                cur.append(head + "-")
                lines.append((cur, True))
                stats.append(core)
                words[i] = rest + tail
                cur, cur_w = [], 0.0
                continue
        lines.append((cur, True))
        cur, cur_w = [], 0.0
    if cur:
        lines.append((cur, False))
    return lines


def _draw_line(
    pdf: FPDF, x: float, y: float, width: float, words: list[str], justify: bool
) -> None:
    """Draw one line word by word (each word but the last keeps its space)."""
    space = pdf.get_string_width(" ")
    natural = sum(pdf.get_string_width(w) for w in words) + space * (len(words) - 1)
    extra = 0.0
    if justify and len(words) > 1:
        extra = (width - natural) / (len(words) - 1)
    cx = x
    for k, w in enumerate(words):
        last = k == len(words) - 1
        pdf.text(cx, y, w if last else w + " ")
        cx += pdf.get_string_width(w) + space + extra


def _front_page(pdf: UNReport) -> float:
    # Disclaimer: the first line of page 1.
    pdf.set_font("Helvetica", "B", 7.5)
    pdf.text(LEFT, 12.0, DISCLAIMER)
    # Masthead: "United Nations" at the left, the symbol at the right, same line.
    pdf.set_font("Helvetica", "B", 11)
    pdf.text(LEFT, 24.0, "United Nations")
    pdf.set_font("Helvetica", "B", 15)
    pdf.text(RIGHT - pdf.get_string_width(SYMBOL), 24.0, SYMBOL)
    pdf.set_line_width(0.9)
    pdf.line(LEFT, 26.5, RIGHT, 26.5)
    # Organ below; distribution block at the right.
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(LEFT + 22.0, 38.0, ORGAN)
    pdf.set_font("Times", "", 10)
    for k, line in enumerate(["Distr.: General", ISSUE_DATE, "", "Original: English"]):
        if line:
            pdf.text(148.0, 34.0 + k * 4.4, line)
    pdf.set_line_width(0.9)
    pdf.line(LEFT, 53.0, RIGHT, 53.0)
    # Meeting line, title, place and dates.
    pdf.set_font("Times", "B", 10)
    pdf.text(LEFT, 61.0, MEETING_LINE)
    pdf.set_font("Times", "B", 14)
    y = 72.0
    for words, _ in _wrap(pdf, TITLE, 125.0, []):
        pdf.text(LEFT, y, " ".join(words))
        y += 6.2
    pdf.set_font("Times", "", 10)
    pdf.text(LEFT, y + 1.5, PLACE_DATES)
    return y + 14.0


def render(total_pages: int) -> tuple[UNReport, tuple[dict[str, list[int]], list[str]]]:
    """Lay the report out; returns the PDF, the pages each unit is on and the words
    hyphenated at line ends."""
    stats: list[str] = []
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 6, 27), (), total_pages
    )
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    y = _front_page(pdf)
    pages_of: dict[str, list[int]] = {}

    def new_page() -> float:
        pdf.add_page()
        return TOP_BODY

    last_para = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            _, label, text = item
            need = 5.0 + 3 * LEAD  # keep a heading with the start of the next paragraph
            if y + need > BOTTOM:
                y = new_page()
            y += 2.5 if kind == "h1" else 1.0
            pdf.set_font("Times", "B", 11 if kind == "h1" else 10)
            label_x = LEFT + (0.0 if kind == "h1" else 4.0)
            pdf.text(label_x, y, label)
            pdf.text(TEXT_X, y, text)
            y += LEAD + (2.0 if kind == "h1" else 1.2)
            continue
        _, num, text = item
        pdf.set_font("Times", "", FONT_SIZE)
        if kind == "p":
            unit, label, lx, tx = num, num + ".", LEFT, TEXT_X
            last_para = num
        else:
            unit, label, lx, tx = f"{last_para}({num})", f"({num})", SUB_LABEL_X, SUB_TEXT_X
        lines = _wrap(pdf, text, RIGHT - tx, stats)
        if y > BOTTOM:
            y = new_page()
        pdf.text(lx, y, label)
        for words, justify in lines:
            if y > BOTTOM:
                y = new_page()
            pages_of.setdefault(unit, [])
            if pdf.page_no() not in pages_of[unit]:
                pages_of[unit].append(pdf.page_no())
            _draw_line(pdf, tx, y, RIGHT - tx, words, justify)
            y += LEAD
        y += PARA_GAP
    return pdf, (pages_of, stats)


def build(out: Path = OUT) -> dict[str, object]:
    total, (pages_of, stats) = _un_pdf.build_twice(render, out)
    return {
        "pages": total,
        "hyphenated": stats,
        "split": {u: p for u, p in pages_of.items() if len(p) > 1},
    }


if __name__ == "__main__":
    info = build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {OUT if len(sys.argv) < 2 else sys.argv[1]}: {info}")
