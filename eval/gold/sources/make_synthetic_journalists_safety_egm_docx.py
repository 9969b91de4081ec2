"""Generate eval/gold/docs/synthetic-journalists-safety-egm.docx and its expected units
eval/gold/expected/synthetic-journalists-safety-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on crimes against
journalists and media workers, held in Windhoek in preparation for the Fifteenth United Nations
Congress on Crime Prevention and Criminal Justice. It is not a United Nations document; the
names of persons are invented, and so are the figures.

Layout: a Word report drafted from the UN template (python-docx, helpers from _un_docx.py), as
make_synthetic_precursor_diversion_egm_docx.py writes it:

  * the synthetic-document line as the first body paragraph, then the masthead table in the
    body (United Nations | symbol; issuing office | "Distr.: General", date, "Original:
    English"), a bold meeting line, the title and the place and dates;
  * a page header with the symbol and a footer with a PAGE field from page 2 on;
  * chapter and section headings "I.<tab>..." / "A.<tab>... (agenda item 4)" in the
    template's paragraph styles "HChG" and "H1G", not Word's Heading styles;
  * ALL paragraph numbers and letters come from Word's automatic numbering (w:numPr):
    none of them is in the text of the document;
  * officer and agenda lines as un-numbered indented paragraphs after the paragraph that
    introduces them; the two Vice-Chairs share one line paragraph, the second name after a
    soft line break (w:br) and a tab;
  * a ruled table of Mexico's complaints by type of offence and year (2021-2024) after
    paragraph 11, with a title, an italic header row, a bold Total row and a "Source:" note;
    the statement goes on in paragraph 12 ("He added that ...");
  * three real footnotes (footnotes.xml): two in numbered paragraphs (6, 22) and one in a
    lettered recommendation (36(h));
  * recommendations 36(a)-(h) and requests 37(a)-(c);
  * an annex after a page break ("Annex" / "List of documents"): a two-column table.

Spanish, Portuguese, Turkish, Serbian, Swedish, Norwegian and French names with their accents
(Castañeda Ibáñez, Núñez, Guimarães, Özdemir-Kılıç, Đorđević, Åsa, Øvrebø, Bérard-Lefèvre,
Mejía Zúñiga, Kouassi-Traoré ...), and the States Türkiye and Côte d'Ivoire. Figures in digits
and in words (nearly three hundred, a third, forty per cent, seven in ten, eighteen months).

Deterministic output: fixed core properties and fixed ZIP timestamps.

Written, with its 33 gold cases (jm-) and 3 topics (jmt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_journalists_safety_egm_docx.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # leave no cache next to _un_docx.py

from _word_report import WordReport, main  # noqa: E402
from docx.shared import Twips  # noqa: E402

DOC_ID = "synthetic-journalists-safety-egm"
FIXED_TIME = (2025, 11, 28, 9, 0, 0)

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.58/2025/1"
ISSUE_DATE = "28 November 2025"
ISSUER = "United Nations Office on Drugs and Crime"
ORIGINAL = "English"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = "Report of the Expert Group Meeting on Crimes against Journalists and Media Workers"
PLACE_DATES = "Windhoek, 10\u201312 November 2025"

FOOTNOTES = {
    1: "The UNESCO Observatory of Killed Journalists records each killing of a journalist, "
    "media worker or social media producer condemned by the Director-General of UNESCO, "
    "together with the status of the judicial inquiry as reported by the State concerned.",
    2: "Endorsed by the United Nations System Chief Executives Board for Coordination in "
    "April 2012.",
    3: "Proclaimed by the General Assembly in its resolution 68/163 of 18 December 2013.",
}

TABLE_TITLE = (
    "Complaints of crimes against journalists and media workers registered by the Special "
    "Prosecutor\u2019s Office of Mexico, by type of offence, 2021\u20132024"
)
TABLE_ROWS = [
    ("Type of offence", "2021", "2022", "2023", "2024"),
    ("Threats", "162", "175", "188", "201"),
    ("Assault and injury", "58", "61", "49", "55"),
    ("Homicide", "9", "13", "6", "8"),
    ("Other offences", "74", "80", "83", "91"),
    ("Total", "303", "329", "326", "355"),
]
TABLE_SOURCE = (
    "Source: submission of Mexico to the meeting (UNODC/CCPCJ/EG.58/2025/CRP.2); a complaint "
    "concerning more than one offence is counted under the most serious one."
)

# The markup of the texts and the shape of BODY: see _word_report.WordReport.
BODY: list[tuple] = [
    ("h1", "I.\tIntroduction"),
    (
        "p",
        "The Expert Group Meeting on Crimes against Journalists and Media Workers was held in "
        "Windhoek from 10 to 12 November 2025, as part of the preparations for the Fifteenth "
        "United Nations Congress on Crime Prevention and Criminal Justice. It was convened by "
        "the United Nations Office on Drugs and Crime (UNODC) in cooperation with the "
        "Government of Namibia and the United Nations Educational, Scientific and Cultural "
        "Organization (UNESCO), with financial support from the Governments of Norway and "
        "Sweden.",
    ),
    (
        "p",
        "The purpose of the meeting was to examine killings, physical attacks, threats and "
        "harassment directed at journalists and media workers because of their work, in "
        "particular where organized criminal groups or corrupt officials were behind them, to "
        "review how criminal justice systems investigated and prosecuted such crimes and "
        "protected those at risk, and to formulate recommendations for consideration by the "
        "Fifteenth Congress. The meeting did not address the safety of journalists in "
        "situations of armed conflict, which had been the subject of other consultations.",
    ),
    (
        "p",
        "The present report summarizes the deliberations of the meeting and sets out the "
        "recommendations adopted at its final session. The documents before the meeting are "
        "listed in the annex.",
    ),
    ("h1", "II.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The meeting was opened by Petrina Nangolo-Haufiku, Deputy Minister of Justice of "
        "Namibia, who welcomed the experts to Windhoek. She recalled that the Windhoek "
        "Declaration for the Development of a Free, Independent and Pluralistic Press had been "
        "adopted in the city on 3 May 1991, the date later observed as World Press Freedom "
        "Day. She said that threats against reporters investigating illegal fishing and the "
        "poaching of rhinoceros had increased, and that the Namibian police had opened 11 "
        "cases of threats against journalists in 2024, compared with 4 in 2022.",
    ),
    (
        "p",
        "Marguerite Ntamack-Böhm, Chief of the Justice Section of UNODC, delivered an opening "
        "statement on behalf of the Executive Director. She said that when a journalist was "
        "killed for reporting on drug trafficking, corruption or illegal mining, the crime was "
        "also an attack on the right of the public to know, and that criminal groups used "
        "violence against the press to keep their activities hidden. Every such crime that "
        "went unpunished encouraged the next one.",
    ),
    (
        "p",
        "Kwame Asante-Boakye, Chief of the Section for the Safety of Journalists of UNESCO, "
        "said that nearly three hundred journalists and media workers had been killed "
        "worldwide in the five years from 2020 to 2024, according to the UNESCO Observatory of "
        "Killed Journalists,{1} and that in some 85 per cent of the killings recorded since "
        "2006 no one had yet been convicted. He noted that most of those killed were local "
        "reporters covering crime, corruption and politics in their own countries, not "
        "foreign correspondents.",
    ),
    ("h2", "B.\tElection of officers"),
    (
        "p",
        "At its opening session, on 10 November 2025, the meeting elected the following "
        "officers by acclamation:",
        {
            "lines": [
                "Chair:\tNdapewa Shikongo-Amadhila (Namibia)",
                "Vice-Chairs:\tMaría José Castañeda Ibáñez (Colombia)\n"
                "\tZeynep Özdemir-Kılıç (Türkiye)",
                "Rapporteur:\tAminata Kouassi-Traoré (Côte d'Ivoire)",
            ]
        },
    ),
    ("h2", "C.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "At the same session, the meeting adopted the following agenda:",
        {
            "lines": [
                "1.\tOpening of the meeting.",
                "2.\tElection of officers.",
                "3.\tAdoption of the agenda and organization of work.",
                "4.\tTrends in violence against journalists and media workers and the role of "
                "organized crime.",
                "5.\tEnding impunity: the investigation and prosecution of crimes against "
                "journalists.",
                "6.\tOnline violence, surveillance and the safety of women journalists.",
                "7.\tProtection mechanisms and international cooperation.",
                "8.\tAdoption of the recommendations and of the report.",
                "9.\tClosure of the meeting.",
            ]
        },
    ),
    (
        "p",
        "The meeting had before it a background paper prepared by the Secretariat, a note by "
        "UNESCO and national submissions received from twelve States. The meeting worked in "
        "plenary, in English, French and Spanish, with simultaneous interpretation. On the "
        "evening of 11 November 2025, the participants attended a side event on the safety of "
        "community radio journalists at the University of Namibia, organized by the Southern "
        "Africa Community Radio Network.",
    ),
    ("h1", "III.\tSummary of deliberations"),
    (
        "h2",
        "A.\tTrends in violence against journalists and media workers and the role of "
        "organized crime (agenda item 4)",
    ),
    (
        "p",
        "The Secretariat presented its background paper. It noted that about a third of the "
        "killings of journalists and media workers recorded in 2023 and 2024 outside "
        "situations of armed conflict had been linked to the victims\u2019 reporting on "
        "organized crime, drug trafficking or corruption, and that most of the victims had "
        "been killed in or near their home towns. Many of the killings had been preceded by "
        "threats that the victims had reported to the authorities but that had not been "
        "investigated. The risk was highest for journalists who worked alone, for small local "
        "media or as freelancers.",
    ),
    (
        "p",
        "José Ramón Núñez Elizondo, the expert from Mexico, said that the Special "
        "Prosecutor\u2019s Office for Crimes against Freedom of Expression, a unit of the "
        "Office of the Attorney General of the Republic, could take over from the prosecutors "
        "of the states any case of a crime committed against a journalist because of his or "
        "her work. He presented the following figures on the complaints registered by the "
        "Office:",
        {"table": True},
    ),
    (
        "p",
        "He added that threats accounted for more than half of the complaints registered each "
        "year, and that in about forty per cent of the complaints registered in 2024 the "
        "alleged perpetrator was a public official, most often a municipal police officer or a "
        "local politician. Since 2021 the Office had obtained 19 convictions. Many journalists "
        "who received threats no longer reported them, because they did not expect the "
        "authorities to act.",
    ),
    (
        "p",
        "João Guimarães Antunes, the expert from Brazil, said that the journalists most at risk "
        "in his country worked for small radio stations, local news sites and blogs in the "
        "interior, in particular in the Amazon region, where they reported on illegal logging, "
        "land-grabbing and illegal gold mining. The national observatory of violence against "
        "journalists, established in 2023 within the Ministry of Justice and Public Security, "
        "had recorded 137 attacks in 2024, including 3 killings. He noted that the federal "
        "police and the federal courts could take over the investigation and prosecution of a "
        "serious violation of human rights where the authorities of a state were unable or "
        "unwilling to act.",
    ),
    (
        "p",
        "Rosario Dela Peña-Lacson, the expert from the Philippines, said that broadcasters of "
        "provincial radio stations had long been the most frequent victims in her country, "
        "many of them shot by gunmen riding in tandem on motorcycles. The Presidential Task "
        "Force on Media Security, which brought together the police, prosecutors and media "
        "organizations, followed every case from the first report to the verdict. She reported "
        "that four media workers had been killed in the Philippines in 2024, and recalled that "
        "the trial for the killing of 58 people in Maguindanao in 2009, 32 of them "
        "journalists and media workers, had taken ten years to reach a verdict.",
    ),
    (
        "p",
        "Farhan Qureshi, the expert from Pakistan, said that his country had adopted a federal "
        "law on the protection of journalists and media professionals in 2021, which had "
        "established an independent commission to receive and investigate complaints of "
        "threats, harassment and violence. In its first eighteen months of operation, the "
        "commission had received 96 complaints, most of them concerning threats by "
        "unidentified persons made by telephone or through social media. The commission could "
        "refer cases to the police but could not itself order protective measures.",
    ),
    (
        "p",
        "The observer for the International Press Safety Institute, a non-governmental "
        "organization, said that freelance reporters and the local producers, drivers and "
        "interpreters who worked with foreign media were the least protected members of the "
        "profession, since they had no employer to provide training, insurance or protective "
        "equipment. Media workers who were not themselves journalists were often left out of "
        "the statistics, and she urged States to count all of them.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Brazil, Kenya, Mexico, "
        "Pakistan and the Philippines, and by the observers for UNESCO and the International "
        "Press Safety Institute.",
    ),
    (
        "h2",
        "B.\tEnding impunity: the investigation and prosecution of crimes against journalists "
        "(agenda item 5)",
    ),
    (
        "p",
        "María José Castañeda Ibáñez, the Vice-Chair, speaking as the expert from Colombia, "
        "said that the Office of the Attorney General of Colombia had adopted a policy under "
        "which the journalistic work of the victim was the first hypothesis to be examined in "
        "any investigation of a crime against a journalist. Of the 27 killings of journalists "
        "examined by its specialized unit since 2020, sentences had been handed down in 15 "
        "cases, but those who had ordered the killing had been convicted in only four. She "
        "stressed that convicting the gunman alone did not end impunity.",
    ),
    (
        "p",
        "Milica Đorđević, the expert from Serbia, described an agreement concluded by the "
        "Republic Public Prosecutor\u2019s Office, the Ministry of the Interior and "
        "journalists\u2019 associations, under which each higher public prosecutor\u2019s "
        "office had a contact point for journalists and had to take the first steps on any "
        "report of a threat within 24 hours. The number of threats reported had risen from 74 "
        "in 2020 to 186 in 2024, which she attributed partly to greater confidence in the "
        "contact points. Most of the threats had been made online.",
    ),
    (
        "p",
        "Åsa Lindqvist Bergström, the expert from Sweden, said that Swedish law treated the "
        "fact that an offence had been committed against a journalist because of his or her "
        "work as an aggravating circumstance, and that the police had specialized "
        "investigators in each of their seven regions for crimes against journalists, elected "
        "representatives and others whose work served democracy. An offence against a "
        "journalist was seldom an isolated act but part of a series, and investigators needed "
        "to look at all the incidents together.",
    ),
    (
        "p",
        "Hélène Bérard-Lefèvre, the expert from France, said that investigations into attacks "
        "on journalists had to respect the confidentiality of their sources. Investigators "
        "should seize or examine the telephone or computer of a journalist only where strictly "
        "necessary and with the authorization of a judge, and should copy only the data "
        "relevant to the offence. Journalists who feared that their sources would be exposed "
        "were less likely to report the crimes committed against them.",
    ),
    (
        "p",
        "The observer for the Office of the United Nations High Commissioner for Human Rights "
        "(OHCHR) recalled that States had a duty to investigate every killing of a journalist "
        "promptly, thoroughly, independently and impartially, and referred to the Minnesota "
        "Protocol on the Investigation of Potentially Unlawful Death (2016). He said that the "
        "United Nations Plan of Action on the Safety of Journalists and the Issue of "
        "Impunity{2} encouraged States to establish specialized investigative and "
        "prosecutorial units, and that more than thirty States had done so.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Colombia, France, Serbia and "
        "Sweden, and by the observer for OHCHR.",
    ),
    (
        "h2",
        "C.\tOnline violence, surveillance and the safety of women journalists (agenda item 6)",
    ),
    (
        "p",
        "Zeynep Özdemir-Kılıç, the Vice-Chair, speaking as the expert from Türkiye, said that "
        "coordinated online campaigns against journalists often began with the publication of "
        "their home address or details of their families and were followed by threats of "
        "physical violence. The cybercrime units of the police had opened 212 investigations "
        "into online threats against journalists in 2024. The main obstacle was identifying "
        "the authors, who used false accounts and servers located abroad.",
    ),
    (
        "p",
        "Wanjiru Kamau-Odhiambo, the expert from Kenya, presented a survey of 410 women "
        "journalists conducted by the Media Council of Kenya in 2024. Seven in ten of the "
        "respondents had experienced abuse or harassment online in the previous year, one in "
        "five had been threatened with sexual violence, and fewer than one in ten had reported "
        "the abuse to the police. She said that online abuse often led women journalists to "
        "stop covering crime and politics, or to leave the profession.",
    ),
    (
        "p",
        "Torbjørn Øvrebø, the expert from Norway, said that a pilot project between the "
        "Norwegian police and two large online platforms had reduced the time needed to "
        "identify the author of an online threat against a journalist from several months to "
        "about three weeks. Under the project, the platforms gave priority to police requests "
        "concerning threats against journalists and preserved the data concerned as soon as a "
        "complaint was filed.",
    ),
    (
        "p",
        "Rania Haddad, the expert from Lebanon, said that journalists investigating corruption "
        "and organized crime were increasingly placed under surveillance with commercial "
        "spyware that gave full access to their telephones, including their contacts and "
        "messages. Such surveillance exposed their sources and often preceded physical "
        "attacks. She called for the unlawful use of spyware against journalists to be made a "
        "criminal offence and for the export of such tools to be strictly controlled.",
    ),
    (
        "p",
        "The observer for the Council of Europe said that the Council\u2019s Safety of "
        "Journalists Platform had published 286 alerts concerning its member States in 2024, "
        "of which 41 concerned online harassment and intimidation and 19 the use of spyware. "
        "The States concerned had replied publicly to fewer than half of the alerts.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Kenya, Lebanon, Norway and "
        "Türkiye, and by the observer for the Council of Europe.",
    ),
    ("h2", "D.\tProtection mechanisms and international cooperation (agenda item 7)"),
    (
        "p",
        "Óscar Iván Mejía Zúñiga, the expert from Honduras, said that the national protection "
        "system for human rights defenders, journalists, social communicators and justice "
        "officials, established by law in 2015, had provided protective measures to 117 "
        "journalists and media workers in 2024. The measures included panic buttons, police "
        "patrols near the home of the beneficiary, escorts and, in the most serious cases, "
        "temporary relocation. Protective measures alone could not keep journalists safe if "
        "the threats were not investigated, and too few of the cases referred by the system to "
        "the prosecution service had been brought to court.",
    ),
    (
        "p",
        "Sabitri Adhikari, the expert from Nepal, said that threats against journalists in her "
        "country most often came from local political actors and from groups engaged in "
        "illegal sand mining and timber smuggling. Safety committees bringing together the "
        "police, the district administration and journalists\u2019 associations had been "
        "established in all seven provinces and met every month to review the threats "
        "reported. Women journalists in rural districts were especially exposed, as they often "
        "worked alone.",
    ),
    (
        "p",
        "Aminata Kouassi-Traoré, the Rapporteur, speaking as the expert from Côte d'Ivoire, "
        "said that the press regulatory authority of her country had set up a rapid alert "
        "system with 43 focal points across the country to report attacks on journalists to "
        "the authorities, especially during election periods. Since 2023, 250 police officers "
        "and gendarmes had been trained in the protection of journalists covering "
        "demonstrations.",
    ),
    (
        "p",
        "The Chair, speaking as the expert from Namibia, said that journalists who "
        "investigated cross-border crimes such as illegal fishing, wildlife trafficking and "
        "the smuggling of minerals were often threatened by persons based in another country, "
        "and that requests for mutual legal assistance in such cases could take more than a "
        "year. She proposed that States designate contact points for crimes against "
        "journalists who could exchange information directly, and use joint investigation "
        "teams where a threat or attack involved more than one country.",
    ),
    (
        "p",
        "The observer for the International Criminal Police Organization (INTERPOL) said that "
        "in 2024 INTERPOL had set up a network of contact points for crimes against journalists "
        "in 41 member countries, and that its notices and databases could help to locate "
        "suspects who fled abroad after an attack on a journalist. He encouraged States to "
        "make greater use of those tools.",
    ),
    (
        "p",
        "Statements under the item were made by the experts from Côte d'Ivoire, Honduras, "
        "Namibia and Nepal, and by the observer for INTERPOL.",
    ),
    ("h1", "IV.\tRecommendations"),
    (
        "p",
        "The meeting adopted the following recommendations for consideration by the Fifteenth "
        "Congress. Member States should:",
        {
            "items": [
                "Treat the journalistic work of the victim as the first line of inquiry in any "
                "investigation of a killing, attack or threat against a journalist or media "
                "worker, and investigate and prosecute those who ordered the crime as well as "
                "those who carried it out;",
                "Establish specialized units of investigators and prosecutors for crimes "
                "against journalists and media workers, or designate contact points for them in "
                "every prosecution service, with clear deadlines for acting on reports of "
                "threats;",
                "Provide in their criminal law that the commission of an offence against a "
                "journalist or media worker because of his or her work is an aggravating "
                "circumstance;",
                "Ensure that national protection mechanisms have sufficient staff and "
                "resources, that protective measures are granted promptly and that every "
                "threat referred by a mechanism is investigated;",
                "Require online platforms to preserve data and to respond promptly to lawful "
                "requests from law enforcement authorities concerning threats against "
                "journalists, and train investigators in identifying the authors of online "
                "threats;",
                "Make the unlawful surveillance of journalists, including by means of spyware, "
                "a criminal offence, and protect the confidentiality of journalists\u2019 "
                "sources in criminal investigations;",
                "Pay particular attention to the safety of women journalists, freelancers and "
                "local media workers, and collect data on crimes against all media workers, "
                "disaggregated by sex and by type of offence;",
                "Mark the International Day to End Impunity for Crimes against Journalists,{3} "
                "on 2 November, by publishing each year the status of the investigations into "
                "the killings of journalists.",
            ]
        },
    ),
    (
        "p",
        "The meeting requested UNODC, in cooperation with UNESCO and OHCHR, to:",
        {
            "items": [
                "Develop practical guidance for police and prosecutors on the investigation and "
                "prosecution of crimes against journalists and media workers, including online "
                "threats;",
                "Support States, at their request, in training investigators, prosecutors and "
                "judges and in establishing specialized units;",
                "Present the conclusions and recommendations of the meeting to the Fifteenth "
                "Congress.",
            ]
        },
    ),
    ("h1", "V.\tAttendance and adoption of the report"),
    ("h2", "A.\tAttendance"),
    (
        "p",
        "The meeting was attended by 64 participants, among them twenty-nine experts from 18 "
        "States, who took part in their personal capacity: Brazil, Colombia, Côte d'Ivoire, "
        "France, Honduras, Kenya, Lebanon, Mexico, Namibia, Nepal, Netherlands (Kingdom of "
        "the), Norway, Pakistan, Philippines, Serbia, South Africa, Sweden and Türkiye.",
    ),
    (
        "p",
        "The following organizations were represented by observers: UNESCO, OHCHR, the Council "
        "of Europe and INTERPOL. The International Press Safety Institute attended as a "
        "non-governmental organization.",
    ),
    ("h2", "B.\tAdoption of the report and closure of the meeting"),
    (
        "p",
        "At its final session, on 12 November 2025, the meeting adopted the present report, "
        "including its recommendations, as orally amended. The Rapporteur was entrusted with "
        "the finalization of the report in consultation with the Secretariat.",
    ),
    (
        "p",
        "Closing statements were made by the representative of UNESCO, the representative of "
        "UNODC and the representative of the Government of Namibia.",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Namibia for its "
        "hospitality, the Governments of Norway and Sweden for their financial support and the "
        "experts for their contributions. She declared the meeting closed on 12 November 2025 "
        "at 4.45 p.m.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Document symbol", "Title"),
    ("UNODC/CCPCJ/EG.58/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/CCPCJ/EG.58/2025/INF/1", "Information for participants"),
    (
        "UNODC/CCPCJ/EG.58/2025/CRP.1",
        "Background paper prepared by the Secretariat on crimes against journalists and media "
        "workers",
    ),
    (
        "UNODC/CCPCJ/EG.58/2025/CRP.2",
        "Compilation of national submissions on the safety of journalists",
    ),
    (
        "UNODC/CCPCJ/EG.58/2025/CRP.3",
        "Note by UNESCO on the safety of journalists and the issue of impunity",
    ),
]

# column widths of the body table, in twips
TABLE_WIDTHS = [Twips(2800), Twips(900), Twips(900), Twips(900), Twips(900)]

REPORT = WordReport.of(globals(), numbering_id="6B3E1C58")


if __name__ == "__main__":
    main(REPORT)
