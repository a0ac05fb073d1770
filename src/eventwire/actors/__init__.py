"""Actors: the knowledge base of countries, organisations and office holders, and the resolver that
turns an article's parsed segments into ``Mention`` lists (with in-document coreference)."""

from eventwire.actors.kb import KnowledgeBase, load_kb
from eventwire.actors.resolver import resolve_article

__all__ = ["KnowledgeBase", "load_kb", "resolve_article"]
