"""The ontology tables: PLOVER facts, the CAMEO bridge, and validation of bad data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.events.ontology import DATA_DIR, PLOVER_TYPES, build_ontology, load_ontology


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_sixteen_types_with_manual_quad_classes(onto):
    assert set(onto.types) == set(PLOVER_TYPES) and len(onto.types) == 16
    quads = {1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}, 2: {"COOPERATE", "AID", "RETREAT"},
             3: {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
             4: {"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}}
    for quad, names in quads.items():
        for name in names:
            assert onto.quad_class(name) == quad, name


def test_every_type_and_mode_has_a_scored_cameo_code_of_that_type(onto):
    for et in onto.types.values():
        for mode in (None, *et.modes):
            code = onto.cameo_for(et.name, mode)
            assert isinstance(onto.goldstein(code), float)
            assert onto.cameo_label(code)
            back = onto.from_cameo(code)
            assert back is not None and back[0] == et.name, (et.name, mode, code)


def test_cameo_codes_round_trip(onto):
    for code, row in onto.cameo.items():
        found = onto.from_cameo(code)
        if row.type is None:
            assert found is None or len(code) == 2
            continue
        assert found[:2] == (row.type, row.mode)
        again = onto.from_cameo(onto.cameo_for(row.type, row.mode))
        assert again[:2] == (row.type, row.mode), code


def test_contract_codes(onto):
    assert onto.cameo_for("CONSULT", "third-party") == "044"
    assert onto.cameo_for("CONSULT", "visit") == "042"
    assert onto.from_cameo("043")[:2] == ("CONSULT", "visit")
    assert onto.from_cameo("057")[0] == "SUPPORT"  # signing a formal agreement
    assert onto.goldstein("044") == 2.5
    assert onto.cameo_for("ASSAULT", "not-a-mode") == onto.types["ASSAULT"].default_cameo


def test_statements_and_appeals_are_not_plover(onto):
    assert onto.from_cameo("010") is None
    assert onto.from_cameo("0211") is None
    assert onto.from_cameo("02") is None
    assert onto.from_cameo("9999") is None


def test_goldstein_and_label_fall_back_to_parent(onto):
    assert onto.goldstein("1952") == onto.goldstein("195")
    assert onto.goldstein("1213") == onto.goldstein("121")
    assert onto.cameo_label("1739") == onto.cameo_label("173")
    with pytest.raises(EventwireError) as err:
        onto.goldstein("99")
    assert err.value.code == "E402"


def test_unknown_type_is_a_clear_error(onto):
    with pytest.raises(EventwireError) as err:
        onto.quad_class("PRAISE")
    assert err.value.code == "E401"


def test_intensity_prefers_mode_score(onto):
    assert onto.intensity("CONSULT", "visit") == 4.0
    assert onto.intensity("ASSAULT", "execute") == onto.types["ASSAULT"].intensity
    assert all(et.intensity is not None for et in onto.types.values())


def test_fingerprint_is_stable_and_content_based(onto, tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    assert build_ontology(data).fingerprint == onto.fingerprint
    with (data / "contexts.tsv").open("a") as f:
        f.write("# a comment changes the bytes\n")
    assert build_ontology(data).fingerprint != onto.fingerprint


@pytest.mark.parametrize("file,old,new,needle", [
    ("modes.tsv", "CONSULT\tvisit\t042", "CONSULT\tvisit\t173", "not a CONSULT code"),
    ("types.tsv", "AGREE\t1\t", "AGREE\t7\t", "quad_class"),
    ("cameo.tsv", "\t-5.0\tCOERCE\tarrest", "\tabc\tCOERCE\tarrest", "not a number"),
    ("cameo.tsv", "\tCOERCE\tarrest\tlegal", "\tCOERCE\tarrest\tlawful", "unknown contexts"),
    ("types.tsv", "ASSAULT\t4\t-9.0\t190\n", "", "16 PLOVER types"),
])
def test_bad_data_is_rejected_with_e003(tmp_path: Path, file, old, new, needle):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    text = (data / file).read_text()
    assert old in text
    (data / file).write_text(text.replace(old, new, 1))
    with pytest.raises(EventwireError) as err:
        build_ontology(data)
    assert err.value.code == "E003" and needle in err.value.message
