"""Name matching for the actor knowledge base: one key per name, and the few names that need care.

A name in the text meets a name in the data only through :func:`normalise`, so case, accents,
curly quotes and a leading "the" never decide a match.  Around that key sit the exceptions that
plain lookup gets wrong: country names that are also English words and so must keep their
capitals ("Turkey", "Chad"), one-letter misspellings of long country names ("Afganistan"), and names
two countries share ("Congo", "Korea"), which the rest of the article decides.  These are kept apart
from :mod:`eventwire.actors.kb` because they are about strings, not about the data: each is a pure
function that can be read and tested without loading a file.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from collections.abc import Callable, Iterable

#: Country names and demonyms that are also everyday English words (or a US state): these keep the
#: capitalisation rule, every other country name or demonym of four or more letters matches in any
#: case ("iSrael", "tunisian"), since lower-case text (social media, transcripts) still names states.
CASE_SENSITIVE_NAMES = frozenset({
    "chad", "turkey", "jordan", "guinea", "china", "japan", "polish", "niger", "georgia", "french", "dutch",
    "swiss", "danish", "jersey", "guernsey", "bermuda", "chile", "panama", "turk", "turks", "pole", "poles",
    "dane", "danes", "swede", "swedes", "finn", "finns", "cook islands", "man", "christmas island"})
#: Words one edit away from a country name that are real places or words, never misspellings.
FUZZY_NEVER = frozenset({"columbia", "siberia", "indiana", "romanic", "albania", "armenian", "austrian",
                         "iberian", "liberian", "nigerian", "algerian", "georgian"})
#: A misspelled country name must be at least this long to be corrected (one edit, same first letter).
FUZZY_MIN_LEN = 7
#: Names shared by two countries: the CAMEO default first, then the others, picked by context (see
#: data/README.md).  "Congo" is COG in CAMEO's country list; a DRC cue in the article makes it COD.
#: "Korea"/"Korean" alone is South Korea in everyday news ("Korean doctors", "Korea's exports"); an
#: article whose other names point only to the North (Pyongyang, DPRK, North Korean) makes it PRK.
SHARED_NAMES: dict[str, tuple[str, ...]] = {"congo": ("COG", "COD"), "congolese": ("COD", "COG"),
                                            "korea": ("KOR", "PRK"), "korean": ("KOR", "PRK"),
                                            "koreans": ("KOR", "PRK")}

_SPACES = re.compile(r"\s+")
_FIRST_RUN = re.compile(r"[^\W_]+")


def first_run(normalised: str) -> str:
    """The leading run of letters/digits of a normalised name ('kassym-jomart tokayev' -> 'kassym').

    The resolver only tries a KB match at tokens whose run starts some indexed name, which keeps
    longest-match scanning to a few lookups per sentence."""
    m = _FIRST_RUN.match(normalised)
    return m.group(0) if m else normalised


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key: 'the Élysée' and 'Elysee' meet here.  Cached:
    the resolver asks for the same few thousand token runs over and over."""
    if name.isascii():
        s = name
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2013", "-")
    s = _SPACES.sub(" ", s.strip().lower())
    if s.startswith("the "):
        s = s[4:]
    return s


def case_free(name: str, kind: str) -> bool:
    """Whether a country name or demonym may match in any case ('iSrael', 'tunisian').

    Only country names, demonyms and nationality plurals of four or more letters that are not
    also English words; acronyms ('US' the pronoun), people, capitals and organisations keep
    their capitals."""
    n = normalise(name)
    return kind in ("country", "demonym", "people") and len(n) >= 4 and n not in CASE_SENSITIVE_NAMES


def people_plural(demonym: str) -> str | None:
    """'Afghan' -> 'Afghans', 'Serb' -> 'Serbs', 'Iraqi' -> 'Iraqis'; none for 'British', 'Chinese',
    'Swiss' (whose people are named otherwise) or acronyms."""
    d = demonym
    if " " in d or not d.replace("-", "").isalpha() or d.isupper():
        return None
    if d.endswith(("sh", "ch", "ss", "ese", "s", "x", "z")) and not d.endswith("ech"):
        return None
    return d + "s"


# ---- names two countries share ------------------------------------------------------------------
def shared_cues(names: Iterable[str]) -> tuple[str, ...]:
    """The lower-cased names of one country that can point to it in an article: every name given
    except empty ones and the shared names themselves (a "Congo" cue would point to both)."""
    shared = set(SHARED_NAMES)
    return tuple(n.lower() for n in names if n and normalise(n) not in shared)


def shared_choice(text: str, cues: Callable[[str], tuple[str, ...]]) -> dict[str, str]:
    """For each name shared by two countries, the one this article's text points to, if only one.

    ``cues(iso3)`` gives a candidate's other names (see :func:`shared_cues`): "Kinshasa" or "DRC"
    anywhere in the article makes its "Congo" the DRC."""
    low = text.lower()
    out: dict[str, str] = {}
    for name, isos in SHARED_NAMES.items():
        if name not in low:
            continue  # the usual case: no shared name, nothing to search
        found = sorted(((cue, iso) for iso in isos for cue in cues(iso)), key=lambda x: -len(x[0]))
        hits: set[str] = set()
        rest = low
        for cue, iso in found:  # longest first, blanked once found: "Democratic Republic of the
            pat = r"(?<![\w-])" + re.escape(cue) + r"(?![\w-])"  # Congo" is not "Republic of the Congo"
            if re.search(pat, rest):
                hits.add(iso)
                rest = re.sub(pat, " ", rest)
        if len(hits) == 1:
            out[name] = hits.pop()
    return out


# ---- one-letter misspellings ----------------------------------------------------------------------
def deletion_index(names: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each name and each one-letter deletion of it -> the names: a symmetric-delete index, so a
    lookup is len(word) dict probes instead of a scan of every country."""
    out: dict[str, set[str]] = {}
    for n in names:
        for k in (n, *_deletions(n)):
            out.setdefault(k, set()).add(n)
    return {k: frozenset(v) for k, v in out.items()}


def one_edit_names(word: str, index: dict[str, frozenset[str]]) -> set[str]:
    """The names of a :func:`deletion_index` one edit from a normalised ``word`` that share its first
    letter (writers rarely get that wrong)."""
    names: set[str] = set()
    for k in (word, *_deletions(word)):
        names.update(index.get(k, ()))
    return {n for n in names if n[0] == word[0] and one_edit(word, n)}


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def one_edit(a: str, b: str) -> bool:
    """Optimal-string-alignment distance exactly 1 (insert, delete, substitute or swap neighbours)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
