"""Write eval/gold/docs/synthetic-western-asia-rpm-web.html.

A clearly labelled SYNTHETIC test document (not a United Nations document): the report of a
fictional Western Asia Regional Preparatory Meeting for the Fifteenth United Nations Congress on
Crime Prevention and Criminal Justice, laid out as a UN report saved from a web page (masthead,
contents list of links, <h2>/<h3> headings, paragraphs numbered in their text, lettered sub-items
as <ol type="a">, one nested <ol type="i">, agenda and officers as lines after the paragraph that
introduces them, a figures table inside a paragraph and an annex table).

Standard library only. Run:  .venv/bin/python eval/gold/sources/make_synthetic_western_asia_rpm_html.py
"""

from __future__ import annotations

import html
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "synthetic-western-asia-rpm-web.html"

NOTE = (
    "SYNTHETIC TEST DOCUMENT - written for the congress-qa evaluation; "
    "not a United Nations document."
)
SYMBOL = "A/CONF.999/RPM.9/1"
ISSUE_DATE = "28 February 2025"
ORIGINAL = "Original: Arabic"
DISTR = "Distr.: General"
CONGRESS = "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice"
TITLE = (
    "Report of the Western Asia Regional Preparatory Meeting for the Fifteenth United Nations "
    "Congress on Crime Prevention and Criminal Justice"
)
PLACE_DATES = "Muscat, 18\u201320 February 2025"

# Body: a sequence of blocks.
#   ("h2", anchor, text) / ("h3", text)
#   ("p", number, text, extras)  extras: items=[(text, [subitems])], lines=[...], line_style,
#                                 table=[[cells]...], wrap=bool
BODY: list[tuple] = [
    ("h2", "sec-1", "I. Recommendations"),
    (
        "p",
        1,
        "The Western Asia Regional Preparatory Meeting for the Fifteenth United Nations Congress "
        "on Crime Prevention and Criminal Justice identified the recommendations set out below "
        "for consideration by the Fifteenth Congress. The recommendations reflect the views "
        "expressed by participants and were not negotiated.",
        {},
    ),
    (
        "p",
        2,
        "On trafficking in cultural property, the Meeting recommended that Member States:",
        {
            "items": [
                (
                    "Establish or strengthen specialized police and customs units for the protection of "
                    "cultural heritage and keep national inventories of cultural objects, including "
                    "photographs of objects held in museums and storerooms;",
                    [],
                ),
                (
                    "Require auction houses, antique dealers and online marketplaces to verify the "
                    "provenance of the cultural objects they sell and to report suspicious transactions "
                    "to the competent authorities;",
                    [],
                ),
                (
                    "Cooperate in the prompt return of looted and illicitly exported cultural objects to "
                    "their countries of origin.",
                    [],
                ),
            ]
        },
    ),
    (
        "p",
        3,
        "On cybercrime and online fraud, the Meeting recommended that Member States:",
        {
            "items": [
                (
                    "Designate points of contact available twenty-four hours a day, seven days a week, "
                    "for the urgent preservation of electronic evidence;",
                    [],
                ),
                (
                    "Conduct public awareness campaigns on online investment fraud and romance scams, "
                    "paying particular attention to older persons and to migrant workers who send "
                    "remittances to their families;",
                    [],
                ),
                (
                    "Consider ratifying and implementing the United Nations Convention against "
                    "Cybercrime.",
                    [],
                ),
            ]
        },
    ),
    (
        "p",
        4,
        "The Meeting recommended that Member States intensify regional cooperation against the "
        "trafficking of captagon and other synthetic stimulants, including through joint "
        "operations at land borders, the exchange of chemical profiling data on seized tablets "
        "and controls on the precursor chemicals used in their manufacture, and that they "
        "expand prevention and treatment services for young people who use such drugs.",
        {},
    ),
    (
        "p",
        5,
        "On prison reform and juvenile justice, the Meeting recommended that Member States:",
        {
            "items": [
                (
                    "Make greater use of alternatives to imprisonment, such as community service, "
                    "electronic monitoring and conditional release, in particular for first-time "
                    "offenders and persons convicted of minor, non-violent offences;",
                    [],
                ),
                (
                    "Ensure that children in conflict with the law are deprived of their liberty only as "
                    "a measure of last resort and for the shortest appropriate period of time, and "
                    "consider raising the minimum age of criminal responsibility;",
                    [],
                ),
                (
                    "Offer education and vocational training to all prisoners and prepare them for "
                    "release in cooperation with families and employers.",
                    [],
                ),
            ]
        },
    ),
    (
        "p",
        6,
        "On corruption in public procurement, the Meeting recommended that Member States:",
        {
            "items": [
                (
                    "Publish procurement plans, calls for tenders and contract awards on a single "
                    "electronic portal in an open data format;",
                    [],
                ),
                (
                    "Require companies bidding for public contracts to disclose their beneficial "
                    "owners;",
                    [],
                ),
                (
                    "Protect persons who report corruption in public procurement against retaliation, "
                    "including dismissal.",
                    [],
                ),
            ]
        },
    ),
    (
        "p",
        7,
        "With regard to victims of crime, the Meeting recommended that Member States:",
        {
            "wrap": True,
            "items": [
                (
                    "Adopt comprehensive legislation on the rights of victims of crime, including the "
                    "right to information, to participation in criminal proceedings and to "
                    "compensation;",
                    [],
                ),
                (
                    "Ensure that victims have access to support services, in particular by:",
                    [
                        "Establishing victim support centres offering legal, psychological and medical "
                        "assistance free of charge;",
                        "Ensuring that victims of trafficking in persons are not punished for offences "
                        "they were compelled to commit as a direct consequence of having been "
                        "trafficked;",
                        "Creating compensation funds financed, among other sources, by confiscated "
                        "proceeds of crime;",
                    ],
                ),
                (
                    "Train police officers, prosecutors and judges to treat victims with respect and to "
                    "avoid their repeated victimization during investigations and trials.",
                    [],
                ),
            ],
        },
    ),
    (
        "p",
        8,
        "The Meeting further recommended that the United Nations Office on Drugs and Crime "
        "(UNODC) continue to provide technical assistance to the States of the region and make "
        "its training materials and tools available in Arabic.",
        {},
    ),
    ("h2", "sec-2", "II. Organization of the meeting"),
    ("h3", "A. Opening of the meeting"),
    (
        "p",
        9,
        "The Western Asia Regional Preparatory Meeting for the Fifteenth United Nations Congress "
        "on Crime Prevention and Criminal Justice was held in Muscat from 18 to 20 February "
        "2025. It was hosted by the Government of Oman and organized by UNODC in cooperation "
        "with the Economic and Social Commission for Western Asia (ESCWA).",
        {},
    ),
    (
        "p",
        10,
        "The Meeting was opened by Hil\u0101l Al-Raw\u0101\u1e25\u012b, Under-Secretary of the "
        "Ministry of Justice and Legal Affairs of Oman, who recalled that the region was the "
        "cradle of some of the oldest written laws and that its cultural heritage had "
        "suffered greatly from looting during armed conflicts.",
        {},
    ),
    (
        "p",
        11,
        "Opening statements were also made by \u00c9lodie Sa\u00efd, on behalf of UNODC, and by "
        "a representative of ESCWA. Ms. Sa\u00efd noted that the Meeting was the last of the "
        "five regional preparatory meetings and would conclude the regional consultations "
        "for the Fifteenth Congress.",
        {},
    ),
    ("h3", "B. Election of officers"),
    (
        "p",
        12,
        "The following officers were elected by acclamation at the 1st meeting, on 18 February "
        "2025:",
        {
            "lines": [
                "Chair: N\u0101\u1e63ir Al-Kind\u012b (Oman)",
                "Vice-Chairs: Rania Al-\u1e24usayn\u012b (Jordan), Omar Ba'albaki (Lebanon)",
                "Rapporteur: F\u0101\u1e6dima Al-Kuw\u0101r\u012b (Qatar)",
            ],
            "line_style": "br",
        },
    ),
    ("h3", "C. Adoption of the agenda"),
    (
        "p",
        13,
        "Also at its 1st meeting, the Meeting adopted the following agenda:",
        {
            "lines": [
                "1. Opening of the meeting.",
                "2. Election of officers.",
                "3. Adoption of the agenda and organization of work.",
                "4. Protecting cultural heritage and countering cybercrime.",
                "5. Countering drug trafficking, including trafficking in captagon.",
                "6. Prison reform, alternatives to imprisonment and juvenile justice.",
                "7. Preventing corruption and supporting victims of crime.",
                "8. Adoption of the report of the Meeting.",
            ],
            "line_style": "p",
        },
    ),
    (
        "p",
        14,
        "The Meeting had before it the documents listed in the annex to the present report, "
        "including the discussion guide for the Fifteenth Congress (A/CONF.999/PM.1).",
        {},
    ),
    ("h3", "D. Attendance"),
    (
        "p",
        15,
        "The Meeting was attended by representatives of the following States of the region: "
        "Bahrain, Iraq, Jordan, Kuwait, Lebanon, Oman, Qatar, Saudi Arabia, the United Arab "
        "Emirates and Yemen. The State of Palestine was represented by an observer.",
        {},
    ),
    (
        "p",
        16,
        "Observers for Egypt, Morocco and T\u00fcrkiye also attended the Meeting, as did "
        "observers for the League of Arab States, the United Nations Educational, Scientific "
        "and Cultural Organization (UNESCO), the International Criminal Police Organization "
        "(INTERPOL) and Penal Reform International. In total, 118 participants attended the "
        "Meeting, some two thirds of whom were officials of ministries of justice and the "
        "interior.",
        {},
    ),
    ("h2", "sec-3", "III. Summary of deliberations"),
    ("h3", "A. Protecting cultural heritage and countering cybercrime"),
    (
        "p",
        17,
        "Statements were made by the representatives of Iraq, Jordan, Lebanon, Qatar and the "
        "United Arab Emirates. Statements were also made by the observers for the State of "
        "Palestine and UNESCO.",
        {},
    ),
    (
        "p",
        18,
        "The representative of Iraq reported that 1,250 cases of illegal excavation at "
        "archaeological sites had been recorded between 2019 and 2024, and that more than "
        "three thousand looted objects had been returned to Iraq from abroad over the same "
        "period. Many of the objects had been offered for sale on social media before being "
        "traced.",
        {},
    ),
    (
        "p",
        19,
        "The representative of Lebanon, Omar Ba'albaki, described how forged certificates of "
        "provenance were used to launder looted antiquities through free ports and auction "
        "houses in other regions, and called for closer cooperation with the countries where "
        "such objects were sold.",
        {},
    ),
    (
        "p",
        20,
        "The observer for UNESCO recalled the 1970 Convention on the Means of Prohibiting and "
        "Preventing the Illicit Import, Export and Transfer of Ownership of Cultural Property "
        "and offered assistance in drawing up national inventories of cultural objects.",
        {},
    ),
    (
        "p",
        21,
        "The representative of the United Arab Emirates reported that forty-two per cent of "
        "the fraud complaints received by the police in 2024 had concerned online investment "
        "fraud, often advertised through messaging applications and fake trading platforms. "
        "Most victims had been contacted by strangers promising high returns.",
        {},
    ),
    (
        "p",
        22,
        "The representative of Qatar described a national platform for reporting cybercrime "
        "online, which had received 9,400 reports in its first year of operation, and "
        "stressed that older persons were particularly vulnerable to romance scams.",
        {},
    ),
    (
        "p",
        23,
        "The representative of Jordan noted that children were increasingly targeted by "
        "sexual extortion on online gaming platforms, and described a hotline through which "
        "parents and teachers could report such cases.",
        {},
    ),
    (
        "p",
        24,
        "The observer for the State of Palestine stressed the difficulties faced by "
        "investigators in obtaining electronic evidence held by service providers located "
        "abroad, and called for simplified procedures for requests for such evidence.",
        {},
    ),
    ("h3", "B. Countering drug trafficking, including trafficking in captagon"),
    (
        "p",
        25,
        "Statements were made by the representatives of Iraq, Jordan, Kuwait and Saudi Arabia. "
        "A statement was also made by the observer for INTERPOL.",
        {},
    ),
    (
        "p",
        26,
        "The Secretariat presented data on seizures of captagon tablets reported by States of "
        "the region for 2024, which are set out in the table below:",
        {
            "table": [
                ["Country", "Tablets seized", "Cases recorded"],
                ["Iraq", "14,800,000", "610"],
                ["Jordan", "61,500,000", "1,920"],
                ["Kuwait", "9,300,000", "245"],
                ["Saudi Arabia", "96,000,000", "2,180"],
            ]
        },
    ),
    (
        "p",
        27,
        "The representative of Jordan reported that smugglers increasingly used drones to "
        "carry drugs across the northern border, and that more than half of the tablets "
        "seized in Jordan had been destined for markets elsewhere in the region.",
        {},
    ),
    (
        "p",
        28,
        "The representative of Saudi Arabia described a national programme for the treatment "
        "of young people dependent on captagon, which had admitted some four thousand "
        "patients in 2024, and emphasized that drug users should be treated as patients "
        "rather than criminals.",
        {},
    ),
    (
        "p",
        29,
        "The observer for INTERPOL noted that captagon production had been detected in "
        "several countries outside the region and encouraged States to share the chemical "
        "profiles of seized tablets in order to link seizures to production sites.",
        {},
    ),
    ("h3", "C. Prison reform, alternatives to imprisonment and juvenile justice"),
    (
        "p",
        30,
        "Statements were made by the representatives of Bahrain, Jordan, Lebanon, Oman and "
        "Yemen. A statement was also made by the observer for Penal Reform International.",
        {},
    ),
    (
        "p",
        31,
        "The representative of Lebanon reported that the country's prisons held almost three "
        "times the number of prisoners for which they had been designed, and that seven in "
        "ten prisoners had not yet been tried.",
        {},
    ),
    (
        "p",
        32,
        "The representative of Bahrain presented the experience of his country with "
        "alternative penalties introduced in 2017, under which more than six thousand "
        "sentenced persons had performed community service or been placed under electronic "
        "monitoring instead of serving a prison sentence.",
        {},
    ),
    (
        "p",
        33,
        "The Vice-Chair, Rania Al-\u1e24usayn\u012b, speaking as the representative of Jordan, "
        "described a juvenile justice reform under which cases involving children were "
        "diverted from the courts to family conciliation and community programmes. The number "
        "of children held in detention in Jordan had fallen by half in five years.",
        {},
    ),
    (
        "p",
        34,
        "The representative of Oman reported that prisoners in his country were allowed to sit "
        "school examinations and to follow university courses by distance learning, and that "
        "the prison service cooperated with private employers to find work for prisoners "
        "after their release.",
        {},
    ),
    (
        "p",
        35,
        "The observer for Penal Reform International, Jo\u00eblle Haddad, drew attention to the "
        "needs of women prisoners, many of whom were detained for minor offences or for "
        "unpaid debts, and of the young children who lived with their mothers in prison.",
        {},
    ),
    ("h3", "D. Preventing corruption and supporting victims of crime"),
    (
        "p",
        36,
        "Statements were made by the representatives of Iraq, Kuwait and Qatar. A statement was "
        "also made by the observer for the League of Arab States.",
        {},
    ),
    (
        "p",
        37,
        "The representative of Kuwait described an electronic procurement portal on which all "
        "contracts above 5,000 Kuwaiti dinars were published, and reported that the portal "
        "had helped to detect collusion between bidders in several tenders for road "
        "maintenance.",
        {},
    ),
    (
        "p",
        38,
        "The representative of Iraq noted that corruption in public procurement for "
        "reconstruction had diverted funds intended for schools and hospitals, and called for "
        "assistance in recovering assets transferred abroad.",
        {},
    ),
    (
        "p",
        39,
        "Several speakers stressed that victims of crime in the region often did not report "
        "offences out of fear of social stigma, particularly in cases of sexual violence and "
        "domestic violence. One speaker reported that fewer than one in five victims of sexual "
        "violence had turned to the police.",
        {},
    ),
    (
        "p",
        40,
        "The observer for the League of Arab States presented a draft Arab model law on the "
        "rights of victims of crime, which was being prepared with the support of UNODC, and "
        "invited States to comment on it.",
        {},
    ),
    ("h2", "sec-4", "IV. Adoption of the report"),
    (
        "p",
        41,
        "At its 5th meeting, on 20 February 2025, the Meeting adopted its report, as orally "
        "amended. The draft report was introduced by the Rapporteur, F\u0101\u1e6dima "
        "Al-Kuw\u0101r\u012b (Qatar).",
        {},
    ),
    (
        "p",
        42,
        "In his closing remarks, the Chair, N\u0101\u1e63ir Al-Kind\u012b, thanked the "
        "Government of Oman for hosting the Meeting, and the interpreters and the Secretariat "
        "for their work, and expressed the hope that the recommendations of the region would "
        "be reflected in the declaration of the Fifteenth Congress.",
        {},
    ),
]

ANNEX_TITLE = "List of documents before the Meeting"
ANNEX_TABLE = [
    ["Symbol", "Title"],
    ["A/CONF.999/RPM.9/L.1", "Provisional agenda and annotations"],
    [
        "A/CONF.999/PM.1",
        "Discussion guide for the Fifteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice",
    ],
    ["A/CONF.999/RPM.9/INF/1", "Information for participants"],
    [
        "A/CONF.999/RPM.9/CRP.1",
        "Note by the Secretariat on trafficking in captagon in Western Asia",
    ],
    ["A/CONF.999/RPM.9/CRP.2", "Compilation of national practices on alternatives to imprisonment"],
]

CSS = """
body { font-family: "Times New Roman", serif; max-width: 46em; margin: 2em auto; line-height: 1.4; }
.synthetic-note { border: 1px solid #999; padding: .4em; font-family: sans-serif; font-size: .9em; }
.masthead { border-bottom: 3px solid #000; padding-bottom: .5em; margin-bottom: 1em; overflow: hidden; }
.masthead .un { font-size: 1.3em; font-weight: bold; }
.masthead .symbol { float: right; font-size: 1.3em; }
.masthead .distr { text-align: right; }
.place-dates { font-weight: bold; }
.contents { font-size: .95em; }
ol[type="a"], ol[type="i"] { margin-left: 2.5em; }
.agenda p, .officers { margin-left: 3em; }
table { border-collapse: collapse; margin: .5em 0 1em 3em; }
th, td { border: 1px solid #666; padding: .2em .6em; text-align: left; }
"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def render_para(number: int, text: str, extras: dict) -> list[str]:
    out: list[str] = []
    out.append(f'<p id="para-{number}">{number}. {esc(text)}</p>')
    if extras.get("items"):
        out.append('<ol type="a">')
        for item_text, subitems in extras["items"]:
            if subitems:
                out.append(f"  <li>{esc(item_text)}")
                out.append('    <ol type="i">')
                for sub in subitems:
                    out.append(f"      <li>{esc(sub)}</li>")
                out.append("    </ol>")
                out.append("  </li>")
            else:
                out.append(f"  <li>{esc(item_text)}</li>")
        out.append("</ol>")
    if extras.get("lines"):
        if extras.get("line_style") == "br":
            out.append(
                '<p class="officers">' + "<br>\n".join(esc(x) for x in extras["lines"]) + "</p>"
            )
        else:
            out.append('<div class="agenda">')
            out.extend(f"  <p>{esc(x)}</p>" for x in extras["lines"])
            out.append("</div>")
    if extras.get("table"):
        out.extend(render_table(extras["table"], "figures"))
    if extras.get("wrap"):
        out = (
            [f'<div class="para" id="para-{number}-block">'] + ["  " + x for x in out] + ["</div>"]
        )
        out[1] = out[1].replace(f' id="para-{number}"', "")
    return out


def render_table(rows: list[list[str]], cls: str) -> list[str]:
    out = [
        f'<table class="{cls}">',
        "  <thead>",
        "    <tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr>",
        "  </thead>",
        "  <tbody>",
    ]
    for row in rows[1:]:
        out.append("    <tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
    out += ["  </tbody>", "</table>"]
    return out


def build() -> str:
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(SYMBOL)} - {esc(TITLE)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f'<p class="synthetic-note">{esc(NOTE)}</p>',
        '<div class="masthead">',
        '  <div class="un">United Nations</div>',
        f'  <div class="symbol">{esc(SYMBOL)}</div>',
        f'  <div class="congress">{esc(CONGRESS)}</div>',
        f'  <div class="distr">{esc(DISTR)}<br>{esc(ISSUE_DATE)}<br>{esc(ORIGINAL)}</div>',
        "</div>",
        f"<h1>{esc(TITLE)}</h1>",
        f'<p class="place-dates">{esc(PLACE_DATES)}</p>',
        '<div class="contents">',
        "  <p><strong>Contents</strong></p>",
        "  <ul>",
    ]
    for block in BODY:
        if block[0] == "h2":
            lines.append(f'    <li><a href="#{block[1]}">{esc(block[2])}</a></li>')
    lines.append(f'    <li><a href="#annex">Annex. {esc(ANNEX_TITLE)}</a></li>')
    lines += ["  </ul>", "</div>", ""]
    for block in BODY:
        if block[0] == "h2":
            lines += ["", f'<h2 id="{block[1]}">{esc(block[2])}</h2>']
        elif block[0] == "h3":
            lines.append(f"<h3>{esc(block[1])}</h3>")
        else:
            lines.extend(render_para(block[1], block[2], block[3]))
    lines += ["", '<h2 id="annex">Annex</h2>', f"<h3>{esc(ANNEX_TITLE)}</h3>"]
    lines.extend(render_table(ANNEX_TABLE, "documents"))
    lines += ["</body>", "</html>", ""]
    return "\n".join(lines)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
