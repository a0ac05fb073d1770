"""Charges: what someone is accused or punished *for*, and who made a condemned charge.

Three sentence-level corrections around the content of a charge, each because the general extractor
would otherwise code it as an event of its own or miss whom it is aimed at:

- What someone is punished for ("jailed a student *for helping militants*", "convicted two men *of
  attacking soldiers*", "detained *on charges of* spying") is the charge against them, not an event
  (``charge_phrases`` finds those phrases; events/allegations.py drops what is inside them).
- What an accusation blames someone for ("accused Kosovo *of making false claims*") is the accused's
  act; an event noun there would otherwise become a second event by the accuser
  (``without_blamed_acts``).
- Condemning what someone said ("condemned as unacceptable *the allegations by Rwanda*") is aimed at
  whoever said it, even where the parser hides the noun behind "as" (``aimed_at_charge``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .arguments import argument_mentions, finite_clause, owner_mentions, parties_each
from .extractor import Candidate, Context
from .targets import same_as_source

#: Verbs of punishment: what they are "for" is the charge, not an event of its own.
PUNISH_VERBS = frozenset({"jail", "imprison", "sentence", "convict", "fine", "arrest", "detain", "charge", "indict",
                          "punish", "execute", "expel", "prosecute", "try", "deport", "hang", "flog", "sanction"})
#: Prepositions of a charge ("jailed *for* spying", "arrested *over* the attack").
CHARGE_PREPS = frozenset({"for", "over"})
#: ... and with verbs of charging ("convicted *of* attacking", "charged *with* aiding").
CHARGE_VERBS = frozenset({"convict", "charge", "indict", "prosecute", "try"})
CHARGE_OF_PREPS = frozenset({"of", "with"})
#: Nouns of a ground for arrest ("detained *on charges of* ...", "*on suspicion of* ...").
GROUND_NOUNS = frozenset({"charge", "suspicion", "accusation", "allegation", "count"})
#: Nouns for what someone said against another ("condemned the *allegations* by Rwanda", "*remarks* by X").
CHARGE_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "assertion", "remark", "comment",
                          "statement"})
#: Prepositions of what an accused party is blamed for ("accused X *of* ...", "criticised X *for* ...").
CONTENT_PREPS = frozenset({"of", "for"})


def charge_phrases(verb: Token) -> list[Token]:
    """What a punishment is for: "jailed a student *for helping militants*", "convicted two men *of
    attacking soldiers*", "detained *on charges of* spying".  The parser hangs the phrase on the verb
    or on its object ("fined a journalist *for cooperating*").  A duration ("jailed *for two years*")
    holds no event, so taking it along costs nothing."""
    preps = CHARGE_PREPS | (CHARGE_OF_PREPS if verb.lemma_.lower() in CHARGE_VERBS else frozenset())
    holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    out = []
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep":
                continue
            low = p.lower_
            if low in preps or (low == "on" and any(g.lemma_.lower() in GROUND_NOUNS for g in p.children)):
                out.append(p)
    # "jailed a student for helping militants *join* a group": the parser may make the helped act a
    # conjunct of the punishment verb; a subjectless conjunct right after the charge continues it.  One
    # with a finite auxiliary of its own ("civilians imprisoned for protesting *were released* by the
    # junta") is the sentence's main clause, misparsed after a reduced relative, and no charge
    ends = {p.right_edge.i + 1 for p in out}
    out += [c for c in verb.children if c.dep_ == "conj" and c.left_edge.i in ends
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and not finite_clause(c)]
    return out



def without_blamed_acts(out: list[Candidate]) -> list[Candidate]:
    """What an accusation blames someone *for* is the accused's act, never the accuser's: "Serbia
    accused Kosovo *of making false claims*", "Canada criticised India *for issuing threats*".  A verb
    there is already read as the accusation's content ("accused Turkey of shelling" is one event); an
    event noun carried by a light verb inside it is not, and takes the accuser as its source, which
    turns the accused's claims into a second accusation by the accuser.  Such acts are dropped, as the
    verb's would be; an act with a source of its own ("of helping *rebels* attack ...") stays."""
    content: list[tuple[set[int], Candidate]] = []
    for acc in out:
        if acc.type == "ACCUSE" and acc.target is not None and acc.trigger.pos_ == "VERB":
            inside = {t.i for p in acc.trigger.children if p.dep_ == "prep" and p.lower_ in CONTENT_PREPS
                      for t in p.subtree}
            if inside:
                content.append((inside, acc))
    if not content:
        return out
    return [c for c in out if not any(
        c is not acc and c.trigger.i in inside and (c.source is None or same_as_source(c.source, acc.source))
        for inside, acc in content)]


def aimed_at_charge(cand: Candidate, ctx: Context) -> Candidate:
    """"condemned as unacceptable *the allegations by Rwanda*", "denounced *Azerbaijan's remarks*":
    condemning what someone said is aimed at whoever said it.  The parser often hangs the noun on
    "as" ("condemned as groundless the accusations by ..."), where the usual search for a target
    inside the object does not look, so an untargeted disapproval looks there."""
    trig = cand.trigger
    if cand.type != "ACCUSE" or cand.target is not None or trig.pos_ != "VERB":
        return cand
    said = [c for c in trig.children if c.dep_ == "dobj"]
    said += [g for p in trig.children if p.dep_ == "prep" and p.lower_ == "as"  # "as provocative the remarks"
             for g in p.subtree if g.pos_ == "NOUN" and g.head.i in (p.i, *(a.i for a in p.children))]
    for noun in (n for n in said if n.lemma_.lower() in CHARGE_NOUNS):
        found = owner_mentions(noun, ctx.index)
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "by":
                found += argument_mentions([g for g in p.children if g.dep_ == "pobj"], ctx.index)
        targets = [p for p in parties_each([m for m in found if m.resolved]) if not same_as_source(p, cand.source)]
        if targets:
            tgt = targets[0]
            inside = [m for m in tgt.mentions if trig.sent.start <= m.start < trig.sent.end]
            lo = min([cand.span[0]] + [m.start for m in inside])
            hi = max([cand.span[1]] + [m.end for m in inside])
            return replace(cand, target=tgt, span=(lo, hi))
    return cand
