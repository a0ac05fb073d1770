"""Names near a listed person: misspelt office holders, and other people sharing a surname.

A titled name the KB does not know may be a misspelling of the office holder on the date.

"President Musevenni", "Prime Minister Erdogn": wire copy misspells surnames, and the title plus the
date narrow the candidates to a handful of people (those holding that office anywhere on that day),
so a surname one edit from exactly one of them is almost surely that person.  Confidence is lower
than for a name we match (``NEAR_HOLDER_CONFIDENCE``) because it is a correction, not a match.

The converse: a surname the KB lists as an alias ("Kamara") written with a given name that is not
the listed person's ("John Kamara") names someone else, and must not become that minister.
"""

from __future__ import annotations

import datetime as dt

from eventwire.actors.kb import TITLE_ROLES, KnowledgeBase
from eventwire.actors.names import normalise, one_edit

#: Confidence of a person read from a title and a one-edit surname.
NEAR_HOLDER_CONFIDENCE = 0.5
#: Shorter surnames are one edit from too many others ("Ali", "Bush"/"Rush").
MIN_SURNAME = 5


def near_holder(kb: KnowledgeBase, title: str, surname: str, on: dt.date | None) -> str | None:
    """The canonical name of the one person holding the office ``title`` names on ``on`` whose
    surname (last word of the name or an alias) is one edit from ``surname``; None if none or several.

    Only titles that name a single office ("president", "prime minister", "king") qualify, and
    only surnames of ``MIN_SURNAME`` letters or more with the same first letter."""
    roles = TITLE_ROLES.get(normalise(title))
    s = normalise(surname)
    if not roles or len(s) < MIN_SURNAME or not s.isalpha():
        return None
    found = set()
    for p in kb.people:
        if p.role not in roles or not p.in_office(on):
            continue
        lasts = {normalise(n).split()[-1] for n in (p.name, *p.aliases) if n.strip()}
        if any(w[:1] == s[:1] and one_edit(s, w) for w in lasts):
            found.add(p.name)
    return found.pop() if len(found) == 1 else None


def given_name_fits(kb: KnowledgeBase, name: str, given: str) -> bool:
    """Whether ``given`` (a word written before a listed surname) can be a given name or initial of the
    person ``name``.  Spelling variants one edit apart pass ("Ebrahim"/"Ibrahim", "Sergei"/"Sergey"), and
    so do the person's own name words in any position ("Tayyip Erdogan")."""
    g = normalise(given).rstrip(".")
    if not g:
        return True
    forms = {name, *(a for p in kb.terms(name) for a in p.aliases)}
    words = {w for n in forms for w in normalise(n).replace("-", " ").split()}
    if len(g) == 1:
        return any(w[:1] == g for w in words)
    return any(w == g or one_edit(w, g) for w in words)
