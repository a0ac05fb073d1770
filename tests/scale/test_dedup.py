"""Duplicate detection on articles written for these tests: copies, edits, updates and look-alikes."""

from __future__ import annotations

import datetime as dt
import pickle
import random
import subprocess
import sys

import pytest

from eventwire.model import Article
from eventwire.scale.dedup import DocSignature, DupDecision, outlets, plan, signature
from eventwire.scale.shingles import SHINGLE, normal_words, shingle_hashes, sketch_array, units

HEADLINE = "Foreign ministers agree to resume border talks after week of clashes"
PARAS = [
    "GENEVA, March 4 \u2014 The foreign ministers of Armenia and Azerbaijan agreed on Tuesday to resume talks on "
    "their disputed border after a week of clashes that killed at least eleven soldiers, officials from both "
    "delegations said.",
    "The two ministers met for nearly five hours at a lakeside hotel, in a meeting hosted by the Swiss government "
    "and attended by envoys from the European Union and the United States.",
    "\"We have agreed that the commissions will sit again before the end of the month,\" the Armenian minister "
    "told reporters after the meeting. He said both sides would pull back heavy weapons from three villages along "
    "the frontier.",
    "Azerbaijan's foreign ministry said in a statement that the talks had been frank and that Baku remained "
    "committed to a peace treaty. It accused Armenian units of shelling positions near the town of Lachin on "
    "Sunday, a charge Yerevan denied.",
    "The clashes were the worst since a ceasefire brokered last year. Russia, which keeps peacekeepers in the "
    "region, called on both sides to show restraint and offered to host the next round.",
    "Diplomats cautioned that earlier rounds had produced promises that were not kept, and that the border "
    "commissions had failed to agree on a map after more than two years of work.",
]
ADDED = ("Late on Tuesday, the European Union said it would send twenty additional monitors to the border "
         "villages next week to watch the withdrawal of heavy weapons.")
ADDED_LATER = ("On Wednesday the Armenian prime minister welcomed the agreement in a televised address and said "
               "his government would publish the draft map for public comment.")
# the same event, written separately: same topic, names and facts, different wording
OTHER_STORY = "\n\n".join([
    "Armenia, Azerbaijan to restart border commission talks",
    "YEREVAN, March 4 \u2014 Armenia and Azerbaijan will restart the work of their border commissions this month, "
    "their top diplomats announced on Tuesday following talks in Switzerland that came after deadly fighting "
    "along the frontier.",
    "At least eleven troops died in the latest fighting, according to the two defence ministries. Both governments "
    "blamed the other for starting it.",
    "Speaking after the Geneva meeting, Armenia's foreign minister said heavy weapons would be withdrawn from "
    "several frontier villages, while Baku said it still wanted a comprehensive peace treaty.",
    "Moscow urged restraint. Russian peacekeepers have been deployed in the region since the war of 2020, and the "
    "Kremlin said it was ready to host further negotiations between the neighbours.",
])
D1, D2, D3 = dt.date(2024, 3, 4), dt.date(2024, 3, 5), dt.date(2024, 3, 6)


def story(paras: list[str], headline: str = HEADLINE, sep: str = "\n\n") -> str:
    return headline + "\n" + sep.join(paras)


def art(doc_id: str, text: str, published: dt.date | None = D1, source: str | None = None) -> Article:
    return Article(id=doc_id, text=text, published=published, source=source, headline_in_text=True)


def decide(*articles: Article) -> dict[str, DupDecision]:
    return plan(signature(a) for a in articles)


def test_exact_copy_with_other_whitespace_case_punctuation_and_outlet():
    original = art("wire-1", story(PARAS), source="Wire Service")
    messy = story([p.replace(" ", "  ").replace("\u2014", "--") for p in PARAS], HEADLINE.upper(), sep="\r\n \r\n")
    copy = art("paper-7", "  " + messy + "\n", D2, source="Daily Paper")
    got = decide(copy, original)
    assert got["wire-1"] == DupDecision("wire-1", None, None)
    assert got["paper-7"] == DupDecision("paper-7", "wire-1", "exact")
    assert signature(original).exact == signature(copy).exact


def test_near_copy_with_changed_sentence_and_headline():
    edited = list(PARAS)
    edited[2] = edited[2].replace("He said both sides would pull back heavy weapons from three villages along the "
                                  "frontier.", "Both armies, he added, are to move their artillery back from the "
                                               "border villages.")
    original = art("wire-1", story(PARAS))
    near = art("site-3", story(edited, "Armenia and Azerbaijan to talk again on border"), D2)
    got = decide(original, near)
    assert got["site-3"] == DupDecision("site-3", "wire-1", "near")
    assert got["wire-1"].canonical_id is None and not got["site-3"].coded


def test_update_adds_a_paragraph_and_only_it_is_novel():
    original = art("v1", story(PARAS))
    text = story(PARAS[:4] + [ADDED] + PARAS[4:], "UPDATE 1-" + HEADLINE)
    update = art("v2", text, D2)
    got = decide(update, original)
    assert got["v2"].kind == "update" and got["v2"].canonical_id == "v1" and got["v2"].coded
    assert [text[s:e] for s, e in got["v2"].novel] == [ADDED]


def test_later_updates_code_only_what_no_earlier_version_had():
    v1 = art("v1", story(PARAS))
    v2 = art("v2", story(PARAS + [ADDED]), D2)
    v3_text = story([ADDED_LATER] + PARAS + [ADDED])
    v3 = art("v3", v3_text, D3)
    got = decide(v3, v1, v2)
    assert [v3_text[s:e] for s, e in got["v3"].novel] == [ADDED_LATER]
    assert got["v3"].canonical_id == "v1" and got["v2"].canonical_id == "v1"


def test_update_with_two_separate_new_paragraphs_gives_two_spans():
    text = story(PARAS[:2] + [ADDED] + PARAS[2:] + [ADDED_LATER])
    got = decide(art("v1", story(PARAS)), art("v2", text, D2))
    assert [text[s:e] for s, e in got["v2"].novel] == [ADDED, ADDED_LATER]


def test_new_sentence_inside_a_paragraph_is_its_own_span():
    paras = list(PARAS)
    extra = "Turkey also sent an observer."
    paras[1] = paras[1] + " " + extra
    text = story(paras)
    got = decide(art("v1", story(PARAS)), art("v2", text, D2))
    assert got["v2"].kind == "update"
    assert [text[s:e] for s, e in got["v2"].novel] == [extra]


def test_an_earlier_shorter_copy_is_a_near_duplicate_of_the_full_story():
    # published first with half the story: the full version later contains it, so it is an update
    short = art("brief", story(PARAS[:3]))
    full_text = story(PARAS)
    full = art("full", full_text, D2)
    got = decide(full, short)
    assert got["full"].kind == "update"
    assert [full_text[s:e] for s, e in got["full"].novel] == ["\n\n".join(PARAS[3:])]
    # and a trimmed copy published after the full story is a near duplicate (nothing new to code)
    got = decide(art("full", full_text, D1), art("brief", story(PARAS[:3]), D2))
    assert got["brief"] == DupDecision("brief", "full", "near")


def test_separately_written_articles_on_the_same_event_are_not_duplicates():
    got = decide(art("wire-1", story(PARAS)), art("other", OTHER_STORY))
    assert got["wire-1"].canonical_id is None and got["other"].canonical_id is None


def test_articles_sharing_a_boilerplate_paragraph_are_not_duplicates():
    boiler = ("Reporting by the Caucasus bureau. Editing by the Geneva desk. Our standards: the Trust Principles "
              "govern how we report.")
    got = decide(art("a", story(PARAS + [boiler])), art("b", OTHER_STORY + "\n\n" + boiler))
    assert all(d.canonical_id is None for d in got.values())


def _corpus() -> list[Article]:
    edited = list(PARAS)
    edited[3] = "Azerbaijan said the talks were frank. " + edited[3].split(". ", 1)[1]
    return [
        art("wire-1", story(PARAS), D1, "Wire Service"),
        art("paper-7", story(PARAS, HEADLINE.lower()), D2, "Daily Paper"),
        art("site-3", story(edited, "Ministers to meet again"), D2, "News Site"),
        art("v2", story(PARAS + [ADDED]), D2, "Wire Service"),
        art("v3", story([ADDED_LATER] + PARAS + [ADDED]), D3, "Evening Post"),
        art("undated", story(PARAS), None, "Blog"),
        art("other", OTHER_STORY, D1, "Other Agency"),
        art("other-copy", OTHER_STORY.replace("\n\n", "\n"), D3, "Radio"),
        art("empty", "   \n  ", D1, "Nobody"),
    ]


def test_plan_is_the_same_whatever_the_input_order():
    sigs = [signature(a) for a in _corpus()]
    expected = plan(sigs)
    assert {d for d, v in expected.items() if v.canonical_id is None} == {"wire-1", "other", "empty"}
    assert expected["undated"].kind == "exact" and expected["site-3"].kind == "near"
    assert expected["other-copy"] == DupDecision("other-copy", "other", "exact")
    rng = random.Random(6)
    for _ in range(5):
        rng.shuffle(sigs)
        assert plan(sigs) == expected
        assert plan(reversed(sigs)) == expected


def test_outlets_lists_every_outlet_that_carried_the_story():
    sigs = [signature(a) for a in _corpus()]
    got = outlets(plan(sigs), sigs)
    assert got == {
        "wire-1": ["Blog", "Daily Paper", "Evening Post", "News Site", "Wire Service"],
        "other": ["Other Agency", "Radio"],
        "empty": ["Nobody"],
    }


def test_ties_on_date_go_to_the_smaller_id_and_undated_copies_come_last():
    text = story(PARAS)
    got = decide(art("b-2", text, D1), art("a-1", text, D1), art("0-undated", text, None))
    assert got["a-1"].canonical_id is None
    assert got["b-2"].canonical_id == "a-1" and got["0-undated"].canonical_id == "a-1"
    got = decide(art("z", text, None), art("y", text, None))
    assert got["y"].canonical_id is None and got["z"].canonical_id == "y"


def test_outlet_falls_back_to_the_url_host():
    a = Article(id="u", text="Some text here.", url="https://www.example.org/news/1")
    assert signature(a).outlet == "example.org"


def test_json_records_with_title_field_match_the_plain_text_copy():
    record = Article(id="json-1", title=HEADLINE, text="\n\n".join(PARAS), published=D2)
    got = decide(record, art("txt-1", story(PARAS)))
    assert got["json-1"] == DupDecision("json-1", "txt-1", "exact")
    # the headline is not a unit: unit spans point into the body of Article.text
    sig = signature(art("txt-1", story(PARAS)))
    assert sig.spans[0][0] == len(HEADLINE) + 1


def test_duplicate_ids_with_different_content_are_refused_but_repeats_are_fine():
    s = signature(art("x", story(PARAS)))
    assert plan([s, s]) == {"x": DupDecision("x", None, None)}
    with pytest.raises(ValueError, match="'x'"):
        plan([s, signature(art("x", OTHER_STORY))])


def test_signature_is_picklable_and_identical_in_another_process():
    a = art("wire-1", story(PARAS), source="Wire Service")
    sig = signature(a)
    assert pickle.loads(pickle.dumps(sig)) == sig
    code = ("import pickle,sys,datetime as dt;from eventwire.model import Article;"
            "from eventwire.scale.dedup import signature;"
            f"a=Article(id='wire-1',text={a.text!r},published=dt.date(2024,3,4),source='Wire Service',"
            "headline_in_text=True);sys.stdout.buffer.write(pickle.dumps(signature(a)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True,
                         env={"PYTHONHASHSEED": "12345", "PATH": ""}).stdout
    assert pickle.loads(out) == sig


def test_minhash_estimates_jaccard_of_word_shingles():
    base = normal_words(story(PARAS))
    rng = random.Random(1)
    for cut in (0, 20, 60, 120):
        other = base[cut:] + [f"extra{rng.randint(0, 9)}" for _ in range(cut // 2)]
        a, b = set(shingle_hashes(base).tolist()), set(shingle_hashes(other).tolist())
        true = len(a & b) / len(a | b)
        sk = sketch_array([signature(Article(id="a", text=" ".join(base))).minhash,
                           signature(Article(id="b", text=" ".join(other))).minhash])
        estimate = float((sk[0] == sk[1]).mean())
        assert abs(estimate - true) < 0.12, (cut, true, estimate)


def test_short_texts_are_one_shingle_and_units_skip_punctuation_only_lines():
    assert len(shingle_hashes(["only", "three", "words"])) == 1 < SHINGLE
    text = "First line here.\n* * *\nSecond. Third one!"
    assert [text[s:e] for _, s, e in units(text)] == ["First line here.", "Second.", "Third one!"]


def test_many_unrelated_documents_make_no_duplicates():
    rng = random.Random(7)
    vocab = [f"{w}{i}" for i, w in enumerate(normal_words(" ".join(PARAS)))]
    sigs = [signature(Article(id=f"d{i:04d}", text=" ".join(rng.choices(vocab, k=120))))
            for i in range(1500)]
    got = plan(sigs)
    assert len(got) == 1500 and all(d.canonical_id is None for d in got.values())
    assert isinstance(sigs[0], DocSignature)


def test_unit_words_are_exactly_the_words_of_the_text():
    from eventwire.scale.shingles import units_and_words

    text = ("Headline \u2014 \ufb01rst\r\n\r\n\u201cWe won\u2019t,\u201d she said.  He left! 3.5 million (U.S. aid) "
            "went.\n* * *\nL\u2019\u00e9t\u00e9 arrive.Next day\tit rained?  \"Yes.\" 42 ended")
    for start in (0, text.find("\n")):
        found, words = units_and_words(text, start)
        assert words == normal_words(text[start:])
        assert [u[0] for u in found] == [u[0] for u in units(text, start)]


def test_empty_and_tiny_inputs():
    assert plan([]) == {}
    assert outlets({}, []) == {}
    got = decide(art("e1", "  \n "), art("e2", "\n"), art("one", story(PARAS)))
    assert all(d.canonical_id is None for d in got.values())
