"""Generate synthetic-electronic-evidence-egm.docx (and its expected units,
synthetic-electronic-evidence-egm.json) next to this script.

A SYNTHETIC United Nations (UNODC) expert group meeting report, clearly labelled as such in its
first paragraph, laid out the way UN Word reports drafted from the UN template are:

* the synthetic-document line, then a borderless masthead table (United Nations | symbol;
  issuing office | distribution, date, original language), a meeting line, the title and the
  place and dates;
* page header with the symbol and footer with a PAGE field (different first page);
* chapter and section headings ("I.<tab>...", "A.<tab>...") in the template's own styles
  "HChG" / "H1G" (bold, outline level), not Word's Heading styles;
* body paragraphs in "SingleTxtG" with the paragraph number TYPED AS TEXT in its own run
  ("12." + TAB); in two paragraphs the drafter typed two spaces instead of the TAB;
  no Word automatic numbering anywhere;
* typed lettered sub-items "(a)<tab>..." as separate indented paragraphs, one nested level
  "(i)<tab>..." inside the recommendations (which also run through a lettered "(i)");
* officer lines and agenda lines (typed "1.<tab>...") as un-numbered indented paragraphs after
  the paragraph that introduces them;
* one footnote written the way converted documents carry it: a superscript "1" at the end of
  the paragraph, and at the end of that section a short rule (an empty paragraph with a bottom
  border) followed by the footnote text in a smaller font (not a Word footnote);
* an un-numbered "Annex" (list of documents) as one Word table.

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python make_synthetic_electronic_evidence_egm_docx.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _expected import write_expected  # noqa: E402
from _un_docx import (  # noqa: E402
    base_styles,
    core_properties,
    mark_header_row,
    masthead,
    outline_level,
    save_docx,
    symbol_header_page_footer,
)

DOC_ID = "synthetic-electronic-evidence-egm"
OUT = HERE.parents[2] / "eval" / "gold" / "docs" / f"{DOC_ID}.docx"
UNITS_OUT = HERE.parents[2] / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.14/2025/3"
ISSUE_DATE = "3 October 2025"
ISSUER = "United Nations Office on Drugs and Crime"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = (
    "Report of the expert group meeting on electronic evidence and cross-border access to data "
    "in the investigation of cybercrime and other serious crime"
)
PLACE_DATES = "Kigali, 15–17 September 2025"

FOOTNOTES = {
    1: (
        "United Nations Convention against Cybercrime; Strengthening International Cooperation "
        "for Combating Certain Crimes Committed by Means of Information and Communications "
        "Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes "
        "(General Assembly resolution 79/243, annex)."
    ),
}

# Body, in document order.
#   ("h1", text) / ("h2", text)     heading paragraphs (not units)
#   ("p", text, opts)               numbered paragraph; the number is typed into the text.
#        opts["lines"]: un-numbered lines belonging to the paragraph
#        opts["items"]: typed "(a)<tab>" sub-items; an item is a str or (str, [nested "(i)"])
#        opts["sep"]:   what follows "N." instead of the TAB
#        a "{n}" at the end of the text is a superscript footnote mark
#   ("fn", n)                        the footnote text of note n (short rule + small text)
BODY = [
    ("h1", "I.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The expert group meeting on electronic evidence and cross-border access to data in the "
        "investigation of cybercrime and other serious crime was held in Kigali from 15 to 17 "
        "September 2025. It was organized by the United Nations Office on Drugs and Crime "
        "(UNODC) in cooperation with the Council of Europe and hosted by the Government of "
        "Rwanda, as part of the preparations for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice, to be held in the United Arab Emirates in 2026.",
    ),
    (
        "p",
        "The meeting was opened by the Minister of Justice of Rwanda, who recalled that the "
        "number of criminal cases involving at least one item of electronic evidence had grown "
        "steadily and that, in her country, almost every investigation into serious crime now "
        "required data held by a service provider located abroad. She noted that the meeting "
        "was the first expert group meeting of the preparatory process for the Congress held on "
        "the African continent to be devoted entirely to electronic evidence.",
    ),
    (
        "p",
        "Opening statements were also made by the Chief of the Cybercrime and Anti-Money "
        "Laundering Section of UNODC and by the Head of the Cybercrime Programme Office of the "
        "Council of Europe. The Chief of Section recalled that the General Assembly had adopted "
        "the United Nations Convention against Cybercrime in December 2024 and stressed that the "
        "Congress offered an opportunity to take stock of the practical steps that States would "
        "need to take to implement it. The Head of the Cybercrime Programme Office noted that "
        "the Convention on Cybercrime of the Council of Europe (the Budapest Convention) and the "
        "new United Nations convention should be seen as complementary instruments.",
    ),
    (
        "p",
        "The Chief of Section informed participants that the outcome of the meeting would be "
        "made available to the Congress and to the Commission on Crime Prevention and Criminal "
        "Justice as a background contribution. The meeting was conducted in English and French, "
        "with simultaneous interpretation.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The meeting was attended by 38 experts from 22 States, participating in their personal "
        "capacity, from law enforcement agencies, prosecution services, the judiciary, central "
        "authorities for mutual legal assistance and national computer emergency response "
        "teams. Seventeen of the experts were women.",
    ),
    (
        "p",
        "Representatives of the International Criminal Police Organization (INTERPOL), the "
        "Council of Europe, the African Union Commission and the Commission of the Economic "
        "Community of West African States (ECOWAS) attended the meeting. Representatives of "
        "three service providers, an industry association and two academic institutions "
        "attended as observers; at the request of the observers from the private sector, the "
        "names of their companies are not reflected in the present report.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its first session, on 15 September 2025, the meeting elected the following officers "
        "by acclamation:",
        {
            "lines": [
                "Chair:\tAimée Uwase (Rwanda)",
                "Vice-Chair:\tAdjoua Marie-Noëlle Koné (Côte d’Ivoire)",
                "Rapporteur:\tElif Güneş Yıldırım (Türkiye)",
            ]
        },
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "At the same session, the meeting adopted the following agenda:",
        {
            "lines": [
                "1.\tOpening of the meeting.",
                "2.\tElection of officers and adoption of the agenda.",
                "3.\tTrends in requests for electronic evidence and cross-border access to data.",
                "4.\tInternational cooperation: mutual legal assistance, preservation of data "
                "and 24/7 networks.",
                "5.\tThe United Nations Convention against Cybercrime: implementation and "
                "safeguards.",
                "6.\tDigital forensics, chain of custody and admissibility of electronic evidence.",
                "7.\tCapacity-building, including gender and youth perspectives.",
                "8.\tConclusions and recommendations.",
                "9.\tAdoption of the report.",
            ]
        },
    ),
    (
        "p",
        "The meeting held six sessions. Each substantive item was introduced by a member of the "
        "UNODC secretariat, followed by presentations by experts and an open discussion. The "
        "Chair noted that the recommendations contained in chapter III had not been negotiated "
        "and reflected the views of the experts in their personal capacity.",
    ),
    ("h2", "E.\tDocumentation"),
    (
        "p",
        "The experts had before them the documents listed in the annex to the present report, "
        "including a background paper prepared by the secretariat and a compilation of the "
        "replies to a questionnaire on cross-border requests for data, which had been completed "
        "by 41 States in the months before the meeting.",
    ),
    ("h1", "II.\tSummary of deliberations"),
    (
        "h2",
        "A.\tTrends in requests for electronic evidence and cross-border access to data "
        "(agenda item 3)",
    ),
    (
        "p",
        "Introducing the item, the representative of the secretariat presented the main "
        "findings of the questionnaire. Roughly two thirds of the responding States (27 of 41) "
        "reported that electronic evidence was relevant to the majority of their investigations "
        "into serious crime, and not only to cybercrime in the narrow sense. Fewer than one in "
        "five responding States kept centralized statistics on the number of requests sent to "
        "foreign service providers.",
    ),
    (
        "p",
        "The secretariat noted that the number of requests for subscriber information, traffic "
        "data and content data sent by the responding States directly to service providers "
        "abroad had increased from approximately 61,000 in 2020 to more than 148,000 in 2024, "
        "while the number of formal requests for mutual legal assistance concerning electronic "
        "evidence had remained broadly stable at around 9,500 a year. Requests for subscriber "
        "information accounted for 71 per cent of all direct requests, traffic data for 22 per "
        "cent and content data for the remaining 7 per cent.",
    ),
    (
        "p",
        "The expert from Indonesia, Rizky Pratama Wibowo, stated that the national police of his "
        "country had sent some 12,400 requests to foreign service providers in 2024, just over "
        "half of which (52 per cent) had resulted in the disclosure of at least some data. "
        "Requests concerning online fraud and investment scams accounted for the largest share, "
        "followed by requests related to the online sexual exploitation of children and to "
        "terrorism.",
    ),
    (
        "p",
        "The expert from Peru, José Antonio Ñáñez Ríos, described the experience of a "
        "specialized unit of the Public Prosecution Service that had sent three hundred requests "
        "to a single global service provider in the course of an investigation into an extortion "
        "network operating by telephone from prisons. He reported that the provider had answered "
        "most emergency requests within 24 hours, but that the requests for content data had "
        "had to be redirected through mutual legal assistance, which in that case had taken "
        "eighteen months.",
    ),
    (
        "p",
        "Several experts observed that the location of data was increasingly difficult to "
        "determine. The expert from Germany, Katrin Müller-Böhm, explained that data stored in "
        "the cloud could be split across data centres in several jurisdictions, replicated "
        "automatically and moved within seconds, so that the place where data were stored was "
        "often of limited value in determining which State’s authorities could request them. "
        "She noted that, in a recent case, the account data of a single suspect had been held in "
        "data centres in four different countries.",
    ),
    (
        "p",
        "The expert from Kenya, Grace Wanjiru Mwangi, drew attention to the growing use of "
        "end-to-end encrypted messaging applications by organized criminal groups. She said "
        "that in roughly 40 per cent of the cases handled by her unit in 2024, relevant "
        "communications had been encrypted and could therefore not be obtained through requests "
        "to service providers, and that investigators relied increasingly on seized devices. "
        "Several experts stressed that any measure to obtain access to encrypted data should be "
        "provided for by law, be necessary and proportionate, and not weaken the security of "
        "communications for the general public.",
    ),
    (
        "p",
        "Ransomware was discussed as a particularly acute challenge. The expert from Türkiye, "
        "Elif Güneş Yıldırım, described a ransomware attack against a regional hospital network "
        "in 2023, in which the attackers had demanded a ransom equivalent to US$ 2.3 million in "
        "cryptocurrency. The investigation had required data from service providers in six "
        "countries and from two virtual asset service providers, and had led to the "
        "identification of two suspects after eleven months.",
    ),
    (
        "p",
        "The representative of INTERPOL, Tomás Echeverría, reported that the organization had "
        "supported its member countries in coordinated operations against ransomware groups and "
        "that, in one operation conducted in 2024, more than 1,100 servers had been taken down "
        "and 37 suspects arrested in 14 countries. He stressed the value of the timely sharing "
        "of indicators of compromise through secure channels and encouraged States to make "
        "greater use of INTERPOL notices in ransomware cases.",
    ),
    (
        "h2",
        "B.\tInternational cooperation: mutual legal assistance, preservation of data and 24/7 "
        "networks (agenda item 4)",
    ),
    (
        "p",
        "The experts agreed that delays in mutual legal assistance remained the most important "
        "obstacle to obtaining electronic evidence held abroad. According to the replies to the "
        "questionnaire, the execution of a request for mutual legal assistance concerning "
        "electronic evidence took ten months on average, and in a quarter of cases more than "
        "eighteen months, whereas many service providers retained data for only 90 to 180 "
        "days.",
    ),
    (
        "p",
        "The expert from São Tomé and Príncipe, Nélson da Conceição Ramos, said that the central "
        "authority of his country consisted of two officials, who handled all incoming and "
        "outgoing requests for mutual legal assistance in criminal matters, and that it had "
        "received its first request concerning data stored in the cloud only in 2022. For small "
        "jurisdictions, the main difficulty was not the volume of requests but the lack of "
        "specialized staff and of model forms meeting the requirements of the requested States.",
    ),
    (
        "p",
        "Preservation orders were described as an indispensable first step. The expert from "
        "Côte d’Ivoire, Adjoua Marie-Noëlle Koné, explained that her country had introduced the "
        "expedited preservation of stored computer data into its code of criminal procedure in "
        "2023, allowing a prosecutor to order the preservation of data for an initial period of "
        "90 days, renewable once. Since then, the national platform for combating cybercrime had "
        "issued or transmitted some 640 preservation requests, about 85 per cent of which had "
        "been complied with by the service providers concerned.",
    ),
    (
        "p",
        "The expert from Indonesia noted that preservation was of little use if it was not "
        "followed, within the time limits, by a production order or a request for mutual legal "
        "assistance, and that in the experience of his country approximately one in three "
        "preserved data sets had been lost because the follow-up request had not been submitted "
        "in time.",
        {"sep": "  "},
    ),
    (
        "p",
        "The experts discussed the role of the 24/7 networks of contact points. The "
        "representative of the Council of Europe, Ioana Stănescu, reported that the network "
        "established under the Budapest Convention now connected contact points in 76 States and "
        "handled several thousand requests for preservation and urgent assistance each year. "
        "She described the following features of an effective contact point:",
        {
            "items": [
                "Availability 24 hours a day, seven days a week, with staff able to communicate "
                "in English or another common working language;",
                "The legal authority to order or request the expedited preservation of data "
                "directly, without first having to obtain a decision from another authority;",
                "Regular testing of the contact details, which the Council of Europe carried out "
                "twice a year through a “ping test” of all contact points.",
            ]
        },
    ),
    (
        "p",
        "Several experts noted that the multiplicity of networks, including the network under "
        "the Budapest Convention, the INTERPOL network and regional networks, could cause "
        "confusion, and that contact points in some States did not know which network to use. "
        "The Chair, speaking as the expert from Rwanda, reported that her country had designated "
        "a single contact point for all networks within the cybercrime division of the Rwanda "
        "Investigation Bureau, which had reduced the average time taken to act on urgent "
        "preservation requests from five days to less than 48 hours.",
    ),
    (
        "p",
        "The expert from Peru noted that direct cooperation with service providers, although "
        "faster, produced uneven results depending on the provider and on the requesting State, "
        "and that only a small number of global providers published transparency reports "
        "showing the number of requests received and complied with, by country. He called for "
        "the development of common templates for requests to service providers in all the "
        "official languages of the United Nations and in Portuguese.",
    ),
    (
        "p",
        "Some experts cautioned that direct requests to providers located in another State "
        "raised questions of sovereignty and of the protection of personal data, and stressed "
        "that direct cooperation should complement, and not replace, formal mutual legal "
        "assistance, in particular for content data.",
    ),
    (
        "h2",
        "C.\tThe United Nations Convention against Cybercrime: implementation and safeguards "
        "(agenda item 5)",
    ),
    (
        "p",
        "The representative of the secretariat presented the procedural measures and the "
        "provisions on international cooperation contained in the new convention, recalling "
        "that it was the first global criminal justice treaty to be negotiated in more than 20 "
        "years. The Convention provides for the collection and sharing of evidence in electronic "
        "form of any serious crime, that is, conduct punishable by a maximum deprivation of "
        "liberty of at least four years, and was adopted by the General Assembly on 24 December "
        "2024.{1}",
    ),
    (
        "p",
        "The secretariat informed the meeting that the Convention would be opened for signature "
        "at a ceremony in Hanoi later in 2025 and would enter into force on the ninetieth day "
        "after the deposit of the fortieth instrument of ratification, acceptance, approval or "
        "accession. Experts from several States indicated that their Governments had initiated "
        "domestic procedures with a view to signature, and the expert from Côte d’Ivoire stated "
        "that a bill authorizing ratification would be submitted to the National Assembly of "
        "her country before the end of 2025.",
    ),
    (
        "p",
        "Many experts emphasized that the effectiveness and legitimacy of the new instrument "
        "would depend on the implementation of its safeguards. The expert from Germany recalled "
        "that the Convention required States parties to make the powers and procedures it "
        "established subject to conditions and safeguards providing for the protection of human "
        "rights, in line with the principle of proportionality, and stressed that judicial or "
        "other independent review, limits on the duration of measures and the right to an "
        "effective remedy should be guaranteed in national law.",
    ),
    (
        "p",
        "Data protection was discussed in detail. Several experts noted that service providers "
        "were frequently caught between conflicting legal obligations, and that some of them "
        "declined to disclose data in response to foreign requests for fear of breaching the "
        "data protection rules of the State in which they were established. The expert from "
        "Kenya reported that the Office of the Data Protection Commissioner of her country had "
        "issued guidance in 2024 on the disclosure of personal data to foreign law enforcement "
        "authorities, which had helped to reduce refusals by local providers.",
    ),
    (
        "p",
        "The observers from the private sector indicated that their companies received requests "
        "from authorities in more than 100 countries and that most refusals, about 60 per cent "
        "by their estimate, were due to requests being incomplete, being addressed to the wrong "
        "legal entity or lacking a clear link to a criminal offence. They encouraged authorities "
        "to use the online request portals provided by the companies and offered to contribute "
        "to training activities.",
    ),
    (
        "p",
        "Some experts expressed concern that the criminalization provisions could be misused to "
        "restrict freedom of expression or to target journalists and human rights defenders, "
        "and underlined the importance of the provision of the Convention stating that nothing "
        "in it should be interpreted as permitting the suppression of human rights or "
        "fundamental freedoms. The representative of the African Union Commission noted that "
        "the African Union Convention on Cyber Security and Personal Data Protection (Malabo "
        "Convention), which had entered into force in 2023, could serve as a regional framework "
        "for data protection safeguards.",
    ),
    ("fn", 1),
    (
        "h2",
        "D.\tDigital forensics, chain of custody and admissibility of electronic evidence "
        "(agenda item 6)",
    ),
    (
        "p",
        "The expert from Türkiye described the network of digital forensics laboratories of the "
        "national police and the gendarmerie, which comprised 14 accredited laboratories that "
        "had examined more than 96,000 digital devices in 2024. She noted that accreditation "
        "under the international standard ISO/IEC 17025 had taken two years per laboratory on "
        "average and had significantly reduced the number of challenges to forensic reports in "
        "court.",
    ),
    (
        "p",
        "Several experts reported that backlogs in digital forensics laboratories delayed "
        "criminal proceedings. The expert from Kenya stated that, at the end of 2024, the "
        "national forensic laboratory had a backlog of some 2,300 devices awaiting examination, "
        "and that the average waiting time for the examination of a mobile telephone was seven "
        "months. The expert from Fiji, Litia Vakaloloma, said that her country had had no "
        "dedicated digital forensics laboratory until 2023 and that devices had previously been "
        "sent to partner countries for examination, at a cost of about FJ$ 4,000 "
        "(approximately US$ 1,800) per device.",
    ),
    (
        "p",
        "The experts agreed that the integrity of electronic evidence depended on a documented "
        "chain of custody from the moment of seizure. Another expert from Rwanda, Théogène "
        "Nshimiyimana, described the standard operating procedures adopted by the Rwanda "
        "Investigation Bureau in 2024, which required investigators to:",
        {
            "items": [
                "Photograph devices in situ and record their condition, including whether they "
                "were switched on;",
                "Create a forensic copy and calculate its hash value before any analysis, so "
                "that the integrity of the copy could be verified at a later stage;",
                "Record each transfer of a device or copy in a custody log signed by both the "
                "person handing it over and the person receiving it.",
            ]
        },
    ),
    (
        "p",
        "The admissibility of electronic evidence in court was discussed. The expert from Peru "
        "noted that courts in his country had excluded electronic evidence in several cases "
        "because the defence had successfully argued that the chain of custody had been broken, "
        "and that prosecutors therefore needed to be able to explain to the court, in simple "
        "terms, how the evidence had been obtained and preserved. Several experts noted that "
        "evidence obtained directly from service providers abroad was sometimes challenged on "
        "the ground that it had not been obtained through mutual legal assistance, and that the "
        "rules on that question differed considerably between legal systems.",
    ),
    (
        "p",
        "The expert from Côte d’Ivoire stated that the courts of her country accepted "
        "electronic evidence obtained from foreign service providers when it was accompanied by "
        "a certificate of authenticity issued by the provider, and described a case concerning a "
        "ransomware attack against a telecommunications company in Abidjan, in which the "
        "conviction of three defendants in 2024 had rested largely on such evidence.",
    ),
    (
        "p",
        "The experts underlined the need to train judges on electronic evidence. The expert "
        "from Germany reported that, in the experience of her country, a two-day course for "
        "judges covering basic concepts such as IP addresses, hash values and cloud storage had "
        "considerably improved the quality of judicial decisions on warrants for data. The "
        "expert from São Tomé and Príncipe noted that in small jurisdictions, where the same "
        "judge might hear all types of cases, short practical modules and online courses were "
        "more realistic than lengthy specialized programmes.",
    ),
    (
        "p",
        "The representative of INTERPOL described an online platform for the exchange of "
        "digital forensic tools and methods among law enforcement agencies, which had more than "
        "3,000 registered users from 150 countries, and noted that open-source forensic "
        "software could reduce costs for developing countries, provided that the tools had "
        "been validated.",
    ),
    ("h2", "E.\tCapacity-building, including gender and youth perspectives (agenda item 7)"),
    (
        "p",
        "The experts agreed that capacity-building was a precondition for the effective "
        "implementation of the Convention, in particular in developing countries and small "
        "island developing States. The expert from Fiji explained that, for the small island "
        "developing States of the Pacific, the high turnover of trained staff, limited bandwidth "
        "and the distance from regional forensic hubs were the main constraints, and that a "
        "regional approach, such as shared laboratories and pooled training, would be more "
        "sustainable than building full capacities in each State.",
    ),
    (
        "p",
        "The expert from São Tomé and Príncipe said that capacity-building for small island "
        "States should also include the translation of training materials into Portuguese and "
        "other languages not widely used in international cooperation, and the provision of "
        "basic equipment. He reported that a project supported by UNODC and the Council of "
        "Europe had trained 45 police officers, prosecutors and judges in his country since "
        "2022, nearly half of all the justice officials dealing with criminal cases.",
    ),
    (
        "p",
        "The representative of the secretariat presented the technical assistance provided by "
        "UNODC on cybercrime and electronic evidence, noting that in 2024 the Office had trained "
        "more than 4,500 criminal justice practitioners in 72 countries and had supported the "
        "establishment or upgrading of nine digital forensics laboratories. Requests for "
        "assistance had roughly doubled since 2021 and exceeded the resources available.",
    ),
    (
        "p",
        "On gender perspectives, the Vice-Chair noted that women remained under-represented "
        "among digital forensic examiners and cybercrime investigators, accounting for less than "
        "20 per cent of specialized staff in most of the States that had replied to the "
        "questionnaire. She also highlighted that women and girls were disproportionately "
        "affected by certain forms of cybercrime, including the non-consensual dissemination of "
        "intimate images and online harassment, and that the victims of such crimes needed data "
        "to be preserved promptly in order to obtain redress.",
    ),
    (
        "p",
        "On youth perspectives, the expert from Indonesia described the increasing recruitment "
        "of young people by criminal groups through social media and online gaming platforms, "
        "for example to act as “money mules” or to work in scam call centres, and reported that "
        "in 2024 about 30 per cent of the suspects arrested in online fraud cases in his country "
        "had been under the age of 25. The expert from Türkiye noted that young offenders "
        "recruited online to take part in ransomware and distributed denial-of-service attacks "
        "were often unaware of the seriousness of the offences, and described a diversion "
        "programme offering young first-time offenders training in ethical hacking.",
    ),
    (
        "p",
        "Several experts stressed the importance of prevention and awareness-raising among "
        "children and young people, carried out together with schools, parents and the private "
        "sector, and of ensuring that measures taken against young offenders complied with the "
        "principles of juvenile justice and the best interests of the child.",
        {"sep": "  "},
    ),
    ("h1", "III.\tConclusions and recommendations"),
    (
        "p",
        "The experts noted that electronic evidence was now relevant to nearly all forms of "
        "serious crime and that the ability of criminal justice authorities to obtain such "
        "evidence across borders in a timely manner, with full respect for human rights, would "
        "be decisive for the effective prevention and prosecution of crime in the coming "
        "decade.",
    ),
    (
        "p",
        "The experts identified the following recommendations, which were not negotiated, for "
        "consideration by the Fifteenth Congress:",
        {
            "items": [
                "States should consider signing and ratifying the United Nations Convention "
                "against Cybercrime at the earliest opportunity and adopt the legislative "
                "measures necessary for its implementation, including the safeguards provided "
                "for in the Convention;",
                "States should ensure that their legal frameworks provide for the expedited "
                "preservation of stored data and for production orders, and should submit "
                "follow-up requests within the applicable time limits;",
                "States should designate a single contact point available 24 hours a day, seven "
                "days a week, or ensure effective coordination among their contact points for "
                "the different networks, and should test their contact details regularly;",
                (
                    "States should reduce delays in mutual legal assistance concerning "
                    "electronic evidence, including by:",
                    [
                        "Transmitting requests electronically and through secure platforms;",
                        "Adopting model forms and templates, including for requests to service "
                        "providers;",
                        "Ensuring that central authorities have sufficient specialized staff;",
                    ],
                ),
                "States should collect and publish statistics on requests for electronic "
                "evidence, including requests sent directly to service providers, and service "
                "providers should publish regular transparency reports;",
                "States should ensure that access to electronic evidence, including encrypted "
                "data, is subject to conditions and safeguards that protect human rights and "
                "personal data, including judicial or other independent review;",
                "States should establish or strengthen accredited digital forensics "
                "laboratories and adopt standard operating procedures for the chain of custody "
                "of electronic evidence, so as to ensure its admissibility in court;",
                "UNODC, the Council of Europe and other partners should continue to provide "
                "capacity-building, including to small island developing States, through "
                "regional approaches and training materials in the relevant languages;",
                "States should provide regular training on electronic evidence to judges, "
                "prosecutors and defence lawyers, and ensure that women are equally represented "
                "in specialized units;",
                "States should develop prevention programmes to protect young people from "
                "online recruitment by criminal groups and consider diversion measures for "
                "young offenders.",
            ]
        },
    ),
    (
        "p",
        "The experts further recommended that the Congress consider the establishment of an "
        "informal network of practitioners on electronic evidence, building on existing "
        "networks, and requested UNODC to transmit the present report to the Commission on "
        "Crime Prevention and Criminal Justice at its thirty-fifth session.",
    ),
    ("h1", "IV.\tAdoption of the report and closure of the meeting"),
    (
        "p",
        "At its sixth session, on 17 September 2025, the meeting adopted the present report on "
        "the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "The representative of UNODC thanked the Government of Rwanda for hosting the meeting "
        "and the Council of Europe for its cooperation. In her closing remarks, the Chair "
        "thanked the experts for their contributions and declared the meeting closed at 5.30 "
        "p.m. on 17 September 2025.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("UNODC/CCPCJ/EG.14/2025/1", "Provisional agenda and annotations"),
    (
        "UNODC/CCPCJ/EG.14/2025/2",
        "Electronic evidence and cross-border access to data: background paper prepared by the "
        "Secretariat",
    ),
    (
        "UNODC/CCPCJ/EG.14/2025/CRP.1",
        "Compilation of replies to the questionnaire on cross-border requests for data",
    ),
    (
        "UNODC/CCPCJ/EG.14/2025/CRP.2",
        "Practical guide for requesting electronic evidence across borders (2025 update)",
    ),
    ("UNODC/CCPCJ/EG.14/2025/INF/1", "List of participants"),
    ("A/RES/79/243", "United Nations Convention against Cybercrime"),
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
_MARK = re.compile(r"\{(\d+)\}$")


# --------------------------------------------------------------------------------------------
# units (the expected units are written from the same data as the document)
# --------------------------------------------------------------------------------------------


def units() -> list[dict]:
    out: list[dict] = [
        {
            "id": "front",
            "contains": [
                DISCLAIMER,
                "United Nations",
                SYMBOL,
                ISSUER,
                "Distr.: General",
                ISSUE_DATE,
                "Original: English",
                MEETING_LINE,
                TITLE,
                PLACE_DATES,
            ],
        }
    ]
    number = 0
    pending_fn: dict[int, dict] = {}
    for item in BODY:
        kind = item[0]
        if kind == "fn":
            pending_fn.pop(item[1])["contains"].append(FOOTNOTES[item[1]])
            continue
        if kind != "p":
            continue
        number += 1
        text = item[1]
        extra = item[2] if len(item) > 2 else {}
        m = _MARK.search(text)
        if m:
            unit = {"id": str(number), "contains": [text[: m.start()]]}
            pending_fn[int(m.group(1))] = unit
        elif extra.get("lines"):
            unit = {
                "id": str(number),
                "contains": [text, *(ln.replace("\t", " ") for ln in extra["lines"])],
            }
        else:
            unit = {"id": str(number), "text": text}
        out.append(unit)
        for k, sub in enumerate(extra.get("items", [])):
            sub_text, nested = sub if isinstance(sub, tuple) else (sub, [])
            out.append({"id": f"{number}({LETTERS[k]})", "text": sub_text})
            for j, nest in enumerate(nested):
                out.append({"id": f"{number}({LETTERS[k]})({ROMAN[j]})", "text": nest})
    assert not pending_fn, pending_fn
    rows = "\n".join(" | ".join(r) for r in ANNEX_TABLE)
    out.append({"id": "annex.1", "text": rows})
    return out


def units_doc() -> dict:
    return {
        "doc_id": DOC_ID,
        "file": f"eval/gold/docs/{DOC_ID}.docx",
        "meta": {
            "title": TITLE,
            "symbol": SYMBOL,
            "issue_date": ISSUE_DATE,
            "distribution": "General",
            "place_dates": PLACE_DATES,
        },
        "units": units(),
    }


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _bottom_rule(paragraph, size: int = 6) -> None:
    pPr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    bdr.append(bottom)
    pPr.append(bdr)


def _sub(doc, label: str, text: str, left: int) -> None:
    p = doc.add_paragraph(style="SingleTxtG")
    p.add_run(f"({label})\t")
    p.add_run(text)
    p.paragraph_format.left_indent = Twips(left)
    p.paragraph_format.first_line_indent = Twips(567)


def _superscript(paragraph, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.superscript = True


# --------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------


def build() -> Document:
    doc = Document()

    normal = base_styles(doc)

    fnstyle = doc.styles.add_style("FootnoteTextG", WD_STYLE_TYPE.PARAGRAPH)
    fnstyle.base_style = normal
    fnstyle.font.size = Pt(8)
    fnstyle.paragraph_format.left_indent = Twips(1134)
    fnstyle.paragraph_format.right_indent = Twips(1134)
    fnstyle.paragraph_format.first_line_indent = Twips(-141)
    fnstyle.paragraph_format.space_after = Pt(0)

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
        created=(2025, 10, 3, 9, 0, 0),
        language="en",
    )

    symbol_header_page_footer(doc, SYMBOL)

    doc.add_paragraph(DISCLAIMER)
    masthead(doc, SYMBOL, ISSUER, 14, ISSUE_DATE, "English")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(MEETING_LINE).bold = True
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)

    number = 0
    for item in BODY:
        kind, val = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        if kind == "h1":
            doc.add_paragraph(val, style="HChG")
        elif kind == "h2":
            doc.add_paragraph(val, style="H1G")
        elif kind == "fn":
            rule = doc.add_paragraph(style="FootnoteTextG")
            rule.paragraph_format.right_indent = Twips(7000)
            rule.paragraph_format.first_line_indent = Twips(0)
            rule.paragraph_format.space_before = Pt(6)
            _bottom_rule(rule)
            fpara = doc.add_paragraph(style="FootnoteTextG")
            _superscript(fpara, str(val))
            fpara.add_run(" " + FOOTNOTES[val])
        elif kind == "p":
            number += 1
            para = doc.add_paragraph(style="SingleTxtG")
            para.paragraph_format.first_line_indent = Twips(0)
            para.add_run(f"{number}." + extra.get("sep", "\t"))
            m = _MARK.search(val)
            if m:
                para.add_run(val[: m.start()])
                _superscript(para, m.group(1))
            else:
                para.add_run(val)
            for line in extra.get("lines", []):
                lp = doc.add_paragraph(line, style="SingleTxtG")
                lp.paragraph_format.left_indent = Twips(1701)
                lp.paragraph_format.space_after = Pt(0)
                lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            for k, sub in enumerate(extra.get("items", [])):
                sub_text, nested = sub if isinstance(sub, tuple) else (sub, [])
                _sub(doc, LETTERS[k], sub_text, 1134)
                for j, nest in enumerate(nested):
                    _sub(doc, ROMAN[j], nest, 1701)
        else:  # pragma: no cover
            raise ValueError(kind)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(ANNEX_HEADING, style="HChG")
    doc.add_paragraph(ANNEX_SUBTITLE, style="H1G")
    tbl = doc.add_table(rows=len(ANNEX_TABLE), cols=len(ANNEX_TABLE[0]))
    tbl.style = doc.styles["Table Grid"]
    for i, row in enumerate(ANNEX_TABLE):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.bold = i == 0
    mark_header_row(tbl.rows[0])
    return doc


def main() -> None:
    save_docx(build(), OUT, (2025, 10, 3, 9, 0, 0))
    write_expected(UNITS_OUT, units_doc())
    print(f"wrote {OUT.name} and {UNITS_OUT.name}")


if __name__ == "__main__":
    main()
