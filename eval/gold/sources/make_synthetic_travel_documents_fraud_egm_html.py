"""Generate eval/gold/docs/synthetic-travel-documents-fraud-egm.html and its expected units
eval/gold/expected/synthetic-travel-documents-fraud-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on fraudulent travel
and identity documents, held in Lyon in September 2025. It is not a United Nations document;
the names of persons are invented, and so are the figures.

Layout: the report as a UN office's website publishes it, unlike the two other web pages
(synthetic-organ-trafficking-egm.html, synthetic-western-asia-rpm-web.html):

  * site boilerplate that is NOT part of the document: a skip link, a <header> with the
    office's name, a language switcher, a search form and a <nav> menu; a breadcrumb <nav>;
    an <aside> with "Download" and "Share this page" links; a cookie notice and a <footer>
    with links and a copyright line after the document;
  * the document is one <article> inside <main>: the synthetic-document line first, then a
    masthead (<div>s, with "Distr.: General" / date / "Original: English" joined by <br>),
    the <h1> title and the place and dates;
  * chapter headings as <h2> ("I. Introduction"), section headings as <h3> ("A. ...");
  * every numbered paragraph is a <p class="para"> whose number is a separate element,
    <span class="para-num">12.</span>, followed by a space and the text;
  * lettered sub-items are typed text, never <ol>: <p class="subpara"> with
    <span class="sub-num">(a)</span>, and the nested items under 40(b) as
    <p class="subsubpara"> with <span class="sub-num">(i)</span>;
  * the officers and the agenda as <br>-separated lines in one <p> each, after the paragraph
    that introduces them (the agenda lines are typed "1. Opening ...");
  * one data table (<thead>, row headers as <th scope="row">) right after paragraph 11,
    whose lead-in introduces it;
  * three footnotes: <sup><a href="#fn1">1</a></sup> references in paragraphs 1, 11 and 19,
    the notes in an <ol> at the end of the article, after the annex;
  * named character references: every non-ASCII character that has an HTML name is written
    as one (&eacute;, &rsquo;, &ndash;, &THORN;, &eth; ...), the others (s with cedilla,
    dotless i, l with stroke ...) as UTF-8; non-breaking spaces (&nbsp;) between some
    numbers and their units ("8,000&nbsp;euros", "2&nbsp;per cent", "5&nbsp;p.m."), which the
    expected units give as ordinary spaces;
  * an annex with the list of documents as a table (Symbol | Title).

Non-ASCII names from Côte d'Ivoire, Türkiye, Iceland, Curaçao (Kingdom of the Netherlands),
Ecuador, Germany, Poland, France and others (Kouamé-N'Guessan, Şükrü Yıldırım Özgür,
Ragnheiður Þorsteinsdóttir, Jurriën Isenia-Martina, Peñaloza Quiñónez, Große-Schönhaus,
Żółtowski-Brzęczek, Wróblewska-Nowicka, Ngoma-Sørensen).

Written, with its 35 gold cases (td-) and 3 topics (tdt-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Standard library only. Run:
  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_travel_documents_fraud_egm_html.py
"""

from __future__ import annotations

import html
import re
import sys
from html.entities import codepoint2name
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # leave no cache next to _expected.py

from _expected import expected_doc, numbered, unit, write_expected  # noqa: E402

DOC_ID = "synthetic-travel-documents-fraud-egm"
GOLD = Path(__file__).resolve().parents[1]
OUT = GOLD / "docs" / f"{DOC_ID}.html"
UNITS_OUT = GOLD / "expected" / f"{DOC_ID}.json"

NOTE = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.54/2025/1"
ISSUER = "United Nations Office on Drugs and Crime"
ISSUE_DATE = "10 October 2025"
ORIGINAL = "Original: English"
DISTR = "Distr.: General"
TITLE = "Report of the Expert Group Meeting on Fraudulent Travel and Identity Documents"
PLACE_DATES = "Lyon, 22\u201324 September 2025"

NBSP = "\u00a0"

FOOTNOTES = {
    "1": "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the "
    "United Nations Convention against Transnational Organized Crime (United Nations, Treaty "
    "Series, vol. 2241, No. 39574).",
    "2": "Replies to the UNODC questionnaire of May 2025. A counterfeit is an unauthorized "
    "reproduction of a document; a forged document is a genuine document that has been "
    "altered; an impostor uses a genuine document issued to another person whom he or she "
    "resembles.",
    "3": "International Civil Aviation Organization, Machine Readable Travel Documents, "
    "Doc 9303, eighth edition (Montr\u00e9al, 2021).",
}
# A footnote mark is written "{n}" right after the word that carries it.
MARK_RE = re.compile(r"\{(\d+)\}")

OFFICERS = [
    "Chair: Adjoua S\u00e9raphine Kouam\u00e9-N'Guessan (C\u00f4te d'Ivoire)",
    "Vice-Chairs: \u015e\u00fckr\u00fc Y\u0131ld\u0131r\u0131m \u00d6zg\u00fcr (T\u00fcrkiye), "
    "Ragnhei\u00f0ur \u00deorsteinsd\u00f3ttir (Iceland)",
    "Rapporteur: Mar\u00eda Jos\u00e9 Pe\u00f1aloza Qui\u00f1\u00f3nez (Ecuador)",
]

AGENDA = [
    "1. Opening of the meeting.",
    "2. Election of officers.",
    "3. Adoption of the agenda and organization of work.",
    "4. Trends and patterns in the use of fraudulent travel and identity documents.",
    "5. Breeder documents, the integrity of issuing processes and corruption.",
    "6. Biometrics, facial image morphing and the use of INTERPOL databases.",
    "7. Training of border officers, forensic document examination and international cooperation.",
    "8. Conclusions and recommendations.",
    "9. Adoption of the report.",
]

TABLE = [
    ["State", "Counterfeit", "Forged", "Fraudulently obtained genuine", "Impostor"],
    ["France", "3,940", "2,715", "860", "1,320"],
    ["Germany", "2,480", "1,905", "1,010", "1,155"],
    ["Spain", "2,105", "1,640", "415", "990"],
    ["Thailand", "730", "1,215", "240", "385"],
    ["T\u00fcrkiye", "1,870", "1,330", "395", "525"],
]

# Body: ("h2", anchor, text) / ("h3", text) / ("p", text[, extras]); paragraphs are numbered
# in order by _expected.numbered. extras: lines=[...] (shown after <br>), table=True,
# items=[text or (text, [subitems])].
BODY: list[tuple] = [
    ("h2", "chap-1", "I. Introduction"),
    (
        "p",
        "The Expert Group Meeting on Fraudulent Travel and Identity Documents was held in Lyon, "
        "France, from 22 to 24 September 2025. It was organized by the United Nations Office on "
        "Drugs and Crime (UNODC) in cooperation with the International Criminal Police "
        "Organization (INTERPOL) and was hosted by the INTERPOL General Secretariat. Its purpose "
        "was to review the ways in which fraudulent travel and identity documents are produced, "
        "obtained and used, including in the smuggling of migrants, as addressed in the "
        "Smuggling of Migrants Protocol,{1} and in the travel of terrorists, and to identify "
        "good practices in preventing and detecting document fraud.",
    ),
    (
        "p",
        "The Meeting held seven sessions. Its discussions were informed by a background paper "
        "prepared by the Secretariat and by the replies to a questionnaire that UNODC had sent "
        "to Member States in May 2025, to which twenty-six States had replied.",
    ),
    ("h2", "chap-2", "II. Organization of the meeting"),
    ("h3", "A. Opening of the meeting"),
    (
        "p",
        "The Meeting was opened on 22 September 2025 by \u00c9tienne Lef\u00e8vre-Garnier, "
        "Director of Border Policing at the Ministry of the Interior of France, who recalled that "
        "the French Border Police had detected nearly nine thousand fraudulent documents at the "
        "country\u2019s borders in 2024, and that the quality of counterfeit documents had "
        "improved markedly since affordable high-resolution printers had become available.",
    ),
    (
        "p",
        "Opening statements were also made by Marie-H\u00e9l\u00e8ne Delacroix-Baudin, Director "
        "of Operational Support and Analysis at INTERPOL, and by Kwabena Asante-Mensah, on "
        "behalf of UNODC. Mr. Asante-Mensah noted that almost every smuggling or trafficking "
        "route, and much terrorist travel, depended at some point on a fraudulent document, and "
        "that the same forgers often served several criminal markets at once.",
    ),
    ("h3", "B. Election of officers"),
    (
        "p",
        "At its 1st session, on 22 September 2025, the Meeting elected the following officers by "
        "acclamation:",
        {"lines": OFFICERS, "cls": "officers"},
    ),
    ("h3", "C. Adoption of the agenda and organization of work"),
    (
        "p",
        "At the same session, the Meeting adopted the following agenda:",
        {"lines": AGENDA, "cls": "agenda"},
    ),
    (
        "p",
        "The Meeting agreed that its working languages would be English and French. On the "
        "afternoon of 23 September 2025, the participants visited the document examination "
        "laboratory of the Border Police at Lyon\u2013Saint-Exup\u00e9ry Airport, where "
        "examiners demonstrated how ultraviolet light, infrared light and magnification are "
        "used to reveal substituted photographs, altered data pages and counterfeit security "
        "features.",
    ),
    ("h3", "D. Attendance"),
    (
        "p",
        "The Meeting was attended by thirty-four experts from the following twenty-one States: "
        "Brazil, C\u00f4te d'Ivoire, Ecuador, France, Germany, Ghana, Iceland, Indonesia, "
        "Jordan, Kenya, Mexico, Netherlands (Kingdom of the), Nigeria, Pakistan, Philippines, "
        "Poland, Spain, Thailand, T\u00fcrkiye, Ukraine and United States of America. The "
        "experts included border police officers, document examiners, officials of passport and "
        "civil registration authorities, and prosecutors.",
    ),
    (
        "p",
        "The following organizations were represented by observers: the International Civil "
        "Aviation Organization (ICAO), the International Organization for Migration (IOM), the "
        "European Border and Coast Guard Agency (Frontex), the Organization for Security and "
        "Co-operation in Europe (OSCE) and INTERPOL. In total, fifty-two participants took part "
        "in the Meeting, including the members of the Secretariat, and fourteen of them "
        "followed the proceedings online. The documents before the Meeting are listed in the "
        "annex to the present report.",
    ),
    ("h2", "chap-3", "III. Summary of deliberations"),
    ("h3", "A. Trends and patterns in the use of fraudulent travel and identity documents"),
    (
        "p",
        "Under agenda item 4, statements were made by the experts from France, Iceland, the "
        "Netherlands (Kingdom of the), Spain and T\u00fcrkiye and by the observer for Frontex.",
    ),
    (
        "p",
        "The Secretariat presented the numbers of fraudulent documents detected at border "
        "crossing points in 2024 by the five States that had provided figures broken down by "
        "type of fraud,{2} which are set out in the table below:",
        {"table": True},
    ),
    (
        "p",
        "The observer for Frontex, Katarzyna Wr\u00f3blewska-Nowicka, said that 23,850 "
        "fraudulent documents had been detected at the external borders of the European Union "
        "and the Schengen associated countries in 2024. Impostors, who travel on the genuine "
        "document of a person they resemble, had accounted for a third of the detections and "
        "had overtaken counterfeits as the most common type of fraud. One in four of the "
        "fraudulent documents detected had been identity cards rather than passports, since "
        "identity cards were less secure and were accepted for travel within Europe.",
    ),
    (
        "p",
        "The expert from France, Antoine M\u00e9rieux-Lacombe, said that counterfeit passports "
        "and residence permits were increasingly ordered online, through shops on encrypted "
        "messaging applications that delivered them by post: forty per cent of the fraudulent "
        "documents seized in France in 2024 had been ordered in that way. Prices ranged from "
        "3,000 to 8,000\u00a0euros for a counterfeit passport, and the most expensive documents "
        "were those sold with a guarantee that they would pass automated border control gates.",
    ),
    (
        "p",
        "The Vice-Chair, \u015e\u00fckr\u00fc Y\u0131ld\u0131r\u0131m \u00d6zg\u00fcr, speaking "
        "as the expert from T\u00fcrkiye, reported that 4,120 fraudulent documents had been "
        "detected at the airports of T\u00fcrkiye in 2024, seven in ten of them carried by "
        "migrants trying to fly on to Western Europe. Smugglers sold such migrants a "
        "\u2018package\u2019 consisting of a look-alike passport, a boarding pass and coaching "
        "on how to answer the questions of border officers, for up to US$\u00a012,000 per "
        "person.",
    ),
    (
        "p",
        "The expert from the Netherlands (Kingdom of the), Jurri\u00ebn Isenia-Martina, who is "
        "based in Cura\u00e7ao, described the island as a transit point for flights between "
        "South America and Europe. Smuggling networks rented genuine European passports from "
        "their holders for about US$\u00a02,000 and matched them to travellers of similar "
        "appearance; the holders later reported the passports as lost. In 2024 the border "
        "authorities of Cura\u00e7ao had refused entry to ninety-three impostors, two thirds of "
        "whom had been travelling on Dutch or Spanish passports.",
    ),
    (
        "p",
        "The Vice-Chair, Ragnhei\u00f0ur \u00deorsteinsd\u00f3ttir, speaking as the expert from "
        "Iceland, said that Keflav\u00edk International Airport had become a transit point for "
        "travellers heading to North America who counted on less rigorous checks at a small "
        "airport. Two hundred and ten persons travelling on fraudulent documents had been "
        "detected at the airport in 2024, compared with 64 in 2021, and nearly all of them had "
        "been in transit and had never intended to enter Iceland.",
    ),
    (
        "p",
        "The expert from Spain, Jos\u00e9 Ignacio Ballesteros N\u00fa\u00f1ez, said that forged "
        "residence permits and counterfeit identity cards of States members of the European "
        "Union were used by migrants already in Spain to obtain work, open bank accounts and "
        "rent housing, and that document fraud was therefore not only a problem at the border. "
        "The National Police had dismantled 38 forgery workshops in 2024, one of which had "
        "produced more than 1,500 documents.",
    ),
    ("h3", "B. Breeder documents, the integrity of issuing processes and corruption"),
    (
        "p",
        "Under agenda item 5, statements were made by the experts from C\u00f4te d'Ivoire, "
        "Ecuador, Nigeria, Pakistan, the Philippines and Ukraine and by the observer for ICAO.",
    ),
    (
        "p",
        "The observer for ICAO, Nathalie C\u00f4t\u00e9-Brisebois, recalled that the "
        "international specifications for machine-readable travel documents{3} had made "
        "passports much harder to counterfeit, and that more than 140 States now issued "
        "electronic passports containing a chip that stored the holder\u2019s facial image. As "
        "a result, criminals had turned to the weakest links in the chain: the breeder "
        "documents, such as birth certificates, on which an application for a passport relies, "
        "and the issuing process itself. A passport was only as reliable as the evidence of "
        "identity on which it had been issued.",
    ),
    (
        "p",
        "The Chair, Adjoua S\u00e9raphine Kouam\u00e9-N'Guessan, speaking as the expert from "
        "C\u00f4te d'Ivoire, explained that many births in rural areas had never been registered "
        "and that late registration through a court judgment could be obtained on the testimony "
        "of two witnesses. Networks had exploited that procedure to create new identities for "
        "foreign nationals and for persons with criminal records. When the authorities had "
        "checked the birth records supporting passport applications in 2024, one in eight had "
        "proved to be irregular. A biometric national civil registry, launched in 2023, now "
        "linked each birth record to the identity card and passport later issued to the same "
        "person.",
    ),
    (
        "p",
        "The expert from Nigeria, Chukwuemeka Obi-Adeyemi, said that since 2022 a passport could "
        "be issued only to an applicant who had been enrolled in the national identity database "
        "and whose fingerprints matched the record held in it. Applications based on false "
        "identities had fallen by nearly half since then, but the expert cautioned that persons "
        "who had obtained false identities before enrolment could now hold fully genuine "
        "documents.",
    ),
    (
        "p",
        "The expert from Pakistan, Zainab Tariq Malik, described corruption in passport offices, "
        "where officials had been paid to issue genuine passports in false names or to add "
        "persons to the family records of unrelated citizens. In 2024, 37 officials had been "
        "dismissed and 19 prosecuted. Countermeasures included video recording at service "
        "counters, the random audit of files approved by each official and the rotation of "
        "staff between offices.",
    ),
    (
        "p",
        "The expert from the Philippines, Ma. Teresa Dimaculangan-Reyes, said that recruiters "
        "involved in trafficking in persons used falsified birth certificates to present girls "
        "under the age of 18 as adults, so that they could obtain passports and be deployed "
        "abroad as domestic workers. The Department of Foreign Affairs had rejected 1,340 "
        "passport applications in 2024 after checking the birth certificates submitted with them "
        "against the records of the national statistics authority.",
    ),
    (
        "p",
        "The expert from Ukraine, Oleksandra Kovalchuk, said that millions of Ukrainians had "
        "been displaced since 2022 and that many had lost their documents, which had to be "
        "replaced by consulates abroad. Offenders had tried to obtain replacement documents in "
        "the names of persons who had died or gone missing, and Ukraine had therefore begun to "
        "report to INTERPOL the documents of deceased and missing persons as well as lost and "
        "stolen ones.",
    ),
    (
        "p",
        "The Rapporteur, Mar\u00eda Jos\u00e9 Pe\u00f1aloza Qui\u00f1\u00f3nez, speaking as the "
        "expert from Ecuador, said that genuine Ecuadorian identity cards and passports had been "
        "obtained fraudulently by foreign nationals with the help of corrupt civil registry "
        "officials, and had then been used to travel to countries that admitted Ecuadorian "
        "citizens without a visa. Since 2021, the civil registry had cancelled 2,650 identity "
        "documents issued on the basis of false data.",
    ),
    ("h3", "C. Biometrics, facial image morphing and the use of INTERPOL databases"),
    (
        "p",
        "Under agenda item 6, statements were made by the experts from Germany, Indonesia, "
        "Poland and Thailand and by the observer for INTERPOL.",
    ),
    (
        "p",
        "The observer for INTERPOL, Beno\u00eet Ngoma-S\u00f8rensen, presented the Stolen and "
        "Lost Travel Documents (SLTD) database, which held some 136 million records contributed "
        "by 174 countries and had been searched more than 1.9 billion times in 2024. However, "
        "fewer than half of the member countries checked all travellers against it at every "
        "border crossing point, and several still did not report stolen blank documents, which "
        "were among the most valuable to criminals because they could be personalized with any "
        "identity.",
    ),
    (
        "p",
        "The expert from Germany, Friederike Gro\u00dfe-Sch\u00f6nhaus, described facial image "
        "morphing, in which the photographs of two persons are digitally merged into a single "
        "image that resembles both closely enough for each of them to pass a face comparison. A "
        "morphed photograph submitted by one person with a passport application would produce a "
        "genuine passport that a second person, for instance a person barred from entering a "
        "country, could also use. Since May 2025, passport photographs in Germany had to be "
        "taken at the issuing office or transmitted to it directly by certified photographers "
        "through a secure connection. The Federal Police had identified 46 morphed photographs "
        "in passport applications in 2024.",
    ),
    (
        "p",
        "The expert from Poland, Wojciech \u017b\u00f3\u0142towski-Brz\u0119czek, reported on a "
        "pilot in which software for the detection of morphed images had been tested on some "
        "12,000 passport applications. The software had flagged about 2\u00a0per cent of the "
        "applications, but on examination almost all of the alerts had proved to be false "
        "alarms, and the expert concluded that such tools could support, but not replace, "
        "trained staff.",
    ),
    (
        "p",
        "The expert from Thailand, Siriporn Wongsawat, said that all passports presented at "
        "Suvarnabhumi Airport had been checked against the SLTD database since 2019. In 2024 the "
        "checks had produced 880 hits, including passports from batches of blank documents "
        "stolen from issuing offices abroad several years earlier, which showed that such "
        "documents remained in circulation for a long time.",
    ),
    (
        "p",
        "The expert from Indonesia, Dewi Anggraini Situmorang, described the use of fraudulent "
        "and fraudulently obtained documents by foreign terrorist fighters and their families "
        "returning from conflict zones, often through third countries. Indonesia screened "
        "advance passenger information against national watch lists and INTERPOL notices, and "
        "had identified 17 persons linked to terrorist groups who had tried to travel on "
        "documents in other names since 2022.",
    ),
    (
        "h3",
        "D. Training of border officers, forensic document examination and international "
        "cooperation",
    ),
    (
        "p",
        "Under agenda item 7, statements were made by the experts from Brazil, Kenya, Mexico and "
        "the United States of America and by the observers for IOM and OSCE.",
    ),
    (
        "p",
        "The expert from Kenya, Wanjiru Kamau-Otieno, described the three levels of document "
        "examination: front-line officers who check every traveller, second-line examiners to "
        "whom doubtful cases are referred, and forensic document laboratories that examine "
        "documents for criminal proceedings. Only one in five border posts in Kenya had a "
        "second-line examiner, and the country had a single forensic document laboratory, in "
        "Nairobi, so that doubtful documents seized at remote posts could take weeks to be "
        "examined.",
    ),
    (
        "p",
        "The expert from the United States of America, Rebecca Thornton-\u00c1lvarez, said that "
        "her Government\u2019s forensic document laboratory had examined some 5,600 documents "
        "at the request of partner States in 2024 and maintained a reference library of genuine "
        "documents from more than 200 issuing authorities. She stressed that front-line "
        "officers needed quick access to images of genuine documents, so that they could "
        "compare a suspect document with a specimen within minutes.",
    ),
    (
        "p",
        "The observer for IOM, Ngozi Adaeze Okonkwo, said that IOM had trained more than 3,000 "
        "front-line officers in document examination since 2020, but that many trained officers "
        "were rotated to other posts within a year, so that training had to be repeated "
        "constantly. She also cautioned that migrants found with fraudulent documents were "
        "often victims of smugglers or traffickers and should be screened for protection needs.",
    ),
    (
        "p",
        "The expert from Brazil, Gabriel Ant\u00f4nio S\u00e1 Guimar\u00e3es, said that genuine "
        "Brazilian passports were in demand among smuggling networks because Brazilian citizens "
        "could enter many countries without a visa. The Federal Police had found stolen "
        "Brazilian passports whose data pages had been replaced, and had recorded 410 such cases "
        "since 2022.",
    ),
    (
        "p",
        "The expert from Mexico, Ximena Ruiz Vel\u00e1zquez, said that many of the fraudulent "
        "documents detected at the country\u2019s airports had been used by migrants from "
        "outside the Americas seeking to reach the northern border, and that since 2023 border "
        "officers in Mexico had exchanged alerts on new forgeries with their counterparts in "
        "Central America through a regional network.",
    ),
    (
        "p",
        "The observer for OSCE, Ilse Gr\u00fcnwald-Petrovi\u0107, said that OSCE had helped "
        "participating States to connect 96 border crossing points to the INTERPOL databases in "
        "2024 and had organized joint training for border officers from neighbouring States, "
        "which built the trust needed to exchange information quickly.",
    ),
    ("h2", "chap-4", "IV. Conclusions and recommendations"),
    (
        "p",
        "The experts agreed that fraudulent travel and identity documents enabled the smuggling "
        "of migrants, trafficking in persons, the travel of terrorists and many other crimes; "
        "that fraud was shifting from counterfeit documents towards impostors and genuine "
        "documents obtained by fraud; and that the integrity of the issuing process and of "
        "breeder documents had become as important as the security features of the document "
        "itself.",
    ),
    (
        "p",
        "The experts recommended that Member States:",
        {
            "items": [
                "Criminalize the production, procurement, supply and possession of fraudulent "
                "travel or identity documents when committed for the purpose of smuggling "
                "migrants, in accordance with article 6 of the Smuggling of Migrants Protocol, "
                "and ensure that corrupt officials who issue genuine documents in false "
                "identities can be prosecuted;",
                (
                    "Strengthen the integrity of the issuing process, in particular by:",
                    [
                        "Verifying breeder documents, such as birth certificates, against civil "
                        "registration records before issuing a passport or identity card;",
                        "Capturing applicants\u2019 facial images at the issuing office, or "
                        "receiving them directly from certified photographers, in order to "
                        "prevent the use of morphed images;",
                        "Separating the duties of officials who receive applications from those "
                        "of officials who approve them, and auditing issuing offices regularly;",
                    ],
                ),
                "Report stolen and lost travel documents, including stolen blank documents, to "
                "the INTERPOL Stolen and Lost Travel Documents database without delay, and check "
                "all travellers against it at every border crossing point;",
                "Provide regular training in the detection of fraudulent documents and impostors "
                "to front-line border officers, and establish or strengthen second-line "
                "examination and forensic document laboratories;",
                "Ensure that migrants do not become liable to criminal prosecution under the "
                "Smuggling of Migrants Protocol for the fact of having been the object of "
                "smuggling, including when they have used fraudulent documents, and screen them "
                "for protection needs.",
            ]
        },
    ),
    (
        "p",
        "The experts requested UNODC to:",
        {
            "items": [
                "Develop, in cooperation with INTERPOL, ICAO and IOM, a training module on "
                "document fraud for prosecutors and judges;",
                "Compile good practices in securing civil registration and breeder documents and "
                "in preventing corruption in issuing offices;",
                "Convene a follow-up meeting of experts within two years, subject to the "
                "availability of extrabudgetary resources.",
            ]
        },
    ),
    ("h2", "chap-5", "V. Adoption of the report and closure of the meeting"),
    (
        "p",
        "At its 7th session, on 24 September 2025, the Meeting adopted the present report. The "
        "draft report was introduced by the Rapporteur, Mar\u00eda Jos\u00e9 Pe\u00f1aloza "
        "Qui\u00f1\u00f3nez (Ecuador).",
    ),
    (
        "p",
        "In her closing remarks, the Chair, Adjoua S\u00e9raphine Kouam\u00e9-N'Guessan, "
        "thanked INTERPOL for hosting the Meeting and the Government of France for its support, "
        "and declared the Meeting closed on 24 September 2025 at 5\u00a0p.m.",
    ),
]

ANNEX_TITLE = "List of documents before the Meeting"
ANNEX_TABLE = [
    ["Symbol", "Title"],
    ["UNODC/CCPCJ/EG.54/2025/L.1", "Provisional agenda and annotations"],
    [
        "UNODC/CCPCJ/EG.54/2025/CRP.1",
        "Background paper prepared by the Secretariat: fraudulent travel and identity documents "
        "in the smuggling of migrants, trafficking in persons and terrorist travel",
    ],
    [
        "UNODC/CCPCJ/EG.54/2025/CRP.2",
        "Summary of the replies to the questionnaire on document fraud",
    ],
    ["UNODC/CCPCJ/EG.54/2025/INF/1", "Information for participants"],
    ["UNODC/CCPCJ/EG.54/2025/INF/2", "List of participants"],
]

CSS = """
body { font-family: Arial, Helvetica, sans-serif; margin: 0; color: #222; }
.skip-link { position: absolute; left: -999px; }
.site-header { background: #0b5394; color: #fff; padding: .6em 2em; }
.site-header a { color: #fff; }
.site-header .brand { font-size: 1.2em; font-weight: bold; }
.lang-switch, .site-search { float: right; margin-left: 1em; font-size: .85em; }
.main-menu ul, .breadcrumb ol, .site-footer ul { list-style: none; padding: 0; margin: 0; }
.main-menu li, .breadcrumb li, .site-footer li { display: inline; margin-right: 1.2em; }
.breadcrumb { font-size: .85em; padding: .5em 2em; background: #eee; }
.breadcrumb li + li::before { content: "\\203A  "; }
.page { display: flex; gap: 2em; padding: 1em 2em; }
.page main { flex: 3; max-width: 46em; }
.page aside { flex: 1; font-size: .9em; }
article.un-doc { font-family: "Times New Roman", serif; line-height: 1.45; }
.synthetic-note { background: #ffe; border: 1px dashed #999; padding: .4em;
  font-family: sans-serif; font-size: .9em; }
.masthead { border-bottom: 2px solid #000; margin-bottom: 1em; overflow: hidden; }
.masthead .un { font-size: 1.3em; font-weight: bold; float: left; }
.masthead .symbol { font-size: 1.2em; float: right; }
.masthead .office { clear: both; }
.masthead .distr { text-align: right; }
.place-dates { font-weight: bold; }
p.para { margin: .6em 0; }
.para-num { display: inline-block; min-width: 2.5em; }
p.subpara { margin: .3em 0 .3em 2.5em; }
p.subsubpara { margin: .3em 0 .3em 5em; }
.sub-num { display: inline-block; min-width: 2em; }
p.officers, p.agenda { margin-left: 5em; }
table.data, table.documents { border-collapse: collapse; margin: .6em 0 .8em 2.5em; }
table.data th, table.data td, table.documents th, table.documents td {
  border: 1px solid #888; padding: .2em .6em; }
table.data td { text-align: right; }
.footnotes { font-size: .85em; }
.cookie-notice { position: fixed; bottom: 0; left: 0; right: 0; background: #333; color: #fff;
  padding: .6em 2em; }
.site-footer { background: #0b5394; color: #fff; padding: 1em 2em; font-size: .85em; }
.site-footer a { color: #fff; }
"""


def plain(text: str) -> str:
    """The text of a paragraph as the expected units give it: no footnote marks, and ordinary
    spaces for non-breaking ones."""
    return MARK_RE.sub("", text).replace(NBSP, " ")


def notes(text: str) -> list[str]:
    return [FOOTNOTES[m] for m in MARK_RE.findall(text)]


def esc(text: str) -> str:
    """Escaped text, every non-ASCII character that has an HTML name written as that entity
    (&eacute;, &rsquo;, &nbsp; ...); the others stay UTF-8."""
    out = []
    for ch in html.escape(text, quote=False):
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def inline(text: str) -> str:
    """Escaped text with its footnote marks as superscript links to the notes."""
    out = []
    for piece in re.split(r"(\{\d+\})", text):
        m = MARK_RE.fullmatch(piece)
        if m:
            n = m.group(1)
            out.append(f'<sup><a href="#fn{n}" id="fnref{n}" class="fn-ref">{n}</a></sup>')
        elif piece:
            out.append(esc(piece))
    return "".join(out)


def roman(j: int) -> str:
    return ("i", "ii", "iii", "iv", "v")[j]


def render_table(rows: list[list[str]], cls: str, row_headers: bool) -> list[str]:
    out = [
        f'<table class="{cls}">',
        "  <thead>",
        "    <tr>" + "".join(f'<th scope="col">{esc(c)}</th>' for c in rows[0]) + "</tr>",
        "  </thead>",
        "  <tbody>",
    ]
    for row in rows[1:]:
        if row_headers:
            cells = f'<th scope="row">{esc(row[0])}</th>'
            cells += "".join(f"<td>{esc(c)}</td>" for c in row[1:])
        else:
            cells = "".join(f"<td>{esc(c)}</td>" for c in row)
        out.append(f"    <tr>{cells}</tr>")
    out += ["  </tbody>", "</table>"]
    return out


def render_para(n: int, text: str, extras: dict) -> list[str]:
    """One numbered paragraph, its number a separate <span>, then what belongs to it."""
    out = [f'<p class="para" id="para-{n}"><span class="para-num">{n}.</span> {inline(text)}</p>']
    if extras.get("lines"):
        out.append(
            f'<p class="{extras["cls"]}">' + "<br>\n".join(map(esc, extras["lines"])) + "</p>"
        )
    if extras.get("table"):
        out.extend(render_table(TABLE, "data", row_headers=True))
    for i, item in enumerate(extras.get("items", [])):
        sub_text, nested = (item, []) if isinstance(item, str) else item
        letter = "abcdefgh"[i]
        out.append(
            f'<p class="subpara" id="para-{n}-{letter}"><span class="sub-num">({letter})</span> '
            f"{inline(sub_text)}</p>"
        )
        for j, nested_text in enumerate(nested):
            out.append(
                f'<p class="subsubpara" id="para-{n}-{letter}-{roman(j)}">'
                f'<span class="sub-num">({roman(j)})</span> {inline(nested_text)}</p>'
            )
    return out


SITE_HEADER = """<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header">
  <div class="lang-switch">
    <a href="/fr/" lang="fr">Fran&ccedil;ais</a> |
    <a href="/es/" lang="es">Espa&ntilde;ol</a> |
    <a href="/ru/" lang="ru">Русский</a>
  </div>
  <form class="site-search" role="search" action="/search">
    <label for="q">Search</label> <input id="q" name="q" type="search">
    <button type="submit">Go</button>
  </form>
  <div class="brand"><a href="/">United Nations Office on Drugs and Crime</a></div>
  <nav class="main-menu" aria-label="Main menu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/about-us/">About us</a></li>
      <li><a href="/what-we-do/">What we do</a></li>
      <li><a href="/publications/">Publications</a></li>
      <li><a href="/meetings/">Meetings &amp; events</a></li>
      <li><a href="/news/">News &amp; press</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="/">Home</a></li>
    <li><a href="/meetings/">Meetings &amp; events</a></li>
    <li><a href="/meetings/expert-groups/">Expert group meetings</a></li>
    <li aria-current="page">Fraudulent travel and identity documents (2025)</li>
  </ol>
</nav>"""

SITE_ASIDE = """<aside class="sidebar" aria-label="Page tools">
  <h2 class="sidebar-title">Download</h2>
  <ul>
    <li><a href="/documents/EG54_2025_1_E.pdf">PDF (English, 412&nbsp;KB)</a></li>
    <li><a href="/documents/EG54_2025_1_F.pdf">PDF (Fran&ccedil;ais, 438&nbsp;KB)</a></li>
  </ul>
  <h2 class="sidebar-title">Share this page</h2>
  <ul class="share">
    <li><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a></li>
    <li><a href="https://x.com/intent/post">X</a></li>
    <li><a href="https://www.linkedin.com/sharing/share-offsite/">LinkedIn</a></li>
    <li><a href="mailto:?subject=Expert%20Group%20Meeting">Email</a></li>
  </ul>
  <h2 class="sidebar-title">Related</h2>
  <ul>
    <li><a href="/migrant-smuggling/">Smuggling of migrants</a></li>
    <li><a href="/terrorism-prevention/">Terrorism prevention</a></li>
  </ul>
</aside>"""

SITE_FOOTER = """<div class="cookie-notice" id="cookie-notice" role="dialog" aria-label="Cookies">
  <p>This website uses cookies to analyse traffic and improve your experience. By continuing
  to browse, you agree to our use of cookies. <a href="/cookies/">Read more</a></p>
  <button type="button">Accept</button> <button type="button">Decline</button>
</div>
<footer class="site-footer">
  <ul>
    <li><a href="/contact/">Contact us</a></li>
    <li><a href="/terms/">Terms of use</a></li>
    <li><a href="/privacy/">Privacy notice</a></li>
    <li><a href="/fraud-alert/">Fraud alert</a></li>
    <li><a href="/sitemap/">Site map</a></li>
  </ul>
  <p>&copy; 2025 United Nations Office on Drugs and Crime. All rights reserved.</p>
</footer>"""


def build() -> str:
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(SYMBOL)} | {esc(TITLE)} | UNODC</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        SITE_HEADER,
        '<div class="page">',
        '<main id="content">',
        '<article class="un-doc">',
        f'<p class="synthetic-note">{esc(NOTE)}</p>',
        '<div class="masthead">',
        '  <div class="un">United Nations</div>',
        f'  <div class="symbol">{esc(SYMBOL)}</div>',
        f'  <div class="office">{esc(ISSUER)}</div>',
        f'  <div class="distr">{esc(DISTR)}<br>{esc(ISSUE_DATE)}<br>{esc(ORIGINAL)}</div>',
        "</div>",
        f"<h1>{esc(TITLE)}</h1>",
        f'<p class="place-dates">{esc(PLACE_DATES)}</p>',
    ]
    for item in numbered(BODY):
        if item[0] == "h2":
            lines += ["", f'<h2 id="{item[1]}">{esc(item[2])}</h2>']
        elif item[0] == "h3":
            lines.append(f"<h3>{esc(item[1])}</h3>")
        else:
            _, n, text, extras = item
            lines.extend(render_para(n, text, extras))
    lines += ["", '<h2 id="annex">Annex</h2>', f"<h3>{esc(ANNEX_TITLE)}</h3>"]
    lines.extend(render_table(ANNEX_TABLE, "documents", row_headers=False))
    lines += ["", '<section class="footnotes">', "<hr>", "<ol>"]
    lines.extend(f'  <li id="fn{n}">{esc(note)}</li>' for n, note in FOOTNOTES.items())
    lines += ["</ol>", "</section>", "</article>", "</main>", SITE_ASIDE, "</div>"]
    lines += [SITE_FOOTER, "</body>", "</html>", ""]
    return "\n".join(lines)


def units() -> list[dict]:
    """The expected units, in document order, from the same data the page is built from."""
    front = [
        NOTE,
        "United Nations",
        SYMBOL,
        ISSUER,
        DISTR,
        ISSUE_DATE,
        ORIGINAL,
        TITLE,
        PLACE_DATES,
    ]
    out: list[dict] = [{"id": "front", "contains": front}]
    for item in numbered(BODY):
        if item[0] != "p":
            continue
        _, n, text, extras = item
        body = [plain(text), *extras.get("lines", [])]
        if extras.get("table"):
            body += [" | ".join(row) for row in TABLE]
        out.append(unit(str(n), ["\n".join(body), *notes(text)]))
        for i, item_ in enumerate(extras.get("items", [])):
            sub_text, nested = (item_, []) if isinstance(item_, str) else item_
            uid = f"{n}({'abcdefgh'[i]})"
            out.append(unit(uid, [plain(sub_text), *notes(sub_text)]))
            for j, nested_text in enumerate(nested):
                out.append(unit(f"{uid}({roman(j)})", [plain(nested_text)]))
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(r) for r in ANNEX_TABLE)})
    return out


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    UNITS_OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(), encoding="utf-8")
    doc = expected_doc(
        DOC_ID, f"eval/gold/docs/{DOC_ID}.html", TITLE, SYMBOL, ISSUE_DATE, PLACE_DATES, units()
    )
    write_expected(UNITS_OUT, doc)
    n_paras = sum(1 for it in numbered(BODY) if it[0] == "p")
    print(f"wrote {OUT.name} and {UNITS_OUT.name}: {n_paras} paragraphs, {len(units())} units")


if __name__ == "__main__":
    main()
