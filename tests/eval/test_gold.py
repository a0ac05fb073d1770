"""Scoring rules of the gold-set evaluator, on records written here (no coder involved)."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.eval import load_gold, score_document, score_gold
from eventwire.eval.report import reliability, summary


def actor(country=None, org=None, code=None):
    return {"text": "x", "name": None, "country": country, "org": org, "sector": None, "kb_id": None,
            "code": code or country or "---"}


def event(type, src, tgt, status="asserted", confidence=0.9, reciprocal=False, id="e"):
    return {"id": id, "type": type, "source": src, "target": tgt, "status": status, "confidence": confidence,
            "reciprocal": reciprocal, "date": "2020-01-01", "location": None,
            "evidence": {"text": "t"}}


def gold_file(tmp_path: Path, rows) -> Path:
    p = tmp_path / "g.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return p


def test_type_strict_reciprocal_org_and_cameo_codes(tmp_path):
    rows = [
        {"id": "1", "text": "a", "date": None, "events": [{"source": "JAP", "target": "CHN", "plover": "ACCUSE"}]},
        {"id": "2", "text": "b", "date": None, "events": [{"source": "HUN;ROU", "target": None, "plover": "AGREE"}]},
        {"id": "3", "text": "c", "date": None, "events": [{"source": "IGOUNO", "target": "LBN", "plover": "AID"}]},
        {"id": "4", "text": "d", "date": None, "events": [{"source": "NATO", "target": "SRB", "plover": "THREATEN",
                                                           "status": "asserted"}]},
        {"id": "5", "text": "e", "date": None, "events": [{"source": "FRA", "target": "DEU", "plover": None}]},
    ]
    gold = load_gold(gold_file(tmp_path, rows))
    preds = [
        [event("ACCUSE", [actor("JPN")], [actor("CHN")])],                                   # strict (JAP = JPN)
        [event("AGREE", [actor("ROU")], [actor("HUN")], reciprocal=True)],                   # strict, either way
        [event("AID", [actor(org="UN", code="IGOUNO")], [actor("SYR")])],                    # type only
        [event("THREATEN", [actor(org="NATO", code="IGONAT")], [actor("SRB")], status="negated"),
         event("SANCTION", [actor("FRA")], [actor("DEU")], id="x")],                         # negated set aside
        [],
    ]
    sc = score_gold(gold, preds)
    assert (sc.type_level.tp, sc.type_level.fp, sc.type_level.fn) == (3, 1, 1)
    assert sc.strict.tp == 2
    assert sc.confusion[("THREATEN", "SANCTION")] == 1
    assert sc.status == {"asserted": [1, 0]}
    fig = summary(sc, intervals=True)
    lo, hi = fig["type_level"]["f1_ci95"]
    assert 0.0 <= lo <= fig["type_level"]["f1"] <= hi <= 1.0
    assert sum(r["events"] for r in reliability(sc)) == 4


def test_document_rule_symmetric_dates_and_forbidden():
    ref = {"required": [{"id": "R1", "type": ["CONSULT"], "source": ["CHN"], "target": ["RUS"], "symmetric": True,
                         "date": "2022-09"}],
           "forbidden": [{"id": "F1", "type": ["ACCUSE"], "source": [], "target": [], "evidence_contains": "t",
                          "min_confidence": 0.5}]}
    ok = event("CONSULT", [actor("RUS")], [actor("CHN")], id="a")
    ok["date"] = "2022-09-15"
    low = event("ACCUSE", [actor("CHN")], [], confidence=0.2, id="b")
    assert score_document([ok, low], ref).matched == ["R1"]
    assert not score_document([ok, low], ref).forbidden_hits
    high = event("ACCUSE", [actor("CHN")], [], confidence=0.7, id="c")
    assert score_document([high], ref).forbidden_hits == [("F1", "c")]
    wrong_date = dict(ok, date="2022-08-01")
    assert score_document([wrong_date], ref).missed == ["R1"]


def test_mirrored_cameo_dyads_are_one_reciprocal_event(tmp_path):
    three = [{"source": a, "target": b, "plover": "CONSULT"}
             for a in ("USA", "RUS", "CHE") for b in ("USA", "RUS", "CHE") if a != b]
    rows = [
        {"id": "1", "text": "a", "date": None, "events": three},
        {"id": "2", "text": "b", "date": None, "events": [  # mutual accusations: one reciprocal event too
            {"source": "IND", "target": "PAK", "plover": "ACCUSE"},
            {"source": "PAK", "target": "IND", "plover": "ACCUSE"},
            {"source": "IND", "target": "CHN", "plover": "ACCUSE"}]},
    ]
    gold = load_gold(gold_file(tmp_path, rows))
    assert [(e.type, e.raw_source, e.raw_target, e.reciprocal) for e in gold[0].events] == [
        ("CONSULT", "CHE;RUS;USA", None, True)]
    assert [(e.raw_source, e.raw_target, e.reciprocal) for e in gold[1].events] == [
        ("IND;PAK", None, True), ("IND", "CHN", False)]
    preds = [[event("CONSULT", [actor("USA"), actor("RUS"), actor("CHE")], [], reciprocal=True)],
             [event("ACCUSE", [actor("PAK")], [actor("IND")]), event("ACCUSE", [actor("IND")], [actor("CHN")])]]
    sc = score_gold(gold, preds)
    assert (sc.strict.tp, sc.strict.fp, sc.strict.fn) == (3, 0, 0)


def test_dyads_split_from_one_mention_match_a_gold_event_with_joint_targets(tmp_path):
    rows = [{"id": "1", "text": "a", "date": None,
             "events": [{"source": "PAK", "target": "COG;CRI", "plover": "THREATEN"}]},
            {"id": "2", "text": "b", "date": None,  # the gold codes each dyad: nothing is joined
             "events": [{"source": "PAK", "target": "COG", "plover": "THREATEN"},
                        {"source": "PAK", "target": "CRI", "plover": "THREATEN"}]}]
    gold = load_gold(gold_file(tmp_path, rows))

    def split(mention):
        return [{**event("THREATEN", [actor("PAK")], [actor(c)], id=c), "mention_id": mention}
                for c in ("COG", "CRI")]

    sc = score_gold(gold, [split("men_1"), split("men_2")])
    assert (sc.strict.tp, sc.strict.fp, sc.strict.fn) == (3, 0, 0)
    # dyads from different mentions are different events and stay apart
    other = [{**split("men_1")[0]}, {**split("men_3")[1]}]
    sc = score_gold(gold[:1], [other])
    assert (sc.strict.tp, sc.strict.fp) == (0, 2)


def test_pairwise_dyads_of_a_three_party_meeting_match_one_reciprocal_gold_event(tmp_path):
    rows = [{"id": "1", "text": "a", "date": None,
             "events": [{"source": "FRA;DEU;ITA", "target": None, "plover": "CONSULT"}]}]
    gold = load_gold(gold_file(tmp_path, rows))
    pairs = [("DEU", "ITA"), ("FRA", "ITA"), ("FRA", "DEU")]
    preds = [[{**event("CONSULT", [actor(a)], [actor(b)], reciprocal=True, id=a + b), "mention_id": "men_1"}
              for a, b in pairs]]
    sc = score_gold(gold, preds)
    assert (sc.strict.tp, sc.strict.fp, sc.strict.fn) == (1, 0, 0)


def test_predictions_fitting_a_gold_event_outside_plover_are_set_aside(tmp_path):
    rows = [
        # an appeal (CAMEO 02x) the gold files outside PLOVER, next to a scored event of other parties
        {"id": "1", "text": "a", "date": None, "events": [
            {"source": "---LEG", "target": "USAGOV", "plover": None},
            {"source": "IRN", "target": "ISR", "plover": "THREATEN"}]},
        {"id": "2", "text": "b", "date": None, "events": [{"source": "FRA", "target": "DEU", "plover": None}]},
    ]
    gold = load_gold(gold_file(tmp_path, rows))
    assert len(gold[0].events) == 1 and len(gold[0].unscored) == 1
    preds = [
        [event("REQUEST", [actor()], [actor("USA")]),                        # the appeal: set aside
         event("THREATEN", [actor("IRN")], [actor("ISR")], id="t")],         # scored, strict
        [event("ACCUSE", [actor("DEU")], [actor("FRA")])],                   # other direction: spurious
    ]
    sc = score_gold(gold, preds)
    assert sc.outside_plover == 1
    assert (sc.type_level.tp, sc.type_level.fp, sc.type_level.fn) == (1, 1, 0)
    assert summary(sc, intervals=False)["outside_plover"] == 1


def test_joint_party_is_split_when_the_gold_codes_each_country(tmp_path):
    rows = [
        {"id": "1", "text": "a", "date": None, "events": [
            {"source": "USAOPP", "target": "CHN", "plover": "PROTEST"},
            {"source": "GBROPP", "target": "CHN", "plover": "PROTEST"}]},
        {"id": "2", "text": "b", "date": None, "events": [{"source": "RUS;CHN", "target": "USA", "plover": "ACCUSE"}]},
    ]
    gold = load_gold(gold_file(tmp_path, rows))
    joint = [actor("USA"), actor("GBR")]
    preds = [[event("PROTEST", joint, [actor("CHN")])],
             [event("ACCUSE", [actor("RUS"), actor("CHN")], [actor("USA")])]]   # gold lists them jointly: kept whole
    sc = score_gold(gold, preds)
    assert (sc.strict.tp, sc.strict.fp, sc.strict.fn) == (3, 0, 0)
    # a joint party the gold codes as one country only is not split into a spurious second event
    rows[0]["events"] = rows[0]["events"][:1]
    sc = score_gold(load_gold(gold_file(tmp_path, rows)), preds)
    assert (sc.strict.tp, sc.strict.fp) == (2, 0)
