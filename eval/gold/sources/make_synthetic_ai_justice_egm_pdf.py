"""Generate eval/gold/docs/synthetic-ai-justice-egm.pdf (a web page printed to PDF by Chromium).

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on the use of artificial
intelligence in criminal justice systems, held in preparation for the Fifteenth United Nations
Congress on Crime Prevention and Criminal Justice. It is not a United Nations document.

Many readers obtain a UN report as the web page version of the report, printed to PDF from the
browser. This file is made the same way:

1. This script writes an HTML page with the UN conventions of the web versions of reports:
   * the synthetic-document line, then a masthead (United Nations | symbol; issuing office;
     distribution, date, original language), a meeting line, the title and the place and dates;
   * chapter and section headings ("I. ...", "A. ...") as <h2>/<h3>;
   * paragraph numbers TYPED in the text ("12. ...", the number in a hanging span);
   * lettered sub-paragraphs "(a)" and roman sub-sub-paragraphs "(i)" typed in the text, as
     indented <p> blocks (no HTML lists); the recommendations run to "(j)", so the LETTER "(i)"
     follows "(h)" after a nested roman "(i)"..."(iii)" earlier in the same list;
   * officer lines ("Chair: ...") and the agenda ("1. Opening of the meeting." ...) as indented
     lines after the paragraph that introduces them;
   * two footnotes: superscript reference numbers in the text, the notes at the end of the page
     body (after the annex), as web versions of UN reports print them;
   * an annex with a ruled table of participants by regional group.
2. Headless Chromium prints it to PDF, A4 (CSS @page), WITH the browser's header and footer
   (date and page title at the top, file URL and "N/M" page counter at the bottom of every
   page), which are page furniture, not document text:
     /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking
       --disable-component-update --no-first-run --print-to-pdf=OUT.pdf file:///...html
   Made with Chromium 156.0.8078.114 (Debian 12 bookworm package). Paragraphs run across page
   breaks naturally (no manual breaks).

The HTML is deterministic and written to /tmp/congress-qa-gold/synthetic-ai-justice-egm.html (or
to the path given as the first argument); the file URL in the page footer is that path. The PDF
carries the print date and time in its header lines and Chromium's creation date in its
metadata, so only the text of the body is reproducible byte for byte.

Standard library only (plus the chromium binary). Run:
  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_ai_justice_egm_pdf.py
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-ai-justice-egm.pdf"
HTML_OUT = Path("/tmp/congress-qa-gold/synthetic-ai-justice-egm.html")
CHROMIUM = "/usr/bin/chromium"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.19/2025/1"
ISSUE_DATE = "3 October 2025"
ISSUER = "United Nations Office on Drugs and Crime"
DISTR = "Distr.: General"
ORIGINAL = "Original: English"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = (
    "Report of the expert group meeting on the use of artificial intelligence in criminal "
    "justice systems"
)
PLACE_DATES = "Tallinn, 15\u201317 September 2025"

FOOTNOTES = {
    1: "General Assembly resolution 78/265.",
    2: "Council of Europe, Treaty Series, No. 225.",
}

OFFICERS = [
    ("Chair:", "Mihkel Tõnisson (Estonia)"),
    ("Vice-Chair:", "Ayşe Nur Doğan (Türkiye)"),
    ("Vice-Chair:", "Joaquín Beltrán Zúñiga (Mexico)"),
    ("Rapporteur:", "Małgorzata Wiśniewska (Poland)"),
]

AGENDA = [
    "Opening of the meeting.",
    "Election of officers.",
    "Adoption of the agenda and organization of work.",
    "Artificial intelligence in criminal justice systems: trends and uses.",
    "Predictive policing and facial recognition technology.",
    "Risk assessment tools in pretrial and sentencing decisions.",
    "Evidence generated or altered by artificial intelligence, including deepfakes.",
    "Data protection, bias and oversight.",
    "Conclusions and recommendations, and adoption of the report.",
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "Participants by regional group"
ANNEX_TABLE = [
    ("Regional group", "States represented", "Number of experts"),
    ("African States", "Ghana, Kenya, Morocco, Nigeria, South Africa", "7"),
    (
        "Asia-Pacific States",
        "India, Indonesia, Japan, Philippines, Republic of Korea, Singapore, United Arab Emirates",
        "8",
    ),
    ("Eastern European States", "Estonia, Georgia, Poland, Romania", "6"),
    (
        "Latin American and Caribbean States",
        "Argentina, Brazil, Chile, Colombia, Mexico, Trinidad and Tobago",
        "7",
    ),
    (
        "Western European and other States",
        "Australia, Canada, Denmark, France, Germany, Netherlands (Kingdom of the), Spain, "
        "Türkiye, United Kingdom of Great Britain and Northern Ireland, United States of America",
        "12",
    ),
    ("Total", "32 States", "40"),
]

# Body, in document order.
#   ("h2", text) / ("h3", text)   chapter and section headings (not units)
#   ("p", text, extras)           a numbered paragraph (numbered here, 1, 2, ...); extras:
#       "lines":  officer lines (label, name)
#       "agenda": agenda lines, numbered "1." ... in their text
#       "items":  lettered sub-paragraphs; an item is a str or (str, [roman sub-items])
# A footnote reference is written "{n}" right after the word or stop that carries it.
BODY: list[tuple] = [
    ("h2", "I.\u2003Introduction"),
    (
        "p",
        "The expert group meeting on the use of artificial intelligence in criminal justice "
        "systems was held in Tallinn from 15 to 17 September 2025, as part of the preparations "
        "for the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice. The "
        "meeting was organized by the United Nations Office on Drugs and Crime (UNODC) and "
        "hosted by the Ministry of Justice and Digital Affairs of Estonia, with financial "
        "support from the Governments of Japan and the Netherlands. The meeting was held in "
        "English, without interpretation.",
    ),
    (
        "p",
        "The meeting was convened to examine how artificial intelligence was being used by "
        "police services, prosecution services, courts and prison administrations, to identify "
        "the risks that such use posed for human rights and for the fairness of criminal "
        "proceedings, and to propose practical measures that could be brought to the attention "
        "of the Congress. Experts were invited to take into account the United Nations "
        "standards and norms in crime prevention and criminal justice and the resolution of "
        "the General Assembly entitled \u201cSeizing the opportunities of safe, secure and "
        "trustworthy artificial intelligence systems for sustainable development\u201d.{1}",
    ),
    (
        "p",
        "In a background note prepared for the meeting, the Secretariat summarized the replies "
        "of 64 Member States to a questionnaire circulated in May 2025. Some forty per cent of "
        "the responding States reported that their police services used artificial "
        "intelligence tools, most commonly for the analysis of video footage and the "
        "transcription of interviews, and about a third reported the use of facial recognition "
        "technology in criminal investigations. Only eleven States reported that they had "
        "adopted legislation or binding guidelines specifically governing the use of artificial "
        "intelligence in the criminal justice system, and fewer than one in five had assessed "
        "the impact of such tools on human rights before deploying them.",
    ),
    ("h2", "II.\u2003Organization of the meeting"),
    ("h3", "A.\u2003Opening of the meeting"),
    (
        "p",
        "The meeting was opened by Kadri Põldsaar, Deputy Secretary-General for Legal Policy "
        "of the Ministry of Justice and Digital Affairs of Estonia, who welcomed participants "
        "on behalf of the Government. She recalled that almost all public services in Estonia "
        "had been available online for more than two decades and that the country\u2019s courts "
        "had worked with a digital case file since 2006. She cautioned, however, that "
        "experience with digital government did not make the use of artificial intelligence "
        "in criminal matters any less sensitive, since decisions on arrest, detention and "
        "punishment touched on the most fundamental rights of the individual.",
    ),
    (
        "p",
        "Inés Carvajal Ríos, Chief of the Justice Section of UNODC, made a statement on behalf "
        "of the Executive Director. She noted that artificial intelligence was entering "
        "criminal justice systems faster than the rules needed to govern it, frequently "
        "through procurement decisions taken without public debate. She stressed that the "
        "question was no longer whether such tools would be used, but how their use could be "
        "made lawful, transparent, accountable and consistent with the presumption of "
        "innocence, and recalled that most of the tools were developed in a small number of "
        "countries and sold to criminal justice institutions around the world.",
    ),
    ("h3", "B.\u2003Attendance"),
    (
        "p",
        "The meeting was attended by 40 experts from the following 32 States: Argentina, "
        "Australia, Brazil, Canada, Chile, Colombia, Denmark, Estonia, France, Georgia, "
        "Germany, Ghana, India, Indonesia, Japan, Kenya, Mexico, Morocco, Netherlands (Kingdom "
        "of the), Nigeria, Philippines, Poland, Republic of Korea, Romania, Singapore, South "
        "Africa, Spain, Trinidad and Tobago, Türkiye, United Arab Emirates, United Kingdom of "
        "Great Britain and Northern Ireland and United States of America. The experts, who "
        "included police officers, prosecutors, judges, defence lawyers, data protection "
        "officials, forensic scientists and computer scientists, participated in their "
        "personal capacity. A breakdown of the experts by regional group is contained in the "
        "annex to the present report.",
    ),
    (
        "p",
        "The Office of the United Nations High Commissioner for Human Rights (OHCHR) and the "
        "United Nations Interregional Crime and Justice Research Institute (UNICRI) were "
        "represented. The Council of Europe, the European Union Agency for Fundamental Rights, "
        "the International Criminal Police Organization (INTERPOL) and the non-governmental "
        "organization Fair Trials were represented by observers. In total, 49 persons took "
        "part in the meeting.",
    ),
    ("h3", "C.\u2003Election of officers"),
    (
        "p",
        "At its opening session, on 15 September 2025, the meeting elected the following "
        "officers by acclamation:",
        {"lines": OFFICERS},
    ),
    ("h3", "D.\u2003Adoption of the agenda and organization of work"),
    (
        "p",
        "Also at its opening session, the meeting adopted the following agenda:",
        {"agenda": AGENDA},
    ),
    (
        "p",
        "The meeting held seven sessions. Each substantive item was introduced by a panel of "
        "two or three experts and followed by an open discussion. On the afternoon of 16 "
        "September 2025, participants visited the Estonian Forensic Science Institute, where "
        "they were shown a demonstration of software used to detect manipulated images and "
        "audio recordings.",
    ),
    ("h2", "III.\u2003Summary of deliberations"),
    ("h3", "A.\u2003Artificial intelligence in criminal justice systems: trends and uses"),
    (
        "p",
        "A representative of the Secretariat introduced the item. She explained that the term "
        "\u201cartificial intelligence\u201d covered a wide range of techniques, from statistical "
        "models that had been used to assess risk for decades to large language models capable "
        "of generating text, images and sound. Most of the tools currently used by criminal "
        "justice institutions were narrow tools designed for a single task, such as reading "
        "number plates, comparing fingerprints or transcribing recordings, but general-purpose "
        "chatbots were increasingly used by officials for drafting documents, often without "
        "the knowledge of their superiors.",
    ),
    (
        "p",
        "The representative of UNICRI, Sofía Lindqvist Arancibia, presented the toolkit for "
        "responsible artificial intelligence innovation in law enforcement developed by UNICRI "
        "and INTERPOL, which had been used since 2023 in training for police officials from "
        "some 90 countries. She noted that the request most frequently received from police "
        "services was for help in assessing tools offered by private vendors, whose claims "
        "about accuracy had rarely been verified independently.",
    ),
    (
        "p",
        "Kenji Ōtsuka, a senior superintendent at the National Police Agency of Japan, "
        "described the use of software to search video recordings from security cameras for "
        "vehicles and for persons wearing particular clothing. In one investigation into a "
        "series of robberies, the review of some 1,200 hours of recordings had been reduced "
        "from three weeks to two days. He emphasized that the software did not identify "
        "persons by their faces and that every result was checked by an investigator before "
        "any further step was taken.",
    ),
    (
        "p",
        "Liis Kõiv, an adviser at the Supreme Court of Estonia, explained that the courts of "
        "her country used speech recognition to prepare transcripts of hearings and an "
        "automated tool to remove personal data from judgments before their publication, "
        "which covered more than 60,000 decisions a year. She stressed that neither tool took "
        "or proposed any decision, and that Estonia had not introduced, and did not plan to "
        "introduce, automated decision-making in criminal cases.",
    ),
    ("h3", "B.\u2003Predictive policing and facial recognition technology"),
    (
        "p",
        "Femke Oosterhuis-Blom, a researcher at the National Police of the Netherlands, "
        "described the experience with a crime anticipation system that had predicted the "
        "risk of burglaries and street robberies in squares of 125 by 125 metres. An "
        "evaluation had found that the system had had no measurable effect on crime in the "
        "areas concerned, while patrols were concentrated in the same neighbourhoods, and its "
        "use had been ended in 2024. She noted that the police had since published a "
        "description of all their algorithms in the public algorithm register of the "
        "Netherlands.",
    ),
    (
        "p",
        "Several experts noted that predictive policing tools trained on historical data on "
        "recorded crime risked reproducing past patterns of policing rather than the actual "
        "distribution of crime. Neighbourhoods that had been heavily policed produced more "
        "recorded offences, which in turn led the tool to send more patrols to the same "
        "neighbourhoods. This feedback loop was described as particularly harmful where "
        "policing in the past had targeted ethnic minorities, migrants or poor communities.",
    ),
    (
        "p",
        "João Vítor Albuquerque, a public defender from Brazil, reported that facial "
        "recognition cameras installed at railway stations and football stadiums in several "
        "states had contributed to some 1,200 arrests over two years. Public defenders had, "
        "however, documented dozens of cases in which persons had been detained on the basis "
        "of a mistaken match, and nine in ten of the persons wrongly detained in those cases "
        "were Black. In one case, a man had spent sixteen days in pretrial detention before "
        "the error was recognized.",
    ),
    (
        "p",
        "Léa Marchetti-Durand (France) distinguished between retrospective facial recognition, "
        "in which an image from a crime scene was compared with a database after the event, "
        "and live facial recognition, in which every person passing a camera was scanned in "
        "real time. She considered that live facial recognition raised far more serious "
        "concerns for the right to privacy and for the freedoms of peaceful assembly and of "
        "expression, and noted that the Artificial Intelligence Act of the European Union "
        "prohibited real-time remote biometric identification in publicly accessible spaces "
        "for law enforcement purposes, subject to narrowly defined exceptions such as the "
        "search for victims of abduction or the prevention of an imminent terrorist threat.",
    ),
    (
        "p",
        "Thandiwe Dlamini (South Africa) described private networks of security cameras "
        "installed by residents\u2019 associations and businesses in Johannesburg, more than "
        "5,000 of which were equipped with automatic number plate recognition and shared "
        "alerts with the police. She warned that such networks had grown without any specific "
        "legal framework and that the data collected were often stored by private companies "
        "outside the country.",
    ),
    (
        "p",
        "The observer for INTERPOL stated that every result produced by the face recognition "
        "system of the organization was reviewed by trained face examiners and was "
        "communicated to member countries only as an investigative lead, never as a positive "
        "identification. Experts agreed that a match produced by facial recognition should not "
        "on its own justify an arrest, and that the accuracy of such systems should be tested "
        "under operational conditions, separately for women and men and for persons of "
        "different ages and skin tones.",
    ),
    ("h3", "C.\u2003Risk assessment tools in pretrial and sentencing decisions"),
    (
        "p",
        "Rebecca Oyelaran-Hughes, a former director of pretrial services in the United States "
        "of America, explained that pretrial risk assessment tools used in a number of "
        "jurisdictions of her country estimated the likelihood that an accused person would "
        "fail to appear in court or be arrested for a new offence. In one county that had "
        "introduced such a tool together with the abolition of cash bail, the pretrial jail "
        "population had fallen by about a fifth without any increase in failures to appear. "
        "She cautioned, however, that the tools relied on criminal history data that "
        "reflected earlier disparities in arrests, so that Black defendants were more often "
        "classified as high-risk.",
    ),
    (
        "p",
        "Valentina Ñancupil Reyes, a judge of a guarantee court in Santiago, Chile, reported "
        "that a pilot project in which judges had received a risk score before deciding on "
        "pretrial detention had been suspended after six months in 2024. Defence lawyers had "
        "complained that they could not find out how the score was calculated, and the "
        "judges themselves had found that it added little to the information already in the "
        "case file.",
    ),
    (
        "p",
        "Justice Wambui Njoroge-Kariuki, a judge of the High Court of Kenya, stated that the "
        "judiciary of her country had examined a risk assessment tool offered by a foreign "
        "company and decided in 2024 not to adopt it. The tool had been trained on data from "
        "another country, did not take into account local conditions, such as informal "
        "employment and the absence of a fixed address in informal settlements, and would in "
        "her view have classified the poor as dangerous.",
    ),
    (
        "p",
        "Experts identified the following conditions that should be met if risk assessment "
        "tools were used at all in decisions affecting liberty:",
        {
            "items": [
                "The tool should be provided for by law, and its purpose, the factors it took "
                "into account and their weight should be published;",
                "The tool should never decide on its own, and the judge should give reasons "
                "for the decision that did not rest solely on the score;",
                "The accused person and defence counsel should be informed that a tool had "
                "been used and be able to challenge its result;",
                "The tool should be evaluated independently before its introduction and at "
                "regular intervals, including for disparities by sex, age, ethnic origin and "
                "place of residence.",
            ]
        },
    ),
    (
        "p",
        "Małgorzata Wiśniewska, speaking as an expert from Poland, drew attention to the risk "
        "of automation bias, the tendency of human decision makers to defer to the output of a "
        "machine. She reported on a study of probation officers who used a scoring tool for "
        "the supervision of offenders, which had found that the officers had accepted the "
        "level of supervision proposed by the tool in nine cases out of ten, and had departed "
        "from it mostly to increase rather than to reduce supervision. A human being in the "
        "loop was, in her view, a safeguard only if that person had the time, the training "
        "and the authority to disagree.",
    ),
    (
        "p",
        "The observer for Fair Trials stated that in several jurisdictions defence lawyers "
        "had been refused access to the source code or to the validation studies of tools "
        "used against their clients, on the ground that they were trade secrets of the "
        "vendor. He argued that no tool whose functioning could not be examined by the "
        "defence should be used in criminal proceedings, and that the equality of arms "
        "required that legal aid cover the cost of independent technical experts.",
    ),
    ("h3", "D.\u2003Evidence generated or altered by artificial intelligence, including deepfakes"),
    (
        "p",
        "Arjun Raghavan, a superintendent of police in the cybercrime wing of a state police "
        "service in India, reported that his unit had received some 3,400 complaints in 2024 "
        "concerning frauds in which the voice or face of a relative, a company executive or a "
        "police officer had been imitated with artificial intelligence. In the most common "
        "scheme, victims were told in a video call that they were under investigation and "
        "were made to transfer their savings to secure their release from a fictitious "
        "\u201cdigital arrest\u201d.",
    ),
    (
        "p",
        "Ayşe Nur Doğan, speaking as an expert from Türkiye, distinguished two threats to the "
        "integrity of evidence. The first was fabricated evidence, such as a manipulated video "
        "or audio recording submitted to a court as genuine. The second, which she considered "
        "no less serious, was the growing tendency of parties to claim that genuine recordings "
        "were deepfakes, a phenomenon sometimes described as the \u201cliar\u2019s dividend\u201d. "
        "She reported that claims of manipulation had been raised in a growing number of "
        "criminal cases in her country, and that courts had had to appoint experts in most of "
        "them.",
    ),
    (
        "p",
        "Andres Kõrvits, head of the digital forensics department of the Estonian Forensic "
        "Science Institute, explained that tools for detecting manipulated images and "
        "recordings lost much of their accuracy when confronted with material produced by "
        "newer generative models or compressed by social media platforms. No detection tool "
        "could therefore be relied upon on its own. He recommended that forensic examination "
        "combine several methods, including the analysis of metadata and of the "
        "circumstances in which a recording had been obtained, and that the chain of custody "
        "of digital evidence be documented from the moment of its seizure.",
    ),
    (
        "p",
        "Siobhán McAuliffe (Australia) reported that the number of reports of child sexual "
        "abuse material generated by artificial intelligence received by the police of her "
        "country had more than doubled in 2024. Such material was increasingly produced from "
        "ordinary photographs of real children taken from social media. She described "
        "legislation under which the production, possession and distribution of such "
        "material were offences irrespective of whether a real child had been depicted, and "
        "called on other States to close similar gaps in their laws.",
    ),
    (
        "p",
        "Experts from Canada and Trinidad and Tobago reported cases in which lawyers had filed "
        "submissions citing judgments that did not exist, invented by chatbots. The courts "
        "concerned had issued practice directions requiring parties to disclose the use of "
        "generative artificial intelligence in the preparation of documents and to verify "
        "every authority cited. Experts noted that the same risk arose where police officers "
        "used chatbots to draft reports and witness statements.",
    ),
    (
        "p",
        "Experts agreed that the existing rules of evidence were in most countries flexible "
        "enough to deal with evidence generated or altered by artificial intelligence, but "
        "that judges, prosecutors and defence lawyers needed training to assess it, and "
        "forensic laboratories needed the equipment and staff to examine it. Several experts "
        "suggested that the party relying on a recording whose authenticity was seriously "
        "contested should be required to establish its origin.",
    ),
    ("h3", "E.\u2003Data protection, bias and oversight"),
    (
        "p",
        "The representative of OHCHR recalled that any interference with the right to privacy "
        "through the use of artificial intelligence had to be provided for by law, pursue a "
        "legitimate aim and be necessary and proportionate. She called for human rights "
        "impact assessments before the acquisition of any tool to be used in the criminal "
        "justice system, with the participation of the communities most likely to be "
        "affected, and for a moratorium on the use of remote biometric identification in "
        "public spaces until adequate safeguards were in place.",
    ),
    (
        "p",
        "The observer for the Council of Europe presented the Council of Europe Framework "
        "Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of "
        "Law,{2} which had been opened for signature in Vilnius on 5 September 2024 and was "
        "the first legally binding international treaty in the field. She noted that the "
        "Convention was open to States that were not members of the Council of Europe and "
        "that it required parties to provide effective remedies for violations of human "
        "rights resulting from the use of artificial intelligence systems.",
    ),
    (
        "p",
        "Nuria Peñalver Ibáñez, from the Spanish Agency for the Supervision of Artificial "
        "Intelligence, described the role of her agency as the national authority responsible "
        "for market surveillance under the Artificial Intelligence Act of the European Union. "
        "She explained that tools intended for use by law enforcement authorities, such as "
        "tools for assessing the risk of a person becoming a victim or an offender or for "
        "evaluating the reliability of evidence, were classified as high-risk and were "
        "subject to requirements of data quality, documentation, human oversight and "
        "registration in a database of the European Union.",
    ),
    (
        "p",
        "Søren Kjærgaard Holm, a data protection official from Denmark, stressed that the "
        "data used to train and operate criminal justice tools often included data on persons "
        "who had never been charged with an offence, such as victims, witnesses and persons "
        "whose cases had been dropped. He called for clear rules on the retention and "
        "deletion of such data, noting that in one audit by his authority nearly two thirds "
        "of the images held in a police database had concerned persons who had never been "
        "convicted.",
    ),
    (
        "p",
        "Joaquín Beltrán Zúñiga (Mexico) drew attention to public procurement as the point at "
        "which oversight was most effective. He described contract clauses used in his "
        "country that gave the contracting authority ownership of the data, access to the "
        "documentation of the tool for independent audits and the right to terminate the "
        "contract if the tool did not perform as promised. Several experts warned against "
        "dependence on a single vendor and against tools offered free of charge on a trial "
        "basis, which were later difficult to abandon.",
    ),
    (
        "p",
        "Chukwuemeka Adéwálé Okafor (Nigeria) and Efua Asantewaa Boateng (Ghana) highlighted "
        "the difficulties faced by developing countries, whose criminal justice institutions "
        "often depended on donors and vendors for the choice of tools and lacked the staff to "
        "evaluate them. Mr. Okafor noted that speech recognition and translation tools "
        "performed far less well in African languages, with a risk of serious errors in "
        "transcripts of interviews, and that data on nationals of African countries were "
        "frequently stored on servers abroad. Ms. Boateng called for South-South cooperation "
        "and for open-source tools that could be adapted to local conditions.",
    ),
    (
        "p",
        "Experts discussed the need for independent oversight. Several experts called for "
        "public registers listing the tools used by the police, the prosecution, the courts "
        "and prison administrations, for the publication of evaluations and for the "
        "supervision of such tools by a body independent of the institutions using them. One "
        "expert reported that of 27 tools used in the criminal justice systems of the States "
        "examined in a recent academic study, only four had been evaluated independently "
        "before being deployed.",
    ),
    ("h2", "IV.\u2003Conclusions and recommendations"),
    (
        "p",
        "The experts concluded that artificial intelligence could help criminal justice "
        "systems to work more efficiently, in particular by reducing the time needed to "
        "review large volumes of data and by freeing staff from routine tasks, but that its "
        "use in decisions affecting the liberty of persons carried serious risks of "
        "discrimination, error and opacity. Decisions on arrest, detention, conviction and "
        "sentence must remain human decisions, taken by persons who could be held "
        "accountable for them.",
    ),
    (
        "p",
        "The meeting identified the following recommendations, which were not negotiated, "
        "for the consideration of the Fifteenth Congress. Member States should:",
        {
            "items": [
                "Ensure that the use of artificial intelligence by criminal justice institutions "
                "is provided for by law and is necessary and proportionate to a legitimate aim;",
                "Carry out human rights impact assessments before acquiring or deploying an "
                "artificial intelligence tool in the criminal justice system, and publish "
                "their results;",
                "Refrain from using live facial recognition in publicly accessible spaces, "
                "except where narrowly defined in law and subject to prior judicial "
                "authorization, and ensure that no person is arrested solely on the basis of "
                "a match produced by facial recognition;",
                (
                    "Where risk assessment tools are used in decisions on pretrial detention, "
                    "sentencing or release, ensure:",
                    [
                        "That the factors taken into account and their weight are public;",
                        "That the accused person is informed of the use of the tool and can "
                        "challenge its result, including with the help of an independent "
                        "expert funded by legal aid where necessary;",
                        "That the final decision is taken and reasoned by a judge;",
                    ],
                ),
                "Test tools for accuracy and bias before their deployment and at regular "
                "intervals, with results disaggregated by sex, age and ethnic origin;",
                "Criminalize the production, possession and distribution of child sexual "
                "abuse material generated by artificial intelligence;",
                "Train judges, prosecutors, defence lawyers and police officers in the "
                "assessment of evidence generated or altered by artificial intelligence, and "
                "strengthen the capacity of forensic laboratories to examine such evidence;",
                "Include in contracts for the acquisition of artificial intelligence tools "
                "provisions on the ownership of data, access for independent audits and "
                "termination;",
                "Establish public registers of the artificial intelligence tools used in the "
                "criminal justice system and entrust their supervision to an independent "
                "body;",
                "Consider becoming parties to the Council of Europe Framework Convention on "
                "Artificial Intelligence and Human Rights, Democracy and the Rule of Law.",
            ]
        },
    ),
    (
        "p",
        "The meeting recommended that UNODC, in cooperation with UNICRI and OHCHR:",
        {
            "items": [
                "Develop guidance on the responsible use of artificial intelligence in "
                "criminal justice systems, including a model checklist for human rights impact "
                "assessments;",
                "Provide technical assistance to developing countries in evaluating and "
                "procuring artificial intelligence tools, including tools adapted to local "
                "languages;",
                "Collect and disseminate information on national legislation and practice "
                "through a regular survey of Member States.",
            ]
        },
    ),
    (
        "p",
        "The meeting further recommended that the Fifteenth Congress consider including in "
        "its declaration a commitment by Member States to ensure that decisions affecting "
        "the liberty of persons are never taken solely on the basis of automated processing, "
        "and that the Commission on Crime Prevention and Criminal Justice consider the "
        "development of guidelines on the use of artificial intelligence in criminal justice "
        "systems.",
    ),
    ("h2", "V.\u2003Adoption of the report"),
    (
        "p",
        "At its closing session, on 17 September 2025, the meeting adopted the present "
        "report, on the basis of a draft introduced by the Rapporteur, Małgorzata Wiśniewska "
        "(Poland), on the understanding that the Rapporteur, with the assistance of the "
        "Secretariat, would finalize it.",
    ),
    (
        "p",
        "In his closing remarks, the Chair, Mihkel Tõnisson, thanked the Government of Estonia "
        "for hosting the meeting, the Governments of Japan and the Netherlands for their "
        "financial support and UNODC for its organization. He observed that the meeting had "
        "been held in the same week as the first anniversary of the opening for signature of "
        "the Framework Convention of the Council of Europe, and expressed the hope that the "
        "Fifteenth Congress would send a clear message that technology must serve justice, "
        "not replace it.",
    ),
]

CSS = """
@page { size: A4; margin: 1.8cm 1.6cm 1.8cm 1.6cm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt;
       line-height: 1.35; margin: 0 0.4cm; }
.synthetic-note { border: 1px solid #999; padding: .3em .5em; font-family: sans-serif;
                  font-size: 9pt; }
.masthead { border-bottom: 2px solid #000; padding-bottom: .4em; margin-bottom: .8em; }
.masthead .row { display: flex; justify-content: space-between; align-items: baseline; }
.masthead .un { font-size: 14pt; font-weight: bold; }
.masthead .symbol { font-size: 14pt; }
.masthead .issuer { font-size: 10pt; }
.masthead .distr { text-align: right; font-size: 10pt; }
.meeting { font-size: 10pt; margin: .2em 0 .6em 0; }
h1 { font-size: 15pt; margin: .3em 0 .2em 0; }
.place-dates { font-weight: bold; margin-top: 0; }
h2 { font-size: 13pt; margin: 1.1em 0 .4em 0; }
h3 { font-size: 11.5pt; margin: .9em 0 .3em 1.4em; }
p { margin: 0 0 .55em 0; text-align: justify; }
p.para { padding-left: 2.4em; text-indent: -2.4em; }
p.para .num { display: inline-block; width: 2.4em; text-indent: 0; }
p.sub1 { margin-left: 2.4em; padding-left: 2.4em; text-indent: -2.4em; }
p.sub2 { margin-left: 4.8em; padding-left: 2.4em; text-indent: -2.4em; }
.sub1 .mark, .sub2 .mark { display: inline-block; width: 2.4em; text-indent: 0; }
p.line { margin: 0 0 .25em 4.8em; text-align: left; }
p.line .label { display: inline-block; width: 7em; }
p.agenda { margin: 0 0 .25em 4.8em; padding-left: 1.8em; text-indent: -1.8em; }
p.agenda .anum { display: inline-block; width: 1.8em; text-indent: 0; }
table { border-collapse: collapse; margin: .6em 0 1em 0; width: 100%; font-size: 10pt; }
th, td { border: 1px solid #444; padding: .25em .5em; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
sup { font-size: 7pt; line-height: 0; }
.notes { margin-top: 1.5em; font-size: 9.5pt; }
.notes hr { width: 30%; margin: 0 0 .5em 0; border: 0; border-top: 1px solid #000; }
.notes p { margin: 0 0 .3em 0; }
"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def with_notes(text: str) -> str:
    """Escape ``text`` and turn "{n}" into a superscript footnote reference."""
    return re.sub(
        r"\{(\d+)\}",
        lambda m: f'<sup><a id="fnref{m.group(1)}" href="#fn{m.group(1)}">{m.group(1)}</a></sup>',
        esc(text),
    )


def letter(index: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[index]


def roman(index: int) -> str:
    return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][index]


def render_para(number: int, text: str, extras: dict) -> list[str]:
    out = [
        f'<p class="para" id="para{number}"><span class="num">{number}.</span>'
        f"{with_notes(text)}</p>"
    ]
    for label, name in extras.get("lines", []):
        out.append(f'<p class="line"><span class="label">{esc(label)}</span>{esc(name)}</p>')
    for k, line in enumerate(extras.get("agenda", []), start=1):
        out.append(f'<p class="agenda"><span class="anum">{k}.</span>{esc(line)}</p>')
    for k, item in enumerate(extras.get("items", [])):
        item_text, subs = (item, []) if isinstance(item, str) else item
        out.append(
            f'<p class="sub1"><span class="mark">({letter(k)})</span>{with_notes(item_text)}</p>'
        )
        for j, sub in enumerate(subs):
            out.append(
                f'<p class="sub2"><span class="mark">({roman(j)})</span>{with_notes(sub)}</p>'
            )
    return out


def render_table(rows: list[tuple[str, ...]]) -> list[str]:
    """A ruled table; the last column (a number) is right-aligned."""

    def row_html(cells: tuple[str, ...], tag: str) -> str:
        last = len(cells) - 1
        return "".join(
            f'<{tag} class="n">{esc(c)}</{tag}>' if i == last else f"<{tag}>{esc(c)}</{tag}>"
            for i, c in enumerate(cells)
        )

    head, *body = rows
    out = ['<table class="participants">', "  <thead>"]
    out.append("    <tr>" + row_html(head, "th") + "</tr>")
    out += ["  </thead>", "  <tbody>"]
    out += ["    <tr>" + row_html(row, "td") + "</tr>" for row in body]
    out += ["  </tbody>", "</table>"]
    return out


def build_html() -> str:
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(SYMBOL)} - {esc(TITLE)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f'<p class="synthetic-note">{esc(DISCLAIMER)}</p>',
        '<div class="masthead">',
        '  <div class="row"><span class="un">United Nations</span>'
        f'<span class="symbol">{esc(SYMBOL)}</span></div>',
        f'  <div class="row"><span class="issuer">{esc(ISSUER)}</span>'
        f'<span class="distr">{esc(DISTR)}<br>{esc(ISSUE_DATE)}<br>{esc(ORIGINAL)}</span></div>',
        "</div>",
        f'<p class="meeting">{esc(MEETING_LINE)}</p>',
        f"<h1>{esc(TITLE)}</h1>",
        f'<p class="place-dates">{esc(PLACE_DATES)}</p>',
        "",
    ]
    number = 0
    for block in BODY:
        if block[0] == "h2":
            lines += ["", f"<h2>{esc(block[1])}</h2>"]
        elif block[0] == "h3":
            lines.append(f"<h3>{esc(block[1])}</h3>")
        else:
            number += 1
            extras = block[2] if len(block) > 2 else {}
            lines.extend(render_para(number, block[1], extras))
    lines += [
        "",
        f'<h2 id="annex">{esc(ANNEX_HEADING)}</h2>',
        f"<h3>{esc(ANNEX_SUBTITLE)}</h3>",
    ]
    lines.extend(render_table(ANNEX_TABLE))
    lines += ["", '<div class="notes">', "  <hr>"]
    for n, note in FOOTNOTES.items():
        lines.append(f'  <p id="fn{n}"><sup>{n}</sup> {esc(note)}</p>')
    lines += ["</div>", "</body>", "</html>", ""]
    return "\n".join(lines)


def main() -> None:
    html_path = Path(sys.argv[1]) if len(sys.argv) > 1 else HTML_OUT
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(build_html(), encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "out.pdf"
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={pdf}",
                html_path.resolve().as_uri(),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=180,
        )
        OUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, OUT)
    print(f"wrote {html_path} and {OUT}")


if __name__ == "__main__":
    main()
