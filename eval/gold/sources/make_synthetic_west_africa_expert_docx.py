"""Generate eval/gold/docs/synthetic-west-africa-expert-meeting.docx.

A SYNTHETIC United Nations (UNODC) expert group report, clearly labelled as such in its first
paragraph, laid out the way UN Word reports are:

* the synthetic-document line, then a borderless masthead table (United Nations | symbol;
  issuing office | distribution, date, original language), the title and the place and dates;
* page header with the symbol and footer with a PAGE field (different first page);
* Word heading styles (Heading 1 / Heading 2) for chapters ("I.", "II.") and sections ("A.");
* paragraph numbers TYPED AS TEXT ("1.<tab>...") - no Word automatic numbering in the body;
* typed lettered sub-items "(a)<tab>..." and nested "(i)<tab>..." as separate paragraphs;
* officer lines and agenda lines (typed "1. ...") as un-numbered paragraphs after the paragraph
  that introduces them;
* an un-numbered "Annex" with one Word table (incidents and seizures by year).

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_west_africa_expert_docx.py
"""

from __future__ import annotations

from pathlib import Path

from _un_docx import (
    base_styles,
    core_properties,
    mark_header_row,
    masthead,
    save_docx,
    symbol_header_page_footer,
)
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-west-africa-expert-meeting.docx"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/SYN/EG.4/2025/1"
ISSUE_DATE = "20 June 2025"
ISSUER = "United Nations Office on Drugs and Crime"
TITLE = (
    "Report on the meeting of the Expert Group on Maritime Crime and Illicit Financial Flows "
    "in West Africa"
)
PLACE_DATES = "Dakar, 10–12 June 2025"

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
        "The fourth meeting of the Expert Group on Maritime Crime and Illicit Financial Flows "
        "in West Africa was held in Dakar from 10 to 12 June 2025, at the invitation of the "
        "Government of Senegal. The meeting was convened by the United Nations Office on Drugs "
        "and Crime (UNODC) under its regional programme for West Africa, with financial support "
        "from the European Union and the Government of Norway. The Expert Group held six "
        "sessions.",
    ),
    (
        "p",
        "The meeting was opened by Aminata Traoré, Regional Representative of UNODC for West "
        "and Central Africa, who recalled that the Expert Group had been established in 2022 to "
        "give practitioners from coastal States a forum in which to exchange experience on "
        "crimes committed at sea and on the financial flows that sustained them. She observed "
        "that the maritime economy of the region, from fisheries to port services, provided a "
        "living for millions of people, and that criminal groups exploited the weakness of "
        "controls at sea, in ports and in the financial sector alike.",
    ),
    (
        "p",
        "Mariama Bâ, Minister of Fisheries and Maritime Economy of Senegal, welcomed the "
        "experts to Dakar. She stated that artisanal fishing provided work, directly or "
        "indirectly, for some six hundred thousand people in Senegal, and that the depletion of "
        "fish stocks by illegal industrial fishing had deprived coastal communities of food and "
        "income. She called on the Expert Group to propose practical measures that coastal "
        "States could apply without waiting for new treaties.",
    ),
    (
        "p",
        "Kouassi N'Guessan (Côte d'Ivoire), speaking on behalf of the experts, thanked the "
        "Government of Senegal for its hospitality and noted that the meeting brought together, "
        "for the first time in the history of the Expert Group, prosecutors, naval officers, "
        "fisheries inspectors, customs officers and financial intelligence analysts.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The meeting was attended by twenty-six experts from the following fourteen States, "
        "who participated in their personal capacity: Benin, Cabo Verde, Côte d'Ivoire, Gambia, "
        "Ghana, Guinea, Guinea-Bissau, Liberia, Mauritania, Nigeria, São Tomé and Príncipe, "
        "Senegal, Sierra Leone and Togo.",
    ),
    (
        "p",
        "The following organizations were represented by observers: the Commission of the "
        "Economic Community of West African States (ECOWAS), the Intergovernmental Action Group "
        "against Money Laundering in West Africa (GIABA), the Interregional Coordination Centre "
        "for maritime security in the Gulf of Guinea, the Food and Agriculture Organization of "
        "the United Nations (FAO), the International Criminal Police Organization (INTERPOL), "
        "the World Customs Organization and the European Union. A representative of a network "
        "of women fish processors also attended as an observer. In all, fifty-eight persons "
        "took part in the meeting.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its first session, on 10 June 2025, the Expert Group elected the following officers "
        "by acclamation:",
        {
            "lines": [
                "Chair: Kouassi N'Guessan (Côte d'Ivoire)",
                "Vice-Chairs: José Gonçalves (Cabo Verde), Efua Mensah (Ghana)",
                "Rapporteur: Sèna Hounkpatin (Benin)",
            ]
        },
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its first session, the Expert Group adopted the following agenda:",
        {
            "lines": [
                "1. Opening of the meeting.",
                "2. Election of officers.",
                "3. Adoption of the agenda and organization of work.",
                "4. Piracy and armed robbery at sea in the Gulf of Guinea.",
                "5. Illegal, unreported and unregulated fishing and fuel smuggling.",
                "6. Illicit financial flows: trade-based money laundering and mobile-money fraud.",
                "7. Cocaine trafficking through West Africa.",
                "8. Conclusions and recommendations.",
                "9. Adoption of the report.",
            ]
        },
    ),
    (
        "p",
        "The Expert Group agreed to work in plenary, with interpretation between English, "
        "French and Portuguese. Each substantive item was introduced by a representative of the "
        "Secretariat or of an observer organization and was followed by presentations by "
        "experts and an open discussion.",
    ),
    (
        "p",
        "The experts had before them a background paper prepared by the Secretariat "
        "(UNODC/SYN/EG.4/2025/CRP.1) and written contributions from nine States. Data on "
        "incidents at sea and on seizures reported to the Secretariat are reproduced in the "
        "annex to the present report.",
    ),
    ("h1", "II.\tSummary of deliberations"),
    ("h2", "A.\tPiracy and armed robbery at sea in the Gulf of Guinea"),
    (
        "p",
        "A representative of the Secretariat introduced the item. She reported that the number "
        "of incidents of piracy and armed robbery at sea recorded in the Gulf of Guinea had "
        "fallen from 34 in 2021 to 18 in 2024, but cautioned that the decline was fragile. "
        "Attacks now took place further from the coast, and the gangs responsible had not been "
        "dismantled; many of their members had turned to other crimes, including the smuggling "
        "of fuel.",
    ),
    (
        "p",
        "Chukwuemeka Eze (Nigeria) attributed much of the decline to an integrated maritime "
        "security programme under which his country had deployed special mission vessels, "
        "aircraft and unmanned aerial vehicles, linked to a single command centre in Lagos. He "
        "reported that Nigerian courts had convicted twenty-three persons of piracy since the "
        "entry into force of the national anti-piracy law in 2019, and stressed that "
        "convictions, more than patrols, deterred attacks.",
    ),
    (
        "p",
        "Efua Mensah (Ghana) described the ordeal of seafarers kidnapped for ransom, who were "
        "typically taken from their ships to camps in the creeks of the Niger Delta and held "
        "for several weeks. She noted that released seafarers rarely received medical or "
        "psychological support and that their families were often left without income during "
        "the captivity, and she urged States to treat kidnapped crew members as victims of "
        "crime.",
    ),
    (
        "p",
        "José Gonçalves (Cabo Verde), speaking in his capacity as an expert, said that the "
        "regional architecture for maritime security established under the Yaoundé Code of "
        'Conduct had improved the exchange of information between navies, but that its "legal '
        'finish" remained weak. In his estimate, only one in five suspects arrested at sea in '
        "the region in recent years had been brought to trial, because evidence was not "
        "collected or preserved on board and because arresting States lacked jurisdiction or "
        "agreements to hand suspects over to a State willing to prosecute them.",
    ),
    (
        "p",
        "Hélio Vaz d'Almeida (São Tomé and Príncipe) pointed out that the exclusive economic "
        "zone of his country was some one hundred and sixty times larger than its land "
        "territory, while its coast guard had only two patrol boats able to operate beyond the "
        "territorial sea. He described shiprider agreements under which officers of São Tomé "
        "and Príncipe embarked on the vessels of partner navies, so that arrests in national "
        "waters could be carried out under national law.",
    ),
    (
        "p",
        "Several experts observed that armed robbery against artisanal fishing canoes, in which "
        "outboard engines and catches were stolen at gunpoint, was far more frequent than "
        "attacks on merchant ships but was rarely reported or recorded. The representative of "
        "the Interregional Coordination Centre estimated that fewer than one in ten such "
        "attacks came to the attention of the authorities.",
    ),
    ("h2", "B.\tIllegal, unreported and unregulated fishing and fuel smuggling"),
    (
        "p",
        "The representative of FAO introduced the item. She recalled that, by one estimate, a "
        "quarter of the fish caught in West African waters was taken illegally or went "
        "unreported, and that the losses fell heaviest on coastal communities that depended on "
        "fish for food and income. Industrial trawlers, some of them operating under flags of "
        "convenience or through local front companies, were responsible for most of the illegal "
        "catch.",
    ),
    (
        "p",
        "Ousmane Ndiaye (Senegal) reported that fisheries inspectors in his country had boarded "
        "and inspected more than three hundred vessels in 2024, and that one in six of them had "
        "been found with falsified logbooks, undeclared catch or prohibited nets. He explained "
        "that vessels often switched off their automatic identification system before entering "
        "prohibited zones, and that transhipments of fish at sea made it almost impossible to "
        "trace catches back to the vessel that had caught them.",
    ),
    (
        "p",
        "Binta Baldé (Guinea-Bissau) described incursions by industrial trawlers into the zones "
        "reserved for artisanal fishing around the Bijagós archipelago, often at night and with "
        "their lights switched off. She reported that crew members recruited abroad had been "
        "found on some of those vessels working without pay and with their passports "
        "confiscated, and that fishing licences were in some cases issued without being "
        "published, which made it difficult for inspectors to know which vessels were "
        "authorized.",
    ),
    (
        "p",
        "Ahmed Ould Cheikh (Mauritania) drew attention to the expansion of fishmeal and fish oil "
        "factories along the coast, which bought large quantities of small pelagic fish, some of "
        "it caught illegally, and reported that his country had introduced a requirement for "
        "factories to declare the origin of all the fish they processed.",
    ),
    (
        "p",
        "Turning to fuel smuggling, Sèna Hounkpatin (Benin) described illegal ship-to-ship "
        "transfers of fuel at anchorages off the coast of the Gulf of Guinea, in which tankers "
        "that had switched off their transponders sold gasoil to fishing vessels and to smaller "
        "boats that carried it to beaches at night. According to the customs administration of "
        "Benin, some sixty per cent of the fuel used by industrial fishing vessels operating in "
        "its waters had not been declared or taxed.",
    ),
    (
        "p",
        "The representative of INTERPOL noted that the networks behind fuel smuggling at sea "
        "often overlapped with those involved in piracy, and that several tankers hijacked in "
        "previous years had been taken in order to steal their cargo of fuel for resale on the "
        "black market. The expert from Togo added that the port authority of Lomé had "
        "established a register of ship-to-ship transfers in the anchorage area, which had "
        "allowed suspicious transfers to be flagged to customs.",
    ),
    (
        "h2",
        "C.\tIllicit financial flows: trade-based money laundering and mobile-money fraud",
    ),
    (
        "p",
        "The representative of GIABA introduced the item. He noted that trade-based money "
        "laundering had become one of the main channels through which the proceeds of drug "
        "trafficking, illegal fishing and fuel smuggling were moved across borders in the "
        "region. Typical schemes involved over-invoicing imports of second-hand vehicles, "
        "textiles and electronic goods, misdescribing the goods shipped, and settling trade "
        "debts through informal money transfer networks. He regretted that financial "
        "intelligence units and customs administrations in most States of the region did not "
        "exchange data routinely.",
    ),
    (
        "p",
        "The Chair, speaking as an expert from Côte d'Ivoire, presented a joint analysis by the "
        "customs administration and the financial intelligence unit of his country, which had "
        "compared import declarations with the export data of trading partners. The analysis "
        "had revealed that the declared value of certain categories of imported goods differed "
        "from the value declared in the exporting country by more than forty per cent, a gap "
        "that pointed to deliberate mis-invoicing. He proposed that States of the region create "
        "trade transparency units to carry out such analyses systematically.",
    ),
    (
        "p",
        "Fatmata Kamara (Sierra Leone) addressed the rapid growth of fraud involving mobile "
        "money. She reported that complaints of mobile-money fraud received by the police in her "
        "country had tripled in eighteen months. The most common schemes were calls and text "
        "messages from fraudsters posing as employees of mobile network operators, the "
        "fraudulent replacement of SIM cards to take over accounts, and false promises of jobs "
        "or prizes. She noted that fraudsters frequently used accounts opened in the names of "
        "other persons, including young people and even schoolchildren who had been paid small "
        "sums to lend their identity documents or accounts.",
    ),
    (
        "p",
        "Momodou Jallow (Gambia) explained that mobile-money agents in rural areas often did not "
        "verify the identity of customers, and that large sums were split into many small "
        "transfers in order to stay below the thresholds that triggered customer due diligence. "
        "He called for mobile-money operators to be supervised as financial institutions and to "
        "report suspicious transactions to the financial intelligence unit.",
    ),
    (
        "p",
        "The observer for the European Union described the beneficial ownership registers "
        "established in European countries and offered to share experience in verifying the "
        "information they contained. Several experts stressed that the front companies used to "
        "own fishing vessels and to import goods at inflated prices were often registered in "
        "other jurisdictions, so that the persons who ultimately controlled them remained "
        "hidden.",
    ),
    ("h2", "D.\tCocaine trafficking through West Africa"),
    (
        "p",
        "A representative of the Secretariat introduced the item, noting that seizures of "
        "cocaine reported by States of the region had reached 12.6 tonnes in 2024, more than "
        "three times the quantity seized in 2021, and that the annual figures set out in the "
        "annex showed both the scale of the flow and the irregularity of detection. Cocaine "
        "from South America reached the region in maritime containers, on fishing vessels and "
        "on sailing yachts crossing the Atlantic, and was carried onward to Europe by sea or "
        "overland.",
    ),
    (
        "p",
        "Maria do Céu Tavares (Cabo Verde) said that the position of the archipelago on the "
        "Atlantic route made it a point of transit for yachts and fishing vessels carrying "
        "cocaine, and described the seizure of more than two tonnes of cocaine from a fishing "
        "vessel intercepted by the coast guard of Cabo Verde in 2024 with the support of a "
        "partner navy. She stressed that information shared by the Maritime Analysis and "
        "Operations Centre – Narcotics in Lisbon had been decisive in that case.",
    ),
    (
        "p",
        "The expert from Guinea described the work of the port control unit at the port of "
        "Conakry, established under the joint container control programme of UNODC and the "
        "World Customs Organization, which had found cocaine concealed in containers declared "
        "as carrying fertilizer and fruit. He noted that corrupt port employees who helped to "
        "retrieve such consignments were rarely prosecuted.",
    ),
    (
        "p",
        "Binta Baldé (Guinea-Bissau) cautioned that trafficking networks increasingly paid "
        "local accomplices in kind rather than in cash, and that the cocaine that remained in "
        "the region fuelled a growing local market. Ousmane Ndiaye (Senegal) added that the use "
        "of crack cocaine among young people in some coastal towns had risen sharply and that "
        "treatment services were almost non-existent outside the capital.",
    ),
    (
        "p",
        "Experts agreed that the proceeds of cocaine trafficking were laundered through the "
        "same channels as those of the other crimes discussed at the meeting, including "
        "over-invoiced imports, real estate and mobile money, and that seizures of drugs were "
        "seldom followed by financial investigations aimed at the organizers.",
    ),
    ("h1", "III.\tConclusions and recommendations"),
    (
        "p",
        "The Expert Group concluded that maritime crime and illicit financial flows in West "
        "Africa were closely linked: the same networks, front companies and corrupt officials "
        "facilitated piracy, illegal fishing, fuel smuggling and cocaine trafficking, and the "
        "proceeds of all those crimes were laundered through trade and mobile money. Responses "
        "that dealt with each crime separately had therefore achieved only limited results.",
    ),
    (
        "p",
        "The Expert Group recommended that the States of the region:",
        {
            "items": [
                "Adopt or update legislation that criminalizes piracy and armed robbery at sea, "
                "establishes jurisdiction over such offences wherever they are committed and "
                "allows suspects arrested at sea to be handed over to a State willing to "
                "prosecute them;",
                (
                    "Strengthen the prosecution of maritime crime, in particular by:",
                    [
                        "Training naval officers and coast guards to collect and preserve "
                        "evidence on board;",
                        "Designating specialized prosecutors for maritime crime;",
                        "Treating kidnapped seafarers as victims of crime and providing them and "
                        "their families with medical, psychological and financial support;",
                    ],
                ),
                "Require all industrial fishing vessels to keep their automatic identification "
                "system switched on, publish the lists of licensed vessels and prohibit "
                "transhipments at sea that are not monitored by an observer;",
                "Monitor ship-to-ship transfers of fuel at anchorages and share information on "
                "suspicious transfers among customs administrations, navies and port "
                "authorities;",
                "Establish trade transparency units and enable customs administrations and "
                "financial intelligence units to exchange data on trade transactions;",
                (
                    "Counter mobile-money fraud, in particular by:",
                    [
                        "Supervising mobile-money operators and their agents as financial "
                        "institutions, with an obligation to report suspicious transactions;",
                        "Conducting awareness campaigns, including in schools, on the risks of "
                        "lending accounts and identity documents;",
                    ],
                ),
                "Extend port control units to all container ports of the region and prosecute "
                "port employees who assist traffickers;",
                "Conduct parallel financial investigations in all major cases of drug "
                "trafficking, illegal fishing and fuel smuggling, with a view to confiscating "
                "the proceeds of crime.",
            ]
        },
    ),
    (
        "p",
        "The Expert Group requested UNODC:",
        {
            "items": [
                "To prepare, in cooperation with GIABA, a regional study on trade-based money "
                "laundering linked to maritime crime;",
                "To develop a training course for prosecutors and judges on the handling of "
                "evidence in cases of maritime crime;",
                "To bring the conclusions of the meeting to the attention of the Fifteenth "
                "United Nations Congress on Crime Prevention and Criminal Justice.",
            ]
        },
    ),
    ("h1", "IV.\tAdoption of the report"),
    (
        "p",
        "At its sixth session, on 12 June 2025, the Expert Group adopted the present report, on "
        "the basis of a draft introduced by the Rapporteur, Sèna Hounkpatin (Benin).",
    ),
    (
        "p",
        "In his closing remarks, the Chair thanked the Government of Senegal for hosting the "
        "meeting, and the European Union and the Government of Norway for funding the "
        "participation of the experts.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "Incidents at sea and seizures reported to the Secretariat, 2021–2024"
ANNEX_TABLE = [
    (
        "Year",
        "Incidents of piracy and armed robbery at sea",
        "Crew members kidnapped",
        "Cocaine seized (tonnes)",
        "Fishing vessels detained for illegal fishing",
    ),
    ("2021", "34", "57", "4.1", "41"),
    ("2022", "19", "6", "7.8", "38"),
    ("2023", "22", "14", "5.3", "56"),
    ("2024", "18", "12", "12.6", "63"),
    ("Total", "93", "89", "29.8", "198"),
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _sub(doc, label: str, text: str, first_indent: int) -> None:
    p = doc.add_paragraph(f"({label})\t{text}", style="SingleTxtG")
    p.paragraph_format.first_line_indent = Twips(first_indent)


# --------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------


def build() -> Document:
    doc = Document()

    base_styles(doc)

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
        created=(2025, 6, 20, 9, 0, 0),
        language="en",
    )

    symbol_header_page_footer(doc, SYMBOL)

    # disclaimer (first paragraph)
    doc.add_paragraph(DISCLAIMER)

    # masthead table
    masthead(doc, SYMBOL, ISSUER, 14, ISSUE_DATE, "French")

    # title, place and dates
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
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
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
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
                _sub(doc, LETTERS[k], sub_text, 567)
                for m, nest in enumerate(nested):
                    _sub(doc, ROMAN[m], nest, 1134)
        else:  # pragma: no cover
            raise ValueError(kind)

    # annex
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_HEADING, level=1)
    doc.add_heading(ANNEX_SUBTITLE, level=2)
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
    save_docx(build(), OUT, (2025, 6, 20, 9, 0, 0))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
