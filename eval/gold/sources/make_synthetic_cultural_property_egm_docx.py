"""Generate eval/gold/docs/synthetic-cultural-property-egm.docx.

A SYNTHETIC United Nations (UNODC) expert group meeting report, clearly labelled as such in its
first paragraph, laid out the way UNODC Word meeting reports drafted from the UN template are:

* the synthetic-document line, then a borderless masthead table (United Nations | symbol;
  issuing office | distribution, date, original language), a meeting line, the title and the
  place and dates;
* page header with the symbol and footer with a PAGE field (different first page);
* chapter and section headings ("I.<tab>...", "A.<tab>...") as separate paragraphs in the UN
  template's own paragraph styles "HChG" and "H1G" (bold, with an outline level), not in
  Word's built-in Heading styles;
* body paragraphs in the "SingleTxtG" style with paragraph numbers TYPED AS TEXT ("12.<tab>") -
  no Word automatic numbering;
* typed lettered sub-items "(a)<tab>..." and one nested level "(i)<tab>..." as separate,
  indented paragraphs;
* officer lines and agenda lines (typed "1. ...") as un-numbered indented paragraphs after the
  paragraph that introduces them;
* an un-numbered "Annex" with one Word table (cultural objects seized per year by region).

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_cultural_property_egm_docx.py
"""

from __future__ import annotations

from pathlib import Path

from _un_docx import (
    base_styles,
    core_properties,
    mark_header_row,
    masthead,
    outline_level,
    save_docx,
    symbol_header_page_footer,
)
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-cultural-property-egm.docx"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.9/2025/2"
ISSUE_DATE = "30 June 2025"
ISSUER = "United Nations Office on Drugs and Crime"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = "Report of the expert group meeting on crimes affecting cultural property"
PLACE_DATES = "Athens, 10–12 June 2025"

# Body, in document order.
#   ("h1", text) / ("h2", text)        heading paragraphs (not units)
#   ("p", text)                        paragraph with a typed number "N.<tab>" (numbered here, in
#                                      order, and typed into the text)
#   ("p", text, {"lines": [...]})      + un-numbered lines belonging to the paragraph
#   ("p", text, {"items": [...]})      + typed "(a)<tab>" sub-item paragraphs; an item is a str or
#                                      (str, [nested items typed "(i)<tab>"])
BODY = [
    ("h1", "I.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The expert group meeting on crimes affecting cultural property was held in Athens from "
        "10 to 12 June 2025, at the invitation of the Government of Greece. The meeting was "
        "convened by the United Nations Office on Drugs and Crime (UNODC) to prepare input for "
        "the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice on the "
        "prevention of and responses to trafficking in cultural property and related offences. "
        "The meeting held five sessions.",
    ),
    (
        "p",
        "The meeting was opened by Ilse Vandenbroucke, Chief of the Organized Crime and Illicit "
        "Trafficking Branch of UNODC, who recalled that the International Guidelines for Crime "
        "Prevention and Criminal Justice Responses with Respect to Trafficking in Cultural "
        "Property and Other Related Offences, adopted by the General Assembly in 2014, remained "
        "the main reference for States, but that few States had reviewed their legislation "
        "against them. She observed that crimes affecting cultural property deprived "
        "communities of their history and identity, and that their proceeds were laundered "
        "through the same channels as those of other forms of organized crime.",
    ),
    (
        "p",
        "Nikólaos Stavrídis, Secretary-General of the Ministry of Culture of Greece, welcomed "
        "the experts to Athens. He stated that the archaeological service of Greece was "
        "responsible for more than nineteen thousand declared archaeological sites and "
        "monuments, many of them in remote areas, and that illicit excavations with metal "
        "detectors were reported every week. He informed the experts that the Hellenic Police "
        "had recently created a dedicated unit against antiquities trafficking.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The meeting was attended by twenty-two experts from the following eighteen States, who "
        "participated in their personal capacity: Cambodia, Colombia, Egypt, Germany, Greece, "
        "Iraq, Italy, Jordan, Lebanon, Mali, Mexico, Netherlands (Kingdom of the), Nigeria, "
        "Peru, Switzerland, Thailand, Türkiye and United States of America. The expert from "
        "the Kingdom of the Netherlands was a senior customs officer from Curaçao.",
    ),
    (
        "p",
        "The following organizations were represented by observers: the United Nations "
        "Educational, Scientific and Cultural Organization (UNESCO), the International Criminal "
        "Police Organization (INTERPOL), the World Customs Organization (WCO), the International "
        "Council of Museums (ICOM), the International Institute for the Unification of Private "
        "Law (UNIDROIT) and the European Union. Representatives of an international association "
        "of art dealers and of two auction houses also attended as observers. In all, some "
        "sixty persons took part in the meeting.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its first session, on 10 June 2025, the meeting elected the following officers by "
        "acclamation:",
        {
            "lines": [
                "Chair: Eléni Papadákis (Greece)",
                "Vice-Chairs: José Ángel Núñez (Mexico), Ngozi Okónkwo (Nigeria)",
                "Rapporteur: Zeynep Çelik (Türkiye)",
            ]
        },
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its first session, the meeting adopted the following agenda:",
        {
            "lines": [
                "1. Opening of the meeting.",
                "2. Election of officers.",
                "3. Adoption of the agenda and organization of work.",
                "4. Looting of archaeological sites and the protection of cultural property in "
                "armed conflict.",
                "5. The art and antiquities market: online sales, dealers and auction houses.",
                "6. Thefts from museums, places of worship and archives.",
                "7. Customs controls, free ports and international cooperation.",
                "8. Return and restitution of cultural property.",
                "9. Conclusions and recommendations.",
                "10. Adoption of the report.",
            ]
        },
    ),
    (
        "p",
        "The meeting worked in plenary, with interpretation between Arabic, English, French and "
        "Spanish. The experts had before them a background paper prepared by the Secretariat "
        "(UNODC/CCPCJ/EG.9/2025/1). Data on seizures of cultural objects reported to the "
        "Secretariat are reproduced in the annex to the present report.",
    ),
    ("h1", "II.\tSummary of deliberations"),
    (
        "h2",
        "A.\tLooting of archaeological sites and the protection of cultural property in armed conflict",
    ),
    (
        "p",
        "A representative of the Secretariat introduced the item. She noted that the looting "
        "of archaeological sites had become more organized and more destructive: looters used "
        "metal detectors, mechanical diggers and, in some cases, satellite imagery to locate "
        "sites, and objects were smuggled out of the country of origin in small consignments "
        "and given false provenance documents before reaching the market. Because looted "
        "objects had never been recorded, the countries of origin could rarely prove that they "
        "had been stolen.",
    ),
    (
        "p",
        "Haidar al-Rubaie (Iraq) reported that a survey of satellite images of one southern "
        "governorate of his country had found fresh looting pits at a third of the "
        "archaeological sites examined, most of them dug during the years of armed conflict. "
        "He described cuneiform tablets and cylinder seals seized abroad that had been traced "
        "to those sites, and stressed that armed groups had taxed and organized the looting in "
        "the areas they controlled.",
    ),
    (
        "p",
        "Oumar Maïga (Mali) recalled the destruction of mausoleums and the burning of "
        "manuscripts in Timbuktu during the armed conflict of 2012, and the conviction by an "
        "international criminal court of one of those responsible for the attacks on the "
        "mausoleums. He noted that families and librarians had saved most of the manuscripts "
        "by carrying them to safety, and called for the protection of cultural heritage to be "
        "included in the mandates and training of peacekeeping forces.",
    ),
    (
        "p",
        "Ngozi Okónkwo (Nigeria) described the looting of sites of the Nok culture, where local "
        "diggers were paid small sums for terracotta figures that were later sold abroad for "
        "prices up to a thousand times higher. She reported that a programme that employed "
        "members of local communities as guardians of archaeological sites had reduced illicit "
        "digging in the areas where it operated, and that the community guardians reported "
        "suspicious activity to the police by telephone.",
    ),
    (
        "p",
        "The observer for UNESCO recalled the obligations of States under the Convention for "
        "the Protection of Cultural Property in the Event of Armed Conflict of 1954 and its two "
        "Protocols, and under Security Council resolution 2347 (2017), and offered to help "
        "States to draw up inventories of cultural property at risk and emergency plans for its "
        "evacuation. Several experts observed that the trafficking in objects looted in armed "
        "conflict provided a source of financing for armed groups and, in some cases, for "
        "terrorist groups.",
    ),
    ("h2", "B.\tThe art and antiquities market: online sales, dealers and auction houses"),
    (
        "p",
        "The observer for ICOM introduced the item. He presented the Red Lists published by "
        "ICOM, which describe the categories of cultural objects most at risk of trafficking in "
        "various regions, and said that they were used by customs officers, police and dealers "
        "to recognize objects that required verification. He noted that the market had moved to "
        "a large extent from galleries to the Internet, where sellers could remain anonymous.",
    ),
    (
        "p",
        "Katrin Weißenborn (Germany) presented a study carried out by the police of her "
        "country, which had monitored groups on social media platforms in which antiquities "
        "were offered for sale. Of some two hundred and forty objects offered in those groups "
        "over six months, seven in ten had no information on their provenance at all, and most "
        "of the others had provenance information that could not be verified. She explained "
        "that sellers often displayed objects in private messages only and asked for payment "
        "through money transfer services, and that platforms removed offers when informed but "
        "did not always preserve the data needed for investigations.",
    ),
    (
        "p",
        "Lukas Brändli (Switzerland) described the due diligence obligations of dealers and "
        "auction houses under the legislation of his country, which required them to verify the "
        "identity of the seller and the lawful origin of the object before a sale and to keep "
        "records of each acquisition for thirty years. He noted that dealers were also required "
        "to report to the authorities when there were grounds to suspect that an object had "
        "been stolen, looted or illicitly exported.",
    ),
    (
        "p",
        "Rebecca Holt (United States of America) reported on investigations into objects sold "
        "at auction with misleading provenance. She explained that the provenance of antiquities "
        "was often documented only back to a date after 1970, the year in which the Convention "
        "on the Means of Prohibiting and Preventing the Illicit Import, Export and Transfer of "
        "Ownership of Cultural Property had been adopted, and estimated that fewer than one in "
        "five antiquities offered at auction in her country came with a documented ownership "
        "history from before that year. She described the seizure of a marble head from a "
        "gallery on the basis of photographs of the object found in the files of a convicted "
        "dealer.",
    ),
    (
        "p",
        "The observer for the international association of art dealers stated that most dealers "
        "were small businesses and that due diligence obligations should be proportionate to "
        "the value of the objects and to their risk. He supported the creation of a single "
        "national contact point that dealers could consult on doubtful objects. The "
        "representatives of the auction houses stated that they consulted databases of stolen "
        "objects before every sale, but noted that a search could only find objects that had "
        "been reported as stolen.",
    ),
    (
        "p",
        "Several experts stressed that objects from illicit excavations never appeared in "
        "databases of stolen objects, so that a negative search result could not be treated as "
        "proof of lawful origin, and that due diligence therefore had to include a documented "
        "ownership history.",
    ),
    ("h2", "C.\tThefts from museums, places of worship and archives"),
    (
        "p",
        "Chiara Bellandi (Italy) described the work of the specialized police unit for the "
        "protection of cultural heritage of her country, which maintained a national database "
        "of stolen cultural property containing descriptions and images of more than one "
        "million objects. She reported that nearly half of the thefts of cultural property "
        "reported in Italy in 2024 had targeted churches and other places of worship, which "
        "were often open to the public without supervision.",
    ),
    (
        "p",
        "Rosa Quispe Mamani (Peru) described thefts of colonial paintings, sculptures and "
        "silverwork from churches in rural communities of the Andes. She reported that only one "
        "church in four in those communities had a photographic inventory of its objects, so "
        "that stolen objects could seldom be identified when they were later offered for sale. "
        "She presented a programme under which students of art history photographed and "
        "described the objects of parish churches, together with the communities that looked "
        "after them.",
    ),
    (
        "p",
        "Yasmin Abdel-Rahman (Egypt) addressed thefts committed by insiders from the "
        "storerooms of museums and archaeological depots. She noted that such thefts were often "
        "discovered years after they had taken place, during inventories, and called for "
        "digital inventories, the marking of objects and the rotation of staff responsible for "
        "storerooms.",
    ),
    (
        "p",
        "Nattaya Srisuk (Thailand) reported thefts of palm-leaf manuscripts and historical "
        "documents from temple libraries and provincial archives, some of which had later been "
        "offered for sale on online marketplaces abroad. She noted that archives were rarely "
        "covered by security plans and that their holdings were often not listed item by item.",
    ),
    (
        "p",
        "The experts agreed that museum thefts were often carried out to order, and that the "
        "rapid publication of information on stolen objects in national and international "
        "databases was the most effective means of preventing their sale.",
    ),
    ("h2", "D.\tCustoms controls, free ports and international cooperation"),
    (
        "p",
        "The observer for the World Customs Organization introduced the item. He noted that the "
        "number of cultural objects seized by the customs and police administrations reporting "
        "to the Secretariat had risen by about a quarter between 2021 and 2024, and that "
        "seizures in Europe accounted for more than a third of the total, as shown in the "
        "annex. He cautioned that the figures reflected enforcement effort as much as the "
        "extent of the trafficking, and that coins and small objects sent by post and express "
        "courier were the most frequently seized items.",
    ),
    (
        "p",
        "Rosalind Martina, a customs officer from Curaçao (Kingdom of the Netherlands), "
        "explained that goods in transit through the free zones of the Caribbean were rarely "
        "inspected, because they were regarded as not having entered the customs territory. "
        "She described the case of a consignment of pre-Hispanic ceramics declared as "
        "handicrafts, which had been detected in the free zone of Curaçao only because of an "
        "alert from the country of origin.",
    ),
    (
        "p",
        "Lukas Brändli (Switzerland) described the reforms adopted by his country concerning "
        "free ports and bonded warehouses, under which operators had to keep an inventory of "
        "the goods stored, including the origin and value of cultural objects, which customs "
        "could inspect at any time. He observed that free ports had been used to store objects "
        "for years, until their origin was forgotten, before they were brought onto the market.",
    ),
    (
        "p",
        "Hana al-Khatib (Jordan) reported that most of the cultural objects seized at the "
        "borders of her country came from conflict-affected neighbouring areas, and that coins "
        "accounted for three quarters of them. She called for customs officers to be given "
        "simple identification tools and access to experts who could examine seized objects "
        "quickly.",
    ),
    (
        "p",
        "José Ángel Núñez (Mexico) presented the Heritage Alert Register (HERA), a database of "
        "stolen and illicitly exported cultural objects shared by eleven countries of Latin "
        "America and the Caribbean, which contained some eighteen thousand records with "
        "photographs and could be consulted by customs and police officers from a mobile "
        "telephone. He reported that the Register had led to the identification of some three "
        "hundred and ten objects since its launch in 2021.",
    ),
    (
        "p",
        "The observer for INTERPOL described the database of stolen works of art maintained by "
        "the organization, which could be searched by the police of its member countries and, "
        "for some categories of users, by the public. He encouraged States to report thefts to "
        "it promptly and to connect regional databases such as HERA to it, and noted that many "
        "States had never submitted data to the database.",
    ),
    (
        "p",
        "Eléni Papadákis (Greece), speaking as an expert, described a training programme for "
        "police officers, customs officers, prosecutors and judges organized by the Ministry of "
        "Culture of Greece together with the national school of judges, which had trained some "
        "four hundred officials since 2022. She observed that judges rarely dealt with cases "
        "involving cultural property and that sentences were often lenient because the "
        "cultural value of the objects had not been explained to the court.",
    ),
    (
        "p",
        "Several experts noted that requests for mutual legal assistance in cases of "
        "trafficking in cultural property often took more than a year to be executed, by which "
        "time the objects had been sold and moved to another country, and called for direct "
        "contacts between specialized police units and for the use of joint investigation "
        "teams.",
    ),
    ("h2", "E.\tReturn and restitution of cultural property"),
    (
        "p",
        "The observer for UNESCO introduced the item. She described the role of the "
        "Intergovernmental Committee for Promoting the Return of Cultural Property to its "
        "Countries of Origin or its Restitution in Case of Illicit Appropriation, which offered "
        "mediation and conciliation between States, and noted that many returns were now "
        "negotiated directly between States, museums and private holders.",
    ),
    (
        "p",
        "Sophal Chea (Cambodia) described the return of statues looted from temples during the "
        "years of civil war. He reported that some one hundred and thirty statues and other "
        "objects had been returned to Cambodia over the past ten years by museums, dealers and "
        "private collectors abroad, several of them after criminal investigations in the "
        "countries in which they were held, and that their return had been celebrated in the "
        "villages where they had been venerated.",
    ),
    (
        "p",
        "José Ángel Núñez (Mexico) reported that his country had recovered some four thousand "
        "archaeological objects since 2019, mostly through voluntary returns, but regretted that "
        "auctions of pre-Hispanic objects continued to be held abroad despite the objections of "
        "his Government.",
    ),
    (
        "p",
        "Zeynep Çelik (Türkiye) noted that claims for the return of stolen objects were often "
        "barred because limitation periods had expired by the time the objects reappeared on the "
        "market, sometimes decades after the theft, and called for claims concerning cultural "
        "property to be exempt from limitation periods or subject to longer ones. She also "
        "described the use of criminal confiscation to return objects to their owners without "
        "civil proceedings.",
    ),
    (
        "p",
        "The observer for UNIDROIT recalled the Convention on Stolen or Illegally Exported "
        "Cultural Objects of 1995, under which the possessor of a stolen cultural object must "
        "return it, and compensation is due only if the possessor exercised due diligence when "
        "acquiring the object.",
    ),
    ("h1", "III.\tConclusions and recommendations"),
    (
        "p",
        "The experts concluded that crimes affecting cultural property were committed by "
        "organized networks that linked looters in countries of origin to dealers and buyers in "
        "market countries, and that effective responses required action at every stage: at the "
        "sites, at borders and in free ports, on the market, and in the return of objects.",
    ),
    (
        "p",
        "The experts recommended that Member States:",
        {
            "items": [
                "Make trafficking in cultural property and illicit excavation serious crimes, as "
                "defined in the United Nations Convention against Transnational Organized Crime, "
                "so that the Convention can be applied to them;",
                (
                    "Protect archaeological sites and cultural property in armed conflict, in "
                    "particular by:",
                    [
                        "Monitoring sites at risk, including by satellite imagery;",
                        "Employing members of local communities as guardians of sites;",
                    ],
                ),
                "Require dealers and auction houses to exercise due diligence, to keep records "
                "of the provenance of objects and to report suspicious transactions;",
                "Require online platforms to remove offers of cultural objects without "
                "verifiable provenance and to preserve the data needed for investigations;",
                "Keep photographic inventories of the collections of museums, places of worship "
                "and archives, and report thefts promptly to national and international "
                "databases of stolen objects;",
                "Subject cultural objects stored in or passing through free ports and free "
                "zones to customs controls;",
                "Provide training on crimes affecting cultural property to police officers, "
                "customs officers, prosecutors and judges;",
                "Exempt claims for the return of stolen cultural property from limitation "
                "periods, or extend those periods.",
            ]
        },
    ),
    (
        "p",
        "The experts requested UNODC:",
        {
            "items": [
                "To update its practical assistance tool on the International Guidelines, "
                "taking into account the results of the meeting;",
                "To bring the conclusions and recommendations of the meeting to the attention "
                "of the Fifteenth United Nations Congress on Crime Prevention and Criminal "
                "Justice.",
            ]
        },
    ),
    (
        "p",
        "The experts invited INTERPOL, UNESCO and the World Customs Organization to continue to "
        "cooperate in the training of law enforcement officers and to develop common guidance "
        "for the identification of cultural objects seized at borders.",
    ),
    ("h1", "IV.\tAdoption of the report"),
    (
        "p",
        "At its fifth session, on 12 June 2025, the meeting adopted the present report, on the "
        "basis of a draft introduced by the Rapporteur, Zeynep Çelik (Türkiye).",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Greece for hosting the "
        "meeting and the experts for their contributions.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "Cultural objects seized, by region, 2021–2024"
ANNEX_TABLE = [
    ("Region", "2021", "2022", "2023", "2024", "Total"),
    ("Africa", "1,850", "2,140", "2,390", "2,610", "8,990"),
    ("Americas", "4,120", "3,870", "4,560", "5,030", "17,580"),
    ("Asia and the Pacific", "2,760", "3,010", "2,940", "3,380", "12,090"),
    ("Europe", "6,930", "7,480", "8,120", "9,260", "31,790"),
    ("Western Asia", "3,410", "2,980", "3,150", "3,620", "13,160"),
    ("Total", "19,070", "19,480", "21,160", "23,900", "83,610"),
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _check_table() -> None:
    """The annex totals must add up (row and column totals)."""

    def n(s: str) -> int:
        return int(s.replace(",", ""))

    body = ANNEX_TABLE[1:-1]
    for row in body:
        assert sum(n(v) for v in row[1:-1]) == n(row[-1]), row
    for j in range(1, len(ANNEX_TABLE[0])):
        assert sum(n(r[j]) for r in body) == n(ANNEX_TABLE[-1][j]), j


def _sub(doc, label: str, text: str, left: int) -> None:
    p = doc.add_paragraph(f"({label})\t{text}", style="SingleTxtG")
    p.paragraph_format.left_indent = Twips(left)
    p.paragraph_format.first_line_indent = Twips(0)


# --------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------


def build() -> Document:
    _check_table()
    doc = Document()

    normal = base_styles(doc)

    # UN template heading styles (chapter "HChG", section "H1G"), not Word's Heading 1/2
    for name, size, level in (("HChG", 14, 0), ("H1G", 12, 1)):
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.bold = True
        st.font.size = Pt(size)
        st.paragraph_format.left_indent = Twips(1134)
        st.paragraph_format.first_line_indent = Twips(-567)
        st.paragraph_format.right_indent = Twips(1134)
        st.paragraph_format.space_before = Pt(12)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.keep_with_next = True
        outline_level(st, level)

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=(2025, 6, 30, 9, 0, 0),
        language="en",
    )

    symbol_header_page_footer(doc, SYMBOL)

    # disclaimer (first paragraph)
    doc.add_paragraph(DISCLAIMER)

    # masthead table
    masthead(doc, SYMBOL, ISSUER, 14, ISSUE_DATE, "English")

    # meeting line, title, place and dates
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(MEETING_LINE).bold = True
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)

    # body
    number = 0
    for item in BODY:
        kind, text = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        if kind == "h1":
            doc.add_paragraph(text, style="HChG")
        elif kind == "h2":
            doc.add_paragraph(text, style="H1G")
        elif kind == "p":
            number += 1
            para = doc.add_paragraph(f"{number}.\t{text}", style="SingleTxtG")
            para.paragraph_format.first_line_indent = Twips(0)
            for line in extra.get("lines", []):
                lp = doc.add_paragraph(line, style="SingleTxtG")
                lp.paragraph_format.left_indent = Twips(1701)
                lp.paragraph_format.space_after = Pt(0)
                lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            for k, sub in enumerate(extra.get("items", [])):
                if isinstance(sub, tuple):
                    sub_text, nested = sub
                else:
                    sub_text, nested = sub, []
                _sub(doc, LETTERS[k], sub_text, 1701)
                for m, nest in enumerate(nested):
                    _sub(doc, ROMAN[m], nest, 2268)
        else:  # pragma: no cover
            raise ValueError(kind)

    # annex
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(ANNEX_HEADING, style="HChG")
    doc.add_paragraph(ANNEX_SUBTITLE, style="H1G")
    tbl = doc.add_table(rows=len(ANNEX_TABLE), cols=len(ANNEX_TABLE[0]))
    tbl.style = doc.styles["Table Grid"]
    for i, row in enumerate(ANNEX_TABLE):
        for j, val in enumerate(row):
            cell_p = tbl.cell(i, j).paragraphs[0]
            run = cell_p.add_run(val)
            run.bold = i == 0 or row[0] == "Total"
            if j > 0 and i > 0:
                cell_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark_header_row(tbl.rows[0])
    return doc


def main() -> None:
    save_docx(build(), OUT, (2025, 6, 30, 9, 0, 0))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
