""" "What did the meeting recommend on …?" asks for a recommendation: a paragraph that only
reports facts on the topic does not answer it. Real parser, store, embedder and the shipped
calibration."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED, assistant_on_report

from assistant import Assistant
from assistant._answer_type import asks_recommended, recommending_part, recommends
from congress_qa import Settings
from ingest import Ingestor

TEXT = """Report of the synthetic expert meeting on juvenile justice

Montevideo, 14–16 October 2025

I. Deliberations

1. The representative of Chile reported that some 1,050 adolescents were held in custody at
the end of 2024, and that each adolescent in custody was assigned a case manager.

2. The representative of Kenya described the training of three hundred police officers in
the handling of electronic evidence.

II. Recommendations

3. The meeting recommended that Member States:

(a) Use the deprivation of liberty of children only as a measure of last resort and for the
shortest appropriate period of time;

(b) Never hold children in custody together with adults.
"""


def test_a_recommendation_asked_for_is_answered_by_one(tmp_path: Path) -> None:
    path = tmp_path / "custody.txt"
    path.write_text(TEXT, encoding="utf-8")
    settings = Settings(home=tmp_path / "home")
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED, path])  # a real report beside it, as in a real store
    assistant = Assistant(settings, ingestor)
    answer = assistant.ask(
        "What did the meeting recommend on children held in custody?", doc_ids=["custody"]
    )
    assert not answer.refused, answer.answer
    cited = {c.para for c in answer.citations}
    assert cited and cited <= {"3", "3(a)", "3(b)"}, cited
    # The facts on custody still answer a question that asks for them.
    facts = assistant.ask(
        "How many adolescents were held in custody in Chile?", doc_ids=["custody"]
    )
    assert [c.para for c in facts.citations] == ["1"], facts.answer
    # Where no recommendation answers, what was said on the topic does, as for any question.
    said = assistant.ask(
        "What did the meeting recommend on training police in electronic evidence?",
        doc_ids=["custody"],
    )
    assert not said.refused and [c.para for c in said.citations] == ["2"], said.answer


def test_what_asks_for_a_recommendation_and_what_makes_one() -> None:
    assert asks_recommended("Did the experts recommend banning 3D printers?")
    assert asks_recommended("What are the recommendations on custody?")
    assert not asks_recommended("What did Chile report on custody?")
    assert recommends("The meeting called on States to ratify the Convention.")
    assert recommends("Recommendations Use detention only as a last resort.")
    assert not recommends("The representative of Chile reported that 1,050 were held.")


FISHERS = """Report of the synthetic expert meeting on labour exploitation at sea

Cape Town, 3–5 November 2025

I. Deliberations

1. The observer for a fishers' rights alliance called for fishermen who escaped forced labour
on fishing vessels to be treated as victims rather than as irregular migrants.

2. Several experts described the forced labour of fishermen on distant-water vessels, where
fishermen were often kept at sea for years without wages.

3. The representative of Kenya described the training of police officers in the handling of
electronic evidence.

II. Recommendations

4. The meeting recommended that Member States:

(a) Protect fishers against forced labour by requiring written work agreements in a language
that the fisher understands;

(b) Collect data on seizures of firearms and ammunition.
"""


def test_the_recommendations_section_answers_over_a_speakers_call(tmp_path: Path) -> None:
    """What the meeting recommended is its recommendations section, which is sought even when
    retrieval ranks the discussion, in the question's own words ("fishermen"), above it; a
    speaker's call in the discussion ("called for …") is not then the answer."""
    path = tmp_path / "fishers.txt"
    path.write_text(FISHERS, encoding="utf-8")
    # Retrieval hands on two units only: the two of the discussion that repeat the question's
    # words, so the recommendation comes from the section's own search.
    settings = Settings(home=tmp_path / "home", retrieval={"top_k": 2})
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED, path])
    assistant = Assistant(settings, ingestor)
    question = "What did the meeting recommend to protect fishermen from forced labour?"
    assert {h.unit_id for h in assistant.retriever.retrieve(question, doc_ids=["fishers"])} == {
        "1",
        "2",
    }
    answer = assistant.ask(question, doc_ids=["fishers"])
    assert not answer.refused, answer.answer
    cited = {c.para for c in answer.citations}
    assert "4(a)" in cited and cited <= {"4", "4(a)"}, answer.answer
    # Asked what was said, the discussion answers, as before.
    said = assistant.ask("What was said about fishermen kept at sea?", doc_ids=["fishers"])
    assert "2" in {c.para for c in said.citations}, said.answer


# The layout of the Bangkok addendum: the whole of it under "II. Recommendations
# (continued)", each workshop's discussion under "Summary of deliberations" and its
# recommendations under "Outcome of deliberations".
WITNESSES = """Draft report of the synthetic regional preparatory meeting

Nairobi, 2–4 December 2025

II. Recommendations (continued)

1. Strengthening the protection of witnesses (workshop 2)

Summary of deliberations

2. Speakers discussed the protection of witnesses in organized crime cases, noting that
witnesses were often threatened or bribed before trial and that few States could relocate them.

3. Speakers also described the backlog of cases in the courts of the region.

Outcome of deliberations

4. The following recommendations, which were not negotiated by the participants, were
identified:

(a) Establish witness protection programmes, including the relocation of threatened witnesses
and their families;

(b) Reduce court backlogs through case management systems.
"""


def test_a_summary_of_deliberations_under_a_recommendations_heading_recommends_nothing(
    tmp_path: Path,
) -> None:
    """The nearest heading that says what a section holds decides whether its text is the
    meeting's recommendations: a "Summary of deliberations" set under "Recommendations
    (continued)" is the discussion, and a question on what was recommended is answered by the
    recommendations alone."""
    path = tmp_path / "witnesses.txt"
    path.write_text(WITNESSES, encoding="utf-8")
    settings = Settings(home=tmp_path / "home")
    ingestor = Ingestor(settings)
    ingestor.ingest([SEED, path])
    assistant = Assistant(settings, ingestor)
    answer = assistant.ask(
        "What did the meeting recommend on protecting witnesses?", doc_ids=["witnesses"]
    )
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["4(a)"], answer.answer
    # Asked what was said, the discussion answers.
    said = assistant.ask("What was said about threats to witnesses?", doc_ids=["witnesses"])
    assert "2" in {c.para for c in said.citations}, said.answer
    outer = "II. Recommendations (continued) › 1. Strengthening the protection of witnesses"
    assert not recommending_part(f"{outer} › Summary of deliberations", "")
    assert recommending_part(outer, "")
    assert recommending_part("I. Recommendations › A. Agenda item 4: prevention", "")
    assert not recommending_part("I. Conclusions and recommendations › A. Conclusions", "")
    assert recommending_part(
        f"{outer} › Outcome of deliberations",
        "The following recommendations, which were not negotiated, were identified:",
    )


CLOSED = """Report of a synthetic meeting on excise fraud

Riga, 7–9 October 2025

I. Recommendations

1. With regard to excise administration, the meeting recommended that States consider:

(a) Tax stamps with modern security features;

(b) Production counters on all cigarette-making machines;

(c) Licensing of the sale of cigarette-making machinery.

The meeting stressed that such measures should not burden small retailers, and that their
cost should be borne by manufacturers and importers.

2. The meeting requested UNODC to prepare a training module for customs officers.
"""


def test_a_list_closed_by_a_sentence_after_its_items_is_listed_whole(tmp_path: Path) -> None:
    """The closing sentence after the sub-items is paragraph 1's; the paragraph still opens
    the list its colon introduces, which a question for the measures gets whole, whichever of
    its sentences answers; and the answer reads as the report does, the closing sentence
    after the items."""
    assistant = assistant_on_report(tmp_path, "closed", CLOSED, [SEED])
    for question in (
        "Which excise measures did the meeting recommend?",
        "List the measures whose cost should be borne by manufacturers.",
    ):
        answer = assistant.ask(question, doc_ids=["closed"])
        assert not answer.refused, answer.answer
        cited = [c.para for c in answer.citations]
        assert {"1(a)", "1(b)", "1(c)"} <= set(cited), (question, answer.answer)
        items = answer.answer.index("Production counters")
        if "should not burden" in answer.answer:
            assert answer.answer.index("should not burden") > items, answer.answer
        if "consider" in answer.answer:
            assert answer.answer.index("consider") < items, answer.answer


REQUESTS = """Report of a synthetic meeting on vehicle crime

Sofia, 8–10 July 2025

I. Organization of the meeting

1. The meeting was organized by the United Nations Office on Drugs and Crime (UNODC) in
cooperation with INTERPOL, and hosted by the Government of Bulgaria.

2. The representative of UNODC delivered a statement on the return of stolen vehicles.

II. Recommendations

3. The meeting requested UNODC:

(a) To develop a model form for requests for the return of stolen vehicles;

(b) To train customs officers in the identification of re-identified vehicles.
"""


def test_what_a_party_was_asked_to_do_is_the_request_made_of_it(tmp_path: Path) -> None:
    """ "What did the meeting ask UNODC to do?" asks what UNODC was requested to do, not what
    UNODC did or organized: every sentence naming UNODC holds the question's only concept."""
    assert asks_recommended("What did the meeting ask UNODC to do?")
    assert asks_recommended("What did the meeting request the Secretariat to prepare?")
    assert not asks_recommended("Which States asked to speak?")
    assert not asks_recommended("What did Chile ask about vehicle registers?")
    assistant = assistant_on_report(tmp_path, "requests", REQUESTS, [SEED])
    answer = assistant.ask("What did the meeting ask UNODC to do?", doc_ids=["requests"])
    assert not answer.refused, answer.answer
    cited = [c.para for c in answer.citations]
    assert cited and set(cited) <= {"3", "3(a)", "3(b)"}, answer.answer
    assert {"3(a)", "3(b)"} <= set(cited), answer.answer
