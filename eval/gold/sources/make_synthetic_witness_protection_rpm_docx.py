"""Generate eval/gold/docs/synthetic-witness-protection-rpm.docx.

A SYNTHETIC report of a regional workshop held in preparation for the Fifteenth United Nations
Congress on Crime Prevention and Criminal Justice (protection of witnesses, whistle-blowers and
cooperating offenders), clearly labelled as such in its first paragraph. It is a Word file AS
LIBREOFFICE WRITES IT: the script writes a LibreOffice flat OpenDocument text (.fodt) and
LibreOffice converts it (``soffice --headless --convert-to docx``), so that numbering.xml,
styles.xml, footnotes.xml and comments.xml are LibreOffice's, not python-docx's or Word's.

Layout:

* the synthetic-document line, then a borderless masthead table (United Nations | symbol;
  General Assembly | distribution, date, original language), a meeting line, the title and
  the place and dates; the first page uses its own page style without header, the following
  pages carry a header with the symbol and a footer with a PAGE field;
* chapter and section headings are outline headings (text:h, "Heading 1" / "Heading 2")
  numbered by LibreOffice's OUTLINE numbering (text:outline-style: "I." at level 1, "A." at
  level 2); the numbers are not in the text;
* body paragraphs are numbered by a LIST STYLE ("1." at level 1, "(a)" at level 2, "(i)" at
  level 3); every chapter's paragraphs are a separate text:list that continues the first one
  (xml:id + text:continue-list), so the paragraph numbers run 1..48 through the whole report;
  lead-in paragraphs hold nested lists for their sub-items;
* officer lines are un-numbered paragraphs after the paragraph that introduces them; the
  agenda is a separate list (its own list style) starting at 1;
* a table of national protection programmes in the body, straight after the paragraph that
  introduces it ("... summarized in the table below:"), and real footnotes (text:note);
* one TRACKED CHANGE left in the draft (text:tracked-changes: a deletion and an insertion
  replacing a figure) and one comment (office:annotation anchored on a phrase);
* an annex (list of documents, as a table) after a page break.

A reader of the draft sees the text with the tracked change accepted: "forty-one" (inserted),
not "thirty-eight" (deleted). The comment is not body text.

Made with LibreOffice 7.4.7.2 (Debian package libreoffice-writer-nogui 4:7.4.7-1+deb12u14) and
Python 3.11. The .docx is rewritten with fixed ZIP timestamps and fixed document-properties
dates, so a rerun with the same LibreOffice gives the same bytes.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_witness_protection_rpm_docx.py
      (add --keep-fodt to keep the intermediate .fodt next to the .docx in /tmp)
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from _un_docx import deterministic_zip, soffice_convert

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-witness-protection-rpm.docx"
FIXED_TIME = (2025, 10, 3, 9, 0, 0)
FIXED_ISO = "2025-10-03T09:00:00Z"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "A/CONF.250/RPM.7/WS.2"
ISSUE_DATE = "3 October 2025"
ORGAN = "General Assembly"
MEETING_LINE = (
    "Regional workshop held in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = (
    "Report of the regional workshop on the protection of witnesses, whistle-blowers and "
    "cooperating offenders in cases of organized crime and corruption"
)
PLACE_DATES = "Budva, Montenegro, 16–18 September 2025"

REV_AUTHOR = "Secretariat editor"
REV_DATE = "2025-09-30T16:20:00"
COMMENT_AUTHOR = "Reviewer (Secretariat)"
COMMENT_DATE = "2025-09-30T17:05:00"
COMMENT_TEXT = "Please confirm this figure with the expert from Brazil before issuance."

# A paragraph's text is a str or a list of segments:
#   "text"                        plain text
#   ("fn", "footnote text")       footnote (text:note) at this point
#   ("del", "text")               tracked deletion
#   ("ins", "text")               tracked insertion
#   ("cmt", "anchored text")      text anchored by the reviewer's comment (COMMENT_TEXT)
#
# Body items, in document order:
#   ("h1", text) / ("h2", text)              outline headings (not units)
#   ("p", text)                              list-numbered paragraph (level 1)
#   ("p", text, {"items": [...]})            + "(a)" sub-items (level 2); an item is text or
#                                              {"text": ..., "items": [...level 3...]}
#   ("p", text, {"lines": [...]})            + un-numbered lines belonging to the paragraph
#   ("p", text, {"agenda": [...]})           + a separate numbered list restarting at 1
#   ("p", text, {"table": rows})             + a table after the paragraph
BODY: list[tuple] = [
    ("h1", "Introduction"),
    (
        "p",
        "The regional workshop on the protection of witnesses, whistle-blowers and cooperating "
        "offenders in cases of organized crime and corruption was held in Budva, Montenegro, "
        "from 16 to 18 September 2025, at the invitation of the Government of Montenegro. The "
        "workshop was organized by the United Nations Office on Drugs and Crime (UNODC) as part "
        "of the preparations for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice, to be held in 2026.",
    ),
    (
        "p",
        [
            "The workshop was convened to examine how States give effect to the provisions on "
            "the protection of witnesses, experts and victims and on measures to enhance "
            "cooperation with law enforcement authorities contained in articles 24 to 26 of the "
            "United Nations Convention against Transnational Organized Crime",
            ("fn", "General Assembly resolution 55/25, annex I."),
            " and to the provisions on the protection of witnesses, experts, victims and "
            "reporting persons contained in articles 32, 33 and 37 of the United Nations "
            "Convention against Corruption.",
            ("fn", "General Assembly resolution 58/4, annex."),
            " Its conclusions and recommendations are intended to inform the deliberations of "
            "the Fifteenth Congress.",
        ],
    ),
    (
        "p",
        "In the course of three days, the participants exchanged experience on witness "
        "protection programmes and the relocation of witnesses, on the giving of testimony by "
        "video link and anonymously, on the protection of persons who report corruption and "
        "other offences, on agreements with offenders who cooperate with the authorities and "
        "on regional cooperation in all of those areas.",
    ),
    ("h1", "Organization of the workshop"),
    ("h2", "Opening of the workshop"),
    (
        "p",
        "The workshop was opened on 16 September 2025 by the Minister of Justice of Montenegro, "
        "who recalled that the country had adopted its Law on the Protection of Witnesses in "
        "2004 and that, as a small State, Montenegro could protect witnesses in the most "
        "serious cases only by relocating them abroad with the help of its partners. He "
        "stressed that no investigation into organized crime or high-level corruption could "
        "succeed if those who knew the facts were too afraid to speak.",
    ),
    (
        "p",
        "Rosalind Achterberg, Chief of the Organized Crime and Illicit Trafficking Branch of "
        "UNODC, observed that witnesses were often described as the eyes and ears of justice, "
        "yet in many countries they remained the least protected participants in criminal "
        "proceedings. She noted that, according to a survey conducted by UNODC in preparation "
        "for the workshop, fewer than half of the States of the region had a witness "
        "protection unit with its own budget, and about one in four had concluded agreements "
        "with other States on the relocation of protected witnesses.",
    ),
    ("h2", "Attendance"),
    (
        "p",
        "The workshop was attended by experts from the following sixteen States: Albania, "
        "Bosnia and Herzegovina, Brazil, Colombia, Croatia, Georgia, Germany, Italy, "
        "Montenegro, North Macedonia, Norway, Poland, Republic of Moldova, Serbia, Türkiye and "
        "Ukraine. The experts from Brazil and Colombia were invited to share the experience of "
        "their countries with agreements concluded with cooperating offenders.",
    ),
    (
        "p",
        "The Council of Europe, the European Union Agency for Criminal Justice Cooperation "
        "(Eurojust), the European Union Agency for Law Enforcement Cooperation (Europol), the "
        "Organization for Security and Co-operation in Europe (OSCE) and the Whistleblowing "
        "International Network were represented by observers. In all, some eighty-five "
        "participants attended the workshop, of whom 39 were women.",
    ),
    ("h2", "Election of officers"),
    (
        "p",
        "At its opening session, on 16 September 2025, the workshop elected the following "
        "officers by acclamation:",
        {
            "lines": [
                "Chair:\tMilica Šćepanović (Montenegro)",
                "Vice-Chair:\tTuğba Yağcıoğlu (Türkiye)",
                "Rapporteur:\tSølvi Bjørnstad Hauge (Norway)",
            ]
        },
    ),
    ("h2", "Adoption of the agenda and organization of work"),
    (
        "p",
        "Also at its opening session, the workshop adopted the following agenda:",
        {
            "agenda": [
                "Opening of the workshop.",
                "Election of officers.",
                "Adoption of the agenda and organization of work.",
                "Witness protection programmes and the relocation of witnesses.",
                "Testimony by video link, anonymous testimony and other procedural measures "
                "of protection.",
                "Protection of reporting persons.",
                "Cooperation agreements with offenders.",
                "Regional and international cooperation.",
                "Conclusions and recommendations.",
                "Adoption of the report.",
            ]
        },
    ),
    (
        "p",
        "The workshop held six sessions in plenary, with simultaneous interpretation between "
        "English and Russian. Agenda items 4 and 5 were considered on 16 September 2025, "
        "agenda items 6 and 7 on 17 September and agenda item 8 on the morning of "
        "18 September 2025.",
    ),
    ("h2", "Documentation"),
    (
        "p",
        "The workshop had before it a background paper prepared by the Secretariat on the "
        "protection of witnesses and cooperating offenders (A/CONF.250/RPM.7/WS.2/CRP.1) and "
        "the other documents listed in the annex to the present report.",
    ),
    ("h1", "Summary of deliberations"),
    ("h2", "Witness protection programmes and the relocation of witnesses (agenda item 4)"),
    (
        "p",
        "A representative of the Secretariat introduced the item. He noted that protection "
        "programmes, which could include relocation, a change of identity and financial "
        "support, were costly and were therefore reserved in most countries for a small number "
        "of witnesses in the most serious cases, and that the procedural measures discussed "
        "under agenda item 5 protected far more witnesses than the programmes themselves. He "
        "pointed out that in small countries, where protected persons were easily recognized, "
        "relocation within the national territory offered little security.",
    ),
    (
        "p",
        [
            "Francesca Lo Iacono (Italy) described the system established in her country in "
            "1991, under which an independent central commission decided on admission to the "
            "protection programme and a central protection service implemented the measures. "
            "She reported that the service was protecting some 1,200 persons, including family "
            "members, and that ",
            ("del", "thirty-eight"),
            ("ins", "forty-one"),
            " witnesses of justice, who were not themselves involved in the offences on which "
            "they testified, had been admitted to the programme in 2024.",
        ],
    ),
    (
        "p",
        "She added that witnesses of justice were entitled to keep the standard of living they "
        "had before entering the programme, including through a monthly allowance and "
        "assistance in finding employment, and that the programme had to be adapted to the "
        "needs of children, who made up about a quarter of the persons protected.",
    ),
    (
        "p",
        [
            "Several experts provided figures on the witness protection programmes of their "
            "countries, which are summarized in the table below:",
            (
                "fn",
                "Figures provided by the experts; they have not been verified by the Secretariat.",
            ),
        ],
        {
            "table": [
                [
                    "Country",
                    "Programme established",
                    "Persons admitted in 2024",
                    "Persons protected at the end of 2024",
                ],
                ["Croatia", "2004", "9", "41"],
                ["Georgia", "2006", "14", "63"],
                ["Montenegro", "2004", "5", "22"],
                ["North Macedonia", "2005", "7", "35"],
                ["Poland", "1998", "31", "214"],
                ["Serbia", "2006", "12", "78"],
                ["Türkiye", "2008", "46", "390"],
            ]
        },
    ),
    (
        "p",
        "Speaking as an expert, the Chair, Milica Šćepanović (Montenegro), explained that the "
        "witness protection unit of her country had relocated three witnesses and their "
        "families abroad since 2020 under bilateral agreements, because no place in Montenegro "
        "was far enough from the communities in which the criminal groups operated. Each "
        "relocation had taken between four and nine months to arrange, during which the "
        "witnesses had been accommodated in temporary safe housing.",
    ),
    (
        "p",
        "Giorgi Beridze (Georgia) described the legislation adopted in his country in 2006 and "
        "amended in 2023 to allow protection measures to be applied from the earliest stage of "
        "an investigation, before a witness had made a formal statement. He noted that the "
        "psychological support offered to protected witnesses and their families had been "
        "decisive in keeping them in the programme.",
    ),
    (
        "p",
        "Sølvi Bjørnstad Hauge (Norway), speaking as an expert, reported that the police in "
        "her country had granted a fictitious identity to 23 persons threatened by criminal "
        "gangs over the previous five years, and that most threats against witnesses in Norway "
        "now came from young gang members recruited through social media to carry out acts of "
        "intimidation or violence on behalf of others.",
    ),
    (
        "p",
        "Several experts noted that as many as a third of protected witnesses left the "
        "programme of their own will within two years, often because of isolation from their "
        "families and communities or difficulties in finding work under a new identity, and "
        "called for long-term support, including after the end of the proceedings.",
    ),
    (
        "h2",
        "Testimony by video link, anonymous testimony and other procedural measures of "
        "protection (agenda item 5)",
    ),
    (
        "p",
        [
            "A representative of the Secretariat introduced the item, recalling that article 24 "
            "of the Organized Crime Convention called for evidentiary rules permitting witnesses "
            "to testify in a manner that ensured their safety, such as by video link, and that "
            "any such measures had to be applied without prejudice to the rights of the "
            "defendant, including the right to due process. He referred to the case law of the "
            "European Court of Human Rights, according to which a conviction could not rest "
            "solely or decisively on the statement of a witness whom the defence had had no "
            "opportunity to examine unless sufficient counterbalancing factors were in place.",
            (
                "fn",
                "European Court of Human Rights, Al-Khawaja and Tahery v. the United Kingdom, "
                "applications Nos. 26766/05 and 22228/06, judgment of 15 December 2011.",
            ),
        ],
    ),
    (
        "p",
        "Ana Marković-Jukić (Croatia), a judge of the County Court in Zagreb, reported that "
        "courts in her country had used video links with voice and image distortion in three "
        "out of five trials for organized crime in 2024. She noted that such testimony had "
        "been challenged on appeal in only a handful of cases, and that no conviction had been "
        "overturned because of it.",
    ),
    (
        "p",
        "Dragan Đurić (Serbia), a deputy prosecutor in the Prosecutor's Office for Organized "
        "Crime, explained that the identity of an anonymous witness in his country was known "
        "only to the judge and that the defence could put questions to the witness through "
        "the judge. He cautioned that anonymity was rarely effective in practice, since "
        "defendants could often deduce from the content of the testimony who had given it.",
    ),
    (
        "p",
        "Nataliia Kovalchuk (Ukraine) reported that, since millions of Ukrainians had been "
        "displaced abroad, courts had heard more than 2,300 witnesses located in other "
        "countries by video link in 2024, on the basis of requests for mutual legal assistance "
        "and, increasingly, of direct arrangements with the courts of the host countries.",
    ),
    (
        "p",
        "Jürgen Möller (Germany) noted that arranging a cross-border hearing by video link "
        "still took two to three months in most cases, mainly because of the time needed to "
        "process requests for mutual legal assistance, and called for secure platforms through "
        "which judicial authorities could schedule such hearings directly.",
    ),
    (
        "p",
        "Several experts described other measures applied in court to protect witnesses, "
        "including screens, separate entrances and waiting rooms, the removal of the defendant "
        "from the courtroom during testimony and the use of pre-recorded statements of children "
        "and victims of trafficking in persons. It was noted that such measures cost little and "
        "protected many more witnesses than the protection programmes.",
    ),
    ("h2", "Protection of reporting persons (agenda item 6)"),
    (
        "p",
        [
            "A representative of the Secretariat introduced the item. She noted that article 33 "
            "of the Convention against Corruption required States parties only to consider "
            "measures to protect reporting persons against unjustified treatment, but that most "
            "States of the region had since adopted specific legislation, in many cases to "
            "transpose the directive of the European Union on the protection of persons who "
            "report breaches of Union law.",
            (
                "fn",
                "Directive (EU) 2019/1937 of the European Parliament and of the Council of "
                "23 October 2019 on the protection of persons who report breaches of Union law.",
            ),
        ],
    ),
    (
        "p",
        "Łukasz Wróblewski (Poland) presented the Act on the Protection of Whistle-blowers, "
        "which had entered into force in his country on 25 September 2024. Under the Act, "
        "employers with at least fifty workers had to establish internal reporting channels, "
        "and the Commissioner for Human Rights received external reports and referred them to "
        "the competent authorities. He reported that some 2,400 external reports had been "
        "received in the first year.",
    ),
    (
        "p",
        "Elira Hoxhaj (Albania) reported that the authority responsible for the protection of "
        "whistle-blowers in her country had received 74 requests for protection against "
        "retaliation in 2024, a third of them from employees of public institutions, and that "
        "in more than half of the cases the retaliation had taken the form of dismissal or "
        "transfer.",
    ),
    (
        "p",
        "Victoria Ceban (Republic of Moldova) described the integrity whistle-blower framework "
        "of her country, under which reports could be made to the employer, to the National "
        "Anti-corruption Centre or to the media, and noted that the National Anti-corruption "
        "Centre had registered 112 disclosures by integrity whistle-blowers in 2024.",
    ),
    (
        "p",
        "The observer for the Whistleblowing International Network stated that persons who "
        "reported corruption were often not witnesses in criminal proceedings and therefore "
        "fell outside witness protection programmes, although they faced dismissal, lawsuits "
        "and threats. She called for the burden of proof to be reversed in retaliation cases, "
        "so that the employer had to show that a measure taken against a reporting person was "
        "unrelated to the report, and for reporting persons to have access to free legal "
        "advice.",
    ),
    (
        "p",
        "Several experts stressed that confidential and anonymous reporting channels were "
        "essential to build trust, and that reporting persons should be informed within a "
        "reasonable time, such as three months, of the action taken on their reports.",
    ),
    ("h2", "Cooperation agreements with offenders (agenda item 7)"),
    (
        "p",
        "A representative of the Secretariat introduced the item, recalling that article 26 of "
        "the Organized Crime Convention and article 37 of the Convention against Corruption "
        "called on States parties to consider mitigating the punishment of, or granting "
        "immunity from prosecution to, persons who provided substantial cooperation in the "
        "investigation or prosecution of offences. He noted that the testimony of insiders was "
        "often the only way to prove the role of the leaders of criminal groups, who did not "
        "take part directly in the commission of offences.",
    ),
    (
        "p",
        [
            "Tânia Conceição Brandão (Brazil), a federal prosecutor, described the plea "
            "agreements introduced in her country by the law on organized crime of 2013 "
            "(colaboração premiada). Agreements were negotiated by the police or the "
            "prosecution service with the offender and his or her lawyer and had to be approved "
            "by a judge, and no conviction could be based solely on the statements of the "
            "cooperating offender. She reported that ",
            ("cmt", "more than two hundred agreements"),
            " had been concluded in federal corruption cases since 2014.",
        ],
    ),
    (
        "p",
        "She added that the disclosure of agreements to the media before the related charges "
        "had been brought had damaged several investigations, and that the courts had since "
        "required that the content of agreements remain confidential until charges were filed.",
    ),
    (
        "p",
        "Begoña Muñoz Ibarra (Colombia) explained that prosecutors in her country could suspend "
        "or waive the prosecution of an offender who cooperated against the leaders of an "
        "organization, under the principle of discretionary prosecution (principio de "
        "oportunidad). She warned that offenders had an interest in exaggerating the role of "
        "others, and stressed that their statements had to be corroborated by independent "
        "evidence.",
    ),
    (
        "p",
        "Francesca Lo Iacono (Italy) noted that cooperating offenders (collaboratori di "
        "giustizia) in her country had to disclose everything they knew within one hundred and "
        "eighty days of declaring their willingness to cooperate, and to declare all their "
        "assets, which were subject to confiscation. Statements made after that period could "
        "not be used as evidence against other persons.",
    ),
    (
        "p",
        "Tuğba Yağcıoğlu (Türkiye), speaking as an expert, reported that the effective remorse "
        "provisions of the criminal code of her country allowed the sentence of an offender "
        "who helped to dismantle a criminal organization to be reduced or remitted, and that "
        "they had been applied in some 640 cases concerning drug trafficking organizations in "
        "2024.",
    ),
    (
        "p",
        "Several experts raised the security of cooperating offenders in prison, where they "
        "were exposed to retaliation by other detainees, and described separate detention "
        "units for cooperating offenders. They agreed that agreements with offenders should be "
        "concluded in writing, with clear conditions, and should be subject to judicial review.",
    ),
    ("h2", "Regional and international cooperation (agenda item 8)"),
    (
        "p",
        "Selma Kurtović (Bosnia and Herzegovina) presented the agreement on cooperation in "
        "witness protection concluded among the witness protection units of the Western "
        "Balkans in 2012, under which 19 witnesses and their family members had been relocated "
        "from one participating State to another. She noted that witnesses adapted more easily "
        "when relocated to a country where they spoke the language, but that this also "
        "increased the risk of their being found.",
    ),
    (
        "p",
        "Bojan Stojanovski (North Macedonia) observed that requests for relocation were often "
        "refused because the receiving State had no legal basis for accepting foreign "
        "witnesses into its own programme, and called for the costs of relocation to be borne "
        "by the requesting State, as was already the practice under the regional agreement.",
    ),
    (
        "p",
        "The observer for Europol described the network of witness protection units supported "
        "by Europol, which brought together the heads of the witness protection units of more "
        "than forty countries, including several outside the European Union, and which met "
        "twice a year to exchange experience and agree on common standards for international "
        "relocation.",
    ),
    (
        "p",
        "The observer for Eurojust noted that joint investigation teams could agree at an "
        "early stage on the protection of witnesses and on the handling of cooperating "
        "offenders whose statements would be used in several countries, and reported that "
        "Eurojust had supported 17 such teams in 2024 in which questions of witness protection "
        "had arisen.",
    ),
    (
        "p",
        "Several experts called on UNODC to update its good practices for the protection of "
        "witnesses in criminal proceedings involving organized crime, published in 2008, so as "
        "to take account of digital threats such as the tracing of protected persons through "
        "social media and facial recognition technology.",
    ),
    ("h1", "Conclusions and recommendations"),
    (
        "p",
        "The participants concluded that witnesses, reporting persons and cooperating "
        "offenders were indispensable to the investigation and prosecution of organized crime "
        "and corruption, and that the protection of all three groups had to be planned "
        "together, since the same person could be a reporting person at first, then a witness "
        "and, in some cases, a cooperating offender.",
    ),
    (
        "p",
        "The participants recommended that Member States:",
        {
            "items": [
                "Establish witness protection programmes by law, with a dedicated budget and a "
                "unit that is operationally independent of the investigators in the cases "
                "concerned;",
                "Make greater use of procedural measures of protection, such as testimony by "
                "video link and the use of pre-recorded statements, while respecting the rights "
                "of the defendant;",
                {
                    "text": "Protect reporting persons in the public and private sectors, in "
                    "particular by:",
                    "items": [
                        "Establishing confidential and, where possible, anonymous reporting "
                        "channels;",
                        "Reversing the burden of proof in cases of alleged retaliation;",
                        "Providing free legal advice and, where appropriate, compensation to "
                        "reporting persons who suffer retaliation;",
                    ],
                },
                "Regulate cooperation agreements with offenders by law, require that they be "
                "concluded in writing and approved by a court, and ensure that no conviction is "
                "based solely on the statements of a cooperating offender;",
                "Ensure the safety of cooperating offenders in detention, including through "
                "separate detention units;",
                "Conclude bilateral and regional agreements on the relocation of protected "
                "witnesses and designate contact points for requests for relocation;",
                "Provide psychological and social support to protected witnesses and their "
                "families, including after the conclusion of the proceedings.",
            ]
        },
    ),
    (
        "p",
        "The participants recommended that UNODC:",
        {
            "items": [
                "Update its good practices for the protection of witnesses in criminal "
                "proceedings involving organized crime, taking into account digital threats to "
                "the security of protected persons;",
                "Develop a model agreement on the international relocation of witnesses;",
                "Bring the conclusions and recommendations of the workshop to the attention of "
                "the Fifteenth United Nations Congress on Crime Prevention and Criminal Justice.",
            ]
        },
    ),
    ("h1", "Adoption of the report"),
    (
        "p",
        "At its closing session, on 18 September 2025, the workshop adopted the present report, "
        "on the basis of a draft introduced by the Rapporteur, Sølvi Bjørnstad Hauge (Norway).",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Montenegro for hosting the "
        "workshop and the experts for their contributions, and expressed the hope that the "
        "network of contacts established in Budva would facilitate the relocation of witnesses "
        "across borders.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ["Symbol", "Title"],
    ["A/CONF.250/RPM.7/WS.2/L.1", "Provisional agenda and annotations"],
    [
        "A/CONF.250/RPM.7/WS.2/CRP.1",
        "Background paper by the Secretariat on the protection of witnesses and cooperating "
        "offenders",
    ],
    ["A/CONF.250/RPM.7/WS.2/INF/1", "Information for participants"],
    ["A/CONF.250/RPM.7/WS.2/INF/2", "List of participants"],
    [
        "A/CONF.250/PM.1",
        "Discussion guide for the Fifteenth United Nations Congress on Crime Prevention and "
        "Criminal Justice",
    ],
]

# --------------------------------------------------------------------------------------------
# flat ODF
# --------------------------------------------------------------------------------------------

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)


def _level(
    level: int,
    fmt: str,
    prefix: str,
    suffix: str,
    label_cm: float,
    text_cm: float,
    display: int = 1,
) -> str:
    pre = f' style:num-prefix="{prefix}"' if prefix else ""
    return (
        f'<text:list-level-style-number text:level="{level}"{pre} style:num-suffix="{suffix}" '
        f'style:num-format="{fmt}" text:display-levels="{display}">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" '
        f'text:list-tab-stop-position="{text_cm}cm" fo:text-indent="{label_cm - text_cm:.2f}cm" '
        f'fo:margin-left="{text_cm}cm"/>'
        "</style:list-level-properties></text:list-level-style-number>"
    )


def _outline_level(level: int, fmt: str, indent_cm: float) -> str:
    return (
        f'<text:outline-level-style text:level="{level}" style:num-suffix="." '
        f'style:num-format="{fmt}">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" '
        f'text:list-tab-stop-position="{indent_cm + 1}cm" fo:text-indent="-1cm" '
        f'fo:margin-left="{indent_cm + 1}cm"/>'
        "</style:list-level-properties></text:outline-level-style>"
    )


STYLES = (
    "<office:font-face-decls>"
    '<style:font-face style:name="Times New Roman" svg:font-family="\'Times New Roman\'" '
    'style:font-family-generic="roman" style:font-pitch="variable"/>'
    "</office:font-face-decls>"
    "<office:styles>"
    '<style:default-style style:family="paragraph">'
    '<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" '
    'style:writing-mode="page"/>'
    '<style:text-properties style:font-name="Times New Roman" fo:font-size="10pt" '
    'fo:language="en" fo:country="GB" fo:hyphenate="false"/>'
    "</style:default-style>"
    '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
    '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
    "</style:style>"
    '<style:style style:name="SingleTxt" style:display-name="SingleTxt" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="text">'
    '<style:paragraph-properties fo:margin-left="2cm" fo:margin-right="2cm" '
    'fo:margin-bottom="0.21cm" fo:text-align="justify" fo:line-height="0.42cm"/>'
    "</style:style>"
    '<style:style style:name="Heading" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="text">'
    '<style:paragraph-properties fo:keep-with-next="always"/>'
    "</style:style>"
    '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
    'style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="SingleTxt" '
    'style:default-outline-level="1" style:class="text">'
    '<style:paragraph-properties fo:margin-left="1cm" fo:margin-right="2cm" '
    'fo:margin-top="0.85cm" fo:margin-bottom="0.42cm"/>'
    '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="Heading_20_2" style:display-name="Heading 2" '
    'style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="SingleTxt" '
    'style:default-outline-level="2" style:class="text">'
    '<style:paragraph-properties fo:margin-left="1cm" fo:margin-right="2cm" '
    'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm"/>'
    '<style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" '
    'style:class="chapter">'
    '<style:paragraph-properties fo:margin-left="1cm" fo:margin-right="2cm" '
    'fo:margin-top="0.42cm" fo:margin-bottom="0.42cm"/>'
    '<style:text-properties fo:font-size="17pt" fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="MeetingLine" style:family="paragraph" '
    'style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-left="1cm" fo:margin-right="2cm" '
    'fo:margin-top="0.42cm"/>'
    '<style:text-properties fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="PlaceDates" style:family="paragraph" '
    'style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.42cm"/>'
    "</style:style>"
    '<style:style style:name="Synthetic" style:family="paragraph" '
    'style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-bottom="0.21cm"/>'
    '<style:text-properties fo:font-size="8pt" fo:font-style="italic"/>'
    "</style:style>"
    '<style:style style:name="Officer" style:family="paragraph" '
    'style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-left="2cm" fo:margin-bottom="0.1cm">'
    '<style:tab-stops><style:tab-stop style:position="2.5cm"/></style:tab-stops>'
    "</style:paragraph-properties>"
    "</style:style>"
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" '
    'style:family="paragraph" style:parent-style-name="Standard" style:class="extra">'
    '<style:text-properties fo:font-size="9pt"/>'
    "</style:style>"
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" '
    'style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">'
    '<style:text-properties fo:font-style="italic"/>'
    "</style:style>"
    '<style:style style:name="Footnote" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="extra">'
    '<style:paragraph-properties fo:margin-left="1cm" fo:text-indent="-0.5cm"/>'
    '<style:text-properties fo:font-size="9pt"/>'
    "</style:style>"
    '<style:style style:name="Header" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="extra">'
    '<style:text-properties fo:font-size="9pt" fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="Footer" style:family="paragraph" '
    'style:parent-style-name="Standard" style:class="extra">'
    '<style:paragraph-properties fo:text-align="end"/>'
    '<style:text-properties fo:font-size="9pt" fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="AnnexHead" style:family="paragraph" '
    'style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.42cm" '
    'fo:keep-with-next="always"/>'
    '<style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="AnnexSub" style:family="paragraph" '
    'style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.42cm" '
    'fo:keep-with-next="always"/>'
    '<style:text-properties fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" '
    'style:family="text"/>'
    '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" '
    'style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>'
    # outline numbering of the headings: "I." and "A." (not in the text)
    '<text:outline-style style:name="Outline">'
    + _outline_level(1, "I", 0)
    + _outline_level(2, "A", 0)
    + "".join(
        f'<text:outline-level-style text:level="{n}" style:num-format="">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab"/>'
        "</style:list-level-properties></text:outline-level-style>"
        for n in range(3, 11)
    )
    + "</text:outline-style>"
    # paragraph numbering: 1. / (a) / (i)
    + '<text:list-style style:name="UN_20_Paragraphs" style:display-name="UN Paragraphs">'
    + _level(1, "1", "", ".", 1.0, 2.0)
    + _level(2, "a", "(", ")", 2.0, 3.0)
    + _level(3, "i", "(", ")", 3.0, 4.0)
    + "</text:list-style>"
    # the agenda: its own list, 1. 2. 3.
    + '<text:list-style style:name="UN_20_Agenda" style:display-name="UN Agenda">'
    + _level(1, "1", "", ".", 2.0, 3.0)
    + "</text:list-style>"
    + '<text:notes-configuration text:note-class="footnote" '
    'text:citation-style-name="Footnote_20_Symbol" '
    'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" '
    'text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>'
    "</office:styles>"
    "<office:automatic-styles>"
    '<style:style style:name="P_first" style:family="paragraph" '
    'style:parent-style-name="Synthetic" style:master-page-name="First_20_Page"/>'
    '<style:style style:name="P_body" style:family="paragraph" '
    'style:parent-style-name="SingleTxt" style:list-style-name="UN_20_Paragraphs"/>'
    '<style:style style:name="P_agenda" style:family="paragraph" '
    'style:parent-style-name="Standard" style:list-style-name="UN_20_Agenda">'
    '<style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>'
    '<style:style style:name="P_annex" style:family="paragraph" '
    'style:parent-style-name="AnnexHead"><style:paragraph-properties fo:break-before="page"/>'
    "</style:style>"
    '<style:style style:name="P_mast_left" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:text-properties fo:font-size="12pt" '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P_mast_symbol" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/>'
    '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P_mast_organ" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:text-properties fo:font-size="16pt" '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T_mast" style:family="table">'
    '<style:table-properties style:width="17cm" table:align="left"/></style:style>'
    '<style:style style:name="T_mast.A" style:family="table-column">'
    '<style:table-column-properties style:column-width="10cm"/></style:style>'
    '<style:style style:name="T_mast.B" style:family="table-column">'
    '<style:table-column-properties style:column-width="7cm"/></style:style>'
    '<style:style style:name="T_mast.thin" style:family="table-cell">'
    '<style:table-cell-properties fo:padding="0.05cm" fo:border-left="none" '
    'fo:border-right="none" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/>'
    "</style:style>"
    '<style:style style:name="T_mast.thick" style:family="table-cell">'
    '<style:table-cell-properties fo:padding="0.05cm" fo:border-left="none" '
    'fo:border-right="none" fo:border-top="none" fo:border-bottom="3pt solid #000000"/>'
    "</style:style>"
    '<style:style style:name="T_body" style:family="table">'
    '<style:table-properties style:width="15cm" fo:margin-left="2cm" table:align="left" '
    'fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>'
    '<style:style style:name="T_body.head" style:family="table-cell">'
    '<style:table-cell-properties fo:padding="0.08cm" fo:border-left="none" '
    'fo:border-right="none" fo:border-top="0.5pt solid #000000" '
    'fo:border-bottom="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="T_body.cell" style:family="table-cell">'
    '<style:table-cell-properties fo:padding="0.08cm" fo:border="none"/></style:style>'
    '<style:style style:name="T_body.last" style:family="table-cell">'
    '<style:table-cell-properties fo:padding="0.08cm" fo:border-left="none" '
    'fo:border-right="none" fo:border-top="none" fo:border-bottom="1pt solid #000000"/>'
    "</style:style>"
    '<style:page-layout style:name="pm1">'
    '<style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" '
    'style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
    'fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb"/>'
    '<style:header-style><style:header-footer-properties fo:min-height="0cm" '
    'fo:margin-bottom="0.5cm"/></style:header-style>'
    '<style:footer-style><style:header-footer-properties fo:min-height="0cm" '
    'fo:margin-top="0.5cm"/></style:footer-style>'
    "</style:page-layout>"
    '<style:page-layout style:name="pm2">'
    '<style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" '
    'style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
    'fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb"/>'
    "<style:header-style/><style:footer-style/>"
    "</style:page-layout>"
    "</office:automatic-styles>"
    "<office:master-styles>"
    '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
    f'<style:header><text:p text:style-name="Header">{SYMBOL}</text:p></style:header>'
    '<style:footer><text:p text:style-name="Footer">'
    '<text:page-number text:select-page="current">2</text:page-number></text:p></style:footer>'
    "</style:master-page>"
    '<style:master-page style:name="First_20_Page" style:display-name="First Page" '
    'style:page-layout-name="pm2" style:next-style-name="Standard"/>'
    "</office:master-styles>"
)


class Writer:
    """Accumulates the body XML, footnote numbers and tracked-change regions."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.n_notes = 0
        self.changes: list[str] = []
        self.n_changes = 0
        self.n_comments = 0
        self.list_started = False

    # inline content ---------------------------------------------------------------------
    def inline(self, text: str | list) -> str:
        if isinstance(text, str):
            return self._t(text)
        parts = []
        for seg in text:
            if isinstance(seg, str):
                parts.append(self._t(seg))
                continue
            kind, value = seg
            if kind == "fn":
                self.n_notes += 1
                n = self.n_notes
                parts.append(
                    f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                    f"<text:note-citation>{n}</text:note-citation><text:note-body>"
                    f'<text:p text:style-name="Footnote">{self._t(value)}</text:p>'
                    "</text:note-body></text:note>"
                )
            elif kind == "del":
                cid = self._change("deletion", f"<text:p>{self._t(value)}</text:p>")
                parts.append(f'<text:change text:change-id="{cid}"/>')
            elif kind == "ins":
                cid = self._change("insertion", "")
                parts.append(
                    f'<text:change-start text:change-id="{cid}"/>{self._t(value)}'
                    f'<text:change-end text:change-id="{cid}"/>'
                )
            elif kind == "cmt":
                self.n_comments += 1
                name = f"__Annotation__{self.n_comments}"
                parts.append(
                    f'<office:annotation office:name="{name}">'
                    f"<dc:creator>{escape(COMMENT_AUTHOR)}</dc:creator>"
                    f"<dc:date>{COMMENT_DATE}</dc:date>"
                    f"<text:p>{escape(COMMENT_TEXT)}</text:p></office:annotation>"
                    f'{self._t(value)}<office:annotation-end office:name="{name}"/>'
                )
            else:  # pragma: no cover
                raise ValueError(kind)
        return "".join(parts)

    @staticmethod
    def _t(text: str) -> str:
        out = escape(text)
        out = out.replace("\t", "<text:tab/>")
        # runs of spaces must be written as text:s in ODF
        return re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group()) - 1}"/>', out)

    def _change(self, kind: str, content: str) -> str:
        self.n_changes += 1
        cid = f"ct{self.n_changes}"
        self.changes.append(
            f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:{kind}>'
            f"<office:change-info><dc:creator>{escape(REV_AUTHOR)}</dc:creator>"
            f"<dc:date>{REV_DATE}</dc:date></office:change-info>{content}"
            f"</text:{kind}></text:changed-region>"
        )
        return cid

    # blocks -----------------------------------------------------------------------------
    def p(self, style: str, text: str | list) -> None:
        self.out.append(f'<text:p text:style-name="{style}">{self.inline(text)}</text:p>')

    def open_list(self) -> None:
        if not self.list_started:
            self.out.append(
                '<text:list xml:id="list_paragraphs" text:style-name="UN_20_Paragraphs">'
            )
            self.list_started = True
        else:
            self.out.append(
                '<text:list text:style-name="UN_20_Paragraphs" '
                'text:continue-list="list_paragraphs">'
            )

    def items(self, items: list) -> str:
        xml = ["<text:list>"]
        for item in items:
            if isinstance(item, dict):
                xml.append(
                    f'<text:list-item><text:p text:style-name="P_body">'
                    f"{self.inline(item['text'])}</text:p>"
                )
                if item.get("items"):
                    xml.append(self.items(item["items"]))
                xml.append("</text:list-item>")
            else:
                xml.append(
                    f'<text:list-item><text:p text:style-name="P_body">'
                    f"{self.inline(item)}</text:p></text:list-item>"
                )
        xml.append("</text:list>")
        return "".join(xml)

    def table(self, rows: list[list[str]], name: str) -> None:
        ncols = len(rows[0])
        xml = [
            f'<table:table table:name="{name}" table:style-name="T_body">',
            f'<table:table-column table:number-columns-repeated="{ncols}"/>',
            "<table:table-header-rows><table:table-row>",
        ]
        for cell in rows[0]:
            xml.append(
                '<table:table-cell table:style-name="T_body.head" office:value-type='
                f'"string"><text:p text:style-name="Table_20_Heading">{self._t(cell)}'
                "</text:p></table:table-cell>"
            )
        xml.append("</table:table-row></table:table-header-rows>")
        for i, row in enumerate(rows[1:], start=1):
            style = "T_body.last" if i == len(rows) - 1 else "T_body.cell"
            xml.append("<table:table-row>")
            for cell in row:
                xml.append(
                    f'<table:table-cell table:style-name="{style}" office:value-type='
                    f'"string"><text:p text:style-name="Table_20_Contents">'
                    f"{self._t(cell)}</text:p></table:table-cell>"
                )
            xml.append("</table:table-row>")
        xml.append("</table:table>")
        self.out.append("".join(xml))


def build_fodt() -> str:
    w = Writer()
    # front matter
    w.p("P_first", DISCLAIMER)
    w.out.append(
        '<table:table table:name="Masthead" table:style-name="T_mast">'
        '<table:table-column table:style-name="T_mast.A"/>'
        '<table:table-column table:style-name="T_mast.B"/>'
        "<table:table-row>"
        '<table:table-cell table:style-name="T_mast.thin" office:value-type="string">'
        '<text:p text:style-name="P_mast_left">United Nations</text:p></table:table-cell>'
        '<table:table-cell table:style-name="T_mast.thin" office:value-type="string">'
        f'<text:p text:style-name="P_mast_symbol">{escape(SYMBOL)}</text:p></table:table-cell>'
        "</table:table-row><table:table-row>"
        '<table:table-cell table:style-name="T_mast.thick" office:value-type="string">'
        f'<text:p text:style-name="P_mast_organ">{escape(ORGAN)}</text:p></table:table-cell>'
        '<table:table-cell table:style-name="T_mast.thick" office:value-type="string">'
        '<text:p text:style-name="Standard">Distr.: General</text:p>'
        f'<text:p text:style-name="Standard">{escape(ISSUE_DATE)}</text:p>'
        '<text:p text:style-name="Standard"/>'
        '<text:p text:style-name="Standard">Original: English</text:p>'
        "</table:table-cell></table:table-row></table:table>"
    )
    w.p("MeetingLine", MEETING_LINE)
    w.p("Title", TITLE)
    w.p("PlaceDates", PLACE_DATES)

    in_list = False
    n_tables = 0
    for item in BODY:
        kind = item[0]
        if kind in ("h1", "h2"):
            if in_list:
                w.out.append("</text:list>")
                in_list = False
            level = 1 if kind == "h1" else 2
            w.out.append(
                f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                f"{w.inline(item[1])}</text:h>"
            )
            continue
        extra = item[2] if len(item) > 2 else {}
        if not in_list:
            w.open_list()
            in_list = True
        w.out.append(
            f'<text:list-item><text:p text:style-name="P_body">{w.inline(item[1])}</text:p>'
        )
        if extra.get("items"):
            w.out.append(w.items(extra["items"]))
        w.out.append("</text:list-item>")
        if extra.get("lines") or extra.get("agenda") or extra.get("table"):
            w.out.append("</text:list>")
            in_list = False
            for line in extra.get("lines", []):
                w.p("Officer", line)
            if extra.get("agenda"):
                w.out.append('<text:list text:style-name="UN_20_Agenda">')
                for line in extra["agenda"]:
                    w.out.append(
                        f'<text:list-item><text:p text:style-name="P_agenda">'
                        f"{w.inline(line)}</text:p></text:list-item>"
                    )
                w.out.append("</text:list>")
            if extra.get("table"):
                n_tables += 1
                w.table(extra["table"], f"Table{n_tables}")
    if in_list:
        w.out.append("</text:list>")

    # annex on a new page
    w.p("P_annex", ANNEX_HEADING)
    w.p("AnnexSub", ANNEX_SUBTITLE)
    w.table(ANNEX_TABLE, "Documents")

    tracked = (
        '<text:tracked-changes text:track-changes="false">'
        + "".join(w.changes)
        + "</text:tracked-changes>"
    )
    meta = (
        "<office:meta>"
        f"<dc:title>{escape(TITLE)}</dc:title>"
        "<meta:initial-creator>Secretariat</meta:initial-creator>"
        f"<meta:creation-date>{FIXED_ISO[:-1]}</meta:creation-date>"
        f"<dc:date>{FIXED_ISO[:-1]}</dc:date>"
        "<dc:creator>Secretariat</dc:creator>"
        "<dc:language>en-GB</dc:language>"
        "</office:meta>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        + meta
        + STYLES
        + "<office:body><office:text>"
        + tracked
        + "".join(w.out)
        + "</office:text></office:body></office:document>\n"
    )


# --------------------------------------------------------------------------------------------
# conversion
# --------------------------------------------------------------------------------------------


def _fixed_props(name: str, body: bytes) -> bytes:
    """Fixed dates, editing time and application in docProps, so reruns give the same bytes."""
    if name not in ("docProps/core.xml", "docProps/app.xml"):
        return body
    text = body.decode("utf-8")
    text = re.sub(
        r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
        rf"\g<1>{FIXED_ISO}\g<2>",
        text,
    )
    text = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>0</TotalTime>", text)
    text = re.sub(
        r"<Application>[^<]*</Application>",
        "<Application>LibreOffice/7.4.7.2$Linux_X86_64 "
        "LibreOffice_project/40$Build-2</Application>",
        text,
    )
    return text.encode("utf-8")


def convert(fodt_text: str, docx: Path, keep_fodt: bool = False) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (docx.stem + ".fodt")
        src.write_text(fodt_text, encoding="utf-8")
        made = soffice_convert(src, "docx:MS Word 2007 XML", tmp)
        docx.parent.mkdir(parents=True, exist_ok=True)
        docx.write_bytes(deterministic_zip(made.read_bytes(), FIXED_TIME, _fixed_props))
        if keep_fodt:
            shutil.copyfile(src, Path("/tmp") / src.name)


def main() -> None:
    convert(build_fodt(), OUT, keep_fodt="--keep-fodt" in sys.argv)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
