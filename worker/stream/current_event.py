"""Faust's "current event" for code that handles a batch of events.

Faust routes a table write by the partition of the event being processed (the changelog
partition, and the RocksDB store's shard) and raises "Cannot modify table key from outside
of stream iteration" without one. ``stream.events()`` sets it per message; a
``stream.noack_take()`` batch loop gets none, so the sequencer sets it around each
article and around the batch's final flush. Faust keeps it in a context variable of
:mod:`faust.streams`; this module is the one place that reaches into it.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from faust import streams
from faust.types import EventT


@contextmanager
def current_event(event: EventT) -> Iterator[None]:
    """Within the block, ``event`` is Faust's current event."""
    token = streams._current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        streams._current_event.reset(token)
