"""``code_article``: runs the stages in order over one article, given resources loaded once.

The function is pure given its ``Resources``, so the same code runs in a loop, a process pool or a
Ray actor.  Everything that changes the output (model, knowledge base, lexicon, ontology, config)
is fingerprinted into ``Resources.coder``, which every event carries.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Span, Token

from . import __version__
from .actors.kb import KnowledgeBase, load_kb
from .actors.resolver import resolve_article
from .config import Config
from .events.arguments import MentionIndex, Party
from .events.extractor import Candidate, Context
from .events.sentence import extract_sentence
from .events.lexicon import Lexicon, load_lexicon
from .events.ontology import Ontology, load_ontology
from .model import Actor, Article, Event, EventDate, Evidence, Location, SCORED_STATUSES
from .nlp import ParsedSegment, load_nlp, model_id, parse_articles
from .when import date_for_trigger, is_historical
from .where import Gazetteer, PlaceContext, country_location, focus_location, load_gazetteer, locate
from .where.locate import place_of_phrase

#: Confidence factors: how much each weakness of a candidate lowers our belief in it.
NOMINAL_FACTOR = 0.75
MISSING_SIDE_FACTOR = 0.4
HEADLINE_FACTOR = 0.7


@dataclass(frozen=True)
class Resources:
    """Everything ``code_article`` needs, loaded once per process."""

    nlp: Language
    kb: KnowledgeBase
    lexicon: Lexicon
    ontology: Ontology
    config: Config
    coder: str
    gazetteer: Gazetteer | None = None  # None: events get no location (tests that need none)


def load_resources(config: Config | None = None, actors_csv: Path | None = None) -> Resources:
    config = config or Config()
    nlp = load_nlp(config.model)
    kb = load_kb(actors_csv)
    lex = load_lexicon()
    onto = load_ontology()
    gaz = load_gazetteer()
    parts = "|".join([model_id(nlp), kb.fingerprint, lex.fingerprint, onto.fingerprint, config.fingerprint(),
                      gaz.fingerprint])
    coder = f"eventwire {__version__}+{hashlib.sha256(parts.encode()).hexdigest()[:12]}"
    return Resources(nlp, kb, lex, onto, config, coder, gaz)


def code_article(article: Article, res: Resources) -> list[Event]:
    """All events of one article, in document order."""
    return code_articles([article], res)[0]


def code_articles(articles: Sequence[Article], res: Resources) -> list[list[Event]]:
    """Code many articles, parsing them in one spaCy stream."""
    parsed = parse_articles(res.nlp, articles, res.config.batch_size)
    return [_code_parsed(a, segs, res) for a, segs in zip(articles, parsed)]


def _short_hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


@dataclass
class _Discourse:
    """What earlier sentences established: the last text date of a paragraph, where each actor is."""

    paragraph_date: EventDate | None = None
    paragraph_key: tuple[str, int] | None = None
    whereabouts: dict[str, Location] = field(default_factory=dict)
    places: PlaceContext = field(default_factory=PlaceContext)  # every place the article names


def _code_parsed(article: Article, segs: list[ParsedSegment], res: Resources) -> list[Event]:
    on = article.published
    mention_lists = resolve_article([(s.doc, s.offset) for s in segs], res.kb, on, res.gazetteer)
    person_nouns = frozenset(res.kb.sectors)
    events: dict[str, Event] = {}
    state = _Discourse()
    if res.gazetteer is not None:
        for seg, mentions in zip(segs, mention_lists):  # the whole article's places disambiguate each one
            state.places.absorb(seg.doc, mentions, res.gazetteer)
    for seg, mentions in zip(segs, mention_lists):
        index = MentionIndex(seg.doc, mentions, person_nouns)
        ctx = Context(index, res.lexicon, person_nouns)
        para = (seg.segment.field, seg.segment.start)  # segments are paragraphs (see nlp.segment_texts)
        if state.paragraph_key != para:
            state.paragraph_key, state.paragraph_date = para, None
        for sent_no, sent in seg.sentences():
            for cand in extract_sentence(sent, ctx):
                ev = _build_event(article, seg, sent_no, sent, cand, index, res, state)
                if ev is None or ev.confidence < res.config.min_confidence:
                    continue
                old = events.get(ev.id)
                if old is None or ev.confidence > old.confidence:
                    events[ev.id] = ev
    return sorted(events.values(), key=lambda e: (e.evidence.sentence, e.evidence.start, e.evidence.end, e.id))


def _actors(p: Party | None) -> tuple[Actor, ...]:
    return p.actors if p else ()


def _date(cand: Candidate, article: Article, state: _Discourse) -> EventDate:
    """The event's date: its own clause's expression, else the frame it is reported in ("In a
    meeting on Wednesday, Xi said ..."), else the paragraph's reference time for a past event,
    else the publication date."""
    date = date_for_trigger(cand.trigger, article.published)
    if date.basis != "text" and cand.anchor.i != cand.trigger.i:
        alt = date_for_trigger(cand.anchor, article.published)
        if alt.basis == "text":
            date = alt
    if date.basis != "text":
        framed = _frame_date(cand.anchor, article)
        if framed is not None:
            date = framed
    past = cand.status == "asserted" and (cand.anchor.tag_ in ("VBD", "VBN") or cand.nominal)
    if date.basis == "text":
        if past and article.published and date.start and date.start <= article.published:
            state.paragraph_date = date
    elif past and not cand.nominal and state.paragraph_date is not None:
        # "... Pelosi's visit to Taipei in August. Beijing responded with drills.": the paragraph's
        # reference time carries over to a past event that gives no date of its own
        date = state.paragraph_date
    return date


FRAME_PREPS = frozenset({"in", "during", "at"})


def _frame_date(anchor: Token, article: Article) -> EventDate | None:
    """A date on an event noun framing the clause or the clause that reports it."""
    tok = anchor
    for _ in range(4):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in FRAME_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ == "NOUN":
                        d = date_for_trigger(g, article.published)
                        if d.basis == "text":
                            return d
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            break
        tok = tok.head
    return None


#: Event types that are physical acts: the place of their object is where they happened (see where.locate).
PHYSICAL_TYPES = frozenset({"AID", "RETREAT", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "COOPERATE"})


def _mode_and_location(cand: Candidate, index: MentionIndex, state: _Discourse,
                       gaz: Gazetteer | None = None) -> tuple[str | None, Location | None]:
    """The event's place (its clause, else a visit's host, else where its source was last seen, else
    the article's dateline flagged ``focus``) and the CONSULT mode that place implies."""
    mode = cand.mode
    if gaz is None:
        return mode, None
    places = state.places
    loc = locate(cand.anchor, cand.trigger, index, gaz, places, destination_targets=(cand.type == "CONSULT"),
                 physical=cand.type in PHYSICAL_TYPES)
    src = cand.source.actors[0] if cand.source and cand.source.actors else None
    src_key = (src.country or src.org) if src else None
    if loc is None and mode == "visit" and cand.target and len(cand.target.actors) == 1:
        host = cand.target.actors[0]
        if host.country and not host.org:
            loc = country_location(gaz, host.country, host.name or host.text)
    if cand.type == "CONSULT" and loc is None and src_key:
        loc = state.whereabouts.get(src_key)
    if cand.type == "CONSULT" and loc and loc.country and src and mode in (None, "visit", "third-party"):
        tgt_countries = {a.country for a in _actors(cand.target)}
        if loc.country != src.country and loc.country in tgt_countries:
            mode = "visit"
        elif loc.country != src.country and tgt_countries and loc.country not in tgt_countries:
            mode = "third-party"
        if mode == "visit" and src_key:
            state.whereabouts[src_key] = loc
    if loc is None:
        loc = focus_location(places)
    return mode, loc


#: Types whose unnamed party is, in news, the population or government of the place it happens in
#: ("a journalist was killed in Beirut": LBN on LBN; "curfew imposed in Sudan").
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "THREATEN", "CONCEDE", "RETREAT", "REQUEST",
                            "MOBILIZE", "SANCTION", "AID", "REJECT", "ACCUSE"})
PLACE_FACTOR = 0.75
#: Types that, with no one named on the receiving end, are aimed at the actor's own country.
SELF_DIRECTED_TYPES = frozenset({"PROTEST", "COERCE", "CONCEDE", "REQUEST", "MOBILIZE"})


#: Types whose unnamed target is the country of a place their content names ("threatened to impose a
#: curfew *in Sfax*", "agreed to build a port *in Pakistan*", "will provide rice to victims *in Bangladesh*").
CONTENT_PLACE_TYPES = frozenset({"THREATEN", "AGREE", "REJECT", "AID", "REQUEST", "ASSAULT", "COERCE",
                                 "MOBILIZE", "RETREAT", "SUPPORT", "COOPERATE", "SANCTION", "CONCEDE"})
#: Security forces whose shooting at unnamed people is repression at home ("Kenyan police shot dead two ...").
DOMESTIC_FORCE_SECTORS = frozenset({"COP"})


def _content_place(cand: Candidate, index: MentionIndex, state: _Discourse,
                   gaz: Gazetteer | None) -> tuple[Location | None, float]:
    """The place named in what the event is about: its governed clauses ("threatened *to impose a
    curfew in Sfax*") and its object and recipients read as a physical act's would be."""
    joint = cand.source is not None and len(cand.source.actors) > 1
    if gaz is None or (cand.target is not None and cand.target.resolved) or (cand.reciprocal and joint) \
            or cand.type not in CONTENT_PLACE_TYPES:
        return None, 1.0
    verb, seen = cand.anchor, 0
    while verb is not None and seen < 3:
        loc = locate(verb, cand.trigger if seen == 0 else verb, index, gaz, state.places, physical=True)
        if loc is not None and loc.country:
            return loc, PLACE_FACTOR
        # "arrested the mayor of the city of Diyarbakir": an official of a place stands for it
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for g in (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"):
                loc = place_of_phrase(g, index, gaz, state.places)
                if loc is not None and loc.country:
                    return loc, PLACE_FACTOR
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                     and c.i > verb.i), None)
        seen += 1
    return _object_place(cand.anchor, index, gaz, state), PLACE_FACTOR


#: Clauses below an event that say something else (conditions, times, asides), not what it is about.
_ASIDE_DEPS = frozenset({"advcl", "parataxis", "relcl", "nsubj", "nsubjpass", "appos", "conj", "npadvmod"})
#: Below the predicate a clause under a noun is that noun's content ("calls for troops *to stay in Iraq*").
_INNER_ASIDE_DEPS = frozenset({"parataxis", "relcl", "appos"})


def _object_place(anchor: Token, index: MentionIndex, gaz: Gazetteer, state: _Discourse) -> Location | None:
    """Last resort: the first place named "in" what follows the predicate ("agreed to an extension of
    the mandate for the force *in Lebanon*")."""
    stack = [c for c in anchor.children if c.i > anchor.i and c.dep_ not in _ASIDE_DEPS]
    while stack:
        tok = stack.pop(0)
        if tok.dep_ == "prep" and tok.lower_ == "in":
            for g in (g for g in tok.children if g.dep_ == "pobj"):
                loc = place_of_phrase(g, index, gaz, state.places)
                if loc is not None and loc.country:
                    return loc
        stack.extend(c for c in tok.children if c.dep_ not in _INNER_ASIDE_DEPS)
    return None


def _parties(cand: Candidate, location: Location | None, content: tuple[Location | None, float] = (None, 1.0),
             ) -> tuple[tuple[Actor, ...], tuple[Actor, ...], float]:
    """Source and target.  An unnamed side of a domestic event falls back to the country where the
    clause says it happened (never to the article's focus, which is only a guess); an unnamed target,
    to the country of a place the event's content names; failing that, a self-directed act ("Egyptian
    demonstrators rioted", "Kenyan police shot dead two demonstrators") is aimed at the actor's own
    country."""
    source, target = _actors(cand.source), _actors(cand.target)
    src_ok = bool(cand.source and cand.source.resolved)
    tgt_ok = bool(cand.target and cand.target.resolved)
    factor = 1.0
    if (location is not None and location.country and location.precision != "focus"
            and cand.type in DOMESTIC_TYPES and not cand.reciprocal):
        place = Actor(text=location.name, name=location.name, country=location.country, code=location.country)
        aimed_at_state = tgt_ok and cand.type in STATE_AIMED_TYPES and _whole_country(target, location.country)
        if not tgt_ok:
            target, tgt_ok, factor = (place,), True, PLACE_FACTOR
        if not src_ok and not aimed_at_state:
            source, src_ok, factor = (place,), True, PLACE_FACTOR
    place, place_factor = content
    if not tgt_ok and place is not None and place.country:
        target = (Actor(text=place.name, name=place.name, country=place.country, code=place.country),)
        tgt_ok, factor = True, place_factor
    countries = {a.country for a in source if a.country}
    police = cand.type == "ASSAULT" and bool(source) and all(a.sector in DOMESTIC_FORCE_SECTORS for a in source)
    if not tgt_ok and (cand.type in SELF_DIRECTED_TYPES or police) and len(countries) == 1 \
            and not any(a.org for a in source):
        country = countries.pop()
        target, factor = (Actor(text=country, name=country, country=country, code=country),), PLACE_FACTOR
    return source, target, factor


#: Hostile acts that, aimed at a whole country, come from outside it (a state does not shell itself).
STATE_AIMED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})


def _whole_country(target: tuple[Actor, ...], country: str) -> bool:
    """Is the target the country itself, not a part of it ("they had shelled *Syria*")?  Then the act
    is aimed at the state from outside, and the place names no domestic doer."""
    return bool(target) and all(a.country == country and not a.sector and not a.org for a in target)


#: How often an event of each type comes out strictly right (type and both parties) relative to the
#: average, measured on the development gold sets (PLOVER, PETR-2, our own dev examples): some types
#: are reliably coded by rules (COERCE, REJECT), others much less (RETREAT, MOBILIZE).
TYPE_RELIABILITY = {"COERCE": 1.15, "REJECT": 1.15, "SANCTION": 1.05, "SUPPORT": 1.05, "PROTEST": 1.0,
                    "REQUEST": 1.0, "CONSULT": 1.0, "ACCUSE": 0.95, "CONCEDE": 0.9, "AGREE": 0.85, "AID": 0.85,
                    "COOPERATE": 0.85, "THREATEN": 0.85, "ASSAULT": 0.8, "RETREAT": 0.75, "MOBILIZE": 0.75}
#: Stretch so that raw scores of well-supported events reach the 0.8+ band (see benchmarks/accuracy.py).
CONFIDENCE_SCALE = 1.35


def _confidence(cand: Candidate, source: tuple[Actor, ...], target: tuple[Actor, ...], headline: bool,
                place_factor: float) -> float:
    """A score that orders events by how likely they are to be right: the lexicon's belief in the word
    sense, times how surely each side was resolved, times penalties for weak evidence.  An event missing
    a side is rarely right in full, so it is scored low rather than dropped."""
    c = cand.weight * TYPE_RELIABILITY.get(cand.type, 1.0) * place_factor
    if cand.nominal:
        c *= NOMINAL_FACTOR
    for side, party in ((source, cand.source), (target, cand.target)):
        if not any(a.country or a.org for a in side):
            c *= MISSING_SIDE_FACTOR
        elif party is not None and place_factor == 1.0:
            c *= 0.5 + 0.5 * party.confidence
    if headline:
        c *= HEADLINE_FACTOR
    return round(max(0.0, min(1.0, c * CONFIDENCE_SCALE)), 3)


def _build_event(article: Article, seg: ParsedSegment, sent_no: int, sent: Span, cand: Candidate,
                 index: MentionIndex, res: Resources, state: _Discourse) -> Event | None:
    mode, location = _mode_and_location(cand, index, state, res.gazetteer)
    source, target, place_factor = _parties(cand, location, _content_place(cand, index, state, res.gazetteer))
    if not any(a.country or a.org for a in source + target):
        return None  # nobody we can name: not an event record anyone can use
    onto = res.ontology
    date = _date(cand, article, state)
    status = cand.status
    if status in ("asserted",) and is_historical(date, article.published):
        status = "historical"
    cameo = cand.cameo or onto.cameo_for(cand.type, mode)
    info = onto.from_cameo(cameo)
    contexts = info[2] if info else ()
    scored = status in SCORED_STATUSES
    doc = seg.doc
    lo, hi = cand.span
    field_text = article.field_text(seg.segment.field)
    start = seg.offset + doc[lo].idx
    end = seg.offset + doc[hi - 1].idx + len(doc[hi - 1].text)
    evidence = Evidence(seg.segment.field, sent_no, start, end, field_text[start:end])
    trig_start = seg.offset + cand.trigger.idx
    keys = sorted(a.key for a in source + target)
    ev_id = "evt_" + _short_hash(article.id, start, end, cand.type, status, *keys)
    mention_id = "men_" + _short_hash(article.id, seg.segment.field, trig_start, trig_start + len(cand.trigger.text))
    return Event(
        id=ev_id, mention_id=mention_id, article_id=article.id, type=cand.type, mode=mode,
        contexts=tuple(contexts), status=status, reciprocal=cand.reciprocal, cameo=cameo,
        goldstein=onto.goldstein(cameo) if scored else None,
        quad_class=onto.quad_class(cand.type) if scored else None,
        source=source, target=target, published=article.published, date=date, location=location,
        evidence=evidence, confidence=_confidence(cand, source, target, seg.segment.is_headline, place_factor),
        coder=res.coder,
        trigger=cand.trigger.text,
    )

