"""Where an article's tokens name something the knowledge base knows: greedy longest matches.

A match is a tight token span and the KB entry it names ("Russian President Vladimir Putin" is found
later, from the match "Vladimir Putin" and the title before it).  Matching reads the few words around
a name that say it is *not* an actor here: a place or topic named after a country ("the Taiwan
Strait", "the Ukraine crisis"), a stance or a backer ("anti-Syria", "US-backed"), a newspaper or club
that begins with a capital ("the Washington Post"), an organisation that only describes a member
("NATO-member Norway"), a patron named for its ally ("Russia's allies").  Tokens of such names are
returned as *skipped*, so that the resolver does not pick them up again.  Most tokens start no name;
they are ruled out from per-vocabulary-string flags kept on the KB, which keeps matching cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from eventwire.actors.groups import GROUP, GROUPS, settle_groups
from eventwire.actors.kb import Entry, KnowledgeBase
from eventwire.actors.names import FUZZY_MIN_LEN, first_run, normalise
from eventwire.actors.phrases import names_border, possessor_of_ally
from eventwire.actors.sectors import sector_after

#: A country name followed by one of these names a place or a topic ("the Taiwan Strait", "the Ukraine
#: crisis"), not an actor.
_PLACE_WORDS = frozenset({"strait", "straits", "sea", "gulf", "ocean", "river", "peninsula", "border", "borders",
                          "region", "province", "basin", "mountains", "canal", "valley", "bay", "coast", "desert",
                          "lake", "cup", "highway", "airport", "university", "time", "stock", "league",
                          "crisis", "war", "conflict", "issue", "question"})
#: Of those, the state's own facilities: "a Saudi airport" is Saudi Arabia's ("Kabul airport" stays a place).
_FACILITY_WORDS = frozenset({"airport"})
#: Words that may sit inside a title between the country and the name ("Deputy Foreign Minister").
TITLE_WORDS = frozenset({"president", "vice", "prime", "minister", "foreign", "defense", "defence", "house",
                          "speaker", "leader", "chancellor", "premier", "king", "queen", "secretary", "general",
                          "state", "supreme", "crown", "prince", "deputy", "spokesman", "spokeswoman", "ambassador",
                          "envoy", "chief", "commander", "army", "military", "interior", "finance", "senator",
                          "governor", "mayor", "emperor", "opposition", "top", "senior", "acting", "former",
                          "of", "-", "'s", "security", "national", "adviser", "advisor", "trade", "economy",
                          "head", "director", "representative", "spokesperson", "minority", "majority",
                          "parliament", "ayatollah", "sheikh", "general-secretary", "secretary-general"})
#: "anti-Syria", "pro-Russian": the country names a stance, not the actor's nationality.
_STANCE = frozenset({"anti", "pro"})
#: "US-backed forces", "Iran-allied militias": the country is a supporter, not the actor.
_BACKERS = frozenset({"backed", "allied", "sponsored", "funded", "supported", "aligned", "friendly",
                      # "an al-Qaeda-linked group": the group is the actor
                      "linked", "affiliated", "inspired",
                      # "the Israeli-occupied West Bank", "Russian-held Crimea": the place is the actor
                      "occupied", "controlled", "held", "administered", "annexed"})
#: "NATO-member Norway", "EU member state Croatia", "Norway, a NATO member": the organisation only
#: describes the country (the head noun), which is the actor.
_MEMBER_WORDS = frozenset({"member", "members", "ally", "allies"})
_MEMBER_HEADS = frozenset({"state", "states", "country", "countries", "nation", "nations"})
#: A capital that begins the name of a gathering it hosts ("the Beijing Winter Olympics", "the Paris
#: Climate Conference", "the Riyadh Summit") stands for the host government, as "a summit in Riyadh"
#: does; the words that begin a newspaper, club or university ("the Washington Post", "Paris
#: Saint-Germain") do not.  Agreements and processes named for a city ("the Oslo Accords", "the Astana
#: process", "the Minsk format") are left out: their city marks where they were signed or first met,
#: and whoever quits or backs them acts on the parties, not on the city's government.
_GATHERING_NAMES = frozenset({"olympics", "olympic", "paralympics", "paralympic", "games", "expo", "summit",
                              "forum", "conference", "talks", "dialogue", "meeting", "meetings"})
_SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "WORK_OF_ART", "EVENT", "LAW"})
_KIND_RANK = {"person": 0, "org": 1, "country": 2, "seat": 3, "capital": 4, "demonym": 5, "people": 6}


@dataclass
class Match:
    start: int
    end: int
    entry: Entry


def _case_ok(doc: Doc, start: int, end: int, e: Entry, kb: KnowledgeBase | None = None) -> bool:
    """Acronyms must match in upper case ('US' not 'us', 'WHO' not 'who'); names must be capitalised."""
    text = doc[start:end].text
    if e.surface.isupper() and len(e.surface.replace(".", "")) <= 5:
        return text.replace("the ", "").replace("The ", "") == e.surface.replace("the ", "")
    if kb is not None and kb.case_free(e.surface, e.kind):
        return True  # "iSrael", "tunisian": country names are not ordinary words
    words = [t.text for t in doc[start:end] if t.is_alpha and t.lower_ not in ("the", "of", "and", "de", "bin", "al")]
    if not words or not words[0][0].isupper():
        return False
    # a capitalised multi-word name must be capitalised in the text too: "a strict Islamic state" is
    # not Islamic State
    want = [w for w in e.surface.split() if w.lower() != "the"]
    have = [w for w in text.split() if w.lower() != "the"]
    return len(want) != len(have) or all(h[:1].isupper() or not w[:1].isupper() for w, h in zip(want, have))


def _pick_entry(ok: list[Entry], surface: str, shared: dict[str, str]) -> Entry:
    """The best-ranked entry; for a name two countries share ("Congo"), the one the article's
    context points to, else the KB's default (listed first)."""
    choice = shared.get(normalise(surface))
    if choice is not None:
        for e in ok:
            if e.key == choice:
                return e
    return min(ok, key=lambda e: _KIND_RANK.get(e.kind, 9))


def _org_describes_member(doc: Doc, m: Match) -> bool:
    """'NATO-member Norway', 'EU member state Croatia', 'fellow NATO member Denmark', 'Norway, a
    NATO member,': the organisation qualifies a country's membership and is not itself an actor."""
    j = m.end
    if j < len(doc) and doc[j].text == "-":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in _MEMBER_WORDS:
        return False
    member = doc[j]
    j += 1
    if j < len(doc) and doc[j].lower_ in _MEMBER_HEADS:
        j += 1
    named_after = j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
        and doc[j].ent_type_ != "PERSON"
    before = [t.lower_ for t in doc[max(0, m.start - 2):m.start]]
    appos = member.dep_ == "appos" or (len(before) == 2 and before[0] == "," and before[1] in ("a", "an", "fellow"))
    return named_after or appos


def find_matches(doc: Doc, kb: KnowledgeBase, skipped: set[int], shared: dict[str, str] | None = None,
                  article: frozenset[str] = frozenset(), text: str | None = None) -> list[Match]:
    """Greedy longest KB-name matches; tokens of names skipped as places go into ``skipped``.

    ``shared`` maps a name two countries share to the one the article points to (see
    ``KnowledgeBase.shared_choice``); ``article`` the countries that may settle a cross-border group;
    ``text`` is ``doc.text`` when the caller has it already.  Most tokens start no name: they are
    ruled out from the vocabulary hashes (:func:`_token_flags`), without building a Token."""
    shared = shared or {}
    out: list[Match] = []
    n = len(doc)
    text = doc.text if text is None else text
    flags = _token_flags(doc, kb)
    the = doc.vocab.strings["the"]
    lowers = doc.to_array(LOWER).tolist() if n else []
    i = 0
    while i < n:
        best: Match | None = None
        f = flags[i]
        if not f and not (lowers[i] == the and i + 1 < n and flags[i + 1] & _STARTS):
            i += 1
            continue
        t = doc[i]
        maybe = f & _STARTS or (lowers[i] == the and i + 1 < n and flags[i + 1] & _STARTS)
        # "the Paris Games" is tagged EVENT as a whole; its capital still names the host
        hosted = t.ent_type_ == "EVENT" and maybe and _gathering_name(doc, i + 1 + (lowers[i] == the))
        if maybe and (t.ent_type_ not in _SKIP_ENTS or hosted) and not t.is_punct and not t.is_space:
            for j in range(min(n, i + kb.max_tokens), i, -1):
                last = doc[j - 1]
                if last.is_punct and last.text not in (".",):
                    continue
                entries = kb.index.get(normalise(text[t.idx:last.idx + len(last.text)]))
                if not entries:
                    continue
                ok = [e for e in entries if _case_ok(doc, i, j, e, kb)]
                if ok:
                    best = Match(i, j, _pick_entry(ok, text[t.idx:last.idx + len(last.text)], shared))
                    break
            if hosted and best is not None and best.entry.kind not in ("capital", "seat"):
                best = None
        if best is None and f & _FUZZY and t.ent_type_ not in _SKIP_ENTS \
                and (t.ent_type_ != "PERSON" or i + 1 >= n or doc[i + 1].ent_iob_ != "I"):
            # a one-word "person" one letter from a country name is the country misspelled
            iso = kb.fuzzy_country(t.text)  # "Afganistan", "Ethopia": a one-letter slip
            if iso is not None:
                best = Match(i, i + 1, Entry("country", iso, t.text))
        if best is None:
            i += 1
            continue
        if out and out[-1].end == best.start and out[-1].entry.kind == "demonym" \
                and best.entry.kind in ("demonym", "people", GROUP, GROUPS):
            # "Bosnian Serbs", "Croatian Serb refugees": the first names where they live, the second
            # their ethnicity; the country of residence is the actor
            out[-1] = Match(out[-1].start, best.end, out[-1].entry)
            i = best.end
            continue
        if best.entry.kind == "org" and _org_describes_member(doc, best):
            skipped.update(range(best.start, best.end))
            i = best.end
            continue
        if best.entry.kind in ("country", "org", "capital") and possessor_of_ally(doc, best.end) is not None:
            # "Israel's militia ally", "Russia's allies": the patron is not the ally
            skipped.update(range(best.start, best.end))
            i = best.end
            continue
        nxt = doc[best.end] if best.end < n else None
        stance = (best.start >= 2 and doc[best.start - 1].text == "-" and doc[best.start - 2].lower_ in _STANCE) or (
            best.end + 1 < n and doc[best.end].text == "-" and doc[best.end + 1].lower_ in _BACKERS)
        # "the Taiwan Strait" is a place name; "its Syrian border" and "a Saudi airport" are a party's places
        place = nxt is not None and nxt.lower_ in _PLACE_WORDS and not sector_after(doc, best.end, kb) \
            and not (best.entry.kind == "demonym" and (names_border(doc, best.end) or nxt.lower_ in _FACILITY_WORDS))
        # "the Washington Post", "the Beijing Olympics": a capital that begins a longer name
        named = best.entry.kind in ("capital", "seat") and best.end - best.start - (t.lower_ == "the") == 1 \
            and nxt is not None and nxt.pos_ == "PROPN" \
            and nxt.text[:1].isupper() and nxt.ent_type_ not in _SKIP_ENTS \
            and (not flags[best.end] & _STARTS or best.end + 1 < n and doc[best.end + 1].text == "-") \
            and nxt.lower_ not in TITLE_WORDS and not _gathering_name(doc, best.end)
        if best.entry.kind in ("country", "demonym", "capital", "seat", GROUP) and (stance or place or named) \
                or best.entry.kind == "org" and stance:
            # "the Taiwan Strait" is a place; an "anti-Syria journalist" is not Syrian; an "al-Qaeda-linked
            # group" is not al-Qaeda
            skipped.update(range(best.start, best.end))
            i = best.end
            continue
        out.append(best)
        i = best.end
    return settle_groups(doc, out, kb.groups, article, Entry)


def _gathering_name(doc: Doc, j: int) -> bool:
    """Do the capitalised words from ``j`` end in a gathering noun within three words ("Olympics",
    "Winter Olympics", "Climate Change Conference")?  Read only after a capital that begins a name."""
    for k in range(j, min(len(doc), j + 4)):
        t = doc[k]
        if t.lower_ in _GATHERING_NAMES:
            return True
        if not (t.text[:1].isupper() or t.text == "-"):
            return False
    return False


#: Bits of :func:`_token_flags`: the token's leading run starts some KB name; it could be a misspelled
#: country name (long, capitalised, letters only: the test ``fuzzy_country`` needs before it looks).
_STARTS, _FUZZY = 1, 2


def _token_flags(doc: Doc, kb: KnowledgeBase) -> list[int]:
    """Per token, which of the two lookups in :func:`find_matches` it could need, remembered per
    vocabulary string in the KB, so a segment costs one array read and a dict lookup per token."""
    seen = kb.token_flags
    strings = doc.vocab.strings
    out = []
    for orth in doc.to_array(ORTH).tolist() if len(doc) else ():
        f = seen.get(orth)
        if f is None:
            word = strings[orth]
            f = (_STARTS if first_run(normalise(word)) in kb.starts else 0) | (
                _FUZZY if len(word) >= FUZZY_MIN_LEN and word[:1].isupper() and word.isalpha() else 0)
            seen[orth] = f
        out.append(f)
    return out
