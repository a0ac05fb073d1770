"""Ethnic, minority and regional groups (groups.csv): the table, the context rule and the resolver."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors.groups import Group, choose_country, load_groups
from eventwire.actors.kb import DATA_DIR
from eventwire.errors import EventwireError
from tests.actors.conftest import codes, find

_HEADER = "group,adjectives,plurals,countries,note\n"


def test_packaged_table_loads_and_every_form_is_indexed(kb):
    assert kb.groups["Chechen"].countries == ("RUS",)
    assert set(kb.groups["Kurdish"].countries) == {"TUR", "IRQ", "SYR", "IRN"}
    for g in kb.groups.values():
        for form in g.forms:
            assert kb.entries(form), form


@pytest.mark.parametrize("row, needle", [
    ("Zed,Zed,Zeds,XXX,\n", "unknown or missing countries"),
    ("Zed,Zed,Zeds,,\n", "unknown or missing countries"),
    ("Zed,zed,,RUS,\n", "must be capitalised"),
    (",Zed,,RUS,\n", "empty or repeated group"),
    ("Zed,Zed,,RUS,\nYod,Zed,,RUS,\n", "already belongs to Zed"),
    ("Zed,Zed,,RUS\n", "wrong number of fields"),
])
def test_bad_rows_are_e003(tmp_path: Path, kb, row: str, needle: str):
    path = tmp_path / "groups.csv"
    path.write_text(_HEADER + row, encoding="utf-8")
    with pytest.raises(EventwireError) as err:
        load_groups(path, kb.countries)
    assert err.value.code == "E003" and needle in err.value.message and "groups.csv" in err.value.message


def test_missing_column_is_e003(tmp_path: Path, kb):
    path = tmp_path / "groups.csv"
    path.write_text("group,adjectives,countries\nZed,Zed,RUS\n", encoding="utf-8")
    with pytest.raises(EventwireError, match="missing columns"):
        load_groups(path, kb.countries)


def test_readme_documents_the_columns():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    header = (DATA_DIR / "groups.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "## groups.csv" in readme
    for col in header.split(","):
        assert f"`{col}`" in readme


def test_choose_country_prefers_sentence_then_article_and_never_guesses():
    kurd = Group("Kurdish", ("Kurdish",), ("Kurds",), ("TUR", "IRQ", "SYR", "IRN"), "")
    assert choose_country(kurd, {"SYR", "USA"}, frozenset({"TUR"})) == "SYR"
    assert choose_country(kurd, {"USA"}, frozenset({"IRQ", "USA"})) == "IRQ"
    assert choose_country(kurd, set(), frozenset()) is None
    assert choose_country(kurd, {"SYR", "TUR"}, frozenset({"IRQ"})) is None  # two side by side
    assert choose_country(kurd, set(), frozenset({"SYR", "IRQ"})) is None


@pytest.mark.parametrize("text, span, code", [
    ("Chechen fighters ambushed a convoy near Grozny.", "Chechen fighters", "RUSREB"),
    ("Tibetan refugees gathered in Dharamsala.", "Tibetan refugees", "CHNREF"),
    ("Uighur activists held a vigil.", "Uighur activists", "CHNCVL"),
    ("Basque separatists announced a ceasefire.", "Basque separatists", "ESPREB"),
    ("Hausa traders closed their shops in protest.", "Hausa traders", "NGABUS"),  # TRADER is BUS in CAMEO
    ("Kurdish rebels attacked a Turkish border post.", "Kurdish rebels", "TURREB"),
    ("Tamil rebels attacked a Sri Lankan navy boat.", "Tamil rebels", "LKAREB"),
])
def test_group_takes_its_country_and_the_sector_of_its_noun(resolve, text, span, code):
    assert codes(find(resolve(text)[0], span)) == [code]


def test_cross_border_group_without_context_is_not_guessed(resolve):
    pairs = resolve("Kurdish fighters seized the town after a week of clashes.")[0]
    assert not any(a.country for _, m in pairs for a in m.actors)


def test_cross_border_group_takes_the_country_the_article_names(resolve):
    out = resolve(["Iraq braces for new clashes in the north.",
                   "Kurdish fighters seized the town after a week of clashes."])
    assert codes(find(out[1], "Kurdish fighters")) == ["IRQREB"]


def test_demonym_before_group_names_the_country_of_residence(resolve):
    pairs = resolve("Iranian Kurds protested in Mahabad.")[0]
    assert [a.country for a in find(pairs, "Iranian Kurds").actors] == ["IRN"]


def test_group_name_needs_its_capital(resolve):
    pairs = resolve("The welsh rarebit was served to the delegates.")[0]
    assert not any(a.country == "GBR" for _, m in pairs for a in m.actors)
