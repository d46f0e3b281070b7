"""The pipeline benchmark: the worker against its own ceilings, on one embedded broker.

``python -m bench`` (see :mod:`bench.run`). Never imported by the worker nor run by the
test suite (``tests/test_bench_smoke.py`` only runs it at a tiny N to keep it working).
"""
