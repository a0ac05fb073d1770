"""Inquiries: ACCUSE in mode ``investigate``, aimed at whoever is looked into.

Opening an inquiry into someone, wanting to inspect their sites or sending inspectors to them is a
suspicion of that party (PLOVER ACCUSE, mode ``investigate``).  The lexicon codes the inquiry word;
what it cannot see is whom it looks into when that is not the object ("an inquiry into abuses *by
Myanmar's military*", "into *Serbia's* role"), that a *wish* to examine is suspicion rather than a
commitment ("inspectors *want to examine* Iran's sites"), and that dispatching inspectors is an
investigation of the host.  ``investigation`` rewrites one candidate at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from .arguments import Party, argument_mentions, owner_mentions, parties_each
from .extractor import Candidate, Context, verb_entry
from .targets import same_as_source

#: People sent to look into someone: sending them is an investigation of the host.
INVESTIGATOR_NOUNS = frozenset({"inspector", "investigator", "monitor", "observer"})
#: Verbs that send investigators to a place ("dispatched inspectors to Iran"); expelling them is no inquiry.
SEND_VERBS = frozenset({"send", "dispatch", "despatch", "deploy"})
#: Governing verbs of a wish to investigate ("want to examine"): a suspicion, not a commitment.
WISH_VERBS = frozenset({"want", "seek", "wish", "plan", "intend", "aim", "demand", "insist", "push"})


def investigation(cand: Candidate, ctx: Context) -> Candidate:
    """Inquiries: aim an untargeted one at whoever it looks into ("an inquiry into abuses *by
    Myanmar's military*"), read a wish to inspect as suspicion ("inspectors *want to examine* Iran's
    sites" is ACCUSE, not a commitment), and read sending inspectors as an investigation of the host."""
    lex = ctx.lexicon
    trig = cand.trigger
    if cand.type == "AGREE" and trig.pos_ == "VERB" and trig.dep_ == "xcomp" \
            and trig.head.lemma_.lower() in WISH_VERBS:
        entry = verb_entry(trig, lex)
        if entry is not None and entry.type == "ACCUSE" and entry.mode == "investigate":
            return replace(cand, type=entry.type, mode=entry.mode, cameo=entry.cameo,
                           weight=min(cand.weight, entry.weight))
    if trig.lemma_.lower() in SEND_VERBS and cand.target is not None and any(
            c.dep_ == "dobj" and c.lemma_.lower() in INVESTIGATOR_NOUNS for c in trig.children):
        base = lex.verb("investigate")
        if base is not None:
            return replace(cand, type=base.type, mode=base.mode, cameo=base.cameo, reciprocal=False,
                           weight=min(cand.weight, base.weight))
    if cand.type == "ACCUSE" and cand.mode == "investigate" and cand.target is None:
        targets = [p for p in _looked_into(trig, ctx) if not same_as_source(p, cand.source)]
        if targets:
            return replace(cand, target=targets[0])
    return cand


def _looked_into(trigger: Token, ctx: Context) -> list[Party]:
    """Whose act an inquiry looks into: "into abuses *by the army*", "into *Serbia's* role"."""
    found = []
    for word in _self_and_governor(trigger):
        for c in word.children:
            if c.dep_ != "prep" or c.lower_ not in ("into", "of", "on"):
                continue
            for g in (g for g in c.children if g.dep_ == "pobj"):
                mentions = owner_mentions(g, ctx.index)
                for p in g.children:
                    if p.dep_ == "prep" and p.lower_ == "by":  # the doer; an "of/against" phrase is more often a victim
                        mentions += argument_mentions([h for h in p.children if h.dep_ == "pobj"], ctx.index)
                found += mentions
    return parties_each(found)


def _self_and_governor(trigger: Token) -> Iterable[Token]:
    """The inquiry noun, and the verb it is the object of ("opened an inquiry *into* ...": the parser
    often hangs the "into" phrase on the verb)."""
    yield trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj":
        yield trigger.head
