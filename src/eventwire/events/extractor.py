"""From a parsed sentence and its actor mentions to event candidates.

A candidate is a predicate the lexicon knows (a verb with its particle, a light verb with an
event noun, or an event noun on its own) together with the parties the parse assigns to it:
subjects are one joint source, each distinct object is its own target (so "met the presidents of
Kyrgyzstan, Tajikistan and Turkmenistan" becomes three candidates sharing one trigger).  Dates,
places, ids and the final record are added by the pipeline.

This module walks the sentence and decides which reading each predicate gets (received, carried by a
light verb, refused, intended, plain, nominal).  The pieces it calls live in modules of their own: the
candidate record and the party finders in ``candidates``, trigger senses in ``senses``, attempted
attacks, deaths in custody and weapon aims in ``violence``, crowd and protester rules in ``crowds``.
``Candidate``, ``Context``, ``verb_entry``, ``noun_entry`` and ``AIMED_TYPES`` are re-exported here for
the sentence-wide passes that import them from this module.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterator

from spacy.tokens import Span, Token

from ..model import Status
from .adjuncts import individual_expulsion, leaving_ordered, ordered_out, people_participle, realised_purpose
from .arguments import MentionIndex, Party, agent_heads, argument_mentions, conjuncts, main_after_participle, \
    names_someone, object_heads, parties_each, party_of, quantity_clause, subject_heads
from .candidates import (  # noqa: F401  (Candidate, Context, AIMED_TYPES: re-exported for the sentence passes)
    AIM_PREPS, AIMED_TYPES, Candidate, Context, candidates_for, joint_entry, noun_is_joint, noun_parties,
    verb_parties,
)
from .crowds import crowd_side, domestic_protesters
from .inverse import receptions
from .lexicon import LexEntry, Lexicon
from .light_nouns import drop_people_objects, light_noun_entry
from .modality import COOPERATIVE, HOSTILE, Modality, as_reject, commitment_type, modality_of, reframe, ultimatum
from .protest_parties import grievance_targets, partisan_parties
from .responsibility import disowns, fold_relative_acts, owned_acts
from .senses import FRAME_NOUNS, HOSTILE_TYPES, TRAVEL_WORDS, counted_noun, noun_entry, travel_trips, verb_entry
from .targets import (
    beyond_self, border_targets, cause_agent, condition_subjects, displaced_targets, located_thing, protected_parties,
    requested_agents, same_as_source, topic_targets,
)
from .violence import (
    DEATH_VERBS, attempted_attack, custody_death, existential_patient, hazard_doer, misparsed_attack,
    projectile_launchers, weapon_aims,
)

#: Prepositions that tie a background event noun to a clause ("criticized Washington *over* the visit").
BACKGROUND_PREPS = frozenset({"over", "amid", "after", "following", "before", "despite", "since", "during", "in"})


#: Verbs that react to an event which really happened: the event they name is coded too.
REACTION_TYPES = frozenset({"ACCUSE", "SUPPORT", "PROTEST"})
#: Attack verbs with no peaceful sense: a thing object ("shelled residential areas", "raided offices") is
#: what was attacked, not a sign of another sense as with "hit a record" or "struck a deal".
STRIKE_ONLY_VERBS = frozenset({"shell", "bomb", "bombard", "strafe", "torch", "raze", "ransack", "loot", "raid",
                               "storm", "pound", "blitz"})
#: Criticism verbs with a common literal sense: with a thing object ("jets blasted targets", "summoned a
#: session") they are no criticism.
LITERAL_CRITICS = frozenset({"blast", "summon", "pan", "slate", "savage", "skewer"})
#: Verbs whose subject is the host of a visit: PLOVER lists the visitor as source.
HOST_VERBS = frozenset({"host", "receive", "welcome", "entertain"})


def _thing_object(verb: Token, entry: LexEntry, ctx: "Context") -> bool:
    """A verb whose sense needs a person or group as object, used with a thing ("released a
    document", "pushing trade to record highs"): a different sense, not this event.  A thing aimed
    at someone ("fired missiles *at Russia*") keeps the event."""
    if not entry.object_is_target or entry.mode == "demo" or (
            entry.mode == "disapprove" and verb.lemma_.lower() not in LITERAL_CRITICS):
        # a demonstration's thing object is its grievance ("protesting the election results"); what is
        # criticised is the criticism's topic ("condemned the coup", "criticised the decision")
        return False
    aimed = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in tuple(entry.target_preps) + AIM_PREPS
             for g in c.children if g.dep_ == "pobj"]
    if any(ctx.index.at(t) for a in aimed for t in a.subtree):
        return False
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    if not dobj:
        return False
    if entry.type in PLACE_STRIKE_TYPES and located_thing(verb, dobj) and subject_heads(verb)[0]:
        return False  # "bombed targets near Damascus": an attack on the place
    if entry.type in PLACE_STRIKE_TYPES and verb.lemma_.lower() in STRIKE_ONLY_VERBS:
        return False  # "shelled residential areas": these verbs have no other sense, whatever their object
    return not any(names_someone(d, ctx.index, ctx.person_nouns) or noun_entry(counted_noun(d), ctx.lexicon)
                   # "cut 50 million pounds in aid": a sum whose sense a keyed word ("aid") already gave
                   or (d.ent_type_ == "MONEY" and entry.particle is not None)
                   or (d.lemma_.lower() in FRAME_NOUNS and entry.particle in (g.lemma_.lower() for g in d.children))
                   for d in dobj)


def _intent_candidates(anchor: Token, entry: LexEntry, mod: Modality, index: MentionIndex) -> Iterator[Candidate]:
    """"Xi said China would like to cooperate with Kazakhstan": AGREE by the one who intends."""
    gov = mod.intent_by
    assert gov is not None
    subj, _ = subject_heads(gov)
    source = party_of(argument_mentions(subj, index))
    _, targets, _ = verb_parties(anchor, entry, index, entry.target_preps)
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
    yield from candidates_for(anchor, anchor, agree, Modality(mod.status), source, targets, False,
                               False, min(entry.weight, agree.weight))


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
            joint = noun_is_joint(h)
            for n in map(counted_noun, conjuncts(h)):  # "waves of drones", "50 million euros in aid"
                ne = light_noun_entry(tok, n, lex, index)
                if ne is None or (offer and ne.type not in PERFORMED_BY_OFFER):
                    continue
                out.append((n, joint_entry(ne) if joint or noun_is_joint(n) else ne))
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
    source, targets = noun_parties(subj, entry, index)
    return source is not None or not targets


def find_candidates(sent: Span, ctx: Context) -> list[Candidate]:
    """Every event candidate the sentence's predicates and event nouns give, before the sentence-wide
    passes (allegations, refine) that ``sentence.extract_sentence`` runs over them."""
    lex, index = ctx.lexicon, ctx.index
    out: list[Candidate] = []
    is_trig = lambda t: verb_entry(t, lex) is not None  # noqa: E731
    used_nouns: set[int] = set()
    owned: set[int] = set()  # event nouns a claimant owns ("claimed responsibility for the bombing")
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or disowns(tok):
            continue  # every predicate below (receiving, light and plain verbs) is a verb
        attempted = attempted_attack(tok, ctx)
        if attempted:
            out.extend(attempted)
            used_nouns.update(c.i for c in tok.children if c.dep_ == "dobj")
            continue
        if tok.lemma_.lower() in DEATH_VERBS:
            out.extend(custody_death(tok, ctx))
        if _purpose_or_consequence(tok, lex) and not realised_purpose(tok, lex):
            continue
        got = receptions(tok, lex, index, ctx.person_nouns)  # "received arms from Poland": the giver acts
        if got and (mod := modality_of(tok, lex.control, is_trig)).content_of is None and mod.intent_by is None:
            used_nouns.update(r.noun.i for r in got)
            out.extend(c for r in got for c in candidates_for(tok, r.noun, r.entry, mod, r.source, r.targets, False,
                                                               False, r.entry.weight))
            continue
        claimed = owned_acts(tok, lex, index)  # "claimed responsibility for the bombing": the claimant did it
        # "ordered French troops to leave": an expulsion (below), not a deployment of the troops
        light = claimed or ([] if leaving_ordered(tok) is not None else _light_objects(tok, lex, index))
        if light:
            mod = modality_of(tok, lex.control, is_trig)
            if mod.content_of is not None:
                continue
            used_nouns.update(c.i for c in tok.children if c.dep_ == "dobj")  # also who it was done to
            owned.update(noun.i for noun, _ in claimed)
            for noun, ne in light:
                used_nouns.add(noun.i)
                aims = ("at", "on") if ne.type == "ASSAULT" else ()  # "launched drones *at Kyiv*"
                source, targets, passive = verb_parties(tok, None, index, ("to", "against", "with") + aims)
                nsource, ntargets = noun_parties(noun, ne, index)
                if passive and noun.dep_ == "nsubjpass":  # "sanctions were imposed *on Russia*"
                    source, targets, _ = verb_parties(tok, None, index, ("to", "against", "with") + ne.target_preps)
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
                out.extend(candidates_for(tok, noun, ne, mod, source, targets, False, ne.reciprocal, ne.weight))
            continue
        if any(main_after_participle(c) for c in tok.children):
            continue  # "Journalists *detained* last week were freed": a reduced relative, its subject its patient
        if tok.dep_ != "ROOT" and getattr(leaving_ordered(tok.head), "i", None) == tok.i:
            continue  # "ordered X *to leave*": the leaving is part of the expulsion coded on the order
        expel = ordered_out(tok, lex)
        entry = expel or verb_entry(tok, lex, index)
        patient = existential_patient(tok)
        if entry is None or (_embedded_content(tok, lex) and not people_participle(tok, index, ctx.person_nouns)
                             and patient is None):
            continue
        if entry.type in HOSTILE_TYPES and hazard_doer(tok):
            continue  # "Floods hit Pakistan", "an earthquake killed 300 people": nobody's act
        mod = modality_of(tok, lex.control, is_trig)
        if mod.content_of is not None and main_after_participle(tok):
            mod = replace(mod, content_of=None)  # "Journalists detained last week *were freed*": no content
        if mod.content_of is not None:
            continue
        if entry.particle == "grata":
            out.extend(_persona_non_grata(tok, entry, mod, index))
            continue
        effect = None if expel else lex.control.get(tok.lemma_.lower())
        if effect in ("negate", "intent", "future", "report") and any(
            c.dep_ in ("xcomp", "ccomp") for c in tok.children
        ):
            if effect == "negate":
                out.extend(_refusals(tok, ctx, mod))
            elif effect == "intent" and entry.type == "AGREE" and not _content_is_event(tok, lex):
                # "agreed to set up a research centre": the commitment is the event even when its
                # content is no event of its own
                source, targets, _ = verb_parties(tok, entry, index, entry.target_preps)
                out.extend(candidates_for(tok, tok, entry, mod, source, targets, False, False, entry.weight))
            continue  # "refused to condemn": the governed clause is the event
        if not expel and _thing_object(tok, entry, ctx):  # "gave the envoy *48 hours* to leave" is no thing given
            continue
        if mod.intent_by is None and mod.status == "future" and mod.speech is not None \
                and _speaker_commits(mod.speech, tok, index):
            mod = Modality("asserted", intent_by=tok)  # "Xi told Tokayev that China will help ...": a promise
        if entry.type not in REACTION_TYPES:
            used_nouns.update(o.i for o in object_heads(tok, entry.target_preps))
        if mod.intent_by is not None:
            out.extend(_intent_candidates(tok, entry, mod, index))
            continue
        source, targets, passive = verb_parties(tok, entry, index, entry.target_preps)
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
        trigger = misparsed_attack(tok, entry, lex) or tok
        out.extend(candidates_for(tok, trigger, entry, mod, source, targets, False, entry.reciprocal, entry.weight))
        if entry.type == "ASSAULT" and entry.reciprocal:
            out.extend(crowd_side(tok, mod, source, targets, ctx))
    out.extend(_demands(sent, ctx))
    out.extend(_nominal_candidates(sent, index, lex, used_nouns))
    return domestic_protesters(fold_relative_acts(out, owned), sent, index)


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
    yield from candidates_for(verb, verb, entry, mod, source, [target] if target else [], False, False,
                               entry.weight)


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
        targets = weapon_aims(verb, entry, source, index)
    if not targets and entry.type == "ASSAULT":
        targets = projectile_launchers(verb, source, index)
    return source, targets


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
    return any(c.dep_ in ("xcomp", "ccomp") and (verb_entry(c, lex) or owned_acts(c, lex) or _light_objects(c, lex))
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
        source, _, _ = verb_parties(verb, None, ctx.index, ())
        _, targets, _ = verb_parties(c, inner, ctx.index, inner.target_preps if inner else ("to", "with"))
        targets = [t for t in targets if not same_as_source(t, source)]
        yield from candidates_for(verb, verb, reject, Modality("asserted"), source, targets, False, False,
                                   reject.weight * 0.9)


def _demands(sent: Span, ctx: Context) -> Iterator[Candidate]:
    """"Russia said Sudan must return the helicopter": an obligation laid on another party, reported
    by a speaker, is the speaker's REQUEST to that party."""
    lex = ctx.lexicon
    request = lex.verb("demand")
    if request is None:
        return
    for tok in sent:
        # the dependency first: only a reported clause can carry the obligation, so most tokens cost
        # one attribute test rather than a scan of their children
        if tok.dep_ != "ccomp" or tok.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
            continue
        gov = tok.head
        if lex.control.get(gov.lemma_.lower()) != "report":
            continue
        speaker, _, _ = verb_parties(gov, None, ctx.index, ())
        addressee = party_of(argument_mentions(subject_heads(tok)[0], ctx.index))
        if speaker is None or addressee is None or same_as_source(addressee, speaker):
            continue
        yield from candidates_for(gov, tok, request, Modality("asserted"), speaker, [addressee], False, False,
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
    if quantity_clause(verb):
        return False  # "Thousands of miners protested": the parser's reduced relative is the main verb
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
        source, targets = noun_parties(tok, entry, index)
        anchor_verb = _governing_verb(tok)
        if source is None and anchor_verb is not None and tok.dep_ == "pobj" and head.lower_ in ("in", "during", "at") \
                and head.head.i == anchor_verb.i and head.i < anchor_verb.i:
            # "In a meeting with Tokayev, Xi said ...": a fronted frame; the clause's subject held the meeting
            subj, _ = subject_heads(anchor_verb)
            source = party_of(argument_mentions(subj, index))
        recip = entry.reciprocal or noun_is_joint(tok)
        if noun_is_joint(tok):
            entry = joint_entry(entry)
        pair = source is not None and len(source.actors) > 1 and recip
        if not pair and (source is None or not targets):
            continue  # a bare event noun ("the summit", "his trip") is background, not a codable event
        mod = modality_of(tok, lex.control, lambda t: verb_entry(t, lex) is not None)
        status = mod.status if tok.dep_ in ("nsubj", "dobj") else _noun_status(tok)
        yield from candidates_for(tok, tok, entry, Modality(status), source, targets, True, recip,
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
