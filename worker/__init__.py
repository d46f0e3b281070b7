"""Streaming ingest worker for conflict news.

Path of one article: ``topics`` (names) -> ``worker.stream.agents`` (Faust agents)
-> ``worker.articles`` / ``worker.dedupe`` / ``worker.extraction`` /
``worker.aggregation`` (plain functions) -> ``worker.stream.tables`` -> ``worker.stream.views``.
"""
