"""Generate synthetic-illegal-mining-gold-egm.pdf (next to this script) and its expected
units synthetic-illegal-mining-gold-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on crimes linked to
illegal mining and gold smuggling, held in Paramaribo in preparation for the Fifteenth United
Nations Congress on Crime Prevention and Criminal Justice. Layout (ODS-like PDF):
  * masthead on page 1 ("United Nations", symbol, organ, distribution block, title, place and
    dates), the job number and the page number ("1/N") at the foot of page 1;
  * pages 2+: running head with the symbol over a rule, footer with "n/N" and the job number,
    alternating left/right;
  * paragraph numbers in a hanging left margin (x=22 mm), text at x=34 mm;
  * lettered sub-items and a nested (i), (ii), (iii) level inside the recommendations;
  * officer and agenda lines inside a paragraph;
  * a small ruled statistics table (seizures by year) set right under the paragraph that
    introduces it and before the next numbered paragraph; its rows belong to that paragraph;
  * one superscript footnote with its text at the foot of the page below a short rule;
  * paragraphs that continue on the next page;
  * an annex on a new page: a ruled two-column table "List of participants" (one unit).
No word is hyphenated at a line end (lines break at spaces only). Deterministic output.

Run:  /work/main/.venv/bin/python make_synthetic_illegal_mining_gold_egm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _un_pdf  # noqa: E402

HERE = Path(__file__).resolve().parent
DOC_ID = "synthetic-illegal-mining-gold-egm"
OUT = HERE.parents[2] / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = HERE.parents[2] / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.27/2025/1"
ISSUE_DATE = "28 November 2025"
JOB_NUMBER = "V.25-15238"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = "Report of the Expert Group Meeting on Crimes Linked to Illegal Mining and Gold Smuggling"
PLACE_DATES = "Paramaribo, 11\u201313 November 2025"

FOOTNOTES = {
    "1": (
        "The Minamata Convention on Mercury entered into force on 16 August 2017; as at "
        "1 November 2025, it had 153 parties."
    ),
}

# Body items, as _un_pdf.draw_body reads them, and this report's own:
#   ("table", rows)            a table belonging to the preceding paragraph (header first)
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Crimes Linked to Illegal Mining and Gold Smuggling was "
        "held in Paramaribo from 11 to 13 November 2025, as part of the preparations for the "
        "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. It was "
        "organized by the United Nations Office on Drugs and Crime (UNODC) in cooperation "
        "with the Government of Suriname and the Amazon Cooperation Treaty Organization, "
        "with financial support from the Governments of Canada and Switzerland.",
    ),
    (
        "p",
        "2",
        "The meeting was opened by the Minister of Justice and Police of Suriname, who "
        "recalled that gold accounted for more than 80 per cent of the country’s exports and "
        "that an estimated twenty thousand people worked in small-scale gold mining in the "
        "interior, most of them without a licence. He stated that the expansion of illegal "
        "mining along the rivers of the interior had brought with it the pollution of "
        "drinking water, the displacement of Indigenous and tribal communities and a growing "
        "presence of criminal networks from outside the country.",
    ),
    (
        "p",
        "3",
        "A representative of UNODC delivered an opening statement on behalf of the Executive "
        "Director. She noted that illegal mining had become one of the fastest-growing forms "
        "of crime that affects the environment, and that in some regions the proceeds of "
        "illegally mined gold were estimated to exceed those of cocaine trafficking. She "
        "recalled that in the Kyoto Declaration, adopted at the Fourteenth Congress in 2021, "
        "Member States had committed to preventing and combating crimes that affect the "
        "environment, and said that the conclusions of the meeting would be presented to "
        "the Fifteenth Congress as a contribution to its discussions on that subject.",
    ),
    (
        "p",
        "4",
        "The Secretary General of the Amazon Cooperation Treaty Organization, speaking by "
        "video link, stated that illegal mining was present in all eight member countries of "
        "the Organization and that satellite monitoring had identified more than 4,000 "
        "illegal mining sites in the Amazon basin. He announced that the Organization would "
        "share its monitoring data with the law enforcement authorities of its member "
        "countries free of charge.",
    ),
    ("h2", "B.", "Attendance"),
    (
        "p",
        "5",
        "The meeting was attended by thirty-eight experts from 21 States, who participated "
        "in their personal capacity: Bolivia (Plurinational State of), Brazil, Burkina Faso, "
        "Canada, Colombia, Côte d’Ivoire, Ecuador, France, Ghana, Guinea, Guyana, India, "
        "Mali, Niger, Peru, Senegal, Suriname, Switzerland, Türkiye, United Arab Emirates "
        "and Venezuela (Bolivarian Republic of).",
    ),
    (
        "p",
        "6",
        "The following organizations were represented by observers: the Amazon Cooperation "
        "Treaty Organization, the Economic Community of West African States (ECOWAS), the "
        "International Criminal Police Organization (INTERPOL), the International Labour "
        "Organization (ILO), the Organisation for Economic Co-operation and Development "
        "(OECD), the secretariat of the Minamata Convention on Mercury and the United "
        "Nations Environment Programme (UNEP).",
    ),
    (
        "p",
        "7",
        "Three non-governmental organizations also attended as observers: the Red Amazónica "
        "de Vigilancia Comunitaria, the Sahel Artisanal Miners’ Association and Gold "
        "Transparency Watch. The list of participants is contained in the annex to the "
        "present report.",
    ),
    ("h2", "C.", "Election of officers"),
    (
        "p",
        "8",
        "At its first meeting, on 11 November 2025, the Expert Group elected the following "
        "officers by acclamation:",
    ),
    ("line", "Chair:", "Renée Lachmon-Sardjoe (Suriname)"),
    ("line", "Vice-Chairs:", "Sébastien Ouédraogo (Burkina Faso)"),
    ("line", "", "María Fernanda Quispe Huamán (Peru)"),
    ("line", "Rapporteur:", "Kwabena Asante-Mensah (Ghana)"),
    ("h2", "D.", "Adoption of the agenda and organization of work"),
    (
        "p",
        "9",
        "At the same meeting, the Expert Group adopted the following agenda:",
    ),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    (
        "line",
        "4.",
        "Illegal mining and gold smuggling: scale, trends and links to other forms of crime.",
    ),
    (
        "line",
        "5.",
        "Responses: investigation, prosecution, prevention and international cooperation.",
    ),
    ("line", "6.", "Adoption of the report."),
    ("line", "7.", "Closure of the meeting."),
    (
        "p",
        "10",
        "The Expert Group agreed to consider agenda items 4 and 5 in six thematic sessions, "
        "each introduced by two or three experts, and to hold a closed session on the last "
        "day to finalize its recommendations. The documents before the meeting included a "
        "background paper prepared by the Secretariat and national submissions received "
        "from fourteen States.",
    ),
    ("h1", "II.", "Summary of deliberations"),
    ("h2", "A.", "Scale, trends and drivers of illegal gold mining"),
    (
        "p",
        "11",
        "The Secretariat presented its background paper, which estimated that between 15 and "
        "20 per cent of the gold produced worldwide came from artisanal and small-scale "
        "mining, that the sector directly employed between fifteen and twenty million "
        "people, and that a large part of its production was neither licensed nor recorded. "
        "The paper noted that the price of gold had more than doubled between 2019 and 2025, "
        "which had made even low-grade deposits profitable and had drawn new workers and new "
        "criminal actors into the sector.",
    ),
    (
        "p",
        "12",
        "The expert from Peru, María Fernanda Quispe Huamán, described the situation in the "
        "region of Madre de Dios, where an estimated 95,000 hectares of forest had been lost "
        "to mining since the 1980s. She explained that the distinction between informal and "
        "illegal mining was central to the approach of her country: informal miners could "
        "enter a formalization process, whereas mining in protected areas and in river beds "
        "was prohibited and prosecuted as a crime. She acknowledged that the formalization "
        "register had been extended several times and was widely used by illegal operators "
        "to sell their gold under the cover of a pending application.",
    ),
    (
        "p",
        "13",
        "The expert from Brazil, João Batista Rocha Filho, reported that in the Yanomami "
        "Indigenous Territory, where the number of illegal miners had been estimated at "
        "twenty thousand in 2022, a joint operation of federal agencies had reduced the area "
        "of active mining by about 90 per cent in two years. He noted that the operation had "
        "relied on the control of airspace and of fuel supplies, since mining sites in remote "
        "areas could not function without regular deliveries of diesel by air or by river.",
    ),
    (
        "p",
        "14",
        "Several experts from West Africa described the rapid spread of artisanal gold "
        "mining across the Sahel. The expert from Mali, Aminata Traoré, stated that more "
        "than two million people depended directly or indirectly on artisanal mining in her "
        "country, and that a number of sites had come under the control of armed groups that "
        "levied taxes on miners and traders. The expert from Niger, Issoufou Garba Abdou, "
        "added that the discovery of gold on the Djado plateau in 2014 had attracted tens of "
        "thousands of people, some of whom had later been recruited by smugglers of migrants "
        "after the sites were closed by the authorities.",
    ),
    (
        "p",
        "15",
        "The expert from Guyana, Devindra Persaud, noted that the boundary between licensed "
        "and illegal operations was often blurred, since licensed concession holders "
        "sometimes subcontracted work to unregistered crews or bought gold from illegal "
        "sites in order to meet their declared production. He suggested that the production "
        "declared by concession holders should be systematically compared with the capacity "
        "of the equipment registered at each site.",
    ),
    (
        "p",
        "16",
        "Experts agreed that poverty, the lack of alternative livelihoods and the high price "
        "of gold were the main drivers of the growth of artisanal mining, and that most "
        "artisanal miners were not criminals but workers in a precarious situation. They "
        "stressed that criminal justice responses should target the organizers, financiers "
        "and buyers who profited from illegal mining, rather than the miners themselves.",
    ),
    ("h2", "B.", "Mercury use and environmental damage"),
    (
        "p",
        "17",
        "The observer for UNEP stated that artisanal and small-scale gold mining was the "
        "largest source of anthropogenic mercury emissions worldwide, accounting for about "
        "38 per cent of the total, and that an estimated 2,000 tonnes of mercury were used "
        "in the sector each year. She recalled that under the Minamata Convention on "
        "Mercury,{1} parties in which artisanal and small-scale gold mining was more than "
        "insignificant were required to develop national action plans to reduce and, where "
        "feasible, eliminate the use of mercury in the sector.",
    ),
    (
        "p",
        "18",
        "The expert from Colombia, Andrés Felipe Ramírez Ossa, reported that Colombia had "
        "prohibited the use of mercury in all mining activities since July 2018, and that "
        "the prohibition had led to a sharp fall in legal imports of mercury. He cautioned, "
        "however, that mercury continued to enter the country illegally across its land "
        "borders, often declared as other chemicals, and that its price on the illicit "
        "market had risen to about five times the legal price.",
    ),
    (
        "p",
        "19",
        "The observer for the secretariat of the Minamata Convention described the patterns "
        "of mercury smuggling identified in a recent study, which showed that mercury "
        "exported legally to one country was frequently diverted to neighbouring countries "
        "where its use was banned. She noted that mercury was often transported in small "
        "flasks or plastic bottles, hidden among foodstuffs or construction materials, and "
        "that customs officers rarely had the equipment needed to detect it.",
    ),
    (
        "p",
        "20",
        "The Chair, speaking as the expert from Suriname, presented the results of a study "
        "of hair samples taken in Indigenous and tribal communities along the upper "
        "Marowijne River, in which 60 per cent of the people tested had mercury levels above "
        "the limit recommended by the World Health Organization. She emphasized that the "
        "health effects of exposure to mercury, in particular on the neurological "
        "development of children, would be felt for decades after the mining had stopped.",
    ),
    (
        "p",
        "21",
        "Experts also described other forms of environmental damage, including "
        "deforestation, the destruction of river beds by dredges, the siltation of rivers "
        "and the contamination of soils with cyanide. The Rapporteur, speaking as the expert "
        "from Ghana, reported that illegal mining, known locally as galamsey, had polluted "
        "more than 60 per cent of the country’s water bodies and had forced the water "
        "utility to shut down several treatment plants owing to the high turbidity of raw "
        "water. He said that the Government had set up an inter-agency task force and that "
        "courts had begun to order offenders to pay for the rehabilitation of the land.",
    ),
    (
        "p",
        "22",
        "Several experts noted that the penalties for environmental offences connected to "
        "mining were often limited to fines that were negligible compared with the profits "
        "made. The expert from France, Claire Bellanger, described the experience of French "
        "Guiana, where illegal gold mining committed by an organized gang had been made "
        "punishable by up to ten years of imprisonment, and where the destruction of "
        "equipment seized at mining sites had been authorized to prevent its reuse.",
    ),
    ("h2", "C.", "Armed groups, violence and the exploitation of miners"),
    (
        "p",
        "23",
        "Experts described how organized criminal groups and non-State armed groups had "
        "become involved in illegal mining, either by operating sites directly or by "
        "extorting payments from miners, dredge owners and traders. The expert from "
        "Colombia stated that illegal mining had overtaken drug trafficking as the main "
        "source of income for some armed groups in parts of his country, since gold was "
        "easier to convert into legal assets and the risk of prosecution was lower.",
    ),
    (
        "p",
        "24",
        "The expert from Ecuador, Paulina Andrade Cevallos, described the increase in "
        "violence in the mining areas of the provinces of Esmeraldas and Zamora Chinchipe, "
        "including killings of community leaders and attacks on public officials, and noted "
        "that criminal groups used mining sites as places to recruit young people and to "
        "store weapons.",
    ),
    (
        "p",
        "25",
        "The expert from Burkina Faso, Sébastien Ouédraogo, reported that armed groups in "
        "the Sahel had used revenue from gold mining to finance the purchase of weapons, "
        "motorcycles and fuel. He noted that in some areas the armed groups presented "
        "themselves as protectors of the miners against the State, and that the closure of "
        "sites by the security forces without any alternative livelihood had pushed miners "
        "into the arms of those groups.",
    ),
    (
        "p",
        "26",
        "The observer for ILO stated that an estimated one million children worked in "
        "artisanal and small-scale gold mining worldwide, often in hazardous conditions such "
        "as digging in deep pits, carrying heavy loads and handling mercury. She stressed "
        "that work in mining was among the worst forms of child labour under the Worst Forms "
        "of Child Labour Convention, 1999 (No. 182), and called for labour inspectors to be "
        "given access to mining sites.",
    ),
    (
        "p",
        "27",
        "The expert from Côte d’Ivoire, Koffi Séraphin N’Dri, described cases of trafficking "
        "in persons for forced labour at mining sites, in which young men from neighbouring "
        "countries had been recruited with promises of well-paid work and had then been held "
        "in debt bondage by site managers who deducted the cost of transport, food and "
        "equipment from their earnings. He added that women and girls were at risk of "
        "sexual exploitation, in particular in the camps that developed around large sites.",
    ),
    (
        "p",
        "28",
        "The observer for the Red Amazónica de Vigilancia Comunitaria reported that "
        "Indigenous leaders who opposed mining in their territories had been threatened and, "
        "in several cases, killed, and that investigations into those killings rarely "
        "identified those who had ordered them. She called for protection programmes for "
        "environmental defenders to be extended to remote areas and to be designed together "
        "with the communities concerned.",
    ),
    (
        "p",
        "29",
        "Experts agreed that investigations of illegal mining should systematically examine "
        "whether associated offences had been committed, including trafficking in persons, "
        "smuggling of migrants, illegal possession of firearms, corruption and "
        "money-laundering, and that prosecutors should be able to bring charges for the full "
        "range of offences rather than for environmental violations alone.",
    ),
    ("h2", "D.", "Gold smuggling, refineries and trade-based money-laundering"),
    (
        "p",
        "30",
        "The Secretariat presented an analysis of trade data which showed that, in 2023, the "
        "gold exports reported by several producing countries in West Africa and South "
        "America were lower, by a combined total of more than 200 tonnes, than the imports "
        "of gold from those countries reported by their trading partners. Experts agreed "
        "that such discrepancies were a strong indicator of smuggling, although they could "
        "also reflect differences in the recording of transit trade.",
    ),
    (
        "p",
        "31",
        "The expert from the United Arab Emirates, Fatima Al Mansouri, described the "
        "measures taken to strengthen the oversight of the gold sector, including the "
        "adoption in 2022 of a regulation requiring refiners and traders to apply supply "
        "chain due diligence in line with OECD guidance, and the designation of a "
        "supervisory authority for dealers in precious metals and stones. She noted that "
        "hand-carried gold arriving at airports had to be declared and accompanied by "
        "documents of origin and export.",
    ),
    (
        "p",
        "32",
        "The expert from Switzerland, Jérôme Marchetti, stated that Swiss refineries "
        "processed a large share of the world’s gold and that their due diligence "
        "obligations had been strengthened, but that gold was frequently refined or remelted "
        "in a transit country before it reached Switzerland, which made it difficult to "
        "trace its mine of origin. He suggested that refiners should be required to disclose "
        "the mine of origin of all the gold they processed, and not only the country from "
        "which it had been shipped.",
    ),
    (
        "p",
        "33",
        "The Rapporteur, speaking as the expert from Ghana, reported that the customs "
        "division of the Ghana Revenue Authority had intensified its controls on gold "
        "leaving the country through Kotoka International Airport and the land borders with "
        "Burkina Faso and Togo, with the results shown below:",
    ),
    (
        "table",
        [
            ("Year", "Seizures", "Gold seized (kg)", "Value (US$ million)"),
            ("2022", "37", "418", "24.6"),
            ("2023", "52", "655", "40.2"),
            ("2024", "71", "1,080", "71.5"),
        ],
    ),
    (
        "p",
        "34",
        "He explained that the increase reflected both stronger controls and larger volumes "
        "of gold being smuggled, and that most of the gold seized had been carried by air "
        "passengers travelling to the Middle East, concealed in luggage, clothing or body "
        "cavities. He added that only eleven of the cases had led to a conviction, since "
        "couriers could rarely be linked to the owners of the gold.",
    ),
    (
        "p",
        "35",
        "The observer for OECD explained how gold was used in trade-based money-laundering "
        "schemes, in which gold of illegal origin was exported with false documents "
        "describing it as recycled scrap or as the production of a licensed mine, sold to a "
        "refinery and paid for through bank transfers that gave the proceeds the appearance "
        "of legitimate export revenue. He noted that recycled gold was subject to lighter "
        "due diligence requirements in many jurisdictions and had become a preferred route "
        "for laundering illegally mined gold.",
    ),
    (
        "p",
        "36",
        "The expert from India, Ananya Krishnamurthy, reported that gold was smuggled into "
        "her country mainly to avoid import duties, and that the customs authorities had "
        "seized more than 4,800 kilograms of smuggled gold in the financial year 2023\u20132024. "
        "She noted that the bars seized frequently bore no refinery marks, or bore counterfeit "
        "marks of well-known refineries.",
    ),
    (
        "p",
        "37",
        "The expert from Türkiye, Ayşe Yıldırım, described the role of financial "
        "intelligence units in detecting the laundering of the proceeds of illegal mining, "
        "and noted that suspicious transaction reports from dealers in precious metals had "
        "increased by 45 per cent after those dealers had been made subject to reporting "
        "obligations. She stressed that cooperation between the financial intelligence units "
        "of producing, transit and refining countries was essential, since the financial "
        "flows linked to a single shipment of gold often crossed three or more "
        "jurisdictions.",
    ),
    ("h2", "E.", "Community policing and the role of local communities"),
    (
        "p",
        "38",
        "Experts discussed the role of local communities in preventing illegal mining and in "
        "providing information to the authorities. The expert from Guinea, Mamadou Saliou "
        "Diallo, described a pilot community policing programme in the prefecture of Siguiri, "
        "in which police officers had been posted to the main mining areas and had set up "
        "joint committees with traditional authorities, site managers and women’s "
        "associations. He reported that reported thefts and assaults at the sites had fallen "
        "by one third in the first year, and that the committees had helped to identify "
        "children working at the sites and return them to school.",
    ),
    (
        "p",
        "39",
        "The expert from Bolivia (Plurinational State of), Juan Carlos Mamani Choque, "
        "stressed that Indigenous peoples had their own systems of territorial control, "
        "including community guards, and that those systems should be recognized and "
        "supported by the police rather than replaced. He warned, however, that community "
        "guards were exposed to retaliation and should not be asked to confront armed groups.",
    ),
    (
        "p",
        "40",
        "The observer for the Sahel Artisanal Miners’ Association said that artisanal miners "
        "were often the first victims of criminal groups and could become allies of the "
        "authorities if they were offered a realistic path to formalization, including "
        "simplified licences, access to credit and technical assistance to replace mercury "
        "with cleaner techniques. She noted that many miners remained outside the formal "
        "system because a licence could take more than two years to obtain and had to be "
        "applied for in the capital.",
    ),
    (
        "p",
        "41",
        "Some experts cautioned that community policing programmes needed safeguards, since "
        "local officials and police officers in mining areas were themselves exposed to "
        "corruption and intimidation. The expert from Senegal, Fatou Bintou Ndiaye, "
        "suggested that officers posted to mining areas be rotated regularly and that "
        "anonymous channels be established through which community members could report "
        "abuses by officials.",
    ),
    ("h2", "F.", "Traceability, certification and international cooperation"),
    (
        "p",
        "42",
        "Experts discussed the potential of traceability systems and certification schemes "
        "to distinguish legally produced gold from gold of illegal origin. The expert from "
        "Colombia described a national registry of gold traders and a digital system that "
        "tracked the movement of gold from the mine to the point of export, and reported "
        "that its introduction had led to the suspension of more than 3,000 registered "
        "traders who could not account for their purchases.",
    ),
    (
        "p",
        "43",
        "The expert from Canada, Geneviève Tremblay, reported on the use of forensic "
        "techniques to establish the origin of gold, including the analysis of trace "
        "elements and isotopes, and noted that a reference database of gold samples from "
        "known mines would be needed before such techniques could be used as evidence in "
        "court. She stated that her country was prepared to share its experience in building "
        "such a database.",
    ),
    (
        "p",
        "44",
        "The observer for Gold Transparency Watch stated that voluntary certification "
        "schemes had been useful in opening markets for responsible artisanal miners, but "
        "that they covered less than 1 per cent of artisanal gold production and could not "
        "replace mandatory due diligence by refiners and buyers.",
    ),
    (
        "p",
        "45",
        "The observer for INTERPOL presented the results of a coordinated operation "
        "conducted in 2024 in eleven countries of South America and West Africa, which had "
        "led to the arrest of more than 300 suspects and the seizure of 2.4 tonnes of "
        "mercury, 87 kilograms of gold and 160 items of heavy mining equipment. He "
        "emphasized that the operation had shown the value of simultaneous action in several "
        "countries, since criminal networks moved quickly from one jurisdiction to another.",
    ),
    (
        "p",
        "46",
        "Experts noted the value of the United Nations Convention against Transnational "
        "Organized Crime and the United Nations Convention against Corruption as legal bases "
        "for mutual legal assistance, extradition and the confiscation of assets in cases "
        "involving illegal mining, and regretted that they were rarely used for that "
        "purpose. Several experts proposed that all States treat illegal mining as a serious "
        "crime within the meaning of the Organized Crime Convention, punishable by a maximum "
        "of at least four years of imprisonment.",
    ),
    ("h1", "III.", "Recommendations"),
    (
        "p",
        "47",
        "The Expert Group made the following recommendations for consideration by the "
        "Fifteenth Congress and by Member States:",
    ),
    (
        "sub",
        "a",
        "Member States should treat illegal mining and the trade in illegally mined gold as "
        "serious crimes, with penalties proportionate to the profits made and to the harm "
        "caused, including to the environment and to human health;",
    ),
    (
        "sub",
        "b",
        "Investigations of illegal mining should target the organizers, financiers and "
        "buyers of illegally mined gold and should systematically examine associated "
        "offences, including:",
    ),
    (
        "subsub",
        "i",
        "Trafficking in persons, including for forced labour and sexual exploitation, and "
        "the worst forms of child labour;",
    ),
    (
        "subsub",
        "ii",
        "Corruption of public officials responsible for licensing, inspection and border control;",
    ),
    (
        "subsub",
        "iii",
        "Money-laundering, including through the trade in gold declared as recycled or scrap;",
    ),
    (
        "sub",
        "c",
        "Member States should strengthen controls on the import, export and sale of "
        "mercury, provide customs officers with the equipment and training needed to detect "
        "it, and support artisanal miners in adopting mercury-free techniques;",
    ),
    (
        "sub",
        "d",
        "Refiners, traders and dealers in precious metals should be subject to mandatory due "
        "diligence and reporting obligations, and refiners should be required to disclose "
        "the mine of origin of the gold they process;",
    ),
    (
        "sub",
        "e",
        "Member States should compare their gold export statistics with the import "
        "statistics of their trading partners and investigate significant discrepancies;",
    ),
    (
        "sub",
        "f",
        "Member States should offer artisanal miners simplified and decentralized procedures "
        "for formalization, together with access to credit and technical assistance, so "
        "that the criminal justice response does not fall mainly on the miners themselves;",
    ),
    (
        "sub",
        "g",
        "Community policing in mining areas should be developed together with local and "
        "Indigenous communities, with safeguards against corruption and protection for "
        "community members and environmental defenders who report crimes;",
    ),
    (
        "sub",
        "h",
        "Member States should develop traceability systems, share reference samples for the "
        "forensic identification of the origin of gold and make greater use of the Organized "
        "Crime Convention and the Convention against Corruption for international "
        "cooperation in cases involving illegal mining.",
    ),
    (
        "p",
        "48",
        "The Expert Group further recommended that UNODC, in cooperation with UNEP, ILO and "
        "other relevant entities:",
    ),
    (
        "sub",
        "a",
        "Develop a practical guide for investigators and prosecutors on crimes linked to "
        "illegal mining and gold smuggling;",
    ),
    (
        "sub",
        "b",
        "Support regional training for customs, police and financial intelligence officers "
        "on the detection of smuggled gold and mercury;",
    ),
    (
        "sub",
        "c",
        "Facilitate the exchange of information between producing, transit and refining "
        "countries, including through a network of focal points.",
    ),
    ("h1", "IV.", "Adoption of the report and closure of the meeting"),
    (
        "p",
        "49",
        "On 13 November 2025, the Expert Group adopted the present report, including its "
        "recommendations, on the basis of a draft prepared by the Rapporteur with the "
        "assistance of the Secretariat.",
    ),
    (
        "p",
        "50",
        "In her closing remarks, the Chair thanked the Governments of Canada and Switzerland "
        "for their financial support, the Amazon Cooperation Treaty Organization for its "
        "cooperation and UNODC for organizing the meeting. She noted the proposal made by "
        "several experts to convene a joint meeting of experts from West Africa and South "
        "America in 2026 to follow up on the recommendations, and invited the Secretariat to "
        "explore that possibility. She declared the meeting closed at 5.30 p.m. on "
        "13 November 2025.",
    ),
]

# The annex: a ruled two-column table, one row per State or organization; the second cell
# lists its participants separated by semicolons and wraps inside its column.
ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of participants"
ANNEX_TABLE: list[tuple[str, str]] = [
    ("State or organization", "Participants"),
    ("Bolivia (Plurinational State of)", "Juan Carlos Mamani Choque"),
    ("Brazil", "João Batista Rocha Filho; Camila Duarte Albuquerque; Rafael Teixeira Lins"),
    ("Burkina Faso", "Sébastien Ouédraogo; Awa Kaboré"),
    ("Canada", "Geneviève Tremblay"),
    ("Colombia", "Andrés Felipe Ramírez Ossa; Luz Marina Cárdenas Rojas; Óscar Iván Benítez"),
    ("Côte d’Ivoire", "Koffi Séraphin N’Dri; Adjoua Marie-Laure Kouamé"),
    ("Ecuador", "Paulina Andrade Cevallos; Diego Sebastián Erazo Paredes"),
    ("France", "Claire Bellanger; Thomas Rivière"),
    ("Ghana", "Kwabena Asante-Mensah; Akosua Owusu-Boateng; Emmanuel Tetteh Quaye"),
    ("Guinea", "Mamadou Saliou Diallo; Fatoumata Binta Camara"),
    ("Guyana", "Devindra Persaud; Alicia Whyte-Fraser"),
    ("India", "Ananya Krishnamurthy"),
    ("Mali", "Aminata Traoré; Bakary Coulibaly"),
    ("Niger", "Issoufou Garba Abdou"),
    ("Peru", "María Fernanda Quispe Huamán; Jorge Luis Ccori Mendoza; Rocío Salazar Vela"),
    ("Senegal", "Fatou Bintou Ndiaye"),
    ("Suriname", "Renée Lachmon-Sardjoe; Marlon Pinas; Shanti Ramdin"),
    ("Switzerland", "Jérôme Marchetti"),
    ("Türkiye", "Ayşe Yıldırım"),
    ("United Arab Emirates", "Fatima Al Mansouri"),
    ("Venezuela (Bolivarian Republic of)", "Carlos Eduardo Peña Rangel"),
    ("Amazon Cooperation Treaty Organization", "Hélio Barbosa Cunha"),
    ("Economic Community of West African States", "Ibrahima Sow"),
    ("International Criminal Police Organization", "Martin Keller"),
    ("International Labour Organization", "Nadia Benslimane"),
    ("Organisation for Economic Co-operation and Development", "Peter Lindqvist"),
    ("Secretariat of the Minamata Convention on Mercury", "Sofía Herrera Blanco"),
    ("United Nations Environment Programme", "Wanjiru Kamau"),
    ("Red Amazónica de Vigilancia Comunitaria", "Yolanda Tsamarain Ahuanari"),
    ("Sahel Artisanal Miners’ Association", "Mariam Sawadogo"),
    ("Gold Transparency Watch", "Elena Vogt"),
]

LEFT = 22.0  # left margin: headings and paragraph numbers
TEXT_X = 34.0  # paragraph text column (hanging indent)
SUB_LABEL_X = 34.0
SUB_TEXT_X = 44.0
SUBSUB_LABEL_X = 44.0
SUBSUB_TEXT_X = 54.0
LINE_LABEL_X = 44.0
LINE_TEXT_X_AGENDA = 52.0
LINE_TEXT_X_OFFICER = 68.0
TABLE_COLS = [TEXT_X + 6.0, TEXT_X + 30.0, TEXT_X + 62.0, TEXT_X + 100.0]
RIGHT = 170.0
FONT_SIZE = 10.0
LEAD = 4.75
PARA_GAP = 2.2
ANNEX_COL2 = TEXT_X + 66.0


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT

    def footer(self) -> None:
        if self.page_no() == 1:
            # the first page also carries its page number, at the right
            self.set_font("Serif", "", 8)
            self.text(self.left, 283.0, f"{self.job_number} (E)")
            label = f"1/{self.total_pages}"
            self.set_font("Serif", "B", 8.5)
            self.text(self.right - self.get_string_width(label), 283.0, label)
            return
        super().footer()


_wrap = _un_pdf.wrap


_GEOMETRY = _un_pdf.Geometry.of(globals())

_draw_table = _un_pdf.figures_table(TABLE_COLS, _GEOMETRY)


def render(total_pages: int) -> tuple[UNReport, _un_pdf.Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 11, 28), FONTS, total_pages
    )
    pdf.add_page()
    lay = _un_pdf.Layout(pdf, FOOTNOTES)
    y = _un_pdf.front_page(
        pdf,
        disclaimer=DISCLAIMER,
        organ=CONGRESS,
        issue_date=ISSUE_DATE,
        title=TITLE,
        place_dates=PLACE_DATES,
        text_x=TEXT_X,
    )

    y = _un_pdf.draw_body(pdf, lay, BODY, _GEOMETRY, y, extra={"table": _draw_table})

    # annex, on a new page
    y = lay.new_page()
    pdf.set_font("Serif", "B", 11)
    pdf.text(LEFT, y, ANNEX_HEADING)
    y += LEAD + 3.0
    pdf.set_font("Serif", "B", 10)
    pdf.text(TEXT_X, y, ANNEX_SUBTITLE)
    y += LEAD + 5.0
    pdf.set_line_width(0.25)
    col1_w = ANNEX_COL2 - TEXT_X - 4.0
    for r, row in enumerate(ANNEX_TABLE):
        if r == 0:
            pdf.set_font("Serif", "I", 9)
            pdf.line(TEXT_X, y - 4.0, RIGHT, y - 4.0)
            pdf.text(TEXT_X, y, row[0])
            pdf.text(ANNEX_COL2, y, row[1])
            pdf.line(TEXT_X, y + 1.8, RIGHT, y + 1.8)
            y += 6.5
            lay.record("annex.1", " | ".join(row))
            continue
        pdf.set_font("Serif", "", FONT_SIZE)
        c1 = _wrap(pdf, row[0], col1_w)
        c2 = _wrap(pdf, row[1], RIGHT - ANNEX_COL2)
        n = max(len(c1), len(c2))
        if y + (n - 1) * LEAD > lay.limit():
            pdf.line(TEXT_X, y - 3.0, RIGHT, y - 3.0)
            y = lay.new_page() + 4.0
        # each cell drawn whole (its lines one after another), first cell then second
        for k, (words, _) in enumerate(c1):
            pdf.text(TEXT_X, y + k * LEAD, " ".join(words))
        for k, (words, _) in enumerate(c2):
            pdf.text(ANNEX_COL2, y + k * LEAD, " ".join(words))
        lay.record("annex.1", " | ".join(row))
        y += n * LEAD + 1.5
    pdf.line(TEXT_X, y - 3.0, RIGHT, y - 3.0)
    lay.flush_footnotes()
    return pdf, lay


plain = _un_pdf.plain


def units() -> list[dict]:
    """The expected units, in document order, from the same data the PDF is drawn from."""
    out: list[dict] = [
        _un_pdf.front_unit(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
    ]
    by_id: dict[str, dict] = {}
    last_para = last_sub = ""
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            continue
        if kind == "table":
            u = by_id[last_para]
            u.setdefault("rows", []).extend(" | ".join(row) for row in item[1])
            continue
        _, num, text = item
        if kind == "line":
            u = by_id[last_para]
            u["text"] = " ".join(s for s in (u["text"], num, text) if s)
            continue
        if kind == "p":
            uid = num
            last_para, last_sub = num, ""
        elif kind == "sub":
            uid = f"{last_para}({num})"
            last_sub = num
        else:
            uid = f"{last_para}({last_sub})({num})"
        u = {"id": uid, "text": plain(text)}
        marks = _un_pdf.MARK_RE.findall(text)
        if marks:
            u["footnotes"] = [FOOTNOTES[m] for m in marks]
        by_id[uid] = u
        out.append(u)
    for u in out:
        if "footnotes" in u or "rows" in u:
            u["contains"] = [u.pop("text"), *u.pop("rows", []), *u.pop("footnotes", [])]
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(row) for row in ANNEX_TABLE)})
    return out


def unit_texts() -> dict[str, str]:
    """Each unit's full searchable text (text, or its contains joined by newlines)."""
    return {u["id"]: u.get("text") or "\n".join(u["contains"]) for u in units()}


def build(out: Path = OUT) -> dict[str, object]:
    total, lay = _un_pdf.build_twice(render, out)
    return {"pages": total, **lay.summary()}


def write_units(path: Path = UNITS_OUT) -> None:
    doc = _un_pdf.expected_doc(
        DOC_ID, f"eval/gold/docs/{DOC_ID}.pdf", TITLE, SYMBOL, ISSUE_DATE, PLACE_DATES, units()
    )
    _un_pdf.write_expected(path, doc)


if __name__ == "__main__":
    info = build()
    write_units()
    print(f"wrote {OUT}: pages={info['pages']}")
    print(f"split units (unit: pages): {info['split']}")
    print(f"footnote pages: {info['footnote_pages']}")
    print(
        f"table paragraph 33 on page {info['first_page'].get('33')}, "
        f"34 on page {info['first_page'].get('34')}"
    )
    print(f"wrote {UNITS_OUT}")
