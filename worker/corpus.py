"""Generate realistic test articles from the seeds: for crash tests and the benchmark.

Each seed becomes a template once: the extractor finds its leaders' names and the
gazetteer its places, and those spans become slots. A variant fills the slots with
other names (drawn from pools of name parts) and with places of one other theatre,
shifts the date, and reorders the sentences of some paragraphs. A share of the output
are republications of earlier variants (new headline, boilerplate, a paragraph dropped,
a few words changed), so dedupe has real work. Same ``seed`` value, same corpus.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from worker.articles.model import Article
from worker.articles.sources import read_paths
from worker.extraction import extract_events
from worker.extraction.places import ADMIN1, COUNTRY, DEMONYM, TOWN, gazetteer

GIVEN = ("Khalid", "Omar", "Yusuf", "Bilal", "Hamza", "Tariq", "Zaid", "Idris", "Harun", "Mansur", "Nasir",
         "Rashid", "Saif", "Talal", "Walid", "Yasin", "Jamal", "Karim", "Luqman", "Mustafa", "Qasim", "Sami",
         "Faris", "Adil", "Anwar", "Ibrahim", "Ismail", "Marwan", "Nabil", "Ziyad")
NISBA = ("al-Iraqi", "al-Shami", "al-Masri", "al-Libi", "al-Somali", "al-Afghani", "al-Jazrawi", "al-Ansari",
         "al-Hadrami", "al-Mosuli", "al-Raqqawi", "al-Halabi", "al-Anbari", "al-Tikriti", "al-Dulaimi",
         "al-Jubouri", "al-Obeidi", "al-Tamimi", "al-Harbi", "al-Zubai", "al-Bakri", "al-Rifai", "al-Azzawi",
         "al-Juhani", "al-Fahdawi", "al-Mashhadani", "al-Hamdani", "al-Samarrai", "al-Khatuni", "al-Baluchi")
THEATRES = ("Syria", "Iraq", "Somalia", "Afghanistan", "Nigeria", "Mozambique", "Mali", "Niger")
BOILERPLATE = ("Share this article.", "Follow us on social media for the latest updates.",
               "Subscribe to our newsletter.", "Copyright 2024. All rights reserved.")
#: Wording an editor might change; applied per sentence so shared seed sentences differ between articles.
REWORDINGS = {"the": "this", "said": "stated", "in": "inside", "of": "from", "was": "had been", "and": "as well as",
              "forces": "troops", "operation": "mission", "group": "organization", "attack": "assault",
              "military": "armed forces", "officials": "authorities", "according to": "per", "a": "one"}
_REWORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, REWORDINGS), key=len, reverse=True)) + r")\b")
SWAPS = {"killed": "slain", "operation": "mission", "senior": "top", "officials": "authorities",
         "said": "stated", "forces": "troops", "attack": "assault", "statement": "release"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


Piece = str | tuple[str, Any]


@dataclass
class _Sentence:
    """One seed sentence cut into literal text and slots: ("name", (seed, i)), ("short", (seed, i)),
    or a place kind."""

    pieces: list[Piece]
    names: int  # how many name slots


@dataclass
class Corpus:
    """Generated articles, and which are republications of which (for checking dedupe)."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    duplicate_of: dict[str, str] = field(default_factory=dict)


def _sentences(seeds: list[dict[str, Any]]) -> list[_Sentence]:
    """Every sentence of every seed, with its leaders' names and its places made into slots."""
    places = gazetteer()
    out: list[_Sentence] = []
    for number, seed in enumerate(seeds):
        text = seed["text"]
        spans: list[tuple[int, int, tuple[str, Any]]] = []
        for index, event in enumerate(extract_events(Article(**seed))):
            for form in sorted({event.leader, *event.aliases}, key=len, reverse=True):
                spans += [(m.start(), m.end(), ("name", (number, index))) for m in re.finditer(re.escape(form), text)]
            last = event.leader.split()[-1].removeprefix("al-").removeprefix("Al-")
            if len(last) > 3:
                spans += [(m.start(), m.end(), ("short", (number, index)))
                          for m in re.finditer(rf"\b{re.escape(last)}\b", text)]
        spans += [(h.start, h.end, (h.kind, None)) for h in places.find(text)
                  if h.kind in (TOWN, ADMIN1, COUNTRY, DEMONYM) and h.country in THEATRES]
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        bounds = [0, *(m.end() for m in _SENTENCE.finditer(text)), len(text)]
        for begin, finish in zip(bounds, bounds[1:], strict=False):
            while begin < finish and text[begin].isspace():
                begin += 1
            while finish > begin and text[finish - 1].isspace():
                finish -= 1
            pieces: list[Piece] = []
            cursor = begin
            for start, end, slot in spans:
                if start < cursor or end > finish:
                    continue
                pieces += [text[cursor:start], slot]
                cursor = end
            pieces.append(text[cursor:finish])
            sentence = _Sentence(pieces, sum(1 for p in pieces if isinstance(p, tuple) and p[0] == "name"))
            if len("".join(p for p in pieces if isinstance(p, str))) > 30:
                out.append(sentence)
    return out


def _place_pool() -> dict[str, dict[str, list[str]]]:
    """Per theatre: its country name, demonym, governorates and towns, as written in text."""
    import json

    from worker.extraction.places import _DATA

    data = json.loads(Path(_DATA).read_text(encoding="utf-8"))
    pool: dict[str, dict[str, list[str]]] = {}
    for country in data["countries"]:
        if country["name"] in THEATRES:
            pool[country["name"]] = {COUNTRY: [country["name"]],
                                     DEMONYM: [d.title() for d in country.get("demonyms", [])] or [country["name"]],
                                     ADMIN1: [], TOWN: []}
    for unit in data["admin1"]:
        if unit["country"] in pool:
            pool[unit["country"]][ADMIN1].append(unit["name"])
            pool[unit["country"]][TOWN].extend(p.title() for p in unit["places"][:6])
    for entry in pool.values():
        entry[TOWN] = entry[TOWN] or entry[ADMIN1] or entry[COUNTRY]
        entry[ADMIN1] = entry[ADMIN1] or entry[COUNTRY]
    return pool


def _name(rng: random.Random, leaders: int) -> tuple[str, str]:
    """A (full name, short form) from a pool of ``leaders`` people."""
    n = rng.randrange(leaders)
    given, father, nisba = GIVEN[n % len(GIVEN)], GIVEN[(n // len(GIVEN)) % len(GIVEN)], NISBA[n % 29]
    if n % 3 == 0:
        return f"Abu {given} {nisba}", nisba.removeprefix("al-")
    return f"{given} {father} {nisba}", nisba.removeprefix("al-")


def _perturb(sentence: str, rng: random.Random) -> str:
    """Reword about a third of the rewordable words, so two articles that share a seed
    sentence share few of its word 4-grams (what dedupe compares)."""
    return _REWORD.sub(lambda m: REWORDINGS[m.group(1)] if rng.random() < 0.35 else m.group(1), sentence)


def _republish(original: dict[str, Any], rng: random.Random, new_id: str) -> dict[str, Any]:
    paragraphs = original["text"].split("\n\n")
    if len(paragraphs) >= 4:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    text = "\n\n".join(paragraphs)
    for word, other in rng.sample(sorted(SWAPS.items()), 2):
        text = re.sub(rf"\b{word}\b", other, text, count=1)
    text += "\n\n" + rng.choice(BOILERPLATE)
    return {**original, "id": new_id, "title": f"REPORT: {original.get('title') or 'ISIS leaders targeted'}",
            "source": "generated-republication", "text": text}


def generate(n: int, seed: int = 0, leaders: int = 500, republished: float = 0.1,
             seeds_path: Path | None = None) -> Corpus:
    """``n`` articles: variants of the seeds, with about ``republished`` of them republications."""
    return Corpus(*_collect(iter_generate(n, seed, leaders, republished, seeds_path)))


def _collect(items: Iterator[tuple[dict[str, Any], str | None]]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    articles, dups = [], {}
    for article, original in items:
        articles.append(article)
        if original:
            dups[article["id"]] = original
    return articles, dups


def iter_generate(n: int, seed: int = 0, leaders: int = 500, republished: float = 0.1,
                  seeds_path: Path | None = None) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Stream ``(article, duplicate_of or None)`` pairs without holding the corpus in memory.

    An article is 14-30 sentences drawn from all the seeds' sentences (at least three that
    name someone), in 3-6 paragraphs: two articles share few sentences, so they are distinct
    to dedupe, while every sentence is real news prose for the extractor.
    """
    rng = random.Random(seed)
    seeds = list(read_paths([seeds_path or Path(__file__).resolve().parent.parent / "seeds"]))
    sentences = _sentences(seeds)
    with_names = [s for s in sentences if s.names]
    pool = _place_pool()
    theatres = sorted(pool)
    recent: list[dict[str, Any]] = []
    base = date(2019, 1, 1)
    for i in range(n):
        article_id = f"gen-{seed}-{i:07d}"
        if recent and rng.random() < republished:
            original = rng.choice(recent)
            yield _republish(original, rng, article_id), original["id"]
            continue
        chosen = rng.sample(with_names, 3) + rng.sample(sentences, rng.randrange(8, 18))
        rng.shuffle(chosen)
        people: dict[Any, tuple[str, str]] = {}
        places = pool[rng.choice(theatres)]
        rendered = []
        for sentence in chosen:
            parts = []
            for piece in sentence.pieces:
                if isinstance(piece, str):
                    parts.append(piece)
                    continue
                kind, ref = piece
                if kind in ("name", "short"):
                    person = people.setdefault(ref, _name(rng, leaders))
                    parts.append(person[0] if kind == "name" else person[1])
                else:
                    parts.append(rng.choice(places[kind]))
            rendered.append(_perturb("".join(parts), rng))
        cuts = sorted(rng.sample(range(1, len(rendered)), rng.randrange(2, 6)))
        paragraphs = [" ".join(rendered[a:b]) for a, b in zip([0, *cuts], [*cuts, len(rendered)], strict=False)]
        published = base + timedelta(days=rng.randrange(0, 6 * 365))
        title = f"{rng.choice(['US', 'Coalition', 'Local'])} forces target ISIS network in {places[COUNTRY][0]}"
        article = {"id": article_id, "title": title, "published": published.isoformat(),
                   "source": "generated", "text": "\n\n".join(paragraphs)}
        recent = (recent + [article])[-200:]
        yield article, None
