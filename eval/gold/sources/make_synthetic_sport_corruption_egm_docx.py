"""Generate eval/gold/docs/synthetic-sport-corruption-egm.docx.

A SYNTHETIC United Nations (UNODC) expert group meeting report, clearly labelled as such in its
first paragraph, laid out the way UNODC Word meeting reports drafted from the UN template are:

* the synthetic-document line, then a borderless masthead table (United Nations | symbol;
  issuing office | distribution, date, original language), a meeting line, the title and the
  place and dates;
* page header with the symbol and footer with a PAGE field (different first page);
* chapter and section headings ("I.<tab>...", "A.<tab>...") as separate paragraphs in the UN
  template's paragraph styles "HChG" and "H1G" (bold, with an outline level), not in Word's
  built-in Heading styles; section headings end with "(agenda item N)";
* body paragraphs in the "SingleTxtG" style with paragraph numbers TYPED AS TEXT ("12.<tab>") -
  no Word automatic numbering;
* officer lines and agenda lines (typed "1. ...") as un-numbered indented paragraphs after the
  paragraph that introduces them;
* a statement that goes on over two numbered paragraphs ("He added that ...", "She further
  noted ..."), and one whose second paragraph ("She added that ...") follows a Word TABLE
  placed in the body, straight after the paragraph that introduces it ("... as set out below:");
* typed lettered sub-items "(a)<tab>..." running to "(j)", so that the LETTER item "(i)" follows
  "(h)", and, under "(c)", nested items "(i)<tab>", "(ii)<tab>", "(iii)<tab>" with a deeper
  indent: the letter "(i)" and the roman "(i)" are told apart only by indent and sequence;
* no annex.

Deterministic: fixed core properties and fixed ZIP timestamps.

Run:  /work/main/.venv/bin/python eval/gold/sources/make_synthetic_sport_corruption_egm_docx.py
"""

from __future__ import annotations

from pathlib import Path

from _un_docx import (
    base_styles,
    core_properties,
    mark_header_row,
    masthead,
    outline_level,
    save_docx,
    symbol_header_page_footer,
)
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Twips

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "eval" / "gold" / "docs" / "synthetic-sport-corruption-egm.docx"

DISCLAIMER = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "UNODC/CCPCJ/EG.11/2025/2"
ISSUE_DATE = "22 September 2025"
ISSUER = "United Nations Office on Drugs and Crime"
MEETING_LINE = (
    "Expert group meeting in preparation for the Fifteenth United Nations Congress on Crime "
    "Prevention and Criminal Justice"
)
TITLE = "Report of the expert group meeting on corruption in sport and illegal betting"
PLACE_DATES = "Lausanne, 2–4 September 2025"

# Suspicious betting reports received by the gaming regulator of Malta (body table after the
# paragraph that introduces it).
MALTA_TABLE = [
    ("Year", "Reports received", "Events concerned", "Cases referred to the police"),
    ("2021", "96", "71", "12"),
    ("2022", "134", "102", "19"),
    ("2023", "187", "140", "23"),
    ("2024", "245", "176", "31"),
]

# Body, in document order.
#   ("h1", text) / ("h2", text)        heading paragraphs (not units)
#   ("p", text)                        paragraph with a typed number "N.<tab>" (numbered here, in
#                                      order, and typed into the text)
#   ("p", text, {"lines": [...]})      + un-numbered lines belonging to the paragraph
#   ("p", text, {"items": [...]})      + typed "(a)<tab>" sub-item paragraphs; an item is a str or
#                                      (str, [nested items typed "(i)<tab>"])
#   ("p", text, {"table": rows})       + a Word table straight after the paragraph
BODY = [
    ("h1", "I.\tOrganization of the meeting"),
    ("h2", "A.\tOpening of the meeting"),
    (
        "p",
        "The expert group meeting on corruption in sport and illegal betting was held in "
        "Lausanne, Switzerland, from 2 to 4 September 2025, at the invitation of the Government "
        "of Switzerland. The meeting was convened by the United Nations Office on Drugs and "
        "Crime (UNODC) to prepare input for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice on the prevention of and responses to the manipulation "
        "of sports competitions, illegal betting and corruption in the governance of sport. The "
        "meeting held six sessions.",
    ),
    (
        "p",
        "The meeting was opened by Brigitte Vasseur, Chief of the Corruption and Economic Crime "
        "Branch of UNODC, who recalled resolution 8/4 of the Conference of the States Parties to "
        "the United Nations Convention against Corruption, entitled “Safeguarding sport from "
        "corruption”, and the commitment of States to use the Convention against Corruption and "
        "the United Nations Convention against Transnational Organized Crime to protect sport. "
        "She observed that the sums wagered on sport had grown with online betting, and that "
        "criminal groups had learned that a single manipulated match in a little-known "
        "competition could yield large profits at little risk.",
    ),
    (
        "p",
        "Matthias Zürcher, Director of the Federal Office of Sport of Switzerland, welcomed the "
        "experts to Lausanne, which hosted the headquarters of more than fifty international "
        "sports federations and organizations. He stated that his country had set up a national "
        "platform against the manipulation of sports competitions, in which the federal police, "
        "the intercantonal gaming supervisory authority and sports organizations exchanged "
        "information. He informed the experts that the platform had examined some ninety alerts "
        "concerning Swiss competitions since its creation.",
    ),
    ("h2", "B.\tAttendance"),
    (
        "p",
        "The meeting was attended by twenty-six experts from the following nineteen States, who "
        "participated in their personal capacity: Australia, Brazil, Cameroon, China, Colombia, "
        "Côte d'Ivoire, France, Ghana, India, Italy, Kenya, Malta, Norway, Philippines, Republic "
        "of Korea, Spain, Switzerland, Türkiye and United Kingdom of Great Britain and Northern "
        "Ireland.",
    ),
    (
        "p",
        "The following organizations were represented by observers: the International Criminal "
        "Police Organization (INTERPOL), the Council of Europe, the European Union, the "
        "International Olympic Committee (IOC), the Fédération Internationale de Football "
        "Association (FIFA) and the International Partnership against Corruption in Sport "
        "(IPACS). Representatives of an international association of licensed betting operators "
        "and of two unions of professional athletes also attended as observers. In all, some "
        "seventy persons took part in the meeting.",
    ),
    ("h2", "C.\tElection of officers"),
    (
        "p",
        "At its first session, on 2 September 2025, the meeting elected the following officers "
        "by acclamation:",
        {
            "lines": [
                "Chair: Adjoua Bénédicte Kouamé (Côte d'Ivoire)",
                "Vice-Chairs: Luíza Araújo Gonçalves (Brazil), Elif Şahin Karaca (Türkiye)",
                "Rapporteur: Ragnhild Sæther Løvås (Norway)",
            ]
        },
    ),
    ("h2", "D.\tAdoption of the agenda and organization of work"),
    (
        "p",
        "Also at its first session, the meeting adopted the following agenda:",
        {
            "lines": [
                "1. Opening of the meeting.",
                "2. Election of officers.",
                "3. Adoption of the agenda and organization of work.",
                "4. Competition manipulation and the role of organized criminal groups.",
                "5. Illegal betting and the laundering of its proceeds.",
                "6. Corruption in the governance of sport and in the awarding of major sporting "
                "events.",
                "7. Protection of athletes, whistle-blowers and witnesses.",
                "8. Cooperation between law enforcement authorities, betting regulators and "
                "sports organizations.",
                "9. Conclusions and recommendations.",
                "10. Adoption of the report.",
            ]
        },
    ),
    (
        "p",
        "The meeting worked in plenary, with interpretation between English, French and "
        "Spanish. The experts had before them a background paper prepared by the Secretariat "
        "(UNODC/CCPCJ/EG.11/2025/1) and a conference room paper on the monitoring of betting "
        "markets (UNODC/CCPCJ/EG.11/2025/CRP.1).",
    ),
    ("h1", "II.\tSummary of deliberations"),
    (
        "h2",
        "A.\tCompetition manipulation and the role of organized criminal groups (agenda item 4)",
    ),
    (
        "p",
        "A representative of the Secretariat introduced the item. He noted that the "
        "manipulation of sports competitions was no longer confined to football and cricket but "
        "affected tennis, basketball, table tennis and esports, and in particular lower-league "
        "and youth competitions, which received little attention from the media and from "
        "integrity bodies but were nevertheless offered on betting markets worldwide. He "
        "explained that organized criminal groups manipulated competitions mainly to win bets, "
        "that they approached players, referees and club officials who were poorly paid or "
        "whose wages were in arrears, and that they used intimidation and violence against "
        "those who refused or tried to withdraw.",
    ),
    (
        "p",
        "The observer for INTERPOL reported that the organization had supported investigations "
        "into the manipulation of competitions in more than sixty countries and had trained "
        "some one thousand eight hundred law enforcement officers since 2021. She stated that "
        "the same criminal groups were often involved in drug trafficking, online fraud and the "
        "laundering of criminal proceeds, and that manipulation was for them a low-risk "
        "activity, because sanctions were light and cases were rarely prosecuted.",
    ),
    (
        "p",
        "Rodrigo Mendes Brandão (Brazil) described an investigation by the public prosecution "
        "service of his country into the manipulation of matches in the national football "
        "championships, in which players had been paid to receive yellow cards, to concede "
        "penalties or to ensure a given number of corner kicks, so that the organizers could "
        "win bets on those specific events within a match. He reported that the investigation "
        "had identified three hundred and twelve suspicious bets placed on forty-one matches "
        "over two seasons, and that twenty-two persons had been charged, among them sixteen "
        "players, four financiers and two former players who had acted as intermediaries.",
    ),
    (
        "p",
        "He added that most of the players approached had been young, in debt or waiting for "
        "unpaid wages, and that payments of between one and three times a player's monthly "
        "salary had been enough to secure their participation. Following the investigation, "
        "licensed betting operators in Brazil had been required to report suspicious betting to "
        "the national authorities, and bets on individual events involving a single player had "
        "been restricted.",
    ),
    (
        "p",
        "Park Ji-won (Republic of Korea) described the manipulation of esports competitions, in "
        "which professional gamers had been paid to lose matches or individual rounds, often by "
        "intermediaries who contacted them through messaging applications. He reported that "
        "esports now accounted for one in five of the alerts of suspicious betting received by "
        "the sports integrity authority of his country, and noted that many players were "
        "teenagers who had no contract, no union and no training on the risks of manipulation.",
    ),
    (
        "p",
        "Adjoua Bénédicte Kouamé (Côte d'Ivoire), speaking as an expert, described approaches "
        "made to players and referees in the national football leagues of West African "
        "countries, where wages were low and often paid late. She reported that several matches "
        "of a national league in the subregion had been manipulated with the involvement of "
        "club officials, who had instructed their own players to lose. She called for minimum "
        "salary guarantees for players and referees and for the regular payment of their "
        "wages.",
    ),
    ("h2", "B.\tIllegal betting and the laundering of its proceeds (agenda item 5)"),
    (
        "p",
        "A representative of the Secretariat introduced the item. She noted that illegal "
        "betting operators offered odds on the same events as licensed operators, often with "
        "better returns and without limits on stakes, accepted payments in cryptocurrency and "
        "through intermediaries, and paid no taxes. Because illegal operators were not "
        "supervised and shared no information, the bets placed with them left no trace that "
        "could alert the authorities to manipulation. Estimates of the sums wagered illegally "
        "each year varied widely and were not considered reliable.",
    ),
    (
        "p",
        "Maria Camilleri Borg (Malta) presented data of the gaming regulator of her country on "
        "reports of suspicious betting received from licensed operators, and on the cases "
        "referred to the police, as set out below:",
        {"table": MALTA_TABLE},
    ),
    (
        "p",
        "She added that more than forty per cent of the reports received in 2024 had concerned "
        "tennis and table tennis matches in lower-tier tournaments, and that the increase in "
        "reports reflected better monitoring by operators as much as any growth in "
        "manipulation. She stressed that a report of suspicious betting was an indication, not "
        "proof, and that few of the cases referred to the police had yet reached a court.",
    ),
    (
        "p",
        "Oliver Pennington (United Kingdom of Great Britain and Northern Ireland) explained how "
        "criminal groups laundered the proceeds of drug trafficking and fraud through betting. "
        "Cash was deposited in betting accounts opened in the names of third parties, often "
        "students or persons in financial difficulty who were paid for the use of their "
        "identity, and bets were placed on opposing outcomes of the same event so that most of "
        "the money was returned as apparently legitimate winnings. He reported that one "
        "investigation had traced two thousand four hundred such accounts to a single criminal "
        "group.",
    ),
    (
        "p",
        "Nuria Peñalver Ibáñez (Spain) described an investigation by the Guardia Civil, lasting "
        "eighteen months, into a network that had bribed tennis players competing in "
        "lower-tier professional tournaments and placed bets on the manipulated matches through "
        "accounts opened in several countries. She reported that 28 players had been "
        "identified, that the network had made profits of about 1.2 million euros, and that the "
        "investigation had been carried out with the support of Europol.",
    ),
    (
        "p",
        "Liam Fitzgerald (Australia) reported that the communications regulator of his country "
        "had blocked access to nine hundred and forty illegal gambling and betting websites "
        "since 2019, and that the blocking of websites had been accompanied by measures to "
        "prevent banks from processing payments to unlicensed operators. He cautioned that "
        "blocked websites quickly reappeared under new addresses, and that bettors increasingly "
        "reached illegal operators through messaging applications and virtual private "
        "networks.",
    ),
    (
        "p",
        "The observer for the international association of licensed betting operators stated "
        "that its members had reported 1,120 alerts of suspicious betting to sports "
        "organizations and regulators in 2024, most of them concerning tennis and football. He "
        "noted that the monitoring of betting patterns could detect only manipulation that left "
        "traces on regulated markets, and that most bets on manipulated events were placed with "
        "unlicensed operators based in other jurisdictions, which did not share information.",
    ),
    (
        "h2",
        "C.\tCorruption in the governance of sport and in the awarding of major sporting events "
        "(agenda item 6)",
    ),
    (
        "p",
        "The observer for IPACS introduced the item. She described the risks of corruption in "
        "the selection of hosts for major sporting events, in procurement for the construction "
        "of stadiums and other venues, and in the sale of broadcasting rights, and presented the "
        "benchmarks developed by the Partnership for the governance of sports organizations, "
        "covering conflicts of interest, the independence of ethics committees and the "
        "publication of accounts.",
    ),
    (
        "p",
        "Hélène Marchetti-Duval (France) presented the results of audits of national sports "
        "federations carried out by the anti-corruption agency of her country. A quarter of the "
        "federations audited had no procedure for managing conflicts of interest, and several "
        "had awarded contracts for equipment and events to companies linked to members of their "
        "boards without competition. She noted that the federations concerned had since adopted "
        "codes of conduct, and that the agency would audit them again in 2026.",
    ),
    (
        "p",
        "Giuseppe Santoro Licata (Italy) described the infiltration of organized crime into "
        "professional and amateur football clubs in his country. Criminal groups had bought "
        "clubs in financial difficulty in order to launder money and to gain social prestige in "
        "their territory, and had used violent supporters' groups to intimidate club "
        "managements. He reported that the authorities had placed several clubs under judicial "
        "administration, and that prosecutors now verified the beneficial owners of clubs when "
        "they changed hands.",
    ),
    (
        "p",
        "Wanjiru Kamau (Kenya) reported on the misappropriation of public funds allocated to "
        "national teams, including allowances intended for athletes competing abroad, and "
        "described the prosecution of officials of a national federation for the embezzlement "
        "of funds provided for the participation of athletes in an international championship. "
        "She called for audits of the public funds allocated to sport and for allowances to be "
        "paid directly to athletes.",
    ),
    (
        "p",
        "The observer for the IOC described the measures taken by the Olympic Movement to "
        "prevent the manipulation of competitions, including education programmes for athletes "
        "and officials and an integrity hotline through which some six hundred reports had been "
        "received since its launch. He stated that the host contracts for the Olympic Games now "
        "included obligations on human rights and on the prevention of corruption.",
    ),
    ("h2", "D.\tProtection of athletes, whistle-blowers and witnesses (agenda item 7)"),
    (
        "p",
        "Sindre Bjørnstad Håland (Norway) presented a survey of young athletes in his country, "
        "which had found that forty per cent of those who had been approached to manipulate a "
        "competition, or who knew of such an approach, did not know where to report it. Fewer "
        "than one in ten had reported the approach to their club or federation, mostly because "
        "they feared losing their place in the team. He described a confidential reporting "
        "channel operated by an independent body, which athletes could use anonymously.",
    ),
    (
        "p",
        "The observer for one of the unions of professional athletes stated that players who "
        "reported approaches were frequently treated as suspects rather than as witnesses, and "
        "that some had been suspended while the investigation was under way. She called for "
        "whistle-blowers who reported in good faith to be protected against dismissal and "
        "sanctions, and for reduced sanctions for players who had been coerced and who "
        "cooperated with the authorities.",
    ),
    (
        "p",
        "Abena Mensah-Bonsu (Ghana) described threats and assaults against referees who had "
        "refused bribes to influence the outcome of matches, and reported that the national "
        "football association and the police had set up a procedure under which referees could "
        "report threats directly to a designated police officer. She noted that two referees "
        "had been placed under police protection in 2024.",
    ),
    (
        "p",
        "Several experts stressed that witnesses in cases of competition manipulation were "
        "often exposed to pressure from criminal groups and from within their own clubs, and "
        "that the witness protection measures available in cases of organized crime should also "
        "be applied in such cases.",
    ),
    (
        "h2",
        "E.\tCooperation between law enforcement authorities, betting regulators and sports "
        "organizations (agenda item 8)",
    ),
    (
        "p",
        "The observer for the Council of Europe recalled the Council of Europe Convention on "
        "the Manipulation of Sports Competitions, which required its parties to establish "
        "national platforms bringing together public authorities, sports organizations and "
        "betting operators, and described the network through which the national platforms "
        "exchanged information. He noted that the Convention was open to States that were not "
        "members of the Council of Europe.",
    ),
    (
        "p",
        "Léa Rochat-Pfister (Switzerland) explained that sports organizations could not share "
        "the personal data of athletes with the police, nor the police share information from "
        "criminal investigations with sports organizations, without a clear legal basis, and "
        "that the absence of such a basis had delayed disciplinary and criminal proceedings in "
        "several cases. Her country had adopted legal provisions that allowed the national "
        "platform to exchange information, subject to safeguards for the protection of personal "
        "data.",
    ),
    (
        "p",
        "Elif Şahin Karaca (Türkiye), speaking as an expert, described the cooperation between "
        "the national police, the State authority responsible for sports betting and the "
        "national football federation. Under a protocol signed in 2023, the betting authority "
        "informed the police and the federation of any suspicious betting on a domestic match "
        "within forty-eight hours, and the federation provided video footage and match reports "
        "for the investigation. She reported that the protocol had led to the review of one "
        "hundred and seventy matches in its first year.",
    ),
    (
        "p",
        "She further noted that criminal proceedings in such cases lasted on average eighteen "
        "months, while disciplinary proceedings before the football federation were usually "
        "concluded within three months, and that the federation had imposed lifetime bans on "
        "nine players and two club presidents in 2024. She called for disciplinary bodies and "
        "prosecutors to coordinate, so that evidence gathered in one set of proceedings could "
        "be used in the other.",
    ),
    (
        "p",
        "Several experts noted that requests for mutual legal assistance in cases of "
        "competition manipulation often concerned betting accounts and payment data held in "
        "other countries, and that such requests took many months to be executed. They called "
        "for the spontaneous sharing of information, for direct contacts between specialized "
        "police units and for the use of joint investigation teams.",
    ),
    ("h1", "III.\tConclusions and recommendations"),
    (
        "p",
        "The experts concluded that the manipulation of sports competitions, illegal betting "
        "and corruption in the governance of sport were closely linked, that they were "
        "increasingly exploited by organized criminal groups, and that no single actor, whether "
        "a State, a sports organization or a betting operator, could address them alone.",
    ),
    (
        "p",
        "The experts recommended that Member States:",
        {
            "items": [
                "Establish the manipulation of sports competitions as a criminal offence, or "
                "ensure that it is covered by existing offences of corruption and fraud, and "
                "provide for penalties that make it a serious crime as defined in the United "
                "Nations Convention against Transnational Organized Crime;",
                "Take measures against illegal betting, including by blocking access to the "
                "websites of unlicensed operators and restricting payments to them;",
                (
                    "Establish national platforms against the manipulation of sports "
                    "competitions, in particular by:",
                    [
                        "Designating a single contact point for the exchange of information "
                        "between the police, prosecution services, betting regulators and sports "
                        "organizations;",
                        "Providing a clear legal basis for the sharing of personal data between "
                        "public authorities and sports organizations, with safeguards for its "
                        "protection;",
                        "Requiring licensed betting operators to report suspicious betting to "
                        "the national platform without delay;",
                    ],
                ),
                "Apply anti-money-laundering obligations to betting operators, including "
                "customer due diligence for online betting accounts and the reporting of "
                "suspicious transactions;",
                "Require the disclosure of the beneficial owners of professional sports clubs "
                "and verify them when clubs change hands;",
                "Ensure transparency and integrity in the selection of hosts for major sporting "
                "events and in the related procurement;",
                "Protect athletes, referees, whistle-blowers and witnesses who report attempts "
                "to manipulate competitions, including through confidential reporting channels "
                "and protection against dismissal and sanctions;",
                "Support education programmes on the risks of competition manipulation and "
                "illegal betting for athletes, coaches and referees, starting at youth level and "
                "including in esports;",
                "Train police officers, prosecutors and judges in the investigation and "
                "prosecution of cases of competition manipulation, including in the use of "
                "betting data as evidence;",
                "Make greater use of joint investigation teams and of the spontaneous sharing of "
                "information in cases of competition manipulation and illegal betting.",
            ]
        },
    ),
    (
        "p",
        "The experts requested UNODC:",
        {
            "items": [
                "To develop, in cooperation with the IOC, INTERPOL and the Council of Europe, "
                "practical guidance on the investigation of competition manipulation and illegal "
                "betting;",
                "To bring the conclusions and recommendations of the meeting to the attention "
                "of the Fifteenth United Nations Congress on Crime Prevention and Criminal "
                "Justice.",
            ]
        },
    ),
    (
        "p",
        "The experts invited sports organizations to adopt the governance standards presented "
        "at the meeting, to publish their accounts and to cooperate with law enforcement "
        "authorities in cases of competition manipulation.",
    ),
    ("h1", "IV.\tAdoption of the report"),
    (
        "p",
        "At its sixth session, on 4 September 2025, the meeting adopted the present report, on "
        "the basis of a draft introduced by the Rapporteur, Ragnhild Sæther Løvås (Norway).",
    ),
    (
        "p",
        "In her closing remarks, the Chair thanked the Government of Switzerland for hosting the "
        "meeting and the experts for their contributions.",
    ),
]

LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def _check_table() -> None:
    """Events concerned never exceed reports; cases referred never exceed events."""
    for row in MALTA_TABLE[1:]:
        reports, events, cases = (int(v) for v in row[1:])
        assert cases <= events <= reports, row


def _sub(doc, label: str, text: str, left: int) -> None:
    p = doc.add_paragraph(f"({label})\t{text}", style="SingleTxtG")
    p.paragraph_format.left_indent = Twips(left)
    p.paragraph_format.first_line_indent = Twips(0)


def _body_table(doc, rows) -> None:
    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_p = tbl.cell(i, j).paragraphs[0]
            run = cell_p.add_run(val)
            run.bold = i == 0
            run.font.size = Pt(9)
            if j > 0 and i > 0:
                cell_p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    mark_header_row(tbl.rows[0])


# --------------------------------------------------------------------------------------------
# document
# --------------------------------------------------------------------------------------------


def build() -> Document:
    _check_table()
    doc = Document()

    normal = base_styles(doc)

    # UN template heading styles (chapter "HChG", section "H1G"), not Word's Heading 1/2
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
        created=(2025, 9, 22, 9, 0, 0),
        language="en",
    )

    symbol_header_page_footer(doc, SYMBOL)

    # disclaimer (first paragraph)
    doc.add_paragraph(DISCLAIMER)

    # masthead table
    masthead(doc, SYMBOL, ISSUER, 14, ISSUE_DATE, "English")

    # meeting line, title, place and dates
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run(MEETING_LINE).bold = True
    p = doc.add_paragraph()
    r = p.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(PLACE_DATES)

    # body
    number = 0
    for item in BODY:
        kind, text = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        if kind == "h1":
            doc.add_paragraph(text, style="HChG")
        elif kind == "h2":
            doc.add_paragraph(text, style="H1G")
        elif kind == "p":
            number += 1
            para = doc.add_paragraph(f"{number}.\t{text}", style="SingleTxtG")
            para.paragraph_format.first_line_indent = Twips(0)
            for line in extra.get("lines", []):
                lp = doc.add_paragraph(line, style="SingleTxtG")
                lp.paragraph_format.left_indent = Twips(1701)
                lp.paragraph_format.space_after = Pt(0)
                lp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            for k, sub in enumerate(extra.get("items", [])):
                if isinstance(sub, tuple):
                    sub_text, nested = sub
                else:
                    sub_text, nested = sub, []
                _sub(doc, LETTERS[k], sub_text, 1701)
                for m, nest in enumerate(nested):
                    _sub(doc, ROMAN[m], nest, 2268)
            if "table" in extra:
                _body_table(doc, extra["table"])
        else:  # pragma: no cover
            raise ValueError(kind)
    return doc


def main() -> None:
    save_docx(build(), OUT, (2025, 9, 22, 9, 0, 0))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
