"""Who protests and against whom, when the protest's own subject and object do not say.

A protest verb or noun often names neither side plainly.  Each function here reads one such
construction and returns parties, or nothing:

- what a protest is against, from a grievance frame ("*in protest at* India's policy", "*in defiance
  of* the Venezuelan government") or a purpose clause ("marched *to show their anger at* ...")
  (``grievance_targets``);
- partisans ("*opponents of* the Zambian government protested"): the protesters are people of that
  country and whom they oppose is the target, not the protester (``partisan_parties``);
- a nominal protest: the protesters of "be/go *on* hunger strike" or of the clause a protest is the
  background of, and what it is against (``noun_frame_parties``), or the jailer of a protest held in
  custody ("a hunger strike *in Israeli jails*") (``custody_parties``).

Split from events/targets.py, whose general helpers (``pobjs``, ``owner_or_modifier``,
``same_as_source``) it uses; this module adds nothing to them.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Actor
from .arguments import MentionIndex, Party, argument_mentions, owner_mentions, parties_each, party_of, subject_heads
from .targets import IsEvent, owner_or_modifier, pobjs, same_as_source

#: Nouns of a frame that says why a crowd acts ("in *protest* at", "in *defiance* of", "in *opposition* to").
GRIEVANCE_NOUNS = frozenset({"protest", "defiance", "opposition", "anger", "outrage", "solidarity", "response"})
#: Prepositions that tie a grievance to what it is against.
GRIEVANCE_PREPS = frozenset({"at", "against", "over", "of", "to", "about", "for", "with"})
#: Purpose verbs of a protest ("marched *to protest* against ...", "rallied *to denounce* ...").
GRIEVANCE_VERBS = frozenset({"protest", "show", "express", "voice", "denounce", "condemn", "oppose", "demand",
                             "decry", "criticise", "criticize", "demonstrate", "vent"})
#: Verbs that place their subject in a state named by an "on" phrase ("are *on* hunger strike").
STATE_VERBS = frozenset({"be", "go", "remain", "stay", "continue", "come"})
#: Frames that set a protest as the background of what a crowd did ("threw stones *during* demonstrations").
PROTEST_FRAME_PREPS = frozenset({"during", "amid", "in"})
#: Sectors of the side that polices a protest rather than joining it ("police fired tear gas during protests").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "UAF"})
#: Words for the side people take: "*opponents* of Maduro", "*supporters* of Imran Khan".  Their
#: "of" phrase (or possessor) names whom they are for or against, not who they are.
PARTISAN_NOUNS = {"opponent": "OPP", "critic": "OPP", "foe": "OPP", "detractor": "OPP", "adversary": "OPP",
                  "supporter": "CVL", "backer": "CVL", "loyalist": "CVL", "follower": "CVL", "sympathiser": "CVL",
                  "sympathizer": "CVL", "partisan": "CVL", "admirer": "CVL"}
#: Event types a crowd of partisans directs at the one it is for or against.
PARTISAN_TYPES = frozenset({"PROTEST"})
#: Places of detention: a protest held inside another country's prisons is aimed at that country.
CUSTODY_NOUNS = frozenset({"jail", "prison", "detention", "custody", "cell", "camp", "lockup", "gaol"})


def _grievance_of_frame(prep: Token, index: MentionIndex, is_event: IsEvent) -> list:
    """"in protest *against British* rules", "in defiance *of the Venezuelan* government"."""
    found: list = []
    for noun in pobjs(prep):
        if noun.lemma_.lower() not in GRIEVANCE_NOUNS:
            continue
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS:
                found += owner_or_modifier(c, index, is_event)
                found += [m for g in pobjs(c) for m in argument_mentions([g], index) if m.resolved]
    return found


def grievance_targets(verb: Token, source: Party | None, index: MentionIndex, is_event: IsEvent) -> list[Party]:
    """What a protest is against when the protest verb names no one: a frame ("in protest at ...",
    "in defiance of ...") or a purpose clause ("marched to show their anger *at India's* policy")."""
    found: list = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "as"):
            found += _grievance_of_frame(c, index, is_event)
        elif c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in GRIEVANCE_VERBS and c.i > verb.i:
            heads = [g for g in c.children if g.dep_ == "dobj"] + [c]
            for h in heads:
                for p in h.children:
                    if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS:
                        found += owner_or_modifier(p, index, is_event)
                        found += [m for g in pobjs(p) for m in argument_mentions([g], index) if m.resolved]
            found += [m for g in c.children if g.dep_ == "dobj" for m in owner_mentions(g, index)
                      if g.lemma_.lower() not in GRIEVANCE_NOUNS]
    return [p for p in parties_each(found) if not same_as_source(p, source)]


def _partisan_object(head: Token, index: MentionIndex) -> tuple[str, list] | None:
    """(sector, mentions of the one they side with or against) for a partisan subject head, or for
    a partisan noun counted by it ("hundreds *of critics* of the president")."""
    sector = PARTISAN_NOUNS.get(head.lemma_.lower())
    if sector is None:
        counted = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in pobjs(c)
                   if g.lemma_.lower() in PARTISAN_NOUNS]
        return _partisan_object(counted[0], index) if counted and head.i < counted[0].i else None
    found = [m for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
             for m in argument_mentions(pobjs(c), index) if m.resolved]
    found = found or [m for m in owner_mentions(head, index) if not m.start <= head.i < m.end]
    return (sector, found) if found else None


def partisan_parties(verb: Token, event_type: str, source: Party | None, targets: list[Party],
                     index: MentionIndex) -> tuple[Party | None, list[Party]]:
    """"Opponents of the Zambian government protested": the protesters are people of Zambia, and
    the government they oppose is whom the protest is aimed at.  Supporters rallying for someone
    aim at that someone too (the demonstration is about them).  The parser's subject is the
    partisan noun; left alone, the walk through its "of" phrase would make the leader the protester.
    """
    subj, passive = subject_heads(verb)
    if passive or len(subj) != 1:
        return source, targets
    found = _partisan_object(subj[0], index)
    if found is None:
        return source, targets
    sector, ms = found
    side = party_of(ms)
    if side is None:
        return source, targets
    countries = sorted({a.country for a in side.actors if a.country})
    if len(countries) == 1:
        people = Actor(text=subj[0].text, name=None, country=countries[0], sector=sector, code=countries[0] + sector)
        source = Party((people,), side.mentions)
    elif source is not None and same_as_source(source, side):
        source = None  # "supporters of NATO": whoever they are, they are not NATO
    if event_type in PARTISAN_TYPES and not targets:
        targets = [side]
    return source, targets


def _modified_noun(verb: Token) -> list[Token]:
    """The noun a subjectless clause hangs from when the parser reads a finite verb as a participle
    ("youths *resorted* to throwing stones" parsed as youths <-acl- resorted <- to <- throwing)."""
    v = verb
    for _ in range(4):
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
            return [v.head]
        if v.dep_ not in ("pcomp", "xcomp", "prep") or v.head.i == v.i:
            return []
        v = v.head
    return []


def _noun_word(tok: Token) -> bool:
    """Stand-in for the lexicon's event test where none is at hand: the head noun ends the modifiers."""
    return tok.pos_ == "NOUN"


def noun_frame_parties(noun: Token, event_type: str, source: Party | None, targets: list[Party],
                       index: MentionIndex, is_event: IsEvent | None = None) -> tuple[Party | None, list[Party]]:
    """The sides of a nominal protest that its own modifiers do not name.

    - The protesters: the subject of "be/remain/go *on* (hunger) strike", or of the clause a protest is
      the background of ("students threw stones *during* demonstrations against ..."), unless that
      subject is the state policing it.
    - What it is against: a grievance frame on the noun ("a hunger strike *in protest of* Israel's
      policy") or a purpose clause of the verb that carries it ("began a hunger strike *to demand* the
      resignation of the Algerian president").
    A protest whose protesters were found this way and that names no one else is aimed at their own
    country, as the pipeline does for verbal protests.
    """
    if event_type != "PROTEST":
        return source, targets
    is_event = is_event or _noun_word
    framed = False
    if source is None and noun.dep_ == "pobj":
        prep, verb = noun.head, noun.head.head
        state = prep.lower_ == "on" and verb.lemma_.lower() in STATE_VERBS
        if verb.pos_ in ("VERB", "AUX") and (state or prep.lower_ in PROTEST_FRAME_PREPS):
            subj, passive = subject_heads(verb)
            found = party_of(argument_mentions(subj or _modified_noun(verb), index)) if not passive else None
            if found is not None and not any(a.sector in STATE_SECTORS for a in found.actors):
                source, framed = found, True
    # the protesters as far as the clause names them, so that their own side is never what they protest
    doer = source or (party_of(argument_mentions(subject_heads(noun.head)[0], index))
                      if noun.head.pos_ in ("VERB", "AUX") else None)
    if not targets:
        found_ms: list = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "as"):
                found_ms += _grievance_of_frame(c, index, is_event)
        targets = [p for p in parties_each(found_ms) if not same_as_source(p, doer)]
        if not targets and noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "AUX"):
            targets = grievance_targets(noun.head, doer, index, is_event)
        if not targets and noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
            targets = grievance_targets(noun.head.head, doer, index, is_event)
    if not targets:
        targets = custody_parties(noun, doer, index)
    if framed and not targets and source is not None:
        countries = sorted({a.country for a in source.actors if a.country})
        if len(countries) == 1:
            home = Actor(text=countries[0], name=countries[0], country=countries[0], code=countries[0])
            targets = [Party((home,), source.mentions)]
    return source, targets


def custody_parties(noun: Token, doer: Party | None, index: MentionIndex) -> list[Party]:
    """The jailer of a protest held in custody: "a hunger strike *in Israeli jails*", "on hunger
    strike *in Iranian custody*".  The prisoners protest against whoever holds them."""
    found = [m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "inside")
             for g in pobjs(c) if g.lemma_.lower() in CUSTODY_NOUNS for m in owner_mentions(g, index)]
    return [p for p in parties_each(found) if not same_as_source(p, doer)]
