"""Text fingerprints for duplicate detection: normalised words, sentence units and MinHash sketches.

Everything here is a pure function of the text and a fixed seed, so a signature computed in a pool
worker, a Ray actor or a resumed run on another machine is bit-for-bit the one computed here.
Python's built-in ``hash`` is salted per process, so every hash below comes from ``hashlib.blake2b``
or from fixed 64-bit arithmetic in numpy.

Choices (see ``dedup.py`` for how they are used):

- **Normalisation**: Unicode NFKC, case-folded, and reduced to its runs of letters and digits, so
  whitespace, case and punctuation never make two copies differ ("U.S." and "U.S" agree).
- **Shingles**: every run of ``SHINGLE`` (5) consecutive words.  Five words are long enough that two
  different articles on the same topic share few of them, and short enough that one edited sentence
  only disturbs the shingles that overlap it.
- **MinHash**: ``NUM_PERM`` (128) min-wise hash values, each the minimum over the shingles of
  ``(a_i * x + b_i) mod 2**64 >> 32`` on a well-mixed 64-bit shingle hash ``x``; the ``a_i``/``b_i`` come
  from blake2b of a fixed label.  The fraction of equal values estimates Jaccard similarity with a
  standard error of about 0.04.  The sketch is kept as 512 bytes (little-endian uint32) because a
  tuple of 128 Python ints costs about 4 KB per document, which matters at 250,000 documents.
- **Units**: the body is split into paragraphs (line breaks) and paragraphs into sentences (a
  full stop, question or exclamation mark followed by space and a capital, digit or opening quote).
  Units only need to be split the same way in two versions of a story, not linguistically right.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np

SHINGLE = 5
NUM_PERM = 128
_MASK64 = (1 << 64) - 1

_WORD = re.compile(r"[^\W_]+")
_PARAGRAPH = re.compile(r"[^\r\n]+")
# end of a sentence: terminal punctuation, closing quotes/brackets, then space and a plausible start
_SENT_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de])")


def _seeded_u64(label: str) -> int:
    return int.from_bytes(hashlib.blake2b(label.encode(), digest_size=8).digest(), "little")


# min-wise hash family: odd multipliers and offsets, fixed for every process and machine
_A = np.array([_seeded_u64(f"eventwire-minhash-a-{i}") | 1 for i in range(NUM_PERM)], dtype=np.uint64)
_B = np.array([_seeded_u64(f"eventwire-minhash-b-{i}") for i in range(NUM_PERM)], dtype=np.uint64)
# multipliers that combine SHINGLE word hashes into one shingle hash (position-sensitive)
_POS = np.array([_seeded_u64(f"eventwire-shingle-{k}") | 1 for k in range(SHINGLE)], dtype=np.uint64)
_EMPTY_SKETCH = b"\xff" * (4 * NUM_PERM)


def normal_words(text: str) -> list[str]:
    """The words of ``text`` as compared for duplicates: NFKC, case-folded, letters and digits only."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def text_digest(words: list[str], size: int = 16) -> str:
    """Hex blake2b digest of a word sequence (the normalised text)."""
    return hashlib.blake2b(" ".join(words).encode(), digest_size=size).hexdigest()


@lru_cache(maxsize=1 << 17)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the whole 64-bit word (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def shingle_hashes(words: list[str]) -> np.ndarray:
    """64-bit hashes of the ``SHINGLE``-word shingles (a text shorter than that is one shingle)."""
    if not words:
        return np.zeros(0, dtype=np.uint64)
    w = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    n = max(len(w) - SHINGLE + 1, 1)
    x = np.zeros(n, dtype=np.uint64)
    for k in range(min(SHINGLE, len(w))):
        x = x + w[k:k + n] * _POS[k]
    return _mix(x)  # repeated shingles may repeat here: a minimum does not care


def minhash(words: list[str]) -> bytes:
    """MinHash sketch of the word shingles: ``NUM_PERM`` little-endian uint32 values as bytes."""
    x = shingle_hashes(words)
    if len(x) == 0:
        return _EMPTY_SKETCH
    best = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for chunk in range(0, len(x), 2048):  # bounds the temporary (permutations x shingles) matrix
        h = _A[:, None] * x[None, chunk:chunk + 2048]  # in place and row-wise: several times faster
        h += _B[:, None]
        np.minimum(best, h.min(axis=1), out=best)
    # the high 32 bits are the hash value; shifting after the minimum gives the same result
    return (best >> np.uint64(32)).astype("<u4").tobytes()


def sketch_array(sketches: list[bytes]) -> np.ndarray:
    """Stack sketches into an ``(n, NUM_PERM)`` uint32 matrix (one copy, no per-value objects)."""
    if not sketches:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    return np.frombuffer(b"".join(sketches), dtype="<u4").reshape(len(sketches), NUM_PERM)


def band_keys(sketches: np.ndarray, band: int, rows: int) -> np.ndarray:
    """One 64-bit key per document for LSH band ``band`` (``rows`` consecutive sketch values)."""
    cols = sketches[:, band * rows:(band + 1) * rows].astype(np.uint64)
    key = np.full(len(sketches), np.uint64(_seeded_u64(f"eventwire-band-{band}")), dtype=np.uint64)
    for c in range(rows):
        key = _mix(key ^ cols[:, c])
    return key


def units(text: str, start: int = 0) -> list[tuple[str, int, int]]:
    """Sentence-sized units of ``text[start:]`` as ``(digest, start, end)``, in document order.

    Offsets are code-point offsets into ``text`` and trimmed of surrounding whitespace; a stretch with
    no letters or digits (a dateline dash, a row of asterisks) is not a unit.  The digest is over the
    normalised words, so a unit re-punctuated or re-spaced in another version still matches.
    """
    return units_and_words(text, start)[0]


def units_and_words(text: str, start: int = 0) -> tuple[list[tuple[str, int, int]], list[str]]:
    """``units(text, start)`` and ``normal_words(text[start:])`` in one pass over the text.

    Units are cut only at whitespace after sentence punctuation and at line breaks, and the stretches
    between them have no words, so the units' words in order are exactly the words of the text.
    """
    found: list[tuple[str, int, int]] = []
    words: list[str] = []
    for para in _PARAGRAPH.finditer(text, start):
        p_start, p_end = para.span()
        cut = p_start
        for m in _SENT_END.finditer(text, p_start, p_end):
            _add_unit(text, cut, m.end(), found, words)
            cut = m.end()
        _add_unit(text, cut, p_end, found, words)
    return found, words


def _add_unit(text: str, start: int, end: int, found: list[tuple[str, int, int]], words: list[str]) -> None:
    piece = text[start:end]
    piece_words = normal_words(piece)
    if not piece_words:
        return
    words.extend(piece_words)
    lead = len(piece) - len(piece.lstrip())
    trail = len(piece) - len(piece.rstrip())
    found.append((text_digest(piece_words, 8), start + lead, end - trail))
