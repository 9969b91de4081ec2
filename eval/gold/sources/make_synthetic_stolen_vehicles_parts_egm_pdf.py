"""Generate eval/gold/docs/synthetic-stolen-vehicles-parts-egm.pdf and its expected units
eval/gold/expected/synthetic-stolen-vehicles-parts-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on trafficking in stolen
motor vehicles and vehicle parts, held in Sofia in July 2025 in preparation for the Fifteenth
United Nations Congress on Crime Prevention and Criminal Justice. It is not a United Nations
document; the names of persons, the insurers' association and the figures are invented.

Layout: the UN "G" template as ODS prints it (fpdf2, page furniture and numbered body from
_un_pdf.py): masthead on page 1, running head with the symbol and "n/N" with the job number
at the foot from page 2 on, alternating left/right; paragraph numbers in a hanging left
margin (x=22 mm), text at x=34 mm; chapters with roman numerals and lettered sections; officer
lines (a second Vice-Chair on a line with no label) and agenda lines inside the paragraphs that
introduce them; recommendations 37(a)-(h) with a nested (i)-(ii) under (c), and 38(a)-(c);
three superscript footnotes with their text at the foot of the page below a short rule;
paragraphs that continue on the next page (natural flow; the build prints which).

What the earlier generators do not cover:

  * a THIRD HEADING LEVEL numbered in arabic figures, as the UN template's "H23G" style sets
    it: inside section II.A, the bold subheadings "1. Theft of vehicles by electronic means",
    "2. ..." and "3. ..." (items ("h3", "1.", text)), their number hanging at x=22 mm, the
    very place where paragraph numbers stand, and their text at x=34 mm, in the same size as
    the body. They come after paragraphs 10, 13 and 16, so a "1." heading follows paragraph
    10 and a "2." heading follows paragraph 13 (as in the Bangkok addendum, where "1. Advancing
    ..." follows paragraph 1). They are headings, not paragraphs: like the chapter and section
    headings they belong to no unit, and the paragraph numbering runs on across them (11, 14,
    17);
  * UN-NUMBERED ITALIC SUBHEADINGS (the template's "H4G"): in chapter III,
    "Recommendations addressed to Member States" before paragraph 37 and "Recommendations
    addressed to the United Nations Office on Drugs and Crime" before paragraph 38, set at
    x=34 mm in italics with no label. They too belong to no unit (not to the end of
    paragraph 36 or of 37(h));
  * an ANNEX WHOSE LIST OF DOCUMENTS IS A NUMBERED LIST, not a table: "Annex" / "List of
    documents", then items "1." to "6." whose numbers hang at x=22 mm like paragraph numbers
    and restart at 1 (each item: the title, then the symbol in parentheses; further lines at
    x=34 mm). The whole list is ONE unit, "annex.1", as annex tables are in the other
    expected files; its "contains" holds one string per item WITH its number ("1. Provisional
    agenda ... (UNODC/CCPCJ/EG.52/2025/L.1)"), as typed agenda lines keep theirs. A reader
    must not take the items for paragraphs 1 to 6 of the report;
  * a paragraph with TWO footnote marks in the middle of its sentences (paragraph 22, marks 2
    and 3, each right after the name of an instrument, with the clause going on after it);
    the notes' texts are further strings of the unit "22", after its text, as in the other
    PDF generators. Their notes are set at the foot of page 4, and paragraph 25 runs on from
    that page, past the notes and the page furniture, to the next.

Bulgarian (transliterated), Czech, Ivorian, Turkish, German, Polish, South African, Italian,
Japanese (with a macron), Lithuanian, Dutch, Estonian, Ghanaian, Kazakh, Romanian, Spanish
(Basque), Serbian and French names (Liberation Serif): Vondráček, Kouamé-N'Guessan, Çağatay
Karakoç, Weißenbäcker, Żurawski, Dlamini-Sithole, Sansò, Sōma, Žukauskas, Mägi, Mărginean,
Etxeberria Goñi, Đurić-Marković, Lefèvre-Dussault ..., and the States Türkiye and Côte
d'Ivoire. Figures in digits and in words (forty per cent, a third, more than a third, nearly a
quarter, one in ten, some three hundred, two hundred and ten, twice as much, fourteen
months). Near misses on purpose: figures given for one year only (Türkiye 2024, Germany
2024), States that attended without speaking (Georgia, Jordan, Ukraine ...) or spoke under one
agenda item only (Kazakhstan, Italy, Spain), donors with no amount, a training request with no
budget, a follow-up workshop with no date or venue. The document avoids the everyday words
"carjacking", "chop shop", "cloning", "VIN", "GPS", "jammer", "scrapyard", "number plate",
"gang" and "4x4", so that questions using them test paraphrase.

No word is hyphenated at a line end (lines break at spaces only). Deterministic output (fixed
creation date, no randomness).

Written, with its 35 gold cases (sv-) and 3 topics (svt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_stolen_vehicles_parts_egm_pdf.py
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no cache next to _un_pdf.py
sys.path.insert(0, str(HERE))
import _un_pdf  # noqa: E402

DOC_ID = "synthetic-stolen-vehicles-parts-egm"
ROOT = HERE.parents[2]
OUT = ROOT / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = ROOT / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.52/2025/1"
ISSUE_DATE = "25 July 2025"
JOB_NUMBER = "V.25-11874"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Trafficking in Stolen Motor Vehicles and Vehicle Parts"
)
PLACE_DATES = "Sofia, 8\u201310 July 2025"

FOOTNOTES = {
    "1": "United Nations, Treaty Series, vol. 2225, No. 39574.",
    "2": (
        "Directive 2000/53/EC of the European Parliament and of the Council of 18 September "
        "2000 on end-of-life vehicles."
    ),
    "3": (
        "Council Decision 2004/919/EC of 22 December 2004 on tackling vehicle crime with "
        "cross-border implications."
    ),
}

# Body items, as _un_pdf.draw_body reads them, and this report's own:
#   ("h3", label, text)   third-level heading "1. ..." (bold, number in the paragraph margin)
#   ("h4", text)          un-numbered italic subheading
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Trafficking in Stolen Motor Vehicles and Vehicle Parts was "
        "held in Sofia from 8 to 10 July 2025, as part of the preparations for the Fifteenth "
        "United Nations Congress on Crime Prevention and Criminal Justice. It was organized by "
        "the United Nations Office on Drugs and Crime (UNODC) in cooperation with the "
        "International Criminal Police Organization (INTERPOL) and hosted by the Government of "
        "Bulgaria, with financial support from the Governments of Germany and Japan. The "
        "meeting was conducted in English, French and Russian, with simultaneous "
        "interpretation.",
    ),
    (
        "p",
        "2",
        "The meeting was opened by Plamen Iliev, Deputy Minister of the Interior of Bulgaria, "
        "who observed that his country lay on one of the main overland routes by which "
        "vehicles stolen in Western Europe were moved towards the Caucasus, Central Asia and "
        "the Middle East. He reported that the Border Police had recovered 412 stolen vehicles "
        "at the country\u2019s border crossings in 2024. He cautioned that the theft of "
        "vehicles was still too often treated as a property crime of local concern, whereas "
        "much of it was committed to order by organized criminal groups active in several "
        "States at once.",
    ),
    (
        "p",
        "3",
        "Ma\u0142gorzata Wr\u00f3bel-Szcz\u0119sna, representative of UNODC, delivered a "
        "statement on behalf of the Executive Director. She said that the proceeds of the "
        "trafficking of stolen vehicles financed other forms of organized crime, and that "
        "stolen vehicles were themselves used to commit robberies, to transport drugs and, in "
        "some cases, to carry out terrorist attacks. She recalled that the United Nations "
        "Convention against Transnational Organized Crime{1} provided a legal basis for "
        "international cooperation against such groups, and that the conclusions of the "
        "meeting would be brought to the attention of the Congress.",
    ),
    ("h2", "B.", "Election of officers"),
    (
        "p",
        "4",
        "At its 1st meeting, on 8 July 2025, the meeting elected the following officers by "
        "acclamation:",
    ),
    ("line", "Chair:", "Svetla Dimitrova-Kostadinova (Bulgaria)"),
    ("line", "Vice-Chairs:", "Ji\u0159\u00ed Vondr\u00e1\u010dek (Czechia)"),
    ("line", "", "Adjoua Kouam\u00e9-N\u2019Guessan (C\u00f4te d\u2019Ivoire)"),
    ("line", "Rapporteur:", "\u00dcmit \u00c7a\u011fatay Karako\u00e7 (T\u00fcrkiye)"),
    ("h2", "C.", "Adoption of the agenda and organization of work"),
    ("p", "5", "Also at its 1st meeting, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    (
        "line",
        "4.",
        "Trends in the theft of motor vehicles and in the trafficking of stolen vehicles and "
        "vehicle parts.",
    ),
    (
        "line",
        "5.",
        "Identification of vehicles, registration and cooperation with the private sector.",
    ),
    (
        "line",
        "6.",
        "Investigation, international cooperation and the return of stolen vehicles.",
    ),
    ("line", "7.", "Recommendations to the Fifteenth Congress."),
    ("line", "8.", "Adoption of the report."),
    (
        "p",
        "6",
        "The meeting agreed to hold its deliberations in plenary and to devote one session to "
        "each substantive agenda item. On the afternoon of 9 July 2025, participants visited "
        "the forensic vehicle examination laboratory of the Ministry of the Interior, where "
        "specialists demonstrated how vehicle identification numbers that had been ground off "
        "or overstamped were made legible again and how the hidden markings placed by "
        "manufacturers on the body and the engine were read.",
    ),
    ("h2", "D.", "Attendance"),
    (
        "p",
        "7",
        "The meeting was attended by 44 experts from the following 24 States, who participated "
        "in their personal capacity: Albania, Belgium, Bulgaria, Canada, C\u00f4te "
        "d\u2019Ivoire, Czechia, Georgia, Germany, Ghana, Italy, Japan, Jordan, Kazakhstan, "
        "Lithuania, Mexico, Netherlands (Kingdom of the), Nigeria, Poland, Romania, South "
        "Africa, Spain, T\u00fcrkiye, Ukraine and United Arab Emirates. The experts included "
        "police investigators, customs officers, prosecutors and officials of vehicle "
        "registration authorities.",
    ),
    (
        "p",
        "8",
        "The following intergovernmental organizations were represented by observers: "
        "INTERPOL, the European Union Agency for Law Enforcement Cooperation (Europol), the "
        "World Customs Organization and the Southeast European Law Enforcement Center (SELEC). "
        "The European Vehicle Insurers\u2019 Crime Bureau, an association of insurance "
        "companies, was also represented. Representatives of two vehicle manufacturers attended "
        "at the invitation of the Secretariat. The list of documents before the meeting is "
        "contained in the annex to the present report.",
    ),
    ("h1", "II.", "Summary of deliberations"),
    (
        "h2",
        "A.",
        "Trends in the theft of motor vehicles and in the trafficking of stolen vehicles and "
        "vehicle parts (agenda item 4)",
    ),
    (
        "p",
        "9",
        "A representative of the Secretariat introduced the background paper. The paper found "
        "that the number of vehicles stolen in most high-income countries had fallen by more "
        "than half between 2000 and 2015, largely because electronic immobilizers had become "
        "standard equipment, but that thefts had risen again since 2019 in several European "
        "States as offenders learned to defeat keyless entry and start systems. Vehicles were "
        "now stolen mainly to order, for export or for dismantling, rather than for short-term "
        "use by young offenders, which had accounted for most thefts in earlier decades.",
    ),
    (
        "p",
        "10",
        "Statements were made by the experts from C\u00f4te d\u2019Ivoire, Germany, Italy, "
        "Mexico, Poland, South Africa and T\u00fcrkiye, and by the observers for INTERPOL and "
        "the European Vehicle Insurers\u2019 Crime Bureau.",
    ),
    ("h3", "1.", "Theft of vehicles by electronic means"),
    (
        "p",
        "11",
        "J\u00f6rg Wei\u00dfenb\u00e4cker (Germany) described relay attacks, in which two "
        "offenders used a pair of radio devices to capture the signal of a keyless key kept "
        "inside the owner\u2019s home and to relay it to the vehicle parked outside, which "
        "could then be opened and started without the key. Of the 28,460 passenger cars "
        "reported stolen in Germany in 2024, forty per cent had been stolen in that way, most "
        "of them at night. Such vehicles had usually left the country within a day, many of "
        "them across the eastern border.",
    ),
    (
        "p",
        "12",
        "He added that offenders increasingly broke into a vehicle and connected a device to "
        "its on-board diagnostic port in order to program a new key, which took less than two "
        "minutes. The devices were sold online as tools for locksmiths and repairers. Germany "
        "had proposed that their sale be restricted to registered repair businesses and that "
        "manufacturers be required to protect the diagnostic port against unauthorized access.",
    ),
    (
        "p",
        "13",
        "Mathilde Lef\u00e8vre-Dussault, observer for the European Vehicle Insurers\u2019 Crime "
        "Bureau, said that the claims for stolen vehicles paid by insurers in the Bureau\u2019s "
        "member countries had reached 1.9 billion euros in 2024, and that a third of the claims "
        "concerned vehicles less than three years old. She also reported that offenders used "
        "signal-blocking devices in car parks to prevent owners from locking their vehicles "
        "with the remote control, and then emptied or took the vehicles once the owners had "
        "walked away. Manufacturers had begun to fit keys with motion sensors that stopped "
        "transmitting when the key was still, but many older models remained vulnerable.",
    ),
    ("h3", "2.", "Dismantling of stolen vehicles and the trade in parts"),
    (
        "p",
        "14",
        "Pawe\u0142 \u017burawski (Poland) said that stolen vehicles were increasingly taken "
        "apart within hours of the theft in illegal dismantling workshops, and that the parts "
        "were sold through online marketplaces and to repair garages. The police of Poland had "
        "closed 86 such workshops in 2024, compared with 51 in 2022. He noted that the parts of "
        "a stolen vehicle could be worth up to twice as much as the vehicle itself, and that "
        "parts without identifying marks were almost impossible to trace once they had been "
        "sold.",
    ),
    (
        "p",
        "15",
        "Nomvula Dlamini-Sithole (South Africa) described the theft of catalytic converters, "
        "which contained platinum, palladium and rhodium and could be cut from a parked "
        "vehicle in under two minutes. The converters were collected by intermediaries, "
        "crushed and exported in containers declared as scrap metal. She said that the police "
        "had arrested 1,120 persons for the theft of or dealing in catalytic converters in the "
        "2024/25 financial year, and that the law had been amended in 2023 to make dealing in "
        "converters without a record of their origin a criminal offence.",
    ),
    (
        "p",
        "16",
        "Gianluca Sans\u00f2 (Italy) said that thefts of parts from parked vehicles, in "
        "particular front headlamps, airbags and engine control units, had risen by nearly a "
        "quarter in two years in the main cities of Italy. The parts were in demand because "
        "of the high price of new replacement parts and the long waiting times at authorized "
        "repairers, and some of those offered for sale online had been taken from vehicles "
        "stolen in other countries.",
    ),
    ("h3", "3.", "Routes, concealment and the use of violence"),
    (
        "p",
        "17",
        "Ram\u00f3n Pe\u00f1alosa Ib\u00e1\u00f1ez, observer for INTERPOL, said that the "
        "Stolen Motor Vehicle database of INTERPOL held more than 4.8 million records "
        "contributed by 137 member countries, but that only a minority of those countries "
        "checked it systematically at their borders and ports. In an operation coordinated by "
        "INTERPOL at ports in West and Central Africa in 2024, officers who checked vehicles "
        "against the database had identified 612 stolen vehicles in a single month.",
    ),
    (
        "p",
        "18",
        "The Vice-Chair from C\u00f4te d\u2019Ivoire said that vehicles stolen in Europe and "
        "North America arrived in shipping containers, often declared as household effects or "
        "used spare parts, or on roll-on/roll-off vessels with forged export documents. In "
        "2024, customs and the police at the port of Abidjan had identified two hundred and "
        "ten stolen vehicles, most of them from Canada, France and Belgium. She noted, however, "
        "that only about one in ten containers was examined with a scanner, so that most "
        "stolen vehicles were likely to pass undetected.",
    ),
    (
        "p",
        "19",
        "The Rapporteur, speaking as the expert from T\u00fcrkiye, said that the General "
        "Directorate of Security had identified 1,347 vehicles reported stolen abroad in 2024. "
        "Most of them had entered the country on forged registration documents or bearing the "
        "identity of a vehicle of the same model that had been written off after an accident "
        "in another State. Such vehicles were frequently sold on to buyers in neighbouring "
        "countries within weeks.",
    ),
    (
        "p",
        "20",
        "X\u00f3chitl Guadalupe N\u00fa\u00f1ez Trevi\u00f1o (Mexico) said that more than a "
        "third of the vehicles stolen in Mexico in 2024 had been taken from their drivers with "
        "violence or under threat, often at traffic lights or when the driver arrived home. "
        "Heavy goods vehicles were also stolen on the highways together with their cargo. "
        "Stolen vehicles were used to commit other crimes or were driven across the southern "
        "border to Central America, where they were registered with forged documents.",
    ),
    (
        "h2",
        "B.",
        "Identification of vehicles, registration and cooperation with the private sector "
        "(agenda item 5)",
    ),
    (
        "p",
        "21",
        "Under agenda item 5, statements were made by the experts from Czechia, Japan, "
        "Lithuania and the Netherlands (Kingdom of the), and by the observer for Europol.",
    ),
    (
        "p",
        "22",
        "The Vice-Chair from Czechia, Ji\u0159\u00ed Vondr\u00e1\u010dek, described the "
        "re-identification of stolen vehicles, in which offenders bought the wreck of a "
        "vehicle that had been written off, together with its registration documents, and "
        "transferred its vehicle identification number and identity to a stolen vehicle of "
        "the same model. In 2024, the registration authorities and the police in Czechia had "
        "detected 312 vehicles re-identified in that way. He recalled that the directive of "
        "the European Union on end-of-life vehicles{2} required a certificate of destruction "
        "for every vehicle scrapped, but that the documents of a wreck could still be sold "
        "separately, and that the Council decision on vehicle crime with cross-border "
        "implications{3} called on registration authorities to check whether a vehicle had "
        "been reported stolen before registering it. In his view, the identity of every "
        "vehicle written off should be cancelled in the register and notified to other "
        "States.",
    ),
    (
        "p",
        "23",
        "Haruki S\u014dma (Japan) said that his country exported more than 1.5 million used "
        "vehicles a year. Of the 5,762 vehicles reported stolen in Japan in 2024, a large "
        "share had been taken apart in rented yards, and their engines, frames and body panels "
        "had been shipped abroad in containers declared as used parts, to be reassembled in "
        "the country of destination. Customs now checked the frame number of every used "
        "vehicle declared for export against the list of vehicles reported stolen to the "
        "police.",
    ),
    (
        "p",
        "24",
        "Dainius \u017dukauskas (Lithuania) said that stolen vehicles and parts were "
        "increasingly offered for sale through online marketplaces, often with forged "
        "documents, to buyers who acted in good faith. At the request of the police of "
        "Lithuania, online marketplaces had removed some 4,300 advertisements for parts "
        "suspected of coming from stolen vehicles in 2024. He suggested that marketplaces "
        "should verify the identity of professional sellers of used parts.",
    ),
    (
        "p",
        "25",
        "Anouk Verhoeven-de Graaf (Netherlands (Kingdom of the)) said that connected vehicles "
        "transmitted their position to the manufacturer at regular intervals, and that such "
        "data could allow a stolen vehicle to be traced within hours. The police could, "
        "however, obtain the data only by court order, which often came too late. The "
        "Netherlands was negotiating agreements with three manufacturers under which the "
        "location of a vehicle would be shared with the police, with the owner\u2019s consent, "
        "as soon as a theft had been reported.",
    ),
    (
        "p",
        "26",
        "Kristiina M\u00e4gi, observer for Europol, said that organized criminal groups "
        "recruited drivers through social media to move stolen vehicles across borders for a "
        "fee of a few hundred euros per journey. The drivers, who were often young and had no "
        "criminal record, were arrested at the border, while the organizers of the thefts "
        "remained out of reach.",
    ),
    (
        "p",
        "27",
        "Several experts stressed that cooperation with manufacturers, insurers, leasing and "
        "rental companies and online marketplaces was essential, since insurers and leasing "
        "companies often learned of a theft before the police did. Some experts expressed "
        "concern about the protection of privacy in the use of location data from connected "
        "vehicles and called for clear legal safeguards.",
    ),
    (
        "h2",
        "C.",
        "Investigation, international cooperation and the return of stolen vehicles (agenda "
        "item 6)",
    ),
    (
        "p",
        "28",
        "Under agenda item 6, statements were made by the experts from Bulgaria, Ghana, "
        "Kazakhstan, Romania and Spain, and by the observer for SELEC.",
    ),
    (
        "p",
        "29",
        "The Chair, speaking as the expert from Bulgaria, said that the return of a recovered "
        "vehicle to its owner in another State had taken on average fourteen months, because "
        "the vehicle had to be kept as evidence until the end of the criminal proceedings, "
        "while the costs of its storage mounted. In 2024, Bulgaria had amended its Criminal "
        "Procedure Code so that photographs and a forensic report could take the place of the "
        "vehicle as evidence, allowing it to be returned within weeks. Since then, some three "
        "hundred vehicles had been returned to their owners in other States.",
    ),
    (
        "p",
        "30",
        "Akosua Boatemaa Owusu-Ansah (Ghana) said that stolen vehicles imported through the "
        "port of Tema had in the past been registered with the help of corrupt officials. "
        "Since 2023, the Driver and Vehicle Licensing Authority had checked every imported "
        "vehicle against the INTERPOL database before registering it, and had refused to "
        "register 97 vehicles that had been reported stolen.",
    ),
    (
        "p",
        "31",
        "Yerlan Zhaksylykov (Kazakhstan) said that vehicles stolen in Europe reached Central "
        "Asia overland after passing through several States. Requests for the return of "
        "vehicles found in Kazakhstan were often refused, because the vehicles had been bought "
        "in good faith by their current owners, whose rights were protected under civil law, "
        "and because the requests did not always establish that the vehicle found was the one "
        "that had been stolen.",
    ),
    (
        "p",
        "32",
        "Ioana M\u0103rginean-Dobrescu (Romania) presented the work of a joint investigation "
        "team set up in 2023 by the prosecution services of Romania and Spain against a "
        "network that had stolen high-value vehicles in Spain and moved them to Romania on car "
        "transporters with forged invoices. The investigation had led to the conviction of 27 "
        "persons and the confiscation of assets worth 3.6 million euros.",
    ),
    (
        "p",
        "33",
        "Bego\u00f1a Etxeberria Go\u00f1i (Spain) said that high-powered sport utility "
        "vehicles stolen in Spain were used by drug trafficking networks to carry cannabis "
        "resin from the beaches of Andalusia, driven at high speed and bearing false "
        "registration plates. The vehicles were often abandoned or burned after a single "
        "journey.",
    ),
    (
        "p",
        "34",
        "Dragana \u0110uri\u0107-Markovi\u0107, observer for SELEC, said that in a regional "
        "operation coordinated by the Center in 2024, the border authorities of eleven member "
        "States had checked some 1.2 million vehicles against national and INTERPOL databases "
        "over two weeks and had recovered 238 stolen vehicles.",
    ),
    (
        "p",
        "35",
        "Several experts noted that requests for the return of stolen vehicles were delayed by "
        "differences in language and in the information required by each State. They "
        "suggested that a standard form for such requests be developed and that each State "
        "designate a contact point for vehicle crime, whose details could be shared through "
        "INTERPOL.",
    ),
    ("h1", "III.", "Recommendations"),
    (
        "p",
        "36",
        "The meeting adopted the following recommendations for the consideration of the "
        "Fifteenth Congress.",
    ),
    ("h4", "Recommendations addressed to Member States"),
    ("p", "37", "Member States should:"),
    (
        "sub",
        "a",
        "Establish as criminal offences, where they have not done so, the trafficking of "
        "stolen vehicles and vehicle parts, the alteration or removal of vehicle identification "
        "numbers and the sale of devices designed to defeat vehicle security systems to persons "
        "without a legitimate purpose;",
    ),
    (
        "sub",
        "b",
        "Check every vehicle presented for registration, import or export against national "
        "databases and the Stolen Motor Vehicle database of INTERPOL, and report stolen "
        "vehicles to that database without delay;",
    ),
    (
        "sub",
        "c",
        "Regulate the dismantling of vehicles and the trade in used parts, in particular by:",
    ),
    (
        "subsub",
        "i",
        "Licensing dismantling facilities and requiring them to record the origin of every "
        "vehicle they receive and of the major parts they sell;",
    ),
    (
        "subsub",
        "ii",
        "Requiring online marketplaces to verify the identity of professional sellers of used "
        "parts and to remove advertisements at the request of the competent authorities;",
    ),
    (
        "sub",
        "d",
        "Prevent the reuse of the identities of vehicles that have been written off, by "
        "cancelling their registration and sharing information on them with other States;",
    ),
    (
        "sub",
        "e",
        "Encourage vehicle manufacturers to improve the security of keyless entry and start "
        "systems and to cooperate with law enforcement authorities in the use of data from "
        "connected vehicles, subject to safeguards for privacy;",
    ),
    (
        "sub",
        "f",
        "Allow recovered vehicles to be returned to their owners before the end of criminal "
        "proceedings where the evidence can be preserved by other means;",
    ),
    (
        "sub",
        "g",
        "Increase the share of containers and roll-on/roll-off cargo examined at ports, "
        "including with scanners, on the basis of risk profiles shared among States;",
    ),
    (
        "sub",
        "h",
        "Include the trafficking of stolen vehicles and vehicle parts in national strategies "
        "against organized crime, and conduct financial investigations to identify and "
        "confiscate the proceeds.",
    ),
    ("h4", "Recommendations addressed to the United Nations Office on Drugs and Crime"),
    (
        "p",
        "38",
        "The meeting recommended that UNODC, in cooperation with INTERPOL and subject to the "
        "availability of extrabudgetary resources:",
    ),
    (
        "sub",
        "a",
        "Develop a model form for requests for the return of stolen vehicles, together with "
        "guidance on the information needed to establish the identity of a vehicle;",
    ),
    (
        "sub",
        "b",
        "Provide training for police, customs officers and prosecutors on the identification "
        "of stolen and re-identified vehicles;",
    ),
    (
        "sub",
        "c",
        "Compile good practices in cooperation with the private sector, including vehicle "
        "manufacturers, insurers and online marketplaces.",
    ),
    (
        "p",
        "39",
        "The meeting requested the Secretariat to submit the present report to the Fifteenth "
        "Congress as a contribution to its deliberations.",
    ),
    ("h1", "IV.", "Adoption of the report"),
    (
        "p",
        "40",
        "At its closing meeting, on 10 July 2025, the meeting adopted the present report, as "
        "orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "41",
        "In her closing remarks, the Chair thanked the Government of Bulgaria for hosting the "
        "meeting, the Governments of Germany and Japan for their financial support, and UNODC "
        "and INTERPOL for organizing it. She noted the proposal made by several experts to "
        "hold, after the Congress, a follow-up workshop for the States along the overland "
        "route through South-Eastern Europe, and invited the Secretariat to explore that "
        "possibility.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_LIST = [
    ("1.", "Provisional agenda and annotations (UNODC/CCPCJ/EG.52/2025/L.1)"),
    ("2.", "Information for participants (UNODC/CCPCJ/EG.52/2025/INF/1)"),
    (
        "3.",
        "Background paper prepared by the Secretariat on trafficking in stolen motor vehicles "
        "and vehicle parts (UNODC/CCPCJ/EG.52/2025/CRP.1)",
    ),
    (
        "4.",
        "Compilation of national legislation on the dismantling of vehicles and the trade in "
        "used parts, submitted by experts (UNODC/CCPCJ/EG.52/2025/CRP.2)",
    ),
    (
        "5.",
        "Note by INTERPOL on the use of the Stolen Motor Vehicle database at border crossings "
        "and ports (UNODC/CCPCJ/EG.52/2025/CRP.3)",
    ),
    (
        "6.",
        "Programme of the visit to the forensic vehicle examination laboratory of the Ministry "
        "of the Interior of Bulgaria (UNODC/CCPCJ/EG.52/2025/CRP.4)",
    ),
]

LEFT = 22.0  # left margin: headings, paragraph numbers, "1." subheadings, annex item numbers
TEXT_X = 34.0  # paragraph text column (hanging indent)
SUB_LABEL_X = 34.0  # "(a)" labels
SUB_TEXT_X = 44.0  # sub-item text column
SUBSUB_LABEL_X = 44.0  # "(i)" labels
SUBSUB_TEXT_X = 54.0  # nested sub-item text column
LINE_LABEL_X = 44.0  # agenda numbers / officer titles
LINE_TEXT_X_AGENDA = 52.0
LINE_TEXT_X_OFFICER = 68.0
RIGHT = 170.0  # right edge of the text block
FONT_SIZE = 10.0
LEAD = 4.75  # line height in mm
PARA_GAP = 2.2


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_GEOMETRY = _un_pdf.Geometry.of(globals())


def _keep_with_next(pdf: UNReport, lay: _un_pdf.Layout, lines: int, y: float) -> float:
    """Starts a new page unless a heading of ``lines`` lines and the first three lines of the
    paragraph after it fit on this one."""
    need = 6.0 + 3 * LEAD + (lines - 1) * LEAD
    return lay.new_page() if y + need > lay.limit() else y


def _draw_h3(pdf: UNReport, lay: _un_pdf.Layout, item: tuple, y: float, unit: str) -> float:
    """A third-level heading ("H23G"): bold, the same size as the body, its number hanging at
    LEFT where paragraph numbers stand and its text at TEXT_X. It belongs to no unit."""
    _, label, text = item
    pdf.set_font("Serif", "B", FONT_SIZE)
    hlines = _un_pdf.wrap(pdf, text, RIGHT - TEXT_X)
    y = _keep_with_next(pdf, lay, len(hlines), y)
    y += 0.8
    pdf.text(LEFT, y, label)
    for k, (words, _) in enumerate(hlines):
        if k:
            y += LEAD
        pdf.text(TEXT_X, y, " ".join(words))
    pdf.set_font("Serif", "", FONT_SIZE)
    return y + LEAD + 1.4


def _draw_h4(pdf: UNReport, lay: _un_pdf.Layout, item: tuple, y: float, unit: str) -> float:
    """An un-numbered italic subheading ("H4G") at TEXT_X. It belongs to no unit."""
    text = item[1]
    pdf.set_font("Serif", "I", FONT_SIZE)
    hlines = _un_pdf.wrap(pdf, text, RIGHT - TEXT_X)
    y = _keep_with_next(pdf, lay, len(hlines), y)
    y += 0.6
    for k, (words, _) in enumerate(hlines):
        if k:
            y += LEAD
        pdf.text(TEXT_X, y, " ".join(words))
    pdf.set_font("Serif", "", FONT_SIZE)
    return y + LEAD + 1.2


def _draw_annex(pdf: UNReport, lay: _un_pdf.Layout) -> None:
    """The annex on a new page: "Annex", "List of documents" and a numbered list whose
    numbers hang at LEFT like paragraph numbers and whose text wraps at TEXT_X; every item
    belongs to the unit "annex.1"."""
    y = lay.new_page()
    pdf.set_font("Serif", "B", 11)
    pdf.text(LEFT, y, ANNEX_HEADING)
    y += LEAD + 3.0
    pdf.set_font("Serif", "B", 10)
    pdf.text(TEXT_X, y, ANNEX_SUBTITLE)
    y += LEAD + 4.0
    pdf.set_font("Serif", "", FONT_SIZE)
    for num, text in ANNEX_LIST:
        pdf.text(LEFT, y, num)
        lines = _un_pdf.wrap(pdf, text, RIGHT - TEXT_X)
        for k, (words, justify) in enumerate(lines):
            if k:
                y += LEAD
            _un_pdf.draw_line(pdf, TEXT_X, y, RIGHT - TEXT_X, words, justify)
        lay.record("annex.1", f"{num} {text}")
        y += LEAD + PARA_GAP


def render(total_pages: int) -> tuple[UNReport, _un_pdf.Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 7, 25), FONTS, total_pages
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
    _un_pdf.draw_body(pdf, lay, BODY, _GEOMETRY, y, extra={"h3": _draw_h3, "h4": _draw_h4})
    _draw_annex(pdf, lay)
    lay.flush_footnotes()
    return pdf, lay


plain = _un_pdf.plain

HEADINGS = ("h1", "h2", "h3", "h4")


def _walk() -> list[tuple[str, str, tuple]]:
    """(kind, unit id, item) of every body item but the headings, in order: a paragraph is
    "12", a sub-item "12(a)", a nested item "12(c)(i)"; an officer or agenda line has the id
    of the paragraph it belongs to."""
    out = []
    last_para = last_sub = ""
    for item in BODY:
        kind = item[0]
        if kind in HEADINGS:
            continue
        num = item[1]
        if kind == "p":
            uid = last_para = num
            last_sub = ""
        elif kind == "sub":
            uid = f"{last_para}({num})"
            last_sub = num
        elif kind == "subsub":
            uid = f"{last_para}({last_sub})({num})"
        else:  # "line"
            uid = last_para
        out.append((kind, uid, item))
    return out


def units() -> list[dict]:
    """The expected units, in document order, from the same data the PDF is drawn from. The
    headings of all four levels belong to no unit. A paragraph's officer or agenda lines and
    footnote texts are further strings of its "contains"; the annex's numbered list is the
    unit "annex.1", one string per item with its number."""
    out: list[dict] = [
        _un_pdf.front_unit(DISCLAIMER, SYMBOL, CONGRESS, ISSUE_DATE, TITLE, PLACE_DATES)
    ]
    by_id: dict[str, dict] = {}
    for kind, uid, item in _walk():
        _, num, text = item
        if kind == "line":
            by_id[uid].setdefault("extra", []).append(f"{num} {text}".strip())
            continue
        u = {"id": uid, "text": plain(text)}
        by_id[uid] = u
        out.append(u)
    # footnote texts after everything else the unit holds
    for kind, uid, item in _walk():
        if kind != "line":
            for m in _un_pdf.MARK_RE.findall(item[2]):
                by_id[uid].setdefault("extra", []).append(FOOTNOTES[m])
    for u in out:
        if "extra" in u:
            u["contains"] = [u.pop("text"), *u.pop("extra")]
    out.append({"id": "annex.1", "contains": [f"{num} {text}" for num, text in ANNEX_LIST]})
    return out


def build(out: Path = OUT) -> dict[str, object]:
    total, lay = _un_pdf.build_twice(render, out)
    return {"pages": total, **lay.summary()}


def write_units(path: Path = UNITS_OUT) -> None:
    doc = _un_pdf.expected_doc(
        DOC_ID, f"eval/gold/docs/{DOC_ID}.pdf", TITLE, SYMBOL, ISSUE_DATE, PLACE_DATES, units()
    )
    _un_pdf.write_expected(path, doc)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    info = build(target)
    write_units()
    print(f"wrote {target}: pages={info['pages']}")
    print(f"split paragraphs (unit: pages): {info['split']}")
    print(f"footnote pages: {info['footnote_pages']}")
    fp = info["first_page"]
    print(f"paragraph 22 (two footnote marks) on page {fp.get('22')}")
    print(f"annex list on page {fp.get('annex.1')}")
    print(f"wrote {UNITS_OUT}")
