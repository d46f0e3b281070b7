"""The leaders and regions tables, as pure functions over dict-like state.

See :mod:`worker.aggregation.tables` for how counts stay idempotent.
"""

from worker.aggregation.tables import AggregateState, apply_article, leader_view, region_key, region_view

__all__ = ["AggregateState", "apply_article", "leader_view", "region_key", "region_view"]
