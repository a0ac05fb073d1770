"""Violence the plain clause misses: attempts, deaths in custody, misparsed attacks, weapon aims.

Each rule here codes an ASSAULT (or finds its parties) where the ordinary verb-and-arguments reading
in ``extractor`` gets it wrong:

* an attack that was attempted or foiled ("a plot to kill the president was thwarted") is still an
  asserted assault on its intended victim (``attempted_attack``);
* dying in someone's custody is the custodian's assault (``custody_death``);
* a nominal "-ing" attack the tagger reads as a verb ("killed in Israeli tank *shelling*") is the
  trigger, not a second event (``misparsed_attack``);
* "there were ten soldiers *killed*" is a passive attack on the soldiers (``existential_patient``);
* the aim of a weapon fired is often hung on the weapon ("fired shells *at* positions",
  ``weapon_aims``);
* shooting down a projectile is aimed at whoever launched it, named on the projectile ("intercepted a
  drone *launched from Lebanon*", "a missile *fired by the Houthis*": ``projectile_launchers``);
* a natural hazard that kills or destroys ("an earthquake killed 300 people", "homes destroyed by
  floods") is nobody's attack (``hazard_doer``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from spacy.tokens import Token

from .arguments import (
    MentionIndex,
    Party,
    agent_heads,
    argument_mentions,
    origin_mentions,
    parties_each,
    party_of,
    subject_heads,
)
from .candidates import Candidate, Context, candidates_for, verb_parties
from .lexicon import LexEntry, Lexicon
from .modality import Modality, modality_of
from .senses import attempt_noun, counted_noun, verb_entry
from .targets import same_as_source


def attempted_attack(verb: Token, ctx: Context) -> list[Candidate]:
    """"An attempt to assassinate the deputy governor was thwarted", "police foiled a plot to kill the
    president": PLOVER codes attempted attacks as ASSAULT (asserted: the attempt happened), aimed at
    the intended victim; the attempt noun's possessor or "by" phrase is the attacker, else unknown
    (the place rules may fill it)."""
    noun = attempt_noun(verb)
    if noun is None:
        return []
    entry = verb_entry(verb, ctx.lexicon, ctx.index)
    if entry is None or entry.type != "ASSAULT":
        return []
    by = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    source = party_of(argument_mentions([c for c in noun.children if c.dep_ == "poss"] + by, ctx.index))
    _, targets, _ = verb_parties(verb, entry, ctx.index, entry.target_preps)
    targets = [t for t in targets if not same_as_source(t, source)]
    return list(candidates_for(verb, verb, entry, Modality("asserted"), source, targets, False, False,
                                entry.weight * 0.8))


#: Verbs of dying whose "in custody" phrase makes the death the custodian's act.
DEATH_VERBS = frozenset({"die", "perish"})


#: Nouns for being held by someone ("in *custody*", "in police *detention*").
CUSTODY_NOUNS = frozenset({"custody", "detention"})


def custody_death(verb: Token, ctx: Context) -> Iterator[Candidate]:
    """"A prisoner died while in Israeli police custody", "an activist died in police custody in
    Minsk": a death in custody is the custodian's assault on the dead person's side (PLOVER ASSAULT;
    the custody's owner, "Israeli police", is the source, the place rules may give a bare "police" its
    country)."""
    kill = ctx.lexicon.verb("kill")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "mark") and c.lower_ == "while")]
    custody = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
               for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in CUSTODY_NOUNS]
    if kill is None or not custody:
        return
    owners = [c for c in custody[0].children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    owners += [g for c in custody[0].children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    source = party_of(argument_mentions(owners, ctx.index))
    target = party_of(argument_mentions(subject_heads(verb)[0], ctx.index))
    if target is None or same_as_source(target, source):
        return
    mod = modality_of(verb, ctx.lexicon.control, lambda t: verb_entry(t, ctx.lexicon) is not None)
    entry = replace(kill, mode=None, cameo="180", object_is_target=True)
    yield from candidates_for(verb, custody[0], entry, mod, source, [target], False, False, kill.weight * 0.8)


#: Prepositions that name the attack a death or injury came in ("killed *in* Israeli tank shelling").
CAUSE_PREPS = frozenset({"in", "by"})


def misparsed_attack(verb: Token, entry: LexEntry, lex: Lexicon) -> Token | None:
    """"Four children were killed in Israeli tank shelling in the east of Gaza": the tagger often reads
    a nominal "-ing" attack as a verb hung on the clause, so its place phrase ("in the east of Gaza")
    is not the clause's.  Such a gerund right after the clause's own "in"/"by" phrase, with no subject
    or marker of its own and the same event type, is that phrase's head noun: it is the event's
    trigger, so the place it names is where the event happened."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i == 0:
            continue
        if any(g.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "dobj") for g in c.children):
            continue
        prev = verb.doc[c.i - 1]
        prep = next((a for a in [prev, *prev.ancestors] if a.dep_ == "prep" and a.head.i == verb.i), None)
        if prep is None or prep.lower_ not in CAUSE_PREPS:
            continue
        inner = verb_entry(c, lex)
        if inner is not None and inner.type == entry.type:
            return c
    return None


def existential_patient(verb: Token) -> Token | None:
    """"There were 10 Russian soldiers *killed* in Ukraine", "there have been dozens of protesters
    *arrested*": a past participle on the noun that "there be" introduces is a passive event whose
    patient is that noun (not the content of a request or report, as other participles on nouns are)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    noun = verb.head
    t = noun
    for _ in range(3):  # "dozens *of* protesters arrested": climb to the noun "there were" names
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "of":
            t = t.head.head
    be = t.head
    if t.dep_ != "attr" or be.lemma_ != "be" or not any(c.dep_ == "expl" for c in be.children):
        return None
    return noun


def weapon_aims(verb: Token, entry: LexEntry, source: Party | None, index: MentionIndex) -> list[Party]:
    """"fired artillery shells *at Azerbaijani positions*": the parser often hangs the aim on the weapon
    fired (the object that keys the sense) rather than on the verb."""
    objects = [counted_noun(d) for d in verb.children if d.dep_ == "dobj"]  # "froze billions *in funds for X*"
    aims = [g for d in objects if d.lemma_.lower() == entry.particle
            for c in d.children if c.dep_ == "prep" and c.lower_ in entry.target_preps
            for g in c.children if g.dep_ == "pobj"]
    return [p for p in parties_each(argument_mentions(aims, index)) if not same_as_source(p, source)]


#: Things fired that an air defence brings down.
PROJECTILES = frozenset({"missile", "drone", "rocket", "projectile", "shell", "uav"})
#: Participles that say who sent a projectile ("a drone *launched* from Lebanon").
LAUNCH_VERBS = frozenset({"launch", "fire", "send"})


def projectile_launchers(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """"Israel intercepted a drone launched from Lebanon", "shot down a missile fired by the Houthis":
    the projectile's launcher, named by the participle on it ("by" agent, else "from" origin), is whom
    bringing it down is aimed at."""
    out: list[Party] = []
    for d in verb.children:
        if d.dep_ != "dobj" or d.lemma_.lower() not in PROJECTILES:
            continue
        for acl in d.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in LAUNCH_VERBS:
                mentions = argument_mentions(agent_heads(acl), index) or origin_mentions(acl, index)
                out.extend(parties_each(mentions))
    return [p for p in out if not same_as_source(p, source)]


#: Natural hazards and diseases: what they "hit", "kill" or "destroy" is no one's act.
HAZARDS = frozenset({"earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "storm", "cyclone",
                     "hurricane", "typhoon", "tornado", "drought", "wildfire", "bushfire", "blaze", "landslide",
                     "mudslide", "tsunami", "avalanche", "heatwave", "blizzard", "eruption", "volcano", "rain",
                     "rainfall", "downpour", "monsoon", "snowstorm", "epidemic", "outbreak", "disease", "virus",
                     "cholera", "famine", "weather", "lightning", "disaster"})


def hazard_doer(verb: Token) -> bool:
    """Is the doer of this act a natural hazard ("Floods hit Pakistan", "Cyclone Freddy struck Malawi",
    "homes destroyed by the earthquake")?  The hazard's own words decide: its head or a compound on it
    ("*Cyclone* Freddy", "*flood* waters")."""
    heads, passive = subject_heads(verb)
    for h in agent_heads(verb) if passive else heads:
        words = [h, *(c for c in h.children if c.dep_ == "compound")]
        if any(w.lemma_.lower() in HAZARDS or w.lower_ in HAZARDS for w in words):
            return True
    return False

