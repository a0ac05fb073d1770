"""Crowds: what a crowd's acts are, whose side a crowd is on, and protest told from complaint.

PLOVER keeps crowds apart from states and armed groups: a crowd storming, burning or blockading is
violent or obstructive protest (PROTEST, CAMEO 14x), not an armed assault or a seizure
(``crowd_sense``); in a clash between security forces and rioters the crowd's side is protest too
(``crowd_side``); and protesters the text gives no country are the country of the government they
protest against (``domestic_protesters``).  A "protest" with a that-clause or an addressee is a
verbal complaint, not a demonstration (``verbal_protest``).

The sense rules (``crowd_sense``, ``verbal_protest``) are used by ``senses.verb_sense``; the
candidate rules by ``extractor.find_candidates``.  This module imports neither.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from spacy.tokens import Span, Token

from ..model import Actor
from .arguments import MentionIndex, Party, subject_heads
from .candidates import Candidate, Context, candidates_for
from .lexicon import LexEntry, Lexicon
from .modality import Modality


#: Subjects that are a crowd of protesters: their storming, occupying or boycotting is dissent.
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher",
                         "consumer", "shopper", "striker"})


#: Assaults on a place that are violent protest when a crowd does them ("protesters stormed parliament").
STORMING_VERBS = frozenset({"storm", "ransack", "torch", "overrun", "breach"})


#: Destruction that is rioting when a crowd does it ("demolished by protesters", "rioters burned cars"):
#: PLOVER and CAMEO (145) code violent demonstrations as PROTEST, not as armed assault or coercion.
RIOTING_VERBS = frozenset({"demolish", "destroy", "burn", "torch", "loot", "vandalize", "vandalise", "smash",
                           "wreck", "set", "raze", "topple", "pelt", "stone"})


#: Coercive acts that are obstruction when a crowd does them (other coercion by a mob stays COERCE).
OBSTRUCTING_VERBS = frozenset({"occupy", "blockade", "block", "barricade", "besiege"})


def crowd_subject(tok: Token) -> bool:
    heads, passive = subject_heads(tok)
    if passive:
        heads = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in CROWD_NOUNS for h in heads)


def crowd_sense(entry: LexEntry, lemma: str) -> LexEntry:
    """"Protesters stormed parliament", "demonstrators occupied the square", "consumers boycotted
    French goods": a crowd's hostile act is violent or obstructive protest (PLOVER PROTEST), not an
    armed assault, a seizure or a state sanction."""
    if entry.type == "SANCTION" and entry.cameo == "163":
        return replace(entry, type="PROTEST", mode="boycott", cameo="143", object_is_target=False)
    if entry.type in ("ASSAULT", "COERCE") and (lemma in STORMING_VERBS or lemma in RIOTING_VERBS):
        return replace(entry, type="PROTEST", mode="riot", cameo="145", object_is_target=False)
    if entry.type == "COERCE" and lemma in OBSTRUCTING_VERBS:
        return replace(entry, type="PROTEST", mode="obstruct", cameo="144", object_is_target=False)
    return entry


#: Verbs of protest that are also verbs of saying ("protested *that* ...", "protested *to* Beijing").
VERBAL_PROTEST_VERBS = frozenset({"protest"})


def verbal_protest(entry: LexEntry, tok: Token, lex: Lexicon) -> LexEntry:
    """"Beijing protested to Washington over ...", "the group protested that the authorities are
    failing ...": a protest with a that-clause or a "to <party>" addressee is a diplomatic or verbal
    complaint (CAMEO 11x, ACCUSE); a demonstration keeps PROTEST."""
    if entry.type != "PROTEST" or entry.mode != "demo" or tok.lemma_.lower() not in VERBAL_PROTEST_VERBS:
        return entry
    said = any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
               for c in tok.children)
    addressed = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
                    for c in tok.children)
    complain = lex.verb("complain")
    if not (said or addressed) or complain is None:
        return entry
    return replace(complain, target_preps=tuple(dict.fromkeys(("to",) + complain.target_preps)))


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


def domestic_protesters(cands: list[Candidate], sent: Span, index: MentionIndex) -> list[Candidate]:
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


def crowd_side(verb: Token, mod: Modality, source: Party | None, targets: list[Party],
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
    yield from candidates_for(verb, crowd, riot, mod, mine[0] if mine else None, [source], False, False,
                               riot.weight * 0.8)
