"""The ``worker`` command: run, replay, extract, tables, evaluate, dead-letters, redrive.

Every subcommand reads its settings from the environment (see :mod:`worker.settings`);
flags only choose what to do. Errors a user can fix are one line on stderr and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence

import orjson

from worker.settings import Settings, SettingsError

EXIT_USAGE = 2
EXIT_FAILURE = 1


def _fail(message: str, code: int = EXIT_FAILURE) -> int:
    print(f"worker: {message}", file=sys.stderr)
    return code


def cmd_extract(args: argparse.Namespace) -> int:
    from worker.articles.sources import SourceError, read_paths
    from worker.offline import extract_rows

    out = sys.stdout.buffer
    try:
        for row in extract_rows(read_paths(args.paths)):
            out.write(orjson.dumps(row) + b"\n")
    except SourceError as exc:
        return _fail(str(exc))
    out.flush()
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from worker.articles.sources import SourceError, read_paths
    from worker.evaluation import format_scores, score
    from worker.offline import extract_rows

    try:
        gold = list(read_paths([args.gold]))
        predictions = list(extract_rows(read_paths(args.paths)))
    except SourceError as exc:
        return _fail(str(exc))
    metrics, missing = score(gold, predictions)
    if args.json:
        print(orjson.dumps({"metrics": metrics, "missing": missing}).decode())
    else:
        print(format_scores(metrics))
        if missing:
            print(f"no prediction for {len(missing)} article(s): {', '.join(missing[:10])}")
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    from worker.articles.sources import SourceError, read_paths
    from worker.replay import ProgressBar, ReplayError, repeated, replay

    settings = _cluster_settings(args)
    if settings is None:
        return _fail("no broker: set KAFKA_BOOTSTRAP_SERVERS (or --bootstrap); `worker run` prints it")
    try:
        articles = list(read_paths(args.paths))
    except SourceError as exc:
        return _fail(str(exc))
    total = len(articles) * args.repeat
    try:
        summary = replay(repeated(articles, args.repeat), settings, topic=args.topic, rate=args.rate,
                         progress=ProgressBar(total))
    except ReplayError as exc:
        return _fail(str(exc))
    print(summary.line())
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from worker.runner import run_worker

    return run_worker(Settings.from_env(), replay_paths=args.replay)


def cmd_tables(args: argparse.Namespace) -> int:
    from worker.table_client import TableClientError, fetch_tables, render_tables

    settings = Settings.from_env()
    url = args.url or f"http://{settings.web_host}:{settings.web_port}"
    try:
        tables = fetch_tables(url)
    except TableClientError as exc:
        return _fail(str(exc))
    if args.json:
        print(orjson.dumps(tables, option=orjson.OPT_INDENT_2).decode())
    else:
        print(render_tables(tables))
    return 0


def _cluster_settings(args: argparse.Namespace) -> Settings | None:
    settings = Settings.from_env()
    if getattr(args, "bootstrap", None):
        settings = settings.with_bootstrap(args.bootstrap)
    return settings if settings.bootstrap_servers else None


def cmd_dead_letters(args: argparse.Namespace) -> int:
    from worker.redrive import read_dead_letters
    from worker.replay import ReplayError
    from worker.stream.dead_letters import DETAIL

    settings = _cluster_settings(args)
    if settings is None:
        return _fail("no broker: set KAFKA_BOOTSTRAP_SERVERS (or --bootstrap)")
    try:
        for letter in read_dead_letters(settings):
            if args.json:
                print(orjson.dumps({"offset": letter.offset, "key": (letter.key or b"").decode(errors="replace"),
                                    "headers": letter.headers, "bytes": len(letter.value)}).decode())
            else:
                key = (letter.key or b"").decode(errors="replace")[:30]
                print(f"{letter.offset:>6}  {letter.reason:<18} {key:<30} {letter.headers.get(DETAIL, '')[:80]}")
    except ReplayError as exc:
        return _fail(str(exc))
    return 0


def cmd_redrive(args: argparse.Namespace) -> int:
    from worker.redrive import redrive
    from worker.replay import ReplayError

    settings = _cluster_settings(args)
    if settings is None:
        return _fail("no broker: set KAFKA_BOOTSTRAP_SERVERS (or --bootstrap)")
    try:
        counts = redrive(settings, reasons=set(args.reason or []) or None, from_beginning=args.from_beginning,
                         dry_run=args.dry_run)
    except ReplayError as exc:
        return _fail(str(exc))
    verb = "would redrive" if args.dry_run else "redrove"
    print(f"{verb} {counts['redriven']} dead letters to articles ({counts['skipped']} skipped by reason)")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="worker", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the streaming worker (starts an embedded broker if none is set)")
    run.add_argument("--replay", nargs="*", metavar="PATH", default=None,
                     help="once the worker is up, replay these files or folders onto the input topic")
    run.set_defaults(func=cmd_run)

    rep = sub.add_parser("replay", help="send articles from .txt/.jsonl files or folders to the input topic")
    rep.add_argument("paths", nargs="+", metavar="PATH")
    rep.add_argument("--rate", type=float, default=None, help="at most this many messages per second")
    rep.add_argument("--repeat", type=int, default=1, help="send the input this many times")
    rep.add_argument("--topic", default="articles", help="topic to send to (default: articles)")
    rep.add_argument("--bootstrap", default=None, help="broker address (default: $KAFKA_BOOTSTRAP_SERVERS)")
    rep.set_defaults(func=cmd_replay)

    ext = sub.add_parser("extract", help="validate, dedupe and extract offline; one JSON line per article")
    ext.add_argument("paths", nargs="+", metavar="PATH")
    ext.set_defaults(func=cmd_extract)

    ev = sub.add_parser("evaluate", help="score the extractor on annotated articles")
    ev.add_argument("--gold", required=True, help="gold .jsonl (the scorer's format)")
    ev.add_argument("paths", nargs="+", metavar="PATH")
    ev.add_argument("--json", action="store_true")
    ev.set_defaults(func=cmd_evaluate)

    dead = sub.add_parser("dead-letters", help="list the dead-letter topic (reason, key, detail)")
    dead.add_argument("--json", action="store_true")
    dead.add_argument("--bootstrap", default=None)
    dead.set_defaults(func=cmd_dead_letters)

    red = sub.add_parser("redrive", help="send dead letters back to the input topic after a fix")
    red.add_argument("--reason", action="append", help="only letters with this reason (repeatable)")
    red.add_argument("--from-beginning", action="store_true", help="also letters redriven before")
    red.add_argument("--dry-run", action="store_true")
    red.add_argument("--bootstrap", default=None)
    red.set_defaults(func=cmd_redrive)

    tab = sub.add_parser("tables", help="print the live tables of a running worker")
    tab.add_argument("--url", default=None, help="worker URL (default: from WORKER_WEB_HOST/PORT)")
    tab.add_argument("--json", action="store_true")
    tab.set_defaults(func=cmd_tables)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "repeat", 1) < 1:
        return _fail("--repeat must be at least 1", EXIT_USAGE)
    rate = getattr(args, "rate", None)
    if rate is not None and not (math.isfinite(rate) and rate > 0):  # (a negative or NaN rate was no cap at all)
        return _fail(f"--rate must be a positive number of messages per second, got {rate}", EXIT_USAGE)
    try:
        return int(args.func(args) or 0)
    except SettingsError as exc:  # a value in the environment that cannot be read
        return _fail(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `worker extract ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
