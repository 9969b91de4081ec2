"""Generate eval/gold/docs/synthetic-restorative-juvenile-egm.docx.

A SYNTHETIC report (clearly labelled as such in its first paragraph) of an expert group meeting
on restorative justice and diversion for children in conflict with the law, organized by UNODC
in cooperation with UNICEF in Montevideo in October 2025, laid out the way UN Word reports
drafted from the UN template are:

* the synthetic-document line, then a borderless masthead table (United Nations | symbol;
  issuing office | distribution, date, original language), a meeting line, the title and the
  place and dates;
* page header with the symbol and footer with a PAGE field (different first page);
* chapter and section headings ("I.<tab>...", "A.<tab>...") in Word's built-in "Heading 1" and
  "Heading 2" styles;
* body paragraphs numbered AUTOMATICALLY by Word (w:numPr -> numbering.xml: decimal "%1." at
  level 0, lowerLetter "(%2)" at level 1, lowerRoman "(%3)" at level 2), so that no paragraph
  number, letter or roman numeral is in the paragraph text; the numbering runs on across the
  headings without restarting;
* officer lines ("Chair:<tab>...") and agenda lines with typed numbers ("1.<tab>...") as
  un-numbered indented paragraphs after the paragraph that introduces them;
* two statements that go on over two numbered paragraphs ("She added that ...", "He added that
  ..."), and a cross-reference to another paragraph by its (automatic) number;
* a recommendation list running from (a) to (j), so that the LETTER item "(i)" follows "(h)",
  with roman items at level 2 under (c) and (g);
* an "Annex" (Heading 1) with a subtitle (Heading 2) and one Word table of national figures.

Deterministic: fixed core properties and fixed ZIP timestamps.
Written with python-docx 1.2.0 (Python 3, /work/main/.venv); no LibreOffice step.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_restorative_juvenile_egm_docx.py
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
    set_num,
    symbol_header_page_footer,
)
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-restorative-juvenile-egm.docx"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.17/2025/1"
ISSUE_DATE = "31 October 2025"
ISSUER = "United Nations Office on Drugs and Crime"
MEETING_LINE = (
    "Expert group meeting held in preparation for the Fifteenth United Nations Congress on "
    "Crime Prevention and Criminal Justice"
)
TITLE = (
    "Report of the expert group meeting on restorative justice and diversion for children in "
    "conflict with the law"
)
PLACE_DATES = "Montevideo, 14–16 October 2025"

# Annex table: national figures for 2024 as reported by the experts.
ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "Children in conflict with the law: national figures for 2024 reported by experts"
ANNEX_TABLE = [
    (
        "State",
        "Cases involving children recorded",
        "Cases diverted",
        "Share diverted (per cent)",
        "Children deprived of liberty on 31 December",
    ),
    ("Chile", "21,300", "6,820", "32", "1,048"),
    ("Colombia", "46,500", "14,870", "32", "2,310"),
    ("Kenya", "7,940", "3,020", "38", "1,265"),
    ("New Zealand", "9,850", "6,210", "63", "142"),
    ("Philippines", "12,640", "9,412", "74", "2,860"),
    ("Poland", "8,730", "2,450", "28", "1,310"),
    ("South Africa", "6,480", "4,150", "64", "412"),
    ("Thailand", "11,900", "6,300", "53", "3,420"),
    ("Uruguay", "3,260", "1,105", "34", "289"),
]

# Body, in document order.
#   ("h1", text) / ("h2", text)        heading paragraphs (Heading 1 / Heading 2; not units)
#   ("p", text)                        automatically numbered paragraph (level 0)
#   ("p", text, {"lines": [...]})      + un-numbered lines belonging to the paragraph
#   ("p", text, {"items": [...]})      + automatically lettered items (level 1); an item is a
#                                      str or (str, [roman items at level 2])
BODY = [
    ("h1", "I.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The expert group meeting on restorative justice and diversion for children in conflict "
        "with the law was held in Montevideo from 14 to 16 October 2025, at the invitation of "
        "the Government of Uruguay. The meeting was organized by the United Nations Office on "
        "Drugs and Crime (UNODC) in cooperation with the United Nations Children's Fund "
        "(UNICEF), with financial support from the Government of Spain, as one of the expert "
        "meetings held in preparation for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice. The meeting held six sessions.",
    ),
    (
        "p",
        "The meeting was opened by Catherine Ndayisaba, Chief of the Justice Section of UNODC, "
        "who recalled the United Nations Standard Minimum Rules for the Administration of "
        "Juvenile Justice (the Beijing Rules) and the Basic principles on the use of restorative "
        "justice programmes in criminal matters, adopted by the Economic and Social Council in "
        "2002. She observed that several hundred thousand children were deprived of liberty in "
        "the administration of justice worldwide on any given day, many of them for petty, "
        "non-violent offences or while awaiting trial, and that most of them could have been "
        "dealt with safely outside the courts.",
    ),
    (
        "p",
        "Rafael Núñez Olmedo, Regional Adviser on Child Protection of UNICEF for Latin America "
        "and the Caribbean, stated that diversion and restorative justice were not lenient "
        "options but responses that held children accountable while protecting their "
        "development. He noted that UNICEF supported the reform of child justice systems in more "
        "than ninety countries, and that in Latin America and the Caribbean two out of three "
        "children in detention had not yet been sentenced.",
    ),
    (
        "p",
        "Gonzalo Pérez Iturralde, Deputy Minister of the Interior of Uruguay, welcomed the "
        "experts to Montevideo. He informed the meeting that his country had adopted in 2024 a "
        "national protocol on restorative practices in the juvenile justice system, and that the "
        "number of adolescents deprived of liberty in Uruguay had fallen from 611 in 2015 to 289 "
        "in 2024, a decrease of more than half.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The meeting was attended by twenty-four experts from the following twenty States, who "
        "participated in their personal capacity: Argentina, Brazil, Chile, Colombia, Costa "
        "Rica, Indonesia, Jamaica, Kenya, Mexico, Morocco, New Zealand, Norway, Philippines, "
        "Poland, Portugal, South Africa, Spain, Thailand, Türkiye and Uruguay.",
    ),
    (
        "p",
        "The following organizations were represented by observers: the Office of the Special "
        "Representative of the Secretary-General on Violence against Children, the "
        "Inter-American Children's Institute of the Organization of American States, the "
        "Council of Europe, the International Juvenile Justice Observatory and Terre des hommes. "
        "In all, some 70 persons took part in the meeting, including 12 young people with "
        "experience of the justice system.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its first session, on 14 October 2025, the meeting elected the following officers "
        "by acclamation:",
        {
            "lines": [
                "Chair:\tMartina Sosa Echeverría (Uruguay)",
                "Vice-Chairs:\tKagiso Mthembu (South Africa)",
                "\tTomasz Wróblewski (Poland)",
                "Rapporteur:\tInês Carvalho Simões (Portugal)",
            ]
        },
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its first session, the meeting adopted the following agenda:",
        {
            "lines": [
                "1.\tOpening of the meeting.",
                "2.\tElection of officers.",
                "3.\tAdoption of the agenda and organization of work.",
                "4.\tDiversion of children from formal judicial proceedings.",
                "5.\tRestorative justice programmes for children in conflict with the law.",
                "6.\tDeprivation of liberty as a measure of last resort and the reintegration "
                "of children.",
                "7.\tData, monitoring and the participation of children.",
                "8.\tConclusions and recommendations.",
                "9.\tAdoption of the report.",
            ]
        },
    ),
    (
        "p",
        "The meeting worked in plenary, with interpretation between English and Spanish. The "
        "experts had before them a background paper prepared by the Secretariat "
        "(UNODC/CCPCJ/EG.17/2025/CRP.1). National figures reported by experts in the course of "
        "the meeting are reproduced in the annex to the present report.",
    ),
    ("h1", "II.\tSummary of deliberations"),
    ("h2", "A.\tDiversion of children from formal judicial proceedings (agenda item 4)"),
    (
        "p",
        "A representative of the Secretariat introduced the item. She recalled that the "
        "Convention on the Rights of the Child required States to promote measures for dealing "
        "with children in conflict with the law without resorting to judicial proceedings, "
        "wherever appropriate, and that diversion could take place at any stage: by the police "
        "at first contact, by prosecutors, or by courts before trial. She noted that in many "
        "countries diversion was available in law but little used in practice, because police "
        "officers and prosecutors lacked clear criteria, services to which children could be "
        "referred, or confidence that diverted children would be supervised.",
    ),
    (
        "p",
        "Luz Ángela Muñoz Restrepo (Colombia) described the principle of opportunity under the "
        "system of criminal responsibility for adolescents of her country, which allowed "
        "prosecutors to refrain from prosecuting adolescents for minor offences. She reported "
        "that prosecutors had applied it in 14,870 cases in 2024, nearly a third of all cases "
        "involving adolescents, but cautioned that in rural departments there were few services "
        "to which adolescents could be referred.",
    ),
    (
        "p",
        "Joselito Magbanua Ibañez (Philippines) explained that, under the Juvenile Justice and "
        "Welfare Act of his country, children above the minimum age of criminal responsibility "
        "who were alleged to have committed offences punishable by not more than six years of "
        "imprisonment were diverted at the level of the barangay, the police or the prosecutor. "
        "He reported that 9,412 children had been diverted in 2024 and that, in a follow-up of "
        "children diverted in 2022, fewer than one in ten had come into conflict with the law "
        "again within two years.",
    ),
    (
        "p",
        "Pornthip Srisawat (Thailand) described the role of the Department of Juvenile "
        "Observation and Protection in diversion. Under the law of her country, a child accused "
        "of an offence punishable by not more than five years of imprisonment could be "
        "diverted, with the consent of the victim, through a rehabilitation plan drawn up in a "
        "meeting of the child, the family, the victim and a psychologist or social worker. She "
        "reported that some 6,300 rehabilitation plans had been approved in 2024 and that four "
        "in five had been completed successfully.",
    ),
    (
        "p",
        "Wanjiru Kamau Njoroge (Kenya) said that the Children Act, 2022, had made the "
        "consideration of diversion a duty of police officers and prosecutors and had provided "
        "for a national register of diversion programmes run by government agencies and civil "
        "society organizations. She reported that 38 per cent of the cases involving children "
        "recorded in 2024 had been diverted, compared with fewer than one in five in 2019.",
    ),
    (
        "p",
        "She added that children in street situations were still frequently arrested for "
        "begging, loitering or truancy, conduct that should not be treated as an offence at all "
        "when committed by a child, and that such arrests brought children into contact with "
        "the justice system who needed care and protection instead.",
    ),
    (
        "p",
        "Facundo Aguirre Peña (Argentina) cautioned that diversion could widen the net of the "
        "justice system if it was offered to children who would otherwise not have been "
        "prosecuted at all, and that conditions attached to diversion, such as community work "
        "or curfews, were sometimes more onerous than the measure a court would have imposed. He "
        "called for diversion to be voluntary, with the informed consent of the child and "
        "access to legal advice, and for it not to result in a criminal record.",
    ),
    (
        "p",
        "Several experts noted that police officers were usually the first, and often the only, "
        "professionals who decided whether a child entered the justice system, and called for "
        "specialized child units within the police and for training on diversion in police "
        "academies. The expert from Jamaica reported that the police of her country had trained "
        "1,150 officers in child-friendly procedures since 2022.",
    ),
    (
        "h2",
        "B.\tRestorative justice programmes for children in conflict with the law (agenda item 5)",
    ),
    (
        "p",
        "The observer for the Office of the Special Representative of the Secretary-General on "
        "Violence against Children introduced the item. She noted that restorative processes, "
        "such as victim-offender mediation, family group conferences and circles, gave the "
        "child an opportunity to understand the harm caused and to make amends, and gave the "
        "victim an opportunity to be heard and to receive reparation. She stressed that "
        "participation had to be voluntary for both the child and the victim, and that "
        "anything a child said in a restorative process should not be used against him or her "
        "in later judicial proceedings.",
    ),
    (
        "p",
        "Hēmi Pārata (New Zealand) described the family group conference, introduced in his "
        "country in 1989, under which decisions about most young people who offended were taken "
        "in a meeting of the young person, his or her family and whānau, the victim, a youth "
        "justice coordinator and the police. He reported that some 3,900 family group "
        "conferences had been held in the year to June 2025, and that the participants had "
        "agreed on a plan in about 90 per cent of them.",
    ),
    (
        "p",
        "He added that the model drew on Māori practices of collective decision-making, and "
        "that Māori young people, who accounted for more than half of the young people "
        "appearing before the Youth Court, should be able to have conferences held on a marae "
        "and conducted in te reo Māori if they so wished. He cautioned that conferences "
        "convened in haste, without preparation of the victim, risked harming victims a second "
        "time.",
    ),
    (
        "p",
        "Íñigo Larrañaga Otxoa (Spain) described mediation under the Organic Law regulating the "
        "criminal responsibility of minors, which allowed the prosecutor to discontinue "
        "proceedings where the minor had reconciled with the victim or repaired the damage "
        "caused. He reported that in the Basque Country mediation had been used in 2,140 cases "
        "in 2024, and that surveys of victims who had taken part showed that three quarters "
        "would recommend the process to others.",
    ),
    (
        "p",
        "Solveig Bjørklund Haugen (Norway) presented the youth sentence and youth follow-up "
        "administered by the National Mediation Service of her country, under which a young "
        "offender took part in a restorative meeting and then followed an individual plan "
        "supervised by a youth coordinator for up to two years. She noted that the Service "
        "dealt with some 4,500 cases involving young offenders each year, the great majority of "
        "them referred by the police rather than by the courts.",
    ),
    (
        "p",
        "João Conceição Barreto (Brazil) described the use of restorative circles in schools "
        "and in the socio-educational system of the state of Rio Grande do Sul, and reported "
        "that schools applying restorative practices had reduced their referrals of pupils to "
        "the police by forty per cent over three school years. He stressed that restorative "
        "practices in schools prevented conflicts from becoming criminal cases in the first "
        "place.",
    ),
    (
        "p",
        "Elif Doğan Yüksel (Türkiye) described the reconciliation procedure under the Code of "
        "Criminal Procedure of her country, which applied to children for a defined list of "
        "offences. She reported that more than 52,000 cases involving children had been "
        "referred to reconciliation officers in 2024, of which some 37 per cent had ended in an "
        "agreement between the parties.",
    ),
    (
        "p",
        "Dewi Kartika Sari (Indonesia) explained that the Juvenile Criminal Justice System Law "
        "of 2012 made diversion through deliberation mandatory at the stages of investigation, "
        "prosecution and trial for offences punishable by less than seven years of imprisonment "
        "that were not repeat offences. The deliberation brought together the child and his or "
        "her parents, the victim, a community counsellor and a professional social worker.",
    ),
    (
        "p",
        "Youssef Benali El Idrissi (Morocco) described a pilot programme of mediation for "
        "children in conflict with the law launched in 2024 in the courts of first instance of "
        "Rabat and Casablanca, under which judges for minors could refer cases to trained "
        "mediators. He reported that 310 cases had been referred in the first year of the "
        "programme.",
    ),
    (
        "p",
        "Views differed on the use of restorative justice for serious offences, including "
        "sexual offences and offences resulting in death. Some experts considered that "
        "restorative processes could be offered alongside, rather than instead of, judicial "
        "proceedings in such cases, at the request of the victim, while others cautioned that "
        "they could expose victims of sexual violence to further harm and should not be used in "
        "those cases.",
    ),
    (
        "h2",
        "C.\tDeprivation of liberty as a measure of last resort and the reintegration of "
        "children (agenda item 6)",
    ),
    (
        "p",
        "A representative of the Secretariat introduced the item. He recalled that "
        "international standards required that the deprivation of liberty of a child be used "
        "only as a measure of last resort and for the shortest appropriate period of time, and "
        "that children deprived of liberty be separated from adults. He noted that pretrial "
        "detention was the most common form of deprivation of liberty of children in many "
        "countries and that children in custody faced a high risk of violence, self-harm and "
        "interrupted education.",
    ),
    (
        "p",
        "Ignacio Valdés Fuenzalida (Chile) reported that a new National Youth Social "
        "Reintegration Service had begun operating in his country in 2024, replacing the child "
        "protection agency that had previously run custodial centres, and that some 1,050 "
        "adolescents were serving custodial measures or were in provisional detention at the "
        "end of 2024. Each adolescent in custody was assigned a case manager who remained "
        "responsible for him or her after release.",
    ),
    (
        "p",
        "Kagiso Mthembu (South Africa), speaking as an expert, recalled that the Child Justice "
        "Act of 2008 of his country had made diversion and the assessment of every arrested "
        "child by a probation officer within forty-eight hours central to the child justice "
        "system. He reported that the number of children deprived of liberty had fallen to 412 "
        "at the end of 2024, and that almost two thirds of the cases involving children had "
        "been diverted in that year.",
    ),
    (
        "p",
        "Ximena Ruíz Ocaña (Mexico) explained that the National Comprehensive Criminal Justice "
        "System for Adolescents Act of 2016 provided that internment could be ordered only for "
        "adolescents aged 14 or older, for a list of serious offences and for a maximum of five "
        "years, and that pretrial detention of adolescents could not exceed five months. She "
        "noted that the number of adolescents in internment had fallen by two thirds since the "
        "Act entered into force.",
    ),
    (
        "p",
        "Tomasz Wróblewski (Poland), speaking as an expert, described the law on the support "
        "and rehabilitation of juveniles, which had entered into force in 2022, and the network "
        "of youth educational centres and correctional institutions of his country. He stressed "
        "that reintegration had to begin on the first day of a custodial measure, and reported "
        "that a mentoring programme run with non-governmental organizations had supported 640 "
        "young people after their release in 2024.",
    ),
    (
        "p",
        "Andrea Campbell-Whyte (Jamaica) drew attention to the situation of girls, who were a "
        "small minority of children deprived of liberty and were therefore often held in "
        "facilities designed for boys or for adult women, without female staff or services "
        "adapted to their needs. She reported that most of the girls in custody in her country "
        "had themselves been victims of abuse before they came into conflict with the law.",
    ),
    (
        "p",
        "Daniela Jiménez Solís (Costa Rica) described a programme under which adolescents "
        "serving custodial measures continued their schooling with teachers of the public "
        "education system and could sit national examinations, and reported that 85 adolescents "
        "had completed secondary education in custody since 2021.",
    ),
    (
        "p",
        "Several experts called for an absolute prohibition of solitary confinement of children "
        "and noted the high prevalence of mental health conditions among children deprived of "
        "liberty. Many of the practices described in paragraphs 29 to 34 above were cited as "
        "showing that the number of children in custody could be reduced substantially without "
        "any increase in crime.",
    ),
    ("h2", "D.\tData, monitoring and the participation of children (agenda item 7)"),
    (
        "p",
        "The observer for the Inter-American Children's Institute reported that only eleven of "
        "the thirty-five member States of the Organization of American States published annual "
        "data on children in conflict with the law disaggregated by age and sex, and that even "
        "fewer published data on diversion. Without such data, States could not know whether "
        "diversion was used fairly or whether some groups of children were more likely than "
        "others to be detained.",
    ),
    (
        "p",
        "The observer for the International Juvenile Justice Observatory presented a set of "
        "fifteen indicators for monitoring child justice systems, including the rate of "
        "diversion, the average length of pretrial detention and the share of children "
        "re-offending within two years, and invited the experts to test them in their "
        "countries.",
    ),
    (
        "p",
        "At a dedicated session held on 15 October 2025, twelve young people from Argentina "
        "and Uruguay who had been in conflict with the law addressed the experts. They said "
        "that what had helped them most was being listened to, having an adult they could "
        "trust and not being labelled as offenders, and they described being held in police "
        "stations alongside adults and being questioned without a lawyer or a parent present.",
    ),
    (
        "p",
        "Several experts stressed that children should be involved in the design and "
        "evaluation of diversion and restorative justice programmes, and that the views of the "
        "young people heard at the meeting should be reflected in its recommendations.",
    ),
    ("h1", "III.\tConclusions and recommendations"),
    (
        "p",
        "The experts concluded that diversion and restorative justice, when used with "
        "appropriate safeguards, held children accountable, met the needs of victims and "
        "reduced re-offending more effectively than deprivation of liberty, at a lower cost to "
        "society, and that they should be the normal response to most offences committed by "
        "children.",
    ),
    (
        "p",
        "The experts recommended that Member States:",
        {
            "items": [
                "Set the minimum age of criminal responsibility at not less than 14 years, in "
                "line with general comment No. 24 (2019) of the Committee on the Rights of the "
                "Child, and refrain from lowering it;",
                "Provide in law for diversion at all stages of proceedings, from first contact "
                "with the police to trial, with clear criteria, and ensure that diversion is "
                "voluntary, subject to the informed consent of the child, with access to legal "
                "assistance, and that it does not result in a criminal record;",
                (
                    "Establish restorative justice programmes for children, in particular by:",
                    [
                        "Ensuring that participation is voluntary for both the child and the "
                        "victim, and that victims are prepared and supported;",
                        "Training and accrediting mediators, facilitators and youth justice "
                        "coordinators;",
                        "Ensuring that admissions made in a restorative process cannot be used "
                        "as evidence in subsequent judicial proceedings;",
                    ],
                ),
                "Decriminalize status offences, such as begging, loitering, truancy and running "
                "away from home, and respond to such conduct through child protection "
                "services;",
                "Create specialized units for children within the police, prosecution services "
                "and courts, and train police officers in diversion and child-friendly "
                "procedures;",
                "Use deprivation of liberty only as a measure of last resort and for the "
                "shortest appropriate period of time, set a maximum duration for pretrial "
                "detention, and never hold children together with adults;",
                (
                    "Prohibit solitary confinement of children and other disciplinary measures "
                    "that harm their physical or mental health, and ensure that:",
                    [
                        "Children deprived of liberty continue their education and have access "
                        "to health care, including mental health care;",
                        "Girls are held in facilities separate from boys, with female staff and "
                        "services adapted to their needs;",
                    ],
                ),
                "Provide reintegration support, including education, vocational training and "
                "mentoring, from the first day of a custodial measure and for at least one "
                "year after release;",
                "Collect and publish annually data on children in conflict with the law, "
                "disaggregated by age, sex, disability, type of offence and measure imposed, "
                "including on diversion and on children deprived of liberty;",
                "Involve children, including children with experience of the justice system, in "
                "the design and evaluation of diversion and restorative justice programmes.",
            ]
        },
    ),
    (
        "p",
        "The experts requested UNODC and UNICEF:",
        {
            "items": [
                "To develop jointly a practical handbook on diversion and restorative justice "
                "for children, for use by police officers, prosecutors, judges and social "
                "workers;",
                "To support States in establishing national systems for collecting data on "
                "children in conflict with the law, drawing on the indicators presented at the "
                "meeting;",
                "To bring the conclusions and recommendations of the meeting to the attention "
                "of the Fifteenth United Nations Congress on Crime Prevention and Criminal "
                "Justice.",
            ]
        },
    ),
    (
        "p",
        "Several experts proposed that a follow-up meeting be convened in 2027 to review the "
        "progress made in implementing the recommendations, with the participation of young "
        "people.",
    ),
    ("h1", "IV.\tAdoption of the report"),
    (
        "p",
        "At its sixth session, on 16 October 2025, the meeting adopted the present report, on "
        "the basis of a draft introduced by the Rapporteur, Inês Carvalho Simões (Portugal).",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Uruguay for hosting the "
        "meeting, the Government of Spain for its financial support and the young people for "
        "their courage in sharing their experiences.",
    ),
]

FIXED_TIME = (2025, 10, 31, 9, 0, 0)


def _check_table() -> None:
    """Diverted never exceeds recorded; the share is the rounded percentage."""
    for row in ANNEX_TABLE[1:]:
        recorded, diverted, share, _held = (int(v.replace(",", "")) for v in row[1:])
        assert diverted <= recorded, row
        assert round(100 * diverted / recorded) == share, row


def build() -> Document:
    _check_table()
    doc = Document()

    base_styles(doc)
    for name in ("Heading 1", "Heading 2"):
        st = doc.styles[name]
        st.font.name = "Times New Roman"
        st.font.color.rgb = None
        st.font.size = Pt(14 if name == "Heading 1" else 12)
        st.paragraph_format.left_indent = Twips(1134)
        st.paragraph_format.first_line_indent = Twips(-567)

    add_numbering_definition(doc, "5A1C9E07")

    core_properties(
        doc,
        title=TITLE,
        subject=SYMBOL,
        comments=DISCLAIMER,
        created=FIXED_TIME,
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
            for line in extra.get("lines", []):
                lp = doc.add_paragraph(line, style="SingleTxtG")
                lp.paragraph_format.left_indent = Twips(1701)
                lp.paragraph_format.space_after = Pt(0)
                lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
                lp.paragraph_format.tab_stops.add_tab_stop(Twips(3402))
            for sub in extra.get("items", []):
                sub_text, nested = (sub, []) if isinstance(sub, str) else sub
                sp = doc.add_paragraph(sub_text, style="SingleTxtG")
                set_num(sp, 1)
                for nest in nested:
                    np_ = doc.add_paragraph(nest, style="SingleTxtG")
                    set_num(np_, 2)
        else:  # pragma: no cover
            raise ValueError(kind)

    # annex
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(ANNEX_HEADING, level=1)
    doc.add_heading(ANNEX_SUBTITLE, level=2)
    tbl = doc.add_table(rows=len(ANNEX_TABLE), cols=len(ANNEX_TABLE[0]))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(ANNEX_TABLE):
        for j, val in enumerate(row):
            cell_p = tbl.cell(i, j).paragraphs[0]
            run = cell_p.add_run(val)
            run.bold = i == 0
            run.font.size = Pt(9)
            if i > 0 and j > 0:
                cell_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark_header_row(tbl.rows[0])
    return doc


def main() -> None:
    save_docx(build(), OUT, FIXED_TIME)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
