"""Generate the synthetic test PDF synthetic-femicide-egm.pdf (next to this script).

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on preventing and
responding to gender-related killings of women and girls (femicide/feminicide), held in
Bogotá in preparation for the Fifteenth United Nations Congress on Crime Prevention and
Criminal Justice, laid out like a United Nations ODS PDF report (fpdf2):

  * masthead with the symbol, distribution block and job number (helper _un_pdf.py);
  * running headers with the symbol and footers with "n/N" and the job number, alternating
    left/right from page 2 on;
  * paragraph numbers in their own left column with the text in a hanging indent;
  * officer lines and agenda lines inside a paragraph;
  * lettered sub-items (a)-(h) in the recommendations, with nested (i)-(iii) levels;
  * superscript footnote marks, footnote text at the foot of the page under a short rule;
  * paragraphs that continue on the next page (natural flow);
  * an annex on a new page ("Annex" / "List of documents") with a ruled two-column table
    whose title cells wrap.

Names with accents are set in Liberation Serif (TrueType). No word is hyphenated at a line
end (lines break at spaces only). The output is deterministic (fixed creation date).

The same data also writes the expected units, synthetic-femicide-egm.json, so that the
document and its units cannot drift.

Run:  .venv/bin/python eval/gold/sources/ make_synthetic_femicide_egm_pdf.py
It is not a United Nations document.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _un_pdf  # noqa: E402

DOC_ID = "synthetic-femicide-egm"
OUT = HERE.parents[2] / "eval" / "gold" / "docs" / f"{DOC_ID}.pdf"
UNITS_OUT = HERE.parents[2] / "eval" / "gold" / "expected" / f"{DOC_ID}.json"

FONTS = _un_pdf.liberation()

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.21/2025/1"
ISSUE_DATE = "6 June 2025"
JOB_NUMBER = "V.25-07841"
CONGRESS = ["Fifteenth United Nations Congress on", "Crime Prevention and Criminal Justice"]
TITLE = (
    "Report of the Expert Group Meeting on Preventing and Responding to Gender-Related "
    "Killings of Women and Girls (Femicide/Feminicide)"
)
PLACE_DATES = "Bogot\u00e1, 12\u201314 May 2025"

FOOTNOTES = {
    "1": (
        "Inter-American Convention on the Prevention, Punishment and Eradication of Violence "
        "against Women, adopted at Bel\u00e9m do Par\u00e1, Brazil, on 9 June 1994."
    ),
    "2": (
        "UNODC and UN-Women, Statistical Framework for Measuring the Gender-Related Killings "
        "of Women and Girls (also referred to as \u201cfemicide/feminicide\u201d) (Vienna, "
        "2022), endorsed by the Statistical Commission at its fifty-third session."
    ),
}

# Body items, as _un_pdf.draw_body reads them.
BODY: list[tuple] = [
    ("h1", "I.", "Introduction"),
    (
        "p",
        "1",
        "The Expert Group Meeting on Preventing and Responding to Gender-Related Killings of "
        "Women and Girls (Femicide/Feminicide) was held in Bogot\u00e1 from 12 to 14 May 2025, "
        "as part of the preparations for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice. It was organized by the United Nations Office on "
        "Drugs and Crime (UNODC) in cooperation with the United Nations Entity for Gender "
        "Equality and the Empowerment of Women (UN-Women), and was hosted by the Government "
        "of Colombia at the premises of the Ministry of Justice and Law. Interpretation was "
        "provided in English and Spanish.",
    ),
    (
        "p",
        "2",
        "The meeting was convened in the light of General Assembly resolution 68/191 on "
        "taking action against gender-related killings of women and girls and subsequent "
        "resolutions on the same subject. Its purpose was to review the effectiveness of "
        "criminal justice responses to such killings, to identify good practices in "
        "prevention, investigation, prosecution and support for victims\u2019 families, and "
        "to formulate recommendations for the consideration of the Congress.",
    ),
    ("h1", "II.", "Organization of the meeting"),
    ("h2", "A.", "Opening of the meeting"),
    (
        "p",
        "3",
        "The meeting was opened by H\u00e9l\u00e8ne Dufresne-Martel, Chief of the Justice "
        "Section of UNODC, on behalf of the Executive Director. She described gender-related "
        "killings as the most extreme manifestation of violence against women and girls and, "
        "in most cases, the culmination of a continuum of violence that had begun long "
        "before the killing. Because many victims had sought help from the police, health "
        "services or their communities before they died, most of those killings could have "
        "been prevented.",
    ),
    (
        "p",
        "4",
        "Carolina \u00c1vila Mendoza, Regional Director of UN-Women for the Americas and the "
        "Caribbean, observed that progress in legislation had not been matched by progress "
        "on the ground. Eighteen countries of Latin America had made femicide or feminicide "
        "a specific offence or an aggravating circumstance, yet impunity remained the rule "
        "rather than the exception. She urged Governments to fund the laws they had adopted, "
        "noting that \u201claws without budgets are promises without consequences\u201d.",
    ),
    (
        "p",
        "5",
        "Juan Sebasti\u00e1n Ortiz Pe\u00f1a, Vice-Minister for Criminal Policy and Restorative "
        "Justice of Colombia, welcomed participants to Bogot\u00e1. He recalled that Colombia "
        "had made feminicide an autonomous offence in 2015, punishable by between 250 and 500 "
        "months of imprisonment, and announced that a national early-warning system linking "
        "the police, the Office of the Attorney General and the forensic medicine service "
        "would be launched in the second half of 2025.",
    ),
    ("h2", "B.", "Attendance"),
    (
        "p",
        "6",
        "The meeting was attended by 27 experts from 16 States, who participated in their "
        "personal capacity. Presentations were made by experts from Argentina, Brazil, "
        "Colombia, C\u00f4te d\u2019Ivoire, Guatemala, Italy, Mexico, Spain and T\u00fcrkiye. "
        "Staff of UNODC and UN-Women from headquarters and from the field offices in "
        "Colombia, Mexico and Panama also took part.",
    ),
    (
        "p",
        "7",
        "The following organizations were represented by observers: the Office of the United "
        "Nations High Commissioner for Human Rights (OHCHR), the Economic Commission for Latin "
        "America and the Caribbean (ECLAC), the Follow-up Mechanism to the Bel\u00e9m do "
        "Par\u00e1 Convention (MESECVI){1} and the International Association of Women Judges. "
        "Two non-governmental organizations, the Red Andina de Defensoras de Derechos Humanos "
        "and Fundaci\u00f3n Huellas de \u00c1mbar, and three academic institutions also sent "
        "observers.",
    ),
    ("h2", "C.", "Election of officers"),
    (
        "p",
        "8",
        "At its opening session, on 12 May 2025, the meeting elected the following officers "
        "by acclamation:",
    ),
    ("line", "Chair:", "Ximena Ib\u00e1\u00f1ez Calder\u00f3n (Mexico)"),
    ("line", "Vice-Chair:", "\u015eebnem G\u00fcleryüz Aksoy (T\u00fcrkiye)"),
    ("line", "Vice-Chair:", "Aya Prisca Kouassi-N\u2019Guessan (C\u00f4te d\u2019Ivoire)"),
    ("line", "Rapporteur:", "Bego\u00f1a \u00cd\u00f1iguez Lozano (Spain)"),
    ("h2", "D.", "Adoption of the agenda and organization of work"),
    ("p", "9", "Also at its opening session, the meeting adopted the following agenda:"),
    ("line", "1.", "Opening of the meeting."),
    ("line", "2.", "Election of officers."),
    ("line", "3.", "Adoption of the agenda and organization of work."),
    (
        "line",
        "4.",
        "Scale, patterns and measurement of gender-related killings of women and girls.",
    ),
    ("line", "5.", "Prevention: risk assessment, protection orders and early intervention."),
    ("line", "6.", "Investigation, prosecution and adjudication."),
    ("line", "7.", "Support and reparation for the families of victims."),
    ("line", "8.", "Recommendations to the Fifteenth Congress."),
    ("line", "9.", "Adoption of the report."),
    (
        "p",
        "10",
        "The meeting held its deliberations in plenary, except on the morning of 13 May 2025, "
        "when participants met in three working groups on policing and prosecution, on data "
        "and observatories, and on support for families. On the afternoon of the same day, "
        "participants visited an integrated care centre for women victims of violence in the "
        "Kennedy district of Bogot\u00e1, where police officers, prosecutors, forensic "
        "doctors and psychologists work under one roof.",
    ),
    ("h2", "E.", "Documentation"),
    (
        "p",
        "11",
        "The meeting had before it a background paper prepared by the Secretariat and a "
        "compilation of national practices on risk assessment and protection orders "
        "submitted by experts. The documents before the meeting are listed in the annex to "
        "the present report.",
    ),
    ("h1", "III.", "Summary of deliberations"),
    ("h2", "A.", "Scale and patterns of gender-related killings"),
    (
        "p",
        "12",
        "Tom\u00e1s Villaverde Ruiz, of the Research and Trend Analysis Branch of UNODC, "
        "presented the latest global estimates. In 2023, some 85,000 women and girls had "
        "been killed intentionally worldwide. Nearly six in ten of them, about 51,100, had "
        "been killed by an intimate partner or another family member. That meant that some "
        "140 women and girls were killed every day by someone in their own family, or one "
        "every ten minutes. By comparison, only 12 per cent of male homicide victims had been "
        "killed by an intimate partner or a family member.",
    ),
    (
        "p",
        "13",
        "He cautioned that the figures were conservative. For roughly four in ten female "
        "homicides recorded worldwide, the available information did not make it possible "
        "to establish the relationship between victim and perpetrator, and therefore to "
        "determine whether the killing was gender-related. The number of intimate partner "
        "and family-related killings of women had not fallen over the previous decade in any "
        "region, in contrast with the slow decline of homicide overall.",
    ),
    (
        "p",
        "14",
        "The Chair, speaking in her capacity as expert from Mexico, said that killings of "
        "women in her country took place in both the private and the public sphere. While "
        "most women killed at home were killed by partners or former partners, a growing "
        "share of the killings in public spaces were linked to organized criminal groups, "
        "which used violence against women to punish, intimidate or control communities. "
        "Such killings were rarely recorded as feminicides, even when the body showed signs "
        "of sexual violence or mutilation.",
    ),
    (
        "p",
        "15",
        "\u015eebnem G\u00fcleryüz Aksoy (T\u00fcrkiye) stressed that separation was the most "
        "dangerous period for a woman living with a violent partner. In more than half of the "
        "cases reviewed by the women\u2019s platform she coordinated, the woman had announced "
        "or initiated a separation or divorce in the three months before she was killed. She "
        "called for risk to be reassessed automatically whenever a woman sought to leave a "
        "violent relationship.",
    ),
    (
        "p",
        "16",
        "Aya Prisca Kouassi-N\u2019Guessan (C\u00f4te d\u2019Ivoire) pointed out that in many "
        "African countries killings of women went unrecorded, in particular in rural areas, "
        "where deaths were often certified without an autopsy and buried within a day. She "
        "drew attention to killings of older women accused of witchcraft and to killings "
        "of widows arising from disputes over the inheritance of land, which were seldom "
        "treated as gender-related by the authorities.",
    ),
    (
        "p",
        "17",
        "Experts agreed that a killing was rarely the first act of violence. Reviews of case "
        "files presented at the meeting showed that many victims had experienced threats, "
        "stalking, control and physical violence for months or years before they were "
        "killed, and that the signs had often been visible to institutions that did not "
        "share information with one another.",
    ),
    ("h2", "B.", "Prevention: risk assessment and protection orders"),
    (
        "p",
        "18",
        "The Rapporteur, Bego\u00f1a \u00cd\u00f1iguez Lozano (Spain), presented the system for "
        "the comprehensive monitoring of cases of gender-based violence that Spain had "
        "operated since 2007. Police officers completed a standardized risk-assessment form "
        "when a complaint was filed and classified the risk as negligible, low, medium, high "
        "or extreme; each level triggered specific protective measures, and the assessment "
        "was repeated periodically and after any new incident. At any given time, more than "
        "90,000 active cases were being monitored.",
    ),
    (
        "p",
        "19",
        "She noted, however, that a third of the women killed in Spain over the previous "
        "decade had filed a complaint before their death, which showed both the value and "
        "the limits of risk assessment. In her view, a tool was only as good as the response "
        "that followed it, and risk levels had to be reviewed by trained staff rather than "
        "left to the software.",
    ),
    (
        "p",
        "20",
        "Andr\u00e9s Felipe Qui\u00f1ones R\u00faa (Colombia) described a 20-question "
        "risk-assessment instrument developed by the National Police with the National "
        "Institute of Legal Medicine and Forensic Sciences for officers responding to calls "
        "about domestic violence. He warned that imported tools had to be validated against "
        "local case data. Among the strongest predictors identified in Colombia were threats "
        "with a weapon, escalating frequency of violence and non-fatal strangulation, which "
        "multiplied the risk of being killed by seven.",
    ),
    (
        "p",
        "21",
        "Maria da Concei\u00e7\u00e3o Ara\u00fajo Lins (Brazil) explained that, under the "
        "Maria da Penha Law, a judge must decide on a request for urgent protective measures "
        "within 48 hours and that the breach of such a measure is itself a criminal offence. "
        "In her state, the electronic monitoring of aggressors had been combined with a "
        "panic button for the woman, and no woman protected by both measures had been killed "
        "in the previous three years.",
    ),
    (
        "p",
        "22",
        "Several experts observed that protection orders often failed because they were not "
        "served on the aggressor, were not monitored or lapsed without review. Orders issued "
        "in one jurisdiction were frequently not enforced in another, including across "
        "borders, which left women who moved to escape violence without protection. Experts "
        "also stressed that protection orders should require the surrender of firearms and "
        "the suspension of firearm licences.",
    ),
    (
        "p",
        "23",
        "Lorenzo Bellandi (Italy) reported that, since 2019, Italian prosecutors had been "
        "required to hear the victim within three days of the registration of a complaint of "
        "domestic or gender-based violence. He said that the rule had shortened the time "
        "taken to obtain protective measures but had also increased the workload of "
        "prosecution offices, which had not received additional staff.",
    ),
    ("h2", "C.", "Role of the police, prosecutors and the judiciary"),
    (
        "p",
        "24",
        "The Chair explained that in Mexico every violent death of a woman must be "
        "investigated from the outset as a possible feminicide, in line with the Latin "
        "American Model Protocol for the investigation of gender-related killings of women, "
        "published by OHCHR and UN-Women in 2014. Where the investigation showed that the "
        "killing was not gender-related, the prosecutor must record the reasons. Since "
        "specialized feminicide units had been established in the offices of the prosecutors "
        "of the states, the share of feminicide cases ending in a conviction had risen from "
        "14 to 31 per cent.",
    ),
    (
        "p",
        "25",
        "Rosa Elvira Tzul Batz (Guatemala) described the specialized courts for femicide and "
        "other forms of violence against women that Guatemala had established in 2010, which "
        "now operated in 14 of the country\u2019s 22 departments. Cases heard by those courts "
        "were resolved in about half the time taken by the ordinary courts, and the families "
        "of victims reported greater confidence in the proceedings.",
    ),
    (
        "p",
        "26",
        "Mr. Qui\u00f1ones R\u00faa emphasized the importance of the first hours after a "
        "killing. First responders had to preserve the scene, document injuries and collect "
        "evidence of previous violence, such as earlier complaints, messages and the "
        "testimony of neighbours, before it was lost. He added that statements from women "
        "reporting violence should be taken in private rooms and, where the woman so wished, "
        "by a female officer.",
    ),
    (
        "p",
        "27",
        "Experts expressed concern that, in several legal systems, defences based on "
        "jealousy, an \u201cemotional outburst\u201d or provocation by the victim continued to "
        "reduce sentences for men who killed their partners. They called for such "
        "mitigating circumstances to be excluded by law in cases of violence against women, "
        "and for prosecutors to challenge any attempt to put the victim\u2019s conduct on "
        "trial.",
    ),
    (
        "p",
        "28",
        "On the training of judges, Ms. Ara\u00fajo Lins reported that since 2023 all judges "
        "in Brazil had been required to apply the protocol for judging with a gender "
        "perspective adopted by the National Council of Justice, and that more than 18,000 "
        "judges and court staff had completed the related online course. The observer for "
        "the International Association of Women Judges cautioned that one-off courses had "
        "little lasting effect, and that training should be continuous, practical and "
        "delivered by judges to judges.",
    ),
    (
        "p",
        "29",
        "Several experts described multi-agency reviews of femicide cases, carried out after "
        "the criminal proceedings had ended, to identify the missed opportunities to protect "
        "the victim. Ms. \u00cd\u00f1iguez Lozano said that such reviews should not seek to "
        "assign individual blame but to correct the procedures of the institutions "
        "concerned.",
    ),
    ("h2", "D.", "Data collection and femicide observatories"),
    (
        "p",
        "30",
        "Mr. Villaverde Ruiz presented the statistical framework for measuring the "
        "gender-related killings of women and girls developed by UNODC and UN-Women.{2} Under "
        "the framework, all intentional killings of women and girls by intimate partners "
        "and family members are counted as gender-related, as are killings by other "
        "perpetrators that show at least one of eight characteristics, such as prior sexual "
        "violence, the mutilation of the body or the disposal of the body in a public place. "
        "He noted that 11 countries had started to apply the framework in their national "
        "statistics.",
    ),
    (
        "p",
        "31",
        "Luc\u00eda Beatriz Ferreyra (Argentina) presented the national register of femicides "
        "kept by the judiciary since 2015, which cross-checked court files with police data "
        "and media reports and published an annual report every June. In 2024, the register "
        "had recorded 247 direct victims of femicide and 19 \u201clinked\u201d femicides, "
        "in which persons had been killed in order to punish or harm a woman. It had also "
        "found that 239 children and adolescents had lost their mother to femicide that "
        "year.",
    ),
    (
        "p",
        "32",
        "The observer for ECLAC reported that, according to official data compiled by the "
        "Gender Equality Observatory for Latin America and the Caribbean, at least 3,897 "
        "women had been victims of femicide or feminicide in 27 countries of the region in "
        "2023, which meant that at least 11 women were killed every day because of their "
        "gender. She stressed that the figures were not fully comparable, because national "
        "definitions differed.",
    ),
    (
        "p",
        "33",
        "Ms. G\u00fcleryüz Aksoy noted that counts kept by civil society observatories, "
        "often based on media monitoring, frequently exceeded the official statistics by a "
        "fifth or more. Rather than competing, official and independent observatories "
        "should publish their methods and reconcile their figures. The observer for "
        "Fundaci\u00f3n Huellas de \u00c1mbar added that civil society observatories often "
        "operated without stable funding and that their staff faced harassment.",
    ),
    (
        "p",
        "34",
        "Experts agreed that data on the ethnicity, disability and migration status of "
        "victims were rarely collected, which made some groups of women invisible. They "
        "called for police, prosecution and court records to be linked through a unique "
        "case identifier, so that each killing could be followed from the first report to "
        "the final judgment.",
    ),
    ("h2", "E.", "Women and girls facing multiple forms of discrimination"),
    (
        "p",
        "35",
        "Ms. Tzul Batz said that indigenous women faced the greatest obstacles in gaining "
        "access to justice. Courts were often hours away from their communities, and "
        "interpreters for the 22 Mayan languages spoken in Guatemala were scarce: in nearly "
        "half of the proceedings involving indigenous victims that she had reviewed, the "
        "families had received no interpretation. She called for coordination between "
        "indigenous authorities and the State justice system and for culturally appropriate "
        "support services.",
    ),
    (
        "p",
        "36",
        "The observer for MESECVI added that disappearances of indigenous and "
        "Afrodescendant women and girls were often not investigated promptly because the "
        "authorities assumed that the women had left voluntarily. She recalled that a search "
        "should begin immediately, without any waiting period, whenever a woman or girl was "
        "reported missing.",
    ),
    (
        "p",
        "37",
        "Ms. G\u00fcleryüz Aksoy stated that migrant and refugee women were among the least "
        "protected. Where a woman\u2019s residence permit depended on her husband, reporting "
        "violence could mean losing her right to stay, and many women feared that contact "
        "with the police would lead to their deportation. She called for a clear separation "
        "between support services and immigration enforcement, and for independent "
        "residence permits for women who experienced violence.",
    ),
    (
        "p",
        "38",
        "The observer for the Red Andina de Defensoras de Derechos Humanos reported that her "
        "network had documented 37 killings of women human rights defenders in 2024 in "
        "five countries, most of them indigenous leaders and defenders of land and the "
        "environment. In most of those cases, the killing had been preceded by smear "
        "campaigns, threats and surveillance, and fewer than one in five cases had led to "
        "a prosecution.",
    ),
    (
        "p",
        "39",
        "The observer for OHCHR stressed that protection mechanisms for human rights "
        "defenders should take into account the specific risks faced by women defenders, "
        "including threats against their children, and should offer collective protection "
        "measures for the organizations and communities to which the defenders belonged.",
    ),
    ("h2", "F.", "Online abuse and technology-facilitated violence"),
    (
        "p",
        "40",
        "Mr. Bellandi presented a review of 120 femicide case files from Italy, which found "
        "that in nearly four in ten cases the perpetrator had stalked, threatened or "
        "controlled the victim through digital means in the months before the killing, "
        "including through tracking applications, spyware installed on the victim\u2019s "
        "telephone and threatening messages. He described online abuse as a precursor that "
        "was rarely taken into account in risk assessment.",
    ),
    (
        "p",
        "41",
        "The Chair recalled that Mexico had recognized digital violence in its legislation "
        "in 2021, and Mr. Qui\u00f1ones R\u00faa reported that the Colombian risk-assessment "
        "instrument had been amended to include questions on digital surveillance and on "
        "the sharing of intimate images without consent.",
    ),
    (
        "p",
        "42",
        "Experts noted that obtaining electronic evidence from service providers located "
        "abroad often took more than six months, which was far too long when a woman\u2019s "
        "life was at risk. They called for expedited procedures for the preservation and "
        "disclosure of data in cases involving a threat to life.",
    ),
    ("h2", "G.", "Support and reparation for the families of victims"),
    (
        "p",
        "43",
        "Ms. Ara\u00fajo Lins reported that Brazil had established in 2023 a special pension "
        "for children and adolescents orphaned by feminicide, equal to one monthly minimum "
        "wage and paid until the age of 18, provided that the family\u2019s income per "
        "person did not exceed a quarter of the minimum wage.",
    ),
    (
        "p",
        "44",
        "Ms. Ferreyra described the economic reparation scheme established in Argentina in "
        "2018 for the children of women killed by gender-based violence, which paid each "
        "child a monthly amount equal to the minimum retirement pension until the age of 21, "
        "with no age limit for persons with disabilities. As at December 2024, some 1,200 "
        "children and adolescents had received the benefit.",
    ),
    (
        "p",
        "45",
        "Experts observed that children left orphaned by femicide were often cared for by "
        "grandmothers with limited means, and that State compensation could take years to "
        "arrive: one family from Guatemala had waited five years for compensation ordered "
        "by a court. They agreed that the parental authority of the perpetrator over the "
        "children should be suspended as soon as he was charged.",
    ),
    (
        "p",
        "46",
        "Several experts stressed that the families of victims were victims in their own "
        "right and should be entitled to participate in the proceedings, to be informed of "
        "their progress and to receive free legal aid and psychosocial support. Ms. Tzul "
        "Batz noted that in Guatemala relatives could join the proceedings as a civil party "
        "and claim reparation from the offender.",
    ),
    ("h1", "IV.", "Recommendations"),
    (
        "p",
        "47",
        "The meeting adopted the following recommendations for the consideration of the "
        "Fifteenth Congress. Member States should:",
    ),
    (
        "sub",
        "a",
        "Ensure that every violent death of a woman or girl is investigated from the outset "
        "as a possible gender-related killing, and exclude by law mitigating circumstances "
        "based on jealousy, emotional outburst or provocation by the victim;",
    ),
    (
        "sub",
        "b",
        "Adopt risk assessment tools that are validated against national case data, in "
        "particular by:",
    ),
    (
        "subsub",
        "i",
        "Applying a standardized instrument at the first contact of a woman with the police "
        "or other services;",
    ),
    (
        "subsub",
        "ii",
        "Including questions on non-fatal strangulation, access to firearms and digital "
        "surveillance;",
    ),
    (
        "subsub",
        "iii",
        "Reassessing the risk whenever the woman separates from the aggressor, the aggressor "
        "is released from custody or a protection order is breached;",
    ),
    (
        "sub",
        "c",
        "Ensure that protection orders are issued promptly, served on the aggressor, "
        "monitored and enforced, including through electronic monitoring and the surrender "
        "of firearms, and that they are recognized in other jurisdictions;",
    ),
    (
        "sub",
        "d",
        "Establish specialized police units, prosecution services and courts, and provide "
        "continuous training to police officers, prosecutors and judges on gender "
        "stereotypes and on the investigation of gender-related killings;",
    ),
    (
        "sub",
        "e",
        "Collect data on gender-related killings in line with the statistical framework "
        "developed by UNODC and UN-Women, disaggregated by age, ethnicity, disability and "
        "migration status, and support the work of official and civil society femicide "
        "observatories;",
    ),
    (
        "sub",
        "f",
        "Remove the barriers faced by indigenous, Afrodescendant and migrant women in "
        "gaining access to justice, including through interpretation and independent "
        "residence permits, and protect women human rights defenders from threats and "
        "attacks;",
    ),
    (
        "sub",
        "g",
        "Recognize online abuse and technology-facilitated violence as risk factors for "
        "gender-related killings and provide for the expedited disclosure of electronic "
        "evidence where a life is at risk;",
    ),
    (
        "sub",
        "h",
        "Provide reparation to the families of victims, in particular by:",
    ),
    (
        "subsub",
        "i",
        "Granting children left orphaned by femicide a pension or compensation paid by the "
        "State, without waiting for the offender to pay;",
    ),
    (
        "subsub",
        "ii",
        "Suspending the parental authority of the alleged perpetrator over the children of "
        "the victim;",
    ),
    (
        "subsub",
        "iii",
        "Offering free legal aid and psychosocial support to relatives.",
    ),
    (
        "p",
        "48",
        "The meeting further recommended that UNODC and UN-Women provide technical "
        "assistance to Member States in applying the statistical framework and in setting "
        "up multi-agency reviews of femicide cases, and compile good practices on risk "
        "assessment and protection orders, subject to the availability of extrabudgetary "
        "resources.",
    ),
    ("h1", "V.", "Adoption of the report and closure of the meeting"),
    (
        "p",
        "49",
        "At its closing session, on 14 May 2025, the meeting adopted the present report, as "
        "orally amended, on the basis of a draft introduced by the Rapporteur.",
    ),
    (
        "p",
        "50",
        "In her closing remarks, the Chair thanked the Government of Colombia for its "
        "hospitality, the Government of Spain for its financial support and UNODC and "
        "UN-Women for organizing the meeting. She noted the proposal of several experts to "
        "present the outcome of the meeting at a special event during the Congress, and "
        "invited the Secretariat to consider it.",
    ),
    (
        "p",
        "51",
        "The Chair declared the meeting closed on 14 May 2025 at 5.30 p.m., after a minute "
        "of silence in memory of the women and girls killed because of their gender.",
    ),
]

ANNEX_HEADING = "Annex"
ANNEX_SUBTITLE = "List of documents"
ANNEX_TABLE = [
    ("Symbol", "Title"),
    ("UNODC/CCPCJ/EG.21/2025/L.1", "Provisional agenda and annotations"),
    ("UNODC/CCPCJ/EG.21/2025/INF/1", "Information for participants"),
    (
        "UNODC/CCPCJ/EG.21/2025/CRP.1",
        "Background paper prepared by the Secretariat on preventing and responding to "
        "gender-related killings of women and girls",
    ),
    (
        "UNODC/CCPCJ/EG.21/2025/CRP.2",
        "Compilation of national practices on risk assessment and protection orders, "
        "submitted by experts",
    ),
    (
        "UNODC/CCPCJ/EG.21/2025/CRP.3",
        "Note by the Secretariat on the application of the statistical framework for "
        "measuring the gender-related killings of women and girls",
    ),
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
RIGHT = 170.0
FONT_SIZE = 10.0
LEAD = 4.75
PARA_GAP = 2.2
ANNEX_COL2 = TEXT_X + 56.0


class UNReport(_un_pdf.UNReport):
    symbol = SYMBOL
    job_number = JOB_NUMBER
    left = LEFT
    right = RIGHT


_wrap = _un_pdf.wrap
_GEOMETRY = _un_pdf.Geometry.of(globals())


def render(total_pages: int) -> tuple[UNReport, _un_pdf.Layout]:
    pdf = _un_pdf.open_report(
        UNReport, TITLE, Path(__file__).name, _dt.date(2025, 6, 6), FONTS, total_pages
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

    y = _un_pdf.draw_body(pdf, lay, BODY, _GEOMETRY, y)

    # annex, on a new page
    y = lay.new_page()
    pdf.set_font("Serif", "B", 11)
    pdf.text(LEFT, y, ANNEX_HEADING)
    y += LEAD + 3.0
    pdf.set_font("Serif", "B", 10)
    pdf.text(TEXT_X, y, ANNEX_SUBTITLE)
    y += LEAD + 5.0
    pdf.set_line_width(0.25)
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
        pdf.text(TEXT_X, y, row[0])
        cell_lines = _wrap(pdf, row[1], RIGHT - ANNEX_COL2)
        for k, (words, _) in enumerate(cell_lines):
            if k:
                y += LEAD
            pdf.text(ANNEX_COL2, y, " ".join(words))
        lay.record("annex.1", " | ".join(row))
        y += LEAD + 1.5
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
        _, num, text = item
        if kind == "line":
            u = by_id[last_para]
            u["text"] = f"{u['text']} {num} {text}"
            continue
        if kind == "p":
            uid = num
            last_para, last_sub = num, ""
        elif kind == "sub":
            uid = f"{last_para}({num})"
            last_sub = num
        else:
            uid = f"{last_para}({last_sub})({num})"
        marks = _un_pdf.MARK_RE.findall(text)
        u = {"id": uid, "text": plain(text)}
        if marks:
            u["footnotes"] = [FOOTNOTES[m] for m in marks]
        by_id[uid] = u
        out.append(u)
    for u in out:
        if "footnotes" in u:
            u["contains"] = [u.pop("text"), *u.pop("footnotes")]
    out.append({"id": "annex.1", "text": "\n".join(" | ".join(row) for row in ANNEX_TABLE)})
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
    print(f"wrote {UNITS_OUT}")
