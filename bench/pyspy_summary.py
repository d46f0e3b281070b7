"""Summarise py-spy's raw (collapsed) stacks: where the worker's CPU goes.

``python -m bench.pyspy_summary FILE``. Percentages are of the sampled non-idle stacks
(py-spy drops idle threads, so the event loop waiting in epoll is not counted).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

#: (category, substring of a frame's file path or function), innermost match wins.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("extraction (worker/extraction)", "worker/extraction/"),
    ("dedupe fingerprint/index (worker/dedupe)", "worker/dedupe/"),
    ("validation (worker/articles)", "worker/articles/"),
    ("aggregation (worker/aggregation)", "worker/aggregation/"),
    ("Prepared to/from bytes (worker/processing)", "worker/processing.py"),
    ("prometheus_client", "prometheus_client/"),
    ("Faust Prometheus sensor", "faust/sensors/"),
    ("Faust tables + changelog", "faust/tables/"),
    ("Faust stores", "faust/stores/"),
    ("Faust serializers/codecs", "faust/serializers/"),
    ("Faust streams/agents/events", "faust/streams"),
    ("Faust agents", "faust/agents/"),
    ("Faust transport (consumer/producer/conductor)", "faust/transport/"),
    ("Faust events/attachments", "faust/events.py"),
    ("Faust app/topics/channels", "faust/"),
    ("aiokafka producer", "aiokafka/producer/"),
    ("aiokafka consumer/fetcher", "aiokafka/consumer/"),
    ("aiokafka record/protocol", "aiokafka/record/"),
    ("aiokafka conn/protocol", "aiokafka/"),
    ("mode (services, timers)", "mode/"),
    ("aiohttp (web, metrics scrape)", "aiohttp/"),
    ("asyncio event loop", "asyncio/"),
)

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def parse(path: Path) -> Counter[tuple[str, ...]]:
    stacks: Counter[tuple[str, ...]] = Counter()
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        stacks[tuple(stack.split(";"))] += int(count)
    return stacks


def categorise(frames: tuple[str, ...]) -> str:
    for frame in reversed(frames):
        for name, needle in CATEGORIES:
            if needle in frame:
                return name
    return "other"


def short(frame: str) -> str:
    m = _FRAME.match(frame)
    if not m:
        return frame
    file = m.group("file")
    for marker in ("site-packages/", "/work/main/", "/lib/python3.11/"):
        if marker in file:
            file = file.split(marker, 1)[1]
    return f"{m.group('func')} ({file})"


def summarise(path: Path, top: int = 25) -> str:
    stacks = parse(path)
    total = sum(stacks.values())
    if not total:
        return f"{path}: no samples"
    by_category: Counter[str] = Counter()
    self_time: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    for frames, count in stacks.items():
        by_category[categorise(frames)] += count
        self_time[short(frames[-1])] += count
        for frame in {short(f) for f in frames}:
            inclusive[frame] += count
    lines = [f"py-spy {path.name}: {total} samples (non-idle)", "", "exclusive, by innermost category:"]
    lines += [f"  {count / total:6.1%}  {name}" for name, count in by_category.most_common()]
    lines += ["", f"self time, top {top} functions:"]
    lines += [f"  {count / total:6.1%}  {name}" for name, count in self_time.most_common(top)]
    lines += ["", f"inclusive, top {top} functions (worker/faust/aiokafka/prometheus):"]
    picked = [(n, c) for n, c in inclusive.most_common() if any(k in n for k in (
        "worker/", "faust/", "aiokafka/", "prometheus", "mode/", "orjson"))]
    lines += [f"  {count / total:6.1%}  {name}" for name, count in picked[:top]]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summarise(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 25))
