def L(name, aliases, outcome, country=None, admin1=None):
    return {"name": name, "aliases": list(aliases), "outcome": outcome,
            "country": country, "admin1": admin1}

def A(id, published, title, text, leaders):
    paras = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return {"id": id, "published": published, "title": title,
            "text": "\n\n".join(p for p in paras if p), "leaders": leaders}
