"""The Faust side: topics, tables, agents and web views, wired onto one app.

Nothing here decides anything about articles; the agents call
:mod:`worker.processing` and the views read :mod:`worker.aggregation`'s rows.
"""
