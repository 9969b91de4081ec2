"""Generate eval/gold/docs/synthetic-organ-trafficking-egm.html and its expected units
eval/gold/expected/synthetic-organ-trafficking-egm.json.

SYNTHETIC TEST DOCUMENT: a fictional report of an expert group meeting on trafficking in
persons for the purpose of organ removal, held in Lisbon in June 2025. It is not a United
Nations document; the names of persons and of the non-governmental organization are
invented, and so are the figures.

Layout: a UN report exported as a web page, unlike synthetic-western-asia-rpm-web.html:

  * the synthetic-document line, then a <header> masthead of <p> lines (United Nations, the
    symbol, the issuing office, "Distr.: General" / date / "Original: English" joined by
    <br>), the <h1> title and the place and dates;
  * chapter headings as <h2> ("I. Introduction") and section headings as <h3> ("A. ...");
  * ALL paragraph numbers come from ordered lists: each section's paragraphs are one
    <ol start="N">, one <li> a paragraph, so no number is typed in the text;
  * lettered sub-items as a nested <ol type="a"> inside the paragraph's <li>, and one
    nested <ol type="i"> under 42(b);
  * officer lines after <br> inside one <p>, and typed agenda lines ("1. Opening ...") as
    <p> lines, both inside the <li> of the paragraph that introduces them;
  * one data table with a <thead> header row inside the <li> of paragraph 12, between the
    paragraph's text and a note that belongs to the same paragraph;
  * two footnotes: <sup><a href="#fn1">1</a></sup> references in paragraphs 1 and 12, the
    notes themselves at the end of the page, after the annex, as a word processor's web
    export puts them;
  * an annex with the list of participants: one <p> per State or organization, its name in
    <strong>, then each person after a <br>.

Portuguese, Spanish, Turkish, Vietnamese, Polish, Icelandic, Romanian, Irish, Danish and
French names (Conceição, Muñoz Ibáñez, Çağlar Doğan, Nguyễn Thị Thu Hằng, Wiśniewska-Kołodziej,
Guðrún Þórðardóttir, Țurcanu, Siobhán Ní Bhriain, Kjærgaard, Ouédraogo) and the States Côte
d'Ivoire, Türkiye and Viet Nam.

Written, with its 53 gold cases (ot-) and 3 topics (ott-) in eval/gold/test/, by a helper that
had not read the answerer's code, before the system was run on it.

Standard library only. Run:
  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_organ_trafficking_egm_html.py
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # leave no cache next to _expected.py

from _expected import expected_doc, numbered, unit, write_expected  # noqa: E402

DOC_ID = "synthetic-organ-trafficking-egm"
GOLD = Path(__file__).resolve().parents[1]
OUT = GOLD / "docs" / f"{DOC_ID}.html"
UNITS_OUT = GOLD / "expected" / f"{DOC_ID}.json"

NOTE = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.53/2025/1"
ISSUER = "United Nations Office on Drugs and Crime"
ISSUE_DATE = "7 July 2025"
ORIGINAL = "Original: English"
DISTR = "Distr.: General"
TITLE = (
    "Report of the Expert Group Meeting on Trafficking in Persons for the Purpose of Organ Removal"
)
PLACE_DATES = "Lisbon, 16\u201318 June 2025"

FOOTNOTES = {
    "1": "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and "
    "Children, supplementing the United Nations Convention against Transnational Organized "
    "Crime (United Nations, Treaty Series, vol. 2237, No. 39574).",
    "2": "Figures reported by Member States in reply to the questionnaire sent by UNODC in "
    "March 2025. The figures for 2024 are provisional.",
}
# A footnote mark is written "{n}" right after the word that carries it.
MARK_RE = re.compile(r"\{(\d+)\}")

OFFICERS = [
    "Chair: Rui Manuel Concei\u00e7\u00e3o Tavares (Portugal)",
    "Vice-Chairs: Nguy\u1ec5n Th\u1ecb Thu H\u1eb1ng (Viet Nam), "
    "Am\u00e9nan S\u00e9verine Kouassi-Ak\u00e9 (C\u00f4te d'Ivoire)",
    "Rapporteur: Gu\u00f0r\u00fan \u00de\u00f3r\u00f0ard\u00f3ttir (Iceland)",
]

AGENDA = [
    "1. Opening of the meeting.",
    "2. Election of officers.",
    "3. Adoption of the agenda and organization of work.",
    "4. Trends and patterns in trafficking in persons for the purpose of organ removal.",
    "5. Criminal justice responses: investigation, prosecution and international cooperation.",
    "6. The role of health professionals and transplant systems in prevention and detection.",
    "7. Protection and support of victims.",
    "8. Conclusions and recommendations.",
    "9. Adoption of the report.",
]

TABLE = [
    ["Country", "2022", "2023", "2024"],
    ["Egypt", "31", "44", "52"],
    ["India", "18", "27", "\u2014"],
    ["Nepal", "9", "14", "21"],
    ["Pakistan", "22", "19", "35"],
    ["T\u00fcrkiye", "\u2014", "6", "11"],
    ["Viet Nam", "4", "7", "9"],
]
TABLE_NOTE = (
    "A dash (\u2014) indicates that no figure was provided for that year. The Secretariat "
    "cautioned that the figures were not comparable between countries, since some States "
    "counted investigations and others counted victims."
)

# Body: ("h2", anchor, text) / ("h3", text) / ("p", text[, extras]); paragraphs are numbered
# in order by _expected.numbered. extras: lines=[...] with line_style "br" or "p",
# table=True, items=[text or (text, [subitems])].
BODY: list[tuple] = [
    ("h2", "chap-1", "I. Introduction"),
    (
        "p",
        "The Expert Group Meeting on Trafficking in Persons for the Purpose of Organ Removal "
        "was held in Lisbon from 16 to 18 June 2025. It was organized by the United Nations "
        "Office on Drugs and Crime (UNODC) and hosted by the Government of Portugal. Its "
        "purpose was to review trends in trafficking in persons for the purpose of organ "
        "removal, as defined in the Trafficking in Persons Protocol,{1} to exchange experience "
        "in investigating and prosecuting such cases and to identify good practices in the "
        "protection of victims.",
    ),
    (
        "p",
        "The Meeting held six sessions at the headquarters of the Portuguese Institute for "
        "Blood and Transplantation. The discussions were informed by a background paper "
        "prepared by the Secretariat and by the replies to a questionnaire that UNODC had sent "
        "to Member States in March 2025, to which twenty-three States had replied.",
    ),
    ("h2", "chap-2", "II. Organization of the meeting"),
    ("h3", "A. Opening of the meeting"),
    (
        "p",
        "The Meeting was opened on 16 June 2025 by Maria da Gra\u00e7a Loureiro, Secretary of "
        "State for Justice of Portugal, who recalled that Portugal had been among the first "
        "States to ratify the Council of Europe Convention against Trafficking in Human Organs "
        "and that the country's transplant system relied entirely on voluntary and unpaid "
        "donation.",
    ),
    (
        "p",
        "An opening statement was made by Doroth\u00e9e Lambert-Okafor, on behalf of UNODC, "
        "who noted that trafficking for the purpose of organ removal accounted for fewer than "
        "1 per cent of the victims of trafficking detected worldwide, but that the crime was "
        "believed to be heavily under-reported, because both the sellers and the buyers of "
        "organs had reasons to conceal it.",
    ),
    (
        "p",
        "The observer for the World Health Organization (WHO), H\u00e9l\u00e8ne "
        "Ou\u00e9draogo-Martin, also made an opening statement. She recalled that the demand "
        "for organs far exceeded the supply: according to WHO estimates, only about one in ten "
        "patients in need of a kidney transplant received one, and brokers offering organs for "
        "sale exploited that gap.",
    ),
    ("h3", "B. Election of officers"),
    (
        "p",
        "At its 1st session, on 16 June 2025, the Meeting elected the following officers by "
        "acclamation:",
        {"lines": OFFICERS, "line_style": "br"},
    ),
    ("h3", "C. Adoption of the agenda and organization of work"),
    (
        "p",
        "At the same session, the Meeting adopted the following agenda:",
        {"lines": AGENDA, "line_style": "p"},
    ),
    (
        "p",
        "The Meeting agreed that English would be its working language, with interpretation "
        "into French at the plenary sessions, and that the report would reflect the views "
        "expressed by the experts in their personal capacity.",
    ),
    ("h3", "D. Attendance"),
    (
        "p",
        "The Meeting was attended by twenty experts from the following sixteen States: Brazil, "
        "Costa Rica, C\u00f4te d'Ivoire, Egypt, Iceland, India, Nepal, Pakistan, Philippines, "
        "Poland, Portugal, Republic of Moldova, South Africa, Spain, T\u00fcrkiye and Viet Nam. "
        "The experts were nominated by their Governments and included prosecutors, police "
        "investigators, transplant physicians and officials of ministries of health.",
    ),
    (
        "p",
        "The following organizations were represented by observers: WHO, the Council of "
        "Europe, the International Criminal Police Organization (INTERPOL) and the "
        "non-governmental organization Organ Trade Watch. In total, 27 participants took part "
        "in the Meeting, including the members of the Secretariat; about a third of them "
        "followed the proceedings online. The list of participants is contained in the annex "
        "to the present report.",
    ),
    ("h2", "chap-3", "III. Summary of deliberations"),
    ("h3", "A. Trends and patterns in trafficking in persons for the purpose of organ removal"),
    (
        "p",
        "Under agenda item 4, statements were made by the experts from Brazil, Egypt, India, "
        "Nepal, Pakistan and T\u00fcrkiye and by the observer for Organ Trade Watch.",
    ),
    (
        "p",
        "The Secretariat presented the numbers of cases of trafficking in persons for the "
        "purpose of organ removal detected by national authorities in the six States that had "
        "provided figures for the period 2022\u20132024,{2} which are set out in the table "
        "below:",
        {"table": True},
    ),
    (
        "p",
        "The expert from Nepal, Sushila Adhikari, reported that brokers recruited men from "
        "poor rural districts with offers of work abroad and then took them to hospitals "
        "across the border, where a kidney was removed. Seven in ten of the victims identified "
        "in Nepal since 2020 had been men aged between 20 and 40 with large debts. Most of them "
        "had been promised about US$ 5,000 for a kidney but had received less than half of "
        "that sum.",
    ),
    (
        "p",
        "The expert from Egypt, Ahmed Samir Abdel-Rahman, said that migrants and refugees in "
        "transit were particularly exposed, since smugglers sometimes demanded a kidney in "
        "place of payment for the onward journey. Forty per cent of the victims identified in "
        "Egypt in 2024 had been foreign nationals, most of them from countries of the Horn of "
        "Africa.",
    ),
    (
        "p",
        "The expert from India, Priya Raghunathan, explained that the law of her country "
        "permitted donation by a living donor who was not a close relative of the recipient "
        "only with the approval of an authorization committee, and that brokers forged "
        "documents to present sellers as relatives or as friends acting out of affection. In "
        "one state alone, authorization committees had examined 1,250 applications for "
        "donation by unrelated living donors in 2024 and had rejected 96 of them on suspicion "
        "of payment.",
    ),
    (
        "p",
        "The expert from T\u00fcrkiye, Emre \u00c7a\u011flar Do\u011fan, described a network "
        "dismantled in 2023 that had brought donors from abroad to private clinics on tourist "
        "visas, with forged papers presenting them as relatives of the recipients. Over "
        "eighteen months the network had arranged 64 transplants, charging recipients up to "
        "US$ 120,000 each, while the donors had been paid between US$ 6,000 and US$ 12,000.",
    ),
    (
        "p",
        "The expert from Pakistan, Farhan Qureshi, reported that since transplants had been "
        "restricted to donations between relatives, the trade had moved from large hospitals "
        "in the cities to small private clinics, and that brokers targeted bonded labourers in "
        "brick kilns, offering to pay off their debts in exchange for a kidney.",
    ),
    (
        "p",
        "The expert from Brazil, Jo\u00e3o Pedro Ara\u00fajo Magalh\u00e3es, recalled a case "
        "prosecuted in the early 2000s in which residents of poor neighbourhoods of a "
        "north-eastern city had been flown abroad to sell a kidney, and stressed that "
        "recruiters now relied on social media rather than on personal contacts.",
    ),
    (
        "p",
        "The observer for Organ Trade Watch, Siobh\u00e1n N\u00ed Bhriain, said that her "
        "organization had identified some 2,300 online advertisements offering or seeking "
        "kidneys in 2024, a third of which had been posted by persons offering to sell one of "
        "their own kidneys. Most advertisements were removed by the platforms within days of "
        "being reported, but new ones appeared quickly.",
    ),
    (
        "h3",
        "B. Criminal justice responses: investigation, prosecution and international cooperation",
    ),
    (
        "p",
        "Under agenda item 5, statements were made by the experts from Costa Rica, the "
        "Philippines, Poland, South Africa and Spain and by the observers for the Council of "
        "Europe and INTERPOL.",
    ),
    (
        "p",
        "The expert from Spain, Jos\u00e9 \u00c1ngel Mu\u00f1oz Ib\u00e1\u00f1ez, explained "
        "that the Criminal Code of Spain punished not only the removal of organs for the "
        "purpose of trafficking but also the promotion and advertising of illegal transplants "
        "and, in certain circumstances, the recipient who knowingly accepted an organ obtained "
        "illegally. He considered that the criminal liability of recipients had a deterrent "
        "effect on transplant tourism.",
    ),
    (
        "p",
        "The observer for the Council of Europe, S\u00f8ren Kj\u00e6rgaard, presented the "
        "Council of Europe Convention against Trafficking in Human Organs, which made the "
        "illicit removal of organs a criminal offence even where the donor had not been "
        "recruited by means of coercion or deception, and which was open to States that were "
        "not members of the Council of Europe.",
    ),
    (
        "p",
        "The expert from Poland, Ma\u0142gorzata Wi\u015bniewska-Ko\u0142odziej, emphasized "
        "the value of financial investigations. In a case concluded in 2024, prosecutors had "
        "traced payments totalling 2.1 million z\u0142oty made by recipients through the "
        "accounts of a medical travel agency, and the evidence drawn from those payments had "
        "been decisive in securing the conviction of the organizers.",
    ),
    (
        "p",
        "The expert from Costa Rica, Mar\u00eda Fernanda Sol\u00eds Araya, described the "
        "difficulty of obtaining the testimony of victims who had sold an organ and feared "
        "being prosecuted themselves. In a case tried in 2019, only two of the eleven victims "
        "identified had agreed to testify, and the proceedings had lasted more than six years.",
    ),
    (
        "p",
        "The expert from the Philippines, Rosalinda Pe\u00f1aflor-Dizon, said that the law of "
        "her country allowed the prosecution of nationals who travelled abroad to buy an "
        "organ, and called for closer cooperation between the countries where transplants "
        "were performed and the countries of origin of the recipients, so that cases of "
        "transplant tourism could be detected when patients returned home.",
    ),
    (
        "p",
        "The expert from South Africa, Thabo Mokoena, stressed the importance of the criminal "
        "liability of legal persons, recalling that in a case prosecuted in his country the "
        "company that owned the hospital where the transplants had been performed had been "
        "held liable alongside the brokers.",
    ),
    (
        "p",
        "The observer for INTERPOL, Luc\u00eda Etxeberria Go\u00f1i, encouraged States to use "
        "INTERPOL notices and databases to trace brokers and surgeons who moved between "
        "countries, and noted that its member countries had exchanged information through "
        "those channels in fewer than twenty cases of organ trafficking since 2020.",
    ),
    (
        "h3",
        "C. The role of health professionals and transplant systems in prevention and detection",
    ),
    (
        "p",
        "Under agenda item 6, statements were made by the experts from Iceland, India, "
        "Portugal, Spain and Viet Nam and by the observer for WHO.",
    ),
    (
        "p",
        "The observer for WHO presented the WHO Guiding Principles on Human Cell, Tissue and "
        "Organ Transplantation, under which organs should be donated freely, without any "
        "monetary payment, and every transplant should be traceable through national "
        "registries. She reported that some 170,000 solid organ transplants had been recorded "
        "worldwide in 2023, about forty per cent of them from living donors.",
    ),
    (
        "p",
        "The Vice-Chair, Nguy\u1ec5n Th\u1ecb Thu H\u1eb1ng, speaking as the expert from Viet "
        "Nam, said that since 2022 hospitals in her country had been required to report every "
        "transplant from a living donor to the national coordination centre for organ "
        "transplantation within forty-eight hours and to verify the identity of donors "
        "against the national population database. In 2024 those reports had led to nine "
        "investigations.",
    ),
    (
        "p",
        "The Rapporteur, Gu\u00f0r\u00fan \u00de\u00f3r\u00f0ard\u00f3ttir, speaking as the "
        "expert from Iceland, said that, as a small country, Iceland sent some patients abroad "
        "for transplants under agreements with hospitals in other Nordic countries. Doctors "
        "were required to register every patient who returned after a transplant performed "
        "abroad outside those agreements; of the 23 such patients registered since 2015, two "
        "had given reason to suspect that they had bought an organ.",
    ),
    (
        "p",
        "The expert from Portugal, In\u00eas Gon\u00e7alves S\u00e1, presented the results of a "
        "survey of transplant professionals carried out in 2024 by the Portuguese Institute "
        "for Blood and Transplantation: more than half of the respondents did not know to whom "
        "they should report a suspected case of organ trafficking, and a quarter believed that "
        "medical confidentiality prevented them from doing so.",
    ),
    (
        "p",
        "The expert from Spain added that the National Transplant Organization of Spain "
        "advised transplant teams to inform their patients of the health and legal risks of "
        "buying an organ abroad, and that doctors who treated patients returning after such "
        "transplants were expected to report them to the Organization.",
    ),
    (
        "p",
        "The expert from India noted that hospitals involved in illegal transplants could "
        "have their registration suspended, and that in 2024 the registration of three "
        "hospitals had been suspended in the state she had referred to earlier.",
    ),
    ("h3", "D. Protection and support of victims"),
    (
        "p",
        "Under agenda item 7, statements were made by the experts from C\u00f4te d'Ivoire, "
        "Egypt, Nepal and the Republic of Moldova and by the observer for Organ Trade Watch.",
    ),
    (
        "p",
        "The Vice-Chair, Am\u00e9nan S\u00e9verine Kouassi-Ak\u00e9, speaking as the expert "
        "from C\u00f4te d'Ivoire, said that migrants from West Africa who had sold a kidney "
        "while in transit were rarely identified as victims of trafficking, and that border "
        "officials needed training to recognize the signs, including recent surgical scars and "
        "untreated complications. She called for medical care to be provided to victims "
        "regardless of their nationality or migration status.",
    ),
    (
        "p",
        "The expert from the Republic of Moldova, Ana \u021aurcanu, recalled that her country "
        "had been a major source of victims in the early 2000s. Of the 58 victims assisted by "
        "the national referral system since then, a third had developed chronic kidney "
        "problems, and the system now offered them medical check-ups free of charge for life. "
        "No new case had been detected in the country since 2015.",
    ),
    (
        "p",
        "The expert from Egypt described the government shelters for victims of trafficking, "
        "which had received 14 victims of organ removal in 2024, and explained that victims "
        "were not prosecuted for having agreed to the removal of an organ.",
    ),
    (
        "p",
        "The expert from Nepal said that victims often returned to their villages in poor "
        "health and unable to do heavy work, and that a programme launched in 2023 offered "
        "them livelihood support for two years.",
    ),
    (
        "p",
        "The observer for Organ Trade Watch said that victims were rarely compensated: in only "
        "3 of the 48 cases followed by her organization since 2018 had a court ordered the "
        "payment of compensation to the person whose organ had been removed.",
    ),
    ("h2", "chap-4", "IV. Conclusions and recommendations"),
    (
        "p",
        "The experts agreed that trafficking in persons for the purpose of organ removal was a "
        "serious crime that exploited poverty and the shortage of organs, that it involved "
        "medical professionals and intermediaries as well as organized criminal groups, and "
        "that it remained largely hidden.",
    ),
    (
        "p",
        "The experts recommended that Member States:",
        {
            "items": [
                "Criminalize trafficking in persons for the purpose of organ removal in "
                "accordance with the Trafficking in Persons Protocol, as well as the illicit "
                "removal of and trade in organs, and ensure that brokers, medical professionals "
                "and recipients who knowingly take part can be held criminally liable;",
                (
                    "Strengthen the oversight of transplant systems, in particular by:",
                    [
                        "Keeping national registries of living donors and of all transplants, "
                        "including transplants of nationals performed abroad;",
                        "Requiring an independent assessment of the consent and motives of every "
                        "living donor who is not a close relative of the recipient;",
                        "Licensing and regularly inspecting private clinics that perform "
                        "transplants;",
                    ],
                ),
                "Ensure that victims are not punished for having agreed to the removal of an "
                "organ, and that they receive long-term medical care, psychological support "
                "and compensation;",
                "Make systematic use of financial investigations to trace the payments made by "
                "recipients and to confiscate the proceeds of the crime;",
                "Cooperate with online platforms to detect and remove advertisements offering "
                "organs for sale, and use such advertisements as a source of leads for "
                "investigations.",
            ]
        },
    ),
    (
        "p",
        "The experts requested UNODC to:",
        {
            "items": [
                "Update its assessment toolkit on trafficking in persons for the purpose of "
                "organ removal in the light of the experience shared at the Meeting;",
                "Develop, jointly with WHO, a training course for transplant professionals on "
                "recognizing and reporting suspected cases;",
                "Include more detailed data on trafficking for the purpose of organ removal in "
                "the next edition of its Global Report on Trafficking in Persons;",
                "Convene a follow-up meeting of experts within two years, subject to the "
                "availability of extrabudgetary resources.",
            ]
        },
    ),
    ("h2", "chap-5", "V. Adoption of the report and closure of the meeting"),
    (
        "p",
        "At its 6th session, on 18 June 2025, the Meeting adopted the present report. The "
        "draft report was introduced by the Rapporteur, Gu\u00f0r\u00fan "
        "\u00de\u00f3r\u00f0ard\u00f3ttir (Iceland).",
    ),
    (
        "p",
        "In his closing remarks, the Chair, Rui Manuel Concei\u00e7\u00e3o Tavares, thanked "
        "the Government of Portugal for hosting the Meeting and the Portuguese Institute for "
        "Blood and Transplantation for the use of its premises, and declared the Meeting "
        "closed on 18 June 2025 at 1 p.m.",
    ),
]

ANNEX_TITLE = "List of participants"
# (State or organization, [participants]).
PARTICIPANTS: list[tuple[str, list[str]]] = [
    (
        "Brazil",
        [
            "Jo\u00e3o Pedro Ara\u00fajo Magalh\u00e3es, Federal Public Prosecution Service",
            "Lu\u00edza Fernandes Concei\u00e7\u00e3o, National Transplant System, Ministry of "
            "Health",
        ],
    ),
    ("Costa Rica", ["Mar\u00eda Fernanda Sol\u00eds Araya, Public Prosecution Service"]),
    (
        "C\u00f4te d'Ivoire",
        ["Am\u00e9nan S\u00e9verine Kouassi-Ak\u00e9, Ministry of Justice and Human Rights"],
    ),
    ("Egypt", ["Ahmed Samir Abdel-Rahman, Public Prosecution"]),
    ("Iceland", ["Gu\u00f0r\u00fan \u00de\u00f3r\u00f0ard\u00f3ttir, Directorate of Health"]),
    ("India", ["Priya Raghunathan, Ministry of Health and Family Welfare"]),
    ("Nepal", ["Sushila Adhikari, Nepal Police"]),
    ("Pakistan", ["Farhan Qureshi, Federal Investigation Agency"]),
    ("Philippines", ["Rosalinda Pe\u00f1aflor-Dizon, Department of Justice"]),
    ("Poland", ["Ma\u0142gorzata Wi\u015bniewska-Ko\u0142odziej, National Prosecutor's Office"]),
    (
        "Portugal",
        [
            "Rui Manuel Concei\u00e7\u00e3o Tavares, Public Prosecution Service",
            "In\u00eas Gon\u00e7alves S\u00e1, Portuguese Institute for Blood and Transplantation",
        ],
    ),
    ("Republic of Moldova", ["Ana \u021aurcanu, Ministry of Internal Affairs"]),
    ("South Africa", ["Thabo Mokoena, National Prosecuting Authority"]),
    (
        "Spain",
        ["Jos\u00e9 \u00c1ngel Mu\u00f1oz Ib\u00e1\u00f1ez, National Transplant Organization"],
    ),
    (
        "T\u00fcrkiye",
        [
            "Emre \u00c7a\u011flar Do\u011fan, Ministry of Justice",
            "Ay\u015fe \u015eim\u015fek Karata\u015f, Ministry of Health",
        ],
    ),
    (
        "Viet Nam",
        [
            "Nguy\u1ec5n Th\u1ecb Thu H\u1eb1ng, Ministry of Public Security",
            "Tr\u1ea7n V\u0103n \u0110\u1ee9c, National Coordinating Centre for Organ "
            "Transplantation",
        ],
    ),
    ("World Health Organization", ["H\u00e9l\u00e8ne Ou\u00e9draogo-Martin"]),
    ("Council of Europe", ["S\u00f8ren Kj\u00e6rgaard"]),
    ("International Criminal Police Organization", ["Luc\u00eda Etxeberria Go\u00f1i"]),
    ("Organ Trade Watch", ["Siobh\u00e1n N\u00ed Bhriain"]),
    (
        "United Nations Office on Drugs and Crime",
        [
            "Doroth\u00e9e Lambert-Okafor",
            "Tomasz Zieli\u0144ski",
            "Mariana Duarte Freitas",
        ],
    ),
]

CSS = """
body { font-family: "Times New Roman", serif; max-width: 44em; margin: 2em auto; line-height: 1.45; }
.synthetic-note { background: #fee; padding: .4em; font-family: sans-serif; font-size: .9em; }
header.doc-header { border-bottom: 2px solid #000; margin-bottom: 1.2em; }
header.doc-header p { margin: .1em 0; }
header .un { font-size: 1.3em; font-weight: bold; }
header .symbol { text-align: right; font-size: 1.2em; }
header .distr { text-align: right; }
.place-dates { font-weight: bold; }
ol.paras { padding-left: 2.2em; }
ol.paras > li { margin: .6em 0; }
ol[type="a"], ol[type="i"] { margin-left: 1.5em; }
.officers, .agenda p { margin-left: 2.5em; }
.agenda p { margin: .1em 0 .1em 2.5em; }
table.data { border-collapse: collapse; margin: .6em 0 .6em 1em; }
table.data th, table.data td { border-top: 1px solid #666; border-bottom: 1px solid #666;
  padding: .15em .8em; }
table.data td + td, table.data th + th { text-align: right; }
.table-note { font-size: .9em; }
.participants p { margin: .5em 0; }
.footnotes { font-size: .85em; }
"""


def plain(text: str) -> str:
    """The text of a paragraph without its footnote marks ("{1}")."""
    return MARK_RE.sub("", text)


def notes(text: str) -> list[str]:
    return [FOOTNOTES[m] for m in MARK_RE.findall(text)]


def inline(text: str) -> str:
    """Escaped text with its footnote marks as superscript links to the notes."""
    out = []
    for piece in re.split(r"(\{\d+\})", text):
        m = MARK_RE.fullmatch(piece)
        if m:
            n = m.group(1)
            out.append(
                f'<sup><a href="#fn{n}" id="fnref{n}" class="footnote-ref" '
                f'role="doc-noteref">{n}</a></sup>'
            )
        elif piece:
            out.append(html.escape(piece, quote=False))
    return "".join(out)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def render_items(items: list) -> list[str]:
    out = ['    <ol type="a">']
    for item in items:
        text, subitems = (item, []) if isinstance(item, str) else item
        if subitems:
            out.append(f"      <li>{inline(text)}")
            out.append('        <ol type="i">')
            out.extend(f"          <li>{inline(s)}</li>" for s in subitems)
            out.append("        </ol>")
            out.append("      </li>")
        else:
            out.append(f"      <li>{inline(text)}</li>")
    out.append("    </ol>")
    return out


def render_table() -> list[str]:
    out = [
        '    <table class="data">',
        "      <thead>",
        "        <tr>" + "".join(f'<th scope="col">{esc(c)}</th>' for c in TABLE[0]) + "</tr>",
        "      </thead>",
        "      <tbody>",
    ]
    for row in TABLE[1:]:
        cells = f'<th scope="row">{esc(row[0])}</th>' + "".join(f"<td>{c}</td>" for c in row[1:])
        out.append(f"        <tr>{cells}</tr>")
    out += ["      </tbody>", "    </table>"]
    return out


def render_para(text: str, extras: dict) -> list[str]:
    """One numbered paragraph: a <li> of the section's <ol start=...>."""
    if not extras:
        return [f"  <li>{inline(text)}</li>"]
    if extras.get("items"):
        return [f"  <li>{inline(text)}", *render_items(extras["items"]), "  </li>"]
    out = ["  <li>", f"    <p>{inline(text)}</p>"]
    if extras.get("lines"):
        if extras.get("line_style") == "br":
            out.append(
                '    <p class="officers">' + "<br>\n".join(map(esc, extras["lines"])) + "</p>"
            )
        else:
            out.append('    <div class="agenda">')
            out.extend(f"      <p>{esc(x)}</p>" for x in extras["lines"])
            out.append("    </div>")
    if extras.get("table"):
        out.extend(render_table())
        out.append(f'    <p class="table-note">{esc(TABLE_NOTE)}</p>')
    out.append("  </li>")
    return out


def build() -> str:
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(SYMBOL)} | {esc(TITLE)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f'<p class="synthetic-note">{esc(NOTE)}</p>',
        '<header class="doc-header">',
        '  <p class="un">United Nations</p>',
        f'  <p class="symbol">{esc(SYMBOL)}</p>',
        f'  <p class="office">{esc(ISSUER)}</p>',
        f'  <p class="distr">{esc(DISTR)}<br>{esc(ISSUE_DATE)}<br>{esc(ORIGINAL)}</p>',
        "</header>",
        "<main>",
        f"<h1>{esc(TITLE)}</h1>",
        f'<p class="place-dates">{esc(PLACE_DATES)}</p>',
    ]
    open_list = False
    for item in numbered(BODY):
        if item[0] in ("h2", "h3"):
            if open_list:
                lines.append("</ol>")
                open_list = False
            if item[0] == "h2":
                lines += ["", f'<h2 id="{item[1]}">{esc(item[2])}</h2>']
            else:
                lines.append(f"<h3>{esc(item[1])}</h3>")
            continue
        _, n, text, extras = item
        if not open_list:
            lines.append(f'<ol class="paras" start="{n}">')
            open_list = True
        lines.extend(render_para(text, extras))
    if open_list:
        lines.append("</ol>")
    lines += ["", '<h2 id="annex">Annex</h2>', f"<h3>{esc(ANNEX_TITLE)}</h3>"]
    lines.append('<div class="participants">')
    for name, people in PARTICIPANTS:
        body = "<br>\n".join([f"<strong>{esc(name)}</strong>", *map(esc, people)])
        lines.append(f"  <p>{body}</p>")
    lines += ["</div>", "</main>", "", '<section class="footnotes" role="doc-endnotes">', "<hr>"]
    for n, note in FOOTNOTES.items():
        lines.append(
            f'<p id="fn{n}"><sup><a href="#fnref{n}" role="doc-backlink">{n}</a></sup> '
            f"{esc(note)}</p>"
        )
    lines += ["</section>", "</body>", "</html>", ""]
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
            body += [" | ".join(row) for row in TABLE] + [TABLE_NOTE]
        parts = ["\n".join(body), *notes(text)]
        out.append(unit(str(n), parts))
        for i, item_ in enumerate(extras.get("items", [])):
            sub_text, nested = (item_, []) if isinstance(item_, str) else item_
            uid = f"{n}({'abcdefgh'[i]})"
            out.append(unit(uid, [plain(sub_text), *notes(sub_text)]))
            for j, nested_text in enumerate(nested):
                out.append(unit(f"{uid}({('i', 'ii', 'iii', 'iv')[j]})", [plain(nested_text)]))
    annex = [line for name, people in PARTICIPANTS for line in (name, *people)]
    out.append({"id": "annex.1", "text": "\n".join(annex)})
    return out


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(), encoding="utf-8")
    doc = expected_doc(
        DOC_ID, f"eval/gold/docs/{DOC_ID}.html", TITLE, SYMBOL, ISSUE_DATE, PLACE_DATES, units()
    )
    write_expected(UNITS_OUT, doc)
    n_paras = sum(1 for it in numbered(BODY) if it[0] == "p")
    print(f"wrote {OUT.name} and {UNITS_OUT.name}: {n_paras} paragraphs, {len(units())} units")


if __name__ == "__main__":
    main()
