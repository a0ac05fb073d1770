"""Find the actors named in an article's parsed segments and resolve them against the knowledge base.

The event extractor maps a syntactic argument to actors by token overlap, so each mention here is a
*tight* token span: the words that name the actor ("Russian President Vladimir Putin", "the Russian
navy", "Kyrgyzstan"), nothing more.  Resolution starts from the KB-name matches of
:mod:`eventwire.actors.matching` (longest match over tokens, names that are no actor here skipped),
then reads the few words around a match that change its meaning: a title before a person,
a sector noun after a country ("Chinese state media"), "the presidents of X, Y and Z".  Pronouns and
descriptions are found by :mod:`eventwire.actors.anaphors` and resolved by
:mod:`eventwire.actors.coref`, which sees the whole article in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc

from eventwire.actors.anaphors import description_candidates
from eventwire.actors.coref import Cand, resolve_coreference
from eventwire.actors.groups import article_countries
from eventwire.actors.holders import (
    NEAR_HOLDER_CONFIDENCE,
    given_name_fits,
    near_holder,
)
from eventwire.actors.kb import TITLE_ROLES, KnowledgeBase
from eventwire.actors.matching import TITLE_WORDS, Match, find_matches
from eventwire.actors.names import normalise
from eventwire.actors.phrases import (
    BORDER_CONFIDENCE,
    apposition_titles,
    is_subject,
    names_border,
    place_actors,
)
from eventwire.actors.sectors import (
    bare_sectors,
    named_org_after,
    sector_after,
    sector_before,
)
from eventwire.model import Actor, Mention

#: Forms of address inside a PERSON name, not given names ("Mr Kamara").
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "madam", "dame", "sir", "lord",
                         "lady"})


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


def _title_before(doc: Doc, i: int, by_end: dict[int, Match]) -> tuple[int, str, str | None, str | None]:
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
    while j > 0 and doc[j - 1].lower_ in TITLE_WORDS:
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
    given = [t.text for t in doc[j:s] if t.lower_ not in TITLE_WORDS and t.lower_ not in _HONORIFICS
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
    matches = find_matches(doc, kb, skipped, shared, article, text)
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
    cands[:] = apposition_titles(doc, cands, kb, TITLE_WORDS, lambda title: _title_sector(title, kb))
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


def _residence(doc: Doc, matches: list[Match], idx: int) -> str | None:
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


def _place_after(doc: Doc, end: int, by_start: dict[int, Match]) -> str | None:
    """The country of an "in/of [the] [adjective] <country>" phrase right after ``end``, if any."""
    if end >= len(doc) or doc[end].lower_ not in ("in", "of"):
        return None
    j = end + 1
    while j < len(doc) and j - end <= 3 and (doc[j].lower_ == "the" or doc[j].pos_ == "ADJ"
                                              or doc[j].lower_ in ("north", "south", "east", "west")):
        j += 1
    m = by_start.get(j)
    return m.entry.key if m is not None and m.entry.kind == "country" else None


def _via(doc: Doc, m: Match, kb: KnowledgeBase) -> str:
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


def _sector_after_coordination(doc: Doc, matches: list[Match], idx: int,
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
