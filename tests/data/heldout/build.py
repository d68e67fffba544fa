"""Write corpus/<id>.txt and gold/<id>.json from articles/<id>.py."""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "articles")]
from labeltool import build, show  # noqa: E402

names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "articles"))
                               if f.endswith(".py"))
for name in names:
    mod = importlib.import_module(name)
    doc = build(mod)
    with open(os.path.join(HERE, "corpus", mod.ID + ".txt"), "w", encoding="utf-8", newline="") as f:
        f.write(mod.TEXT)
    with open(os.path.join(HERE, "gold", mod.ID + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    show(doc, mod.TEXT)
