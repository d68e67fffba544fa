import sys; import os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
OUT = sys.argv[1]
T = """ date 2025-02-05 Novo Nordisk lifts payout as obesity drugs power 2024 growth

Novo Nordisk said on Wednesday that sales rose 25% to DKK 290.4 billion ($40.3 billion) in 2024, as demand for its weight-loss and diabetes treatments kept outstripping supply. Operating profit for the year increased 26% to DKK 128.3 billion, giving an operating margin of 44.2%. Sales of the company's obesity care products reached DKK 65.1 billion in 2024, up 57%.

For 2025, the Danish drugmaker expects sales growth of 16-24% at constant exchange rates and operating profit growth of 19-27%. The board proposed a final dividend of DKK 7.90 per share, bringing the total for 2024 to DKK 11.40, and launched a new share buyback programme of up to DKK 2.5 billion.

According to research firm IQVIA, Novo Nordisk held a 55% share of the global market for GLP-1 treatments in the fourth quarter of 2024, while rival Eli Lilly held 43%. Analysts at Bernstein expect the Danish group's sales to reach DKK 400 billion in 2026, and Goldman Sachs estimates that the market for obesity drugs could be worth $100 billion a year by 2030.

In December 2024, Novo Holdings, the foundation-owned investor that controls Novo Nordisk through a 28.1% stake, completed its $16.5 billion takeover of contract manufacturer Catalent. Novo Nordisk itself paid $11 billion for three of Catalent's fill-finish sites, a deal that adds some 1,000 employees to its workforce of about 77,000.

Chief executive Lars Fruergaard Jørgensen, whose total pay rose to DKK 61 million last year, said the group would spend DKK 65 billion on capital expenditure in 2025. Shares of Novo Nordisk rose 4.5% in Copenhagen.
"""
N = "novo-nordisk"
items = [
 C("Novo Nordisk", N),
 C("Novo Nordisk", N, "nn1"),
 P("25%", 25, "g24"), M("DKK 290.4 billion", "290.4e9", "DKK", "rev24"), M("$40.3 billion", "40.3e9", "USD", "rev24usd"),
 P("26%", 26, "op_g"), M("DKK 128.3 billion", "128.3e9", "DKK", "op"), P("44.2%", "44.2", "opm"),
 M("DKK 65.1 billion", "65.1e9", "DKK", "ob"), P("57%", 57, "ob_g"),
 P("16", 16, "gg_lo"), P("24%", 24, "gg_hi"), P("19", 19, "og_lo"), P("27%", 27, "og_hi"),
 M("DKK 7.90", "7.90", "DKK", "div_f"), M("DKK 11.40", "11.40", "DKK", "div_t"), M("DKK 2.5 billion", "2.5e9", "DKK", "bb"),
 C("IQVIA", "iqvia"), C("Novo Nordisk", N, "nn_ms"), P("55%", 55, "ms"), C("Eli Lilly", "eli-lilly", "lilly"), P("43%", 43, "ms_l"),
 C("Bernstein", "bernstein"), M("DKK 400 billion", "400e9", "DKK"), C("Goldman Sachs", "goldman-sachs"), M("$100 billion", "100e9", "USD"),
 C("Novo Holdings", "novo-holdings", "nh"), C("Novo Nordisk", N), P("28.1%", "28.1", "stake"), M("$16.5 billion", "16.5e9", "USD", "cat"),
 C("Catalent", "catalent"),
 C("Novo Nordisk", N, "nn_it"), M("$11 billion", "11e9", "USD", "sites"), C("Catalent", "catalent"),
 M("DKK 61 million", "61e6", "DKK"), M("DKK 65 billion", "65e9", "DKK", "capex"),
 C("Novo Nordisk", N, "nn_sh"), P("4.5%", "4.5", "sh"),
]
claims = [
 ("nn1", "g24", "revenue_growth", "2024", "sentence"),
 ("nn1", "rev24", "revenue", "2024", "sentence", ["rev24usd"]),
 (N, "op_g", "profit", "2024", "coref"),
 (N, "op", "profit", "2024", "coref"),
 (N, "opm", "profit", "2024", "coref"),
 (N, "ob", "revenue", "2024", "coref"),
 (N, "ob_g", "revenue_growth", "2024", "coref"),
 (N, "gg_lo", "revenue_growth", "2025", "coref"),
 (N, "gg_hi", "revenue_growth", "2025", "coref"),
 (N, "og_lo", "profit", "2025", "coref"),
 (N, "og_hi", "profit", "2025", "coref"),
 (N, "div_f", "other", "2024", "coref"),
 (N, "div_t", "other", "2024", "coref"),
 (N, "bb", "other", None, "coref"),
 ("nn_ms", "ms", "market_share", "2024-Q4", "sentence"),
 ("lilly", "ms_l", "market_share", "2024-Q4", "sentence"),
 ("nh", "stake", "other", None, "sentence"),
 ("nh", "cat", "investment", "2024-12", "sentence"),
 ("nn_it", "sites", "investment", None, "sentence"),
 (N, "capex", "investment", "2025", "coref"),
 ("nn_sh", "sh", "other", None, "sentence"),
]
build(OUT, "en_001_novo_nordisk", T, "en", None, items, claims)
