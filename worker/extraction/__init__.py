"""Extraction: who (named ISIS members), what happened to them, where and when.

Public API: :func:`extract_events` and :func:`leader_key`. Both are pure functions;
the gazetteer is data (``data/gazetteer.json``) loaded once on first use.
"""

from __future__ import annotations

from .extractor import extract_events
from .keys import leader_key

__all__ = ["extract_events", "leader_key"]
