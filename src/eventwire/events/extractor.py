"""From a parsed sentence and its actor mentions to event candidates.

A candidate is a predicate the lexicon knows (a verb with its particle, a light verb with an
event noun, or an event noun on its own) together with the parties the parse assigns to it:
subjects are one joint source, each distinct object is its own target (so "met the presidents of
Kyrgyzstan, Tajikistan and Turkmenistan" becomes three candidates sharing one trigger).  Dates,
places, ids and the final record are added by the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterator, Sequence

from spacy.tokens import Span, Token

from ..model import Actor, Status
from .adjuncts import individual_expulsion, people_participle, realised_purpose
from .arguments import (
    MentionIndex, Party, agent_heads, argument_mentions, conjuncts, names_someone, object_heads, owner_mentions,
    parties_each, party_of, phrase_mentions, subject_heads,
)
from .inverse import receptions
from .lexicon import LexEntry, Lexicon
from .modality import COOPERATIVE, HOSTILE, Modality, as_reject, commitment_type, modality_of, reframe, ultimatum
from .senses import (
    CROWD_NOUNS, FRAME_NOUNS, TRAVEL_WORDS, attempt_noun, drop_people_objects, light_noun_entry, nominalised_people, noun_sense, travel_trips,
    verb_sense,
)
from .targets import (
    DEEP_PREPS, beyond_self, border_targets, cause_agent, condition_subjects, deeper_targets, displaced_targets,
    grievance_targets, located_thing, partisan_parties, protected_parties, requested_agents, same_as_source,
    noun_frame_parties, topic_targets,
)

#: Prepositions that tie a background event noun to a clause ("criticized Washington *over* the visit").
BACKGROUND_PREPS = frozenset({"over", "amid", "after", "following", "before", "despite", "since", "during", "in"})
#: Nominal event arguments: who did it (possessor, "by") and to whom ("of", "to", "against", ...).
NOUN_TARGET_PREPS = ("to", "against", "on", "with", "of", "for", "toward", "towards", "into")
#: Shows of force aim at a place as much as at an actor.
AREA_TYPES = frozenset({"MOBILIZE", "THREATEN"})
AREA_PREPS = ("over", "around", "near", "off")
JOINT_WORDS = frozenset({"joint", "bilateral", "combined", "mutual"})


@dataclass(frozen=True)
class Candidate:
    """An event before dating, placing and id-ing: what, who, and on what words."""

    type: str
    mode: str | None
    cameo: str | None
    trigger: Token  # the word that names the event (a noun for light verbs and nominal events)
    anchor: Token  # the verb whose clause the event is reported in (== trigger for plain verbs)
    source: Party | None
    target: Party | None
    reciprocal: bool
    status: Status
    nominal: bool
    weight: float
    span: tuple[int, int]  # token range of the evidence clause within the doc


def verb_entry(tok: Token, lex: Lexicon, index: MentionIndex | None = None) -> LexEntry | None:
    if tok.pos_ not in ("VERB",) and not (tok.pos_ == "AUX" and tok.lemma_ != "be"):
        return None
    if nominalised_people(tok):
        return None  # "evacuated the wounded": people, not an act
    return verb_sense(tok, lex, index)


def noun_entry(tok: Token, lex: Lexicon, index: MentionIndex | None = None) -> LexEntry | None:
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("DATE", "TIME"):
        return None  # "in March 2019" is a month, not a protest march
    return noun_sense(tok, lex, index)


def _clause_span(anchor: Token, extra: Sequence[Token]) -> tuple[int, int]:
    """Token range of the clause that reports the event: the anchor's phrase plus its parties."""
    toks = [anchor]
    for c in anchor.children:
        if c.dep_ in ("conj", "cc", "advcl", "parataxis", "ccomp", "relcl") and c.i > anchor.i:
            continue
        if c.dep_ == "punct":
            continue
        toks.extend(c.subtree)
    toks.extend(extra)
    lo = min(t.i for t in toks)
    hi = max(t.i for t in toks) + 1
    doc = anchor.doc
    while hi - 1 > lo and doc[hi - 1].is_punct and doc[hi - 1].text not in ("”", "\"", "’", ")"):
        hi -= 1
    return lo, hi


def _noun_is_joint(noun: Token) -> bool:
    return any(c.lower_ in JOINT_WORDS for c in noun.children if c.dep_ in ("amod", "compound"))


def _noun_parties(noun: Token, entry: LexEntry, index: MentionIndex) -> tuple[Party | None, list[Party]]:
    """Possessor, demonym or "by" phrase as source; "of/to/against ..." phrases as targets."""
    src_heads = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    src_ms = argument_mentions(src_heads, index)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            src_ms += argument_mentions([g for g in c.children if g.dep_ == "pobj"], index)
    tgt_heads = []
    preps = tuple(entry.target_preps) + NOUN_TARGET_PREPS
    if entry.type in AREA_TYPES:
        preps += AREA_PREPS  # "drills over the island", "warships near the coast of X"
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            tgt_heads.extend(g for g in c.children if g.dep_ == "pobj")
    tgt = parties_each(argument_mentions(tgt_heads, index))
    if not tgt:
        # one level down: "a suspension of air links *with Serbia*"
        deeper = [g for h in tgt_heads for c in h.children if c.dep_ == "prep" and c.lower_ in DEEP_PREPS
                  for g in c.children if g.dep_ == "pobj"]
        tgt = parties_each(argument_mentions(deeper, index))
    source, tgt = noun_frame_parties(noun, entry.type, party_of(src_ms), tgt, index)  # "on strike", "in protest of"
    return source, [t for t in tgt if not same_as_source(t, source)]


def _verb_parties(verb: Token, entry: LexEntry | None, index: MentionIndex,
                  target_preps: Sequence[str]) -> tuple[Party | None, list[Party], bool]:
    subj, passive = subject_heads(verb)
    source = party_of(argument_mentions(subj, index))
    preps = tuple(target_preps) + ((entry.particle,) if entry and entry.particle else ())
    if entry is not None and entry.type in AIMED_TYPES:
        preps += AIM_PREPS  # "fired *at* Russia", "warned *against*"
    objs = object_heads(verb, preps)
    if passive:
        # "Five soldiers were killed by rebels": the grammatical subject is the target; when it is a
        # thing ("Tents were sent to Morocco by Qatar") the target is where it went
        agent = party_of(argument_mentions(agent_heads(verb), index))
        if source is not None and source.resolved:
            return agent, [source], True
        targets = [p for p in parties_each(argument_mentions([o for o in objs if o.dep_ != "agent"], index))
                   if not same_as_source(p, agent)]
        if not targets:
            targets = parties_each([m for h in subj for m in phrase_mentions(h, index)])
        return agent, targets, True
    things: list[Token] = []
    if entry is not None and not entry.object_is_target:
        things = [o for o in objs if o.dep_ == "dobj"]
        objs = [o for o in objs if o.dep_ != "dobj"]
    targets = parties_each(argument_mentions(objs, index))
    if not targets and things:
        # "rejected a U.S. request": the one whose request it was
        targets = [p for p in parties_each([m for t in things for m in owner_mentions(t, index)])
                   if not same_as_source(p, source)]
    if not targets:
        targets = deeper_targets(verb, source, index)
    return source, targets, False


#: Verbs that react to an event which really happened: the event they name is coded too.
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "PROTEST"})
#: Verbs whose subject is the host of a visit: PLOVER lists the visitor as source.
HOST_VERBS = frozenset({"host", "receive", "welcome", "entertain"})
#: Hostile acts name their target with "at"/"on"/"against" whatever the verb.
AIMED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "MOBILIZE"})
AIM_PREPS = ("at", "on", "against")
#: Types that are reciprocal when a joint subject does them with nobody else ("the US, Russia and
#: Switzerland met"; "Hungarian and Romanian officials agreed").
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})

def _thing_object(verb: Token, entry: LexEntry, ctx: "Context") -> bool:
    """A verb whose sense needs a person or group as object, used with a thing ("released a
    document", "pushing trade to record highs"): a different sense, not this event.  A thing aimed
    at someone ("fired missiles *at Russia*") keeps the event."""
    if not entry.object_is_target or entry.mode == "demo":
        return False  # a demonstration's thing object is its grievance ("protesting the election results")
    aimed = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in tuple(entry.target_preps) + AIM_PREPS
             for g in c.children if g.dep_ == "pobj"]
    if any(ctx.index.at(t) for a in aimed for t in a.subtree):
        return False
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    if not dobj:
        return False
    if entry.type in PLACE_STRIKE_TYPES and located_thing(verb, dobj) and subject_heads(verb)[0]:
        return False  # "bombed targets near Damascus": an attack on the place
    return not any(names_someone(d, ctx.index, ctx.person_nouns) or noun_entry(d, ctx.lexicon)
                   or (d.lemma_.lower() in FRAME_NOUNS and entry.particle in (g.lemma_.lower() for g in d.children))
                   for d in dobj)


def _split_reciprocal(source: Party | None, targets: list[Party],
                      reciprocal: bool) -> list[tuple[Party | None, Party | None]]:
    """(source, target) pairs of a candidate.  A reciprocal event with a joint subject and no object
    becomes one dyad per pair of parties, in text order ("Russia and China held joint patrols" is
    RUS–CHN; "the US, Russia and Switzerland met" is three dyads)."""
    if reciprocal and source and not targets and len(source.actors) > 1:
        singles = [Party((a,), tuple(m for m in source.mentions if a in m.actors) or source.mentions)
                   for a in source.actors]
        return [(singles[i], singles[j]) for i in range(len(singles)) for j in range(i + 1, len(singles))]
    return [(source, t) for t in targets] if targets else [(source, None)]


def _candidates_for(anchor: Token, trigger: Token, entry: LexEntry, mod: Modality, source: Party | None,
                    targets: list[Party], nominal: bool, reciprocal: bool, weight: float) -> Iterator[Candidate]:
    if not targets and source is not None and len(source.actors) > 1 and entry.type in MUTUAL_TYPES:
        reciprocal = True
    for source, tgt in _split_reciprocal(source, targets, reciprocal):
        if source is None and tgt is None and nominal:
            continue  # the pipeline may still find a verbal event's parties in its place ("killed in Beirut")
        # an actor acting on itself is almost always a misparse ("China's ... of China")
        if source and tgt and {a.key for a in source.actors} == {a.key for a in tgt.actors}:
            continue
        extra: list[Token] = []
        for p in (source, tgt):
            if p:
                for m in p.mentions:
                    if m.end <= len(anchor.doc) and anchor.sent.start <= m.start < anchor.sent.end:
                        extra.extend(anchor.doc[m.start:m.end])
        span = _clause_span(anchor, extra)
        yield Candidate(entry.type, entry.mode, entry.cameo, trigger, anchor, source, tgt,
                        reciprocal, mod.status, nominal, weight, span)


def _intent_candidates(anchor: Token, entry: LexEntry, mod: Modality, index: MentionIndex) -> Iterator[Candidate]:
    """"Xi said China would like to cooperate with Kazakhstan": AGREE by the one who intends."""
    gov = mod.intent_by
    assert gov is not None
    subj, _ = subject_heads(gov)
    source = party_of(argument_mentions(subj, index))
    _, targets, _ = _verb_parties(anchor, entry, index, entry.target_preps)
    targets = beyond_self(anchor, source, targets, index)
    # wanting or planning a hostile act is a threat; a cooperative one, a commitment; offering forces
    # to help someone ("ready to send troops to help defend Bolivia") is a commitment to that party;
    # any act promised "unless" the other side gives way is a threat
    protected = protected_parties(anchor, source, index) if entry.type in HOSTILE or not targets else []
    targets = protected or targets
    hostile = (entry.type in HOSTILE and not protected) or ultimatum(anchor)
    if hostile and not targets:
        targets = condition_subjects(anchor, source, index)
    agree = replace(entry, type="THREATEN" if hostile else commitment_type(entry.type), mode=None, cameo=None,
                    reciprocal=False)
    yield from _candidates_for(anchor, anchor, agree, Modality(mod.status), source, targets, False,
                               False, min(entry.weight, agree.weight))


@dataclass(frozen=True)
class Context:
    """What extraction reads besides the sentence: the mentions, the lexicon, and which nouns
    name people (so that "arrested dozens of protesters" has a human object)."""

    index: MentionIndex
    lexicon: Lexicon
    person_nouns: frozenset[str]


#: Event types that an offer performs rather than promises ("offered support" is support).
PERFORMED_BY_OFFER = frozenset({"SUPPORT"})


def _light_objects(tok: Token, lex: Lexicon, index: MentionIndex | None = None) -> list[tuple[Token, LexEntry]]:
    """Event nouns carried by a light verb ("held talks", "responded with drills", "offered support"),
    in the sense the verb selects ("staged a strike" is a walkout, "launched a strike" an attack)."""
    lemma = tok.lemma_.lower()
    offer = lex.control.get(lemma) == "intent" and any(c.dep_ == "dobj" for c in tok.children)
    if tok.pos_ != "VERB" or (lemma not in lex.light_verbs and not offer):
        return []
    out: list[tuple[Token, LexEntry]] = []
    for c in tok.children:
        heads: list[Token] = []
        if c.dep_ in ("dobj", "attr") or (c.dep_ == "nsubjpass" and not offer and _passive_event(tok, c, lex, index)):
            # "a curfew was imposed *by the army*", "a rally was held in Seoul": the passive subject
            # is the event noun
            heads = [c]
        elif c.dep_ == "prep" and c.lower_ in ("with", "in") and not offer:
            heads = [g for g in c.children if g.dep_ == "pobj"]
        for h in heads:
            joint = _noun_is_joint(h)
            for n in conjuncts(h):
                ne = light_noun_entry(tok, n, lex, index)
                if ne is None or (offer and ne.type not in PERFORMED_BY_OFFER):
                    continue
                out.append((n, _joint(ne) if joint or _noun_is_joint(n) else ne))
    return drop_people_objects(out, index)


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def _passive_event(verb: Token, subj: Token, lex: Lexicon, index: MentionIndex | None) -> bool:
    """Is a light verb's passive subject the event it reports?  With an agent ("was imposed *by the
    army*") always; without one only when the noun does not name its patient alone ("the withdrawal
    *of Russian troops* was completed" names who withdrew as if a target: the noun reads on its own)."""
    if _has_agent(verb) or index is None:
        return True
    entry = noun_entry(subj, lex, index)
    if entry is None:
        return True
    source, targets = _noun_parties(subj, entry, index)
    return source is not None or not targets


def find_candidates(sent: Span, ctx: Context) -> list[Candidate]:
    """Every event candidate the sentence's predicates and event nouns give, before the sentence-wide
    passes (allegations, refine) that ``sentence.extract_sentence`` runs over them."""
    lex, index = ctx.lexicon, ctx.index
    out: list[Candidate] = []
    is_trig = lambda t: verb_entry(t, lex) is not None  # noqa: E731
    used_nouns: set[int] = set()
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue  # every predicate below (receiving, light and plain verbs) is a verb
        attempted = _attempted_attack(tok, ctx)
        if attempted:
            out.extend(attempted)
            used_nouns.update(c.i for c in tok.children if c.dep_ == "dobj")
            continue
        if tok.lemma_.lower() in DEATH_VERBS:
            out.extend(_custody_death(tok, ctx))
        if _purpose_or_consequence(tok, lex) and not realised_purpose(tok, lex):
            continue
        got = receptions(tok, lex, index, ctx.person_nouns)  # "received arms from Poland": the giver acts
        if got and (mod := modality_of(tok, lex.control, is_trig)).content_of is None and mod.intent_by is None:
            used_nouns.update(r.noun.i for r in got)
            out.extend(c for r in got for c in _candidates_for(tok, r.noun, r.entry, mod, r.source, r.targets, False,
                                                               False, r.entry.weight))
            continue
        light = _light_objects(tok, lex, index)
        if light:
            mod = modality_of(tok, lex.control, is_trig)
            if mod.content_of is not None:
                continue
            used_nouns.update(c.i for c in tok.children if c.dep_ == "dobj")  # also who it was done to
            for noun, ne in light:
                used_nouns.add(noun.i)
                source, targets, passive = _verb_parties(tok, None, index, ("to", "against", "with"))
                nsource, ntargets = _noun_parties(noun, ne, index)
                if passive and noun.dep_ == "nsubjpass":  # "sanctions were imposed *on Russia*"
                    source, targets, _ = _verb_parties(tok, None, index, ("to", "against", "with") + ne.target_preps)
                    if not _has_agent(tok):  # "Portugal's pledge was announced": the noun names its parties
                        source, targets = nsource, [t for t in targets if t.mentions and not any(
                            noun.left_edge.i <= m.start <= noun.right_edge.i for m in t.mentions)]
                targets = [t for t in targets if not same_as_source(t, source)] + ntargets
                if mod.intent_by is not None:
                    out.extend(_intent_candidates(tok, ne, mod, index))
                    continue
                ne, mod = reframe(tok, ne, mod, lex)
                if ne.type == "THREATEN" and not targets:
                    targets = condition_subjects(tok, source, index)
                out.extend(_candidates_for(tok, noun, ne, mod, source, targets, False, ne.reciprocal, ne.weight))
            continue
        entry = verb_entry(tok, lex, index)
        patient = existential_patient(tok)
        if entry is None or (_embedded_content(tok, lex) and not people_participle(tok, index, ctx.person_nouns)
                             and patient is None):
            continue
        mod = modality_of(tok, lex.control, is_trig)
        if mod.content_of is not None:
            continue
        if entry.particle == "grata":
            out.extend(_persona_non_grata(tok, entry, mod, index))
            continue
        effect = lex.control.get(tok.lemma_.lower())
        if effect in ("negate", "intent", "future", "report") and any(
            c.dep_ in ("xcomp", "ccomp") for c in tok.children
        ):
            if effect == "negate":
                out.extend(_refusals(tok, ctx, mod))
            elif effect == "intent" and entry.type == "AGREE" and not _content_is_event(tok, lex):
                # "agreed to set up a research centre": the commitment is the event even when its
                # content is no event of its own
                source, targets, _ = _verb_parties(tok, entry, index, entry.target_preps)
                out.extend(_candidates_for(tok, tok, entry, mod, source, targets, False, False, entry.weight))
            continue  # "refused to condemn": the governed clause is the event
        if _thing_object(tok, entry, ctx):
            continue
        if mod.intent_by is None and mod.status == "future" and mod.speech is not None \
                and _speaker_commits(mod.speech, tok, index):
            mod = Modality("asserted", intent_by=tok)  # "Xi told Tokayev that China will help ...": a promise
        if entry.type not in REACTION_TYPES:
            used_nouns.update(o.i for o in object_heads(tok, entry.target_preps))
        if mod.intent_by is not None:
            out.extend(_intent_candidates(tok, entry, mod, index))
            continue
        source, targets, passive = _verb_parties(tok, entry, index, entry.target_preps)
        if patient is not None:  # "there were ten soldiers killed": the soldiers were, by whoever "by" names
            source = party_of(argument_mentions(agent_heads(tok), index))
            targets, passive = parties_each(argument_mentions([patient], index)), True
            if any(c.dep_ == "det" and c.lower_ == "no" for c in patient.children):
                mod = Modality("negated")  # "there were no civilians killed"
        source, targets = _hidden_parties(tok, entry, source, targets, passive, ctx)
        if entry.type == "CONSULT" and tok.lemma_.lower() in HOST_VERBS and len(targets) == 1 and source:
            # "The Kazakh president received the Emir of Qatar": the guest visits the host
            source, targets = targets[0], [source]
            entry = replace(entry, mode="visit", cameo=None)
        entry, mod = reframe(tok, individual_expulsion(tok, entry, ctx.person_nouns), mod, lex)
        if entry.type == "THREATEN" and not targets:
            targets = condition_subjects(tok, source, index)
        trigger = _misparsed_attack(tok, entry, lex) or tok
        out.extend(_candidates_for(tok, trigger, entry, mod, source, targets, False, entry.reciprocal, entry.weight))
        if entry.type == "ASSAULT" and entry.reciprocal:
            out.extend(_crowd_side(tok, mod, source, targets, ctx))
    out.extend(_demands(sent, ctx))
    out.extend(_nominal_candidates(sent, index, lex, used_nouns))
    return _domestic_protesters(out, sent, index)


def _attempted_attack(verb: Token, ctx: Context) -> list[Candidate]:
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
    _, targets, _ = _verb_parties(verb, entry, ctx.index, entry.target_preps)
    targets = [t for t in targets if not same_as_source(t, source)]
    return list(_candidates_for(verb, verb, entry, Modality("asserted"), source, targets, False, False,
                                entry.weight * 0.8))


#: Verbs of dying whose "in custody" phrase makes the death the custodian's act.
DEATH_VERBS = frozenset({"die", "perish"})
#: Nouns for being held by someone ("in *custody*", "in police *detention*").
CUSTODY_NOUNS = frozenset({"custody", "detention"})


def _custody_death(verb: Token, ctx: Context) -> Iterator[Candidate]:
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
    yield from _candidates_for(verb, custody[0], entry, mod, source, [target], False, False, kill.weight * 0.8)


#: Sectors of a national government or its leader: a protest aimed at them is a domestic protest.
NATIONAL_SECTORS = frozenset({"GOV", "LEG", "HOS", "HOG", "ELI"})


def _protest_country(cand: Candidate, sent: Span, index: MentionIndex) -> str | None:
    """"Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian
    President X": protesters the text gives no country, aimed at a national government or leader, are
    that country's.  Not when the sentence names another country ("protested outside the US embassy
    in Cairo": the place rule decides)."""
    if cand.type != "PROTEST" or cand.target is None or (cand.source is not None and cand.source.resolved):
        return None
    countries = {a.country for a in cand.target.actors}
    if len(countries) != 1 or None in countries or not all(a.sector in NATIONAL_SECTORS for a in cand.target.actors):
        return None
    country = next(iter(countries))
    if any(a.country and a.country != country for m in index.mentions if sent.start <= m.start < sent.end
           for a in m.actors):
        return None
    return country


def _domestic_protesters(cands: list[Candidate], sent: Span, index: MentionIndex) -> list[Candidate]:
    """Give unnamed protesters the country of the government they protest against (see
    ``_protest_country``), in every candidate they are the source of (the demand a protest is made
    for is the same side's, and refine merges it into the protest)."""
    found = [(c, k) for c in cands if (k := _protest_country(c, sent, index)) is not None]
    if not found:
        return cands
    by_source = {_source_keys(c): k for c, k in found if c.source is not None}
    out = []
    for c in cands:
        country = by_source.get(_source_keys(c)) if c.source is not None and not c.source.resolved else None
        if country is None and c.source is None and any(f is c for f, _ in found):
            country = next(k for f, k in found if f is c)
        if country is None:
            out.append(c)
            continue
        old = c.source.actors if c.source is not None else ()
        actors = tuple(replace(a, country=country, code=country + (a.sector or "")) for a in old) or (
            Actor(text=country, name=country, country=country, code=country),)
        out.append(replace(c, source=Party(actors, c.source.mentions if c.source is not None else ())))
    return out


def _source_keys(cand: Candidate) -> frozenset[str]:
    return frozenset(a.key for a in cand.source.actors) if cand.source is not None else frozenset()


def _persona_non_grata(verb: Token, entry: LexEntry, mod: Modality, index: MentionIndex) -> Iterator[Candidate]:
    """"declared the ambassador persona non grata": the parser makes "persona" a clause whose subject is
    the diplomat, or its object with the diplomat as a compound (the passive hangs the "by" phrase on
    it); the declaring state expels the diplomat's state."""
    pers = next(c for c in verb.children if c.lower_ == "persona")
    people = [c for c in pers.children if c.dep_ in ("nsubj", "compound") and c.lower_ != "non"] + \
        [c for c in verb.children if c.dep_ == "nsubjpass"]
    by = [g for h in (verb, pers) for p in h.children if p.dep_ in ("agent", "prep") and p.lower_ == "by"
          for g in p.children if g.dep_ == "pobj"]
    source = party_of(argument_mentions(by or [c for c in verb.children if c.dep_ == "nsubj"], index))
    target = party_of(argument_mentions(people, index))
    yield from _candidates_for(verb, verb, entry, mod, source, [target] if target else [], False, False,
                               entry.weight)


def _crowd_side(verb: Token, mod: Modality, source: Party | None, targets: list[Party],
                ctx: Context) -> Iterator[Candidate]:
    """"Security forces clashed with rioters": besides the forces' assault, the crowd's side of a clash
    is violent protest (PLOVER PROTEST, CAMEO 145) aimed at the forces' side.  Clashes between armed
    parties ("troops clashed with rebels") have no crowd and stay one reciprocal assault."""
    riot = ctx.lexicon.verb("riot")
    if riot is None or source is None:
        return
    crowds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in CROWD_NOUNS]
    if not crowds or any(h.lemma_.lower() in CROWD_NOUNS for h in subject_heads(verb)[0]):
        return
    crowd = crowds[0]
    mine = [t for t in targets if any(crowd.left_edge.i <= m.start <= crowd.right_edge.i for m in t.mentions)]
    yield from _candidates_for(verb, crowd, riot, mod, mine[0] if mine else None, [source], False, False,
                               riot.weight * 0.8)


#: Prepositions that name the attack a death or injury came in ("killed *in* Israeli tank shelling").
CAUSE_PREPS = frozenset({"in", "by"})


def _misparsed_attack(verb: Token, entry: LexEntry, lex: Lexicon) -> Token | None:
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


def _is_event_word(lex: Lexicon) -> Callable[[Token], bool]:
    return lambda t: verb_entry(t, lex) is not None or noun_entry(t, lex) is not None


def _hidden_parties(verb: Token, entry: LexEntry, source: Party | None, targets: list[Party], passive: bool,
                    ctx: Context) -> tuple[Party | None, list[Party]]:
    """Parties the subject and objects do not name (see ``targets``): a passive clause's attacker in
    its cause phrase, a complaint's topic, a protest's grievance, an object displaced behind "as",
    a threat's condition."""
    index, is_event = ctx.index, _is_event_word(ctx.lexicon)
    if passive and source is None and entry.type == "MOBILIZE" and len(targets) == 1:
        return targets[0], []  # "Pakistani forces were put on alert": the forces' state mobilised them
    if passive and source is None:
        source = cause_agent(verb, index, is_event)
        targets = [t for t in targets if not same_as_source(t, source)]
    if entry.type == "REQUEST":
        targets = requested_agents(verb, source, index) or targets
    if entry.type in TOPIC_TYPES:
        targets = topic_targets(verb, source, index, is_event) or targets
    if entry.type == "PROTEST" and not targets:
        targets = grievance_targets(verb, source, index, is_event)
    if entry.particle in TRAVEL_WORDS and not targets:
        targets = _travel_destinations(verb, source, index)
    source, targets = partisan_parties(verb, entry.type, source, targets, index)  # "opponents of X rallied"
    if not targets and not passive:
        targets = displaced_targets(verb, source, index) or border_targets(verb, source, index)
    elif not passive:
        targets = beyond_self(verb, source, targets, index)
    if entry.type == "THREATEN" and not targets:
        targets = condition_subjects(verb, source, index)
    if not targets and not passive and entry.particle is not None and not entry.object_is_target:
        targets = _weapon_aims(verb, entry, source, index)
    return source, targets


def _weapon_aims(verb: Token, entry: LexEntry, source: Party | None, index: MentionIndex) -> list[Party]:
    """"fired artillery shells *at Azerbaijani positions*": the parser often hangs the aim on the weapon
    fired (the object that keys the sense) rather than on the verb."""
    aims = [g for d in verb.children if d.dep_ == "dobj" and d.lemma_.lower() == entry.particle
            for c in d.children if c.dep_ == "prep" and c.lower_ in entry.target_preps
            for g in c.children if g.dep_ == "pobj"]
    return [p for p in parties_each(argument_mentions(aims, index)) if not same_as_source(p, source)]


def _travel_destinations(verb: Token, source: Party | None, index: MentionIndex) -> list[Party]:
    """"advised against travel *to Haiti*", "warned its citizens against travelling *to Niger*": the
    destination of the travel warned against is whom the warning is aimed at (CAMEO 160)."""
    dests = [g for t in travel_trips(verb) for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
             for g in c.children if g.dep_ == "pobj"]
    return [p for p in parties_each(argument_mentions(dests, index)) if not same_as_source(p, source)]


#: Verbal disapproval whose addressee ("complained *to the UN*") is not whom it is about.
TOPIC_TYPES = frozenset({"ACCUSE", "PROTEST"})
#: Attacks whose thing object in a named place is an attack on that place.
PLACE_STRIKE_TYPES = frozenset({"ASSAULT", "COERCE"})


OBLIGATION = frozenset({"must", "should", "ought"})


def _content_is_event(verb: Token, lex: Lexicon) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and (verb_entry(c, lex) or _light_objects(c, lex))
               for c in verb.children)


def _refusals(verb: Token, ctx: Context, mod: Modality) -> Iterator[Candidate]:
    """"refused to allow UN planes to land", "declined to resign": refusing to cooperate is a REJECT.
    Refusing a hostile act ("refused to condemn") is not; that clause is coded as negated instead."""
    if mod.status == "negated":
        return  # "did not refuse to ..." — the content clause carries the event
    lex = ctx.lexicon
    for c in verb.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ not in ("VERB", "AUX"):
            continue
        inner = verb_entry(c, lex)
        if inner is not None and inner.type not in COOPERATIVE:
            continue
        base = inner or lex.verb("reject")
        if base is None:
            continue
        reject = as_reject(base, lex)
        source, _, _ = _verb_parties(verb, None, ctx.index, ())
        _, targets, _ = _verb_parties(c, inner, ctx.index, inner.target_preps if inner else ("to", "with"))
        targets = [t for t in targets if not same_as_source(t, source)]
        yield from _candidates_for(verb, verb, reject, Modality("asserted"), source, targets, False, False,
                                   reject.weight * 0.9)


def _demands(sent: Span, ctx: Context) -> Iterator[Candidate]:
    """"Russia said Sudan must return the helicopter": an obligation laid on another party, reported
    by a speaker, is the speaker's REQUEST to that party."""
    lex = ctx.lexicon
    request = lex.verb("demand")
    if request is None:
        return
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
            continue
        gov = tok.head
        if tok.dep_ != "ccomp" or lex.control.get(gov.lemma_.lower()) != "report":
            continue
        speaker, _, _ = _verb_parties(gov, None, ctx.index, ())
        addressee = party_of(argument_mentions(subject_heads(tok)[0], ctx.index))
        if speaker is None or addressee is None or same_as_source(addressee, speaker):
            continue
        yield from _candidates_for(gov, tok, request, Modality("asserted"), speaker, [addressee], False, False,
                                   request.weight * 0.8)


def _speaker_commits(speech: Token, verb: Token, index: MentionIndex) -> bool:
    """Does the speaker announce what their own side will do (a promise, so AGREE)?"""
    speaker = party_of(argument_mentions(subject_heads(speech)[0], index))
    actor = party_of(argument_mentions(subject_heads(verb)[0], index))
    if speaker is None or actor is None:
        return False
    return bool({a.country for a in speaker.actors if a.country} & {a.country for a in actor.actors if a.country})


#: Verbs whose infinitive is the event itself, not a purpose ("continued to send arms", "decided to allow").
ASPECTUAL = frozenset({"continue", "begin", "start", "resume", "keep", "try", "attempt", "manage", "decide",
                       "vote", "move", "seek", "go", "come", "proceed", "dare", "choose", "opt"})


def _purpose_or_consequence(verb: Token, lex: Lexicon) -> bool:
    """"mobilized groups *to help* the Palestinians", "began a hunger strike *to demand* ...": a purpose
    is a goal, not an event.  "shelled Juba, *killing* 20 people": a consequence of the same act."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "xcomp", "acl") or verb.head.i == verb.i:
        return False
    gov = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and not lex.control.get(gov.lemma_.lower()) and gov.pos_ in ("VERB", "AUX") \
            and gov.lemma_.lower() not in ASPECTUAL:
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children):
        mine, theirs = verb_entry(verb, lex), verb_entry(gov, lex)
        return mine is not None and theirs is not None and mine.type == theirs.type
    return False


#: Dependencies that make a clause the content of the word above it ("a call *for forces to be
#: deployed*", "accused Washington *of restoring* the blockade", "an admission *that forces murdered*").
CONTENT_DEPS = frozenset({"acl", "ccomp", "pcomp", "xcomp"})


#: Verdict words whose "of" clause is the charge, not an event reported ("guilty *of spying*").
VERDICT_WORDS = frozenset({"guilty", "innocent", "liable", "culpable"})


def _embedded_content(verb: Token, lex: Lexicon) -> bool:
    """Is this clause what another event or a reported thing is about, rather than an event reported?"""
    if verb.dep_ in ("pcomp", "pobj") and verb.head.dep_ == "prep" and verb.head.head.lemma_.lower() in VERDICT_WORDS:
        return True  # "found guilty *of spying*": the charge, not an act reported
    t = verb
    for _ in range(4):
        if t.dep_ not in CONTENT_DEPS or t.head.i == t.i:
            return False
        head = t.head
        if head.dep_ == "prep" and t.dep_ == "pcomp":
            head = head.head
        if head.pos_ in ("NOUN", "PROPN") and t.dep_ in ("acl", "ccomp"):
            return True  # the content of a request, call, plan, report ...
        if t.dep_ == "pcomp" and verb_entry(head, lex) is not None:
            return True
        if head.pos_ not in ("VERB", "AUX"):
            return False
        t = head
    return False


def _joint(entry: LexEntry) -> LexEntry:
    """"Joint patrols", "joint exercises": shows of force done together are cooperation."""
    if entry.type in ("MOBILIZE", "ASSAULT", "COERCE") or entry.mode == "investigate":
        # a joint investigation or commission is judicial cooperation, not an accusation by one party
        return replace(entry, type="COOPERATE", mode=None, cameo=None, reciprocal=True)
    return replace(entry, reciprocal=True)


def _nominal_candidates(sent: Span, index: MentionIndex, lex: Lexicon, used: set[int]) -> Iterator[Candidate]:
    """Event nouns that are not the object of an event verb: "Pelosi's visit to Taipei", "their meeting"."""
    for tok in sent:
        if tok.i in used:
            continue
        entry = noun_entry(tok, lex, index)
        if entry is None:
            continue
        head = tok.head
        # an event noun that is the object of another event is that event's content ("rejected a
        # request"), except the event a reaction is about ("criticised the minister's visit to Nepal")
        governing = verb_entry(head, lex) if tok.dep_ in ("dobj", "nsubjpass") else None
        if governing is not None and governing.type not in REACTION_TYPES:
            continue
        if tok.dep_ == "pobj" and head.dep_ == "prep" and verb_entry(head.head, lex) is not None \
                and head.lower_ not in BACKGROUND_PREPS:
            continue
        source, targets = _noun_parties(tok, entry, index)
        anchor_verb = _governing_verb(tok)
        if source is None and anchor_verb is not None and tok.dep_ == "pobj" and head.lower_ in ("in", "during", "at") \
                and head.head.i == anchor_verb.i and head.i < anchor_verb.i:
            # "In a meeting with Tokayev, Xi said ...": a fronted frame; the clause's subject held the meeting
            subj, _ = subject_heads(anchor_verb)
            source = party_of(argument_mentions(subj, index))
        recip = entry.reciprocal or _noun_is_joint(tok)
        if _noun_is_joint(tok):
            entry = _joint(entry)
        pair = source is not None and len(source.actors) > 1 and recip
        if not pair and (source is None or not targets):
            continue  # a bare event noun ("the summit", "his trip") is background, not a codable event
        mod = modality_of(tok, lex.control, lambda t: verb_entry(t, lex) is not None)
        status = mod.status if tok.dep_ in ("nsubj", "dobj") else _noun_status(tok)
        yield from _candidates_for(tok, tok, entry, Modality(status), source, targets, True, recip,
                                   entry.weight * 0.8)


def _noun_status(tok: Token) -> Status:
    if any(c.lower_ in ("no",) and c.dep_ == "det" for c in tok.children):
        return "negated"
    if any(c.lower_ in ("planned", "upcoming", "proposed", "possible", "potential", "future", "expected")
           for c in tok.children if c.dep_ == "amod"):
        return "future"
    return "asserted"


def _governing_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(5):
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None
