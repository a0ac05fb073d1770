"""Acts someone hopes, wishes or wants *another* party to do: not done, and not promised.

"Poland hoped Belarus *would release* the journalist", "Japan wants China *to withdraw* its ships",
"she hoped the officials *would be indicted*": the act in the complement is only wished for.  Nothing
has happened (so it is no asserted or future event), and the wisher cannot commit the other party to
it (so it is no AGREE or THREATEN either).  Wanting another party to act is, however, asking it
to: "Japan wants China to withdraw" is also a REQUEST by Japan to China.  The control table reads "hope", "wish" and "want" as
intent words, which is right for the wisher's own acts ("Kenya hopes *to sign* a deal" commits Kenya:
AGREE), but an intent word whose complement has a subject of its own speaks about someone else.  The
record's status vocabulary has one word for an act that is only imagined: ``hypothetical``.

Two neighbours of the wish are read here too.  A demand voiced as a noun with a "that" clause
("reiterated *its demand that* Israel ease restrictions") asks the clause's subject, like "wants X
to": ``noun_demands``, run from the allegations pass, which sees the whole sentence.  And a refusal to
leave office ("declined to resign") turns down what others want of the refuser: it is aimed at whoever
presses, named ("despite pressure *from the EU*") or, by default, the refuser's own country.

This is a pass over one sentence's candidates (``with_wishes``), run after the extractor has read
the complement as the wisher's commitment: it puts the complement's act back in its own words (its
lexical type, its own subject as source) and marks it hypothetical.  It looks only at the clause the
wish governs and the verbs coordinated with or controlled by it, never at relative clauses or
participles inside it ("officials *accused of* crimes would be indicted": the accusation happened).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..model import Actor
from .arguments import Party, agent_heads, argument_mentions, party_of, subject_heads
from .extractor import Candidate, Context, noun_entry, verb_entry
from .modality import pressers, refused_exit
from .targets import same_as_source

#: Words whose complement is wished for, not done ("hoped that ...", "wants X to ...", "expressed the
#: hope that ...").  "would like" is left out: it states the speaker's own intention.
WISH_WORDS = frozenset({"hope", "wish", "want", "pray"})
#: Their inflected forms: the English model lemmatises "hoped" as "hop", so the form is checked too.
WISH_FORMS = frozenset(w + end for w in ("hope", "wish", "want", "pray") for end in ("", "s", "es", "d", "ed", "ing"))
#: Dependencies by which an act is part of the wished clause: verbs coordinated with its verb or
#: controlled by it ("hoped Iran would agree *to release*", "would talk *and sign*").
CLAUSE_DEPS = frozenset({"conj", "xcomp"})
#: Dependencies of the wished clause below the wish word.
COMPLEMENT_DEPS = frozenset({"ccomp", "acl"})
#: Types the extractor gives an announced act of the wisher's own (modality.commitment_type, THREATEN).
COMMITMENT_TYPES = frozenset({"AGREE", "CONCEDE", "THREATEN"})
#: How far up from the act its wished clause is looked for.
DEPTH = 3


#: Wish verbs that, said of another party's act, ask that party for it ("Japan *wants* China to
#: withdraw"): a REQUEST (CAMEO 10).  A hope or a prayer asks nobody.
ASKING_WISHES = frozenset({"want"})
#: The CAMEO code and lexicon-like weight of that request ("ask" and "urge" sit at 0.75-0.85).
REQUEST_CAMEO = "100"
REQUEST_WEIGHT = 0.7


def with_wishes(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """``found`` with every act wished on another party made hypothetical, in its own type, and a
    REQUEST by whoever *wants* another party to do it."""
    out = [_unwished(_aimed_refusal(c, ctx), ctx) for c in found]
    asked: set[int] = set()
    for before, after in zip(found, out):
        if after is not before and after.status == "hypothetical":
            req = _wanted(after, ctx)
            if req is not None and req.anchor.i not in asked:
                asked.add(req.anchor.i)
                out.append(req)
    return out


def _wanted(act: Candidate, ctx: Context) -> Candidate | None:
    """"Japan wants China to withdraw its ships": Japan asks China (REQUEST), unless the want is negated."""
    clause = _wished_clause(act.anchor)
    if clause is None:
        return None
    want = clause.head
    if want.pos_ != "VERB" or want.lemma_.lower() not in ASKING_WISHES or any(c.dep_ == "neg" for c in want.children):
        return None
    wisher = _wisher(want, ctx)
    doer, passive = _doer(clause, ctx)
    if wisher is None or doer is None or passive:
        return None
    lo = min(want.left_edge.i, act.span[0])
    hi = max(act.span[1], want.i + 1)
    return Candidate("REQUEST", None, REQUEST_CAMEO, want, want, wisher, doer, False, "asserted", False,
                     REQUEST_WEIGHT, (lo, hi))


#: Nouns of a demand whose "that" clause names who must act ("its *demand* that Israel ease ...").
DEMAND_NOUNS = frozenset({"demand", "call", "appeal", "request", "insistence", "plea", "ultimatum"})
#: Verbs by which a party voices its own demand again or anew; dropping or rejecting one is no request.
VOICING_VERBS = frozenset({"reiterate", "repeat", "renew", "restate", "reaffirm", "voice", "issue", "make",
                           "press", "stress", "underline", "echo", "emphasise", "emphasize", "deliver", "send"})
#: The weight of such a request: the noun's own entry sits at 0.8-0.85, the clause reading is less sure.
NOUN_DEMAND_WEIGHT = 0.7


def noun_demands(sent: Span, ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """``found`` plus a REQUEST for each demand voiced as a noun with a "that" clause: "The ILO
    reiterated *its demand that* Israel ease restrictions", "Ukraine repeated *calls that* Russia
    withdraw".  The demand is the speaker's (the subject of the verb voicing it) and is made of the
    clause's subject, who is asked to act, as "demanded that Israel ease" would be.  A demand that is
    someone else's ("rejected *Armenia's* demand that ...") or withdrawn ("dropped its demand") is not
    voiced by the subject and is left alone; the demanded act itself is made hypothetical by ``refine``.
    """
    out = found
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DEMAND_NOUNS or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in VOICING_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                       and any(m.lower_ == "that" and m.i < c.i for m in c.children)), None)
        if clause is None or any(c.type == "REQUEST" and c.trigger.i == noun.i and c.target is not None for c in out):
            continue
        speaker = _wisher(verb, ctx)
        owner = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        if speaker is None or not subj or (owner and not same_as_source(
                party_of([m for m in argument_mentions(owner, ctx.index) if m.resolved]) or speaker, speaker)):
            continue
        addressee = party_of([m for m in argument_mentions(subj, ctx.index) if m.resolved])
        if addressee is None or same_as_source(addressee, speaker):
            continue
        lo = min([verb.i, clause.left_edge.i] + [m.start for m in speaker.mentions if m.start >= sent.start])
        hi = max(clause.right_edge.i + 1, noun.i + 1)
        out = [c for c in out if not (c.type == "REQUEST" and c.trigger.i == noun.i)]
        out.append(Candidate("REQUEST", None, REQUEST_CAMEO, noun, verb, speaker, addressee, False, "asserted",
                             True, NOUN_DEMAND_WEIGHT, (lo, hi)))
    return out


def _aimed_refusal(cand: Candidate, ctx: Context) -> Candidate:
    """A refusal to leave office with nobody named as its target: "the president *declined to resign*
    despite pressure from the EU" defies the EU; with no presser named ("refused to step down", "despite
    pressure from the opposition") the pressure is domestic, so the refusal is aimed at the refuser's own
    country.  Leaving office is the opposite of a wish (the refuser's own act, asked of them by others),
    which is why it is read here, beside what one party wants of another."""
    if cand.type != "REJECT" or cand.target is not None or cand.source is None or not cand.source.resolved:
        return cand
    exit_verb = refused_exit(cand.trigger)
    if exit_verb is None:
        return cand
    named = party_of([m for m in argument_mentions(pressers(cand.trigger, exit_verb), ctx.index) if m.resolved])
    if named is not None and not same_as_source(named, cand.source):
        return replace(cand, target=named)
    countries = {a.country for a in cand.source.actors}
    if len(countries) != 1 or None in countries:
        return cand
    [country] = countries
    home = Actor(text=country, name=country, country=country, code=country)
    return replace(cand, target=Party((home,), cand.source.mentions))


def _unwished(cand: Candidate, ctx: Context) -> Candidate:
    clause = _wished_clause(cand.anchor)
    if clause is None:
        return cand
    wish = clause.head
    wisher = _wisher(wish, ctx)
    doer, passive = _doer(clause, ctx)
    if not passive and doer is not None and wisher is not None and same_as_source(doer, wisher):
        return cand  # "Brazil hopes it will sign the deal": its own act, as "hopes to sign"
    if not passive and doer is None and _has_pronoun_subject(clause):
        return cand  # "we hope we can sign ...": the speaker's own act
    entry = (verb_entry(cand.trigger, ctx.lexicon, ctx.index) if cand.trigger.pos_ in ("VERB", "AUX")
             else noun_entry(cand.trigger, ctx.lexicon, ctx.index))
    if cand.type in COMMITMENT_TYPES and entry is not None and entry.type != cand.type:
        # the extractor read the wish as the wisher's commitment: give the act back to its own doer
        return replace(cand, type=entry.type, mode=entry.mode, cameo=entry.cameo, source=doer,
                       reciprocal=entry.reciprocal, status="hypothetical",
                       weight=min(cand.weight, entry.weight))
    if cand.status == "negated":
        return cand  # "hoped Peru would *not* impose sanctions": nothing happens either way
    return replace(cand, status="hypothetical")


def _wished_clause(anchor: Token) -> Token | None:
    """The finite clause under a wish word that ``anchor``'s act belongs to ("hoped *Belarus would
    release* ...", "wants *China to withdraw* ...": the parser makes both a ``ccomp``); else None.  An
    infinitive without a subject ("hopes *to sign*") is an ``xcomp``: the wisher's own act."""
    t = anchor
    for _ in range(DEPTH):
        if t.dep_ in COMPLEMENT_DEPS and _is_wish(t.head) and t.head.i != t.i:
            if t.head.pos_ in ("VERB", "NOUN") and not _reduced_relative(t):
                return t
            return None
        if t.dep_ not in CLAUSE_DEPS or t.head.i == t.i:
            return None
        t = t.head
    return None


def _is_wish(tok: Token) -> bool:
    return tok.lemma_.lower() in WISH_WORDS or tok.lower_ in WISH_FORMS


def _reduced_relative(clause: Token) -> bool:
    """"hoped officers *accused* of arming rebels would be indicted": the parser can take a bare past
    participle after a noun for the complement's verb; a finite complement has a tense or an auxiliary."""
    return clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _own_subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _has_pronoun_subject(clause: Token) -> bool:
    subj = _own_subject(clause)
    return subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("i", "we", "you")


def _wisher(wish: Token, ctx: Context) -> Party | None:
    """Who wishes: the wish verb's subject, or for a noun ("expressed the hope that ...") the subject
    of the verb that carries it."""
    verb = wish if wish.pos_ == "VERB" else wish.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj, passive = subject_heads(verb)
    return None if passive else party_of([m for m in argument_mentions(subj, ctx.index) if m.resolved])


def _doer(clause: Token, ctx: Context) -> tuple[Party | None, bool]:
    """Who would do the wished act, and whether the clause is passive (then the doer is its "by" phrase)."""
    subj, passive = subject_heads(clause)
    heads = agent_heads(clause) if passive else subj
    return party_of([m for m in argument_mentions(heads, ctx.index) if m.resolved]), passive
