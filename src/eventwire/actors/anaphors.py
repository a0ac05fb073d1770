"""Pronouns and definite descriptions in a segment, as candidates for coreference to fill.

"he", "they", "its", "the two leaders", "its neighbor", "the island", "the president", "the
government": none of
these names an actor, but each may stand for one named earlier.  The resolver calls
:func:`description_candidates` after it has found every name in a segment, so that only words no
name covers are read here; :mod:`eventwire.actors.coref` later gives each candidate an actor or
drops it.  Kept apart from :mod:`eventwire.actors.resolver` because finding anaphors is a different
job from matching names against the knowledge base.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.actors.coref import Cand, pronoun_gender
from eventwire.actors.kb import TITLE_ROLES
from eventwire.actors.phrases import is_subject, names_border

_PLURAL_PRON = frozenset({"they", "them", "their", "theirs"})
_DESC_TWO = frozenset({"leaders", "presidents", "sides", "countries", "nations", "men", "women", "heads",
                       "ministers", "governments", "allies", "neighbors", "neighbours", "powers"})
#: "the government", "the army": a state body named without its state, and the sector it stands for.
_STATE_BODIES = {"government": "GOV", "authorities": "GOV", "cabinet": "GOV", "army": "MIL", "military": "MIL",
                 "police": "COP", "parliament": "LEG", "junta": "MIL"}


def _modifier(t: Token) -> bool:
    """A word inside a description's noun phrase: 'the autonomous self-ruled island'."""
    return t.pos_ == "ADJ" or t.text == "-" or (t.dep_ in ("amod", "compound", "advmod", "npadvmod")
                                                 and t.pos_ not in ("PROPN", "PRON", "DET"))


def _names_its_state(doc: Doc, k: int) -> bool:
    """Does an "of"/"in" phrase at ``k`` name the body's own state ("the government *of Chad*") rather
    than what it is accused of ("accused the army *of plotting*")?"""
    return doc[k].lower_ in ("of", "in") and k + 1 < len(doc) and doc[k + 1].tag_ != "VBG"


def description_candidates(doc: Doc, d: int, sent_of: dict[int, int], covered: set[int],
                           add: Callable[[Cand], None]) -> None:
    """Add a candidate for each pronoun and description in a segment outside ``covered``.

    They carry no actor yet: coreference fills them from what came before, or drops them."""
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        if i in covered:
            i += 1
            continue
        low = t.lower_
        if t.tag_ in ("PRP", "PRP$") and pronoun_gender(low):
            add(Cand(d, sent_of[i], i, i + 1, t.text, "pronoun", gender=pronoun_gender(low),
                     subject=t.dep_ in ("nsubj", "nsubjpass"), via="pronoun"))
        elif t.tag_ in ("PRP", "PRP$") and low in _PLURAL_PRON:
            add(Cand(d, sent_of[i], i, i + 1, t.text, "they", subject=t.dep_ in ("nsubj", "nsubjpass"),
                     via="pronoun", plural=True))
        elif low in ("its", "their") and i + 2 < n and i + 1 in covered and names_border(doc, i + 2):
            pass  # "its Syrian border": the border's owner is not a party, the demonym names the other side
        elif t.tag_ in ("PRP", "PRP$") and (low == "its" or (low == "it" and t.dep_ in ("nsubj", "nsubjpass"))) \
                and not (i + 1 < n and doc[i + 1].lower_ in ("neighbor", "neighbour")):
            add(Cand(d, sent_of[i], i, i + 1, t.text, "it", subject=t.dep_ in ("nsubj", "nsubjpass"),
                     via="pronoun"))
        elif low == "its" and i + 1 < n and doc[i + 1].lower_ in ("neighbor", "neighbour"):
            k = i + 3 if i + 2 < n and doc[i + 2].text == "," else i + 2
            if k >= n or k not in covered:  # "its neighbor, Eritrea" names the neighbour itself
                add(Cand(d, sent_of[i], i, i + 2, doc[i:i + 2].text, "neighbour", via="description"))
            i += 2
            continue
        elif low == "the" and i + 1 < n and doc[i + 1].lower_ == "two":
            j = i + 2
            while j < n and doc[j].pos_ == "ADJ" and j not in covered:
                j += 1
            if j < n and doc[j].lower_ in _DESC_TWO:
                j += 1
            elif j > i + 2 or (j < n and doc[j].pos_ in ("NOUN", "PROPN")):
                i += 1
                continue
            if doc[i + 1].head.i != i + 1 and j == i + 2 and doc[i + 1].dep_ == "nummod":
                i += 1
                continue
            add(Cand(d, sent_of[i], i, j, doc[i:j].text, "two", via="description", plural=True,
                     subject=is_subject(doc, i, j)))
            i = j
            continue
        elif low == "the":
            j = i + 1
            while j < n and j not in covered and _modifier(doc[j]):
                j += 1
            if j < n and doc[j].lower_ == "island" and not (j + 1 < n and doc[j + 1].lower_ == "of"):
                add(Cand(d, sent_of[i], i, j + 1, doc[i:j + 1].text, "island", via="description"))
                i = j + 1
                continue
            if j == i + 1 and j < n and doc[j].lower_ in _STATE_BODIES and j not in covered \
                    and not (j + 1 < n and (_names_its_state(doc, j + 1) or doc[j + 1].pos_ in ("NOUN", "PROPN"))):
                add(Cand(d, sent_of[i], i, j + 1, doc[i:j + 1].text, "body", title=_STATE_BODIES[doc[j].lower_],
                         via="description", subject=is_subject(doc, i, j + 1),
                         plural=doc[j].lower_ in ("authorities", "police")))
                i = j + 1
                continue
            if j == i + 1 and j < n and doc[j].lower_ in TITLE_ROLES and not (j + 1 < n and doc[j + 1].pos_ == "PROPN") \
                    and not (j + 1 < n and doc[j + 1].lower_ == "of"):
                add(Cand(d, sent_of[i], i, j + 1, doc[i:j + 1].text, "role", title=doc[j].lower_,
                         via="description", subject=is_subject(doc, i, j + 1)))
                i = j + 1
                continue
        i += 1
