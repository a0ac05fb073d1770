"""Which sense of an event word its surrounding words select, and which words are no events at all.

A verb is refined by the words attached to it (``verb_particles``): "walked *out of* the talks",
"*test*-fired", "re-*imposed*", "pulled *out of* the ICC" (leaving a body is SANCTION, leaving a
place RETREAT).  An event noun carried by a light verb is read in ``light_nouns``, which asks this
module for the noun's own sense (``noun_sense``).  This module also tells a participle or adjective
used as a noun ("evacuated *the wounded*", "treated *the injured*") from an event word: such a word
names people, not an act.

Violence and protest senses that hang on the words around the verb live here too: a capitalised month
that dates something is no protest march (``is_month``), the weapon fired keys the sense over an "at"
phrase (``weapon_sense``), stopping a protest is coercion (``suppressed_protest``), and foiling an
attempt is no refusal (``foiled_attempt``; the attempted attack itself is coded in ``violence``).  What
a crowd's acts are and when a protest is a complaint (``crowd_sense``, ``verbal_protest``) live in
``crowds``, which this module applies.

``verb_entry`` and ``noun_entry`` are the gates every rule asks "is this word an event trigger, and in
which sense?": the part-of-speech checks in front of ``verb_sense`` and ``noun_sense``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .arguments import ADVERB_PARTICLES, MentionIndex
from .crowds import crowd_sense, crowd_subject, verbal_protest
from .lexicon import LexEntry, Lexicon
from .protest_parties import STATE_VERBS

#: Prepositions that aim a hostile act at someone ("strikes *on* Kyiv", "a strike *against* the PKK").
AIM_PREPS = frozenset({"on", "against", "at", "targeting"})
#: Sectors of actors whose "strike" is an attack, not a walkout.
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SPY", "GOV", "COP", "UAF"})
#: Hostile event types: the sense a peaceful light-verb reading must give way to when the act is aimed.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})
#: Entity types of prepositional objects that only date or place the act ("a strike *on Monday*").
NOT_AIMED_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def verb_particles(tok: Token) -> list[str]:
    """Words that can change a verb's sense: particle, prepositions, and the heads of its objects
    ("pull *back*", "call *for*", "join *forces*", "take to the *streets*")."""
    out: list[str] = []
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    for c in tok.children:
        if c.dep_ in ("ccomp", "oprd", "dobj") and c.lower_ == "persona":
            out.append("grata")  # the parser makes "persona (non grata)" a clause or the object itself
        elif c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES:
            out.append(c.lower_)  # the parser often reads "walked *out*", "pulled *back*" as adverbs
            out.extend(_nested_objects(c))  # "walked out *of the talks*"
        elif c.dep_ == "advmod" and c.lower_ == "together":
            out.append("together")  # "worked *together* on a plan"
        elif c.dep_ in ("prt", "prep", "agent"):
            out.append(c.lower_)
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(g.lemma_.lower())
                    out.extend(_graded(g))  # "placed its army on the highest *state of combat readiness*"
            if c.lower_ in ADVERB_PARTICLES:
                out.extend(_nested_objects(c))  # "out *of the talks*": "of" hangs on "out"
        elif c.dep_ in PREDICATIVE_DEPS and c.pos_ == "ADJ":
            out.append(c.lemma_.lower())  # "found the doctor *guilty*"
        elif c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and passive):
            # the passive subject is the object the sense hangs on ("the ban *was overturned*")
            out.extend(a.lemma_.lower() for a in c.children if a.dep_ == "amod" and a.i > c.i)  # "X *guilty*"
            out.append(c.lemma_.lower())
            out.extend(_graded(c))  # "raised the *alert* level"
            if c.like_num or c.lemma_.lower() in QUANTITY_NOUNS:  # "sent *thousands of soldiers*"
                out.extend(g.lemma_.lower() for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj")
            if (inner := counted_noun(c)) is not c:  # "froze *billions in funds*"
                out.append(inner.lemma_.lower())
            if c.lemma_.lower() in FRAME_NOUNS:  # "halted its *mediation* efforts", "cut *water* supplies"
                mods = [g for g in c.children if g.dep_ in ("compound", "nmod")]
                out.extend(m.lemma_.lower() for g in mods for m in [g, *g.conjuncts])
    if travel_trips(tok):
        out.append("travel")  # "warned against a trip", "advised its nationals against travelling"
    return out


#: Words for going somewhere: advising or warning against them is a travel warning, which PLOVER
#: codes as reduced relations with the destination (CAMEO 160), not a request to one's own citizens.
TRAVEL_WORDS = frozenset({"travel", "trip", "visit", "journey"})


def _trips(against: Token) -> list[Token]:
    """Travel words an "against" phrase names ("against all travel", "against travelling")."""
    return [g for g in against.children if g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() in TRAVEL_WORDS]


def _against_trips(tok: Token) -> list[Token]:
    """Travel words in an "against" phrase under ``tok``."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "against" for g in _trips(c)]


def travel_trips(verb: Token) -> list[Token]:
    """The travel words a warning is against, on the verb or on its object ("warned its citizens
    *against travelling* to Niger": the parser hangs the phrase on either).  Asked of every verb
    (``verb_particles``), so the verb's children are read once."""
    own: list[Token] = []
    objs: list[Token] = []
    for c in verb.children:
        if c.dep_ == "prep":
            if c.lower_ == "against":
                own.extend(_trips(c))
        elif c.dep_ == "dobj":
            objs.extend(_against_trips(c))
    return own + objs


#: Nouns that only grade a state named by their modifier or "of" phrase ("the *alert* level", "a state
#: *of readiness*", "a war *footing*"): the state is the word the verb's sense hangs on.
GRADE_NOUNS = frozenset({"level", "state", "status"})


def _graded(noun: Token) -> list[str]:
    if noun.lemma_.lower() not in GRADE_NOUNS:
        return []
    out = [m.lemma_.lower() for m in noun.children if m.dep_ in ("compound", "amod") and m.i < noun.i]
    out.extend(g.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj")
    return out


#: Dependencies of an adjective that completes the verb's sense ("found X *guilty*", "declared it *illegal*").
PREDICATIVE_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp"})


def _nested_objects(particle: Token) -> list[str]:
    """Objects of a preposition hung on a particle ("walked out *of the talks*")."""
    return [g.lemma_.lower() for p in particle.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]


#: Object heads that only count what the verb acts on ("thousands *of soldiers*").
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "number", "batch", "contingent", "wave"})
#: Heads that count what a light verb carries ("waves *of drones*", "a barrage *of missiles*").
VOLLEY_NOUNS = frozenset({"wave", "barrage", "volley", "salvo", "swarm"})
#: Heads that price it ("50 million euros *in aid*", "$3 billion *in loans*").
MONEY_NOUNS = frozenset({"euro", "dollar", "pound", "yuan", "yen", "rupee", "franc", "ruble", "rouble", "riyal",
                         "dirham", "million", "billion", "trillion"})


def counted_noun(noun: Token) -> Token:
    """The event noun behind a count or a sum ("waves of *drones*", "50 million euros in *aid*"), else the noun."""
    lemma = noun.lemma_.lower()
    preps = ("of",) * (lemma in QUANTITY_NOUNS or lemma in VOLLEY_NOUNS) + \
        ("in",) * (lemma in MONEY_NOUNS or noun.ent_type_ == "MONEY")  # "$2 million *in* aid"
    inner = [g for prep in preps for p in noun.children if p.dep_ == "prep" and p.lower_ == prep
             for g in p.children if g.dep_ == "pobj"]
    return inner[0] if inner else noun


#: Object nouns that only frame an activity named by their compound modifier.
FRAME_NOUNS = frozenset({"effort", "programme", "program", "process", "mission", "activity", "operation",
                         "project", "initiative", "payment", "role", "supply", "service"})


def noun_modifiers(tok: Token) -> list[str]:
    """Modifiers that can change an event noun's sense ("*hunger* strike", "*air* strike"), and
    "joint" hung on a compound ("*joint* coast guard drills": the parser attaches it to "guard")."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    return [c.lemma_.lower() for c in mods] + [g.lower_ for c in mods if c.dep_ == "compound"
                                               for g in c.children if g.lower_ in JOINT_MODIFIERS]


#: Modifiers that make a drill, patrol or operation shared by its parties.
JOINT_MODIFIERS = frozenset({"joint", "combined", "coordinated", "bilateral", "trilateral"})


def nominalised_people(tok: Token) -> bool:
    """"the wounded", "the injured", "the dead": a participle or adjective after a determiner with no
    noun of its own names the people it describes, not the act."""
    if tok.tag_ not in ("VBN", "JJ", "VBD") and tok.pos_ not in ("ADJ",):
        return False
    if tok.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "conj"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "their", "its", "his", "her") for c in tok.children)


# --- senses chosen by the words around a trigger -------------------------------------------------

#: Prefixes the tokenizer splits off at a hyphen ("re-established" is "re", "-", "established").
HYPHEN_PREFIXES = frozenset({"re", "co", "counter"})
#: Heads of a "from"/"of"/object phrase that name a body or an agreement one can leave.
BODY_NOUNS = frozenset({"treaty", "pact", "accord", "agreement", "alliance", "bloc", "organization", "organisation",
                        "union", "convention", "court", "council", "community", "league", "coalition", "deal",
                        "commission", "federation", "protocol", "charter", "partnership", "grouping"})
#: Prepositions that name what is left ("withdrew *from* ECOWAS", "pulled out *of* the ICC").
EXIT_PREPS = frozenset({"from", "of"})
#: Particle verbs that only add aspect to the event noun they carry ("stepped up attacks").
ASPECT_PARTICLES = frozenset({("step", "up"), ("speed", "up"), ("scale", "up"), ("ramp", "up"), ("carry", "out")})


def _hyphen_modifiers(tok: Token) -> list[str]:
    """Words joined to the verb by a hyphen ("*test*-fired", "*test*-launched"): the parser attaches
    them as npadvmod/compound, but they decide the sense as much as a particle does."""
    doc = tok.doc
    return [c.lemma_.lower() for c in tok.children
            if c.i == tok.i - 2 and doc[tok.i - 1].text == "-" and not c.whitespace_ and not doc[tok.i - 1].whitespace_]


def _stems(word: Token) -> list[str]:
    """Candidate verb lemmas of the word after a split prefix (often mis-tagged as an adjective)."""
    low = word.lower_
    out = [word.lemma_.lower()]
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.append(low[: -len(suffix)] + repl)
    return out


def prefixed_word(tok: Token) -> Token | None:
    """The word after "re-" when ``tok`` is the split-off prefix ("*re*-imposed"), else None."""
    doc = tok.doc
    if tok.lower_ not in HYPHEN_PREFIXES or tok.i + 2 >= len(doc) or tok.whitespace_:
        return None
    hyphen, word = doc[tok.i + 1], doc[tok.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or not word.is_alpha:
        return None
    return word


def after_prefix(tok: Token) -> str | None:
    """The prefix when ``tok`` is the second half of a split prefixed word ("re-*opened*"), else None."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and prefixed_word(doc[tok.i - 2]) is not None:
        return doc[tok.i - 2].lower_
    return None


def _prefixed_entry(tok: Token, lex: Lexicon) -> LexEntry | None:
    """"re-established ties": the parser reads "re" as the verb; look the joined word up instead."""
    word = prefixed_word(tok)
    if word is None or word.pos_ in ("VERB", "AUX"):
        return None  # a verb second half carries the event itself (see ``verb_sense``)
    doc = tok.doc
    particles = verb_particles(tok) + verb_particles(doc[tok.i + 1]) + verb_particles(word)
    if word.dep_ in ("amod", "compound"):
        particles.append(word.head.lemma_.lower())  # "re-established(amod) relations"
    for stem in _stems(word):
        entry = lex.verb(tok.lower_ + stem, particles) or lex.verb(stem, particles)
        if entry is not None:
            return entry
    return None


def _is_body(tok: Token, index: MentionIndex | None) -> bool:
    """Does this phrase name an organisation or agreement (not a place or a force)?"""
    if tok.lemma_.lower() in BODY_NOUNS:
        return True
    if index is None:
        return False
    for t in tok.subtree:
        m = index.at(t)
        if m is not None and m.actors:
            return all(a.code.startswith("IGO") or a.sector == "IGO" for a in m.actors)
    return False


def _left_things(tok: Token) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in EXIT_PREPS:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "dobj" and tok.pos_ in ("VERB", "AUX"):
            out.append(c)
        elif c.dep_ in ("prt", "prep") and c.lower_ == "out":  # "pulled out of": "of" hangs on "out"
            out.extend(g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
    return out


def organisation_exit(tok: Token, entry: LexEntry, index: MentionIndex | None) -> LexEntry:
    """Leaving an organisation or agreement is SANCTION `withdraw` (PLOVER: "a country withdraws itself
    from an organization, treaty, or group"); leaving territory stays RETREAT."""
    if entry.type != "RETREAT" or entry.mode != "withdraw":
        return entry
    if not any(_is_body(t, index) for t in _left_things(tok)):
        return entry
    return replace(entry, type="SANCTION", mode="withdraw", cameo="161",
                   target_preps=tuple(dict.fromkeys(entry.target_preps + ("from", "of"))), object_is_target=True)


def verb_sense(tok: Token, lex: Lexicon, index: MentionIndex | None = None) -> LexEntry | None:
    """The sense of a verb trigger: the lexicon entry keyed by its particles and hyphenated modifiers,
    with a split "re-" prefix rejoined, and leaving a body told from leaving a place."""
    if ending_hostility(tok) or _non_event_object(tok):
        return None
    particles = verb_particles(tok) + _hyphen_modifiers(tok)
    prefix = after_prefix(tok)  # "re-*opened*": the joined word first ("reopen"), then the plain one
    entry = (prefix and lex.verb(prefix + tok.lemma_.lower(), particles)) or lex.verb(tok.lemma_.lower(), particles) \
        or _prefixed_entry(tok, lex) or lex.verb(tok.lemma_.lower(), complement_words(tok))
    if _joint_undertaking(tok, entry, index):
        entry = lex.verb("cooperate")  # "jointly built a bridge", "jointly investigated the ring"
        entry = replace(entry, reciprocal=True, object_is_target=False) if entry is not None else None
    if entry is not None and (_civil_mobilising(tok, entry) or _joining_people(tok, entry)):
        return None
    if entry is not None and (crowd := crowd_sense(entry, tok.lemma_.lower())) is not entry and crowd_subject(tok):
        entry = crowd  # the subject is read only for the few senses a crowd changes
    if foiled_attempt(tok):
        return None  # "an attempt to kill X was thwarted": the attempt is the event (see extractor)
    entry = suppressed_protest(tok, lex) or entry
    if entry is not None:
        entry = verbal_protest(weapon_sense(tok, entry, lex), tok, lex)
    return organisation_exit(tok, entry, index) if entry is not None else None


def weapon_sense(tok: Token, entry: LexEntry, lex: Lexicon) -> LexEntry:
    """"fired four *shell bombs* at targets", "fired *mortar rounds* at positions": the weapon fired is
    the verb's object, not its target, even when an "at" phrase keys a sense of its own.  The object
    head or any of its compounds ("*rocket* shells", "*cluster* bombs") that keys a weapon sense of the
    same type wins."""
    if entry.type not in HOSTILE_TYPES or not entry.object_is_target:
        return entry
    lemma = tok.lemma_.lower()
    best = None
    for d in tok.children:
        if d.dep_ != "dobj":
            continue
        for w in [d, *(c for c in d.children if c.dep_ == "compound")]:
            e = lex.verb(lemma, [w.lemma_.lower()])
            if e is not None and e.particle == w.lemma_.lower() and e.type == entry.type and not e.object_is_target \
                    and (best is None or e.weight > best.weight):
                best = e
    return best or entry


#: Nouns for an attack attempted or planned ("an *attempt* to assassinate", "a *plot* to kill").
ATTEMPT_NOUNS = frozenset({"attempt", "plot", "bid", "conspiracy", "try"})
#: Verbs that stop an attempt: stopping it is no refusal of anything (the attempt is the event).
FOILING_VERBS = frozenset({"thwart", "foil", "frustrate", "avert", "prevent", "stop", "uncover", "disrupt", "defeat"})


def foiled_attempt(tok: Token) -> bool:
    """"an attempt to assassinate the governor *was thwarted*", "police *foiled* a plot to kill ...":
    the foiling verb's object (or passive subject) is an attempt noun."""
    return tok.lemma_.lower() in FOILING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ATTEMPT_NOUNS for c in tok.children)


def attempt_noun(verb: Token) -> Token | None:
    """The attempt noun right before an infinitive ("an *attempt* to assassinate", "a *plot* to kill"),
    however the parser hangs the infinitive (on the noun, or on the verb governing it)."""
    if verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None  # asked of every verb: the cheap test first
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if aux is None or aux.i == 0:
        return None
    noun = verb.doc[aux.i - 1]
    if noun.lemma_.lower() not in ATTEMPT_NOUNS or noun.pos_ != "NOUN":
        return None
    return noun if verb.head.i in (noun.i, noun.head.i) else None


#: Verbs that stop, ban or break up a gathering: done to a protest they are repression (COERCE).
SUPPRESSING_VERBS = frozenset({"prevent", "stop", "block", "ban", "prohibit", "forbid", "disperse", "suppress",
                               "quell", "crush", "halt", "outlaw", "cancel", "obstruct", "foil", "thwart"})


def suppressed_protest(tok: Token, lex: Lexicon) -> LexEntry | None:
    """"Police prevented the demonstration staged by students", "authorities banned the rally":
    stopping a protest is coercion of the protesters (CAMEO 17x), not a refusal or a protest.  The
    protest noun is a thing; its owner ("by students") is the target."""
    lemma = tok.lemma_.lower()
    broke_up = lemma == "break" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
    if lemma not in SUPPRESSING_VERBS and not broke_up:
        return None
    # "stopped a march by activists": the parser sometimes reads the object as an npadvmod
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")]
    if not any((e := noun_sense(o, lex)) is not None and e.type == "PROTEST" for o in objs):
        return None
    base = lex.verb("quell") or lex.verb("disperse")
    return replace(base, object_is_target=False, target_preps=("by", "of")) if base is not None else None


#: Objects with which a verb means something that is no event at all: giving a speech is no aid,
#: releasing evidence frees nobody, an event that tests someone's resolve tests no weapon.  (Objects
#: that only change the event type are lexicon entries keyed by the object instead.)
NON_EVENT_OBJECTS: dict[str, frozenset[str]] = {
    "give": frozenset({"speech", "address", "lecture", "talk", "interview", "briefing", "testimony",
                       "account", "presentation", "sermon", "statement", "press", "reading"}),
    "release": frozenset({"evidence", "report", "data", "statement", "figure", "detail", "footage", "video",
                          "photo", "photograph", "image", "document", "finding", "result", "album", "book",
                          "film", "list", "record", "transcript", "recording", "memoir", "budget", "forecast"}),
    "test": frozenset({"vow", "resolve", "patience", "limit", "will", "commitment", "resilience", "strength",
                       "unity", "relationship", "tie", "loyalty", "credibility", "promise", "pledge", "nerve"}),
}


def _non_event_object(tok: Token) -> bool:
    """"gave a speech", "released evidence", "will test his vow": the verb's object (or, in the
    passive, its subject) names no person, weapon or thing the event could be done with."""
    nouns = NON_EVENT_OBJECTS.get(tok.lemma_.lower())
    if nouns is None:
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in nouns for o in objs)


#: Adverbs that make any act of a joint subject a shared undertaking (CAMEO 060).
JOINT_ADVERBS = frozenset({"jointly"})
#: Senses a shared undertaking replaces: acts on things or third parties nobody names ("jointly
#: investigated the smuggling ring", "jointly patrolled the coastline"); saying, meeting, agreeing
#: and giving keep their own sense ("jointly hosted the summit").
UNDERTAKING_TYPES = frozenset({"ACCUSE", "ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "COOPERATE"})


def _joint_undertaking(tok: Token, entry: LexEntry | None, index: MentionIndex | None) -> bool:
    """"Kenyan and Ugandan police *jointly* investigated the ring": an act done jointly is cooperation
    between its doers unless it is aimed at a party the sentence names ("jointly sanctioned Iran")."""
    if not any(c.dep_ == "advmod" and c.lower_ in JOINT_ADVERBS for c in tok.children):
        return False
    if entry is None:
        return True
    if entry.type not in UNDERTAKING_TYPES or index is None:
        return False
    aimed = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    aimed += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "into")
              for g in c.children if g.dep_ == "pobj"]
    own = {t.i for a in aimed for p in a.children if p.dep_ == "poss" for t in p.subtree}  # "*their* coastline"
    return not any(index.at(t) is not None for a in aimed for t in a.subtree if t.i not in own)


#: Objects that make "mobilize" rallying people or money, not armed force ("mobilized *volunteers*").
CIVIL_MOBILISED = frozenset({"support", "supporter", "volunteer", "group", "fund", "resource", "opinion", "voter",
                             "donor", "lobby", "community", "money", "aid", "relief", "public", "member"})


def _civil_mobilising(tok: Token, entry: LexEntry) -> bool:
    """"Mobilized pressure groups", "mobilised funds": a show of force needs forces; rallying
    civilians or money is no MOBILIZE (a purpose clause may still code what they are rallied for)."""
    if entry.type != "MOBILIZE" or entry.particle is not None:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    heads = objs + [g for o in objs for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in CIVIL_MOBILISED for h in heads)  # "thousands *of volunteers*"


#: People one can physically join on the ground ("arrived, *joining 12 observers*").
JOINED_PEOPLE = frozenset({"soldier", "troop", "observer", "peacekeeper", "volunteer", "colleague", "officer",
                           "worker", "recruit", "crew", "engineer", "comrade", "protester", "refugee"})


def _joining_people(tok: Token, entry: LexEntry) -> bool:
    """"Arrived in Sierra Leone, joining 12 observers": joining people already there is adding to
    their number, not cooperating with a party; joining a body, effort or another state is."""
    if entry.type != "COOPERATE" or entry.particle is not None or tok.lemma_.lower() != "join":
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    heads = objs + [g for o in objs for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return bool(heads) and all(h.lemma_.lower() in JOINED_PEOPLE or h.like_num
                               or h.lemma_.lower() in ("hundred", "thousand", "dozen")
                               for h in heads) and any(h.lemma_.lower() in JOINED_PEOPLE for h in heads)


#: States of hostility: ending one is a peace act (an AGREE when agreed), never a sanction.
HOSTILITY_NOUNS = frozenset({"dispute", "conflict", "war", "fighting", "hostility", "hostilities", "violence",
                             "standoff", "stand-off", "feud", "row", "crisis", "insurgency", "rebellion",
                             "bloodshed", "confrontation", "clash", "quarrel", "enmity", "rivalry"})


def ending_hostility(tok: Token) -> bool:
    """"Ending their long dispute", "to end the war": the lexicon's "end" is cutting ties or aid
    (SANCTION), but ending a conflict is making peace, which the agreement that does it carries."""
    return tok.lemma_.lower() == "end" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HOSTILITY_NOUNS for c in tok.children)


def complement_words(tok: Token) -> list[str]:
    """The verb of an infinitive complement and its object heads ("failed *to reach* an *agreement*").

    Tried only after the verb's own words found nothing, so it gives a sense to verbs that have none
    of their own ("fail" is no event, but failing to reach a deal is a mutual refusal) and never
    changes a verb the lexicon already knows."""
    out: list[str] = []
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            out.append(c.lemma_.lower())
            out.extend(g.lemma_.lower() for g in c.children if g.dep_ == "dobj")
    return out


#: Month names that are also event nouns ("a protest *march*").
MONTH_NOUNS = frozenset({"march"})
#: Words before a month name that date something ("signed *in* March", "*since* March", "*mid*-March").
MONTH_LEAD_WORDS = frozenset({"in", "since", "until", "till", "by", "from", "last", "next", "early", "late", "mid",
                              "during", "before", "after", "through", "throughout", "of", "this", "end"})


def is_month(tok: Token) -> bool:
    """"signed in March 2001", "on 15 March", "since early March": a capitalised month name with a day or
    year number, or after a dating word, is the month, not a protest march (the tagger does not always
    mark it DATE)."""
    if tok.lower_ not in MONTH_NOUNS or not tok.text[:1].isupper():
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.text == "-" and tok.i > 1:
        prev = doc[tok.i - 2]  # "mid-March"
    return (nxt is not None and nxt.like_num) \
        or (prev is not None and (prev.like_num or prev.lower_ in MONTH_LEAD_WORDS))


def noun_sense(tok: Token, lex: Lexicon, index: MentionIndex | None = None) -> LexEntry | None:
    """The sense of an event noun ("withdrawal *from the African Union*" is leaving a body).  Being
    "*on* strike" is a state only a walkout puts one in, so "on" after a state verb keys a sense too."""
    if tok.lemma_.lower() not in lex.noun_lemmas or is_month(tok):
        return None
    mods = noun_modifiers(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in STATE_VERBS:
        mods.append("on")
    entry = lex.noun(tok.lemma_.lower(), mods)
    return organisation_exit(tok, entry, index) if entry is not None else None


def particle_verb_wins(verb: Token, lex: Lexicon) -> bool:
    """"gave *up* their weapons", "handed *over* the town": a light verb with its own particle sense is
    that sense, not the light verb carrying its object noun ("gave weapons" would be aid).  Particles
    that only add aspect ("stepped *up* attacks") leave the noun its event."""
    parts = [c.lower_ for c in verb.children
             if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES)]
    lemma, hyphened = verb.lemma_.lower(), _hyphen_modifiers(verb)  # "*test*-launched a missile"
    if not (parts or hyphened) or any((lemma, p) in ASPECT_PARTICLES for p in parts):
        return False
    entry = lex.verb(lemma, verb_particles(verb) + hyphened)
    return entry is not None and entry.particle is not None


# --- is a word a trigger, and in which sense -------------------------------------------------------


def verb_entry(tok: Token, lex: Lexicon, index: MentionIndex | None = None) -> LexEntry | None:
    """The sense of ``tok`` as a verb trigger, or None: a verb (or an auxiliary other than "be")
    that does not name people ("the wounded") and whose sense the lexicon knows."""
    if tok.pos_ not in ("VERB",) and not (tok.pos_ == "AUX" and tok.lemma_ != "be"):
        return None
    if nominalised_people(tok):
        return None  # "evacuated the wounded": people, not an act
    return verb_sense(tok, lex, index)


def noun_entry(tok: Token, lex: Lexicon, index: MentionIndex | None = None) -> LexEntry | None:
    """The sense of ``tok`` as an event noun, or None: a noun that is no date ("in *March* 2019")
    and whose sense the lexicon knows."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("DATE", "TIME"):
        return None  # "in March 2019" is a month, not a protest march
    return noun_sense(tok, lex, index)
