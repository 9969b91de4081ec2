"""How much of a question's (or topic's) key concepts a piece of text holds.

Each concept is a stem of the question, weighted by its IDF in the store. It counts fully when
the text holds it, by half when only the text's context (its paragraph's heading or lead-in)
does, and by its similarity when the text holds a word or two-word term of near meaning (older ~
elderly, cops ~ law enforcement). Two words asked side by side count by their pair's similarity
when the text holds neither (machine learning ~ artificial intelligence)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

import numpy as np

from assistant._lexicon import antonyms, derivations, irregular_bases, near_terms
from assistant._lexicon import held as lexicon_held
from assistant._text import EVENT_NOUNS, content_phrases, content_words, stems, words
from ingest import EmbeddingCache
from ingest.embeddings import MiniLMEmbeddings

# A question word absent from a text still counts when a word of the text means nearly the
# same, measured by the embedder: cosine 0.6 is where MiniLM's single-word similarities stop
# being near-synonyms (elderly~older 0.69, firearms~guns 0.87, but minors~women 0.31 and
# chair~rapporteur 0.25), set on the calibration split's paraphrase cases.
SOFT_MATCH = 0.6
# A question word of at least this many letters that begins a word of the text counts as
# held: clippings and compounds ("crypto" in "cryptocurrencies", "cyber" in "cybercrime").
PREFIX_LETTERS = 5
# A word found only in the paragraph's heading or lead-in counts half: it places the text in
# the right context without saying it.
CONTEXT_CREDIT = 0.5
# The nouns for a meeting as an event are one concept: a report calls its event a "meeting"
# or a "workshop", a reader asks about "the session" or "a follow-up conference" (the closed
# class of ``EVENT_NOUNS``). The embedder does not join them (session~meeting 0.45), nor does
# WordNet directly (its usual "session" is a kind of conference).
# Held only by the nouns as written, not by words of their stems ("gathered evidence", "meet
# the needs", "conferred").
_EVENT_STEMS = frozenset(s for noun in EVENT_NOUNS for s in stems(noun))
_EVENT_WORDS = frozenset((*EVENT_NOUNS, *(f"{noun}s" for noun in EVENT_NOUNS)))


# How many short texts' vectors are kept: a store's words, its two-word terms and the
# sentences asked of. The 50 gold documents hold 8,080 distinct words and 22,663 terms; at
# 20,000 the eval's shared store evicted terms it was about to ask for again, and embedded
# them again. 100,000 vectors of 384 float32 are 150 MB at most.
VECTORS_KEPT = 100_000


# The sentences of one question's retrieved units, and of the questions just before it.
@lru_cache(maxsize=4096)
def _terms(text: str) -> tuple[str, ...]:
    """The words and two-word terms of ``text`` a word asked may be near: read once per
    sentence, for its near words and for the pairs asked."""
    return (*content_words(text), *content_phrases(text))


class Vectors:
    """Embeddings of short texts, computed on first use and kept (bounded) for later.

    With ``disk`` (the ingest's embedding cache), texts this process has not embedded yet are
    read from it before the model is run, and what the model embeds is written to it: the
    words, terms and sentences a store's answers compare are the same in the next process
    (a restarted UI, each ``ask``, the eval's per-document systems, the tests after it)."""

    def __init__(
        self,
        embedder: MiniLMEmbeddings,
        capacity: int = VECTORS_KEPT,
        disk: EmbeddingCache | None = None,
    ) -> None:
        self.embedder = embedder
        self.capacity = capacity
        self.disk = disk
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def get(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            # One call for every text missing: the model's fixed cost is paid once.
            made = (
                self.disk.embed(self.embedder, missing)
                if self.disk
                else self.embedder.embed_array(missing)
            )
            for text, vector in zip(missing, made, strict=True):
                self._cache[text] = vector
        out = np.vstack([self._cache[t] for t in texts])
        # The least recently used go first, and only once this call's texts are taken: a
        # text asked for again (a document's word, a sentence) stays while questions pass.
        for text in texts:
            self._cache.move_to_end(text)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        return out


class ConceptMatcher:
    def __init__(self, vectors: Vectors) -> None:
        self.vectors = vectors

    def soft_matches(self, asked: list[str], text: str) -> dict[str, float]:
        found = _terms(text)
        if not asked or not found:
            return {}
        sims = self.vectors.get(asked) @ self.vectors.get(found).T
        # An opposite is no near word ("declared the meeting closed" for "opened").
        for i, w in enumerate(asked):
            opposite = antonyms(w)
            if opposite:
                for j, f in enumerate(found):
                    if set(stems(f)) & opposite:
                        sims[i, j] = 0.0
        return {
            w: float(m) if m >= SOFT_MATCH else 0.0
            for w, m in zip(asked, sims.max(axis=1), strict=True)
        }

    def near_words(self, word: str, text: str) -> set[str]:
        """The words of ``text`` whose meaning is near ``word``'s (``SOFT_MATCH``)."""
        found = content_words(text)
        if not found:
            return set()
        sims = self.vectors.get(found) @ self.vectors.get([word]).T
        opposite = antonyms(word)
        return {
            w
            for w, m in zip(found, sims[:, 0], strict=True)
            if m >= SOFT_MATCH and not set(stems(w)) & opposite
        }

    def lexicon_match(self, word: str, text: str, text_stems: list[str]) -> float:
        """Credit for ``word``, which the documents never use, from the WordNet near terms of
        it that the text holds (``_lexicon.near_terms``), by the best sense: full for a
        synonym (the lexicon says the two mean the same); for a broader or narrower term,
        the embedder's similarity of the two, with no cut-off, since the lexicon already
        relates them (a loose relation, budget ~ plan, counts little); either times how usual
        the sense is next to the word's usual one. 0 when the text holds none."""
        best = 0.0
        forms: dict[str, str] = {}
        for usual, same, related in near_terms(word):
            if usual <= best:
                continue
            if lexicon_held(same, text_stems):
                best = usual
                continue
            found = lexicon_held(related, text_stems)
            if found:
                # The related terms as the text writes them ("criminals"), for the embedder.
                forms = forms or {s: w for w in words(text) for s in stems(w)}
                written = [" ".join(forms.get(s, s) for s in term) for term in found]
                sims = self.vectors.get(written) @ self.vectors.get([word])[0]
                best = max(best, usual * float(np.max(sims)))
        return best

    def coverage(
        self,
        weights: Mapping[str, float],
        forms: Mapping[str, str],
        text: str,
        context: str = "",
        held: Collection[str] = (),
        unseen: Collection[str] = (),
        phrasal: Mapping[str, str] | None = None,
        pairs: Sequence[tuple[str, str, str]] = (),
    ) -> float:
        """IDF-weighted share of the concepts ``text`` holds (0-1); the stems ``held`` count as
        held whatever the text's words. A question with no concept beyond the kind of thing it
        asks for ("Which measures did the meeting recommend?") leaves nothing uncovered: 1."""
        total = sum(weights.values())
        if not total:
            return 1.0
        credit = self.credits(weights, forms, text, context, held, unseen, phrasal, pairs)
        return sum(weights[s] * credit[s] for s in weights) / total

    def credits(
        self,
        weights: Mapping[str, float],
        forms: Mapping[str, str],
        text: str,
        context: str = "",
        held: Collection[str] = (),
        unseen: Collection[str] = (),
        phrasal: Mapping[str, str] | None = None,
        pairs: Sequence[tuple[str, str, str]] = (),
    ) -> dict[str, float]:
        """How far ``text`` holds each concept (stem): 1 when it holds it, else the best of
        its context's half credit, a near word's similarity and a lexicon term's credit (of
        the word the documents never use, or of the phrasal verb asked, ``phrasal``)."""
        phrasal = phrasal or {}
        text_stems = stems(text)
        # An irregular form holds its base form and the base its forms ("kept" holds "keep",
        # "brought" "bring"): the stemmer leaves such forms as they are (WordNet's lists).
        base = irregular_bases()
        based = {base.get(s, s) for s in text_stems}
        own = set(text_stems) | set(held) | {s for s in weights if base.get(s, s) in based}
        near = set(stems(context)) if context else set()
        written = words(text)
        for stem in weights:
            asked = forms[stem]
            if stem in own:
                continue
            clipped = len(asked) >= PREFIX_LETTERS and any(w.startswith(asked) for w in written)
            # A derived form is the same concept in another part of speech ("preparing" in
            # "Preparatory Meeting", "detained" in "detention"): WordNet's word-to-word
            # derivation pointers, not a rule on endings.
            event = stem in _EVENT_STEMS and bool(_EVENT_WORDS.intersection(written))
            if clipped or event or lexicon_held(derivations(asked), text_stems):
                own.add(stem)
        missing = [s for s in weights if s not in own]
        soft = self.soft_matches([forms[s] for s in missing], text) if missing else {}
        out: dict[str, float] = {}
        for stem in weights:
            if stem in own:
                out[stem] = 1.0
                continue
            credit = CONTEXT_CREDIT if stem in near else 0.0
            if stem in unseen:
                credit = max(credit, self.lexicon_match(forms[stem], text, text_stems))
            if stem in phrasal:
                credit = max(credit, self.lexicon_match(phrasal[stem], text, text_stems))
            out[stem] = max(credit, soft.get(forms[stem], 0.0))
        # Only a pair neither of whose words the text holds: with one held, the pair's
        # likeness to a term of the text is mostly that word's ("drug trafficking" ~ "migrant
        # smuggling"), and says nothing of the other ("drug").
        open_pairs = [
            p for p in pairs if p[0] in out and p[1] in out and max(out[p[0]], out[p[1]]) < 1.0
        ]
        if open_pairs:
            matched = self._pair_matches(open_pairs, text)
            for (a, b, _), best in zip(open_pairs, matched, strict=True):
                if best >= SOFT_MATCH:
                    out[a] = max(out[a], best)
                    out[b] = max(out[b], best)
        return out

    def _pair_matches(self, pairs: Sequence[tuple[str, str, str]], text: str) -> list[float]:
        """Each asked pair's best similarity to a word or word pair of ``text`` that holds
        neither of its stems, and that the pair is nearer to than either of its words is.
        One shared word makes two phrases alike whatever the other says ("heroin
        trafficking" ~ "cocaine trafficking"); and a pair near a term only as near as one of
        its words says nothing of the other ("neighbourhood policing" ~ "law enforcement"
        0.61 is "policing" ~ "law enforcement" 0.75, not neighbourhoods). Only a term the pair
        says otherwise counts ("machine learning" ~ "artificial intelligence")."""
        found = _terms(text)
        if not found:
            return [0.0] * len(pairs)
        found_vectors = self.vectors.get(found).T
        sims = self.vectors.get([p[2] for p in pairs]) @ found_vectors
        found_stems = [set(stems(f)) for f in found]
        best = []
        for i, (a, b, pair) in enumerate(pairs):
            alone = (self.vectors.get(pair.split()) @ found_vectors).max(axis=0)
            allowed = [
                j for j, fs in enumerate(found_stems) if not fs & {a, b} and sims[i, j] > alone[j]
            ]
            best.append(float(sims[i, allowed].max()) if allowed else 0.0)
        return best
