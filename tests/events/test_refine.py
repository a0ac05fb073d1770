"""The sentence-wide pass over candidates (``events.refine``) and the request-content status rule
(``modality.requested_by``), on sentences we wrote.  Each test names the construction it covers;
the pipeline cases run the whole coder, the unit cases feed ``refine`` candidates built on a real
parse so that one rule is checked without depending on what the rest of the extractor finds."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from eventwire.events.arguments import MentionIndex, Party
from eventwire.events.extractor import Candidate, Context
from eventwire.events.modality import modality_of, requested_by
from eventwire.events.refine import refine
from eventwire.model import Actor, Article, Mention
from eventwire.pipeline import code_article

PUBLISHED = dt.date(2023, 10, 4)


def _code(resources, text: str) -> list[dict]:
    art = Article(id=text[:20], text=text, published=PUBLISHED)
    return [e.to_record() for e in code_article(art, resources)]


def _scored(events: list[dict], type_: str | None = None) -> list[dict]:
    return [e for e in events if e["status"] in ("asserted", "future", "historical")
            and (type_ is None or e["type"] == type_)]


# -- unrealised content (pipeline) ---------------------------------------------------------------

@pytest.mark.parametrize("text, kept, unrealised", [
    # a nominal call whose content clause is a relative clause
    ("Mexico rejected a call for its soldiers to be sent to Ecuador.", "REJECT", "AID"),
    # a "for" clause the parser hangs on the request verb
    ("Germany called for Turkish troops to be withdrawn from Syria.", None, "RETREAT"),
    # an event noun inside a demanded clause: asked for, not reported
    ("Chad demanded that Libya match Niger's aid to Sudan.", "REQUEST", "AID"),
])
def test_the_content_of_a_request_is_hypothetical(resources, text, kept, unrealised):
    events = _code(resources, text)
    assert not _scored(events, unrealised), events
    assert any(e["type"] == unrealised and e["status"] == "hypothetical" and e["goldstein"] is None
               for e in events), events
    if kept:
        assert _scored(events, kept), events


def test_requested_by_finds_the_call_and_spares_adopted_texts(resources):
    doc = resources.nlp("Bolivia turned down a Chilean request for opening the border.")
    opening = next(t for t in doc if t.lower_ == "opening")
    assert requested_by(opening, resources.lexicon.control).lower_ == "request"

    vetoed = resources.nlp("Kenya vetoed a resolution condemning Eritrea.")
    condemning = next(t for t in vetoed if t.lower_ == "condemning")
    assert requested_by(condemning, resources.lexicon.control).lower_ == "resolution"

    # an adopted resolution's condemnation is a condemnation
    adopted = resources.nlp("The assembly adopted a resolution condemning Eritrea.")
    condemning = next(t for t in adopted if t.lower_ == "condemning")
    assert requested_by(condemning, resources.lexicon.control) is None


def test_modality_of_a_demanded_clause_is_hypothetical(resources):
    lex = resources.lexicon
    doc = resources.nlp("Chad demanded that Libya match Niger's aid to Sudan.")
    aid = next(t for t in doc if t.lower_ == "aid")
    assert modality_of(aid, lex.control, lambda t: False).status == "hypothetical"
    plain = resources.nlp("Libya matched Niger's aid to Sudan.")
    aid = next(t for t in plain if t.lower_ == "aid")
    assert modality_of(aid, lex.control, lambda t: False).status == "asserted"


# -- protests and their demands (pipeline) -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nigerian students began a hunger strike in Abuja to demand the release of detained activists by the government.",
    ("Georgian opposition supporters staged rallies in Tbilisi against Prime Minister Irakli Garibashvili, "
     "saying he must resign."),
])
def test_a_protests_demand_is_the_protest(resources, text):
    events = _code(resources, text)
    assert _scored(events, "PROTEST"), events
    assert not _scored(events, "REQUEST"), events


# -- one-party meetings and arrivals (pipeline) --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Iraqi cabinet met on Tuesday and approved the budget.",
    "The Kenyan parliament convened on Thursday to debate the tax bill.",
])
def test_a_bodys_own_session_is_no_consultation(resources, text):
    assert not _scored(_code(resources, text), "CONSULT")


def test_a_meeting_with_another_party_stays(resources):
    events = _code(resources, "The Iraqi cabinet met with a Turkish delegation on Tuesday.")
    assert any(e["type"] == "CONSULT" and {a["country"] for a in e["target"]} == {"TUR"} for e in events), events


def test_troops_arriving_do_not_visit_but_ministers_do(resources):
    assert not _scored(_code(resources, "French troops arrived in Chad on Monday."), "CONSULT")
    events = _code(resources, "The Egyptian foreign minister arrived in Khartoum on Monday.")
    assert any(e["type"] == "CONSULT" and {a["country"] for a in e["target"]} == {"SDN"} for e in events), events


# -- unit cases: candidates on a real parse ------------------------------------------------------

def _party(doc, i: int, country: str, sector: str | None = None) -> Party:
    actor = Actor(text=doc[i].text, name=doc[i].text, country=country, sector=sector,
                  code=country + (sector or ""))
    tok = doc[i]
    return Party((actor,), (Mention(i, i + 1, tok.idx, tok.idx + len(tok), (actor,)),))


def _cand(doc, type_: str, trigger: int, anchor: int, source: Party | None, target: Party | None) -> Candidate:
    return Candidate(type_, None, None, doc[trigger], doc[anchor], source, target, False, "asserted",
                     trigger != anchor, 1.0, (0, len(doc)))


@pytest.fixture()
def make_ctx(resources):
    def make(doc) -> Context:
        return Context(MentionIndex(doc, []), resources.lexicon, frozenset())
    return make


def _index(doc, word: str) -> int:
    return next(t.i for t in doc if t.lower_ == word)


def test_blowing_oneself_up_is_the_manner_of_the_attack(resources, make_ctx):
    doc = resources.nlp("Two Iraqi suicide bombers killed 30 people when they blew themselves up at a market.")
    src = _party(doc, _index(doc, "iraqi"), "IRQ")
    killed = _cand(doc, "ASSAULT", _index(doc, "killed"), _index(doc, "killed"), src, None)
    blew = _cand(doc, "ASSAULT", _index(doc, "blew"), _index(doc, "blew"), src,
                 _party(doc, _index(doc, "market"), "IRQ", "CVL"))
    ctx = make_ctx(doc)
    assert [c.trigger.lower_ for c in refine(doc[:], ctx, [killed, blew])] == ["killed"]
    # reported alone, the blast is the attack
    assert [c.trigger.lower_ for c in refine(doc[:], ctx, [blew])] == ["blew"]


def test_coordinated_nouns_under_one_light_verb_are_one_attack(resources, make_ctx):
    doc = resources.nlp("Sudanese forces launched artillery, mortar and rocket fire against rebel bases in Darfur.")
    src = _party(doc, _index(doc, "sudanese"), "SDN", "MIL")
    launched = _index(doc, "launched")
    bases = _party(doc, _index(doc, "darfur"), "SDN")
    cands = [_cand(doc, "ASSAULT", _index(doc, "artillery"), launched, src, None),
             _cand(doc, "ASSAULT", _index(doc, "mortar"), launched, src, None),
             _cand(doc, "ASSAULT", _index(doc, "fire"), launched, src, bases)]
    out = refine(doc[:], make_ctx(doc), cands)
    assert [c.trigger.lower_ for c in out] == ["fire"]


def test_a_participial_adjunct_of_the_same_act_merges_unless_the_dyad_differs(resources, make_ctx):
    doc = resources.nlp("Malian soldiers attacked rebel camps near Kidal, killing 15 fighters.")
    src = _party(doc, _index(doc, "malian"), "MLI", "MIL")
    rebels = _party(doc, _index(doc, "rebel"), "MLI", "REB")
    attacked = _cand(doc, "ASSAULT", _index(doc, "attacked"), _index(doc, "attacked"), src, rebels)
    killing = _cand(doc, "ASSAULT", _index(doc, "killing"), _index(doc, "killing"), src, rebels)
    ctx = make_ctx(doc)
    out = refine(doc[:], ctx, [attacked, killing])
    assert [c.trigger.lower_ for c in out] == ["attacked"]
    # an adjunct with no party of its own is the same act as well
    out = refine(doc[:], ctx, [attacked, replace(killing, target=None)])
    assert [c.trigger.lower_ for c in out] == ["attacked"]
    # a different target is a different dyad: both stay
    other = _party(doc, _index(doc, "kidal"), "DZA")
    assert len(refine(doc[:], ctx, [replace(attacked, target=other), killing])) == 2


def test_a_protest_takes_the_target_of_its_demand(resources, make_ctx):
    doc = resources.nlp("Chilean miners began a hunger strike to demand higher wages from the government.")
    miners = _party(doc, _index(doc, "chilean"), "CHL")
    government = _party(doc, _index(doc, "government"), "CHL", "GOV")
    began = _index(doc, "began")
    strike = _cand(doc, "PROTEST", _index(doc, "strike"), began, miners, None)
    demand = _cand(doc, "REQUEST", _index(doc, "demand"), _index(doc, "demand"), miners, government)
    out = refine(doc[:], make_ctx(doc), [strike, demand])
    assert [(c.type, c.target) for c in out] == [("PROTEST", government)]


@pytest.mark.parametrize("text,absent,present", [
    # rallying supporters or money is not a military mobilisation; calling up reservists is
    ("The Kenyan opposition mobilized thousands of volunteers ahead of the vote.", "MOBILIZE", None),
    ("Armenia mobilized its reservists after the border clash with Azerbaijan.", None, "MOBILIZE"),
    # joining personnel already on the ground is no cooperation; joining a body or an effort is
    ("Fifty Indian medics arrived in Juba on Monday, joining 200 Chinese engineers.", "COOPERATE", None),
    ("Finland joined NATO in April.", None, "COOPERATE"),
])
def test_mobilising_civilians_and_joining_personnel(resources, text, absent, present):
    types = {e["type"] for e in _scored(_code(resources, text))}
    if absent:
        assert absent not in types
    if present:
        assert present in types
