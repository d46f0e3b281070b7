"""The article and event objects of the contract (``shared/spec/extraction.md``)."""

from worker.articles.model import OUTCOMES, Article, Event

__all__ = ["OUTCOMES", "Article", "Event"]
