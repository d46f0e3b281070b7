import json, os, sys, subprocess, collections, tempfile
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, "/work/shared/eval")
import score as S

arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8")]
gold = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")]
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "duplicate ids"
assert ids == [g["id"] for g in gold], "ids differ between files"
seen = set()
problems = []
by = {a["id"]: a for a in arts}
for a, g in zip(arts, gold):
    assert set(a) == {"id", "title", "published", "text", "source"}
    n = len(a["text"].encode())
    if not 1500 <= n <= 5000:
        problems.append(f"{a['id']}: size {n}")
    if g["duplicate_of"]:
        assert g["duplicate_of"] in seen, g["id"]
        assert a["published"] >= by[g["duplicate_of"]]["published"]
    seen.add(a["id"])
    for p in g["leaders"]:
        assert set(p) == {"name", "aliases", "outcome", "country", "admin1"}
        assert p["outcome"] in ("killed", "captured", "wounded", "mentioned")
        for nm in [p["name"]] + p["aliases"]:
            if nm not in a["text"]:
                problems.append(f"{a['id']}: '{nm}' not verbatim in text")
        if p["admin1"] and not p["country"]:
            problems.append(f"{a['id']}: admin1 without country")
        if p["outcome"] == "mentioned" and (p["country"] or p["admin1"]):
            problems.append(f"{a['id']}: mentioned with place {p['name']}")
    L = g["leaders"]
    for i in range(len(L)):
        for j in range(i + 1, len(L)):
            fi = [L[i]["name"]] + L[i]["aliases"]; fj = [L[j]["name"]] + L[j]["aliases"]
            if S.names_match(fi, fj):
                problems.append(f"{a['id']}: gold persons collide: {L[i]['name']} ~ {L[j]['name']}")
print("\n".join(problems) or "no problems")

orig = [g for g in gold if not g["duplicate_of"]]
c = collections.Counter(p["outcome"] for g in orig for p in g["leaders"])
print("articles", len(arts), "duplicates", len(arts) - len(orig), "persons", sum(c.values()), dict(c))
print("countries", collections.Counter(p["country"] for g in orig for p in g["leaders"] if p["country"]))
print("admin1", collections.Counter((p["country"], p["admin1"]) for g in orig for p in g["leaders"] if p["admin1"]))
print("sizes", sorted(len(a["text"].encode()) for a in arts))

with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for g in gold:
        f.write(json.dumps({"article_id": g["id"], "duplicate_of": g["duplicate_of"],
                            "events": [{"leader": p["name"], "aliases": p["aliases"], "outcome": p["outcome"],
                                        "country": p["country"], "admin1": p["admin1"]} for p in g["leaders"]]}) + "\n")
print(subprocess.run([sys.executable, "/work/shared/eval/score.py", "--gold", os.path.join(HERE, "gold.jsonl"),
                      "--pred", f.name], capture_output=True, text=True).stdout)
os.unlink(f.name)
