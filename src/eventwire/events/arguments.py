"""Who the arguments of a predicate are: subjects, objects and prepositional targets, mapped to mentions.

The dependency parse says which words fill which role; the actor resolver says which words name
actors.  This module joins the two: it walks an argument's subtree (without wandering into clauses
or place phrases that belong elsewhere) and returns the mentions it finds, grouped into parties.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from spacy.tokens import Doc, Token

from ..model import Actor, Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Children whose subtrees never hold the argument itself (clauses, places, times, appositive asides).
OPAQUE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc",
                         "appos", "npadvmod", "advmod", "mark"})
#: Prepositions inside an argument phrase that still name the argument ("the presidents *of* Kyrgyzstan").
INNER_PREPS = frozenset({"of", "from"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
#: Nouns for an act taken towards a goal: "took *steps* to ease curbs" reports the easing, by whoever took them.
STEP_NOUNS = frozenset({"step", "measure", "move", "action"})
#: Adverbs that are verb particles when the lexicon has an entry keyed by them ("walk out", "call off").
ADVERB_PARTICLES = frozenset({"out", "off", "back", "up", "down", "away"})


@dataclass(frozen=True)
class Party:
    """One side of an event: the actors acting jointly, and the mentions they came from."""

    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]

    @property
    def confidence(self) -> float:
        return min((m.confidence for m in self.mentions), default=0.0)

    @property
    def resolved(self) -> bool:
        return any(a.country or a.org for a in self.actors)


class MentionIndex:
    """Token position → mention for one parsed segment, and the nouns that name people."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], person_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.person_nouns = person_nouns
        self.mentions = list(mentions)
        self.by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)


def _walk(token: Token, through_of: bool, index: MentionIndex | None = None) -> Iterable[Token]:
    """The argument phrase headed by ``token``: its subtree minus clauses and outer prepositions.

    With ``through_of`` False the walk stays out of "of"/"from" phrases too, so that the
    possessor of an event noun wins over its object ("condemned *Russia's* invasion of Ukraine").
    Given the mention index, an appositive that is really the next item of a comma list is walked
    like a conjunct (see ``listed_appos``).
    """
    yield token
    for child in token.children:
        if child.dep_ == "appos" and index is not None:
            if listed_appos(token, child, index):
                yield from _walk(child, through_of, index)
            elif any(c.dep_ == "cc" for c in child.children):
                # "Abbas, the Palestinian leader, and Netanyahu": a true aside still ends the list
                for c in child.children:
                    if c.dep_ == "conj":
                        yield from _walk(c, through_of, index)
            continue
        if child.dep_ in OPAQUE_DEPS:
            continue
        if child.dep_ == "prep" and (child.lower_ not in INNER_PREPS or not through_of):
            continue
        yield from _walk(child, through_of, index)


def _actor_keys(token: Token, index: MentionIndex) -> set[tuple[str | None, str | None]]:
    m = index.at(token)
    return {(a.country, a.org) for a in m.actors if a.country or a.org} if m is not None else set()


def listed_appos(head: Token, appos: Token, index: MentionIndex) -> bool:
    """Is an appositive the next item of a list rather than another name for its head?

    With a serial comma the parser reads "The US, Russia, and Switzerland" as "the US (that is,
    Russia), and Switzerland".  An appositive that sits in a list (it or its head carries the
    "and"/"or" or a further conjunct) and names other actors than its head is a conjunct; one naming
    the same actors ("Putin, Russia's president, and ...") stays an aside.
    """
    in_list = any(c.dep_ in ("conj", "cc") for c in appos.children) or \
        any(c.dep_ in ("conj", "cc") and c.i > appos.i for c in head.children)
    if not in_list:
        return False
    mine = _actor_keys(appos, index)
    return bool(mine) and not (mine & _actor_keys(head, index))


def _collect(tokens: Iterable[Token], index: MentionIndex) -> list[Mention]:
    seen: dict[int, Mention] = {}
    for t in tokens:
        m = index.at(t)
        if m is not None and id(m) not in seen:
            seen[id(m)] = m
    return sorted(seen.values(), key=lambda m: m.start)


def mentions_in(token: Token, index: MentionIndex) -> list[Mention]:
    """Mentions inside the argument phrase headed by ``token``, in text order, without repeats.

    The phrase's own words come first.  Only when they name nobody, and the head is a word for
    people or a quantity of them, do "of" phrases count: "the presidents *of Kyrgyzstan*" and
    "dozens *of protesters*" name actors, "the sidelines *of the summit*" and "the invasion *of
    Ukraine*" do not name who is acted upon.
    """
    near = _collect(_walk(token, False, index), index)
    if not _group_word(token, index):
        return near
    far = _collect(_walk(token, True, index), index)
    if not any(m.resolved for m in near):
        return far
    # "Ministers from Kenya, Uganda and Tanzania": the head may resolve to the first country only
    return near + [m for m in far if m.resolved and m not in near and not any(_covers(n, m) for n in near)]


def phrase_mentions(token: Token, index: MentionIndex) -> list[Mention]:
    """Every resolved mention anywhere in a phrase (last-resort target search, clauses excluded)."""
    return [m for m in _collect(_walk(token, True, index), index) if m.resolved] or \
        [m for m in _collect((t for t in token.subtree), index) if m.resolved]


def owner_mentions(token: Token, index: MentionIndex) -> list[Mention]:
    """Who a thing belongs to or comes from: "a *U.S.* request", "*Hussein's* proposal", "a *Senegalese* plan"."""
    return [m for m in _collect(_walk(token, False, index), index) if m.resolved]


#: Heads whose "of" phrase names the people meant ("leaders of", "dozens of", "members of").
QUANTITY_WORDS = frozenset({"dozen", "score", "hundred", "thousand", "million", "some", "many", "most", "all", "both",
                            "one", "two", "three", "several", "group", "delegation", "team", "member", "head",
                            "leader", "chief", "number", "majority", "each", "representative"})


def _group_word(token: Token, index: MentionIndex) -> bool:
    low = token.lemma_.lower()
    return (low in QUANTITY_WORDS or low in index.person_nouns or token.lower_ in index.person_nouns
            or token.pos_ == "NUM")


def names_someone(token: Token, index: MentionIndex, person_nouns: frozenset[str]) -> bool:
    """Whether an argument phrase refers to people or groups (even unnamed ones), not to things."""
    for t in _walk(token, True, index):
        if index.at(t) is not None or t.pos_ in ("PRON", "PROPN") or t.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
            return True
        if t.lemma_.lower() in person_nouns or t.lower_ in person_nouns:
            return True
    return False


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the words coordinated with it ("Kyrgyzstan, Tajikistan and Turkmenistan")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def _dedupe(mentions: Sequence[Mention]) -> list[Mention]:
    """Drop unresolved mentions when resolved ones exist, and later mentions of the same actors
    ("the President of Uzbekistan Shavkat Mirziyoyev" may come back as two mentions of UZB)."""
    resolved = [m for m in mentions if m.resolved]
    if not resolved:
        out: list[Mention] = []
        for m in mentions:
            if all(o.actors != m.actors for o in out):
                out.append(m)
        return out
    kept: list[Mention] = []
    for m in resolved:
        if not any(_covers(o, m) for o in kept):
            kept.append(m)
    return kept


def _covers(a: Mention, b: Mention) -> bool:
    return {(x.country, x.org) for x in b.actors} <= {(x.country, x.org) for x in a.actors}


def party_of(mentions: Sequence[Mention]) -> Party | None:
    """All mentions as one joint party (subjects: "Russia and China warned ...")."""
    ms = _dedupe(mentions)
    if not ms:
        return None
    actors: list[Actor] = []
    for m in ms:
        for a in m.actors:
            if a not in actors:
                actors.append(a)
    return Party(tuple(actors), tuple(ms))


def parties_each(mentions: Sequence[Mention]) -> list[Party]:
    """Each mention as its own party (distinct recipients: one event each)."""
    return [Party(m.actors, (m,)) for m in _dedupe(mentions)]


def argument_mentions(heads: Sequence[Token], index: MentionIndex) -> list[Mention]:
    out: list[Mention] = []
    for h in heads:
        for c in conjuncts(h):
            for m in mentions_in(c, index):
                if m not in out:
                    out.append(m)
    return _without_home_countries(out, index) if len(out) > 1 else out


def _owned_by(m: Mention, other: Mention, doc: Doc) -> bool:
    """Is ``m`` a possessive, adjective or "of" owner of a word of ``other`` ("*Egypt's* Muslim
    Brotherhood", "the *Colombian* FARC", "the Muslim Brotherhood *of Egypt*"), or of the noun that
    ``other`` names ("*Yemen's* Houthi movement")?"""
    owned = set(range(other.start, other.end)) | {t.head.i for t in doc[other.start:other.end]}
    for t in doc[m.start:m.end]:  # the words hung outside the mention ("the *Colombian*": both)
        head = t.head
        if m.start <= head.i < m.end:
            continue
        if t.dep_ == "pobj" and head.lower_ == "of":
            head = head.head
        elif t.dep_ not in ("poss", "amod", "compound", "nmod"):
            continue
        if head.i in owned:
            return True
    return False


def _without_home_countries(mentions: list[Mention], index: MentionIndex) -> list[Mention]:
    """"expel leaders of *Egypt's* Muslim Brotherhood": a country named only as the owner of one of
    its own national organisations says where the organisation is from, not a second party (which
    would become a second event against the government).  A coordinated country ("sanctions on
    Egypt and the Muslim Brotherhood") is no owner and stays."""
    def home(m: Mention) -> set[str]:
        return {a.country for a in m.actors if a.country and not a.org}

    out = []
    for m in mentions:
        countries = home(m)
        if countries and all(not a.org for a in m.actors) and any(
                o is not m and any(a.org and a.country in countries for a in o.actors) and _owned_by(m, o, index.doc)
                for o in mentions):
            continue
        out.append(m)
    return out


def taken_step(verb: Token) -> bool:
    """Is ``verb`` the infinitive of a step taken ("took steps *to ease* curbs", "took measures *to
    relax* them")?  Taking steps to do something is doing it, so this is no mere purpose."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.head.i == verb.i:
        return False
    gov = verb.head
    if verb.dep_ in ("relcl", "acl") and gov.lemma_.lower() in STEP_NOUNS and gov.dep_ == "dobj":
        gov = gov.head
    elif verb.dep_ not in ("advcl", "xcomp"):
        return False
    return gov.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS
                                                 for c in gov.children)


def subject_heads(verb: Token) -> tuple[list[Token], bool]:
    """The subject words of a verb and whether the clause is passive.

    A verb without its own subject borrows one: a coordinated verb from the first verb, a
    controlled infinitive or participle ("refused to condemn", "while increasing") from its
    governor, and a relative clause from the noun it modifies.
    """
    seen = 0
    v = verb
    # only the verb's own voice counts: in "Obama is scheduled to attend", "attend" is active, and in
    # "died *after being beaten* by guards" the borrowed subject is the one beaten
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    while seen < 6:
        seen += 1
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return [v.head], passive
            poss_rel = [c for c in s.children if c.dep_ == "poss" and c.lower_ == "whose"]
            if poss_rel and v.dep_ == "relcl":
                return [v.head], passive
            return [s] + _stray_conjuncts(s, subj[1:]), passive
        if v.dep_ in ("relcl", "acl") and taken_step(v):
            v = v.head.head  # "took steps to ease curbs": whoever took the steps eases them
            continue
        if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ == "VBG"):
            return [v.head], passive
        if quantity_clause(v):
            return [v.head], passive
        if main_after_participle(v):  # "Journalists detained last week *were freed*": the journalists
            return [c for c in v.head.children if c.dep_ == "nsubj"], passive
        if v.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") and v.head.i != v.i:
            v = v.head
            if v.pos_ not in ("VERB", "AUX"):
                if v.dep_ in ("prep", "acomp"):  # "is *willing* to withdraw": the copula's subject
                    v = v.head
                if v.pos_ not in ("VERB", "AUX"):
                    return [], passive
            continue
        return [], passive
    return [], False


#: Tags of a finite auxiliary ("*were* released", "*has* freed"), which a participle lacks.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite_clause(verb: Token) -> bool:
    """Does the verb carry a finite auxiliary of its own ("*were* released", "*was* handed back")?"""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def main_after_participle(verb: Token) -> bool:
    """Is ``verb`` the main verb that the parser hung on a reduced relative?

    In "Journalists detained last week were freed by Iran" the parser may make the participle
    "detained" the root and "were freed" its clausal complement, as though the journalists detained
    something.  A subjectless clausal complement with a finite auxiliary after a bare past form whose
    subject comes first and which has no object or auxiliary of its own is the sentence's main verb,
    and the participle's noun its subject.
    """
    gov = verb.head
    return (verb.dep_ == "ccomp" and verb.tag_ == "VBN" and gov.i < verb.i and finite_clause(verb)
            and gov.tag_ in ("VBN", "VBD") and gov.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") and c.i != verb.i
                        for c in gov.children)
            and any(c.dep_ == "nsubj" and c.i < gov.i for c in gov.children))


#: Quantity nouns that head a crowd ("*Thousands* of miners protested"); see ``quantity_clause``.
CROWD_QUANTITIES = frozenset({"hundred", "thousand", "dozen", "score", "ten", "million"})


def quantity_clause(verb: Token) -> bool:
    """Is ``verb`` the main verb that the parser hung on a quantity as a reduced relative?

    In "Thousands of miners protested in Santiago" the parser may make "Thousands" the root and
    "protested" a participle modifying it, leaving the sentence with no main verb.  A past-tense
    participle of a quantity that is itself the root, with no auxiliary (a true reduced relative
    is passive: "thousands of people *displaced* by the war" sits inside a clause with a verb of
    its own), is the main verb, and the quantity phrase is its subject.
    """
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" and head.i < verb.i
            and head.lemma_.lower() in CROWD_QUANTITIES and head.pos_ in ("NOUN", "NUM")
            and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children))


def _stray_conjuncts(first: Token, others: Sequence[Token]) -> list[Token]:
    """Later subjects of the same verb that end the first one's list: in "Egypt, Jordan, and Iraq
    held talks" the parser may hang "and" on Egypt but make Iraq a second subject of "held"."""
    cc = [c.i for c in first.children if c.dep_ == "cc"]
    if not cc or any(c.dep_ == "conj" and c.i > max(cc) for c in first.children):
        return []
    return [o for o in others if o.dep_ == "nsubj" and 0 < o.left_edge.i - max(cc) <= 2]


#: Prepositions that open what a passive verb's subject is accused or blamed of ("accused *of* ...").
CONTENT_PREPS = frozenset({"of", "for", "with"})


def agent_heads(verb: Token) -> list[Token]:
    """The "by" phrase of a passive verb: its logical subject.

    A "by" phrase that ends a long passive may be hung on the active gerund of its content: in
    "has been accused of misusing funds *by officials*" the parser attaches it to "misusing", but
    an active gerund takes no agent, so the phrase belongs to the passive verb ("was accused ...
    by officials").  Only a passive verb's own content gerund is looked at, and only when the verb
    has no agent of its own.
    """
    out = []
    for c in verb.children:
        if c.dep_ == "agent":
            out.extend(g for g in c.children if g.dep_ == "pobj")
    if out or not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return out
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in CONTENT_PREPS:
            continue
        for ger in p.children:
            if ger.dep_ == "pcomp" and ger.tag_ == "VBG" and not any(c.dep_ == "auxpass" for c in ger.children):
                out.extend(g for b in ger.children if b.dep_ == "prep" and b.lower_ == "by" and b.i > ger.i
                           for g in b.children if g.dep_ == "pobj")
    return out


def origin_mentions(verb: Token, index: MentionIndex) -> list[Mention]:
    """Where an act came from, when nobody is named as its doer: "a mortar bomb was fired at Israel
    *from Gaza*", "rockets launched *from Lebanon*".  The place stands for whoever holds it."""
    heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
             if g.dep_ == "pobj"]
    return argument_mentions(heads, index) if heads else []


def government_of(party: Party) -> Party:
    """A country as the state that speaks for it: "released *in Kigali*" is the Rwandan government's.
    Actors that already have a sector or are organisations stay as they are."""
    actors = tuple(replace(a, sector="GOV", code=a.country + "GOV") if a.country and not a.sector and not a.org
                   else a for a in party.actors)
    return Party(actors, party.mentions)


def object_heads(verb: Token, target_preps: Sequence[str]) -> list[Token]:
    """Direct/indirect objects, or the object of a target preposition ("sided *with* Beijing").

    Object control counts too: in "help Kazakhstan maintain ..." or "urged Iran to stop ..." the
    parser makes the addressee the subject of the lower clause; it is the target of this verb.
    """
    direct = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
    preps: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in target_preps:
            preps.extend([g for g in c.children if g.dep_ == "pobj"] or stranded_objects(c))
        elif c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES:
            # "pulled back *from* Kherson": the parser hangs the phrase on the adverbial particle
            preps.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ in target_preps
                         for g in p.children if g.dep_ == "pobj")
    if not direct:
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i:
                direct.extend(g for g in c.children if g.dep_ == "nsubj" and g.i < c.i)
    return direct + preps


#: Entities that end a phrase without being its object ("opened an embassy in Nairobi *in 2015*").
_NON_OBJECT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
#: Clauses inside a conjunct that its shared last phrase is never in.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "nsubj", "nsubjpass"})


def stranded_objects(prep: Token) -> list[Token]:
    """The object of a preposition the parser left without one (a preposition keeps its object;
    the parse of a long phrase after it sometimes does not).

    - A reduced relative after the object: in "granted asylum *to* four army officers *holed up*
      in ..." the parser may make "officers" the subject of "holed" (a clause under "to" or beside
      it); the object is the noun whose phrase starts right after the preposition.
    - Right node raising: in "established ties *with and* opened an embassy in Tehran" both
      conjuncts share the last phrase of the second one.
    Only a preposition with no object of any kind is repaired, so a well-parsed phrase costs one
    look at its children.
    """
    if prep.dep_ != "prep" or any(c.dep_ == "pobj" for c in prep.children):
        return []
    nxt = prep.i + 1
    if nxt >= prep.sent.end:
        return []
    clause = [c for c in prep.children if c.dep_ == "pcomp"]
    if clause:  # "to [officers holed up in ...]" read as a clause: its subject is the object
        return [s for s in clause[0].children if s.dep_ in ("nsubj", "nsubjpass") and s.left_edge.i == nxt
                and s.pos_ in ("NOUN", "PROPN")]
    tok = prep.doc[nxt]
    if tok.dep_ == "cc" and tok.lower_ in ("and", "or"):
        conj = next((c for c in tok.head.children if c.dep_ == "conj" and c.i > nxt), None)
        return _last_phrase(conj) if conj is not None and conj.pos_ in ("VERB", "AUX") else []
    t = tok
    for _ in range(4):
        if t.left_edge.i != nxt:
            return []
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.i > t.i:
            return [t]
        if t.head.i == t.i:
            return []
        t = t.head
    return []


def _last_phrase(verb: Token) -> list[Token]:
    """The last object of a clause, outside its inner clauses and dates: the phrase a raised
    preposition before the clause shares."""
    best: Token | None = None
    stack = [c for c in verb.children if c.dep_ not in _CLAUSE_DEPS]
    while stack:
        t = stack.pop()
        if t.dep_ in ("dobj", "pobj") and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NON_OBJECT_ENTS \
                and (best is None or t.i > best.i):
            best = t
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    return [best] if best is not None else []
