"""Adjunct clauses that do report an event.

The extractor treats a participle on a noun as that noun's content ("a resolution *condemning*
Eritrea") and an infinitive of purpose as a goal ("mobilized groups *to help* ..."), which is right
for most of them.  Two constructions go the other way:

* **People doing something.**  A present participle on a noun that names people is what those
  people are doing: "students *protesting* the fee increase", "police *dispersing* the crowd".  The
  noun is the participle's subject, not a document or plan whose content it would be.
* **Force used for a purpose.**  "Used tear gas *to disperse* the crowd", "opened fire *to disperse*
  marchers": a report of force used on a crowd reports the dispersal too (PLOVER codes the
  repression of a protest as COERCE).  Only coercive or violent purposes after a verb of using force
  count; "sent troops *to help*" stays a goal.

(Conditions not yet met — "vowed to fight *until Museveni resigns*" — are a matter of status:
``modality.unmet_condition``.)

An order to leave is an expulsion: "ordered two US diplomats *to leave the country*", "told the
ambassador to leave", "gave the envoy 48 hours to leave" (``ordered_out``) report what "expelled" does,
and the leaving they order is no act of its own.

One object changes what its verb reports: expelling *people* ("expelled an Australian economist",
"will expel the French journalists") is the coercion of individuals (CAMEO 174, COERCE deport),
while expelling diplomats, missions, inspectors or aid agencies, or expelling a member from a
group, reduces relations (CAMEO 166, SANCTION expel), as the CAMEO→PLOVER mapping splits them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .arguments import MentionIndex, names_someone, taken_step
from .lexicon import LexEntry, Lexicon
from .senses import verb_sense

#: Prepositions whose object phrase is what an act is about, not who did something.
REASON_PREPS = frozenset({"for", "over", "about", "regarding"})
#: Verbs that report force being used; their purpose clause is what the force did.
FORCE_VERBS = frozenset({"use", "employ", "fire", "open", "deploy", "wield", "throw", "lob"})
#: Objects that make "open"/"deploy" a use of force ("opened *fire*", "deployed *tear gas*").
FORCE_OBJECTS = frozenset({
    "fire", "gas", "teargas", "cannon", "cannons", "bullet", "bullets", "baton", "batons", "force", "grenade",
    "grenades", "shot", "shots", "round", "rounds", "weapon", "weapons", "truncheon", "truncheons", "club",
    "clubs", "spray", "rubber", "live", "ammunition", "shell", "shells", "stun",
})
#: Purposes that force achieves in the act of being used.
FORCED_TYPES = frozenset({"COERCE", "ASSAULT"})


def people_participle(verb: Token, index: MentionIndex, person_nouns: frozenset[str]) -> bool:
    """Is ``verb`` a present participle on a noun naming people ("demonstrators *protesting* the
    results")?  Then it is those people's act, not the noun's content."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    t = verb.head
    for _ in range(4):  # "apologized *for* one of its gunboats intercepting a ship": the reason
        if t.dep_ != "pobj" or t.head.i == t.i:
            break
        if t.head.lower_ in REASON_PREPS:
            return False
        t = t.head.head
    return names_someone(verb.head, index, person_nouns)


#: Subjects of "be" whose "to" infinitive says what they are, not what anyone is to do: "the *aim* is
#: to isolate Iran" reports a goal, no scheduled act.
PURPOSE_SUBJECTS = frozenset({
    "aim", "goal", "objective", "purpose", "plan", "idea", "intention", "intent", "task", "mission", "priority",
    "point", "hope", "ambition", "strategy", "challenge", "solution", "option", "step", "way", "job", "role",
    "dream", "target", "agenda", "focus", "wish", "desire", "need", "key", "answer", "aspiration", "policy",
    "approach", "decision", "duty", "rule", "message", "move", "proposal", "response", "thing", "idea", "effort",
    "object", "motive", "concern", "fear", "risk", "danger", "mandate", "vision", "alternative", "remedy",
    "this", "that", "it", "what", "which",
})


def scheduled_infinitive(verb: Token) -> bool:
    """Is ``verb`` the act of an "is to" / "are to" construction ("Biden *is to attend* a summit",
    "the ministers *are to meet* on Thursday")?  British news English states what is scheduled this
    way; the infinitive is the event (its status future: ``modality``), not a purpose of "be".  A
    subject naming a goal ("the aim is to isolate Iran") keeps the infinitive a goal."""
    gov = verb.head
    if verb.dep_ != "xcomp" or gov.i == verb.i or gov.lemma_.lower() != "be" or verb.i < gov.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if any(c.dep_ in ("attr", "acomp", "expl") for c in gov.children):
        return False  # "it is important to talk", "there is a need to act"
    subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subj) == 1 and subj[0].lemma_.lower() not in PURPOSE_SUBJECTS and subj[0].lower_ not in PURPOSE_SUBJECTS


def realised_purpose(verb: Token, lex: Lexicon) -> bool:
    """Is ``verb`` the coercive purpose of a use of force ("used tear gas *to disperse* them"), what
    steps were taken to do ("took steps *to ease* curbs"), or a scheduled act ("*is to attend*")?
    All three look like purposes to the clause reader and are events."""
    if taken_step(verb) or scheduled_infinitive(verb):
        return True
    gov = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or gov.i == verb.i or gov.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if gov.lemma_.lower() not in FORCE_VERBS:
        return False
    objects = [c for c in gov.children if c.dep_ == "dobj"]
    if not any(o.lower_ in FORCE_OBJECTS or any(g.lower_ in FORCE_OBJECTS for g in o.children
                                                 if g.dep_ in ("compound", "amod"))
               for o in objects):
        return False
    entry = verb_sense(verb, lex)
    return entry is not None and entry.type in FORCED_TYPES


#: People whose expulsion reduces relations rather than coerces individuals (CAMEO 166, 1661-1663).
ENVOY_WORDS = frozenset({
    "ambassador", "diplomat", "envoy", "attache", "attaché", "consul", "embassy", "staff", "staffer", "mission",
    "delegation", "representative", "head", "chief", "personnel", "official", "officer", "observer",
    "inspector", "monitor", "peacekeeper", "agency", "team", "military", "troop", "force", "member",
})
#: Groups one is expelled *from* (a party, a bloc): that expulsion is SANCTION whoever is expelled.
GROUP_WORDS = frozenset({"party", "bloc", "organization", "organisation", "group", "union", "council", "league",
                         "alliance", "body", "parliament", "assembly", "federation", "association", "committee"})


#: Verbs that order someone out, and the leaving they order.
ORDER_OUT_VERBS = frozenset({"order", "tell", "give", "instruct", "ask", "direct"})
LEAVE_VERBS = frozenset({"leave", "depart", "quit", "exit"})
#: What is left when someone is ordered out (besides a named place): "leave *the country*".
LEFT_PLACES = frozenset({"country", "territory", "nation", "capital", "kingdom", "republic"})


def leaving_ordered(verb: Token) -> Token | None:
    """The "leave" clause of an order to leave ("ordered X *to leave* the country", "gave X 48 hours *to
    leave*"), or None."""
    if verb.lemma_.lower() not in ORDER_OUT_VERBS or not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    clauses += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("relcl", "acl")]
    for c in clauses:
        if c.lemma_.lower() not in LEAVE_VERBS:
            continue
        left = [g for g in c.children if g.dep_ == "dobj"]
        if all(g.pos_ == "PROPN" or g.lemma_.lower() in LEFT_PLACES for g in left):
            return c
    return None


def ordered_out(verb: Token, lex: Lexicon) -> LexEntry | None:
    """An order to leave as the expulsion it is (``individual_expulsion`` then splits envoys from people)."""
    return lex.verb("expel") if leaving_ordered(verb) is not None else None


def individual_expulsion(verb: Token, entry: LexEntry, person_nouns: frozenset[str]) -> LexEntry:
    """SANCTION expel with private people as its object is COERCE deport; anything else is unchanged."""
    if entry.type != "SANCTION" or entry.mode != "expel" or entry.particle:
        return entry
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")
            and c.ent_type_ not in ("DATE", "TIME")]  # "gave the envoy *48 hours* to leave"
    if not objs or any(o.pos_ != "NOUN" or o.lemma_.lower() in ENVOY_WORDS for o in objs):
        return entry  # "expelled Russia", "expelled the ambassador", "expelled two diplomats"
    if not any(o.lemma_.lower() in person_nouns or o.lower_ in person_nouns or o.ent_type_ == "NORP"
               or (o.tag_ == "NNS" and o.lemma_.lower() not in GROUP_WORDS) or _human(o) for o in objs):
        return entry
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            if any(g.ent_type_ in ("ORG", "NORP") or g.lemma_.lower() in GROUP_WORDS for g in c.children):
                return entry  # "expelled from the party": leaving a group is SANCTION
    return replace(entry, type="COERCE", mode="deport", cameo="174")


#: Suffixes of nouns for people ("economist", "researcher", "missionary", "national").
_HUMAN_ENDINGS = ("ist", "er", "or", "ary", "ant", "ent", "ian", "man", "men", "woman", "national", "tourist")


def _human(noun: Token) -> bool:
    return noun.lemma_.lower().endswith(_HUMAN_ENDINGS)
