import json, os, re
from decimal import Decimal

def num(s):
    d = Decimal(s)
    return int(d) if d == d.to_integral_value() else float(d)

def C(surface, entity, label=None): return ("company", surface, dict(entity=entity), label)
def M(surface, value, cur, label=None, inferred=False):
    a = dict(value=num(value), currency=cur)
    if inferred: a["currency_inferred"] = True
    return ("money", surface, a, label)
def P(surface, value, label=None): return ("percent", surface, dict(value=num(value)), label)

def find(text, surface, cursor):
    i = cursor
    while True:
        i = text.find(surface, i)
        if i < 0: raise SystemExit(f"not found after {cursor}: {surface!r}")
        before = text[i-1] if i > 0 else " "
        after = text[i+len(surface)] if i+len(surface) < len(text) else " "
        ok = True
        if surface[0].isalnum() and (before.isalnum()): ok = False
        if surface[0].isdigit() and before in ".,": ok = False
        if surface[-1].isalnum() and after.isalnum(): ok = False
        if surface[-1].isdigit() and after in ".," and i+len(surface)+1 < len(text) and text[i+len(surface)+1].isdigit(): ok = False
        if ok: return i
        i += 1

def build(outdir, art_id, text, lang, translated_from, items, claims, show=True):
    m = re.match(r" *date (\d{4}(?:-\d\d(?:-\d\d)?)?) ", text)
    date = m.group(1) if m else None
    mentions, labels = [], {}
    cur = 0
    for kind, surface, attrs, label in items:
        s = find(text, surface, cur); e = s + len(surface); cur = e
        mm = dict(type=kind, start=s, end=e, text=surface); mm.update(attrs)
        mentions.append(mm)
        if label:
            assert label not in labels, label
            labels[label] = mm
    out_claims = []
    for cl in claims:
        comp, val, metric, period, link = cl[:5]
        eqs = cl[5] if len(cl) > 5 else []
        v = labels[val]
        if link == "coref":
            ent = comp
            cands = [x for x in mentions if x["type"] == "company" and x["entity"] == ent and x["start"] < v["start"]]
            c = cands[-1]
        else:
            c = labels[comp]
        unit = v.get("currency", "%")
        out_claims.append(dict(company=c["text"], entity=c["entity"], company_start=c["start"], company_end=c["end"],
            metric=metric, value=v["value"], unit=unit, text=v["text"], start=v["start"], end=v["end"],
            equivalents=[dict(value=labels[q]["value"], unit=labels[q]["currency"], text=labels[q]["text"],
                              start=labels[q]["start"], end=labels[q]["end"]) for q in eqs],
            period=period, link=link))
    doc = dict(id=art_id, date=date, lang=lang, translated_from=translated_from, mentions=mentions, claims=out_claims)
    os.makedirs(f"{outdir}/corpus", exist_ok=True); os.makedirs(f"{outdir}/gold", exist_ok=True)
    with open(f"{outdir}/corpus/{art_id}.txt", "w", encoding="utf-8", newline="") as f: f.write(text)
    with open(f"{outdir}/gold/{art_id}.json", "w", encoding="utf-8") as f:
        f.write("{\n")
        for k in ("id", "date", "lang", "translated_from"):
            f.write(f' {json.dumps(k)}: {json.dumps(doc[k], ensure_ascii=False)},\n')
        f.write(' "mentions": [\n' + ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in mentions) + "\n ],\n")
        f.write(' "claims": [\n' + ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in out_claims) + "\n ]\n}\n")
    if show:
        print(f"== {art_id}: {len(text)} chars, {len(mentions)} mentions "
              f"({sum(x['type']=='company' for x in mentions)} co, {sum(x['type']=='money' for x in mentions)} money, {sum(x['type']=='percent' for x in mentions)} pct), {len(out_claims)} claims, date {date}")
        for x in mentions:
            print(f"  {x['type'][:3]} {x['start']:5} {text[max(0,x['start']-18):x['start']]!r:>22} [{x['text']}] {text[x['end']:x['end']+12]!r}")
    return doc
