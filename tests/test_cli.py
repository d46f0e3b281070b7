"""The ``worker`` command as a user runs it: output formats and one-line errors."""

from __future__ import annotations

import subprocess
import sys

import orjson

from tests.harness import ROOT, SEEDS
from worker.embedded_broker import free_port


def worker(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "worker", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def test_extract_prints_one_json_line_per_article_in_the_scorers_format():
    result = worker("extract", *sorted(str(p) for p in SEEDS.glob("*.txt")))
    assert result.returncode == 0, result.stderr
    rows = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert [r["article_id"] for r in rows] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert all(set(r) >= {"article_id", "duplicate_of", "events"} for r in rows)
    events = [e for r in rows for e in r["events"]]
    assert events, "no events extracted from the seeds"
    fields = {"article_id", "leader", "leader_key", "aliases", "role", "outcome", "country", "admin1", "date",
              "operation", "evidence"}
    assert all(set(e) == fields for e in events)


def test_extract_marks_a_repeated_file_as_a_duplicate_of_itself(tmp_path):
    seed = next(iter(sorted(SEEDS.glob("*.txt"))))
    result = worker("extract", str(seed), str(seed))
    rows = [orjson.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["duplicate_of"] is None
    assert rows[1]["duplicate_of"] == seed.stem
    assert rows[1]["events"] == []


def test_extract_reports_bad_jsonl_rows_without_dropping_them(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "ISIS official Abu Salim was killed in Raqqa."}\n{"id": "bad"}\n')
    rows = [orjson.loads(line) for line in worker("extract", str(path)).stdout.splitlines()]
    assert [r["article_id"] for r in rows] == ["ok", "bad"]
    assert rows[1]["error"]["reason"] == "missing_field"


def test_missing_input_is_one_line_and_a_failure():
    result = worker("extract", "no/such/file.txt")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr


def test_replay_to_a_broker_that_does_not_answer_fails_in_one_line():
    port = free_port()
    result = worker("replay", str(SEEDS), env={"KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}"}, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("worker: no Kafka broker answered")
    assert result.stderr.strip().count("\n") == 0


def test_tables_without_a_worker_fails_in_one_line():
    port = free_port()
    for url, said in ((f"http://127.0.0.1:{port}", "no worker answered"),
                      (f"127.0.0.1:{port}", f"no worker answered at http://127.0.0.1:{port}/leaders"),
                      ("ftp://127.0.0.1:21", "is not an http:// address"),
                      ("http://127.0.0.1:abc", "is no address a worker can have"),
                      ("http://[::1", "is no address a worker can have")):
        result = worker("tables", "--url", url)
        assert result.returncode == 1, url
        assert result.stderr.startswith("worker: ") and said in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1, result.stderr  # one line, no traceback


def test_tables_from_a_server_that_is_not_the_worker_fails_in_one_line(tmp_path):
    # Something else answers JSON on that port (here a static file server): say so, no KeyError.
    import functools
    import http.server
    import threading

    (tmp_path / "leaders").write_text('{"status": "ok"}')
    (tmp_path / "regions").write_text("[]")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = worker("tables", "--url", f"127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
    assert result.returncode == 1
    assert "not with the worker's tables" in result.stderr and result.stderr.count("\n") == 1, result.stderr


def test_replay_refuses_a_rate_or_repeat_it_cannot_honour_in_one_line():
    # Checked before any broker is looked for: a negative or NaN rate used to mean "no cap".
    for flag, value in (("--rate", "-5"), ("--rate", "0"), ("--rate", "nan"), ("--rate", "inf"), ("--repeat", "0")):
        result = worker("replay", str(SEEDS), flag, value, env={"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:9"})
        assert result.returncode == 2, (flag, value, result.stderr)
        assert result.stderr.startswith(f"worker: {flag} must be") and result.stderr.count("\n") == 1, result.stderr
