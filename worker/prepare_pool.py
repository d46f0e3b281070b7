"""Stage one (validate, fingerprint, extract) in a child process, off the event loop.

Why: the worker's one event loop also runs Faust's plumbing and the sequencer's table
writes, and extraction is pure-Python CPU work (about a third of the loop's time in the
benchmark's profile). Threads would not help (the GIL); a child process runs it on
another core while the loop goes on with the sequencer, Kafka I/O and the web views.

The prepare agent keeps ``concurrency=1`` and awaits one article at a time, so message
order and at-least-once acks are exactly as before; the child returns the finished
``articles-prepared`` record (bytes), so the loop does no serialisation either. With
``processes=0`` everything runs inline, as it did before the pool.

A child that dies (killed, out of memory) breaks the pool: the article is then prepared
inline, a new pool is started, and nothing is lost. A child whose parent dies (SIGKILL)
notices within a second and exits, so crashed workers leave no orphans.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from worker.articles.validation import Rejection
from worker.processing import prepare

log = logging.getLogger(__name__)

#: How often a child checks that the worker that started it is still alive (seconds).
PARENT_POLL_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class PreparedRecord:
    """A valid article ready for ``articles-prepared``: the key, the value, and how long extraction took."""

    article_id: str
    value: bytes
    extract_seconds: float


def prepare_record(raw: bytes | None, received_at_ms: int, max_bytes: int) -> PreparedRecord | Rejection:
    """:func:`worker.processing.prepare`, serialised for the topic (runs in the child)."""
    result = prepare(raw, received_at_ms, max_bytes)
    if isinstance(result, Rejection):
        return result
    return PreparedRecord(result.article.id, result.to_bytes(), result.extract_seconds)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch_parent(worker_pid: int) -> None:
    """Child initialiser: exit when the worker is gone (it was killed and could not stop us).

    The child's own parent is multiprocessing's fork server, which exits with the worker, so
    a changed parent pid is the first sign; the worker's pid is checked too.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent and _alive(worker_pid):
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    prepare_record(b'{"id": "warm-up", "text": "Warm-up text."}', 0, 1 << 20)  # load the gazetteer now


class PreparePool:
    """Runs :func:`prepare_record` in ``processes`` children (or inline when 0)."""

    def __init__(self, processes: int, max_bytes: int) -> None:
        self.processes = processes
        self.max_bytes = max_bytes
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # forkserver: children do not inherit the event loop's threads and sockets.
            context = multiprocessing.get_context("forkserver")
            self._executor = ProcessPoolExecutor(self.processes, mp_context=context,
                                                 initializer=_watch_parent, initargs=(os.getpid(),))
        return self._executor

    async def prepare(self, raw: bytes | None, received_at_ms: int) -> PreparedRecord | Rejection:
        """Prepare one message; raises what :func:`prepare_record` raises (the agent dead-letters it)."""
        if self.processes <= 0:
            return prepare_record(raw, received_at_ms, self.max_bytes)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._pool(), prepare_record, raw, received_at_ms, self.max_bytes)
        except BrokenProcessPool:
            log.warning("a prepare process died; preparing this article inline and starting a new pool")
            self.close()
            return prepare_record(raw, received_at_ms, self.max_bytes)

    def close(self) -> None:
        """Stop the children (idle ones exit at once)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
