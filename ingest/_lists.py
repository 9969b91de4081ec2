"""Nesting of lettered and numbered sub-items: (a)…(z), (i)…(x), (1)…(n).

The one real ambiguity is a marker such as (i) or (v), which can be a letter or a roman
numeral: it continues the list it is the next item of ((i) after (h) is a letter), and opens a
nested roman list otherwise ((i) under (c))."""

from __future__ import annotations

from dataclasses import dataclass

_ROMAN = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
]  # fmt: skip
_FIRST = {"alpha": "a", "roman": "i", "digit": "1"}


def _styles(marker: str) -> list[str]:
    styles = []
    if marker.isdigit():
        styles.append("digit")
    if marker in _ROMAN:
        styles.append("roman")
    if marker.isalpha() and (len(marker) == 1 or marker == marker[0] * len(marker)):
        styles.append("alpha")
    return styles


def _next(style: str, last: str) -> str:
    if style == "digit":
        return str(int(last) + 1)
    if style == "roman":
        index = _ROMAN.index(last) + 1
        return _ROMAN[index] if index < len(_ROMAN) else ""
    if last == "z":
        return "aa"
    if len(last) > 1:
        return chr(ord(last[0]) + 1) * len(last) if last[0] != "z" else ""
    return chr(ord(last) + 1)


def _rank(style: str, marker: str) -> int:
    if style == "digit":
        return int(marker)
    if style == "roman":
        return _ROMAN.index(marker)
    return (len(marker) - 1) * 26 + ord(marker[0]) - ord("a")


@dataclass
class _Level:
    style: str
    marker: str


class ListTracker:
    """Follows the current nesting of sub-items inside one paragraph."""

    def __init__(self) -> None:
        self.levels: list[_Level] = []

    def reset(self) -> None:
        self.levels = []

    def place(self, marker: str, opens_list: bool) -> list[str]:
        """The marker path of this item, e.g. ["c", "ii"].

        ``opens_list`` says the previous item ended with a colon, so a first marker here
        starts a nested list rather than continuing an outer one."""
        styles = _styles(marker)
        first_styles = [s for s in styles if _FIRST[s] == marker]
        if opens_list and first_styles and self.levels:
            self.levels.append(_Level(first_styles[-1], marker))
            return self.path()
        for depth in range(len(self.levels) - 1, -1, -1):
            level = self.levels[depth]
            if level.style in styles and _next(level.style, level.marker) == marker:
                del self.levels[depth + 1 :]
                level.marker = marker
                return self.path()
        if first_styles:
            # "i" opening a list is roman; "a" is a letter.
            self.levels.append(
                _Level("roman" if "roman" in first_styles else first_styles[0], marker)
            )
            return self.path()
        for depth in range(len(self.levels) - 1, -1, -1):
            level = self.levels[depth]
            if level.style in styles and _rank(level.style, marker) > _rank(
                level.style, level.marker
            ):
                # A gap in the lettering (an item left out): keep the marker as written.
                del self.levels[depth + 1 :]
                level.marker = marker
                return self.path()
        self.levels.append(_Level(styles[0] if styles else "alpha", marker))
        return self.path()

    def path(self) -> list[str]:
        return [level.marker for level in self.levels]
