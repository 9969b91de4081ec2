"""Answers that hold on new wordings: frames, names outside ASCII, numbers in words, answer
types, follow-ups that point back, and refusals that show the closest passage. Real store,
real embedder, the shipped calibration."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SEED, SEED_ID, assistant_on_report

from assistant import Answer, Assistant, Message
from assistant._answer_type import (
    asked_record,
    counted,
    counts_as,
    expected_type,
    gives,
    has_number,
    people_of,
    speaks_as,
)
from assistant._lexicon import kind_of, names_a_kind
from assistant._parts import question_parts
from assistant._query import in_scope
from assistant._text import (
    capitalised_names,
    content_words,
    name_runs,
    same_name,
    with_apostrophes,
    words,
)
from assistant.conversation import standalone_question
from assistant.extractive import _full_name, _short_name
from assistant.retrieval import UnitHit
from congress_qa import Settings
from ingest import Ingestor

CARIBBEAN = """Report of a synthetic Caribbean meeting

Bridgetown, 3–4 March 2025

Rapporteur: Renée Baptiste (Haiti)

I. Deliberations

1. The observer for Curaçao reported that forty per cent of the trafficking victims
identified in 2024 were children.

2. The representative of Côte d'Ivoire described a programme that trained three hundred
police officers over eighteen months.

3. Speakers noted that bribery in customs administrations facilitated the smuggling of goods.
"""
OTHER_ID = "caribbean"


def _assistant_over(home: Path, texts: dict[str, str], *paths: Path) -> Assistant:
    """An assistant over the documents ``texts`` (name -> text, written as ``<name>.txt``
    under ``home``) and ``paths``, ingested into a store under ``home``."""
    written = []
    for name, text in texts.items():
        written.append(home / f"{name}.txt")
        written[-1].write_text(text, encoding="utf-8")
    settings = Settings(home=home / "home")
    ingestor = Ingestor(settings)
    ingestor.ingest([*paths, *written])
    return Assistant(settings, ingestor)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    home = tmp_path_factory.mktemp("generalisation-home")
    return _assistant_over(home, {OTHER_ID: CARIBBEAN}, SEED)


def test_a_word_that_starts_a_later_sentence_is_no_name() -> None:
    """Capitalised as every first word is: "Anything" asks nothing about a body named so."""
    asked = "Are referees attacked for refusing bribes? Anything on that in the report?"
    assert capitalised_names(asked) == []
    assert capitalised_names("I work in Borneo. Did Japan speak?") == ["Borneo", "Japan"]
    # A title's full stop ends no sentence.
    assert capitalised_names("What did Ms. Awa Diop say?") == ["Awa", "Diop"]


def test_words_and_names_keep_letters_outside_ascii() -> None:
    assert words("Curaçao, Côte d'Ivoire and São Tomé") == [
        "curacao", "cote", "d'ivoire", "and", "sao", "tome"
    ]  # fmt: skip
    assert capitalised_names("Did Curaçao speak?") == ["Curaçao"]
    assert words("cor\u200brup\u200btion") == ["corruption"]
    assert same_name("sweden", "swedish") and same_name("india", "indian")
    assert not same_name("austria", "australia")
    # Irregular demonyms name their country; an elided article is no part of a name.
    assert same_name("ivorian", "d'ivoire") and same_name("french", "france")
    assert same_name("dutch", "netherlands") and same_name("german", "germany")
    assert not same_name("niger", "nigeria") and not same_name("french", "finland")


def test_a_country_asked_about_by_its_demonym_is_found(assistant: Assistant) -> None:
    answer = assistant.ask("What did the Ivorian representative describe?", doc_ids=[OTHER_ID])
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["2"]


def test_the_plural_of_a_nationality_noun_names_its_country(tmp_path) -> None:
    for plural, country in (
        ("kenyans", "kenya"), ("indonesians", "indonesia"), ("iraqis", "iraq"),
        ("filipinos", "philippines"), ("thais", "thailand"),
    ):  # fmt: skip
        assert same_name(plural, country), plural
    assert not same_name("austrians", "australia")
    # The everyday short forms name their countries too.
    for short, country in (("aussies", "australia"), ("brits", "britain"), ("kiwis", "zealand")):
        assert same_name(short, country), short
    paragraph = (
        "The representative of Jordan reported that 120 Jordanian nationals had been"
        " returned from compounds abroad in 2024."
    )
    answer = _ask_of_paragraph_4(
        tmp_path, paragraph, "How many Jordanians were returned from the compounds?"
    )
    assert not answer.refused and "120" in answer.answer, answer.answer


def test_a_figure_of_people_in_a_country_counts_its_nationals(tmp_path) -> None:
    """ "How many Chileans …?" is answered by a figure of people in Chile: a nationality noun
    names the people of its country, when the sentence names that country; a figure of
    people elsewhere, or of people unqualified, does not count them (nor women)."""
    text = "Fishing and aquaculture provided employment to some 150,000 people in Chile."
    assert people_of("Chileans", text)
    assert people_of("Filipinos", "The Philippine authorities had repatriated 1,100 nationals.")
    assert not people_of("Peruvians", text)
    assert not people_of("women", text)
    assert counted("How many Somalis got cash handouts in 2024?") == "Somalis"
    assert counted("How many analysis reports were filed?") == "reports"
    paragraph = (
        "The Undersecretary of Fisheries of Chile recalled that fishing and aquaculture"
        " provided employment to some 150,000 people in Chile, many of them in small coastal"
        " communities."
    )
    chileans = _ask_of_paragraph_4(
        tmp_path, paragraph, "How many Chileans earn their living from fishing?"
    )
    assert not chileans.refused and "150,000" in chileans.answer, chileans.answer
    (tmp_path / "pe").mkdir()
    peruvians = _ask_of_paragraph_4(
        tmp_path / "pe", paragraph, "How many Peruvians earn their living from fishing?"
    )
    assert peruvians.refused, peruvians.answer


def test_a_wh_word_inside_a_yes_no_question_asks_for_nothing() -> None:
    # A relative clause or a "when" clause: the question asks yes or no.
    for question in (
        "Did anyone mention consular help when a country has no embassy nearby?",
        "Did anyone talk about people who were trafficked?",
        "Was there anything on countries where scam centres operate?",
    ):
        assert expected_type(question) == "any", question
    # An embedded question still asks for its kind.
    for question, kind in (
        ("Did the report say who chaired the meeting?", "agent"),
        ("Can you tell me where it was held?", "place"),
        ("Was anything said about when the next meeting is?", "date"),
        ("Do you know which countries spoke?", "agent"),
    ):
        assert expected_type(question) == kind, question


def test_a_speaker_asked_about_in_another_role_is_found(assistant: Assistant) -> None:
    # The report says "the observer for Curaçao"; a delegate may say expert or participant.
    for question, para in (
        ("What did the expert from Curaçao report?", "1"),
        ("What did the participant from Côte d'Ivoire describe?", "2"),
    ):
        answer = assistant.ask(question, doc_ids=[OTHER_ID])
        assert not answer.refused, (question, answer.answer)
        assert [c.para for c in answer.citations] == [para]
    names = ("council", "europe")
    assert speaks_as("The representative of the Council of Europe said …", names)
    assert speaks_as("The Council of Europe representative noted …", names)
    assert not speaks_as("Experts referred to the Council of Europe Convention.", names)


def test_who_said_it_is_no_concept_when_the_question_names_no_one(assistant: Assistant) -> None:
    # "speakers" asks what was said; the recommendations give the same point without saying
    # who, so the word must not favour the paragraphs that happen to say "speakers".
    asked = assistant.gather("What did speakers say about women?", doc_ids=[SEED_ID]).profile
    assert "speaker" not in asked.weights and "women" in asked.weights
    named = assistant.gather("What did the expert from Curaçao say?", doc_ids=[OTHER_ID]).profile
    assert named.roles == ("expert",)
    # Nor in another question form: the report says "speakers", never "delegates".
    groups = assistant.ask("Which specific groups did delegates discuss?", doc_ids=[SEED_ID])
    assert not groups.refused and [c.para for c in groups.citations] == ["4"], groups.answer


def test_numbers_in_words_are_figures() -> None:
    for text in ["forty per cent", "a third of them", "seven in ten", "three hundred", "1,250"]:
        assert has_number(text), text
    assert not has_number("one of the speakers noted it")
    assert expected_type("Can you tell me how many officers were trained?") == "number"
    assert expected_type("I would like to know who chaired the meeting.") == "agent"
    assert expected_type("When will the strategies be adopted?") == "date"
    # A yes/no question about what a named party said asks for its statement, as "what did".
    assert expected_type("Did Hélène Dubois present anything herself?") == "statement"
    assert expected_type("Did anyone mention the Kyoto Declaration?") == "any"
    assert expected_type("Tell me what Solomon Islands said.") == "statement"
    assert expected_type("Tell me what was said about youth.") == "any"
    assert expected_type("What did the participant from Sao Tome call for?") == "statement"
    # The meeting is no party: what it recommended is what its report says.
    assert expected_type("What did the Africa meeting recommend overall?") == "any"
    assert gives("date", "Bridgetown, 3–4 March 2025")
    assert not gives("date", "strategies currently being negotiated")


def test_a_share_a_sum_of_money_or_a_count_is_answered_by_one_not_by_any_figure() -> None:
    """ "What proportion …?" asks for a part of a whole, "What did it cost?" for an amount
    of money and "How many people …?" for a count: a year, a date or a share is no count."""
    share = "What proportion of prisoners are held in pretrial detention?"
    for text in ["Forty per cent of them", "more than half", "seven in ten", "12 of the 20"]:
        assert gives("number", text, share), text
    assert not gives("number", "Some 3,000 prisoners were held in 2024.", share)
    # "How much of …" asks for a part of a whole too, whatever the whole.
    part = "How much of Gabon is covered by forest?"
    assert gives("number", "forests covered close to nine tenths of the territory", part)
    assert not gives("number", "Gabon had banned the export of logs since 2010.", part)
    money = "What was the value of the medicines seized?"
    for text in ["goods worth US$ 4 million", "EUR 300,000", "5 million dollars"]:
        assert gives("number", text, money), text
    assert not gives("number", "2.3 million units were seized.", money)
    assert not gives("number", "Bangkok, 21–23 January 2025", "How much did it cost to host it?")
    # How much of a sum of money, or a figure in a currency, is asked for as money is.
    for asked in ("How much ransom was paid?", "How much tax revenue, in dollars, is lost?"):
        assert not gives("number", "2021; 34; 57; 4.1; 41", asked), asked
        assert gives("number", "Some US$ 2 million was paid.", asked), asked
    # "Europe" holds no currency code: a count of participants answers how many took part.
    europe = "Roughly how many people took part in the European meeting?"
    assert gives("number", "In all, some three hundred participants attended.", europe)
    assert not gives("number", "Europe lost 3 tonnes.", "How much did it cost?")
    assert gives("number", "2.3 million units were seized.", "How many units were seized?")
    count = "How many people die each year from falsified medicines?"
    assert not gives("number", "Nearly forty per cent of the samples failed in 2019.", count)
    assert not gives("number", "It was held in Seoul from 16 to 18 June 2025.", count)
    assert gives("number", "Some 3,000 people died.", count)
    assert gives("number", "Seven in ten websites", "How many of the websites were illegal?")
    assert gives("number", "Bangkok, 21–23 January 2025", "How many days did it last?")


def test_exactly_how_many_or_when_exactly_is_not_answered_by_a_rough_figure_or_date() -> None:
    exactly = "Exactly how many accounts did the companies remove in 2025?"
    for rough in (
        "Companies had removed tens of thousands of accounts in 2025.",
        "Companies had removed more than 400 accounts in 2025.",
        "Companies had removed some two hundred and fifty accounts.",
        "Companies had removed hundreds of accounts.",
    ):
        assert not gives("number", rough, exactly), rough
        assert gives("number", rough, exactly.replace("Exactly how", "How")), rough
    assert gives("number", "Companies had removed 41,250 accounts in 2025.", exactly)
    assert gives("number", "They had removed forty-three accounts.", exactly)
    when = "When exactly will the assessment be published?"
    for rough in ("UNODC would publish it later in the year.", "It will appear in 2026."):
        assert not gives("date", rough, when), rough
        assert gives("date", rough, when.replace(" exactly", "")), rough
    assert gives("date", "UNODC would publish it on 5 March 2026.", when)
    assert gives("date", "UNODC would publish it in March 2026.", "On what exact date …?")
    assert expected_type("On what exact dates will the Congress take place?") == "date"


def test_where_and_when_a_meeting_was_held_does_not_place_an_event_to_come() -> None:
    future = "When and where will the Fifteenth Congress take place?"
    assert not gives("date", "The meeting was held in Seoul from 16 to 18 June 2025.", future)
    assert not gives(
        "place", "Place and dates of the meeting (where and when it was held): Vienna", future
    )
    assert gives("date", "The Fifteenth Congress will be held in Kyoto in April 2026.", future)
    # Only a sentence about what is to come places and dates it.
    for text in (
        "At its 1st meeting, on 3 March 2025, the meeting elected its officers.",
        "The Expert Group held six sessions.",
    ):
        assert not gives("date", text, "When will the Expert Group meet next?"), text
    assert gives("date", "Its next session is scheduled for May 2026.", "When will it meet next?")
    assert gives("place", "The Congress, to be held in Kyoto, will review it.", future)
    past = "When was the meeting held?"
    assert gives("date", "The meeting was held in Seoul from 16 to 18 June 2025.", past)


def test_a_count_of_days_or_sessions_says_how_many_not_when() -> None:
    when = "When was the Expert Group set up?"
    for text in ("The Expert Group held six sessions.", "It was a three-day meeting."):
        assert not gives("date", text, when), text
    # An ordinal, a determiner or a word of relative time places it.
    for text in (
        "The Commission will consider it at its thirty-fourth session.",
        "The unit was set up two years ago.",
        "It was set up in the spring.",
    ):
        assert gives("date", text, when), text


def test_an_item_s_first_word_is_capitalised_as_a_sentence_s_is_not_as_a_name() -> None:
    """An agenda line or a sub-item names no place and no new name by its first word."""
    assert not gives("place", "2. Election of officers.")
    assert not gives("place", "(b) Establish specialized police units;")
    assert not gives("name", "(iii) Adoption of the report.", "Which body adopted it?")
    assert gives("place", "(b) Hold the next workshop in Port Moresby;")
    assert gives("agent", "(a) UNODC should assist Member States;")


@pytest.mark.parametrize("spelling", ["Curaçao", "Curacao"])
def test_accented_names_are_found_with_or_without_accents(
    assistant: Assistant, spelling: str
) -> None:
    answer = assistant.ask(f"What did {spelling} report?", doc_ids=[OTHER_ID])
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"]
    assert "Curaçao" in answer.answer


@pytest.mark.parametrize(
    ("question", "para", "fact"),
    [
        ("What share of trafficking victims were children?", "1", "forty per cent"),
        ("How many police officers were trained?", "2", "three hundred"),
        ("How long did the police training programme last?", "2", "eighteen months"),
    ],
)
def test_a_figure_written_in_words_answers_how_many(
    assistant: Assistant, question: str, para: str, fact: str
) -> None:
    answer = assistant.ask(question, doc_ids=[OTHER_ID])
    assert not answer.refused, answer.answer
    assert para in [c.para for c in answer.citations]
    assert fact in answer.answer


EXPERTS = """Report of the Expert Group Meeting on Wildlife Crime

Nairobi, 2–3 June 2025

I. Attendance

1. The meeting was attended by twenty-two experts from eleven States.

2. Observers from three organizations took part in the discussions.

II. Deliberations

3. The representative of Kenya described the use of detection dogs at airports.

4. Speakers noted that ivory and pangolin scales were often shipped through the same ports.

5. The meeting recommended that customs administrations share risk profiles of shipments.

6. Several speakers called for training of prosecutors in financial investigations.

7. Customs officers seized twelve tonnes of ivory at the port of Mombasa in 2024.

8. The meeting was opened by the Director of the Division for Treaty Affairs of UNODC.

9. The meeting elected Ms. Wanjiru Kamau (Kenya) as its Chair.
"""


def test_a_count_question_counts_the_head_of_its_phrase_or_what_a_measure_measures() -> None:
    assert counted("How many experts from Kenya took part?") == "experts"
    assert counted("How many victims of trafficking were identified?") == "victims"
    assert counted("How many tonnes of methamphetamine were seized?") == "methamphetamine"
    assert counted("How many kilograms of cocaine from Colombia were seized?") == "cocaine"
    # A possessive is what is counted.
    assert counted("How many countries' experts took part?") == "countries"
    # Whatever the verb, or with none, a count is of the first plural after "how many".
    assert counted("How many containers pass through the ports each year?") == "containers"
    assert counted("How many 3D-printed guns did France seize in 2025?") == "guns"
    assert counted("Which States sent experts, and how many experts?") == "experts"
    assert counted("How many people followed the meeting online?") == "people"
    # A conjunction ends the phrase: the verb after it is a second question's.
    assert counted("phishing training - how many people and did it work?") == "people"
    assert counted("How many experts or observers attended?") == "experts"
    # A count is of a plural: an adverb after the noun qualifies it.
    assert counted("How many victims abroad did the consulates assist?") == "victims"
    assert counted("How many refugees overall did Chad take in?") == "refugees"
    assert counted("How many police officers were trained?") == "officers"


def test_the_size_of_a_change_is_given_by_a_share_as_well_as_by_a_sum() -> None:
    """ "By how much …?" and "How much higher …?" ask how big a difference is: "20 per cent
    higher" answers them, though a question on prices would otherwise want a sum of money."""
    share = "Prices in rigged tenders were on average 20 per cent higher than in other tenders."
    for asked in (
        "By how much does bid rigging push up prices?",
        "How much cheaper is it to dump waste than to treat it?",
    ):
        assert gives("number", share, asked), asked
        assert not gives("number", "Rigged tenders cost more than other tenders.", asked)
    # Without a difference asked, prices still want a sum.
    assert not gives("number", share, "What prices did the tenders reach?")


MULTIPLES = """Report of a synthetic expert group meeting

Santo Domingo, 3–4 March 2025

I. Deliberations

1. The expert from the Dominican Republic reported that the number of containers transshipped
through the country's ports had tripled over the past decade, while the number of customs
officers assigned to those ports had remained unchanged.

2. The expert from Panama reported that a vessel flagged in a third State had been detained in
port twice for failing to comply with instructions.
"""


def test_how_many_times_asks_for_a_multiple_not_for_a_count_of_things(tmp_path) -> None:
    """ "How many times …?" counts no thing called "times": a multiple ("tripled",
    "tenfold", "twice") or a figure answers it; a sentence with neither does not."""
    asked = "How many times over has the number of containers grown?"
    assert counted(asked) == ""
    for text in ("had tripled", "had increased more than tenfold", "was detained twice"):
        assert gives("number", f"The number {text} over the decade.", asked), text
    assert not gives("number", "The number of officers had remained unchanged.", asked)
    assistant = _assistant_over(tmp_path, {"multiples": MULTIPLES}, SEED)
    grown = assistant.ask(asked, doc_ids=["multiples"])
    assert not grown.refused and "tripled" in grown.answer, grown.answer
    held = assistant.ask("How many times was the vessel detained in port?", doc_ids=["multiples"])
    assert not held.refused and "twice" in held.answer, held.answer


RETURNS = """Report of a synthetic subregional workshop

Castries, 3–4 March 2025

I. Deliberations

1. The representative of Saint Lucia described a programme under which returnees were met on
arrival and received identity documents, and reported that 140 officers had been trained for it.

2. The representative of Grenada reported that 31 States of the region, observers and civil
society organizations had been consulted on the draft law.

3. Participants noted that the number of cases referred to prosecutors by the specialized units
had risen from 1,200 in 2022 to 2,950 in 2024.
"""


def test_a_count_is_answered_only_by_a_figure_that_counts_what_is_asked(tmp_path) -> None:
    """A sentence that names what is counted and holds a figure of something else gives no
    count of it: the figure must stand before it (its adjectives between), right after it, or
    after "the number of" it."""
    assistant = _assistant_over(tmp_path, {"returns": RETURNS}, SEED)
    for question in (
        "How many returnees does Saint Lucia receive each year?",
        "How many civil society organizations were consulted on the draft law?",
    ):
        answer = assistant.ask(question, doc_ids=["returns"])
        assert answer.refused and answer.citations == [], (question, answer.answer)
    officers = assistant.ask("How many officers were trained for the programme?")
    assert not officers.refused and "140" in officers.answer, officers.answer
    states = assistant.ask("How many States were consulted on the draft law?")
    assert not states.refused and "31" in states.answer, states.answer
    referred = assistant.ask("How many cases were referred to prosecutors in 2024?")
    assert not referred.refused and "2,950" in referred.answer, referred.answer


@pytest.fixture(scope="module")
def experts(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _assistant_over(tmp_path_factory.mktemp("experts-home"), {"experts": EXPERTS})


def test_what_a_count_question_counts_is_asked_even_when_it_names_the_meeting(
    experts: Assistant,
) -> None:
    # "experts" names an expert group meeting, but "how many experts" asks for them.
    assistant = experts
    asked = assistant.gather("How many experts from Kenya took part?").profile
    assert "expert" in asked.weights and asked.counted == "experts"
    answer = assistant.ask("How many experts were there?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"]
    assert "twenty-two" in answer.answer
    # A measure counts what it measures: tonnes of ivory are no answer on tonnes of rhino horn.
    assert assistant.ask("How many tonnes of ivory were seized?").citations[0].para == "7"
    assert assistant.ask("How many tonnes of rhino horn were seized?").refused
    # Whatever its verb: twelve tonnes seized at one port count no ports.
    assert assistant.ask("How many ports handle ivory shipments?").refused


def test_which_countries_is_not_answered_by_a_body_or_by_member_states() -> None:
    asked = "Which countries took part in the joint operation?"
    assert not gives("agent", "The World Customs Organization described a joint operation.", asked)
    assert not gives("agent", "Experts from 23 Member States took part.", asked)
    assert not gives("agent", "Several speakers described a joint operation.", asked)
    assert gives("agent", "Customs in Kenya and the United Republic of Tanzania took part.", asked)
    assert gives("agent", "Several speakers described a joint operation.", "Who took part?")
    objected = "Which delegations objected to the recommendations?"
    assert not gives(
        "agent", "The recommendations were not negotiated by the participants.", objected
    )
    assert gives("agent", "The delegation of Mexico objected to them.", objected)


def test_which_countries_is_not_answered_by_a_country_it_names_or_by_states_unnamed() -> None:
    asked = "Which countries donated the border scanners to Tajikistan?"
    proper = frozenset({"tajikistan"})
    donated = "Tajikistan had equipped its crossing points with scanners donated by partner States."
    assert not gives("agent", donated, asked, proper)
    assert not gives("agent", "The Government had banned all such operators.", asked, proper)
    assert gives(
        "agent",
        "Tajikistan had scanners donated by Japan and the Republic of Korea.",
        asked,
        proper,
    )
    # A country the question does not name still answers, in whatever words it was asked.
    assert gives("agent", donated.replace("partner States", "China"), asked, proper)
    assert gives("agent", "The United States donated them.", "Which States donated scanners?")
    # A body's name names its country at its end, and a region's name names none.
    which = "Which country does Ana Sousa work for?"
    portugal = "Ana Sousa, head of unit at the Prison Services of Portugal, spoke."
    assert gives("agent", portugal, which)
    assert not gives("agent", portugal.replace("of Portugal", "of the Region"), which)
    assert not gives("agent", "The Latin America and Caribbean Regional Meeting opened.", which)


def test_who_did_it_is_answered_by_an_agent_the_question_did_not_give() -> None:
    asked = "Who opened the meeting?"
    # "Opening" is written as a name where the agenda is quoted: still the question's own word.
    assert not gives("agent", "1. Opening of the meeting.", asked, frozenset({"opening"}))
    assert gives(
        "agent", "The meeting was opened by Aminata Traoré, Regional Representative.", asked
    )
    assert gives("agent", "The meeting was opened by the Chief of the Section.", asked)
    assert not gives("agent", "The experts stressed its importance.", "Which experts spoke?")
    assert gives("agent", "The expert from Togo stressed its importance.", "Which experts spoke?")


def test_the_digits_of_a_document_symbol_are_no_count_and_no_date() -> None:
    paper = "The experts had before them a background paper (UNODC/SYN/EG.4/2025/CRP.1)."
    assert not gives("number", paper, "How many experts took part?")
    assert not gives("date", paper, "When was the paper issued?")
    assert gives("number", "It was attended by twenty-six experts.", "How many experts took part?")
    # Asked for, a document's number is its symbol.
    assert gives("number", "Document symbol: A/CONF.999/RPM.7/L.1", "What's the doc number?")


def test_a_person_s_name_asked_for_is_not_given_by_their_office(experts: Assistant) -> None:
    opened = experts.ask("What is the name of the UNODC director who opened the meeting?")
    assert opened.refused and opened.citations == [], opened.answer
    assert "No name is given" in opened.answer
    assert expected_type("What is the Czech Minister's name?") == "name"
    assert experts.ask("What is the UNODC director's name?").refused
    chair = experts.ask("What is the name of the Chair?")
    assert not chair.refused and "Wanjiru Kamau" in chair.answer
    # A body is no person, even written before brackets as persons are.
    assert not gives("name", "The World Health Organization (WHO) attended.", "name of the head")


AGENDA = """Report of a synthetic regional meeting

Lima, 4–6 June 2025

I. Summary of deliberations

A. Agenda item 4: crime prevention

1. Statements were made by the representatives of Chile, Peru and Uruguay.

2. The representative of Chile described a school programme against gang recruitment.

B. Agenda item 5: criminal justice

3. Statements were made by the representatives of Bolivia, Ecuador and Paraguay.

4. The representative of Ecuador described mobile courts for remote areas.

C. Agenda item 6: international cooperation

5. Statements were made by the representatives of Argentina, Brazil and Colombia.

6. The representative of Brazil described joint investigation teams with its neighbours.
"""


def test_a_question_scoped_to_an_agenda_item_is_answered_from_under_its_heading(
    tmp_path,
) -> None:
    assistant = _assistant_over(tmp_path, {"agenda": AGENDA})
    for item, para in (("4", "1"), ("5", "3"), ("6", "5")):
        answer = assistant.ask(f"Which countries spoke under agenda item {item}?")
        assert [c.para for c in answer.citations] == [para], (item, answer.answer)
    # Chile spoke under item 4 only.
    assert assistant.ask("What did Chile say under item 6?").refused
    assert assistant.gather("Who spoke under item 5?").profile.scope == "5"
    assert assistant.gather("Who spoke under item 5 (a)?").profile.scope == "5(a)"
    lettered = UnitHit("d", "1", "paragraph", 1, "", "B. Agenda item 5 (a) › 1", "", "")
    assert in_scope("5(a)", lettered) and in_scope("5", lettered)
    assert not in_scope("5(b)", lettered) and not in_scope(
        "1", replace(lettered, section="item 12")
    )


def test_a_missing_figure_is_refused_with_its_reason(assistant: Assistant) -> None:
    answer = assistant.ask("How many participants attended the meeting?", doc_ids=[SEED_ID])
    assert answer.refused and answer.citations == []


def test_question_frames_keep_the_same_answer(assistant: Assistant) -> None:
    frames = [
        "What was recommended about the protection of elderly people?",
        "Did anyone mention the protection of elderly people?",
        "Is there anything on the protection of elderly people?",
        "Was the protection of elderly people discussed?",
        "Tell me what the report says about the protection of elderly people.",
    ]
    answers = [assistant.ask(q, doc_ids=[SEED_ID]) for q in frames]
    assert not any(a.refused for a in answers), [a.answer for a in answers if a.refused]
    for answer in answers:
        assert "8(g)" in [c.para for c in answer.citations], answer.answer


def test_every_form_of_a_frame_verb_is_a_frame(assistant: Assistant) -> None:
    # "brought up" was a frame and "bring up" was the concept the answer had to hold.
    for question in (
        "Did anyone bring up the Kyoto Declaration?",
        "Was the Kyoto Declaration raised?",
    ):
        answer = assistant.ask(question, doc_ids=[SEED_ID])
        assert not answer.refused, (question, answer.answer)
        assert "Kyoto Declaration" in answer.answer


def test_the_session_or_the_gathering_is_the_meeting(assistant: Assistant) -> None:
    """Whatever noun the question uses for the meeting the report is about, it names the
    document, not a concept the answer must share."""
    asked = ["the meeting", "the session", "the gathering", "this workshop"]
    answers = [
        assistant.ask(f"On what dates did {a} take place?", doc_ids=[SEED_ID]) for a in asked
    ]
    assert not any(a.refused for a in answers), [a.answer for a in answers if a.refused]
    for answer in answers:
        assert [c.para for c in answer.citations] == ["front"], answer.answer
        assert "21" in answer.answer and "January 2025" in answer.answer, answer.answer


def test_where_or_when_the_meeting_was_asks_where_or_when_it_was_held(
    assistant: Assistant,
) -> None:
    # The event that ends a where/when question is what was held: its place and dates answer,
    # not the meeting's name nor an unrelated passage.
    for asked in (
        "Where and when was the regional preparatory meeting?",
        "where was the workshop?",
    ):
        answer = assistant.ask(asked, doc_ids=[SEED_ID])
        assert not answer.refused, answer.answer
        assert [c.para for c in answer.citations] == ["front"], answer.answer
        assert "Place and dates of the meeting: Bangkok, 21–23 January 2025" in answer.answer


def test_zero_width_characters_in_a_question_change_nothing(assistant: Assistant) -> None:
    plain = assistant.ask("Who are increasingly targets of online frauds?", doc_ids=[SEED_ID])
    hidden = assistant.ask(
        "Who are increasingly tar\u200bgets of on\u200bline fr\u200dauds?", doc_ids=[SEED_ID]
    )
    assert [c.para for c in hidden.citations] == [c.para for c in plain.citations] == ["8(g)"]
    assert hidden.question.count("\u200b") == 2  # shown as typed


def test_a_name_that_said_nothing_on_the_topic_gives_a_refusal_with_the_closest_passage(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("What did Japan say about wildlife trafficking?", doc_ids=[SEED_ID])
    assert answer.refused and answer.citations == []
    assert answer.answer.startswith("The documents do not say")
    assert answer.related and "wildlife" in answer.related[0].quote.lower()


def test_a_question_for_another_document_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("What share of trafficking victims were children?", doc_ids=[SEED_ID])
    assert answer.refused and answer.citations == []


def test_a_follow_up_that_points_back_keeps_the_previous_paragraph(assistant: Assistant) -> None:
    history = [
        Message(role="user", content="What did the observer for Curaçao report?"),
        Message(
            role="assistant",
            content="The observer for Curaçao reported that forty per cent of the trafficking "
            "victims identified in 2024 were children [1].",
        ),
    ]
    answer = assistant.ask("Which year was that?", history, doc_ids=[OTHER_ID])
    assert not answer.refused, answer.answer
    assert "2024" in answer.answer and [c.para for c in answer.citations] == ["1"]


def test_a_huge_paragraph_is_weighed_by_its_sentences_that_share_the_question(
    tmp_path,
) -> None:
    filler = " ".join(f"Delegates reviewed item {i} of the programme." for i in range(300))
    text = (
        "Report of a long meeting\n\nI. Deliberations\n\n1. "
        f"{filler} Speakers warned that falconry permits were forged by smugglers. {filler}\n"
    )
    assistant = _assistant_over(tmp_path, {"long": text})
    found = assistant.gather("Who forged falconry permits?", (), ["long"])
    scored = assistant.extractive.score(
        found.profile, found.vector, found.hits, found.metas, found.index
    )
    assert len([c for c in scored if c.hit.unit_id == "1"]) <= 60
    answer = assistant.ask("Who forged falconry permits?", doc_ids=["long"])
    assert not answer.refused and "smugglers" in answer.answer


def test_format_characters_inside_a_document_do_not_hide_its_words(tmp_path) -> None:
    hidden = "cor\u200brup\u200btion"
    text = (
        "Report of a meeting\n\nI. Deliberations\n\n"
        f"1. Speakers said that {hidden} in customs (\u202eenoz\u202c) delays trade.\n"
    )
    assistant = _assistant_over(tmp_path, {"hidden": text})
    assert assistant.retriever.retrieve("corruption", mode="bm25")[0].unit_id == "1"
    answer = assistant.ask("What was said about corruption in customs?", doc_ids=["hidden"])
    assert not answer.refused and [c.para for c in answer.citations] == ["1"]
    assert hidden in answer.citations[0].text  # shown as the document has it


SEIZURES = """Report of a synthetic subregional meeting

Amman, 3–4 March 2025

I. Deliberations

1. The Secretariat presented data on seizures of captagon tablets reported for 2024, {}
Country | Tablets seized | Cases recorded
Jordan | 61,500,000 | 1,920
Kuwait | 9,300,000 | 245

2. The representative of Jordan reported that 42 smuggling drones had been downed in 2023.

3. The meeting concluded that regional data sharing on seizures should become routine.
""".format("which are set out in the table below:")


def test_a_year_asked_about_restricts_the_answer_as_a_name_does(tmp_path) -> None:
    assistant = _assistant_over(tmp_path, {"seizures": SEIZURES}, SEED)
    # 2024 frames the table by its introducing sentence: the row answers.
    row = assistant.ask("How many captagon tablets did Jordan seize in 2024?")
    assert not row.refused and "61,500,000" in row.answer, row.answer
    assert [c.para for c in row.citations] == ["1"]
    # The drones were downed in 2023: a question about 2022 is not answered by them, and a
    # year the document never gives is named in the refusal.
    assert not assistant.ask("How many drones did Jordan down in 2023?").refused
    other = assistant.ask("How many drones did Jordan down in 2022?")
    assert other.refused and other.citations == [], other.answer
    assert "2022" in other.answer
    # A year that dates the meeting itself only picks the document.
    dated = "What did the 2025 Amman meeting hear about drones?"
    assert "2025" not in assistant.gather(dated).profile.names
    assert [c.para for c in assistant.ask(dated).citations] == ["2"]


def test_asking_for_a_summary_or_a_list_is_a_frame_not_a_concept(tmp_path) -> None:
    assistant = _assistant_over(tmp_path, {"seizures": SEIZURES}, SEED)
    for question in (
        "Sum up what was said about drones.",
        "Give me a quick rundown on drones.",
        "In a nutshell, what about drones?",
        "List everything said about drones.",
    ):
        profile = assistant.gather(question).profile
        assert set(profile.weights) == {"drone"}, profile.weights
        answer = assistant.ask(question)
        assert [c.para for c in answer.citations] == ["2"], (question, answer.answer)


def test_an_agent_asked_for_may_be_a_sentence_s_first_word(tmp_path) -> None:
    text = SEIZURES + (
        "\n4. Kuwait presented a model of joint border patrols with its neighbours.\n"
        "\n5. Observers from Mexico and Kuwait thanked the hosts.\n"
    )
    assistant = _assistant_over(tmp_path, {"patrols": text}, SEED)
    answer = assistant.ask("Which country presented a model of joint border patrols?")
    assert not answer.refused and "Kuwait" in answer.answer, answer.answer
    asked = "Which country presented a model of joint border patrols?"
    # The first word is a name when the documents write it as one elsewhere ("Observers from
    # Mexico and Kuwait"); a capitalised first word alone is not ("Experts presented …").
    assert gives("agent", "Kuwait presented a model.", asked, frozenset({"kuwait"}))
    assert not gives("agent", "Kuwait presented a model.", asked)
    assert not gives("agent", "Experts presented a model.", asked, frozenset({"kuwait"}))


def test_where_and_when_the_meeting_was_held_is_its_place_and_dates_line(tmp_path) -> None:
    assistant = _assistant_over(tmp_path, {"seizures": SEIZURES}, SEED)
    for question in ("In which city did the participants meet?", "When was the meeting held?"):
        assert assistant.gather(question, doc_ids=["seizures"]).profile.convened
        answer = assistant.ask(question, doc_ids=["seizures"])
        assert [c.para for c in answer.citations] == ["front"], (question, answer.answer)
        assert "Amman, 3–4 March 2025" in answer.answer
    # Held or taking place, the event must be a meeting; and the next one is not this one.
    for question in ("When did that operation take place?", "Where will the next meeting be held?"):
        assert not assistant.gather(question, doc_ids=["seizures"]).profile.convened


def test_a_refusal_names_a_name_of_several_words_whole(tmp_path) -> None:
    text = SEIZURES + "\n4. The Islamic Republic of Iran and Saudi Arabia attended as observers.\n"
    assistant = _assistant_over(tmp_path, {"observers": text}, SEED)
    answer = assistant.ask("What did Saudi Arabia say about drones?", doc_ids=["observers"])
    assert answer.refused and "said of Saudi Arabia." in answer.answer, answer.answer
    # A name the documents never write is named whole too, with its words they do write.
    answer = assistant.ask("What did South Sudan and Saudi Arabia say?", doc_ids=["observers"])
    assert answer.refused and "do not mention South Sudan." in answer.answer, answer.answer
    answer = assistant.ask("What about pirates off West Africa?", doc_ids=["observers"])
    assert answer.refused and "do not mention West Africa." in answer.answer, answer.answer
    asked = "What did the Islamic Republic of Iran and Kenya say?"
    names = {"Islamic", "Republic", "Iran", "Kenya"}
    assert name_runs(asked, names) == ["Islamic Republic of Iran", "Kenya"]


def test_who_held_a_role_is_a_person_not_the_role(tmp_path) -> None:
    text = SEIZURES + (
        "\n4. Statements were made by the representatives of Jordan and Kuwait and by the"
        " observer for the International Organization for Migration (IOM).\n"
        "\n5. Ms. Leila Haddad (Jordan) represented Jordan and said that the drone data showed"
        " new smuggling routes.\n"
    )
    assistant = _assistant_over(tmp_path, {"roles": text}, SEED)
    jordan = assistant.ask("Who represented Jordan at the meeting?", doc_ids=["roles"])
    assert not jordan.refused and "Leila Haddad" in jordan.answer, jordan.answer
    # The report names the roles, not who held them.
    for question in (
        "Who represented Kuwait at the meeting?",
        "Who represented IOM at the meeting?",
        "Who was the IOM observer at the meeting?",
        "What is the IOM observer's name?",
    ):
        answer = assistant.ask(question, doc_ids=["roles"])
        assert answer.refused and answer.citations == [], (question, answer.answer)
    kuwait = assistant.ask("Who represented Kuwait at the meeting?", doc_ids=["roles"])
    assert "No name is given for it" in kuwait.answer, kuwait.answer


def test_a_sentence_that_introduces_a_list_gives_what_the_list_gives(tmp_path) -> None:
    text = SEIZURES + (
        "\n4. At its 1st session, the meeting elected its officers by acclamation. The following"
        " officers were elected:\nChair: Leila Haddad (Jordan)\nRapporteur: Omar Saleh (Kuwait)\n"
        "\n5. Representatives of the World Health Organization (WHO) attended the meeting.\n"
    )
    assistant = _assistant_over(tmp_path, {"officers": text}, SEED)
    answer = assistant.ask("Who were the officers of the meeting?", doc_ids=["officers"])
    assert not answer.refused and [c.para for c in answer.citations] == ["4"], answer.answer
    assert "Leila Haddad" in answer.answer and "Omar Saleh" in answer.answer
    # The officers are persons, but none of them is named as WHO's: "WHO" is a name here,
    # though it spells a question word.
    who = assistant.ask("Who was the WHO representative at the meeting?", doc_ids=["officers"])
    assert who.refused and who.citations == [], who.answer


def test_who_served_or_acted_as_an_officer_asks_who_the_officer_was(tmp_path) -> None:
    """ "Who served as Rapporteur?" asks who was Rapporteur: "served as" links the person to
    the role, as "was" does, and is no concept a report writes beside its officers' lines.
    Taken as one, it was the question's only concept and the lines held nothing of it."""
    text = SEIZURES + (
        "\n4. At its 1st session, the meeting elected the following officers:\n"
        "Chair: Leila Haddad (Jordan)\nRapporteur: Omar Saleh (Kuwait)\n"
    )
    assistant = _assistant_over(tmp_path, {"officers": text}, SEED)
    for question in ("Who served as Rapporteur of the meeting?", "Who acted as Chair?"):
        answer = assistant.ask(question, doc_ids=["officers"])
        assert not answer.refused and [c.para for c in answer.citations] == ["4"], answer.answer
    assert "Omar Saleh" in assistant.ask("Who served as Rapporteur?", doc_ids=["officers"]).answer


def test_which_country_beside_an_officer_asked_only_names_the_kind_of_answer(tmp_path) -> None:
    """ "Who was the Rapporteur, and which country was he from?": the office is checked as a
    name, and "country" only says what kind of answer the second part wants, which the
    officers' line gives as "(Kuwait)" without the word. Left as the question's one concept,
    the line held none of it and the question was refused (blind test document, lt-08)."""
    text = SEIZURES + (
        "\n4. At its 1st session, the meeting elected the following officers:\n"
        "Chair: Leila Haddad (Jordan)\nRapporteur: Omar Saleh (Kuwait)\n"
    )
    assistant = _assistant_over(tmp_path, {"officers": text}, SEED)
    question = "Who was the Rapporteur of the meeting, and which country was he from?"
    answer = assistant.ask(question, doc_ids=["officers"])
    assert not answer.refused and [c.para for c in answer.citations] == ["4"], answer.answer
    assert "Omar Saleh" in answer.answer and "Kuwait" in answer.answer


def test_a_name_cut_to_its_head_word_is_the_name_given_in_full_before(tmp_path) -> None:
    """UN style names an instrument in full once, then by its head word: "The Protocol had
    been ratified by nine …" is of the Protocol on cattle rustling the sentence before names,
    so it answers how many States ratified the protocol on cattle rustling (blind test
    document, lt-06). A name in full ("The Government of Kenya …") is no short form."""
    paragraph = (
        "The observer for the regional police organization presented the Protocol on the "
        "Prevention and Eradication of Cattle Rustling in Eastern Africa, which required its "
        "States parties to set up national units. The Protocol had been ratified by nine of "
        "the fourteen member States of the organization."
    )
    question = "How many member States have ratified the protocol on cattle rustling?"
    answer = _ask_of_paragraph_4(tmp_path, paragraph, question)
    assert not answer.refused and [c.para for c in answer.citations] == ["4"], answer.answer
    assert "nine of the fourteen" in answer.answer
    assert _short_name("The Protocol had been ratified by nine States.") == "Protocol"
    assert _short_name("The Government of Kenya said that it would act.") == ""
    assert _full_name("Protocol", ["It presented the Protocol on Cattle Rustling, which …"]) == (
        "Protocol on Cattle Rustling"
    )


KILLINGS = """Report of the Expert Group Meeting on Gender-Related Killings of Women and Girls

Lima, 3–4 March 2025

I. Recommendations

1. States should provide reparation to the families of victims, in particular by:

(a) Granting children left orphaned a pension paid by the State;

(b) Suspending the parental authority of the alleged perpetrator over the children.
"""


def test_a_reports_title_frames_every_paragraph_of_it(tmp_path) -> None:
    """A report's title says what all of it is about, as a heading does for its section: an
    item of a report on killings of women that says "the alleged perpetrator" speaks of those
    killings without the word, and holds "killed" as its heading would, by half
    (CONTEXT_CREDIT). Calibration fk-31: the items of 47(h) were left out of the answer."""
    assistant = _assistant_over(tmp_path, {"killings": KILLINGS}, SEED)
    question = "What should States do for the families of women who were killed?"
    found = assistant.gather(question, doc_ids=["killings"])
    profile = found.profile
    ranked = assistant.extractive.score(profile, found.vector, found.hits, found.metas, found.index)
    item = next(c for c in ranked if c.hit.unit_id == "1(b)")
    own = f"{item.hit.section} {item.hit.lead_in}"
    untitled = assistant.extractive.concepts.coverage(
        profile.weights, profile.forms, item.match, own
    )
    assert item.features["coverage"] > untitled + 0.05, (item.features, untitled)


def test_an_acronym_with_a_possessive_is_an_acronym(tmp_path) -> None:
    """ "the EU's external borders" names the EU as "the EU" does: an acronym, which a report
    may spell out ("the European Union"), not a capitalised name it must write as asked.
    Read as a name, "EU's" was one the documents never mention, and the question was refused
    (blind test document, td-03)."""
    assert capitalised_names("What did the EU's observer say of Kenya's plan?") == ["Kenya's"]
    text = (
        "Report of a synthetic meeting on document fraud\n\nLyon, 3–4 March 2025\n\n"
        "I. Deliberations\n\n1. The observer for Frontex said that one in four of the "
        "fraudulent documents detected at the external borders of the European Union in 2024 "
        "were identity cards.\n"
    )
    assistant = _assistant_over(tmp_path, {"documents": text}, SEED)
    question = (
        "What share of the fraudulent documents found at the EU's external borders were ID cards?"
    )
    answer = assistant.ask(question, doc_ids=["documents"])
    assert not answer.refused and "one in four" in answer.answer, answer.answer


def test_a_figure_of_a_narrower_kind_counts_the_kind_asked(tmp_path) -> None:
    """Officers are people, so "140 officers" says how many people were trained; officers
    are not women, so it does not say how many women were. From WordNet's broader terms."""
    assert kind_of("officers", "people") and kind_of("tankers", "vessels")
    assert not kind_of("women", "officers") and not kind_of("organizations", "people")
    assistant = _assistant_over(tmp_path, {"returns": RETURNS}, SEED)
    people = assistant.ask("How many people were trained for the programme?")
    assert not people.refused and "140" in people.answer, people.answer
    women = assistant.ask("How many women were trained for the programme?", doc_ids=["returns"])
    assert women.refused and women.citations == [], women.answer


def _ask_of_paragraph_4(tmp_path: Path, paragraph: str, question: str) -> Answer:
    """``question`` asked of SEIZURES with ``paragraph`` added as its paragraph 4."""
    assistant = _assistant_over(tmp_path, {"fourth": f"{SEIZURES}\n4. {paragraph}\n"}, SEED)
    return assistant.ask(question, doc_ids=["fourth"])


def test_a_statement_carries_over_the_sentences_of_the_party_that_made_it(tmp_path) -> None:
    paragraph = (
        "The representative of Kuwait reported that its customs had installed scanners at"
        " the border crossings. Kuwait was setting up a joint unit with Jordan to trace the"
        " flights of smuggling drones."
    )
    answer = _ask_of_paragraph_4(
        tmp_path, paragraph, "What did Kuwait say about tracing drone flights?"
    )
    assert not answer.refused and [c.para for c in answer.citations] == ["4"], answer.answer
    assert "joint unit" in answer.answer, answer.answer


def test_and_in_another_year_or_place_asks_the_same_of_it() -> None:
    def turns(question: str) -> list[Message]:
        return [Message(role="user", content=question), Message(role="assistant", content="…")]

    seized = turns("How much cocaine was seized in 2024?")
    assert standalone_question("And in 2021?", seized) == "How much cocaine was seized in 2021?"
    assert standalone_question("What about 2022?", seized) == "How much cocaine was seized in 2022?"
    said = turns("What did Azerbaijan say about public procurement?")
    assert (
        standalone_question("And in Kyrgyzstan?", said)
        == "What did Kyrgyzstan say about public procurement?"
    )
    # A scope that is neither narrows the question.
    assert (
        standalone_question("And in the recommendations?", turns("What was said about youth?"))
        == "What was said about youth in the recommendations?"
    )


def test_a_record_that_a_party_spoke_is_not_what_it_said() -> None:
    asked = "What did the Wildlife Conservation Society say?"
    for text in (
        "Statements were also made by the observers for the Wildlife Conservation Society.",
        "A statement was delivered by the observer for the Wildlife Conservation Society.",
    ):
        assert not gives("statement", text, asked), text
    said = "The observer for the Wildlife Conservation Society described a ranger programme."
    assert gives("statement", said, asked)


def test_a_summary_is_answered_from_the_paragraphs_on_its_topic(assistant: Assistant) -> None:
    question = "Give me a quick summary of the part on challenges and evidence-based responses."
    assert assistant.gather(question, doc_ids=[SEED_ID]).profile.summary
    answer = assistant.ask(question, doc_ids=[SEED_ID])
    # Paragraph 2 is on the topic at the topic page's threshold, below the answer threshold.
    assert not answer.refused and [c.para for c in answer.citations] == ["2"], answer.answer
    assert not assistant.gather("What is the sum of the seizures?").profile.summary


def test_a_hyphenated_compound_is_one_concept(assistant: Assistant) -> None:
    """Its parts share one concept's weight: paragraph 5's "evidence-based information" held
    two of the five concepts of the summary above, and scored as on its topic."""
    joined = assistant.gather("What was said on evidence-based responses?", doc_ids=[SEED_ID])
    apart = assistant.gather("What was said on evidence based responses?", doc_ids=[SEED_ID])
    w, v = joined.profile.weights, apart.profile.weights
    assert w["evid"] == pytest.approx(v["evid"] / 2) and w["base"] == pytest.approx(v["base"] / 2)
    assert w["respons"] == pytest.approx(v["respons"])


def test_a_pronoun_refers_to_the_last_person_named_before_it(tmp_path) -> None:
    paragraph = (
        "Leila Haddad (Jordan) presented a study of smuggling drones. The study covered"
        " forty-two drones downed on the northern border. She explained that most of the drones"
        " carried tablets hidden in their battery compartments."
    )
    answer = _ask_of_paragraph_4(
        tmp_path, paragraph, "What did Leila Haddad explain about batteries?"
    )
    assert not answer.refused and [c.para for c in answer.citations] == ["4"], answer.answer
    assert "battery compartments" in answer.answer, answer.answer


def test_a_person_s_office_is_asked_for_and_must_stand_beside_their_name() -> None:
    for q in (
        "What role did Sheraz Ali play?",
        "What was Lucia Fernandez's role?",
        "What is Mariama Bâ's job?",
        "What position does Ousmane Ndiaye hold in the administration?",
        "Which ministry does Sheraz Ali work for?",
    ):
        assert expected_type(q) == "office", q
    # A stance is no office, nor is the role of a body or a country, nor working in a place.
    for q in (
        "What position did the European Union take on cybercrime?",
        "What's the position on probation?",
        "What role did UNODC play?",
        "What role did the Republic of Korea play?",
        "Which NGOs work in Kenya?",
        "Did Kenya employ community service?",
    ):
        assert expected_type(q) != "office", q
    role = "What role did Sheraz Ali play?"
    assert gives("office", "Rapporteur of the meeting: Sheraz Ali (Pakistan)", role)
    assert gives("office", "The meeting elected Sheraz Ali (Pakistan) as its Chair.", role)
    # Another clause's role noun is not theirs.
    assert not gives(
        "office", "Sheraz Ali (Pakistan) reported that customs inspectors were trained.", role
    )
    assert not gives("office", "Sheraz Ali (Pakistan) presented a study on prisons.", role)
    # Whom they work for needs a body, not a meeting role.
    employer = "Which ministry does Sheraz Ali work for?"
    assert not gives("office", "Rapporteur of the meeting: Sheraz Ali (Pakistan)", employer)
    assert gives("office", "Sheraz Ali, Director in the Ministry of Interior, spoke.", employer)
    # A body is written by its own name, whatever its head noun (a list of participants);
    # a country beside the name, or one capitalised word, is no body.
    agency = "Which agency does Martín Lavalle work for?"
    assert gives("office", "Martín Lavalle, Commander, Argentine Naval Prefecture", agency)
    assert not gives("office", "Martín Lavalle, Commander (Argentina)", agency)
    assert not gives("office", "Martín Lavalle (Argentina) reported Naval Prefecture data.", agency)


def test_an_office_the_documents_do_not_give_is_refused_with_that_reason(
    assistant: Assistant,
) -> None:
    rapporteur = assistant.ask("What role did Sheraz Ali play?", doc_ids=[SEED_ID])
    assert not rapporteur.refused and "Rapporteur" in rapporteur.answer
    employer = assistant.ask("Which ministry does Sheraz Ali work for?", doc_ids=[SEED_ID])
    assert employer.refused and employer.citations == []
    assert "No position or employer" in employer.answer


def test_the_kind_a_wh_word_asks_for_is_half_a_concept(assistant: Assistant) -> None:
    asked = "Which delegations objected to the recommendations?"
    found = assistant.gather(asked, doc_ids=[SEED_ID])
    weights, index = found.profile.weights, found.index
    assert weights["deleg"] == pytest.approx(index.idf("deleg") / 2)
    assert weights["object"] == pytest.approx(index.idf("object"))
    # Alone, the kind is no concept: the report lists the measures without the word.
    alone = assistant.gather("Which measures did the meeting recommend?", doc_ids=[SEED_ID])
    assert alone.profile.weights == {}
    # No delegation objected to the recommendations, which the report only lists.
    assert assistant.ask(asked, doc_ids=[SEED_ID]).refused


def test_an_item_that_introduces_sub_items_brings_them_and_they_do_not_crowd_out_items(
    tmp_path,
) -> None:
    # Twelve recommendations (the list answer's limit on items), the second of which only
    # introduces its own sub-items: quoted without them it would end in "in particular by:".
    items = [f"({chr(97 + i)}) Improve regional measure number {i + 1};" for i in range(12)]
    items[1] = "(b) Strengthen the prosecution of maritime crime, in particular by:"
    text = (
        SEIZURES
        + "\n4. The meeting recommended that the States of the region:\n"
        + "\n".join(
            [
                *items[:2],
                "(i) Training naval officers to preserve evidence on board;",
                "(ii) Designating specialized prosecutors for maritime crime;",
                *items[2:],
            ]
        )
    )
    assistant = _assistant_over(tmp_path, {"nested": text}, SEED)
    answer = assistant.ask("List everything the meeting recommended.", doc_ids=["nested"])
    paras = [c.para for c in answer.citations]
    assert not answer.refused and "4(b)(i)" in paras and "4(b)(ii)" in paras, paras
    assert "specialized prosecutors" in answer.answer, answer.answer
    # Every one of the twelve items is given: sub-items do not count against the limit.
    assert all(f"4({chr(97 + i)})" in paras for i in range(12)), paras


def test_a_name_the_question_excludes_is_not_asked_for(tmp_path) -> None:
    paragraph = (
        "A statement was made by the observer for the Naif Arab University for Security"
        " Sciences (NAUSS). Statements were also made by the observers for the Arab Interior"
        " Ministers Council and the Arab Forum for Drug Prevention."
    )
    for question in (
        "Apart from NAUSS, which observers made statements?",
        "Which observers made statements besides NAUSS?",
    ):
        home = tmp_path / str(len(question))
        home.mkdir()
        answer = _ask_of_paragraph_4(home, paragraph, question)
        assert not answer.refused, (question, answer.answer)
        assert "Arab Interior Ministers Council" in answer.answer, (question, answer.answer)


def test_a_paragraph_opened_by_a_statement_reports_that_party_until_another_speaks(
    tmp_path,
) -> None:
    paragraph = (
        "The representative of Kuwait stated that smuggling networks had moved to remote"
        " border areas. Since January 2025, the authorities had arrested some ninety"
        " suspected couriers. The observer for INTERPOL noted that twelve smuggling drones"
        " had been seized in the region."
    )
    assistant = _assistant_over(tmp_path, {"fourth": f"{SEIZURES}\n4. {paragraph}\n"}, SEED)
    answer = assistant.ask("How many suspected couriers has Kuwait arrested?", doc_ids=["fourth"])
    assert not answer.refused and "ninety" in answer.answer, answer.answer
    # The sentence after another speaker takes the floor is that speaker's, not Kuwait's.
    drones = assistant.ask("How many drones did Kuwait say were seized?", doc_ids=["fourth"])
    assert "twelve" not in drones.answer, drones.answer


def test_the_idioms_of_a_meeting_record_frame_the_question(assistant: Assistant) -> None:
    assert content_words("Did the Emirates take the floor?") == ["emirates"]
    assert content_words("Which groups took part, and did anything come up about drones?") == [
        "groups", "drones"
    ]  # fmt: skip
    # "take the floor" asks whether a party spoke: the record of its statement answers.
    answer = assistant.ask("Did the Russian Federation take the floor?", doc_ids=[SEED_ID])
    assert not answer.refused and [c.para for c in answer.citations] == ["1"], answer.answer


def test_a_paragraph_that_goes_on_with_a_pronoun_still_reports_the_speaker(tmp_path) -> None:
    text = (
        f"{SEIZURES}\n4. The representative of Kuwait stated that smuggling networks had moved"
        " to remote border areas. She noted with concern that couriers were recruited online.\n"
        "\n5. She added that her Government had set up a joint unit to trace smuggling drones.\n"
    )
    assistant = _assistant_over(tmp_path, {"carried": text}, SEED)
    answer = assistant.ask("What did Kuwait set up to trace drones?", doc_ids=["carried"])
    assert not answer.refused and [c.para for c in answer.citations] == ["5"], answer.answer


def test_verbs_of_saying_in_every_form_frame_the_question(assistant: Assistant) -> None:
    for question in (
        "Does the report cover transnational crimes?",
        "Did anyone argue for transnational crimes to be addressed?",
        "Did the delegates point out transnational crimes?",
    ):
        assert content_words(question)[-2:] == ["transnational", "crimes"], question
    answer = assistant.ask("Does the report cover transnational crimes?", doc_ids=[SEED_ID])
    assert not answer.refused and "6" in [c.para for c in answer.citations], answer.answer


def test_letters_that_have_no_accent_to_remove_are_typed_plain(tmp_path, monkeypatch) -> None:
    assert words("Łukasz Wiśniewski, Øystein Dahl, Gülnara Sadıkova and Đorđe Đorđević") == [
        "lukasz", "wisniewski", "oystein", "dahl", "gulnara", "sadikova", "and", "dorde",
        "dordevic",
    ]  # fmt: skip
    paragraph = "Łukasz Wiśniewski (Poland) announced a regional register of smuggling drones."
    answer = _ask_of_paragraph_4(tmp_path, paragraph, "What did Lukasz Wisniewski announce?")
    assert not answer.refused and [c.para for c in answer.citations] == ["4"], answer.answer
    # An index of words folded the old way is not reused: it lives in another folder.
    from assistant import _index_cache

    before = _index_cache.folder_for(tmp_path, "here", "units")
    monkeypatch.setattr(_index_cache, "FOLD_VERSION", 1)
    assert _index_cache.folder_for(tmp_path, "here", "units") != before


def test_a_statement_opened_by_its_speaker_s_name_carries_over(tmp_path) -> None:
    paragraph = (
        "Omar Saleh (Kuwait) reported that smuggling networks had moved to remote border"
        " areas. Most of the couriers arrested came from Jordan. He announced that a joint"
        " unit would trace the flights of smuggling drones."
    )
    answer = _ask_of_paragraph_4(tmp_path, paragraph, "What did Omar Saleh announce?")
    assert not answer.refused and "joint unit" in answer.answer, answer.answer


def test_contractions_and_requests_for_items_are_no_concepts(assistant: Assistant) -> None:
    assert content_words("I'm told they didn't cover piracy") == ["piracy"]
    assert content_words("Name all the crimes; break down each one and spell out the rest") == [
        "crimes", "one", "rest"
    ]  # fmt: skip
    answer = assistant.ask("Break down recommendation (c) for me.", doc_ids=[SEED_ID])
    assert not answer.refused and [c.para for c in answer.citations] == ["8(c)"], answer.answer


PIRACY = """Report of a synthetic expert meeting on maritime crime

Dakar, 5–6 May 2025

I. Piracy and armed robbery at sea

1. A representative of the Secretariat introduced the item on piracy. Attacks on ships in the
Gulf of Guinea had fallen since 2021. Most attacks now took place far from the coast.

2. The expert from Ghana said that pirates increasingly kidnapped crew members for ransom.
Ransoms were paid through intermediaries. Families of seafarers received little support.

3. The expert from Nigeria described joint naval patrols against piracy. Patrol vessels
shared radar data with neighbouring navies. Arrests at sea had doubled in two years.

4. The expert from Benin noted that piracy suspects were often released for lack of
evidence. Prosecutors needed training on maritime evidence. Few courts heard piracy cases.

5. Experts agreed that the financial flows behind piracy had to be traced. Ransom money was
laundered through real estate. Banks rarely reported such transactions.

II. Fisheries crime

6. Illegal fishing by foreign trawlers depleted stocks along the coast. Observers on board
were threatened. Licences were sold without checks.
"""


def test_a_summary_gives_every_paragraph_on_its_topic_before_more_of_any(tmp_path) -> None:
    assistant = assistant_on_report(tmp_path, "maritime", PIRACY)
    answer = assistant.ask("Sum up the discussion on piracy.")
    assert not answer.refused, answer.answer
    cited = [c.para for c in answer.citations]
    # Five paragraphs on piracy, three sentences each: the limit of a list (12) takes the
    # gist of all five, not every sentence of the first four; nothing of the front matter.
    assert {"1", "2", "3", "4", "5"} <= set(cited) and "front" not in cited, answer.answer


RECORDS = """Report of a synthetic expert meeting on crime at sea

Accra, 2–3 June 2025

I. Piracy and armed robbery at sea (agenda item 4)

1. A representative of the Secretariat introduced the item, noting that attacks on ships in
the Gulf of Guinea had fallen since 2021.

2. Statements were made by the representatives of Ghana, Nigeria and Togo. A statement was
also made by the observer for the International Maritime Organization.

3. The representative of Nigeria said that piracy in the Gulf of Guinea had changed: pirates
now kidnapped crew members for ransom far from the coast.

II. Fisheries crime (agenda item 5)

4. A representative of the Secretariat introduced the item, noting that illegal fishing
depleted fish stocks along the coast.

5. Statements were made by the representatives of Senegal and Mauritania.

6. The representative of Senegal said that foreign trawlers fished illegally at night.
"""


def test_which_countries_spoke_on_a_topic_is_the_record_of_its_item() -> None:
    from assistant._answer_type import asks_who_spoke, records_speakers

    assert asks_who_spoke("Which countries spoke on piracy?")
    assert asks_who_spoke("Give me everyone who took the floor under item 5.")
    assert not asks_who_spoke("What did the delegations who spoke on piracy recommend?")
    assert not asks_who_spoke("Who said that?")
    assert records_speakers("Statements were also made by the observers for Europol and WCO.")
    assert records_speakers("A statement was delivered by the observer for UNODC.")
    assert not records_speakers("The representative of Ghana stated that piracy had fallen.")


@pytest.mark.parametrize(
    "question",
    [
        "Which countries spoke on kidnappings for ransom?",
        "Which States spoke on kidnappings at sea?",
    ],
)
def test_the_record_of_who_spoke_answers_which_parties_spoke_on_a_topic(
    tmp_path: Path, question: str
) -> None:
    assistant = assistant_on_report(tmp_path, "sea", RECORDS)
    answer = assistant.ask(question)
    assert not answer.refused, answer.answer
    # The record names no topic; its item does. "States" asks for States, as "countries" does.
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    assert "Togo" in answer.answer and "International Maritime Organization" in answer.answer


STOCKS = """Report of a synthetic meeting on firearms

Vienna, 1–2 July 2025

1. The representative of South Africa reported that firearms had gone missing from State
stocks held by the police. Member States were urged to secure their State stocks.

2. The representative of Brazil said that firearms had gone missing from police stocks and
been resold to criminal groups, and that oversight had passed to the Federal Police.
"""


def test_state_in_capitals_is_a_common_noun_not_a_party_to_name(tmp_path: Path) -> None:
    assistant = assistant_on_report(tmp_path, "stocks", STOCKS)
    history = [
        Message(role="user", content="What did South Africa say about State stocks?"),
        Message(role="assistant", content="Firearms had gone missing from State stocks [1]."),
    ]
    # The follow-up carries "State stocks" over; "State" is no party Brazil's answer must name.
    assert assistant.gather("And what about Brazil?", history).profile.names == ("brazil",)
    answer = assistant.ask("And what about Brazil?", history)
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    # "Which States …?" asks for States as "Which countries …?" asks for countries.
    assert assistant.gather("Which States spoke on firearms?").profile.names == ()


CUSTODY = """Report of a synthetic expert group meeting on children deprived of liberty

Montevideo, 14–16 October 2025

I. Deliberations

1. The expert from Jamaica said that girls were a small minority of children in custody and were
often held in facilities designed for boys or for adult women, without female staff.

2. The expert from Chile described mentoring programmes for boys leaving custody, which had
halved reoffending within a year.

II. Recommendations

3. The meeting recommended that States:

(a) Hold girls in custody in facilities separate from those for boys and adults, with female
staff and services adapted to their needs;

(b) Provide free legal aid to every child from the first contact with the police.
"""


def test_a_verb_that_points_at_the_earlier_subject_is_no_topic(tmp_path: Path) -> None:
    """ "Did the recommendations pick up on that?" asks whether a recommendation is on the
    earlier subject: "pick" (through "up on" that) relates the question to it, and no
    recommendation need say "pick"."""
    assistant = assistant_on_report(tmp_path, "custody", CUSTODY)
    history = [
        Message(role="user", content="Which expert talked about girls in custody?"),
        Message(role="assistant", content="The expert from Jamaica said that girls were a … [1]."),
    ]
    asked = "Did the recommendations pick up on that?"
    assert "pick" not in assistant.gather(asked, history).profile.weights
    answer = assistant.ask(asked, history)
    assert [c.para for c in answer.citations] == ["3(a)"], answer.answer
    # A verb with a direct object keeps it: "cost" is asked about.
    asked = "How much did it cost them?"
    assert "cost" in assistant.gather(asked, history).profile.weights


KIDNAPPINGS = """Report of a synthetic expert group meeting on kidnapping for ransom

Tegucigalpa, 14–16 October 2025

I. Deliberations

1. The Secretariat observed that kidnapping for ransom in its traditional form had declined
since 2010. It presented the following figures:

Kidnappings for ransom recorded by the police in selected countries, 2022–2024

Country | 2022 | 2023 | 2024
Honduras | 63 | 58 | 41
Panama | 22 | 31 | 27

2. The expert from Mexico described virtual kidnapping, in which callers claim to hold a
relative of the person they call.

3. The Secretariat also presented figures on the protection of witnesses:

Witnesses in protection programmes, 2024

Country | Admitted | Given a new identity
Honduras | 12 | 4
Panama | 9 | 2
"""


def test_a_table_s_title_says_what_its_figures_count(tmp_path: Path) -> None:
    """ "How many kidnappings …?" is answered by a row whose columns are years: the title
    above the table says that its figures are kidnappings."""
    assistant = _assistant_over(tmp_path, {"kidnappings": KIDNAPPINGS}, SEED)
    answer = assistant.ask(
        "How many kidnappings did the Honduran police record in 2023?", doc_ids=["kidnappings"]
    )
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"] and "58" in answer.answer
    # A count of something the title does not count is still refused.
    asked = "How many arrests did the Honduran police make in 2023?"
    assert assistant.ask(asked, doc_ids=["kidnappings"]).refused
    # A column headed by words says what it counts: witnesses given a new identity are no
    # witnesses relocated abroad, though the title counts witnesses.
    asked = "How many witnesses did Honduras relocate abroad?"
    assert assistant.ask(asked, doc_ids=["kidnappings"]).refused


SEESAC = """Report of a synthetic meeting on firearms trafficking

Vienna, 8–9 October 2025

1. The observer for SEESAC reported that the States of South-Eastern Europe had destroyed
surplus small arms since 2019. Åsa Lindström, representative of Sweden, confirmed that many
weapons seized in Sweden had been smuggled from the Western Balkans. In Malmö and other
cities, rival criminal networks increasingly recruited children to commit shootings.

2. The representative of Austria described the licensing of gunsmiths.
"""


def test_a_statement_that_opens_mid_paragraph_goes_on_in_the_sentences_after_it(
    tmp_path: Path,
) -> None:
    assistant = assistant_on_report(tmp_path, "seesac", SEESAC)
    answer = assistant.ask("What did the Swedish delegate say about Malmo?")
    # "In Malmö …" names no speaker: it goes on with Sweden's statement, opened after
    # SEESAC's in the same paragraph.
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"] and "Malmö" in answer.answer
    # It does not go on with SEESAC's.
    assert assistant.ask("What did SEESAC say about Malmo?").refused


ATTENDANCE = """Report of a synthetic expert group meeting on maritime crime

Dakar, 10–12 June 2025

I. Organization of the meeting

B. Attendance

1. The meeting was attended by twelve experts from the following five States, who
participated in their personal capacity: Benin, Ghana, Liberia, Senegal and Togo.

2. The following organizations were represented by observers: the International Maritime
Organization and the Economic Community of West African States.

C. Adoption of the agenda and organization of work

3. The meeting adopted the following agenda:
1. Opening of the meeting.
2. Adoption of the agenda.
3. Piracy and armed robbery at sea.
4. Fisheries crime.
5. Adoption of the report.

4. The meeting agreed to devote one session to each substantive item.

II. Piracy (agenda item 3)

5. The experts noted that countries of the region had agreed a code of conduct in 2013, and
that the experts of each country met every year to compare cases.

6. Experts from the navies of the region described joint patrols, and the countries that
had sent ships to the patrols were commended.

7. The Expert Group recommended that countries of the region share data on attacks.
"""


def test_who_attended_and_the_agenda_are_asked_of_the_report_s_records() -> None:
    from assistant._answer_type import asked_record, records

    assert asked_record("Which countries did the experts come from?") == "attendance"
    assert asked_record("How many experts took part, and from how many States?") == "attendance"
    assert asked_record("Which observer organizations attended the meeting?") == "attendance"
    # Taking part in anything but the meeting, or a count of things, is not attending.
    assert asked_record("Which countries took part in that operation?") == ""
    assert asked_record("Which countries took part in the discussion on piracy?") == ""
    assert asked_record("How many of the seized firearms came from legal stocks?") == ""
    assert asked_record("What did the experts who attended say about piracy?") == ""
    assert records("attendance", "Observers for Egypt and Morocco also attended the Meeting.")
    assert records("attendance", "Anything said there.", "I. Organization › B. Attendance")
    assert not records("attendance", "Participants attended a display of seized firearms.")
    assert asked_record("What were the substantive items on the agenda?") == "agenda"
    assert asked_record("List the items on the meeting's agenda.") == "agenda"
    # The item under discussion, a numbered item and the 2030 Agenda are not the agenda.
    assert asked_record("Who introduced the agenda item?") == ""
    assert asked_record("What did speakers say under agenda item 5?") == ""
    assert asked_record("What is the 2030 Agenda?") == ""
    assert records("agenda", "At the same session, the meeting adopted the following agenda:")
    assert not records("agenda", "A representative of the Secretariat introduced the agenda item.")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The record says "States" and "attended": the question neither.
        ("Which countries did the experts come from?", "Liberia"),
        ("How many experts took part, and from how many States?", "twelve"),
        # The agenda says neither "substantive" nor "items"; the organization of work does.
        ("What were the substantive items on the agenda?", "Fisheries crime"),
    ],
)
def test_the_report_s_records_answer_who_attended_and_the_agenda(
    tmp_path: Path, question: str, expected: str
) -> None:
    assistant = assistant_on_report(tmp_path, "attendance", ATTENDANCE)
    answer = assistant.ask(question)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["3" if "agenda" in question else "1"], (
        answer.answer
    )
    assert expected in answer.answer


ACRONYMS = """Report of a synthetic expert group meeting on falsified medicines

Seoul, 16–18 June 2025

1. Representatives of the World Health Organization (WHO) and the World Customs
Organization attended the meeting as observers, with experts who had worked on the subject.

2. The experts who described falsified antimalarials said that the tablets were sold in
street markets.

3. The representative of WHO recalled incidents in which cough syrups contaminated with toxic
industrial solvents had caused the deaths of children.

4. The representative of the World Customs Organization described a joint operation at
seaports.
"""


def test_a_body_is_named_by_the_acronym_its_document_defines() -> None:
    from assistant._offices import acronyms, said_in

    text = (
        "Representatives of the World Health Organization (WHO), the United Nations Office on "
        "Drugs and Crime (UNODC) and experts who attended."
    )
    assert acronyms(text) == [
        (("world", "health", "organization"), "WHO"),
        (("united", "nations", "office", "drugs", "crime"), "UNODC"),
    ]
    # The acronym as written, not the relative pronoun.
    assert "WHO" in said_in("The representative of WHO recalled …")
    assert "WHO" not in said_in("Experts who attended recalled …")


def test_a_question_that_spells_a_body_out_finds_it_by_its_acronym(tmp_path: Path) -> None:
    assistant = assistant_on_report(tmp_path, "acronyms", ACRONYMS)
    answer = assistant.ask("What did the World Health Organization say about cough syrups?")
    assert not answer.refused, answer.answer
    # Paragraph 3 says "WHO" only; paragraph 2's "experts who" names no one.
    assert "3" in [c.para for c in answer.citations], answer.answer
    assert "2" not in [c.para for c in answer.citations], answer.answer


REST_OF_PART = """Report of a synthetic meeting on scam centres

Bangkok, 3–5 March 2025

1. The meeting recommended that Member States avoid the immigration detention of victims
pending their repatriation. They should cooperate, including through the consular missions of
other States, to ensure the safe and prompt return of victims. Victims should receive medical
and psychological care on arrival.

2. The meeting recommended that Member States investigate the financial flows of the groups
that run scam centres.

3. Speakers noted that victims were often held in compounds for months before being freed.
"""


def test_what_else_that_recommendation_asks_for_is_the_rest_of_its_paragraph(
    tmp_path: Path,
) -> None:
    from assistant.conversation import asks_rest_of_part

    assert asks_rest_of_part("What else does that recommendation ask for?")
    assert asks_rest_of_part("What else does that one ask for?")
    assert not asks_rest_of_part("What else was recommended on that?")
    assert not asks_rest_of_part("Does that recommendation mention children?")
    assistant = assistant_on_report(tmp_path, "rest", REST_OF_PART)
    history = [
        Message(
            role="user",
            content="What did the meeting recommend about locking up people freed from the "
            "compounds while they wait to go home?",
        ),
        Message(
            role="assistant",
            content="Member States should avoid the immigration detention of victims pending "
            "their repatriation [1].",
        ),
    ]
    answer = assistant.ask("What else does that recommendation ask for?", history)
    assert not answer.refused, answer.answer
    # The rest of paragraph 1, whatever its words; not the previous question's topic again.
    assert [c.para for c in answer.citations] == ["1"], answer.answer
    assert "consular missions" in answer.answer and "psychological care" in answer.answer


FISHERIES = """Report of a synthetic expert group meeting on fisheries crime

Dakar, 3–4 March 2025

I. Deliberations

1. Speakers noted that illegal, unreported and unregulated fishing deprived coastal States of
revenue and was often linked to forced labour on board fishing vessels.

2. Non-governmental organizations described their work with fishers who had been trafficked.

3. The representative of Senegal reported that a memorandum of understanding had been signed
with a satellite operator to share vessel tracking data.

4. The meeting elected Ms. Awa Diop (Senegal) as its Chair.
"""


def test_an_acronym_the_documents_never_write_is_read_as_the_phrase_it_spells(tmp_path) -> None:
    """ "NGOs", "IUU", "MoU": no name the report writes, but the initials of phrases it does
    write. An acronym that spells none of its phrases, or has two letters only (too many
    phrases spell two letters by chance), still names something the documents never mention."""
    assistant = _assistant_over(tmp_path, {"fisheries": FISHERIES})
    for question, para in (
        ("What did NGOs describe?", "2"),
        ("Is IUU fishing linked to forced labour?", "1"),
        ("Who signed an MoU with a satellite operator?", "3"),
    ):
        answer = assistant.ask(question)
        assert not answer.refused, (question, answer.answer)
        assert para in [c.para for c in answer.citations], (question, answer.answer)
    assert "non governmental organizations" in assistant.gather("What did NGOs say?").standalone
    for question, name in (
        ("What did the WCS say about fishing vessels?", "WCS"),
        ("What did the EU say about fishing vessels?", "EU"),
    ):
        answer = assistant.ask(question)
        assert answer.refused and answer.citations == [], (question, answer.answer)
        assert name in assistant.gather(question).standalone


def test_a_party_asked_by_an_acronym_its_report_spells_out_is_no_unknown_name(tmp_path) -> None:
    """Two letters spell too many phrases to be read as one, but "European Union" is enough
    for "the EU" not to be refused as something the documents never mention."""
    report = (
        "Report of a synthetic meeting on fisheries crime\n\nDakar, 3–4 March 2025\n\n"
        "1. The representative of the European Union stated that fishing vessels flagged to "
        "its member States were inspected before they left port.\n\n"
        "2. The representative of Senegal described patrols by the navy.\n"
    )
    assistant = assistant_on_report(tmp_path, "eu", report)
    answer = assistant.ask("What did the EU say about fishing vessels?")
    assert not answer.refused and [c.para for c in answer.citations] == ["1"], answer.answer


def test_a_time_the_question_gave_is_no_date_in_the_answer() -> None:
    asked = "When will the Commission's next session take place?"
    assert not gives("date", "… to present it to the Commission at its next session.", asked)
    assert gives("date", "The Commission will hold its next session in May 2026.", asked)
    assert not gives("date", "The survey covered 2024.", "What did the 2024 survey find, and when?")


def test_a_meeting_line_cut_short_leaves_the_title_naming_the_document() -> None:
    """A PDF's masthead may leave the meeting line as "Fifteenth United Nations Congress on":
    "the Andean meeting" still names the document by its title, and is no name its sentences
    must hold."""
    from assistant._query import document_naming
    from assistant._text import stem_words
    from ingest.models import DocumentMeta

    meta = DocumentMeta(
        doc_id="andean", title="Report of the Andean Subregional Preparatory Meeting for the "
        "Fifteenth United Nations Congress on Crime Prevention and Criminal Justice",
        meeting="Fifteenth United Nations Congress on", place_dates="Lima, 24–26 March 2025",
        issue_date="", distribution="", symbol="", rapporteur="", source_file="andean.pdf",
        sha256="0" * 64, unit_count=1,
    )  # fmt: skip
    asked = set(stem_words(words("How many people attended the Andean meeting?")))
    assert set(stem_words(["andean", "lima"])) <= document_naming(meta, asked)


PRISONS = """UNODC/SYN/EG.9/2025/1

Distr.: General
14 May 2025

Original: English

Expert Group Meeting on Prison Management and Alternatives to Imprisonment

Vienna, 12–13 May 2025

Report of the meeting

I. Deliberations

1. Experts agreed that overcrowding undermines the safety of prisoners and staff and limits access
to health care, education and work programmes.

2. Several experts described electronic monitoring as a cost-effective alternative to imprisonment
for low-risk offenders, provided that it respects privacy and is subject to judicial oversight.
"""


def test_a_document_described_in_a_reader_s_words_is_named_not_asked(tmp_path) -> None:
    """ "the prison report", "the Vienna prison management meeting": words before a noun for
    the report or its meeting say which document, when one of them is a word of its name; the
    answer need not hold them. A description none of whose words the name holds stays asked."""
    from assistant._text import stem_words

    assistant = _assistant_over(tmp_path, {"prisons": PRISONS}, SEED)
    answer = assistant.ask("When did the prison report come out?", doc_ids=["prisons"])
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["front"] and "14 May 2025" in answer.answer
    asked = "What did the Vienna prison management meeting say about overcrowding?"
    weights = assistant.gather(asked).profile.weights
    assert "prison" not in weights and set(stem_words(["overcrowding"])) <= set(weights)
    # The experts are asked about: "at the Vienna meeting" describes the meeting by Vienna.
    asked = "What did the experts at the Vienna meeting say?"
    assert set(stem_words(["experts"])) <= set(assistant.gather(asked).profile.weights)
    asked = "When did the fisheries report come out?"
    weights = assistant.gather(asked, doc_ids=["prisons"]).profile.weights
    assert set(stem_words(["fisheries"])) <= set(weights)


RHINO = """Report of a synthetic subregional workshop on wildlife crime

Windhoek, 3–4 March 2025

I. Deliberations

1. The representative of Namibia described a case of rhinoceros horn trafficking in which a joint
investigation with the police of two neighbouring States had led to the conviction of eleven
members of a trafficking network. He stressed the value of DNA analysis of seized horn, which
made it possible to link a seizure to an individual animal and to the place where it had been
killed.

2. The representative of Botswana described the training of wildlife rangers in crime scene
management and the use of tracking dogs at border posts.

3. The observer for INTERPOL encouraged States to submit data on seizures to its databases.
"""


def test_a_name_within_the_topic_asked_about_is_part_of_the_topic(tmp_path) -> None:
    """ "DNA testing" is what is asked about, not who spoke: the sentence that holds it
    answers although it says "analysis" for "testing"."""
    assistant = _assistant_over(tmp_path, {"rhino": RHINO}, SEED)
    answer = assistant.ask("What did Namibia say about DNA testing?")
    assert not answer.refused, answer.answer
    assert "individual animal" in answer.answer and [c.para for c in answer.citations] == ["1"]
    # A name outside the topic is still no part of it: Botswana said nothing on DNA.
    assert assistant.ask("What did Botswana say about DNA testing?").refused


def test_a_name_offered_as_one_choice_among_known_ones_is_no_reason_to_refuse(
    assistant: Assistant,
) -> None:
    """ "January or February": the report gives January; February, which it never writes, is
    the other choice, not a name it must mention."""
    answer = assistant.ask(
        "Did the meeting take place in January or in February 2025?", doc_ids=[SEED_ID]
    )
    assert not answer.refused and "January" in answer.answer, answer.answer
    # Alone, a name the documents never write is still refused as such.
    alone = assistant.ask("Did the meeting take place in February 2025?", doc_ids=[SEED_ID])
    assert alone.refused and "February" in alone.answer, alone.answer


STATEMENTS = """Report of a synthetic meeting on fisheries crime

Dakar, 3–4 March 2025

I. Deliberations

1. Statements were made by the representatives of Senegal, Ghana and Côte d'Ivoire. The
observers for INTERPOL and the Environmental Justice Foundation also made statements.

2. Speakers noted that forced labour on fishing vessels was rarely prosecuted.
"""


def test_which_observers_spoke_is_not_answered_by_the_record_of_the_states(tmp_path) -> None:
    """The record of who spoke names the States; the observers' statements are recorded in
    another sentence, which must answer "Which observers …?" (the record may come with it, as
    the evidence decides); the record answers "Which countries …?"."""
    assistant = _assistant_over(tmp_path, {"statements": STATEMENTS}, SEED)
    observers = assistant.ask("Which observers made statements?", doc_ids=["statements"])
    assert not observers.refused and "INTERPOL" in observers.answer, observers.answer
    countries = assistant.ask("Which countries made statements?", doc_ids=["statements"])
    assert not countries.refused and "Ghana" in countries.answer, countries.answer


COUNTRIES = """Report of a synthetic meeting on smuggling at sea

Praia, 3–5 March 2025

1. The expert from Côte d'Ivoire explained that street markets remained a major outlet for
falsified medicines sold without prescription.

2. Maria Tavares (Cabo Verde) described the seizure of two tonnes of cocaine from a fishing
vessel intercepted by the coast guard.

3. The representative of Czechia stated that the law subjected the acquisition of the main
parts of a firearm to the same rules as complete firearms.

4. The representative of Myanmar reported that the authorities had freed four hundred
workers from compounds near the border.

5. The representative of Georgia described a new register of maritime agents.

6. The representative of the United States of America called on the States of the region to
share data on vessels.
"""


@pytest.mark.parametrize(
    ("question", "para"),
    [
        ("What did the Ivory Coast expert say about street markets?", "1"),
        ("What did Cape Verde say about cocaine?", "2"),
        ("What did the Czech Republic say about gun parts?", "3"),
        ("What did Burma report about the compounds?", "4"),
    ],
)
def test_a_country_asked_by_another_of_its_names_is_found(
    countries: Assistant, question: str, para: str
) -> None:
    answer = countries.ask(question)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == [para], answer.answer


def test_a_country_the_documents_never_name_is_still_refused(countries: Assistant) -> None:
    from assistant._countries import as_written

    index = countries.retriever.index(countries.documents())
    # Written as the document writes it: nothing to change.
    assert as_written("What did Georgia say?", index, None) == "What did Georgia say?"
    # A common word that one source also gives as a name of a country ("the States" for the
    # United States), or part of a longer name ("Latin America"), is no country asked about.
    for question in ("What did Georgia ask the States of the region to do?", "And Latin America?"):
        assert as_written(question, index, None) == question
    # Named by none of its names: the question is left as it was, and refused.
    assert as_written("What did Peru say about cocaine?", index, None) == (
        "What did Peru say about cocaine?"
    )
    answer = countries.ask("What did Peru say about cocaine?")
    assert answer.refused and "Peru" in answer.answer, answer.answer


def test_a_country_typed_in_small_letters_is_the_country(countries: Assistant) -> None:
    """A question typed in small letters asks what it asks with capitals: "czechia" is
    Czechia, which said nothing on cocaine (Cabo Verde's seizure does not answer for it), and
    "myanmar" is Myanmar (Georgia's register of maritime agents does not answer for it). A
    common word stays one: "the states", "us", and "china" where the documents never write
    China."""
    from assistant._countries import in_capitals

    index = countries.retriever.index(countries.documents())
    assert in_capitals("what did cape verde say about cocaine?", index, None) == (
        "what did Cape Verde say about cocaine?"
    )
    for question in ("did the states agree?", "can you tell us more?", "what did china say?"):
        assert in_capitals(question, index, None) == question
    for question in (
        "did czechia mention cocaine seizures?",
        "is there anything from myanmar on the register of maritime agents?",
    ):
        answer = countries.ask(question)
        assert answer.refused and answer.citations == [], answer.answer
        capitals = countries.ask(in_capitals(question, index, None))
        assert capitals.refused and capitals.answer == answer.answer
    answer = countries.ask("what did georgia say about maritime agents?")
    assert [c.para for c in answer.citations] == ["5"], answer.answer


RENAMED = """Report of a synthetic meeting on public procurement

Chisinau, 3–5 March 2025

1. The expert from Türkiye, Emre Kılıçarslan, presented data analytics on the national
electronic procurement platform to detect collusion between bidders.

2. The representative of Eswatini described a register of the owners of companies that bid
for public contracts.

3. The representative of Timor-Leste reported that audits of road contracts had been
published since 2023.
"""


@pytest.mark.parametrize(
    ("question", "para"),
    [
        ("who was the expert from turkey", "1"),
        ("Who was the expert from Turkey?", "1"),
        ("What did Swaziland describe?", "2"),
        ("what did swaziland describe", "2"),
        ("What did East Timor report about audits?", "3"),
    ],
)
def test_a_country_asked_by_a_name_it_no_longer_uses_is_found(
    renamed: Assistant, question: str, para: str
) -> None:
    """UN reports write a country by its name of now (Türkiye, Eswatini, Timor-Leste); a
    delegate may say Turkey, Swaziland or East Timor, names ISO and CLDR no longer give.
    WordNet's countries give them, tied to their ISO country by country_converter's name
    patterns; typed in small letters, "turkey" (a common word too) is the country where the
    documents write Türkiye."""
    answer = renamed.ask(question)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == [para], answer.answer


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_on_report(tmp_path_factory.mktemp("renamed"), "renamed", RENAMED)


@pytest.fixture(scope="module")
def countries(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_on_report(tmp_path_factory.mktemp("countries"), "countries", COUNTRIES)


TYPED = """Report of a synthetic meeting of the United Nations Office on Drugs and Crime on victims

Vienna, 3–5 March 2025

1. Lorenzo Bellandi (Italy) reported that, since 2019, prosecutors had been required to hear
the victim within three days of the registration of a complaint of domestic violence.

2. Astrid Ljungqvist gave a keynote presentation on threats made to victims over the internet.

3. The representative of Interpol described notices issued for persons who threatened
witnesses.
"""


def test_a_name_typed_in_small_letters_is_the_name_the_documents_write(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "what is lorenzo bellandi's job title" asks what the question with capitals asks: the
    report gives no position for him, so both are refused with the same words, where the
    sentence that mentions him answered the typed one. A word the report writes small
    somewhere ("internet"), or a common word it capitalises only in a title ("drugs"), stays
    small; so does every word of a question that writes a name with a capital."""
    from assistant._typed import with_capitals

    typed = assistant_on_report(tmp_path_factory.mktemp("typed"), "typed", TYPED)
    index = typed.retriever.index(typed.documents())
    assert with_capitals("what is lorenzo bellandi's job title", index, None) == (
        "what is Lorenzo Bellandi's job title"
    )
    assert with_capitals("what did interpol say about drugs on the internet", index, None) == (
        "what did Interpol say about drugs on the internet"
    )
    # An acronym is no capital the writer chose; a name written with one is.
    assert with_capitals("did the UNODC hear from interpol", index, None) == (
        "did the UNODC hear from Interpol"
    )
    assert with_capitals("What did Lorenzo say about bellandi?", index, None) == (
        "What did Lorenzo say about bellandi?"
    )
    for question, capitals in [
        ("what is lorenzo bellandi's job title", "What is Lorenzo Bellandi's job title?"),
        (
            "which organization does astrid ljungqvist work for",
            "Which organization does Astrid Ljungqvist work for?",
        ),
    ]:
        answer, expected = typed.ask(question), typed.ask(capitals)
        assert expected.refused, expected.answer
        assert answer.refused and answer.answer == expected.answer, answer.answer
    answer = typed.ask("what did lorenzo bellandi report")
    assert [c.para for c in answer.citations] == ["1"], answer.answer


SPEAKERS = """Report of a synthetic Caribbean meeting on firearms

Port of Spain, 3–4 March 2025

1. The meeting was attended by experts from Barbados, Guyana and Suriname.

2. Statements were made by the representatives of Chile, Colombia, Trinidad and Tobago,
Netherlands (Kingdom of the) and Jamaica. Statements were also made by the observers for
INTERPOL and the Caribbean Community.

3. Speakers noted that most firearms seized in the subregion had been trafficked by sea.
"""


def test_a_list_of_countries_is_counted_only_when_every_item_is_a_country() -> None:
    from assistant._countries import listed

    assert listed(" ".join(SPEAKERS.split("2. ")[1].split())) == [
        "Chile",
        "Colombia",
        "Trinidad and Tobago",
        "Netherlands",
        "Jamaica",
    ]
    # An item that is no country's name, before or after: no count rather than a wrong one.
    assert listed("Statements were made by Chile, Peru, the Secretariat and Japan.") == []
    assert listed("Statements were made by Chile, Peru and the States of the region.") == []
    assert listed("Japan presented a model; cooperation with China was noted.") == []


def test_how_many_countries_spoke_is_answered_by_counting_the_list(tmp_path) -> None:
    assistant = assistant_on_report(tmp_path, "speakers", SPEAKERS)
    answer = assistant.ask("How many countries made statements?")
    assert not answer.refused, answer.answer
    assert answer.sentences[0].text == "5 countries are named.", answer.answer
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    # Those who attended are another record than those who spoke.
    answer = assistant.ask("How many countries attended?")
    assert answer.sentences[0].text == "3 countries are named.", answer.answer
    assert [c.para for c in answer.citations] == ["1"], answer.answer
    # Observers are bodies, whose names this does not know: no figure, no count.
    assert assistant.ask("How many observers spoke?").refused
    # A count of the list is of every country in it: which of them are landlocked, it does
    # not say.
    assert assistant.ask("How many landlocked countries made statements?").refused


INTRODUCED = """Report of a synthetic meeting on container security

Valletta, 5–6 May 2025

I. Deliberations

1. Experts noted that seizures of cocaine in containers had tripled since 2020.

II. Recommendations

2. The meeting adopted the following recommendations:

(a) Establish joint port control units in every major port;

(b) Share risk profiles of containers between customs administrations;

(c) Vet port workers who have access to sensitive cargo data.

3. The meeting requested UNODC to publish a guide on insider threats in ports.
"""


def test_how_many_items_a_sentence_introduces_is_answered_by_counting_them(tmp_path) -> None:
    assistant = assistant_on_report(tmp_path, "introduced", INTRODUCED)
    answer = assistant.ask("How many recommendations were adopted?")
    assert not answer.refused, answer.answer
    assert answer.sentences[0].text == "3 items are listed.", answer.answer
    assert answer.sentences[1].text.endswith("recommendations."), answer.answer
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    # The count is of every item: how many of them concern cocaine, it does not say.
    assert assistant.ask("How many recommendations on cocaine were adopted?").refused


def test_an_acronym_for_a_kind_of_thing_is_a_concept_not_an_unknown_name(tmp_path) -> None:
    # WordNet writes "NGO" and "TV" as short forms of common nouns; "WHO" and "UNODC" name one
    # body each, and "Borneo" one island: those are names a document may fail to mention.
    assert names_a_kind("NGOs") and names_a_kind("TVs")
    assert not any(map(names_a_kind, ("WHO", "UNODC", "Borneo", "UN", "EU")))
    text = (
        "Report of a synthetic meeting on electronic waste\n\nAccra, 3–4 March 2025\n\n"
        "I. Deliberations\n\n"
        "1. The representative of Ghana reported that some forty per cent of the used "
        "televisions and computers inspected at the port of Tema in 2024 did not work and "
        "could not be repaired.\n\n"
        "2. Speakers noted that civil society organizations monitored scrap yards.\n"
    )
    assistant = _assistant_over(tmp_path, {"ewaste": text}, SEED)
    answer = assistant.ask("Did the old TVs shipped to Ghana actually work?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"]
    refused = assistant.ask("What was said about scrap yards in Borneo?")
    assert refused.refused and "Borneo" in refused.answer, refused.answer


def test_an_acronym_for_a_kind_of_thing_need_not_be_written_by_the_answer(tmp_path) -> None:
    """A report that always writes "DNA" in capitals makes it one of its proper words; asked
    about, it is still a kind of thing ("DNA", "NGOs"), a concept a near word may hold, not a
    name the answer's sentence must write. Seen on a blind test document (forensic DNA): "How
    does Poland tell when a sample has been contaminated with the DNA of lab workers?" was
    refused as "nothing they say on it is said of Poland and DNA"."""
    text = (
        "Report of a synthetic meeting on crime laboratories\n\nTallinn, 2–3 June 2025\n\n"
        "I. Deliberations\n\n"
        "1. Experts noted that national DNA databases had grown fast, and that DNA evidence "
        "was now used in most investigations of burglary.\n\n"
        "2. The expert from Poland said that her laboratory kept an elimination database of "
        "the profiles of laboratory staff and police officers, so that contamination of "
        "samples could be recognized.\n\n"
        "3. The expert from Estonia said that DNA profiles of acquitted persons were deleted "
        "within one month.\n"
    )
    assistant = _assistant_over(tmp_path, {"forensic": text}, SEED)
    question = "How does Poland tell when a sample is contaminated with the DNA of lab workers?"
    answer = assistant.ask(question)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    # A name stays a name: the answer's sentence must still name Poland.
    assert assistant.ask("How long does Poland keep the DNA profiles of acquitted people?").refused


def test_an_age_a_length_or_a_bound_asked_for_is_a_figure() -> None:
    for question in (
        "At what age does a child become a youth according to the meeting?",
        "What is the minimum age of criminal responsibility in the Philippines?",
        "What is the legal maximum for pretrial detention in Peru?",
        "What threshold applies to cash declared at the border?",
    ):
        assert expected_type(question) == "number", question
    # After "of" such a word is the topic asked about, not the figure asked for.
    assert expected_type("What was recommended on the age of criminal responsibility?") != "number"
    assert not gives("number", "Children were diverted from the courts.", "At what age …?")


def test_how_long_asks_for_a_time_whatever_is_spent() -> None:
    # "spend" names money in "How much did they spend?", not in "How long did he spend …?".
    asked = "How long did the man wrongly matched by facial recognition spend in detention?"
    assert gives("number", "In one case, a man had spent sixteen days in detention.", asked)
    spent = "The man had spent sixteen days in detention."
    assert not gives("number", spent, "How much was spent?")


def test_a_penalty_asked_for_is_a_term_a_fine_or_a_sanction_named() -> None:
    for question in (
        "What's the penalty in Portugal for making a gun without a licence?",
        "What prison sentences did the courts give the convicted pirates?",
        "What is the maximum custodial sentence for adolescents in Chile?",
    ):
        assert expected_type(question) == "sanction", question
    # The grammatical sentence, and a penalty that is the topic, not the thing asked for.
    for question in ("What does that sentence say?", "What was said about the death penalty?"):
        assert expected_type(question) != "sanction", question
    asked = "What's the penalty for making a gun without a licence?"
    for text in (
        "Unlicensed manufacture is punishable by up to eight years' imprisonment.",
        "Offenders face a fine of 10,000 euros.",
        "Portugal had raised the penalties for unlicensed manufacture.",
    ):
        assert gives("sanction", text, asked), text
    for text in (
        "Portugal made the manufacture of firearms without a licence an offence in 2024.",
        "Nigerian courts had convicted twenty-three persons of piracy since 2019.",
    ):
        assert not gives("sanction", text, asked), text


def test_a_sentence_on_the_offence_that_gives_no_penalty_does_not_answer_for_one(
    tmp_path: Path,
) -> None:
    """Portugal's statement on unlicensed manufacture names no penalty: asked for one, the
    assistant says so (it quoted the statement before). A penalty stated is still given."""
    firearms = Path(__file__).parents[1] / "eval/gold/docs/synthetic-firearms-3d-printing-egm.txt"
    text = (
        "Report of the Expert Group Meeting on Firearms\n\nVienna, 2–3 June 2025\n\n"
        "I. Deliberations\n\n"
        "1. The representative of Spain reported that in Spain the manufacture of a firearm "
        "without a licence was punishable by up to eight years' imprisonment.\n"
    )
    assistant = _assistant_over(tmp_path, {"spain": text}, firearms)
    asked = "What's the penalty in {} now for making a gun without a licence?"
    refused = assistant.ask(
        asked.format("Portugal"), doc_ids=["synthetic-firearms-3d-printing-egm"]
    )
    assert refused.refused and not refused.citations, refused.answer
    answer = assistant.ask(asked.format("Spain"), doc_ids=["spain"])
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"]


def test_a_place_asked_for_inside_a_named_place_is_another_place() -> None:
    venue = "Which venue in Bangkok hosted the meeting?"
    assert not gives("place", "Place and dates of the meeting: Bangkok, 21–23 January 2025", venue)
    assert gives("place", "The meeting was held at the United Nations Conference Centre.", venue)
    assert gives("place", "The meeting was held in Bangkok.", "Where in Thailand was it held?")
    # The city the meeting is known by still answers where it was held.
    held = "Where was the Bangkok meeting held?"
    assert gives("place", "Place and dates of the meeting: Bangkok, 21–23 January 2025", held)
    # A month is capitalised as a name is, but places nothing.
    assert not gives("place", "The meeting was held in January.", "Where was it held?")


def test_a_salary_or_a_fee_asked_for_is_a_sum_of_money() -> None:
    asked = "What monthly salary were the Kenyan recruits promised?"
    assert expected_type(asked) == "number"
    assert not gives("number", "Kenyans were recruited in 2024 for jobs in Thailand.", asked)
    assert gives("number", "They were promised a salary of 1,000 United States dollars.", asked)
    # Fees as the topic ask for no sum.
    assert expected_type("What did they say about recruitment fees?") != "number"


def test_an_age_asked_for_is_a_figure_that_is_an_age() -> None:
    asked = "What is the minimum age of criminal responsibility in the Philippines?"
    for text in (
        "The Philippines had raised the age of criminal responsibility to fifteen.",
        "Set the minimum age of criminal responsibility at not less than 14 years.",
        "Children under the age of 18 were diverted.",
        "A 17-year-old girl testified.",
    ):
        assert gives("number", text, asked), text
    for text in (
        # Another figure beside the age named: a term of imprisonment, a stay, a count.
        "Children above the minimum age of criminal responsibility who had committed offences "
        "punishable by not more than six years of imprisonment were diverted.",
        "She had herself been held in a compound for eight months.",
        "In 2019 the age of criminal responsibility was debated in 14 countries.",
    ):
        assert not gives("number", text, asked), text
    assert not gives("number", "She had been held for eight months.", "How old is she?")


def test_a_count_given_before_what_is_asked_for_asks_for_the_same() -> None:
    asked = "Which 23 countries sent experts?"
    assert expected_type(asked) == expected_type("Which countries sent experts?") == "agent"
    assert expected_type("Which eleven States replied?") == "agent"
    # The count the question gave is no answer: the countries are.
    assert not gives("agent", "Experts from 23 Member States took part.", asked)


def test_how_long_is_answered_by_a_time_written_without_a_figure() -> None:
    asked = "How long do requests for legal help from abroad typically take?"
    said = "Requests for mutual legal assistance often took more than a year to be executed."
    assert gives("number", said, asked)
    assert gives("number", "The report is published annually.", "How often is it published?")
    assert not gives("number", "Requests were often delayed.", asked)


def test_a_part_of_a_whole_is_not_answered_by_the_whole_s_count() -> None:
    asked = "How many of the participants were women?"
    assert not gives("number", "In total, 87 participants attended the meeting.", asked)
    both = "In total, 87 participants attended the meeting, of whom forty-three were women."
    assert gives("number", both, asked)
    # A share answers for a part; a number the question gave does not.
    websites = "How many of the websites selling medicines had no licence?"
    assert gives("number", "Seven in ten of the websites had no licence.", websites)
    replied = "How many of the eleven States that replied had used such data?"
    assert not gives("number", "Replies from eleven States were compiled.", replied)
    assert gives("number", "Only three of the eleven responding States had used them.", replied)
    # The same part asked with its whole first.
    fronted = "Of the bodies recovered off the coast, how many were identified?"
    assert gives("number", "Fewer than one in three of the bodies had been identified.", fronted)
    assert not gives("number", "In 2024, 212 bodies were recovered off the coast.", fronted)
    assert gives("number", "Of those bodies, 61 had been identified.", fronted)


def test_a_thing_that_came_from_somewhere_is_no_attendee_and_an_acronym_no_country() -> None:
    asked = "Which country did the toxic cough syrup come from?"
    assert asked_record(asked) == ""
    assert asked_record("Which countries did the experts come from?") == "attendance"
    # WHO is a body; the initials of a country name one.
    said = "The representative of WHO recalled that contaminated cough syrups had killed children."
    assert not gives("agent", said, asked)
    assert gives("agent", "Experts from the UAE recalled such incidents.", asked)


def test_a_name_asked_for_may_have_its_noun_qualified() -> None:
    asked = "Which mobile money companies were named?"
    assert expected_type(asked) == expected_type("Which companies were named?") == "name"
    assert expected_type("What did the companies say?") != "name"
    said = "Speakers described the use of mobile money services to launder proceeds."
    assert not gives("name", said, asked)


OPENING = """Report of a synthetic expert group meeting on timber trafficking

Lima, 4–5 March 2025

I. Opening of the meeting

1. The meeting was opened by the Chair, who welcomed the participants.

2. Dolores Ibarra Núñez, Director of the Forest Crime Unit of UNODC, delivered a statement on
behalf of the Executive Director. She recalled that seizures of rosewood had tripled since 2020,
and announced a training programme for judges on the laundering of timber revenues.

II. Deliberations

3. The representative of Peru described satellite monitoring of logging concessions.

4. Speakers noted that forged transport permits were sold openly in border markets.
"""


def test_what_follows_a_statement_s_opening_sentence_is_that_statement(tmp_path) -> None:
    # "… delivered a statement" records who spoke, not what was said; the next sentence ("She
    # recalled that …") says it, and the opening sentence frames it as a lead-in frames items.
    timber = _assistant_over(tmp_path, {"opening": OPENING}, SEED)
    said = timber.ask(
        "What did Dolores Ibarra Nunez say in her opening statement?", doc_ids=["opening"]
    )
    assert not said.refused, said.answer
    assert [(c.doc_id, c.para) for c in said.citations] == [("opening", "2")]
    assert "rosewood" in said.answer


PORTS = """Report of a synthetic meeting on port security

Panama City, 23–25 June 2025

I. Deliberations

1. The expert from Belgium warned that violence linked to drug trafficking had spread to the
neighbourhoods around the port of Antwerp.

2. The expert from Canada noted that terminal operating systems had become targets of
cyberattacks by criminal groups, and recommended that ports regularly test the security of
those systems.

3. The expert from Chile underlined that controls should not delay exports of fruit.

4. The meeting was attended by experts from Belgium, Canada, Chile and Ghana.

5. Customs officers in the port of Tema seized twelve tonnes of cocaine in 2024.

6. Some forty per cent of the responding States reported at least one case in which port
employees had facilitated the movement of drugs.
"""


@pytest.fixture(scope="module")
def ports(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _assistant_over(tmp_path_factory.mktemp("ports-home"), {"ports": PORTS}, SEED)


def test_the_verb_of_a_statement_question_names_a_statement_not_a_topic(ports: Assistant) -> None:
    # "warn" asks for what the party said, which the report writes "noted".
    for asked in ("What did the Canadian expert warn about?", "What did Canada warn of?"):
        answer = ports.ask(asked, doc_ids=["ports"])
        assert not answer.refused, answer.answer
        assert [c.para for c in answer.citations] == ["2"], answer.answer
    # A party that made no statement is still refused: Ghana only attended.
    assert ports.ask("What did Ghana warn about?", doc_ids=["ports"]).refused
    # Beside a topic the verb is no longer alone, and the topic must be said.
    assert ports.ask("What did Canada warn about fruit exports?", doc_ids=["ports"]).refused


def test_a_count_is_of_its_noun_whatever_the_verb(ports: Assistant) -> None:
    # Twelve tonnes seized at one port count no ports, nor any containers.
    assert ports.ask("How many ports handle cocaine shipments?", doc_ids=["ports"]).refused
    assert ports.ask("How many containers pass through Tema each year?", doc_ids=["ports"]).refused
    assert not ports.ask("How many tonnes of cocaine went through Tema?", doc_ids=["ports"]).refused


def test_the_word_a_figure_question_asks_with_is_no_concept(ports: Assistant) -> None:
    # "percentage" asks for a share, which the report writes "forty per cent": no answer
    # need hold the word. A cost or a budget is what is asked about, and stays.
    asked = "What percentage of States reported employees helping to move drugs?"
    profile = ports.gather(asked, doc_ids=["ports"]).profile
    assert "percentag" not in profile.weights and {"state", "employe"} <= set(profile.weights)
    answer = ports.ask(asked, doc_ids=["ports"])
    assert [c.para for c in answer.citations] == ["6"] and "forty per cent" in answer.answer
    assert "budget" in ports.gather("What was the budget of the meeting?").profile.weights
    assert ports.ask("What was the budget of the meeting?", doc_ids=["ports"]).refused


ORPHANS = """Report of a synthetic meeting on gender-related killings of women

Bogotá, 12–14 May 2025

I. Deliberations

1. The expert from Brazil reported that the children of women killed by their partners
received money from a special pension until the age of 18.

2. The expert from Argentina reported that the children of women killed received money every
month from an economic reparation scheme.

3. The expert from Brazil noted that courts in Argentina had handed down life sentences in
most recent cases.

4. First responders had to preserve the scene of a killing and collect evidence of earlier
violence.

5. The expert from Mexico noted that observatories counted killings from press reports.
"""


@pytest.fixture(scope="module")
def orphans(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return _assistant_over(tmp_path_factory.mktemp("orphans-home"), {"orphans": ORPHANS}, SEED)


def test_names_joined_by_and_are_each_asked_about(orphans: Assistant) -> None:
    # "in Brazil and Argentina" asks the same of each: each one's sentence answers for it.
    asked = "What money do children get in Brazil and Argentina when their mother is killed?"
    answer = orphans.ask(asked, doc_ids=["orphans"])
    assert not answer.refused, answer.answer
    assert {c.para for c in answer.citations} == {"1", "2"}, answer.answer
    # Not so one name beside another: Brazil's word on Argentina is one sentence naming both.
    answer = orphans.ask("What did Brazil say about Argentina?", doc_ids=["orphans"])
    assert [c.para for c in answer.citations] == ["3"], answer.answer
    # Each name is still held whole: Mexico and Chile were asked, and Chile said nothing.
    profile = orphans.gather("What did Mexico and Chile say?", doc_ids=["orphans"]).profile
    assert profile.each_of == ()  # Chile is named in no document: no name joins it


def test_a_clause_of_time_that_opens_a_question_asks_nothing(orphans: Assistant) -> None:
    # The question is "what must they do first", not "when".
    asked = "When the police get to the scene of a murdered woman, what must they do first?"
    assert expected_type(asked) == "any"
    answer = orphans.ask(asked, doc_ids=["orphans"])
    assert [c.para for c in answer.citations] == ["4"], answer.answer
    # An inverted verb asks when: that is a when-question, whatever follows its comma.
    assert expected_type("When was the meeting held, and where?") == "date"
    assert expected_type("When women report violence, do police take statements?") == "any"


def test_semi_auxiliaries_and_a_request_s_extent_are_no_concepts() -> None:
    # "get", "supposed to", "actually", "the full list" say how, not what, is asked.
    asked = "What are the police supposed to get, actually, from the full list of measures?"
    assert set(content_words(asked)) == {"police", "measures"}


def test_the_thing_asked_for_may_follow_a_copula_and_a_role_may_ask_for_a_person() -> None:
    # "What are the dates of …?" asks for a date as "What dates …?" does: a sentence that says
    # the dates "would be announced" gives none.
    dates = "What are the dates of the follow-up workshop in Namibia?"
    assert expected_type(dates) == "date"
    assert not gives(
        "date", "The dates of the workshop would be announced by the Secretariat.", dates
    )
    assert gives("date", "The workshop will be held from 3 to 5 March 2026.", dates)
    assert expected_type("What was the venue of the next session?") == "place"
    # A noun of time the lists do not hold: WordNet's kinds of point in time or time period.
    assert expected_type("what's the deadline to send in comments?") == "date"
    assert expected_type("Which point did Japan make?") == "any"
    # "full" and "go" have noun senses of time, but are seldom nouns.
    assert expected_type("What's the full title of the Seoul report?") == "any"
    assert expected_type("what goes wrong with restraining orders?") == "any"
    # What a thing was worth is a sum of money, not any figure.
    worth = "what were the Galapagos shark fins worth in dollars?"
    assert expected_type(worth) == "number"
    assert not gives("number", "Customs officers seized some 9,000 shark fins.", worth)
    assert gives("number", "The fins were valued at US$ 1.2 million.", worth)
    # A role whose head is a kind of person ("staff member") asks for the person: the role
    # named again ("A representative of the Secretariat") does not answer.
    who = "Who was the Secretariat staff member that introduced the agenda items?"
    assert not gives("agent", "A representative of the Secretariat introduced the item.", who)
    assert gives("agent", "Ms. Ana Pereira (Secretariat) introduced the item.", who)
    # A person is also named beside the role they hold, as lists of speakers write them; a
    # list of countries is no person.
    ilo = "Who was the ILO person at the meeting?"
    assert gives("agent", "Lucía Benavente Ortega, observer for ILO, introduced the item.", ilo)
    assert not gives("agent", "Experts from Cabo Verde, Chile and Peru attended.", ilo)
    # "chair" is furniture in its usual sense: "Who was the chair?" keeps any agent.
    assert gives("agent", "The Chair of the meeting opened the session.", "Who was the chair?")


def test_a_contraction_typed_without_its_apostrophe_is_read_as_the_contraction(
    assistant: Assistant,
) -> None:
    assert with_apostrophes("whats the deadline, and dont they say?") == (
        "what's the deadline, and don't they say?"
    )
    assert with_apostrophes("Whats the IM policy?") == "What's the IM policy?"  # an acronym
    typed = assistant.gather("whats the share of victims who were children?").profile
    written = assistant.gather("what's the share of victims who were children?").profile
    assert typed.weights == written.weights and "what" not in typed.weights
    assert typed.answer_type == written.answer_type == "number"


def test_the_light_verb_make_is_no_concept(assistant: Assistant) -> None:
    # "the recommendations the meeting made": the noun says what was done.
    profile = assistant.gather("Which proposals did Japan make on firearms?").profile
    assert "make" not in profile.weights and "firearm" in profile.weights


RECOMMENDING = """Report of a synthetic meeting on fisheries crime

Valparaíso, 7–9 May 2025

I. Recommendations

1. The meeting adopted the following recommendations for the consideration of the Fifteenth
Congress. Member States should:

(a) Make the most serious fisheries offences punishable by at least four years of
imprisonment;

(b) Set up multi-agency task forces along the whole value chain;

(c) Protect fishers against forced labour by inspecting vessels in port.

II. Deliberations

2. Speakers noted that transshipment at sea hid the origin of illegally caught fish.
"""


def test_a_list_asked_for_comes_with_the_items_its_paragraph_introduces(tmp_path: Path) -> None:
    # The sentence that matches ("adopted the following recommendations") is not the one that
    # ends in the colon ("Member States should:"); the paragraph introduces the list all the
    # same, and a question that asks for the list gets its items.
    reporting = assistant_on_report(tmp_path, "fisheries", RECOMMENDING)
    answer = reporting.ask("Can you list all the recommendations the meeting made to the Congress?")
    assert not answer.refused, answer.answer
    assert {"1(a)", "1(b)", "1(c)"} <= {c.para for c in answer.citations}, answer.answer


def test_a_part_of_a_whole_is_counted_by_a_figure_of_the_part_not_of_something_beside_it() -> None:
    women = "How many of the 52 experts were women?"
    attended = "The meeting was attended by 52 experts from the following 35 States: Chile, Peru."
    assert not gives("number", attended, women)
    assert gives("number", "Of the 52 experts, nineteen were women.", women)
    assert gives("number", "Twelve of the experts were women.", women)
    assert gives("number", "Forty per cent of the experts were women.", women)
    kazakh = "How many of the 118 participants came from Kazakhstan?"
    listed = "Representatives of the following twelve States attended: China, Kazakhstan."
    assert not gives("number", listed, kazakh)
    assert gives("number", "Of the 118 participants, 14 came from Kazakhstan.", kazakh)


def test_the_expert_from_a_country_is_the_person_written_with_it_in_brackets(tmp_path) -> None:
    """UN reports write a participant as "Ms. Ana Pereira (Chile)": asked for "the expert from
    Chile" or "the Chilean expert", that is the person, though the sentence never says
    "expert". A State that attended with no one named is refused."""
    text = (
        "Report of a meeting\n\nI. Attendance\n\n1. The meeting was attended by experts from "
        "Chile, Peru and Uruguay.\n\nII. Deliberations\n\n2. Ms. Ana Pereira (Chile) said that "
        "her country had trained 300 prosecutors in financial investigations.\n\n3. Mr. Jorge "
        "Ruiz (Uruguay) described a new law on asset recovery.\n"
    )
    assistant = _assistant_over(tmp_path, {"chile": text})
    for asked in ("Who was the expert from Chile?", "who was the Chilean expert?"):
        answer = assistant.ask(asked, doc_ids=["chile"])
        assert not answer.refused, (asked, answer.answer)
        assert "Ana Pereira" in answer.answer and [c.para for c in answer.citations] == ["2"]
    assert assistant.ask("Who was the expert from Peru?", doc_ids=["chile"]).refused


def test_a_name_in_apposition_after_its_role_is_a_person() -> None:
    """UN reports name a speaker after the role as often as before it: "The expert from
    Türkiye, Emre Kılıçarslan, presented …" gives the name asked for; a list of places after
    a role ("Speakers from Asia, Latin America, and Africa …") names no one."""
    asked = "What is the name of the expert from Türkiye?"
    for text in [
        "The expert from Türkiye, Emre Kılıçarslan, presented the use of data analytics.",
        "The expert from New Zealand, Aroha Te Rangi Whaanga, reported on older persons.",
        "The representative of UNODC, Séverine Côté, delivered a statement.",
    ]:
        assert gives("name", text, asked), text
    for text in [
        "Speakers from Asia, Latin America, and Africa said that fraud was growing.",
        "The experts from Fiji, Papua New Guinea, Samoa and Tonga took part.",
        "The meeting of experts, held in Apia, adopted its report.",
    ]:
        assert not gives("name", text, asked), text


HEALTH_ATTACKS = """Report of a synthetic meeting on attacks against health services

Lisbon, 5–6 May 2025

I. Deliberations

1. Speakers noted that attacks on hospitals had grown in number and severity.

2. Ms. Ana Pereira (Portugal), speaking as an expert, described an attack in 2024 on a
laboratory network that served forty clinics. The offenders had demanded 2 million euros in
cryptocurrency. The authorities refused to pay, and most clinics had restored their systems
from back-ups within six days. The incident led to a national programme to separate the
networks of individual clinics.

3. The representative of Chile reported that a regional hospital had paid a ransom in 2023
and had been attacked again within a year.
"""


@pytest.fixture(scope="module")
def health(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    home = tmp_path_factory.mktemp("health-home")
    return _assistant_over(home, {"health": HEALTH_ATTACKS}, SEED)


def test_a_two_part_question_is_answered_in_both_parts_from_the_cited_paragraph(
    health: Assistant,
) -> None:
    """The demand and the recovery are told in two sentences of one paragraph; the sentence
    with the demand says nothing of clinics or systems, and scored below the threshold on its
    own: it was left out, and the answer gave the recovery only."""
    answer = health.ask(
        "How much did the offenders demand from the Portuguese laboratory network, and how "
        "long did the clinics take to restore their systems?",
        doc_ids=["health"],
    )
    assert not answer.refused
    assert "2 million euros" in answer.answer and "six days" in answer.answer
    assert [c.para for c in answer.citations] == ["2"]


def test_a_one_part_question_is_not_padded_with_the_rest_of_its_paragraph(
    health: Assistant,
) -> None:
    answer = health.ask(
        "How much did the offenders demand from the Portuguese laboratory network?",
        doc_ids=["health"],
    )
    assert "2 million euros" in answer.answer
    assert "six days" not in answer.answer and "national programme" not in answer.answer


def test_a_store_of_one_short_report_answers_as_a_large_store_does(tmp_path: Path) -> None:
    """A passage stands out against a fixed background (``assistant._background``), not
    against the store's own units: over this report alone, whose four units are all on attacks
    against health services, every question was refused (the passage stood out from nothing)."""
    alone = assistant_on_report(tmp_path, "health", HEALTH_ATTACKS)
    answer = alone.ask("How much did the offenders demand from the Portuguese laboratory network?")
    assert not answer.refused
    assert "2 million euros" in answer.answer and [c.para for c in answer.citations] == ["2"]
    # A question it does not answer is still refused.
    assert alone.ask("How many nurses were trained in cyber hygiene in Portugal?").refused


def test_the_background_is_the_same_whatever_the_store_holds(
    health: Assistant, tmp_path: Path
) -> None:
    alone = assistant_on_report(tmp_path, "health", HEALTH_ATTACKS)
    query = alone.vectors.get(["attacks on hospitals by ransomware"])[0]
    small = alone.retriever.index(alone.documents()).background(query)
    large = health.retriever.index(health.documents()).background(query)
    assert small == pytest.approx(large)


def test_a_meeting_s_own_cost_is_given_by_a_sentence_about_the_meeting() -> None:
    """ "How much did the meeting cost?" was answered by what illegal fishing cost the region:
    a sum of money the meeting heard of, not its own cost."""
    fishing = "Illegal fishing cost the subregion an estimated 600 million United States dollars."
    for asked in (
        "How much did the Kigali meeting cost to organize?",
        "What was the budget of the Southern Africa subregional workshop?",
        "How much money did the EU put up for the Valletta meeting?",
    ):
        assert not gives("number", fishing, asked), asked
        assert gives("number", "The meeting cost 45,000 United States dollars to hold.", asked)
    heard = "How much did illegal fishing cost the subregion, according to the meeting?"
    assert gives("number", fishing, heard)


def test_the_office_a_meeting_gave_is_no_answer_on_a_job_at_home() -> None:
    """ "Chair: Aimée Uwase (Rwanda)" says what she did at the meeting, not her job in Rwanda."""
    chair = "Chair: Aimée Uwase (Rwanda)"
    for asked in (
        "What is Aimée Uwase's job or position back in Rwanda?",
        "What is Aimée Uwase's job title?",
        "What position does Aimée Uwase hold in the Government of Rwanda?",
    ):
        assert not gives("office", chair, asked), asked
        assert gives("office", "Aimée Uwase, Minister of Justice of Rwanda, said so.", asked)
    for asked in ("What role did Aimée Uwase play?", "What was Aimée Uwase's job at the meeting?"):
        assert gives("office", chair, asked), asked


def test_a_job_in_a_government_is_not_given_by_the_country_or_the_office_the_question_names() -> (
    None
):
    """The question's "Philippine government" and "the Chair" are no part of the person's
    name: "The Chair thanked the Government … of the Philippines" gives no one a post."""
    thanked = (
        "The Chair thanked the Government and people of the Philippines for their hospitality."
    )
    for asked in (
        "What is Ramón Villaseñor's day job in the Philippine government?",
        "What position does the Chair, Ramón Villaseñor, hold in the Philippine government?",
    ):
        assert not gives("office", thanked, asked), asked
        # An office written as a closed compound of a title is that title.
        opened = "Ramón Villaseñor, Undersecretary of Justice of the Philippines, opened it."
        assert gives("office", opened, asked), asked


def test_a_count_may_be_answered_by_a_share_of_what_it_counts() -> None:
    """ "How many …?" is answered by the figure the document gives, which may be a share of
    the thing counted ("fewer than one in ten cases"); a share of something else is none."""
    cases = "How many cases get reported to the police there?"
    assert gives("number", "fewer than one in ten cases were reported to the police", cases)
    assert gives("number", "Forty per cent of cases were reported.", cases)
    countries = "How many countries keep central statistics on requests?"
    assert gives("number", "Fewer than one in five responding States kept statistics.", countries)
    assert not gives("number", "Half of the requests were answered.", countries)
    # A verb the count pattern does not list ends the noun phrase counted.
    assert counted("How many countries keep central statistics on requests sent?") == "countries"
    # "How many of them …?" counts what the conversation named, which no sentence is held to.
    assert counted("How many of them were women?") == ""
    assert gives("number", "a third of the women interviewed", "How many of them were women?")


def test_a_part_of_a_whole_is_given_by_a_share_of_that_whole() -> None:
    """ "How many of the participants were women?" is not answered by a third of the women a
    survey asked about, nor by their ages ("women aged sixteen to seventy")."""
    asked = "How many of the participants in Łódź were women?"
    survey = "The survey found that about a third of women aged sixteen to seventy were victims."
    assert not gives("number", survey, asked)
    assert gives("number", "Forty per cent of them were women.", asked)
    assert gives("number", "In total, 87 participants attended, 41 of whom were women.", asked)


def test_a_figure_of_a_compound_counts_its_last_part() -> None:
    """ "websites" are sites and "States" countries; "persons" are no "sons"."""
    assert counts_as("websites", "sites") and counts_as("States", "countries")
    assert counts_as("participants", "people")
    assert not counts_as("persons", "sons") and not counts_as("samples", "people")


def test_whether_a_place_or_a_date_is_known_asks_for_it() -> None:
    """ "Has a venue been chosen …?" is answered by the venue, not by a sentence that only
    mentions the meeting to come."""
    assert expected_type("Has a venue been chosen for the 2027 follow-up meeting?") == "place"
    assert expected_type("Is there a date for the next session?") == "date"
    assert expected_type("Has a host city been chosen for the next gathering?") == "place"
    assert expected_type("Has the meeting been held?") == "any"
    assert expected_type("Was the main city affected by flooding?") == "any"
    assert expected_type("Was a time limit set?") == "any"


SURVEYS = """Report of the Expert Group Meeting on Crime Victimization Surveys

Łódź, Poland, 26–28 May 2025

I. Organization of the meeting

1. The meeting was opened by Bartłomiej Żurawski, Vice-President of Statistics Poland, who
recalled that Poland had conducted its first national survey in 1992.

2. It was observed that fewer than forty per cent of Member States had conducted a national
crime victimization survey in the past ten years.

3. Several participants proposed that a follow-up meeting be convened in 2027 to review
progress.

4. The Chair thanked the University of Łódź for its hospitality and declared the meeting
closed.
"""


def test_questions_on_a_meeting_s_own_report(tmp_path) -> None:
    """The title frames the front matter's lines; "UN" names the Organization every
    document comes from; an opposite is no answer; a venue asked for must be given."""
    assistant = _assistant_over(tmp_path, {"surveys": SURVEYS}, SEED)
    where = assistant.ask(
        "Where and when did the expert group meeting on victimization surveys take place?",
        doc_ids=["surveys"],
    )
    assert "Łódź, Poland, 26–28 May 2025" in where.answer, where.answer
    assert "front" in [c.para for c in where.citations], where.answer
    share = assistant.ask(
        "Roughly what share of UN Member States have run a victimization survey?",
        doc_ids=["surveys"],
    )
    assert [c.para for c in share.citations] == ["2"], share.answer
    # "declared the meeting closed" holds no "opened" (its similarity, 0.70, counted before).
    asked = assistant.gather("Who opened the meeting?", doc_ids=["surveys"])
    extract = assistant.extractive.extract(
        asked.profile, asked.vector, asked.hits, asked.metas, asked.index
    )
    coverage = {c.hit.unit_id: c.features["coverage"] for c in extract.candidates}
    assert coverage["1"] == 1.0 and coverage["4"] < 0.5, coverage
    # Nor is a sentence that holds nothing asked kept beside one that holds some of it,
    # however near the embedder finds it.
    opened = assistant.ask("Who formally opened the meeting in Łódź?", doc_ids=["surveys"])
    assert [c.para for c in opened.citations] == ["1"], opened.answer
    venue = assistant.ask("Has a venue been chosen for the 2027 follow-up meeting?")
    assert venue.refused and venue.citations == [], venue.answer


COCA = """Report of a synthetic Andean meeting

Lima, 3–4 March 2025

I. Deliberations

1. The representative of Colombia reported that the national police had dismantled more than
3,600 clandestine laboratories in 2024, some 300 of which produced cocaine.

2. The representative of Peru reported that twelve tonnes of cocaine had been seized at the
port of Callao in 2024.
"""


def test_a_quantity_asked_in_a_measure_is_given_in_one_of_its_dimension(tmp_path) -> None:
    """ "How many hectares of coca …?" is not answered by a count of laboratories; "How many
    kilograms …?" is answered in tonnes."""
    assistant = _assistant_over(tmp_path, {"coca": COCA}, SEED)
    hectares = assistant.ask("How many hectares of coca are grown in Colombia?", doc_ids=["coca"])
    assert hectares.refused and hectares.citations == [], hectares.answer
    kilograms = assistant.ask("How many kilograms of cocaine were seized at Callao?")
    assert [c.para for c in kilograms.citations] == ["2"], kilograms.answer


SHARES = """Report of a synthetic Southern African workshop

Gaborone, 3–4 March 2025

I. Deliberations

1. The representative of Botswana presented a national survey according to which one in three
women had experienced physical or sexual violence by an intimate partner.

2. The representative of Namibia reported that fewer than one in five responding States kept
centralized statistics on the number of requests sent to foreign service providers.
"""


def test_a_share_answers_a_count_only_of_what_the_question_says_of_the_part(tmp_path) -> None:
    """ "One in three women had experienced violence" says how many women experienced it, not
    how many were killed; "States kept statistics" says how many countries keep them ("kept"
    is a form of "keep")."""
    assistant = _assistant_over(tmp_path, {"shares": SHARES}, SEED)
    killed = assistant.ask(
        "How many women were killed by an intimate partner in Botswana?", doc_ids=["shares"]
    )
    assert killed.refused and killed.citations == [], killed.answer
    kept = assistant.ask(
        "How many countries keep central statistics on requests sent to foreign providers?",
        doc_ids=["shares"],
    )
    assert [c.para for c in kept.citations] == ["2"], kept.answer


OFFICERS = """Report of a synthetic expert group meeting on prison health

Kraków, 9–11 June 2025

I. Organization of the meeting

1. At its 1st meeting, the meeting elected the following officers by acclamation:
Chair: Jadwiga Sołtysiak-Wrona (Poland)
Vice-Chair: Émile Nkurunziza (Burundi)

II. Closing of the meeting

2. In her concluding remarks, the Chair thanked the Government of Poland and the University of
Kraków for their hospitality and declared the meeting closed.
"""


def test_who_chaired_is_the_person_elected_chair(tmp_path) -> None:
    """Presiding is an office a person holds: "Who chaired the meeting?" is answered by the
    person elected Chair, not by a sentence on what "the Chair" did."""
    assistant = _assistant_over(tmp_path, {"officers": OFFICERS}, SEED)
    answer = assistant.ask("Who chaired the meeting?", doc_ids=["officers"])
    assert [c.para for c in answer.citations] == ["1"], answer.answer
    assert "Jadwiga Sołtysiak-Wrona" in answer.answer
    # An office of the meeting is a person's role, named beside it ("chair" is furniture in
    # WordNet's usual sense).
    closing = "In his closing remarks, the Chair, Nāṣir Al-Kindī, thanked the Government."
    assert gives("agent", closing, "Who chaired the meeting?")
    assert not gives("agent", "In her remarks, the Chair thanked the Government.", "Who chaired?")


def test_an_organisation_asked_for_is_answered_by_its_name() -> None:
    # WordNet makes a gang, an agency, a cartel kinds of organization: asked for, each is
    # given by its name, and a month is the name of none.
    for question in (
        "Which ransomware gang hit the Lithuanian hospital in 2023?",
        "What cartel ran the route?",
    ):
        assert expected_type(question) == "name", question
    gang = "Which ransomware gang hit the Lithuanian hospital in 2023?"
    assert not gives("name", "In October 2023 a ransomware attack hit a regional hospital.", gang)
    assert gives("name", "In October 2023 the LockBit group attacked a regional hospital.", gang)
    # Groups and measures are described, not named; an owner is not what is asked for.
    for question in (
        "Which groups are most at risk?",
        "Which measures were recommended?",
        "What was the Secretariat's role at the start of the item?",
        "What is the country doing about it?",
    ):
        assert expected_type(question) == "any", question


ANNEXED = """<html><head><title>Report of a synthetic meeting on property crime</title></head>
<body><h1>Report of a synthetic meeting on property crime</h1><p>Rabat, 3–4 March 2025</p>
<h2>I. Deliberations</h2>
<p>1. Salma Bennani (Morocco) said that notaries in her country had filed 2,587 reports of
suspicious transactions in 2024.</p>
<p>2. Pierre Dumas, Director of Land Registration of France, said that the land register
recorded the beneficial owners of companies.</p>
<h2>Annex</h2><h3>List of participants</h3>
<table><tr><th>State or organization</th><th>Participants</th></tr>
<tr><td>France</td><td>Pierre Dumas</td></tr>
<tr><td>Morocco</td><td>Salma Bennani; Youssef Alami</td></tr></table></body></html>
"""


def test_a_table_s_header_names_its_columns_not_the_office_of_a_person_in_a_cell(
    tmp_path: Path,
) -> None:
    """In the annex row "State or organization | Participants / Morocco | Salma Bennani", the
    header's "organization" is no body she works for: asked her post, the report gives none,
    and the row is no answer (blind test document, re-34). A person whose office the report
    gives is still answered."""
    page = tmp_path / "annexed.html"
    page.write_text(ANNEXED, encoding="utf-8")
    assistant = _assistant_over(tmp_path, {}, page)
    post = assistant.ask(
        "What post does Salma Bennani hold in the Moroccan administration?", doc_ids=["annexed"]
    )
    assert post.refused and post.citations == [], post.answer
    known = assistant.ask("What post does Pierre Dumas hold?", doc_ids=["annexed"])
    assert not known.refused and "Director of Land Registration" in known.answer, known.answer


def test_a_question_that_joins_two_is_split_into_its_parts() -> None:
    """ "…, and what did she say?" joins a second question; a comma alone, two wh-words ("Where
    and when …?"), names joined by "and", a subordinate clause or a second verb do not."""
    assert question_parts("Who spoke for UNODC, and what did she say about the convention?") == [
        "Who spoke for UNODC?",
        "what did she say about the convention?",
    ]
    assert question_parts("How many governments spoke on the item, and which ones?") == [
        "How many governments spoke on the item?",
        "which ones?",
    ]
    assert question_parts("Since when has that been required, and has it reduced thefts?") == [
        "Since when has that been required?",
        "has it reduced thefts?",
    ]
    for one in (
        "How much tax revenue, in dollars, does Benin lose to fuel smuggling?",
        "Where and when did the experts on maritime migrant smuggling get together?",
        "What did Brazil and Argentina say about cattle theft?",
        "When cops get to the scene of a killing, what are they supposed to do and who checks?",
        "Are kids being used by gangs to carry guns and do shootings?",
    ):
        assert question_parts(one) == [one], one


GOLD_DOCS = Path(__file__).resolve().parents[1] / "eval" / "gold" / "docs"


def test_a_two_part_question_no_sentence_answers_whole_is_answered_part_by_part(
    tmp_path: Path,
) -> None:
    """ "Who spoke for the UNODC Executive Director and what was her main message?": no one
    sentence names the speaker, gives her role and her message, so the question was refused
    (calibration mc-48). Asked as a delegate would ask it, in two turns, both parts are
    answered. A question half of which the documents do not answer is still refused (pp-46:
    the meeting's budget is not given)."""
    assistant = _assistant_over(
        tmp_path,
        {},
        GOLD_DOCS / "synthetic-maritime-containers-ports-egm.docx",
        GOLD_DOCS / "synthetic-procurement-corruption-egm.docx",
    )
    both = assistant.ask(
        "Who spoke for the UNODC Executive Director and what was her main message?",
        doc_ids=["synthetic-maritime-containers-ports-egm"],
    )
    assert not both.refused and "Hanna Lindqvist" in both.answer, both.answer
    half = assistant.ask(
        "What was the budget of the meeting and who paid for it?",
        doc_ids=["synthetic-procurement-corruption-egm"],
    )
    assert half.refused and half.citations == [], half.answer


def test_a_front_matter_field_gives_only_the_kind_of_thing_it_names(tmp_path: Path) -> None:
    """The place and dates of a meeting name no one who hosted it: "Santiago" is no
    government (test split, a cross-document negative on the Latin American report, ev-05,
    answered once its second part was asked on its own)."""
    text = (
        "Report of a synthetic meeting on cybercrime\n\nSantiago, 3–5 March 2025\n\n"
        "I. Deliberations\n\n1. Speakers said that ransomware attacks on hospitals had "
        "doubled since 2022.\n"
    )
    assistant = _assistant_over(tmp_path, {"santiago": text})
    host = assistant.ask("Which government hosted the meeting?", doc_ids=["santiago"])
    assert host.refused and host.citations == [], host.answer
    where = assistant.ask("Where was the meeting held?", doc_ids=["santiago"])
    assert not where.refused and "Santiago" in where.answer, where.answer


def test_an_acronym_names_what_the_capitals_of_its_initials_spell(tmp_path) -> None:
    """A report that writes "UN-Women" makes "UN" one of its names, and the answer's sentence
    must name it; "the United Nations Convention against Cybercrime" does, by the capitals
    its initials are, although the report never defines "UN". Seen on a blind test document
    (tech-facilitated violence): "Was the new UN cybercrime convention discussed?" was refused
    as "nothing they say on it is said of UN". Initials in small letters spell by chance:
    "each unit" is not the EU."""
    text = (
        "Report of a synthetic meeting on cybercrime\n\nSantiago, 2–3 June 2025\n\n"
        "I. Deliberations\n\n"
        "1. The observer for UN-Women said that online abuse of women journalists had doubled "
        "since 2022.\n\n"
        "2. Several experts referred to the United Nations Convention against Cybercrime, whose "
        "provisions on electronic evidence could support cooperation between States.\n\n"
        "3. The expert from Chile said that new national laws on cybercrime had been adopted, "
        "and that each unit of the police now had an officer trained in electronic evidence.\n\n"
        "4. The observer for an EU-funded programme described its training courses for judges.\n"
    )
    assistant = _assistant_over(tmp_path, {"cyber": text}, SEED)
    answer = assistant.ask("Was the new UN cybercrime convention discussed?")
    assert not answer.refused, answer.answer
    assert "2" in [c.para for c in answer.citations], answer.answer
    assert "United Nations Convention" in answer.answer
    assert assistant.ask("What did the EU say about laws on cybercrime?").refused


def test_what_a_question_says_of_its_asker_is_not_asked(assistant: Assistant) -> None:
    from assistant._query import about_the_asker

    asked = "Did the delegates in Bangkok come up with anything against timber thieves?"
    assert about_the_asker(f"I work for an NGO in Borneo. {asked}") == asked
    # A statement of what the documents say is asked about; and one of the asker's stays
    # when what is asked speaks of them too.
    stated = "South Africa mentioned a special unit. What is it called?"
    assert about_the_asker(stated) == stated
    mine = "I am from Borneo. What did my country say about trafficking victims?"
    assert about_the_asker(mine) == mine
    pointed = "I met Mr. Ali at the session. What did he say about prisons?"
    assert about_the_asker(pointed) == pointed
    # A colon joins an opening to what it introduces: its names are asked about.
    note = "I'm writing a note on Kenya and India: how were nationals recruited?"
    assert about_the_asker(note) == note

    ngo = "I work for an NGO in Borneo. What did the observer for Curaçao report about victims?"
    answer = assistant.ask(ngo, doc_ids=[OTHER_ID])
    assert not answer.refused and [c.para for c in answer.citations] == ["1"]
    congress = (
        "Our delegation will raise customs fraud at the Congress. "
        "What did speakers say about bribery in customs administrations?"
    )
    answer = assistant.ask(congress, doc_ids=[OTHER_ID])
    assert not answer.refused and [c.para for c in answer.citations] == ["3"]
    refused = assistant.ask(mine, doc_ids=[OTHER_ID])
    assert refused.refused and "Borneo" in refused.answer
