"""The last pass over one sentence's candidates: what the clause-by-clause extractor over-reports.

The extractor looks at one predicate at a time, so some constructions come out as too many events
or as events that did not happen.  Each rule here names one such construction; all of them look at
the whole sentence's candidates together, which the extractor cannot do while it builds them:

* **Unrealised content.**  The act a call, appeal, demand, proposal, invitation or offer asks for
  ("rejected a call *for its forces to be deployed*", "demanded that the US *match the EU's support*")
  has not happened: it is ``hypothetical`` (kept for the record, not scored, no Goldstein value).
  The REQUEST or REJECT that carries it stays as it is.
* **One act, several candidates.**  Coordinated event nouns under one light verb ("launched
  artillery, mortar and rocket fire") are one event.  A participial or purpose adjunct of the same
  type by the same party ("attacked the camps, *killing* 20") is part of the main event; a demand or
  accusation made by protesters as the point of their protest ("began a hunger strike *to demand*
  ...", "staged rallies, *saying he must resign*") is the protest's content, and PLOVER codes the
  protest.  Events with different parties stay apart (different dyads are different events).
* **Internal sessions.**  A cabinet, parliament or council that "met" or "convened" with nobody
  else is doing its own business, not consulting anyone.  "Demands were met" is no meeting at all.
* **Arrivals that are no visit.**  Troops, police, aid or ships arriving somewhere are deployments
  or deliveries, not a visit (CONSULT); only people, officials and delegations visit.
* **Conditions not yet met.**  An act in a present-tense "until", "before" or "unless" clause ("vowed
  to fight until Museveni *resigns*") has not happened: it is ``hypothetical``.
* **Briefing at a meeting.**  "Met the envoys, *informing* them about the talks": telling the people
  one meets about something is what the meeting was for, not a second act of sharing intelligence.
* **Counterparts only the setting names.**  A lone visitor at a gathering abroad ("attended a
  summit *in Switzerland*") visits the host country; a weapon a light verb launches "*at* Russian
  airfields" is aimed there.  The clause-by-clause reader sees neither as an object; a candidate
  with no target takes the one its setting names (see ``targets.host_parties``, ``aimed_parties``).
* **Envoys sent away in idiom.**  "Summoned its ambassador *home*", "called its envoy *back*" recall
  one's own envoy (SANCTION 161, aimed at the host); "ordered the ambassador *out* of the country",
  "gave the diplomats 72 *hours to leave*" expel another's (SANCTION 166).  The clause reader sees a
  summons, an order or a gift; the adverb, particle or deadline says what really happened.
* **Peacekeepers deployed, no agent named.**  "Kenyan peacekeepers were deployed to Haiti": the
  peacekeepers' country provides protection (AID 074) to the destination, not a mobilisation
  against its own country.
* **Goods that land.**  "A Turkish plane *carrying medical aid* landed in Libya": a plane, convoy or
  shipment arriving is no visit, and the aid it carries is delivered where it arrives (AID aimed at the
  arrival's place) -- the clause reader finds the aid noun with no recipient of its own.
* **Held for questioning.**  "Detained a journalist *for questioning*": questioning is why someone is held,
  not an accusation (ACCUSE) of its own.
* **Self-inflicted acts.**  "Blew themselves up" names how the bombers attacked, not a second
  attack on their own side, when the sentence already reports the attack.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Span, Token

from ..model import Mention
from .arguments import Party, argument_mentions, government_of, mentions_in, parties_each, party_of
from .extractor import AIMED_TYPES, Candidate, Context, noun_entry, verb_entry
from .modality import requested_by, unmet_condition
from .targets import (
    ENVOY_NOUNS, GATHERING_NOUNS, HOMEWARD, aimed_parties, host_parties, mention_root, owned_thing_place,
    same_as_source,
)

#: Statuses of events reported as happening, which an unrealised content cannot have.
REALISED = frozenset({"asserted", "future", "historical"})
#: Words for a meeting; the light-verb noun of "held a meeting" counts too.
MEETING_WORDS = frozenset({"meet", "convene", "meeting", "session", "gather", "assemble", "sit"})
#: Bodies that meet among themselves: with no other party named, their meeting is internal business.
COLLECTIVE_BODIES = frozenset({
    "cabinet", "government", "council", "parliament", "congress", "senate", "assembly", "committee",
    "commission", "politburo", "presidium", "leadership", "board", "junta", "legislature", "house", "chamber",
    "panel", "bureau", "executive", "caucus", "party", "ministry", "court", "body", "conference", "diet",
    "duma", "knesset", "majlis", "parliamentarians", "lawmakers", "legislators", "ministers", "leaders",
})
#: Verbs of arriving, which make a visit only when people come.
ARRIVAL_VERBS = frozenset({"arrive", "land"})
#: Who or what arrives without visiting anyone: forces deploying, goods delivered, people fleeing.
NON_VISITORS = frozenset({
    "troop", "troops", "force", "forces", "soldier", "peacekeeper", "peacekeeping", "unit", "battalion",
    "brigade", "contingent", "deployment", "detachment", "marine", "marines", "police", "policeman",
    "gendarme", "militia", "fighter", "mercenary", "aid", "convoy", "shipment", "supply", "supplies",
    "cargo", "consignment", "truck", "ship", "warship", "vessel", "aircraft", "plane", "jet", "tank",
    "refugee", "migrant", "evacuee", "food", "medicine", "weapon", "arms", "grain", "fuel", "batch",
    "reinforcement", "reinforcements",
})
#: Things a vehicle carries that make its arrival a delivery of aid.
AID_CARGO = frozenset({"aid", "supply", "supplies", "relief", "food", "medicine", "medicines", "vaccine", "vaccines",
                       "tent", "tents", "blanket", "blankets", "equipment"})
#: Words for questioning a detainee: "held *for questioning*" gives the reason for holding, not an accusation.
QUESTIONING_WORDS = frozenset({"question", "questioning", "interrogation", "interrogate"})
#: Pronouns by which an act is done to the doer.
REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"})
#: Acts that, done to oneself, are only the manner of another act in the sentence.
SELF_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Types a protest's own demand or complaint comes out as.
PROTEST_CONTENT_TYPES = frozenset({"REQUEST", "ACCUSE"})
#: Verbs of telling the people one meets: at a meeting, its content.
BRIEFING_VERBS = frozenset({"inform", "brief", "update", "apprise", "tell"})
#: How much less sure a host read from the venue is than a named counterpart (as for places in the pipeline).
HOST_FACTOR = 0.75
#: Dependencies of a participial or purpose adjunct on its main verb.
ADJUNCT_DEPS = frozenset({"advcl", "xcomp", "conj"})


def refine(sent: Span, ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """``found`` (one sentence's candidates) without the over-reports described in the module doc."""
    control = ctx.lexicon.control
    out = [_with_setting_target(_unmet(_unrealised(_peacekeeping(_envoy_sent_away(c, ctx), ctx), control)), ctx)
           for c in found]
    out = _without_gathering_topics(out)
    out = [v for v in (_visit_to_named_gathering(c) for c in out) if v is not None]
    out = _aid_delivered_on_arrival(out)
    out = [c for c in out if not _internal_session(c, ctx) and not _arrival_without_visit(c)
           and not _held_for_questioning(c)]
    out = _without_self_harm(out)
    out = _merge_coordinated(out)
    return _merge_adjuncts(out, ctx)


# -- unrealised content --------------------------------------------------------------------------

def _unrealised(c: Candidate, control: dict[str, str]) -> Candidate:
    """An act inside what a call, proposal or request asks for is hypothetical."""
    if c.status not in REALISED:
        return c
    asker = requested_by(c.anchor, control)
    if asker is None or asker.i in (c.anchor.i, c.trigger.i):
        return c
    return replace(c, status="hypothetical")


def _unmet(c: Candidate) -> Candidate:
    """An act in a condition still to be met ("until Azerbaijan withdraws") is hypothetical."""
    if c.status in REALISED and unmet_condition(c.anchor):
        return replace(c, status="hypothetical")
    return c


# -- counterparts only the setting names ---------------------------------------------------------

def _with_setting_target(c: Candidate, ctx: Context) -> Candidate:
    """A targetless visit to a gathering abroad, or a launched weapon aimed "at" someone, gets the
    party its setting names."""
    if c.target is not None or c.source is None or (c.reciprocal and len(c.source.actors) > 1):
        return c
    weight = c.weight
    if c.type == "CONSULT":
        found = host_parties(c.trigger, c.anchor, c.source, ctx.index)
        weight *= HOST_FACTOR
    elif c.type in AIMED_TYPES and c.anchor.i != c.trigger.i:
        found = aimed_parties(c.anchor, c.trigger, c.source, ctx.index)
    else:
        return c
    if len(found) != 1:
        return c
    target = found[0]
    sent = c.anchor.sent
    inside = [m for m in target.mentions if sent.start <= m.start < sent.end]
    lo = min([c.span[0]] + [m.start for m in inside])
    hi = max([c.span[1]] + [m.end for m in inside])
    # a visit has a visitor and a host; its CAMEO code follows the mode the venue gives it (042 or 044)
    cameo = None if c.type == "CONSULT" else c.cameo
    return replace(c, target=target, span=(lo, hi), reciprocal=False, weight=weight, cameo=cameo)


#: Gatherings that can be named for the place that hosts them ("the *Tokyo* climate talks", "the
#: *Beijing* forum", "the *Madrid* summit", "the *Paris* Olympics").
NAMED_GATHERINGS = GATHERING_NOUNS | frozenset({"olympics", "games", "expo", "congress", "convention", "festival",
                                                 "ceremony", "talks", "jamboree", "cup", "championship"})
#: How a place word hangs on the gathering noun it names.
NAMING_DEPS = frozenset({"compound", "nmod", "amod"})
#: Prepositions that give a gathering's topic ("a forum *on* African trade", "talks *about* climate").
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _names_gathering(m: Mention, trigger: Token) -> bool:
    """Is ``m`` a capital or other place that modifies the gathering noun ``trigger`` ("the *Tokyo*
    climate talks")?  A country name there ("the Russia-Ukraine talks") names the participants."""
    if m.via != "capital":
        return False
    head = mention_root(m, trigger.doc)
    for _ in range(3):
        if head is None or head.dep_ not in NAMING_DEPS:
            return False
        head = head.head
        if head.i == trigger.i:
            return True
    return False


def _visit_to_named_gathering(c: Candidate) -> Candidate | None:
    """A lone visitor at a gathering named for a foreign place ("the Indian prime minister attended
    the *Tokyo* climate talks") visits that place's country, as "a summit *in Tokyo*" does: PLOVER's
    visit (CAMEO 042), the host's government as target.  The clause reader takes the place word for a
    second participant and codes a meeting.  At a gathering named for the visitor's own country
    ("Spain's prime minister attended the *Madrid* summit") nobody is visited: no event."""
    if c.type != "CONSULT" or c.target is None or c.source is None or c.trigger.i == c.anchor.i:
        return c
    if c.trigger.lemma_.lower() not in NAMED_GATHERINGS and c.trigger.lower_ not in NAMED_GATHERINGS:
        return c
    if any(a.org for a in c.source.actors) or len({a.country for a in c.source.actors}) != 1:
        return c
    home = c.source.actors[0].country
    if home is None or not c.target.mentions or not all(_names_gathering(m, c.trigger) for m in c.target.mentions):
        return c
    hosts = {a.country for a in c.target.actors}
    if any(a.org for a in c.target.actors) or len(hosts) != 1 or None in hosts:
        return c
    if hosts == {home}:
        return None  # at home: no counterpart, no visit
    return replace(c, target=government_of(c.target), mode="visit", cameo=None, reciprocal=False)


def _gathering_topic(c: Candidate) -> bool:
    """Is ``c``'s target only the topic of its gathering noun ("the forum *on African* trade")?"""
    t = c.trigger
    if c.target is None or t.i == c.anchor.i or t.lemma_.lower() not in NAMED_GATHERINGS:
        return False
    spans = [range(p.left_edge.i, p.right_edge.i + 1) for p in t.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS]
    return bool(spans) and all(any(m.start in s for s in spans) for m in c.target.mentions)


def _without_gathering_topics(cands: list[Candidate]) -> list[Candidate]:
    """What a gathering is about is no participant: "attend the Beijing forum *on African trade*"
    is one event with the host, not a second one with Africa.  Dropped only where the same gathering
    has a participant or host of its own; alone, the topic phrase may be all the text says."""
    topical = [c for c in cands if _gathering_topic(c)]
    if not topical:
        return cands
    return [c for c in cands if c not in topical or not any(
        o is not c and o not in topical and o.trigger.i == c.trigger.i and o.type == c.type and o.target is not None
        for o in cands)]


# -- envoys sent away, peacekeepers deployed ------------------------------------------------------

#: Verbs that, with "home"/"back" and the source's own envoy, recall that envoy.
RECALL_VERBS = frozenset({"summon", "call", "bring", "order", "pull"})
#: Possessives by which the envoy is the source's own ("summoned *its* ambassador home").
OWN_PRONOUNS = frozenset({"its", "their", "his", "her"})
#: Verbs that, with "out" and another's envoy, expel that envoy.
ORDER_OUT_VERBS = frozenset({"order", "tell", "kick", "throw", "send"})
#: A deadline to leave given to envoys ("72 *hours* to leave") is an expulsion.
DEADLINE_NOUNS = frozenset({"hour", "day", "week"})
LEAVE_VERBS = frozenset({"leave", "depart", "quit", "exit"})
#: Types the clause reader gives these idioms (a summons, a call, an order, a gift).
ENVOY_IDIOM_TYPES = frozenset({"ACCUSE", "REQUEST", "AID", "CONSULT"})


def _envoy_objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in ENVOY_NOUNS]


def _envoy_sent_away(c: Candidate, ctx: Context) -> Candidate:
    """A summons home, an order out or a deadline to leave given to envoys is a recall or an expulsion."""
    if c.type not in ENVOY_IDIOM_TYPES or c.anchor.i != c.trigger.i:
        return c
    verb = c.anchor
    envoys = _envoy_objects(verb)
    if not envoys:
        return c
    lemma = verb.lemma_.lower()
    words = {ch.lower_ for ch in verb.children if ch.dep_ in ("advmod", "prt", "prep")}
    own_envoy = any(g.dep_ == "poss" and g.lower_ in OWN_PRONOUNS for e in envoys for g in e.children)
    if lemma in RECALL_VERBS and words & HOMEWARD and own_envoy:
        hosts = owned_thing_place(verb, c.source, ctx.index)
        own = c.target is None or same_as_source(c.target, c.source)
        target = hosts[0] if len(hosts) == 1 else (None if own else c.target)
        return replace(c, type="SANCTION", mode="withdraw", cameo="161", target=target, reciprocal=False)
    deadline = any(ch.lemma_.lower() in DEADLINE_NOUNS and any(g.lemma_.lower() in LEAVE_VERBS for g in ch.children)
                   for ch in verb.children if ch.dep_ in ("npadvmod", "dobj"))
    if (lemma in ORDER_OUT_VERBS and "out" in words) or (lemma == "give" and deadline):
        if c.target is None or same_as_source(c.target, c.source):
            return c
        return replace(c, type="SANCTION", mode="expel", cameo="166", reciprocal=False)
    return c


#: Words for peacekeeping forces, whose deployment abroad is protection given to the host.
PEACEKEEPER_WORDS = frozenset({"peacekeeper", "peacekeepers", "peacekeeping", "blue helmets"})
DEPLOY_VERBS = frozenset({"deploy", "send", "dispatch", "station"})


def _peacekeeping(c: Candidate, ctx: Context) -> Candidate:
    """"Kenyan peacekeepers were deployed to Haiti": AID 074 from Kenya to Haiti."""
    verb = c.anchor
    if c.type not in ("MOBILIZE", "AID") or c.source is not None or verb.lemma_.lower() not in DEPLOY_VERBS:
        return c
    subj = [ch for ch in verb.children if ch.dep_ == "nsubjpass"]
    if len(subj) != 1 or subj[0].lemma_.lower() not in PEACEKEEPER_WORDS and subj[0].lower_ not in PEACEKEEPER_WORDS:
        return c
    sender = party_of(mentions_in(subj[0], ctx.index))
    dest = [p for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in ("to", "in", "into")
            for p in parties_each(argument_mentions([g for g in ch.children if g.dep_ == "pobj"], ctx.index))]
    if sender is None or not sender.resolved or len(dest) != 1 or same_as_source(dest[0], sender):
        return c
    return replace(c, type="AID", mode=None, cameo="074", source=sender, target=dest[0], reciprocal=False)


# -- one-party meetings and arrivals -------------------------------------------------------------

def _subject(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def _with_party(c: Candidate) -> bool:
    return any(ch.dep_ == "prep" and ch.lower_ in ("with", "between", "among")
               for tok in (c.anchor, c.trigger) for ch in tok.children)


def _internal_session(c: Candidate, ctx: Context) -> bool:
    """"The cabinet met on Sunday and decided ...": a body's own session; "its demands were met"."""
    if c.type != "CONSULT":
        return False
    words = {c.anchor.lemma_.lower(), c.trigger.lemma_.lower()}
    if not words & MEETING_WORDS:
        return False
    subj = _subject(c.anchor)
    if subj is not None and subj.dep_ == "nsubjpass" and c.anchor.lemma_.lower() == "meet":
        # "until its demands are met": a thing is met, nobody meets anyone
        return not any(ctx.index.at(t) for t in (subj,)) and subj.lemma_.lower() not in COLLECTIVE_BODIES
    if c.target is not None or c.source is None or len(c.source.actors) != 1 or _with_party(c):
        return False
    return subj is not None and subj.lemma_.lower() in COLLECTIVE_BODIES and not any(
        g.dep_ == "conj" for g in subj.children)


def _subject_words(subj: Token) -> Iterable[str]:
    """The subject's head and compounds, and through "of" ("a first batch *of* troops")."""
    t: Token | None = subj
    for _ in range(3):
        if t is None:
            return
        yield t.lemma_.lower()
        yield t.lower_
        yield from (g.lemma_.lower() for g in t.children if g.dep_ in ("compound", "amod"))
        t = next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"), None)


def _arrival_without_visit(c: Candidate) -> bool:
    """Troops, police or aid arriving somewhere is no visit."""
    if c.type != "CONSULT" or c.anchor.lemma_.lower() not in ARRIVAL_VERBS:
        return False
    subj = _subject(c.anchor)
    return subj is not None and any(w in NON_VISITORS for w in _subject_words(subj))


def _aid_delivered_on_arrival(cands: list[Candidate]) -> list[Candidate]:
    """"A plane carrying aid landed in Libya": the carried aid, found with no recipient, goes to where
    the carrier arrived; with no aid candidate of its own, an arrival of aid by a named party is AID."""
    arrivals = [c for c in cands if c.target is not None and _arrival_without_visit(c)]
    if not arrivals:
        return cands
    out = list(cands)
    for arr in arrivals:
        subj = _subject(arr.anchor)
        span = range(subj.left_edge.i, subj.right_edge.i + 1)
        carried = [i for i, c in enumerate(out) if c.type == "AID" and c.target is None and c.trigger.i in span]
        for i in carried:
            out[i] = replace(out[i], target=arr.target, source=out[i].source or arr.source)
        if not carried and arr.source is not None and any(w in AID_CARGO for w in _subject_words(subj)):
            out.append(replace(arr, type="AID", mode=None, cameo="073", reciprocal=False))
    return out


def _held_for_questioning(c: Candidate) -> bool:
    """"Detained the journalist *for questioning*": the reason for the detention, not an accusation."""
    t = c.trigger
    return t.lemma_.lower() in QUESTIONING_WORDS and t.dep_ in ("pobj", "pcomp") and t.head.lower_ == "for"


# -- self-inflicted acts -------------------------------------------------------------------------

def _reflexive(c: Candidate) -> bool:
    return c.type in SELF_HARM_TYPES and any(
        ch.dep_ == "dobj" and ch.lower_ in REFLEXIVES for ch in c.anchor.children)


def _without_self_harm(cands: list[Candidate]) -> list[Candidate]:
    """"Killed 23 people when they blew themselves up": the blast is the manner of the killing."""
    others = [c for c in cands if c.type in SELF_HARM_TYPES and not _reflexive(c)]
    if not others:
        return cands
    return [c for c in cands if not (_reflexive(c) and any(o.anchor.i != c.anchor.i for o in others))]


# -- one act, several candidates -----------------------------------------------------------------

def _keys(p: Party | None) -> frozenset[str]:
    return frozenset(a.key for a in p.actors) if p is not None else frozenset()


def _same_parties(a: Candidate, b: Candidate) -> bool:
    return _keys(a.source) == _keys(b.source) and _keys(a.target) == _keys(b.target)


def _merge_coordinated(cands: list[Candidate]) -> list[Candidate]:
    """"Launched artillery, mortar and rocket fire against X": one light verb, one event.  The parser
    sometimes reads part of such a list as a second verb ("launched artillery and *drone* strikes");
    coordinated verbs share their inflection, so a "verb" conjunct in another form than its head
    is such a misreading, and the same act.  ("Kidnapped advisers and exploded bombs" stays two.)"""
    out: list[Candidate] = []
    for c in cands:
        if any(o.type == c.type and o.status == c.status and _same_parties(o, c) and _one_predicate(o, c)
               for o in out):
            continue
        out.append(c)
    # the target phrase hangs on the last noun of the list but is aimed by all of them
    return [c for c in out if not (c.target is None and c.anchor.i != c.trigger.i and any(
        o.anchor.i == c.anchor.i and o.anchor.i != o.trigger.i and o.type == c.type and o.status == c.status
        and o.target is not None and _keys(o.source) == _keys(c.source) for o in out))]


def _one_predicate(a: Candidate, b: Candidate) -> bool:
    if a.anchor.i == b.anchor.i:
        return a.anchor.i != a.trigger.i and b.anchor.i != b.trigger.i  # two nouns under one light verb
    return any(x.anchor.dep_ == "conj" and x.anchor.head.i == y.anchor.i and x.anchor.pos_ == y.anchor.pos_
               and x.anchor.tag_ != y.anchor.tag_ and x.anchor.tag_ in ("VB", "VBP") and _subject(x.anchor) is None
               for x, y in ((a, b), (b, a)))


def _main_event(adj: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The candidate whose clause ``adj``'s clause is a participial or purpose adjunct of."""
    t = adj.anchor
    crossed = False
    for _ in range(4):
        if t.head.i == t.i:
            return None
        if t.dep_ in ADJUNCT_DEPS and not any(m.dep_ == "mark" for m in t.children):
            crossed = crossed or t.dep_ != "conj" and (t.tag_ == "VBG" or _infinitive(t))
        t = t.head
        if crossed:
            for c in cands:
                if c is not adj and c.anchor.i == t.i:
                    return c
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _same_side(adj: Party | None, main: Party | None) -> bool:
    return adj is None or main is None or _keys(adj) <= _keys(main) or _keys(main) <= _keys(adj)


def _merge_adjuncts(cands: list[Candidate], ctx: Context) -> list[Candidate]:
    """A participial or purpose adjunct that is part of the main event leaves only the main event.
    Same-type adjuncts merge only when they name no other target: the pipeline fills in a missing
    target later (from places, the discourse), so an untargeted main event is not known to share
    the adjunct's dyad.  A protest, by contrast, is aimed at whom its demand is addressed to."""
    out = list(cands)
    for adj in cands:
        if adj.status not in REALISED:
            continue
        main = _main_event(adj, out)
        if main is None:
            protest = _protest_noun(adj, ctx) if adj.type in PROTEST_CONTENT_TYPES else None
            if protest is not None:
                # "continued their hunger strike to demand ...": the protest the lexicon missed
                out[out.index(adj)] = protest
            continue
        if main.type == "CONSULT" and adj.type == "COOPERATE" and adj.anchor.lemma_.lower() in BRIEFING_VERBS \
                and (_same_side(adj.source, main.source) or _same_side(adj.source, main.target)):
            out.remove(adj)  # "met the envoys, informing them about ...": what the meeting was for
            continue
        if not _same_side(adj.source, main.source) or main.status != adj.status:
            continue
        protest_content = main.type == "PROTEST" and adj.type in PROTEST_CONTENT_TYPES
        if main.type != adj.type and not protest_content:
            continue
        if protest_content:
            if main.target is None and adj.target is not None:
                out[out.index(main)] = replace(main, target=adj.target)  # what the protest is against
        elif adj.target is not None and _keys(adj.target) != _keys(main.target):
            continue  # different (or unknown) targets are different dyads
        out.remove(adj)
    return out


def _protest_noun(adj: Candidate, ctx: Context) -> Candidate | None:
    """A demand whose clause is the purpose of an action named by a protest noun ("began a hunger
    strike to demand ...") is that protest, by the same people against the same party."""
    t = adj.anchor
    if t.dep_ not in ("advcl", "xcomp") or not (_infinitive(t) or t.tag_ == "VBG"):
        return None
    gov = t.head
    if verb_entry(gov, ctx.lexicon) is not None:
        return None
    for obj in gov.children:
        if obj.dep_ != "dobj":
            continue
        entry = noun_entry(obj, ctx.lexicon, ctx.index)
        if entry is not None and entry.type == "PROTEST":
            return replace(adj, type="PROTEST", mode=entry.mode, cameo=entry.cameo, trigger=obj, anchor=gov,
                           weight=min(adj.weight, entry.weight))
    return None
