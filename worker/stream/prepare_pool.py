"""Stage one off the event loop: validate, fingerprint and extract in child processes, a batch at a time.

Extraction is plain CPU-bound Python. Run in the event loop, it and the Kafka plumbing (fetching,
producing, table changelogs) take turns on one core; in a child process the two run side by
side on two. Batches, not single articles, cross the process boundary: one round trip per
article cost more than it saved (measured: 79-86 articles/s against 86-87 in-process).

``processes=0`` keeps stage one in the event loop (one core, no child; the simplest to debug).
A child that dies (killed, out of memory) is replaced, and the batch it held is prepared in
the worker's own process, so no message is lost and the worker does not stop.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from worker.articles.validation import Rejection
from worker.processing import PreparedRecord, prepare_batch

log = logging.getLogger(__name__)

Item = tuple[bytes | None, int]  # (message value, received_at_ms)


def _child_init() -> None:
    """In each child: die with the worker, leave Ctrl-C to the worker, load the extractor's data now."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the worker shuts the pool down on its own stop
    from worker.embedded_broker import die_with_parent

    die_with_parent(signal.SIGTERM)
    prepare_batch([(b'{"id": "warm-up", "text": "Warm-up text."}', 0)], 1_000)


class PreparePool:
    """Runs :func:`worker.processing.prepare_batch` in ``processes`` children (0: in this process)."""

    def __init__(self, processes: int, max_bytes: int) -> None:
        if processes < 0:
            raise ValueError("processes must be >= 0")
        self.processes = processes
        self.max_bytes = max_bytes
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the worker's process has an event loop and sockets a fork would copy.
            self._pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_child_init)
        return self._pool

    async def prepare(self, items: Sequence[Item]) -> list[PreparedRecord | Rejection]:
        """Stage one for ``items``, results in their order."""
        if not items:
            return []
        if self.processes == 0:
            return prepare_batch(items, self.max_bytes)
        loop = asyncio.get_running_loop()
        executor = self._executor()
        size = -(-len(items) // self.processes)  # contiguous chunks, one per child
        chunks = [list(items[i:i + size]) for i in range(0, len(items), size)]
        try:
            parts = await asyncio.gather(*(loop.run_in_executor(executor, prepare_batch, chunk, self.max_bytes)
                                           for chunk in chunks))
        except BrokenProcessPool:
            log.error("a prepare process died; replacing it, and preparing its batch of %d in the worker",
                      len(items))
            self.close()
            return prepare_batch(items, self.max_bytes)
        except Exception:  # the pool itself failed (not an article: prepare_batch never raises)
            log.exception("the prepare pool failed; preparing the batch of %d in the worker", len(items))
            self.close()
            return prepare_batch(items, self.max_bytes)
        return [result for part in parts for result in part]

    def close(self) -> None:
        """Stop the children (they would also die with the worker)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
