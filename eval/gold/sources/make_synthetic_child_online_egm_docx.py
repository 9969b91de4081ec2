"""Generate eval/gold/docs/synthetic-child-online-egm.docx.

A SYNTHETIC United Nations report (clearly labelled as such in its first paragraph) of an expert
group meeting on the online sexual exploitation and abuse of children, laid out the way UN Word
reports are: masthead in a table, contents table, Word heading paragraphs, body paragraphs
numbered automatically by Word (w:numPr -> numbering.xml, decimal "%1." at level 0,
lowerLetter "(%2)" at level 1, lowerRoman "(%3)" at level 2 for one nested list), un-numbered
officer lines, agenda lines with typed numbers, a statement that continues into the next
numbered paragraph ("He added that ..."), and an annex with a table of documents.

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_child_online_egm_docx.py
"""

from __future__ import annotations

from pathlib import Path

from _un_docx import (
    add_numbering_definition,
    base_styles,
    core_properties,
    mark_header_row,
    masthead,
    save_docx,
    set_cell_borders,
    set_num,
    symbol_header_page_footer,
)
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-child-online-egm.docx"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.15/2025/1"
ISSUE_DATE = "3 October 2025"
ORGAN = "United Nations Office on Drugs and Crime"
MEETING_LINE = (
    "Expert group meeting held in preparation for the Fifteenth United Nations Congress on "
    "Crime Prevention and Criminal Justice"
)
TITLE = "Report of the Expert group meeting on the online sexual exploitation and abuse of children"
PLACE_DATES = "Nairobi, 22–24 September 2025"

CONTENTS = [
    ("Chapter", "", "Page"),
    ("I.", "Organization of the meeting", "2"),
    ("II.", "Summary of deliberations", "4"),
    ("III.", "Conclusions and recommendations", "9"),
    ("IV.", "Adoption of the report", "10"),
    ("Annex", "List of documents before the meeting", "11"),
]

# Body, in document order.
#   ("h1", text) / ("h2", text)             heading paragraphs (not units)
#   ("p", text)                             auto-numbered paragraph (level 0)
#   ("p", text, {"items": [...]})           + auto-lettered sub-items (level 1); an item may be
#                                             (text, [sub-sub-items]) for roman items (level 2)
#   ("p", text, {"lines": [...]})           + un-numbered lines belonging to the paragraph
BODY = [
    ("h1", "I.\tOrganization of the meeting"),
    ("h2", "A.\tDuration and venue of the meeting"),
    (
        "p",
        "The Expert group meeting on the online sexual exploitation and abuse of children was "
        "held at the United Nations Office at Nairobi from 22 to 24 September 2025, at the "
        "invitation of the Government of Kenya. It was organized by the United Nations Office on "
        "Drugs and Crime (UNODC), with financial support from the Government of Norway, as one of "
        "the expert meetings held in preparation for the Fifteenth United Nations Congress on "
        "Crime Prevention and Criminal Justice. The meeting held six plenary meetings.",
    ),
    ("h2", "B.\tOpening of the meeting"),
    (
        "p",
        "The meeting was opened on 22 September 2025 by Grace Wambũi Njoroge, Principal "
        "Secretary of the State Department for Children Services of Kenya, who reported that the "
        "national child helpline, which children could reach free of charge by dialling 116, had "
        "received some 3,400 reports relating to online abuse in 2024, almost twice as many as in "
        "2022. She stressed that no country could protect its children online on its own, "
        "because offenders, victims, evidence and service providers were often located in "
        "different jurisdictions.",
    ),
    (
        "p",
        "Aurélie Kamanzi, Chief of the Global Programme on Cybercrime of UNODC, delivered a "
        "statement on behalf of the Executive Director. She observed that the volume of child "
        "sexual abuse material (CSAM) reported to the authorities worldwide had more than doubled "
        "in five years, and that offenders had been quick to exploit new technologies, from "
        "livestreaming applications to generative artificial intelligence (AI). She recalled that "
        "the United Nations Convention against Cybercrime, adopted by the General Assembly in "
        "December 2024, required States parties to criminalize offences related to online child "
        "sexual abuse and to cooperate in the collection of electronic evidence.",
    ),
    (
        "p",
        "The Secretary of the Fifteenth Congress briefed participants on the preparations for the "
        "Congress and explained that the conclusions and recommendations of the meeting would be "
        "made available to the Congress as a background document.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its 1st meeting, on 22 September 2025, the meeting elected the following officers "
        "by acclamation:",
        {
            "lines": [
                "Chair: Wangari Mũthoni Kariuki (Kenya)",
                "Vice-Chairs: Ma. Lourdes Bañez-Santos (Philippines), Thiago Conceição (Brazil)",
                "Rapporteur: Ioana Pătrașcu (Romania)",
            ]
        },
    ),
    ("h2", "D.\tAttendance"),
    (
        "p",
        "The meeting was attended by representatives of the following twenty-three States: "
        "Brazil, Canada, Côte d'Ivoire, Ethiopia, Germany, Ghana, India, Indonesia, Kenya, "
        "Mexico, Morocco, Nigeria, Norway, Philippines, Romania, Rwanda, Senegal, South Africa, "
        "Thailand, Uganda, United Kingdom of Great Britain and Northern Ireland, United Republic "
        "of Tanzania and Zambia.",
    ),
    (
        "p",
        "The African Union, the Council of Europe and the International Criminal Police "
        "Organization (INTERPOL) were represented by observers. The United Nations Children's "
        "Fund (UNICEF) and the Office of the Special Representative of the Secretary-General on "
        "Violence against Children were also represented.",
    ),
    (
        "p",
        "Observers also attended for the International Association of Internet Hotlines "
        "(INHOPE), ECPAT International, Childline Kenya and a survivors' network from the "
        "Philippines, as well as for three technology companies operating social media, gaming "
        "and messaging services. In all, 74 participants attended the meeting, of whom forty-one "
        "were women.",
    ),
    ("h2", "E.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its 1st meeting, the meeting adopted the following agenda:",
        {
            "lines": [
                "1. Opening of the meeting.",
                "2. Election of officers.",
                "3. Adoption of the agenda and organization of work.",
                "4. Trends in the online sexual exploitation and abuse of children.",
                "5. Investigation and prosecution, including access to electronic evidence and "
                "cooperation with the private sector.",
                "6. Victim identification, support and prevention.",
                "7. Conclusions and recommendations.",
                "8. Adoption of the report.",
            ]
        },
    ),
    (
        "p",
        "The meeting agreed to hold its deliberations in plenary and to devote one session to "
        "each substantive agenda item. At the proposal of the Chair, participants agreed that no "
        "images or case material that could identify a child would be shown during the meeting.",
    ),
    ("h2", "F.\tDocumentation"),
    (
        "p",
        "The meeting had before it the documents listed in the annex to the present report, "
        "including a background paper prepared by the Secretariat "
        "(UNODC/CCPCJ/EG.15/2025/CRP.1).",
    ),
    ("h1", "II.\tSummary of deliberations"),
    ("h2", "A.\tTrends in the online sexual exploitation and abuse of children (agenda item 4)"),
    (
        "p",
        "A representative of the Secretariat introduced the agenda item. She noted that reports "
        "of suspected child sexual abuse material received by the National Center for Missing & "
        "Exploited Children (NCMEC), which served as a global clearing house for reports from "
        "technology companies, had exceeded 36 million in 2023. She identified four trends of "
        "particular concern: the grooming of children on social media and gaming platforms; the "
        "livestreaming of abuse ordered and paid for by offenders abroad; the financial sexual "
        "extortion, or \u201csextortion\u201d, of adolescents; and the use of AI to generate "
        "sexualized images of children.",
    ),
    (
        "p",
        "Statements were made by the representatives of Brazil, Kenya, Norway, the Philippines "
        "and Thailand. Statements were also made by the observers for INTERPOL and INHOPE.",
    ),
    (
        "p",
        "Ma. Lourdes Bañez-Santos, speaking as the representative of the Philippines, described "
        "the livestreamed sexual abuse of children, often by relatives or neighbours, for paying "
        "offenders abroad who directed the abuse in real time through chat messages. Payments "
        "were frequently as low as 20 United States dollars per session and were sent through "
        "money transfer services. She reported that operations supported by the Philippine "
        "Internet Crimes Against Children Center (PICACC) had led to the rescue of 218 children "
        "in 2024.",
    ),
    (
        "p",
        "Luíza Gonçalves Araújo, representative of Brazil, reported that cases of sextortion "
        "reported to the Federal Police had tripled between 2022 and 2024, and that nine in ten "
        "victims were boys aged 14 to 17 who had been deceived into sending intimate images to "
        "offenders posing as girls of their own age. The offenders then demanded money, "
        "threatening to send the images to the victims' families and classmates, often within "
        "an hour of the first contact. She stressed that victims should be told clearly that "
        "they were not to blame and should not pay.",
    ),
    (
        "p",
        "Søren Bjørnstad, representative of Norway, reported that the Norwegian police had "
        "seized, in a single investigation in 2024, more than 40,000 images of child sexual abuse "
        "generated with AI tools, some of them depicting real, identifiable children whose "
        "photographs had been taken from social media accounts and school websites. He stressed "
        "that such material was not victimless: it was used to groom and extort children, it "
        "normalized abuse and it diverted the time of investigators from identifying real "
        "victims.",
    ),
    (
        "p",
        "He added that Norwegian law had been amended with effect from 1 January 2025 to make "
        "clear that the production, possession and distribution of AI-generated depictions of "
        "child sexual abuse were criminal offences even where no real child was depicted, and "
        "urged other States to review whether their legislation covered such material.",
    ),
    (
        "p",
        "Brian Ochieng' Omondi, representative of Kenya, described the grooming of children "
        "through online games, and noted that offenders typically moved conversations from "
        "public game chats to private encrypted messaging applications within a few days. He "
        "reported that a quarter of the cases investigated in 2024 by the Anti-Human Trafficking "
        "and Child Protection Unit of the Directorate of Criminal Investigations had begun with "
        "contact made through an online game, and that offenders increasingly paid children "
        "small sums through mobile money to obtain images.",
    ),
    (
        "p",
        "The representative of Thailand noted that a growing share of the material reported in "
        "her country had been produced by children themselves, sometimes under pressure from "
        "peers and sometimes at the request of adult offenders, and cautioned against treating "
        "children who shared self-generated images as offenders.",
    ),
    (
        "p",
        "The observer for INTERPOL reported that the International Child Sexual Exploitation "
        "(ICSE) database, to which 71 countries were connected, had helped to identify more than "
        "40,000 victims worldwide since its creation, and invited the States represented at the "
        "meeting that were not yet connected to join it.",
    ),
    (
        "p",
        "The observer for INHOPE reported that the 54 hotlines in its network had assessed some "
        "2.5 million reports in 2024, and that more than half of the confirmed child sexual abuse "
        "material had been hosted in a small number of countries with large data-centre "
        "industries. The median time between a report to a hotline and the removal of the "
        "material was three days.",
    ),
    (
        "p",
        "Several speakers noted that children in Africa were coming online in large numbers "
        "through inexpensive smartphones, often without guidance from parents or teachers, and "
        "that, according to surveys cited at the meeting, one in five children in the region who "
        "used the Internet had received unwanted sexual requests online in the past year.",
    ),
    (
        "h2",
        "B.\tInvestigation and prosecution, including access to electronic evidence and "
        "cooperation with the private sector (agenda item 5)",
    ),
    (
        "p",
        "A representative of the Secretariat introduced the agenda item. He recalled that most "
        "evidence of online child sexual exploitation was held by service providers, often "
        "abroad, and that investigators depended on the timely preservation and disclosure of "
        "subscriber information, traffic data and content. He noted that the extension of "
        "end-to-end encryption (E2EE) to messaging services had raised concerns among law "
        "enforcement authorities about the detection of abuse, while encryption also protected "
        "the privacy and safety of users, including children.",
    ),
    (
        "p",
        "Statements were made by the representatives of Canada, Ghana, Nigeria, Romania and "
        "South Africa. A statement was also made by the observer for the Council of Europe.",
    ),
    (
        "p",
        "Ioana Pătrașcu, speaking as the representative of Romania, described the work of a "
        "specialized team of prosecutors and police officers dealing with online child sexual "
        "exploitation, established in Bucharest in 2021. She reported that requests for mutual "
        "legal assistance to obtain content data from service providers abroad took on average "
        "ten months to be answered, by which time the data had often been deleted, and called "
        "for wider use of expedited preservation requests and of the 24/7 network of points of "
        "contact.",
    ),
    (
        "p",
        "The representative of Canada said that Canadian law required providers of Internet "
        "services to report child sexual abuse material to a designated agency. The Canadian "
        "Centre for Child Protection operated the national tipline, Cybertip.ca, and Project "
        "Arachnid, a tool that detected known child sexual abuse material online and sent "
        "removal notices to hosting providers, more than 40 million of which had been issued "
        "since 2017.",
    ),
    (
        "p",
        "The representative of Nigeria reported that many sextortion schemes targeting "
        "adolescents in North America and Europe were run by organized groups operating from "
        "West Africa, and described a joint operation conducted in 2024 with the police of two "
        "other States, which had resulted in the arrest of fourteen suspects in Lagos.",
    ),
    (
        "p",
        "The representative of South Africa stressed the need for digital forensic capacity, "
        "noting that in her country more than 8,000 seized devices were awaiting forensic "
        "examination and that the backlog delayed trials in cases of child sexual abuse by up "
        "to two years.",
    ),
    (
        "p",
        "The representative of Ghana described a memorandum of understanding concluded in 2023 "
        "between the Cyber Security Authority of Ghana and two major platforms to fast-track "
        "requests concerning children at risk, and reported that the time taken to answer "
        "emergency requests had fallen from several weeks to under forty-eight hours.",
    ),
    (
        "p",
        "The observer for the Council of Europe referred to the Convention on the Protection of "
        "Children against Sexual Exploitation and Sexual Abuse (the Lanzarote Convention) and "
        "the Convention on Cybercrime (the Budapest Convention), both of which were open to "
        "accession by States outside Europe, and offered technical assistance to States "
        "reviewing their legislation.",
    ),
    (
        "p",
        "Views differed on the detection of child sexual abuse material in services protected "
        "by end-to-end encryption. Some speakers called on technology companies to deploy tools "
        "capable of detecting known material before it was encrypted, while others cautioned "
        "that such tools could weaken the security of communications for all users. "
        "Participants agreed that companies should, at a minimum, offer reporting tools that "
        "children could easily find and use, and should continue to cooperate with law "
        "enforcement on the basis of metadata and user reports.",
    ),
    (
        "p",
        "Several speakers highlighted the value of sharing hash values, or digital fingerprints "
        "of known images and videos, among hotlines, law enforcement agencies and platforms, "
        "which allowed known material to be blocked at upload without any person having to view "
        "it again.",
    ),
    ("h2", "C.\tVictim identification, support and prevention (agenda item 6)"),
    (
        "p",
        "A representative of the Secretariat introduced the agenda item. She noted that behind "
        "every image there was a real child to be found and protected, but that fewer than half "
        "of the children depicted in the material held in international databases had been "
        "identified. She stressed that victims needed long-term support, since the knowledge "
        "that images of their abuse continued to circulate online could cause lasting harm.",
    ),
    (
        "p",
        "Statements were made by the representatives of Brazil, Kenya, Morocco, Norway, the "
        "Philippines, Rwanda and Uganda. Statements were also made by the observers for UNICEF "
        "and ECPAT International.",
    ),
    (
        "p",
        "Nadia El Fassi, representative of Morocco, described a national programme for digital "
        "safety in schools launched by the Ministry of National Education in 2023, under which "
        "teachers in some 1,200 schools had been trained to discuss online risks with pupils, "
        "and pupils aged 10 to 15 followed four lessons a year on the protection of personal "
        "images, grooming and how to report abuse. She reported that reports from schools to the "
        "national child protection hotline had increased by sixty per cent after the first year "
        "of the programme. She also stressed that prevention messages should never blame "
        "children for having shared images, and that parents needed guidance, since many of them "
        "knew less about digital technology than their children.",
    ),
    (
        "p",
        "The representative of Norway presented the Barnehus (Children's House) model, under "
        "which a child victim was interviewed once, by a specially trained interviewer, in a "
        "child-friendly setting, with the interview recorded on video for use in court, and "
        "received medical examination and therapy in the same place. Norway had eleven such "
        "houses.",
    ),
    (
        "p",
        "Thiago Conceição, speaking as the representative of Brazil, said that Brazilian law "
        "provided for a similar special testimony procedure for child victims and witnesses, and "
        "that the recorded interview prevented children from having to repeat their account to "
        "police officers, prosecutors and judges.",
    ),
    (
        "p",
        "Ma. Lourdes Bañez-Santos, speaking as the representative of the Philippines, noted that "
        "in about two thirds of the cases of livestreamed abuse handled by PICACC, the person "
        "who had abused the child was a parent or other relative. Rescued children therefore "
        "often could not return home and needed foster care or other family-based alternative "
        "care, as well as support from social workers for several years.",
    ),
    (
        "p",
        "The representative of Kenya reported that a victim identification laboratory "
        "established in Nairobi in 2023 with the support of INTERPOL had identified 83 Kenyan "
        "children from material seized in Kenya and abroad.",
    ),
    (
        "p",
        "The representative of Rwanda described the Isange One Stop Centres, which provided "
        "medical, psychosocial, police and legal services to victims of sexual and gender-based "
        "violence, including children, under one roof at 44 district hospitals.",
    ),
    (
        "p",
        "The representative of Uganda noted that children with disabilities and children out of "
        "school were at heightened risk and were rarely reached by school-based prevention "
        "programmes.",
    ),
    (
        "p",
        "The observer for UNICEF presented household surveys conducted with children in thirteen "
        "countries, which had found that many children who had been abused online had told no "
        "one, and that those who did disclose the abuse most often confided in a friend rather "
        "than a parent, teacher or police officer. Fewer than one in ten had contacted a "
        "helpline.",
    ),
    (
        "p",
        "The observer for ECPAT International urged participants to use terminology that did "
        "not minimize the harm done to children, and recommended the term \u201cchild sexual "
        "abuse material\u201d rather than \u201cchild pornography\u201d, in line with the "
        "Terminology Guidelines adopted in Luxembourg in 2016.",
    ),
    (
        "p",
        "Several speakers called for children and young people, including survivors, to be "
        "involved in the design of prevention programmes and reporting tools, so that the "
        "messages and tools reflected the way children actually used the Internet.",
    ),
    ("h1", "III.\tConclusions and recommendations"),
    (
        "p",
        "On the basis of its deliberations, the meeting recommended that Member States:",
        {
            "items": [
                "Criminalize all forms of online sexual exploitation and abuse of children, "
                "including grooming, sexual extortion, the livestreaming of abuse and AI-generated "
                "child sexual abuse material, and ensure that children who share self-generated "
                "images are treated as victims and not as offenders;",
                "Consider ratifying the United Nations Convention against Cybercrime and "
                "designate 24/7 points of contact for the urgent preservation of electronic "
                "evidence;",
                "Establish or strengthen specialized units for the investigation of online child "
                "sexual exploitation, with adequate digital forensic capacity, and reduce the "
                "backlog of seized devices awaiting examination;",
                "Connect their national victim identification units to the ICSE database of "
                "INTERPOL and share material from closed cases with it;",
                (
                    "Develop, with technology companies, hotlines and civil society, frameworks "
                    "for cooperation that provide for:",
                    [
                        "The rapid removal of child sexual abuse material, including through "
                        "the sharing of hash values;",
                        "Fast-track procedures for emergency requests concerning children at "
                        "risk, with a response within forty-eight hours;",
                        "Reporting tools that children can easily find and use;",
                        "Regular transparency reports on the detection and reporting of such "
                        "material, including on encrypted services;",
                    ],
                ),
                "Work with banks, money transfer services and mobile money operators to detect "
                "the payment patterns associated with livestreamed abuse and sextortion;",
                "Ensure child-friendly justice, including interviews conducted once by trained "
                "professionals and recorded for use in court, drawing on models such as the "
                "Barnehus;",
                "Integrate age-appropriate digital safety education into school curricula from "
                "primary level, and provide guidance to parents and caregivers;",
                "Fund child helplines and ensure that victims have access to medical, "
                "psychosocial and legal services, with particular attention to children with "
                "disabilities and children out of school.",
            ]
        },
    ),
    (
        "p",
        "The meeting further recommended that UNODC, in cooperation with UNICEF and INTERPOL, "
        "develop a training package for judges and prosecutors on the handling of electronic "
        "evidence in cases of online child sexual exploitation and abuse, and continue to assist "
        "States in drafting legislation that covers AI-generated material.",
    ),
    (
        "p",
        "Several participants proposed that a follow-up expert meeting be convened after the "
        "Fifteenth Congress to review progress in the implementation of these recommendations.",
    ),
    ("h1", "IV.\tAdoption of the report"),
    (
        "p",
        "At its 6th meeting, on 24 September 2025, the meeting adopted its report, as orally "
        "amended. The draft report was introduced by the Rapporteur, Ioana Pătrașcu (Romania). "
        "The Chair thanked the Government of Kenya for hosting the meeting and declared the "
        "meeting closed.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents before the meeting"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("UNODC/CCPCJ/EG.15/2025/L.1", "Provisional agenda and annotations"),
    (
        "UNODC/CCPCJ/EG.15/2025/CRP.1",
        "Background paper by the Secretariat on trends in the online sexual exploitation and "
        "abuse of children",
    ),
    (
        "A/CONF.999/PM.1",
        "Discussion guide for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice",
    ),
    ("UNODC/CCPCJ/EG.15/2025/INF/1", "Information for participants"),
    ("UNODC/CCPCJ/EG.15/2025/INF/2", "List of participants"),
]

FIXED_TIME = (2025, 10, 3, 9, 0, 0)


def build() -> Document:
    doc = Document()

    # styles: Times New Roman 10 pt, UN-like "SingleTxtG" body style
    base_styles(doc)
    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        st.font.name = "Times New Roman"
        st.font.color.rgb = None
        st.font.size = Pt(14 if name == "Heading 1" else 12)
        st.paragraph_format.left_indent = Twips(1134)

    add_numbering_definition(doc, "3C7B2E41")

    # core properties (fixed: deterministic output)
    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=FIXED_TIME,
    )

    symbol_header_page_footer(doc, SYMBOL)

    # disclaimer
    doc.add_paragraph(DISCLAIMER)

    # masthead table
    masthead(doc, SYMBOL, ORGAN, 16, ISSUE_DATE, "English")

    # meeting line, title, place and dates
    p = doc.add_paragraph()
    p.add_run(MEETING_LINE).bold = True
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)

    # contents table
    p = doc.add_paragraph()
    r = p.add_run("Contents")
    r.bold = True
    r.font.size = Pt(14)
    toc = doc.add_table(rows=len(CONTENTS), cols=3)
    set_cell_borders(toc, none=True)
    for i, row in enumerate(CONTENTS):
        for j, val in enumerate(row):
            cell = toc.cell(i, j)
            cell.paragraphs[0].add_run(val).italic = i == 0
            if j == 2:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # body
    for item in BODY:
        kind, text = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            para = doc.add_paragraph(text, style="SingleTxtG")
            set_num(para, 0)
            for sub in extra.get("items", []):
                sub_text, subsubs = (sub, []) if isinstance(sub, str) else sub
                sp = doc.add_paragraph(sub_text, style="SingleTxtG")
                set_num(sp, 1)
                for subsub in subsubs:
                    ssp = doc.add_paragraph(subsub, style="SingleTxtG")
                    set_num(ssp, 2)
            for line in extra.get("lines", []):
                lp = doc.add_paragraph(line, style="SingleTxtG")
                lp.paragraph_format.left_indent = Twips(1701)
                lp.paragraph_format.space_after = Pt(0)
                lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        else:  # pragma: no cover
            raise ValueError(kind)

    # annex
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_HEADING, level=1)
    doc.add_heading(ANNEX_SUBTITLE, level=2)
    tbl = doc.add_table(rows=len(ANNEX_TABLE), cols=2)
    tbl.style = doc.styles["Table Grid"]
    for i, row in enumerate(ANNEX_TABLE):
        for j, val in enumerate(row):
            run = tbl.cell(i, j).paragraphs[0].add_run(val)
            run.bold = i == 0
    mark_header_row(tbl.rows[0])
    return doc


def main() -> None:
    save_docx(build(), OUT, FIXED_TIME)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
