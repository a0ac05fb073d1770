"""Is the event reported as happening, denied, planned, promised or only imagined?

PLOVER codes what was reported, so a coder must tell "condemned" from "refused to condemn",
"will visit" from "visited", and "plans to cooperate" (a commitment: AGREE) from "cooperated".
The answer comes from the trigger's own auxiliaries and negation, and from the verbs that govern
it (``control`` words from the lexicon: refuse → negate, plan → intent, expect → future, say → report).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Mapping

from spacy.tokens import Token

from ..model import Status
from .lexicon import LexEntry, Lexicon

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
#: Dependencies through which a governing verb controls the clause below it.
CONTROL_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "acomp", "advcl", "conj", "dobj"})


@dataclass(frozen=True)
class Modality:
    """How the trigger's clause is framed.

    ``intent_by`` is the governing verb of an announced intention or promise: PLOVER codes the
    commitment, so the event becomes AGREE by that verb's subject.  ``content_of`` is a governing
    event trigger ("threatened *to attack*", "urged Iran *to stop*"): the clause is that event's
    content, not an event of its own.
    """

    status: Status
    intent_by: Token | None = None
    speech: Token | None = None
    content_of: Token | None = None


def _own_status(tok: Token, in_speech: bool) -> Status | None:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never",)):
            return "negated"
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            low = c.lower_
            if low in FUTURE_AUX:
                return "future"
            if low in ("would", "'d"):
                return "future" if in_speech else "hypothetical"
            if low in HYPOTHETICAL_AUX:
                return "hypothetical"
        if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
            return "hypothetical"
    return None


def _speech_above(tok: Token, control: Mapping[str, str]) -> bool:
    t = tok
    for _ in range(6):
        if t.dep_ not in CONTROL_DEPS or t.head.i == t.i:
            return False
        t = t.head
        if control.get(t.lemma_.lower()) == "report":
            return True
    return False


def modality_of(trigger: Token, control: Mapping[str, str], is_trigger: Callable[[Token], bool]) -> Modality:
    """The status of the event whose predicate is ``trigger`` (a verb or an event noun)."""
    in_speech = _speech_above(trigger, control)
    status: Status = _own_status(trigger, in_speech) or "asserted"
    # "would like to cooperate": the intention sits on the trigger's own head word.
    intent_by: Token | None = None
    speech: Token | None = None
    t = trigger
    for _ in range(6):
        if t.head.i == t.i or t.dep_ not in CONTROL_DEPS:
            break
        dep, gov = t.dep_, t.head
        if dep == "conj":
            # coordinated verbs share auxiliaries ("will meet X and sign Y") but not negation
            inherited = _own_status(gov, in_speech)
            if status == "asserted" and inherited in ("future", "hypothetical"):
                status = inherited
            t = gov
            continue
        if dep == "advcl" and not _misparsed_complement(t, gov, control):
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children) or unmet_condition(t):
                status = "hypothetical"
            break
        effect = control.get(gov.lemma_.lower())
        if effect is None and dep == "xcomp" and gov.lemma_.lower() == "be" and _to_infinitive(t) and gov.i < t.i:
            effect = "future"  # "Biden *is to attend* a summit": what is scheduled (see adjuncts.scheduled_infinitive)
            if _own_status(gov, in_speech) == "negated":
                status = "negated"  # "is not to attend"
        if effect == "report":
            speech = gov
            break
        if effect == "negate":
            # "did not refuse to meet" is a meeting; "refused to condemn" is no condemnation
            status = "asserted" if _own_status(gov, in_speech) == "negated" else "negated"
            break
        if effect == "future":
            if status == "asserted":
                status = "future"
            t = gov
            continue
        if effect == "hypothetical":
            status = "hypothetical"
            break
        if effect == "intent":
            gov_status = _own_status(gov, in_speech)
            if gov_status == "negated":
                status = "negated"
            intent_by = gov
            status = "negated" if status == "negated" else "asserted"
            break
        if effect == "request" and dep != "dobj":
            # "urged Kenya to free the crew", "demanded that Israel match Jordan's aid": asked for, not done
            unrealised: Status = "hypothetical" if status in ("asserted", "future") else status
            return Modality(unrealised, content_of=gov if is_trigger(gov) else None)
        if is_trigger(gov) and dep != "dobj":
            return Modality(status, content_of=gov)
        if gov.pos_ in ("VERB", "AUX", "ADJ"):
            gov_status = _own_status(gov, in_speech)
            if gov_status and status == "asserted":
                status = gov_status
            t = gov
            continue
        break
    return Modality(status, intent_by=intent_by, speech=speech)


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Subordinators of a condition not yet met ("fight *until* they resign", "*before* they demobilize").
CONDITION_MARKS = frozenset({"until", "till", "before", "unless"})
#: Present-tense tags: a condition in the present names what has not happened yet.
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})


def unmet_condition(clause: Token) -> bool:
    """Is ``clause`` a present-tense condition ("until Azerbaijan *withdraws* its troops", "until their
    demands *are met*": the tense may show only on the auxiliary)?  What it names has not happened."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
        return False
    return clause.tag_ in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS
                                              for c in clause.children)


def _misparsed_complement(clause: Token, gov: Token, control: Mapping[str, str]) -> bool:
    """"have sworn *to fight*": the parser sometimes hangs the infinitive complement of a control verb
    as an adverbial clause; an infinitive under a verb the control table knows is its complement."""
    if control.get(gov.lemma_.lower()) is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False  # "called for troops to be withdrawn": a clause with its own subject is no complement
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


#: Modal auxiliaries with which an actor states what it may do ("could cut aid", "may halt mediation").
MODAL_AUX = frozenset({"could", "may", "might", "would", "'d"})


def conditional_on_other(verb: Token) -> bool:
    """"X could cut aid *unless* Y frees the prisoners": a modal act made to depend on a condition.
    Stated by the actor about its own hostile act, PLOVER reads this as a threat, not as speculation."""
    if not any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


def ultimatum(verb: Token) -> bool:
    """"will withdraw its troops *unless* the government pays them": an act announced as the price of
    another party's refusal is a threat whatever the act (an "if" clause makes an offer as often)."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in verb.children)


#: Types of a promised act that PLOVER codes as a concession rather than an agreement: the codebook's
#: CONCEDE covers "a promise of future concessions" and of "easing administrative or legal
#: restrictions".  It also lists promised withdrawals, but the PLOVER gold codes promised material
#: retreats (to release, to withdraw, to reopen a border) as AGREE, so RETREAT keeps the AGREE rule.
CONCESSION_TYPES = frozenset({"CONCEDE"})
#: Subject words that make one party of two acting together ("*both* sides", "*the two* armies").
JOINT_DETS = frozenset({"both", "two"})


def commitment_type(promised: str) -> str:
    """The type of a promise, offer or announced intention to do an act of type ``promised``."""
    return "CONCEDE" if promised in CONCESSION_TYPES else "AGREE"


def joint_plan(verb: Token, reciprocal: bool) -> bool:
    """"India and Bangladesh will conduct joint patrols": a reciprocal activity that two parties have
    scheduled together is a future event of its own type.  Nobody promises anything to anybody, so
    the rule that reads an actor announcing its own act as AGREE does not apply."""
    if not reciprocal:
        return False
    for s in verb.children:
        if s.dep_ != "nsubj":
            continue
        if any(c.dep_ == "conj" for c in s.children):
            return True  # "Russia and China", "Greek and Turkish coast guards" (adjectives coordinated)
        if any(c.dep_ == "amod" and any(g.dep_ == "conj" for g in c.children) for c in s.children):
            return True
        if any(c.lower_ in JOINT_DETS for c in s.children if c.dep_ in ("det", "nummod", "predet", "amod")):
            return True
    return False


#: Nouns that name a call for an act ("a call for troops to be sent", "an appeal for deploying police"):
#: what they ask for has not happened, whoever makes, accepts or rejects them.
REQUEST_NOUNS = frozenset({"call", "appeal", "demand", "request", "plea", "petition", "invitation", "ultimatum",
                           "proposal", "suggestion", "offer", "proposition"})
#: Texts whose content becomes real once adopted ("adopted a resolution condemning X" is a condemnation);
#: only while vetoed, rejected or merely proposed is their content unrealised.
PROPOSAL_NOUNS = frozenset({"resolution", "draft", "motion", "plan", "bill", "initiative"})
#: Verbs that block or only table a proposal.
BLOCKING_VERBS = frozenset({"veto", "block", "reject", "oppose", "defeat", "propose", "table", "submit",
                            "circulate", "draft", "refuse", "spurn", "dismiss"})
#: Modifiers of a proposal noun that say it is not adopted.
UNADOPTED = frozenset({"draft", "proposed", "rejected", "vetoed"})
#: Prepositions that introduce what a call asks for ("appeal *for* aid", "offer *of* help", "invitation *to* talks").
CONTENT_PREPS = frozenset({"for", "of", "to"})
#: Dependencies by which a clause is the content of a noun or of a request verb.
NOUN_CONTENT_DEPS = frozenset({"acl", "relcl", "ccomp"})
VERB_CONTENT_DEPS = frozenset({"xcomp", "ccomp"})


def _blocked(noun: Token, control: Mapping[str, str]) -> bool:
    if any(c.lower_ in UNADOPTED for c in noun.children if c.dep_ in ("amod", "compound")):
        return True
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.i == noun.i:
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return lemma in BLOCKING_VERBS or control.get(lemma) == "negate" or (lemma == "turn" and down)


def _content_edge(child: Token, head: Token, control: Mapping[str, str]) -> bool:
    """Is ``child`` (a dependent of ``head``) the act that ``head`` asks for or proposes?"""
    dep = child.dep_
    if head.pos_ in ("NOUN", "PROPN"):
        low = head.lemma_.lower()
        if low not in REQUEST_NOUNS and not (low in PROPOSAL_NOUNS and _blocked(head, control)):
            return False
        return dep in NOUN_CONTENT_DEPS or (dep == "prep" and child.lower_ in CONTENT_PREPS)
    if head.pos_ in ("VERB", "AUX") and control.get(head.lemma_.lower()) == "request":
        if dep in VERB_CONTENT_DEPS or (dep == "prep" and child.lower_ == "for"):
            return True  # "urged Iran to stop", "pressed for sanctions"
        # "called for Saudi troops to be withdrawn", "demanded parties to the conflict to allow ...":
        # a "for" clause or an infinitive the parser hangs on the verb as an adverbial
        return dep == "advcl" and any((m.dep_ == "mark" and m.lower_ == "for") or (m.dep_ == "aux" and m.lower_ == "to")
                                      for m in child.children)
    return False


def _misattached_content(t: Token, control: Mapping[str, str]) -> Token | None:
    """The call or proposal noun a clause belongs to when the parser attached it elsewhere:
    "reiterated its demand today *that Israel ease* ..." (a "that" clause hung on the verb after a
    request noun object) and "vetoed a resolution *censuring* X" read as a resolution-compound
    participle object."""
    if t.pos_ not in ("VERB", "AUX"):
        return None
    for c in t.children:
        if c.dep_ == "compound" and c.i < t.i and (c.lemma_.lower() in REQUEST_NOUNS or (
                c.lemma_.lower() in PROPOSAL_NOUNS and t.dep_ in ("dobj", "nsubjpass") and _blocked(t, control))):
            return c
    if t.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
        for c in t.head.children:
            if c.dep_ == "dobj" and c.i < t.i and c.lemma_.lower() in REQUEST_NOUNS:
                return c
    return None


def requested_by(tok: Token, control: Mapping[str, str], depth: int = 8) -> Token | None:
    """The call, appeal, proposal or request verb whose content ``tok`` lies in, if any.

    An act someone calls for, proposes or offers has not happened; coded as an event of its own it
    would be a false report.  The request itself (the REQUEST, or the REJECT of the request) stays
    an event: only what it asks for is unrealised.
    """
    t = tok
    for _ in range(depth):
        noun = _misattached_content(t, control)
        if noun is not None:
            return noun
        head = t.head
        if head.i == t.i:
            return None
        if _content_edge(t, head, control):
            return head
        t = head
    return None


# --- an actor announcing its own act -------------------------------------------------------------

#: Cooperative event types: refusing one of them is a REJECT; refusing a hostile act is no event.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


def reframe(verb: Token, entry: LexEntry, mod: Modality, lex: Lexicon) -> tuple[LexEntry, Modality]:
    """An actor announcing its own act: "Syria will not accept more refugees" is a REJECT (a promise in
    reverse), "Germany will send troops" an AGREE, "NATO would tighten the blockade" a THREATEN.
    Events only expected or scheduled by others ("is expected to meet") stay future.  A modal hostile
    act made conditional ("could cut aid unless ...") is a threat as well."""
    conditional = mod.status == "hypothetical" and entry.type in HOSTILE and conditional_on_other(verb)
    if conditional or (mod.status in ("future", "hypothetical") and ultimatum(verb)):
        threat = _as_threat(entry, lex)
        return (threat, Modality("asserted")) if threat is not None else (entry, mod)
    if not _announced(verb):
        return entry, mod
    if mod.status == "negated" and entry.type in COOPERATIVE:
        return as_reject(entry, lex), Modality("asserted")
    if mod.status == "future" and not joint_plan(verb, entry.reciprocal):
        announced = _announcement(entry, lex)
        if announced is not None:
            return announced, Modality("asserted")
    return entry, mod


#: Hostile acts announced by the actor itself are threats.
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _as_threat(entry: LexEntry, lex: Lexicon) -> LexEntry | None:
    return _announcement(replace(entry, type="SANCTION"), lex)


def _announcement(entry: LexEntry, lex: Lexicon) -> LexEntry | None:
    if entry.type in COOPERATIVE:
        base = lex.verb("concede" if commitment_type(entry.type) == "CONCEDE" else "promise") or lex.verb("agree")
    elif entry.type in HOSTILE:
        base = lex.verb("threaten")
    else:
        return None
    if base is None:
        return None
    return replace(base, lemma=entry.lemma, particle=entry.particle, target_preps=entry.target_preps,
                   object_is_target=entry.object_is_target, reciprocal=False, weight=min(entry.weight, base.weight))


def _announced(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "shall", "'ll") for c in tok.children)


def as_reject(entry: LexEntry, lex: Lexicon) -> LexEntry:
    base = lex.verb("reject") or entry
    return replace(base, lemma=entry.lemma, particle=entry.particle, target_preps=entry.target_preps,
                   reciprocal=False, weight=min(entry.weight, base.weight))


#: Verbs of leaving office.  Refusing to leave defies whoever presses for it: at home, unless named.
OFFICE_EXIT_VERBS = frozenset({"resign", "quit", "abdicate"})
#: ... and verb + particle forms of it ("step down", "stand down").
OFFICE_EXIT_PHRASES = frozenset({("step", "down"), ("stand", "down")})
#: Nouns for what presses someone to go ("despite *pressure* from ...", "rejected *calls* by ...").
PRESSURE_NOUNS = frozenset({"pressure", "call", "demand", "protest", "ultimatum", "appeal", "request", "criticism"})
#: Prepositions by which the pressure is set against the refusal ("*despite* calls", "*amid* protests").
PRESSURE_PREPS = frozenset({"despite", "amid"})
#: Prepositions that name who presses ("pressure *from* the EU", "calls *by* the opposition").
PRESSER_PREPS = frozenset({"from", "by", "of"})


def _office_exit(verb: Token) -> bool:
    low = verb.lemma_.lower()
    return low in OFFICE_EXIT_VERBS or any(c.dep_ == "prt" and (low, c.lower_) in OFFICE_EXIT_PHRASES
                                           for c in verb.children)


def refused_exit(refusal: Token) -> Token | None:
    """The office-leaving act a refusal turns down: "declined *to resign*", "refused *to step down*",
    "rejected calls *to resign*" (the parser hangs the infinitive on the verb or on its "calls")."""
    below = [c for c in refusal.children if c.dep_ in ("xcomp", "ccomp", "advcl")]
    below += [g for c in refusal.children if c.dep_ == "dobj" and c.lemma_.lower() in PRESSURE_NOUNS
              for g in c.children if g.dep_ == "acl"]
    return next((c for c in below if c.pos_ == "VERB" and _office_exit(c)), None)


def pressers(refusal: Token, exit_verb: Token) -> list[Token]:
    """The words naming who presses a refuser to go: "despite pressure *from the EU*", "rejected
    calls *by the opposition* to resign", "rejected *the army's* demand"."""
    nouns = [c for c in refusal.children if c.dep_ == "dobj" and c.lemma_.lower() in PRESSURE_NOUNS]
    nouns += [g for t in (refusal, exit_verb) for p in t.children if p.dep_ == "prep" and p.lower_ in PRESSURE_PREPS
              for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in PRESSURE_NOUNS]
    out = [c for n in nouns for c in n.children if c.dep_ == "poss"]
    out += [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in PRESSER_PREPS
            for g in p.children if g.dep_ == "pobj"]
    return out
