"""Turn hand-written labels (text + occurrence) into gold JSON with code-point offsets.

Each article module defines ID, LANG, TRANSLATED_FROM, TEXT, MENTIONS, CLAIMS.
MENTIONS: tuples from c()/m()/p(); CLAIMS: tuples from claim().
No offsets are typed by hand: every span is found in TEXT.
"""
import json
import re
from decimal import Decimal

DATE_RE = re.compile(r"\s*date (\d{4}(?:-\d{2}(?:-\d{2})?)?) ")


def _find(text, s, n=1, anchor=None, anchor_n=1):
    base = 0
    if anchor is not None:
        pos = -1
        for _ in range(anchor_n):
            pos = text.find(anchor, pos + 1)
            if pos < 0:
                raise ValueError(f"anchor {anchor!r} #{anchor_n} not found")
        i = anchor.find(s)
        if i < 0:
            raise ValueError(f"{s!r} not in anchor {anchor!r}")
        return pos + i
    pos = -1
    for _ in range(n):
        pos = text.find(s, pos + 1)
        if pos < 0:
            raise ValueError(f"{s!r} occurrence {n} not found")
    return pos


def c(text, entity, n=1, anchor=None, key=None):
    return dict(type="company", text=text, entity=entity, n=n, anchor=anchor, key=key)


def m(text, value, cur, n=1, anchor=None, inf=False, key=None):
    return dict(type="money", text=text, value=value, currency=cur, n=n, anchor=anchor,
                inf=inf, key=key)


def p(text, value, n=1, anchor=None, key=None):
    return dict(type="percent", text=text, value=value, n=n, anchor=anchor, key=key)


def claim(company, value_key, metric, period, link, eq=()):
    """company: a mention key (sentence link) or an entity slug (coref -> latest earlier name)."""
    return dict(company=company, value=value_key, metric=metric, period=period, link=link, eq=eq)


def _num(v):
    d = Decimal(str(v))
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def build(mod):
    text = mod.TEXT
    hdr = DATE_RE.match(text)
    mentions, keys = [], {}
    for spec in mod.MENTIONS:
        start = _find(text, spec["text"], spec["n"], spec["anchor"])
        end = start + len(spec["text"])
        rec = {"type": spec["type"], "start": start, "end": end, "text": text[start:end]}
        if spec["type"] == "company":
            rec["entity"] = spec["entity"]
        elif spec["type"] == "money":
            rec["value"] = _num(spec["value"])
            rec["currency"] = spec["currency"]
            if spec["inf"]:
                rec["currency_inferred"] = True
        else:
            rec["value"] = _num(spec["value"])
        key = spec["key"] or (spec["text"] if spec["n"] == 1 and not spec["anchor"] else
                              f"{spec['text']}#{spec['n']}" if not spec["anchor"] else spec["anchor"])
        if key in keys:
            raise ValueError(f"duplicate key {key!r}")
        keys[key] = rec
        mentions.append(rec)
    mentions.sort(key=lambda r: (r["start"], r["type"]))
    for a, b in zip(mentions, mentions[1:]):
        if a["type"] == b["type"] and b["start"] < a["end"]:
            raise ValueError(f"overlap {a['text']!r} {b['text']!r}")
    companies = [r for r in mentions if r["type"] == "company"]
    claims = []
    for cl in mod.CLAIMS:
        v = keys[cl["value"]]
        if cl["company"] in keys:
            co = keys[cl["company"]]
            assert co["type"] == "company", cl
        else:
            ent = cl["company"]
            if cl["link"] == "coref":
                cands = [r for r in companies if r["entity"] == ent and r["end"] <= v["start"]]
                co = cands[-1]
            else:
                cands = [r for r in companies if r["entity"] == ent]
                co = min(cands, key=lambda r: abs(r["start"] - v["start"]))
        if cl["link"] == "coref":
            cands = [r for r in companies if r["entity"] == co["entity"] and r["end"] <= v["start"]]
            assert cands and cands[-1] is co, f"coref not latest earlier: {cl}"
        unit = "%" if v["type"] == "percent" else v["currency"]
        eqs = []
        for k in cl["eq"]:
            e = keys[k]
            eqs.append({"value": e["value"], "unit": e["currency"], "text": e["text"],
                        "start": e["start"], "end": e["end"]})
        claims.append({"company": co["text"], "entity": co["entity"],
                       "company_start": co["start"], "company_end": co["end"],
                       "metric": cl["metric"], "value": v["value"], "unit": unit,
                       "text": v["text"], "start": v["start"], "end": v["end"],
                       "equivalents": eqs, "period": cl["period"], "link": cl["link"]})
    claims.sort(key=lambda r: (r["start"], r["entity"]))
    doc = {"id": mod.ID, "date": hdr.group(1) if hdr else None, "lang": mod.LANG,
           "translated_from": mod.TRANSLATED_FROM, "mentions": mentions, "claims": claims}
    return doc


def show(doc, text):
    print(f"== {doc['id']} len={len(text)} mentions={len(doc['mentions'])} claims={len(doc['claims'])}")
    spans = [(r["start"], r["end"]) for r in doc["mentions"]]
    for name in sorted({r["text"] for r in doc["mentions"] if r["type"] == "company"}):
        for mt in re.finditer(re.escape(name), text):
            if not any(a <= mt.start() < b for a, b in spans):
                print(f"  !! unlabelled {name!r} at {mt.start()}: {text[max(0, mt.start()-30):mt.end()+30]!r}")
    for mt in re.finditer(r"\d", text):
        if not any(a <= mt.start() < b for a, b in spans):
            pass
    if not 1500 <= len(text) <= 3000:
        print("  !! length out of range")
    for cl in doc["claims"]:
        ctx = text[max(0, cl["start"] - 60):cl["end"] + 20].replace("\n", " ")
        print(f"  {cl['entity']:<18} {cl['metric']:<14} {cl['text']!r:<26} {cl['period']} {cl['link']:<8} | {ctx}")
