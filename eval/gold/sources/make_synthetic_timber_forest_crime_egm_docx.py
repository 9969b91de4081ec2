"""Generate eval/gold/docs/synthetic-timber-forest-crime-egm.docx, its expected units
eval/gold/expected/synthetic-timber-forest-crime-egm.json, its 35 gold cases
eval/gold/test/synthetic-timber-forest-crime-egm.jsonl and its 3 topic cases
eval/gold/test/topics/synthetic-timber-forest-crime-egm.jsonl.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on illegal logging,
timber trafficking and other forest crimes, held in Yaoundé in September 2025 in preparation for
the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It is not a
United Nations document; the persons, the operations and the figures are invented (the
treaties and laws cited are real ones).

It is a WORD document as LibreOffice saves one (.docx, "MS Word 2007 XML"): the script writes a
LibreOffice flat OpenDocument text (.fodt) as a string and LibreOffice converts it.

* first page: the synthetic-document line, a borderless masthead table, the title, the place
  and dates, on a first-page style (no header, the job number in the footer); the following
  pages carry the symbol in the HEADER and a PAGE field in the FOOTER;
* chapter headings ("I.", "II.") and section headings ("A.", "B.") are outline headings
  numbered by the word processor's OUTLINE (chapter) numbering: the numbers are not typed;
* body paragraphs are numbered by AUTOMATIC list numbering (a list style: "1." / "(a)" /
  "(i)"), every chapter's paragraphs a list continuing the first, so the numbers run through
  the report; the lettered and roman sub-items are nested levels of the same list; the agenda
  is a second automatic list;
* officer lines with a tab, the two Vice-Chairs in one paragraph after a manual LINE BREAK;
  another manual line break inside numbered paragraph 3 (before a HYPERLINK);
* five real FOOTNOTES; italic and bold runs inside sentences;
* NON-BREAKING SPACES inside figures ("3 600 logs", "4 200 cubic metres") and a NON-BREAKING
  HYPHEN in "forty-five per cent" (U+2011; the units read it as a plain hyphen);
* paragraph 10 holds a ruled data TABLE whose header has a cell spanning two columns (and one
  spanning two rows), with a bold title above, an italic source note below, and then a
  continuing sentence in an un-numbered text paragraph that still belongs to paragraph 10;
* the annex "List of participants" in a LANDSCAPE page section, a two-column ruled table
  (State or organization | Participants) where several names share one cell, separated by
  manual line breaks.

LibreOffice converts it: soffice --headless --convert-to docx:"MS Word 2007 XML" (made with
LibreOffice 7.4.7.2); the ZIP is then rewritten with fixed member timestamps and fixed dates in
docProps/core.xml, so that regenerating gives the same bytes as long as LibreOffice does.

The expected units, the gold cases and the topics are built from the same constants the
document is typeset from; the script checks every citation, every key fact, the paragraph
count and the attendance figures against the annex.

Near misses on purpose: States that attended without speaking (China, Ghana, Norway, Papua New
Guinea); charcoal is discussed by São Tomé and Príncipe, not by Côte d'Ivoire; attacks on forest
rangers in Romania are counted, deaths are not; seizures are given for 2023 and 2024 only; the
follow-up meeting has no venue or date; donors are encouraged but no amount is given; the
Chair's post is never stated; mining and wildlife are not discussed. Brazil's forty per cent
(forged transport documents) sits close to Germany's forty-five per cent (samples whose species
or origin did not match).

Shared code: _fodt.py and _expected.py next to this script.

Run:  python eval/gold/sources/make_synthetic_timber_forest_crime_egm_docx.py
      (add --keep-fodt to keep the intermediate .fodt in /tmp)
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _fodt  # noqa: E402
from _fodt import NBSP, case, turn, unanswerable  # noqa: E402

ROOT = HERE.parents[2]
DOC_ID = "synthetic-timber-forest-crime-egm"
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.docx"
FIXED_ISO = "2025-10-03T09:00:00"
FIXED_ZIP_TIME = (2025, 10, 3, 9, 0, 0)
NBH = "\u2011"  # non-breaking hyphen

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.38/2025/1"
JOB_NUMBER = "V.25-16482"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
ISSUE_DATE = "3 October 2025"
TITLE = (
    "Report of the Expert Group Meeting on Illegal Logging, Timber Trafficking and Other "
    "Forest Crimes"
)
PLACE_DATES = "Yaoundé, Cameroon, 8–10 September 2025"
N_PARAGRAPHS = 40

FOOTNOTES = {
    1: "General Assembly resolution 55/25, annex I.",
    2: "United Nations Environment Programme and INTERPOL, The Rise of Environmental Crime: "
    "A Growing Threat to Natural Resources, Peace, Development and Security (2016).",
    3: "Regulation (EU) 2023/1115 of the European Parliament and of the Council of 31 May 2023 "
    "on the making available on the Union market and the export from the Union of certain "
    "commodities and products associated with deforestation and forest degradation.",
    4: "Food, Conservation, and Energy Act of 2008, section 8204.",
    5: "Financial Action Task Force, Money Laundering from Environmental Crime (Paris, 2021).",
}

TABLE_TITLE = "Volume of illegally harvested timber seized, selected States, 2023 and 2024"
TABLE_HEAD = ("State", "Volume seized (cubic metres)", "2023", "2024")
TABLE_ROWS = [
    ("Brazil", "41,870", "38,420"),
    ("Cameroon", "9,640", "12,115"),
    ("Indonesia", "27,300", "24,960"),
    ("Madagascar", "1,180", "2,045"),
    ("Peru", "15,730", "17,260"),
    ("Romania", "6,410", "5,980"),
]
TABLE_SOURCE = (
    "Source: Responses of States to the UNODC questionnaire on forest crime, compiled by the "
    "Secretariat (2025). Figures for 2024 are provisional."
)
TABLE_AFTER = (
    "The Secretariat noted that the increases reported by Cameroon and Madagascar reflected "
    "more frequent inspections in ports rather than a proven rise in illegal harvesting, and "
    "that the figures of different States were not directly comparable, since some States "
    "recorded the volume of logs and others the volume of sawn timber."
)

# The annex: (State, [participants]); several names in one cell on manual line breaks.
ANNEX_STATES = [
    ("Brazil", ["Iracema Gonçalves Araújo", "Thiago Sérgio Monteiro"]),
    ("Cameroon", ["Hélène Mbarga-Nkoulou", "Jean-Rémi Ékotto Abéga", "Odile Ngo Bassong"]),
    ("China", ["Li Wenjie"]),
    ("Colombia", ["María Fernanda Quiñónez Peña"]),
    ("Côte d’Ivoire", ["Kouakou Aimé N’Dri-Yao"]),
    ("Democratic Republic of the Congo", ["Célestin Mbuyi Kabeya"]),
    ("Gabon", ["Aurélie Ndong Obiang"]),
    ("Germany", ["Jürgen Weißmüller"]),
    ("Ghana", ["Kwabena Ofori Mensah"]),
    ("Indonesia", ["I Wayan Sudarsana Putra", "Dewi Lestari Siregar"]),
    ("Lao People’s Democratic Republic", ["Souksavanh Phommachanh"]),
    ("Madagascar", ["Haingotiana Rasoanaivo"]),
    ("Norway", ["Ragnhild Sæther Øvergård"]),
    ("Papua New Guinea", ["Kila Tau Vagi"]),
    ("Peru", ["Joaquín Ñáñez Villalobos", "Rocío Huamán Quispe"]),
    ("Romania", ["Ștefan Bălănescu"]),
    ("São Tomé and Príncipe", ["Conceição Lima do Espírito Santo"]),
    ("Sweden", ["Åsa Lindqvist-Öberg"]),
    ("Türkiye", ["Elif Şahin Kırımlı"]),
    ("United States of America", ["Katherine O’Donnell-Reyes"]),
    ("Viet Nam", ["Nguyễn Thị Thu Hằng", "Trần Quốc Việt"]),
]
ANNEX_OBSERVERS = [
    ("International Criminal Police Organization (INTERPOL)", ["Mehdi Benali-Fournier"]),
    ("International Tropical Timber Organization", ["Kenji Ōhashi", "Ana Lúcia Ferrão"]),
    (
        "Secretariat of the Convention on International Trade in Endangered Species of Wild "
        "Fauna and Flora",
        ["Renée Castellví"],
    ),
]
ANNEX_HEAD = ("State or organization", "Participants")
ANNEX_ROWS = [ANNEX_HEAD, *ANNEX_STATES, *ANNEX_OBSERVERS]
N_EXPERTS = "twenty-seven"
N_STATES = "21"
STATE_LIST = ", ".join(s for s, _ in ANNEX_STATES[:-1]) + " and " + ANNEX_STATES[-1][0]

# Body, in document order:
#   ("h1", text) / ("h2", text)     outline headings, numbered by the outline numbering
#   ("p", text, extra)              numbered paragraph; extra: "key", and "lines", "agenda",
#                                   "items" as in _fodt, or "table": True (the table of
#                                   paragraph 10 and its continuing sentence)
# Texts: {n} footnote n, *italic*, **bold**, [[text|url]], "\n" a manual line break.
BODY: list[tuple] = [
    ("h1", "Introduction"),
    (
        "p",
        "The Expert Group Meeting on Illegal Logging, Timber Trafficking and Other Forest "
        "Crimes was held in Yaoundé, Cameroon, from 8 to 10 September 2025, as part of the "
        "preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice. It was organized by the United Nations Office on Drugs and Crime "
        "(UNODC) and hosted by the Government of Cameroon.",
        {"key": "held"},
    ),
    (
        "p",
        "The meeting was convened to examine how the United Nations Convention against "
        "Transnational Organized Crime{1} and the United Nations Convention against Corruption "
        "could be used more effectively against crimes that affect forests, and how "
        "enforcement agencies, customs, forest authorities and financial intelligence units "
        "could work together along the whole timber supply chain, from the forest to the "
        "final buyer.",
        {"key": "purpose"},
    ),
    (
        "p",
        "The experts had before them a background paper prepared by the Secretariat on trends "
        "in illegal logging and timber trafficking, which is available on the UNODC "
        "website:\n[[www.unodc.org/unodc/en/wildlife-and-forest-crime|"
        "https://www.unodc.org/unodc/en/wildlife-and-forest-crime/index.html]]",
        {"key": "paper"},
    ),
    ("h1", "Organization of the meeting"),
    ("h2", "Opening of the meeting"),
    (
        "p",
        "The meeting was opened on 8 September 2025 by the Minister of Forestry and Wildlife "
        "of Cameroon, who recalled that forests covered some 40 per cent of the national "
        "territory and that the forest sector was the second largest source of export "
        "revenue of the country after oil.",
        {"key": "opening"},
    ),
    (
        "p",
        "The representative of UNODC recalled that illegal logging was estimated to account "
        "for between fifteen and thirty per cent of the global trade in timber{2} and that "
        "forest crime was increasingly committed by organized criminal groups which also "
        "engaged in corruption, fraud and money-laundering.",
        {"key": "unodc_opening"},
    ),
    ("h2", "Election of officers"),
    (
        "p",
        "The following officers were elected by acclamation:",
        {
            "key": "officers",
            "lines": [
                ("Chair:", "Hélène Mbarga-Nkoulou (Cameroon)"),
                (
                    "Vice-Chairs:",
                    ["Nguyễn Thị Thu Hằng (Viet Nam)", "Joaquín Ñáñez Villalobos (Peru)"],
                ),
                ("Rapporteur:", "Åsa Lindqvist-Öberg (Sweden)"),
            ],
        },
    ),
    ("h2", "Adoption of the agenda"),
    (
        "p",
        "At its first session, the meeting adopted the following agenda:",
        {
            "key": "agenda",
            "agenda": [
                "Opening of the meeting.",
                "Election of officers.",
                "Adoption of the agenda.",
                "Illegal logging and timber trafficking: trends and routes.",
                "Fraud in timber documentation and the laundering of timber.",
                "Corruption and financial investigations in the forest sector.",
                "Charcoal, arson and other forest crimes.",
                "Recommendations.",
                "Adoption of the report.",
            ],
        },
    ),
    ("h2", "Attendance"),
    (
        "p",
        f"The meeting was attended by {N_EXPERTS} experts from the following {N_STATES} "
        f"States: {STATE_LIST}. The experts participated in their personal capacity.",
        {"key": "attendance"},
    ),
    (
        "p",
        "Representatives of the International Criminal Police Organization (INTERPOL), the "
        "International Tropical Timber Organization and the secretariat of the Convention on "
        "International Trade in Endangered Species of Wild Fauna and Flora (CITES) attended "
        "as observers. The list of participants is contained in the annex to the present "
        "report.",
        {"key": "observers"},
    ),
    ("h1", "Summary of deliberations"),
    ("h2", "Illegal logging and timber trafficking: trends and routes"),
    (
        "p",
        "The Secretariat presented the volumes of illegally harvested timber seized in 2023 "
        "and 2024 by the States that had replied to its questionnaire on forest crime, as "
        "summarized in the table below:",
        {"key": "table", "datatable": True},
    ),
    (
        "p",
        "The expert from Brazil, Iracema Gonçalves Araújo, said that most of the timber "
        "illegally harvested in the Amazon reached the market with a document that appeared "
        "to be valid. Of the timber seized by the federal police in 2024, **forty per cent** "
        "had travelled with forged or cloned forest transport documents, often issued in the "
        "name of logging plans that had already been exhausted. Satellite deforestation "
        "alerts were now shared with prosecutors within days.",
        {"key": "brazil"},
    ),
    (
        "p",
        "The expert from Peru, Rocío Huamán Quispe, described the laundering of timber "
        "through forest concessions that declared trees which did not exist. The national "
        "supervisory body had carried out some 1,250 field inspections of concessions in "
        "2024 and had found in a third of them that the trees declared in the annual "
        "operating plan could not be located on the ground.",
        {"key": "peru"},
    ),
    (
        "p",
        f"The expert from Madagascar, Haingotiana Rasoanaivo, said that stockpiles of "
        f"rosewood (*Dalbergia* spp.) logged before the export ban remained a major risk: "
        f"some 3{NBSP}600 logs seized since 2019 were still held in warehouses on the east "
        f"coast, and some of them had disappeared before they could be inventoried. "
        f"Rosewood was shipped in containers declared as other goods, mostly towards Asian "
        f"markets.",
        {"key": "madagascar"},
    ),
    (
        "p",
        "The second expert from Indonesia, I Wayan Sudarsana Putra, said that some 60 per "
        "cent of the illegal logs seized in Kalimantan in 2024 had been floated down rivers "
        "at night, and that river patrols had therefore been reinforced.",
        {"key": "indonesia_rivers"},
    ),
    (
        "p",
        "The expert from Viet Nam, Trần Quốc Việt, presented the *Viet Nam Timber Legality "
        "Assurance System*, under which importers had to show that imported timber had been "
        "harvested legally in the country of origin. Nearly one in four consignments checked "
        "in 2024 carried certificates from companies that had been dissolved. When the "
        "authorities of the exporting country did not reply, verifying where a consignment "
        "came from could take up to eighteen months.",
        {"key": "vietnam"},
    ),
    (
        "p",
        "The expert from Romania, Ștefan Bălănescu, explained that every transport of wood in "
        "his country had to be registered in an electronic tracking system, SUMAL, and that "
        "any citizen could check through a mobile application whether a lorry loaded with "
        "logs had been registered. Forest rangers and inspectors had nevertheless been the "
        "target of twelve physical attacks in 2024.",
        {"key": "romania"},
    ),
    ("h2", "Fraud in timber documentation and the laundering of timber"),
    (
        "p",
        f"The expert from Germany, Jürgen Weißmüller, said that the new European Union "
        f"regulation on deforestation-free products{{3}} required operators to give the "
        f"geographical coordinates of the plot where the wood had been harvested. Declarations "
        f"had to be verified with laboratory methods: of 410 wood product samples tested in "
        f"2024, forty{NBH}five per cent did not match the species or the country of origin "
        f"declared by the importer.",
        {"key": "germany"},
    ),
    (
        "p",
        "The expert from the United States of America, Katherine O’Donnell-Reyes, recalled "
        "that the *Lacey Act*, as amended in 2008,{4} made it an offence to import plant "
        "products harvested in violation of the laws of another country and required an "
        "import declaration stating the species and the country of harvest. In 2023 a "
        "flooring importer had been ordered to pay a penalty of US$ 7.8 million.",
        {"key": "usa"},
    ),
    (
        "p",
        "The expert from Indonesia, Dewi Lestari Siregar, described the national timber "
        "legality verification system, under which some 1,250 companies had been audited by "
        "independent bodies in 2024. Illegal logging had moved from large concessions to "
        "small plots on peatland, where it was harder to detect from the air.",
        {"key": "indonesia"},
    ),
    (
        "p",
        "The expert from Côte d’Ivoire, Kouakou Aimé N’Dri-Yao, said that his country had lost "
        "some 80 per cent of its forest cover since 1960, largely as cocoa plantations "
        "expanded into classified forests. Timber felled on cleared plots was laundered "
        "through sawmills that mixed it with timber from authorized felling.",
        {"key": "cote"},
    ),
    (
        "p",
        "The observer for the International Tropical Timber Organization said that some 300 "
        "customs officers had been trained since 2021 to identify traded timber species with "
        "portable wood anatomy kits, and that a short field guide to look-alike species had "
        "been published in four languages.",
        {"key": "itto"},
    ),
    ("h2", "Corruption and financial investigations in the forest sector"),
    (
        "p",
        "The expert from Gabon, Aurélie Ndong Obiang, said that corruption was the main "
        "facilitator of timber trafficking, in the granting of permits as well as in "
        "customs. In 2023, 212 containers of timber seized at the port of Owendo had "
        "disappeared from a customs yard before the case came to trial.",
        {"key": "gabon"},
    ),
    (
        "p",
        "The expert from the Democratic Republic of the Congo, Célestin Mbuyi Kabeya, said "
        "that an estimated 90 per cent of the timber produced in his country came from "
        "informal artisanal logging, and that in the east armed groups collected illegal "
        "taxes on timber at roadblocks and sold it across the border.",
        {"key": "drc"},
    ),
    (
        "p",
        "The Rapporteur, Åsa Lindqvist-Öberg, urged investigators to **follow the money**: "
        "the proceeds of forestry crime were estimated at between US$ 51 billion and US$ "
        "152 billion a year,{5} yet parallel financial investigations were rarely opened, "
        "and assets were seldom confiscated in forest crime cases.",
        {"key": "sweden"},
    ),
    (
        "p",
        "The expert from the Lao People’s Democratic Republic, Souksavanh Phommachanh, said "
        "that the export of unprocessed logs and sawn timber had been banned since 2016 and "
        "that the ban had shifted trafficking towards semi-finished products, which were "
        "harder to identify at the border.",
        {"key": "lao"},
    ),
    (
        "p",
        "The Vice-Chair, Nguyễn Thị Thu Hằng, said that Viet Nam and its neighbours held joint "
        "patrols along the land border, but that a request for mutual legal assistance in a "
        "timber case took fourteen months on average to be answered.",
        {"key": "vicechair_vn"},
    ),
    ("h2", "Charcoal, arson and other forest crimes"),
    (
        "p",
        "The expert from Türkiye, Elif Şahin Kırımlı, described forest fires set deliberately "
        "to open land for construction or tourism. Under national law, forest land that had "
        "burned could not be reclassified for building, and investigators used drones and "
        "satellite images to identify the points where a fire had started.",
        {"key": "turkiye"},
    ),
    (
        "p",
        "The expert from São Tomé and Príncipe, Conceição Lima do Espírito Santo, said that "
        "charcoal supplied three quarters of the energy used by households for cooking and "
        "that illegal charcoal production was degrading the shade forests around the "
        "national park. Most producers were poor rural families rather than organized groups.",
        {"key": "saotome"},
    ),
    (
        "p",
        "The expert from Colombia, María Fernanda Quiñónez Peña, said that deforestation in "
        "the Amazon region was driven by land grabbing for cattle ranching and coca "
        "cultivation, financed by criminal groups, and that deforestation there had fallen "
        "by 36 per cent in 2023. Environmental defenders and community leaders were "
        "frequently threatened.",
        {"key": "colombia"},
    ),
    (
        "p",
        "The expert from Cameroon, Jean-Rémi Ékotto Abéga, said that community forests were "
        "sometimes used as a cover for logging outside their limits, and that the management "
        "agreements of community forests found in breach were suspended for eighteen months. "
        "Local communities had sent some 2,300 reports of illegal felling by mobile telephone "
        "in 2024.",
        {"key": "cameroon"},
    ),
    (
        "p",
        "The Vice-Chair, Joaquín Ñáñez Villalobos, said that some 120 indigenous forest "
        "monitors had been trained in Peru to record illegal felling with mobile devices, and "
        "that several of them had received death threats.",
        {"key": "monitors"},
    ),
    (
        "p",
        "The third expert from Cameroon, Odile Ngo Bassong, said that the courts of her "
        "country had dealt with 146 cases of forest offences in 2024, most of which had been "
        "closed by an out-of-court settlement in which the offender paid a sum of money to the "
        "forest administration.",
        {"key": "courts"},
    ),
    (
        "p",
        f"The observer for INTERPOL presented the results of a joint operation carried out "
        f"in 2024 in 23 countries, during which some 4{NBSP}200 cubic metres of timber had "
        f"been seized and 97 persons arrested.",
        {"key": "interpol"},
    ),
    (
        "p",
        "In the general discussion, several experts noted that the penalties for illegal "
        "logging were often lower than the value of a single lorry load of timber, that "
        "forensic laboratories able to identify timber species and origin were few, and that "
        "corrupt officials were rarely prosecuted.",
        {"key": "discussion"},
    ),
    ("h1", "Recommendations"),
    (
        "p",
        "Member States should:",
        {
            "key": "ms",
            "items": [
                "Make serious forest crimes, including illegal logging and timber trafficking, "
                "punishable by a maximum deprivation of liberty of at least four years, so "
                "that they are serious crimes within the meaning of the Organized Crime "
                "Convention;",
                "Establish electronic systems to track timber from the place of felling to "
                "the point of export, and make their data accessible to customs and "
                "prosecutors;",
                (
                    "Strengthen the capacity to verify the species and origin of timber, "
                    "including through:",
                    [
                        "Wood anatomy laboratories;",
                        "Stable isotope and DNA analysis;",
                        "Reference collections of timber samples shared with other States;",
                    ],
                ),
                "Conduct parallel financial investigations in forest crime cases and "
                "confiscate the proceeds;",
                "Prevent corruption in the granting of logging permits and in customs, "
                "including through the publication of permits;",
                "Protect forest rangers, indigenous forest monitors and environmental "
                "defenders against threats and violence;",
                "Secure seized timber and keep an inventory of it until the end of the "
                "proceedings;",
                "Involve local communities and indigenous peoples in the monitoring of forests.",
            ],
        },
    ),
    (
        "p",
        "The experts recommended that UNODC:",
        {
            "key": "unodc",
            "items": [
                "Update its *Best Practice Guide for Forensic Timber Identification*;",
                "Help States collect comparable data on forest crime;",
                "Bring the present report to the attention of the Fifteenth United Nations "
                "Congress on Crime Prevention and Criminal Justice.",
            ],
        },
    ),
    (
        "p",
        "The experts encouraged donors to support the training of forest rangers and "
        "customs officers in the countries of origin of timber.",
        {"key": "donors"},
    ),
    (
        "p",
        "The experts invited the Commission on Crime Prevention and Criminal Justice to "
        "consider forest crime as a standing item in its work on crimes that affect the "
        "environment.",
        {"key": "commission"},
    ),
    ("h1", "Adoption of the report"),
    (
        "p",
        "At its closing session, on 10 September 2025, the meeting adopted the present report "
        "on the basis of a draft introduced by the Rapporteur.",
        {"key": "adoption"},
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Cameroon for hosting the "
        "meeting and the experts for their contributions, and expressed the hope that the "
        "experts would meet again to review progress.",
        {"key": "closing"},
    ),
]

NUM = _fodt.para_numbers(BODY)


def n(key: str) -> str:
    return NUM[key]


FRONT = _fodt.Front(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)


# --------------------------------------------------------------------------------------------
# expected units
# --------------------------------------------------------------------------------------------


def annex_pieces() -> list[str]:
    """The annex as ``contains``: the header words, a one-name row as "a | b", and for a cell
    holding several names the State and each name on its own."""
    out = list(ANNEX_HEAD)
    for state, people in [*ANNEX_STATES, *ANNEX_OBSERVERS]:
        if len(people) == 1:
            out.append(f"{state} | {people[0]}")
        else:
            out += [state, *people]
    return out


def table_pieces() -> list[str]:
    return [
        TABLE_TITLE,
        *TABLE_HEAD,
        *(" | ".join(r) for r in TABLE_ROWS),
        TABLE_SOURCE,
        TABLE_AFTER,
    ]


def doc_units() -> list[dict]:
    rows = [ANNEX_HEAD, *((s, "; ".join(p)) for s, p in ANNEX_STATES + ANNEX_OBSERVERS)]
    out = _fodt.units(FRONT, BODY, FOOTNOTES, None, rows, markup=True)
    for u in out:
        if u["id"] == n("table"):
            pieces = [u.pop("text")] if "text" in u else u.pop("contains")
            u["contains"] = [pieces[0], *table_pieces(), *pieces[1:]]
        if u["id"] == "annex.1":
            u.pop("text")
            u["contains"] = annex_pieces()
        # the non-breaking hyphen is printed as a hyphen
        if "text" in u:
            u["text"] = u["text"].replace(NBH, "-")
        else:
            u["contains"] = [s.replace(NBH, "-") for s in u["contains"]]
    return out


def expected() -> dict:
    return _fodt.expected(DOC_ID, OUT, FRONT, doc_units())


def check_document() -> None:
    _fodt.check_paragraphs(BODY, N_PARAGRAPHS)
    _fodt.check_markup(_fodt.paragraph_texts(BODY), FOOTNOTES)
    _fodt.check_attendance(ANNEX_STATES, N_EXPERTS, N_STATES, ("twenty-seven", 27))


# --------------------------------------------------------------------------------------------
# flat OpenDocument text
# --------------------------------------------------------------------------------------------


def _outline_level(level: int, fmt: str, label: float, text: float) -> str:
    return (
        f'<text:outline-level-style text:level="{level}" style:num-suffix="." '
        f'style:num-format="{fmt}">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab" '
        f'text:list-tab-stop-position="{text}cm" fo:text-indent="{label - text:.2f}cm" '
        f'fo:margin-left="{text}cm"/>'
        "</style:list-level-properties></text:outline-level-style>"
    )


OUTLINE = (
    '<text:outline-style style:name="Outline">'
    + _outline_level(1, "I", 0.0, _fodt.BODY_LEFT)
    + _outline_level(2, "A", _fodt.BODY_LEFT, _fodt.BODY_TEXT)
    + "".join(
        f'<text:outline-level-style text:level="{k}" style:num-format="">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab"/>'
        "</style:list-level-properties></text:outline-level-style>"
        for k in range(3, 11)
    )
    + "</text:outline-style>"
)

LANDSCAPE = (
    '<style:page-layout style:name="pm_land">'
    '<style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21.001cm" '
    'style:print-orientation="landscape" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" '
    'fo:margin-left="2.2cm" fo:margin-right="2.2cm" style:writing-mode="lr-tb"/>'
    '<style:header-style><style:header-footer-properties fo:min-height="0cm" '
    'fo:margin-bottom="0.6cm"/></style:header-style>'
    '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
    'fo:margin-top="0.6cm"/></style:footer-style>'
    "</style:page-layout>"
)
LANDSCAPE_MASTER = (
    '<style:master-page style:name="Landscape" style:page-layout-name="pm_land">'
    f'<style:header><text:p text:style-name="HeaderRight">{SYMBOL}</text:p></style:header>'
    '<style:footer><text:p text:style-name="Footer">'
    '<text:page-number text:select-page="current">8</text:page-number></text:p></style:footer>'
    "</style:master-page>"
)
EXTRA_AUTO = (
    _fodt.pstyle("P_annex_land", "AnnexHead", extra=' style:master-page-name="Landscape"')
    + _fodt.pstyle("P_after", "SingleTxt")
    + '<style:style style:name="T_land" style:family="table">'
    '<style:table-properties style:width="22cm" fo:margin-left="1.2cm" table:align="left"/>'
    "</style:style>"
    + _fodt.column_style("T_land.A", "9cm")
    + _fodt.column_style("T_land.B", "13cm")
    + '<style:style style:name="T_data" style:family="table">'
    f'<style:table-properties style:width="10cm" fo:margin-left="{_fodt.BODY_TEXT}cm" '
    'table:align="left"/></style:style>'
    + _fodt.column_style("T_data.A", "4cm")
    + _fodt.column_style("T_data.B", "3cm")
    + LANDSCAPE
)

STYLES = (
    _fodt.styles(SYMBOL, JOB_NUMBER, footer="Footer", officer_tab=True, markup=True)
    .replace("</office:styles>", OUTLINE + "</office:styles>", 1)
    .replace("</office:automatic-styles>", EXTRA_AUTO + "</office:automatic-styles>", 1)
    .replace("</office:master-styles>", LANDSCAPE_MASTER + "</office:master-styles>", 1)
)


def _cell(text: str, style: str, para: str, attrs: str = "") -> str:
    inner = escape(text).replace("\n", "<text:line-break/>")
    return (
        f'<table:table-cell table:style-name="{style}"{attrs} office:value-type="string">'
        f'<text:p text:style-name="{para}">{inner}</text:p></table:table-cell>'
    )


def data_table() -> str:
    """The table of paragraph 10: "State" over two header rows, "Volume seized (cubic
    metres)" over the two year columns, the years below it, then the data rows."""
    head, cell = "T_body.head", "T_body.cell"
    xml = [
        '<table:table table:name="Seizures" table:style-name="T_data">',
        '<table:table-column table:style-name="T_data.A"/>',
        '<table:table-column table:style-name="T_data.B" table:number-columns-repeated="2"/>',
        "<table:table-header-rows><table:table-row>",
        _cell(TABLE_HEAD[0], head, "Table_20_Heading", ' table:number-rows-spanned="2"'),
        _cell(TABLE_HEAD[1], head, "TableHeadNum", ' table:number-columns-spanned="2"'),
        "<table:covered-table-cell/></table:table-row><table:table-row>",
        "<table:covered-table-cell/>",
        _cell(TABLE_HEAD[2], head, "TableHeadNum"),
        _cell(TABLE_HEAD[3], head, "TableHeadNum"),
        "</table:table-row></table:table-header-rows>",
    ]
    for row in TABLE_ROWS:
        xml.append("<table:table-row>")
        xml.append(_cell(row[0], cell, "Table_20_Contents"))
        xml += [_cell(v, cell, "TableNum") for v in row[1:]]
        xml.append("</table:table-row>")
    xml.append("</table:table>")
    return "".join(xml)


def annex_table() -> str:
    xml = [
        '<table:table table:name="Participants" table:style-name="T_land">',
        '<table:table-column table:style-name="T_land.A"/>',
        '<table:table-column table:style-name="T_land.B"/>',
        "<table:table-header-rows><table:table-row>",
        *(_cell(h, "T_annex.cell", "Table_20_Heading") for h in ANNEX_HEAD),
        "</table:table-row></table:table-header-rows>",
    ]
    for state, people in [*ANNEX_STATES, *ANNEX_OBSERVERS]:
        xml.append("<table:table-row>")
        xml.append(_cell(state, "T_annex.cell", "Table_20_Contents"))
        xml.append(_cell("\n".join(people), "T_annex.cell", "Table_20_Contents"))
        xml.append("</table:table-row>")
    xml.append("</table:table>")
    return "".join(xml)


def write_body(w: _fodt.Writer) -> None:
    in_list = False
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            if in_list:
                w.out.append("</text:list>")
                in_list = False
            style, level = ("HChG", 1) if kind == "h1" else ("H1G", 2)
            w.out.append(
                f'<text:h text:style-name="{style}" text:outline-level="{level}">'
                f"{w.t(item[1])}</text:h>"
            )
            continue
        extra = item[2]
        if not in_list:
            w.open_list()
            in_list = True
        w.out.append(
            f'<text:list-item><text:p text:style-name="P_body">{w.inline(item[1])}</text:p>'
        )
        if extra.get("items"):
            w.out.append(w.items(extra["items"]))
        w.out.append("</text:list-item>")
        if extra.get("lines") or extra.get("agenda") or extra.get("datatable"):
            w.out.append("</text:list>")
            in_list = False
            for label, line in extra.get("lines", []):
                names = line if isinstance(line, str) else "\n".join(line)
                w.p("Officer", f"{label}\t{names}")
            if extra.get("agenda"):
                w.out.append('<text:list text:style-name="UN_20_Agenda">')
                for line in extra["agenda"]:
                    w.out.append(
                        f'<text:list-item><text:p text:style-name="P_agenda">{w.t(line)}'
                        "</text:p></text:list-item>"
                    )
                w.out.append("</text:list>")
            if extra.get("datatable"):
                w.p("TableTitle", TABLE_TITLE)
                w.out.append(data_table())
                w.p("TableNote", TABLE_SOURCE)
                w.p("P_after", TABLE_AFTER)
    if in_list:
        w.out.append("</text:list>")


def build_fodt() -> str:
    w = _fodt.Writer(FOOTNOTES, markup=True)
    _fodt.front_page(w, FRONT)
    write_body(w)
    w.p("P_annex_land", "Annex")
    w.p("AnnexSub", "List of participants")
    w.out.append(annex_table())
    return _fodt.document(w, TITLE, FIXED_ISO, STYLES)


def build_docx(keep_fodt: bool = False) -> None:
    _fodt.convert(
        build_fodt(),
        OUT,
        "docx:MS Word 2007 XML",
        keep_fodt=keep_fodt,
        write=partial(_fodt.normalize_docx, fixed_iso=FIXED_ISO, zip_time=FIXED_ZIP_TIME),
    )


# --------------------------------------------------------------------------------------------
# gold cases and topics
# --------------------------------------------------------------------------------------------

D = DOC_ID
CIV = ["Côte d’Ivoire", "Côte d'Ivoire", "Cote d'Ivoire"]

CASES: list[dict] = [
    # numbers
    case(
        D,
        "tc-01",
        "numbers",
        "What share of the timber seized by Brazil's federal police in 2024 had moved with "
        "fake or cloned transport papers?",
        "Forty per cent, according to the expert from Brazil, Iracema Gonçalves Araújo.",
        [["forty per cent", "40 per cent", "40%", "40 percent", "forty percent"]],
        [n("brazil")],
    ),
    case(
        D,
        "tc-02",
        "numbers",
        "In Germany's laboratory tests of wood products in 2024, how many samples did not "
        "match the declared species or origin?",
        "Forty-five per cent of the 410 wood product samples tested in 2024 did not match the "
        "species or the country of origin declared by the importer.",
        [
            ["forty-five per cent", "45 per cent", "45%", "forty five per cent", "45 percent"],
            ["410"],
        ],
        [n("germany")],
    ),
    case(
        D,
        "tc-03",
        "numbers",
        "How many seized rosewood logs are still sitting in warehouses in Madagascar?",
        "Some 3,600 logs seized since 2019 were still held in warehouses on the east coast.",
        [["3 600", "3,600", "3600", "three thousand six hundred"]],
        [n("madagascar")],
    ),
    case(
        D,
        "tc-04",
        "numbers",
        "How many containers of seized timber went missing in Gabon before trial?",
        "212 containers of timber seized at the port of Owendo disappeared from a customs "
        "yard in 2023 before the case came to trial.",
        [["212", "two hundred and twelve", "two hundred twelve"]],
        [n("gabon")],
    ),
    case(
        D,
        "tc-05",
        "numbers",
        "How many experts took part in the meeting and from how many countries?",
        "Twenty-seven experts from 21 States.",
        [["twenty-seven", "27", "twenty seven"], ["21", "twenty-one"]],
        [n("attendance")],
    ),
    case(
        D,
        "tc-06",
        "numbers",
        "In Peru's 2024 checks of forest concessions, how often were the declared trees "
        "missing on the ground?",
        "In a third of the some 1,250 field inspections of concessions carried out in 2024, "
        "the trees declared in the annual operating plan could not be located.",
        [["a third", "one third", "1/3"], ["1,250", "1250", "1 250"]],
        [n("peru")],
    ),
    # names
    case(
        D,
        "tc-07",
        "names",
        "Who chaired the expert group meeting?",
        "Hélène Mbarga-Nkoulou of Cameroon.",
        [["Hélène Mbarga-Nkoulou", "Helene Mbarga-Nkoulou", "Mbarga-Nkoulou"]],
        [n("officers")],
    ),
    case(
        D,
        "tc-08",
        "names",
        "Which Vietnamese expert presented the timber legality assurance system?",
        "Trần Quốc Việt, the expert from Viet Nam.",
        [["Trần Quốc Việt", "Tran Quoc Viet"]],
        [n("vietnam")],
    ),
    case(
        D,
        "tc-09",
        "names",
        "Who spoke for Romania at the meeting?",
        "Ștefan Bălănescu, who described the SUMAL electronic tracking system for transports "
        "of wood.",
        [["Ștefan Bălănescu", "Stefan Balanescu", "Bălănescu", "Ştefan Bălănescu"]],
        [n("romania")],
    ),
    case(
        D,
        "tc-10",
        "names",
        "Which expert talked about armed groups taxing timber at roadblocks?",
        "Célestin Mbuyi Kabeya, the expert from the Democratic Republic of the Congo.",
        [["Célestin Mbuyi Kabeya", "Celestin Mbuyi Kabeya", "Mbuyi Kabeya"]],
        [n("drc")],
    ),
    # paraphrase
    case(
        D,
        "tc-11",
        "paraphrase",
        "If the exporting country never answers, how long can Viet Nam take to confirm where "
        "imported wood really came from?",
        "Up to eighteen months, according to Trần Quốc Việt.",
        [["eighteen months", "18 months"]],
        [n("vietnam")],
    ),
    case(
        D,
        "tc-12",
        "paraphrase",
        "Can ordinary people in Romania find out whether a truck full of logs is legal?",
        "Yes: every transport of wood must be registered in the SUMAL electronic tracking "
        "system, and any citizen can check through a mobile application whether a lorry "
        "loaded with logs has been registered.",
        [["SUMAL", "mobile application", "app"]],
        [n("romania")],
    ),
    case(
        D,
        "tc-13",
        "paraphrase",
        "What is eating away at the forests of Côte d'Ivoire?",
        "Mainly the expansion of cocoa plantations into classified forests; the country has "
        "lost some 80 per cent of its forest cover since 1960.",
        [["cocoa"]],
        [n("cote")],
    ),
    case(
        D,
        "tc-14",
        "paraphrase",
        "Is it against US law to bring in wood that was cut illegally abroad?",
        "Yes. The Lacey Act, as amended in 2008, makes it an offence to import plant products "
        "harvested in violation of the laws of another country and requires an import "
        "declaration of species and country of harvest.",
        [["Lacey Act"]],
        [n("usa")],
    ),
    case(
        D,
        "tc-15",
        "paraphrase",
        "How much do families in São Tomé rely on charcoal to cook?",
        "Charcoal supplies three quarters of the energy households use for cooking, according "
        "to Conceição Lima do Espírito Santo.",
        [["three quarters", "three-quarters", "75 per cent", "75%"]],
        [n("saotome")],
    ),
    # list
    case(
        D,
        "tc-16",
        "list",
        "Which organizations attended as observers?",
        "INTERPOL, the International Tropical Timber Organization and the secretariat of CITES.",
        [
            ["INTERPOL", "International Criminal Police Organization"],
            ["International Tropical Timber Organization", "ITTO"],
            ["CITES", "Convention on International Trade in Endangered Species"],
        ],
        [n("observers")],
    ),
    case(
        D,
        "tc-17",
        "list",
        "Which forensic tools should countries build up to check the species and origin of timber?",
        "Wood anatomy laboratories; stable isotope and DNA analysis; and reference collections "
        "of timber samples shared with other States.",
        [["wood anatomy"], ["stable isotope", "isotope"], ["DNA"], ["reference collection"]],
        [f"{n('ms')}(c)(i)", f"{n('ms')}(c)(ii)", f"{n('ms')}(c)(iii)"],
    ),
    case(
        D,
        "tc-18",
        "list",
        "What did the experts ask UNODC to do?",
        "Update its Best Practice Guide for Forensic Timber Identification, help States "
        "collect comparable data on forest crime, and bring the report to the attention of "
        "the Fifteenth Congress.",
        [
            ["Best Practice Guide", "Forensic Timber Identification"],
            ["comparable data", "data on forest crime"],
            ["Fifteenth United Nations Congress", "Fifteenth Congress"],
        ],
        [f"{n('unodc')}(a)", f"{n('unodc')}(b)", f"{n('unodc')}(c)"],
    ),
    # followup
    case(
        D,
        "tc-19",
        "followup",
        "Where were those containers being held?",
        "They had been seized at the port of Owendo and disappeared from a customs yard.",
        [["Owendo"]],
        [n("gabon")],
        history=turn(
            "What did the expert from Gabon say about corruption?",
            "Aurélie Ndong Obiang said that corruption was the main facilitator of timber "
            "trafficking, both in the granting of permits and in customs, and that in 2023, "
            f"212 containers of seized timber had disappeared before trial [{n('gabon')}].",
        ),
    ),
    case(
        D,
        "tc-20",
        "followup",
        "And Romania?",
        "Romania seized 6,410 cubic metres in 2023 and 5,980 cubic metres in 2024.",
        [["6,410", "6410", "6 410"], ["5,980", "5980", "5 980"]],
        [n("table")],
        history=turn(
            "How much illegally harvested timber did Peru seize in 2023 and 2024?",
            "According to the Secretariat's table, Peru seized 15,730 cubic metres in 2023 "
            f"and 17,260 cubic metres in 2024 [{n('table')}].",
        ),
    ),
    case(
        D,
        "tc-21",
        "followup",
        "How big did she say those criminal proceeds are?",
        "Between US$ 51 billion and US$ 152 billion a year.",
        [["51 billion", "51"], ["152 billion", "152"]],
        [n("sweden")],
        history=turn(
            "What did the Rapporteur say about financial investigations?",
            "Åsa Lindqvist-Öberg urged investigators to follow the money, noting that "
            "parallel financial investigations were rarely opened and assets seldom "
            f"confiscated in forest crime cases [{n('sweden')}].",
        ),
    ),
    # frame
    case(
        D,
        "tc-22",
        "frame",
        "Did anyone mention the EU rules on deforestation-free products?",
        "Yes. The expert from Germany, Jürgen Weißmüller, said the new European Union "
        "regulation (Regulation (EU) 2023/1115) requires operators to give the geographical "
        "coordinates of the plot where the wood was harvested.",
        [["2023/1115", "geographical coordinates"]],
        [n("germany")],
    ),
    case(
        D,
        "tc-23",
        "frame",
        "Was the safety of forest rangers discussed?",
        "Yes. Forest rangers and inspectors in Romania were the target of twelve physical "
        "attacks in 2024, and the experts recommended that Member States protect forest "
        "rangers, indigenous forest monitors and environmental defenders.",
        [["forest rangers"]],
        [n("romania"), f"{n('ms')}(f)"],
        any_citation=True,
    ),
    # factual
    case(
        D,
        "tc-24",
        "factual",
        "On what day was the report adopted?",
        "On 10 September 2025, at the closing session.",
        [["10 September 2025", "10 September"]],
        [n("adoption")],
    ),
    case(
        D,
        "tc-25",
        "factual",
        "Since when has Laos banned the export of unprocessed logs?",
        "Since 2016, according to Souksavanh Phommachanh.",
        [["2016"]],
        [n("lao")],
    ),
    # front
    case(
        D,
        "tc-26",
        "front",
        "What is the document symbol of this report and when was it issued?",
        "UNODC/CCPCJ/EG.38/2025/1, issued on 3 October 2025.",
        [["UNODC/CCPCJ/EG.38/2025/1", "EG.38/2025/1"], ["3 October 2025"]],
        ["front"],
    ),
    case(
        D,
        "tc-27",
        "front",
        "Where and when did the forest crime expert meeting take place?",
        "In Yaoundé, Cameroon, from 8 to 10 September 2025.",
        [["Yaoundé", "Yaounde"], ["8–10 September 2025", "8 to 10 September 2025"]],
        ["front", n("held")],
        any_citation=True,
    ),
    # unanswerable: near misses
    unanswerable(D, "tc-28", "What did the expert from China say about rosewood imports?"),
    unanswerable(
        D, "tc-29", "What did the expert from Côte d'Ivoire say about charcoal production?"
    ),
    unanswerable(D, "tc-30", "In which city and on what dates will the follow-up meeting be held?"),
    unanswerable(
        D, "tc-31", "How much money did donors pledge for training forest rangers and customs?"
    ),
    unanswerable(D, "tc-32", "How much illegally harvested timber did Cameroon seize in 2022?"),
    unanswerable(
        D, "tc-33", "What position does Hélène Mbarga-Nkoulou hold in the Government of Cameroon?"
    ),
    unanswerable(
        D, "tc-34", "What did the experts say about illegal gold mining in the Amazon forest?"
    ),
    unanswerable(D, "tc-35", "How many forest rangers were killed in Romania in 2024?"),
]

TOPICS = [
    {
        "id": "tct-01",
        "topic": "Forensic identification of timber: laboratory methods to verify the species "
        "and origin of wood (wood anatomy, stable isotope and DNA analysis, reference "
        "collections of samples), testing of declarations and forensic laboratories",
        "paragraphs": [
            n("germany"),
            n("itto"),
            n("discussion"),
            f"{n('ms')}(c)",
            f"{n('ms')}(c)(i)",
            f"{n('ms')}(c)(ii)",
            f"{n('ms')}(c)(iii)",
            f"{n('unodc')}(a)",
        ],
    },
    {
        "id": "tct-02",
        "topic": "Corruption in the forest sector: corruption in the granting of logging "
        "permits and in customs, corrupt officials and their prosecution, and the use of the "
        "Convention against Corruption against forest crime",
        "paragraphs": [
            n("purpose"),
            n("unodc_opening"),
            n("agenda"),
            n("gabon"),
            n("discussion"),
            f"{n('ms')}(e)",
        ],
    },
    {
        "id": "tct-03",
        "topic": "Threats and violence against people who protect forests: attacks on forest "
        "rangers and inspectors, threats against indigenous forest monitors, environmental "
        "defenders and community leaders, and their protection",
        "paragraphs": [
            n("romania"),
            n("colombia"),
            n("monitors"),
            f"{n('ms')}(f)",
        ],
    },
]


def check_cases(doc: dict) -> None:
    by_id = _fodt.check_cases(doc, CASES, TOPICS, "tc", 35)
    _fodt.check_mix(CASES)
    text = " ".join(by_id.values())
    # the near misses stay unanswered: words that must not occur anywhere in the document
    for word in ("mining", "gold", "pledge", "killed", "2022", "next meeting"):
        if word in text:
            raise SystemExit(f"near miss broken: {word!r} occurs in the document")
    china = by_id[n("attendance")]
    if "china" not in china or sum("china" in t for t in by_id.values()) != 2:
        raise SystemExit("China must be listed (attendance and annex) and say nothing")
    if "charcoal" in by_id[n("cote")]:
        raise SystemExit("Côte d'Ivoire must not speak of charcoal")


def main() -> None:
    check_document()
    doc = expected()
    check_cases(doc)
    build_docx(keep_fodt="--keep-fodt" in sys.argv)
    _fodt.write_gold(OUT, doc, CASES, TOPICS)
    print(f"layout (from a PDF printed from the .docx): {layout()}")


def layout() -> dict:
    pages = _fodt.printed_pages(OUT)
    if not pages:
        return {}
    units = doc_units()
    return {
        "pages": len([p for p in pages if p]),
        "split paragraphs": _fodt.split_paragraphs(units, pages),
        "footnotes": {k: _fodt.pages_of(pages, v[:50]) for k, v in FOOTNOTES.items()},
        "table title": _fodt.pages_of(pages, TABLE_TITLE),
        "table after": _fodt.pages_of(pages, TABLE_AFTER[:60]),
        "annex": _fodt.pages_of(pages, "Listofparticipants"),
    }


if __name__ == "__main__":
    main()
