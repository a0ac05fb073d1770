"""One sentence's events: the extractor's candidates, then the passes that need all of them at once.

Claims and inquiries (``allegations``) add accusations and discount claimed acts; acts wished on
another party (``wishes``) become hypothetical; ``refine`` makes the set consistent (requested acts
hypothetical, one act one event).  All read the candidates the extractor found, so they run after it,
here, rather than inside it.
"""

from __future__ import annotations

from spacy.tokens import Span

from .allegations import with_allegations
from .extractor import Candidate, Context, find_candidates
from .refine import refine
from .wishes import with_wishes


def extract_sentence(sent: Span, ctx: Context) -> list[Candidate]:
    """All event candidates of one sentence, after the sentence-wide passes."""
    return refine(sent, ctx, with_wishes(ctx, with_allegations(sent, ctx, find_candidates(sent, ctx))))
