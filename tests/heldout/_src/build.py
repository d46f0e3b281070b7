import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4, part5
from common import A

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
origs = {a["id"]: a for a in part1.ARTS + part2.ARTS + part3.ARTS + part4.ARTS}
for aid, extras in part5.EXTRAS.items():
    a = origs[aid]
    for anchor, para, leaders in extras:
        paras = a["text"].split("\n\n")
        hits = [i for i, q in enumerate(paras) if q.startswith(anchor)]
        assert len(hits) == 1, (aid, anchor)
        paras.insert(hits[0] + 1, " ".join(para.split()))
        a["text"] = "\n\n".join(paras)
        a["leaders"] = a["leaders"] + leaders

def dup(new_id, of, published, title, drop, repl, prefix=None, suffix=None):
    o = origs[of]
    paras = o["text"].split("\n\n")
    hits = [i for i, q in enumerate(paras) if q.startswith(drop)]
    assert len(hits) == 1, (new_id, drop)
    del paras[hits[0]]
    text = "\n\n".join(paras)
    for old, new in repl:
        assert old in text, (new_id, old)
        text = text.replace(old, new, 1)
    if prefix:
        text = prefix + "\n\n" + text
    if suffix:
        text = text + "\n\n" + suffix
    return {"id": new_id, "published": published, "title": title, "text": text,
            "leaders": [], "duplicate_of": of}

DUPS = [
 dup("ho_002", "ho_001", "2022-03-14",
     "Coalition raid in Deir al-Zour kills ISIS planner, brother detained", "Residents of Dhiban",
     [("BEIRUT (AP) - ", "BEIRUT - "), ("pre-dawn", "predawn"),
      ("key attack planner", "key planner"), ("about 40 minutes", "roughly 40 minutes")],
     prefix="By The Associated Press",
     suffix="Copyright 2022 The Associated Press. All rights reserved.\n\nShare this article"),
 dup("ho_007", "ho_006", "2024-01-10",
     "Somalia: ISIS recruiter 'Kamaludin' killed in Puntland mountain raid", "Residents of the area",
     [("BOSASO, Somalia - ", "BOSASO - "), ("stormed", "overran"),
      ("officials said on Monday", "officials said")],
     suffix="Follow us on Facebook and X for the latest news from Puntland and Somalia."),
 dup("ho_019", "ho_018", "2023-05-09",
     "Istanbul: alleged ISIS Türkiye chief among 15 detained in police raids", "Security analyst",
     [("ISTANBUL - ", "ISTANBUL (AA) - "), ("on Monday", "on Monday, according to Anadolu Agency"),
      ("Share this article", "")]),
 dup("ho_025", "ho_024", "2021-08-17",
     "Security Media Cell: Daesh 'wali of Anbar' killed south-east of Rutba", "Sheikh Rafi",
     [("the Islamic State group's", "the Daesh terrorist group's"), ("on Sunday", "on Sunday, August 15"),
      ("Iraqi F-16", "Iraqi Air Force F-16")],
     prefix="Shafaq News/"),
 dup("ho_031", "ho_030", "2025-02-15",
     "AFRICOM: airstrike kills ISIS-Somalia finance chief in Bari region", "Foreign fighters",
     [("MOGADISHU - ", "MOGADISHU (HOL) - "), ("(Agencies)", "Source: Hiiraan Online"),
      ("marked increase", "sharp increase")]),
 dup("ho_038", "ho_037", "2024-05-22",
     "Cabo Delgado: Tanzanian insurgent commander killed near Mahate", "Fernando Mussa",
     [("PEMBA - ", ""), ("The claims could not be independently verified.", "")],
     prefix="Club of Mozambique | Wednesday, 22 May 2024",
     suffix="Share this:\n\nRelated: Cabo Delgado insurgency: latest updates"),
 dup("ho_040", "ho_011", "2023-03-04",
     "Dawlah Islamiyah 'emir' Abu Jihad, bomb expert slain in Piagapo firefight", "Barangay chairman",
     [("in a firefight", "in a gunfight"), ("on Thursday, the military said", "on Thursday, military officials said")],
     suffix="READ: Marawi siege survivors still await compensation, five years on\n\nSubscribe to our daily newsletter"),
]

order = sorted(list(origs.values()) + DUPS, key=lambda a: a["id"])
# clean empty paragraphs produced by replacements
for a in order:
    a["text"] = "\n\n".join(p.strip() for p in a["text"].split("\n\n") if p.strip())

with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
    for a in order:
        f.write(json.dumps({"id": a["id"], "title": a["title"], "published": a["published"],
                            "text": a["text"], "source": "heldout"}, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for a in order:
        f.write(json.dumps({"id": a["id"], "duplicate_of": a.get("duplicate_of"),
                            "leaders": a["leaders"]}, ensure_ascii=False) + "\n")
print(len(order), "articles")
