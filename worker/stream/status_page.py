"""A status page at ``/``: placeholder until the status-page work lands."""

from __future__ import annotations

import faust

from worker.metrics import Metrics
from worker.stream.tables import Tables


def define_status_page(app: faust.App, tables: Tables, metrics: Metrics) -> None:
    """Register ``/`` on ``app``."""
