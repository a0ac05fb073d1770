"""Allegations, claims and investigations: who blames whom for a hostile act (CAMEO 11x / 09x).

A speaker who *claims*, *alleges* or *charges* that another party did something hostile, or who
*has* or *presents evidence* that it did, accuses that party: PLOVER ACCUSE, mode ``allege``, from the
speaker to the alleged perpetrator.  Opening an inquiry into someone, or wanting to inspect their
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
treated as claimed.  Police, medics, witnesses, agencies and other governments stay neutral reporters.

Documents that speak.  A report or dossier speaks for its author ("a *UN* report", "a report *by HRW*");
with none named, for the government of where it was released ("a report released *in the Rwandan
capital*" is Rwanda's).

Accusations about accusations.  What someone is blamed *for* ("accused Kosovo *of making false
claims*") is the accused's act, so an event noun there yields no second event by the accuser; and
condemning what someone said ("condemned as unacceptable *the allegations by Rwanda*") is aimed at
whoever said it.  Likewise what someone is punished for ("jailed a student *for helping militants*",
"convicted two men *of attacking soldiers*") is the charge against them, not an event of its own.

Everything here is a pass over one sentence's candidates (``with_allegations``): it adds the
accusations, drops or re-scores the claimed acts, fills in who an inquiry or a condemned charge is aimed
at, and drops the accuser's spurious share of what it blames on others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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
from .extractor import Candidate, Context, noun_entry, verb_entry
from .lexicon import Lexicon
from .modality import modality_of
from .targets import same_as_source

#: Verbs that assert someone else's wrongdoing on the speaker's word.  Plain "say" is not one of them.
CLAIM_VERBS = frozenset({"claim", "allege", "charge", "contend", "assert"})
#: Nouns that present a finding against someone ("has *proof* that ...", "presented *evidence* of ...").
EVIDENCE_NOUNS = frozenset({"evidence", "proof"})
#: Participles by which evidence states its finding ("evidence *showing* Belarus was behind ...").
SHOWING_VERBS = frozenset({"show", "prove", "suggest", "indicate", "demonstrate", "confirm", "establish", "reveal"})
#: Participles by which evidence ties a party to an act ("evidence *linking* Iran to the bombing").
LINKING_VERBS = frozenset({"link", "implicate", "tie", "connect"})
#: Nouns that name a party's part in an act ("evidence of Russian *involvement*", "its *role* in the killings").
PART_NOUNS = frozenset({"involvement", "role", "complicity", "responsibility", "guilt", "hand", "participation",
                        "link", "links", "culpability"})
#: Nouns for what someone said against another ("condemned the *allegations* by Rwanda", "*remarks* by X").
CHARGE_NOUNS = frozenset({"accusation", "allegation", "claim", "charge", "assertion", "remark", "comment",
                          "statement"})
#: Prepositions of what an accused party is blamed for ("accused X *of* ...", "criticised X *for* ...").
CONTENT_PREPS = frozenset({"of", "for"})
#: Event types that are hostile acts a party can be blamed for.
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})
#: Wrongdoing the lexicon does not code as an event of its own ("violated the truce", "smuggled arms").
WRONGDOING = frozenset({"violate", "breach", "smuggle", "plot", "sabotage", "bribe", "cheat", "rig", "embezzle",
                        "launder", "torture", "abuse", "massacre", "genocide", "atrocity", "crime", "violation",
                        "aggression", "terrorism", "killing", "incursion", "provocation", "interference",
                        "meddle", "meddling", "orchestrate", "mastermind", "sponsor", "harassment", "hacking"})
#: Words that tie a party to an act it is blamed for ("was *behind* the attack", "*responsible for*").
BLAME_PREPS = frozenset({"behind"})
BLAME_ADJS = frozenset({"responsible", "guilty", "complicit", "involved", "culpable"})
#: People sent to look into someone: sending them is an investigation of the host.
INVESTIGATOR_NOUNS = frozenset({"inspector", "investigator", "monitor", "observer"})
#: Verbs that send investigators to a place ("dispatched inspectors to Iran"); expelling them is no inquiry.
SEND_VERBS = frozenset({"send", "dispatch", "despatch", "deploy"})
#: Governing verbs of a wish to investigate ("want to examine"): a suspicion, not a commitment.
WISH_VERBS = frozenset({"want", "seek", "wish", "plan", "intend", "aim", "demand", "insist", "push"})

#: Plain report verbs: a neutral report, unless the speaker is the one attacked (``_victim_reports``).
REPORT_VERBS = frozenset({"say", "report", "tell", "complain", "state", "announce", "add", "confirm"})
#: Acts whose victim, reporting them, accuses the doer.
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
#: Documents that speak for whoever wrote them ("a *report* alleged ...").
DOCUMENT_NOUNS = frozenset({"report", "study", "statement", "dossier", "document", "paper", "communique",
                            "communiqué", "memorandum", "memo", "letter", "survey", "assessment", "review"})
#: Participles that say where a document came out ("a report *released* in Kigali").
RELEASE_VERBS = frozenset({"release", "publish", "issue", "present", "unveil", "circulate", "distribute", "prepare"})
#: Nouns for a seat of government ("released in *the Rwandan capital*").
CAPITAL_NOUNS = frozenset({"capital"})
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

#: Prior that a claim of a hostile act by a named other party is an accusation.
ALLEGATION_WEIGHT = 0.8
#: Prior that a state reporting an attack on itself accuses the attacker (a plain "said", so lower).
VICTIM_REPORT_WEIGHT = 0.7
#: How much a claimed act's weight drops when the claim accuses nobody: it rests on the claimant's word.
CLAIMED_FACTOR = 0.6
#: How deep a claimed clause is searched for its hostile act ("helped *to plan and carry out* killings").
DEPTH = 3


def with_allegations(sent: Span, ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """``found`` (the sentence's candidates) with the accusations its claims, evidence and victims'
    reports make, the acts they accuse someone of removed (or down-weighted where nobody is accused),
    what someone is punished for removed, and inquiries aimed at whoever they look into."""
    lex = ctx.lexicon
    out = [_aimed_at_charge(_investigation(c, ctx), ctx) for c in found]
    claimed: list[Token] = []  # heads of clauses asserted only on a claimant's word
    accused: list[Token] = []  # ... of which an accusation was made: their acts are not coded
    charges: list[Token] = []  # what someone is punished for
    for tok in sent:
        low = tok.lemma_.lower()
        if tok.pos_ == "VERB" and low in PUNISH_VERBS:
            charges += _charge_phrases(tok)
        if tok.pos_ == "VERB" and low in REPORT_VERBS:
            out = _victim_reports(tok, ctx, out)
        for content, speaker_tok, trigger in _claims(tok, lex):
            if not _own_act(content, _speaker(speaker_tok, ctx), ctx):
                claimed.append(content)
            if not any(c.type == "ACCUSE" and c.trigger.i == trigger.i and c.target is not None for c in out):
                out = _replace_at(out, trigger, list(_accusations(trigger, speaker_tok, content, ctx)))
            if any(c.type == "ACCUSE" and c.trigger.i == trigger.i and c.target is not None for c in out):
                accused.append(content)
        if _presents_evidence(tok) and not any(c.type == "ACCUSE" and c.trigger.i == tok.i and c.target is not None
                                               for c in out):
            speaker = _speaker(tok, ctx)
            if speaker is not None:
                targets = [p for p in _evidence_targets(tok, ctx) if not _same_side(p, speaker)]
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
    return _without_blamed_acts(out)


def _inside(cand: Candidate, positions: set[int]) -> bool:
    return cand.anchor.i in positions or cand.trigger.i in positions


def _charge_phrases(verb: Token) -> list[Token]:
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
    # conjunct of the punishment verb; a subjectless conjunct right after the charge continues it
    ends = {p.right_edge.i + 1 for p in out}
    out += [c for c in verb.children if c.dep_ == "conj" and c.left_edge.i in ends
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return out


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
        if victim is None and not _aimed_at_pronoun(cand.anchor):
            continue
        if victim is not None and not _countries(victim) <= mine:
            continue
        doer = cand.source if cand.source is not None and cand.source.resolved else \
            party_of([m for m in origin_mentions(cand.anchor, ctx.index) if m.resolved])
        if doer is None or not _countries(doer) or _countries(doer) & mine or _same_side(doer, speaker):
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


def _aimed_at_pronoun(verb: Token) -> bool:
    """"fired *at it*", "launched *against it*": the victim is the speaker, named by a pronoun."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into") and
               any(g.dep_ == "pobj" and g.lower_ == "it" for g in c.children) for c in verb.children)


def _without_blamed_acts(out: list[Candidate]) -> list[Candidate]:
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


def _aimed_at_charge(cand: Candidate, ctx: Context) -> Candidate:
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


def _replace_at(out: list[Candidate], trigger: Token, new: list[Candidate]) -> list[Candidate]:
    """New accusations replace the extractor's untargeted one on the same word ("has evidence" -> nobody)."""
    if not new:
        return out
    return [c for c in out if not (c.type == "ACCUSE" and c.trigger.i == trigger.i)] + new


def _presents_evidence(tok: Token) -> bool:
    """An evidence noun with no "that" clause: its target is in its own "of"/"against" phrase."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in EVIDENCE_NOUNS and not _denied(tok) and not any(
        c.dep_ == "ccomp" or (c.dep_ == "acl" and c.lemma_.lower() not in LINKING_VERBS) for c in tok.children)


def _claims(tok: Token, lex: Lexicon) -> Iterator[tuple[Token, Token, Token]]:
    """(content clause, word whose subject speaks, trigger) for each claim ``tok`` makes."""
    low = tok.lemma_.lower()
    if (tok.pos_ in ("VERB", "AUX") or _verb_tagged_noun(tok)) and low in CLAIM_VERBS:
        for c in tok.children:
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX"):
                yield c, tok, tok
    elif tok.pos_ == "NOUN" and low in EVIDENCE_NOUNS and not _denied(tok):
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


def _denied(noun: Token) -> bool:
    """"found *no* evidence that ...": no claim is made."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _accusations(trigger: Token, speaker_tok: Token, content: Token, ctx: Context) -> Iterator[Candidate]:
    lex = ctx.lexicon
    speaker = _speaker(speaker_tok, ctx)
    if speaker is None:
        return
    perpetrators: list[Party] = []
    for clause in _coordinated(content):
        if _negated(clause) or not _hostile_clause(clause, lex, DEPTH):
            continue
        # "that France knew ... and that the French military helped ...": one state, one accusation
        perpetrators += [p for p in _doers(clause, ctx) if not _same_side(p, speaker)
                         and not any(p.actors == q.actors or _same_side(p, q) or _same_side(q, p)
                                     for q in perpetrators)]
    yield from _make(trigger, speaker, perpetrators, "allege", ctx, content)


#: Sectors that speak for the state as a whole: a state's claim about its own forces is no accusation.
STATE_SECTORS = frozenset({None, "GOV", "MIL", "LEG"})


def _same_side(p: Party, speaker: Party) -> bool:
    """Is the alleged doer the speaker, or the speaker's own state ("Ukraine claimed *its forces* had
    destroyed ...", "France ... alleging *Paris* played a role")?  A claim about one's own act is a
    statement, not an accusation.  Opposition against government stays an accusation."""
    if same_as_source(p, speaker):
        return True
    mine = {(a.country, a.org) for a in speaker.actors if a.sector in STATE_SECTORS and not a.org}
    theirs = {(a.country, a.org) for a in p.actors if a.sector in STATE_SECTORS and not a.org}
    return bool(theirs) and theirs <= mine


def _own_act(content: Token, speaker: Party | None, ctx: Context) -> bool:
    """"Ukraine claimed *its forces* destroyed a depot": a claim about one's own act reports it, as "said"
    would; its weight stays."""
    doers = [p for clause in _coordinated(content) for p in _doers(clause, ctx)]
    return speaker is not None and bool(doers) and all(_same_side(p, speaker) for p in doers)


def _evidence_targets(noun: Token, ctx: Context) -> list[Party]:
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
            elif c.lower_ == "of" and (g.lemma_.lower() in PART_NOUNS or _hostile_word(g, ctx.lexicon)):
                found += owner_mentions(g, ctx.index)
    return parties_each(found)


def _make(trigger: Token, speaker: Party, targets: list[Party], mode: str, ctx: Context,
          content: Token | None = None, weight: float = ALLEGATION_WEIGHT) -> Iterator[Candidate]:
    """One accusation per target; its evidence span covers the parties and the claimed clause."""
    lex = ctx.lexicon
    base = lex.verb("allege") if mode == "allege" else lex.verb("investigate")
    if base is None or not targets:
        return
    mod = modality_of(trigger, lex.control, lambda t: verb_entry(t, lex) is not None)
    status = "negated" if _denied(trigger) else mod.status
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


def _coordinated(clause: Token) -> list[Token]:
    """"that France knew ... *and that* its military helped ...": every coordinated claimed clause."""
    out = [clause]
    for c in clause.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            out.extend(_coordinated(c))
    return out


def _negated(clause: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in clause.children)


def _hostile_word(tok: Token, lex: Lexicon) -> bool:
    entry = verb_entry(tok, lex) if tok.pos_ in ("VERB", "AUX") else noun_entry(tok, lex)
    if entry is not None and entry.type in HOSTILE_TYPES:
        return True
    return tok.lemma_.lower() in WRONGDOING


def _hostile_clause(clause: Token, lex: Lexicon, depth: int) -> bool:
    """Does the clause report a hostile act by its subject?  The act may be the verb itself ("shelled"),
    its object ("carried out attacks", "had a role in the genocide"), a blame phrase ("was *behind* the
    attack", "is *responsible for* the killings") or a verb it governs ("helped *to plan* killings")."""
    if _hostile_word(clause, lex):
        return True
    for c in clause.children:
        if c.dep_ in ("dobj", "attr") and (_hostile_word(c, lex) or _part_in_hostile(c, lex)):
            return True
        if c.dep_ == "prep" and c.lower_ in BLAME_PREPS | {"in", "for"} and any(
                _hostile_word(g, lex) for g in c.children if g.dep_ == "pobj"):
            if c.lower_ in BLAME_PREPS or _blame_predicate(clause):
                return True
        if c.dep_ == "acomp" and c.lemma_.lower() in BLAME_ADJS:
            return any(_hostile_word(g, lex) for p in c.children if p.dep_ == "prep"
                       for g in p.children if g.dep_ == "pobj")
        if depth > 0 and c.dep_ in ("xcomp", "conj", "ccomp") and c.pos_ in ("VERB", "AUX") \
                and _hostile_clause(c, lex, depth - 1):
            return True
    return False


def _blame_predicate(clause: Token) -> bool:
    """"took part in", "participated in", "was involved in": the clause ties its subject to the act."""
    return clause.lemma_.lower() in ("participate", "involve", "take", "engage", "collude", "play")


def _part_in_hostile(noun: Token, lex: Lexicon) -> bool:
    """"played a *role in* the genocide", "had a *hand in* the bombing"."""
    if noun.lemma_.lower() not in PART_NOUNS:
        return False
    return any(_hostile_word(g, lex) for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
               for g in p.children if g.dep_ == "pobj")


def _doers(clause: Token, ctx: Context) -> list[Party]:
    """Who did the claimed act: the subject, or the "by" phrase of a passive clause."""
    subj, passive = subject_heads(clause)
    heads = agent_heads(clause) if passive else subj
    return parties_each([m for m in argument_mentions(heads, ctx.index) if m.resolved])


def _investigation(cand: Candidate, ctx: Context) -> Candidate:
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
