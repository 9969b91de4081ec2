"""Within a chosen document, the words that name it ("the Sahel workshop") say nothing about
which paragraph is meant: the search leaves them out, so the paragraph listing the officers
is found although it never repeats the workshop's name, while the paragraphs that do repeat
it crowd the results. Real parser, store, embedder and the shipped calibration."""

from __future__ import annotations

import pytest
from conftest import SEED, assistant_on_report

from assistant import Assistant
from congress_qa import Settings
from ingest import Ingestor

REPORT = """Report of the synthetic Sahel workshop on border security

Niamey, 12–13 May 2025

I. Organization of the workshop

1. The Sahel workshop on border security was held in Niamey on 12 and 13 May 2025.

2. The Sahel workshop on border security was organized by UNODC and hosted by the
Government of the Niger.

3. At its first session, the following officers were elected:
Chair: Amadou Diallo (Mali)
Rapporteur: Fatou Sarr (Senegal)

4. The Sahel workshop on border security held four sessions and heard twelve presentations.

II. Deliberations

5. Participants of the Sahel workshop on border security discussed the smuggling of fuel and
cigarettes across the borders of the region.

6. The Sahel workshop on border security recommended joint patrols and shared radio networks.

7. The report of the Sahel workshop on border security will be made available online.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory, embedder) -> Assistant:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("names")
    path = folder / "sahel-workshop.txt"
    path.write_text(REPORT, encoding="utf-8")
    settings = Settings(home=folder / "home")
    ingestor = Ingestor(settings)
    # Among other reports, as a store holds them (the bundled one).
    ingestor.ingest([path, SEED])
    return Assistant(settings, ingestor)


def test_the_words_naming_the_document_do_not_steer_the_search(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Who chaired the Sahel workshop on border security?", doc_ids=["sahel-workshop"]
    )
    assert not answer.refused
    assert [c.para for c in answer.citations] == ["3"]
    assert "Amadou Diallo" in answer.answer


MEDICINES = """UNODC/CCPCJ/EG.5/2025/1

Distr.: General
20 March 2025

Original: English

Report of the Expert Group Meeting on Falsified Medicines Sold Online

Vienna, 3–5 March 2025

I. Deliberations

1. Experts noted that falsified medicines were sold through online pharmacies that
imitated the websites of licensed pharmacies, and through social media.

2. The representative of Ghana described the seizure of falsified antimalarial medicines in
parcels sent by post.
"""


def test_a_document_named_by_its_subject_is_the_document(tmp_path, embedder) -> None:  # noqa: ANN001
    """ "The report on falsified medicines sold online" names the report by the subject its
    title gives: its words say which document, not what the answer must hold, and the
    symbol answers. Words after the subject that the title does not hold stay asked."""
    assistant = assistant_on_report(tmp_path, "medicines", MEDICINES, [SEED])
    answer = assistant.ask(
        "What is the document symbol of the report on falsified medicines sold online?"
    )
    assert not answer.refused, answer.answer
    assert "UNODC/CCPCJ/EG.5/2025/1" in answer.answer, answer.answer
    assert [c.para for c in answer.citations] == ["front"], answer.answer
    for noun in ("meeting", "session", "workshop"):
        # Whatever the reader calls it, the noun before the subject names the document too.
        found = assistant.gather(f"What did the {noun} on falsified medicines say about parcels?")
        assert set(found.profile.weights) == {"parcel"}, (noun, found.profile.weights)
