from __future__ import annotations

import datetime as dt

from .conftest import codes, find


def test_title_and_name_is_one_tight_mention(resolve):
    [pairs] = resolve("Chinese leader Xi Jinping met Russian President Vladimir Putin on Thursday.")
    assert [t for t, _ in pairs] == ["Chinese leader Xi Jinping", "Russian President Vladimir Putin"]
    xi = find(pairs, "Chinese leader Xi Jinping")
    assert codes(xi) == ["CHNGOV"] and xi.actors[0].name == "Xi Jinping" and xi.via == "title"
    assert xi.actors[0].kb_id == "Q15031"


def test_title_forms(resolve):
    [pairs] = resolve("Xi met Kazakhstan President Kassym-Jomart Tokayev and the President of Uzbekistan "
                      "Shavkat Mirziyoyev, and criticised US House Speaker Nancy Pelosi's visit.")
    assert codes(find(pairs, "Kazakhstan President Kassym-Jomart Tokayev")) == ["KAZGOV"]
    assert codes(find(pairs, "the President of Uzbekistan Shavkat Mirziyoyev")) == ["UZBGOV"]
    pelosi = find(pairs, "US House Speaker Nancy Pelosi")  # the possessive 's stays outside
    assert codes(pelosi) == ["USALEG"]
    assert not any(t in ("Kazakhstan", "Uzbekistan", "US") for t, _ in pairs)


def test_unknown_person_with_title_takes_country_and_sector(resolve):
    [pairs] = resolve("Kazakh Foreign Minister Mukhtar Tileuberdi spoke to reporters.")
    m = find(pairs, "Kazakh Foreign Minister Mukhtar Tileuberdi")
    assert codes(m) == ["KAZGOV"] and m.via == "title"


def test_demonym_with_sector_nouns(resolve):
    [pairs] = resolve("The Russian navy and Chinese state media said the Russian Defense Ministry "
                      "had consulted Senior Hungarian and Romanian officials.")
    assert codes(find(pairs, "The Russian navy")) == ["RUSMIL"]
    assert codes(find(pairs, "Chinese state media")) == ["CHNMED"]
    assert codes(find(pairs, "the Russian Defense Ministry")) == ["RUSGOV"]
    assert codes(find(pairs, "Hungarian")) == ["HUNGOV"]
    assert codes(find(pairs, "Romanian officials")) == ["ROUGOV"]


def test_plural_role_of_countries_gives_one_mention_per_country(resolve):
    [pairs] = resolve("He met the presidents of Kyrgyzstan, Tajikistan and Turkmenistan, "
                      "while the navies of Russia and China held drills.")
    got = [(t, codes(m)) for t, m in pairs if t != "He"]
    assert got == [("Kyrgyzstan", ["KGZGOV"]), ("Tajikistan", ["TJKGOV"]), ("Turkmenistan", ["TKMGOV"]),
                   ("Russia", ["RUSMIL"]), ("China", ["CHNMIL"])]


def test_countries_capitals_seats_and_orgs(resolve):
    [pairs] = resolve("Moscow sided with Beijing, the Kremlin said, as China and NATO met "
                      "the Shanghai Cooperation Organization and the United Nations.")
    assert codes(find(pairs, "Moscow")) == ["RUSGOV"] and find(pairs, "Moscow").via == "capital"
    assert codes(find(pairs, "the Kremlin")) == ["RUSGOV"]
    china = find(pairs, "China")
    assert codes(china) == ["CHN"] and china.actors[0].sector is None
    assert codes(find(pairs, "NATO")) == ["IGONAT"]
    sco = find(pairs, "the Shanghai Cooperation Organization")
    assert sco.actors[0].org == "SCO" and sco.actors[0].sector == "IGO"
    assert find(pairs, "the United Nations").actors[0].org == "UN"


def test_acronym_case_and_places_are_not_actors(resolve):
    [pairs] = resolve("Let us talk, said the US envoy, as ships crossed the Taiwan Strait.")
    texts = [t for t, _ in pairs]
    assert "us" not in texts
    assert codes(find(pairs, "the US envoy")) == ["USAGOV"]
    assert not any("Taiwan" in t for t in texts)


def test_unknown_entities_are_kept_unresolved(resolve):
    [pairs] = resolve("Jonas Brakeworth of the Fendale Workers Union criticised the plan.")
    m = find(pairs, "Jonas Brakeworth")
    assert codes(m) == ["---"] and m.via == "unresolved" and m.confidence <= 0.4 and not m.resolved


def test_person_is_resolved_for_the_date(resolve):
    [[(_, m10)]] = resolve("Medvedev spoke.", on=dt.date(2010, 6, 1))
    assert codes(m10) == ["RUSGOV"]
    [[(_, m22)]] = resolve("Dmitry Medvedev spoke.", on=dt.date(2022, 9, 15))
    assert codes(m22) == ["RUSELI"]


def test_offsets_include_the_segment_offset(resolve):
    body = "Talks began. Xi Jinping arrived in Samarkand."
    [pairs] = resolve(body, offsets=[100])
    m = find(pairs, "Xi Jinping")
    assert (m.char_start, m.char_end) == (100 + body.index("Xi"), 100 + body.index("Xi") + len("Xi Jinping"))
    assert m.start < m.end


def test_mentions_sorted_per_segment(resolve):
    head, body = resolve(["Putin meets Xi", "Xi Jinping met Vladimir Putin in Uzbekistan."])
    for pairs in (head, body):
        starts = [m.start for _, m in pairs]
        assert starts == sorted(starts)
    assert [t for t, _ in head] == ["Putin", "Xi"]
