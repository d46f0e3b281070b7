"""Run the prepare stage (validate, fingerprint, extract) in other processes.

Extraction is pure Python and bound by CPU; in the agent's own process it shares one core
with everything else the worker does (Kafka clients, the sequencer, the tables, the web
views). A process pool gives it a core of its own: the prepare agent hands over a batch
and, while it waits, the event loop keeps consuming, sequencing and serving. Each batch is
awaited before its messages are acked, so at-least-once delivery is what it was.

The processes are started with ``spawn`` (a fork of a process that runs Kafka client
threads may inherit a held lock) and import only :mod:`worker.processing`. If a process
dies (killed, out of memory), the batch is prepared in the agent's own process and the
pool is started afresh for the next one: nothing a user sent is lost. They ignore Ctrl-C
(the worker stops them as it shuts down) and exit by themselves when the worker is gone,
even if it was killed with SIGKILL and could not stop them.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from worker.articles.validation import Rejection
from worker.processing import PreparedRecord, prepare_batch

log = logging.getLogger(__name__)

Message = tuple[bytes | None, int]  # (value, received_at_ms)


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    while os.getppid() == parent:
        time.sleep(interval)
    os._exit(0)  # the worker is gone: nothing will read what this process would send


def _init_process(parent: int) -> None:
    """Each extraction process: no Ctrl-C of its own, and gone within a second of its worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), name="watch-parent", daemon=True).start()


class PreparePool:
    """:func:`worker.processing.prepare_batch` in ``processes`` processes (0: in this one)."""

    def __init__(self, processes: int, max_bytes: int) -> None:
        if processes < 0:
            raise ValueError(f"processes must be 0 or more, not {processes}")
        self.processes = processes
        self.max_bytes = max_bytes
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_init_process, initargs=(os.getpid(),))
        return self._executor

    def start(self) -> None:
        """Start the processes now rather than on the first batch (they take a second to import)."""
        if self.processes:
            pool = self._pool()
            for _ in range(self.processes):
                pool.submit(prepare_batch, [], self.max_bytes)

    async def prepare(self, messages: Sequence[Message]) -> list[PreparedRecord | Rejection]:
        """One result per message, in order; never raises for a message's sake."""
        if not self.processes or not messages:
            return prepare_batch(messages, self.max_bytes)
        loop = asyncio.get_running_loop()
        pool = self._pool()
        # one share per process, in order
        size = -(-len(messages) // self.processes)
        shares = [list(messages[i:i + size]) for i in range(0, len(messages), size)]
        try:
            parts = await asyncio.gather(*(loop.run_in_executor(pool, prepare_batch, share, self.max_bytes)
                                           for share in shares))
        except (BrokenProcessPool, OSError, RuntimeError) as exc:
            # a process died, or could not be started: this batch here, a fresh pool next time
            log.error("prepare pool failed (%s: %s); preparing %d messages in the worker process",
                      type(exc).__name__, exc, len(messages))
            self.close()
            return prepare_batch(messages, self.max_bytes)
        return [result for part in parts for result in part]

    def close(self) -> None:
        """Stop the processes (work not yet started is dropped; its messages are unacked)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
