"""Inquiries: ACCUSE in mode ``investigate``, aimed at whoever is looked into.

Opening an inquiry into someone, wanting to inspect their sites or sending inspectors to them is a
suspicion of that party (PLOVER ACCUSE, mode ``investigate``).  The lexicon codes the inquiry word;
what it cannot see is whom it looks into when that is not the object ("an inquiry into abuses *by
Myanmar's military*", "into *Serbia's* role"), that a *wish* to examine is suspicion rather than a
commitment ("inspectors *want to examine* Iran's sites"), and that dispatching inspectors is an
investigation of the host.  ``investigation`` rewrites one candidate at a time.

The extractor drops an inspection whose object is a thing ("inspect nuclear *sites*": no one is
inspected), so ``site_inspections`` adds it back when the inspecting body is an investigator or an
international organisation and the thing lies in or belongs to a country ("sites *in Iran*", "*Iran's*
reactor"): that country is the one under suspicion.  A wish to examine with neither (no target, no
inspectors: "Japan plans to examine the proposal") is no event at all, neither suspicion nor promise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from spacy.tokens import Span

from .arguments import Party, argument_mentions, names_someone, owner_mentions, parties_each, party_of, subject_heads
from .candidates import candidates_for
from .extractor import Candidate, Context, verb_entry
from .modality import Modality, modality_of
from .targets import same_as_source

#: People sent to look into someone: sending them is an investigation of the host.
INVESTIGATOR_NOUNS = frozenset({"inspector", "investigator", "monitor", "observer"})
#: Verbs that send investigators to a place ("dispatched inspectors to Iran"); expelling them is no inquiry.
SEND_VERBS = frozenset({"send", "dispatch", "despatch", "deploy"})
#: Governing verbs of a wish to investigate ("want to examine"): a suspicion, not a commitment.
WISH_VERBS = frozenset({"want", "seek", "wish", "plan", "intend", "aim", "demand", "insist", "push"})
#: Verbs of looking a place over ("inspect the sites in Iran"); a visit to a site by inspectors is one too.
SITE_VERBS = frozenset({"inspect", "reinspect", "examine", "reexamine", "investigate", "probe", "visit", "search"})
#: Sector of international organisations (the IAEA, the OPCW): their inspecting is an inquiry.
IGO_SECTOR = "IGO"


def site_inspections(sent: Span, ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """``found`` plus the inspections of things in a country that the extractor left out ("UN
    inspectors *want to inspect* nuclear sites in Iran", "IAEA monitors *inspected* the reactor in
    North Korea"): ACCUSE investigate by the inspecting body, aimed at the country."""
    base = ctx.lexicon.verb("investigate")
    if base is None:
        return found
    taken = {c.trigger.i for c in found} | {c.anchor.i for c in found}
    out = list(found)
    for tok in sent:
        if tok.pos_ == "VERB" and tok.i not in taken and tok.lemma_.lower().replace("-", "") in SITE_VERBS:
            out.extend(_site_inspection(tok, base, ctx))
    return out


def _site_inspection(verb: Token, base, ctx: Context) -> list[Candidate]:  # noqa: ANN001 (a LexEntry)
    wish = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISH_VERBS else None
    subj, passive = subject_heads(wish or verb)
    if passive or not subj:
        return []
    source = party_of(argument_mentions(subj, ctx.index))
    if source is None or not _investigator(subj, source):
        return []
    things = [c for c in verb.children if c.dep_ == "dobj" and not names_someone(c, ctx.index, ctx.person_nouns)]
    if not things:
        return []
    places = [g for w in [verb, *things] for p in w.children if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pobj"]
    mentions = argument_mentions(places, ctx.index) + [m for t in things for m in owner_mentions(t, ctx.index)]
    targets = [p for p in parties_each([m for m in mentions if m.resolved]) if not same_as_source(p, source)]
    if not targets:
        return []
    if wish is not None:
        status = "asserted"  # the wish is the inquiry's start
    else:
        mod = modality_of(verb, ctx.lexicon.control, lambda t: verb_entry(t, ctx.lexicon) is not None)
        if mod.content_of is not None or mod.intent_by is not None:
            return []
        status = mod.status
    return list(candidates_for(verb, verb, base, Modality(status), source, targets[:1], False, False, base.weight))


def _investigator(subj: list[Token], source: Party) -> bool:
    """Inspectors, investigators or monitors, or an international body: whose looking is suspicion."""
    return any(s.lemma_.lower() in INVESTIGATOR_NOUNS for s in subj) or all(
        a.sector == IGO_SECTOR for a in source.actors)


def investigation(cand: Candidate, ctx: Context) -> Candidate | None:
    """Inquiries: aim an untargeted one at whoever it looks into ("an inquiry into abuses *by
    Myanmar's military*"), read a wish to inspect as suspicion ("inspectors *want to examine* Iran's
    sites" is ACCUSE, not a commitment), and read sending inspectors as an investigation of the host."""
    lex = ctx.lexicon
    trig = cand.trigger
    if cand.type == "AGREE" and trig.pos_ == "VERB" and trig.dep_ == "xcomp" \
            and trig.head.lemma_.lower() in WISH_VERBS:
        entry = verb_entry(trig, lex)
        if entry is not None and entry.type == "ACCUSE" and entry.mode == "investigate":
            if cand.target is None and (cand.source is None or not _investigator(subject_heads(trig.head)[0],
                                                                                 cand.source)):
                return None  # "Japan plans to examine the proposal": no suspicion of anyone, no promise
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
