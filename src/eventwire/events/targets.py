"""Where the other party hides when it is not the object: owners, topics, places, causes.

The extractor reads subjects and objects; news often names the receiving (or acting) side
elsewhere.  Each function here reads one such construction and returns parties, or nothing:

- the owner or author of a thing object ("rejected a request *from Ecuador*") and the addressee
  inside a governed clause (``deeper_targets``), but never a place that only locates the thing
  ("a target *southwest of* Baghdad", ``only_locates``);
- the topic of a complaint rather than its addressee ("complained *to the UN* over *Russian* air
  strikes": Russia is accused, the UN only hears it) (``topic_targets``);
- an object pushed behind a predicative "as" phrase ("denounced as a provocation *Azerbaijan's*
  blockade") (``displaced_targets``);
- the attacker named only as the modifier of an event noun in a passive clause ("were killed in
  *Indian* shelling") (``cause_agent``);
- whom a demand, threat or show of force is about (``requested_agents``, ``condition_subjects``,
  ``protected_parties``), the side across a border or where the source's own thing is
  (``beyond_self``), the host of a gathering abroad (``host_parties``) and what a launched weapon is
  aimed at (``aimed_parties``).

Who protests and against whom is read by events/protest_parties.py, on top of the helpers here.
The parser often misattaches a demonym before a verbal noun ("Indian/nsubj shelling/pcomp"), so
modifier readers look at the words between a preposition and its event word, not only at the tree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from ..model import Mention
from .arguments import (
    ADVERB_PARTICLES, MentionIndex, Party, argument_mentions, object_heads, owner_mentions, parties_each, party_of,
    phrase_mentions, stranded_objects, subject_heads,
)

#: Tells whether a word names an event (a lexicon verb or noun); passed in to keep this module lexicon-free.
IsEvent = Callable[[Token], bool]

#: Prepositions inside an object phrase that name whom the act is aimed at or whose thing it is
#: ("rejected a call *by* Annan", "cut off electricity *to* Nakhichevan", "restrictions *against* German goods").
DEEP_PREPS = frozenset({"to", "for", "with", "against", "on", "by", "from", "toward", "towards", "into", "between",
                        "among"})
#: Prepositions that introduce what a complaint or protest is about.
TOPIC_PREPS = frozenset({"over", "about", "at", "against", "regarding", "concerning"})
#: Prepositions of a passive clause that can introduce the event that did it ("killed *in* an air strike").
CAUSE_PREPS = frozenset({"in", "during", "by"})
#: How many words may separate a preposition from the event word its modifiers belong to.
MODIFIER_WINDOW = 5


def same_as_source(p: Party, source: Party | None) -> bool:
    """Is this party (a subset of) the source?  An actor acting on itself is almost always a misreading."""
    return source is not None and {a.key for a in p.actors} <= {a.key for a in source.actors}


def pobjs(prep: Token) -> list[Token]:
    """A preposition's objects, or the one the parser stranded ("ties *with and* opened an embassy in
    Tehran")."""
    return [g for g in prep.children if g.dep_ == "pobj"] or stranded_objects(prep)


def modifier_mentions(prep: Token, index: MentionIndex, is_event: IsEvent) -> list:
    """Resolved mentions among the words between a preposition and the first event word after it
    ("over *Russian* air strikes", "in *Israeli* tank shelling", "about *Indian* shelling")."""
    doc = prep.doc
    end = min(len(doc), prep.i + 1 + MODIFIER_WINDOW, prep.sent.end)
    for j in range(prep.i + 1, end):
        tok = doc[j]
        if tok.is_punct or tok.pos_ in ("ADP", "VERB", "AUX") and not is_event(tok):
            return []
        if is_event(tok) and tok.pos_ in ("NOUN", "VERB", "PROPN"):
            found = []
            for k in range(prep.i + 1, j):
                m = index.at(doc[k])
                if m is not None and m.resolved and m not in found:
                    found.append(m)
            return found
    return []


def owner_or_modifier(prep: Token, index: MentionIndex, is_event: IsEvent) -> list:
    """Whose thing a prepositional object is: its possessor or demonym, read from the tree, else from
    the words before its event word."""
    found = [m for g in pobjs(prep) for m in owner_mentions(g, index)]
    return found or modifier_mentions(prep, index, is_event)


def deeper_targets(verb: Token, source: Party | None, index: MentionIndex, depth: int = 0) -> list[Party]:
    """When the object is a thing, the target is often inside it (its owner, author or addressee),
    or, for verbs whose object is a clause ("threatened to break relations with Russia"), in that clause.
    A joint subject ("the two are holding talks on the sidelines of the summit") already names the
    parties of a mutual act, so the search stops there."""
    if source is not None and len(source.actors) > 1:
        return []
    found: list = []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")] + _left_via_out(verb)
    for obj in objects:
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in DEEP_PREPS:
                found += [m for g in pobjs(c) for m in phrase_mentions(g, index)]
        if not found:
            found += _content_parties(obj, index)
    # on the verb itself "from" names a source ("aid from Japan"), except in a governed clause
    # ("threatened to ban imports *from Ukraine*")
    verb_preps = DEEP_PREPS - ({"by", "from"} if depth == 0 else {"by"})
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in verb_preps:
            things = pobjs(c)
            found += argument_mentions(things, index)
            if not any(m.resolved for m in found):
                objects += things  # "broke *into* the servers of an Albanian ministry"
    found = [m for m in found if not only_locates(m, verb.doc)]  # "a target *southwest of Baghdad*"
    if source is not None and not any(m.resolved for m in found):
        # a last resort, only for a known doer: "seized parts of Syria" by nobody named is too thin
        found += [m for obj in objects for m in thing_owners(obj, index) if not only_locates(m, verb.doc)]
    parties = [p for p in parties_each(found) if not same_as_source(p, source)]
    if parties or depth >= 2:
        return parties
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i > verb.i:
            own = object_heads(c, ("to", "with", "against", "on", "for"))
            parties = [p for p in parties_each(argument_mentions(own, index)) if not same_as_source(p, source)]
            if not parties:
                parties = deeper_targets(c, source, index, depth + 1)
            if parties:
                return parties
    if depth == 0 and verb.lemma_.lower() in SENDING_VERBS:
        return helped_parties(verb, source, index)
    return []


#: Words that place a thing relative to somewhere else: "a camp *west of* Mogadishu", "*on the
#: outskirts of* Damascus".  The place after their "of" only locates the thing.
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
    "outskirts", "outskirt", "edge", "edges", "vicinity", "environs", "suburbs", "periphery",
})
#: Prepositions of nearness whose object is where something is, not whom it belongs to ("*near* Baidoa").
PROXIMITY_PREPS = frozenset({"near", "outside", "nearby"})
#: Words after which "to" measures distance ("*close to* Kharkiv", "*next to* the airport").
NEARNESS_WORDS = frozenset({"close", "near", "next", "adjacent", "closer"})


def mention_root(m: Mention, doc: Doc) -> Token | None:
    """The word through which a mention hangs in the sentence: its syntactic head, not a leading
    article ("*the* Tokyo" hangs through "Tokyo")."""
    outer = [doc[i] for i in range(m.start, m.end) if not m.start <= doc[i].head.i < m.end]
    return next((t for t in outer if t.pos_ != "DET"), outer[0] if outer else None)


def only_locates(m: Mention, doc: Doc) -> bool:
    """Is the mention a place reached through a direction or proximity phrase ("southwest *of* Baghdad",
    "*near* Baidoa", "*close to* Kabul", "on the outskirts *of* Tripoli")?  Such a place says where a
    thing is; it is never a party to the act on the thing (the place still locates the event)."""
    head = mention_root(m, doc)
    if head is None or head.dep_ != "pobj":
        return False
    prep = head.head
    low = prep.lower_
    if low in PROXIMITY_PREPS:
        return True
    if low == "of":
        return prep.head.lemma_.lower() in DIRECTION_WORDS or prep.head.lower_ in DIRECTION_WORDS
    return low in ("to", "from") and prep.head.lower_ in NEARNESS_WORDS


#: Verbs of sending people or goods somewhere; their purpose clause can name whom they are for.
SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "deploy", "fly", "rush", "airlift", "deliver"})
#: Prepositions that place what a purpose clause is about ("the outbreak *in* Malawi").
PLACE_PREPS = frozenset({"in", "inside"})


def helped_parties(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """Whom a team or supplies sent *to help* are for, when the verb names no recipient: the helped
    party itself ("sent experts *to help Turkey*") or the place the help is needed ("sent a team to
    help identify the victims of the ferry disaster *in Tanzania*", "to help fight the outbreak *in
    Malawi*").  Only a helping purpose counts: "sent a team to investigate X" is no help to X."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.i < verb.i or c.lemma_.lower() not in PROTECTIVE_VERBS:
            continue
        found = [m for m in argument_mentions(object_heads(c, ("to", "with", "for")), index) if m.resolved]
        if not found:
            # the subtree of one purpose clause is short; its places are pobjs of "in"
            # (the tagger takes an unfamiliar country for a person: "in Malawi"/PERSON; the mention says)
            found = [m for t in c.subtree if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS
                     for m in [index.at(t)] if m is not None and m.resolved and _place_mention(m)]
        parties = [p for p in parties_each(found) if not same_as_source(p, source)]
        if parties:
            return parties
    return []


def _place_mention(m) -> bool:
    """Does a mention name a country or a place in one (no office, group or organisation)?"""
    return all(a.country and not a.org and not a.sector for a in m.actors)


def thing_owners(thing: Token, index: MentionIndex) -> list:
    """Whose a thing is when an "of" phrase says so: "hacked the servers *of an Albanian ministry*",
    "covered the costs *of Ukraine's* repairs", "raided villages *of Burkina Faso*".  The act on the
    thing is aimed at its owner.  Only resolved mentions count, and only when the thing's own words
    name no one (the caller's last resort)."""
    return [m for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in pobjs(c) for m in phrase_mentions(g, index)]


def _left_via_out(verb: Token) -> list[Token]:
    """What is left in "backed *out of* a deal with China", "pulled out of talks with Kyiv": the parser
    hangs the "of" phrase on the particle, so the thing is not among the verb's objects."""
    return [g for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in pobjs(p)]


#: Gatherings whose "of" phrase names who takes part ("a meeting *of Palestinian factions*").
GATHERING_NOUNS = frozenset({"meeting", "summit", "conference", "talk", "gathering", "session", "forum", "round",
                             "dialogue", "negotiation", "consultation"})


def _content_parties(thing: Token, index: MentionIndex) -> list:
    """The other side named inside what a thing object proposes: "rejected an invitation *to attend a
    meeting of Sudanese factions*" (who meets), "an offer *to hold talks with Kyiv*" (with whom).
    Only a gathering's "of" phrase counts: "a plan to seize the assets *of* X" names an owner."""
    found: list = []
    for clause in (c for c in thing.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")):
        for obj in object_heads(clause, ("with", "to")):
            if obj.dep_ == "pobj":
                found += [m for m in argument_mentions([obj], index) if m.resolved]
            elif obj.lemma_.lower() in GATHERING_NOUNS:
                preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ in DEEP_PREPS | {"of"}]
                found += [m for p in preps for g in pobjs(p) for m in argument_mentions([g], index) if m.resolved]
    return found


def topic_targets(verb: Token, source: Party | None, index: MentionIndex, is_event: IsEvent) -> list[Party]:
    """The side whose act a complaint is about ("complained to NATO *over Belarusian* violations").
    Only when the verb has no direct object: "criticized Washington over the visit" names its target."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    found: list = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS:
            found += owner_or_modifier(c, index, is_event)
    return [p for p in parties_each(found) if not same_as_source(p, source)]


def displaced_targets(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """An object moved behind a predicative "as" phrase: "rejected as unfounded *Croatia's* claims",
    "denounced as a provocation *Azerbaijan's* blockade" (the parser makes it the "as" object or its
    apposition)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    found: list = []
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in pobjs(c):
                found += owner_mentions(g, index)
                for a in g.children:
                    if a.dep_ == "appos":
                        found += owner_mentions(a, index)
    return [p for p in parties_each(found) if not same_as_source(p, source)]


def cause_agent(verb: Token, index: MentionIndex, is_event: IsEvent) -> Party | None:
    """The attacker of a passive clause named as the modifier of the event that did it: "two civilians
    were wounded in *Russian* shelling", "a soldier was killed in a *Turkish* drone strike"."""
    for c in verb.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in CAUSE_PREPS:
            ms = modifier_mentions(c, index, is_event)
            if not ms:
                ms = [m for g in pobjs(c) if is_event(g) for m in owner_mentions(g, index)]
            if ms:
                return party_of(ms)
    return None


#: Event nouns whose "of" phrase is who must act ("demanded the *withdrawal of Serbian forces* from Bosnia").
DEPARTURE_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "departure", "resignation", "removal", "ouster",
                             "expulsion", "retreat", "evacuation", "disarmament", "surrender"})


def requested_agents(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """Whom a demand is addressed to when it names an act rather than an addressee: the actors who
    are to withdraw, resign or leave, not the place they are to leave."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in pobjs(c)]
    found: list = []
    for n in nouns:
        if n.lemma_.lower() not in DEPARTURE_NOUNS:
            continue
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                found += [m for m in argument_mentions(pobjs(c), index) if m.resolved]
    return [p for p in parties_each(found) if not same_as_source(p, source)]


def located_thing(verb: Token, objects: Sequence[Token]) -> bool:
    """Is a thing object placed somewhere named ("bombed targets *near Damascus*", "struck a depot *in
    Hodeidah*")?  Attacks on buildings and positions in a place are attacks on that place."""
    for h in [verb, *objects]:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside", "around", "across", "inside") \
                    and any(t.ent_type_ in ("GPE", "LOC", "FAC") for g in pobjs(c) for t in g.subtree):
                return True
    return False


#: Purpose verbs that put armed force at someone's service ("send troops *to help defend* Bolivia").
PROTECTIVE_VERBS = frozenset({"help", "defend", "protect", "support", "assist", "secure", "guard", "aid",
                              "reinforce", "bolster", "shield", "back"})


def protected_parties(verb: Token, source: Party | None, index: MentionIndex, depth: int = 0) -> list[Party]:
    """Whom a show of force is meant to help: "ready to send troops *to help defend Bolivia*".  Forces
    offered for someone are a cooperative offer, not a threat; returns [] when the purpose is not
    protective or names nobody."""
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or c.i < verb.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if depth == 0 and c.lemma_.lower() not in PROTECTIVE_VERBS:
            continue
        parties = [p for p in parties_each(argument_mentions(object_heads(c, ("to", "with")), index))
                   if not same_as_source(p, source)]
        if not parties and depth < 2:
            parties = protected_parties(c, source, index, depth + 1)
        if parties:
            return parties
    return []


#: Nouns of a dividing line whose "with" phrase names the other side ("the border *with Kosovo*").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def border_targets(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """The party across a border the act is at: "pulled back from the border *with Kosovo*", "kept
    forces on alert near the frontier *with India*".  Looks two prepositional phrases deep."""
    found: list = []
    frontier = [c for c in verb.children if c.dep_ == "prep"]
    # "pulled back *from* the border ...", "massed tanks *near* its frontier ..."
    frontier += [p for c in verb.children if (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES) or c.dep_ == "dobj"
                 for p in c.children if p.dep_ == "prep"]
    for _ in range(2):
        nxt = []
        for prep in frontier:
            for g in pobjs(prep):
                if g.lemma_.lower() in BORDER_NOUNS:
                    found += [m for c in g.children if c.dep_ == "prep" and c.lower_ == "with"
                              for m in argument_mentions(pobjs(c), index)]
                nxt += [c for c in g.children if c.dep_ == "prep"]
            nxt += [c for c in prep.children if c.dep_ == "prep"]
        frontier = nxt
    return [p for p in parties_each(found) if not same_as_source(p, source)]


#: Words for a country's representative abroad.
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "emissary", "charge", "consul", "representative",
                         "attache", "attaché", "mission", "delegation"})
#: Adverbs that send someone back where they came from ("called its envoy *back*", "summoned him *home*").
HOMEWARD = frozenset({"home", "back"})


def owned_thing_place(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """The source's own thing somewhere else: "froze *its* aid programmes *in Myanmar*", "closed *its*
    embassy *in Kabul*", "recalled *its* ambassador *to Togo*".  The owner is the source; the place the
    thing is in names the other side."""
    found: list = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        owners = [m for m in owner_mentions(obj, index)]
        if not owners or not all(same_as_source(p, source) for p in parties_each(owners)):
            continue
        # the parser hangs "to Togo" on the verb as often as on the thing; an envoy called home is
        # called back *from* the host ("summoned its ambassador home from Minsk")
        preps = ("in", "inside", "to", "at") + (("from",) if obj.lemma_.lower() in ENVOY_NOUNS else ())
        homeward = [p for c in verb.children if c.dep_ == "advmod" and c.lower_ in HOMEWARD
                    for p in c.children]
        for c in [*obj.children, *verb.children, *homeward]:
            if c.dep_ == "prep" and c.lower_ in preps:
                found += [m for m in argument_mentions(pobjs(c), index) if m.resolved]
    return [p for p in parties_each(found) if not same_as_source(p, source)]


def condition_subjects(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """A threat is aimed at whoever must act to avert it: "threatened to stop the talks *if the
    United States* deploys the missiles"."""
    for clause in [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]:
        for c in clause.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "until")
                                         for m in c.children):
                subj, _ = subject_heads(c)
                parties = [p for p in parties_each(argument_mentions(subj, index)) if not same_as_source(p, source)]
                if parties:
                    return parties
    return []


def beyond_self(verb: Token, source: Party | None, targets: list[Party], index: MentionIndex) -> list[Party]:
    """When the only object is the source's own ("deployed soldiers to *its* border with Ecuador",
    "recalled *its* ambassador to Togo"), the other side is across the border or where the thing is."""
    if not targets or not all(same_as_source(t, source) for t in targets):
        return targets
    return border_targets(verb, source, index) or owned_thing_place(verb, source, index) \
        or owned_thing_addressee(verb, source, index) or targets


#: Prepositions of the source's own thing that name whom it is for ("*its* funding *of* the WHO",
#: "*its* support *for* Kyiv", "*its* offer *to* Iran").
OWNED_THING_PREPS = frozenset({"to", "with", "toward", "towards", "of", "for"})


def owned_thing_addressee(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """Whom the source's own promise or offer was made to: "reneged on *its* commitment *to Nigerian
    teachers*", "withdrew *its* offer *to Iran*".  The owner is the source; the "to"/"with" phrase
    of the thing names the other side."""
    things = object_heads(verb, ("on", "of", "from"))
    found: list = []
    for obj in things:
        owners = owner_mentions(obj, index)
        if not owners or not all(same_as_source(p, source) for p in parties_each(owners)):
            continue
        found += [m for c in obj.children if c.dep_ == "prep" and c.lower_ in OWNED_THING_PREPS
                  for m in argument_mentions(pobjs(c), index) if m.resolved]
    return [p for p in parties_each(found) if not same_as_source(p, source)]


#: Prepositions that place a gathering ("a summit *in* Egypt", "talks *at* the Kremlin").
VENUE_PREPS = frozenset({"in", "at"})
#: Entity labels of a venue named by its place.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def host_parties(trigger: Token, anchor: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """The host of a gathering a lone visitor goes to abroad: "the Kenyan president attended a summit
    *in Switzerland*", "held talks *in Moscow*".  PLOVER codes attending a meeting hosted by another
    country as a visit, the host its recipient.  Only a visitor of one country (no organisation) and
    a venue of another country count: "Macron attended a conference in Lyon" has no foreign host."""
    if source is None or any(a.org for a in source.actors):
        return []
    home = {a.country for a in source.actors}
    if len(home) != 1 or None in home:
        return []
    heads = [trigger] + ([anchor] if anchor.i != trigger.i else [])
    found: list = []
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in VENUE_PREPS:
                continue
            for g in (g for g in c.children if g.dep_ == "pobj" and g.ent_type_ in PLACE_ENTS):
                m = index.at(g)
                if m is not None and m.resolved and all(a.country and not a.org for a in m.actors):
                    found.append(m)
    parties = [p for p in parties_each(found) if {a.country for a in p.actors}.isdisjoint(home)]
    return parties[:1]


def aimed_parties(anchor: Token, trigger: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """Whom a weapon launched by a light verb is aimed at: "launched drones *at* Russian airfields",
    "fired rockets *at* Israeli towns".  A verbal attack reads its "at" phrase itself; an event noun
    carried by "launch"/"fire" leaves the phrase on the verb (or on the noun)."""
    found = [m for h in (anchor, trigger) for c in h.children if c.dep_ == "prep" and c.lower_ == "at"
             for m in argument_mentions(pobjs(c), index) if m.resolved]
    return [p for p in parties_each(found) if not same_as_source(p, source)]
