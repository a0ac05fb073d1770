"""Evidence nouns: "has *evidence* showing X was behind ...", "presented *proof of* Iran's role".

A speaker who has or presents evidence against someone accuses them (PLOVER ACCUSE, mode
``allege``), but the parties of an evidence noun are spread differently from a claim verb's: the
culprit may be the object of a participle ("evidence *showing Belarus* was behind the influx", where
the parser hangs the finding one level up), or sit in the noun's own phrases ("evidence *against
Russia*", "proof of *Iranian* involvement", "evidence *linking* Iranian officials to the bombing").
This module reads those shapes and returns culprits; events/allegations.py finds the speaker and makes
the accusation.  Evidence is shown against a party, never in its favour, so being *behind* something
it shows is blame enough; "found *no* evidence" (``denied``) makes no claim at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import Party, argument_mentions, owner_mentions, parties_each
from .blame import BLAME_ADJS, BLAME_PREPS, DEPTH, PART_NOUNS, hostile_clause, hostile_word
from .extractor import Context
from .lexicon import Lexicon

#: Nouns that present a finding against someone ("has *proof* that ...", "presented *evidence* of ...").
EVIDENCE_NOUNS = frozenset({"evidence", "proof"})
#: Participles by which evidence states its finding ("evidence *showing* Belarus was behind ...").
SHOWING_VERBS = frozenset({"show", "prove", "suggest", "indicate", "demonstrate", "confirm", "establish", "reveal"})
#: Participles by which evidence ties a party to an act ("evidence *linking* Iran to the bombing").
LINKING_VERBS = frozenset({"link", "implicate", "tie", "connect"})


def denied(noun: Token) -> bool:
    """"found *no* evidence that ...": no claim is made."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def presents_evidence(tok: Token) -> bool:
    """An evidence noun with no "that" clause: its target is in its own "of"/"against" phrase."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in EVIDENCE_NOUNS and not denied(tok) and not any(
        c.dep_ == "ccomp" or (c.dep_ == "acl" and c.lemma_.lower() not in LINKING_VERBS) for c in tok.children)


def shown_culprit(noun: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """(finding, culprit) of "evidence *showing Belarus was behind* the influx" when the parser splits it:
    it makes the culprit the object of "showing" and hangs the subjectless finding ("was behind ...") on
    the verb above.  A finding that ties the culprit to something (*behind* it, *responsible for* it) or
    to a hostile act is an accusation of the culprit; being behind something is blame enough here,
    since evidence is shown against a party, not in its favour."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in EVIDENCE_NOUNS or denied(noun):
        return None
    for show in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in SHOWING_VERBS):
        if any(g.dep_ == "ccomp" for g in show.children):
            return None  # well parsed: ``_claims`` reads it
        culprit = next((g for g in show.children if g.dep_ == "dobj"), None)
        if culprit is None:
            continue
        after = culprit.right_edge.i + 1
        for clause in (g for t in (show, noun.head) for g in t.children if g.dep_ == "ccomp"):
            if clause.left_edge.i != after or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children):
                continue
            blame = any(g.dep_ == "prep" and g.lower_ in BLAME_PREPS for g in clause.children) or any(
                g.dep_ == "acomp" and g.lemma_.lower() in BLAME_ADJS for g in clause.children)
            if blame or hostile_clause(clause, lex, DEPTH):
                return clause, culprit
    return None


def evidence_targets(noun: Token, ctx: Context) -> list[Party]:
    """"evidence *against Russia*", "evidence of *Russian* involvement", "proof of *Iran's* role"."""
    found = []
    for c in noun.children:
        if c.dep_ == "acl" and c.lemma_.lower() in LINKING_VERBS:
            # "evidence *linking* Iranian officials to the bombing": the one tied to the act
            found += argument_mentions([o for o in c.children if o.dep_ == "dobj"], ctx.index)
        if c.dep_ != "prep":
            continue
        for g in (g for g in c.children if g.dep_ == "pobj"):
            if c.lower_ == "against":
                found += argument_mentions([g], ctx.index)
            elif c.lower_ == "of" and (g.lemma_.lower() in PART_NOUNS or hostile_word(g, ctx.lexicon)):
                found += owner_mentions(g, ctx.index)
    return parties_each(found)
