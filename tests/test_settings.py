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
