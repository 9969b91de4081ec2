"""Follow-ups and questions whose key words the documents do not repeat: a person asked about
by a pronoun whom the report calls by office, a demonstrative that stands for the previous
subject, and where/when questions whose verb of happening no sentence repeats. Real parser,
store, embedder and the shipped calibration, on a report written for these tests."""

from __future__ import annotations

import pytest
from conftest import assistant_on_report

from assistant import Assistant, Message
from assistant._offices import offices
from assistant.conversation import resolve, standalone_question

REPORT = """Report of the synthetic Lusophone expert meeting

Lisbon, 10–11 April 2025

I. Organization of the meeting

1. The meeting elected Ms. Ana Pereira (Brazil) as its Chair and Mr. Tomás Ribeiro (Angola)
as its Rapporteur. Representatives of INTERPOL and the Organization of American States
attended as observers.

2. The representative of Peru said that prisons in the region held twice as many people as
they had been built for.

II. Deliberations

3. Speakers described the smuggling of mercury used in illegal gold mining along rivers.

4. The experts recommended joint inspections of mining sites and tighter controls on imports
of mercury.

III. Closing of the meeting

5. In her closing remarks, the Chair thanked the Government of Portugal and urged participants
to share the report with their ministries.
"""
DOC = "lusophone"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_on_report(tmp_path_factory.mktemp("followups-home"), DOC, REPORT)


def _turns(*pairs: str) -> list[Message]:
    roles = ["user", "assistant"] * len(pairs)
    return [Message(role=r, content=c) for r, c in zip(roles, pairs, strict=False)]


def test_offices_are_read_from_the_report(assistant: Assistant) -> None:
    held = offices(["pereira", "ribeiro", "peru"], assistant.retriever.index(), [DOC])
    assert held["pereira"] == {DOC: {("chair",)}}
    assert held["ribeiro"] == {DOC: {("rapporteur",)}}
    assert "peru" not in held  # a speaker, not an officer


def test_a_person_is_found_where_the_report_calls_her_by_office(assistant: Assistant) -> None:
    first = assistant.ask("Who chaired the meeting?", doc_ids=[DOC])
    assert first.citations[0].para == "1" and "Ana Pereira" in first.answer
    history = _turns("Who chaired the meeting?", first.answer)
    answer = assistant.ask("What did she say in her closing remarks?", history, doc_ids=[DOC])
    assert "Ana Pereira" in answer.standalone_question
    assert not answer.refused and [c.para for c in answer.citations] == ["5"]
    assert "thanked the Government of Portugal" in answer.answer


def test_an_office_does_not_make_every_sentence_hers(assistant: Assistant) -> None:
    """Paragraph 2 is about prisons but was said by Peru, not by the Chair."""
    answer = assistant.ask("What did Ana Pereira say about prisons?", doc_ids=[DOC])
    assert answer.refused and answer.citations == []


def test_a_demonstrative_after_a_preposition_carries_the_subject(assistant: Assistant) -> None:
    history = _turns(
        "Did anyone talk about mercury smuggling?",
        "Speakers described the smuggling of mercury used in illegal gold mining along rivers [3].",
    )
    question = "What did the experts recommend on that?"
    assert standalone_question(question, history).endswith("(mercury smuggling)")
    answer = assistant.ask(question, history, doc_ids=[DOC])
    # "recommend" frames the question (recommendations and descriptions both answer it);
    # what must hold is the subject: mercury, not a refusal or another paragraph.
    cited = {c.para for c in answer.citations}
    assert not answer.refused and cited and cited <= {"3", "4"}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("Where did the meeting take place?", "Lisbon"),
        ("When did the meeting take place?", "10–11 April 2025"),
        ("Where did the meeting happen?", "Lisbon"),
    ],
)
def test_where_and_when_need_not_repeat_the_verb_of_happening(
    assistant: Assistant, question: str, expected: str
) -> None:
    answer = assistant.ask(question, doc_ids=[DOC])
    assert not answer.refused and expected in answer.answer
    assert [c.para for c in answer.citations] == ["front"]


def test_what_a_named_party_said_needs_a_statement_not_its_name(assistant: Assistant) -> None:
    """Paragraph 1 names INTERPOL among the observers; nothing it said is reported."""
    said = assistant.ask("What did the representative of Peru say?", doc_ids=[DOC])
    assert not said.refused and [c.para for c in said.citations] == ["2"]
    present = assistant.ask("What did INTERPOL's representative tell the meeting?", doc_ids=[DOC])
    assert present.refused and present.citations == []
    assert "No statement of theirs is reported" in present.answer


HERITAGE = """Report of the synthetic expert meeting on cultural property

Rome, 5–6 May 2025

I. Recommendations

1. The experts recommended that Member States:

(a) Strengthen the training of customs officers in the identification of cultural objects;

(b) Protect archaeological sites in armed conflict, in particular by:

(i) Monitoring sites at risk, including by satellite imagery;

(ii) Employing members of local communities as guardians of sites;

(c) Return seized objects to their countries of origin without delay.
"""


def test_a_follow_up_that_echoes_an_announced_list_gets_its_items(tmp_path) -> None:
    """An answer that ends on "…, in particular by:" announced items it did not give; "In
    particular by what?" asks for them, not for its own few words."""
    assistant = assistant_on_report(tmp_path, "heritage", HERITAGE)
    history = _turns(
        "What did the experts recommend for archaeological sites in war zones?",
        "Protect archaeological sites in armed conflict, in particular by: [1(b)]",
    )
    for question in ("In particular by what?", "By what?"):
        answer = assistant.ask(question, history)
        assert not answer.refused, answer.answer
        assert [c.para for c in answer.citations] == ["1(b)(i)", "1(b)(ii)"], answer.answer
        assert "satellite imagery" in answer.answer and "guardians" in answer.answer
    # A question with words of its own is asked as usual.
    other = assistant.ask("And what about customs officers?", history)
    assert [c.para for c in other.citations] == ["1(a)"], other.answer


def test_and_another_kind_of_party_asks_the_same_of_it() -> None:
    """ "And the observers?" after "Which countries spoke …?" asks which observers spoke; a
    topic that is no party still takes the subject's place."""

    def after(question: str, previous: str) -> str:
        return standalone_question(question, _turns(previous, "An answer [1]."))

    assert after("And the observers?", "Which countries spoke on the item?") == (
        "Which observers spoke on the item?"
    )
    assert after("And women?", "How many people attended?") == "How many women attended?"
    assert after("And youth?", "What was said about children?") == "What was said about youth?"


def test_and_the_observers_is_answered_from_the_record_of_statements(tmp_path) -> None:
    report = """Report of the synthetic meeting on fisheries

Dakar, 3–4 March 2025

I. Deliberations

1. Statements were made by the representatives of Senegal, Ghana and Côte d'Ivoire.
Statements were also made by the observers for INTERPOL and the Environmental Justice
Foundation.

2. Speakers noted that forced labour on fishing vessels was rarely prosecuted.
"""
    assistant = assistant_on_report(tmp_path, "fisheries", report)
    history = _turns(
        "Which countries made statements?",
        "Statements were made by the representatives of Senegal, Ghana and Côte d'Ivoire [1].",
    )
    answer = assistant.ask("And the observers?", history)
    assert not answer.refused, answer.answer
    assert "INTERPOL" in answer.answer and [c.para for c in answer.citations] == ["1"]


OPENED = """Report of the synthetic Central Asian meeting

Almaty, 3–5 March 2025

1. The meeting was opened by Serik Tölegenov, First Deputy Minister of Internal Affairs of
Kazakhstan, who noted that the region lay at the crossroads of routes used to smuggle drugs.

2. The representative of Uzbekistan said that border guards had seized more heroin in 2024.

3. Serik Tölegenov added that his country had trained two hundred border guards in detecting
concealed precursor chemicals.
"""


def test_he_is_the_person_an_answer_to_who_named_in_prose(tmp_path) -> None:
    history = [
        Message(role="user", content="Who opened the Almaty meeting?"),
        Message(
            role="assistant",
            content="It was opened by Serik Tölegenov, First Deputy Minister of Internal "
            "Affairs of Kazakhstan [1].",
        ),
    ]
    # A name with no brackets and no title after it, an office and a country beside it.
    assert standalone_question("What was his main point?", history) == (
        "What was Serik Tölegenov's main point?"
    )
    assistant = assistant_on_report(tmp_path, "opened", OPENED)
    answer = assistant.ask("What did he say about border guards?", history)
    assert not answer.refused, answer.answer
    # Paragraph 3 is his; paragraph 2, on border guards too, is Uzbekistan's.
    assert [c.para for c in answer.citations] == ["3"], answer.answer
    # Not a name: the office, the country. An answer to a question that asked no "who" names
    # no one the pronoun stands for.
    office = [history[0], Message(role="assistant", content="The Rapporteur was Viet Nam [1].")]
    assert standalone_question("What did he say?", office).startswith("What did he say?")
    other = [Message(role="user", content="What was said on heroin?"), history[1]]
    assert standalone_question("What did he say?", other).startswith("What did he say?")


def test_a_pronoun_carries_the_thing_the_previous_question_named_not_its_verb() -> None:
    # "it" is the container meeting; "held" was what the previous question asked of it.
    history = [
        Message(role="user", content="Where was the container meeting held?"),
        Message(role="assistant", content="It was held in Panama City from 23 to 25 June [1]."),
    ]
    asked = resolve("and who chaired it?", history).standalone
    assert asked == "and who chaired it? (container meeting)"
    # A name WordNet does not know is a thing too; a question that named none carries nothing.
    history[0] = Message(role="user", content="Who organized the workshop in Kampala?")
    assert resolve("and who chaired it?", history).standalone.endswith("(workshop kampala)")
    history[0] = Message(role="user", content="When was the report issued?")
    assert resolve("and who chaired it?", history).standalone == "and who chaired it?"


SEAFARERS = """Report of the synthetic Gulf of Guinea expert meeting

Accra, 3–4 March 2025

I. Deliberations

1. Ms. Abena Owusu (Ghana) described the ordeal of seafarers kidnapped for ransom, who were
taken from their ships to camps in the mangrove creeks and held for several weeks.

2. The representative of Togo said that fishing communities along the coast had lost their
catch to industrial trawlers operating without licences.

II. Recommendations

3. The meeting recommended that Member States:

(a) Treat kidnapped seafarers as victims of crime and provide them and their families with
medical, psychological and financial support;

(b) Share the licence records of industrial trawlers with the coastal States concerned.
"""


def test_did_the_recommendations_pick_that_up_asks_about_what_was_said(tmp_path) -> None:
    """After what a speaker said, "Did the recommendations pick that up?" asks whether the
    recommendations take up her point: not for her paragraph again, and not about her."""
    assistant = assistant_on_report(tmp_path, "gulf", SEAFARERS)
    history = _turns(
        "What did Abena Owusu talk about?",
        "Ms. Abena Owusu (Ghana) described the ordeal of seafarers kidnapped for ransom, who were"
        " taken from their ships to camps in the mangrove creeks and held for several weeks [1].",
    )
    resolved = resolve("Did the recommendations pick that up?", history)
    assert "seafarers kidnapped for ransom" in resolved.standalone
    assert "Owusu" not in resolved.standalone and not resolved.about_answer
    answer = assistant.ask("Did the recommendations pick that up?", history)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["3(a)"], answer.answer
    # The other speaker's point is taken up by another recommendation.
    history = _turns(
        "What did Togo say?",
        "The representative of Togo said that fishing communities along the coast had lost"
        " their catch to industrial trawlers operating without licences [2].",
    )
    for question in ("Is that in the recommendations?", "Did they recommend anything on that?"):
        answer = assistant.ask(question, history)
        assert [c.para for c in answer.citations] == ["3(b)"], (question, answer.answer)
    # After a question with a subject of its own, "it" is that subject, as before.
    history[0] = Message(role="user", content="What was said about unlicensed trawlers?")
    resolved = resolve("What did they recommend about it?", history)
    assert resolved.standalone.endswith("(unlicensed trawlers)"), resolved.standalone


def test_a_refusal_gives_no_point_for_the_recommendations_to_take_up() -> None:
    history = _turns(
        "What did Togo say about piracy?",
        "The documents do not say. The passages found do not answer it.",
    )
    resolved = resolve("Did the recommendations pick that up?", history)
    assert "do not say" not in resolved.standalone, resolved.standalone
