"""Find the actors named in an article's parsed segments and resolve them against the knowledge base.

The event extractor maps a syntactic argument to actors by token overlap, so each mention here is a
*tight* token span: the words that name the actor ("Russian President Vladimir Putin", "the Russian
navy", "Kyrgyzstan"), nothing more.  Resolution works on the KB's name index (longest match over
tokens), then reads the few words around a match that change its meaning: a title before a person,
a sector noun after a country ("Chinese state media"), "the presidents of X, Y and Z".  Pronouns and
descriptions are found by :mod:`eventwire.actors.anaphors` and resolved by
:mod:`eventwire.actors.coref`, which sees the whole article in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from eventwire.actors.anaphors import description_candidates
from eventwire.actors.coref import Cand, resolve_coreference
from eventwire.actors.groups import GROUP, GROUPS, article_countries, settle_groups
from eventwire.actors.holders import NEAR_HOLDER_CONFIDENCE, given_name_fits, near_holder
from eventwire.actors.kb import TITLE_ROLES, Entry, KnowledgeBase
from eventwire.actors.names import FUZZY_MIN_LEN, first_run, normalise
from eventwire.actors.phrases import (
    BORDER_CONFIDENCE,
    apposition_titles,
    is_subject,
    names_border,
    place_actors,
    possessor_of_ally,
)
from eventwire.actors.sectors import bare_sectors, named_org_after, sector_after, sector_before
from eventwire.model import Actor, Mention

#: A country name followed by one of these names a place or a topic ("the Taiwan Strait", "the Ukraine
#: crisis"), not an actor.
_PLACE_WORDS = frozenset({"strait", "straits", "sea", "gulf", "ocean", "river", "peninsula", "border", "borders",
                          "region", "province", "basin", "mountains", "canal", "valley", "bay", "coast", "desert",
                          "lake", "cup", "highway", "airport", "university", "time", "stock", "league",
                          "crisis", "war", "conflict", "issue", "question"})
#: Of those, the state's own facilities: "a Saudi airport" is Saudi Arabia's ("Kabul airport" stays a place).
_FACILITY_WORDS = frozenset({"airport"})
#: Words that may sit inside a title between the country and the name ("Deputy Foreign Minister").
_TITLE_WORDS = frozenset({"president", "vice", "prime", "minister", "foreign", "defense", "defence", "house",
                          "speaker", "leader", "chancellor", "premier", "king", "queen", "secretary", "general",
                          "state", "supreme", "crown", "prince", "deputy", "spokesman", "spokeswoman", "ambassador",
                          "envoy", "chief", "commander", "army", "military", "interior", "finance", "senator",
                          "governor", "mayor", "emperor", "opposition", "top", "senior", "acting", "former",
                          "of", "-", "'s", "security", "national", "adviser", "advisor", "trade", "economy",
                          "head", "director", "representative", "spokesperson", "minority", "majority",
                          "parliament", "speaker", "ayatollah", "sheikh", "general-secretary", "secretary-general"})
#: Forms of address inside a PERSON name, not given names ("Mr Kamara").
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "madam", "dame", "sir", "lord",
                         "lady"})
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
class _Match:
    start: int
    end: int
    entry: Entry


def resolve_article(docs: Sequence[tuple[Doc, int]], kb: KnowledgeBase,
                    on: dt.date | None, gazetteer: object | None = None) -> list[list[Mention]]:
    """One sorted list of mentions per parsed segment; ``Mention.char_*`` add the segment offset.

    Segments are processed in document order and then handed together to coreference, so a
    pronoun in the body can find a name in the headline.  With a ``gazetteer``
    (:class:`eventwire.where.Gazetteer`) a city or region used as an actor ("Kherson said") takes its
    country; without one only capitals and seats of government do.
    """
    cands: list[Cand] = []
    sent_base = 0
    group_base = 0
    texts = [doc.text for doc, _ in docs]  # Doc.text joins every token: built once, used twice
    full = " ".join(texts)
    shared, article = kb.shared_choice(full), article_countries(full, kb.index, kb.groups)
    others: set[str] = set()  # listed surnames this article gives to someone else ("John Kamara")
    for d, (doc, _offset) in enumerate(docs):
        sent_of = {}
        n_sents = 0
        for k, s in enumerate(doc.sents):
            for i in range(s.start, s.end):  # indices, not Token objects: this runs on every token
                sent_of[i] = sent_base + k
            n_sents = k + 1
        found, group_base = _doc_candidates(doc, d, sent_of, kb, on, group_base, shared, gazetteer, article,
                                            texts[d], others)
        cands.extend(found)
        sent_base += max(n_sents, 1)
    kept = resolve_coreference(cands, kb, on)
    out: list[list[Mention]] = [[] for _ in docs]
    for c in kept:
        if not c.actors:
            continue
        doc, offset = docs[c.doc]
        first, last = doc[c.start], doc[c.end - 1]
        out[c.doc].append(Mention(c.start, c.end, first.idx + offset, last.idx + len(last.text) + offset,
                                  c.actors, round(c.confidence, 2), c.via))
    for lst in out:
        lst.sort(key=lambda m: (m.start, m.end))
    return out


# ---- matching -----------------------------------------------------------------------------------
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


def _org_describes_member(doc: Doc, m: _Match) -> bool:
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


def _find_matches(doc: Doc, kb: KnowledgeBase, skipped: set[int], shared: dict[str, str] | None = None,
                  article: frozenset[str] = frozenset(), text: str | None = None) -> list[_Match]:
    """Greedy longest KB-name matches; tokens of names skipped as places go into ``skipped``.

    ``shared`` maps a name two countries share to the one the article points to (see
    ``KnowledgeBase.shared_choice``); ``article`` the countries that may settle a cross-border group;
    ``text`` is ``doc.text`` when the caller has it already.  Most tokens start no name: they are
    ruled out from the vocabulary hashes (:func:`_token_flags`), without building a Token."""
    shared = shared or {}
    out: list[_Match] = []
    n = len(doc)
    text = doc.text if text is None else text
    flags = _token_flags(doc, kb)
    the = doc.vocab.strings["the"]
    lowers = doc.to_array(LOWER).tolist() if n else []
    i = 0
    while i < n:
        best: _Match | None = None
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
                    best = _Match(i, j, _pick_entry(ok, text[t.idx:last.idx + len(last.text)], shared))
                    break
            if hosted and best is not None and best.entry.kind not in ("capital", "seat"):
                best = None
        if best is None and f & _FUZZY and t.ent_type_ not in _SKIP_ENTS \
                and (t.ent_type_ != "PERSON" or i + 1 >= n or doc[i + 1].ent_iob_ != "I"):
            # a one-word "person" one letter from a country name is the country misspelled
            iso = kb.fuzzy_country(t.text)  # "Afganistan", "Ethopia": a one-letter slip
            if iso is not None:
                best = _Match(i, i + 1, Entry("country", iso, t.text))
        if best is None:
            i += 1
            continue
        if out and out[-1].end == best.start and out[-1].entry.kind == "demonym" \
                and best.entry.kind in ("demonym", "people", GROUP, GROUPS):
            # "Bosnian Serbs", "Croatian Serb refugees": the first names where they live, the second
            # their ethnicity; the country of residence is the actor
            out[-1] = _Match(out[-1].start, best.end, out[-1].entry)
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
            and nxt.lower_ not in _TITLE_WORDS and not _gathering_name(doc, best.end)
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
    """Per token, which of the two lookups in :func:`_find_matches` it could need, remembered per
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


def _title_before(doc: Doc, i: int, by_end: dict[int, _Match]) -> tuple[int, str, str | None, str | None]:
    """Title words just before a name: returns (new start, title text, country iso3, org code).
    Handles 'Russian President', 'US House Speaker', 'the President of Uzbekistan', 'NATO Secretary
    General'."""
    country: str | None = None
    org: str | None = None
    k = i
    m = by_end.get(k)
    if m and m.entry.kind in ("country", "demonym") and m.start >= 2 and doc[m.start - 1].lower_ == "of":
        country, k = m.entry.key, m.start - 1
    j = k
    while j > 0 and doc[j - 1].lower_ in _TITLE_WORDS:
        j -= 1
    while j < k and doc[j].lower_ in ("of", "-", "'s"):
        j += 1
    if j == k:
        m = by_end.get(k - 1)
        if k >= 2 and doc[k - 1].text in ("'s", "’s") and m and m.entry.kind == "country":
            return m.start, "", m.entry.key, None  # "Jordan's King Abdullah", "Russia's Putin"
        return i, "", None, None
    title = doc[j:k].text
    if country is None:
        m = by_end.get(j)
        if m is None and j >= 2 and doc[j - 1].text in ("'s", "’s"):
            m = by_end.get(j - 1)  # "Ghana's President Kofi Badu"
        if m and m.entry.kind in ("country", "demonym", "capital", "seat"):
            country, j = m.entry.key, m.start
        elif m and m.entry.kind == "org":
            org, j = m.entry.key, m.start
    if j > 0 and doc[j - 1].lower_ == "the":
        j -= 1
    if title.lower().endswith(" of"):
        title = title[:-3]
    return j, title, country, org


def _someone_else(doc: Doc, s: int, kb: KnowledgeBase) -> int | None:
    """The start of a longer PERSON name ending in the listed alias at ``s`` whose given name fits none
    of the people the alias denotes ("John Kamara" when only Marjon Kamara is listed); else None."""
    if s == 0 or doc[s].ent_type_ != "PERSON" or doc[s].ent_iob_ != "I":
        return None
    j = s - 1
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    given = [t.text for t in doc[j:s] if t.lower_ not in _TITLE_WORDS and t.lower_ not in _HONORIFICS
             and t.text.rstrip(".").isalpha() and t.text[:1].isupper()]
    if not given:
        return None
    alias = doc[s].text
    fits = any(given_name_fits(kb, n, given[0]) for n in kb.people_named(alias))
    return None if fits else j


def _doc_candidates(doc: Doc, d: int, sent_of: dict[int, int], kb: KnowledgeBase, on: dt.date | None,
                    group_base: int, shared: dict[str, str] | None = None,
                    gazetteer: object | None = None, article: frozenset[str] = frozenset(),
                    text: str | None = None, others: set[str] | None = None) -> tuple[list[Cand], int]:
    skipped: set[int] = set()
    ents = doc.ents  # a tuple of new Spans on every read: read once
    matches = _find_matches(doc, kb, skipped, shared, article, text)
    by_end = {m.end: m for m in matches}
    by_start = {m.start: m for m in matches}
    used: set[int] = set()  # match starts consumed into a larger mention
    cands: list[Cand] = []
    covered: set[int] = set(skipped)

    def add(c: Cand) -> None:
        cands.append(c)
        covered.update(range(c.start, c.end))

    # 1. people: KB names and PERSON entities, with any title before them
    person_spans: list[tuple[int, int, str | None]] = [(m.start, m.end, m.entry.key) for m in matches
                                                       if m.entry.kind == "person"]
    kb_spans = {(s, e) for s, e, _ in person_spans}
    other_spans = [(m.start, m.end) for m in matches if m.entry.kind != "person"]
    for ent in ents:
        if ent.label_ == "PERSON" and not any(s < ent.end and ent.start < e for s, e, _ in person_spans) \
                and not any(s < ent.end and ent.start < e for s, e in other_spans):
            person_spans.append((ent.start, ent.end, None))
    for s, e, name in sorted(person_spans):
        while e > s and doc[e - 1].text in ("'s", "’s", "'"):
            e -= 1
        if name is not None and (s, e) in kb_spans:
            other = _someone_else(doc, s, kb)
            if other is not None:  # "John Kamara" is not the listed Marjon Kamara
                s, name = other, None
                if others is not None:
                    others.add(normalise(doc[e - 1].text))
            elif others and e - s == 1 and normalise(doc[s].text) in others:
                name = None  # "Kamara" again after "John Kamara": coreference links it to him
        start, title, country, org = _title_before(doc, s, by_end)
        text = doc[start:e].text
        for m in matches:
            if start <= m.start < s:
                used.add(m.start)
        sector = _title_sector(title, kb)
        if name is not None and (s, e) in kb_spans:
            # a shared name ("King Abdullah", "Aliyev") is narrowed by the title's country and the date
            name = kb.pick_person(doc[s:e].text, on, country)
        if name is not None and (s, e) in kb_spans:
            spells = kb.terms(name)
            single = len(doc[s:e]) == 1 and normalise(doc[s:e].text) != normalise(name)
            via = "title" if title else ("name" if normalise(doc[s:e].text) == normalise(name) else "alias")
            conf = 0.95 if via != "alias" else (0.8 if single else 0.9)
            if on is not None and not any(p.in_office(on) for p in spells) and single and not title:
                conf = 0.6  # a bare surname of someone out of office: right person, less sure
            add(Cand(d, sent_of[s], start, e, text, "person", (kb.person_actor(name, text, on),), via, conf,
                     gender=spells[0].gender if spells else None, subject=is_subject(doc, s, e), person=True))
        elif country:
            a = Actor(text=text, name=doc[s:e].text, country=country, sector=sector or "GOV",
                      code=country + (sector or "GOV"))
            add(Cand(d, sent_of[s], start, e, text, "person", (a,), "title", 0.7,
                     subject=is_subject(doc, s, e), person=True))
        elif org:
            o = kb.organisations[org]
            a = Actor(text=text, name=doc[s:e].text, country=o.country, org=o.org, sector=o.sector, code=o.code)
            add(Cand(d, sent_of[s], start, e, text, "person", (a,), "title", 0.7,
                     subject=is_subject(doc, s, e), person=True))
        else:
            # a title with no country ("President Jonas Brakeworth") is kept in the span but unresolved;
            # _title_context may still place it
            add(Cand(d, sent_of[s], start, e, text, "unresolved", (Actor(text=text),), "unresolved", 0.3,
                     subject=is_subject(doc, s, e), person=True, title=normalise(title) or None))

    # 2. countries, demonyms, capitals, organisations
    of_sector: dict[int, tuple[str, bool, str]] = {}  # match start -> sector inherited via "X of A, B and C"
    for idx, m in enumerate(matches):
        if m.entry.kind == "person" or m.start in used or m.start in covered:
            continue
        k = m.entry.kind
        if k == "org":
            add(Cand(d, sent_of[m.start], m.start, m.end, doc[m.start:m.end].text, "org",
                     (kb.org_actor(m.entry.key, doc[m.start:m.end].text),), _via(doc, m, kb), 0.9,
                     subject=is_subject(doc, m.start, m.end), plural=True))
            continue
        if k in ("capital", "seat"):
            t = doc[m.start:m.end].text
            add(Cand(d, sent_of[m.start], m.start, m.end, t, "capital", (kb.country_actor(m.entry.key, t, "GOV"),),
                     "capital", 0.75, subject=is_subject(doc, m.start, m.end)))
            continue
        iso = m.entry.key
        start, end = m.start, m.end
        sector: str | None = None
        plural = k == "people"
        term: str | None = None
        if k == "people":
            # "ethnic Albanians in south Serbia", "the Albanians of southern Serbia": the people of a
            # place are coded to the country they live in
            place = _place_after(doc, end, by_start)
            if place is not None and place != iso:
                iso = place
        if start > 0 and doc[start - 1].lower_ == "ethnic":
            # "ethnic Albanians demonstrated in Serbia", "ethnic Albanian guerrillas operating in
            # Macedonia": an ethnic group is coded to the country it lives in, not its kin state
            home = _residence(doc, matches, idx)
            if home is not None:
                iso = home
        # "the presidents of Kyrgyzstan, Tajikistan and Turkmenistan"
        if start >= 2 and doc[start - 1].lower_ == "of":
            sb = sector_before(doc, start - 1, kb)
            if sb:
                sector, plural, term = sb[1], sb[2], sb[3]
                if not plural and term in TITLE_ROLES:
                    # "the President of Uzbekistan" with no name: a role description
                    add(_role_cand(doc, d, sent_of, sb[0], end, iso, term, sector, kb))
                    continue
        prev = matches[idx - 1] if idx > 0 else None
        if sector is None and prev is not None and prev.start in of_sector and _coordinated(doc, prev.end, start):
            sector, plural, term = of_sector[prev.start]
        if sector is not None and term is not None:
            of_sector[m.start] = (sector, plural, term)
        # "Chinese state media", "the Russian navy", "Hungarian and Romanian officials"
        if sector is None and k in ("demonym", "country"):
            after = end + 1 if k == "country" and end < len(doc) and doc[end].text in ("'s", "’s") else end
            if end + 2 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "led":
                after = end + 2  # "Vietnamese-led forces", "the Saudi-led coalition" (not "-backed")
            sa = sector_after(doc, after, kb) if after < len(doc) else None
            if sa is not None and sa[2] and sa[0] < len(doc) and doc[sa[0]].lower_ in kb.sectors:
                # "the Tanzania Teachers Union": the plural occupation names the union's members
                sa = named_org_after(doc, after, kb) or sa
            if sa is None and after < len(doc):
                sa = named_org_after(doc, after, kb)
            if sa is None:
                sa = _sector_after_coordination(doc, matches, idx, kb)
                if sa is not None:
                    sector, plural, term = sa[1], sa[2], sa[3]
            elif not (sa[0] < len(doc) and doc[sa[0]].ent_type_ == "PERSON"):
                sector, plural, term = sa[1], sa[2], sa[3]
                end = sa[0]
                if start > 0 and doc[start - 1].lower_ == "the":
                    start -= 1
                if not plural and term in TITLE_ROLES:
                    add(_role_cand(doc, d, sent_of, start, end, iso, term, sector, kb))
                    continue
        text = doc[start:end].text
        via = "demonym" if k in ("demonym", "people") else _via(doc, m, kb)
        conf = 0.9 if sector or k == "country" else 0.6
        if k == "demonym" and sector is None and names_border(doc, end):
            conf = BORDER_CONFIDENCE  # "its Syrian border": Syria is the other side, by inference
        add(Cand(d, sent_of[m.start], start, end, text, "sector" if sector else "country",
                 (kb.country_actor(iso, text, sector),), via, conf, country=iso,
                 subject=is_subject(doc, start, end), plural=plural))

    # 2b. "Kenzo Oshima, the United Nations Emergency Relief Coordinator": the apposition places the name
    cands[:] = apposition_titles(doc, cands, kb, _TITLE_WORDS, lambda title: _title_sector(title, kb))
    covered.update(i for c in cands for i in range(c.start, c.end))
    # 3. pronouns and descriptions for coreference
    description_candidates(doc, d, sent_of, covered, add)
    # 4. other named entities the KB does not know
    for ent in ents:
        if ent.label_ in ("ORG", "NORP") and not any(i in covered for i in range(ent.start, ent.end)):
            s, e = ent.start, ent.end
            if doc[s].lower_ == "the":
                s += 1
            if s >= e:
                continue
            t = doc[s:e].text
            add(Cand(d, sent_of[s], s, e, t, "unresolved", (Actor(text=t),), "unresolved", 0.3,
                     subject=is_subject(doc, s, e)))
    # 4b. a city or region standing for its country ("Kherson said", "Kherson residents")
    if gazetteer is not None:
        named = {c.country for c in cands if c.country}
        cands[:] = place_actors(doc, d, sent_of, cands, kb, gazetteer, named)
    # 5. bare sector nouns ("Police in Nairobi", "protesters"): the place they are in, or no country
    bare_sectors(doc, d, sent_of, kb, cands, add, gazetteer)
    _title_context(cands, kb, on)
    cands.sort(key=lambda c: (c.start, c.end))
    # coordination groups: a token of one mention joined by 'conj' to another ("Russia and China")
    owner = {i: c for c in cands for i in range(c.start, c.end)}
    for c in cands:
        for t in doc[c.start:c.end]:
            other = owner.get(t.head.i)
            if t.dep_ == "conj" and other is not None and other is not c:
                if other.group is None:
                    group_base += 1
                    other.group = group_base
                c.group = other.group
    return cands, group_base


def _title_context(cands: list[Cand], kb: KnowledgeBase, on: dt.date | None = None) -> None:
    """'The Fijian rebels will release Prime Minister Mahendra Chaudhry': a national title on someone
    the KB does not know takes the country when the sentence names exactly one country; with none or
    several it stays unresolved.  Confidence stays low (0.5) because this is an inference.  A surname one
    edit from the holder of the office on the date ("President Musevenni") is that holder, at 0.5."""
    for c in cands:
        near = near_holder(kb, c.title, c.text.split()[-1], on) if c.kind == "unresolved" and c.title else None
        if near is not None:
            c.actors = (kb.person_actor(near, c.text, on),)
            c.kind, c.via, c.confidence = "person", "title", NEAR_HOLDER_CONFIDENCE
            continue
        if c.kind != "unresolved" or not c.title or not any(
                c.title.endswith(t) for t in ("president", "minister", "premier", "king", "queen", "emir",
                                              "chancellor")):
            continue
        isos = {a.country for o in cands if o.sent == c.sent and o is not c for a in o.actors
                if a.country and not a.org}
        if len(isos) == 1:
            iso = isos.pop()
            sector = _title_sector(c.title, kb) or "GOV"
            c.actors = (Actor(text=c.text, name=c.text, country=iso, sector=sector, code=iso + sector),)
            c.kind, c.via, c.confidence = "person", "title", 0.5


def _residence(doc: Doc, matches: list[_Match], idx: int) -> str | None:
    """Where an ethnic group named by ``matches[idx]`` lives: the country of an "in <country>" phrase
    in its sentence, else the nearest other country named in the sentence; None with no other."""
    m = matches[idx]
    sent = doc[m.start].sent
    kin = m.entry.key
    others = [o for o in matches if o is not m and sent.start <= o.start < sent.end and o.entry.kind == "country"
              and o.entry.key != kin]
    located = [o for o in others if o.start > 0 and doc[o.start - 1].lower_ in ("in", "of")
               or o.start > 1 and doc[o.start - 1].lower_ in ("the", "eastern", "western", "northern", "southern",
                                                              "central") and doc[o.start - 2].lower_ == "in"]
    pool = located or others
    if not pool:
        return None
    return min(pool, key=lambda o: abs(o.start - m.start)).entry.key


def _place_after(doc: Doc, end: int, by_start: dict[int, _Match]) -> str | None:
    """The country of an "in/of [the] [adjective] <country>" phrase right after ``end``, if any."""
    if end >= len(doc) or doc[end].lower_ not in ("in", "of"):
        return None
    j = end + 1
    while j < len(doc) and j - end <= 3 and (doc[j].lower_ == "the" or doc[j].pos_ == "ADJ"
                                              or doc[j].lower_ in ("north", "south", "east", "west")):
        j += 1
    m = by_start.get(j)
    return m.entry.key if m is not None and m.entry.kind == "country" else None


def _via(doc: Doc, m: _Match, kb: KnowledgeBase) -> str:
    """'name' when the text is the canonical name, else 'alias' ('US', 'Britain', 'NATO')."""
    key = m.entry.key
    canonical = kb.countries[key].name if m.entry.kind == "country" else (
        kb.organisations[key].name if m.entry.kind == "org" else m.entry.surface)
    return "name" if normalise(doc[m.start:m.end].text) == normalise(canonical) else "alias"


def _title_sector(title: str, kb: KnowledgeBase) -> str | None:
    words = normalise(title).split()
    for i in range(len(words)):
        term = " ".join(words[i:])
        if term in kb.sectors:
            return kb.sectors[term][0]
    return None


def _coordinated(doc: Doc, end: int, start: int) -> bool:
    gap = [t.lower_ for t in doc[end:start]]
    return gap in (["and"], [","], [",", "and"], ["or"])


def _sector_after_coordination(doc: Doc, matches: list[_Match], idx: int,
                               kb: KnowledgeBase) -> tuple[int, str, bool, str] | None:
    """'Hungarian and Romanian officials': the sector noun after the last coordinated demonym."""
    j = idx
    while j + 1 < len(matches) and matches[j + 1].entry.kind in ("demonym", "country") \
            and _coordinated(doc, matches[j].end, matches[j + 1].start):
        j += 1
    if j == idx:
        return None
    sa = sector_after(doc, matches[j].end, kb)
    if sa and not (sa[0] < len(doc) and doc[sa[0]].ent_type_ == "PERSON"):
        return sa
    return None


def _role_cand(doc: Doc, d: int, sent_of: dict[int, int], start: int, end: int, iso: str, term: str,
               sector: str, kb: KnowledgeBase) -> Cand:
    text = doc[start:end].text
    return Cand(d, sent_of[start], start, end, text, "role", (kb.country_actor(iso, text, sector),), "title", 0.8,
                title=term, country=iso, subject=is_subject(doc, start, end))
