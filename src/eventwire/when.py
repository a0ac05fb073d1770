"""Event dates: temporal expressions resolved against the publication date, with precision.

The contract (docs/architecture.md, "Dates"): an event is dated from the clause that reports it; with
no date in that clause it takes the publication date (basis "publication"); with neither, it has no date.
This module does three things, each a pure function:

* ``find_expressions`` / ``resolve_expression`` turn text such as "on Wednesday", "early August" or
  "from March 3 to 5" into an ``EventDate`` (the recognising half lives in ``when_patterns``);
* ``tense_of`` reads the tense of a trigger verb, because "Wednesday" means last Wednesday for "met"
  and next Wednesday for "will meet";
* ``date_for_trigger`` picks, among the expressions of the trigger's sentence, the one that governs
  the trigger's clause in the dependency parse.

Decisions worth knowing (they are tested):

* **Direction.** An expression without a year or week (a weekday, "March 3", "in August") is placed on
  or before the publication date for past tense and for unknown tense (news mostly reports the past),
  and on or after it for present and future tense (a present tense with a date is a schedule: "is
  meeting on Friday").  So a weekday equal to the publication weekday is the publication day itself
  in every tense: AP style writes "on Thursday" for today.  "last"/"next" always step strictly back/forward.
* **Weeks.** The contract has no "week" precision, so a week ("this week", "last week", "two weeks ago")
  gets the finest contract precision that contains it: "month" when the whole week (Monday-Sunday) lies in
  one month, else "year"; ``start``/``end`` keep the week's own bounds, ``value`` is the start truncated.
* **Ranges** ("from March 3 to 5", "2013-2015") have the precision of their unit, ``value`` the start
  truncated to it, and ``start``/``end`` the range bounds.  "earlier this month" is the month, ending on
  the publication day.  Qualifiers ("early/mid/late August", "end of 2020") do not narrow the bounds:
  they are guesses the text does not license.
* **Not the event's date.** Expressions that bound an interval ("since 2020", "until Friday", "by
  March", "before Monday") and vague ones ("weeks before", "years ago", "a few days ago") are recognised,
  so they are never mistaken for something else, but resolve to ``None``; "hours before/earlier" and
  "minutes after" are the publication day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from eventwire.model import EventDate, Precision
from eventwire.when_patterns import RawMatch, month_number, number, scan, weekday_number

if TYPE_CHECKING:  # spaCy is only needed for the parse-based functions
    from spacy.tokens import Span, Token

Tense = Literal["past", "present", "future"]

#: Cue words that make an expression the bound of an interval rather than the time of the event.
_BOUND_CUES = frozenset({"since", "until", "till", "by", "before", "after", "as of"})
#: A head verb whose "to"-infinitive complement is in the future ("plans to visit", "agreed to meet").
_FUTURE_HEADS = frozenset({
    "plan", "intend", "expect", "schedule", "set", "due", "aim", "hope", "want", "agree", "promise",
    "pledge", "vow", "decide", "prepare", "seek", "threaten", "offer", "propose", "arrange", "poise",
    "likely", "slate", "go",
})
_FUTURE_MODALS = frozenset({"will", "'ll", "shall", "wo", "would", "'d", "may", "might", "must", "should"})
_FUTURE_NOUN_MODS = frozenset({"planned", "upcoming", "forthcoming", "scheduled", "proposed", "coming", "next"})
#: Common nouns a date may be misattached to that do not own it ("met the president on Monday").
_PERSON_NOUNS = frozenset({
    "president", "leader", "minister", "official", "counterpart", "delegation", "envoy", "ambassador",
    "premier", "chancellor", "king", "prime", "secretary", "chief", "head", "spokesman", "spokeswoman",
    "spokesperson", "commander", "general", "government", "army", "troops", "force", "navy", "ministry",
})
_FUNCTION_POS = frozenset({"ADP", "ADV", "ADJ", "DET", "PART", "CCONJ", "SCONJ", "PUNCT"})
_TRANSPARENT_PREPS = frozenset({"at", "during", "in", "on", "amid", "with"})


@dataclass(frozen=True)
class DateExpr:
    """A temporal expression found in text: ``text[start:end] == self.text``; ``kind`` names the pattern."""

    start: int
    end: int
    text: str
    kind: str = ""


def find_expressions(text: str) -> list[DateExpr]:
    """Every date expression in ``text``, in order; durations, ages and numbers are not dates."""
    return [DateExpr(m.start, m.end, text[m.start:m.end], m.kind) for m in scan(text)]


def resolve_expression(text: str, published: dt.date | None, tense: Tense | None) -> EventDate | None:
    """Resolve one date expression (the first one found in ``text``) to a dated span with basis "text".

    Returns None when the expression cannot be resolved: a weekday or relative expression without a
    publication date, a vague or interval-bounding expression, or an impossible calendar date.
    """
    found = scan(text)
    if not found:
        return None
    try:
        return _resolve(found[0], published, tense)
    except ValueError:  # impossible calendar date (February 30)
        return None


def is_historical(date: EventDate, published: dt.date | None) -> bool:
    """True when the event ended more than 31 days before publication, or in an earlier year."""
    if date.end is None or published is None:
        return False
    return date.end < published - dt.timedelta(days=31) or date.end.year < published.year


# --------------------------------------------------------------------------- calendar helpers

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _value(day: dt.date, precision: Precision) -> str:
    iso = day.isoformat()
    return {"day": iso, "month": iso[:7], "year": iso[:4]}[precision]


def _span(start: dt.date, end: dt.date, precision: Precision) -> EventDate:
    return EventDate(_value(start, precision), precision, start, end, "text")


def _day(d: dt.date) -> EventDate:
    return EventDate.of_day(d, "text")


def _month(year: int, month: int, end: dt.date | None = None, start: dt.date | None = None) -> EventDate:
    return _span(start or dt.date(year, month, 1), end or _month_end(year, month), "month")


def _year(year: int) -> EventDate:
    return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _days(start: dt.date, end: dt.date) -> EventDate:
    """A stretch of days (a week, a weekend) at the finest contract precision that contains it."""
    if start == end:
        return _day(start)
    if (start.year, start.month) == (end.year, end.month):
        return _span(start, end, "month")
    return _span(start, end, "year")


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + by
    return n // 12, n % 12 + 1


def _forward(tense: Tense | None) -> bool:
    return tense in ("present", "future")


def _year_for(month: int, day: int, pub: dt.date, tense: Tense | None) -> int:
    """The year that puts (month, day) on the right side of the publication date for the tense."""
    key, pub_key = (month, day), (pub.month, pub.day)
    if _forward(tense):
        return pub.year if key >= pub_key else pub.year + 1
    return pub.year if key <= pub_key else pub.year - 1


def _weekday(wd: int, rel: str, pub: dt.date, tense: Tense | None) -> dt.date:
    back, ahead = (pub.weekday() - wd) % 7, (wd - pub.weekday()) % 7
    if rel == "last":
        return pub - dt.timedelta(days=back or 7)
    if rel == "next":
        return pub + dt.timedelta(days=ahead or 7)
    return pub + dt.timedelta(days=ahead) if _forward(tense) else pub - dt.timedelta(days=back)


# --------------------------------------------------------------------------- resolution

def _resolve(m: RawMatch, pub: dt.date | None, tense: Tense | None) -> EventDate | None:
    g = m.groups
    cue = " ".join((g.get("cue") or "").lower().split())
    if cue in _BOUND_CUES:
        return None
    k = m.kind
    if k == "iso":
        return _day(dt.date(int(g["y"]), int(g["m"]), int(g["d"])))
    if k in ("dmy", "mdy"):
        return _day(dt.date(int(g["y"]), month_number(g["mon"]), int(g["d"])))
    if k in ("dm", "md"):
        mon, d = month_number(g["mon"]), int(g["d"])
        if pub is None:
            return None
        return _day(dt.date(_year_for(mon, d, pub, tense), mon, d))
    if k in ("range_md", "range_dm"):
        return _day_range(g, pub, tense)
    if k == "range_mon":
        return _month_range(g, pub, tense)
    if k == "range_year":
        return _span(dt.date(int(g["y1"]), 1, 1), dt.date(int(g["y2"]), 12, 31), "year")
    if k == "range_wd":
        if pub is None:
            return None
        first = _weekday(weekday_number(g["wd"]), "", pub, tense)
        last = first + dt.timedelta(days=(weekday_number(g["wd2"]) - first.weekday()) % 7)
        return _span(first, last, "day")
    if k == "my":
        return _month(int(g["y"]), month_number(g["mon"]))
    if k in ("mon_rel", "rel_mon", "mon"):
        return _month_only(k, g, pub, tense)
    if k in ("season_year", "year"):
        return _year(int(g["y"]))
    if pub is None:  # everything below is relative to the publication date
        return None
    if k == "weekday":
        rel = (g.get("rel") or "").lower()
        return _day(_weekday(weekday_number(g["wd"]), rel if rel in ("last", "next") else "", pub, tense))
    if k == "rel_day":
        return _day(pub + dt.timedelta(days=_REL_DAYS[" ".join(g["word"].lower().split())]))
    if k == "rel_period":
        return _period(g, pub, tense)
    if k == "ago":
        return _ago(g, pub)
    if k == "season":
        return _season(g, pub, tense)
    if k == "in_n":
        return _in_n(g, pub, tense)
    if k == "rel_prev":
        return _rel_prev(g, pub, tense)
    return None


#: Northern-hemisphere meteorological seasons: (first month, last month); winter runs into the next year.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _season_span(name: str, year: int) -> tuple[dt.date, dt.date]:
    first, last = _SEASONS[name]
    end_year = year + 1 if last < first else year
    return dt.date(year, first, 1), _month_end(end_year, last)


def _season(g: dict[str, str | None], pub: dt.date, tense: Tense | None) -> EventDate | None:
    """ "last summer", "this spring", "in the fall": month precision over the season's months.

    "last" is the latest season that ended before publication, "next" the first that starts after it;
    "this" and a bare season are the one under way, else the nearest in the tense's direction."""
    if (g.get("cue") or "").lower() in _BOUND_CUES:
        return None
    name = g["season"].lower()
    rel = (g.get("rel") or "").lower()
    spans = [_season_span(name, y) for y in range(pub.year - 2, pub.year + 2)]
    current = [s for s in spans if s[0] <= pub <= s[1]]
    if rel in ("last", "past"):
        start, end = max(s for s in spans if s[1] < pub)
    elif rel in ("next", "coming"):
        start, end = min(s for s in spans if s[0] > pub)
    elif current:
        start, end = current[0]
    elif _forward(tense):
        start, end = min(s for s in spans if s[0] > pub)
    elif rel == "this":
        start, end = min((s for s in spans if s[0].year == pub.year), key=lambda s: s[0])
    else:
        start, end = max(s for s in spans if s[1] < pub)
    return _span(start, end, "month")


def _in_n(g: dict[str, str | None], pub: dt.date, tense: Tense | None) -> EventDate | None:
    """ "in two weeks" (future or schedule): that far after publication.  In the past tense it is a
    duration ("gained in five months"), and "within" bounds an interval: neither is a date."""
    n = number(g.get("n"))
    if n is None or (g.get("cue") or "").lower() != "in" or not _forward(tense):
        return None
    unit = g["unit"].lower()
    if unit == "day":
        return _day(pub + dt.timedelta(days=n))
    if unit == "week":
        then = pub + dt.timedelta(weeks=n)
        monday = then - dt.timedelta(days=then.weekday())
        return _days(monday, monday + dt.timedelta(days=6))
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, n)
        return _month(y, m)
    return _year(pub.year + n)


def _rel_prev(g: dict[str, str | None], pub: dt.date, tense: Tense | None) -> EventDate | None:
    """ "the day before" / "the previous day" with nothing after it: the day before publication (news
    writes it for "yesterday" relative to the report).  "the next day" is the day after only for a
    future event; in a past narrative it is relative to an event we cannot see."""
    word = " ".join(g["word"].lower().split())
    if word in ("the day before", "the previous day"):
        return _day(pub - dt.timedelta(days=1))
    if _forward(tense):
        return _day(pub + dt.timedelta(days=1))
    return None


_REL_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "earlier in the day": 0, "yesterday": -1, "last night": -1,
    "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
}


def _day_range(g: dict[str, str | None], pub: dt.date | None, tense: Tense | None) -> EventDate | None:
    mon = month_number(g.get("mon") or g.get("mon2"))
    mon2 = month_number(g.get("mon2") or g.get("mon"))
    d, d2 = int(g["d"]), int(g["d2"])
    if g.get("y"):
        year = int(g["y"])
    elif pub is not None:
        year = _year_for(mon, d, pub, tense)
    else:
        return None
    start = dt.date(year, mon, d)
    end = dt.date(year, mon2, d2)
    if end < start:  # "December 30 to January 2"
        if g.get("y"):
            start = dt.date(year - 1, mon, d)
        else:
            end = dt.date(year + 1, mon2, d2)
    return _span(start, end, "day")


def _month_range(g: dict[str, str | None], pub: dt.date | None, tense: Tense | None) -> EventDate | None:
    mon, mon2 = month_number(g["mon"]), month_number(g["mon2"])
    if g.get("y"):
        y2 = int(g["y"])
        y1 = int(g["y1"]) if g.get("y1") else (y2 if mon <= mon2 else y2 - 1)
    elif pub is not None:
        y1 = _year_for(mon, 1, pub.replace(day=1), tense)
        y2 = y1 if mon2 >= mon else y1 + 1
    else:
        return None
    return _span(dt.date(y1, mon, 1), _month_end(y2, mon2), "month")


def _month_only(kind: str, g: dict[str, str | None], pub: dt.date | None, tense: Tense | None) -> EventDate | None:
    if pub is None:
        return None
    mon = month_number(g["mon"])
    rel = (g.get("rel") or "").lower()
    if kind == "mon_rel":  # "February this year", "August last year"
        return _month(pub.year + {"this": 0, "last": -1, "next": 1}[rel], mon)
    if rel == "last":
        return _month(pub.year if mon < pub.month else pub.year - 1, mon)
    if rel == "next":
        return _month(pub.year if mon > pub.month else pub.year + 1, mon)
    if rel == "this":
        return _month(pub.year, mon)
    if _forward(tense):
        return _month(pub.year if mon >= pub.month else pub.year + 1, mon)
    return _month(pub.year if mon <= pub.month else pub.year - 1, mon)


def _period(g: dict[str, str | None], pub: dt.date, tense: Tense | None) -> EventDate:
    rel, unit = g["rel"].lower(), g["unit"].lower()
    mod = (g.get("mod") or "").strip().lower()
    step = {"this": 0, "last": -1, "next": 1}[rel]
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        start, end = monday, monday + dt.timedelta(days=6)
    elif unit == "weekend":
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5)
        if rel == "last" or (rel == "this" and not _forward(tense) and saturday > pub):
            saturday -= dt.timedelta(weeks=1)
        elif rel == "next" and pub.weekday() >= 5:
            saturday += dt.timedelta(weeks=1)
        start, end = saturday, saturday + dt.timedelta(days=1)
    elif unit == "month":
        y, m = _shift_month(pub.year, pub.month, step)
        start, end = dt.date(y, m, 1), _month_end(y, m)
    else:
        start, end = dt.date(pub.year + step, 1, 1), dt.date(pub.year + step, 12, 31)
    if step == 0 and mod == "earlier":
        end = max(start, pub)
    elif step == 0 and mod == "later":
        start = min(end, pub)
    if unit == "year":
        return _span(start, end, "year")
    if unit == "month":
        return _span(start, end, "month")
    return _days(start, end)


def _ago(g: dict[str, str | None], pub: dt.date) -> EventDate | None:
    unit, direction = g["unit"].lower(), g["dir"].lower()
    if unit in ("minute", "hour"):
        return _day(pub)  # "hours before", "minutes after": the news day
    n = number(g.get("n"))
    if direction != "ago" or n is None:
        return None  # "weeks before" what? "a few days ago": vague
    if unit == "day":
        return _day(pub - dt.timedelta(days=n))
    if unit == "week":
        then = pub - dt.timedelta(weeks=n)
        monday = then - dt.timedelta(days=then.weekday())
        return _days(monday, monday + dt.timedelta(days=6))
    if unit == "month":
        y, m = _shift_month(pub.year, pub.month, -n)
        return _month(y, m)
    if unit == "year":
        return _year(pub.year - n)
    return None  # decades are not a contract precision


# --------------------------------------------------------------------------- tense and clause governance

def tense_of(trigger: "Token") -> Tense | None:
    """The tense of a verb from its tag and auxiliaries; None for non-verbs and bare forms.

    "met"/"has met"/"was attacked" are past (a present perfect reports a past event); "meets"/"is
    meeting" present; "will meet"/"would meet"/"is to meet"/"plans to meet"/"is expected to meet" future.
    Participles and infinitives without their own auxiliaries take the tense of the verb they hang on.
    """
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_MODALS:
        return "future"
    head = trigger.head
    if "to" in words or (trigger.dep_ == "xcomp" and trigger.tag_ == "VB"):
        if head.i == trigger.i:
            return None
        if head.lemma_.lower() in _FUTURE_HEADS or head.lower_ in ("going", "about"):
            return "future"
        if head.lemma_ == "be" and "to" in words:  # "is to meet"
            return "future"
        return tense_of(head)
    if any(a.tag_ == "VBD" for a in auxes) or any(a.lemma_ == "have" for a in auxes):
        return "past"
    if trigger.tag_ == "VBD":
        return "past"
    if trigger.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if head.i != trigger.i and trigger.dep_ in ("conj", "advcl", "acl", "xcomp", "ccomp", "relcl", "pcomp"):
        return tense_of(head)
    return None


def _is_clause_head(tok: "Token") -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT"


def _clause_tense(trigger: "Token") -> Tense | None:
    """Tense for resolving the trigger's date: its own, or for an event noun the verb it depends on."""
    own = tense_of(trigger)
    if own is not None or _is_clause_head(trigger):
        return own
    if any(c.lower_ in _FUTURE_NOUN_MODS for c in trigger.children):
        return "future"  # "the planned visit", "next week's summit"
    verb = _governing_verb(trigger)
    return tense_of(verb) if verb is not None else None


def _governing_verb(tok: "Token") -> "Token | None":
    while tok.head.i != tok.i:
        tok = tok.head
        if _is_clause_head(tok):
            return tok
    return None


def _transparent(noun: "Token") -> bool:
    """A noun a date passes through on its way to the verb: a name, a person, or a place phrase.

    A date inside an event noun that is an argument ("criticized ... Pelosi's visit to Taipei in
    August") belongs to that noun, not to the verb.  Dates the parser hung on a name or a person
    ("met the president on Monday") are misattachments and still belong to the verb.
    """
    if noun.pos_ in ("PROPN", "PRON", "NUM") or noun.ent_type_ in ("PERSON", "NORP", "GPE", "ORG", "LOC", "FAC"):
        return True
    if noun.lemma_.lower() in _PERSON_NOUNS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in _TRANSPARENT_PREPS and noun.head.head.pos_ in ("VERB", "AUX")


def _owner(span: "Span", trigger: "Token") -> "Token":
    """The verb or event noun an expression dates: the first word above it that is not a function
    word or a transparent noun (see ``_transparent``)."""
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if tok in span or (tok.pos_ in _FUNCTION_POS and tok.dep_ != "ROOT"):
            continue
        if tok.i == trigger.i or _is_clause_head(tok):
            return tok
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and _transparent(tok):
            continue
        return tok
    return tok


def _inherits(noun: "Token", verb: "Token") -> bool:
    """An event noun shares its verb's date when it is what the verb does ("conducted patrols"), not
    when it is the topic of the verb ("protested against the test", "criticized ... over the visit")."""
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ not in _TRANSPARENT_PREPS:
            return False
        if tok.dep_ in ("poss", "compound", "npadvmod"):
            return False
        tok = tok.head
    return True


def _owners_in_order(trigger: "Token", tense: Tense | None) -> Iterator[list["Token"]]:
    """Groups of words whose dates may date the trigger, nearest first.

    1. the trigger itself; 2. the verb above a "to"-infinitive ("plans to visit next month" where the
    parser hung the date on "plans"); 3. coordinated verbs of the same tense ("went to Uzbekistan on
    Wednesday and met ..."); 4. for an event noun, the verb it is an argument of, with 2 and 3 for it.
    """
    yield [trigger]
    verb = trigger
    if not _is_clause_head(trigger):
        # "the test that North Korea carried out in March", "talks held on Monday"
        yield [c for c in trigger.children if c.dep_ in ("relcl", "acl") and _is_clause_head(c)]
        verb = _governing_verb(trigger)
        if verb is None or not _inherits(trigger, verb):
            return
        yield [verb]
    up = verb
    while up.dep_ == "xcomp" and up.head.i != up.i:
        up = up.head
        yield [up]
    group = [t for t in up.conjuncts if _is_clause_head(t) and _clause_tense(t) == tense]
    heads = [t for t in group if t.i < up.i]
    yield sorted(heads, key=lambda t: -t.i)
    yield sorted((t for t in group if t.i > up.i), key=lambda t: t.i)


_TOPIC_PREPS = frozenset({"over", "about", "for", "after"})


def _topic_date(trigger: "Token", tense: Tense | None, owned: dict[int, list[DateExpr]],
                published: dt.date | None) -> EventDate | None:
    """A past reaction to a dated past event ("criticized Washington over Pelosi's visit to Taipei in
    August") happened in the same period: the event's month or year, never a day (the reaction may
    come days later).  Only when the reaction's own clause gives no date, and only before publication."""
    if tense != "past" or published is None or not _is_clause_head(trigger):
        return None
    for c in trigger.children:
        if c.dep_ != "prep" or c.lower_ not in _TOPIC_PREPS:
            continue
        for noun in c.subtree:
            for expr in owned.get(noun.i, []):
                got = resolve_expression(expr.text, published, "past")
                if got is not None and got.precision in ("month", "year") and got.end and got.start \
                        and got.start < published.replace(day=1):
                    return got
    return None


def date_for_trigger(trigger: "Token", published: dt.date | None) -> EventDate:
    """Date the event whose trigger word is ``trigger``: the governing expression, else the fallback.

    Only expressions in the trigger's sentence that belong to the trigger's clause count (see
    ``_owners_in_order``); the first of them that resolves wins.  Without one, the event takes the
    publication date (basis "publication"), or no date at all.
    """
    sent = trigger.sent
    doc = trigger.doc
    tense = _clause_tense(trigger)
    path = set()
    tok = trigger
    while tok.head.i != tok.i and not _is_clause_head(tok.head):
        tok = tok.head
        path.add(tok.i)
    owned: dict[int, list[DateExpr]] = {}
    for expr in find_expressions(sent.text):
        span = doc.char_span(sent.start_char + expr.start, sent.start_char + expr.end, alignment_mode="expand")
        if span is None or trigger in span or any(t.i in path for t in span):
            continue
        owned.setdefault(_owner(span, trigger).i, []).append(expr)
    for group in _owners_in_order(trigger, tense):
        for owner in group:
            for expr in owned.get(owner.i, []):
                resolved = resolve_expression(expr.text, published, tense)
                if resolved is not None:
                    return resolved
    topical = _topic_date(trigger, tense, owned, published)
    if topical is not None:
        return topical
    if published is not None:
        return EventDate.of_day(published, "publication")
    return EventDate.none()
