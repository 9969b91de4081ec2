"""Counts a report gives by a list, and parties a delegate names as people do: by a demonym
("the Japanese delegation", far down a list of speakers), by an acronym's expansion ("What
does ACPF stand for?"), or by whether they spoke at all ("Did Kenya say anything on this
item?"). Real parser, store
and embedder, on reports written for the test."""

from __future__ import annotations

from conftest import assistant_on_report

REPORT = """Report of a synthetic Pacific meeting on environmental crime

Suva, 10–11 April 2025

I. Attendance

1. The meeting was attended by experts from the following three States: Fiji, Samoa and
Tonga.

II. Deliberations

2. An introductory presentation was delivered by a representative of the Secretariat.
Statements were made by the representatives of Fiji, Chile, the Philippines, Kenya,
Australia, Tonga and Japan. A statement was also made by the observer for the Asia Crime Prevention
Foundation (ACPF).

3. Speakers discussed the situation of specific groups, such as fishers, island
communities and seasonal workers. Speakers noted that reports by insiders, including
port workers and divers, had exposed several cases.

4. The meeting recommended strengthening enforcement against crimes that affect the
environment, including illegal fishing, coral harvesting and waste dumping, while noting
that enforcement must respect the rights of coastal communities.
"""


def test_a_list_names_its_items_in_order() -> None:
    from assistant._enumeration import enumerated

    def groups(word: str) -> bool:
        return word.lower().startswith("group")

    assert enumerated("Specific groups, such as fishers, island people and workers.", groups) == (
        "fishers",
        "island people",
        "workers",
    )
    # The serial comma, and a pair.
    assert enumerated("Two groups, namely fishers, and divers.", groups) == ("fishers", "divers")
    assert enumerated("Some groups, including fishers and divers, were heard.", groups) == (
        "fishers",
        "divers",
    )
    # The list is of the last plural before it: of States, not of groups.
    assert enumerated("Groups from the following States: Fiji and Samoa.", groups) == ()
    # No word that opens a list, or no "and" that closes one: no list.
    assert enumerated("Groups met fishers, divers and workers.", groups) == ()
    assert enumerated("Groups, such as fishers, met in Suva, Apia.", groups) == ()
    # An item is a phrase, not a clause.
    assert (
        enumerated(
            "Groups such as fishers and the many workers who had come to the islands each year.",
            groups,
        )
        == ()
    )


def test_how_many_is_answered_by_counting_a_list_of_the_kind_asked(tmp_path) -> None:
    assistant = assistant_on_report(tmp_path, "pacific", REPORT)
    answer = assistant.ask("How many groups did speakers single out, and which ones?")
    assert not answer.refused, answer.answer
    assert answer.sentences[0].text == "3 items are listed.", answer.answer
    assert [c.para for c in answer.citations] == ["3"], answer.answer
    # "Kinds of" counts what it classifies.
    answer = assistant.ask("How many kinds of environmental crime did the meeting name?")
    assert not answer.refused, answer.answer
    assert answer.sentences[0].text == "3 items are listed.", answer.answer
    assert [c.para for c in answer.citations] == ["4"], answer.answer
    # A list of States counts no experts, and one of insiders no reports.
    answer = assistant.ask("How many experts attended?")
    assert not answer.answer.startswith("3 items"), answer.answer
    answer = assistant.ask("How many reports did insiders make?")
    assert not answer.answer.startswith("2 items"), answer.answer


def test_a_demonym_names_its_country_as_a_party_far_down_a_list(tmp_path) -> None:
    assistant = assistant_on_report(tmp_path, "pacific", REPORT)
    answer = assistant.ask("Was the Japanese delegation one of the speakers?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    answer = assistant.ask("Did the Filipinos take the floor?")
    assert [c.para for c in answer.citations] == ["2"], answer.answer


def test_whether_a_party_spoke_is_answered_by_the_record_of_who_spoke(tmp_path) -> None:
    from assistant._answer_type import asks_whether, speaks_as

    assert asks_whether("Did Kenya say anything?")
    assert not asks_whether("What did Kenya say?")
    assert not asks_whether("Did they say what it cost?")
    record = (
        "Statements were made by the representatives of Fiji, Chile, the Philippines, Japan, "
        "Kenya, Australia and Tonga."
    )
    # The role is each country's of the list, however far down it stands.
    assert speaks_as(record, ("tonga",))
    assert not speaks_as(record, ("samoa",))
    assert not speaks_as("Experts cited cases from Fiji, Chile and Tonga.", ("tonga",))

    assistant = assistant_on_report(tmp_path, "pacific", REPORT)
    answer = assistant.ask("Did Kenya say anything on this item?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    # What Kenya said, the record does not give.
    assert assistant.ask("What did Kenya say about illegal fishing?").refused


def test_what_an_acronym_stands_for_is_asked_as_what_it_means(tmp_path) -> None:
    assistant = assistant_on_report(tmp_path, "pacific", REPORT)
    for question in ("What does ACPF stand for?", "what's ACPF short for?"):
        # "stand" and "short" ask nothing of the answer: the acronym is all it must hold (as
        # concepts they lowered every sentence's coverage, and the expansion passed on its
        # similarity alone, or not at all: calibration dc-01).
        assert set(assistant.gather(question).profile.weights) == {"acpf"}, question
        answer = assistant.ask(question)
        assert not answer.refused, (question, answer.answer)
        assert "Asia Crime Prevention Foundation" in answer.answer, answer.answer
        assert [c.para for c in answer.citations] == ["2"], answer.answer


def test_a_subject_set_out_before_a_dash_is_what_its_pronoun_stands_for() -> None:
    from assistant.conversation import standalone_question
    from assistant.models import Message

    history = [
        Message(role="user", content="What did the recommendations say about mental health?"),
        Message(role="assistant", content="Support the mental health of children [8(e)]."),
    ]
    question = "And young people — anything for them in the recommendations?"
    assert standalone_question(question, history) == (
        "anything for young people in the recommendations?"
    )
    assert standalone_question("As for migrants: what was said about them?", history) == (
        "what was said about migrants?"
    )
    # With no subject set out, the pronoun still stands for the previous question's.
    carried = standalone_question("And did they say anything about it?", history)
    assert carried.endswith("(mental health)"), carried


def test_each_part_of_a_briefing_question_is_answered(tmp_path) -> None:
    assistant = assistant_on_report(tmp_path, "pacific", REPORT)
    answer = assistant.ask(
        "I'm briefing my minister: what did speakers say about island communities and "
        "seasonal workers, and did the meeting recommend anything on illegal fishing?"
    )
    assert not answer.refused, answer.answer
    assert {c.para for c in answer.citations} == {"3", "4"}, answer.answer


def test_what_else_it_asks_for_is_the_rest_of_the_paragraph_quoted(tmp_path) -> None:
    from assistant.conversation import asks_rest_of_part

    assert asks_rest_of_part("Besides that, what else does it ask for?")
    assert asks_rest_of_part("What else does that recommendation ask for?")
    assert not asks_rest_of_part("What else was said about fishers?")

    assistant = assistant_on_report(tmp_path, "pacific", REPORT)
    history = [
        {"role": "user", "content": "Which groups did speakers discuss?"},
        {
            "role": "assistant",
            "content": "Speakers discussed the situation of specific groups, such as fishers, "
            "island communities and seasonal workers [3].",
        },
    ]
    answer = assistant.ask("Besides those groups, what else does it say?", history)
    assert not answer.refused, answer.answer
    assert "insiders" in answer.answer and "fishers" not in answer.answer, answer.answer
    assert [c.para for c in answer.citations] == ["3"], answer.answer


def test_the_next_one_is_the_paragraph_after_the_one_cited(tmp_path) -> None:
    from assistant.conversation import adjacent_asked
    from assistant.models import Message

    said = [
        Message(role="user", content="Which groups did speakers discuss?"),
        Message(role="assistant", content="Speakers discussed specific groups [3]."),
    ]
    assert adjacent_asked("And what does the next one ask for?", said) == ("3", 1)
    assert adjacent_asked("What about the previous paragraph?", said) == ("3", -1)
    assert adjacent_asked("What was said next about fishers?", said) is None

    assistant = assistant_on_report(tmp_path, "pacific", REPORT)
    history = [m.model_dump() for m in said]
    answer = assistant.ask("And what does the next one ask for?", history)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["4"], answer.answer
    answer = assistant.ask("And the paragraph before that?", history)
    assert [c.para for c in answer.citations] == ["2"], answer.answer


ITEMS = """Report of a synthetic regional meeting on crime prevention

Lima, 4–5 March 2025

I. Summary of deliberations

A. Illicit drugs (agenda item 4)

1. Speakers noted that drug trafficking networks increasingly sold synthetic drugs online
and delivered them by post, and that seizures of methamphetamine in the countries of the
region had doubled since 2022.

2. Statements were made by the representatives of Chile, Peru and Ecuador. A statement
was also made by the observer for the Inter-American Drug Abuse Control Commission.

3. Several speakers called for treatment of drug users as an alternative to imprisonment.

B. Cybercrime (agenda item 5)

4. Speakers noted that ransomware attacks on hospitals had increased in many countries and
that victims rarely reported them to the police.

5. Statements were made by the representatives of Argentina, Colombia, Paraguay and
Uruguay.

6. Speakers called for training of prosecutors in handling electronic evidence.

C. Corruption (agenda item 6)

7. Speakers noted that bribery in public procurement diverted funds from hospitals and
schools in several countries.

8. Statements were made by the representatives of Brazil and Mexico.
"""


def test_how_many_spoke_on_a_topic_is_counted_from_its_item_s_record(tmp_path) -> None:
    """The record of who spoke names no topic: its section does. "How many countries took
    the floor on the drugs item?" is answered by the record under "Illicit drugs", its
    countries counted, as "Which countries spoke on drugs?" is answered by it. The joined
    "… and which ones?" names nothing of its own and adds no other paragraph."""
    report = assistant_on_report(tmp_path, "items", ITEMS)
    answer = report.ask("How many countries took the floor on the drugs item, and which ones?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    assert answer.answer.startswith("3 countries"), answer.answer
    # The record's heading need not name the topic: the section's paragraph on it does.
    answer = report.ask("How many countries took the floor on ransomware?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["5"], answer.answer
    assert answer.answer.startswith("4 countries"), answer.answer


RETURNS = """Report of a synthetic expert group meeting on scam compounds

Bangkok, 5–6 May 2025

I. Deliberations

1. The representative of Brazil reported that Brazilian nationals, some of them recruited
to defraud victims in Portugal, had been found in compounds in Myanmar and Cambodia, and
that Brazil had assisted 38 of them to return home since 2023.

2. The representative of Sri Lanka stated that returning victims often faced debts, and
that vocational training was offered to returnees.
"""


def test_a_figure_of_them_counts_what_them_stands_for(tmp_path) -> None:
    """ "38 of them" counts the Brazilian nationals named before it in the sentence: a count
    of Brazilians, which was refused as "no figure is given" when only a figure next to the
    word counted it."""
    from assistant._answer_type import counts

    def brazilians(token: str) -> bool:
        return token.lower().startswith("brazilian")

    assert counts("Brazilian nationals were found, and Brazil had assisted 38 of them.", brazilians)
    # A figure of something else, or "some of them", counts no Brazilians.
    assert not counts("Brazilian nationals were found, and 38 of the families.", brazilians)
    assert not counts("Some of them were Brazilian nationals.", brazilians)
    report = assistant_on_report(tmp_path, "returns", RETURNS)
    answer = report.ask("How many Brazilians has Brazil helped get back home?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"], answer.answer
    assert "38" in answer.answer
