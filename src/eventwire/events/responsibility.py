"""Claims of responsibility: a group that claims, admits or owns an attack says it did it.

"The Taliban *claimed responsibility for* a bombing in Kandahar", "Islamic State *claimed* the suicide
bombing", "the ELN *acknowledged responsibility for* the kidnapping", "the Pakistani Taliban said they
*were behind* an ambush": the claimant names itself as the doer, so the act is coded with the claimant
as its source.  CAMEO files the claim itself under 015 (acknowledge responsibility), which PLOVER does
not code; the act it reports is what users of event data count.

This is not an allegation (events/allegations.py): there a speaker blames *someone else* and only the
accusation is coded.  A denial ("denied responsibility for the rocket fire") and a claim that nobody
made ("no group has claimed responsibility") assert no act: the verb's own negation settles that.

Only hostile acts are owned this way (``OWNED_TYPES``): "claimed the capture of" and "was behind the
ambush" name a doer; "claimed victory" or "was behind the talks" do not.  A state that *admits* or
*acknowledges* responsibility ("Belgium acknowledged its responsibility for colonial abuses") concedes
a wrong, which the lexicon codes as such; only *claiming* (or taking credit) owns an act whoever the
claimant is, and admitting one owns it when the claimant is not a state.  A raid a group owns is an
attack (a police raid, COERCE, has no claimant).  A relative clause on the owned act ("a bombing *that
killed six soldiers*") tells what the act did: its victims are the act's targets, not a second event.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .arguments import MentionIndex, argument_mentions, subject_heads
from .candidates import Candidate
from .lexicon import LexEntry, Lexicon
from .senses import noun_entry

#: Verbs by which a doer owns an act ("claimed responsibility for", "took responsibility for").
OWNING_VERBS = frozenset({"claim", "admit", "acknowledge", "accept", "take", "assume", "bear"})
#: Verbs that own an act named as their direct object ("claimed the bombing", "admitted the raid").
OWNING_OBJECT_VERBS = frozenset({"claim", "admit"})
#: What is owned: "claimed *responsibility* for", "took *credit* for".
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
#: Acts a claimant owns as their doer.
OWNED_TYPES = frozenset({"ASSAULT"})
#: Sectors of a state speaking as itself: its admission of responsibility is a concession, not a claim.
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "LEG", "JUD"})
#: Verbs that disown ("denied responsibility for"): no act is asserted.
DISOWNING_VERBS = frozenset({"deny", "reject", "disclaim", "disavow"})


def owned_acts(verb: Token, lex: Lexicon, index: MentionIndex | None = None) -> list[tuple[Token, LexEntry]]:
    """The event nouns the clause of ``verb`` says its subject did, with their senses; [] if none.

    "claimed responsibility *for* the attack", "claimed *the bombing*", "was *behind* the ambush"."""
    lemma = verb.lemma_.lower()
    nouns: list[Token] = []
    if lemma in OWNING_VERBS:
        for c in verb.children:
            if c.dep_ != "dobj":
                continue
            if c.lemma_.lower() in RESPONSIBILITY_NOUNS and (
                    lemma == "claim" or c.lemma_.lower() == "credit" or not _state_speaks(verb, index)):
                nouns += [g for p in (*c.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "for"
                          for g in p.children if g.dep_ == "pobj"]
            elif lemma in OWNING_OBJECT_VERBS:
                nouns.append(c)
    elif lemma == "be" and any(c.dep_ == "nsubj" for c in verb.children):
        nouns += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "behind"
                  for g in p.children if g.dep_ == "pobj"]
    out = []
    for n in nouns:
        for m in (n, *(c for c in n.children if c.dep_ == "conj")):
            entry = noun_entry(m, lex, index)
            if entry is not None and entry.type == "COERCE" and m.lemma_.lower() == "raid":
                entry = lex.noun("attack") or entry
            if entry is not None and entry.type in OWNED_TYPES:
                out.append((m, entry))
    return out


def _state_speaks(verb: Token, index: MentionIndex | None) -> bool:
    """Is the verb's subject a state as itself (a country, its government or forces), not a group?"""
    if index is None:
        return False
    heads, _ = subject_heads(verb)
    actors = [a for m in argument_mentions(heads, index) for a in m.actors]
    return bool(actors) and all(a.country and not a.org and a.sector in STATE_SECTORS for a in actors)


def disowns(verb: Token) -> bool:
    """"denied (any) responsibility for", "rejected responsibility for": a denial, no act and no rejection."""
    return verb.lemma_.lower() in DISOWNING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS for c in verb.children)


def fold_relative_acts(cands: list[Candidate], owned: set[int]) -> list[Candidate]:
    """An owned act's relative clause ("a bombing *that killed six soldiers*") is the act, not another:
    its targets go to the owned act when that has none, and the clause's own candidates are dropped."""
    if not owned:
        return cands
    clause = [c for c in cands if c.anchor.dep_ in ("relcl", "acl") and c.anchor.head.i in owned]
    if not clause:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c in clause:
            continue
        victims = [r for r in clause if r.anchor.head.i == c.trigger.i] if c.trigger.i in owned else []
        if victims and c.target is None:
            span = (min(c.span[0], *(r.span[0] for r in victims)), max(c.span[1], *(r.span[1] for r in victims)))
            named = [r for r in victims if r.target is not None]
            # the clause's victims, or, unnamed, the clause itself with the claimant as its doer (the
            # pipeline then places the victims where the clause says it happened: "killed ... in Kandahar")
            if named:
                out.extend(replace(c, target=r.target, span=span) for r in named)
            else:
                out.append(replace(victims[0], source=c.source, status=c.status, span=span))
            continue
        out.append(c)
    return out
