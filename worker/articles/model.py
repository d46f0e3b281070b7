"""Plain data classes for an article and for an extracted event.

They are the vocabulary shared by the pure functions (validation, dedupe,
extraction, aggregation) and the Faust agents; nothing here knows about Kafka.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Outcomes in order of severity, most severe first (contract: "killed > captured > wounded > mentioned").
OUTCOMES: tuple[str, ...] = ("killed", "captured", "wounded", "mentioned")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as the contract defines it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One (article, person) row: what happened to a named ISIS member, and where."""

    article_id: str
    leader: str
    leader_key: str
    outcome: str
    evidence: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    admin1: str | None = None
    date: str | None = None
    operation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # Spelled out: dataclasses.asdict deep-copies recursively and was 7 % of `worker extract`.
        return {"article_id": self.article_id, "leader": self.leader, "leader_key": self.leader_key,
                "aliases": list(self.aliases), "role": self.role, "outcome": self.outcome,
                "country": self.country, "admin1": self.admin1, "date": self.date,
                "operation": self.operation, "evidence": self.evidence}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data})
