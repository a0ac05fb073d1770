"""A titled name the KB does not know that is a misspelling of the office holder on the date.

"President Musevenni", "Prime Minister Erdogn": wire copy misspells surnames, and the title plus the
date narrow the candidates to a handful of people (those holding that office anywhere on that day),
so a surname one edit from exactly one of them is almost surely that person.  Confidence is lower
than for a name we match (``NEAR_HOLDER_CONFIDENCE``) because it is a correction, not a match.
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
