"""Recognising temporal expressions in news text (the lexical half of ``when``).

Why regular expressions and not spaCy's DATE entities: the small model's DATE spans are
inconsistent ("Wednesday evening" vs "Wednesday"), they miss "hours before", and they tag durations
("two years", "five months") and ages as dates.  Event dating needs exactly the expressions that name a
point or stretch of calendar time, with their parts (weekday, month, qualifier, relative word) pulled out
so they can be resolved against the publication date.  This module only *finds* and *parses*; the
calendar arithmetic lives in ``when.py``.

Each pattern has a ``kind``; a match keeps its named groups.  Overlapping matches are settled
longest-first, so "from March 3 to 5" beats "March 3", and "3 March 2021" beats "3 March".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
#: Words before a weekday that make it a name rather than a date ("Good Friday", "Super Tuesday").
WEEKDAY_NAME_PREFIXES = frozenset({"good", "black", "bloody", "super", "ash", "holy", "easter", "palm", "cyber"})

# Month names are matched case-sensitively (capitalised) so that the verb "march" and the modal
# "may" are never months; full names first so the alternation does not stop at an abbreviation.
_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WD_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def _mon(name: str, full_only: bool = False) -> str:
    alts = _FULL if full_only else f"{_FULL}|{_ABBR}"
    return rf"(?P<{name}>{alts})(?![a-z])"


def _day(name: str) -> str:
    # Not part of a longer number, a percentage, a clock time or "5,000".
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d%]|:\d|,\d{{3}}|-year)"


def _year(name: str) -> str:
    # Not "1990s", "2020-strong", "2000.5", "2,0001".
    return rf"(?P<{name}>(?:19|20)\d{{2}})(?![\d%]|[,.]\d|-?[A-Za-z])"


_START = r"(?<![\w.,/-])"
_CUE = (r"(?:(?P<cue>(?i:on|in|during|since|until|till|by|before|after|from|as\s+of|through|throughout"
        r"|between|at|for))\s+)?")
_QUAL = (r"(?:(?P<qual>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of))(?:\s+|-))?")
_WDP = rf"(?:(?P<wdp>{_WD_NAMES}),?\s+(?:the\s+)?)?"
_SEP = r"\s*(?P<sep>(?i:to|through|until|till|and)|[-–])\s*"
_PART = r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
_NUM = r"(?P<n>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several|some|many))"
_END = r"(?![\w])"

_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"(?<![\d-])(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    ("range_md", rf"{_START}(?:(?P<cue>(?i:from|between))\s+)?{_mon('mon')}\s+{_day('d')}{_SEP}"
                 rf"(?:{_mon('mon2')}\s+)?{_day('d2')}(?:,?\s+{_year('y')})?{_END}"),
    ("range_dm", rf"{_START}(?:(?P<cue>(?i:from|between))\s+)?{_day('d')}(?:\s+(?:of\s+)?{_mon('mon')})?{_SEP}"
                 rf"{_day('d2')}\s+(?:of\s+)?{_mon('mon2')}(?:,?\s+{_year('y')})?{_END}"),
    ("range_mon", rf"{_START}(?P<cue>(?i:from|between))\s+{_mon('mon', True)}(?:\s+{_year('y1')})?\s+"
                  rf"(?P<sep>(?i:to|through|until|till|and))\s+{_mon('mon2', True)}(?:,?\s+{_year('y')})?{_END}"),
    ("range_year", rf"{_START}{_CUE}{_year('y1')}{_SEP}{_year('y2')}{_END}"),
    ("range_wd", rf"{_START}(?P<cue>(?i:from|between))\s+(?P<wd>{_WD_NAMES})\s+(?P<sep>(?i:to|through|until|till|and))"
                 rf"\s+(?P<wd2>{_WD_NAMES}){_END}"),
    ("dmy", rf"{_START}{_CUE}{_WDP}{_day('d')}\s+(?:of\s+)?{_mon('mon')},?\s+{_year('y')}{_END}"),
    ("mdy", rf"{_START}{_CUE}{_WDP}{_mon('mon')}\s+{_day('d')},?\s+{_year('y')}{_END}"),
    ("dm", rf"{_START}{_CUE}{_WDP}{_day('d')}\s+(?:of\s+)?{_mon('mon')}{_END}"),
    ("md", rf"{_START}{_CUE}{_WDP}{_mon('mon')}\s+{_day('d')}{_END}"),
    ("my", rf"{_START}{_CUE}{_QUAL}{_mon('mon', True)},?\s+(?:of\s+)?{_year('y')}{_END}"),
    ("mon_rel", rf"{_START}{_CUE}{_QUAL}{_mon('mon', True)}\s+(?:of\s+)?(?P<rel>(?i:this|last|next))\s+year{_END}"),
    ("rel_mon", rf"{_START}{_CUE}(?P<rel>(?i:last|next|this))\s+{_mon('mon', True)}{_END}"),
    ("mon", rf"{_START}{_CUE}{_QUAL}{_mon('mon', True)}{_END}"),
    ("season_year", rf"{_START}{_CUE}{_QUAL}(?:the\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+"
                    rf"(?:of\s+)?{_year('y')}{_END}"),
    ("year", rf"{_START}{_CUE}{_QUAL}{_year('y')}{_END}"),
    ("season", rf"{_START}(?:(?P<cue>(?i:in|during|over|since|until|till|by|before|after|throughout))\s+)?"
               rf"(?:(?P<rel>(?i:last|this|next|past|coming))\s+|(?P<the>(?i:the))\s+)?"
               rf"(?P<season>(?i:spring|summer|autumn|fall|winter)){_END}(?!\s+(?i:of)\b)"),
    ("in_n", rf"{_START}(?P<cue>(?i:in|within))\s+{_NUM}\s+(?P<unit>(?i:day|week|month|year))s?(?:'|’)?"
             rf"(?:\s+(?i:time))?{_END}(?!\s+(?i:of|ago|before|after|earlier|later)\b)"),
    ("rel_prev", r"(?<![\w-])(?P<word>(?i:the\s+day\s+before|the\s+previous\s+day|the\s+day\s+after|the\s+next\s+day"
                 r"|the\s+following\s+day))(?![\w-])(?!\s+(?:the|a|an|his|her|their|its|[A-Z0-9])\b)"),
    ("weekday", rf"{_START}{_CUE}(?:(?P<rel>(?i:last|next|this|late|early))\s+)?(?P<wd>{_WD_NAMES}){_PART}{_END}"),
    ("rel_day", r"(?<![\w-])(?P<word>(?i:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)"
                r"|last\s+night|earlier\s+today|later\s+today|the\s+day\s+before\s+yesterday"
                r"|the\s+day\s+after\s+tomorrow|earlier\s+in\s+the\s+day))(?![\w-])"),
    ("rel_period", r"(?<![\w-])(?P<mod>(?i:earlier|later)\s+)?(?P<rel>(?i:this|last|next))\s+"
                   r"(?P<unit>(?i:week|month|year|weekend))(?![\w-])"),
    ("ago", rf"(?<![\w-])(?:(?i:just|only|mere|barely)\s+)?(?:{_NUM}\s+)?(?P<unit>(?i:minute|hour|day|week|month|year|decade))s?"
            rf"\s+(?P<dir>(?i:ago|earlier|before|later|after)){_END}"),
]

_COMPILED: list[tuple[str, re.Pattern[str]]] = [(k, re.compile(p)) for k, p in _PATTERNS]

# Cheap necessary conditions (one C-level search each) that let ``scan`` skip a pattern that cannot
# match: most news sentences hold no digit, month or weekday, and running all the patterns above over
# every sentence was the single largest cost of dating events.  Each pattern lists the features every
# one of its matches must contain; a gate may let a pattern run needlessly but never skips a match.
# Month and weekday names are matched case-sensitively (as in the patterns), unit words as the
# patterns' (?i:...) groups do.
_FEATURES: dict[str, re.Pattern[str]] = {
    "digit": re.compile(r"\d"),
    "month": re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
    "weekday": re.compile(_WD_NAMES),
    "season": re.compile(r"(?i:spring|summer|autumn|fall|winter)"),
    "unit": re.compile(r"(?i:minute|hour|day|week|month|year|decade|night|tomorrow|morning|afternoon|evening)"),
}
_GATES: dict[str, tuple[str, ...]] = {
    "iso": ("digit",), "range_md": ("digit", "month"), "range_dm": ("digit", "month"), "range_mon": ("month",),
    "range_year": ("digit",), "range_wd": ("weekday",), "dmy": ("digit", "month"), "mdy": ("digit", "month"),
    "dm": ("digit", "month"), "md": ("digit", "month"), "my": ("digit", "month"), "mon_rel": ("month",),
    "rel_mon": ("month",), "mon": ("month",), "season_year": ("digit", "season"), "year": ("digit",),
    "season": ("season",), "in_n": ("unit",), "rel_prev": ("unit",), "weekday": ("weekday",),
    "rel_day": ("unit",), "rel_period": ("unit",), "ago": ("unit",),
}
assert set(_GATES) == {k for k, _ in _PATTERNS}, "every date pattern needs its gate"


@dataclass(frozen=True)
class RawMatch:
    """One recognised expression with its parsed parts (``groups`` holds the regex's named groups)."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


def _acceptable(kind: str, g: dict[str, str | None], text: str, start: int, end: int) -> bool:
    """Context checks a regex cannot express cheaply; they reject names and durations, not dates."""
    if kind in ("mon", "year") and not (g.get("cue") or g.get("qual")):
        return False  # a bare "August" may be a name, a bare "2013" a count
    if kind == "mon" and (g.get("cue") or "").lower() in ("for", "at") and not g.get("qual"):
        return False
    if kind == "year" and (g.get("cue") or "").lower() == "at":
        return False
    if kind == "season" and not (g.get("rel") or (g.get("cue") and g.get("the")) or
                                 (g.get("cue") and g["season"].lower() != "fall")):
        return False  # "prices fall", "the summer heat"; but "last summer", "in the fall", "in spring"
    if kind == "in_n" and g.get("n") is None:
        return False
    if kind == "range_year":
        sep = (g.get("sep") or "").lower()
        cue = (g.get("cue") or "").lower()
        if sep in ("to", "through", "until", "till") and cue != "from":
            return False
        if sep == "and" and cue != "between":
            return False
        if int(g["y2"] or 0) <= int(g["y1"] or 0):
            return False
    if kind in ("range_md", "range_dm") and (g.get("sep") or "").lower() == "and" and not g.get("cue"):
        return False
    if kind == "weekday" and not g.get("cue") and not g.get("rel"):
        before = text[:start].rstrip().rsplit(None, 1)
        if before and before[-1].lower().strip("\"'“‘(") in WEEKDAY_NAME_PREFIXES:
            return False
        after = text[end:end + 40]
        if (before and before[-1].lower() in ("the", "a", "an") and not g.get("part")
                and re.match(r"\s+[A-Z][a-z]", after) and not re.match(rf"\s+(?:{_FULL})\b", after)):
            return False  # "the Sunday Times", "a Wednesday Club"; but "said Wednesday Israel ..." is a date
    return True


def scan(text: str) -> list[RawMatch]:
    """All date expressions in ``text``, non-overlapping, in text order (longest wins an overlap)."""
    return list(_scan(text))


@lru_cache(maxsize=64)
def _scan(text: str) -> tuple[RawMatch, ...]:
    """``scan``, cached: every candidate event of a sentence dates itself against the same sentence
    text (and resolving re-reads each expression's own text), so one sentence is scanned once.  The
    cache holds only the last few texts: it is for the sentence being coded, not for sentences seen in
    earlier articles (that would only flatter benchmarks that code the same texts twice)."""
    present = {name for name, rx in _FEATURES.items() if rx.search(text)}
    found: list[RawMatch] = []
    for kind, rx in _COMPILED:
        if not present.issuperset(_GATES[kind]):
            continue
        for m in rx.finditer(text):
            g = m.groupdict()
            if m.end() > m.start() and _acceptable(kind, g, text, m.start(), m.end()):
                found.append(RawMatch(m.start(), m.end(), kind, g))
    found.sort(key=lambda r: (-(r.end - r.start), r.start))
    chosen: list[RawMatch] = []
    for r in found:
        if all(r.end <= c.start or r.start >= c.end for c in chosen):
            chosen.append(r)
    chosen.sort(key=lambda r: r.start)
    return tuple(chosen)


def number(word: str | None) -> int | None:
    """'two' -> 2, '3' -> 3, 'a few'/'several'/None -> None (vague counts are not resolved)."""
    if word is None:
        return None
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return NUMBERS.get(w)


def month_number(name: str | None) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")) if name else None


def weekday_number(name: str | None) -> int | None:
    return WEEKDAYS.get(name.lower()) if name else None
