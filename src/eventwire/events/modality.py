"""Is the event reported as happening, denied, planned, promised or only imagined?

PLOVER codes what was reported, so a coder must tell "condemned" from "refused to condemn",
"will visit" from "visited", and "plans to cooperate" (a commitment: AGREE) from "cooperated".
The answer comes from the trigger's own auxiliaries and negation, and from the verbs that govern
it (``control`` words from the lexicon: refuse → negate, plan → intent, expect → future, say → report).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from spacy.tokens import Token

from ..model import Status

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
        if dep == "advcl":
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children):
                status = "hypothetical"
            break
        effect = control.get(gov.lemma_.lower())
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
