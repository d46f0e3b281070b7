"""worker.settings: the environment decides, and the defaults run on the embedded broker."""

from __future__ import annotations

from pathlib import Path

from worker.app import broker_credentials, faust_options
from worker.settings import Settings


def test_defaults_start_the_embedded_broker_with_its_profile():
    settings = Settings.from_env({})
    assert settings.embedded
    assert settings.broker_profile == "embedded"
    assert settings.web_host == "127.0.0.1"
    assert settings.web_tables_enabled is False
    options = faust_options(settings.with_bootstrap("127.0.0.1:9"))
    assert "producer_max_batch_size" not in options  # batching stays on: worker.stream.tansu fixes recovery
    assert options["broker_session_timeout"] == 6.0
    assert options["processing_guarantee"] == "at_least_once"


def test_a_cluster_address_switches_to_the_default_profile():
    settings = Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": "k1:9092,k2:9092", "WORKER_WEB_PORT": "7000",
                                  "WORKER_DATA_DIR": "/data", "WORKER_WEB_TABLES_ENABLED": "yes"})
    assert not settings.embedded
    assert settings.broker_profile == "default"
    assert (settings.web_port, settings.data_dir, settings.web_tables_enabled) == (7000, Path("/data"), True)
    options = faust_options(settings)
    assert options["broker"] == ["kafka://k1:9092", "kafka://k2:9092"]
    assert "producer_max_batch_size" not in options


def test_sasl_credentials_come_from_the_environment():
    settings = Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": "k:9093", "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
                                  "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512", "KAFKA_SASL_USERNAME": "u",
                                  "KAFKA_SASL_PASSWORD": "s3cret-pw"})
    creds = broker_credentials(settings)
    assert creds.username == "u"
    assert creds.password == "s3cret-pw"
    assert "s3cret-pw" not in repr(settings)
    assert broker_credentials(Settings.from_env({})) is None


def test_a_bad_value_names_its_variable_and_a_blank_one_takes_the_default():
    import pytest

    from worker.settings import SettingsError

    for env, said in (({"WORKER_SEQUENCE_BATCH_SIZE": "abc"}, "WORKER_SEQUENCE_BATCH_SIZE='abc' is not a whole number"),
                      ({"KAFKA_SESSION_TIMEOUT": "6s"}, "KAFKA_SESSION_TIMEOUT='6s' is not a number"),
                      ({"WORKER_WEB_TABLES_ENABLED": "ture"}, "WORKER_WEB_TABLES_ENABLED='ture' is not true or false")):
        with pytest.raises(SettingsError, match=said):
            Settings.from_env(env)
    blank = Settings.from_env({"WORKER_WEB_PORT": " ", "KAFKA_TOPIC_ALLOW_DECLARE": "", "KAFKA_FETCH_MAX_WAIT_MS": "",
                               "WORKER_APP_ID": "", "KAFKA_SECURITY_PROTOCOL": " "})
    assert (blank.web_port, blank.topic_allow_declare, blank.fetch_max_wait_ms) == (6066, True, None)
    assert (blank.app_id, blank.security_protocol) == (Settings.app_id, "PLAINTEXT")
    flags = Settings.from_env({"KAFKA_TOPIC_ALLOW_DECLARE": "OFF", "WORKER_INPUT_TRANSACTIONAL": "1"})
    assert (flags.topic_allow_declare, flags.input_transactional) == (False, True)


def test_a_value_out_of_its_range_is_refused_with_the_range():
    import pytest

    from worker.settings import SettingsError

    # Each was taken as given: a batch size of 0, a port past 65535, a window of "nan" seconds.
    for env, said in (({"WORKER_WEB_PORT": "70000"}, "WORKER_WEB_PORT='70000' is not a whole number from 1 to 65535"),
                      ({"WORKER_SEQUENCE_BATCH_SIZE": "0"}, "is not a whole number of 1 or more"),
                      ({"WORKER_MAX_ARTICLE_BYTES": "-1"}, "is not a whole number of 1 or more"),
                      ({"WORKER_DEDUPE_WINDOW_SECONDS": "nan"}, "'nan' is not a number above 0"),
                      ({"KAFKA_SESSION_TIMEOUT": "inf"}, "'inf' is not a number above 0"),
                      ({"WORKER_STALL_CHECK_SECONDS": "-1"}, "is not a number of 0 or more")):
        with pytest.raises(SettingsError, match=said):
            Settings.from_env(env)
    edges = Settings.from_env({"WORKER_STALL_CHECK_SECONDS": "0", "WORKER_BROKER_WAIT_SECONDS": "0",
                               "WORKER_WEB_PORT": "65535", "WORKER_SEQUENCE_BATCH_SIZE": "1"})
    assert (edges.stall_check_seconds, edges.broker_wait_seconds, edges.web_port, edges.sequence_batch_size) == \
        (0.0, 0.0, 65535, 1)  # 0 turns the stall check off and waits for the broker forever


def test_a_word_from_a_list_is_taken_in_any_case_and_a_misspelt_one_is_refused():
    import pytest

    from worker.settings import SettingsError

    spelled = Settings.from_env({"KAFKA_SECURITY_PROTOCOL": "sasl_ssl", "KAFKA_SASL_MECHANISM": "scram-sha-512",
                                 "WORKER_LOG_LEVEL": "WARNING", "WORKER_BROKER_PROFILE": "Default"})
    assert (spelled.security_protocol, spelled.sasl_mechanism, spelled.log_level, spelled.broker_profile) == \
        ("SASL_SSL", "SCRAM-SHA-512", "warning", "default")
    # A typo used to choose another mode without a word ("embeded" ran the default profile on tansu).
    for env, said in (({"WORKER_BROKER_PROFILE": "embeded"}, "is not one of embedded, default"),
                      ({"KAFKA_SECURITY_PROTOCOL": "SASL-SSL"}, "is not one of PLAINTEXT, SSL, SASL_PLAINTEXT"),
                      ({"WORKER_LOG_LEVEL": "verbose"}, "is not one of debug, info"),
                      ({"KAFKA_SASL_MECHANISM": "SCRAM"}, "is not one of PLAIN")):
        with pytest.raises(SettingsError, match=said):
            Settings.from_env(env)


def test_the_table_store_is_memory_or_rocksdb():
    import pytest

    from worker.settings import SettingsError

    assert Settings.from_env({"WORKER_TABLE_STORE": "rocksdb://"}).table_store == "rocksdb://"
    for bad in ("rocksdb", "redis://cache"):  # Faust raised ValueError / ModuleNotFoundError on them at start
        with pytest.raises(SettingsError, match="is not memory:// or rocksdb://"):
            Settings.from_env({"WORKER_TABLE_STORE": bad})


def test_bootstrap_servers_must_be_host_port_lists():
    import pytest

    from worker.settings import SettingsError

    ok = Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": "kafka-0:9092, kafka-1.example.com:9093,[::1]:9094,broker"})
    assert ok.bootstrap_servers == "kafka-0:9092,kafka-1.example.com:9093,[::1]:9094,broker"
    for bad in ("127.0.0.1:abc", "kafka://127.0.0.1:9092", "host:0", "host:70000", "a:1,,b:2", "two words:1"):
        with pytest.raises(SettingsError, match="is not host:port"):
            Settings.from_env({"KAFKA_BOOTSTRAP_SERVERS": bad})
    with pytest.raises(SettingsError, match="--bootstrap='x:y'"):
        Settings.from_env({}).with_bootstrap("x:y")


def test_the_command_line_reports_a_bad_variable_in_one_line():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "worker", "run"], capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "WORKER_SEQUENCE_BATCH_SIZE": "abc"})
    assert done.returncode == 2
    assert done.stderr.strip() == "worker: WORKER_SEQUENCE_BATCH_SIZE='abc' is not a whole number of 1 or more"


def test_a_bad_bootstrap_address_fails_at_once_in_one_line_instead_of_waiting_for_it():
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "worker", "run"], capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:abc"})
    assert run.returncode == 2
    assert run.stderr.strip() == ("worker: KAFKA_BOOTSTRAP_SERVERS='127.0.0.1:abc': '127.0.0.1:abc' is not host:port "
                                  "(comma-separated, no scheme)")
    replay = subprocess.run([sys.executable, "-m", "worker", "replay", "seeds", "--bootstrap", "kafka://h:1"],
                            capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert replay.returncode == 2 and replay.stderr.count("\n") == 1 and "--bootstrap=" in replay.stderr, replay.stderr


def test_a_data_dir_that_cannot_be_made_fails_in_one_line(tmp_path):
    import subprocess
    import sys

    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("")
    run = subprocess.run([sys.executable, "-m", "worker", "run"], capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", "WORKER_DATA_DIR": str(in_the_way)})
    assert run.returncode == 1
    assert run.stderr.strip() == (f"worker: WORKER_DATA_DIR={str(in_the_way)!r} cannot be a folder for table data: "
                                  "File exists"), run.stderr  # (it raised FileExistsError, traceback and all)


def test_a_web_port_in_use_fails_in_one_line_before_anything_starts():
    import socket
    import subprocess
    import sys

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        run = subprocess.run([sys.executable, "-m", "worker", "run"], capture_output=True, text=True, timeout=60,
                             env={"PATH": "/usr/bin:/bin", "WORKER_WEB_PORT": str(port)})
    # (Faust found out after the broker and the app had started, and stopped with a traceback.)
    assert run.returncode == 1
    assert run.stderr.startswith(f"worker: cannot serve HTTP on 127.0.0.1:{port} (Address already in use)"), run.stderr
    assert run.stderr.count("\n") == 1 and "embedded broker" not in run.stderr, run.stderr
