"""``python -m bench``: the pipeline against its own ceilings, on one embedded tansu broker.

Phases, in this order, in one run (one broker, started here, stopped at the end):

1. corpus: ``worker.corpus.iter_generate(N, seed)`` (republications included), encoded once.
2. extraction alone, in this process on one core: ``worker.offline.extract_rows`` (the core
   of ``worker extract``: validate, fingerprint, dedupe, extract) on a sample, and
   ``extract_events`` alone on the same sample.
3. the worker (``python -m worker run``, embedded profile) on the empty input topic: the
   N articles are replayed with kafka-python; the clock runs from the first send to the
   sequencer's last table write. Per-article latency is exact: the input record's
   timestamp (stamped by the producer at send) against the timestamp of the first
   changelog record of the article's key in the ``dedupe`` table (stamped when the
   sequencer's write is handed to the producer); every article, duplicates included, gets
   that write. The metrics poll (processed + duplicates + invalid == N) and the worker's
   own histogram are reported too. RSS of the worker at 25/50/75/100 % and its peak.
   The changelogs and ``articles-prepared`` are then read back: table writes per article
   and record sizes, which parameterise the same-topology no-op app.
4. raw ceilings on the now-filled input topic: aiokafka (what Faust uses) and kafka-python.
5. Faust ceilings, each a subprocess with ``worker.app.faust_options`` (embedded profile),
   its own consumer group, reading the same N messages from the start (see bench.noop).
   The topology ceiling runs twice: as a no-op, and "loaded", its stage one spinning for the
   worker's mean prepare time (phase 3's histogram, wall clock) on each message, so that
   the worker against it shows what its work costs beyond extraction's own.

``--replicas N`` runs the worker as N processes of one app id (one consumer group, as the
README's "Scaling" says: the four ``articles`` partitions are shared, one replica owns the
sequencer), and the topology ceiling likewise as N processes, so that the ratio compares the
same deployment. Every replica is started at once and the run begins only when all are ready
and the group's assignment has settled (``bench.procs.wait_settled``); the topology ceiling's
group reads a topic of its own, filled once it has settled (``run_noop_group``). CPU and RSS
are summed over the replicas and given per replica. The one-agent ceiling stays one process.

``--memory-run`` runs only the worker, over ``--memory-n`` articles (default 100,000)
stamped one second apart, with a dedupe window of ``--memory-window`` seconds, sampling RSS.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from bench import kafka_io
from bench.procs import (
    ROOT,
    Monitor,
    NoopProc,
    Proc,
    PySpy,
    WorkerProc,
    cpu_seconds,
    group_state,
    histogram_quantile,
    python_env,
    rebalance_lines,
    rss_kb,
    wait_all_ready,
    wait_settled,
)
from topics import ARTICLES, PREPARED
from worker.embedded_broker import EmbeddedBroker, free_port
from worker.metrics import Samples
from worker.settings import Settings

TABLE_NAMES = ("leaders", "regions", "dedupe")
TARGETS = {"extraction_per_second": 2000, "worker_vs_topology": 0.60, "worker_per_second": 1000,
           "worker_rss_mb": 300}  # MB (10**6 bytes); RSS is sampled in MiB


def _mb(mib: float) -> float:
    return mib * 2**20 / 1e6


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- corpus and extraction ---------------------------------------------------------------------------


def corpus(n: int, seed: int) -> tuple[list[dict[str, Any]], int]:
    from worker.corpus import iter_generate

    articles, republished = [], 0
    for article, original in iter_generate(n, seed):
        articles.append(article)
        republished += original is not None
    return articles, republished


def extraction_alone(articles: list[dict[str, Any]], seconds: float, profile_dir: Path | None) -> dict[str, Any]:
    """``worker extract``'s core and the extractor alone, on one core, over a time-capped sample."""
    from worker.articles.model import Article
    from worker.extraction import extract_events
    from worker.offline import extract_rows

    def timed(run: Any) -> tuple[int, float]:
        started = time.perf_counter()
        done = 0
        for _ in run:
            done += 1
            if time.perf_counter() - started > seconds:
                break
        return done, time.perf_counter() - started

    rows_n, rows_s = timed(extract_rows(articles))
    sample = [Article(**a) for a in articles[:rows_n]]
    events_n, events_s = timed(extract_events(a) for a in sample)
    out = {
        "extract_rows": {"articles": rows_n, "seconds": rows_s, "per_second": rows_n / rows_s,
                         "what": "worker.offline.extract_rows: validate, fingerprint, dedupe, extract"},
        "extract_events": {"articles": events_n, "seconds": events_s, "per_second": events_n / events_s,
                           "what": "worker.extraction.extract_events alone"},
    }
    if profile_dir is not None:
        from pyinstrument import Profiler

        few = articles[: max(50, min(len(articles), int(rows_n / rows_s * 10)))]  # ~10 s
        profiler = Profiler(interval=0.001)
        profiler.start()
        for _ in extract_rows(few):
            pass
        profiler.stop()
        (profile_dir / "pyinstrument-extract.txt").write_text(profiler.output_text(unicode=False, color=False))
        (profile_dir / "pyinstrument-extract.html").write_text(profiler.output_html())
        out["profile"] = str(profile_dir / "pyinstrument-extract.txt")
    return out


# -- the worker --------------------------------------------------------------------------------------


def encoded(articles: list[dict[str, Any]]) -> list[tuple[bytes, bytes]]:
    return [(str(a["id"]).encode(), orjson.dumps(a)) for a in articles]


def _summed(samples: list[Samples]) -> Samples:
    """The replicas' samples added up (right for counters and histogram buckets, not for gauges)."""
    out: Samples = {}
    for one in samples:
        for key, value in one.items():
            out[key] = out.get(key, 0.0) + value
    return out


def _counts(m: Samples) -> dict[str, Any]:
    return {
        "received": m.get(("newsworker_articles_received_total", ()), 0.0),
        "processed": m.get(("newsworker_articles_processed_total", ()), 0.0),
        "duplicates": sum(v for (k, _), v in m.items() if k == "newsworker_articles_duplicate_total"),
        "invalid": sum(v for (k, _), v in m.items() if k == "newsworker_articles_invalid_total"),
        "events": sum(v for (k, _), v in m.items() if k == "newsworker_events_extracted_total"),
    }


def _mean_ms(m: Samples, histogram: str) -> float | None:
    """A histogram's mean in milliseconds (its _sum over its _count), None before any observation."""
    count = m.get((f"{histogram}_count", ()), 0.0)
    return round(m.get((f"{histogram}_sum", ()), 0.0) / count * 1000, 3) if count else None


def _table_rows(m: Samples) -> dict[str, float]:
    return {dict(labels).get("table", "?"): v for (k, labels), v in m.items() if k == "newsworker_table_rows"}


def _spy_paths(profile: Path, replicas: int) -> list[Path]:
    """py-spy's output per replica: ``profile`` itself for one replica, ``<stem>-r<i><suffix>`` for more."""
    if replicas == 1:
        return [profile]
    return [profile.with_name(f"{profile.stem}-r{i}{profile.suffix}") for i in range(replicas)]


def run_worker(bootstrap: str, workdir: Path, worker_root: Path, app_id: str, messages: Iterator[tuple[bytes, bytes]],
               n: int, timeout: float, env: dict[str, str], stamp_ms: Any = None, profile: Path | None = None,
               exact_latency: bool = True, poll: float = 0.5, replicas: int = 1) -> dict[str, Any]:
    """The worker end to end: ``replicas`` processes of one app id (one consumer group).

    All replicas are started at once; messages are produced only once every replica is ready
    and the group's assignment has been complete, agreed and unchanged for a while
    (:func:`bench.procs.wait_settled`), so no rebalance falls inside the measured run. CPU
    and RSS are summed over the replicas (and reported per replica); the counts of done
    articles are summed too (only the sequencer's owner has any, wherever it is).
    """
    kafka_io.create_topic(bootstrap, ARTICLES.name, ARTICLES.partitions)
    workers = [WorkerProc(bootstrap, workdir, worker_root, app_id, replica=None if replicas == 1 else i, **env)
               for i in range(replicas)]
    started = time.monotonic()
    for w in workers:
        w.start()
    spies: list[PySpy] = []
    monitor: Monitor | None = None
    try:
        ready_each = wait_all_ready(workers)
        ready_s = time.monotonic() - started
        settled = wait_settled(workers, {ARTICLES.name: ARTICLES.partitions, PREPARED.name: PREPARED.partitions})
        log(f"{replicas} worker replica(s) ready in {ready_s:.1f}s, group settled {settled.seconds:.1f}s later "
            f"(pids {', '.join(str(w.pid) for w in workers)}); replaying {n} articles")
        rss_ready = [rss_kb(w.pid)[0] for w in workers]
        cpu_ready = [cpu_seconds(w.pid) for w in workers]
        monitor = Monitor(workers, interval=poll).start()
        if profile is not None:
            spies = [PySpy(w.pid, path) for w, path in zip(workers, _spy_paths(profile, replicas), strict=True)]
        last_report = [time.monotonic()]

        def progress(done: float) -> None:
            if time.monotonic() - last_report[0] > 15:
                last_report[0] = time.monotonic()
                rss = sum(rss_kb(w.pid)[0] for w in workers)
                log(f"  worker: {done:.0f}/{n} done, RSS {rss / 1024:.0f} MiB" + (" (summed)" if replicas > 1 else ""))

        produced = kafka_io.produce(bootstrap, ARTICLES.name, messages, timestamp_ms=stamp_ms)
        log(f"replayed {produced.sent} in {produced.seconds:.1f}s ({produced.sent / produced.seconds:,.0f}/s)")
        seen_done = monitor.wait_done(n, timeout, on_tick=progress)
        spy_errs = [spy.stop() for spy in spies]
        spies = []
        monitor.stop()
        rss_end = [rss_kb(w.pid) for w in workers]
        cpu_each = [cpu_seconds(w.pid) - c for w, c in zip(workers, cpu_ready, strict=True)]
        per_replica_metrics = [w.metrics() for w in workers]
        assignment_after = group_state(workers, {ARTICLES.name: ARTICLES.partitions,
                                                 PREPARED.name: PREPARED.partitions})[1] if replicas > 1 else None
    finally:
        for spy in spies:
            spy.stop()
        if monitor:
            monitor.stop()
        for w in workers:
            w.stop()

    final_metrics = _summed(per_replica_metrics)
    cpu_used = sum(cpu_each)
    rows_each = [_table_rows(m) for m in per_replica_metrics]
    result: dict[str, Any] = {
        "articles": n,
        "replicas": replicas,
        "ready_seconds": ready_s,
        "producer": {"seconds": produced.seconds, "per_second": produced.sent / produced.seconds,
                     "mean_bytes": produced.bytes / produced.sent},
        "cpu": {"seconds": cpu_used, "ms_per_article": cpu_used / n * 1000,
                "per_replica_seconds": [round(c, 2) for c in cpu_each],
                "what": "worker processes' user+sys CPU from ready to done, summed over the replicas "
                        "(less sensitive to other load)"},
        "poll": {"seconds": seen_done - produced.first_send, "per_second": n / (seen_done - produced.first_send),
                 "interval": poll},
        "metrics": {
            **{k: v for k, v in _counts(final_metrics).items() if k != "received"},
            # Gauges: a standby replica holds a copy of the tables, so the largest, not the sum.
            "table_rows": {name: max(rows.get(name, 0.0) for rows in rows_each) for name in rows_each[0]},
        },
        "prepare_ms_per_article": _mean_ms(final_metrics, "newsworker_extraction_seconds"),
        "histogram_latency_seconds": {
            "p50": histogram_quantile(final_metrics, "newsworker_end_to_end_seconds", 0.5),
            "p99": histogram_quantile(final_metrics, "newsworker_end_to_end_seconds", 0.99),
            "what": "newsworker_end_to_end_seconds (processed articles only), interpolated in buckets",
        },
        "rss_mb": {"ready": round(sum(rss_ready) / 1024, 1), **monitor.rss_at_fractions(n),
                   "peak": round(sum(h for _, h in rss_end) / 1024, 1),
                   "end": round(sum(r for r, _ in rss_end) / 1024, 1)},
        "rss_samples": [(round(t - produced.first_send, 2), d, round(r / 1024, 1)) for t, d, r in monitor.samples],
    }
    result["settle"] = {"seconds": settled.seconds, "unsettled_polls": settled.polls,
                        "ready_seconds_each": [round(r, 2) for r in ready_each], "assignment": settled.assignment,
                        "what": "after all were ready: until the group's assignment was complete, the same on "
                                "every replica and unchanged for 2 s (bench.procs.wait_settled)"}
    if replicas > 1:
        result["rss_mb"]["what"] = "summed over the replicas (peak: the sum of each replica's own peak)"
        result["metrics_what"] = "counters summed over the replicas; table_rows: the largest replica's"
        result["rebalance"] = {
            "assignment_changed": assignment_after != settled.assignment,
            "not_ready_polls": monitor.not_ready_polls,
            "what": "assignment (Faust /router/topics) at the start vs the end of the run; polls of /readyz "
                    "that said not ready during the run (a rebalance or a recovery). The replicas' "
                    "log_rebalance_lines say little: at WARNING Faust does not log a rebalance",
        }
    result["replica"] = []
    for i, w in enumerate(workers):
        lines, examples = rebalance_lines(w.log_path)
        owned = next((topics for url, topics in settled.assignment.items()
                      if url.rstrip("/").endswith(f":{w.port}")), {})
        result["replica"].append({
            "pid": w.pid, "port": w.port, "partitions": owned,
            "cpu_seconds": round(cpu_each[i], 2), "cpu_ms_per_article": cpu_each[i] / n * 1000,
            "rss_mb": {"ready": round(rss_ready[i] / 1024, 1), **monitor.rss_at_fractions(n, replica=i),
                       "peak": round(rss_end[i][1] / 1024, 1), "end": round(rss_end[i][0] / 1024, 1)},
            "metrics": {**_counts(per_replica_metrics[i]), "table_rows": rows_each[i]},
            "log_rebalance_lines": lines, "log_rebalance_examples": examples,
        })
    if profile is not None:
        paths = _spy_paths(profile, replicas)
        result["pyspy"] = {"raw": str(paths[0]), "stderr": spy_errs[0] if spy_errs else None}
        if replicas > 1:
            result["pyspy"]["replicas"] = [{"raw": str(path), "stderr": err}
                                           for path, err in zip(paths, spy_errs, strict=True)]

    # Read back what the run wrote: changelog records per table (= table writes), sizes, exact latency.
    changelogs = {name: f"{app_id}-{name}-changelog" for name in TABLE_NAMES}
    sizes: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def sizer(name: str) -> Any:
        def on(record: Any) -> None:
            sizes[name][0] += 1
            sizes[name][1] += len(record.value or b"")
        return on

    for name, topic in changelogs.items():
        if name != "dedupe" or not exact_latency:
            kafka_io.read_topic(bootstrap, topic, sizer(name))
    kafka_io.read_topic(bootstrap, PREPARED.name, sizer("prepared"))
    latency: dict[str, Any] = {}
    if exact_latency:
        sent_ms: dict[bytes, int] = {}
        kafka_io.read_topic(bootstrap, ARTICLES.name, lambda r: sent_ms.__setitem__(r.key, r.timestamp))
        written_ms: dict[bytes, int] = {}
        on_size = sizer("dedupe")

        def on_dedupe(record: Any) -> None:
            on_size(record)
            key = record.key
            if key[:1] == b'"':  # Faust's changelog keys are JSON-encoded strings
                key = orjson.loads(key).encode()
            if record.value is not None and key not in written_ms:
                written_ms[key] = record.timestamp

        kafka_io.read_topic(bootstrap, changelogs["dedupe"], on_dedupe)
        lat = sorted((written_ms[k] - sent_ms[k]) / 1000.0 for k in written_ms if k in sent_ms)
        result["key_samples"] = {"articles": repr(next(iter(sent_ms), None)),
                                 "dedupe": repr(next(iter(written_ms), None))}
        if lat:
            last_write = max(written_ms.values()) / 1000.0
            latency = {
                "articles": len(lat),
                "p50": lat[len(lat) // 2], "p90": lat[int(len(lat) * 0.9)],
                "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))], "max": lat[-1],
                "mean": statistics.fmean(lat),
                "what": "dedupe-changelog record timestamp of the article's key - input record timestamp",
            }
            result["exact"] = {"seconds": last_write - produced.first_send,
                               "per_second": n / (last_write - produced.first_send),
                               "what": "first send -> timestamp of the last dedupe-table write"}
    result["latency_seconds"] = latency
    result["topics"] = {name: {"records": c, "records_per_article": c / n, "mean_value_bytes": (b / c if c else 0)}
                        for name, (c, b) in sizes.items()}
    head = result.get("exact") or result["poll"]
    result["seconds"], result["per_second"] = head["seconds"], head["per_second"]
    return result


# -- no-op Faust apps --------------------------------------------------------------------------------


def run_noop(bootstrap: str, workdir: Path, worker_root: Path, spec: dict[str, Any], timeout: float) -> dict[str, Any]:
    result_path = workdir / f"noop-{spec['app_id']}.json"
    spec = {**spec, "bootstrap": bootstrap, "web_port": free_port(), "result": str(result_path),
            "data_dir": str(workdir / f"data-{spec['app_id']}")}
    spec_path = workdir / f"noop-{spec['app_id']}-spec.json"
    spec_path.write_bytes(orjson.dumps(spec))
    proc = Proc([sys.executable, "-m", "bench.noop", str(spec_path)], python_env(worker_root, {}),
                workdir / f"noop-{spec['app_id']}.log", cwd=worker_root)
    started = time.time()
    proc.start()
    try:
        deadline = time.monotonic() + timeout
        while not result_path.exists():
            if not proc.alive():
                raise RuntimeError(f"no-op app {spec['kind']} exited:\n{proc.log_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"no-op app {spec['kind']} did not finish in {timeout:.0f}s:\n{proc.log_tail()}")
            time.sleep(0.1)
        got = orjson.loads(result_path.read_bytes())
        peak = rss_kb(proc.pid)[1]
    finally:
        proc.stop()
    seconds = got["last"] - got["first"]
    return {"messages": got["count"], "seconds": seconds, "per_second": got["count"] / seconds,
            "startup_seconds": got["first"] - started, "rss_peak_mb": round(peak / 1024, 1),
            "cpu_ms_per_message": got.get("cpu_seconds", 0.0) / got["count"] * 1000,
            **{k: spec[k] for k in ("writes_per_message", "value_bytes", "prepared_bytes") if k in spec}}


def run_noop_group(bootstrap: str, workdir: Path, worker_root: Path, spec: dict[str, Any], timeout: float,
                   replicas: int, messages: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    """A no-op app as ``replicas`` processes of one consumer group, on an input topic of its own.

    The input topic already filled could not be shared fairly: the first replica to join would
    start on all four partitions and the next one's join would rebalance the group mid-run. So
    the group gets a fresh topic (4 partitions, like ``articles``) that is filled with the same
    messages only once every replica is ready and the assignment has settled (as for the
    worker). The clock runs from the earliest first message over the replicas to the N-th at
    the sequencer; CPU is every replica's user+sys from the settled group to the end, summed.
    """
    app_id = spec["app_id"]
    input_topic = f"{app_id}-input"
    kafka_io.create_topic(bootstrap, input_topic, ARTICLES.partitions)
    result_path = workdir / f"noop-{app_id}.json"
    topics = {input_topic: ARTICLES.partitions}
    if spec["kind"] == "topology":
        topics[spec["prepared_topic"]] = PREPARED.partitions
    procs: list[NoopProc] = []
    first_files: list[Path] = []
    for i in range(replicas):
        port = free_port()
        first_files.append(workdir / f"noop-{app_id}-first-{i}.json")
        one = {**spec, "bootstrap": bootstrap, "web_port": port, "result": str(result_path),
               "data_dir": str(workdir / f"data-{app_id}-{i}"), "input_topic": input_topic,
               "first_file": str(first_files[i])}
        spec_path = workdir / f"noop-{app_id}-{i}-spec.json"
        spec_path.write_bytes(orjson.dumps(one))
        procs.append(NoopProc(spec_path, port, worker_root, workdir / f"noop-{app_id}-{i}.log"))
    started = time.monotonic()
    for proc in procs:
        proc.start()
    try:
        settled = wait_settled(procs, topics, timeout=min(timeout, 120.0))
        startup = time.monotonic() - started
        cpu_start = [cpu_seconds(proc.pid) for proc in procs]
        produced = kafka_io.produce(bootstrap, input_topic, iter(messages))
        deadline = time.monotonic() + timeout
        while not result_path.exists():
            for proc in procs:
                if not proc.alive():
                    raise RuntimeError(f"no-op app {spec['kind']} ({proc.log_path.name}) exited:\n{proc.log_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"no-op app {spec['kind']} did not finish in {timeout:.0f}s:\n"
                                   + "\n".join(proc.log_tail(10) for proc in procs))
            time.sleep(0.1)
        cpu_each = [cpu_seconds(proc.pid) - c for proc, c in zip(procs, cpu_start, strict=True)]
        peaks = [rss_kb(proc.pid)[1] for proc in procs]
        after = group_state(procs, topics)[1]
    finally:
        for proc in procs:
            proc.stop()
    got = orjson.loads(result_path.read_bytes())
    firsts = [orjson.loads(f.read_bytes())["first"] if f.exists() else None for f in first_files]
    first = min(t for t in firsts if t is not None)
    seconds = got["last"] - first
    out: dict[str, Any] = {
        "messages": got["count"], "seconds": seconds, "per_second": got["count"] / seconds,
        "replicas": replicas, "startup_seconds": startup,
        "rss_peak_mb": round(sum(peaks) / 1024, 1),
        "cpu_ms_per_message": sum(cpu_each) / got["count"] * 1000,
        "cpu_what": "user+sys of every replica from the settled group to the end (/proc), summed",
        "input": f"{input_topic}: filled after the group settled (first send -> N-th sequenced "
                 f"{got['last'] - produced.first_send:.2f}s)",
        "producer": {"seconds": produced.seconds, "per_second": produced.sent / produced.seconds},
        "settle": {"seconds": settled.seconds, "unsettled_polls": settled.polls, "assignment": settled.assignment},
        "rebalance": {"assignment_changed": after != settled.assignment},
        "replica": [],
        **{k: spec[k] for k in ("writes_per_message", "value_bytes", "prepared_bytes") if k in spec},
    }
    for i, proc in enumerate(procs):
        lines, examples = rebalance_lines(proc.log_path)
        out["replica"].append({
            "pid": proc.pid, "port": proc.port,
            "partitions": next((t for url, t in settled.assignment.items()
                                if url.rstrip("/").endswith(f":{proc.port}")), {}),
            "first": firsts[i], "cpu_seconds": round(cpu_each[i], 2), "rss_peak_mb": round(peaks[i] / 1024, 1),
            "log_rebalance_lines": lines, "log_rebalance_examples": examples})
    return out


# -- report ------------------------------------------------------------------------------------------


def ratios(results: dict[str, Any]) -> dict[str, float | None]:
    worker = results.get("worker", {}).get("per_second")

    def ratio(path: tuple[str, ...]) -> float | None:
        node: Any = results
        for part in path:
            node = node.get(part) if isinstance(node, dict) else None
        return worker / node["per_second"] if worker and node and node.get("per_second") else None

    return {"worker_vs_topology": ratio(("ceilings", "faust_topology")),
            "worker_vs_topology_loaded": ratio(("ceilings", "faust_topology_loaded")),
            "worker_vs_one_agent": ratio(("ceilings", "faust_one_agent")),
            "worker_vs_raw_aiokafka": ratio(("ceilings", "raw_aiokafka")),
            "worker_vs_raw_kafka_python": ratio(("ceilings", "raw_kafka_python"))}


def table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str]] = []

    def add(label: str, node: dict[str, Any] | None, unit: str = "msg/s", count_key: str = "messages") -> None:
        if not node:
            return
        rows.append((label, f"{node.get(count_key, node.get('articles', '')):,}" if isinstance(
            node.get(count_key, node.get("articles")), int) else str(node.get(count_key, "")),
            f"{node['seconds']:.2f}", f"{node['per_second']:,.0f} {unit}"))

    ex = results.get("extraction", {})
    add("extraction alone: extract_rows (1 core)", ex.get("extract_rows"), "art/s", "articles")
    add("extraction alone: extract_events only", ex.get("extract_events"), "art/s", "articles")
    c = results.get("ceilings", {})
    add("raw ceiling: aiokafka consumer", c.get("raw_aiokafka"))
    add("raw ceiling: kafka-python consumer", c.get("raw_kafka_python"))

    def replicas(node: dict[str, Any] | None) -> str:
        k = (node or {}).get("replicas", 1)
        return f"{k} replica{'s' if k > 1 else ''}"

    one, topo = c.get("faust_one_agent"), c.get("faust_topology")
    add(f"Faust no-op, one agent + table ({replicas(one)})", one)
    add(f"Faust no-op, worker topology ({replicas(topo)})", topo)
    loaded = c.get("faust_topology_loaded")
    if loaded:
        add(f"  the same, stage one spinning {loaded['prepare_ms']:.2f} ms a message", loaded)
    w = results.get("worker")
    if w:
        add("replay producer (kafka-python)", {"messages": w["articles"], **w["producer"]})
        add(f"worker end to end, {replicas(w)} (first send->last write)",
            {"messages": w["articles"], "seconds": w["seconds"], "per_second": w["per_second"]}, "art/s")
    width = max(len(r[0]) for r in rows) if rows else 10
    lines = [f"{'measure':<{width}}  {'count':>8}  {'seconds':>8}  {'rate':>14}"]
    lines += [f"{a:<{width}}  {b:>8}  {s:>8}  {r:>14}" for a, b, s, r in rows]
    lines.append("")
    for name, value in results.get("ratios", {}).items():
        lines.append(f"{name:<{width}}  {'' if value is None else f'{value:.1%}':>8}")
    if w:
        lat, hist = w.get("latency_seconds") or {}, w.get("histogram_latency_seconds") or {}
        if lat:
            lines.append(f"{'latency per article, exact (s)':<{width}}  p50 {lat['p50']:.2f}  p90 {lat['p90']:.2f}  "
                         f"p99 {lat['p99']:.2f}  max {lat['max']:.2f}  (n={lat['articles']})")
        if hist.get("p50") is not None:
            lines.append(f"{'latency, worker histogram (s)':<{width}}  p50 {hist['p50']:.2f}  p99 {hist['p99']:.2f}")
        rss = w["rss_mb"]
        many = w.get("replicas", 1) > 1
        lines.append(f"{'worker RSS (MiB)' + (', summed' if many else ''):<{width}}  ready {rss['ready']}  "
                     f"25% {rss['25%']}  50% {rss['50%']}  75% {rss['75%']}  100% {rss['100%']}  peak {rss['peak']}")
        if many:
            for i, r in enumerate(w.get("replica", [])):
                rr, rm = r["rss_mb"], r["metrics"]
                label = f"  replica {i} (pid {r['pid']})"
                parts = ", ".join(f"{t} {ps}" for t, ps in sorted(r["partitions"].items()) if "__assignor" not in t)
                sequenced = rm["processed"] + rm["duplicates"] + rm["invalid"]
                lines.append(f"{label:<{width}}  RSS ready {rr['ready']}  peak {rr['peak']}  "
                             f"CPU {r['cpu_seconds']:.1f} s  received {rm['received']:.0f}  sequenced {sequenced:.0f}"
                             f"  [{parts}]")
        lines.append(f"{'worker CPU per article (ms)':<{width}}  {w['cpu']['ms_per_article']:.2f}"
                     f"  ({w['cpu']['seconds']:.1f} s user+sys{', summed over replicas' if many else ''})")
        if w.get("prepare_ms_per_article") is not None:
            lines.append(f"{'worker prepare per article (ms)':<{width}}  {w['prepare_ms_per_article']:.2f}"
                         "  (wall time of fingerprint + extraction in the worker, its own histogram)")
        m = w["metrics"]
        lines.append(f"{'worker counts':<{width}}  processed {m['processed']:.0f}  duplicates {m['duplicates']:.0f}"
                     f"  invalid {m['invalid']:.0f}  events {m['events']:.0f}")
        reb = w.get("rebalance")
        if reb:
            logged = [r.get("log_rebalance_lines", 0) for r in w.get("replica", [])]
            lines.append(f"{'worker rebalance during the run?':<{width}}  assignment changed "
                         f"{reb['assignment_changed']}  /readyz not-ready polls {reb['not_ready_polls']}  "
                         f"log lines {logged}")
        tw = {k: round(v["records_per_article"], 2) for k, v in w.get("topics", {}).items()}
        lines.append(f"{'records per article':<{width}}  {tw}")
    if topo and topo.get("replicas", 1) > 1:
        reps = topo.get("replica", [])
        lines.append(f"{'topology ceiling, per replica':<{width}}  RSS peak {[r['rss_peak_mb'] for r in reps]}  "
                     f"CPU s {[r['cpu_seconds'] for r in reps]}  ({topo['cpu_ms_per_message']:.2f} ms/msg summed)  "
                     f"assignment changed {topo['rebalance']['assignment_changed']}  "
                     f"log lines {[r['log_rebalance_lines'] for r in reps]}")
    mem = results.get("memory_run")
    if mem:
        rss = mem["rss_mb"]
        lines.append(f"{'memory run RSS (MiB), N=' + format(mem['articles'], ','):<{width}}  ready {rss['ready']}  "
                     f"25% {rss['25%']}  50% {rss['50%']}  75% {rss['75%']}  100% {rss['100%']}  peak {rss['peak']}"
                     f"  ({mem['per_second']:,.0f} art/s)")
        rows = mem["metrics"].get("table_rows") or {}
        if rows:
            lines.append(f"{'memory run table rows at the end':<{width}}  "
                         + "  ".join(f"{k} {v:,.0f}" for k, v in sorted(rows.items())))
    t = results.get("targets", {})
    if t:
        lines.append("")
        lines.append("targets: " + "  ".join(f"{k} {'PASS' if v else 'FAIL'}" for k, v in t.items()))
    return "\n".join(lines)


def targets(results: dict[str, Any]) -> dict[str, bool]:
    out = {}
    ex = results.get("extraction", {}).get("extract_rows")
    if ex:
        out["extraction>=2000/s"] = ex["per_second"] >= TARGETS["extraction_per_second"]
    r = results.get("ratios", {}).get("worker_vs_topology")
    if r is not None:
        out["worker>=60%topology"] = r >= TARGETS["worker_vs_topology"]
    w = results.get("worker")
    if w:
        out["worker>=1000/s"] = w["per_second"] >= TARGETS["worker_per_second"]
        peak = max((r["rss_mb"]["peak"] for r in w.get("replica", [])), default=w["rss_mb"]["peak"])
        out["worker_rss<=300MB"] = _mb(peak) <= TARGETS["worker_rss_mb"]  # per process
    mem = results.get("memory_run")
    if mem:
        rss = mem["rss_mb"]
        out["memory_run_rss<=300MB"] = _mb(rss["peak"]) <= TARGETS["worker_rss_mb"]
        quarter, full = rss.get("25%"), rss.get("100%")
        out["memory_run_flat(100%<=1.2x25%)"] = bool(quarter and full and full <= 1.2 * quarter)
    return out


# -- main --------------------------------------------------------------------------------------------


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=20_000, help="articles (default 20,000)")
    p.add_argument("--seed", type=int, default=0, help="corpus seed (same seed, same articles)")
    p.add_argument("--quick", action="store_true", help="smoke run: N=500, short extraction sample")
    p.add_argument("--out", type=Path, default=ROOT / "bench-results", help="where the JSON goes")
    p.add_argument("--extract-seconds", type=float, default=20.0, help="cap of each extraction measurement")
    p.add_argument("--profile", action="store_true",
                   help="py-spy on the worker (raw stacks + summary) and pyinstrument on extraction")
    p.add_argument("--skip", action="append", default=[],
                   choices=["extraction", "worker", "raw", "kafka-python", "one-agent", "topology",
                            "topology-loaded"])
    p.add_argument("--memory-run", action="store_true", help="only the memory run (worker RSS over --memory-n)")
    p.add_argument("--memory-n", type=int, default=100_000)
    p.add_argument("--memory-window", type=float, default=20_000.0,
                   help="WORKER_DEDUPE_WINDOW_SECONDS of the memory run (messages are stamped 1 s apart)")
    p.add_argument("--worker-root", type=Path, default=ROOT,
                   help="run the worker and the no-op apps from this tree (a scratch copy for experiments)")
    p.add_argument("--worker-env", action="append", default=[], metavar="VAR=VALUE",
                   help="extra environment for the worker process (repeatable)")
    p.add_argument("--worker-timeout", type=float, default=0.0,
                   help="seconds the worker gets to finish (default max(300, N/10))")
    p.add_argument("--noop-sensors", action="store_true", help="give the no-op apps Faust's Prometheus sensor")
    p.add_argument("--replicas", type=int, default=1,
                   help="worker processes with the same app id (one consumer group), and as many for the "
                        "no-op topology ceiling (default 1); the one-agent ceiling and --memory-run stay "
                        "one process")
    p.add_argument("--noop-fresh-input", action="store_true",
                   help="with one replica too, run the topology ceiling as for several: on a topic of its own, "
                        "filled once its group has settled (with --replicas > 1 it always is)")
    p.add_argument("--label", default="", help="free text stored in the JSON")
    p.add_argument("--keep-workdir", action="store_true",
                   help="keep the temporary workdir (worker, no-op and tansu logs) instead of deleting it")
    args = p.parse_args(argv)
    if args.replicas < 1:
        p.error("--replicas must be at least 1")
    if args.quick:
        args.n = min(args.n, 500) if args.n != 20_000 else 500
        args.extract_seconds = min(args.extract_seconds, 3.0)
        args.memory_n = min(args.memory_n, 2000)
    return args


def _stop_on_signal(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)  # unwinds through the finally blocks: worker and broker are stopped


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    signal.signal(signal.SIGTERM, _stop_on_signal)
    signal.signal(signal.SIGINT, _stop_on_signal)  # also when started in the background (SIGINT ignored there)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    worker_root = args.worker_root.resolve()
    worker_env = dict(item.split("=", 1) for item in args.worker_env)
    results: dict[str, Any] = {
        "started": stamp, "label": args.label, "n": args.n, "seed": args.seed, "quick": args.quick,
        "replicas": args.replicas,
        "worker_root": str(worker_root), "worker_env": worker_env,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "loadavg_start": os.getloadavg()},
    }
    log(f"workdir {workdir}")
    broker = EmbeddedBroker.start(log_path=workdir / "tansu.log")
    log(f"tansu at {broker.bootstrap} (pid {broker.pid})")
    started = time.monotonic()
    try:
        if args.memory_run:
            results["memory_run"] = memory_run(args, broker.bootstrap, workdir, worker_root, worker_env)
        else:
            full_run(args, results, broker.bootstrap, workdir, worker_root, worker_env)
        results["broker_rss_mb_end"] = round(rss_kb(broker.pid)[0] / 1024, 1)
    finally:
        broker.stop()
    results["ratios"] = ratios(results)
    results["targets"] = targets(results)
    results["total_seconds"] = time.monotonic() - started
    results["machine"]["loadavg_end"] = os.getloadavg()
    name = f"{'memory' if args.memory_run else 'bench'}-{stamp}.json"
    path = args.out / name
    path.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS))
    shutil.copyfile(path, args.out / ("latest-memory.json" if args.memory_run else "latest.json"))
    print(table(results))
    print(f"\nJSON: {path}  (total {results['total_seconds']:.0f}s)")
    if args.profile and results.get("worker", {}).get("pyspy"):
        from bench.pyspy_summary import summarise

        print("\n" + summarise(Path(results["worker"]["pyspy"]["raw"])))
    if args.keep_workdir:
        print(f"workdir kept: {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def full_run(args: argparse.Namespace, results: dict[str, Any], bootstrap: str, workdir: Path, worker_root: Path,
             worker_env: dict[str, str]) -> None:
    t = time.perf_counter()
    articles, republished = corpus(args.n, args.seed)
    messages = encoded(articles)
    results["corpus"] = {"articles": len(articles), "republications": republished,
                         "mean_bytes": statistics.fmean(len(v) for _, v in messages),
                         "min_bytes": min(len(v) for _, v in messages), "max_bytes": max(len(v) for _, v in messages),
                         "generate_seconds": time.perf_counter() - t}
    log(f"corpus: {len(articles)} articles ({republished} republications), "
        f"{results['corpus']['mean_bytes']:.0f} B mean, {results['corpus']['generate_seconds']:.1f}s")

    if "extraction" not in args.skip:
        results["extraction"] = extraction_alone(articles, args.extract_seconds, args.out if args.profile else None)
        log(f"extraction: {results['extraction']['extract_rows']['per_second']:.0f} art/s (extract_rows)")
    del articles

    if "worker" not in args.skip:
        profile = args.out / f"pyspy-worker-{results['started']}.txt" if args.profile else None
        timeout = args.worker_timeout or max(300.0, args.n / 10)
        results["worker"] = run_worker(bootstrap, workdir, worker_root, "bench-worker", iter(messages), args.n,
                                       timeout=timeout, env=worker_env, profile=profile, replicas=args.replicas)
        log(f"worker: {results['worker']['per_second']:.0f} art/s")
    else:
        kafka_io.create_topic(bootstrap, ARTICLES.name, ARTICLES.partitions)
        kafka_io.produce(bootstrap, ARTICLES.name, iter(messages))
    n = len(messages)
    group_topology = "topology" not in args.skip and (args.replicas > 1 or args.noop_fresh_input)
    if not group_topology:
        del messages  # else kept: the topology ceiling's group gets them on a topic of its own

    ceilings: dict[str, Any] = {}
    results["ceilings"] = ceilings
    if "raw" not in args.skip:
        ceilings["raw_aiokafka"] = kafka_io.aiokafka_ceiling(bootstrap, ARTICLES.name, n)
        log(f"raw aiokafka: {ceilings['raw_aiokafka']['per_second']:,.0f} msg/s")
    if "kafka-python" not in args.skip:
        ceilings["raw_kafka_python"] = kafka_io.kafka_python_ceiling(bootstrap, ARTICLES.name, n)
        log(f"raw kafka-python: {ceilings['raw_kafka_python']['per_second']:,.0f} msg/s")
    noop_timeout = max(120.0, n / 100)
    if "one-agent" not in args.skip:
        # One process whatever --replicas: the framework's cost of one agent and one table write.
        ceilings["faust_one_agent"] = {**run_noop(bootstrap, workdir, worker_root, {
            "kind": "one-agent", "app_id": "bench-noop-one", "n": n, "sensors": args.noop_sensors}, noop_timeout),
            "replicas": 1}
        log(f"Faust no-op one agent: {ceilings['faust_one_agent']['per_second']:,.0f} msg/s")
    if "topology" not in args.skip:
        topics = results.get("worker", {}).get("topics", {})
        writes = {name: topics.get(name, {}).get("records_per_article", default)
                  for name, default in zip(TABLE_NAMES, (2.0, 2.0, 1.0), strict=True)}
        values = {name: topics.get(name, {}).get("mean_value_bytes", 200) for name in TABLE_NAMES}
        prepared_bytes = topics.get("prepared", {}).get("mean_value_bytes", 4000)
        # The sequencer's batches as the worker takes them: its environment is ours plus --worker-env.
        worker_settings = Settings.from_env({**os.environ, **worker_env})
        spec = {
            "kind": "topology", "app_id": "bench-noop-topo", "n": n, "sensors": args.noop_sensors,
            "prepared_topic": "bench-noop-topo-prepared", "dead_letter_topic": "bench-noop-topo-dead-letter",
            "writes_per_message": writes, "value_bytes": values, "prepared_bytes": prepared_bytes,
            "sequence_batch_size": worker_settings.sequence_batch_size,
            "sequence_batch_wait_seconds": worker_settings.sequence_batch_wait_seconds,
            "fetch_max_wait_ms": worker_settings.fetch_max_wait_ms}
        def topology(spec: dict[str, Any]) -> dict[str, Any]:
            if group_topology:
                return run_noop_group(bootstrap, workdir, worker_root, spec, noop_timeout, args.replicas, messages)
            return {**run_noop(bootstrap, workdir, worker_root, spec, noop_timeout), "replicas": 1}

        ceilings["faust_topology"] = topology(spec)
        log(f"Faust no-op topology: {ceilings['faust_topology']['per_second']:,.0f} msg/s")
        burn = results.get("worker", {}).get("prepare_ms_per_article")
        if burn and "topology-loaded" not in args.skip:
            # The same topology whose stage one spins for the worker's mean prepare time: the
            # worker against it says what the worker's work costs beyond extraction's own.
            loaded = {**spec, "app_id": "bench-noop-loaded", "prepared_topic": "bench-noop-loaded-prepared",
                      "dead_letter_topic": "bench-noop-loaded-dead-letter", "prepare_ms": burn}
            ceilings["faust_topology_loaded"] = {**topology(loaded), "prepare_ms": burn}
            log(f"Faust no-op topology spinning {burn:.2f} ms a message: "
                f"{ceilings['faust_topology_loaded']['per_second']:,.0f} msg/s")


def memory_run(args: argparse.Namespace, bootstrap: str, workdir: Path, worker_root: Path,
               worker_env: dict[str, str]) -> dict[str, Any]:
    from worker.corpus import iter_generate

    n = args.memory_n
    base_ms = int(time.time() * 1000) - n * 1000  # stream time: one second per article, ending now

    def messages() -> Iterator[tuple[bytes, bytes]]:
        for article, _ in iter_generate(n, args.seed):
            yield str(article["id"]).encode(), orjson.dumps(article)

    env = {"WORKER_DEDUPE_WINDOW_SECONDS": str(args.memory_window), **worker_env}
    log(f"memory run: {n} articles, window {args.memory_window:.0f}s of stream time (1 s per article)")
    out = run_worker(bootstrap, workdir, worker_root, "bench-memory", messages(), n, timeout=max(300.0, n / 10),
                     env=env, stamp_ms=lambda i: base_ms + i * 1000, exact_latency=False, poll=1.0)
    out["window_seconds"] = args.memory_window
    return out


if __name__ == "__main__":
    sys.exit(main())
