"""Allegations, claims and investigations: who blames whom for a hostile act (CAMEO 11x / 09x).

A speaker who *claims*, *alleges* or *charges* that another party did something hostile, or who
*has* or *presents evidence* that it did, accuses that party: PLOVER ACCUSE, mode ``allege``, from the
speaker to the alleged perpetrator ("has evidence *showing Belarus was behind* the influx": being
behind something that evidence shows is blame enough).  Opening an inquiry into someone, or wanting to inspect their
sites, is ACCUSE in mode ``investigate``.  The general extractor cannot see these: "claim" and
"allege" are report verbs there (their clause is reported speech), and an evidence noun's parties are
in the clause around it, not in its own modifiers.

What happens to the claimed act.  A claim that accuses someone is coded as the accusation only: the
act rests on one party's word, and event data record what the speaker did (PETRARCH's and PLOVER's
gold code "alleged that the French military helped plan the killings" as one ACCUSE against France,
with no AID and no ASSAULT).  Every event inside the claimed clause goes, and the accusation's evidence
span covers the claim.  A claim that accuses nobody (a state's claim about its own forces, a doer no one
can name) keeps its acts; one not about the speaker's own side scores them lower by ``CLAIMED_FACTOR``.
A neutral report ("Police *said* militants shelled the posts") is left alone: the act is reported
speech, coded with its own actors.

Victims' reports.  A state that *says* it was attacked ("Kenya said Somali militants attacked its
posts", "Israel said a mortar bomb was fired at it from Gaza") speaks as the injured party: that is an
accusation of the doer (from the act's subject, or the "from" phrase of a passive act), and the act is
treated as claimed.  The same holds for threats and sanctions reported by their target ("Iran said the
US had threatened it", "Russia said the EU had imposed sanctions on it").  Police, medics, witnesses,
agencies and other governments stay neutral reporters.

Documents that speak.  A report or dossier speaks for its author ("a *UN* report", "a report *by HRW*");
with none named, for the government of where it was released ("a report released *in the Rwandan
capital*" is Rwanda's).

The pieces this pass leans on live in their own modules: what counts as a hostile act and who did it
(events/blame.py), evidence nouns and the culprits they name (events/evidence.py), what someone is
accused or punished *for* and who made a condemned charge (events/charges.py), and whom an inquiry
looks into (events/inquiries.py).

Everything here is a pass over one sentence's candidates (``with_allegations``): it adds the
accusations, drops or re-scores the claimed acts, fills in who an inquiry or a condemned charge is aimed
at, and drops the accuser's spurious share of what it blames on others.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from .arguments import (
    Party,
    agent_heads,
    argument_mentions,
    government_of,
    origin_mentions,
    owner_mentions,
    parties_each,
    party_of,
    subject_heads,
)
from .blame import DEPTH, STATE_SECTORS, coordinated, doers_of, hostile_clause, negated, own_act, same_side
from .charges import PUNISH_VERBS, aimed_at_charge, charge_phrases, without_blamed_acts
from .evidence import EVIDENCE_NOUNS, SHOWING_VERBS, denied, evidence_targets, presents_evidence, shown_culprit
from .extractor import Candidate, Context, verb_entry
from .inquiries import investigation, site_inspections
from .lexicon import Lexicon
from .modality import modality_of
from .wishes import noun_demands

#: Verbs that assert someone else's wrongdoing on the speaker's word.  Plain "say" is not one of them.
CLAIM_VERBS = frozenset({"claim", "allege", "charge", "contend", "assert"})

#: Plain report verbs: a neutral report, unless the speaker is the one attacked (``_victim_reports``).
REPORT_VERBS = frozenset({"say", "report", "tell", "complain", "state", "announce", "add", "confirm"})
#: Acts whose victim, reporting them, accuses the doer.
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
#: Documents that speak for whoever wrote them ("a *report* alleged ...").
DOCUMENT_NOUNS = frozenset({"report", "study", "statement", "dossier", "document", "paper", "communique",
                            "communiqué", "memorandum", "memo", "letter", "survey", "assessment", "review"})
#: Participles that say where a document came out ("a report *released* in Kigali").
RELEASE_VERBS = frozenset({"release", "publish", "issue", "present", "unveil", "circulate", "distribute", "prepare"})
#: Nouns for a seat of government ("released in *the Rwandan capital*").
CAPITAL_NOUNS = frozenset({"capital"})

#: Prior that a claim of a hostile act by a named other party is an accusation.
ALLEGATION_WEIGHT = 0.8
#: Prior that a state reporting an attack on itself accuses the attacker (a plain "said", so lower).
VICTIM_REPORT_WEIGHT = 0.7
#: How much a claimed act's weight drops when the claim accuses nobody: it rests on the claimant's word.
CLAIMED_FACTOR = 0.6


def with_allegations(sent: Span, ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """``found`` (the sentence's candidates) with the accusations its claims, evidence and victims'
    reports make, the acts they accuse someone of removed (or down-weighted where nobody is accused),
    what someone is punished for removed, and inquiries aimed at whoever they look into."""
    lex = ctx.lexicon
    out = [aimed_at_charge(c, ctx) for c in map(lambda c: investigation(c, ctx), site_inspections(sent, ctx, found))
           if c is not None]
    claimed: list[Token] = []  # heads of clauses asserted only on a claimant's word
    accused: list[Token] = []  # ... of which an accusation was made: their acts are not coded
    charges: list[Token] = []  # what someone is punished for
    for tok in sent:
        low = tok.lemma_.lower()
        if tok.pos_ == "VERB" and low in PUNISH_VERBS:
            charges += charge_phrases(tok)
        if tok.pos_ == "VERB" and low in REPORT_VERBS:
            out = _victim_reports(tok, ctx, out)
        for content, speaker_tok, trigger in _claims(tok, lex):
            if not own_act(content, _speaker(speaker_tok, ctx), ctx):
                claimed.append(content)
            if not any(c.type == "ACCUSE" and c.trigger.i == trigger.i and c.target is not None for c in out):
                out = _replace_at(out, trigger, list(_accusations(trigger, speaker_tok, content, ctx)))
            if any(c.type == "ACCUSE" and c.trigger.i == trigger.i and c.target is not None for c in out):
                accused.append(content)
        shown = shown_culprit(tok, lex)
        if shown is not None and not any(c.type == "ACCUSE" and c.trigger.i == tok.i and c.target is not None
                                         for c in out):
            clause, culprit = shown
            speaker = _speaker(tok, ctx)
            if speaker is not None:
                targets = [p for p in parties_each([m for m in argument_mentions([culprit], ctx.index) if m.resolved])
                           if not same_side(p, speaker)]
                out = _replace_at(out, tok, list(_make(tok, speaker, targets, "allege", ctx, clause)))
                if targets:
                    accused.append(clause)
        if presents_evidence(tok) and not any(c.type == "ACCUSE" and c.trigger.i == tok.i and c.target is not None
                                              for c in out):
            speaker = _speaker(tok, ctx)
            if speaker is not None:
                targets = [p for p in evidence_targets(tok, ctx) if not same_side(p, speaker)]
                out = _replace_at(out, tok, list(_make(tok, speaker, targets, "allege", ctx)))
    if accused:
        gone = {t.i for c in accused for t in c.subtree}
        out = [c for c in out if c.type == "ACCUSE" or not _inside(c, gone)]
    if claimed:
        inside = {t.i for c in claimed for t in c.subtree}
        out = [replace(c, weight=c.weight * CLAIMED_FACTOR)
               if c.anchor.i in inside and c.type != "ACCUSE" else c for c in out]
    if charges:
        charged = {t.i for c in charges for t in c.subtree}
        out = [c for c in out if c.trigger.i not in charged]
    # demands voiced as nouns ("reiterated its demand that X ...") need the whole sentence, as claims do
    return noun_demands(sent, ctx, without_blamed_acts(out))


def _inside(cand: Candidate, positions: set[int]) -> bool:
    return cand.anchor.i in positions or cand.trigger.i in positions


def _victim_reports(verb: Token, ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """A state reporting an attack on itself accuses the attacker ("Kenya said Somali militants had
    attacked its border posts", "Israel said a mortar bomb was fired at it from Gaza"): ACCUSE from the
    speaker to the doer, and the attack, resting on the victim's word, is not coded (as under "claimed").
    Only a speaker who speaks for a state counts; police, medics, witnesses or a third government
    reporting the same attack stay neutral reporters, and an attack by the speaker's own compatriots
    (an insurgency at home) stays an act.  So does an attack told first and sourced after ("Israeli
    bulldozers demolished homes, Palestinian officials said"): wire style that presents the act as
    the news and the speaker as its source, not the speaker's complaint; and a joint speaker of several
    countries is no single victim."""
    contents = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i]
    if not contents:
        return out
    speaker = _speaker(verb, ctx)
    if speaker is None or not _speaks_for_state(speaker):
        return out
    mine = {a.country for a in speaker.actors}
    if len(mine) != 1:
        return out
    inside = {t.i for c in contents for t in c.subtree}
    doers: list[Party] = []
    dropped: list[Candidate] = []
    for cand in out:
        if cand.type not in VICTIM_TYPES or cand.reciprocal or cand.status not in ("asserted", "historical") \
                or not _inside(cand, inside):
            continue
        victim = cand.target if cand.target is not None and cand.target.resolved else None
        if victim is None and not _aimed_at_pronoun(cand.anchor, cand.trigger):
            continue
        if victim is not None and not _countries(victim) <= mine:
            continue
        doer = cand.source if cand.source is not None and cand.source.resolved else \
            party_of([m for m in origin_mentions(cand.anchor, ctx.index) if m.resolved])
        if doer is None or not _countries(doer) or _countries(doer) & mine or same_side(doer, speaker):
            continue
        dropped.append(cand)
        if not any(doer.actors == d.actors for d in doers):
            doers.append(doer)
    if not doers:
        return out
    content = min(contents, key=lambda c: c.i)
    new = list(_make(verb, speaker, doers, "allege", ctx, content, VICTIM_REPORT_WEIGHT))
    return [c for c in out if not any(c is d for d in dropped)] + new


def _speaks_for_state(p: Party) -> bool:
    """Kenya, its government, army or parliament, its president: not its police, doctors or media."""
    return bool(p.actors) and all(a.country and not a.org and a.sector in STATE_SECTORS for a in p.actors)


def _countries(p: Party) -> set[str | None]:
    return {a.country for a in p.actors if a.country or a.org}


def _aimed_at_pronoun(verb: Token, trigger: Token | None = None) -> bool:
    """"fired *at it*", "threatened *it*", "imposed sanctions *on it*": the victim is the speaker, named
    by a pronoun (on the verb, or on the event noun a light verb carries)."""
    words = [verb] if trigger is None or trigger.i == verb.i else [verb, trigger]
    return any((c.dep_ == "dobj" and c.lower_ == "it") or (
        c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into") and
        any(g.dep_ == "pobj" and g.lower_ == "it" for g in c.children)) for w in words for c in w.children)


def _replace_at(out: list[Candidate], trigger: Token, new: list[Candidate]) -> list[Candidate]:
    """New accusations replace the extractor's untargeted one on the same word ("has evidence" -> nobody)."""
    if not new:
        return out
    return [c for c in out if not (c.type == "ACCUSE" and c.trigger.i == trigger.i)] + new


def _claims(tok: Token, lex: Lexicon) -> Iterator[tuple[Token, Token, Token]]:
    """(content clause, word whose subject speaks, trigger) for each claim ``tok`` makes."""
    low = tok.lemma_.lower()
    if (tok.pos_ in ("VERB", "AUX") or _verb_tagged_noun(tok)) and low in CLAIM_VERBS:
        for c in tok.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                yield c, tok, tok
    elif tok.pos_ == "NOUN" and low in EVIDENCE_NOUNS and not denied(tok):
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and \
                    any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                yield c, tok, tok
            elif c.dep_ == "acl" and c.lemma_.lower() in SHOWING_VERBS:
                # "evidence *showing* (that) Belarus was behind the attacks": the content hangs one lower
                for g in c.children:
                    if g.dep_ == "ccomp" and g.pos_ in ("VERB", "AUX"):
                        yield g, tok, tok


def _verb_tagged_noun(tok: Token) -> bool:
    """"A dossier published in Kyiv *claims* that ...": the tagger reads the verb as a plural noun, but
    a word with a subject that governs the sentence is the verb."""
    return tok.tag_ == "NNS" and tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)


def _accusations(trigger: Token, speaker_tok: Token, content: Token, ctx: Context) -> Iterator[Candidate]:
    lex = ctx.lexicon
    speaker = _speaker(speaker_tok, ctx)
    if speaker is None:
        return
    perpetrators: list[Party] = []
    for clause in coordinated(content):
        if negated(clause) or not hostile_clause(clause, lex, DEPTH):
            continue
        # "that France knew ... and that the French military helped ...": one state, one accusation
        perpetrators += [p for p in doers_of(clause, ctx) if not same_side(p, speaker)
                         and not any(p.actors == q.actors or same_side(p, q) or same_side(q, p)
                                     for q in perpetrators)]
    yield from _make(trigger, speaker, perpetrators, "allege", ctx, content)


def _make(trigger: Token, speaker: Party, targets: list[Party], mode: str, ctx: Context,
          content: Token | None = None, weight: float = ALLEGATION_WEIGHT) -> Iterator[Candidate]:
    """One accusation per target; its evidence span covers the parties and the claimed clause."""
    lex = ctx.lexicon
    base = lex.verb("allege") if mode == "allege" else lex.verb("investigate")
    if base is None or not targets:
        return
    mod = modality_of(trigger, lex.control, lambda t: verb_entry(t, lex) is not None)
    status = "negated" if denied(trigger) else mod.status
    lo = min([trigger.i] + [m.start for p in [speaker, *targets] for m in p.mentions
                            if trigger.sent.start <= m.start < trigger.sent.end])
    hi = max([trigger.i + 1] + [m.end for p in [speaker, *targets] for m in p.mentions
                                if trigger.sent.start <= m.start < trigger.sent.end])
    if content is not None:
        lo, hi = min(lo, content.left_edge.i), max(hi, content.right_edge.i + 1)
    for tgt in targets:
        yield Candidate(base.type, base.mode, base.cameo, trigger, _anchor(trigger), speaker, tgt, False, status,
                        trigger.pos_ == "NOUN" and not _verb_tagged_noun(trigger), weight, (lo, hi))


def _anchor(trigger: Token) -> Token:
    """The verb whose clause reports the claim (an evidence noun's governing verb)."""
    t = trigger
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return trigger


def _speaker(tok: Token, ctx: Context) -> Party | None:
    """Who makes the claim: the claim verb's subject, or for an evidence noun the one who has, presents
    or publishes it ("Croatia presented evidence", "evidence was presented by Croatia").  A report or
    statement as subject speaks for its author ("a *UN* report alleged", "*Amnesty* published a report
    alleging ...")."""
    index = ctx.index
    if tok.pos_ == "NOUN" and not _verb_tagged_noun(tok):
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if tok.dep_ == "nsubjpass":
            return party_of(argument_mentions(agent_heads(verb), index))
        if tok.dep_ not in ("dobj", "attr"):
            return None
        tok = verb
    subj, passive = subject_heads(tok)
    if passive:
        return None
    speaker = party_of([m for m in argument_mentions(subj, index) if m.resolved])
    if speaker is None and subj and subj[0].pos_ == "NOUN":
        # a document as subject: its author, else whoever issued it
        doc_noun = subj[0]
        speaker = party_of(owner_mentions(doc_noun, index))
        if speaker is None and doc_noun.dep_ in ("dobj",) and doc_noun.head.pos_ == "VERB":
            speaker = party_of([m for m in argument_mentions(subject_heads(doc_noun.head)[0], index) if m.resolved])
        if speaker is None and doc_noun.lemma_.lower() in DOCUMENT_NOUNS:
            speaker = _document_author(doc_noun, ctx)
    return speaker


def _document_author(doc_noun: Token, ctx: Context) -> Party | None:
    """Who an unowned document speaks for: the body it is "by" ("a report *by Human Rights Watch*",
    "a study *released by* the UN"), else the government of where it came out ("a report *released in
    the Rwandan capital*", "a dossier *published in Ankara*"): a document issued in a capital with no
    other author is that state's, as a capital speaking is its government."""
    index = ctx.index
    acls = [c for c in doc_noun.children if c.dep_ == "acl" and c.lemma_.lower() in RELEASE_VERBS]
    by = [g for p in doc_noun.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children if g.dep_ == "pobj"]
    by += [g for a in acls for g in agent_heads(a)]
    author = party_of([m for m in argument_mentions(by, index) if m.resolved])
    if author is not None:
        return author
    places = [g for a in acls for p in a.children if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pobj"]
    found = [m for m in argument_mentions(places, index) if m.resolved]
    place = party_of(found)
    if place is None or len(place.actors) != 1 or place.actors[0].org:
        return None
    return government_of(place)


